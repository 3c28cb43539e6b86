import BetterSqlite3 from 'better-sqlite3';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { type Incoming, handle } from '../commands/dispatch.js';
import type { Core, Logger } from '../src/core/core.js';
import { setupGroup } from '../src/core/groups.js';
import { acceptAgreement, ensurePerson } from '../src/core/members.js';
import { FixedClock, seededIds } from '../src/core/ports.js';
import { migrateToLatest, openDatabase } from '../src/db/database.js';
import { helplines } from './helpers/core.js';

// Two bot processes on one SQLite file: no command is lost to a busy database, and a lock held
// elsewhere never freezes the process (better-sqlite3 waits synchronously).

const CHILD = resolve(import.meta.dirname, 'helpers/busy-child.ts');
const NOW = '2026-11-25T10:00:00Z';
const CHAT = 'busy-group';
const children: ChildProcess[] = [];
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const f of cleanups.splice(0).reverse()) await f();
});

async function fileWorld(members: number, log: Logger = { debug() {}, info() {}, warn() {}, error() {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'busy-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'bot.db');
  const { db } = openDatabase(file);
  cleanups.push(() => db.destroy());
  await migrateToLatest(db);
  const core: Core = { db, clock: new FixedClock(new Date(NOW)), ids: seededIds(3), log, helplines };
  const { group } = await setupGroup(core, 'console', CHAT, 'Busy', { timezone: 'Europe/London', weekday: 'sunday', time: '19:00', name: 'Busy group' });
  // Joining is its own transaction (it also opens the membership's history).
  for (let i = 0; i < members; i++) {
    const p = await ensurePerson(core, 'console', `busy-p${i}`, `Person ${i}`);
    await acceptAgreement(core, group.id, p.id, 1);
  }
  return { file, core, group };
}

function child(env: Record<string, string>) {
  const c = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NOW, CHAT, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(c);
  const lines: string[] = [];
  let buf = '';
  const waiters: (() => void)[] = [];
  c.stdout!.on('data', (chunk) => {
    buf += chunk;
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      lines.push(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
    for (const w of waiters.splice(0)) w();
  });
  const line = (n: number) =>
    new Promise<string>((res, rej) => {
      const check = () => (lines.length > n ? res(lines[n]) : c.exitCode !== null ? rej(new Error(`child exited ${c.exitCode}`)) : waiters.push(check));
      c.once('exit', () => waiters.forEach((w) => w()));
      check();
    });
  return { c, line };
}

describe('two processes on one SQLite file', () => {
  it('run 1,500 check-ins each at once: every one answered for real and saved, none waits over a second', { timeout: 60_000 }, async () => {
    const per = 1500;
    const { file, core, group } = await fileWorld(2 * per);
    const a = child({ DB_FILE: file, FROM: '0', COUNT: String(per) });
    const b = child({ DB_FILE: file, FROM: String(per), COUNT: String(per) });
    expect([await a.line(0), await b.line(0)]).toEqual(['ready', 'ready']);
    a.c.stdin!.write('go\n');
    b.c.stdin!.write('go\n');
    const results = [JSON.parse(await a.line(1)), JSON.parse(await b.line(1))];
    for (const r of results) {
      expect(r).toMatchObject({ commands: per, wrongCount: 0, errors: [] });
      expect(r.maxMs).toBeLessThan(1500);
    }
    const saved = await core.db.selectFrom('checkins').select((eb) => eb.fn.countAll<number>().as('n')).where('group_id', '=', group.id).executeTakeFirstOrThrow();
    expect(Number(saved.n)).toBe(2 * per);
  });
});

describe('a write lock held by another process', () => {
  const incoming: Incoming = { platform: 'console', chatId: CHAT, inPrivateChat: false, seenByGroup: true, user: { id: 'busy-p0', name: 'Person 0' }, isChatAdmin: false, botName: 'bot' };
  const checkin = { kind: 'command', name: 'checkin', text: '4' } as const;

  function holdWriteLock(file: string) {
    const other = new BetterSqlite3(file);
    other.exec('begin immediate');
    const release = () => {
      if (other.inTransaction) other.exec('rollback');
      if (other.open) other.close();
    };
    cleanups.push(release);
    return release;
  }

  /** The longest the event loop went without running a 5 ms timer while `run` ran. */
  async function longestStall<T>(run: () => Promise<T>): Promise<{ result: T; stallMs: number; tookMs: number }> {
    let last = performance.now();
    let stallMs = 0;
    const tick = setInterval(() => {
      const now = performance.now();
      stallMs = Math.max(stallMs, now - last);
      last = now;
    }, 5);
    const t0 = performance.now();
    try {
      const result = await run();
      stallMs = Math.max(stallMs, performance.now() - last);
      return { result, stallMs, tookMs: performance.now() - t0 };
    } finally {
      clearInterval(tick);
    }
  }

  it('does not freeze the bot: a command gives up within a second with a kind "try again", logging the code', async () => {
    const logged: Record<string, unknown>[] = [];
    const { file, core } = await fileWorld(1, { debug() {}, info() {}, warn() {}, error: (o: Record<string, unknown>) => logged.push(o) });
    const app = { core, commands };
    const release = holdWriteLock(file);
    const { result, stallMs, tookMs } = await longestStall(() => handle(app, incoming, checkin));
    expect(result.map((r) => r.text).join(' ')).toMatch(/try again in a moment/);
    expect(tookMs).toBeLessThan(1500);
    expect(stallMs).toBeLessThan(400); // the old 5 s busy_timeout blocked the whole process
    expect(logged).toHaveLength(1);
    expect(logged[0].err).toMatchObject({ code: 'SQLITE_BUSY' });
    release();
    const after = await handle(app, incoming, checkin);
    expect(after[0].text).toMatch(/^Thank you for checking in/);
  });

  it('waits a moment for a lock that is soon released, and the command goes through', async () => {
    const { file, core } = await fileWorld(1);
    const release = holdWriteLock(file);
    // Released on the next timer turn: due long before the retries run out (they are timers too).
    setTimeout(release, 20);
    const { result, stallMs } = await longestStall(() => handle({ core, commands }, incoming, checkin));
    expect(result[0].text).toMatch(/^Thank you for checking in/);
    expect(stallMs).toBeLessThan(400);
  });
});
