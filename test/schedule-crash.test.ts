import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../src/core/core.js';
import { seededIds } from '../src/core/ports.js';
import { silentLogger } from '../src/core/core.js';
import { migrateToLatest, openDatabase } from '../src/db/database.js';
import { enqueue } from '../src/core/outbox.js';
import { addGroup } from './helpers/schedule-world.js';
import { countingServer } from './helpers/schedule-server.js';

// Crash safety: 500 groups due, the bot SIGKILLed at the k-th send the platform receives
// (k from a fixed seed, plus the first and the last), restarted, and the platform's count
// checked: every group got its prompt; Telegram at most the one in flight twice; Discord none
// (through the real Discord adapter: its nonce per part with enforce_nonce). Also: killed
// between the platform's answer and the "sent" write, and between the parts of a long message.

const NOW = '2026-11-29T20:00:00.000Z'; // Sunday: London 19:00 was an hour ago
const GROUPS = 500;
const CHILD = resolve(import.meta.dirname, 'helpers/schedule-child.ts');
const children = new Set<ChildProcess>();
const dirs: string[] = [];

afterEach(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  children.clear();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function runChild(env: Record<string, string>): { child: ChildProcess; exited: Promise<{ code: number | null; signal: string | null; out: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, SCHEDULE_NOW: NOW, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const exited = new Promise<{ code: number | null; signal: string | null; out: string }>((r) => child.on('exit', (code, signal) => r({ code, signal, out })));
  return { child, exited };
}

async function seed(platform: 'telegram' | 'discord', n: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'schedule-crash-'));
  dirs.push(dir);
  const file = join(dir, 'bot.db');
  const { db } = openDatabase(file);
  await migrateToLatest(db);
  const core = { db, log: silentLogger, ids: seededIds(1) } as unknown as Core;
  const zones = [
    { timezone: 'Europe/London', weekday: 7, time: '19:00' },
    { timezone: 'America/New_York', weekday: 7, time: '14:00' },
    { timezone: 'Australia/Sydney', weekday: 1, time: '06:00' },
  ];
  for (let i = 0; i < n; i++) await addGroup(core, { platform, chatId: `g${i}`, ...zones[i % zones.length], createdAt: '2026-11-01T00:00:00.000Z' });
  await db.destroy();
  return file;
}

async function outboxStatus(file: string) {
  const { db } = openDatabase(file);
  const rows = await db.selectFrom('outbox').select(['status', 'kind']).execute();
  await db.destroy();
  return rows;
}

/** k values from a fixed seed, with the first and the last send always among them. */
function ks(count: number, seed: number): number[] {
  const rnd = seededIds(seed).random;
  const out = new Set([1, GROUPS]);
  while (out.size < count) out.add(2 + Math.floor(rnd() * (GROUPS - 2)));
  return [...out].sort((a, b) => a - b);
}

async function crashAt(platform: 'telegram' | 'discord', k: number, concurrency: number, how: 'in flight' | 'after the answer' = 'in flight') {
  const file = await seed(platform, GROUPS);
  let victim: ChildProcess | null = null;
  const server = await countingServer({
    onRequest(n) {
      if (how === 'in flight' && n === k && victim) {
        victim.kill('SIGKILL'); // dies with request k in flight, unanswered
        return 'hang';
      }
    },
  });
  try {
    const env: Record<string, string> = { DB_FILE: file, SERVER_URL: server.url, MODE: platform, CONCURRENCY: String(concurrency), RUN: 'once', LEASE_TTL_MS: '600', CLAIM_MS: '600' };
    // Dies once the platform has answered send k, before the worker writes "sent".
    const first = runChild(how === 'after the answer' ? { ...env, DIE_AFTER_ANSWER: String(k) } : env);
    victim = first.child;
    const r1 = await first.exited;
    expect(r1.signal).toBe('SIGKILL');
    const before = server.received.length;
    const second = runChild(env); // restarted normally
    const r2 = await second.exited;
    expect(r2.code, r2.out).toBe(0);
    const perChat = server.perChat();
    const missing = Array.from({ length: GROUPS }, (_, i) => `g${i}`).filter((c) => !perChat.get(c));
    const duplicates = [...perChat.values()].reduce((a, n) => a + n - 1, 0);
    const rows = await outboxStatus(file);
    return { missing, duplicates, before, requests: server.requests, deduped: server.deduped, allSent: rows.every((r) => r.status === 'sent'), prompts: rows.length };
  } finally {
    await server.close();
  }
}

describe('crash during the weekly fan-out', () => {
  it.each(ks(4, 2026))('Telegram, one send at a time: killed at send %i, restarted: all delivered, at most the one in flight twice', async (k) => {
    const r = await crashAt('telegram', k, 1);
    expect(r.missing).toEqual([]);
    expect(r.prompts).toBe(GROUPS);
    expect(r.allSent).toBe(true);
    expect(r.duplicates).toBeLessThanOrEqual(1);
    expect(r.duplicates).toBe(1); // the unanswered one was resent: Telegram has no idempotency key
  }, 60_000);

  it.each([1, ...ks(3, 7).slice(1)])('Discord, four in flight: killed at send %i, restarted: all delivered, no duplicates (nonce)', async (k) => {
    const r = await crashAt('discord', k, 4);
    expect(r.missing).toEqual([]);
    expect(r.allSent).toBe(true);
    expect(r.duplicates).toBe(0);
    expect(r.deduped).toBeGreaterThanOrEqual(1); // the resend happened, and the nonce made it harmless
  }, 60_000);

  it('Discord, killed between the platform\'s answer and the "sent" write: the resend is recognised, no duplicates', async () => {
    const r = await crashAt('discord', 137, 4, 'after the answer');
    expect(r.missing).toEqual([]);
    expect(r.allSent).toBe(true);
    expect(r.duplicates).toBe(0);
    expect(r.deduped).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('Telegram, killed between the platform\'s answer and the "sent" write: that one item is sent twice, nothing else', async () => {
    const r = await crashAt('telegram', 137, 1, 'after the answer');
    expect(r.missing).toEqual([]);
    expect(r.allSent).toBe(true);
    expect(r.duplicates).toBe(1);
  }, 60_000);

  it('Telegram, four in flight: at most the four in flight are sent twice', async () => {
    const r = await crashAt('telegram', 250, 4);
    expect(r.missing).toEqual([]);
    expect(r.duplicates).toBeLessThanOrEqual(4);
  }, 60_000);
});

describe('crash between the parts of a long message', () => {
  const WORDS = ['alpha', 'bravo', 'charlie'];
  const N = 650; // each paragraph is longer than one Discord message; all three need three Telegram messages

  it.each(['discord', 'telegram'] as const)('%s: killed after the first part; after restart the message is completed, no part twice', async (platform) => {
    const file = await seed(platform, 1);
    const { db } = openDatabase(file);
    await enqueue(db, {
      idemKey: 'long:1', groupId: 1, kind: 'long', audience: 'group', reply: { to: 'group', text: WORDS.map((w) => `${w} `.repeat(N).trim()).join('\n\n') },
      notBefore: new Date(Date.parse(NOW) - 60_000), now: new Date(Date.parse(NOW) - 60_000),
    });
    await db.destroy();
    let victim: ChildProcess | null = null;
    const server = await countingServer({
      onRequest(n) {
        if (n === 2 && victim) {
          victim.kill('SIGKILL'); // dies before the second part goes out
          return 'drop';
        }
      },
    });
    try {
      const env = { DB_FILE: file, SERVER_URL: server.url, MODE: platform, REAL_ADAPTER: '1', CONCURRENCY: '1', RUN: 'once', LEASE_TTL_MS: '600', CLAIM_MS: '600' };
      const first = runChild(env);
      victim = first.child;
      expect((await first.exited).signal).toBe('SIGKILL');
      const second = await runChild(env).exited;
      expect(second.code, second.out).toBe(0);
      const parts = server.received.filter((r) => r.chat === 'g0' && WORDS.some((w) => r.text?.includes(w)));
      expect(parts.length).toBeGreaterThanOrEqual(3);
      const count = (w: string) => parts.reduce((a, p) => a + (p.text!.match(new RegExp(`\\b${w}\\b`, 'g'))?.length ?? 0), 0);
      expect(WORDS.map(count)).toEqual([N, N, N]); // every word once: nothing missing, no part twice
      expect((await outboxStatus(file)).every((r) => r.status === 'sent')).toBe(true);
    } finally {
      await server.close();
    }
  }, 60_000);
});
