import { type Action, type App, handle } from '../../../commands/dispatch.js';
import { checkAnswer } from '../../../commands/forms.js';
import type { Delivery, DeliveryPort } from '../../core/outbox.js';
import { type Choice, type Reply, toPlainText } from '../../core/reply.js';
import { findPerson } from '../../core/members.js';
import { FollowUps, databaseStore } from '../follow-ups.js';
import { ConsoleFiles } from './console-files.js';
import { forgetConsoleAdmin, loadConsoleState, saveClockOffset, saveConsoleAdmin } from './console-state.js';

// A local chat in the terminal: one group chat plus a private chat per person.
//   NAME: TEXT        speak in the group      NAME@dm: TEXT   speak privately to the bot
//   NAME: #2          press choice 2 of the last message that offered NAME choices
//   NAME: #2@5        press choice 2 of message @5 (or #2@prompt: the newest of that kind)
//   :admin NAME       make NAME a facilitator (the first speaker already is one)
//   :clock +7d        move time forward (+30m, +2h, +7d, +2w) and run what falls due
// Facilitators and the clock's offset are kept in the database, so they survive a restart.

export const CONSOLE_GROUP = 'console-group';
const BOT = 'bot';

interface Offered {
  /** The message's number, shown as @seq after its choices. */
  seq: number;
  /** What kind of message it is (prompt, meetups, checkin…), for `#2@prompt`. */
  tag: string;
  /** Whose choices: a person's key, or everyone in the group. */
  forKey: string;
  choices: Choice[];
  chatId: string;
  inPrivate: boolean;
  /** The id delivery returned, so an edit of the message replaces its choices. */
  messageId?: string;
}

/** Older offers are forgotten past this many. */
const KEEP_OFFERED = 200;

export interface MovableClock {
  advance(ms: number): void;
}

export interface ConsoleOptions {
  app: App;
  out(line: string): void;
  clock?: MovableClock;
  /** Run whatever fell due after the clock moved (the schedule wires this). */
  onClockMoved?(): Promise<void>;
  /** Deliver what the outbox holds through the schedule's delivery worker (main.ts wires this). */
  deliverOutbox(): Promise<unknown>;
  /** Where files (/mydata, /export) are saved whole (main.ts: data/files); without it they are only previewed. */
  filesDir?: string;
}

export class ConsoleChat implements DeliveryPort {
  readonly platform = 'console' as const;
  private readonly admins = new Set<string>();
  private offered: Offered[] = [];
  private clockOffsetMs = 0;
  /** Someone has been a facilitator: the first speaker is made one only in a new console. */
  private started = false;
  /** Names as people typed them, to label scheduled private messages. */
  private readonly names = new Map<string, string>();
  private readonly followUps: FollowUps;
  private seq = 0;
  private sentIds = 0;

  private readonly files: ConsoleFiles;
  /** Person ids by name key, so a private file is saved under its person's id. */
  private readonly personIds = new Map<string, number>();

  constructor(private readonly opts: ConsoleOptions) {
    // Questions asked one at a time wait in the database, like the console's other state.
    this.followUps = new FollowUps(databaseStore(opts.app.core, 'console'));
    this.files = new ConsoleFiles(opts.filesDir);
  }

  /** Pick up where the last run left off: its facilitators and its clock. Call once, before the schedule starts. */
  async restore(): Promise<void> {
    const state = await loadConsoleState(this.opts.app.core.db);
    for (const a of state.admins) this.admins.add(a);
    this.started = state.started;
    if (state.clockOffsetMs && this.opts.clock) {
      this.opts.clock.advance(state.clockOffsetMs);
      this.clockOffsetMs = state.clockOffsetMs;
    }
  }

  private async addAdmin(name: string): Promise<void> {
    this.started = true;
    this.admins.add(key(name));
    await saveConsoleAdmin(this.opts.app.core.db, key(name));
  }

  /** Handle one input line. */
  async line(raw: string): Promise<void> {
    const line = raw.trim();
    if (!line || line.startsWith('//')) return;
    if (line.startsWith(':')) return this.meta(line);
    const m = /^([^:@]{1,40}?)(@dm)?\s*:\s*(.*)$/.exec(line);
    if (!m) {
      this.opts.out('(console) Write lines like  Alice: /join  or  Alice@dm: /checkin 4  (":help" for more)');
      return;
    }
    const name = m[1].trim();
    const inPrivate = !!m[2];
    const text = m[3].trim();
    if (!this.started) await this.addAdmin(name);
    this.names.set(key(name), name);
    const chatId = inPrivate ? `dm:${key(name)}` : CONSOLE_GROUP;
    const followKey = `${chatId}/${key(name)}`;

    let action: Action | null = null;
    let actChatId = chatId;
    let actPrivate = inPrivate;
    const press = /^#(\d+)\s*(?:@\s*(\S+))?$/.exec(text);
    if (press) {
      const offered = this.offeredTo(name, press[2]);
      const choice = offered?.choices[Number(press[1]) - 1];
      if (!offered || !choice) {
        this.opts.out(this.cannotPress(name, press[1], press[2]));
        return;
      }
      action = { kind: 'choice', id: choice.id };
      actChatId = offered.chatId;
      actPrivate = offered.inPrivate;
    } else if (text.startsWith('/')) {
      await this.followUps.cancel(followKey);
      const cmd = /^\/([A-Za-z0-9_]+)(?:@\S+)?\s*([\s\S]*)$/.exec(text);
      if (!cmd) return;
      action = { kind: 'command', name: cmd[1].toLowerCase(), text: cmd[2] };
    } else {
      const step = await this.followUps.answer(followKey, text, (formId, field, values) => checkAnswer(this.opts.app, formId, field, values));
      if (!step) {
        if (!inPrivate) return; // ordinary group chatter is not for the bot
        action = { kind: 'text' }; // plain words in the private chat: the core answers
      } else if (!step.done) {
        this.say({ to: 'private', text: step.question }, name, chatId, inPrivate);
        return;
      } else action = { kind: 'form', id: step.formId, values: step.values };
    }

    const { db } = this.opts.app.core;
    const before = await findPerson(db, 'console', key(name));
    const replies = await handle(
      this.opts.app,
      {
        platform: 'console',
        chatId: actChatId,
        chatTitle: 'Console group',
        inPrivateChat: actPrivate,
        seenByGroup: !actPrivate,
        user: { id: key(name), name },
        isChatAdmin: this.admins.has(key(name)),
        isFacilitatorOf: async () => this.admins.has(key(name)),
        botName: BOT,
      },
      action,
    );
    const person = await findPerson(db, 'console', key(name));
    if (person) this.personIds.set(key(name), person.id);
    else if (before) {
      // Erased (/forgetme): the files saved for them go too, found by their id, and their place as a facilitator.
      this.files.forget(before.id);
      this.personIds.delete(key(name));
      this.admins.delete(key(name));
      await forgetConsoleAdmin(db, key(name));
    }
    for (const r of replies) {
      if (r.form) {
        // A private question (not one answered in place) waits for its answer in the private chat.
        const formChat = r.to === 'private' && !r.inPlace ? `dm:${key(name)}` : actChatId;
        const first = await this.followUps.start(`${formChat}/${key(name)}`, r.form);
        this.say({ ...r, form: undefined, text: `${r.text}\n${first}` }, name, actChatId, actPrivate);
      } else this.say(r, name, actChatId, actPrivate);
    }
    await this.drainOutbox();
  }

  /** Deliver what the outbox holds for the console (scheduled and cross-person messages). */
  async drainOutbox(): Promise<void> {
    await this.opts.deliverOutbox();
  }

  async deliver(d: Delivery): Promise<{ messageId: string }> {
    const id = d.person?.userId ?? '';
    const name = this.names.get(id) ?? id;
    // An edit replaces the earlier message: its old choices are no longer offered.
    const messageId = d.reply.edits?.messageId ?? `c${++this.sentIds}`;
    const before = d.reply.edits ? this.offered.find((o) => o.messageId === messageId) : undefined;
    if (d.reply.edits) this.offered = this.offered.filter((o) => o.messageId !== messageId);
    // Still the same message: it keeps its number and kind (`#4@prompt` after a tally update).
    const sent = { tag: before?.tag ?? d.kind, messageId, seq: before?.seq };
    if (d.audience === 'person') this.say({ ...d.reply, to: 'private' }, name, `dm:${id}`, true, sent);
    else this.say({ ...d.reply, to: 'group' }, '', CONSOLE_GROUP, false, sent);
    if (d.reply.edits) this.opts.out(`    (edited: this replaces the earlier message${before ? ` @${before.seq}` : ''})`);
    return { messageId };
  }

  private async meta(line: string): Promise<void> {
    const [cmd, ...rest] = line.slice(1).trim().split(/\s+/);
    const arg = rest.join(' ');
    if (cmd === 'admin' && arg) {
      await this.addAdmin(arg);
      this.opts.out(`(console) ${arg} is now a facilitator.`);
    } else if (cmd === 'clock') {
      const ms = parseDuration(arg);
      if (ms === null || !this.opts.clock) {
        this.opts.out('(console) Move time forward like  :clock +7d  (also +30m, +2h, +2w).');
        return;
      }
      this.opts.clock.advance(ms);
      this.clockOffsetMs += ms;
      await saveClockOffset(this.opts.app.core.db, this.clockOffsetMs);
      this.opts.out(`(console) The clock moved ${arg}: it is now ${this.opts.app.core.clock.now().toISOString()}.`);
      await this.opts.onClockMoved?.();
      await this.drainOutbox();
    } else {
      this.opts.out('(console) Lines: "Alice: /join" (group), "Alice@dm: /mydata" (private), "Alice: #1" (press choice 1 of the newest choices), "Alice: #1@3" (of message @3), ":admin Bob", ":clock +7d".');
    }
  }

  private say(reply: Reply, name: string, chatId: string, inPrivate: boolean, sent: { tag?: string; messageId?: string; seq?: number } = {}): void {
    const privateTo = reply.to === 'private' ? name : null;
    const label = privateTo ? `[private → ${privateTo}]` : '[group]';
    const body = toPlainText(reply.text).split('\n');
    this.opts.out(`${label} ${BOT}: ${body[0]}`);
    for (const l of body.slice(1)) this.opts.out(`    ${l}`);
    if (reply.file) this.opts.out(this.files.save(reply.file, privateTo ? (this.personIds.get(key(privateTo)) ?? null) : 'group').join('\n'));
    if (reply.privateLink) this.opts.out(`    [Open a private chat: write "${name}@dm: …"]`);
    if (reply.choices?.length) {
      const seq = sent.seq ?? ++this.seq;
      const tag = (sent.tag ?? reply.choices[0].id.split(':')[0]).replace(/[^A-Za-z0-9_-]/g, '');
      this.opts.out(`    ${reply.choices.map((c, i) => `#${i + 1} ${c.label}`).join('   ')}   (@${seq} ${tag})`);
      // A press acts in the chat the choices came from, by whoever presses.
      this.offered.push({ seq, tag, forKey: privateTo ? key(privateTo) : EVERYONE, choices: reply.choices, chatId, inPrivate, messageId: sent.messageId });
      if (this.offered.length > KEEP_OFFERED) this.offered.shift();
    }
  }

  /** Messages offering this person choices (privately to them, or to everyone in the group), newest first. */
  offersFor(name: string): Offered[] {
    return this.offered.filter((o) => o.forKey === key(name) || o.forKey === EVERYONE).sort((a, b) => b.seq - a.seq);
  }

  /** The newest offer, or the one named: `@5` (its number) or `@prompt` (the newest of that kind). */
  private offeredTo(name: string, ref?: string): Offered | undefined {
    const offers = this.offersFor(name);
    if (!ref) return offers[0];
    const r = ref.toLowerCase();
    return /^\d+$/.test(r) ? offers.find((o) => o.seq === Number(r)) : offers.find((o) => o.tag.toLowerCase() === r);
  }

  private cannotPress(name: string, n: string, ref?: string): string {
    const offers = this.offersFor(name);
    if (!offers.length) return `(console) ${name} has no choices to press.`;
    const list = offers.slice(0, 5).map((o) => `@${o.seq} ${o.tag} (${o.choices.length})`).join(', ');
    const which = ref ? `message @${ref}` : `the newest message (@${offers[0].seq})`;
    return `(console) ${name} has no choice #${n} on ${which}. Say which message, like #${n}@${offers.find((o) => o.choices.length >= Number(n))?.seq ?? offers[0].seq}. Offered to ${name}: ${list}.`;
  }

  /** The choices a person would press now with a plain #N (for tests and scripts). */
  choicesFor(name: string): Choice[] {
    return this.offeredTo(name)?.choices ?? [];
  }
}

const EVERYONE = '*';

const key = (name: string) => name.trim().toLowerCase();

export function parseDuration(s: string): number | null {
  const m = /^\+?(\d+)\s*(m|min|h|d|w)$/.exec(s.trim());
  if (!m) return null;
  const unit = { m: 60e3, min: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3 }[m[2] as 'm'];
  return Number(m[1]) * unit;
}
