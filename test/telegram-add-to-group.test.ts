import { afterEach, describe, expect, it } from 'vitest';
import { TelegramTest } from './helpers/telegram-harness.js';

// "Add me to your group": /help in the private chat gives Telegram's startgroup link, made from the
// bot's own username; following it adds the bot (it says hello and how to /setup) and Telegram
// says /start@bot setup in the group, which needs no second answer.

let t: TelegramTest | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

describe('adding the bot to a group of one’s own', () => {
  it('/help in the private chat gives the startgroup link with the bot’s username; in a group it does not', async () => {
    t = await TelegramTest.start({ fake: { botUsername: 'KindlyCircleBot' } });
    const dm = await t.send('Kim', 'dm', '/help');
    expect(dm.map((s) => s.text).join('\n')).toContain('https://t.me/KindlyCircleBot?startgroup=setup');
    const inGroup = await t.send('Kim', 'group', '/help');
    expect(inGroup.map((s) => s.text).join('\n')).not.toContain('startgroup');
  });

  it('the link adds the bot: one hello with how to /setup, and the /start it brings gets no second answer', async () => {
    t = await TelegramTest.start();
    const kim = await t.user('Kim');
    const theirs = t.fake.group({ title: 'Thursday Walkers', admins: [kim], bot: 'left' });
    const seen = await t.act(() => {
      t!.fake.addBot(theirs, { by: kim });
      t!.fake.userSends(kim, theirs, `/start@${t!.fake.me.username} setup`);
    });
    const said = seen.filter((s) => s.to === 'group').map((s) => s.text);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/\/setup/);
    expect(t.errors()).toEqual([]);
  });
});
