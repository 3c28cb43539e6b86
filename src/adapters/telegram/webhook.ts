import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { type Logger, loggableError } from '../../core/core.js';
import { claimAbandoned, markHandled, pruneUpdates, releaseUpdates, storeUpdate } from '../../core/incoming-updates.js';
import type { DB } from '../../db/database.js';
import { type Handler, text } from '../../http/server.js';

// Telegram's webhook, served on the bot's HTTP server. Each update is stored (by its update_id)
// before Telegram gets its 200, and handled after: a process that dies after answering loses
// nothing (another takes the update when its claim runs out), a retried update is handled once
// across every process, and the 200 goes back at once however slow the handling is.
// (grammY's webhookCallback answers only after handling, or on a time-out with the update lost
// to a crash: hence this route of our own around the same bot.handleUpdate.)

export interface WebhookOptions {
  bot: Bot;
  db: DB;
  log: Logger;
  /** What Telegram sends in X-Telegram-Bot-Api-Secret-Token (set with setWebhook). */
  secret: string;
  /** How long a process holds an update it is handling before another may take it (ms). */
  claimMs?: number;
  /** How often to look for updates whose handler died (ms). */
  sweepMs?: number;
  /** Real time, compared across processes (like the schedule's lease). */
  now?: () => number;
}

/** An update is a few kilobytes; anything far bigger is not from Telegram. */
const MAX_BODY = 1 << 20;
const DAY_MS = 24 * 60 * 60_000;
const STOP_WAIT_MS = 3_000;

export class TelegramWebhook {
  private readonly owner = `${hostname()}:${process.pid}:webhook`;
  private readonly secret: Buffer;
  private readonly claimMs: number;
  private readonly now: () => number;
  /** Updates this process is handling now. */
  private readonly inHand = new Map<number, Promise<void>>();
  private sweeper: NodeJS.Timeout | undefined;
  private stopping = false;

  constructor(private readonly opts: WebhookOptions) {
    this.secret = Buffer.from(opts.secret);
    this.claimMs = opts.claimMs ?? 60_000;
    this.now = opts.now ?? Date.now;
  }

  /** The POST route for the HTTP server. */
  readonly route: Handler = async (req, res) => {
    if (this.stopping) return text(res, 503, 'stopping\n'); // Telegram tries again, reaching another process
    if (!this.secretMatches(req.headers['x-telegram-bot-api-secret-token'])) return text(res, 401, 'unauthorized\n');
    const update = await readUpdate(req, res);
    if (!update) return;
    const now = this.now();
    const fresh = await storeUpdate(this.opts.db, {
      platform: 'telegram', updateId: update.update_id, fromUser: senderOf(update), payload: JSON.stringify(update), owner: this.owner, now, claimUntil: now + this.claimMs,
    });
    text(res, 200, '{}', 'application/json');
    if (fresh) this.handle(update);
  };

  /** Look now and then for updates another process stored and did not live to handle. */
  start(): void {
    const every = this.opts.sweepMs ?? 5_000;
    const sweep = () => {
      this.sweep().catch((err) => this.opts.log.error({ err: loggableError(err) }, 'telegram webhook: sweep failed'));
      this.sweeper = setTimeout(sweep, every);
      this.sweeper.unref();
    };
    this.sweeper = setTimeout(sweep, every);
    this.sweeper.unref();
  }

  /** Take no more updates; let those in hand finish for a few seconds, then give the rest back. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.sweeper);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.inHand.values()]), new Promise((r) => (timer = setTimeout(r, STOP_WAIT_MS)))]);
    clearTimeout(timer);
    await releaseUpdates(this.opts.db, 'telegram', this.owner, [...this.inHand.keys()]).catch((err) => this.opts.log.warn({ err: loggableError(err) }, 'telegram webhook: could not give back updates'));
  }

  /** Updates whose claim ran out (their process died), handled here; and old ids forgotten. */
  async sweep(): Promise<number> {
    if (this.stopping) return 0;
    const now = this.now();
    const taken = await claimAbandoned(this.opts.db, 'telegram', this.owner, now, now + this.claimMs);
    for (const u of taken) this.handle(JSON.parse(u.payload) as Update);
    await pruneUpdates(this.opts.db, 'telegram', now - DAY_MS);
    if (taken.length) this.opts.log.info({ updates: taken.length }, 'telegram webhook: took over updates left unhandled');
    return taken.length;
  }

  /** Resolves when every update in hand has been handled (tests). */
  async idle(): Promise<void> {
    while (this.inHand.size) await Promise.allSettled([...this.inHand.values()]);
  }

  private handle(update: Update): void {
    const id = update.update_id;
    const done = (async () => {
      try {
        // bot.catch logs what a command throws; handleUpdate then resolves.
        await this.opts.bot.handleUpdate(update);
      } catch (err) {
        this.opts.log.error({ update: id, err: loggableError(err) }, 'telegram webhook: update failed');
      }
      await markHandled(this.opts.db, 'telegram', id);
    })()
      .catch((err) => this.opts.log.error({ update: id, err: loggableError(err) }, 'telegram webhook: could not record an update as handled'))
      .finally(() => this.inHand.delete(id));
    this.inHand.set(id, done);
  }

  private secretMatches(given: string | string[] | undefined): boolean {
    if (typeof given !== 'string') return false;
    const g = Buffer.from(given);
    return g.length === this.secret.length && timingSafeEqual(g, this.secret);
  }
}

/** Who sent the update, by the platform's id (for /forgetme while it waits). */
function senderOf(update: Update): string | undefined {
  const from = update.message?.from ?? update.callback_query?.from ?? update.my_chat_member?.from ?? update.edited_message?.from;
  return from ? String(from.id) : undefined;
}

/** The request's JSON update, or undefined after answering 400/413. */
async function readUpdate(req: IncomingMessage, res: ServerResponse): Promise<Update | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) {
      text(res, 413, 'too large\n');
      req.destroy();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  try {
    const update = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Update;
    if (Number.isSafeInteger(update?.update_id)) return update;
  } catch {
    // answered below
  }
  text(res, 400, 'not an update\n');
  return undefined;
}
