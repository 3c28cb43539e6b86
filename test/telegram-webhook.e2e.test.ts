import { afterEach, describe, expect, it } from 'vitest';
import { storeUpdate } from '../src/core/incoming-updates.js';
import { TelegramAdapter } from '../src/adapters/telegram/bot.js';
import { signingKeys } from '../src/core/signing.js';
import { TelegramTest, WEBHOOK_SECRET, WEBHOOK_URL, memoryLogger } from './helpers/telegram-harness.js';

// Telegram's updates by webhook, through the real grammY bot and the fake Bot API posting to the
// bot's HTTP server: only Telegram (the secret) gets in, each update is stored before the answer
// and handled once, a slow update does not hold the answer, and polling again removes the webhook.

let t: TelegramTest | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const rows = () => t!.core.db.selectFrom('incoming_updates').selectAll().execute();
const answersTo = (chatId: number) => t!.fake.sent.filter((s) => s.chat_id === chatId);

async function post(body: unknown, secret?: string): Promise<number> {
  const backend = t!.fake.webhook.backends[0];
  const res = await fetch(`${backend}${new URL(WEBHOOK_URL).pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret !== undefined ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

describe('Telegram by webhook', () => {
  it('sets the webhook with its secret and the updates it handles; commands and buttons work through it', async () => {
    t = await TelegramTest.start({ webhook: {} });
    const info = t.fake.webhook.info();
    expect(info).toMatchObject({ url: WEBHOOK_URL, max_connections: 40 });
    const set = t.fake.requests.find((r) => r.method.toLowerCase() === 'setwebhook')!;
    expect(set.params).toMatchObject({ secret_token: WEBHOOK_SECRET });
    const allowed = set.params.allowed_updates;
    expect(typeof allowed === 'string' ? JSON.parse(allowed) : allowed).toEqual(['message', 'callback_query', 'my_chat_member']);
    const seen = await t.send('Kim', 'dm', '/help');
    expect(seen.map((s) => s.text).join('\n')).toMatch(/\/checkin/);
    // A button press arrives as a callback_query through the webhook.
    await t.send('Owner', 'group', '/setup Europe/London sunday 19:00 Tuesday Parents');
    await t.send('Kim', 'group', '/join');
    const joined = await t.press('Kim', 'Accept and join');
    expect(joined.map((s) => s.text).join('\n')).toMatch(/welcome/i);
    expect(t.fake.webhook.deliveries.length).toBeGreaterThan(3);
    expect(t.fake.webhook.deliveries.every((d) => d.status === 200)).toBe(true);
    // Handled updates keep only their ids.
    expect((await rows()).every((r) => r.status === 'done' && r.payload === null)).toBe(true);
  });

  it('refuses a request without the right secret with 401, and changes nothing', async () => {
    t = await TelegramTest.start({ webhook: {} });
    const kim = await t.user('Kim');
    const before = (await rows()).length;
    const update = { update_id: 999_001, message: { message_id: 1, date: 1, chat: { id: kim.id, type: 'private', first_name: 'Kim' }, from: kim, text: '/support', entities: [{ type: 'bot_command', offset: 0, length: 8 }] } };
    expect(await post(update)).toBe(401);
    expect(await post(update, 'wrong-secret')).toBe(401);
    expect(await post(update, `${WEBHOOK_SECRET}x`)).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect((await rows()).length).toBe(before);
    expect(answersTo(kim.id).filter((s) => /emergency/i.test(s.plain ?? ''))).toEqual([]);
    // Not an update at all: 400, also nothing stored.
    expect(await post({ hello: 'there' }, WEBHOOK_SECRET)).toBe(400);
    expect((await rows()).length).toBe(before);
  });

  it('an update Telegram sends again (its answer was lost) is handled once', async () => {
    t = await TelegramTest.start({ webhook: {}, fake: { webhookRetryMs: 50 } });
    const kim = await t.user('Kim');
    t.fake.webhook.loseNextAnswers(1);
    await t.send('Kim', 'dm', '/support');
    const update = t.fake.queue.all.at(-1)!;
    await t.fake.waitFor(() => t!.fake.webhook.deliveries.filter((d) => d.updateId === update.update_id).length >= 2, 5000, 'the retry');
    // And once more by hand, later, as a late retry would come.
    expect(await t.fake.webhook.redeliver(update)).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(answersTo(kim.id).filter((s) => /emergency/i.test(s.plain ?? ''))).toHaveLength(1);
    expect(t.fake.webhook.deliveries.filter((d) => d.updateId === update.update_id).length).toBe(3);
  });

  it('answers 200 at once even when handling is slow, so Telegram does not send it again', async () => {
    t = await TelegramTest.start({ webhook: {}, fake: { webhookTimeoutMs: 500, webhookRetryMs: 50 } });
    const kim = await t.user('Kim');
    t.fake.delay(1500, 'sendMessage'); // the answer takes three times Telegram's patience
    await t.send('Kim', 'dm', '/support', 10_000);
    const update = t.fake.queue.all.at(-1)!;
    expect(t.fake.webhook.deliveries.filter((d) => d.updateId === update.update_id).map((d) => d.status)).toEqual([200]);
    expect(answersTo(kim.id).filter((s) => /emergency/i.test(s.plain ?? ''))).toHaveLength(1);
  });

  it('an update stored by a process that died before handling it is handled by another once its claim runs out', async () => {
    t = await TelegramTest.start({ webhook: { sweepMs: 50 } });
    const kim = await t.user('Kim');
    const update = { update_id: 999_002, message: { message_id: 77, date: Math.floor(Date.now() / 1000), chat: { id: kim.id, type: 'private', first_name: 'Kim' }, from: kim, text: '/support', entities: [{ type: 'bot_command', offset: 0, length: 8 }] } };
    // Another process stored it and answered 200, then died: its claim ran out a moment ago.
    const now = Date.now();
    expect(await storeUpdate(t.core.db, { platform: 'telegram', updateId: update.update_id, fromUser: String(kim.id), payload: JSON.stringify(update), owner: 'gone:1:webhook', now: now - 5000, claimUntil: now - 1 })).toBe(true);
    await t.fake.waitFor(() => answersTo(kim.id).some((s) => /emergency/i.test(s.plain ?? '')), 5000, 'the answer');
    await t.fake.waitFor(() => t!.handled.has(update.update_id), 5000, 'handled');
    await new Promise((r) => setTimeout(r, 200)); // a second sweep must not take it again
    expect(answersTo(kim.id).filter((s) => /emergency/i.test(s.plain ?? ''))).toHaveLength(1);
    const row = (await rows()).find((r) => r.update_id === update.update_id)!;
    expect(row).toMatchObject({ status: 'done', payload: null });
  });

  it('/forgetme empties what the person sent that still waits to be handled', async () => {
    t = await TelegramTest.start({ webhook: {} });
    const kim = await t.user('Kim');
    const waiting = { update_id: 999_003, message: { message_id: 78, date: 1, chat: { id: kim.id, type: 'private', first_name: 'Kim' }, from: kim, text: 'a private worry' } };
    const now = Date.now();
    await storeUpdate(t.core.db, { platform: 'telegram', updateId: waiting.update_id, fromUser: String(kim.id), payload: JSON.stringify(waiting), owner: 'busy:1:webhook', now, claimUntil: now + 60_000 });
    await t.send('Kim', 'dm', '/forgetme');
    await t.press('Kim', 'Yes, erase everything');
    const left = (await rows()).filter((r) => r.payload !== null);
    expect(left).toEqual([]);
    expect(JSON.stringify(await rows())).not.toContain('a private worry');
  });

  it('stopping answers 503 to new posts and gives back an update still in hand, for another process to take at once', async () => {
    t = await TelegramTest.start({ webhook: {} });
    const kim = await t.user('Kim');
    t.fake.delay(8000, 'sendMessage'); // the answer hangs past the stop's few seconds
    t.fake.userSends(kim, kim.id, '/support');
    const asked = t.fake.queue.all.at(-1)!.update_id;
    await t.fake.waitFor(() => t!.fake.webhook.deliveries.some((d) => d.updateId === asked && d.status === 200), 5000, 'the post');
    const stopped = t.adapter.stop();
    await new Promise((r) => setTimeout(r, 50));
    const update = { update_id: 999_004, message: { message_id: 79, date: 1, chat: { id: kim.id, type: 'private', first_name: 'Kim' }, from: kim, text: '/help' } };
    expect(await post(update, WEBHOOK_SECRET)).toBe(503);
    await stopped;
    const inHand = (await rows()).find((r) => r.update_id === asked)!;
    expect(inHand).toMatchObject({ status: 'handling', claim_until: 0 });
    expect((await rows()).some((r) => r.update_id === 999_004)).toBe(false);
    t.fake.delay(0);
  });

  it('going back to long polling removes the webhook, and updates arrive by polling again', async () => {
    t = await TelegramTest.start({ webhook: {} });
    await t.adapter.stop();
    expect(t.fake.webhookUrl).toBe(WEBHOOK_URL); // stopping one process leaves the webhook to the others
    const polling = new TelegramAdapter({ app: t.world.app, token: t.fake.token, signing: await signingKeys(t.core), apiRoot: t.apiRoot, log: memoryLogger(t.logs), onUpdateHandled: (id) => void t!.handled.add(id) });
    t.adapter = polling;
    await polling.start();
    expect(t.fake.webhookUrl).toBeUndefined();
    expect(t.fake.requests.some((r) => r.method.toLowerCase() === 'deletewebhook')).toBe(true);
    const seen = await t.send('Kim', 'dm', '/help');
    expect(seen.map((s) => s.text).join('\n')).toMatch(/\/checkin/);
  });
});
