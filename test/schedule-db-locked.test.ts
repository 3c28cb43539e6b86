import BetterSqlite3 from 'better-sqlite3';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../src/core/core.js';
import { silentLogger } from '../src/core/core.js';
import { seededIds } from '../src/core/ports.js';
import { migrateToLatest, openDatabase } from '../src/db/database.js';
import { addGroup } from './helpers/schedule-world.js';
import { countingServer } from './helpers/schedule-server.js';

// Another process holds the database's write lock (BEGIN IMMEDIATE) for several seconds while
// posts are due. The bot (a real schedule process on the same file) meets SQLITE_BUSY on its
// claims and its "sent" writes: it stays up, records what it already sent, and sends the rest
// once the lock is gone, each exactly once.

const NOW = '2026-11-29T20:00:00.000Z'; // Sunday: London 19:00 was an hour ago
const GROUPS = 12;
const CHILD = resolve(import.meta.dirname, 'helpers/schedule-child.ts');
let child: ChildProcess | undefined;
let dir: string | undefined;
let lock: BetterSqlite3.Database | undefined;

afterEach(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (lock?.inTransaction) lock.exec('ROLLBACK');
  lock?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const until = async (what: string, ok: () => boolean, ms = 30_000) => {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (child && child.exitCode !== null) throw new Error(`the bot exited (status ${child.exitCode}) while waiting for ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('the database locked by another process', () => {
  it('the bot stays up through SQLITE_BUSY and sends everything once the lock is released, nothing twice', async () => {
    dir = mkdtempSync(join(tmpdir(), 'db-locked-'));
    const file = join(dir, 'bot.db');
    const seeded = openDatabase(file);
    await migrateToLatest(seeded.db);
    const core = { db: seeded.db, log: silentLogger, ids: seededIds(1) } as unknown as Core;
    for (let i = 0; i < GROUPS; i++) await addGroup(core, { platform: 'telegram', chatId: `g${i}`, createdAt: '2026-11-01T00:00:00.000Z' });
    await seeded.db.destroy();

    lock = new BetterSqlite3(file);
    let lockedAt = 0;
    // The first send reaches the platform, and at that moment another process takes the write lock.
    const server = await countingServer({
      onRequest(n) {
        if (n === 1) {
          lock!.exec('BEGIN IMMEDIATE');
          lockedAt = Date.now();
        }
      },
    });
    try {
      child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, SCHEDULE_NOW: NOW, DB_FILE: file, SERVER_URL: server.url, MODE: 'telegram', RUN: 'serve', BUSY_MS: '100', CONCURRENCY: '1', UPDATE_EVERY_MS: '30' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout!.on('data', (c) => (out += c));
      child.stderr!.on('data', (c) => (out += c));
      const busy = () => out.split('\n').filter((l) => l.includes('SQLITE_BUSY')).length;

      await until('the lock', () => lockedAt > 0);
      // Held for several seconds, and until the bot has met the lock again and again.
      await until('the bot to meet the lock', () => busy() >= 5 && Date.now() - lockedAt >= 3000).catch((e) => { throw new Error(`${e.message}\n${out}`); });
      expect(child.exitCode, out).toBeNull();
      expect(server.received.length).toBe(1); // nothing more could be claimed meanwhile
      lock.exec('COMMIT');

      await until('every group to get its prompt', () => server.perChat().size === GROUPS);
      const check = new BetterSqlite3(file, { readonly: true });
      await until('every item recorded as sent', () => (check.prepare(`select count(*) as n from outbox where status = 'sent'`).get() as { n: number }).n === GROUPS);
      check.close();
      expect(child.exitCode, out).toBeNull(); // still up
      expect([...server.perChat().values()].every((n) => n === 1)).toBe(true); // the first one, sent before the lock, was not sent again
      expect(out).not.toMatch(/Tuesday Parents|How has/); // logs carry types and codes, never content
    } finally {
      await server.close();
    }
  }, 90_000);
});
