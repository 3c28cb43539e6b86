import { afterEach, describe, expect, it } from 'vitest';
import { queueMeetupReminders } from '../src/core/meetups.js';
import { parseMarkup, plain, toPlainText, when } from '../src/core/reply.js';
import { toDiscordMarkdown } from '../src/adapters/discord/markdown.js';
import { toHtml } from '../src/adapters/telegram/render.js';
import { discordHarness } from './helpers/discord-harness.js';
import { telegramHarness } from './helpers/telegram-harness.js';
import type { ChatHarness } from './contract/harness.js';
import type { FixedClock } from '../src/core/ports.js';

// A moment people read (a meetup, a reminder, the end of a break) is one neutral element in the
// Reply markup, an instant and the group's zone, that each adapter writes its own way: Discord as
// a timestamp every member sees in their own time, Telegram and the console written in the
// group's zone. No command branches on the platform.

const summer = new Date('2026-07-01T18:00:00Z'); // 19:00 in London (BST)
const winter = new Date('2026-12-01T19:00:00Z'); // 19:00 in London (GMT)
const unix = (d: Date) => Math.floor(d.getTime() / 1000);

describe('the time element', () => {
  it('is written in the group zone on Telegram and the console, across a daylight-saving change', () => {
    expect(toPlainText(`Walk on ${when(summer, 'Europe/London')}.`)).toBe('Walk on Wed 1 Jul, 19:00.');
    expect(toPlainText(`Walk on ${when(winter, 'Europe/London')}.`)).toBe('Walk on Tue 1 Dec, 19:00.');
    expect(toHtml(`Walk on ${when(summer, 'Europe/London')}.`)).toBe('Walk on Wed 1 Jul, 19:00.');
    expect(toPlainText(when(winter, 'America/New_York', 'date'))).toBe('Tuesday 1 December');
  });

  it('is a Discord timestamp, which each member sees in their own time', () => {
    expect(toDiscordMarkdown(`Walk on ${when(summer, 'Europe/London')}.`)).toBe(`Walk on <t:${unix(summer)}:F> (<t:${unix(summer)}:R>).`);
    expect(toDiscordMarkdown(`until ${when(winter, 'Europe/London', 'date')}`)).toBe(`until <t:${unix(winter)}:D>`);
  });

  it('cannot be made from what people type', () => {
    const typed = plain(`[Tue 1 Dec, 19:00](t:${unix(winter)}:datetime) <t:${unix(winter)}:F>`);
    expect(parseMarkup(typed).some((s) => s.kind === 'time')).toBe(false);
    expect(toDiscordMarkdown(typed)).not.toMatch(/(^|[^\\])<t:/);
  });
});

describe('meetup times on each platform', () => {
  let chat: ChatHarness | undefined;
  afterEach(async () => {
    await chat?.stop();
    chat = undefined;
  });

  async function meetupAndReminder(h: ChatHarness): Promise<{ post: string; reminder: string }> {
    chat = h;
    await chat.start();
    await chat.makeFacilitator('Sam');
    await chat.send('Sam', 'group', '/setup Europe/London sunday 19:00 Tuesday Parents');
    await chat.send('Alex', 'group', '/join');
    await chat.press('Alex', 'Accept');
    await chat.send('Alex', 'group', '/meetup tomorrow 7pm | Walk | The park');
    const posted = await chat.press('Alex', 'Confirm');
    await chat.deliver();
    const post = (await chat.groupTexts()).find((t) => /Walk/.test(t) && /park/.test(t)) ?? '';
    void posted;
    // The next morning: the day-before reminder falls due.
    const core = chat.core();
    (core.clock as FixedClock).set(new Date('2026-11-24T10:00:00Z'));
    await queueMeetupReminders(core, core.clock.now());
    const reminder = (await chat.deliver()).map((s) => s.text).find((t) => /reminder/i.test(t)) ?? '';
    return { post, reminder };
  }

  it('Discord posts the meetup and its reminder (sent later from the outbox) with timestamps', async () => {
    const h = discordHarness();
    await meetupAndReminder(h);
    const bed = h.bed();
    const contents = bed.fake.messages.map((m) => String(m.content ?? ''));
    // Tomorrow (Tue 24 Nov 2026) 19:00 in London is 19:00 UTC.
    const at = unix(new Date('2026-11-24T19:00:00Z'));
    expect(contents.some((c) => /Walk/.test(c) && c.includes(`<t:${at}:F> (<t:${at}:R>)`)), contents.join('\n---\n')).toBe(true);
    expect(contents.some((c) => /reminder/i.test(c) && c.includes(`<t:${at}:F>`))).toBe(true);
  });

  it('Telegram writes them in the group zone', async () => {
    const { post, reminder } = await meetupAndReminder(telegramHarness());
    expect(post).toMatch(/Walk.*Tue 24 Nov, 19:00/);
    expect(reminder).toMatch(/Tue 24 Nov, 19:00/);
    expect(`${post}\n${reminder}`).not.toMatch(/t:\d+/);
  });
});
