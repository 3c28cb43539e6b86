import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dueForCheckIn, missedMembers, queueNudges } from '../src/core/absence.js';
import { actor } from './helpers/act.js';
import { type TestWorld, testWorld } from './helpers/core.js';

describe('the scan for members who have gone quiet, across every group at once', () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await testWorld('2026-11-02T10:00:00Z');
    const act = actor(world, { admins: ['Sam'] });
    await act.groupWith('Sam', ['Ann', 'Bea', 'Cal', 'Dee']);
    // Three weeks on: Bea spoke up, Cal is away, Ann and Dee have been quiet.
    world.clock.set(new Date('2026-11-23T10:00:00Z'));
    await act.command('Bea', '/agreement');
    await act.command('Cal', '/away 2');
  });
  afterEach(() => world.close());

  const names = async () => (await dueForCheckIn(world.core.db, world.clock.now())).map((d) => d.name).sort();

  it('finds the quiet members, not those seen lately or away', async () => {
    expect(await names()).toEqual(['Ann', 'Dee']);
  });

  it('agrees with the per-group view, and leaves out whoever was already told in this quiet spell', async () => {
    const group = (await world.core.db.selectFrom('groups').selectAll().executeTakeFirstOrThrow());
    expect((await missedMembers(world.core, group, world.clock.now())).map((m) => m.name).sort()).toEqual(await names());
    await queueNudges(world.core, group, world.clock.now());
    expect(await names()).toEqual([]);
  });

  it('brings someone up again for facilitators after twice the threshold', async () => {
    const group = (await world.core.db.selectFrom('groups').selectAll().executeTakeFirstOrThrow());
    await queueNudges(world.core, group, world.clock.now());
    world.clock.advance(2 * 7 * 86400e3);
    const due = await dueForCheckIn(world.core.db, world.clock.now());
    expect(due.filter((d) => d.name === 'Ann').map((d) => [d.nudge, d.tellFacilitators])).toEqual([[false, true]]);
  });
});
