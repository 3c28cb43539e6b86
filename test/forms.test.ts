import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CustomIds } from '../src/adapters/discord/custom-ids.js';
import { signingKeys } from '../src/core/signing.js';
import { actor } from './helpers/act.js';
import { type TestWorld, testWorld } from './helpers/core.js';
import { DiscordBed } from './helpers/discord-harness.js';

// A whole form (a Discord modal) is checked before it runs: everything to fix is said at once,
// and the form comes back with the good answers kept.

describe('a submitted form', () => {
  let world: TestWorld;
  beforeEach(async () => {
    world = await testWorld();
  });
  afterEach(() => world.close());

  it('says everything to fix at once, keeps the good answers, and stores nothing', async () => {
    const act = actor(world, { admins: ['Sam'] });
    const replies = await act.form('Sam', 'setup:form', { timezone: 'Mars/Olympus', day: 'sunday', time: 'teatime', name: 'Parents' });
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toMatch(/A few things to fix:\n• I don't know the time zone[\s\S]*\n• "teatime" isn't a time/);
    expect(replies[0].form?.fields.map((f) => [f.id, f.value])).toEqual([['timezone', undefined], ['day', 'sunday'], ['time', undefined], ['name', 'Parents']]);
    expect(await world.core.db.selectFrom('groups').selectAll().execute()).toHaveLength(0);
  });
});

describe('a Discord modal with answers to fix', () => {
  let bed: DiscordBed;
  beforeEach(async () => {
    bed = new DiscordBed();
    await bed.start();
    bed.makeManager('Sam');
  });
  afterEach(() => bed.stop());

  it('answers what to fix, and the ✏️ button opens the form again with the good answers filled in', async () => {
    const sam = bed.user('Sam');
    const customId = new CustomIds(await signingKeys(bed.world.core)).encode('setup:form', sam.id);
    const { seen } = await bed.act(() =>
      bed.fake.submitModal(sam, bed.channel, customId, { timezone: 'Mars/Olympus', day: 'sunday', time: '7:30 pm', name: 'Parents' }, { unsolicited: true }),
    );
    expect(seen.map((s) => s.text).join('\n')).toContain('America/New_York');
    const opener = bed.findChoice('Sam', '✏️');
    expect(opener).toBeDefined();
    const { handle } = await bed.click('Sam', opener!.message, opener!.customId);
    const inputs = (handle.callback?.data?.components ?? []).map((row: any) => [row.components[0].custom_id, row.components[0].value]);
    expect(inputs).toEqual([['timezone', undefined], ['day', 'sunday'], ['time', '7:30 pm'], ['name', 'Parents']]);
    const done = await bed.submit('Sam', { timezone: 'Europe/London', day: 'sunday', time: '7:30 pm', name: 'Parents' });
    expect(done.map((s) => s.text).join('\n')).toMatch(/Welcome, Parents![\s\S]*Sunday at 19:30/);
    expect(bed.problems()).toEqual([]);
  });
});
