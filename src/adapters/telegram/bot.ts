import { type AutoRetryOptions, autoRetry } from '@grammyjs/auto-retry';
import { Api, Bot, GrammyError } from 'grammy';
import type { App } from '../../../commands/dispatch.js';
import type { Logger } from '../../core/core.js';
import type { SigningKeys } from '../../core/signing.js';
import { deactivateGroup, findGroupByChat, moveGroupChat } from '../../core/groups.js';
import { FollowUps } from '../follow-ups.js';
import { AdminCache } from './admins.js';
import { CallbackSigner } from './callbacks.js';
import { chatLife } from './chat-life.js';
import { TelegramDelivery, Pacer, type PaceLimits } from './delivery.js';
import type { TelegramDeps } from './deps.js';
import { errorInfo } from './errors.js';
import { registerMenus } from './menu.js';
import { messages } from './messages.js';
import { presses } from './presses.js';
import { Sender } from './send.js';

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
  pace?: Partial<PaceLimits>;
  /** auto-retry for replies: waits retry_after on 429, retries 5xx and network errors with backoff. */
  retry?: AutoRetryOptions;
  /** Polling stopped for good (409 Conflict, revoked token): `why` is one clear line for the log. */
  onFatal?(err: unknown, why: string): void;
  /** Tests: an update has been handled completely. */
  onUpdateHandled?(updateId: number): void;
}

export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

export class TelegramAdapter {
  readonly bot: Bot;
  readonly delivery: TelegramDelivery;
  readonly deps: TelegramDeps;
  private polling: Promise<void> | undefined;

  constructor(private readonly opts: TelegramOptions) {
    const { app, log, token } = opts;
    const client = opts.apiRoot ? { apiRoot: opts.apiRoot } : undefined;
    this.bot = new Bot(token, client ? { client } : undefined);
    this.bot.api.config.use(autoRetry(opts.retry ?? { maxRetryAttempts: 4, maxDelaySeconds: 60 }));
    // Scheduled deliveries wait only briefly in-call: longer waits go back to the outbox worker.
    // A send gives up after 60 s: well inside the outbox claim (CLAIM_MS), so no other worker takes it over mid-send.
    const deliveryApi = new Api(token, { ...client, timeoutSeconds: 60 });
    deliveryApi.config.use(autoRetry({ maxRetryAttempts: 1, maxDelaySeconds: 2, rethrowInternalServerErrors: true, rethrowHttpErrors: true }));

    const pacer = new Pacer(opts.pace);
    const signer = new CallbackSigner(opts.signing, token, () => app.core.clock.now());
    const followUps = new FollowUps();
    const formGroups = new Map<string, number | undefined>();
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
    const senderDeps = { signer, botUsername, followUps, formGroups, onSent: (c: string) => pacer.note(c), onMigrate: chatMoved };
    const sender = new Sender(this.bot.api, senderDeps);
    this.deps = {
      app,
      log,
      api: this.bot.api,
      sender,
      admins,
      signer,
      followUps,
      formGroups,
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
    this.delivery = new TelegramDelivery(this.deps, new Sender(deliveryApi, senderDeps), pacer);

    this.bot.use(async (ctx, next) => {
      try {
        await next();
      } finally {
        opts.onUpdateHandled?.(ctx.update.update_id);
      }
    });
    this.bot.use(chatLife(this.deps), presses(this.deps), messages(this.deps));
    // One bad update (or a 403 from a chat) must never stop the bot.
    this.bot.catch((err) => log.error({ update: err.ctx.update.update_id, ...errorInfo(err.error) }, 'telegram: update failed'));
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
    let started!: () => void;
    const ready = new Promise<void>((r) => (started = r));
    this.polling = this.bot.start({ allowed_updates: [...ALLOWED_UPDATES], onStart: () => started() });
    const failed = this.polling.then(
      () => {
        throw new Error('telegram: polling stopped before it began');
      },
      (err) => {
        const code = err instanceof GrammyError ? err.error_code : undefined;
        const why =
          code === 409 ? 'another process is polling this bot token (409 Conflict); only one may'
          : code === 401 ? "Telegram refused the bot's token (401)"
          : 'polling stopped';
        if (this.opts.onFatal) this.opts.onFatal(err, why);
        else log.error(errorInfo(err), `telegram: ${why}`);
        throw err;
      },
    );
    failed.catch(() => {});
    await Promise.race([ready, failed]);
    await menus;
    log.info({ bot: this.bot.botInfo.id }, 'telegram: polling');
  }

  /** A worker process: send the outbox, never poll (another process takes the updates). */
  async startDeliveryOnly(): Promise<void> {
    await this.bot.init();
    this.opts.log.info({ bot: this.bot.botInfo.id }, 'telegram: delivering only (worker)');
  }

  async stop(): Promise<void> {
    if (this.bot.isRunning()) await this.bot.stop();
    await this.polling?.catch(() => {});
  }
}

export function createTelegramAdapter(opts: TelegramOptions): TelegramAdapter {
  return new TelegramAdapter(opts);
}
