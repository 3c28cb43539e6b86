import { afterEach, describe, expect, it } from 'vitest';
import { DiscordBed } from './helpers/discord-harness.js';
import { TelegramTest } from './helpers/telegram-harness.js';

// What each adapter tells the health check, from the real clients against the fakes: grammY's
// polling (running, its last poll answered, not stopped by 409/401) and discord.js's shards.

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('Telegram health', () => {
  it('polling; a poll that fails is not connected until the next one answers; stopped', async () => {
    const t = await TelegramTest.start();
    cleanups.push(() => t.stop());
    expect(t.adapter.health()).toEqual({ connected: true, state: 'polling' });
    t.fake.failNext('getUpdates', { status: 502, html: true });
    const kim = t.fake.user({ first_name: 'Kim' });
    // The poll in progress fails (an nginx 502 page: an HttpError, which auto-retry retries
    // within the same call after a pause; the adapter still sees the attempt fail).
    t.fake.userSends(kim, kim.id, '/help');
    const seen = new Set<string>();
    for (let i = 0; i < 800 && !(seen.has('polling failing') && t.adapter.health().state === 'polling'); i++) {
      seen.add(t.adapter.health().state);
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(seen).toContain('polling failing');
    expect(t.adapter.health()).toEqual({ connected: true, state: 'polling' });
    await t.adapter.stop();
    expect(t.adapter.health()).toEqual({ connected: false, state: 'stopped' });
  }, 20_000);

  it('another process polling the token (409) stops it for good', async () => {
    const t = await TelegramTest.start({ adapter: { onFatal: () => {} } });
    cleanups.push(() => t.stop());
    t.fake.failNext('getUpdates', { status: 409, description: 'Conflict: terminated by other getUpdates request' });
    const kim = t.fake.user({ first_name: 'Kim' });
    t.fake.userSends(kim, kim.id, '/help');
    for (let i = 0; i < 300 && t.adapter.health().connected; i++) await new Promise((r) => setTimeout(r, 10));
    expect(t.adapter.health()).toEqual({ connected: false, state: 'stopped: another process polls this token (409)' });
  });
});

describe('Discord health', () => {
  it('ready; not connected while the gateway connection is lost and resuming; ready again; stopped', async () => {
    const bed = new DiscordBed();
    await bed.start();
    cleanups.push(() => bed.stop());
    expect(bed.adapter.health()).toEqual({ connected: true, state: 'ready' });
    bed.fake.gateway.dropConnections();
    const seen: string[] = [];
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
      const h = bed.adapter.health();
      if (seen.at(-1) !== h.state) seen.push(h.state);
      if (seen.length > 1 && h.connected) break;
      await new Promise((r) => setTimeout(r, 1));
    }
    expect(seen[0]).toBe('ready');
    expect(seen.slice(1, -1).length).toBeGreaterThan(0);
    expect(seen.slice(1, -1).every((s) => s.startsWith('gateway '))).toBe(true);
    expect(seen.at(-1)).toBe('ready');
    await bed.adapter.stop();
    expect(bed.adapter.health()).toEqual({ connected: false, state: 'stopped' });
  });
});
