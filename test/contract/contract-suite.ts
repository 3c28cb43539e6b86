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
