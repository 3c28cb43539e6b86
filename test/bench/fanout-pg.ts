import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { DateTime } from 'luxon';
import { buildBundle } from '../helpers/bundle.js';
import { FakeHost, type HostReport, seedFakeGroups } from './fakes.js';
import type { Figure } from './lib.js';
import { postgresWorld } from './postgres.js';

// The weekly prompt to 600 Telegram group chats and 1,000 Discord guilds from two worker
// processes (`npm start`'s bundle, BOT_ROLE=worker) on one PostgreSQL database, against the fakes
// enforcing the platforms' real limits and answering after 50–150 ms. A third of the way through,
// the process holding the schedule is killed (SIGKILL): the other takes over once the lease and
// the dead one's claims run out. Measured: the rate while a process was sending, the takeover
// pause, and prompts lost or sent twice.

const TG_GROUPS = 600;
const DC_GUILDS = 1000;
const LEASE_MS = 5000;
const LIMIT = { telegram: 30, discord: 50 } as const;
const root = resolve(import.meta.dirname, '../..');

export async function fanoutPostgresBench(): Promise<Figure[]> {
  const { host, world } = await FakeHost.start({ telegramGroups: TG_GROUPS, discordGuilds: DC_GUILDS, scale: 1, latency: { min: 50, max: 150 } });
  const stops: (() => Promise<unknown> | void)[] = [() => host.stop()];
  try {
    const created = '2026-11-24T00:00:00.000Z';
    const w = await postgresWorld((sqlite) => seedFakeGroups(sqlite, world, { telegramGroups: TG_GROUPS, discordGuilds: DC_GUILDS, membersPerGroup: 5, now: created }));
    stops.unshift(() => w.close());
    // Every group's check-in fell due a minute ago: whoever holds the schedule posts them all at once.
    const due = DateTime.utc().minus({ minutes: 1 });
    await w.core.db.updateTable('groups').set({ timezone: 'UTC', checkin_weekday: due.weekday, checkin_time: due.toFormat('HH:mm') }).execute();
    const bundle = await buildBundle('fanout-pg');
    stops.unshift(() => bundle.remove());
    await host.mark();

    const env = {
      PATH: process.env.PATH, HOME: process.env.HOME, BOT_ROLE: 'worker', LOG_LEVEL: 'error', DATABASE_URL: w.url,
      TELEGRAM_BOT_TOKEN: world.telegram.token, TELEGRAM_API_ROOT: world.telegram.apiRoot,
      DISCORD_TOKEN: world.discord.token, DISCORD_APP_ID: world.discord.appId, DISCORD_API_ROOT: world.discord.apiRoot,
      LEASE_TTL_MS: String(LEASE_MS), OUTBOX_CLAIM_MS: String(LEASE_MS),
    };
    const workers: ChildProcess[] = [];
    for (let i = 0; i < 2; i++) {
      const child = spawn(process.execPath, [bundle.file], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
      const exited = new Promise((r) => child.once('exit', r));
      stops.unshift(async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        await exited;
      });
      workers.push(child);
    }
    const sent = (r: HostReport, p: 'telegram' | 'discord') => r[p].perChat.reduce((n, [, c]) => n + c, 0);
    const poll = async <T>(what: string, get: () => Promise<T | undefined>, ms: number): Promise<T> => {
      const deadline = Date.now() + ms;
      for (;;) {
        const v = await get();
        if (v !== undefined) return v;
        if (Date.now() > deadline) throw new Error(`fan-out on Postgres: timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    // A third of the way through Telegram's share, the holder of that moment is killed.
    const victim = await poll('a third of the prompts', async () => {
      if (sent(await host.report(), 'telegram') < TG_GROUPS / 3) return undefined;
      const lease = await w.core.db.selectFrom('leases').select('holder').where('name', '=', 'schedule').executeTakeFirst();
      return workers.find((c) => lease && c.pid === Number(lease.holder.split(':').at(-2)));
    }, 120_000);
    const lease = await w.core.db.selectFrom('leases').select('holder').where('name', '=', 'schedule').executeTakeFirstOrThrow();
    victim.kill('SIGKILL');
    const killedAt = Date.now();
    // Its last statements still finish on the server; then what it had claimed and not finished is known.
    await poll('the killed process\'s connections to close', async () => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where application_name = ${`peer-support-bot:${victim.pid}`}`.execute(w.core.db);
      return rows[0].n === 0 ? true : undefined;
    }, 30_000);
    const inFlight = await w.core.db.selectFrom('outbox').select('claimed_by').where('status', '=', 'sending').where('claimed_by', 'like', `${lease.holder}:%`).execute();
    const inFlightTelegram = inFlight.filter((r) => r.claimed_by!.endsWith(':telegram')).length;
    const report = await poll('every prompt', async () => {
      const open = await w.core.db.selectFrom('outbox').select('id').where('status', 'in', ['pending', 'sending']).limit(1).execute();
      if (open.length) return undefined;
      const r = await host.report();
      return r.telegram.perChat.length >= TG_GROUPS && r.discord.perChat.length >= DC_GUILDS ? r : undefined;
    }, 300_000);
    process.stderr.write(`  killed ${lease.holder} ${((Date.now() - killedAt) / 1000).toFixed(1)} s before the last prompt\n`);
    return (['telegram', 'discord'] as const).flatMap((p) => platformFigures(p, report, p === 'telegram' ? TG_GROUPS : DC_GUILDS, inFlightTelegram));
  } finally {
    for (const stop of stops) await Promise.resolve(stop()).catch((err) => process.stderr.write(`fan-out on Postgres: stop failed: ${String(err)}\n`));
  }
}

function platformFigures(p: 'telegram' | 'discord', report: HostReport, chats: number, inFlightTelegram: number): Figure[] {
  const r = report[p];
  const counts = r.perChat.map(([, n]) => n);
  const lost = chats - counts.length;
  const duplicates = counts.reduce((d, n) => d + n - 1, 0);
  // The rate while a process was sending: the whole span less the takeover's pause.
  const sending = (r.lastAt - r.firstAt - r.longestPauseMs) / 1000;
  const rate = (counts.length + duplicates) / sending;
  const section = 'fan-out on Postgres, takeover';
  const name = p === 'telegram' ? 'Telegram' : 'Discord';
  const pauseS = r.longestPauseMs / 1000;
  const pauseTarget = (2 * LEASE_MS) / 1000 + 2;
  return [
    { section, name: `${name}: rate while sending`, value: rate, unit: '/s', reference: LIMIT[p], referenceLabel: 'enforced limit', ratio: rate / LIMIT[p], target: '≥ 0.9', met: rate / LIMIT[p] >= 0.9, note: `${r.requests} requests, ${r.tooMany} answered 429` },
    { section, name: `${name}: takeover pause`, value: pauseS, unit: 's', reference: pauseTarget, referenceLabel: 'lease + claim + 2 s', ratio: pauseS / pauseTarget, target: '≤ 1', met: pauseS <= pauseTarget },
    { section, name: `${name}: prompts lost`, value: lost, unit: '', reference: 0, referenceLabel: 'none', ratio: 0, target: '0', met: lost === 0 },
    {
      section, name: `${name}: prompts sent twice`, value: duplicates, unit: '', reference: p === 'discord' ? 0 : inFlightTelegram, referenceLabel: p === 'discord' ? 'none (nonce)' : 'in flight at the kill',
      ratio: 0, target: p === 'discord' ? '0' : '≤ in flight', met: p === 'discord' ? duplicates === 0 : duplicates <= inFlightTelegram,
    },
  ];
}
