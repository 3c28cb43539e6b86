import { resolve } from 'node:path';
import { commands } from '../../commands/index.js';
import type { App } from '../../commands/dispatch.js';
import { type Core, type Logger, silentLogger } from '../../src/core/core.js';
import { FixedClock, seededIds } from '../../src/core/ports.js';
import { loadHelplines } from '../../src/core/support.js';
import { memoryDatabase } from '../../src/db/database.js';

export const helplines = loadHelplines(resolve(import.meta.dirname, '../../data/helplines.json'));

export interface TestWorld {
  core: Core;
  app: App;
  clock: FixedClock;
  close(): Promise<void>;
}

/** A real in-memory SQLite database with every migration, a fixed clock and seeded ids. */
export async function testWorld(start = '2026-11-23T10:00:00Z', log: Logger = silentLogger): Promise<TestWorld> {
  const { db } = await memoryDatabase();
  const clock = new FixedClock(new Date(start));
  const core: Core = { db, clock, ids: seededIds(7), log, helplines };
  return { core, app: { core, commands }, clock, close: () => db.destroy() };
}

/** Every row of every table, for "nothing changed" assertions. */
export async function snapshot(core: Core): Promise<Record<string, unknown[]>> {
  const { sql } = await import('kysely');
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name`.execute(core.db);
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables.rows) {
    out[name] = (await sql.raw(`select * from "${name}" order by rowid`).execute(core.db)).rows;
  }
  return out;
}
