import { describe, expect, it } from 'vitest';
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
    world.clock.set(new Date('2026-11-24T10:00:00Z'));
    await act.command('Sam', '/agreement');
    await queueFacilitatorNotes(world.core, (await world.core.db.selectFrom('groups').selectAll().executeTakeFirstOrThrow()), '2026-W47', world.clock.now());
    const note = await world.core.db.selectFrom('outbox').select('payload').where('kind', '=', 'facilitator_weekly').executeTakeFirstOrThrow();
    const text = JSON.parse(note.payload).text as string;
    expect(text).toMatch(/Quiet for a while: \*\*Ann\*\*\./);
    expect(text).not.toMatch(/Bea/);
    await world.close();
  });
});
