import { afterEach, describe, expect, it } from 'vitest';
import { COPY_ORDER, copyDatabase } from '../src/db/copy.js';
import { actor, textOf } from './helpers/act.js';
import { type TestWorld, snapshot, testWorld } from './helpers/core.js';
import { testDatabase } from './helpers/test-database.js';
import { memoryDatabase } from '../src/db/database.js';

describe('npm run copy-db: moving a group’s data to another database', () => {
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of closers.splice(0)) await c();
  });

  it('lists every table of the schema, parents before children', async () => {
    const { db } = await memoryDatabase();
    closers.push(() => db.destroy());
    const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
    expect([...COPY_ORDER].sort()).toEqual(tables);
  });

  it('copies every row, and the copy keeps working: new ids follow the copied ones', async () => {
    // The source: SQLite, as every deployment starts.
    const { db: source } = await memoryDatabase();
    closers.push(() => source.destroy());
    const world: TestWorld = await testWorld('2026-11-23T10:00:00Z');
    closers.push(() => world.close());
    const from = { ...world, core: { ...world.core, db: source }, app: { ...world.app, core: { ...world.core, db: source } } };
    const act = actor(from, { admins: ['Sam'] });
    await act.groupWith('Sam', ['Alex', 'Bo']);
    await act.command('Alex', '/checkin 4 a note of mine', 'dm');
    await act.command('Bo', '/tip #sleep white noise helps', 'group');
    const before = await snapshot(from.core);

    // The target: this project's database (Postgres in the postgres project), migrated and empty.
    const target = await testDatabase();
    closers.push(() => target.close());
    const counts = await copyDatabase(source, target.db);
    expect(counts.members).toBe(before.members.length);
    expect(counts.checkins).toBe(1);
    const to = { ...world, core: { ...world.core, db: target.db }, app: { ...world.app, core: { ...world.core, db: target.db } } };
    expect(await snapshot(to.core)).toEqual(before);

    // Life goes on in the copy: a new member joins and checks in.
    const after = actor(to, { admins: ['Sam'] });
    await after.choose('Cy', 'join:accept:1', 'group');
    expect(textOf(await after.command('Cy', '/checkin 3', 'dm'))).toMatch(/checking in/i);
    const ids = (await target.db.selectFrom('members').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(ids).toHaveLength(before.members.length + 1);
    expect(new Set(ids).size).toBe(ids.length);

    // Copying twice into the same database is refused, not doubled.
    await expect(copyDatabase(source, target.db)).rejects.toThrow(/already has rows/);
  });
});
