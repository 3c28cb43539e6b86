import { afterEach, describe, expect, it } from 'vitest';
import { TelegramTest } from './helpers/telegram-harness.js';

// Telegram tells us each person's app language (language_code): what is said to them alone
// follows it where we speak it, while the group's posts stay in the group's language.

let t: TelegramTest | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const texts = (seen: { text: string }[]) => seen.map((s) => s.text).join('\n---\n');

describe('Telegram, in each person’s language', () => {
  it('answers a member whose app is in Polish in Polish, in an English group, and the group in English', async () => {
    t = await TelegramTest.start();
    t.makeAdmin(await t.user('Sam'));
    await t.send('Sam', 'group', '/setup Europe/London sunday 19:00 Tuesday Parents');
    await t.user('Ola', { languageCode: 'pl' });
    await t.send('Ola', 'group', '/join');
    await t.press('Ola', 'Akceptuję');
    const checkin = await t.send('Ola', 'dm', '/checkin 4');
    expect(texts(checkin)).toMatch(/^Dziękuję, że się odzywasz\. 🙂/);
    const language = await t.send('Ola', 'dm', '/language');
    expect(texts(language)).toMatch(/Rozmawiam z tobą w języku: Polski\. To język twojej aplikacji\./);
    const english = await t.send('Sam', 'dm', '/language');
    expect(texts(english)).toMatch(/I speak English with you\./);
  });

  it('says hello in the language of whoever added the bot to a new group', async () => {
    t = await TelegramTest.start();
    const kim = await t.user('Kim', { languageCode: 'cy' });
    const theirs = t.fake.group({ title: 'Cerddwyr', admins: [kim], bot: 'left' });
    const seen = await t.act(() => t!.fake.addBot(theirs, { by: kim }));
    expect(texts(seen.filter((s) => s.to === 'group'))).toMatch(/^Helô bawb!/);
  });

  it('in a Welsh group, the note about a private reply and its button are Welsh', async () => {
    t = await TelegramTest.start();
    t.makeAdmin(await t.user('Sam'));
    await t.send('Sam', 'group', '/setup Europe/London sunday 19:00 Grŵp Rhieni');
    await t.send('Sam', 'group', '/settings language cy');
    await t.user('Dewi', { startsBot: false });
    const seen = await t.send('Dewi', 'group', '/mydata');
    const note = seen.find((s) => s.to === 'group' && s.privateLink)!;
    expect(note.text).toMatch(/sgwrs breifat/);
    const sent = t.fake.sent.filter((x) => x.chat_id < 0).at(-1)!;
    const button = (sent.reply_markup as { inline_keyboard: { text: string; url?: string }[][] }).inline_keyboard.flat().find((b) => b.url)!;
    expect(button.text).toBe('Agor sgwrs breifat gyda fi');
  });
});
