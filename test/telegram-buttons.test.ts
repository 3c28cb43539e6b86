import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Seen } from './contract/harness.js';
import { snapshot } from './helpers/core.js';
import { TelegramTest } from './helpers/telegram-harness.js';

// Inline buttons: a press acts for whoever pressed it; forged, altered or copied callback data
// gets a polite answer and never an action; every callback query is answered.

const texts = (seen: Seen[]) => seen.map((s) => s.text).join('\n---\n');

let t: TelegramTest;
beforeEach(async () => {
  t = await TelegramTest.start();
  const sam = await t.user('Sam');
  t.makeAdmin(sam);
  await t.send('Sam', 'group', '/setup Europe/London sunday 19:00 Tuesday Parents');
  for (const name of ['Alex', 'Bo']) {
    await t.send(name, 'group', '/join');
    await t.press(name, 'Accept');
  }
});
afterEach(async () => {
  await t.stop();
  expect(t.errors()).toEqual([]);
  expect([...t.fake.callbackQueries.values()].every((q) => q.answered)).toBe(true);
});

const checkins = () =>
  t.core.db
    .selectFrom('checkins')
    .innerJoin('members', 'members.id', 'checkins.member_id')
    .innerJoin('people', 'people.id', 'members.person_id')
    .select(['people.display_name as name', 'checkins.mood'])
    .execute();

describe('Telegram buttons', () => {
  it("acts for whoever presses a button shown to someone else, and refuses someone who hasn't joined", async () => {
    await t.send('Alex', 'group', '/checkin');
    const bo = await t.press('Bo', 'great');
    // The thanks is Bo's alone (an alert), with the offer to add a few words in Bo's private chat.
    expect(bo.filter((s) => s.who === 'Bo' && /Thank you/.test(s.text))).toHaveLength(1);
    expect(bo.every((s) => s.to === 'private' && s.who === 'Bo')).toBe(true);
    expect(await checkins()).toEqual([{ name: 'Bo', mood: 5 }]);

    const dee = await t.press('Dee', 'low');
    expect(texts(dee)).toMatch(/You haven't joined Tuesday Parents/);
    expect(dee.every((s) => s.to === 'private')).toBe(true);
    expect(await checkins()).toEqual([{ name: 'Bo', mood: 5 }]);
  });

  it('thanks a tap by someone the bot cannot write to in an alert, and drops the offer of a few words rather than announce it in the group', async () => {
    await t.act(async () => t.fake.userBlocksBot(await t.user('Bo')));
    await t.send('Alex', 'group', '/checkin');
    const before = t.fake.sentTo(t.group).length;
    const bo = await t.press('Bo', 'good');
    expect(texts(bo)).toMatch(/Thank you for checking in/);
    expect(t.fake.callbackAnswers.at(-1)).toMatchObject({ show_alert: true });
    expect(t.fake.sentTo(t.group).length).toBe(before);
    expect(await t.core.db.selectFrom('outbox').select('status').where('status', '=', 'held').execute()).toEqual([]);
    expect(await checkins()).toEqual([{ name: 'Bo', mood: 4 }]);
  });

  it('answers forged, altered and copied callback data politely and changes nothing', async () => {
    await t.send('Alex', 'group', '/checkin');
    const prompt = t.fake.sentTo(t.group).at(-1)!.message;
    const real = (prompt.reply_markup!.inline_keyboard.flat()[3] as { callback_data: string }).callback_data;
    expect(Buffer.byteLength(real)).toBeLessThanOrEqual(64);
    // The Accept button Alex got privately, copied onto the group's message.
    const privateAccept = t.findButton(t.users.get('alex')!, 'Accept', [t.users.get('alex')!.id])!.data;

    const before = await snapshot(t.core);
    const forged = [
      'checkin:mood:1', // invented
      real.replace('mood:4', 'mood:1'), // altered
      `${'A'.repeat(10)}||checkin:mood:4`, // a guessed signature
      privateAccept, // valid elsewhere, not in this chat
      'x'.repeat(64),
    ];
    const seen = await t.act(() => {
      for (const data of forged) t.fake.pressButton(t.users.get('bo')!, prompt, data, { force: true });
    });
    expect(seen).toHaveLength(forged.length);
    for (const s of seen) expect(s).toMatchObject({ to: 'private', who: 'Bo', text: expect.stringMatching(/that button doesn't work any more/) });
    expect(t.fake.sentTo(t.group).at(-1)!.message.message_id).toBe(prompt.message_id); // nothing posted
    expect(await snapshot(t.core)).toEqual(before);
  });

  it('answers a stale Accept button (the agreement changed) with the current agreement', async () => {
    await t.send('Cat', 'group', '/join');
    await t.send('Sam', 'group', '/agreement set We listen. We keep confidences. We are kind.');
    const stale = await t.press('Cat', 'Accept');
    expect(texts(stale)).toMatch(/agreement has changed since that button was shown/);
    expect(texts(stale)).toMatch(/We keep confidences/);
    expect(await t.core.db.selectFrom('members').select('id').execute()).toHaveLength(2);
    const fresh = await t.press('Cat', 'Accept');
    expect(texts(fresh)).toMatch(/Welcome, Cat!/);
  });
});
