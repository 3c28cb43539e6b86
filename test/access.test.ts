import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandList } from '../commands/index.js';
import { actor, textOf } from './helpers/act.js';
import { type TestWorld, testWorld } from './helpers/core.js';

describe('who may use what', () => {
  let world: TestWorld;
  let act: ReturnType<typeof actor>;
  beforeEach(async () => {
    world = await testWorld();
    act = actor(world, { admins: ['Sam'] });
    await act.groupWith('Sam', ['Alex']);
  });
  afterEach(() => world.close());

  const facilitatorCommands = commandList.filter((c) => c.access === 'facilitator');
  const memberCommands = commandList.filter((c) => c.access === 'member');

  it('refuses every facilitator command to a member and to a non-member, kindly', async () => {
    for (const c of facilitatorCommands) {
      for (const who of ['Alex', 'Robin']) {
        const text = textOf(await act.command(who, `/${c.name} ${c.options[0]?.choices?.[0] ?? ''}`));
        expect(text, `${who} /${c.name}`).toMatch(/for the group's facilitators/);
      }
    }
  });

  it('refuses facilitator subcommands too: /agreement set is not for members', async () => {
    expect(textOf(await act.command('Alex', '/agreement'))).toMatch(/our agreement/);
    expect(textOf(await act.command('Alex', '/agreement set Be nice to everyone please'))).toMatch(/facilitators/);
    const versions = await world.core.db.selectFrom('agreements').select('version').execute();
    expect(versions).toHaveLength(1);
  });

  it('refuses every member command before /join', async () => {
    for (const c of memberCommands) {
      expect(textOf(await act.command('Robin', `/${c.name}`)), `/${c.name}`).toMatch(/Send \/join/);
    }
  });

  it('runs every member command after the agreement changes, offering the new one once, after', async () => {
    await act.command('Sam', '/agreement set We listen. We keep confidences. We are kind.');
    let offers = 0;
    for (const c of memberCommands.filter((c) => c.name !== 'leave')) {
      const replies = await act.command('Alex', `/${c.name}`);
      expect(replies[0].choices?.some((x) => x.id.startsWith('join:')) ?? false, `/${c.name}`).toBe(false);
      if (replies.some((r) => r.choices?.[0]?.id === 'join:accept:2')) {
        offers++;
        expect(replies[replies.length - 1].choices?.[0].id, `/${c.name}`).toBe('join:accept:2');
      }
    }
    expect(offers).toBe(1);
    await act.choose('Alex', 'join:accept:2');
    expect(textOf(await act.command('Alex', '/checkin 4'))).toMatch(/Thank you/);
  });

  it('does not accept an old version of the agreement from a stale button', async () => {
    await act.command('Sam', '/agreement set We listen. We keep confidences. We are kind.');
    const replies = await act.choose('Alex', 'join:accept:1');
    expect(textOf(replies)).toMatch(/changed since that button/);
    const m = await world.core.db.selectFrom('members').select('accepted_version').where('person_id', '=', 2).executeTakeFirstOrThrow();
    expect(m.accepted_version).toBe(1);
  });

  it('lets the person who presses a button act for themselves, not for whoever it was shown to', async () => {
    // The mood buttons were offered to Alex; Sam presses one: Sam's check-in, not Alex's.
    await act.command('Alex', '/checkin');
    await act.choose('Sam', 'join:accept:1');
    await act.choose('Sam', 'checkin:mood:5');
    const rows = await world.core.db
      .selectFrom('checkins')
      .innerJoin('members', 'members.id', 'checkins.member_id')
      .innerJoin('people', 'people.id', 'members.person_id')
      .select(['people.display_name', 'checkins.mood'])
      .execute();
    expect(rows).toEqual([{ display_name: 'Sam', mood: 5 }]);
  });

  it('lets anyone use /support, anywhere, any number of times', async () => {
    // In the group: the group's region. Privately, with no group of theirs: the international list.
    for (let i = 0; i < 30; i++) {
      expect(textOf(await act.command('Robin', '/support', 'group'))).toMatch(/call \*\*999\*\*/);
      expect(textOf(await act.command('Robin', '/support', 'dm'))).toMatch(/findahelpline\.com/);
    }
  });
});
