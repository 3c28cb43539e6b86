import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeTelegram } from './fakes/telegram/index.js';
import { addGroup } from './helpers/schedule-world.js';
import { testDatabase } from './helpers/test-database.js';
import type { Core } from '../src/core/core.js';

// BOT_ROLE=worker on a shared Postgres database: the real process runs the schedule and delivers
// the outbox through the real grammY client, and never takes updates (another process polls).

const root = resolve(import.meta.dirname, '..');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('a worker process (BOT_ROLE=worker)', () => {
  it('posts the prompts that fall due and never polls Telegram', async () => {
    const fake = new FakeTelegram();
    const { apiRoot, token } = await fake.start();
    cleanups.push(() => fake.stop());
    const shared = await testDatabase();
    cleanups.push(() => shared.close());
    // Due two minutes ago, in the groups' zone: posted at start (within the prompt's grace).
    const due = DateTime.now().setZone('Europe/London').minus({ minutes: 2 });
    const core = { db: shared.db } as unknown as Core;
    const chats = Array.from({ length: 12 }, (_, i) => fake.group({ title: `Group ${i}` }));
    for (const chat of chats) await addGroup(core, { platform: 'telegram', chatId: String(chat.id), weekday: due.weekday, time: due.toFormat('HH:mm') });

    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, BOT_ROLE: 'worker', DATABASE_URL: shared.url!, TELEGRAM_BOT_TOKEN: token, TELEGRAM_API_ROOT: apiRoot, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    try {
      await fake.waitFor(() => chats.every((c) => fake.sentTo(c).some((s) => /weekly check-in/.test(s.plain ?? ''))), 30_000, 'every prompt');
      expect(chats.map((c) => fake.sentTo(c).filter((s) => /weekly check-in/.test(s.plain ?? '')).length)).toEqual(chats.map(() => 1));
      expect(fake.countRequests('getUpdates')).toBe(0);
      expect(fake.countRequests('setMyCommands')).toBe(0);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).not.toContain(token);
  }, 60_000);
});
