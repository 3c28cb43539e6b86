import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { type Logger, type Platform, loggableError } from '../core/core.js';
import type { CommandAction, CommandOutcome, Metrics, SendResult } from '../core/metrics.js';
import type { Clock } from '../core/ports.js';
import type { DB } from '../db/database.js';
import { type Handler, text } from './server.js';

// GET /metrics in Prometheus' text format (prom-client). The core and the jobs count through the
// Metrics port (src/core/metrics.ts); the outbox and the lease are read when scraped. Every label
// value comes from the code: platforms, command names, outcomes, outbox statuses and kinds.

export interface PromOptions {
  db: DB;
  clock: Clock;
  log: Logger;
  /** Does this process hold the schedule's lease now? */
  holdsLease(): boolean;
  /** How long the outbox query may take at a scrape (ms). */
  queryTimeoutMs?: number;
}

interface OutboxRow {
  status: string;
  kind: string;
  items: number;
  oldestDue: string | null;
}

export class PromMetrics implements Metrics {
  readonly registry = new Registry();
  private readonly sends: Counter<'platform' | 'result'>;
  private readonly commands: Counter<'platform' | 'command' | 'action' | 'outcome'>;
  private readonly commandSeconds: Histogram<'platform' | 'command'>;
  private readonly tickSeconds: Histogram;
  /** One outbox query per scrape, shared by the gauges that read it. */
  private outboxQuery: Promise<OutboxRow[] | null> | null = null;

  constructor(private readonly opts: PromOptions) {
    const registers = [this.registry];
    // Memory, CPU, event-loop lag (a Discord interaction must be answered within 3 s).
    collectDefaultMetrics({ register: this.registry });
    this.sends = new Counter({
      name: 'peer_support_sends_total',
      help: 'Scheduled sends (the outbox) by platform and how each ended: ok, 429, 5xx, retry (no answer, or pacing), gone, unreachable, no_permission, failed, revoked',
      labelNames: ['platform', 'result'],
      registers,
    });
    this.commands = new Counter({
      name: 'peer_support_commands_total',
      help: 'Commands, buttons and forms handled, by command name (unknown: not a command of the bot), action and outcome (ok, declined, error)',
      labelNames: ['platform', 'command', 'action', 'outcome'],
      registers,
    });
    this.commandSeconds = new Histogram({
      name: 'peer_support_command_duration_seconds',
      help: 'Time to handle one command, button or form, up to the replies (not sending them)',
      labelNames: ['platform', 'command'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.tickSeconds = new Histogram({
      name: 'peer_support_schedule_tick_duration_seconds',
      help: "One tick of the schedule (what falls due, put in the outbox), by the lease's holder",
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    new Gauge({
      name: 'peer_support_schedule_lease_held',
      help: "1 while this process holds the schedule's lease (runs the schedule and delivers); summed over all processes it should be 1",
      registers,
      collect() {
        this.set(opts.holdsLease() ? 1 : 0);
      },
    });
    const read = () => this.readOutbox();
    new Gauge({
      name: 'peer_support_outbox_items',
      help: 'Outbox items by status (pending, sending, sent, held, failed, skipped) and kind; sent and failed ones are kept 30 days',
      labelNames: ['status', 'kind'],
      registers,
      async collect() {
        const rows = await read();
        this.reset();
        for (const r of rows ?? []) this.set({ status: r.status, kind: r.kind }, r.items);
      },
    });
    const clock = opts.clock;
    new Gauge({
      name: 'peer_support_outbox_oldest_due_seconds',
      help: 'By kind: how long the oldest pending item has been due (0: none waiting). Growing: delivery is not keeping up, or nobody delivers',
      labelNames: ['kind'],
      registers,
      async collect() {
        const rows = await read();
        this.reset();
        const now = clock.now().getTime();
        for (const r of rows ?? []) if (r.status === 'pending') this.set({ kind: r.kind }, r.oldestDue ? Math.max(0, (now - Date.parse(r.oldestDue)) / 1000) : 0);
      },
    });
  }

  sent(platform: Platform, result: SendResult): void {
    this.sends.inc({ platform, result });
  }

  command(platform: Platform, name: string, action: CommandAction, outcome: CommandOutcome, seconds: number): void {
    this.commands.inc({ platform, command: name, action, outcome });
    this.commandSeconds.observe({ platform, command: name }, seconds);
  }

  tick(seconds: number): void {
    this.tickSeconds.observe(seconds);
  }

  route(): Handler {
    return async (_req, res) => text(res, 200, await this.registry.metrics(), this.registry.contentType);
  }

  /** One grouped query; null (no outbox series) when the database does not answer in time. */
  private readOutbox(): Promise<OutboxRow[] | null> {
    this.outboxQuery ??= this.queryOutbox().finally(() => {
      this.outboxQuery = null;
    });
    return this.outboxQuery;
  }

  private async queryOutbox(): Promise<OutboxRow[] | null> {
    const timeoutMs = this.opts.queryTimeoutMs ?? 2_000;
    let timer: NodeJS.Timeout | undefined;
    const query = this.opts.db
      .selectFrom('outbox')
      .select((eb) => ['status', 'kind', eb.fn.countAll().as('items'), eb.fn.min('not_before').as('oldest')])
      .groupBy(['status', 'kind'])
      .execute()
      .then((rows) => rows.map((r) => ({ status: r.status, kind: r.kind, items: Number(r.items), oldestDue: r.oldest === null ? null : String(r.oldest) })));
    try {
      return await Promise.race([query, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), timeoutMs)))]);
    } catch (err) {
      query.catch(() => {});
      this.opts.log.warn({ err: loggableError(err) }, 'metrics: the outbox could not be read');
      return null;
    } finally {
      clearTimeout(timer);
    }
  }
}
