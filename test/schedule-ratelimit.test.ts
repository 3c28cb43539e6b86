import { afterEach, describe, expect, it } from 'vitest';
import type { Clock } from '../src/core/ports.js';
import { type Delivery, DeliveryError, type DeliveryPort, enqueue } from '../src/core/outbox.js';
import { toGroup } from '../src/core/reply.js';
import { DeliveryWorker } from '../src/jobs/delivery.js';
import { type TestWorld, testWorld } from './helpers/core.js';
import { countingServer } from './helpers/schedule-server.js';
import { addGroup, outboxRows } from './helpers/schedule-world.js';

// Rate limits enforced by the platform: every 429 is honoured (retry_after) and retried,
// nothing is lost and nothing is sent twice; with pacing set within the limits, no 429 at all.

let world: TestWorld;
let server: Awaited<ReturnType<typeof countingServer>>;
afterEach(async () => {
  await server?.close();
  await world?.close();
});

class HttpPort implements DeliveryPort {
  readonly platform = 'telegram' as const;
  constructor(private readonly url: string) {}
  async deliver(d: Delivery) {
    const res = await fetch(`${this.url}/send`, { method: 'POST', body: JSON.stringify({ chat: d.groupChatId, kind: d.kind }) });
    const body = (await res.json()) as { id?: string; retry_after?: number };
    if (res.status === 429) throw new DeliveryError({ kind: 'retry', afterMs: (body.retry_after ?? 1) * 1000, reason: '429' });
    return { messageId: body.id! };
  }
}

async function setup(n: number) {
  world = await testWorld('2026-11-29T19:00:00Z');
  // The bot's clock starts at a fixed instant and moves with real time, so retries come due.
  const start = world.clock.now().getTime();
  const t0 = performance.now();
  const clock: Clock = { now: () => new Date(start + (performance.now() - t0)) };
  world.core.clock = clock;
  for (let i = 0; i < n; i++) {
    const g = await addGroup(world.core, { platform: 'telegram', chatId: `c${i}` });
    await enqueue(world.core.db, { idemKey: `t:${i}`, groupId: g.id, kind: 'prompt_test', audience: 'group', reply: toGroup(`hi ${i}`), notBefore: clock.now(), now: clock.now() });
  }
}

describe('rate limits', () => {
  it('pacing looser than the platform: 429s are honoured and retried; nothing lost, nothing twice', async () => {
    server = await countingServer({ limits: { overall: { max: 20, perMs: 1000 }, chat: { max: 1, perMs: 1000 } } });
    await setup(60);
    const worker = new DeliveryWorker({
      core: world.core,
      port: new HttpPort(server.url),
      pacing: { overall: { max: 200, perMs: 1000 }, group: { max: 100, perMs: 1000 }, private: { max: 100, perMs: 1000 }, concurrency: 8 },
      backoff: { baseMs: 100, capMs: 2000 },
    });
    const stats = await worker.drain({ waitForRetriesMs: 15_000 });
    expect(server.rejected).toBeGreaterThan(0);
    expect(stats.retried).toBe(server.rejected);
    expect(stats.sent).toBe(60);
    expect(server.perChat().size).toBe(60);
    expect([...server.perChat().values()].every((n) => n === 1)).toBe(true);
    expect((await outboxRows(world.core)).every((r) => r.status === 'sent')).toBe(true);
  }, 30_000);

  it('pacing within the limits: no 429 at all', async () => {
    server = await countingServer({ limits: { overall: { max: 20, perMs: 1000 }, chat: { max: 1, perMs: 1000 } } });
    await setup(40);
    const t0 = performance.now();
    const worker = new DeliveryWorker({
      core: world.core,
      port: new HttpPort(server.url),
      pacing: { overall: { max: 18, perMs: 1000 }, group: { max: 1, perMs: 1000 }, private: { max: 1, perMs: 1000 }, concurrency: 4 },
    });
    const stats = await worker.drain();
    const secs = (performance.now() - t0) / 1000;
    expect(server.rejected).toBe(0);
    expect(stats.sent).toBe(40);
    console.log(`paced: ${(40 / secs).toFixed(1)} sends/s against a limit of 20/s (pacing 18/s)`);
  }, 30_000);
});
