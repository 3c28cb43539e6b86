import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, type Migration, type MigrationProvider } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Database } from './schema.js';
import { migrations } from './migrations/index.js';
import { PatientSqliteDialect } from './sqlite-driver.js';

export type DB = Kysely<Database>;

/**
 * `DATABASE_URL` may be a path, a `file:` URL, or `:memory:`; empty means `data/peer-support.db`
 * under the project's root (main.ts knows where that is, bundled or not).
 */
export function sqliteFileFrom(url: string | undefined, projectRoot: string): string {
  if (!url) return resolve(projectRoot, 'data/peer-support.db');
  if (url === ':memory:') return url;
  if (url.startsWith('file:')) {
    const path = url.replace(/^file:(\/\/)?/, '');
    return resolve(projectRoot, path);
  }
  return resolve(url);
}

export interface OpenedDatabase {
  db: DB;
  sqlite: BetterSqlite3.Database;
}

export function openDatabase(file: string = ':memory:'): OpenedDatabase {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
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
