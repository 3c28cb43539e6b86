import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { DateTime } from 'luxon';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fakes/discord/index.js';
import { FakeTelegram } from './fakes/telegram/index.js';
import { buildBundle } from './helpers/bundle.js';
import { addGroup } from './helpers/schedule-world.js';
import { testDatabase } from './helpers/test-database.js';
import type { Core } from '../src/core/core.js';

// Several real bot processes (`npm start`'s bundle) on one PostgreSQL database, against both
// fakes: one takes the platforms' updates, two are workers (BOT_ROLE=worker). 500 groups fall due
// in the same minute; the process holding the schedule is killed with SIGKILL in the middle of
// the fan-out. Another takes over, nothing is lost, nothing is doubled on Discord (the nonce), and
// on Telegram (no idempotency key) at most the sends that were in flight at the kill are doubled.

const root = resolve(import.meta.dirname, '..');
let bundle = '';
const GROUPS = { telegram: 250, discord: 250 };
const LEASE_MS = 6000;
const PROMPT = /weekly check-in/;

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

beforeAll(async () => {
  const built = await buildBundle('processes-test');
  bundle = built.file;
  return built.remove;
});

interface Bot {
  child: ChildProcess;
  log(): string;
  lines(): { msg?: string; level: number }[];
  exited: Promise<unknown>;
}

function startBot(env: Record<string, string>): Bot {
  const child = spawn(process.execPath, [bundle], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', LEASE_TTL_MS: String(LEASE_MS), OUTBOX_CLAIM_MS: String(LEASE_MS), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += String(d)));
  child.stderr!.on('data', (d) => (log += String(d)));
  const exited = new Promise((r) => child.on('exit', r));
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  });
  const lines = () => log.split('\n').filter(Boolean).map((l) => { try { return JSON.parse(l) as { msg?: string; level: number }; } catch { return { msg: l, level: 0 }; } });
  return { child, log: () => log, lines, exited };
}

async function until<T>(what: string, get: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms: number, bots: Bot[] = []): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; logs:\n${bots.map((b) => b.log()).join('\n---\n')}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const countBy = (ids: string[]) => {
  const m = new Map<string, number>();
  for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
  return m;
};

describe('several bot processes on one Postgres database', () => {
  it('500 prompts in one minute, the schedule holder killed mid-fan-out: another takes over, none lost, none doubled on Discord', async () => {
    const tg = new FakeTelegram({ maxPollHoldMs: 1000 });
    const t = await tg.start();
    cleanups.push(() => tg.stop());
    const dc = new FakeDiscord({ requireRegisteredCommands: false });
    const d = await dc.start();
    cleanups.push(() => dc.stop());
    // Answers take a while, as the real platforms' can: several sends are in flight at any moment,
    // so the kill always lands with some of them carried out by the platform and not yet recorded.
    tg.delay({ min: 200, max: 400 });
    dc.delay(300);
    const shared = await testDatabase();
    cleanups.push(() => shared.close());
    const core = { db: shared.db } as unknown as Core;

    // Due two minutes ago in the groups' zone: every process that holds the schedule posts it at once.
    const due = DateTime.now().setZone('Europe/London').minus({ minutes: 2 });
    const when = { weekday: due.weekday, time: due.toFormat('HH:mm') };
    const owner = tg.user({ first_name: 'Owner' });
    const chats = Array.from({ length: GROUPS.telegram }, (_, i) => tg.group({ title: `Group ${i}`, type: 'supergroup', admins: [owner] }));
    for (const chat of chats) await addGroup(core, { platform: 'telegram', chatId: String(chat.id), ...when });
    const channels = Array.from({ length: GROUPS.discord }, (_, i) => dc.createChannel(dc.createGuild({ name: `Guild ${i}` }), { name: 'support' }));
    for (const ch of channels) await addGroup(core, { platform: 'discord', chatId: ch.id, ...when });

    const platforms = {
      DATABASE_URL: shared.url!, TELEGRAM_BOT_TOKEN: t.token, TELEGRAM_API_ROOT: t.apiRoot,
      DISCORD_TOKEN: d.token, DISCORD_APP_ID: dc.applicationId, DISCORD_API_ROOT: dc.apiRoot,
    };
    const workers = [startBot({ ...platforms, BOT_ROLE: 'worker' }), startBot({ ...platforms, BOT_ROLE: 'worker' })];
    const lease = () => shared.db.selectFrom('leases').selectAll().where('name', '=', 'schedule').executeTakeFirst();
    await until('a worker to take the schedule', lease, 60_000, workers);
    // The process that takes the updates starts while the fan-out runs: it stands by for the schedule.
    const updates = startBot(platforms);
    const all = [...workers, updates];
    const pidOf = (holder: string) => Number(holder.split(':').at(-2));

    const tgPrompts = () => chats.flatMap((c) => tg.sentTo(c).filter((s) => PROMPT.test(s.plain ?? '')).map(() => String(c.id)));
    const dcPrompts = () => dc.messages.filter((m) => m.authorId === dc.bot.id && PROMPT.test(String(m.content ?? ''))).map((m) => m.channelId);
    // Mid-fan-out, the worker holding the schedule at that moment is killed.
    const { first, holder } = await until('the fan-out to be under way', async () => {
      if (tgPrompts().length < 40 || dcPrompts().length < 20) return undefined;
      const l = await lease();
      const w = l && workers.find((b) => b.child.pid === pidOf(l.holder));
      return w && { first: l, holder: w };
    }, 60_000, all);
    const holderPid = holder.child.pid!;
    holder.child.kill('SIGKILL');
    await holder.exited;
    // Statements the dead process had already sent still finish on the server: wait for its connections to go.
    await until('the dead process\'s connections to close', async () => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where application_name = ${`peer-support-bot:${holderPid}`}`.execute(shared.db);
      return rows[0].n === 0;
    }, 30_000, workers);
    const atKill = { telegram: tgPrompts().length, discord: dcPrompts().length };
    // What the dead process had claimed and not finished: its Telegram sends may have arrived.
    const inFlight = await shared.db.selectFrom('outbox').select(['id', 'claimed_by']).where('status', '=', 'sending').where('claimed_by', 'like', `${first.holder}:%`).execute();
    const inFlightTelegram = inFlight.filter((r) => r.claimed_by!.endsWith(':telegram')).length;
    expect(atKill.telegram, 'killed mid-fan-out').toBeLessThan(GROUPS.telegram);
    expect(inFlight.length, 'sends in flight at the kill (the case this test is about)').toBeGreaterThan(0);

    // Another process takes over within the lease time, and picks up the dead one's claims once they run out.
    const next = await until('another process to take the schedule', async () => {
      const l = await lease();
      return l && l.holder !== first.holder ? l : undefined;
    }, 60_000, all);
    expect(next.epoch).toBeGreaterThan(first.epoch);
    await until('every group to have its prompt', () => new Set(tgPrompts()).size === GROUPS.telegram && new Set(dcPrompts()).size === GROUPS.discord, 120_000, all);
    await until('the outbox to be done', async () => {
      const open = await shared.db.selectFrom('outbox').select('id').where('status', 'in', ['pending', 'sending']).execute();
      return open.length === 0;
    }, 30_000, all);

    const tgCounts = countBy(tgPrompts());
    const dcCounts = countBy(dcPrompts());
    expect(dcCounts.size).toBe(GROUPS.discord);
    expect([...dcCounts.values()].filter((n) => n !== 1), 'Discord prompts posted more than once').toEqual([]);
    expect(tgCounts.size).toBe(GROUPS.telegram);
    const tgDuplicates = [...tgCounts.values()].reduce((sum, n) => sum + n - 1, 0);
    expect(tgDuplicates, `Telegram duplicates (in flight at the kill: ${inFlightTelegram})`).toBeLessThanOrEqual(inFlightTelegram);
    // Every prompt went out once in the outbox's eyes; none failed or was skipped.
    const statuses = await shared.db.selectFrom('outbox').select(['status']).where('kind', '=', 'prompt').execute();
    expect(countBy(statuses.map((s) => s.status))).toEqual(new Map([['sent', GROUPS.telegram + GROUPS.discord]]));

    // The updates process answers people on both platforms throughout.
    await until('the updates process to be ready', () => updates.lines().some((l) => l.msg === 'ready'), 60_000, all);
    const someone = tg.user({ first_name: 'Kim' });
    tg.userSends(someone, chats[0], '/help');
    await tg.waitFor((sent) => sent.some((s) => String(s.chat_id) === String(chats[0].id) && /\/checkin/.test(s.plain ?? '')), 20_000, 'the answer to /help on Telegram');
    const robin = dc.createUser({ username: 'robin' });
    dc.addMember(channels[0].guildId!, robin);
    const handle = dc.slash(robin, channels[0], 'support');
    await until('the answer to /support on Discord', () => handle.callback, 20_000, all);

    for (const bot of all.filter((b) => b !== holder)) bot.child.kill('SIGTERM');
    for (const bot of all.filter((b) => b !== holder)) expect(await bot.exited).toBe(0);
    for (const bot of all) expect(bot.log()).not.toContain(t.token);
  }, 240_000);
});
