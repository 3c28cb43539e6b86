import { afterEach, describe, expect, it } from 'vitest';
import { enqueue } from '../src/core/outbox.js';
import { toGroup } from '../src/core/reply.js';
import { DeliveryWorker, PERMISSION_RETRY_MS } from '../src/jobs/delivery.js';
import { Schedule } from '../src/jobs/index.js';
import { PACING } from '../src/jobs/pacing.js';
import { DiscordAdapter } from '../src/adapters/discord/client.js';
import { signingKeys } from '../src/core/signing.js';
import { DiscordBed, fromDiscord } from './helpers/discord-harness.js';
import { Perm } from './fakes/discord/index.js';
import { RecordingPort, addGroup } from './helpers/schedule-world.js';

// Discord errors that are not about one message: a missing permission in the group's channel
// (403 50013 Send Messages, 403 50001 View Channel while still in the server) holds the group's
// posts and tells its facilitators once; a revoked token (401) stops Discord only.

let bed: DiscordBed;
afterEach(async () => {
  await bed?.stop();
});
const db = () => bed.world.core.db;

async function start() {
  bed = new DiscordBed();
  await bed.start();
  bed.makeManager('Sam');
  await bed.slash('Sam', 'group', 'setup', { timezone: 'Europe/London', day: 'sunday', time: '19:00', name: 'Tuesday Parents' });
  await bed.slash('Sam', 'group', 'join');
  await bed.press('Sam', 'Accept and join');
  await bed.slash('Sam', 'group', 'settings set', { key: 'notes', value: 'on' });
  await bed.slash('Alex', 'group', 'join');
  await bed.press('Alex', 'Accept and join');
}

async function queue(key: string, text: string) {
  const now = bed.world.clock.now();
  const group = await db().selectFrom('groups').select('id').executeTakeFirstOrThrow();
  await enqueue(db(), { idemKey: key, groupId: group.id, kind: 'test', audience: 'group', reply: toGroup(text), notBefore: now, now });
}

/** Take a permission away from the bot (from @everyone and from the bot's own role), or give it back. */
function botMay(perm: bigint, allowed: boolean) {
  const w = bed.fake.world;
  for (const roleId of [bed.guild.id, ...w.member(bed.guild.id, bed.fake.bot.id)!.roles]) {
    const role = w.roles.get(roleId)!;
    role.permissions = allowed ? role.permissions | perm : role.permissions & ~perm;
  }
}

const statuses = async () => (await db().selectFrom('outbox').select(['idem_key', 'status']).orderBy('id').execute()).map((r) => `${r.idem_key}:${r.status}`);
const dmTexts = (name: string) => bed.fake.messagesIn(bed.fake.world.dmChannel(bed.user(name).id)).map((m) => fromDiscord(m.content));

describe('Discord: a missing permission in the group channel', () => {
  it('holds the posts (never drops them), tells the opted-in facilitator once what is missing, and sends them once the permission is back', async () => {
    await start();
    botMay(Perm.SEND_MESSAGES, false);
    await queue('prompt-ish', 'How has your week been?');
    await queue('reminder', 'Meetup tomorrow');
    const first = await bed.drain();
    expect(first.held).toBe(1); // one refusal holds the channel's posts; the second is not even tried
    expect(await statuses()).toEqual(['prompt-ish:held', 'reminder:held', expect.stringMatching(/^permission_note:.*:sent$/)]);
    expect((await db().selectFrom('groups').select('active').executeTakeFirstOrThrow()).active).toBe(1);
    expect(dmTexts('Sam').join('\n')).toMatch(/can't post in Tuesday Parents's channel.*Send Messages/s);
    expect(dmTexts('Alex')).toEqual([]); // members are not told, only facilitators who opted in to notes

    // An hour later: tried again, still refused, and nobody is told twice.
    bed.world.clock.advance(PERMISSION_RETRY_MS);
    await bed.drain();
    expect(dmTexts('Sam')).toHaveLength(1);
    expect((await statuses()).slice(0, 2)).toEqual(['prompt-ish:held', 'reminder:held']);

    botMay(Perm.SEND_MESSAGES, true);
    bed.world.clock.advance(PERMISSION_RETRY_MS);
    await bed.drain();
    expect(bed.groupMessages().map((m) => fromDiscord(m.content)).slice(-2)).toEqual(['How has your week been?', 'Meetup tomorrow']);
    expect((await statuses()).slice(0, 2)).toEqual(['prompt-ish:sent', 'reminder:sent']);
    expect(bed.problems().filter((p) => !/no permission to post/.test(p))).toEqual([]);
  });

  it('no View Channel while still in the server (403 50001) is a missing permission too, not a removal', async () => {
    await start();
    botMay(Perm.VIEW_CHANNEL, false);
    await queue('one', 'Hello');
    await bed.drain();
    expect(await statuses()).toEqual(['one:held', expect.stringMatching(/^permission_note:.*:sent$/)]);
    expect((await db().selectFrom('groups').select('active').executeTakeFirstOrThrow()).active).toBe(1);
    expect(dmTexts('Sam').join('\n')).toMatch(/View Channel/);
  });

  it('a worker (no gateway) that meets 50001 holds the posts rather than ending the group: it cannot tell a removal from a permission', async () => {
    await start();
    botMay(Perm.VIEW_CHANNEL, false);
    const worker = new DiscordAdapter({ app: bed.world.app, token: bed.fake.token, signing: await signingKeys(bed.world.core), apiRoot: bed.fake.apiRoot, log: bed.world.core.log });
    await worker.startDeliveryOnly();
    try {
      await queue('one', 'Hello');
      await new DeliveryWorker({ core: bed.world.core, port: worker.delivery, pacing: PACING.console }).drain();
      expect((await statuses())[0]).toBe('one:held');
      expect((await db().selectFrom('groups').select('active').executeTakeFirstOrThrow()).active).toBe(1);
    } finally {
      await worker.stop();
    }
  });

  it('a role change in the server tries the held posts again at once', async () => {
    await start();
    botMay(Perm.SEND_MESSAGES, false);
    await queue('one', 'Hello');
    await bed.drain();
    botMay(Perm.SEND_MESSAGES, true);
    const role = bed.fake.world.roles.get(bed.guild.id)!;
    bed.fake.gateway.dispatch('GUILD_ROLE_UPDATE', { guild_id: bed.guild.id, role: { id: role.id, name: role.name, permissions: role.permissions.toString(), position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 } });
    for (let i = 0; (await statuses())[0] !== 'one:pending'; i++) {
      if (i > 200) throw new Error('the held post was never released');
      await new Promise((r) => setTimeout(r, 10));
    }
    await bed.drain(); // no hour to wait
    expect(await statuses()).toContain('one:sent');
  });
});

describe('Discord: a revoked token (401)', () => {
  it('stops Discord delivery with one clear line; the item waits untouched, and the other platform carries on', async () => {
    await start();
    const telegramGroup = await addGroup(bed.world.core, { platform: 'telegram', chatId: '-100' });
    const telegram = new RecordingPort('telegram');
    const revoked: string[] = [];
    const schedule = new Schedule({
      core: bed.world.core, ports: [bed.adapter.delivery, telegram], pacing: { discord: PACING.console, telegram: PACING.console },
      ticker: () => () => {}, pollMs: 10_000, onRevoked: (platform) => revoked.push(platform),
    });
    await schedule.start();
    bed.fake.failNext('POST /channels/:id/messages', { status: 401, count: 1 });
    await queue('discord-1', 'Hello');
    await queue('discord-2', 'Hello again');
    await schedule.deliverNow();
    expect(revoked).toEqual(['discord']);
    expect(await db().selectFrom('outbox').select(['idem_key', 'status', 'attempts']).where('idem_key', 'like', 'discord-%').orderBy('id').execute()).toEqual([
      { idem_key: 'discord-1', status: 'pending', attempts: 0 },
      { idem_key: 'discord-2', status: 'pending', attempts: 0 },
    ]);
    // Telegram still delivers; Discord is not tried again.
    const now = bed.world.clock.now();
    await enqueue(db(), { idemKey: 'tg', groupId: telegramGroup.id, kind: 'test', audience: 'group', reply: toGroup('hi'), notBefore: now, now });
    const requests = bed.fake.requests.length;
    await schedule.deliverNow();
    expect(telegram.sent.map((s) => s.delivery.idemKey)).toEqual(['tg']);
    expect(bed.fake.requests.length).toBe(requests);
    await schedule.stop();
  });

  it('the adapter reports any authenticated 401 once (main.ts then stops Discord only)', async () => {
    bed = new DiscordBed();
    await bed.start();
    const fatal: string[] = [];
    const adapter = new DiscordAdapter({ app: bed.world.app, token: bed.fake.token, signing: await signingKeys(bed.world.core), apiRoot: bed.fake.apiRoot, log: bed.world.core.log, onFatal: (why) => fatal.push(why) });
    await adapter.start();
    const group = await addGroup(bed.world.core, { platform: 'discord', chatId: bed.channel.id });
    const now = bed.world.clock.now();
    await enqueue(db(), { idemKey: 'x', groupId: group.id, kind: 'test', audience: 'group', reply: toGroup('hi'), notBefore: now, now });
    bed.fake.failNext('POST /channels/:id/messages', { status: 401, count: 5 });
    const worker = new DeliveryWorker({ core: bed.world.core, port: adapter.delivery, pacing: PACING.console });
    await worker.drain();
    await worker.drain();
    expect(fatal).toEqual(["Discord refused the bot's token (401)"]);
    await adapter.stop();
  });
});
