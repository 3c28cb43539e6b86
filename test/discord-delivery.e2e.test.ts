import { afterEach, describe, expect, it } from 'vitest';
import { enqueue } from '../src/core/outbox.js';
import { toGroup, toPrivate } from '../src/core/reply.js';
import { DeliveryError } from '../src/core/outbox.js';
import { nonceFor } from '../src/adapters/discord/delivery.js';
import { type BedOptions, DiscordBed, fromDiscord } from './helpers/discord-harness.js';

// The delivery port for scheduled and cross-person messages, through the schedule's worker:
// DMs closed (held, then shown ephemerally), the bot removed (the group goes inactive), rate
// limits and server errors (nothing lost, nothing twice), and resends after a crash.

let bed: DiscordBed;
afterEach(async () => {
  await bed?.stop();
});

const db = () => bed.world.core.db;

async function start(opts: BedOptions = {}) {
  bed = new DiscordBed(opts);
  await bed.start();
  bed.makeManager('Sam');
  await bed.slash('Sam', 'group', 'setup', { timezone: 'Europe/London', day: 'sunday', time: '19:00', name: 'Tuesday Parents' });
}

async function join(...names: string[]) {
  for (const name of names) {
    await bed.slash(name, 'group', 'join');
    await bed.press(name, 'Accept and join');
  }
}

async function groupId() {
  return (await db().selectFrom('groups').select('id').executeTakeFirstOrThrow()).id;
}

async function queue(key: string, text: string, audience: 'group' | 'person' = 'group', personId?: number) {
  const now = bed.world.clock.now();
  await enqueue(db(), { idemKey: key, groupId: await groupId(), kind: 'test', audience, personId, reply: audience === 'group' ? toGroup(text) : toPrivate(text), notBefore: now, now });
}

const outbox = () => db().selectFrom('outbox').select(['idem_key', 'kind', 'status', 'platform_message_id', 'error']).orderBy('id').execute();

describe('Discord delivery', () => {
  it('sends buddy introductions by DM; closed DMs hold theirs, nothing goes to the channel, and it is shown ephemerally next time', async () => {
    await start();
    await join('Alex', 'Bob');
    for (const name of ['Alex', 'Bob']) await bed.slash(name, 'group', 'buddy on');
    bed.fake.closeDms(bed.user('Alex'));
    await bed.slash('Sam', 'group', 'pair', { action: 'now' });
    await bed.press('Sam', 'Confirm: pair them now');
    const before = bed.groupMessages().length;
    const stats = await bed.drain();
    expect(stats).toMatchObject({ sent: 1, held: 1 });

    const bobDm = bed.fake.world.dmChannel(bed.user('Bob').id);
    const bobSees = bed.fake.messagesIn(bobDm).map((m) => fromDiscord(m.content));
    expect(bobSees.join('\n')).toMatch(/Alex/);
    expect(bed.groupMessages().length).toBe(before); // nothing private fell back to the channel
    const intros = (await outbox()).filter((o) => o.kind === 'pair_intro');
    expect(intros.map((o) => o.status).sort()).toEqual(['held', 'sent']);
    expect(intros.find((o) => o.status === 'held')?.error).toMatch(/50007/);

    // Alex uses the bot again: the answer, then the waiting introduction, both only to Alex.
    const next = await bed.slash('Alex', 'group', 'checkin', { mood: 4 });
    expect(next.seen.map((s) => [s.to, s.who])).toEqual([['private', 'Alex'], ['private', 'Alex']]);
    expect(next.seen[1].text).toMatch(/Bob/);
    expect(next.handle.followUps.every((m) => m.ephemeral)).toBe(true);
    expect((await outbox()).filter((o) => o.kind === 'pair_intro').map((o) => o.status)).toEqual(['sent', 'sent']);
    // Shown once: the next command brings nothing more.
    expect((await bed.slash('Alex', 'group', 'support')).seen).toHaveLength(1);
    expect(bed.problems()).toEqual([]);
  });

  it('sends a check-in by DM with mood buttons; a press checks in and leaves the message as it was', async () => {
    await start();
    await join('Alex');
    const alex = await db().selectFrom('people').select('id').where('user_id', '=', bed.user('Alex').id).executeTakeFirstOrThrow();
    const now = bed.world.clock.now();
    const moods = [1, 2, 3, 4, 5].map((n) => ({ id: `checkin:mood:${n}`, label: `${n} mood` }));
    await enqueue(db(), { idemKey: 'nudge-1', groupId: await groupId(), kind: 'nudge', audience: 'person', personId: alex.id, reply: toPrivate('How are things? A tap is enough.', { choices: moods }), notBefore: now, now });
    expect(await bed.drain()).toMatchObject({ sent: 1 });
    const dm = bed.fake.messagesIn(bed.where('Alex', 'dm'))[0];
    expect(dm.content).toBe('How are things? A tap is enough.');

    const pressed = await bed.press('Alex', '3 mood');
    // The thanks, and the offer to add a few words.
    expect(pressed.map((s) => [s.to, s.text])).toEqual([
      ['private', expect.stringMatching(/Thank you for checking in/)],
      ['private', expect.stringMatching(/add a few words/)],
    ]);
    expect(dm.content).toBe('How are things? A tap is enough.');
    expect(await db().selectFrom('checkins').select('mood').execute()).toEqual([{ mood: 3 }]);
    // Someone else holding the button gets a polite no.
    const bob = await bed.act(() => bed.fake.click(bed.user('Bob'), dm, dm.components[0].components[0].custom_id));
    expect(bob.seen[0].text).toMatch(/for someone else/);
    expect(bed.problems()).toEqual([]);
  });

  it('makes the group inactive when the bot is removed from the server, and sends nothing more there', async () => {
    await start();
    await join('Alex');
    bed.fake.removeBotFromGuild(bed.guild);
    const deadline = Date.now() + 2000;
    while ((await db().selectFrom('groups').select('active').executeTakeFirstOrThrow()).active !== 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect((await db().selectFrom('groups').select('active').executeTakeFirstOrThrow()).active).toBe(0);

    const requests = bed.fake.requests.length;
    await queue('after-removal', 'Anyone there?');
    const stats = await bed.drain();
    expect(stats).toMatchObject({ sent: 0, skipped: 1 });
    expect(bed.fake.requests.length).toBe(requests);
    expect(bed.problems()).toEqual([]);
  });

  it('treats 50001 from a server the bot is no longer in (its GUILD_DELETE missed) as gone: the group becomes inactive', async () => {
    await start();
    bed.fake.world.guilds.get(bed.guild.id)!.botPresent = false; // no event, just 403 50001 from now on
    bed.adapter.client.guilds.cache.delete(bed.guild.id); // as after a restart: the server is not among the bot's
    await queue('lost-1', 'First');
    await queue('lost-2', 'Second');
    const stats = await bed.drain();
    expect(stats.gone).toBe(1);
    expect((await db().selectFrom('groups').select('active').executeTakeFirstOrThrow()).active).toBe(0);
    expect((await outbox()).map((o) => o.status)).toEqual(['failed', 'skipped']);
  });

  it('maps Discord errors to the outbox: 5xx retry, 50007 unreachable, 50001/10003 gone, bad body permanent', async () => {
    await start();
    await join('Alex');
    const d = { id: 1, idemKey: 'k', kind: 'test', groupChatId: '123', audience: 'group' as const, reply: toGroup('hi'), attempts: 0 };
    const failure = async (delivery: typeof d | Record<string, unknown>) => {
      const err = await bed.adapter.delivery.deliver(delivery as typeof d).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      return (err as DeliveryError).failure.kind;
    };
    expect(await failure(d)).toBe('gone'); // unknown channel 10003
    bed.fake.failNext('POST /channels/:id/messages', { status: 503, count: 10 });
    expect(await failure({ ...d, groupChatId: bed.channel.id })).toBe('retry');
    bed.fake.rest.faults.length = 0;
    bed.fake.closeDms(bed.user('Alex'));
    expect(await failure({ ...d, audience: 'person', person: { userId: bed.user('Alex').id, dmChatId: null } })).toBe('unreachable');
    // Editing a message that is gone will never work: permanent, not retried.
    expect(await failure({ ...d, groupChatId: bed.channel.id, reply: toGroup('tally', { edits: { chatId: bed.channel.id, messageId: '42' } }) })).toBe('permanent');
  });

  it('loses nothing and duplicates nothing under rate limits and server errors', async () => {
    await start({ fake: { rateLimits: { timeScale: 0.1, sendHeaders: false } } });
    for (let n = 0; n < 8; n++) await queue(`burst-${n}`, `Burst message ${n}`);
    bed.fake.failNext('POST /channels/:id/messages', { status: 502, count: 2 });
    bed.worker({ overall: { max: 50, perMs: 1000 }, group: { max: 50, perMs: 1000 }, private: { max: 50, perMs: 1000 }, concurrency: 8 });
    let sent = 0;
    for (let round = 0; round < 20 && sent < 8; round++) {
      await bed.drain();
      sent = (await outbox()).filter((o) => o.status === 'sent').length;
      bed.world.clock.set(new Date(bed.world.clock.now().getTime() + 1000)); // let retried items fall due
    }
    const contents = bed.groupMessages().map((m) => m.content).filter((c) => c.startsWith('Burst'));
    expect(contents.sort()).toEqual(Array.from({ length: 8 }, (_, n) => `Burst message ${n}`).sort());
    expect(bed.fake.stats.rateLimited).toBeGreaterThan(0);
    expect(bed.fake.stats.serverErrors).toBe(2);
    expect((await outbox()).filter((o) => o.idem_key.startsWith('burst')).every((o) => o.status === 'sent' && o.platform_message_id)).toBe(true);
  });

  it('a resend after a crash, or after a response that never arrived, does not post twice (nonce + enforce_nonce)', async () => {
    await start({ restTimeoutMs: 150, fake: { rateLimits: { timeScale: 0.1 } } });
    await queue('crash-1', 'Coffee on Tuesday?');
    const { payload } = await db().selectFrom('outbox').select('payload').executeTakeFirstOrThrow();
    await bed.drain();
    const first = bed.groupMessages().filter((m) => m.content.startsWith('Coffee'));
    expect(first).toHaveLength(1);
    expect(first[0].nonce).toBe(nonceFor({ id: 1, idemKey: 'crash-1' }));
    expect(String(first[0].nonce).length).toBeLessThanOrEqual(25);

    // The process died after Discord took the message but before the outbox said so: it goes again.
    await db().updateTable('outbox').set({ status: 'pending', platform_message_id: null, payload }).execute();
    await bed.drain();
    const again = bed.groupMessages().filter((m) => m.content.startsWith('Coffee'));
    expect(again).toHaveLength(1);
    expect((await outbox())[0]).toMatchObject({ status: 'sent', platform_message_id: first[0].id });

    // Discord takes the message but the answer comes later than the client waits: discord.js gives up
    // (and retries, also too slowly); the worker tries again later. Still one message.
    await queue('slow-1', 'Slow hello');
    const posts = () => bed.fake.requests.filter((r) => r.route === 'POST /channels/:id/messages').length;
    const before = posts();
    bed.fake.delay(400, 'POST /channels/:id/messages');
    expect(await bed.drain()).toMatchObject({ sent: 0, retried: 1 });
    bed.fake.clearDelays();
    await new Promise((r) => setTimeout(r, 450)); // the slow requests land at the fake
    bed.world.clock.set(new Date(bed.world.clock.now().getTime() + 1000));
    expect(await bed.drain()).toMatchObject({ sent: 1 });
    expect(posts() - before).toBeGreaterThan(1);
    const slow = bed.groupMessages().filter((m) => m.content === 'Slow hello');
    expect(slow).toHaveLength(1);
    expect((await outbox()).find((o) => o.idem_key === 'slow-1')).toMatchObject({ status: 'sent', platform_message_id: slow[0].id });
  });

  it('splits a long text into messages of at most 2,000 characters, each with its own nonce', async () => {
    await start();
    await queue('long-1', `Start ${'word '.repeat(700)}end`);
    await bed.drain();
    const long = bed.groupMessages().filter((m) => m.content.includes('word'));
    expect(long.length).toBe(2);
    expect(long.every((m) => m.content.length <= 2000)).toBe(true);
    expect(long.map((m) => m.content).join(' ').replace(/\s+/g, ' ')).toBe(`Start ${'word '.repeat(700)}end`.replace(/\s+/g, ' '));
    expect(new Set(long.map((m) => m.nonce)).size).toBe(2);
  });
});
