import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, type Migration, type MigrationProvider, sql } from 'kysely';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Database } from './schema.js';
import { migrations } from './migrations/index.js';
import { PatientSqliteDialect } from './sqlite-driver.js';
import { DatabaseUrlError, databaseTarget } from './database-url.js';
import { openPostgres, postgresProblem } from './postgres.js';

export { DatabaseUrlError } from './database-url.js';

export type DB = Kysely<Database>;

export interface OpenedDatabase {
  db: DB;
  sqlite: BetterSqlite3.Database;
}

/**
 * Open the database DATABASE_URL names, check that it answers, and bring it to the latest
 * migration. Every failure is one DatabaseUrlError line for the operator (never a password).
 */
export async function connectDatabase(url: string | undefined, projectRoot: string): Promise<DB> {
  const target = databaseTarget(url, projectRoot);
  if (target.kind === 'postgres') {
    const { db } = openPostgres({ url: target.url });
    try {
      await sql`select 1`.execute(db);
    } catch (err) {
      await db.destroy().catch(() => {});
      throw new DatabaseUrlError(postgresProblem(target.url, err));
    }
    await migrateToLatest(db);
    return db;
  }
  const { db } = openConfiguredDatabase(url, projectRoot);
  await migrateToLatest(db);
  return db;
}

/**
 * The database DATABASE_URL names (see database-url.ts for the forms). Throws DatabaseUrlError,
 * one line for the operator, when it names something we can't use or a file we can't open.
 */
export function openConfiguredDatabase(url: string | undefined, projectRoot: string): OpenedDatabase {
  const target = databaseTarget(url, projectRoot);
  if (target.kind === 'postgres') throw new DatabaseUrlError('DATABASE_URL names PostgreSQL: open it with connectDatabase.');
  const { file } = target;
  if (file === ':memory:') return openDatabase(file);
  const folder = dirname(file);
  if (!existsSync(folder)) {
    // Only the default data/ folder is made for you; a typo elsewhere should not grow a tree.
    if (!target.isDefault) throw new DatabaseUrlError(`DATABASE_URL: the folder ${folder} does not exist. Create it first, or choose another place.`);
    mkdirSync(folder);
  }
  if (!statSync(folder).isDirectory()) throw new DatabaseUrlError(`DATABASE_URL: ${folder} is a file, not a folder.`);
  if (existsSync(file) && statSync(file).isDirectory()) throw new DatabaseUrlError(`DATABASE_URL: ${file} is a folder; name a file inside it, like ${join(file, 'bot.db')}.`);
  let opened: OpenedDatabase | undefined;
  try {
    opened = openDatabase(file);
    if (opened.sqlite.readonly) throw Object.assign(new Error('read-only'), { code: 'SQLITE_READONLY' });
    return opened;
  } catch (err) {
    opened?.sqlite.close();
    const code = (err as { code?: unknown }).code ?? (err as Error).name;
    throw new DatabaseUrlError(`DATABASE_URL: I can't use ${file} (${String(code)}): check that this user can write to it and to its folder, and that it is a SQLite database.`);
  }
}

export function openDatabase(file: string = ':memory:'): OpenedDatabase {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Short: a lock held by another process is waited for asynchronously (sqlite-driver.ts).
  sqlite.pragma('busy_timeout = 50');
  sqlite.pragma('synchronous = NORMAL');
  // Erased rows are overwritten on disk, not merely unlinked (/forgetme means it).
  sqlite.pragma('secure_delete = ON');
  const db = new Kysely<Database>({ dialect: new PatientSqliteDialect({ database: withStatementCache(sqlite) }, sqlite) });
  return { db, sqlite };
}

/**
 * Kysely prepares every statement afresh; preparing costs more than running a small indexed
 * query. Reusing prepared statements by their SQL text keeps hot paths (check-ins, lookups) fast.
 */
function withStatementCache(sqlite: BetterSqlite3.Database, max = 1000) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (!stmt) {
        if (cache.size >= max) cache.clear();
        stmt = sqlite.prepare(sql);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

class ListedMigrations implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: new ListedMigrations() });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${String(error)}`);
  }
}

/** A fresh in-memory database with every migration applied: what the tests use. */
export async function memoryDatabase(): Promise<OpenedDatabase> {
  const opened = openDatabase(':memory:');
  await migrateToLatest(opened.db);
  return opened;
}
