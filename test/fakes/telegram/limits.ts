/** Sliding-window rate limits shaped like Telegram's (Bot FAQ: ~30 msg/s overall, 20/min per group, ~1/s per chat). */

export interface Window {
  /** How many sends are allowed inside one window. */
  max: number;
  /** Window length in milliseconds. */
  windowMs: number;
}

export interface RateLimits {
  global: Window;
  group: Window;
  /** ~1 per second into one private chat, with a short burst of 3. */
  private: Window;
}

export const TELEGRAM_LIMITS: RateLimits = {
  global: { max: 30, windowMs: 1_000 },
  group: { max: 20, windowMs: 60_000 },
  private: { max: 3, windowMs: 3_000 },
};

export interface LimitOptions {
  /** Override any limit with explicit numbers. */
  limits?: Partial<RateLimits>;
  /** Multiplies every window length (0.1 → windows ten times shorter). Default 1. */
  timeScale?: number;
  /** Clock for the limits; real time by default. */
  now?: () => number;
}

export class RateLimiter {
  readonly limits: RateLimits;
  private readonly now: () => number;
  private readonly log = new Map<string, number[]>();
  /** 429s answered, per limit that was exceeded ("global", "chat:<id>"). */
  readonly rejected = new Map<string, number>();
  /** 429s answered in all. */
  totalRejected = 0;

  constructor(opts: LimitOptions = {}) {
    const scale = opts.timeScale ?? 1;
    const merged = { ...TELEGRAM_LIMITS, ...opts.limits };
    const scaled = (w: Window): Window => ({ max: w.max, windowMs: Math.max(1, Math.round(w.windowMs * scale)) });
    this.limits = { global: scaled(merged.global), group: scaled(merged.group), private: scaled(merged.private) };
    this.now = opts.now ?? Date.now;
  }

  /**
   * Takes one send slot for `chatId`, or returns the whole seconds to wait
   * (at least 1, as Telegram never says `retry after 0`). A refused send uses no slot.
   */
  take(chatId: number, kind: 'private' | 'group'): { ok: true } | { ok: false; retryAfter: number } {
    const now = this.now();
    const checks: Array<[string, Window]> = [
      ['global', this.limits.global],
      [`chat:${chatId}`, kind === 'private' ? this.limits.private : this.limits.group],
    ];
    let waitMs = 0;
    for (const [key, win] of checks) {
      const times = this.prune(key, win, now);
      if (times.length >= win.max) {
        waitMs = Math.max(waitMs, times[times.length - win.max]! + win.windowMs - now);
        this.rejected.set(key, (this.rejected.get(key) ?? 0) + 1);
      }
    }
    if (waitMs > 0) this.totalRejected++;
    if (waitMs > 0) return { ok: false, retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) };
    for (const [key] of checks) this.log.get(key)!.push(now);
    return { ok: true };
  }


  private prune(key: string, win: Window, now: number): number[] {
    const times = (this.log.get(key) ?? []).filter((t) => t > now - win.windowMs);
    this.log.set(key, times);
    return times;
  }
}
