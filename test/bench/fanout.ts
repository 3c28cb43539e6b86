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
import { PACING, type Pacing, SendBudget } from '../../src/jobs/pacing.js';
import { Scheduler } from '../../src/jobs/scheduler.js';
import { FakeHost, type HostReport, seedFakeGroups } from './fakes.js';
import { type Figure, median, nowMs, withTempDir } from './lib.js';
import { benchWorld } from './world.js';

// The weekly prompt to 600 Telegram group chats and 1,000 Discord guilds (one shard), all due in
// the same minute, through the real grammY and discord.js clients, the adapters' delivery ports
// and the schedule's real Scheduler and DeliveryWorker, against the fakes (in their own process)
// enforcing the platforms' real limits and answering after a 50–150 ms round trip. While it runs,
// 40 people press a mood button on their group's prompt, one every 250 ms: their answers share
// Telegram's send budget. (BENCH_FANOUT_SCALE multiplies every limit's count, for a stress run.)

const TG_GROUPS = Number(process.env.BENCH_FANOUT_TG ?? 600);
const DC_GUILDS = Number(process.env.BENCH_FANOUT_DC ?? 1000);
export const SCALE = Number(process.env.BENCH_FANOUT_SCALE ?? 1);
const RUNS = Number(process.env.BENCH_FANOUT_RUNS ?? 2);
const PRESSERS = 40;
const PRESS_EVERY_MS = 250;
const PRESS_AFTER_MS = 3000;
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
  /** Sends a second while sending: from the first send's start to the last's. */
  sendingRate: number;
  /** Everything the limits counted (prompts, replies, edits), a second, as the platform saw it arrive. */
  allRate: number;
  allCount: number;
  /** From the scheduled minute (the tick) to the first and to the last send leaving (s). */
  toFirst: number;
  toLast: number;
  notSent: Record<string, number>;
}

export async function fanoutBench(): Promise<Figure[]> {
  return withTempDir(async (dir) => {
    const { host, world } = await FakeHost.start({ telegramGroups: TG_GROUPS, discordGuilds: DC_GUILDS, scale: SCALE, latency: LATENCY, pressers: PRESSERS });
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
      // Telegram's one send budget, as main.ts wires it: the worker waits for slots, replies take the next one first.
      const tgBudget = new SendBudget(scaledPacing(PACING.telegram, SCALE));
      const telegram = new TelegramAdapter({ app, token: world.telegram.token, signing: await signingKeys(app.core), apiRoot: world.telegram.apiRoot, log: silentLogger, replySlot: (audience, chat) => tgBudget.replySlot(audience, chat) });
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
        new DeliveryWorker({ core, port: probe(telegram.delivery), budget: tgBudget }),
        new DeliveryWorker({ core, port: probe(discord.delivery), pacing: scaledPacing(PACING.discord, SCALE) }),
      ];

      const runs: RunResult[][] = [];
      const ticks: number[] = [];
      const pressWaits: number[] = [];
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
        tickStart = t;
        // People press mood buttons while the prompts go out.
        const pressing = new Promise((r) => setTimeout(r, PRESS_AFTER_MS)).then(() => host.press(PRESS_EVERY_MS));
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
        await pressing;
        // The last presses' answers (the drain may end before them).
        await new Promise((r) => setTimeout(r, Math.max(0, PRESS_AFTER_MS + PRESSERS * PRESS_EVERY_MS + 2000 - (nowMs() - t0))));
        const elu = performance.eventLoopUtilization(elu0).utilization;
        const cpu = process.cpuUsage(cpu0);
        const busy = (cpu.user + cpu.system) / 1000 / (nowMs() - t0);
        const report = await host.report();
        const week = weekKey(at, 'Europe/London');
        const results = await Promise.all(
          (['telegram', 'discord'] as const).map((p, i) => check(w.sqlite, p, week, report, stats[i].sent, (ends[p]! - t0) / 1000)),
        );
        process.stderr.write(
          `  ${r === 0 ? 'warm-up' : `run ${r}`}: tick ${(tickMs / 1000).toFixed(1)} s; event loop ${(elu * 100).toFixed(0)}% busy, CPU ${(busy * 100).toFixed(0)}%; ${results.map((x) => `${x.platform} ${x.sent} in ${x.seconds.toFixed(1)} s = ${x.rate.toFixed(1)}/s (${(x.rate / LIMIT[x.platform]).toFixed(3)} of limit; while sending ${(x.sendingRate / LIMIT[x.platform]).toFixed(3)}; all ${x.allCount} sends counted ${(x.allRate / LIMIT[x.platform]).toFixed(3)}), first/last send ${x.toFirst.toFixed(2)}/${x.toLast.toFixed(1)} s after the minute, 429s ${x.tooMany}, lost ${x.lost}, dup ${x.duplicates}, ${probeText(x.platform)}`).join('; ')}; presses answered after ${pressText(report.telegram.pressWaits)}\n`,
        );
        if (r > 0) {
          runs.push(results);
          ticks.push(tickMs);
          pressWaits.push(...report.telegram.pressWaits);
        }
      }
      return [...figures(runs, ticks), ...pressFigures(pressWaits)];
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
let tickStart = 0;
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
    sendingRate: (() => {
      const p = probes.get(platform)!;
      return p.lastAt > p.firstAt ? (p.calls - 1) / ((p.lastAt - p.firstAt) / 1000) : 0;
    })(),
    allRate: f.allSends.perSecond,
    allCount: f.allSends.count,
    toFirst: (probes.get(platform)!.firstAt - tickStart) / 1000,
    toLast: (probes.get(platform)!.lastAt - tickStart) / 1000,
    notSent,
  };
}

function figures(runs: RunResult[][], ticks: number[]): Figure[] {
  const out: Figure[] = [];
  const scaled = SCALE === 1 ? 'the real limit' : `${SCALE}× the platform's`;
  for (const platform of ['telegram', 'discord'] as const) {
    const rs = runs.map((r) => r.find((x) => x.platform === platform)!);
    const n = platform === 'telegram' ? TG_GROUPS : DC_GUILDS;
    const limit = LIMIT[platform];
    const sending = median(rs.map((x) => x.allRate));
    const prompts = median(rs.map((x) => x.sendingRate));
    const whole = median(rs.map((x) => x.rate));
    const name = platform === 'telegram' ? `Telegram: ${n.toLocaleString('en-GB')} group chats` : `Discord: ${n.toLocaleString('en-GB')} guilds, one shard`;
    const sent = rs.reduce((a, x) => a + x.allCount, 0);
    const tooMany = rs.reduce((a, x) => a + x.tooMany, 0);
    const perThousand = (tooMany / Math.max(1, sent)) * 1000;
    const lost = rs.reduce((a, x) => a + x.lost, 0);
    const dup = rs.reduce((a, x) => a + x.duplicates, 0);
    const notSent = rs.flatMap((x) => Object.entries(x.notSent).map(([k, v]) => `${v} ${k}`));
    out.push(
      {
        section: 'fan-out',
        name: `${name}: messages/s while sending (all sends the limit counts)`,
        value: sending,
        unit: '/s',
        reference: limit,
        referenceLabel: `limit enforced, ${scaled}`,
        ratio: sending / limit,
        target: 'ratio ≥ 0.95',
        met: sending / limit >= 0.95,
        note: `median of ${rs.length} runs after a warm-up, as the fake counted them arriving, from the first to the last: ${median(rs.map((x) => x.allCount))} sends a run (prompts, answers to the pressers, tally edits); the prompts alone went out at ${prompts.toFixed(1)}/s (${(prompts / limit).toFixed(3)}), giving way to the rest; the prompts over the whole drain, to the last answer: ${whole.toFixed(1)}/s (${(whole / limit).toFixed(3)}); as the fake saw them arrive: ${median(rs.map((x) => x.serverRate)).toFixed(1)}/s; first send ${median(rs.map((x) => x.toFirst)).toFixed(2)} s and last ${median(rs.map((x) => x.toLast)).toFixed(1)} s after the scheduled minute${notSent.length ? `; outbox items not sent: ${notSent.join(', ')}` : ''}`,
      },
      { section: 'fan-out', name: `${name}: 429s per 1,000 sends`, value: perThousand, unit: `(${tooMany} in ${sent} sends)`, reference: 1, referenceLabel: 'target at most', ratio: perThousand, target: '≤ 1', met: perThousand <= 1 },
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

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : Number.NaN;
};

function pressText(waits: number[]): string {
  const answered = waits.filter((w) => w >= 0);
  return `p50 ${percentile(answered, 50).toFixed(0)} ms, p95 ${percentile(answered, 95).toFixed(0)} ms (${answered.length} of ${waits.length} answered)`;
}

/** How long people pressing a mood button during the fan-out waited for the bot's answer. */
function pressFigures(waits: number[]): Figure[] {
  const answered = waits.filter((w) => w >= 0);
  const p95 = percentile(answered, 95);
  return [
    {
      section: 'fan-out',
      name: `Telegram: a mood button pressed during the fan-out, answered after (p95)`,
      value: p95,
      unit: 'ms',
      reference: 1000,
      referenceLabel: 'target',
      ratio: p95 / 1000,
      target: 'p95 < 1 s, every press answered',
      met: p95 < 1000 && answered.length === waits.length && waits.length > 0,
      note: `${waits.length} presses over the runs, ${PRESSERS} a run, one every ${PRESS_EVERY_MS} ms from ${PRESS_AFTER_MS / 1000} s into the fan-out; ${pressText(waits)}; measured from the press to the bot's answerCallbackQuery reaching the fake`,
    },
  ];
}
