import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { FakeDiscord } from './fakes/discord/index.js';
import { FakeTelegram } from './fakes/telegram/index.js';

// The real process (`src/main.ts`) with both platforms on their fakes: a token refused on one
// platform stops that platform only, with one clear line; the other keeps answering and the
// process keeps running until it is told to stop.

const root = resolve(import.meta.dirname, '..');
let tg: FakeTelegram | undefined;
let dc: FakeDiscord | undefined;
let child: ChildProcess | undefined;
let dir: string | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await tg?.stop();
  await dc?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function startBot(opts: { maxGuildsPerSession?: number; discordApiRoot?: string; env?: NodeJS.ProcessEnv } = {}) {
  tg = new FakeTelegram();
  const t = await tg.start();
  dc = new FakeDiscord({ requireRegisteredCommands: false, maxGuildsPerSession: opts.maxGuildsPerSession });
  const guild = dc.createGuild({ name: 'Peer Support' });
  const channel = dc.createChannel(guild, { name: 'support' });
  dc.createGuild({ name: 'Another server' });
  await dc.start();
  dir = mkdtempSync(join(tmpdir(), 'main-platforms-'));
  const file = join(dir, 'bot.sqlite');
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      ...process.env, LOG_LEVEL: 'info', DATABASE_URL: file,
      TELEGRAM_BOT_TOKEN: t.token, TELEGRAM_API_ROOT: t.apiRoot,
      DISCORD_TOKEN: dc.token, DISCORD_APP_ID: dc.applicationId, DISCORD_API_ROOT: opts.discordApiRoot ?? dc.apiRoot,
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (d) => (log += String(d)));
  child.stdout!.on('data', (d) => (log += String(d)));
  const exited = new Promise<number | null>((r) => child!.on('exit', (code) => r(code)));
  const lines = () => log.split('\n').filter(Boolean).map((l) => { try { return JSON.parse(l) as { msg?: string; level: number; platform?: string }; } catch { return { msg: l, level: 0 }; } });
  const until = async (what: string, ok: () => boolean, ms = 20_000) => {
    const deadline = Date.now() + ms;
    while (!ok()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; log:\n${log}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await until('ready', () => lines().some((l) => l.msg === 'ready'));
  return { file, guild, channel, lines, until, exited, log: () => log };
}

/** Someone asks for support on Telegram and is answered. */
async function telegramAnswers(): Promise<void> {
  const u = tg!.user({ first_name: 'Robin' });
  tg!.userSends(u, u.id, '/support');
  const answer = await tg!.waitFor((sent) => sent.find((s) => s.chat_id === u.id), 10_000, 'answer');
  expect(answer.plain).toMatch(/emergency/i);
}

describe('main with Telegram and Discord', () => {
  it('Telegram refusing the token (401) stops Telegram only: Discord still answers, the process stays up', async () => {
    const bot = await startBot();
    tg!.failNext('getUpdates', { status: 401, description: 'Unauthorized' });
    const someone = tg!.user({ first_name: 'Kim' });
    tg!.userSends(someone, someone.id, '/help'); // ends the poll in progress; the next one is refused
    await bot.until('telegram stopped', () => bot.lines().some((l) => l.platform === 'telegram' && /telegram: Telegram refused the bot's token \(401\); telegram stopped, the rest carries on/.test(l.msg ?? '')));
    const user = dc!.createUser({ username: 'robin' });
    dc!.addMember(bot.guild, user);
    const handle = dc!.slash(user, bot.channel, 'support');
    await bot.until('the Discord answer', () => !!handle.callback);
    expect(child!.exitCode).toBeNull();
    expect(bot.lines().filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([expect.stringMatching(/^telegram: Telegram refused/)]);
    child!.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }, 60_000);

  it('Discord refusing the token (401) while delivering stops Discord only: Telegram still answers, the process stays up', async () => {
    const bot = await startBot();
    // A post falls due in a Discord group (written by another connection, as a job would).
    const { db } = openDatabase(bot.file);
    const now = new Date().toISOString();
    const group = await db.insertInto('groups').values({
      platform: 'discord', chat_id: bot.channel.id, name: 'Tuesday Parents', timezone: 'Europe/London', checkin_weekday: 7, checkin_time: '19:00', absence_weeks: 2,
      pair_every_weeks: 2, region: 'GB', nation: null, language: 'en', facilitator_role: null, prompt_paused: 0, active: 1, created_at: now,
    }).returning('id').executeTakeFirstOrThrow();
    dc!.failNext('POST /channels/:id/messages', { status: 401, count: 1 });
    await db.insertInto('outbox').values({
      idem_key: 'test:1', group_id: group.id, kind: 'test', audience: 'group', person_id: null, payload: JSON.stringify({ to: 'group', text: 'Hello' }), status: 'pending',
      not_before: now, attempts: 0, platform_message_id: null, error: null, created_at: now, sent_at: null,
    }).execute();
    await db.destroy();
    await bot.until('discord stopped', () => bot.lines().some((l) => l.platform === 'discord' && /discord stopped, the rest carries on/.test(l.msg ?? '')));
    const u = tg!.user({ first_name: 'Robin' });
    tg!.userSends(u, u.id, '/support');
    const answer = await tg!.waitFor((sent) => sent.find((s) => s.chat_id === u.id), 10_000, 'answer');
    expect(answer.plain).toMatch(/emergency/i);
    expect(child!.exitCode).toBeNull();
    expect(bot.lines().filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([expect.stringMatching(/^discord: .*401.*discord stopped, the rest carries on/)]);
    child!.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }, 60_000);

  it('Discord closing with 4011 (sharding required) at start leaves Discord out with one line: Telegram and the schedule start without it', async () => {
    const bot = await startBot({ maxGuildsPerSession: 1 });
    const ready = bot.lines().find((l) => l.msg === 'ready') as { platforms?: string[] };
    expect(ready.platforms).toEqual(['telegram']);
    expect(bot.lines().filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([
      expect.stringMatching(/^discord: did not start \(Discord requires sharding \(4011\).*\); discord stopped, the rest carries on$/),
    ]);
    expect(bot.lines().some((l) => l.msg === 'this process runs the schedule')).toBe(true);
    await telegramAnswers();
    child!.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }, 60_000);

  it('a platform that never answers at start is given up after PLATFORM_START_TIMEOUT_MS: the other starts and answers', async () => {
    // A Discord API that takes connections and never answers them.
    const silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (silent.address() as AddressInfo).port;
      const bot = await startBot({ discordApiRoot: `http://127.0.0.1:${port}/api`, env: { PLATFORM_START_TIMEOUT_MS: '1500' } });
      expect((bot.lines().find((l) => l.msg === 'ready') as { platforms?: string[] }).platforms).toEqual(['telegram']);
      expect(bot.lines().some((l) => /^discord: did not start \(it did not connect within 2 s\); discord stopped, the rest carries on$/.test(l.msg ?? ''))).toBe(true);
      await telegramAnswers();
      child!.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      silent.closeAllConnections();
      await new Promise((r) => silent.close(r));
    }
  }, 60_000);
});
