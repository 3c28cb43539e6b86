import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandList } from '../../commands/index.js';
import type { ChatHarness, Seen } from './harness.js';

// The shared contract: every adapter passes the same behaviour, the way people would see it.

const SETUP = '/setup Europe/London sunday 19:00 Tuesday Parents';
const SORRY = /something went wrong/i;

const texts = (seen: Seen[]) => seen.map((s) => s.text).join('\n---\n');
const inGroup = (seen: Seen[]) => seen.filter((s) => s.to === 'group');

export function contractSuite(make: () => ChatHarness): void {
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

    it('answers every group command in a chat that is not set up with how to set it up', async () => {
      for (const c of commandList.filter((c) => c.scope === 'group')) {
        const seen = await chat.send('Robin', 'group', `/${c.name}`);
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
        expect(seen, time).toContain(`Sunday at ${hhmm}`);
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
      await chat.send('Alex', 'group', '/meetup next Tuesday 7.30pm | Walk | The park');
      const later = texts(await chat.press('Alex', 'Confirm'));
      expect(later).toContain('Tue 1 Dec, 19:30');
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
        const seen = await chat.send('Alex', 'group', `/${c.name} ${c.options[0]?.choices?.[0] ?? ''}`.trim());
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

    it('keeps a note sent privately private, and says so', async () => {
      await setUp();
      await join('Alex');
      const seen = await chat.send('Alex', 'dm', '/checkin 3 tired but ok');
      expect(inGroup(seen)).toHaveLength(0);
      expect(texts(seen)).toMatch(/private/i);
      const row = await chat.core().db.selectFrom('checkins').selectAll().executeTakeFirstOrThrow();
      expect([row.mood, row.note, row.note_shared]).toEqual([3, 'tired but ok', 0]);
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

    it('asks members to accept a changed agreement before member commands work again', async () => {
      await setUp();
      await join('Alex');
      await chat.send('Sam', 'group', '/agreement set We listen. We keep confidences. We are kind.');
      const blocked = await chat.send('Alex', 'dm', '/checkin 4');
      expect(texts(blocked)).toMatch(/agreement has changed/i);
      expect(await chat.core().db.selectFrom('checkins').selectAll().execute()).toHaveLength(0);
      await chat.press('Alex', 'Accept');
      expect(texts(await chat.send('Alex', 'dm', '/checkin 4'))).toMatch(/thank/i);
    });

    it('answers every registered command to a member without an error', async () => {
      await setUp();
      await join('Alex');
      for (const c of commandList) {
        const seen = await chat.send('Alex', 'dm', `/${c.name}`);
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
