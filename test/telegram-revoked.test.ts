import { afterEach, describe, expect, it } from 'vitest';
import { postPromptNow } from '../src/core/prompts.js';
import { DeliveryWorker } from '../src/jobs/delivery.js';
import { TelegramTest } from './helpers/telegram-harness.js';

// A token refused while delivering (401) is not one message's failure: the item waits untouched,
// the worker stops, and main.ts is told so it stops Telegram only.

let t: TelegramTest;
afterEach(async () => {
  await t.stop();
});

describe('Telegram: a revoked token while delivering', () => {
  it('stops delivery on Telegram and leaves the prompt waiting, not failed or retried', async () => {
    t = await TelegramTest.start();
    t.makeAdmin(await t.user('Sam'));
    await t.send('Sam', 'group', '/setup Europe/London sunday 19:00 Tuesday Parents');
    const group = await t.core.db.selectFrom('groups').selectAll().executeTakeFirstOrThrow();
    await postPromptNow(t.core, group);
    t.fake.failNext('sendMessage', { status: 401, description: 'Unauthorized', count: 3 });
    const revoked: string[] = [];
    const worker = new DeliveryWorker({ core: t.core, port: t.adapter.delivery, onRevoked: (reason) => revoked.push(reason) });
    await worker.drain();
    await worker.drain();
    expect(revoked).toHaveLength(1);
    expect(worker.isStopped).toBe(true);
    expect(await t.core.db.selectFrom('outbox').select(['kind', 'status', 'attempts']).execute()).toEqual([{ kind: 'prompt', status: 'pending', attempts: 0 }]);
    expect(t.fake.requests.filter((r) => r.method === 'sendMessage' && r.status === 401)).toHaveLength(1); // not tried again
  });
});
