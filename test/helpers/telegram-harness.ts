import { signingKeys } from '../../src/core/signing.js';
import type { Chat, Message, User } from 'grammy/types';
import { ALLOWED_UPDATES, TelegramAdapter, type TelegramOptions } from '../../src/adapters/telegram/bot.js';
import type { Logger } from '../../src/core/core.js';
import type { ChatHarness, Seen } from '../contract/harness.js';
import { FakeTelegram, type FakeTelegramOptions, type SentMessage } from '../fakes/telegram/index.js';
import { type TestWorld, testWorld } from './core.js';
import { DeliveryWorker } from '../../src/jobs/delivery.js';
import { HttpServer } from '../../src/http/server.js';
import { pngSize } from '../fakes/png.js';

// The real grammY bot (our Telegram adapter) against the local fake Bot API server, driven the way
// people use Telegram. Every action waits until the bot has handled the updates it caused (no
// sleeps), then reports what people would see.

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: object;
  msg?: string;
}

export function memoryLogger(entries: LogEntry[]): Logger {
  const at = (level: LogEntry['level']) => (obj: object, msg?: string) => void entries.push({ level, obj, msg });
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface Mark {
  sent: number;
  edits: number;
  answers: number;
  updates: number;
}

export interface TelegramTestOptions {
  fake?: FakeTelegramOptions;
  adapter?: Partial<TelegramOptions>;
  groupTitle?: string;
  /** New people press Start in the bot's private chat before anything else (default true). */
  usersStartBot?: boolean;
  /** Take updates by webhook (the fake POSTs them to a local HTTP server) instead of long polling. */
  webhook?: { secret?: string; claimMs?: number; sweepMs?: number };
}

export const WEBHOOK_URL = 'https://bot.example.org/telegram/updates';
export const WEBHOOK_SECRET = 'test-webhook-secret_0123';

export class TelegramTest {
  readonly users = new Map<string, User>();
  readonly handled = new Set<number>();
  readonly logs: LogEntry[] = [];
  group!: Chat;
  world!: TestWorld;
  fake!: FakeTelegram;
  adapter!: TelegramAdapter;
  apiRoot!: string;
  /** With `webhook`: the bot's HTTP server the fake posts to. */
  http: HttpServer | undefined;

  private constructor(private readonly opts: TelegramTestOptions) {}

  static async start(opts: TelegramTestOptions = {}): Promise<TelegramTest> {
    const t = new TelegramTest(opts);
    t.world = await testWorld();
    t.fake = new FakeTelegram({ rateLimits: false, ...opts.fake });
    const { apiRoot, token } = await t.fake.start();
    t.apiRoot = apiRoot;
    t.adapter = new TelegramAdapter({
      app: t.world.app,
      token,
      signing: await signingKeys(t.world.core),
      apiRoot,
      log: memoryLogger(t.logs),
      adminTtlMs: 0,
      onUpdateHandled: (id) => void t.handled.add(id),
      ...opts.adapter,
    });
    if (opts.webhook) {
      t.http = new HttpServer(memoryLogger(t.logs));
      const port = await t.http.listen(0, '127.0.0.1');
      t.fake.webhook.backends = [`http://127.0.0.1:${port}`];
      await t.adapter.startWebhook({ url: WEBHOOK_URL, secret: opts.webhook.secret ?? WEBHOOK_SECRET, server: t.http, claimMs: opts.webhook.claimMs, sweepMs: opts.webhook.sweepMs });
    } else {
      await t.adapter.start();
    }
    const owner = t.fake.user({ first_name: 'Owner' });
    t.users.set('owner', owner);
    t.group = t.fake.group({ title: opts.groupTitle ?? 'Tuesday Parents', admins: [owner] });
    return t;
  }

  /** The bot first, then the fake (its held polls end), then the database. */
  async stop(): Promise<void> {
    await this.adapter.stop();
    await this.http?.close();
    await this.fake.stop();
    await this.world.close();
  }

  get core() {
    return this.world.core;
  }

  errors(): LogEntry[] {
    return this.logs.filter((l) => l.level === 'error');
  }

  /** A person by name, created on first use (a member of the group; started the bot unless told not to). */
  async user(name: string, opts: { startsBot?: boolean; languageCode?: string } = {}): Promise<User> {
    const key = name.toLowerCase();
    const existing = this.users.get(key);
    if (existing) return existing;
    const user = this.fake.user({ first_name: name, ...(opts.languageCode ? { language_code: opts.languageCode } : {}) });
    this.users.set(key, user);
    this.fake.world.chatState(this.group).members.add(user.id);
    if (opts.startsBot ?? this.opts.usersStartBot ?? true) await this.act(() => this.fake.userStartsBot(user));
    return user;
  }

  makeAdmin(user: User, chat: Chat = this.group): void {
    const state = this.fake.world.chatState(chat);
    state.members.add(user.id);
    state.admins.add(user.id);
  }

  mark(): Mark {
    return { sent: this.fake.sent.length, edits: this.fake.edits.length, answers: this.fake.callbackAnswers.length, updates: this.fake.queue.all.length };
  }

  /** Runs `fn` (which makes users act), waits until the bot has handled every update it caused. */
  async act(fn: () => unknown, timeoutMs = 5000): Promise<Seen[]> {
    const m = this.mark();
    await fn();
    await this.settle(m, timeoutMs);
    return this.seenSince(m);
  }

  async settle(m: Mark, timeoutMs = 5000): Promise<void> {
    // Updates of kinds the bot did not ask for (allowed_updates) never reach it.
    const wanted = this.fake.queue.all.slice(m.updates).filter((u) => Object.keys(u).some((k) => (ALLOWED_UPDATES as readonly string[]).includes(k)));
    await this.fake.waitFor(() => wanted.every((u) => this.handled.has(u.update_id)), timeoutMs, 'updates handled');
  }

  chatOf(user: User, where: 'group' | 'dm'): Chat {
    return where === 'group' ? this.group : this.fake.privateChat(user);
  }

  async send(name: string, where: 'group' | 'dm', text: string, timeoutMs = 5000): Promise<Seen[]> {
    const user = await this.user(name);
    return this.act(() => this.fake.userSends(user, this.chatOf(user, where), text), timeoutMs);
  }

  /** Presses the button labelled `label` on the newest bot message offering it in the group or the person's private chat. */
  async press(name: string, label: string): Promise<Seen[]> {
    const user = await this.user(name);
    const found = this.findButton(user, label);
    if (!found) throw new Error(`${name} has no button "${label}"; offered: ${this.buttonsFor(user).join(', ') || 'none'}`);
    return this.act(() => this.fake.pressButton(user, found.message, found.data));
  }

  findButton(user: User, label: string, chats: number[] = [this.group.id, user.id]): { message: Message; data: string } | undefined {
    for (const s of [...this.fake.sent].reverse()) {
      if (!chats.includes(s.chat_id)) continue;
      const message = this.current(s);
      for (const b of buttons(message)) if (b.callback_data && (b.text === label || b.text.includes(label))) return { message: message!, data: b.callback_data };
    }
    return undefined;
  }

  buttonsFor(user: User): string[] {
    return this.fake.sent.filter((s) => s.chat_id === this.group.id || s.chat_id === user.id).flatMap((s) => buttons(this.current(s)).map((b) => b.text));
  }

  /** Answers the newest follow-up question (force_reply) in that chat, as a reply to it. */
  async answer(name: string, where: 'group' | 'dm', text: string): Promise<Seen[]> {
    const user = await this.user(name);
    const chat = this.chatOf(user, where);
    const q = [...this.fake.sent].reverse().find((s) => s.chat_id === chat.id && s.reply_markup && 'force_reply' in s.reply_markup);
    if (!q) throw new Error(`no follow-up question for ${name} in the ${where}`);
    return this.act(() => this.fake.reply(user, chat, q.message, text));
  }

  current(s: SentMessage): Message | undefined {
    return this.fake.world.findMessage(this.fake.world.chatState(s.chat_id), s.message_id);
  }

  nameOf(id: number): string | undefined {
    for (const [, u] of this.users) if (u.id === id) return u.first_name;
    return undefined;
  }

  /** Deliver the outbox through the adapter's delivery port, as the schedule does; new messages and edits. */
  async deliver(): Promise<Seen[]> {
    const m = this.mark();
    this.worker ??= new DeliveryWorker({ core: this.core, port: this.adapter.delivery, backoff: { baseMs: 20, capMs: 200 }, pacing: { overall: LOOSE_WINDOW, group: LOOSE_WINDOW, private: LOOSE_WINDOW, concurrency: 1 } });
    await this.worker.drain();
    const seen = this.seenSince(m);
    for (const e of this.fake.edits.slice(m.edits)) {
      const message = this.fake.world.findMessage(this.fake.world.chatState(e.chat_id), e.message_id);
      const kb = (message?.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> } | undefined)?.inline_keyboard?.flat() ?? [];
      seen.push({ to: e.chat_id < 0 ? 'group' : 'private', who: e.chat_id < 0 ? undefined : this.nameOf(e.chat_id), text: message?.text ?? '', choices: kb.filter((b) => b.callback_data).map((b) => b.text), edited: true });
    }
    return seen;
  }
  private worker?: DeliveryWorker;

  seenSince(m: Mark): Seen[] {
    const seen: Seen[] = this.fake.sent.slice(m.sent).map((s) => this.toSeen(s));
    for (const a of this.fake.callbackAnswers.slice(m.answers)) {
      if (!a.text) continue;
      const from = this.fake.callbackQueries.get(a.callback_query_id)?.query.from;
      seen.push({ to: 'private', who: from?.first_name, text: a.text, choices: [] });
    }
    return seen;
  }

  toSeen(s: SentMessage): Seen {
    const markup = s.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string; url?: string }>> } | undefined;
    const flat = markup?.inline_keyboard?.flat() ?? [];
    return {
      to: s.chat_id < 0 ? 'group' : 'private',
      who: s.chat_id < 0 ? undefined : this.nameOf(s.chat_id),
      text: s.plain ?? s.message.caption ?? '',
      choices: flat.filter((b) => b.callback_data).map((b) => b.text),
      ...(s.document ? { file: s.document.file_name } : {}),
      // A photo's words are its caption (what a screen reader reads out with the picture).
      ...(s.method === 'sendPhoto' && pngSize(s.document?.data) ? { picture: { ...pngSize(s.document?.data)!, alt: s.message.caption ?? '' } } : {}),
      ...(flat.some((b) => b.url?.startsWith('https://t.me/')) ? { privateLink: true } : {}),
    };
  }
}

function buttons(message: Message | undefined): Array<{ text: string; callback_data?: string; url?: string }> {
  const kb = (message?.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string; url?: string }>> } | undefined)?.inline_keyboard;
  return kb?.flat() ?? [];
}

const LOOSE_WINDOW = { max: 100_000, perMs: 1000 };

/** The Telegram adapter behind the shared contract. */
export function telegramHarness(opts: { webhook?: boolean } = {}): ChatHarness & { test(): TelegramTest } {
  let t: TelegramTest;
  return {
    name: opts.webhook ? 'telegram (webhook)' : 'telegram',
    test: () => t,
    async start() {
      // Delivery is paced by the worker and the fake (its limits are off here), not by real-time waits.
      t = await TelegramTest.start({ webhook: opts.webhook ? {} : undefined });
    },
    async stop() {
      await t.stop();
      // The bot's own log is part of what the contract checks: no update may have failed.
      const bad = t.logs.filter((l) => l.level === 'error' || l.level === 'warn');
      if (process.env.TG_DEBUG) for (const l of t.logs) console.log(l.level, l.msg, JSON.stringify(l.obj));
      if (bad.length) throw new Error(`the Telegram bot logged problems:\n${bad.map((l) => `${l.level} ${l.msg} ${JSON.stringify(l.obj)}`).join('\n')}`);
    },
    core: () => t.core,
    async makeFacilitator(name) {
      t.makeAdmin(await t.user(name));
    },
    send: (name, where, text) => t.send(name, where, text),
    say: (name, where, text) => t.send(name, where, text),
    groupTexts: async () => t.fake.sent.filter((s) => s.chat_id === t.group.id).map((s) => t.current(s)?.text ?? s.plain ?? ''),
    press: (name, label) => t.press(name, label),
    answer: (name, where, text) => t.answer(name, where, text),
    deliver: () => t.deliver(),
  };
}
