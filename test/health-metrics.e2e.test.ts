import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database.js';
import { FakeDiscord } from './fakes/discord/index.js';
import { FakeTelegram } from './fakes/telegram/index.js';
import { type BotProcess, startBotProcess } from './helpers/bot-process.js';
import { buildBundle } from './helpers/bundle.js';

// GET /healthz and GET /metrics on PORT, from `npm start`'s bundle against both fakes: healthy
// only with the database answering and every platform connected; the counts move with real
// commands and real deliveries, and carry nobody's name, chat id, user id or token.

let bundle: { file: string; remove(): void };
beforeAll(async () => {
  bundle = await buildBundle('health-metrics-test');
});
afterAll(() => bundle.remove());

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function world(env: Record<string, string> = {}) {
  const tg = new FakeTelegram();
  const t = await tg.start();
  cleanups.push(() => tg.stop());
  const dc = new FakeDiscord({ requireRegisteredCommands: false });
  const guild = dc.createGuild({ name: 'Quillfeather Household' });
  const channel = dc.createChannel(guild, { name: 'brannigan-circle' });
  await dc.start();
  cleanups.push(() => dc.stop());
  const dir = mkdtempSync(join(tmpdir(), 'health-metrics-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'bot.sqlite');
  const bot = startBotProcess(bundle.file, {
    DATABASE_URL: file, PORT: '0',
    TELEGRAM_BOT_TOKEN: t.token, TELEGRAM_API_ROOT: t.apiRoot,
    DISCORD_TOKEN: dc.token, DISCORD_APP_ID: dc.applicationId, DISCORD_API_ROOT: dc.apiRoot,
    ...env,
  });
  cleanups.push(() => bot.kill());
  await bot.until('ready', () => bot.lines().some((l) => l.msg === 'ready'));
  return { tg, dc, guild, channel, file, bot };
}

/** Every label value of every series in a Prometheus text. */
function labelValues(metrics: string): string[] {
  const out: string[] = [];
  for (const line of metrics.split('\n')) {
    if (line.startsWith('#')) continue;
    const labels = /\{(.*)\}/.exec(line)?.[1] ?? '';
    for (const m of labels.matchAll(/="((?:[^"\\]|\\.)*)"/g)) out.push(m[1]);
  }
  return out;
}

/** The value of one series, exactly as named with its labels. */
function value(metrics: string, series: string): number | undefined {
  const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function stop(bot: BotProcess) {
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
}

describe('the health check and the metrics on PORT', () => {
  it('healthy with both platforms connected; a real command and a real delivery move the counts, and no label names anyone', async () => {
    const { tg, dc, guild, channel, file, bot } = await world();
    const health = await bot.get('/healthz');
    expect(health.status).toBe(200);
    expect(health.json()).toEqual({ status: 'ok', database: 'answering', discord: 'ready', telegram: 'polling' });

    // Real traffic, with names, ids and words a label must never carry.
    const robin = tg.user({ first_name: 'Robin', last_name: 'Quillfeather', username: 'robin_quillfeather' });
    const saoirse = tg.user({ first_name: 'Saoirse', last_name: 'Brannigan' });
    const chat = tg.group({ title: 'Brannigan Family Circle', admins: [saoirse], members: [robin] });
    tg.userSends(saoirse, chat, '/setup Europe/London sunday 19:00 Brannigan Family Circle');
    await tg.waitFor((sent) => sent.some((s) => s.chat_id === chat.id && /Welcome/.test(s.plain ?? '')), 10_000, 'the setup');
    tg.userSends(robin, robin.id, '/support');
    await tg.waitFor((sent) => sent.some((s) => s.chat_id === robin.id && /emergency/i.test(s.plain ?? '')), 10_000, '/support');
    tg.userSends(robin, robin.id, '/quillfeather_robin_is_struggling');
    await tg.waitFor((sent) => sent.some((s) => s.chat_id === robin.id && /I don't know/.test(s.plain ?? '')), 10_000, 'the unknown command');
    // A real delivery: the prompt goes through the outbox and the delivery worker.
    tg.userSends(saoirse, chat, '/prompt now');
    await tg.waitFor((sent) => sent.some((s) => s.chat_id === chat.id && /weekly check-in/.test(s.plain ?? '')), 15_000, 'the prompt');
    // One more, answered 429 twice (the delivery client retries once itself), then sent.
    tg.failNext('sendMessage', { status: 429, retryAfter: 1, count: 2 });
    const { db } = openDatabase(file);
    const group = await db.selectFrom('groups').select('id').where('chat_id', '=', String(chat.id)).executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    await db.insertInto('outbox').values({
      idem_key: 'test:429', group_id: group.id, kind: 'test', audience: 'group', person_id: null, payload: JSON.stringify({ to: 'group', text: 'Hello, Robin Quillfeather' }),
      status: 'pending', not_before: now, attempts: 0, platform_message_id: null, error: null, created_at: now, sent_at: null,
    }).execute();
    await db.destroy();
    await tg.waitFor((sent) => sent.some((s) => s.chat_id === chat.id && /Hello, Robin/.test(s.plain ?? '')), 15_000, 'the item after its 429');
    const quill = dc.createUser({ username: 'quillfeather', globalName: 'Robin Quillfeather' });
    dc.addMember(guild, quill);
    const answer = dc.slash(quill, channel, 'support');
    await bot.until('the Discord answer', () => !!answer.callback);

    const metrics = await bot.until('the sends counted', async () => {
      const m = await bot.get('/metrics');
      return (value(m.text, 'peer_support_sends_total{platform="telegram",result="ok"}') ?? 0) >= 2 ? m : null;
    }, 10_000);
    expect(metrics.status).toBe(200);
    const text = metrics.text;
    // Nobody in the text; no chat or user id in any label.
    const words = ['Robin', 'Quillfeather', 'Saoirse', 'Brannigan', 'struggling', 'Family Circle', 'Household', tg.token, dc.token];
    for (const w of words) expect(text.toLowerCase()).not.toContain(w.toLowerCase());
    const ids = [robin.id, saoirse.id, chat.id, quill.id, channel.id, guild.id].map(String);
    const labels = labelValues(text);
    expect(labels.length).toBeGreaterThan(20);
    for (const l of labels) for (const id of ids) expect(l).not.toContain(id.replace(/^-/, ''));
    const count = (series: string) => value(text, series);
    expect(count('peer_support_commands_total{platform="telegram",command="support",action="command",outcome="ok"}')).toBe(1);
    expect(count('peer_support_commands_total{platform="telegram",command="setup",action="command",outcome="ok"}')).toBe(1);
    expect(count('peer_support_commands_total{platform="telegram",command="prompt",action="command",outcome="ok"}')).toBe(1);
    expect(count('peer_support_commands_total{platform="telegram",command="unknown",action="command",outcome="ok"}')).toBe(1);
    expect(count('peer_support_commands_total{platform="discord",command="support",action="command",outcome="ok"}')).toBe(1);
    expect(count('peer_support_command_duration_seconds_count{platform="telegram",command="setup"}')).toBe(1);
    expect(count('peer_support_command_duration_seconds_bucket{le="+Inf",platform="discord",command="support"}')).toBe(1);
    expect(count('peer_support_sends_total{platform="telegram",result="429"}')).toBe(1);
    expect(count('peer_support_outbox_items{status="sent",kind="prompt"}')).toBe(1);
    expect(count('peer_support_outbox_items{status="sent",kind="test"}')).toBe(1);
    expect(count('peer_support_schedule_lease_held')).toBe(1);
    expect(count('peer_support_schedule_tick_duration_seconds_count')).toBeGreaterThanOrEqual(1);
    await stop(bot);
  }, 90_000);

  it('503 naming Telegram once it refuses the token (401); Discord and the database still fine', async () => {
    const { tg, bot } = await world();
    expect((await bot.get('/healthz')).status).toBe(200);
    tg.failNext('getUpdates', { status: 401, description: 'Unauthorized' });
    const someone = tg.user({ first_name: 'Kim' });
    tg.userSends(someone, someone.id, '/help'); // ends the poll in progress; the next one is refused
    const down = await bot.until('the 503', async () => {
      const h = await bot.get('/healthz');
      return h.status === 503 ? h : null;
    });
    expect(down.json()).toEqual({ status: 'unavailable', failing: ['telegram'], database: 'answering', discord: 'ready', telegram: 'stopped: token refused (401)' });
    await stop(bot);
  }, 60_000);

  it('a worker (BOT_ROLE=worker) is healthy without an update connection: its tokens checked, delivery not stopped', async () => {
    const { tg, bot } = await world({ BOT_ROLE: 'worker' });
    const h = await bot.get('/healthz');
    expect(h.status).toBe(200);
    expect(h.json()).toEqual({ status: 'ok', database: 'answering', discord: 'delivering (worker)', telegram: 'delivering (worker)' });
    expect(tg.countRequests('getUpdates')).toBe(0);
    await stop(bot);
  }, 60_000);
});
