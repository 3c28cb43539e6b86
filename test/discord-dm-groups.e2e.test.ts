import { createHash, createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { queueNudges } from '../src/core/absence.js';
import { checkedInNames } from '../src/core/checkins.js';
import { LEGACY_GRACE_MS } from '../src/core/signing.js';
import { STALE } from '../src/adapters/discord/interactions.js';
import { weekKey } from '../src/core/time.js';
import type { FakeChannel, FakeMessage } from './fakes/discord/index.js';
import { DiscordBed } from './helpers/discord-harness.js';

// Buttons in a DM act on the group they came from. Alex is in two groups (two channels) and has
// chosen B for what she types privately; a gentle check-in from A, pressed in her DMs, counts in A.

let bed: DiscordBed;
afterEach(async () => {
  await bed?.stop();
});

const db = () => bed.world.core.db;
const group = (chatId: string) => db().selectFrom('groups').selectAll().where('chat_id', '=', chatId).executeTakeFirstOrThrow();

async function twoGroups(): Promise<FakeChannel> {
  bed = new DiscordBed();
  await bed.start();
  bed.makeManager('Sam');
  const second = bed.fake.createChannel(bed.guild, { name: 'evenings' });
  await bed.slash('Sam', 'group', 'setup', { timezone: 'Europe/London', day: 'sunday', time: '19:00', name: 'Group A' });
  await bed.act(() => bed.fake.slash(bed.user('Sam'), second, 'setup', { timezone: 'Europe/London', day: 'sunday', time: '19:00', name: 'Group B' }));
  for (const channel of [bed.channel, second]) {
    await bed.act(() => bed.fake.slash(bed.user('Alex'), channel, 'join'));
    await bed.press('Alex', 'Accept and join');
  }
  // Alex chooses B for her private chat, the way a person does: a DM command asks which group.
  await bed.slash('Alex', 'dm', 'buddy show');
  await bed.press('Alex', 'Group B');
  const b = await group(second.id);
  expect((await db().selectFrom('people').select('private_group_id').where('user_id', '=', bed.user('Alex').id).executeTakeFirstOrThrow()).private_group_id).toBe(b.id);
  return second;
}

/** Alex has gone quiet in A: the schedule's gentle check-in reaches her DMs with mood buttons. */
async function gentleCheckInFromA(): Promise<FakeMessage> {
  const a = await group(bed.channel.id);
  const now = bed.world.clock.now();
  const longAgo = new Date(now.getTime() - 21 * 86400_000).toISOString();
  await db().updateTable('members').set({ last_seen_at: longAgo, joined_at: longAgo }).where('group_id', '=', a.id).execute();
  expect(await queueNudges(bed.world.core, a, now)).toBeGreaterThan(0);
  expect(await bed.drain()).toMatchObject({ sent: 1 });
  const dm = bed.fake.messagesIn(bed.where('Alex', 'dm')).at(-1)!;
  expect(dm.content).toMatch(/Group A/);
  return dm;
}

async function tallies(second: FakeChannel) {
  const [a, b] = [await group(bed.channel.id), await group(second.id)];
  const week = (g: typeof a) => weekKey(bed.world.clock.now(), g.timezone);
  const names = async (g: typeof a) => (await checkedInNames(bed.world.core, g.id, week(g))).map((c) => c.name);
  return { a: await names(a), b: await names(b) };
}

/** The custom id an older version put on a button: `<id>|<owner>|<mac>`, keyed from the bot token. */
function legacyId(id: string, owner: string): string {
  const key = createHash('sha256').update(`peer-support/custom-id/${bed.fake.token}`).digest();
  return `${id}|${owner}|${createHmac('sha256', key).update(`${id}|${owner}`).digest('base64url').slice(0, 12)}`;
}

describe('Discord: buttons in a DM act on the group they came from', () => {
  it("records a DM press on group A's gentle check-in in A, even when the private choice is B", async () => {
    const second = await twoGroups();
    await gentleCheckInFromA();
    const pressed = await bed.press('Alex', 'okay');
    expect(pressed.map((s) => s.to)).toEqual(['private', 'private']); // the thanks, and the offer to add a few words
    expect(pressed[0].text).toMatch(/Thank you for checking in/);
    expect(await tallies(second)).toEqual({ a: ['Alex'], b: [] });
    const rows = await db().selectFrom('checkins').select(['group_id', 'mood']).execute();
    expect(rows).toEqual([{ group_id: (await group(bed.channel.id)).id, mood: 3 }]);
    // Typed privately, a check-in still goes to the chosen group, B.
    await bed.slash('Alex', 'dm', 'checkin', { mood: 4 });
    expect(await tallies(second)).toEqual({ a: ['Alex'], b: ['Alex'] });
    expect(bed.problems()).toEqual([]);
  });

  it('keeps the group on the note form opened from the DM: the note lands in A too', async () => {
    const second = await twoGroups();
    await gentleCheckInFromA();
    await bed.press('Alex', '✏️');
    await bed.submit('Alex', { mood: '2', note: 'a long week' });
    expect(await tallies(second)).toEqual({ a: ['Alex'], b: [] });
    expect(bed.problems()).toEqual([]);
  });

  it('lets a button posted before groups were signed act as it used to for 7 days, then answers politely', async () => {
    const second = await twoGroups();
    const dm = await gentleCheckInFromA();
    // As an older version posted it: no group, keyed from the bot token.
    const alexId = bed.user('Alex').id;
    const old = legacyId('checkin:mood:3', alexId);
    dm.components[0].components[2].custom_id = old;

    const within = await bed.act(() => bed.fake.click(bed.user('Alex'), dm, old));
    expect(within.seen[0].text).toMatch(/Thank you for checking in/);
    expect(await tallies(second)).toEqual({ a: [], b: ['Alex'] }); // as it always did: the private choice

    bed.world.clock.advance(LEGACY_GRACE_MS);
    const after = await bed.act(() => bed.fake.click(bed.user('Alex'), dm, old));
    expect(after.seen.map((s) => s.text)).toEqual([STALE]);
    expect(bed.problems().filter((p) => !/custom id refused/.test(p))).toEqual([]);
  });
});
