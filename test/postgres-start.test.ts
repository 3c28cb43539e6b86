import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPostgres } from '../src/db/postgres.js';
import { withDatabase } from './helpers/postgres-server.js';

// `DATABASE_URL=postgres://… npm start`: the real bot, on the real server the run started.
// Runs in the 'postgres' project only (it needs that server).

const root = resolve(import.meta.dirname, '..');

function runBot(url: string, input: string): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: url },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  child.stdin.end(input);
  return new Promise((done) => child.on('close', (code) => done({ code, out, err })));
}

describe('the bot on PostgreSQL', () => {
  const admin = () => openPostgres({ url: inject('pgAdminUrl'), max: 1 }).db;
  const name = `start_${process.pid}`;
  let url: string;
  beforeAll(async () => {
    const db = admin();
    await sql`create database ${sql.id(name)}`.execute(db);
    await db.destroy();
    url = withDatabase(inject('pgAdminUrl'), name);
  });
  afterAll(async () => {
    const db = admin();
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(db);
    await db.destroy();
  });

  it('migrates an empty database and runs the console chat on it; a second start finds the group again', async () => {
    const first = await runBot(url, ['Sam: /setup Europe/London sunday 19:00 Tuesday Parents', 'Alex: /join', 'Alex: #1', 'Alex@dm: /checkin 4 a good week'].join('\n'));
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Tuesday Parents/);
    expect(first.out).toMatch(/\[private → Alex\] bot: .*Thank you for checking in/);
    const second = await runBot(url, 'Alex@dm: /checkin 5\n');
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/Updated your check-in/);
    const db = openPostgres({ url }).db;
    const rows = await db.selectFrom('checkins').select(['mood', 'note']).execute();
    await db.destroy();
    expect(rows).toEqual([{ mood: 5, note: 'a good week' }]);
  });

  it('says in one line, without the password, when the password is wrong or the database is missing', async () => {
    const u = new URL(url);
    u.password = 'wrong-s3cret';
    const wrong = await runBot(u.toString(), '');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(/^DATABASE_URL: the server at 127\.0\.0\.1:\d+ refused the user name or password\.\n$/);
    expect(wrong.err + wrong.out).not.toContain('wrong-s3cret');

    const missing = await runBot(withDatabase(inject('pgAdminUrl'), 'no_such_db'), '');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^DATABASE_URL: the database "no_such_db" does not exist on 127\.0\.0\.1:\d+: create it first \(createdb no_such_db\)\.\n$/);
  });
});
