import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandList } from '../../commands/index.js';
import type { Command } from '../../commands/command.js';
import type { FixedClock } from '../../src/core/ports.js';
import type { ChatHarness, Seen } from './harness.js';
import { linesFor } from '../../src/core/support.js';
import { REGION_ZONES } from '../../src/core/time.js';
import { helplines } from '../helpers/core.js';

// The shared contract: every adapter passes the same behaviour, the way people would see it.

const SETUP = '/setup Europe/London sunday 19:00 Tuesday Parents';
const SORRY = /something went wrong/i;

const texts = (seen: Seen[]) => seen.map((s) => s.text).join('\n---\n');
const inGroup = (seen: Seen[]) => seen.filter((s) => s.to === 'group');
/** The least one can send of a command: `/buddy`, or its first action when it has no bare use (`/prompt now`: Discord has no bare /prompt). */
const least = (c: Command) => (c.subcommands && !c.bare ? `/${c.name} ${c.subcommands[0].name}` : `/${c.name}`);

export function contractSuite(make: () => ChatHarness): void {
  // What this platform can do, known before any test starts (making a harness starts nothing).
  const receivesPlainWords = !!make().say;
  describe('command contract', () => {
    let chat: ChatHarness;
    beforeEach(async () => {
      chat = make();
      await chat.start();
      await chat.makeFacilitator('Sam');
    });
    afterEach(async () => {
      await chat.stop();
    });

    async function setUp() {
      const seen = await chat.send('Sam', 'group', SETUP);
      expect(texts(seen)).toMatch(/Sunday at 19:00/);
    }
    async function join(user: string) {
      const seen = await chat.send(user, 'group', '/join');
      expect(seen.some((s) => s.choices.some((c) => /accept/i.test(c)))).toBe(true);
      const after = await chat.press(user, 'Accept');
      expect(texts(after)).toMatch(new RegExp(`Welcome.*${user}`));
    }

    it('gives help and crisis numbers before anything is set up, in the group and privately', async () => {
      for (const where of ['group', 'dm'] as const) {
        const seen = await chat.send('Robin', where, '/support');
        expect(texts(seen)).toMatch(/emergency/i);
        expect(texts(seen)).toMatch(/findahelpline|befrienders/i);
      }
      expect(texts(await chat.send('Robin', 'group', '/help'))).toMatch(/\/support/);
    });

    it('lists helplines that read cleanly, lines for everyone before children\'s, and names regions in words', async () => {
      await setUp();
      expect(texts(await chat.send('Sam', 'group', '/settings region GB scotland'))).toMatch(/the UK \(GB, Scotland\)/);
      const t = texts(await chat.send('Robin', 'group', '/support'));
      const bullets = t.split('\n').filter((l) => l.startsWith('• '));
      expect(bullets[0]).toBe('• Samaritans: call 116 123, open 24/7');
      expect(t).toContain('• Breathing Space: call 0800 83 85 87, open Mon to Thu 6pm to 2am, Fri 6pm to Mon 6am');
      expect(bullets[bullets.length - 1]).toMatch(/^• Childline/);
      expect(t).not.toMatch(/\(24\/7|every day of the year/);
      // A group for young people: their line first.
      expect(texts(await chat.send('Sam', 'group', '/settings audience young people'))).toMatch(/audience is now young people/);
      const young = texts(await chat.send('Robin', 'group', '/support')).split('\n').filter((l) => l.startsWith('• '));
      expect(young[0]).toMatch(/^• Childline/);
      const intl = texts(await chat.send('Sam', 'group', '/settings region international'));
      expect(intl).toMatch(/international/);
      expect(intl).not.toMatch(/\bINT\b/);
    });

    it('speaks /stats in plain words: dates, and what a hidden small number means', async () => {
      await setUp();
      for (const who of ['Alex', 'Bea']) await join(who);
      await chat.send('Alex', 'dm', '/checkin 4');
      await chat.send('Bea', 'group', '/leave');
      await chat.press('Bea', 'Yes, leave');
      (chat.core().clock as FixedClock).advance(8 * 86400_000);
      const stats = texts(await chat.send('Sam', 'group', '/stats'));
      expect(stats).toMatch(/how the group is doing/);
      expect(stats).toMatch(/1 or 2 have left/);
      expect(stats).toMatch(/never shown exactly, so nobody can be picked out/);
      expect(stats).not.toMatch(/\d{4}-W\d{2}|\/\d+w\b|fewer than 3|\bINT\b/);
    });

    it('sends /stats with a picture and its words to the facilitator alone, and /myweeks to the member alone', async () => {
      await setUp();
      for (const who of ['Alex', 'Bea', 'Cy']) await join(who);
      for (const who of ['Alex', 'Bea', 'Cy']) await chat.send(who, 'dm', '/checkin 4');
      (chat.core().clock as FixedClock).advance(15 * 86400_000); // the first period (setup to the second prompt) has ended
      const stats = await chat.send('Sam', 'group', '/stats');
      const chart = stats.find((s) => s.picture);
      expect(chart, texts(stats)).toMatchObject({ to: 'private', who: 'Sam' });
      expect(chart!.picture!.width).toBe(960);
      expect(chart!.picture!.alt).toMatch(/A chart of check-ins in Tuesday Parents/);
      expect(chart!.picture!.alt).toMatch(/Week of 23 Nov: 3 of 3 checked in\./);
      expect(inGroup(stats).some((s) => s.picture)).toBe(false);

      const mine = await chat.send('Alex', 'group', '/myweeks');
      const picture = mine.find((s) => s.picture);
      expect(picture, texts(mine)).toMatchObject({ to: 'private', who: 'Alex' });
      expect(picture!.picture!.alt).toMatch(/A chart of your check-ins in Tuesday Parents/);
      expect(picture!.picture!.alt).toMatch(/: good\./);
      expect(texts(mine)).toMatch(/you have checked in 1 time\b/);
      expect(inGroup(mine).some((s) => s.picture)).toBe(false);
    });

    it('previews and runs /pair now in plain words, never a period code', async () => {
      await setUp();
      for (const who of ['Alex', 'Bea']) {
        await join(who);
        await chat.send(who, 'dm', '/buddy on');
      }
      const JARGON = /\d{4}-W\d{2}|\/\d+w\b|week\(s\)|period/;
      const preview = await chat.send('Sam', 'group', '/pair now');
      expect(texts(preview)).toMatch(/Alex & Bea|Bea & Alex/);
      expect(texts(preview)).not.toMatch(JARGON);
      expect(texts(await chat.press('Sam', 'Confirm'))).not.toMatch(JARGON);
      const again = texts(await chat.send('Sam', 'group', '/pair now'));
      expect(again).toMatch(/already been paired/);
      expect(again).toMatch(/every 2 weeks/);
      expect(again).not.toMatch(JARGON);
    });

    it('asks before calling a meetup off, tells everyone who answered who called it off, and the post says it is off', async () => {
      await setUp();
      for (const who of ['Sam', 'Alex', 'Bea', 'Cy', 'Dee']) await join(who);
      await chat.send('Alex', 'group', '/meetup next Tuesday 7pm | Coffee | The Forum café');
      const posted = [...(await chat.press('Alex', 'Confirm and post')), ...(await chat.deliver())];
      expect(inGroup(posted).find((s) => /Alex suggests a meetup/.test(s.text))?.choices).toEqual(['Yes', 'Maybe', 'No']);
      await chat.press('Bea', 'Yes');
      await chat.press('Cy', 'Maybe');
      await chat.press('Dee', 'No');

      await chat.send('Sam', 'group', '/meetups');
      const ask = await chat.press('Sam', 'Call off');
      expect(texts(ask)).toMatch(/Call off Coffee on .*\?/);
      expect(await chat.core().db.selectFrom('meetups').select('status').execute()).toEqual([{ status: 'confirmed' }]);

      const done = [...(await chat.press('Sam', 'Yes, call it off')), ...(await chat.deliver())];
      expect(texts(done)).toMatch(/Called off: Coffee/);
      for (const who of ['Alex', 'Bea', 'Cy', 'Dee']) {
        const told = done.filter((s) => s.to === 'private' && s.who === who && /Sam, a facilitator, has called off Coffee/.test(s.text));
        expect(told, who).toHaveLength(1);
      }
      expect(done.filter((s) => s.to === 'private' && s.who === 'Sam' && /has called off/.test(s.text))).toHaveLength(0);
      const post = inGroup(done).filter((s) => s.edited);
      expect(post).toHaveLength(1);
      expect(post[0].text).toMatch(/Called off: Coffee/);
      expect(post[0].choices).toEqual([]);
    });

    it('answers every group command in a chat that is not set up with how to set it up', async () => {
      for (const c of commandList.filter((c) => c.scope === 'group')) {
        const seen = await chat.send('Robin', 'group', least(c));
        expect(texts(seen), `/${c.name}`).toMatch(/\/setup/);
        expect(texts(seen)).not.toMatch(SORRY);
      }
    });

    it('lets a facilitator set the group up and shows the helpline region', async () => {
      const seen = await chat.send('Sam', 'group', SETUP);
      expect(inGroup(seen).length).toBe(1);
      expect(texts(seen)).toMatch(/Tuesday Parents/);
      expect(texts(seen)).toMatch(/Europe\/London/);
      expect(texts(seen)).toMatch(/GB/);
    });

    it('refuses setup to someone who is not a facilitator, and stores nothing', async () => {
      const seen = await chat.send('Robin', 'group', SETUP);
      expect(texts(seen)).toMatch(/facilitator/i);
      const groups = await chat.core().db.selectFrom('groups').selectAll().execute();
      expect(groups).toHaveLength(0);
    });

    it('reads every helpline region\'s time zones typed in lower case, and /support shows that region\'s lines', async () => {
      const regions = Object.keys(helplines.regions).filter((r) => r !== 'INT');
      expect(Object.keys(REGION_ZONES).sort()).toEqual(regions.sort());
      const shown = new Set<string>();
      for (const region of regions) {
        // Every zone named for the region; for a whole area (Australia/) a few of its zones.
        const zones = REGION_ZONES[region].flatMap((z) => (z.endsWith('/') ? Intl.supportedValuesOf('timeZone').filter((x) => x.startsWith(z)).slice(0, 3) : [z]));
        for (const zone of zones) {
          const seen = await chat.send('Sam', 'group', `/setup ${zone.toLowerCase()} sunday 19:00 Tuesday Parents`);
          expect(texts(seen), zone).not.toMatch(/don't know the time zone/);
          const g = await chat.core().db.selectFrom('groups').select(['timezone', 'region', 'nation']).executeTakeFirstOrThrow();
          expect({ zone: g.timezone, region: g.region }).toEqual({ zone, region });
          if (shown.has(region)) continue;
          shown.add(region);
          const support = texts(await chat.send('Alex', 'group', '/support'));
          expect(support, zone).toContain(linesFor(helplines, region, g.nation)[0].name);
        }
      }
      expect(shown.size).toBe(regions.length);
    });

    it('reads a time zone set through /settings in any case, with its region', async () => {
      await setUp();
      await chat.send('Sam', 'group', '/settings timezone america/new_york');
      const g = await chat.core().db.selectFrom('groups').select(['timezone', 'region']).executeTakeFirstOrThrow();
      expect(g).toEqual({ timezone: 'America/New_York', region: 'US' });
    });

    it('answers a time zone that does not exist kindly, with an example', async () => {
      const seen = await chat.send('Sam', 'group', '/setup Mars/Olympus sunday 19:00');
      expect(texts(seen)).toMatch(/Mars\/Olympus/);
      expect(texts(seen)).toMatch(/Europe\/London/);
    });

    it('shows the time zone hint as written: underscores and the address intact', async () => {
      for (const text of ['/setup Mars/Olympus sunday 19:00', '/settings timezone Mars/Olympus']) {
        const seen = texts(await chat.send('Sam', 'group', text));
        expect(seen, text).toContain('America/New_York');
        expect(seen, text).toContain('https://en.wikipedia.org/wiki/List_of_tz_database_time_zones');
        if (text.startsWith('/setup')) await setUp();
      }
      await chat.send('Sam', 'group', '/settings timezone America/New_York');
      expect(texts(await chat.send('Sam', 'group', '/settings'))).toContain('America/New_York');
    });

    it('reads the check-in time however it is written, and the words after it as the name', async () => {
      const cases = [['7:30 pm', '19:30'], ['7pm', '19:00'], ['7.30pm', '19:30'], ['7 pm', '19:00'], ['19:30', '19:30'], ['7:30 am', '07:30']];
      for (const [time, hhmm] of cases) {
        const seen = texts(await chat.send('Sam', 'group', `/setup Europe/London sunday ${time} Parents`));
        expect(seen, time).toContain(hhmm);
        const g = await chat.core().db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();
        expect([g.checkin_time, g.name], time).toEqual([hhmm, 'Parents']);
      }
      for (const [time, hhmm] of cases) {
        await chat.send('Sam', 'group', `/settings time ${time}`);
        const g = await chat.core().db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();
        expect(g.checkin_time, time).toBe(hhmm);
      }
    });

    // Step-by-step questions: Discord's /setup and /meetup take typed options instead.
    it('checks each setup answer as it is given and asks again for that one only', async () => {
      if (chat.name === 'discord') return;
      expect(texts(await chat.send('Sam', 'group', '/setup Europe/London sunday evening Parents'))).toMatch(/What time on Sunday evening\? For example/);
      expect(texts(await chat.send('Sam', 'group', '/setup'))).toMatch(/Time zone/);
      const zone = texts(await chat.answer('Sam', 'group', 'Mars/Olympus'));
      expect(zone).toContain('America/New_York');
      expect(zone).toMatch(/Time zone \(e\.g\. Europe\/London\)\?$/);
      expect(texts(await chat.answer('Sam', 'group', 'Europe/London'))).toMatch(/Check-in day/);
      const day = texts(await chat.answer('Sam', 'group', 'someday'));
      expect(day).toMatch(/isn't a day I recognise[\s\S]*Check-in day/);
      const evening = texts(await chat.answer('Sam', 'group', 'Sunday evening'));
      expect(evening).toMatch(/What time on Sunday evening\? \(or - for 19:00\)/);
      expect(texts(await chat.answer('Sam', 'group', 'teatime'))).toMatch(/isn't a time I recognise[\s\S]*What time on Sunday evening/);
      expect(texts(await chat.answer('Sam', 'group', '7:30'))).toMatch(/Group name/);
      expect(texts(await chat.answer('Sam', 'group', 'Parents'))).toMatch(/Welcome, Parents![\s\S]*Sunday at 19:30/);
      const g = await chat.core().db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();
      expect([g.timezone, g.checkin_weekday, g.checkin_time, g.name]).toEqual(['Europe/London', 7, '19:30', 'Parents']);
    });

    it('takes the offered time for an evening, and a meetup time given after the day', async () => {
      if (chat.name === 'discord') return;
      await chat.send('Sam', 'group', '/setup');
      await chat.answer('Sam', 'group', 'Europe/London');
      await chat.answer('Sam', 'group', 'sunday evening');
      await chat.answer('Sam', 'group', '-');
      expect(texts(await chat.answer('Sam', 'group', '-'))).toMatch(/Sunday at 19:00/);
      await join('Alex');
      expect(texts(await chat.send('Alex', 'group', '/meetup'))).toMatch(/When/);
      expect(texts(await chat.answer('Alex', 'group', 'tomorrow'))).toMatch(/What time tomorrow\?/);
      expect(texts(await chat.answer('Alex', 'group', '10am'))).toMatch(/What is it/);
      expect(texts(await chat.answer('Alex', 'group', 'Coffee'))).toMatch(/Where/);
      const back = await chat.answer('Alex', 'group', 'The Forum café');
      expect(texts(back)).toMatch(/Coffee.*Tue 24 Nov, 10:00/);
      expect(back.some((s) => s.choices.some((c) => /Confirm/.test(c)))).toBe(true);
    });

    it('takes a topic of several words as one topic, and shows the agreement on /agreement show', async () => {
      await setUp();
      await join('Alex');
      expect(texts(await chat.send('Alex', 'group', '/topics seek respite care'))).toContain('#respite-care');
      const rows = await chat.core().db.selectFrom('member_topics').select(['kind', 'topic']).execute();
      expect(rows).toEqual([{ kind: 'seek', topic: 'respite-care' }]);
      await chat.send('Alex', 'group', '/topics offer benefits, school appeals');
      const offered = await chat.core().db.selectFrom('member_topics').select('topic').where('kind', '=', 'offer').orderBy('id').execute();
      expect(offered.map((r) => r.topic)).toEqual(['benefits', 'school-appeals']);
      expect(texts(await chat.send('Alex', 'group', '/agreement show'))).toMatch(/Tuesday Parents: our agreement/);
    });

    it('answers /away with the date the break ends, and files a tip without a #topic under #general', async () => {
      await setUp();
      await join('Alex');
      const away = texts(await chat.send('Alex', 'dm', '/away 3'));
      expect(away).toContain('until Monday 14 December');
      expect(away).not.toMatch(/\d\d:\d\d/);
      expect(texts(await chat.send('Alex', 'group', '/tip Ask for the assessment notes in writing'))).toContain('#general');
      const tip = await chat.core().db.selectFrom('tips').select(['topic', 'text']).executeTakeFirstOrThrow();
      expect(tip).toEqual({ topic: 'general', text: 'Ask for the assessment notes in writing' });
    });

    it('promises meetup reminders only while they are ahead, and asks "What time tomorrow?"', async () => {
      await setUp();
      await join('Alex');
      // A day without a time: only the time is asked (Discord: the form, with the day filled in).
      const ask = texts(await chat.send('Alex', 'group', '/meetup tomorrow | Tea | The Forum'));
      expect(ask).toMatch(/What time tomorrow/);
      const back = await chat.answer('Alex', 'group', '10am');
      expect(texts(back)).toMatch(/Tea.*Tue 24 Nov, 10:00/);
      expect(back.some((s) => s.choices.some((c) => /Confirm/.test(c)))).toBe(true);
      await chat.press('Alex', 'Cancel');
      await chat.send('Alex', 'group', '/meetup today 3pm | Coffee | The Forum');
      const soon = texts(await chat.press('Alex', 'Confirm'));
      expect(soon).toMatch(/posted/);
      expect(soon).toContain('an hour before');
      expect(soon).not.toContain('the day before');
      expect(texts(await chat.send('Alex', 'group', '/meetup next Tuesday 7.30pm | Walk | The park'))).toContain('Tue 1 Dec, 19:30');
      const later = texts(await chat.press('Alex', 'Confirm'));
      expect(later).toContain('the day before and an hour before');
    });

    it('lists in /help what each person can use: /join before joining, facilitator commands for facilitators', async () => {
      await setUp();
      const before = texts(await chat.send('Alex', 'dm', '/help'));
      expect(before).toMatch(/\/join/);
      expect(before).not.toMatch(/\/settings|For facilitators/);
      await join('Alex');
      const member = texts(await chat.send('Alex', 'dm', '/help'));
      expect(member).not.toMatch(/\/join/);
      expect(member).toMatch(/\/checkin/);
      expect(member).not.toMatch(/\/settings|For facilitators/);
      expect(texts(await chat.send('Sam', 'group', '/help'))).toMatch(/For facilitators:[\s\S]*\/settings/);
    });

    it('suggests the command meant when one is mistyped', async () => {
      if (chat.name === 'discord') return; // Discord offers only the registered commands
      expect(texts(await chat.send('Robin', 'dm', '/supprt'))).toMatch(/Did you mean \/support\?/);
      expect(texts(await chat.send('Robin', 'group', '/supprt'))).toMatch(/Did you mean \/support\?/);
    });

    it('joins a member through the agreement and a button', async () => {
      await setUp();
      await join('Alex');
      const members = await chat.core().db.selectFrom('members').selectAll().execute();
      expect(members).toHaveLength(1);
    });

    it('refuses every member command before /join, pointing to /join', async () => {
      await setUp();
      for (const c of commandList.filter((c) => c.access === 'member')) {
        const seen = await chat.send('Robin', 'dm', `/${c.name}`);
        expect(texts(seen), `/${c.name}`).toMatch(/\/join|not in a group/i);
      }
    });

    it('refuses every facilitator command to a member', async () => {
      await setUp();
      await join('Alex');
      for (const c of commandList.filter((c) => c.access === 'facilitator')) {
        const seen = await chat.send('Alex', 'group', c.subcommands ? `/${c.name} ${c.subcommands[0].name}` : `/${c.name} ${c.options[0]?.choices?.[0] ?? ''}`.trim());
        expect(texts(seen), `/${c.name}`).toMatch(/facilitator/i);
      }
    });

    it('records a check-in from the mood buttons and thanks the member', async () => {
      await setUp();
      await join('Alex');
      const ask = await chat.send('Alex', 'group', '/checkin');
      expect(ask.some((s) => s.choices.length === 5)).toBe(true);
      const done = await chat.press('Alex', 'good');
      expect(texts(done)).toMatch(/thank/i);
      const rows = await chat.core().db.selectFrom('checkins').selectAll().execute();
      expect(rows.map((r) => r.mood)).toEqual([4]);
    });

    it('offers to add a few words privately after a mood tap, and keeps them with the check-in', async () => {
      await setUp();
      await join('Alex');
      await chat.send('Alex', 'group', '/checkin');
      const done = await chat.press('Alex', 'good');
      expect(texts(done)).toMatch(/thank you for checking in/i);
      expect(done.filter((s) => s.to === 'private' && /add a few words\? Only you will see them/.test(s.text))).toHaveLength(1);
      expect(inGroup(done).filter((s) => /few words/.test(s.text))).toHaveLength(0);
      // Discord: the ✏️ form; Telegram and the console: a reply in the private chat.
      if (chat.name === 'discord') await chat.press('Alex', '✏️');
      const saved = await chat.answer('Alex', 'dm', 'slept badly but ok');
      expect(texts(saved)).toMatch(/only you can see them/);
      expect(inGroup(saved)).toHaveLength(0);
      const row = await chat.core().db.selectFrom('checkins').selectAll().executeTakeFirstOrThrow();
      expect([row.mood, row.note, row.note_shared]).toEqual([4, 'slept badly but ok', 0]);
    });

    it('greets a member back after a long quiet spell, never saying how long', async () => {
      await setUp();
      await join('Alex');
      const clock = chat.core().clock as FixedClock;
      const GREETING = /good to see you/i;
      expect(texts(await chat.send('Alex', 'dm', '/checkin 4'))).not.toMatch(GREETING);
      clock.advance(15 * 86400_000);
      const back = texts(await chat.send('Alex', 'dm', '/checkin 3'));
      expect(back).toMatch(GREETING);
      expect(back).not.toMatch(/weeks?\b|days?\b|while|long|missed/i);
      expect(texts(await chat.send('Alex', 'dm', '/checkin 4'))).not.toMatch(GREETING);
      // Another quiet spell: asking for the buttons marks them seen, and the tap still says hello.
      clock.advance(15 * 86400_000);
      await chat.send('Alex', 'group', '/checkin');
      expect(texts(await chat.press('Alex', 'good'))).toMatch(GREETING);
      clock.advance(2 * 86400_000);
      expect(texts(await chat.send('Alex', 'dm', '/checkin 5'))).not.toMatch(GREETING);
    });

    it('keeps a note sent privately private, and says so', async () => {
      await setUp();
      await join('Alex');
      const seen = await chat.send('Alex', 'dm', '/checkin 3 tired but ok');
      expect(inGroup(seen)).toHaveLength(0);
      expect(texts(seen)).toMatch(/private/i);
      const row = await chat.core().db.selectFrom('checkins').selectAll().executeTakeFirstOrThrow();
      expect([row.mood, row.note, row.note_shared]).toEqual([3, 'tired but ok', 0]);
    });

    it('counts a check-in the morning after Sunday evening’s prompt for that prompt', async () => {
      await setUp();
      await join('Alex');
      const clock = chat.core().clock as FixedClock;
      clock.set(new Date('2026-12-06T19:30:00Z')); // Sunday, half an hour after the prompt
      expect(texts(await chat.send('Alex', 'dm', '/checkin 2'))).toMatch(/thank/i);
      clock.set(new Date('2026-12-07T08:45:00Z')); // Monday morning: a new ISO week, the same check-in period
      expect(texts(await chat.send('Alex', 'dm', '/checkin 3'))).toMatch(/updated/i);
      const rows = await chat.core().db.selectFrom('checkins').select(['week', 'mood']).execute();
      expect(rows).toEqual([{ week: '2026-W49', mood: 3 }]);
    });

    it('answers a lowest-mood check-in with helplines privately and nothing in the group', async () => {
      await setUp();
      await join('Alex');
      const seen = await chat.send('Alex', 'dm', '/checkin 1');
      expect(inGroup(seen)).toHaveLength(0);
      expect(texts(seen)).toMatch(/999/);
      expect(texts(seen)).toMatch(/Samaritans/);
      expect(texts(seen)).toMatch(/\/support/);
    });

    it('answers an unknown mood with the scale and the buttons, storing nothing', async () => {
      await setUp();
      await join('Alex');
      const seen = await chat.send('Alex', 'dm', '/checkin purple');
      expect(texts(seen)).toMatch(/1 .*struggling/);
      expect(await chat.core().db.selectFrom('checkins').selectAll().execute()).toHaveLength(0);
    });

    it('saves a lowest-mood check-in after the agreement changed: helplines first, the new agreement offered once, after', async () => {
      await setUp();
      await join('Alex');
      await chat.send('Sam', 'group', '/agreement set We listen. We keep confidences. We are kind.');
      const seen = await chat.send('Alex', 'dm', '/checkin 1 really bad night');
      const rows = await chat.core().db.selectFrom('checkins').select(['mood', 'note']).execute();
      expect(rows).toEqual([{ mood: 1, note: 'really bad night' }]);
      const all = texts(seen);
      expect(all).toMatch(/999/);
      expect(all.indexOf('999')).toBeLessThan(all.indexOf('We keep confidences'));
      const offer = seen[seen.length - 1];
      expect(offer.to).toBe('private');
      expect(offer.text).toMatch(/We keep confidences/);
      expect(offer.choices).toEqual(['Accept', 'Not now']);
      const later = await chat.press('Alex', 'Not now');
      expect(texts(later)).toMatch(/still a member/i);
      expect(texts(later)).not.toMatch(/\/join/);
      // Offered once: not again for this version; still readable any time.
      expect(texts(await chat.send('Alex', 'dm', '/checkin 3'))).not.toMatch(/We keep confidences/);
      expect(texts(await chat.send('Alex', 'dm', '/agreement'))).toMatch(/We keep confidences/);
      const m = await chat.core().db.selectFrom('members').select(['status']).executeTakeFirstOrThrow();
      expect(m.status).toBe('active');
    });

    it('accepts a changed agreement from the offer without asking to join again', async () => {
      await setUp();
      await join('Alex');
      await chat.send('Sam', 'group', '/agreement set We listen. We keep confidences. We are kind.');
      await chat.send('Alex', 'dm', '/checkin 4');
      expect(texts(await chat.press('Alex', 'Accept'))).toMatch(/thank you for reading/i);
      const m = await chat.core().db.selectFrom('members').select(['accepted_version']).executeTakeFirstOrThrow();
      expect(m.accepted_version).toBe(2);
    });

    it('never holds /away, /back, /buddy off or /leave back behind a changed agreement', async () => {
      await setUp();
      await join('Alex');
      await chat.send('Sam', 'group', '/agreement set We listen. We keep confidences. We are kind.');
      const db = chat.core().db;
      expect(texts(await chat.send('Alex', 'dm', '/away 2'))).not.toMatch(/We keep confidences/);
      expect((await db.selectFrom('members').select('away_until').executeTakeFirstOrThrow()).away_until).not.toBeNull();
      await chat.send('Alex', 'dm', '/back');
      expect((await db.selectFrom('members').select('away_until').executeTakeFirstOrThrow()).away_until).toBeNull();
      await chat.send('Alex', 'dm', '/buddy off');
      expect(texts(await chat.send('Alex', 'dm', '/leave'))).not.toMatch(/We keep confidences/);
      await chat.press('Alex', 'Yes, leave');
      expect((await db.selectFrom('members').select('status').executeTakeFirstOrThrow()).status).toBe('left');
    });

    it('never asks the facilitator who wrote the agreement to accept it', async () => {
      await setUp();
      await join('Sam');
      await chat.send('Sam', 'group', '/agreement set We listen. We keep confidences. We are kind.');
      const seen = await chat.send('Sam', 'dm', '/checkin 4');
      expect(texts(seen)).toMatch(/thank/i);
      expect(texts(seen)).not.toMatch(/We keep confidences/);
    });

    it('still asks a new joiner to accept the current agreement to join', async () => {
      await setUp();
      await chat.send('Sam', 'group', '/agreement set We listen. We keep confidences. We are kind.');
      expect(texts(await chat.send('Robin', 'dm', '/checkin 4'))).toMatch(/\/join|not in a group/i);
      const seen = await chat.send('Robin', 'group', '/join');
      expect(texts(seen)).toMatch(/We keep confidences/);
      await chat.press('Robin', 'Accept and join');
      const m = await chat.core().db.selectFrom('members').select(['accepted_version', 'status']).executeTakeFirstOrThrow();
      expect(m).toEqual({ accepted_version: 2, status: 'active' });
    });

    it.skipIf(!receivesPlainWords)('answers plain words in a private chat warmly: /support first, then the mood buttons, then /help, once in 10 minutes', async () => {
      await setUp();
      await join('Alex');
      const first = await chat.say!('Alex', 'dm', "i don't know who to talk to");
      expect(first).toHaveLength(1);
      const [answer] = first;
      expect(answer.to).toBe('private');
      expect(answer.text.indexOf('/support')).toBeGreaterThanOrEqual(0);
      expect(answer.text.indexOf('/support')).toBeLessThan(answer.text.indexOf('/help'));
      expect(answer.text).not.toMatch(SORRY);
      expect(answer.choices).toHaveLength(5);
      // Within 10 minutes: no second answer, whatever the words.
      expect(await chat.say!('Alex', 'dm', 'help')).toEqual([]);
      (chat.core().clock as FixedClock).advance(10 * 60_000);
      const again = await chat.say!('Alex', 'dm', 'things have been really hard');
      expect(again.map((s) => s.text)).toEqual([answer.text]);
      const person = await chat.core().db.selectFrom('people').select('last_free_text_reply_at').where('display_name', '=', 'Alex').executeTakeFirstOrThrow();
      expect(person.last_free_text_reply_at).toBe(chat.core().clock.now().toISOString());
      // Its mood buttons check in.
      expect(texts(await chat.press('Alex', 'good'))).toMatch(/thank/i);
      expect((await chat.core().db.selectFrom('checkins').select('mood').execute()).map((r) => r.mood)).toEqual([4]);
    });

    it.skipIf(!receivesPlainWords)('leaves plain chatter in the group alone', async () => {
      await setUp();
      await join('Alex');
      expect(await chat.say!('Alex', 'group', 'things have been really hard')).toEqual([]);
    });

    it("takes answers to the bot's own questions in a private chat as answers, not plain words", async () => {
      await setUp();
      await join('Alex');
      await chat.send('Alex', 'dm', '/meetup');
      const seen = [
        ...(await chat.answer('Alex', 'dm', 'next Tuesday 7pm')),
        ...(await chat.answer('Alex', 'dm', 'Coffee and chat')),
        ...(await chat.answer('Alex', 'dm', 'The Forum café')),
      ];
      expect(texts(seen)).not.toMatch(/I'm a bot/);
      expect(seen.some((s) => s.choices.some((c) => /confirm/i.test(c)))).toBe(true);
    });

    /** The weekly prompt as the group reads it now, after the outbox went out. */
    async function promptNow(): Promise<string> {
      (chat.core().clock as FixedClock).advance(10_000); // past the tally's coalescing window
      await chat.deliver();
      const prompts = (await chat.groupTexts()).filter((t) => /weekly check-in/.test(t));
      expect(prompts.length).toBeGreaterThan(0);
      return prompts[prompts.length - 1];
    }

    it('shows the prompt\'s tally as a count by default, never who checked in', async () => {
      await setUp();
      await join('Alex');
      await join('Robin');
      await chat.send('Sam', 'group', '/prompt now');
      expect(await promptNow()).toMatch(/Nobody has checked in yet/);
      await chat.press('Alex', 'good');
      expect(await promptNow()).toMatch(/1 person has checked in so far\./);
      await chat.send('Robin', 'dm', '/checkin 3');
      const shown = await promptNow();
      expect(shown).toMatch(/2 people have checked in so far\./);
      expect(shown).not.toMatch(/Alex|Robin/);
    });

    it('names only those who checked in where the group sees it, when the group chose names', async () => {
      await setUp();
      expect(texts(await chat.send('Sam', 'group', '/settings tally names'))).toMatch(/tally is now names/);
      for (const who of ['Alex', 'Robin', 'Kim']) await join(who);
      await chat.send('Sam', 'group', '/prompt now');
      await promptNow();
      // Moments apart, as people do (edits queued in the very same millisecond are the delivery branch's).
      const moment = () => (chat.core().clock as FixedClock).advance(1000);
      await chat.press('Alex', 'good'); // a tap on the group's prompt: in the group's sight
      moment();
      await chat.send('Robin', 'dm', '/checkin 2 rough week'); // a private chat: never named
      moment();
      await chat.send('Kim', 'group', '/checkin 4'); // typed in the group (on Discord, an answer only Kim sees)
      const shown = await promptNow();
      expect(shown).toMatch(/3 people have checked in so far: Alex/);
      expect(shown).not.toMatch(/Robin/);
      if (chat.name === 'discord') expect(shown).toMatch(/Alex and 2 more\./);
      else expect(shown).toMatch(/Alex, Kim and 1 more\./);
    });

    it('tells the group plainly when the check-in day changes, and the facilitator what it means this week', async () => {
      await setUp(); // Sunday 19:00; it is Monday 10:00
      const seen = await chat.send('Sam', 'group', '/settings day monday');
      expect(inGroup(seen).map((s) => s.text).join('\n')).toMatch(/from now on it comes on Mondays at 19:00, instead of Sundays at 19:00/);
      const mine = seen.filter((s) => s.to === 'private');
      expect(mine.map((s) => s.text).join('\n')).toMatch(/This week's check-in comes at the new time, on Mon 23 Nov, 19:00/);
      expect(mine.flatMap((s) => s.choices)).toEqual([]);
    });

    it('offers /prompt now when the new check-in time has already passed this week', async () => {
      await setUp();
      await join('Alex');
      (chat.core().clock as FixedClock).advance(86400_000); // Tuesday 10:00: Monday 19:00 is long gone
      const seen = await chat.send('Sam', 'group', '/settings day monday');
      expect(texts(inGroup(seen))).toMatch(/Mondays at 19:00/);
      const mine = seen.filter((s) => s.to === 'private');
      expect(texts(mine)).toMatch(/already passed this week.*Mon 30 Nov, 19:00/);
      expect(mine.flatMap((s) => s.choices)).toEqual(["Post this week's check-in now"]);
      expect(texts(await chat.press('Sam', "Post this week's check-in now"))).toMatch(/on its way/);
      await chat.deliver();
      expect((await chat.groupTexts()).some((t) => /weekly check-in/.test(t))).toBe(true);
    });

    it('says nothing changes this week when this week\'s prompt has already gone out', async () => {
      await setUp();
      await chat.send('Sam', 'group', '/prompt now');
      const seen = await chat.send('Sam', 'group', '/settings time 20:00');
      expect(texts(inGroup(seen))).toMatch(/Sundays at 20:00, instead of Sundays at 19:00/);
      expect(texts(seen.filter((s) => s.to === 'private'))).toMatch(/already gone out, so nothing changes this week.*Sun 6 Dec, 20:00/);
    });

    it('tells the group and the facilitator when /setup runs again with a new day', async () => {
      await setUp();
      (chat.core().clock as FixedClock).advance(86400_000);
      const seen = await chat.send('Sam', 'group', '/setup Europe/London monday 19:00 Tuesday Parents');
      expect(texts(inGroup(seen))).toMatch(/from now on it comes on Mondays at 19:00, instead of Sundays at 19:00/);
      const mine = seen.filter((s) => s.to === 'private');
      expect(texts(mine)).toMatch(/already passed this week/);
      expect(mine.flatMap((s) => s.choices)).toEqual(["Post this week's check-in now"]);
    });

    it('answers every registered command to a member without an error', async () => {
      await setUp();
      await join('Alex');
      for (const c of commandList) {
        const seen = await chat.send('Alex', 'dm', least(c));
        expect(seen.length, `/${c.name}`).toBeGreaterThan(0);
        expect(texts(seen), `/${c.name}`).not.toMatch(SORRY);
      }
    });

    it("answers a member's own topics, buddy and check-in privately, even when asked in the group", async () => {
      await setUp();
      await join('Alex');
      await chat.send('Alex', 'dm', '/topics seek self-harm, benefits');
      for (const text of ['/topics', '/buddy', '/checkin 4']) {
        const seen = await chat.send('Alex', 'group', text);
        expect(seen.some((s) => s.to === 'private' && s.who !== undefined && s.who !== 'Alex'), text).toBe(false);
        expect(seen.some((s) => s.to === 'private'), text).toBe(true);
        for (const s of inGroup(seen)) {
          expect(s.text, text).not.toMatch(/self-harm|benefits|buddy|buddies|thank you|updated/i);
        }
      }
      const mine = await chat.send('Alex', 'group', '/topics');
      expect(mine.filter((s) => s.to === 'private').map((s) => s.text).join()).toMatch(/self-harm/);
    });

    it('never shows private-only answers to the group', async () => {
      await setUp();
      await join('Alex');
      for (const c of commandList.filter((c) => c.privateOnly?.({ action: 'avoid' }))) {
        const seen = await chat.send('Alex', 'group', `/${c.name}${c.name === 'buddy' ? ' avoid Sam' : ''}`);
        for (const s of inGroup(seen)) expect(s.text, `/${c.name}`).toMatch(/private/i);
      }
    });
  });
}
