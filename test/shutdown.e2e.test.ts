import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../src/core/core.js';
import { migrateToLatest, openDatabase } from '../src/db/database.js';
import { FakeDiscord } from './fakes/discord/index.js';
import { FakeTelegram } from './fakes/telegram/index.js';
import { startBotProcess } from './helpers/bot-process.js';
import { buildBundle } from './helpers/bundle.js';
import { addGroup } from './helpers/schedule-world.js';

// SIGTERM with sends in flight, from `npm start`'s bundle against both fakes answering slowly:
// the process stops taking updates, gives back the claims of the sends still out, gives up the
// schedule's lease and exits 0 within 10 s, so another process can take over at once.

let bundle: { file: string; remove(): void };
beforeAll(async () => {
  bundle = await buildBundle('shutdown-test');
});
afterAll(() => bundle.remove());

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('SIGTERM', () => {
  it('with sends in flight on slow platforms: exits 0 within 10 s, the claimed items pending again, the lease row gone', async () => {
    const tg = new FakeTelegram();
    const t = await tg.start();
    cleanups.push(() => tg.stop());
    const dc = new FakeDiscord({ requireRegisteredCommands: false });
    const guild = dc.createGuild({ name: 'Peer Support' });
    const channels = Array.from({ length: 4 }, (_, i) => dc.createChannel(guild, { name: `group-${i}` }));
    await dc.start();
    cleanups.push(() => dc.stop());
    const chats = Array.from({ length: 4 }, (_, i) => tg.group({ title: `Group ${i}` }));
    // Every send takes 30 s to be answered.
    tg.delay(30_000, 'sendMessage');
    dc.delay(30_000, 'POST /channels/:id/messages');

    // Eight weekly prompts fell due two minutes ago: the process posts them as it starts.
    const dir = mkdtempSync(join(tmpdir(), 'shutdown-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'bot.sqlite');
    const seed = openDatabase(file);
    await migrateToLatest(seed.db);
    const due = DateTime.now().setZone('Europe/London').minus({ minutes: 2 });
    const at = { weekday: due.weekday, time: due.toFormat('HH:mm') };
    const core = { db: seed.db } as unknown as Core;
    for (const c of chats) await addGroup(core, { platform: 'telegram', chatId: String(c.id), ...at });
    for (const c of channels) await addGroup(core, { platform: 'discord', chatId: c.id, ...at });
    await seed.db.destroy();

    const bot = startBotProcess(bundle.file, {
      DATABASE_URL: file, PORT: '0',
      TELEGRAM_BOT_TOKEN: t.token, TELEGRAM_API_ROOT: t.apiRoot,
      DISCORD_TOKEN: dc.token, DISCORD_APP_ID: dc.applicationId, DISCORD_API_ROOT: dc.apiRoot,
    });
    cleanups.push(() => bot.kill());
    await bot.until('ready', () => bot.lines().some((l) => l.msg === 'ready'));
    const { db } = openDatabase(file);
    cleanups.push(() => db.destroy());
    const sending = () => db.selectFrom('outbox').innerJoin('groups', 'groups.id', 'outbox.group_id').select(['groups.platform', 'outbox.status']).where('outbox.status', '=', 'sending').execute();
    await bot.until('sends in flight on both platforms', async () => {
      const rows = await sending();
      // Claimed, and the request on its way (the claim is written just before the send goes out).
      return rows.some((r) => r.platform === 'telegram') && rows.some((r) => r.platform === 'discord') && tg.requests.some((r) => r.method === 'sendMessage' && r.status === 0);
    });
    expect(tg.requests.filter((r) => r.method === 'sendMessage' && r.status === 0).length).toBeGreaterThan(0);
    const lease = await db.selectFrom('leases').selectAll().execute();
    expect(lease).toHaveLength(1);

    const t0 = Date.now();
    bot.child.kill('SIGTERM');
    // From the signal on, the health check turns a load balancer away.
    await new Promise((r) => setTimeout(r, 300));
    const health = await bot.get('/healthz');
    expect(health.status).toBe(503);
    expect(health.json()).toMatchObject({ status: 'unavailable', failing: expect.arrayContaining(['process']), process: 'stopping' });
    expect(await bot.exited).toBe(0);
    const took = Date.now() - t0;
    expect(took).toBeLessThan(10_000);

    // Nothing is left claimed by the dead process: every prompt is pending again (no attempt counted) or sent.
    const rows = await db.selectFrom('outbox').select(['kind', 'status', 'claimed_by', 'claim_until', 'attempts']).execute();
    expect(rows).toHaveLength(8);
    for (const r of rows) {
      expect(r.kind).toBe('prompt');
      expect(['pending', 'sent']).toContain(r.status);
      if (r.status === 'pending') expect(r).toMatchObject({ claimed_by: null, claim_until: null, attempts: 0 });
    }
    expect(rows.filter((r) => r.status === 'pending').length).toBeGreaterThan(0);
    // The lease is free: another process takes the schedule at once, not after the lease's 30 s.
    expect(await db.selectFrom('leases').selectAll().execute()).toEqual([]);
    const stopped = bot.lines().filter((l) => l.msg === 'delivery stopped for shutdown');
    expect(stopped.map((l) => l.platform).sort()).toEqual(['discord', 'telegram']);
    expect(stopped.every((l) => (l.givenBack as number) > 0)).toBe(true);
    expect(bot.lines().filter((l) => l.level >= 50)).toEqual([]);
  }, 60_000);
});
