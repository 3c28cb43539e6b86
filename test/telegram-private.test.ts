import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Seen } from './contract/harness.js';
import { snapshot } from './helpers/core.js';
import { TelegramTest } from './helpers/telegram-harness.js';

// Private replies on Telegram: by private message; for someone who never started the bot, a
// deep-link button in the group that reveals nothing, the reply kept and delivered after /start.

const texts = (seen: Seen[]) => seen.map((s) => s.text).join('\n---\n');
const inGroup = (seen: Seen[]) => seen.filter((s) => s.to === 'group');

let t: TelegramTest;
beforeEach(async () => {
  t = await TelegramTest.start();
  const sam = await t.user('Sam');
  t.makeAdmin(sam);
  await t.send('Sam', 'group', '/setup Europe/London sunday 19:00 Tuesday Parents');
});
afterEach(async () => {
  await t.stop();
  expect(t.errors()).toEqual([]);
});

function deepLinkOf(chatId: number): string {
  const s = t.fake.sentTo(chatId).at(-1)!;
  const url = (s.reply_markup as { inline_keyboard: Array<Array<{ url?: string }>> }).inline_keyboard.flat().find((b) => b.url)!.url!;
  const m = /^https:\/\/t\.me\/PeerSupportTestBot\?start=([A-Za-z0-9_-]{1,64})$/.exec(url);
  expect(m, url).not.toBeNull();
  return m![1];
}

describe('Telegram private replies', () => {
  it('holds the agreement for someone who never started the bot, behind a deep link, and delivers it after /start', async () => {
    const dee = await t.user('Dee', { startsBot: false });
    const asked = await t.send('Dee', 'group', '/join');
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ to: 'group', privateLink: true, choices: [] });
    expect(asked[0].text).toMatch(/private reply for you/);
    expect(asked[0].text).not.toMatch(/agreement|Tuesday Parents/i); // reveals nothing
    const held = await t.core.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(held).toMatchObject({ status: 'held', audience: 'person', kind: 'reply' });

    const payload = deepLinkOf(t.group.id);
    const opened = await t.act(() => t.fake.userStartsBot(dee, payload));
    expect(opened.map((s) => s.to)).toEqual(['private', 'private']);
    expect(opened[0].text).toMatch(/^Hello! This is our private chat/);
    expect(opened[1]).toMatchObject({ who: 'Dee', choices: ['Accept and join', 'Not now'] });
    expect(opened[1].text).toMatch(/Tuesday Parents: our agreement/);
    expect(await t.core.db.selectFrom('outbox').select(['status', 'platform_message_id']).executeTakeFirst()).toMatchObject({ status: 'sent' });

    const joined = await t.press('Dee', 'Accept');
    expect(inGroup(joined).map((s) => s.text)).toEqual(['Welcome, Dee! 👋']);
    expect(await t.core.db.selectFrom('members').select('status').execute()).toEqual([{ status: 'active' }]);
    expect(await t.core.db.selectFrom('people').select('dm_chat_id').where('user_id', '=', String(dee.id)).executeTakeFirst()).toEqual({ dm_chat_id: String(dee.id) });
  });

  it('never puts a lowest-mood answer in the group: held for the private chat instead', async () => {
    await t.send('Eve', 'group', '/join');
    await t.press('Eve', 'Accept');
    // Eve blocks the bot later: private messages can no longer reach her.
    t.fake.userBlocksBot(t.users.get('eve')!);
    const seen = await t.send('Eve', 'group', '/checkin 1');
    expect(texts(inGroup(seen))).not.toMatch(/Samaritans|999|hard/);
    expect(inGroup(seen).at(-1)).toMatchObject({ privateLink: true });
    const held = await t.core.db.selectFrom('outbox').select(['status', 'payload']).where('status', '=', 'held').execute();
    expect(held.length).toBeGreaterThanOrEqual(1);
    expect(held.map((h) => h.payload).join()).toMatch(/Samaritans/);
    const back = await t.act(() => t.fake.userSends(t.users.get('eve')!, t.users.get('eve')!.id, 'hi'));
    expect(texts(back)).toMatch(/Samaritans/);
    expect(await t.core.db.selectFrom('outbox').select('status').where('status', '=', 'held').execute()).toEqual([]);
  });

  it('treats a note typed in the group as shared; /mydata and /buddy avoid in the group answer with a private link and record nothing', async () => {
    await t.send('Alex', 'group', '/join');
    await t.press('Alex', 'Accept');
    const typed = await t.send('Alex', 'group', '/checkin 4 meant this to be private');
    expect(texts(typed)).toMatch(/shared with the group/);
    expect(await t.core.db.selectFrom('checkins').select(['note_shared']).executeTakeFirst()).toEqual({ note_shared: 1 });

    const before = await snapshot(t.core);
    for (const cmd of ['/mydata', '/buddy avoid Sam', '/forgetme']) {
      const seen = await t.send('Alex', 'group', cmd);
      expect(seen, cmd).toEqual([expect.objectContaining({ to: 'group', privateLink: true, text: expect.stringMatching(/private chat/) })]);
    }
    expect(await snapshot(t.core)).toEqual(before);
  });

  it('gives /mydata as a file, /forgetme erases after confirming, /support works everywhere', async () => {
    await t.send('Alex', 'group', '/join');
    await t.press('Alex', 'Accept');
    await t.send('Alex', 'dm', '/checkin 2 a quiet note');
    const support = await t.send('Alex', 'group', '/support');
    expect(support[0]).toMatchObject({ to: 'group' });
    expect(texts(support)).toMatch(/999/);
    expect(texts(await t.send('Robin', 'dm', '/support'))).toMatch(/emergency/i);

    const data = await t.send('Alex', 'dm', '/mydata');
    expect(data).toEqual([expect.objectContaining({ to: 'private', file: expect.stringMatching(/\.json$|\.txt$/) })]);
    const doc = t.fake.sent.find((s) => s.method === 'sendDocument')!;
    expect(doc.document!.data!.toString()).toMatch(/a quiet note/);

    const ask = await t.send('Alex', 'dm', '/forgetme');
    expect(ask[0].choices).toContain('Yes, erase everything');
    const done = await t.press('Alex', 'Yes, erase');
    expect(texts(done)).toMatch(/erased/);
    const alex = t.users.get('alex')!;
    expect(await t.core.db.selectFrom('people').select('id').where('user_id', '=', String(alex.id)).execute()).toEqual([]);
    expect(await t.core.db.selectFrom('checkins').select('id').execute()).toEqual([]);
  });

  it('shares tips and runs a meetup with RSVP buttons', async () => {
    for (const n of ['Alex', 'Bo']) {
      await t.send(n, 'group', '/join');
      await t.press(n, 'Accept');
    }
    const tip = await t.send('Alex', 'group', '/tip #school Ask the school for the plan in writing');
    expect(texts(tip)).toMatch(/Thank you for sharing/);
    const found = await t.send('Bo', 'group', '/tips school');
    expect(texts(found)).toMatch(/Ask the school for the plan in writing/);

    const draft = await t.send('Alex', 'group', '/meetup next tuesday 7pm | Coffee and chat | The Library cafe');
    expect(draft.flatMap((s) => s.choices)).toContain('Confirm and post');
    await t.press('Alex', 'Confirm and post');
    const post = inGroup(await t.deliver()).find((s) => /suggests a meetup/.test(s.text))!;
    expect(post.choices).toEqual(['Yes', 'Maybe', 'No']);
    await t.press('Bo', 'Maybe');
    const rsvps = await t.core.db.selectFrom('meetup_rsvps').select('answer').orderBy('answer').execute();
    expect(rsvps).toEqual([{ answer: 'maybe' }, { answer: 'yes' }]);
  });
});
