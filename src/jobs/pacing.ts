import type { Platform } from '../core/core.js';

// How fast a platform may be sent to. A parameter of the delivery worker, so adapters and
// benchmarks can set their own (the platforms' published limits are the defaults).

export interface Window {
  /** At most `max` sends in any `perMs` milliseconds. */
  max: number;
  perMs: number;
}

export interface Pacing {
  /** All sends together (Telegram ~30/s for bulk sends; Discord 50 requests/s). */
  overall: Window;
  /** Into one group chat (Telegram 20/min; Discord ~5 per 5 s per channel). */
  group: Window;
  /** Into one private chat (Telegram ~1/s). */
  private: Window;
  /** Sends in flight at once. A crash can duplicate (on Telegram) at most this many. */
  concurrency: number;
}

const UNLIMITED: Window = { max: Number.POSITIVE_INFINITY, perMs: 1000 };

export const PACING: Record<Platform, Pacing> = {
  // Overall: the platform's count per second, spread over 1,050 ms. A request is counted when it
  // arrives, and arrivals wander by up to ~50 ms around their even departures (network jitter):
  // sends 1050/30 ms apart never put 31 arrivals inside one second. 0.952 of the limit.
  // Concurrency: enough sends in flight to keep that pace at a 150 ms round trip.
  telegram: { overall: { max: 30, perMs: 1050 }, group: { max: 20, perMs: 61_000 }, private: { max: 1, perMs: 1050 }, concurrency: 8 },
  discord: { overall: { max: 50, perMs: 1050 }, group: { max: 5, perMs: 5100 }, private: { max: 5, perMs: 5100 }, concurrency: 12 },
  console: { overall: UNLIMITED, group: UNLIMITED, private: UNLIMITED, concurrency: 1 },
};

/** Real time for pacing (never the bot's movable clock). */
export interface Timer {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realTimer: Timer = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** Sliding-window limits per key: `wait` says how long until one more send fits. */
export class SlidingWindows {
  private readonly log = new Map<string, number[]>();
  /** Spaced mode: the next slot of an even schedule, per key. */
  private readonly nextSlot = new Map<string, number>();

  /**
   * `spaced`: also keep sends evenly apart (no bursts: arrival jitter can't tip a window over).
   * Slots follow an ideal even schedule rather than the last actual send, so a timer that
   * wakes a little late does not push every later send back.
   */
  constructor(private readonly win: Window, private readonly spaced = false) {}

  private get interval(): number {
    return this.win.perMs / this.win.max;
  }

  wait(key: string, now: number): number {
    if (!Number.isFinite(this.win.max)) return 0;
    const times = this.prune(key, now);
    const gap = this.spaced ? (this.nextSlot.get(key) ?? now) - now : 0;
    if (times.length < this.win.max) return Math.max(0, gap);
    return Math.max(gap, times[times.length - this.win.max] + this.win.perMs - now);
  }

  take(key: string, now: number): void {
    if (!Number.isFinite(this.win.max)) return;
    const times = this.prune(key, now);
    times.push(now);
    this.log.set(key, times);
    if (this.spaced) {
      // Lateness of up to one interval is absorbed; after a pause the schedule starts afresh.
      const slot = Math.max(this.nextSlot.get(key) ?? now, now - this.interval);
      this.nextSlot.set(key, slot + this.interval);
    }
  }

  /** Forget keys with nothing in their window (one busy week must not grow memory for ever). */
  sweep(now: number): void {
    for (const key of this.log.keys()) if (!this.prune(key, now).length) this.log.delete(key);
    for (const [key, slot] of this.nextSlot) if (slot < now - this.win.perMs) this.nextSlot.delete(key);
  }

  get size(): number {
    return this.log.size;
  }

  private prune(key: string, now: number): number[] {
    const times = this.log.get(key);
    if (!times) return [];
    let i = 0;
    while (i < times.length && times[i] <= now - this.win.perMs) i++;
    if (i) times.splice(0, i);
    return times;
  }
}

type Audience = 'group' | 'person';

/** Where one chat's sends are counted: a group chat's and a private chat's limits differ. */
export const budgetKey = (audience: Audience, chatId: string) => `${audience === 'group' ? 'g' : 'p'}:${chatId}`;

/**
 * One platform's send budget, the one limiter that every send on it goes through: the outbox
 * worker waits for a slot before each scheduled send, and a reply waits for the next free slot
 * before it goes (at most one interval at full pace, tens of milliseconds), ahead of any
 * scheduled send waiting for the same slot: scheduled sends give way to people, never the other
 * way round. Waiting for a slot is never counted as a failed attempt. Each chat's windows are
 * kept under budgetKey().
 */
export class SendBudget {
  readonly overall: SlidingWindows;
  readonly groups: SlidingWindows;
  readonly privates: SlidingWindows;
  /** Replies waiting for an overall slot: a scheduled send lets them go first. */
  private repliesWaiting = 0;

  constructor(readonly pacing: Pacing, readonly timer: Timer = realTimer) {
    this.overall = new SlidingWindows(pacing.overall, true);
    this.groups = new SlidingWindows(pacing.group);
    this.privates = new SlidingWindows(pacing.private);
  }

  private chats(key: string): SlidingWindows {
    return key.startsWith(budgetKey('group', '')) ? this.groups : this.privates;
  }

  /** Milliseconds until one more send fits overall (0: now). */
  overallWait(): number {
    return this.overall.wait('*', this.timer.now());
  }

  /** Milliseconds until a scheduled send may take the next overall slot: it is free and no reply waits for it. */
  scheduledWait(): number {
    const w = this.overallWait();
    return w > 0 ? w : this.repliesWaiting > 0 ? 1 : 0;
  }

  /** Milliseconds until one more send into this chat fits (0: now). */
  chatWait(key: string): number {
    return this.chats(key).wait(key, this.timer.now());
  }

  /** A send into this chat goes out now. Call it straight after a wait came back 0 (no await between). */
  take(key: string): void {
    const now = this.timer.now();
    this.overall.take('*', now);
    this.chats(key).take(key, now);
  }

  /** A reply into a group chat or a private one: the next free overall slot. */
  async replySlot(audience: Audience, chatId: string): Promise<void> {
    this.repliesWaiting++;
    try {
      for (let w = this.overallWait(); w > 0; w = this.overallWait()) await this.timer.sleep(w);
    } finally {
      this.repliesWaiting--;
    }
    this.take(budgetKey(audience, chatId));
  }

  sweep(): void {
    const now = this.timer.now();
    this.overall.sweep(now);
    this.groups.sweep(now);
    this.privates.sweep(now);
  }
}
