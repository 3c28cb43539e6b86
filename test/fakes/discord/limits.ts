// Rate limits as Discord reports them: per-route buckets (per major parameter) plus a global limit.
import { createHash } from 'node:crypto';

export interface LimitConfig {
  limit: number;
  windowMs: number;
}
export interface RateLimitOptions {
  /** Multiplies every window and retry-after (0.1 = ten times faster than Discord). Default 1. */
  timeScale: number;
  /** Requests per window for the whole bot token; interaction callbacks are exempt. */
  global: LimitConfig;
  /** Limits per route key such as `POST /channels/:id/messages` (per major parameter). */
  routes: Record<string, LimitConfig>;
  defaultRoute: LimitConfig;
  /** Application command creates per day per scope (global, or each guild). */
  commandCreatesPerDay: number;
  /** Send X-RateLimit-* headers on successful responses (false hides them, as for "shared" limits). */
  sendHeaders: boolean;
}

export const defaultRateLimits = (): RateLimitOptions => ({
  timeScale: 1,
  global: { limit: 50, windowMs: 1000 },
  routes: {
    'POST /channels/:id/messages': { limit: 5, windowMs: 5000 },
    'PATCH /channels/:id/messages/:id': { limit: 5, windowMs: 5000 },
    'DELETE /channels/:id/messages/:id': { limit: 5, windowMs: 1000 },
    'POST /users/@me/channels': { limit: 10, windowMs: 10000 },
    'POST /webhooks/:id/:token': { limit: 5, windowMs: 2000 },
  },
  defaultRoute: { limit: 50, windowMs: 1000 },
  commandCreatesPerDay: 200,
  sendHeaders: true,
});

export interface Verdict {
  ok: boolean;
  headers: Record<string, string>;
  retryAfterMs: number;
  global: boolean;
}

export class FixedWindow {
  count = 0;
  resetAt = 0;
  constructor(readonly limit: number, readonly windowMs: number) {}
  roll(now: number): void {
    if (now >= this.resetAt) {
      this.count = 0;
      this.resetAt = now + this.windowMs;
    }
  }
}

const secs = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);

export class RateLimiter {
  private readonly buckets = new Map<string, FixedWindow>();
  private global: FixedWindow | null = null;

  constructor(readonly options: RateLimitOptions) {}

  scaled(ms: number): number {
    return Math.max(1, Math.round(ms * this.options.timeScale));
  }

  bucketHash(routeKey: string): string {
    return createHash('sha1').update(routeKey).digest('hex').slice(0, 16);
  }

  private retryAfterHeader(ms: number): string {
    // Discord sends whole seconds; when time is scaled we keep the fraction so tests stay fast.
    return this.options.timeScale === 1 ? String(Math.ceil(ms / 1000)) : secs(ms);
  }

  check(routeKey: string, majorParameter: string, exemptFromGlobal: boolean, now = Date.now()): Verdict {
    if (!exemptFromGlobal) {
      const g = (this.global ??= new FixedWindow(this.options.global.limit, this.scaled(this.options.global.windowMs)));
      g.roll(now);
      if (g.count >= g.limit) {
        const retry = g.resetAt - now;
        return {
          ok: false,
          global: true,
          retryAfterMs: retry,
          headers: { 'Retry-After': this.retryAfterHeader(retry), 'X-RateLimit-Global': 'true', 'X-RateLimit-Scope': 'global' },
        };
      }
      g.count++;
    }
    const cfg = this.options.routes[routeKey] ?? this.options.defaultRoute;
    const key = `${routeKey}|${majorParameter}`;
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = new FixedWindow(cfg.limit, this.scaled(cfg.windowMs))));
    bucket.roll(now);
    const base = {
      'X-RateLimit-Limit': String(bucket.limit),
      'X-RateLimit-Reset': ((bucket.resetAt) / 1000).toFixed(3),
      'X-RateLimit-Reset-After': secs(bucket.resetAt - now),
      'X-RateLimit-Bucket': this.bucketHash(routeKey),
    };
    if (bucket.count >= bucket.limit) {
      const retry = bucket.resetAt - now;
      return {
        ok: false,
        global: false,
        retryAfterMs: retry,
        headers: { ...base, 'X-RateLimit-Remaining': '0', 'Retry-After': this.retryAfterHeader(retry), 'X-RateLimit-Scope': 'user' },
      };
    }
    bucket.count++;
    const headers = this.options.sendHeaders ? { ...base, 'X-RateLimit-Remaining': String(bucket.limit - bucket.count) } : {};
    return { ok: true, global: false, retryAfterMs: 0, headers };
  }

  reset(): void {
    this.buckets.clear();
    this.global = null;
  }
}
