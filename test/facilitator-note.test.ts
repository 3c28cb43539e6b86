import { describe, expect, it } from 'vitest';
import { checkinPeriod } from '../src/core/periods.js';
import { queueFacilitatorNotes } from '../src/jobs/facilitator-note.js';
import { actor } from './helpers/act.js';
import { testWorld } from './helpers/core.js';

describe("the facilitators' weekly note", () => {
  it('does not count weeks away as quiet', async () => {
    const world = await testWorld('2026-11-02T10:00:00Z');
    const act = actor(world, { admins: ['Sam'] });
    await act.groupWith('Sam', ['Sam', 'Ann', 'Bea']);
    await act.command('Sam', '/settings notes on');
    await act.command('Bea', '/away 3'); // back on 23 Nov, after three weeks away
    world.clock.set(new Date('2026-12-01T10:00:00Z')); // Ann: four weeks quiet, twice the threshold; Bea: one week since her break
    await act.command('Sam', '/agreement');
    await queueFacilitatorNotes(world.core, (await world.core.db.selectFrom('groups').selectAll().executeTakeFirstOrThrow()), '2026-W47', world.clock.now());
    const note = await world.core.db.selectFrom('outbox').select('payload').where('kind', '=', 'facilitator_weekly').executeTakeFirstOrThrow();
    const text = JSON.parse(note.payload).text as string;
    expect(text).toMatch(/Quiet for a while: \*\*Ann\*\*\./);
    expect(text).not.toMatch(/Bea/);
    await world.close();
  });

  it('names a quiet member only after twice the threshold, and never names a private check-in', async () => {
    const world = await testWorld('2026-11-02T10:00:00Z');
    const act = actor(world, { admins: ['Sam'] });
    await act.groupWith('Sam', ['Sam', 'Ann', 'Bea', 'Cy']);
    await act.command('Sam', '/settings notes on');
    const group = () => world.core.db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();
    const noteFor = async () => {
      const week = checkinPeriod(await group(), world.clock.now());
      await queueFacilitatorNotes(world.core, await group(), week, world.clock.now());
      const row = await world.core.db.selectFrom('outbox').select('payload').where('idem_key', 'like', `facilitator_weekly:%:${week}:%`).executeTakeFirstOrThrow();
      return JSON.parse(row.payload).text as string;
    };
    // Three weeks on (threshold 2): Ann has had her own gentle word, but is not named yet.
    world.clock.set(new Date('2026-11-23T10:00:00Z'));
    await act.command('Bea', '/checkin 2 a private note', 'dm');
    await act.command('Cy', '/checkin 4', 'group');
    await act.command('Sam', '/agreement');
    const early = await noteFor();
    expect(early).not.toMatch(/Ann/);
    expect(early).not.toMatch(/Bea/);
    expect(early).toMatch(/\*\*Cy\*\*, and 1 person privately/);
    // Over four weeks quiet: now her name reaches the facilitators who asked for notes.
    world.clock.set(new Date('2026-12-01T10:00:00Z'));
    await act.command('Bea', '/checkin 3', 'dm');
    await act.command('Cy', '/checkin 3', 'dm');
    await act.command('Sam', '/agreement');
    expect(await noteFor()).toMatch(/Quiet for a while: \*\*Ann\*\*\./);
    await world.close();
  });
});
