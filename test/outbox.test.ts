import { describe, expect, it } from 'vitest';
import { enqueue } from '../src/core/outbox.js';
import { toPrivate } from '../src/core/reply.js';
import { actor } from './helpers/act.js';
import { consoleChat } from './helpers/console-chat.js';
import { testWorld } from './helpers/core.js';

describe('the outbox after delivery', () => {
  it('keeps the message id but not the text, once the platform has the message', async () => {
    const world = await testWorld();
    await actor(world, { admins: ['Sam'] }).groupWith('Sam', ['Ann']);
    const out: string[] = [];
    const chat = consoleChat(world.app, (l) => out.push(l), world.clock);
    const ann = await world.core.db.selectFrom('people').select('id').where('user_id', '=', 'ann').executeTakeFirstOrThrow();
    await enqueue(world.core.db, { idemKey: 'k1', groupId: 1, kind: 'buddy_told', audience: 'person', personId: ann.id, reply: toPrivate('Your buddy Bea has been quiet'), notBefore: world.clock.now(), now: world.clock.now() });
    await chat.drainOutbox();
    expect(out.join("\n")).toMatch(/\[private → ann\] bot: Your buddy Bea has been quiet/i);
    const row = await world.core.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
    expect(row.platform_message_id).toMatch(/^c\d+$/);
    expect(row.payload).not.toContain('Bea');
    await world.close();
  });
});

describe('delivery order within one chat', () => {
  it('sends a retried message before the later messages to the same chat', async () => {
    const { DeliveryWorker } = await import('../src/jobs/delivery.js');
    const { PACING } = await import('../src/jobs/pacing.js');
    const { RecordingPort, virtualTimer } = await import('./helpers/schedule-world.js');
    const world = await testWorld();
    await actor(world, { admins: ['Sam'] }).groupWith('Sam', ['Ann']);
    const put = (key: string, text: string) =>
      enqueue(world.core.db, { idemKey: key, groupId: 1, kind: 'note', audience: 'group', reply: { to: 'group', text }, notBefore: world.clock.now(), now: world.clock.now() });
    await put('first', 'first');
    await put('second', 'second');
    await put('third', 'third');
    // The first send meets a server error once; the platform takes everything else.
    const port = new RecordingPort('console', (d, attempt) => (d.idemKey === 'first' && attempt === 1 ? { kind: 'retry', afterMs: 5000, reason: 'server error' } : null));
    const worker = new DeliveryWorker({ core: world.core, port, pacing: PACING.console, timer: virtualTimer() });
    await worker.drain();
    world.clock.advance(60_000);
    await worker.drain();
    expect(port.sent.map((s) => s.delivery.reply.text)).toEqual(['first', 'second', 'third']);
    await world.close();
  });
});
