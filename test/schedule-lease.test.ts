import { onPostgres, testDatabase } from './helpers/test-database.js';
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../src/core/core.js';
import { silentLogger } from '../src/core/core.js';
import { FixedClock, seededIds } from '../src/core/ports.js';
import { memoryDatabase, migrateToLatest, openDatabase } from '../src/db/database.js';
import { Lease } from '../src/jobs/lease.js';
import { addGroup } from './helpers/schedule-world.js';
import { countingServer } from './helpers/schedule-server.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';

// Exactly one process runs the schedule: a lease row, renewed while alive, taken over once expired.

describe('the lease, on a fixed clock', () => {
  it('one holder at a time; renewals keep it; another takes over only after expiry', async () => {
    const { db } = await memoryDatabase();
    const clock = new FixedClock(new Date('2026-11-29T19:00:00Z'));
    const a = new Lease(db, { holder: 'a', ttlMs: 30_000, clock });
    const b = new Lease(db, { holder: 'b', ttlMs: 30_000, clock });
    expect(await a.acquire()).toBe(true);
    expect(await b.acquire()).toBe(false);
    clock.advance(20_000);
    expect(await a.acquire()).toBe(true); // renewed: 30 s from now
    clock.advance(20_000);
    expect(await b.acquire()).toBe(false);
    expect(a.held).toBe(true);
    clock.advance(10_001); // a stopped renewing: expired
    expect(a.held).toBe(false); // a stopped acting before the row expired
    expect(await b.acquire()).toBe(true);
    expect(await a.acquire()).toBe(false);
    expect((await b.current())!.epoch).toBe(2);
    await b.release();
    expect(await a.acquire()).toBe(true); // a clean release hands over at once
    await db.destroy();
  });
});

const CHILD = resolve(import.meta.dirname, 'helpers/schedule-child.ts');
const NOW = '2026-11-29T20:00:00.000Z';
const children: ChildProcess[] = [];
let dir = '';
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

function serve(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, SCHEDULE_NOW: NOW, RUN: 'serve', TICK_MS: '100', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const events: { pid: number; outcome?: string; at: number }[] = [];
  let buf = '';
  child.stdout!.on('data', (c) => {
    buf += c;
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      try {
        events.push({ ...JSON.parse(line), at: Date.now() });
      } catch {
        /* not ours */
      }
    }
  });
  return { child, events };
}

async function until(cond: () => boolean | Promise<boolean>, ms: number, what: string) {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('two processes on one database (a SQLite file, or one Postgres database)', () => {
  it('one schedule, no duplicates; kill the holder and the other takes over within the lease time', async () => {
    const TTL = 1000;
    dir = mkdtempSync(join(tmpdir(), 'schedule-lease-'));
    const file = join(dir, 'bot.db');
    const shared = onPostgres() ? await testDatabase() : null;
    const opened = shared ? { db: shared.db } : openDatabase(file);
    if (!shared) await migrateToLatest(opened.db);
    const core = { db: opened.db, log: silentLogger, ids: seededIds(1) } as unknown as Core;
    for (let i = 0; i < 20; i++) await addGroup(core, { platform: 'telegram', chatId: `a${i}`, createdAt: '2026-11-01T00:00:00.000Z' });
    const server = await countingServer();
    try {
      const env = { ...(shared ? { DATABASE_URL: shared.url! } : { DB_FILE: file }), SERVER_URL: server.url, MODE: 'telegram', LEASE_TTL_MS: String(TTL), CLAIM_MS: String(TTL) };
      const p1 = serve(env);
      const p2 = serve(env);
      await until(() => server.received.length >= 20, 15_000, 'the first 20 prompts');
      await new Promise((r) => setTimeout(r, 3 * TTL)); // both alive for a while: still only one schedule
      expect(server.received.length).toBe(20);
      expect(new Set(server.received.map((r) => r.pid)).size).toBe(1);
      const holderPid = server.received[0].pid;
      const [holder, standby] = p1.child.pid === holderPid ? [p1, p2] : [p2, p1];
      expect(standby.events.filter((e) => e.outcome === 'acquired')).toEqual([]);

      // Kill the holder. New groups fall due; the other process must take over and post them.
      const killedAt = Date.now();
      holder.child.kill('SIGKILL');
      for (let i = 0; i < 20; i++) await addGroup(core, { platform: 'telegram', chatId: `b${i}`, createdAt: '2026-11-01T00:00:00.000Z' });
      await until(() => standby.events.some((e) => e.outcome === 'acquired'), 10_000, 'the takeover');
      const took = standby.events.find((e) => e.outcome === 'acquired')!.at - killedAt;
      // The row expires at most TTL after the holder's last renewal; the standby looks every TTL/3.
      expect(took).toBeLessThanOrEqual(TTL + TTL / 3 + 300);
      await until(() => server.received.length >= 40, 15_000, 'the next 20 prompts');
      await new Promise((r) => setTimeout(r, 500));
      const perChat = server.perChat();
      expect(perChat.size).toBe(40);
      expect([...perChat.values()].every((n) => n === 1)).toBe(true);
      expect(new Set(server.received.filter((r) => r.chat.startsWith('b')).map((r) => r.pid))).toEqual(new Set([standby.child.pid]));
      console.log(`lease takeover ${took} ms after SIGKILL (ttl ${TTL} ms)`);
    } finally {
      await server.close();
      await (shared ? shared.close() : opened.db.destroy());
    }
  }, 60_000);
});
