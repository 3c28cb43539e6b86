/** The update queue behind getUpdates: offsets confirm, long polls are held open, a second poller conflicts. */
import type { Update } from 'grammy/types';
import { ERR } from './errors.js';

/**
 * What happens when a getUpdates arrives while another one is held open.
 * Telegram answers the older, held request with 409 and serves the new one
 * ('terminate-old', the default); 'reject-new' answers the newcomer with 409 instead.
 */
export type ConflictPolicy = 'terminate-old' | 'reject-new';

/** Telegram leaves these out unless allowed_updates asks for them. */
const OFF_BY_DEFAULT = new Set(['chat_member', 'message_reaction', 'message_reaction_count']);

interface Waiter {
  limit: number;
  resolve: (updates: Update[]) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export interface PollOptions {
  offset?: number;
  limit?: number;
  timeout?: number;
  allowed_updates?: string[];
}

export class UpdateQueue {
  private queue: Update[] = [];
  private nextId: number;
  private allowed: Set<string> | undefined;
  private waiter: Waiter | undefined;
  private flushScheduled = false;
  /** Every update ever queued, in order (confirmed or not). */
  readonly all: Update[] = [];
  /** update_ids in the order they were handed to the bot (a repeat means redelivery). */
  readonly served: number[] = [];
  /** Called when an update is queued (the webhook pusher listens). */
  onPush: (() => void) | undefined;

  constructor(
    private readonly conflictPolicy: ConflictPolicy = 'terminate-old',
    /** Caps how long a poll is held, whatever `timeout` asks (ms). */
    private readonly maxHoldMs = Infinity,
    firstId = 100_000,
  ) {
    this.nextId = firstId;
  }

  get pending(): number {
    return this.queue.length;
  }

  push(update: Omit<Update, 'update_id'>): Update {
    const full = { update_id: this.nextId++, ...update } as Update;
    this.queue.push(full);
    this.all.push(full);
    this.onPush?.();
    if (!this.flushScheduled) {
      // Batch updates produced together (e.g. my_chat_member + service message) into one answer.
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        this.flush();
      });
    }
    return full;
  }

  async get(opts: PollOptions, signal: AbortSignal): Promise<Update[]> {
    if (this.waiter) {
      if (this.conflictPolicy === 'reject-new') throw ERR.conflict();
      this.settle((w) => w.reject(ERR.conflict()));
    }
    this.confirm(opts.offset);
    if (opts.allowed_updates) this.allowed = new Set(opts.allowed_updates);
    const limit = Math.min(100, Math.max(1, opts.limit ?? 100));
    const ready = this.take(limit);
    const timeoutMs = Math.min(this.maxHoldMs, Math.max(0, opts.timeout ?? 0) * 1000);
    if (ready.length > 0 || timeoutMs <= 0) return ready;
    return new Promise<Update[]>((resolve, reject) => {
      const timer = setTimeout(() => this.settle((w) => w.resolve([])), timeoutMs);
      const waiter: Waiter = { limit, resolve, reject, timer };
      this.waiter = waiter;
      // The client gave up (aborted fetch, bot.stop()): forget the request, keep the updates.
      signal.addEventListener('abort', () => {
        if (this.waiter === waiter) this.settle((w) => w.resolve([]));
      });
    });
  }

  /** The webhook's share: the next pending update it may send, taken out of the queue. */
  shift(): Update | undefined {
    this.queue = this.queue.filter((u) => this.isAllowed(u));
    const next = this.queue.shift();
    if (next) this.served.push(next.update_id);
    return next;
  }

  /** A webhook delivery that failed: the update goes back to the front, to be sent again. */
  unshift(update: Update): void {
    this.queue.unshift(update);
  }

  setAllowed(updates: string[] | undefined): void {
    this.allowed = updates ? new Set(updates) : undefined;
  }

  /** deleteWebhook({ drop_pending_updates: true }). */
  dropPending(): void {
    this.queue = [];
  }

  /** Answers a held poll with [] (used by stop()). */
  releaseAll(): void {
    this.settle((w) => w.resolve([]));
  }

  private settle(fn: (w: Waiter) => void): void {
    const w = this.waiter;
    if (!w) return;
    this.waiter = undefined;
    clearTimeout(w.timer);
    fn(w);
  }

  private flush(): void {
    const w = this.waiter;
    if (!w) return;
    const ready = this.take(w.limit);
    if (ready.length > 0) this.settle((x) => x.resolve(ready));
  }

  /** An offset confirms every update before it; a negative one keeps only the last -offset. */
  private confirm(offset: number | undefined): void {
    if (offset === undefined || offset === 0) return;
    if (offset < 0) this.queue = this.queue.slice(offset);
    else this.queue = this.queue.filter((u) => u.update_id >= offset);
  }

  private take(limit: number): Update[] {
    this.queue = this.queue.filter((u) => this.isAllowed(u));
    const ready = this.queue.slice(0, limit);
    this.served.push(...ready.map((u) => u.update_id));
    return ready;
  }

  private isAllowed(u: Update): boolean {
    const kind = Object.keys(u).find((k) => k !== 'update_id') ?? '';
    if (this.allowed && this.allowed.size > 0) return this.allowed.has(kind);
    return !OFF_BY_DEFAULT.has(kind);
  }
}
