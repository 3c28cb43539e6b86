import { formatDate, formatLocal } from '../../src/core/time.js';
import { signingKeys } from '../../src/core/signing.js';
import { REST } from 'discord.js';
import { type Args, type Command, SUBCOMMAND, parseArgs, subcommandOf } from '../../commands/command.js';
import { commandList, commands as allCommands } from '../../commands/index.js';
import type { Logger } from '../../src/core/core.js';
import { DiscordAdapter } from '../../src/adapters/discord/client.js';
import { registerCommands } from '../../src/adapters/discord/register.js';
import type { ChatHarness, Seen } from '../contract/harness.js';
import { FakeDiscord, type FakeDiscordOptions, type FakeChannel, type FakeGuild, type FakeMessage, type FakeUser, type InteractionHandle, Perm, type SlashValue } from '../fakes/discord/index.js';
import { type TestWorld, testWorld } from './core.js';
import { DeliveryWorker } from '../../src/jobs/delivery.js';
import type { Pacing } from '../../src/jobs/pacing.js';

// The real discord.js client, through the Discord adapter, against the local fake Discord.
// Tests act as people (slash commands, button presses, modals) and read what each person sees.

export interface LogRecord {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg?: string;
}

export function recordingLogger(records: LogRecord[]): Logger {
  const at = (level: LogRecord['level']) => (obj: object, msg?: string) => void records.push({ level, obj: obj as Record<string, unknown>, msg });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface BedOptions {
  fake?: FakeDiscordOptions;
  ackAfterMs?: number;
  commands?: readonly Command[];
  start?: string;
  restTimeoutMs?: number;
}

/** One fake server with a #support channel, the bot logged in, commands registered globally. */
export class DiscordBed {
  fake!: FakeDiscord;
  adapter!: DiscordAdapter;
  world!: TestWorld;
  guild!: FakeGuild;
  channel!: FakeChannel;
  readonly logs: LogRecord[] = [];
  readonly clientProblems: string[] = [];
  private readonly users = new Map<string, FakeUser>();
  private managers: { id: string } | null = null;
  private readonly modals = new Map<string, { customId: string; channel: FakeChannel; fields: { id: string; label: string; value?: string }[]; values: Record<string, string> }>();

  constructor(private readonly opts: BedOptions = {}) {}

  async start(): Promise<void> {
    this.world = await testWorld(this.opts.start, recordingLogger(this.logs));
    const list = this.opts.commands ?? commandList;
    this.world.app.commands = new Map(list.map((c) => [c.name, c]));
    this.fake = new FakeDiscord({ interactionTimeoutMs: 3000, ...this.opts.fake });
    this.guild = this.fake.createGuild({ name: 'Peer Support' });
    this.channel = this.fake.createChannel(this.guild, { name: 'support' });
    await this.fake.start();
    const rest = new REST({ api: this.fake.apiRoot }).setToken(this.fake.token);
    await registerCommands({ rest, appId: this.fake.applicationId, commands: list });
    this.adapter = new DiscordAdapter({ app: this.world.app, token: this.fake.token, signing: await signingKeys(this.world.core), apiRoot: this.fake.apiRoot, log: this.world.core.log, ackAfterMs: this.opts.ackAfterMs ?? 1500, restTimeoutMs: this.opts.restTimeoutMs });
    this.adapter.client.on('error', (e) => this.clientProblems.push(`error: ${e.message}`));
    this.adapter.client.rest.on('invalidRequestWarning', (w) => this.clientProblems.push(`invalid requests: ${w.count}`));
    await this.adapter.start();
  }

  async stop(): Promise<void> {
    await this.adapter?.stop();
    await this.fake?.stop();
    await this.world?.close();
  }

  /** The schedule's delivery worker over this adapter's port (quick backoff for tests). */
  worker(pacing?: Pacing): DeliveryWorker {
    this.deliveryWorker ??= new DeliveryWorker({ core: this.world.core, port: this.adapter.delivery, backoff: { baseMs: 20, capMs: 200 }, pacing });
    return this.deliveryWorker;
  }
  private deliveryWorker?: DeliveryWorker;

  /** Deliver the outbox as the schedule does; what people saw, edits of earlier messages included. */
  async deliver(): Promise<Seen[]> {
    const before = new Map(this.fake.messages.map((m) => [m.id, m.history.length]));
    await this.drain();
    return this.fake.messages
      .filter((m) => m.authorId === this.fake.bot.id && !m.deleted && (before.get(m.id) ?? 0) < m.history.length)
      .map((m) => {
        const ch = this.fake.world.channels.get(m.channelId);
        const who = ch?.recipientId ? this.nameOf(ch.recipientId) : undefined;
        return { to: ch?.recipientId ? 'private' : 'group', who, text: fromDiscord(m.content), choices: labels(m), ...(before.has(m.id) ? { edited: true } : {}) } satisfies Seen;
      });
  }

  async drain() {
    return this.worker().drain();
  }

  /** Messages the bot posted or edited in the group channel that everyone can read. */
  groupMessages(): FakeMessage[] {
    return this.fake.messagesIn(this.channel).filter((m) => m.authorId === this.fake.bot.id && !m.ephemeral && !(m.flags & 128));
  }

  /** Errors and warnings the bot logged (ids only), plus discord.js client errors. */
  problems(): string[] {
    return [
      ...this.logs.filter((l) => l.level === 'error' || l.level === 'warn').map((l) => `${l.level}: ${l.msg} ${JSON.stringify(l.obj)}`),
      ...this.clientProblems,
    ];
  }

  user(name: string): FakeUser {
    let u = this.users.get(name.toLowerCase());
    if (!u) {
      u = this.fake.createUser({ username: name.toLowerCase(), globalName: name });
      this.fake.addMember(this.guild, u);
      this.users.set(name.toLowerCase(), u);
    }
    return u;
  }

  nameOf(userId: string): string | undefined {
    return [...this.users.values()].find((u) => u.id === userId)?.globalName ?? undefined;
  }

  /** Give `name` a role with Manage Server. */
  makeManager(name: string): void {
    const u = this.user(name);
    this.managers ??= this.fake.createRole(this.guild, { name: 'mods', permissions: Perm.MANAGE_GUILD });
    const m = this.fake.world.member(this.guild.id, u.id)!;
    if (!m.roles.includes(this.managers.id)) m.roles.push(this.managers.id);
  }

  where(name: string, where: 'group' | 'dm'): FakeChannel {
    return where === 'group' ? this.channel : this.fake.world.dmChannel(this.user(name).id);
  }

  /** Run an interaction and return what people saw because of it. */
  async act(start: () => InteractionHandle): Promise<{ seen: Seen[]; handle: InteractionHandle }> {
    const before = new Map(this.fake.messages.map((m) => [m.id, m.history.length]));
    const reqs = this.fake.requests.length;
    const handle = start();
    await this.settle(handle.id);
    return { seen: this.seenSince(before, reqs, handle), handle };
  }

  async settle(id: string, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.adapter.interactions.settled(id))) {
      if (Date.now() > deadline) throw new Error(`interaction ${id} was never handled`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** `command` names a subcommand after a space: "buddy avoid". */
  slash(name: string, where: 'group' | 'dm', command: string, options: Record<string, SlashValue> = {}) {
    return this.act(() => this.fake.slash(this.user(name), this.where(name, where), command, options));
  }

  click(name: string, message: FakeMessage, customId: string) {
    return this.act(() => this.fake.click(this.user(name), message, customId));
  }

  /** The newest message `name` can see with a button or menu entry labelled `label` (or containing it). */
  findChoice(name: string, label: string): { message: FakeMessage; kind: 'button' | 'select'; customId: string; value?: string } | undefined {
    const u = this.user(name);
    const visible = this.fake.messages
      .filter((m) => !m.deleted && m.authorId === this.fake.bot.id && this.visibleTo(m, u.id))
      .sort((a, b) => (b.editedAt ?? b.createdAt) - (a.editedAt ?? a.createdAt));
    for (const m of visible) {
      for (const row of m.components) {
        for (const c of row.components ?? []) {
          if (c.type === 2 && (c.label === label || String(c.label).includes(label))) return { message: m, kind: 'button', customId: c.custom_id };
          if (c.type === 3) {
            const o = (c.options ?? []).find((x: { label: string }) => x.label === label || x.label.includes(label));
            if (o) return { message: m, kind: 'select', customId: c.custom_id, value: o.value };
          }
        }
      }
    }
    return undefined;
  }

  async press(name: string, label: string): Promise<Seen[]> {
    const found = this.findChoice(name, label);
    if (!found) throw new Error(`${name} sees no button "${label}"`);
    const u = this.user(name);
    const { seen } = await this.act(() =>
      found.kind === 'button' ? this.fake.click(u, found.message, found.customId) : this.fake.select(u, found.message, found.customId, [found.value!]),
    );
    return seen;
  }

  /** Submit the modal last shown to `name` with these values. */
  async submit(name: string, values: Record<string, string>): Promise<Seen[]> {
    const modal = this.modals.get(name.toLowerCase());
    if (!modal) throw new Error(`no modal is open for ${name}`);
    this.modals.delete(name.toLowerCase());
    const { seen } = await this.act(() => this.fake.submitModal(this.user(name), modal.channel, modal.customId, values));
    return seen;
  }

  /**
   * Answer the next field of the open modal; submits once every field has an answer. A field filled
   * in already is left as it is, unless it ends with a space (the start of an answer to go on with).
   */
  async answer(name: string, text: string): Promise<Seen[]> {
    const modal = this.modals.get(name.toLowerCase());
    if (!modal) throw new Error(`no modal is open for ${name}`);
    const open = (f: { id: string; value?: string }) => !(f.id in modal.values) && (!f.value || f.value.endsWith(' '));
    const next = modal.fields.find(open);
    if (next) modal.values[next.id] = text.trim() === '-' ? '' : `${next.value ?? ''}${text}`;
    const after = modal.fields.find(open);
    if (after) return [{ to: 'private', who: name, text: after.label, choices: [] }];
    const prefilled = Object.fromEntries(modal.fields.filter((f) => f.value).map((f) => [f.id, f.value!]));
    return this.submit(name, { ...prefilled, ...modal.values });
  }

  modalFor(name: string) {
    return this.modals.get(name.toLowerCase());
  }

  private visibleTo(m: FakeMessage, userId: string): boolean {
    const ch = this.fake.world.channels.get(m.channelId);
    if (ch?.recipientId) return ch.recipientId === userId;
    if (!m.ephemeral) return true;
    return !!m.interactionId && this.fake.interactionById(m.interactionId)?.userId === userId;
  }

  private seenSince(before: Map<string, number>, reqIndex: number, handle: InteractionHandle): Seen[] {
    const out: Seen[] = [];
    const changed = this.fake.messages.filter((m) => m.authorId === this.fake.bot.id && !m.deleted && !(m.flags & 128) && (before.get(m.id) ?? 0) < m.history.length);
    for (const m of changed) {
      const ch = this.fake.world.channels.get(m.channelId);
      const priv = m.ephemeral || !!ch?.recipientId;
      const whoId = ch?.recipientId ?? (m.interactionId ? this.fake.interactionById(m.interactionId)?.userId : undefined);
      const att = m.attachments[0];
      const picture = att?.width && att.height ? { picture: { width: att.width, height: att.height, alt: att.description ?? '' } } : {};
      out.push({ to: priv ? 'private' : 'group', who: priv && whoId ? this.nameOf(whoId) : undefined, text: fromDiscord(m.content), choices: labels(m), ...(att ? { file: att.filename } : {}), ...picture });
    }
    const cb = handle.callback;
    if (cb?.type === 9 && cb.data) {
      const fields = (cb.data.components ?? []).map((row: any) => ({ id: row.components[0].custom_id as string, label: row.components[0].label as string, value: row.components[0].value as string | undefined }));
      const rec = this.fake.interactionById(handle.id)!;
      const name = this.nameOf(rec.userId) ?? '';
      this.modals.set(name.toLowerCase(), { customId: cb.data.custom_id, channel: this.fake.world.channels.get(rec.channelId)!, fields, values: {} });
      out.push({ to: 'private', who: name, text: [cb.data.title, ...fields.map((f: { label: string }) => f.label)].join('\n'), choices: [] });
    }
    return out;
  }
}

/** The choices on a message (the adapter's own "✏️" form opener is not one of the command's choices). */
export function labels(m: FakeMessage, withFormOpener = false): string[] {
  const out: string[] = [];
  for (const row of m.components) for (const c of row.components ?? []) {
    if (c.type === 2 && (withFormOpener || !String(c.custom_id).startsWith('~form:'))) out.push(c.label);
    if (c.type === 3) for (const o of c.options ?? []) out.push(o.label);
  }
  return out;
}

/** Where the test's members live: Discord shows them a timestamp in this zone. */
export const READER_ZONE = 'Europe/London';

/**
 * Discord timestamps as a reader in READER_ZONE sees them, written the way the other platforms
 * write times, so the shared contract reads the same everywhere (`test/discord-times` checks the
 * timestamps themselves).
 */
export function readTimestamps(content: string): string {
  return content
    .replace(/<t:(\d+):F> \(<t:\1:R>\)/g, (_, u: string) => formatLocal(new Date(Number(u) * 1000), READER_ZONE))
    .replace(/<t:(\d+):D>/g, (_, u: string) => formatDate(new Date(Number(u) * 1000), READER_ZONE));
}

/** Discord markdown back to what a person reads. */
export function fromDiscord(raw: string): string {
  const content = readTimestamps(raw);
  let out = '';
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    const url = /^https?:\/\/[^\s<]+[^<.,:;"')\]\s]/.exec(content.slice(i));
    if (url && !/\w/.test(content[i - 1] ?? '')) {
      out += url[0]; // Discord links an address as written: nothing in it is markdown
      i += url[0].length - 1;
    } else if (c === '\\' && i + 1 < content.length && /[!-\/:-@[-`{-~]/.test(content[i + 1])) {
      // Discord hides a backslash only before punctuation; before anything else it shows.
      out += content[++i];
    } else if (c === '*' && content[i + 1] === '*') {
      i++;
    } else if (c === '_' && !(/\w/.test(content[i - 1] ?? '') && /\w/.test(content[i + 1] ?? ''))) {
      continue; // an italic marker (inside a word, Discord shows _ as it is)
    } else if (c === '[') {
      const close = content.indexOf('](', i);
      const end = close > 0 ? content.indexOf(')', close) : -1;
      if (close > 0 && end > 0) {
        out += `${fromDiscord(content.slice(i + 1, close))} (${content.slice(close + 2, end)})`;
        i = end;
      } else out += c;
    } else out += c;
  }
  return out.replace(/\u200b/g, '');
}

type Typed = { ok: true; name: string; options: Record<string, SlashValue> } | { ok: false };

/**
 * What a person could enter in Discord for this text, if anything: the subcommand, then its option
 * fields. A person's name goes into a User picker as that person (`pick`).
 */
export function typedOptions(command: Command, text: string, pick: (name: string) => FakeUser): Typed {
  const args: Args = parseArgs(command, text);
  const sub = command.subcommands ? subcommandOf(command, args) : undefined;
  if (command.subcommands && !sub) return { ok: false };
  const options: Record<string, SlashValue> = {};
  for (const o of sub?.options ?? command.options) {
    const v = args[o.name];
    if (v === undefined || v === '') continue;
    if (o.type === 'integer') {
      if (typeof v !== 'number' || (o.min !== undefined && v < o.min) || (o.max !== undefined && v > o.max)) return { ok: false };
      options[o.name] = v;
    } else if (o.type === 'user') options[o.name] = pick(String(v));
    else if (o.type === 'role') return { ok: false };
    else {
      const s = String(v);
      if (o.choices && !o.choices.includes(s)) return { ok: false };
      options[o.name] = s;
    }
  }
  if (sub?.options.some((o) => o.required && !(o.name in options))) return { ok: false };
  return { ok: true, name: sub ? `${command.name} ${args[SUBCOMMAND]}` : command.name, options };
}

/** The Discord adapter behind the shared contract suite. */
export function discordHarness(opts: BedOptions = {}): ChatHarness & { bed(): DiscordBed } {
  let bed: DiscordBed;
  return {
    name: 'discord',
    bed: () => bed,
    async start() {
      bed = new DiscordBed(opts);
      await bed.start();
    },
    async stop() {
      await bed.stop();
    },
    core: () => bed.world.core,
    async makeFacilitator(user) {
      bed.makeManager(user);
    },
    async send(user, where, text) {
      const m = /^\/(\S+)\s*([\s\S]*)$/.exec(text.trim());
      if (!m) throw new Error(`not a command: ${text}`);
      const command = allCommands.get(m[1].toLowerCase());
      if (!command) throw new Error(`/${m[1]} is not registered on Discord`);
      const typed = typedOptions(command, m[2], (name) => bed.user(name));
      if (typed.ok) return (await bed.slash(user, where, typed.name, typed.options)).seen;
      // Free text that no typed option can hold goes through the command's form (a modal), as a person would.
      if (!command.forms) throw new Error(`"${text}" can't be typed into /${command.name}'s options on Discord`);
      const first = await bed.slash(user, where, command.name);
      const opener = bed.findChoice(user, '✏️');
      if (!opener && !bed.modalFor(user)) return first.seen;
      if (opener) await bed.click(user, opener.message, opener.customId);
      const values: Record<string, string> = {};
      for (const [k, v] of Object.entries(parseArgs(command, m[2]))) if (v !== undefined) values[k] = String(v);
      return bed.submit(user, values);
    },
    press: (user, label) => bed.press(user, label),
    groupTexts: async () => bed.groupMessages().map((m) => fromDiscord(m.content)),
    answer: (user, _where, text) => bed.answer(user, text),
    deliver: () => bed.deliver(),
  };
}
