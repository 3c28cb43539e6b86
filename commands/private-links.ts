import { type Args, SUBCOMMAND } from './command.js';

// What a link to the private chat carries (Telegram deep links, `?start=<payload>`): which of a
// few fixed commands to run there, and the group it is about. Never a person, never free text:
// the command runs for whoever presses Start, so someone else pressing the same link gets their
// own data, their own avoid list. Only commands that do nothing without a further step (or only
// show the presser's own things) can be carried, so a link made by anyone cannot act for anyone.
// Payload: `<key>_g<group id>` or `<key>`, at most 64 of A-Za-z0-9_-; `g<id>` alone (links
// posted earlier) only picks the group.

export type LinkableCommand = 'mydata' | 'forgetme' | 'checkin' | 'buddy-avoid';

const LINKABLE: Record<LinkableCommand, { name: string; text: string }> = {
  mydata: { name: 'mydata', text: '' },
  forgetme: { name: 'forgetme', text: '' },
  checkin: { name: 'checkin', text: '' }, // asks the mood, privately; a note there stays private
  'buddy-avoid': { name: 'buddy', text: 'avoid' }, // shows their list and how to add a name
};

/** The key of a command (with its arguments) a private link may carry, if any. */
export function linkableCommand(name: string, args: Args): LinkableCommand | undefined {
  if (name === 'buddy') return args[SUBCOMMAND] === 'avoid' ? 'buddy-avoid' : undefined;
  return name === 'mydata' || name === 'forgetme' || name === 'checkin' ? name : undefined;
}

/** The start payload for a private link: run `command` (if given) about `groupId` (if known). */
export function privateLinkFor(command?: LinkableCommand, groupId?: number): string {
  const group = groupId === undefined ? '' : `g${groupId}`;
  if (!command) return group || 'start';
  return group ? `${command}_${group}` : command;
}

/** What a start payload asks for. Anything unknown asks for nothing. */
export function readPrivateLink(payload: string): { command?: { name: string; text: string }; groupId?: number } {
  const m = /^(?:([a-z-]{1,30})(?:_|$))?(?:g(\d{1,12}))?$/.exec(payload);
  if (!m) return {};
  const command = m[1] && Object.hasOwn(LINKABLE, m[1]) ? LINKABLE[m[1] as LinkableCommand] : undefined;
  return { ...(command ? { command } : {}), ...(m[2] ? { groupId: Number(m[2]) } : {}) };
}
