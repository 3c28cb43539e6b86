import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotProcess, startBotProcess } from './helpers/bot-process.js';
import { migrateToLatest, openDatabase } from '../src/db/database.js';
import type { Core } from '../src/core/core.js';
import { FakeDiscord } from './fakes/discord/index.js';
import { shardOf } from './fakes/discord/gateway.js';
import { addGroup } from './helpers/schedule-world.js';

// Two real bot processes (src/main.ts), each running one of Discord's two shards, against the
// fake gateway (which gives each shard only its servers, as Discord does) and one database: each
// process hears only its own servers, every interaction is answered, and every server's weekly
// prompt is posted once, by whichever process holds the schedule.

const SERVERS = 6;
const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function startBot(env: Record<string, string>): BotProcess {
  const bot = startBotProcess(undefined, { LEASE_TTL_MS: '5000', ...env });
  cleanups.push(() => bot.kill());
  return bot;
}
type Bot = BotProcess;

async function until<T>(what: string, get: () => T | undefined | null | false, bots: Bot[], ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; logs:\n${bots.map((b) => b.log()).join('\n---\n')}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('Discord in two shards, one process each', () => {
  it('each process hears only its own servers, every interaction is answered, every weekly prompt is posted once', async () => {
    const dc = new FakeDiscord({ requireRegisteredCommands: false });
    // Server ids whose time part alternates, so the two shards hold three servers each.
    const base = Date.now() - 60_000;
    const servers = Array.from({ length: SERVERS }, (_, i) => dc.createGuild({ name: `Server ${i}`, createdAt: base + i }));
    const channels = servers.map((g) => dc.createChannel(g, { name: 'support' }));
    expect(servers.map((g) => shardOf(g.id, 2)).sort()).toEqual([0, 0, 0, 1, 1, 1]);
    await dc.start();
    cleanups.push(() => dc.stop());

    const dir = mkdtempSync(join(tmpdir(), 'shards-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'bot.sqlite');
    const { db } = openDatabase(file);
    await migrateToLatest(db);
    // Every server's group is due two minutes ago: whichever process holds the schedule posts at once.
    const due = DateTime.now().setZone('Europe/London').minus({ minutes: 2 });
    for (const ch of channels) await addGroup({ db } as unknown as Core, { platform: 'discord', chatId: ch.id, weekday: due.weekday, time: due.toFormat('HH:mm') });
    await db.destroy();

    const env = { DATABASE_URL: file, DISCORD_TOKEN: dc.token, DISCORD_APP_ID: dc.applicationId, DISCORD_API_ROOT: dc.apiRoot, DISCORD_SHARD_COUNT: '2' };
    const bots = [startBot({ ...env, DISCORD_SHARDS: '0' }), startBot({ ...env, DISCORD_SHARDS: '1' })];
    await until('both processes to be ready', () => bots.every((b) => b.lines().some((l) => l.msg === 'ready')), bots);

    // Each process identified as its own shard and was given its own three servers.
    expect([...dc.gateway.identified].sort()).toEqual([[0, 2], [1, 2]]);
    for (const [i, bot] of bots.entries()) {
      expect(bot.lines().find((l) => l.msg === 'discord connected')).toMatchObject({ guilds: 3, shards: [i] });
    }
    const created = dc.gateway.events.filter((e) => e.t === 'GUILD_CREATE');
    expect(created).toHaveLength(SERVERS);
    for (const e of created) expect(e.shard[0]).toBe(shardOf((e.d as { id: string }).id, 2));

    // Someone in every server asks for support: each interaction reaches the shard holding the server, and is answered.
    const handles = servers.map((g, i) => {
      const user = dc.createUser({ username: `member${i}` });
      dc.addMember(g, user);
      return dc.slash(user, channels[i], 'support');
    });
    await until('every interaction to be answered', () => handles.every((h) => h.callback), bots);
    const asked = dc.gateway.events.filter((e) => e.t === 'INTERACTION_CREATE');
    expect(asked).toHaveLength(SERVERS);
    for (const e of asked) expect(e.shard[0]).toBe(shardOf((e.d as { guild_id: string }).guild_id, 2));

    // Every server's prompt, posted exactly once.
    const prompts = () => dc.messages.filter((m) => m.authorId === dc.bot.id && /weekly check-in/.test(String(m.content ?? ''))).map((m) => m.channelId);
    await until('every prompt', () => new Set(prompts()).size === SERVERS, bots);
    await new Promise((r) => setTimeout(r, 500)); // a second post would come now, not later
    expect(prompts().sort()).toEqual(channels.map((c) => c.id).sort());

    for (const bot of bots) bot.child.kill('SIGTERM');
    for (const bot of bots) expect(await bot.exited).toBe(0);
    for (const bot of bots) expect(bot.log()).not.toContain(dc.token);
  }, 90_000);
});
