import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiscordBed, fromDiscord } from './helpers/discord-harness.js';

// End to end: tips, a meetup through a modal with RSVP buttons, /support, /mydata and /forgetme,
// as people in the server see them, and what the database holds afterwards.

let bed: DiscordBed;
beforeEach(async () => {
  bed = new DiscordBed();
  await bed.start();
  bed.makeManager('Sam');
  await bed.slash('Sam', 'group', 'setup', { timezone: 'Europe/London', day: 'sunday', time: '19:00', name: 'Tuesday Parents' });
  for (const name of ['Alex', 'Bob']) {
    await bed.slash(name, 'group', 'join');
    await bed.press(name, 'Accept and join');
  }
});
afterEach(async () => {
  await bed.stop();
});

const db = () => bed.world.core.db;
const texts = (seen: { text: string }[]) => seen.map((s) => s.text).join('\n---\n');

describe('Discord: tips, meetups, support and privacy', () => {
  it('shares a tip with the group and finds it again, privately', async () => {
    const shared = await bed.slash('Alex', 'group', 'tip', { text: '#sleep Blackout blinds help_a lot_' });
    expect(shared.seen.filter((s) => s.to === 'group').map((s) => s.text)).toEqual(['💡 Alex shared a tip on #sleep:\nBlackout blinds help_a lot_']);
    expect(shared.seen.find((s) => s.to === 'private')?.choices).toEqual(['Remove this tip']);
    expect(await db().selectFrom('tips').select(['topic', 'text']).execute()).toEqual([{ topic: 'sleep', text: 'Blackout blinds help_a lot_' }]);

    const found = await bed.slash('Bob', 'group', 'tips', { search: 'sleep' });
    expect(found.seen.map((s) => s.to)).toEqual(['private']);
    expect(texts(found.seen)).toMatch(/Blackout blinds/);
    expect(bed.problems()).toEqual([]);
  });

  it('plans a meetup in a modal, posts it with RSVP buttons, and records answers', async () => {
    const opened = await bed.slash('Alex', 'group', 'meetup');
    expect(opened.handle.modal?.title).toBe('Suggest a meetup');
    const readBack = await bed.submit('Alex', { when: 'next Tuesday 7pm', title: 'Coffee and chat', place: 'The Forum café' });
    expect(readBack.map((s) => s.to)).toEqual(['private']);
    expect(readBack[0].choices).toEqual(['Confirm and post', 'Cancel']);
    expect(bed.groupMessages().filter((m) => m.content.includes('Coffee'))).toHaveLength(0);

    await bed.press('Alex', 'Confirm and post');
    const announcement = (await bed.deliver()).find((s) => s.to === 'group')!;
    expect(announcement.text).toMatch(/Alex suggests a meetup: .*Coffee and chat/);
    expect(announcement.choices).toEqual(['Yes', 'Maybe', 'No']);

    const yes = await bed.press('Bob', 'Yes');
    expect(yes.map((s) => [s.to, s.who])).toEqual([['private', 'Bob']]);
    const rsvps = await db().selectFrom('meetup_rsvps').innerJoin('members', 'members.id', 'meetup_rsvps.member_id').innerJoin('people', 'people.id', 'members.person_id').select(['people.display_name', 'meetup_rsvps.answer']).execute();
    expect(rsvps).toEqual([{ display_name: 'Alex', answer: 'yes' }, { display_name: 'Bob', answer: 'yes' }]); // the proposer is coming
    expect(bed.problems()).toEqual([]);
  });

  it('gives /support to anyone, in the server and in a DM, privately', async () => {
    // In the server: the group's region (GB); in a DM of someone in no group: the international list.
    const here = await bed.slash('Robin', 'group', 'support');
    expect(here.seen.map((s) => s.to)).toEqual(['private']);
    expect(texts(here.seen)).toMatch(/999/);
    expect(texts(here.seen)).toMatch(/Samaritans/);
    const dm = await bed.slash('Robin', 'dm', 'support');
    expect(dm.seen.map((s) => s.to)).toEqual(['private']);
    expect(texts(dm.seen)).toMatch(/emergency/i);
    expect(texts(dm.seen)).toMatch(/findahelpline/);
    expect(bed.groupMessages().some((m) => /Samaritans/.test(m.content))).toBe(false);
    expect(bed.problems()).toEqual([]);
  });

  it('hands /mydata over as an ephemeral file, and /forgetme erases the member after a confirmation', async () => {
    await bed.slash('Alex', 'group', 'checkin', { mood: 2, note: 'a hard week' });
    const mine = await bed.slash('Alex', 'group', 'mydata');
    expect(mine.seen).toEqual([expect.objectContaining({ to: 'private', who: 'Alex', file: expect.any(String) })]);
    expect(mine.handle.callback?.ephemeral).toBe(true);

    const ask = await bed.slash('Alex', 'group', 'forgetme');
    expect(ask.seen[0].to).toBe('private');
    expect(ask.seen[0].choices).toEqual(['Yes, erase everything', 'No, keep it']);
    const gone = await bed.press('Alex', 'Yes, erase everything');
    expect(gone.every((s) => s.to === 'private')).toBe(true);
    const alexId = bed.user('Alex').id;
    expect(await db().selectFrom('people').select('id').where('user_id', '=', alexId).execute()).toEqual([]);
    expect(await db().selectFrom('checkins').select('id').execute()).toEqual([]);
    expect(bed.groupMessages().map((m) => fromDiscord(m.content)).join('\n')).not.toMatch(/a hard week/);
    expect(bed.problems()).toEqual([]);
  });
});
