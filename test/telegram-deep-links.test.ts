import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { privateLinkFor, readPrivateLink } from '../commands/private-links.js';
import type { Seen } from './contract/harness.js';
import { TelegramTest } from './helpers/telegram-harness.js';

// A link to the private chat carries what was asked: /mydata typed in the group gives a button,
// and pressing Start runs /mydata there. The link names the command and the group, never a
// person: whoever presses Start gets their own.

const texts = (seen: Seen[]) => seen.map((s) => s.text).join('\n---\n');

let t: TelegramTest;
beforeEach(async () => {
  t = await TelegramTest.start();
  t.makeAdmin(await t.user('Sam'));
  await t.send('Sam', 'group', '/setup Europe/London sunday 19:00 Tuesday Parents');
  for (const name of ['Alex', 'Bo']) {
    await t.send(name, 'group', '/join');
    await t.press(name, 'Accept');
  }
});
afterEach(async () => {
  await t.stop();
  expect(t.errors()).toEqual([]);
});

/** The start payload of the private-chat button on the newest group message. */
function payloadInGroup(): string {
  const s = t.fake.sentTo(t.group.id).at(-1)!;
  const url = (s.reply_markup as { inline_keyboard: Array<Array<{ url?: string }>> }).inline_keyboard.flat().find((b) => b.url)!.url!;
  const m = /^https:\/\/t\.me\/PeerSupportTestBot\?start=([A-Za-z0-9_-]{1,64})$/.exec(url);
  expect(m, url).not.toBeNull();
  return m![1];
}

const groupId = async () => (await t.core.db.selectFrom('groups').select('id').executeTakeFirstOrThrow()).id;
const personId = async (name: string) => (await t.core.db.selectFrom('people').select('id').where('user_id', '=', String(t.users.get(name.toLowerCase())!.id)).executeTakeFirstOrThrow()).id;
const start = (name: string, payload: string) => t.act(() => t.fake.userStartsBot(t.users.get(name.toLowerCase())!, payload));

describe('Telegram: links to the private chat carry what was asked', () => {
  it('runs /mydata after Start, for whoever pressed it: someone else gets their own data', async () => {
    const asked = await t.send('Alex', 'group', '/mydata');
    expect(asked.map((s) => [s.to, s.privateLink ?? false])).toEqual([['group', true]]);
    expect(asked[0].text).toMatch(/press Start/);
    const payload = payloadInGroup();
    expect(payload).toBe(`mydata_g${await groupId()}`);
    expect(payload).not.toMatch(String(t.users.get('alex')!.id)); // names no person

    const alex = await start('Alex', payload);
    expect(alex.map((s) => [s.to, s.who])).toEqual([['private', 'Alex'], ['private', 'Alex']]);
    expect(alex[0].text).toMatch(/^Hello!/);
    expect(alex[1].file).toBe('my-data.json');
    const alexFile = t.fake.sent.at(-1)!.document!.data!.toString("utf8");
    expect(alexFile).toContain(`"id": ${await personId('Alex')}`);

    // Bo presses the same link: Bo's own file, nothing of Alex's.
    const bo = await start('Bo', payload);
    expect(bo.map((s) => s.who)).toEqual(['Bo', 'Bo']);
    const boFile = t.fake.sent.at(-1)!.document!.data!.toString("utf8");
    expect(boFile).toContain(`"id": ${await personId('Bo')}`);
    expect(boFile).not.toContain('Alex');
  });

  it('runs /forgetme (its confirmation), /buddy avoid (the list) and a private check-in after Start, recording nothing on the way', async () => {
    await t.send('Alex', 'group', '/forgetme');
    const forget = await start('Alex', payloadInGroup());
    expect(forget.at(-1)).toMatchObject({ to: 'private', choices: ['Yes, erase everything', 'No, keep it'] });

    await t.send('Alex', 'group', '/buddy avoid Bo');
    const payload = payloadInGroup();
    expect(payload).not.toMatch(/Bo/); // the name stays out of the link
    const avoid = await start('Alex', payload);
    expect(avoid.at(-1)!.text).toMatch(/Your avoid list is empty/);
    expect(await t.core.db.selectFrom('buddy_avoids').selectAll().execute()).toEqual([]);

    // A note typed in the group counts as shared; the bot says so once, with a link for a private one.
    const typed = await t.send('Alex', 'group', '/checkin 3 long week');
    expect(typed.find((s) => /notes typed there count as shared/.test(s.text))).toMatchObject({ to: 'group', privateLink: true });
    const checkin = await start('Alex', payloadInGroup());
    expect(checkin.at(-1)).toMatchObject({ to: 'private', who: 'Alex' });
    expect(checkin.at(-1)!.choices).toHaveLength(5);
    expect(texts(checkin)).toMatch(/How are you this week/);
  });

  it("answers someone the bot can't write to with a note and a link in the group, never their topics", async () => {
    await t.send('Alex', 'dm', '/topics seek self-harm');
    t.fake.userBlocksBot(t.users.get('alex')!);
    const seen = await t.send('Alex', 'group', '/topics');
    expect(seen.map((s) => [s.to, s.privateLink ?? false])).toEqual([['group', true]]);
    expect(texts(seen)).toMatch(/private reply for you/);
    expect(texts(seen)).not.toMatch(/self-harm/);
    const held = await t.core.db.selectFrom('outbox').select('payload').where('status', '=', 'held').execute();
    expect(held.map((h) => h.payload).join()).toMatch(/self-harm/);
  });

  it('reads only fixed commands from a link: anything else just opens the chat', async () => {
    for (const key of ['mydata', 'forgetme', 'checkin', 'buddy-avoid'] as const) {
      const longest = privateLinkFor(key, 999_999_999_999);
      expect(longest).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(readPrivateLink(longest).groupId).toBe(999_999_999_999);
    }
    expect(readPrivateLink('mydata_g12')).toEqual({ command: { name: 'mydata', text: '' }, groupId: 12 });
    expect(readPrivateLink('buddy-avoid_g3')).toEqual({ command: { name: 'buddy', text: 'avoid' }, groupId: 3 });
    expect(readPrivateLink('g12')).toEqual({ groupId: 12 });
    expect(readPrivateLink('prompt-skip_g12')).toEqual({ groupId: 12 });
    expect(readPrivateLink('leave')).toEqual({});
    const crafted = await start('Alex', 'prompt-skip');
    expect(crafted).toHaveLength(1);
    expect(crafted[0].text).toMatch(/^Hello!/);
  });
});
