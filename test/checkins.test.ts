import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkIn, checkedInNames, parseMood, tallyText } from '../src/core/checkins.js';
import { actor, textOf } from './helpers/act.js';
import { type TestWorld, testWorld } from './helpers/core.js';

describe('reading moods as people type them', () => {
  it.each([
    ['4', 4], ['4/5', 4], ['good', 4], ['Great!', 5], ['😊', 4], ['😭', 1], ['meh', 3], ['not great', 2], ['okay', 3], ['☹️', 2],
  ])('reads %s as %i', (input, mood) => expect(parseMood(input)).toBe(mood));

  it.each(['0', '6', 'purple', '', '44'])('does not guess a mood from %j', (input) => expect(parseMood(input)).toBeNull());
});

describe('weekly check-ins', () => {
  let world: TestWorld;
  let act: ReturnType<typeof actor>;
  const rows = () => world.core.db.selectFrom('checkins').selectAll().orderBy('id').execute();
  beforeEach(async () => {
    world = await testWorld('2026-11-23T10:00:00Z'); // Monday of 2026-W48 in London
    act = actor(world, { admins: ['Sam'] });
    await act.groupWith('Sam', ['Alex', 'Bo']);
  });
  afterEach(() => world.close());

  it('updates the same week’s check-in instead of adding another', async () => {
    await act.command('Alex', '/checkin 2', 'dm');
    world.clock.advance(3 * 86400e3);
    const replies = await act.command('Alex', '/checkin 4 better now', 'dm');
    expect(textOf(replies)).toMatch(/Updated your check-in/);
    const all = await rows();
    expect(all.map((r) => [r.week, r.mood, r.note])).toEqual([['2026-W48', 4, 'better now']]);
  });

  it('keeps the note from earlier in the week when the mood alone is updated', async () => {
    await act.command('Alex', '/checkin 3 long day at the hospital', 'dm');
    await act.command('Alex', '/checkin 2', 'dm');
    expect((await rows()).map((r) => [r.mood, r.note, r.note_shared])).toEqual([[2, 'long day at the hospital', 0]]);
  });

  it('starts a new check-in when the next check-in period starts, at the prompt’s time', async () => {
    world.clock.set(new Date('2026-12-06T18:59:00Z')); // Sunday 18:59 in London, still 2026-W48's period
    await act.command('Alex', '/checkin 3', 'dm');
    world.clock.set(new Date('2026-12-06T19:00:00Z')); // the prompt's time
    await act.command('Alex', '/checkin 5', 'dm');
    expect((await rows()).map((r) => [r.week, r.mood])).toEqual([['2026-W48', 3], ['2026-W49', 5]]);
  });

  it('treats a note typed in the group as shared, and says so once', async () => {
    const first = await act.command('Alex', '/checkin 4 kids back at school', 'group');
    expect(textOf(first)).toMatch(/can be read by the group/);
    const again = await act.command('Alex', '/checkin 4 and a quiet evening', 'group');
    expect(textOf(again)).not.toMatch(/can be read by the group/);
    expect((await rows()).map((r) => r.note_shared)).toEqual([1]);
  });

  it('shares a private check-in’s note with the group only when the member chooses to', async () => {
    const replies = await act.form('Alex', 'checkin:form', { mood: '4', note: 'new job!', share: 'yes' }, 'dm');
    expect(replies.find((r) => r.to === 'group')?.text).toMatch(/Alex.*new job!/);
    const quiet = await act.form('Bo', 'checkin:form', { mood: '3', note: 'hard day', share: '' }, 'dm');
    expect(quiet.filter((r) => r.to === 'group')).toHaveLength(0);
  });

  it('refuses a note over 1,000 characters kindly and stores nothing', async () => {
    const replies = await act.command('Alex', `/checkin 3 ${'a'.repeat(1001)}`, 'dm');
    expect(textOf(replies)).toMatch(/up to 1000 characters/);
    expect(await rows()).toHaveLength(0);
  });

  it('sends the full helpline list after a lowest-mood check-in at most once in 72 hours, and always points to /support', async () => {
    const first = textOf(await act.command('Alex', '/checkin 1', 'dm'));
    expect(first).toMatch(/Samaritans/);
    world.clock.advance(48 * 3600e3);
    const second = textOf(await act.command('Alex', '/checkin 1', 'dm'));
    expect(second).not.toMatch(/Samaritans/);
    expect(second).toMatch(/\/support/);
    world.clock.advance(25 * 3600e3);
    expect(textOf(await act.command('Alex', '/checkin 1', 'dm'))).toMatch(/Samaritans/);
  });

  it('never says anything in the group about a lowest-mood check-in made by button', async () => {
    const replies = await act.choose('Alex', 'checkin:mood:1', 'group');
    expect(replies.filter((r) => r.to === 'group')).toHaveLength(0);
    expect(replies.every((r) => r.to === 'private' && !r.inPlace)).toBe(true);
  });

  it('uses the group’s region for helplines, and a nation’s own lines when one is set', async () => {
    await act.command('Sam', '/settings region GB scotland');
    const text = textOf(await act.command('Alex', '/support', 'dm'));
    expect(text).toMatch(/Breathing Space/);
    expect(text).not.toMatch(/Lifeline \(Northern Ireland\)/);
    await act.command('Sam', '/settings region AU');
    expect(textOf(await act.command('Alex', '/support', 'dm'))).toMatch(/000.*[\s\S]*Lifeline Australia/);
  });
});

describe("the prompt's tally", () => {
  let world: TestWorld;
  let act: ReturnType<typeof actor>;
  const names = async () => (await checkedInNames(world.core, 1, '2026-W48')).filter((c) => !c.private).map((c) => c.name);
  beforeEach(async () => {
    world = await testWorld('2026-11-23T10:00:00Z');
    act = actor(world, { admins: ['Sam'] });
    await act.groupWith('Sam', ['Alex', 'Bo']);
  });
  afterEach(() => world.close());

  it('counts in plain words: nobody yet, one person, several people', () => {
    const one = { name: 'Alex', private: false };
    expect(tallyText([])).toMatch(/^Nobody has checked in yet/);
    expect(tallyText([one])).toBe('1 person has checked in so far.');
    expect(tallyText([one, { name: 'Bo', private: true }], 'names')).toBe('2 people have checked in so far: **Alex** and 1 more.');
    expect(tallyText([{ name: 'Bo', private: true }], 'names')).toBe('1 person has checked in so far.');
  });

  it('names someone who checked in privately only once they share a note', async () => {
    await act.command('Alex', '/checkin 3', 'dm');
    expect(await names()).toEqual([]);
    // Bo checks in privately (Discord's share option, or a form), choosing to share the note.
    const { db } = world.core;
    const bo = await db.selectFrom('members').innerJoin('people', 'people.id', 'members.person_id').selectAll('members').where('people.display_name', '=', 'Bo').executeTakeFirstOrThrow();
    const group = await db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();
    await checkIn(world.core, group, bo, 4, 'a good week', true);
    expect(await names()).toEqual(['Bo']);
  });

  it('keeps a check-in made in the group public when it is updated privately the same week', async () => {
    await act.command('Alex', '/checkin 4');
    expect(await names()).toEqual(['Alex']);
    await act.command('Alex', '/checkin 2 rough now', 'dm');
    expect(await names()).toEqual(['Alex']);
  });
});
