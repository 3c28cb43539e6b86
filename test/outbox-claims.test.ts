import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Delivery, DeliveryPort } from '../src/core/outbox.js';
import { CLAIM_MS, claim, enqueue, markSent } from '../src/core/outbox.js';
import { toGroup } from '../src/core/reply.js';
import type { Group } from '../src/db/schema.js';
import { DeliveryWorker } from '../src/jobs/delivery.js';
import { PACING } from '../src/jobs/pacing.js';
import { type TestWorld, testWorld } from './helpers/core.js';
import { RecordingPort, addGroup, outboxRows, virtualTimer } from './helpers/schedule-world.js';

// Outbox items in flight: a worker claims an item (pending -> sending, who and until when)
// before it sends; only the claim's holder may finish it; a claim that ran out is taken again.

let world: TestWorld;
beforeEach(async () => {
  world = await testWorld('2026-11-23T10:00:00.000Z');
});
afterEach(() => world.close());

async function put(group: Group, key: string) {
  const now = world.clock.now();
  await enqueue(world.core.db, { idemKey: key, groupId: group.id, kind: 'test', audience: 'group', reply: toGroup(key), notBefore: now, now });
  return (await world.core.db.selectFrom('outbox').select('id').where('idem_key', '=', key).executeTakeFirstOrThrow()).id;
}

/** A port whose first send waits until the test lets it answer. */
class GatedPort implements DeliveryPort {
  readonly platform = 'console' as const;
  readonly sent: string[] = [];
  private open!: () => void;
  private readonly gate = new Promise<void>((r) => (this.open = r));
  reached!: Promise<void>;
  private arrived!: () => void;
  constructor() {
    this.reached = new Promise<void>((r) => (this.arrived = r));
  }
  async deliver(d: Delivery) {
    this.arrived();
    await this.gate;
    this.sent.push(d.idemKey);
    return { messageId: `m-${d.id}` };
  }
  release() {
    this.open();
  }
}

describe('claims on outbox items', () => {
  it('lets one worker claim an item; another gets it only once the claim has run out', async () => {
    const group = await addGroup(world.core);
    const id = await put(group, 'a');
    const now = world.clock.now();
    expect(await claim(world.core.db, id, { by: 'one' }, now)).toBe(true);
    expect(await claim(world.core.db, id, { by: 'two' }, now)).toBe(false);
    const [row] = await outboxRows(world.core);
    expect(row).toMatchObject({ status: 'sending', claimed_by: 'one', claim_until: new Date(now.getTime() + CLAIM_MS).toISOString() });
    world.clock.advance(CLAIM_MS + 1);
    expect(await claim(world.core.db, id, { by: 'two' }, world.clock.now())).toBe(true);
    // The first sender came back late: it may no longer finish the item.
    expect(await markSent(world.core.db, id, 'm1', world.clock.now(), { by: 'one' })).toBe(false);
    expect(await markSent(world.core.db, id, 'm2', world.clock.now(), { by: 'two' })).toBe(true);
    expect(await outboxRows(world.core)).toMatchObject([{ status: 'sent', platform_message_id: 'm2', claimed_by: null, claim_until: null }]);
  });

  it('two workers on one database never send the same item, even while one of them is mid-send', async () => {
    const group = await addGroup(world.core);
    const other = await addGroup(world.core);
    await put(group, 'slow');
    await put(other, 'other');
    const gated = new GatedPort();
    const first = new DeliveryWorker({ core: world.core, port: gated, pacing: PACING.console, timer: virtualTimer(), claimer: 'first' });
    const second = new RecordingPort('console');
    const running = first.drain();
    await gated.reached; // 'slow' is claimed and on its way; 'other' may be too
    await new DeliveryWorker({ core: world.core, port: second, pacing: PACING.console, timer: virtualTimer(), claimer: 'second' }).drain();
    gated.release();
    await running;
    const all = [...gated.sent, ...second.sent.map((s) => s.delivery.idemKey)].sort();
    expect(all).toEqual(['other', 'slow']);
    expect(second.sent.map((s) => s.delivery.idemKey)).not.toContain('slow');
    expect((await outboxRows(world.core)).map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('takes over an item whose sender died mid-send, once its claim has run out', async () => {
    const group = await addGroup(world.core);
    const id = await put(group, 'orphan');
    expect(await claim(world.core.db, id, { by: 'dead process' }, world.clock.now())).toBe(true);
    const port = new RecordingPort('console');
    const worker = new DeliveryWorker({ core: world.core, port, pacing: PACING.console, timer: virtualTimer() });
    await worker.drain();
    expect(port.sent).toHaveLength(0); // still claimed by its sender
    world.clock.advance(CLAIM_MS + 1);
    await worker.drain();
    expect(port.sent.map((s) => s.delivery.idemKey)).toEqual(['orphan']);
    expect(await outboxRows(world.core)).toMatchObject([{ status: 'sent' }]);
  });

  it('two delivery workers racing over the same 1,000 due items send each exactly once', async () => {
    const groups = await Promise.all(Array.from({ length: 20 }, () => addGroup(world.core)));
    const now = world.clock.now();
    for (let i = 0; i < 1000; i++) {
      const group = groups[i % groups.length];
      await enqueue(world.core.db, { idemKey: `race:${i}`, groupId: group.id, kind: 'test', audience: 'group', reply: toGroup(`item ${i}`), notBefore: now, now });
    }
    // Each send yields, so the two workers interleave (on Postgres, over separate connections).
    const yielding = () => new RecordingPort('console', () => null);
    const ports = [yielding(), yielding()];
    for (const port of ports) {
      const deliver = port.deliver.bind(port);
      port.deliver = async (d) => {
        await new Promise((r) => setImmediate(r));
        return deliver(d);
      };
    }
    const pacing = { ...PACING.console, concurrency: 4 };
    await Promise.all(ports.map((port, i) => new DeliveryWorker({ core: world.core, port, pacing, timer: virtualTimer(), claimer: `worker-${i}` }).drain()));
    const keys = ports.flatMap((p) => p.sent.map((s) => s.delivery.idemKey));
    expect(keys).toHaveLength(1000);
    expect(new Set(keys).size).toBe(1000);
    const statuses = await world.core.db.selectFrom('outbox').select('status').execute();
    expect(statuses.every((r) => r.status === 'sent')).toBe(true);
  }, 60_000);
});
