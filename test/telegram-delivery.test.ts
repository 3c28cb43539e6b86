import { GrammyError, HttpError } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { classify } from '../src/adapters/telegram/errors.js';
import { enqueue } from '../src/core/outbox.js';
import { postPromptNow } from '../src/core/prompts.js';
import { toGroup, toPrivate } from '../src/core/reply.js';
import { DeliveryWorker } from '../src/jobs/delivery.js';
import { TelegramTest, type TelegramTestOptions } from './helpers/telegram-harness.js';

// Scheduled messages through the Telegram delivery port and the schedule's worker: the weekly
// prompt with its mood buttons and coalesced tally edits, 429 storms and server faults with
// nothing lost and nothing doubled, and private messages held for people the bot can't reach.

let t: TelegramTest;
afterEach(async () => {
  await t.stop();
  expect(t.errors()).toEqual([]);
});

async function start(opts: TelegramTestOptions = {}) {
  // The fake's limits and the worker's send budget apply.
  t = await TelegramTest.start(opts);
  const sam = await t.user('Sam');
  t.makeAdmin(sam);
  await t.send('Sam', 'group', '/setup Europe/London sunday 19:00 Tuesday Parents');
  for (const n of ['Alex', 'Bo', 'Cat']) {
    await t.send(n, 'group', '/join');
    await t.press(n, 'Accept');
  }
  return t.core.db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();
}

/** Drains until nothing is pending, moving the bot's clock past each retry (never sleeping on it). */
async function drainAll(worker: DeliveryWorker, rounds = 20) {
  for (let i = 0; i < rounds; i++) {
    await worker.drain();
    const pending = await t.core.db.selectFrom('outbox').select('id').where('status', '=', 'pending').execute();
    if (!pending.length) return;
    t.world.clock.advance(60_000);
  }
  throw new Error('outbox did not drain');
}

const fastPacing = { overall: { max: 100, perMs: 1000 }, group: { max: 100, perMs: 1000 }, private: { max: 100, perMs: 1000 }, concurrency: 4 };

describe('Telegram delivery port', () => {
  it('posts the weekly prompt with mood buttons; presses record check-ins and one coalesced edit shows the names', async () => {
    const group = await start();
    await postPromptNow(t.core, group);
    const worker = new DeliveryWorker({ core: t.core, port: t.adapter.delivery });
    await drainAll(worker);
    const prompt = t.fake.sentTo(t.group).at(-1)!;
    expect(prompt.plain).toMatch(/weekly check-in/);
    const row = await t.core.db.selectFrom('outbox').select(['status', 'platform_message_id']).where('kind', '=', 'prompt').executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'sent', platform_message_id: String(prompt.message_id) });

    const editsBefore = t.fake.edits.length;
    await t.core.db.updateTable('groups').set({ tally: 'names' }).execute(); // taps on the group's prompt may be named
    await t.press('Alex', 'good');
    await t.press('Bo', 'okay');
    await t.press('Cat', 'great');
    await drainAll(worker);
    const edits = t.fake.edits.slice(editsBefore);
    expect(edits).toHaveLength(1); // three presses, one edit
    const shown = t.current(prompt)!;
    expect(shown.text).toMatch(/3 people have checked in so far: Alex, Bo, Cat\./);
    expect(shown.text).not.toMatch(/good|okay|great/); // names only, never moods
    expect(t.current(prompt)!.reply_markup!.inline_keyboard.flat()).toHaveLength(5); // the buttons stay
    expect(await t.core.db.selectFrom('checkins').select('mood').orderBy('mood').execute()).toEqual([{ mood: 3 }, { mood: 4 }, { mood: 5 }]);
  });

  it('loses nothing and doubles nothing through a 429 storm and 5xx faults', async () => {
    const group = await start({ fake: { rateLimits: { group: { max: 4, windowMs: 1000 }, private: { max: 2, windowMs: 1000 }, global: { max: 30, windowMs: 1000 } } } });
    const people = await t.core.db.selectFrom('people').select(['id', 'display_name']).where('display_name', 'in', ['Alex', 'Bo', 'Cat']).execute();
    const now = t.core.clock.now();
    const want: string[] = [];
    for (let i = 0; i < 8; i++) {
      want.push(`group note ${i}`);
      await enqueue(t.core.db, { idemKey: `test:g:${i}`, groupId: group.id, kind: 'test', audience: 'group', reply: toGroup(`group note ${i}`), notBefore: now, now });
    }
    for (const p of people)
      for (let i = 0; i < 3; i++) {
        want.push(`for ${p.display_name} ${i}`);
        await enqueue(t.core.db, { idemKey: `test:p:${p.id}:${i}`, groupId: group.id, kind: 'test', audience: 'person', personId: p.id, reply: toPrivate(`for ${p.display_name} ${i}`), notBefore: now, now });
      }
    const m = t.mark();
    t.fake.failNext('sendMessage', { status: 429, retryAfter: 1, count: 3 });
    t.fake.failNext('sendMessage', { status: 500, count: 2 });
    t.fake.failNext('sendMessage', { status: 502, html: true });
    const worker = new DeliveryWorker({ core: t.core, port: t.adapter.delivery, pacing: fastPacing });
    await drainAll(worker);

    const got = t.fake.sent.slice(m.sent).map((s) => s.plain!);
    expect([...got].sort()).toEqual([...want].sort()); // each exactly once
    expect(t.fake.tooManyRequests).toBeGreaterThanOrEqual(3);
    const statuses = await t.core.db.selectFrom('outbox').select('status').where('kind', '=', 'test').execute();
    expect(statuses.every((s) => s.status === 'sent')).toBe(true);
  });

  it('retries a reply through a 429 and a server error without sending it twice', async () => {
    await start();
    t.fake.failNext('sendMessage', { status: 429, retryAfter: 1 });
    t.fake.failNext('sendMessage', { status: 500 });
    const seen = await t.send('Alex', 'group', '/help', 10_000);
    expect(seen).toHaveLength(1);
    expect(seen[0].text).toMatch(/\/support/);
  });

  it('holds a private message for someone who blocked the bot, and delivers it when they write again', async () => {
    const group = await start();
    const bo = t.users.get('bo')!;
    t.fake.userBlocksBot(bo);
    await t.act(() => undefined);
    const person = await t.core.db.selectFrom('people').select('id').where('user_id', '=', String(bo.id)).executeTakeFirstOrThrow();
    const now = t.core.clock.now();
    await enqueue(t.core.db, { idemKey: 'test:intro', groupId: group.id, kind: 'pair_intro', audience: 'person', personId: person.id, reply: toPrivate('Your buddy this round is **Cat**.', { choices: [{ id: 'buddy:new', label: 'Someone new next time' }] }), notBefore: now, now });
    const m = t.mark();
    await new DeliveryWorker({ core: t.core, port: t.adapter.delivery }).drain();
    expect(t.seenSince(m)).toEqual([]); // never falls back to the group
    expect(await t.core.db.selectFrom('outbox').select('status').where('idem_key', '=', 'test:intro').executeTakeFirst()).toEqual({ status: 'held' });

    const back = await t.act(() => t.fake.userSends(bo, bo.id, '/help'));
    const intro = back.find((s) => /Your buddy this round is Cat/.test(s.text))!;
    expect(intro).toMatchObject({ to: 'private', who: 'Bo', choices: ['Someone new next time'] });
    expect(await t.core.db.selectFrom('outbox').select('status').where('idem_key', '=', 'test:intro').executeTakeFirst()).toEqual({ status: 'sent' });
  });
});

describe('Telegram error classification', () => {
  const err = (code: number, description: string, parameters = {}) =>
    new GrammyError('Call failed', { ok: false, error_code: code, description, parameters }, 'sendMessage', {});
  it('maps Bot API errors to delivery failures', () => {
    expect(classify(err(429, 'Too Many Requests: retry after 7', { retry_after: 7 }), 'group')).toMatchObject({ kind: 'retry', afterMs: 7000 });
    expect(classify(err(502, 'Bad Gateway'), 'group', 3)).toMatchObject({ kind: 'retry', afterMs: 16_000 });
    expect(classify(new HttpError('Network request failed', new Error('ECONNRESET')), 'person')).toMatchObject({ kind: 'retry' });
    expect(classify(err(403, "Forbidden: bot can't initiate conversation with a user"), 'person')).toMatchObject({ kind: 'unreachable' });
    expect(classify(err(403, 'Forbidden: bot was blocked by the user'), 'person')).toMatchObject({ kind: 'unreachable' });
    expect(classify(err(403, 'Forbidden: bot was kicked from the group chat'), 'group')).toMatchObject({ kind: 'gone' });
    expect(classify(err(400, 'Bad Request: chat not found'), 'group')).toMatchObject({ kind: 'gone' });
    expect(classify(err(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001 }), 'group')).toMatchObject({ kind: 'migrate', toChatId: '-1001' });
    expect(classify(err(400, 'Bad Request: message is not modified: …'), 'group')).toMatchObject({ kind: 'unchanged' });
    expect(classify(err(400, "Bad Request: can't parse entities"), 'group')).toMatchObject({ kind: 'permanent' });
  });
});
