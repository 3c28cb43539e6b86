import { resolve } from 'node:path';
import { commands } from '../../commands/index.js';
import type { App } from '../../commands/dispatch.js';
import { type Core, type Logger, silentLogger } from '../../src/core/core.js';
import { FixedClock, seededIds } from '../../src/core/ports.js';
import { loadHelplines } from '../../src/core/support.js';
import { testDatabase } from './test-database.js';

export const helplines = loadHelplines(resolve(import.meta.dirname, '../../data/helplines.json'));

export interface TestWorld {
  core: Core;
  app: App;
  clock: FixedClock;
  close(): Promise<void>;
}

/** A real database with every migration (SQLite in memory, or Postgres in that project), a fixed clock and seeded ids. */
export async function testWorld(start = '2026-11-23T10:00:00Z', log: Logger = silentLogger): Promise<TestWorld> {
  const { db, close } = await testDatabase();
  const clock = new FixedClock(new Date(start));
  const core: Core = { db, clock, ids: seededIds(7), log, helplines };
  return { core, app: { core, commands }, clock, close };
}

/** Every row of every table, for "nothing changed" assertions (SQLite or Postgres). */
export async function snapshot(core: Core): Promise<Record<string, unknown[]>> {
  const tables = (await core.db.introspection.getTables()).filter((t) => !t.isView).sort((a, b) => a.name.localeCompare(b.name));
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    const key = t.columns.some((c) => c.name === 'id') ? 'id' : t.columns[0].name;
    out[t.name] = await (core.db as any).selectFrom(t.name).selectAll().orderBy(key).execute();
  }
  return out;
}
