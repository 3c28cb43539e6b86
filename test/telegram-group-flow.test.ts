import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Seen } from './contract/harness.js';
import { TelegramTest } from './helpers/telegram-harness.js';

// A Telegram group from /setup to its first check-ins, through the real grammY bot and the fake
// Bot API: what people in the chat see, and what the database holds.

const texts = (seen: Seen[]) => seen.map((s) => s.text).join('\n---\n');
const inGroup = (seen: Seen[]) => seen.filter((s) => s.to === 'group');

let t: TelegramTest;
afterEach(async () => {
  await t.stop();
  expect(t.errors()).toEqual([]);
});

describe('Telegram group life', () => {
  beforeEach(async () => {
    t = await TelegramTest.start();
  });

  it('registers the command menu per scope: member commands for chats, facilitator commands for admins', async () => {
    const group = t.fake.commandsFor({ type: 'all_group_chats' })!.map((c) => c.command);
    const priv = t.fake.commandsFor({ type: 'all_private_chats' })!.map((c) => c.command);
    const admins = t.fake.commandsFor({ type: 'all_chat_administrators' })!.map((c) => c.command);
    expect(group).toContain('checkin');
    expect(group).not.toContain('setup');
    expect(priv).toEqual(group);
    expect(admins).toEqual(expect.arrayContaining(['setup', 'settings', 'pair', 'checkin', 'support']));
    // The same menu for Welsh and Polish apps, described in their language; names never change.
    const welsh = t.fake.commandsFor({ type: 'all_group_chats' }, 'cy')!;
    const polish = t.fake.commandsFor({ type: 'all_chat_administrators' }, 'pl')!;
    expect(welsh.map((c) => c.command)).toEqual(group);
    expect(welsh.find((c) => c.command === 'checkin')!.description).toBe("Ateb: sut wyt ti'r wythnos hon, 1 (anodd) i 5 (gwych), gyda nodyn os hoffet ti");
    expect(polish.map((c) => c.command)).toEqual(admins);
    expect(polish.find((c) => c.command === 'stats')!.description).toBe('Jak radzi sobie grupa (liczby od mniej niż 3 osób są ukryte)');
  });

  it('sets up, joins three members by button, records check-ins by button and by /checkin, shared and private notes', async () => {
    const sam = await t.user('Sam');
    t.makeAdmin(sam);
    const setup = await t.send('Sam', 'group', '/setup@PeerSupportTestBot Europe/London sunday 19:00 Tuesday Parents');
    expect(inGroup(setup)).toHaveLength(1);
    expect(texts(setup)).toMatch(/Welcome, Tuesday Parents!/);
    const group = await t.core.db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();
    expect(group).toMatchObject({ platform: 'telegram', chat_id: String(t.group.id), timezone: 'Europe/London', checkin_weekday: 7, active: 1 });

    for (const name of ['Alex', 'Bo', 'Cat']) {
      const asked = await t.send(name, 'group', '/join');
      // The agreement comes privately; the group sees nothing of it.
      expect(inGroup(asked)).toEqual([]);
      expect(asked).toEqual([expect.objectContaining({ to: 'private', who: name, choices: ['Accept and join', 'Not now'] })]);
      const joined = await t.press(name, 'Accept');
      expect(inGroup(joined).map((s) => s.text)).toEqual([`Welcome, ${name}! 👋`]);
      expect(joined.find((s) => s.to === 'private')?.text).toMatch(/You're in Tuesday Parents/);
    }
    const members = await t.core.db.selectFrom('members').select(['status', 'accepted_version']).execute();
    expect(members).toEqual(Array(3).fill({ status: 'active', accepted_version: 1 }));

    // /checkin with no mood: buttons in the group, answering Alex's message.
    const ask = await t.send('Alex', 'group', '/checkin');
    expect(inGroup(ask)).toEqual([expect.objectContaining({ choices: ['1 😣 struggling', '2 😕 low', '3 😐 okay', '4 🙂 good', '5 😄 great'] })]);
    const askMsg = t.fake.sentTo(t.group).at(-1)!;
    expect(askMsg.reply_to_message_id).toBeDefined();

    // Alex taps: the thanks is for Alex alone (an alert), the offer to add a few words comes in the private chat; nothing is posted to the group.
    const tapped = await t.press('Alex', 'good');
    expect(tapped.every((s) => s.to === 'private' && s.who === 'Alex')).toBe(true);
    expect(tapped.map((s) => s.text)).toEqual(expect.arrayContaining([expect.stringMatching(/Thank you for checking in/), expect.stringMatching(/add a few words\? Only you will see them/)]));
    expect(t.fake.callbackAnswers.at(-1)).toMatchObject({ show_alert: true });

    // Bo taps the same keyboard: it records Bo's check-in, not Alex's.
    await t.press('Bo', 'okay');

    // Cat types a note in the group: it counts as shared, and Cat is told so once.
    const typed = await t.send('Cat', 'group', '/checkin 3 rough week but ok');
    // The thanks is about Cat's own check-in: it comes privately, not into the group.
    expect(texts(typed.filter((x) => x.to === 'private' && x.who === 'Cat'))).toMatch(/Your note is shared with the group/);
    expect(texts(inGroup(typed))).not.toMatch(/Thank you|Your note/);
    expect(texts(inGroup(typed))).toMatch(/anything typed in the group chat can be read by the group/);
    const again = await t.send('Cat', 'group', '/checkin 3 rough week but ok, better now');
    expect(texts(again)).not.toMatch(/Just so you know/);

    // Alex adds a note privately: it stays private, and the group sees nothing.
    const priv = await t.send('Alex', 'dm', '/checkin 4 a private thought');
    expect(inGroup(priv)).toEqual([]);
    expect(texts(priv)).toMatch(/Your note is private/);

    const rows = await t.core.db
      .selectFrom('checkins')
      .innerJoin('members', 'members.id', 'checkins.member_id')
      .innerJoin('people', 'people.id', 'members.person_id')
      .select(['people.display_name as name', 'checkins.mood', 'checkins.note', 'checkins.note_shared'])
      .orderBy('people.display_name')
      .execute();
    expect(rows).toEqual([
      { name: 'Alex', mood: 4, note: 'a private thought', note_shared: 0 },
      { name: 'Bo', mood: 3, note: null, note_shared: 0 },
      { name: 'Cat', mood: 3, note: 'rough week but ok, better now', note_shared: 1 },
    ]);
    // Every button press was answered.
    expect([...t.fake.callbackQueries.values()].every((q) => q.answered)).toBe(true);
  });

  it('lets an anonymous admin run /setup (sender_chat is the group itself)', async () => {
    const seen = await t.act(() => t.fake.anonymousAdminSends(t.group, '/setup Europe/Dublin monday 10:30 Coffee Circle'));
    expect(texts(inGroup(seen))).toMatch(/Welcome, Coffee Circle!/);
    const g = await t.core.db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();
    expect(g).toMatchObject({ chat_id: String(t.group.id), timezone: 'Europe/Dublin', region: 'IE' });
  });

  it('asks follow-up questions with force_reply when /setup has no arguments', async () => {
    const sam = await t.user('Sam');
    t.makeAdmin(sam);
    const first = await t.send('Sam', 'group', '/setup');
    expect(texts(first)).toMatch(/Time zone/);
    const q = t.fake.sentTo(t.group).at(-1)!;
    expect(q.reply_markup).toMatchObject({ force_reply: true, selective: true });
    expect(texts(await t.answer('Sam', 'group', 'Europe/London'))).toMatch(/Check-in day/);
    expect(texts(await t.answer('Sam', 'group', 'friday'))).toMatch(/Check-in time/);
    expect(texts(await t.answer('Sam', 'group', '18:30'))).toMatch(/Group name/);
    const done = await t.answer('Sam', 'group', 'Friday Friends');
    expect(texts(done)).toMatch(/Welcome, Friday Friends!/);
    expect(await t.core.db.selectFrom('groups').select(['name', 'checkin_time']).executeTakeFirst()).toEqual({ name: 'Friday Friends', checkin_time: '18:30' });
  });

  it('refuses facilitator commands to members, and checks admins in a private chat through getChatMember', async () => {
    const sam = await t.user('Sam');
    t.makeAdmin(sam);
    await t.send('Sam', 'group', '/setup Europe/London sunday 19:00');
    await t.send('Sam', 'group', '/join');
    await t.press('Sam', 'Accept');
    await t.send('Alex', 'group', '/join');
    await t.press('Alex', 'Accept');
    expect(texts(await t.send('Alex', 'dm', '/settings'))).toMatch(/for the group's facilitators/);
    const settings = await t.send('Sam', 'dm', '/settings');
    expect(texts(settings)).toMatch(/Settings for/);
    expect(t.fake.countRequests('getChatMember')).toBeGreaterThanOrEqual(1);
  });
});

describe('Telegram group chatter', () => {
  beforeEach(async () => {
    t = await TelegramTest.start({ fake: { privacyMode: false } });
  });

  it('stays quiet for chatter, commands for other bots and unknown bare commands; answers /cmd@ours', async () => {
    const alex = await t.user('Alex');
    const seen = await t.act(() => {
      t.fake.userSends(alex, t.group, 'hello everyone, rough day');
      t.fake.userSends(alex, t.group, '/checkin@SomeOtherBot 4');
      t.fake.userSends(alex, t.group, '/weather');
    });
    expect(seen).toEqual([]);
    const ours = await t.send('Alex', 'group', '/help@PeerSupportTestBot');
    expect(texts(ours)).toMatch(/\/support/);
  });
});
