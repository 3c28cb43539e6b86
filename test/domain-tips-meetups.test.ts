import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseWhen, queueMeetupReminders } from '../src/core/meetups.js';
import { KindError } from '../src/core/core.js';
import { type Reply, toPlainText } from '../src/core/reply.js';
import { textOf } from './helpers/act.js';
import { snapshot } from './helpers/core.js';
import { type DomainWorld, domainWorld } from './helpers/domain-world.js';

describe('tips', () => {
  let w: DomainWorld;
  beforeEach(async () => {
    w = await domainWorld(['Alex', 'Bea']);
  });
  afterEach(() => w.close());

  it('shares a tip under a #topic, finds it by topic or words, most recent first, paged', async () => {
    const r = await w.act.command('Alex', '/tip #Benefits Ask for the assessment notes in writing', 'dm');
    expect(r.find((x) => x.to === 'group')!.text).toMatch(/\*\*Alex\*\* shared a tip on #benefits/);
    // Typed in the group, it is not repeated there.
    const g = await w.act.command('Bea', '/tip #school Keep a diary of every phone call');
    expect(g.every((x) => x.to === 'private')).toBe(true);
    for (let i = 1; i <= 11; i++) {
      w.world.clock.advance(60000);
      await w.act.command('Bea', `/tip #benefits Tip number ${i}`, 'dm');
    }
    const page1 = await w.act.command('Alex', '/tips #benefits');
    expect(toPlainText(page1[0].text)).toMatch(/Tips on #benefits \(page 1 of 3\)/);
    expect(page1[0].text.indexOf('Tip number 11')).toBeLessThan(page1[0].text.indexOf('Tip number 10'));
    expect(page1[0].text).not.toMatch(/school/);
    const older = page1[0].choices!.find((c) => c.label === 'Older tips')!;
    const page2 = await w.act.choose('Alex', older.id);
    expect(toPlainText(page2[0].text)).toMatch(/page 2 of 3/);
    expect(page2[0].text).toMatch(/Tip number 6/);
    expect(textOf(await w.act.command('Alex', '/tips diary phone'))).toMatch(/Keep a diary/);
    expect(textOf(await w.act.command('Alex', '/tips benefits'))).toMatch(/Tips on #benefits/);
    expect(textOf(await w.act.command('Alex', '/tips unicorns'))).toMatch(/No tips yet for "unicorns".*Topics so far: #benefits, #school/s);
    expect(textOf(await w.act.command('Alex', '/tips 100%_off'))).toMatch(/No tips yet/);
  });

  it('lets you remove your own tip and nobody else’s', async () => {
    const r = await w.act.command('Alex', '/tip #sleep Blackout blinds helped us', 'dm');
    const rm = r.find((x) => x.choices)!.choices![0];
    expect(rm.label).toBe('Remove this tip');
    expect(textOf(await w.act.choose('Bea', rm.id))).toMatch(/couldn't find a tip of yours/);
    expect(textOf(await w.act.command('Bea', `/tip remove ${rm.id.split(':')[2]}`))).toMatch(/couldn't find a tip of yours/);
    expect(await w.world.core.db.selectFrom('tips').selectAll().execute()).toHaveLength(1);
    const list = await w.act.command('Alex', '/tips #sleep');
    expect(list[0].choices!.map((c) => c.label)).toContain(`Remove my tip ${rm.id.split(':')[2]}`);
    expect(textOf(await w.act.choose('Alex', rm.id))).toMatch(/Removed/);
    expect(await w.world.core.db.selectFrom('tips').selectAll().execute()).toHaveLength(0);
  });

  it('refuses a tip without text, or over 2,000 characters, saving nothing', async () => {
    const before = await snapshot(w.world.core);
    expect(textOf(await w.act.command('Alex', '/tip #benefits'))).toMatch(/Add the tip itself/);
    expect(textOf(await w.act.command('Alex', '/tip'))).toMatch(/What's your tip/);
    expect(textOf(await w.act.command('Alex', `/tip #long ${'x'.repeat(2001)}`))).toMatch(/up to 2,000 characters; yours is 2,001/);
    expect(await w.world.core.db.selectFrom('tips').selectAll().execute()).toHaveLength(0);
    expect((await snapshot(w.world.core)).tips).toEqual(before.tips);
    expect(textOf(await w.act.command('Alex', `/tip #long ${'x'.repeat(2000)}`))).toMatch(/Thank you/);
  });
});

describe('meetups', () => {
  let w: DomainWorld;
  beforeEach(async () => {
    // Monday 23 Nov 2026, 10:00 in London.
    w = await domainWorld(['Alex', 'Bea', 'Cy', 'Dee']);
  });
  afterEach(() => w.close());
  /** The newest meetup post for the group (it goes out through the outbox). */
  const groupPost = async (): Promise<Reply> => JSON.parse((await w.outbox('meetup')).at(-1)!.payload) as Reply;

  const london = { timezone: 'Europe/London', region: 'GB' };
  it('reads dates as people type them, in the group’s time zone, across daylight saving', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(parseWhen('3 Dec 19:00', london, now).toISOString()).toBe('2026-12-03T19:00:00.000Z');
    expect(parseWhen('tomorrow at 7pm', london, now).toISOString()).toBe('2026-11-24T19:00:00.000Z');
    expect(parseWhen('12 April 19:00', london, now).toISOString()).toBe('2027-04-12T18:00:00.000Z'); // BST
    expect(parseWhen('3 Dec 19:00', { timezone: 'Australia/Sydney', region: 'AU' }, now).toISOString()).toBe('2026-12-03T08:00:00.000Z');
    expect(parseWhen('12/3 10am', { timezone: 'America/New_York', region: 'US' }, now).toISOString()).toBe('2026-12-03T15:00:00.000Z');
    const kind = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof KindError ? e.userMessage : 'crash';
      }
      return 'accepted';
    };
    expect(kind(() => parseWhen('yesterday 5pm', london, now))).toMatch(/already passed/);
    expect(kind(() => parseWhen('today 9am', london, now))).toMatch(/already passed/);
    expect(kind(() => parseWhen('banana', london, now))).toMatch(/couldn't read "banana"/);
    expect(kind(() => parseWhen('friday', london, now))).toMatch(/What time on friday/);
    expect(kind(() => parseWhen('3 Dec 2031 19:00', london, now))).toMatch(/more than a year/);
  });

  it('reads the suggestion back with Confirm, posts it, and takes RSVPs that mark the member seen', async () => {
    const r = await w.act.command('Alex', '/meetup 3 Dec 7pm | Coffee and chat | The Forum café');
    expect(r[0].to).toBe('private');
    expect(toPlainText(r[0].text)).toMatch(/Here's what I read: Coffee and chat: Thu 3 Dec, 19:00 at The Forum café/);
    expect(await w.world.core.db.selectFrom('meetups').select('status').execute()).toEqual([{ status: 'draft' }]);
    expect(textOf(await w.act.command('Bea', '/meetups'))).toMatch(/No meetups coming up/);
    // Only the suggester can confirm their draft.
    expect(textOf(await w.act.choose('Bea', r[0].choices![0].id))).toMatch(/isn't waiting/);
    await w.act.choose('Alex', r[0].choices![0].id);
    const announcement = await groupPost();
    expect(announcement.text).toMatch(/\*\*Alex\*\* suggests a meetup/);
    expect(announcement.choices!.map((c) => c.label)).toEqual(['Yes', 'Maybe', 'No']);
    w.advanceDays(2);
    await w.act.choose('Bea', announcement.choices![0].id);
    expect((await w.member('Bea')).last_seen_at).toBe(w.world.clock.now().toISOString());
    await w.act.choose('Cy', announcement.choices![1].id);
    await w.act.choose('Dee', announcement.choices![2].id);
    await w.act.choose('Dee', announcement.choices![2].id); // answering twice keeps one answer
    const list = await w.act.command('Cy', '/meetups');
    expect(list[0].text).toMatch(/Coming: 2, maybe: 1\. You said maybe\./);
    expect(await w.world.core.db.selectFrom('meetup_rsvps').selectAll().execute()).toHaveLength(4);
  });

  it('refuses a date in the past or a missing part kindly, and saves nothing', async () => {
    const before = await snapshot(w.world.core);
    expect(textOf(await w.act.command('Alex', '/meetup yesterday 5pm | Coffee | Café'))).toMatch(/already passed/);
    expect(textOf(await w.act.command('Alex', '/meetup next Tuesday 7pm | Coffee'))).toMatch(/a time, a title and a place, separated by \|/);
    expect(textOf(await w.act.command('Alex', '/meetup whenever | Coffee | Café'))).toMatch(/couldn't read/);
    expect(textOf(await w.act.command('Alex', `/meetup 3 Dec 7pm | ${'t'.repeat(101)} | Café`))).toMatch(/under 100 characters/);
    expect((await snapshot(w.world.core)).meetups).toEqual(before.meetups);
    // No arguments: follow-up questions.
    const form = await w.act.command('Alex', '/meetup');
    expect(form[0].form!.fields.map((f) => f.id)).toEqual(['when', 'title', 'place']);
    expect(textOf(await w.act.form('Alex', 'meetup:form', { when: '3 Dec 7pm', title: 'Walk', place: 'Park' }))).toMatch(/Here's what I read/);
  });

  it('reminds those who said yes or maybe, the day before within sending hours and an hour before, once each', async () => {
    const r = await w.act.command('Alex', '/meetup 24 Nov 19:00 | Coffee | Café'); // tomorrow evening
    await w.act.choose('Alex', r[0].choices![0].id);
    const rsvp = (await groupPost()).choices!;
    await w.act.choose('Bea', rsvp[0].id);
    await w.act.choose('Cy', rsvp[1].id);
    await w.act.choose('Dee', rsvp[2].id);
    const core = w.world.core;
    expect(await queueMeetupReminders(core, w.world.clock.now())).toBe(0); // 33 hours ahead
    w.world.clock.set(new Date('2026-11-23T19:30:00Z'));
    expect(await queueMeetupReminders(core, w.world.clock.now())).toBe(3); // Alex, Bea, Cy
    expect(await queueMeetupReminders(core, w.world.clock.now())).toBe(0);
    const day = await w.outbox('meetup_reminder');
    expect(day.map((d) => d.to).sort()).toEqual(['Alex', 'Bea', 'Cy']);
    expect(day.every((d) => d.not_before === '2026-11-23T19:30:00.000Z')).toBe(true);
    expect(day.find((d) => d.to === 'Cy')!.text).toMatch(/you said maybe/);
    w.world.clock.set(new Date('2026-11-24T18:10:00Z'));
    expect(await queueMeetupReminders(core, w.world.clock.now())).toBe(3);
    expect(await queueMeetupReminders(core, w.world.clock.now())).toBe(0);
    expect((await w.outbox('meetup_reminder')).filter((d) => /Starting soon/.test(d.text))).toHaveLength(3);
    w.world.clock.set(new Date('2026-11-24T19:01:00Z'));
    expect(await queueMeetupReminders(core, w.world.clock.now())).toBe(0);
  });

  it('holds a day-before reminder found at night until 09:00, and skips it when the hour-before one covers it', async () => {
    for (const [when, title] of [['25 Nov 12:00', 'Lunch'], ['25 Nov 9:30', 'Breakfast']]) {
      const r = await w.act.command('Alex', `/meetup ${when} | ${title} | Café`);
      await w.act.choose('Alex', r[0].choices![0].id);
    }
    w.world.clock.set(new Date('2026-11-24T21:00:00Z'));
    expect(await queueMeetupReminders(w.world.core, w.world.clock.now())).toBe(1);
    const [lunch] = await w.outbox('meetup_reminder');
    expect(lunch.text).toMatch(/Lunch/);
    expect(lunch.not_before).toBe('2026-11-25T09:00:00.000Z');
    w.world.clock.set(new Date('2026-11-25T08:40:00Z'));
    expect(await queueMeetupReminders(w.world.core, w.world.clock.now())).toBe(1);
    expect((await w.outbox('meetup_reminder')).map((o) => o.text.match(/Lunch|Breakfast/)![0])).toEqual(['Lunch', 'Breakfast']);
  });

  it('lets the suggester call it off, telling those who were coming', async () => {
    const r = await w.act.command('Alex', '/meetup 3 Dec 7pm | Coffee | Café');
    await w.act.choose('Alex', r[0].choices![0].id);
    const rsvp = (await groupPost()).choices!;
    await w.act.choose('Bea', rsvp[0].id);
    const id = rsvp[0].id.split(':')[2];
    expect(textOf(await w.act.choose('Bea', `meetups:x:${id}`))).toMatch(/Only the person who suggested/);
    expect(textOf(await w.act.choose('Alex', `meetups:x:${id}`))).toMatch(/Call off \*\*Coffee\*\* on .*\?/);
    expect(textOf(await w.act.choose('Alex', `meetups:off:${id}`))).toMatch(/Called off/);
    expect((await w.outbox('meetup_cancelled')).map((o) => o.to)).toEqual(['Bea']);
    expect(textOf(await w.act.choose('Cy', rsvp[0].id))).toMatch(/isn't on any more/);
  });
});
