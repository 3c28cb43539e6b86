import type { Core } from '../../src/core/core.js';

/** What a person would see: one message, in the group or privately to them. */
export interface Seen {
  to: 'group' | 'private';
  who?: string;
  text: string;
  /** Button / menu labels offered with it. */
  choices: string[];
  file?: string;
  /** A picture the message carries: its size, read from the bytes that arrived, and its words as the platform carries them. */
  picture?: { width: number; height: number; alt: string };
  /** Offers a button to open the private chat (Telegram deep link). */
  privateLink?: boolean;
  /** An earlier message, changed (its text and buttons now). */
  edited?: boolean;
}

/**
 * One chat platform, driven the way people use it. The console, Telegram and Discord adapters
 * each provide one, and the same contract suite runs against all of them.
 */
export interface ChatHarness {
  name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  core(): Core;
  /** Make `user` a facilitator of the group chat (platform admin / Manage Server / :admin). */
  makeFacilitator(user: string): Promise<void>;
  /** `user` sends a command: `text` is what they'd type on Telegram, e.g. "/checkin 4 tired". */
  send(user: string, where: 'group' | 'dm', text: string): Promise<Seen[]>;
  /** `user` presses the button labelled `label` (or containing it) on the newest message offering it to them. */
  press(user: string, label: string): Promise<Seen[]>;
  /** `user` writes plain words, not a command (absent where the bot does not receive them: Discord DMs). */
  say?(user: string, where: 'group' | 'dm', text: string): Promise<Seen[]>;
  /** The bot's messages in the group as people read them now (edits applied), oldest first. */
  groupTexts(): Promise<string[]>;
  /** `user` answers a follow-up question (Telegram force_reply, console line, Discord modal field). */
  answer(user: string, where: 'group' | 'dm', text: string): Promise<Seen[]>;
  /** Deliver what the outbox holds (the weekly prompt, its tally edits, meetup posts) as the schedule would; what people saw, edits included. */
  deliver(): Promise<Seen[]>;
}
