import { type AutoRetryOptions, autoRetry } from '@grammyjs/auto-retry';
import { type RunnerHandle, run, sequentialize } from '@grammyjs/runner';
import { Api, Bot, type Context, GrammyError } from 'grammy';
import type { App } from '../../../commands/dispatch.js';
import type { Logger } from '../../core/core.js';
import type { SigningKeys } from '../../core/signing.js';
import { deactivateGroup, findGroupByChat, moveGroupChat } from '../../core/groups.js';
import { groupWords } from '../../core/i18n.js';
import { FollowUps, databaseStore } from '../follow-ups.js';
import { AdminCache } from './admins.js';
import { CallbackSigner } from './callbacks.js';
import { chatLife } from './chat-life.js';
import { TelegramDelivery } from './delivery.js';
import type { TelegramDeps } from './deps.js';
import { errorInfo, replyNotSent } from './errors.js';
import { registerMenus } from './menu.js';
import { messages } from './messages.js';
import { presses } from './presses.js';
import { Sender } from './send.js';
import { TelegramWebhook } from './webhook.js';
import type { HttpServer } from '../../http/server.js';

// The Telegram adapter: a real grammY bot (long polling), its parts wired as composers, and the
// delivery port for scheduled messages. One process may poll a token at a time (409 otherwise).

export interface TelegramOptions {
  app: App;
  token: string;
  /** The button-signing key (core signingKeys); the token only checks buttons from before it. */
  signing: SigningKeys;
  /** grammY client.apiRoot (a local Bot API server or a test fake), no trailing slash. */
  apiRoot?: string;
  log: Logger;
  /** How long the chat administrators are remembered (ms). */
  adminTtlMs?: number;
  /** Before a reply goes out into a group or private chat: its slot in the platform's one send budget (main.ts: SendBudget.replySlot). */
  replySlot?(audience: 'group' | 'person', chatId: string): Promise<void>;
  /**
   * auto-retry for replies: waits retry_after on 429 up to REPLY_MAX_WAIT_S (a chat over its limit
   * for longer gets no answer rather than holding its update), retries 5xx and network errors.
   */
  retry?: AutoRetryOptions;
  /** Polling stopped for good (409 Conflict, revoked token): `why` is one clear line for the log. */
  onFatal?(err: unknown, why: string): void;
  /** Tests: an update has been handled completely. */
  onUpdateHandled?(updateId: number): void;
}

export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

/** Whether the adapter is doing its job, for the health check (src/http/health.ts). */
export interface PlatformHealth {
  connected: boolean;
  /** A few words from the code (never a token or an error's text). */
  state: string;
}

/** How long stopping may wait for the last poll to be confirmed and the updates in hand to finish. */
const STOP_WAIT_MS = 3_000;

/** A reply waits at most this long on a 429's retry_after; past it, it is given up (and logged). */
export const REPLY_MAX_WAIT_S = 10;

/**
 * Updates run side by side, but in order within one chat (a private chat is its person's): a
 * group under a long 429 holds only its own updates, never every other group's. An update with
 * no chat (a button on an old inline message) is in order with its person's.
 */
function updateOrder(ctx: Context): string | undefined {
  if (ctx.chat) return `chat:${ctx.chat.id}`;
  return ctx.from ? `chat:${ctx.from.id}` : undefined;
}

export class TelegramAdapter {
  readonly bot: Bot;
  readonly delivery: TelegramDelivery;
  readonly deps: TelegramDeps;
  private polling: Promise<void> | undefined;
  private runner: RunnerHandle | undefined;
  /** The newest update handled, confirmed to Telegram when polling stops. */
  private lastUpdateId = 0;
  private mode: 'polling' | 'webhook' | 'worker' | undefined;
  private webhook: TelegramWebhook | undefined;
  /** Why this adapter stopped for good (or was stopped). */
  private down: string | undefined;
  /** The last getUpdates failed (network, 5xx): grammY retries, but no updates arrive meanwhile. */
  private pollFailing = false;

  constructor(private readonly opts: TelegramOptions) {
    const { app, log, token } = opts;
    const client = opts.apiRoot ? { apiRoot: opts.apiRoot } : undefined;
    this.bot = new Bot(token, client ? { client } : undefined);
    // Each poll's outcome, for the health check. Installed first, so it sits inside auto-retry and
    // sees every attempt (auto-retry retries a network error without end, within one call).
    this.bot.api.config.use(async (prev, method, payload, signal) => {
      if (method !== 'getUpdates') return prev(method, payload, signal);
      try {
        const res = await prev(method, payload, signal);
        this.pollFailing = !res.ok;
        return res;
      } catch (err) {
        if (!signal?.aborted) this.pollFailing = true;
        throw err;
      }
    });
    this.bot.api.config.use(autoRetry(opts.retry ?? { maxRetryAttempts: 4, maxDelaySeconds: REPLY_MAX_WAIT_S }));
    // Scheduled deliveries wait only briefly in-call: longer waits go back to the outbox worker.
    // A send gives up after 60 s: well inside the outbox claim (CLAIM_MS), so no other worker takes it over mid-send.
    const deliveryApi = new Api(token, { ...client, timeoutSeconds: 60 });
    deliveryApi.config.use(autoRetry({ maxRetryAttempts: 1, maxDelaySeconds: 2, rethrowInternalServerErrors: true, rethrowHttpErrors: true }));

    const signer = new CallbackSigner(opts.signing, token, () => app.core.clock.now());
    // Follow-up questions wait in the database: a restart does not lose them.
    const followUps = new FollowUps(databaseStore(app.core, 'telegram'));
    const admins = new AdminCache(this.bot.api, log, opts.adminTtlMs);
    const botUsername = () => this.bot.botInfo.username;
    const chatMoved = async (from: string, to: string) => {
      if (from === to) return;
      const group = await findGroupByChat(app.core.db, 'telegram', from);
      if (group) {
        await moveGroupChat(app.core.db, 'telegram', from, to);
        log.info({ group: group.id, from, to }, 'telegram: group moved to its supergroup');
      }
      admins.forget(from);
    };
    // The private-chat button in a group's chat speaks the group's language.
    const privateLinkLabel = async (chatId: string) => groupWords((await findGroupByChat(app.core.db, 'telegram', chatId))?.language).t('platform-open-private');
    const senderDeps = { signer, botUsername, followUps, onMigrate: chatMoved, privateLinkLabel };
    // Replies take their slot in the send budget as they go; scheduled sends took theirs before sending.
    const replySlot = opts.replySlot;
    const beforeSend = replySlot && ((chatId: string) => replySlot(chatId.startsWith('-') ? 'group' : 'person', chatId)); // group chats' ids are negative
    const sender = new Sender(this.bot.api, { ...senderDeps, beforeSend });
    this.deps = {
      app,
      log,
      api: this.bot.api,
      sender,
      admins,
      signer,
      followUps,
      botUsername,
      botId: () => this.bot.botInfo.id,
      chatGone: async (chatId) => {
        admins.forget(chatId);
        const group = await findGroupByChat(app.core.db, 'telegram', chatId);
        if (group?.active) {
          await deactivateGroup(app.core.db, group.id);
          log.info({ group: group.id, chat: chatId }, 'telegram: bot removed from the chat; group is inactive');
        }
      },
      chatMoved,
    };
    this.delivery = new TelegramDelivery(this.deps, new Sender(deliveryApi, senderDeps));

    this.bot.use(sequentialize(updateOrder));
    this.bot.use(async (ctx, next) => {
      try {
        await next();
      } finally {
        this.lastUpdateId = Math.max(this.lastUpdateId, ctx.update.update_id);
        opts.onUpdateHandled?.(ctx.update.update_id);
      }
    });
    this.bot.use(chatLife(this.deps), presses(this.deps), messages(this.deps));
    // One bad update (or a 403 from a chat) must never stop the bot.
    this.bot.catch((err) => {
      const e = err.error;
      if (e instanceof GrammyError && e.error_code === 429) {
        // The chat is over Telegram's limit for longer than an answer may wait: this one is not sent.
        log.warn({ update: err.ctx.update.update_id, retryAfter: e.parameters.retry_after }, replyNotSent(e));
      } else log.error({ update: err.ctx.update.update_id, ...errorInfo(e) }, 'telegram: update failed');
    });
  }

  get username(): string {
    return this.bot.botInfo.username;
  }

  /** getMe, the command menu, then long polling; resolves once polling has begun. */
  async start(): Promise<void> {
    const { log } = this.opts;
    await this.bot.init();
    // The command menu is registered while polling starts, not before it.
    const menus = registerMenus(this.bot.api, this.opts.app.commands.values(), log);
    this.mode = 'polling';
    // Polling and a webhook exclude each other: one left from an earlier run goes (bot.start did this; the runner does not).
    await this.bot.api.deleteWebhook();
    this.runner = run(this.bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] }, silent: true } });
    this.polling = this.runner.task() ?? Promise.resolve();
    const failed = this.polling.then(
      () => {
        if (this.down) return;
        throw new Error('telegram: polling stopped');
      },
      (err) => {
        const code = err instanceof GrammyError ? err.error_code : undefined;
        const why =
          code === 409 ? 'another process is polling this bot token (409 Conflict); only one may'
          : code === 401 ? "Telegram refused the bot's token (401)"
          : 'polling stopped';
        this.down ??= code === 409 ? 'stopped: another process polls this token (409)' : code === 401 ? 'stopped: token refused (401)' : 'stopped: polling failed';
        if (this.opts.onFatal) this.opts.onFatal(err, why);
        else log.error(errorInfo(err), `telegram: ${why}`);
        throw err;
      },
    );
    failed.catch(() => {});
    await menus;
    log.info({ bot: this.bot.botInfo.id }, 'telegram: polling');
  }

  /**
   * Webhooks instead of polling: Telegram POSTs each update to `url` (a public https address in
   * front of `server`, which serves the url's path), with `secret` in a header. Any number of
   * processes may serve one url behind a load balancer; each calls setWebhook with the same settings.
   */
  async startWebhook(opts: { url: string; secret: string; server: HttpServer; claimMs?: number; sweepMs?: number }): Promise<void> {
    const { log } = this.opts;
    await this.bot.init();
    const webhook = new TelegramWebhook({ bot: this.bot, db: this.opts.app.core.db, log, secret: opts.secret, claimMs: opts.claimMs, sweepMs: opts.sweepMs });
    opts.server.route('POST', new URL(opts.url).pathname, webhook.route);
    this.webhook = webhook;
    this.mode = 'webhook';
    await this.bot.api.setWebhook(opts.url, { secret_token: opts.secret, allowed_updates: [...ALLOWED_UPDATES], max_connections: 40 });
    webhook.start();
    await registerMenus(this.bot.api, this.opts.app.commands.values(), log);
    log.info({ bot: this.bot.botInfo.id }, 'telegram: taking updates by webhook');
  }

  /** A worker process: send the outbox, never poll (another process takes the updates). */
  async startDeliveryOnly(): Promise<void> {
    await this.bot.init();
    this.mode = 'worker';
    this.opts.log.info({ bot: this.bot.botInfo.id }, 'telegram: delivering only (worker)');
  }

  /**
   * Polling: running, and its last poll came back. A worker takes no updates: healthy once it has
   * checked its token (getMe) and until the adapter is stopped (a token refused while delivering).
   */
  health(): PlatformHealth {
    if (this.down) return { connected: false, state: this.down };
    if (this.mode === 'worker') return { connected: true, state: 'delivering (worker)' };
    if (this.mode === 'webhook') return { connected: true, state: 'webhook' };
    if (this.mode !== 'polling') return { connected: false, state: 'starting' };
    if (!this.runner?.isRunning()) return { connected: false, state: 'not polling' };
    if (this.pollFailing) return { connected: false, state: 'polling failing' };
    return { connected: true, state: 'polling' };
  }

  /**
   * Stop taking updates: cancel the poll, confirm the updates handled, let those in hand finish.
   * Bounded: what is not done within a few seconds is left (an unconfirmed update comes again).
   */
  async stop(): Promise<void> {
    this.down ??= 'stopped';
    if (this.webhook) return this.webhook.stop();
    const stopping = (async () => {
      if (this.runner?.isRunning()) await this.runner.stop();
      await this.polling?.catch(() => {});
      // Confirm what was handled, so the next start does not get it again (bot.stop did this; the runner does not).
      if (this.lastUpdateId) await this.bot.api.getUpdates({ offset: this.lastUpdateId + 1, limit: 1, timeout: 0 });
    })().catch(() => {});
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([stopping, new Promise((r) => (timer = setTimeout(r, STOP_WAIT_MS)))]);
    clearTimeout(timer);
  }
}

export function createTelegramAdapter(opts: TelegramOptions): TelegramAdapter {
  return new TelegramAdapter(opts);
}
