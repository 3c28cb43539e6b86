import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '../commands/command.js';
import { commandList } from '../commands/index.js';
import { ConsoleChat } from '../src/adapters/console/console-chat.js';
import { toDiscordMarkdown } from '../src/adapters/discord/markdown.js';
import { toHtml } from '../src/adapters/telegram/render.js';
import { KindError } from '../src/core/core.js';
import type { Delivery } from '../src/core/outbox.js';
import { type Reply, toPlainText } from '../src/core/reply.js';
import { domainJobs } from '../src/jobs/domain.js';
import { type Schedule, createSchedule } from '../src/jobs/index.js';
import { plainText } from './fakes/telegram/formatting.js';
import { fromDiscord } from './helpers/discord-harness.js';
import { type TestWorld, testWorld } from './helpers/core.js';

// Every message a broad month of use produces (answers, bad input, scheduled messages), rendered
// for the console, Telegram and Discord: a literal `_` or `*` in the text stays a visible
// character, and every address stays whole and clickable.

let world: TestWorld;
let chat: ConsoleChat;
let schedule: Schedule;
const sent: string[] = [];

/** Every command, with its handlers wrapped to record the replies they return. */
function recording(list: readonly Command[]): Map<string, Command> {
  const keep = async (p: Promise<Reply[]>) => {
    try {
      const replies = await p;
      for (const r of replies) sent.push(r.text);
      return replies;
    } catch (err) {
      if (err instanceof KindError) sent.push(err.userMessage);
      throw err;
    }
  };
  return new Map(
    list.map((c) => [
      c.name,
      {
        ...c,
        run: (ctx, args) => keep(c.run(ctx, args)),
        ...(c.choices ? { choices: { ...c.choices, run: (ctx, data) => keep(c.choices!.run(ctx, data)) } } : {}),
        ...(c.forms ? { forms: { ...c.forms, run: (ctx, data, v) => keep(c.forms!.run(ctx, data, v)) } } : {}),
      } satisfies Command,
    ]),
  );
}

beforeEach(async () => {
  sent.length = 0;
  world = await testWorld('2026-11-25T12:00:00Z');
  world.app.commands = recording(commandList);
  chat = new ConsoleChat({ app: world.app, out: () => {}, clock: world.clock, onClockMoved: () => schedule.clockMoved(), deliverOutbox: () => schedule.deliverNow() });
  const deliver = chat.deliver.bind(chat);
  chat.deliver = async (d: Delivery) => {
    sent.push(d.reply.text);
    return deliver(d);
  };
  schedule = createSchedule({ core: world.core, ports: [chat], domain: domainJobs, ticker: () => () => {}, holder: 'literals-test' });
  await schedule.start();
});
afterEach(async () => {
  await schedule.stop();
  await world.close();
});

const SCRIPT = [
  'Sam: /setup Mars/Olympus sunday 19:00',
  'Sam: /setup America/New_York sunday 19:00 Snake_case *Parents*',
  'Sam: /settings',
  'Sam: /settings timezone Nowhere/Else',
  'Sam: /settings region US',
  'Sam: /settings region GB northern ireland',
  'Sam: /settings region US',
  'Sam: /agreement set We listen_carefully. We keep *confidences*. See https://example.org/our_rules_(v2).',
  'Alex: /join',
  'Alex: #1',
  'Kim: /join',
  'Kim: #1',
  'Alex: /checkin 4 my_note with *stars* and https://example.org/a_b',
  'Kim@dm: /checkin 1',
  'Alex: /tip #school_appeals Read https://example.org/appeal_guide_2026 and mark *every* page',
  'Alex: /tips school_appeals',
  'Alex: /topics offer school_appeals, sleep',
  'Kim: /topics seek school_appeals',
  'Alex: /buddy on',
  'Kim: /buddy on',
  'Alex: /meetup next Tuesday 7pm | Coffee_and_chat | The *Forum* café',
  'Alex: #1',
  'Kim: /support',
  'Kim: /help',
  'Sam: /help',
  'Sam: /stats',
  'Alex@dm: /mydata',
  'Kim: /away 2',
  'Alex: /checkin purple',
  'Alex: /nosuchcommand',
  ':clock +4w',
];

const unescaped = (m: string) => m.replace(/\\(.)/g, '$1');
const wordsWithUnderscore = (s: string) => s.match(/[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+/gu) ?? [];
const addresses = (s: string) => (s.match(/https?:\/\/[^\s<>"]+/g) ?? []).map((u) => u.replace(/[.,;:!?*]+$/, '').replace(/\)$/, (p) => (u.split('(').length > u.split(')').length - 1 ? p : '')));
const lonelyStars = (s: string) => s.replace(/\*\*/g, '').split('*').length - 1;

describe('literal characters in every message', () => {
  it('keep every underscore, star and address visible on the console, Telegram and Discord', async () => {
    for (const line of SCRIPT) await chat.line(line);
    const withUnderscore = sent.filter((m) => wordsWithUnderscore(unescaped(m)).length);
    const withAddress = sent.filter((m) => addresses(unescaped(m)).some((u) => u.includes('_')));
    // Not vacuous: the time zone hint, the settings, people's own words and the helplines are here.
    expect(withUnderscore.length).toBeGreaterThanOrEqual(8);
    expect(withAddress.length).toBeGreaterThanOrEqual(3);
    expect(sent.some((m) => m.includes('List_of_tz_database_time_zones'))).toBe(true);

    for (const markup of sent) {
      const html = toHtml(markup);
      const discord = toDiscordMarkdown(markup);
      const seen = { console: toPlainText(markup), telegram: plainText(html, 'HTML'), discord: fromDiscord(discord) };
      const raw = unescaped(markup);
      for (const [where, text] of Object.entries(seen)) {
        for (const w of wordsWithUnderscore(raw)) expect(text, `${where}: ${markup}`).toContain(w);
        for (const u of addresses(raw)) expect(text, `${where}: ${markup}`).toContain(u);
        expect(lonelyStars(text), `${where}: ${markup}`).toBe(lonelyStars(raw.replace(/\*\*[^*]+\*\*/g, '')));
      }
      // Italics never start or end inside a word; an address is never broken by an escape.
      expect(html, markup).not.toMatch(/[\p{L}\p{N}]<i>|<\/i>[\p{L}\p{N}]/u);
      for (const u of addresses(raw)) expect(discord.includes(u) || discord.includes(`](${u})`), `discord: ${markup}`).toBe(true);
    }
  });
});
