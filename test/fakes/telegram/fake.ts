/**
 * FakeTelegram: a local Bot API server for end-to-end tests with the real grammY client.
 * The test drives users and chats through the control API below; the bot talks HTTP.
 */
import type { CallbackQuery, Chat, Message, User, UserFromGetMe } from 'grammy/types';
import { RateLimiter, type RateLimits } from './limits.js';
import { callbackDataOf, type Markup } from './markup.js';
import { createMethods, commandsKey, type BotCommand } from './methods.js';
import { GROUP_ANONYMOUS_BOT, World, entitiesFor, idOf, type BotStatus, type ChatRef, type ChatState, type NewGroup, type NewUser, type UserRef } from './model.js';
import { UpdateQueue, type ConflictPolicy } from './polling.js';
import { FakeServer, type Latency } from './server.js';
import { WebhookPusher } from './webhook.js';
import type { Params } from './http.js';

export interface FakeTelegramOptions {
  /** Bot token; its numeric prefix is the bot's user id. */
  token?: string;
  /** After a webhook POST without a 2xx, how long until the update is sent again (ms; default 1000). */
  webhookRetryMs?: number;
  /** How long a webhook POST may take before Telegram counts it as unanswered (ms; default 10,000). */
  webhookTimeoutMs?: number;
  botName?: string;
  botUsername?: string;
  /** BotFather's default: in groups the bot sees only commands, replies to it, mentions and service messages. */
  privacyMode?: boolean;
  /** Telegram's limits by default; override numbers, or `false` to switch limits off. */
  rateLimits?: Partial<RateLimits> | false;
  /** Multiplies the limit windows (0.1 → ten times shorter). */
  timeScale?: number;
  /** Clock for limits, dates and callback expiry; real time by default. */
  now?: () => number;
  conflictPolicy?: ConflictPolicy;
  /** Hold a long poll at most this long whatever its `timeout` (ms). */
  maxPollHoldMs?: number;
  /** After this long a callback query can no longer be answered (ms). */
  callbackQueryTtlMs?: number;
}

export interface SentMessage {
  method: 'sendMessage' | 'sendDocument' | 'sendPhoto';
  chat_id: number;
  message_id: number;
  /** Text as the bot sent it (markup included). */
  text?: string;
  /** Text as the user sees it (tags removed, entities decoded). */
  plain?: string;
  caption?: string;
  parse_mode?: string;
  reply_markup?: Markup;
  reply_to_message_id?: number;
  document?: { file_name?: string; mime_type?: string; size: number; data?: Buffer; file_id: string };
  message: Message;
}

export interface EditRecord {
  method: 'editMessageText' | 'editMessageReplyMarkup';
  chat_id: number;
  message_id: number;
  text?: string;
  parse_mode?: string;
  reply_markup?: Markup;
}

export interface CallbackAnswer {
  callback_query_id: string;
  text?: string;
  show_alert: boolean;
  url?: string;
  /** The callback_data of the query answered. */
  data?: string;
}

export interface RequestRecord {
  method: string;
  params: Params;
  /** HTTP status answered (0 while a long poll is still held). */
  status: number;
  at: number;
}

export interface FailOptions {
  status?: number;
  html?: boolean;
  count?: number;
  description?: string;
  retryAfter?: number;
  /** Only calls into this chat. */
  chatId?: number | string;
}

export class FakeTelegram {
  readonly token: string;
  readonly me: UserFromGetMe;
  readonly world: World;
  readonly queue: UpdateQueue;
  readonly limiter: RateLimiter | undefined;
  readonly privacyMode: boolean;
  readonly callbackQueryTtlMs: number;
  readonly now: () => number;

  // --- Observation
  /** Every message the bot sent, in order. */
  readonly sent: SentMessage[] = [];
  readonly edits: EditRecord[] = [];
  readonly deleted: Array<{ chat_id: number; message_id: number }> = [];
  readonly callbackAnswers: CallbackAnswer[] = [];
  /** Every API request, in arrival order. */
  readonly requests: RequestRecord[] = [];
  /** 429s answered (rate limits and injected ones). */
  tooManyRequests = 0;
  /** setMyCommands lists, see commandsFor(). */
  readonly commands = new Map<string, BotCommand[]>();
  readonly callbackQueries = new Map<string, { query: CallbackQuery; answered: boolean; at: number }>();
  /** setWebhook: updates POSTed to the bot instead of served to getUpdates. */
  readonly webhook: WebhookPusher;
  get webhookUrl(): string | undefined {
    return this.webhook.url;
  }

  private readonly server: FakeServer;
  private fileIds = 0;
  private queryIds = 0;
  private apiRoot: string | undefined;

  constructor(opts: FakeTelegramOptions = {}) {
    this.token = opts.token ?? '123456789:AAFakeTokenForTests_abcdefghijklmnop';
    this.now = opts.now ?? Date.now;
    this.privacyMode = opts.privacyMode ?? true;
    this.callbackQueryTtlMs = opts.callbackQueryTtlMs ?? 15_000;
    const botId = Number(this.token.split(':')[0]) || 123456789;
    this.me = {
      id: botId,
      is_bot: true,
      first_name: opts.botName ?? 'Peer Support Test Bot',
      username: opts.botUsername ?? 'PeerSupportTestBot',
      can_join_groups: true,
      can_read_all_group_messages: !this.privacyMode,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    } as UserFromGetMe;
    const botUser: User = { id: botId, is_bot: true, first_name: this.me.first_name, username: this.me.username };
    this.world = new World(botUser, this.now);
    this.queue = new UpdateQueue(opts.conflictPolicy, opts.maxPollHoldMs);
    this.webhook = new WebhookPusher(this.queue, { retryMs: opts.webhookRetryMs ?? 1000, timeoutMs: opts.webhookTimeoutMs ?? 10_000 });
    this.limiter = opts.rateLimits === false ? undefined : new RateLimiter({ limits: opts.rateLimits, timeScale: opts.timeScale, now: this.now });
    this.server = new FakeServer(this, createMethods(this));
  }

  // --- Lifecycle

  async start(): Promise<{ apiRoot: string; token: string }> {
    const port = await this.server.listen();
    this.apiRoot = `http://127.0.0.1:${port}`;
    return { apiRoot: this.apiRoot, token: this.token };
  }

  /** Answers held long polls, drops every connection and closes the server. */
  async stop(): Promise<void> {
    this.queue.releaseAll();
    this.webhook.stop();
    await this.server.close();
  }

  // --- Fault injection

  /** The next `count` calls of `method` ('*' for any) fail: JSON 500 by default, or an nginx HTML page. */
  failNext(method: string, opts: FailOptions = {}): void {
    const status = opts.status ?? 500;
    this.server.faults.push({ method: method.toLowerCase(), status, html: opts.html ?? false, description: opts.description, retryAfter: opts.retryAfter, chatId: opts.chatId === undefined ? undefined : String(opts.chatId), remaining: opts.count ?? 1 });
  }

  /** Adds latency (ms, or a random range) before answering `method` ('*' for all). 0 removes it. */
  delay(ms: Latency, method = '*'): void {
    if (ms === 0) this.server.latency.delete(method.toLowerCase());
    else this.server.latency.set(method.toLowerCase(), ms);
  }

  /**
   * Adds latency after a request is carried out, before its answer leaves. With delay() for the
   * way there, a round trip split in two: the limits count a request when it arrives, not when
   * its answer does.
   */
  delayAnswers(ms: Latency, method = '*'): void {
    if (ms === 0) this.server.answerLatency.delete(method.toLowerCase());
    else this.server.answerLatency.set(method.toLowerCase(), ms);
  }

  // --- Users and chats

  user(opts: NewUser = {}): User {
    return this.world.addUser(opts);
  }

  privateChat(user: UserRef): Chat {
    return this.world.privateChat(user).chat;
  }

  group(opts: NewGroup = {}): Chat {
    return this.world.addGroup(opts).chat;
  }

  /** A new topic in a forum supergroup (as createForumTopic): its message_thread_id. */
  createTopic(group: ChatRef, name: string): number {
    const state = this.world.chatState(group);
    if (!state.topics) throw new Error(`fake telegram: chat ${state.chat.id} is not a forum`);
    const created = this.world.addMessage(state, { from: this.world.bot, forum_topic_created: { name, icon_color: 7322096 } } as Partial<Message>);
    state.topics.set(created.message_id, name);
    return created.message_id;
  }

  /** The user writes in a topic of a forum supergroup. */
  userSendsInTopic(user: UserRef, chat: ChatRef, topic: number, text: string): Message {
    return this.userSends(user, chat, text, { message_thread_id: topic, is_topic_message: true } as Partial<Message>);
  }

  /** The user opens the bot and presses Start (deep link payload: up to 64 of A-Za-z0-9_-). */
  userStartsBot(user: UserRef, payload?: string): Message {
    if (payload !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(payload)) {
      throw new Error(`fake telegram: invalid deep-link payload "${payload}"`);
    }
    return this.userSends(user, idOf(user), payload ? `/start ${payload}` : '/start');
  }

  /** The user blocks the bot: my_chat_member (kicked); later sends answer 403. */
  userBlocksBot(user: UserRef): void {
    const state = this.world.userState(user);
    const chat = this.world.privateChat(user);
    state.blocked = true;
    this.pushMemberUpdate(chat, 'member', 'kicked', state.user);
  }

  /** A user writes `text` into a chat; commands and @mentions get entities. */
  userSends(user: UserRef, chat: ChatRef, text: string, extra: Partial<Message> = {}): Message {
    const state = this.world.chatState(chat);
    const from = this.world.userState(user);
    if (state.chat.type === 'private') {
      if (from.blocked) this.pushMemberUpdate(state, 'kicked', 'member', from.user);
      from.started = true;
      from.blocked = false;
    } else {
      state.members.add(from.user.id);
    }
    const entities = entitiesFor(text);
    const message = this.world.addMessage(state, { from: from.user, text, ...(entities ? { entities } : {}), ...extra });
    this.deliver(state, message);
    return message;
  }

  /** A user replies to a message (e.g. answering a force_reply prompt). */
  reply(user: UserRef, chat: ChatRef, toMessage: Message | number, text: string): Message {
    const state = this.world.chatState(chat);
    const target = this.world.findMessage(state, typeof toMessage === 'number' ? toMessage : toMessage.message_id);
    if (!target) throw new Error(`fake telegram: no message ${String(toMessage)} in chat ${state.chat.id}`);
    const { reply_to_message: _nested, ...flat } = target as Message & { reply_to_message?: unknown };
    return this.userSends(user, chat, text, { reply_to_message: flat } as Partial<Message>);
  }

  /** An anonymous admin writes: from = GroupAnonymousBot, sender_chat = the group. */
  anonymousAdminSends(group: ChatRef, text: string): Message {
    const state = this.world.chatState(group);
    const entities = entitiesFor(text);
    const message = this.world.addMessage(state, { from: GROUP_ANONYMOUS_BOT, sender_chat: state.chat, text, ...(entities ? { entities } : {}) } as Partial<Message>);
    this.deliver(state, message);
    return message;
  }

  userJoins(group: ChatRef, user: UserRef): Message {
    const state = this.world.chatState(group);
    const u = this.world.userState(user).user;
    state.members.add(u.id);
    return this.service(state, { from: u, new_chat_members: [u] } as Partial<Message>);
  }

  userLeaves(group: ChatRef, user: UserRef): Message {
    const state = this.world.chatState(group);
    const u = this.world.userState(user).user;
    state.members.delete(u.id);
    state.admins.delete(u.id);
    return this.service(state, { from: u, left_chat_member: u } as Partial<Message>);
  }

  /** The user presses an inline button of a bot message (which must carry that callback_data unless force). */
  pressButton(user: UserRef, message: Message, data: string, opts: { force?: boolean } = {}): CallbackQuery {
    const state = this.world.chatState(message.chat.id);
    const current = this.world.findMessage(state, message.message_id);
    if (!current) throw new Error(`fake telegram: message ${message.message_id} is gone from chat ${state.chat.id}`);
    const offered = callbackDataOf(current.reply_markup as Markup | undefined);
    if (!opts.force && !offered.includes(data)) {
      throw new Error(`fake telegram: message ${message.message_id} has no button "${data}" (has: ${offered.join(', ') || 'none'})`);
    }
    const query = {
      id: `${this.me.id}${String(++this.queryIds).padStart(6, '0')}`,
      from: this.world.userState(user).user,
      message: current,
      chat_instance: String(-Math.abs(state.chat.id * 7919) % 1_000_000_007),
      data,
    } as CallbackQuery;
    this.callbackQueries.set(query.id, { query, answered: false, at: this.now() });
    this.queue.push({ callback_query: query });
    return query;
  }

  /** Someone removes the bot: my_chat_member (kicked); later sends answer 403. */
  kickBot(group: ChatRef, by?: UserRef): void {
    const state = this.world.chatState(group);
    this.changeBotStatus(state, 'kicked', this.actor(state, by));
  }

  /** Someone adds the bot: my_chat_member (member or administrator) and a new_chat_members message. */
  addBot(group: ChatRef, opts: { by?: UserRef; admin?: boolean } = {}): Message {
    const state = this.world.chatState(group);
    const by = this.actor(state, opts.by);
    this.changeBotStatus(state, opts.admin ? 'administrator' : 'member', by);
    return this.service(state, { from: by, new_chat_members: [this.world.bot] } as Partial<Message>);
  }

  /** Upgrades a basic group: migrate_to_chat_id in the old chat, migrate_from_chat_id in the new; old id then answers 400. */
  migrateToSupergroup(group: ChatRef): Chat {
    const old = this.world.chatState(group);
    if (old.chat.type !== 'group') throw new Error('fake telegram: only a basic group can be migrated');
    const title = old.chat.title;
    const next = this.world.addGroup({ type: 'supergroup', title, creator: old.creator, admins: [...old.admins], members: [...old.members], bot: old.botStatus });
    this.service(old, { from: this.actor(old), migrate_to_chat_id: next.chat.id } as Partial<Message>);
    this.service(next, { from: GROUP_ANONYMOUS_BOT, sender_chat: next.chat, migrate_from_chat_id: old.chat.id } as Partial<Message>);
    old.migratedTo = next.chat.id;
    return next.chat;
  }

  // --- Observation helpers

  /** Everything in a chat (users' and bot's messages), current state, oldest first. */
  messagesIn(chat: ChatRef): Message[] {
    return [...this.world.chatState(chat).messages];
  }

  sentTo(chat: ChatRef): SentMessage[] {
    return this.sent.filter((s) => s.chat_id === idOf(chat));
  }

  commandsFor(scope: Record<string, unknown> = { type: 'default' }, languageCode?: string): BotCommand[] | undefined {
    return this.commands.get(commandsKey(scope, languageCode));
  }

  countRequests(method: string): number {
    return this.requests.filter((r) => r.method.toLowerCase() === method.toLowerCase()).length;
  }

  /** Polls until `predicate(sent)` is truthy and resolves with its value; rejects with what was sent on timeout. */
  waitFor<T>(predicate: (sent: SentMessage[]) => T | undefined | null | false, timeoutMs = 3000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    return new Promise<T>((resolve, reject) => {
      const tick = () => {
        let value: T | undefined | null | false;
        try {
          value = predicate(this.sent);
        } catch (err) {
          return reject(err);
        }
        if (value) return resolve(value);
        if (Date.now() >= deadline) {
          const seen = this.sent.map((s) => `  [${s.chat_id}#${s.message_id}] ${s.text ?? s.caption ?? `(${s.method})`}`).join('\n');
          return reject(new Error(`waitFor(${what}) timed out after ${timeoutMs} ms; ${this.sent.length} sent so far:\n${seen || '  (nothing)'}`));
        }
        setTimeout(tick, 10);
      };
      tick();
    });
  }

  // --- Internal (used by the method handlers)

  recordSent(s: SentMessage): void {
    this.sent.push(s);
  }

  nextFileId(): number {
    return ++this.fileIds;
  }

  changeBotStatus(state: ChatState, status: BotStatus, by: User): void {
    const old = state.botStatus;
    state.botStatus = status;
    this.pushMemberUpdate(state, old, status, by);
  }

  private pushMemberUpdate(state: ChatState, from: BotStatus, to: BotStatus, by: User): void {
    this.queue.push({
      my_chat_member: {
        chat: state.chat,
        from: by,
        date: this.world.date,
        old_chat_member: this.world.botMember(from),
        new_chat_member: this.world.botMember(to),
      },
    });
  }

  private actor(state: ChatState, by?: UserRef): User {
    const id = by !== undefined ? idOf(by) : state.creator ?? [...state.admins][0];
    if (id === undefined) throw new Error(`fake telegram: chat ${state.chat.id} has no admin to act; pass "by"`);
    return this.world.userState(id).user;
  }

  private service(state: ChatState, fields: Partial<Message>): Message {
    const message = this.world.addMessage(state, fields);
    this.deliver(state, message);
    return message;
  }

  /** Queues a message update if the bot can see it (membership and privacy mode). */
  private deliver(state: ChatState, message: Message): void {
    if (state.chat.type !== 'private') {
      if (state.botStatus !== 'member' && state.botStatus !== 'administrator') return;
      if (!this.botSees(state, message)) return;
    }
    this.queue.push({ message } as Parameters<UpdateQueue['push']>[0]);
  }

  private botSees(state: ChatState, message: Message): boolean {
    if (!this.privacyMode || state.botStatus === 'administrator') return true;
    const text = message.text;
    if (text === undefined) return true; // service messages
    const name = this.me.username.toLowerCase();
    const command = /^\/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?/.exec(text);
    if (command) return command[1] === undefined || command[1].toLowerCase() === name;
    if (message.reply_to_message?.from?.id === this.me.id) return true;
    return text.toLowerCase().includes(`@${name}`);
  }
}
