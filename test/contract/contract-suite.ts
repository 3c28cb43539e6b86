import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandList } from '../../commands/index.js';
import type { FixedClock } from '../../src/core/ports.js';
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

    it('lists helplines that read cleanly, lines for everyone before children\'s, and names regions in words', async () => {
      await setUp();
      expect(texts(await chat.send('Sam', 'group', '/settings region GB scotland'))).toMatch(/the UK \(GB, Scotland\)/);
      const t = texts(await chat.send('Robin', 'group', '/support'));
      const bullets = t.split('\n').filter((l) => l.startsWith('• '));
      expect(bullets[0]).toBe('• Samaritans: call 116 123, open 24/7');
      expect(t).toContain('• Breathing Space: call 0800 83 85 87, open Mon to Thu 6pm to 2am, Fri 6pm to Mon 6am');
      expect(bullets[bullets.length - 1]).toMatch(/^• Childline/);
      expect(t).not.toMatch(/\(24\/7|every day of the year/);
      const intl = texts(await chat.send('Sam', 'group', '/settings region international'));
      expect(intl).toMatch(/international/);
      expect(intl).not.toMatch(/\bINT\b/);
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
