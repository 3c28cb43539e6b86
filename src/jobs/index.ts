import cron from 'node-cron';
import { hostname } from 'node:os';
import { type Core, type Platform, loggableError } from '../core/core.js';
import type { DeliveryPort } from '../core/outbox.js';
import type { Clock } from '../core/ports.js';
import { DeliveryWorker, type DrainStats } from './delivery.js';
import { Lease } from './lease.js';
import type { Pacing, SendBudget, Timer } from './pacing.js';
import { type ScheduleDomain, Scheduler, type TickReport } from './scheduler.js';

// The schedule's one entry point: main.ts creates it with the adapters' delivery ports and
// starts it. node-cron ticks every minute, here and nowhere else; only the lease holder acts.

export { DeliveryWorker, type DrainStats } from './delivery.js';
export { Lease } from './lease.js';
export { PACING, type Pacing, SendBudget, type Window } from './pacing.js';
export { Scheduler, type ScheduleDomain, type TickReport } from './scheduler.js';

export interface ScheduleOptions {
  core: Core;
  /** Each adapter's DeliveryPort (one per platform). */
  ports: DeliveryPort[];
  /** Per-platform pacing (defaults: PACING, the platforms' published limits). */
  pacing?: Partial<Record<Platform, Pacing>>;
  /** A platform's one send budget, when its adapter's replies spend it too (main.ts: Telegram's). */
  budgets?: Partial<Record<Platform, SendBudget>>;
  /** The domain's jobs (nudges, pairing, meetup reminders); main.ts passes `domainJobs`. */
  domain?: ScheduleDomain;
  /** Who this process is in the lease (default: host:pid:random). */
  holder?: string;
  leaseTtlMs?: number;
  /** Real time for the lease (not the bot's movable clock). */
  leaseClock?: Clock;
  /** Calls `fn` on every tick; returns a stop function. Default: node-cron, every minute. */
  ticker?: (fn: () => void) => () => void;
  /** How often an idle delivery worker looks for new items (ms of real time). */
  pollMs?: number;
  timer?: Timer;
  /** How long a delivery claim holds (default CLAIM_MS). */
  claimMs?: number;
  /** A platform refused the bot's token while delivering: its worker has stopped. */
  onRevoked?(platform: Platform, reason: string): void;
}

/** At shutdown, how long sends in flight may take to finish before their claims are given back. */
export const STOP_FINISH_MS = 4_000;

const everyMinute = (fn: () => void) => {
  const task = cron.schedule('* * * * *', fn, { name: 'schedule-tick', noOverlap: true });
  return () => void task.destroy();
};

export class Schedule {
  readonly lease: Lease;
  readonly scheduler: Scheduler;
  readonly workers: DeliveryWorker[];
  private readonly core: Core;
  private readonly pollMs: number;
  private stopTicker: (() => void) | null = null;
  private leaseTimer: NodeJS.Timeout | null = null;
  private running = false;
  private loops: Promise<void>[] = [];
  private wake: (() => void)[] = [];
  private kicks = 0;
  private lastTickAt: Date | null = null;
  private ticking: Promise<TickReport | null> | null = null;

  constructor(private readonly opts: ScheduleOptions) {
    this.core = opts.core;
    this.pollMs = opts.pollMs ?? 1000;
    const holder = opts.holder ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
    this.lease = new Lease(opts.core.db, { holder, ttlMs: opts.leaseTtlMs, clock: opts.leaseClock });
    this.scheduler = new Scheduler(opts.core, opts.domain);
    this.workers = opts.ports.map(
      (port) =>
        new DeliveryWorker({
          core: opts.core, port, pacing: opts.pacing?.[port.platform], budget: opts.budgets?.[port.platform], timer: opts.timer, canSend: () => this.lease.held,
          claimer: `${holder}:${port.platform}`, claimMs: opts.claimMs, onRevoked: (reason) => opts.onRevoked?.(port.platform, reason),
        }),
    );
  }

  get holdsLease(): boolean {
    return this.lease.held;
  }

  /** Take the lease if free, catch up on what fell due while down, then tick and deliver. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.renewLease();
    const every = Math.max(50, Math.floor(this.lease.ttlMs / 3));
    this.leaseTimer = setInterval(() => void this.renewLease(), every);
    this.stopTicker = (this.opts.ticker ?? everyMinute)(() => void this.tick());
    this.loops = this.workers.map((w) => this.deliverLoop(w));
  }

  /**
   * Stop for good (shutdown): no new tick and no new send; sends in flight get `finishMs` (real
   * time) to finish, then their claims are given back; the lease is given up, so another process
   * takes over at once. Bounded: a shutdown must end within seconds.
   */
  async stop(opts: { finishMs?: number } = {}): Promise<void> {
    if (!this.running) return;
    const finishMs = opts.finishMs ?? STOP_FINISH_MS;
    const t0 = performance.now();
    this.running = false;
    this.stopTicker?.();
    if (this.leaseTimer) clearInterval(this.leaseTimer);
    this.scheduler.halt();
    const finishing = Promise.all(this.workers.map((w) => w.finish(finishMs)));
    this.kick();
    await finishing;
    await this.ticking;
    // The loops end at their next look; one waiting out a platform's pacing is not waited for.
    const left = Math.max(0, finishMs - (performance.now() - t0));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(this.loops), new Promise((r) => (timer = setTimeout(r, left)))]);
    clearTimeout(timer);
    await this.lease.release();
    this.core.log.info({ job: 'schedule', holder: this.lease.holder, outcome: 'stopped', ms: Math.round(performance.now() - t0) }, 'schedule stopped');
  }

  /** One tick (the cron's job): run what is due now, then wake the delivery workers. */
  async tick(now: Date = this.core.clock.now()): Promise<TickReport | null> {
    if (!this.lease.held) return null;
    if (this.ticking) return this.ticking; // never two ticks at once
    this.ticking = (async () => {
      const t0 = performance.now();
      try {
        const r = await this.scheduler.tick(now);
        this.lastTickAt = now;
        this.core.metrics?.tick((performance.now() - t0) / 1000);
        return r;
      } catch (err) {
        this.core.log.error({ job: 'schedule', outcome: 'error', err: loggableError(err) }, 'tick failed');
        return null;
      } finally {
        this.ticking = null;
        this.kick();
      }
    })();
    return this.ticking;
  }

  /**
   * The bot's clock jumped forward (the console's `:clock +7d`): run everything that fell due
   * in between, in order, then deliver it.
   */
  async clockMoved(): Promise<void> {
    if (!this.lease.held) await this.renewLease();
    if (!this.lease.held) return;
    await this.ticking;
    const now = this.core.clock.now();
    const from = this.lastTickAt ?? now;
    this.ticking = this.scheduler.runThrough(from, now).finally(() => {
      this.ticking = null;
    });
    await this.ticking;
    this.lastTickAt = now;
    await this.deliverNow();
  }

  /** Deliver everything due now on every platform (the console calls this after each line). */
  async deliverNow(): Promise<DrainStats[]> {
    if (!this.lease.held) return [];
    return Promise.all(this.workers.filter((w) => !w.isStopped).map((w) => w.drain()));
  }

  /**
   * Fire and forget (after each update): deliver what is due now. Never rejects; a failure is
   * logged and the workers' own loop tries again.
   */
  deliverSoon(): void {
    this.deliverNow().catch((err) => this.core.log.error({ job: 'deliver', outcome: 'error', err: loggableError(err) }, 'delivery after an update failed'));
  }

  /** One platform stopped (its token was refused): its worker sends nothing more; the others carry on. */
  stopPlatform(platform: Platform): void {
    for (const w of this.workers) if (w.platform === platform) w.stop();
  }

  /** Something new is in the outbox: wake the workers now rather than at their next poll. */
  kick(): void {
    this.kicks++;
    const w = this.wake;
    this.wake = [];
    for (const f of w) f();
  }

  private async renewLease(): Promise<void> {
    const had = this.lease.held;
    let has = false;
    try {
      has = await this.lease.acquire();
    } catch (err) {
      this.core.log.error({ job: 'lease', outcome: 'error', err: loggableError(err) }, 'lease renewal failed');
    }
    if (has && !had) {
      this.core.log.info({ job: 'lease', holder: this.lease.holder, epoch: this.lease.epoch, outcome: 'acquired' }, 'this process runs the schedule');
      await this.tick(); // catch up at once, within the grace windows
    } else if (!has && had) {
      this.core.log.warn({ job: 'lease', holder: this.lease.holder, outcome: 'lost' }, 'another process runs the schedule now');
    }
  }

  private async deliverLoop(worker: DeliveryWorker): Promise<void> {
    while (this.running && !worker.isStopped) {
      const seen = this.kicks;
      if (this.lease.held) {
        try {
          await worker.drain();
        } catch (err) {
          this.core.log.error({ job: 'deliver', platform: worker.platform, outcome: 'error', err: loggableError(err) }, 'delivery pass failed');
        }
      }
      if (!this.running) break;
      if (seen !== this.kicks) continue; // kicked while draining: look again at once
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, this.pollMs);
        this.wake.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}

export function createSchedule(opts: ScheduleOptions): Schedule {
  return new Schedule(opts);
}
