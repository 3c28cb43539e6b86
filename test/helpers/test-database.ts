import { sql } from 'kysely';
import { inject } from 'vitest';
import { type DB, memoryDatabase } from '../../src/db/database.js';
import { openPostgres } from '../../src/db/postgres.js';
import { withDatabase } from './postgres-server.js';

// The database a test world runs on: SQLite in memory, or (in the 'postgres' project, where
// TEST_DB=postgres) a fresh copy of the migrated template on the real PostgreSQL server.

export const onPostgres = () => process.env.TEST_DB === 'postgres';

let counter = 0;

/** `url`: where another process can open the same database (Postgres only; SQLite here is in memory). */
export async function testDatabase(): Promise<{ db: DB; url?: string; close(): Promise<void> }> {
  if (!onPostgres()) {
    const { db } = await memoryDatabase();
    return { db, close: () => db.destroy() };
  }
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  const admin = openPostgres({ url: adminUrl, max: 1 });
  try {
    await sql`create database ${sql.id(name)} template ${sql.id(inject('pgTemplate'))}`.execute(admin.db);
  } finally {
    await admin.db.destroy();
  }
  const url = withDatabase(adminUrl, name);
  const { db } = openPostgres({ url, max: 4 });
  return {
    db,
    url,
    close: async () => {
      await db.destroy();
      const a = openPostgres({ url: adminUrl, max: 1 });
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(a.db);
      await a.db.destroy();
    },
  };
}
