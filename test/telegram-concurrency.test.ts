import { afterEach, describe, expect, it } from 'vitest';
import { enqueue } from '../src/core/outbox.js';
import { toGroup } from '../src/core/reply.js';
import { DeliveryWorker } from '../src/jobs/delivery.js';
import { PACING, SendBudget, type Timer, budgetKey } from '../src/jobs/pacing.js';
import { REPLY_MAX_WAIT_S } from '../src/adapters/telegram/bot.js';
import { TelegramTest } from './helpers/telegram-harness.js';
import { addGroup } from './helpers/schedule-world.js';

// Updates handled side by side, in order within a chat (@grammyjs/runner with sequentialize):
// a group whose replies wait on a 429 does not hold up any other group; a reply that would wait
// too long is given up; and replies and scheduled sends share one budget, where waiting for a
// slot is never a failed attempt.

let t: TelegramTest | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const answersIn = (chatId: number) => t!.fake.sent.filter((s) => s.chat_id === chatId);

describe('Telegram updates side by side', () => {
  it("one group's replies waiting on a 429 do not hold up another group's answers", async () => {
    t = await TelegramTest.start();
    const owner = t.users.get('owner')!;
    const slow = t.group;
    const other = t.fake.group({ title: 'Thursday Carers', admins: [owner] });
    // Telegram refuses the next answer into the slow group for 3 s.
    t.fake.failNext('sendMessage', { status: 429, retryAfter: 3, chatId: slow.id });
    const t0 = Date.now();
    t.fake.userSends(owner, slow, '/help');
    await t.fake.waitFor(() => t!.fake.requests.some((r) => r.method === 'sendMessage' && r.status === 429), 5000, 'the 429');
    t.fake.userSends(owner, other, '/help');
    await t.fake.waitFor(() => answersIn(other.id).length > 0, 2000, 'the other group answered while the first waits');
    const otherAt = Date.now() - t0;
    expect(answersIn(slow.id)).toHaveLength(0);
    await t.fake.waitFor(() => answersIn(slow.id).length > 0, 8000, 'the slow group answered after its wait');
    expect(otherAt).toBeLessThan(2500);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(3000);
  });

  it("keeps each chat's updates in order while they wait", async () => {
    t = await TelegramTest.start();
    const owner = t.users.get('owner')!;
    t.fake.failNext('sendMessage', { status: 429, retryAfter: 2, chatId: t.group.id });
    t.fake.userSends(owner, t.group, '/help');
    t.fake.userSends(owner, t.group, '/support');
    await t.fake.waitFor(() => answersIn(t!.group.id).length >= 2, 8000, 'both answers');
    const [first, second] = answersIn(t.group.id);
    expect(first.plain).toMatch(/\/checkin/); // /help's answer
    expect(second.plain).toMatch(/emergency/i); // then /support's
  });

  it(`gives up a reply that would wait more than ${REPLY_MAX_WAIT_S} s, logs it without crashing, and answers the next`, async () => {
    t = await TelegramTest.start();
    const owner = t.users.get('owner')!;
    t.fake.failNext('sendMessage', { status: 429, retryAfter: 120, chatId: t.group.id });
    await t.act(() => t!.fake.userSends(owner, t!.group, '/help'), 3000);
    expect(answersIn(t.group.id)).toHaveLength(0);
    expect(t.logs.filter((l) => l.level === 'warn').map((l) => l.msg)).toContain('telegram: a reply was given up: the chat is over its limit');
    expect(t.errors()).toEqual([]);
    const seen = await t.send('Owner', 'group', '/help');
    expect(seen[0].text).toMatch(/\/checkin/);
  });
});

describe('one send budget for replies and scheduled sends', () => {
  /** Real time stands still; the worker's waits move it on. */
  function pausedTime(): Timer & { at: number } {
    const timer = { at: 1_000_000, now: () => timer.at, sleep: async (ms: number) => void (timer.at += Math.max(0, ms)) };
    return timer;
  }

  it('replies spend the group budget; the prompt waits for a slot and goes out on its first attempt', async () => {
    const time = pausedTime();
    const budget = new SendBudget(PACING.telegram, time);
    t = await TelegramTest.start({ adapter: { replySlot: (audience, chat) => budget.replySlot(audience, chat) } });
    const owner = t.users.get('owner')!;
    // A busy group: its 20 replies this minute are Telegram's whole per-group allowance.
    for (let i = 0; i < 20; i++) await t.act(() => t!.fake.userSends(owner, t!.group, '/help'));
    expect(answersIn(t.group.id)).toHaveLength(20);
    expect(budget.chatWait(budgetKey('group', String(t.group.id)))).toBeGreaterThan(50_000);
    const group = await addGroup(t.core, { platform: 'telegram', chatId: String(t.group.id) });
    const now = t.core.clock.now();
    await enqueue(t.core.db, { idemKey: 'prompt:busy', groupId: group.id, kind: 'prompt', audience: 'group', reply: toGroup('How was your week?'), notBefore: now, now });
    const worker = new DeliveryWorker({ core: t.core, port: t.adapter.delivery, budget });
    const started = time.at;
    await worker.drain();
    const item = await t.core.db.selectFrom('outbox').select(['status', 'attempts']).where('idem_key', '=', 'prompt:busy').executeTakeFirstOrThrow();
    expect(item).toEqual({ status: 'sent', attempts: 0 });
    // It waited for the minute's window to move on, not a moment less.
    expect(time.at - started).toBeGreaterThanOrEqual(55_000);
    expect(answersIn(t.group.id).at(-1)!.plain).toBe('How was your week?');
  });

  it('a reply waiting for the next slot goes before a scheduled send that was waiting first', async () => {
    const one = { max: 1, perMs: 100 };
    const budget = new SendBudget({ overall: one, group: one, private: one, concurrency: 1 });
    budget.take('g:-1'); // a send just went: the next slot is 100 ms away
    const order: string[] = [];
    const scheduled = (async () => {
      for (let w = budget.scheduledWait(); w > 0; w = budget.scheduledWait()) await budget.timer.sleep(w);
      budget.take('g:-2');
      order.push('scheduled');
    })();
    const reply = budget.replySlot('person', '5').then(() => order.push('reply'));
    await Promise.all([scheduled, reply]);
    expect(order).toEqual(['reply', 'scheduled']);
  });
});
