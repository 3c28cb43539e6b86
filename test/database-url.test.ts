import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseUrlError, databaseTarget } from '../src/db/database-url.js';
import { connectDatabase, openConfiguredDatabase } from '../src/db/database.js';

// DATABASE_URL: every accepted form, one rule for relative paths (the project's root), and a
// one-line refusal for the rest that never repeats a password.

const ROOT = '/srv/peer-bot';
const file = (url: string | undefined) => {
  const t = databaseTarget(url, ROOT);
  if (t.kind !== 'sqlite') throw new Error(`not sqlite: ${t.kind}`);
  return t.file;
};
const refusal = (url: string) => {
  try {
    databaseTarget(url, ROOT);
  } catch (err) {
    if (err instanceof DatabaseUrlError) return err.message;
    throw err;
  }
  throw new Error(`${url} was accepted`);
};

describe('DATABASE_URL forms', () => {
  it('empty means data/peer-support.db under the project root', () => {
    expect(databaseTarget(undefined, ROOT)).toEqual({ kind: 'sqlite', file: '/srv/peer-bot/data/peer-support.db', isDefault: true });
    expect(file('  ')).toBe('/srv/peer-bot/data/peer-support.db');
  });

  it('reads plain paths, relative ones from the project root (not the working directory)', () => {
    expect(file('data/bot.db')).toBe('/srv/peer-bot/data/bot.db');
    expect(file('./bot.db')).toBe('/srv/peer-bot/bot.db');
    expect(file('/var/lib/bot/bot.db')).toBe('/var/lib/bot/bot.db');
  });

  it('reads file: URLs by the same rule: file:relative from the root, file:/// absolute', () => {
    expect(file('file:data/bot.db')).toBe('/srv/peer-bot/data/bot.db');
    expect(file('file:///var/lib/bot/bot.db')).toBe('/var/lib/bot/bot.db');
    expect(file('file:/var/lib/bot/bot.db')).toBe('/var/lib/bot/bot.db');
    expect(file('file://localhost/var/lib/bot/bot.db')).toBe('/var/lib/bot/bot.db');
    expect(file('file:///var/lib/my%20bot.db')).toBe('/var/lib/my bot.db');
    expect(file('FILE:data/bot.db')).toBe('/srv/peer-bot/data/bot.db');
  });

  it('reads sqlite: URLs: sqlite:relative from the root, sqlite:/// absolute', () => {
    expect(file('sqlite:data/bot.db')).toBe('/srv/peer-bot/data/bot.db');
    expect(file('sqlite:///var/x.db')).toBe('/var/x.db');
    expect(file('SQLite:///var/x.db')).toBe('/var/x.db');
  });

  it('keeps an in-memory database in memory', () => {
    expect(file(':memory:')).toBe(':memory:');
    expect(file('sqlite::memory:')).toBe(':memory:');
  });

  it('recognises postgres:// and postgresql:// in any case as PostgreSQL', () => {
    for (const url of ['postgres://u:p@db.example/peer', 'postgresql://u:p@db.example:5432/peer', 'POSTGRES://u:p@db.example/peer', 'PostgreSQL://db.example/peer']) {
      expect(databaseTarget(url, ROOT)).toEqual({ kind: 'postgres', url });
    }
  });

  it('refuses other schemes, hosts and options in one line that names the accepted forms and never the password', () => {
    const urls = [
      'mysql://u:s3cret@db.example/peer',
      'pg://u:s3cret@db.example/peer',
      'http://u:s3cret@example.com/bot.db',
      'mongodb+srv://u:s3cret@cluster/peer',
      'sqlite://u:s3cret@db.example/bot.db',
      'file://u:s3cret@fileserver/share/bot.db',
      'file://fileserver/share/bot.db',
      'file:data/bot.db?mode=ro&key=s3cret',
      'postgres:s3cret',
      'file:',
      'data/',
    ];
    for (const url of urls) {
      const message = refusal(url);
      expect(message, url).not.toContain('s3cret');
      expect(message, url).not.toContain('\n');
      expect(message, url).toMatch(/^DATABASE_URL /);
      expect(message, url).toContain('file:///var/lib/bot/bot.db');
    }
    expect(refusal('MYSQL://u:s3cret@h/db')).toContain('starts with mysql:');
  });
});

describe('opening the configured database', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const tmp = () => (dir = mkdtempSync(join(tmpdir(), 'dburl-')));
  const problem = (url: string | undefined, root = dir) => {
    try {
      openConfiguredDatabase(url, root).sqlite.close();
    } catch (err) {
      if (err instanceof DatabaseUrlError) return err.message;
      throw err;
    }
    return undefined;
  };

  it('creates the file when its folder exists', () => {
    tmp();
    mkdirSync(join(dir, 'db'));
    expect(problem('file:db/bot.db')).toBeUndefined();
    expect(existsSync(join(dir, 'db/bot.db'))).toBe(true);
    expect(problem(`sqlite://${dir}/db/other.db`)).toBeUndefined();
    expect(existsSync(join(dir, 'db/other.db'))).toBe(true);
  });

  it('makes the default data/ folder, but no other missing folder', () => {
    tmp();
    expect(problem(undefined)).toBeUndefined();
    expect(existsSync(join(dir, 'data/peer-support.db'))).toBe(true);
    expect(problem('nowhere/deeper/bot.db')).toBe(`DATABASE_URL: the folder ${resolve(dir, 'nowhere/deeper')} does not exist. Create it first, or choose another place.`);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  it('says so when the path is a folder, sits under a file, or cannot be written', () => {
    tmp();
    mkdirSync(join(dir, 'folder'));
    writeFileSync(join(dir, 'plain.txt'), 'x');
    expect(problem('folder')).toMatch(/^DATABASE_URL: .*folder is a folder; name a file inside it/);
    expect(problem('plain.txt/bot.db')).toMatch(/^DATABASE_URL: .*plain\.txt is a file, not a folder\.$/);
    // /proc takes no new files, even for root.
    expect(problem('/proc/peer-support-test.db')).toMatch(/^DATABASE_URL: I can't use \/proc\/peer-support-test\.db \(SQLITE_CANTOPEN\): check that this user can write/);
    writeFileSync(join(dir, 'not-a-db.db'), 'hello, this is not SQLite'.repeat(10));
    expect(problem('not-a-db.db')).toMatch(/^DATABASE_URL: I can't use .*not-a-db\.db \(SQLITE_NOTADB\)/);
  });

  it('answers an unreachable Postgres with one line, never the password, and makes no local file', async () => {
    tmp();
    const err = await connectDatabase('postgres://u:s3cret@127.0.0.1:1/peer', dir).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseUrlError);
    expect((err as Error).message).toBe('DATABASE_URL: nothing answers at 127.0.0.1:1: is PostgreSQL running there, and is the port right?');
    expect((err as Error).message).not.toContain('s3cret');
    expect(existsSync(join(dir, 'postgres:'))).toBe(false);
  });

  it('stops the bot at start with that one line and status 1', async () => {
    tmp();
    const root = resolve(import.meta.dirname, '..');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: 'mysql://u:s3cret@db.example/peer' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(1);
    expect(err).toMatch(/^DATABASE_URL starts with mysql:, which I can't use\. Use a SQLite file path .*\.\n$/);
    expect(err).not.toContain('s3cret');
  });
});
