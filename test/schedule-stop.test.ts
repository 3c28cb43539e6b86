import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Delivery, DeliveryPort } from '../src/core/outbox.js';
import { enqueue } from '../src/core/outbox.js';
import { toGroup } from '../src/core/reply.js';
import { createSchedule } from '../src/jobs/index.js';
import { type TestWorld, testWorld } from './helpers/core.js';
import { addGroup, outboxRows } from './helpers/schedule-world.js';

// Stopping the schedule at shutdown: no new send starts, a send that answers in time is recorded,
// one still out when the wait is over gives its claim back (pending again, no attempt counted),
// and the lease row is gone, so another process can take over at once.

const NOW = '2026-11-23T10:00:00.000Z';
let world: TestWorld;
beforeEach(async () => {
  world = await testWorld(NOW);
});
afterEach(() => world.close());

/** Answers `quick` items after 30 ms; every other send waits until the test lets it answer. */
class SlowPort implements DeliveryPort {
  readonly platform = 'console' as const;
  readonly started: string[] = [];
  private open!: () => void;
  private readonly gate = new Promise<void>((r) => (this.open = r));
  async deliver(d: Delivery) {
    this.started.push(d.idemKey);
    if (d.idemKey === 'quick') await new Promise((r) => setTimeout(r, 30));
    else await this.gate;
    return { messageId: `m-${d.idemKey}` };
  }
  answerAll() {
    this.open();
  }
}

const wide = { max: 1000, perMs: 1000 };

describe('the schedule stopping for a shutdown', () => {
  it('finishes what answers in time, gives back the claims still out, starts nothing new, and leaves the lease free', async () => {
    const { db } = world.core;
    const now = world.clock.now();
    // One chat per item: a chat takes one send at a time.
    for (const key of ['quick', 'slow-1', 'slow-2', 'later-1', 'later-2', 'later-3']) {
      const group = await addGroup(world.core, { createdAt: NOW });
      await enqueue(db, { idemKey: key, groupId: group.id, kind: 'test', audience: 'group', reply: toGroup(key), notBefore: now, now });
    }
    const port = new SlowPort();
    const schedule = createSchedule({
      core: world.core, ports: [port], ticker: () => () => {}, pollMs: 20,
      pacing: { console: { overall: wide, group: wide, private: wide, concurrency: 3 } },
    });
    await schedule.start();
    expect(schedule.holdsLease).toBe(true);
    // Three sends out at once (the concurrency); the quick one answers, a later one takes its place.
    for (let i = 0; i < 200 && port.started.length < 4; i++) await new Promise((r) => setTimeout(r, 10));
    expect(port.started.slice(0, 3)).toEqual(['quick', 'slow-1', 'slow-2']);
    const startedBeforeStop = port.started.length;

    const t0 = performance.now();
    await schedule.stop({ finishMs: 300 });
    const took = performance.now() - t0;
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(2_000);

    const rows = new Map((await outboxRows(world.core)).map((r) => [r.idem_key, r]));
    expect(rows.get('quick')).toMatchObject({ status: 'sent', platform_message_id: 'm-quick' });
    // Still out when the wait was over: pending again, unclaimed, no attempt counted.
    const givenBack = port.started.filter((k) => k !== 'quick');
    expect(givenBack.length).toBe(startedBeforeStop - 1);
    for (const key of givenBack) expect(rows.get(key)).toMatchObject({ status: 'pending', claimed_by: null, claim_until: null, attempts: 0 });
    // Nothing started after the stop.
    expect(port.started.length).toBe(startedBeforeStop);
    for (const [key, row] of rows) if (!port.started.includes(key)) expect(row).toMatchObject({ status: 'pending', claimed_by: null, attempts: 0 });
    expect(await db.selectFrom('leases').selectAll().execute()).toEqual([]);
    expect(schedule.holdsLease).toBe(false);

    // A send given back that comes through after all is recorded, so nobody sends it again.
    port.answerAll();
    await new Promise((r) => setTimeout(r, 50));
    const after = new Map((await outboxRows(world.core)).map((r) => [r.idem_key, r]));
    for (const key of givenBack) expect(after.get(key)).toMatchObject({ status: 'sent', platform_message_id: `m-${key}` });
  });
});
