import { signingKeys } from '../../src/core/signing.js';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { commands } from '../../commands/index.js';
import type { App } from '../../commands/dispatch.js';
import { DiscordAdapter } from '../../src/adapters/discord/client.js';
import { TelegramAdapter } from '../../src/adapters/telegram/bot.js';
import { type Core, type Platform, silentLogger } from '../../src/core/core.js';
import type { Delivery, DeliveryPort } from '../../src/core/outbox.js';
import { OffsetClock } from '../../src/core/ports.js';
import { weekKey } from '../../src/core/time.js';
import { DeliveryWorker } from '../../src/jobs/delivery.js';
import { PACING, type Pacing } from '../../src/jobs/pacing.js';
import { Scheduler } from '../../src/jobs/scheduler.js';
import { FakeHost, type HostReport, seedFakeGroups } from './fakes.js';
import { type Figure, median, nowMs, withTempDir } from './lib.js';
import { benchWorld } from './world.js';

// The weekly prompt to 8,000 Telegram group chats and 2,000 Discord guilds (one shard), through
// the real grammY and discord.js clients, the adapters' delivery ports and the schedule's real
// Scheduler and DeliveryWorker, against the fakes (in their own process) enforcing the
// platforms' limits with every count multiplied by SCALE and answering after 50–150 ms.

const TG_GROUPS = Number(process.env.BENCH_FANOUT_TG ?? 8000);
const DC_GUILDS = Number(process.env.BENCH_FANOUT_DC ?? 2000);
export const SCALE = Number(process.env.BENCH_FANOUT_SCALE ?? 10);
const RUNS = Number(process.env.BENCH_FANOUT_RUNS ?? 3);
const LATENCY = { min: 50, max: 150 };
/** What the fakes enforce, per second (Telegram ~30 messages/s; Discord 50 requests/s). */
const LIMIT: Record<'telegram' | 'discord', number> = { telegram: 30 * SCALE, discord: 50 * SCALE };

/** The worker's pacing for a platform with every limit's count, and the sends in flight, times k. */
export function scaledPacing(p: Pacing, k: number): Pacing {
  const w = (x: Pacing['overall']) => ({ max: x.max * k, perMs: x.perMs });
  return { overall: w(p.overall), group: w(p.group), private: w(p.private), concurrency: p.concurrency * k };
}

interface RunResult {
  platform: 'telegram' | 'discord';
  sent: number;
  seconds: number;
  rate: number;
  tooMany: number;
  requests: number;
  lost: number;
  duplicates: number;
  serverRate: number;
  /** Mean time between the starts of two sends, from the first to the last (ms). */
  gapMs: number;
  notSent: Record<string, number>;
}

export async function fanoutBench(): Promise<Figure[]> {
  return withTempDir(async (dir) => {
    const { host, world } = await FakeHost.start({ telegramGroups: TG_GROUPS, discordGuilds: DC_GUILDS, scale: SCALE, latency: LATENCY });
    const stops: (() => Promise<unknown>)[] = [() => host.stop()];
    try {
      const w = await benchWorld(join(dir, 'bench.db'), '2026-11-24T00:00:00Z');
      stops.unshift(() => w.db.destroy());
      const created = '2026-11-24T00:00:00.000Z';
      // Every group's chat exists in the fakes.
      seedFakeGroups(w.sqlite, world, { telegramGroups: TG_GROUPS, discordGuilds: DC_GUILDS, membersPerGroup: 5, now: created });

      // The bot's clock runs in real time (retries fall due), from each run's check-in instant.
      const clock = new OffsetClock();
      const core: Core = { ...w.core, clock };
      const app: App = { core, commands };
      const telegram = new TelegramAdapter({ app, token: world.telegram.token, signing: await signingKeys(app.core), apiRoot: world.telegram.apiRoot, log: silentLogger });
      await telegram.start();
      stops.unshift(() => telegram.stop());
      const discord = new DiscordAdapter({ app, token: world.discord.token, signing: await signingKeys(app.core), apiRoot: world.discord.apiRoot, log: silentLogger });
      await discord.start();
      stops.unshift(() => discord.stop());
      // discord.js's own global limit, scaled like the fake's.
      discord.client.rest.options.globalRequestsPerSecond = LIMIT.discord;
      discord.client.rest.globalRemaining = LIMIT.discord;

      const scheduler = new Scheduler(core);
      const workers = [
        new DeliveryWorker({ core, port: probe(telegram.delivery), pacing: scaledPacing(PACING.telegram, SCALE) }),
        new DeliveryWorker({ core, port: probe(discord.delivery), pacing: scaledPacing(PACING.discord, SCALE) }),
      ];

      const runs: RunResult[][] = [];
      const ticks: number[] = [];
      for (let r = 0; r <= RUNS; r++) {
        for (const p of probes.values()) Object.assign(p, freshProbe());
        // Sunday 19:00 in London, a week apart: run 0 is the warm-up.
        const at = new Date(Date.parse('2026-11-29T19:00:00Z') + r * 7 * 86400_000);
        clock.advance(at.getTime() - clock.now().getTime());
        await host.mark();
        const t = nowMs();
        const tick = await scheduler.tick(clock.now());
        const tickMs = nowMs() - t;
        if (tick.ran < TG_GROUPS + DC_GUILDS) throw new Error(`fan-out: the tick queued ${tick.ran} prompts, not ${TG_GROUPS + DC_GUILDS}`);
        const t0 = nowMs();
        drainStart = t0;
        const elu0 = performance.eventLoopUtilization();
        const cpu0 = process.cpuUsage();
        const ends: Partial<Record<Platform, number>> = {};
        const stats = await Promise.all(
          workers.map(async (wk) => {
            const s = await wk.drain({ waitForRetriesMs: 60_000 });
            ends[wk.platform] = nowMs();
            return s;
          }),
        );
        const elu = performance.eventLoopUtilization(elu0).utilization;
        const cpu = process.cpuUsage(cpu0);
        const busy = (cpu.user + cpu.system) / 1000 / (nowMs() - t0);
        const report = await host.report();
        const week = weekKey(at, 'Europe/London');
        const results = await Promise.all(
          (['telegram', 'discord'] as const).map((p, i) => check(w.sqlite, p, week, report, stats[i].sent, (ends[p]! - t0) / 1000)),
        );
        process.stderr.write(
          `  ${r === 0 ? 'warm-up' : `run ${r}`}: tick ${(tickMs / 1000).toFixed(1)} s; event loop ${(elu * 100).toFixed(0)}% busy, CPU ${(busy * 100).toFixed(0)}%; ${results.map((x) => `${x.platform} ${x.sent} in ${x.seconds.toFixed(1)} s = ${x.rate.toFixed(0)}/s (${(x.rate / LIMIT[x.platform]).toFixed(3)} of limit), 429s ${x.tooMany}, lost ${x.lost}, dup ${x.duplicates}, ${probeText(x.platform)}`).join('; ')}\n`,
        );
        if (r > 0) {
          runs.push(results);
          ticks.push(tickMs);
        }
      }
      return figures(runs, ticks);
    } finally {
      for (const stop of stops) await stop().catch((err) => process.stderr.write(`fan-out: stop failed: ${String(err)}\n`));
    }
  });
}

/** How long the adapters' deliver() takes and how many are in flight (the worker's concurrency at work). */
interface Probe {
  calls: number;
  totalMs: number;
  inflight: number;
  maxInflight: number;
  firstAt: number;
  lastAt: number;
}
const freshProbe = (): Probe => ({ calls: 0, totalMs: 0, inflight: 0, maxInflight: 0, firstAt: 0, lastAt: 0 });
const probes = new Map<Platform, Probe>();
let drainStart = 0;
function probe(port: DeliveryPort): DeliveryPort {
  const p = freshProbe();
  probes.set(port.platform, p);
  return {
    platform: port.platform,
    async deliver(d: Delivery) {
      const t = nowMs();
      if (!p.calls && !p.inflight) p.firstAt = t;
      p.lastAt = t;
      p.inflight++;
      p.maxInflight = Math.max(p.maxInflight, p.inflight);
      try {
        return await port.deliver(d);
      } finally {
        p.inflight--;
        p.calls++;
        p.totalMs += nowMs() - t;
      }
    },
  };
}
const probeText = (platform: Platform) => {
  const p = probes.get(platform)!;
  return `a send ${(p.totalMs / Math.max(1, p.calls)).toFixed(0)} ms, ≤ ${p.maxInflight} in flight, first after ${(p.firstAt - drainStart).toFixed(0)} ms`;
};

/** What the fake received, chat by chat, against the outbox. */
function check(sqlite: import('better-sqlite3').Database, platform: 'telegram' | 'discord', week: string, report: HostReport, sent: number, seconds: number): RunResult {
  const rows = sqlite
    .prepare(`select g.chat_id as chat, o.status as status from groups g left join outbox o on o.group_id = g.id and o.kind = 'prompt' and o.idem_key like ? where g.platform = ?`)
    .all(`prompt:%:${week}`, platform) as { chat: string; status: string | null }[];
  const got = new Map(report[platform].perChat);
  let lost = 0;
  let duplicates = 0;
  const notSent: Record<string, number> = {};
  const expected = new Set<string>();
  for (const r of rows) {
    expected.add(r.chat);
    const n = got.get(r.chat) ?? 0;
    if (n === 0) lost++;
    if (n > 1) duplicates += n - 1;
    if (r.status !== 'sent') notSent[r.status ?? 'missing'] = (notSent[r.status ?? 'missing'] ?? 0) + 1;
  }
  for (const [chat, n] of got) if (!expected.has(chat)) duplicates += n; // sent where no prompt was due
  const f = report[platform];
  return {
    platform,
    sent,
    seconds,
    rate: sent / seconds,
    tooMany: f.tooMany,
    requests: f.requests,
    lost,
    duplicates,
    serverRate: f.lastAt > f.firstAt ? (f.requests - 1) / ((f.lastAt - f.firstAt) / 1000) : 0,
    gapMs: (() => {
      const p = probes.get(platform)!;
      return (p.lastAt - p.firstAt) / Math.max(1, p.calls - 1);
    })(),
    notSent,
  };
}

function figures(runs: RunResult[][], ticks: number[]): Figure[] {
  const out: Figure[] = [];
  for (const platform of ['telegram', 'discord'] as const) {
    const rs = runs.map((r) => r.find((x) => x.platform === platform)!);
    const n = platform === 'telegram' ? TG_GROUPS : DC_GUILDS;
    const rate = median(rs.map((x) => x.rate));
    const limit = LIMIT[platform];
    const name = platform === 'telegram' ? `Telegram: ${n.toLocaleString('en-GB')} group chats` : `Discord: ${n.toLocaleString('en-GB')} guilds, one shard`;
    const tooMany = rs.reduce((a, x) => a + x.tooMany, 0);
    const lost = rs.reduce((a, x) => a + x.lost, 0);
    const dup = rs.reduce((a, x) => a + x.duplicates, 0);
    // The worker spaces sends 1000/limit ms apart, counted from the previous send: whatever a
    // timer fires late is carried over. Measured here, and what it would cost at the real limit.
    const spacing = 1000 / limit;
    const late = median(rs.map((x) => x.gapMs)) - spacing;
    const real = spacing * SCALE;
    const notSent = rs.flatMap((x) => Object.entries(x.notSent).map(([k, v]) => `${v} ${k}`));
    out.push(
      {
        section: 'fan-out',
        name: `${name}: messages/s`,
        value: rate,
        unit: '/s',
        reference: limit,
        referenceLabel: `limit enforced, ${SCALE}× the platform's`,
        ratio: rate / limit,
        target: 'ratio ≥ 0.9',
        met: rate / limit >= 0.9,
        note: `median of ${rs.length} runs after a warm-up (${rs.map((x) => `${x.sent} in ${x.seconds.toFixed(1)} s`).join(', ')}); as the fake saw the requests arrive: ${median(rs.map((x) => x.serverRate)).toFixed(0)}/s; ${median(rs.map((x) => x.requests))} send requests a run; sends paced ${spacing.toFixed(2)} ms apart went ${(spacing + late).toFixed(2)} ms apart (${late.toFixed(2)} ms of timer lateness carried over per send): at the real limit (${real.toFixed(1)} ms apart) that would be a ratio of ${(real / (real + late)).toFixed(3)}${notSent.length ? `; outbox items not sent: ${notSent.join(', ')}` : ''}`,
      },
      { section: 'fan-out', name: `${name}: 429s received`, value: tooMany, unit: `in ${rs.length} runs`, reference: 0, referenceLabel: 'none wanted', ratio: Number.NaN, target: 'reported', met: true },
      { section: 'fan-out', name: `${name}: lost / duplicate prompts`, value: lost + dup, unit: `(${lost} lost, ${dup} duplicate) in ${rs.length} runs`, reference: 0, referenceLabel: 'target', ratio: Number.NaN, target: '0 and 0', met: lost === 0 && dup === 0 },
    );
  }
  const t = median(ticks);
  out.push({
    section: 'fan-out',
    name: `scheduler tick queuing ${(TG_GROUPS + DC_GUILDS).toLocaleString('en-GB')} prompts`,
    value: t,
    unit: 'ms',
    reference: 60_000,
    referenceLabel: 'one minute between ticks',
    ratio: t / 60_000,
    target: '—',
    met: true,
  });
  return out;
}
