import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimHeld, enqueue, hold } from '../src/core/outbox.js';
import { toGroup, toPrivate } from '../src/core/reply.js';
import type { Group } from '../src/db/schema.js';
import { DeliveryWorker } from '../src/jobs/delivery.js';
import { PACING } from '../src/jobs/pacing.js';
import { Scheduler } from '../src/jobs/scheduler.js';
import { type TestWorld, testWorld } from './helpers/core.js';
import { RecordingPort, addGroup, addMember, outboxRows, recordingLogger, virtualTimer } from './helpers/schedule-world.js';

// The delivery worker: claim, then deliver through the adapter's port; every failure kind
// handled; one failing chat never holds up the others; pacing within the platform's limits.

let world: TestWorld;
const NOW = '2026-11-23T10:00:00.000Z';
beforeEach(async () => {
  world = await testWorld(NOW);
});
afterEach(() => world.close());

let seq = 0;
async function put(group: Group, opts: { personId?: number; kind?: string; text?: string } = {}) {
  const now = world.clock.now();
  await enqueue(world.core.db, {
    idemKey: `test:${++seq}`,
    groupId: group.id,
    kind: opts.kind ?? 'test',
    audience: opts.personId ? 'person' : 'group',
    personId: opts.personId ?? null,
    reply: opts.personId ? toPrivate(opts.text ?? `hello ${seq}`) : toGroup(opts.text ?? `hello ${seq}`),
    notBefore: now,
    now,
  });
}

const worker = (port: RecordingPort, extra: Partial<ConstructorParameters<typeof DeliveryWorker>[0]> = {}) =>
  new DeliveryWorker({ core: world.core, port, pacing: PACING.console, timer: virtualTimer(), ...extra });

describe('delivery', () => {
  it('marks each item sent with the platform message id, and never sends it again', async () => {
    const g = await addGroup(world.core);
    await put(g);
    await put(g);
    const port = new RecordingPort();
    const w = worker(port);
    expect((await w.drain()).sent).toBe(2);
    expect((await w.drain()).sent).toBe(0);
    const rows = await outboxRows(world.core);
    expect(rows.map((r) => [r.status, r.platform_message_id])).toEqual([['sent', 'm1'], ['sent', 'm2']]);
    expect(port.sent.length).toBe(2);
  });

  it('a retry waits at least afterMs (with backoff) and never causes a duplicate', async () => {
    const g = await addGroup(world.core);
    await put(g);
    const port = new RecordingPort('console', (_d, attempt) => (attempt <= 2 ? { kind: 'retry', afterMs: 3000, reason: '429 retry_after 3' } : null));
    const w = worker(port);
    expect((await w.drain()).retried).toBe(1);
    let [row] = await outboxRows(world.core);
    expect(row.status).toBe('pending');
    expect(Date.parse(row.not_before) - Date.parse(NOW)).toBe(3000);
    world.clock.advance(2999);
    expect((await w.drain()).sent).toBe(0); // not before its time
    world.clock.advance(1);
    expect((await w.drain()).retried).toBe(1);
    [row] = await outboxRows(world.core);
    expect(row.attempts).toBe(2);
    world.clock.advance(3000);
    expect((await w.drain()).sent).toBe(1);
    expect(port.sent.length).toBe(1);
    expect(port.tries.length).toBe(3);
  });

  it('server errors back off exponentially and give up (failed, with the reason) after maxAttempts', async () => {
    const g = await addGroup(world.core);
    await put(g);
    const port = new RecordingPort('console', () => ({ kind: 'retry', afterMs: 0, reason: '502 bad gateway' }));
    const w = worker(port, { maxAttempts: 4, backoff: { baseMs: 1000, capMs: 60_000 } });
    const gaps: number[] = [];
    for (let i = 0; i < 4; i++) {
      await w.drain();
      const [row] = await outboxRows(world.core);
      if (row.status !== 'pending') break;
      const gap = Date.parse(row.not_before) - world.clock.now().getTime();
      gaps.push(gap);
      world.clock.advance(gap);
    }
    expect(gaps).toEqual([1000, 2000, 4000]);
    const [row] = await outboxRows(world.core);
    expect(row.status).toBe('failed');
    expect(row.error).toMatch(/gave up after 4 tries: 502 bad gateway/);
  });

  it('unreachable holds a private message until the person opens the private chat', async () => {
    const g = await addGroup(world.core);
    const { person } = await addMember(world.core, g, 'Alex', { dm: false });
    await put(g, { personId: person.id });
    let reachable = false;
    const port = new RecordingPort('console', () => (reachable ? null : { kind: 'unreachable', reason: "bot can't initiate conversation" }));
    const w = worker(port);
    expect((await w.drain()).held).toBe(1);
    expect((await outboxRows(world.core))[0].status).toBe('held');
    expect((await w.drain()).sent).toBe(0);
    reachable = true;
    // The worker never sends a held message: it is handed over once the person opens the chat.
    expect((await w.drain()).sent).toBe(0);
    const held = await claimHeld(world.core.db, person.id, world.clock.now());
    expect(held.map((h) => h.id)).toEqual([(await outboxRows(world.core))[0].id]);
    expect(await claimHeld(world.core.db, person.id, world.clock.now())).toEqual([]);
    expect((await w.drain()).sent).toBe(0);
    expect((await outboxRows(world.core))[0].status).toBe('sent');
  });

  it('a held message that still cannot be shown is put back, and handed over next time', async () => {
    const g = await addGroup(world.core);
    const { person } = await addMember(world.core, g, 'Alex', { dm: false });
    await put(g, { personId: person.id });
    await worker(new RecordingPort('console', () => ({ kind: 'unreachable', reason: 'closed' }))).drain();
    const [item] = await claimHeld(world.core.db, person.id, world.clock.now());
    await hold(world.core.db, item.id, 'could not show');
    expect((await outboxRows(world.core))[0]).toMatchObject({ status: 'held', platform_message_id: null, sent_at: null });
    expect((await claimHeld(world.core.db, person.id, world.clock.now())).map((h) => h.id)).toEqual([item.id]);
  });

  it('gone makes the group inactive: nothing more is sent there, and other groups carry on', async () => {
    const gone = await addGroup(world.core, { chatId: 'kicked' });
    const fine = await addGroup(world.core, { chatId: 'fine' });
    const { person } = await addMember(world.core, gone, 'Sam');
    await put(gone);
    await put(gone);
    await put(gone, { personId: person.id });
    await put(fine);
    const port = new RecordingPort('console', (d) => (d.groupChatId === 'kicked' ? { kind: 'gone', reason: '403 bot was kicked' } : null));
    const w = worker(port);
    const stats = await w.drain();
    expect(stats.gone).toBe(1);
    expect(stats.sent).toBe(1);
    expect(port.tries.filter((d) => d.groupChatId === 'kicked').length).toBe(1);
    const g = await world.core.db.selectFrom('groups').select('active').where('id', '=', gone.id).executeTakeFirstOrThrow();
    expect(g.active).toBe(0);
    const rows = await outboxRows(world.core);
    expect(rows.filter((r) => r.group_id === gone.id).map((r) => r.status)).toEqual(['failed', 'skipped', 'skipped']);
    // The schedule no longer posts there either.
    world.clock.set(new Date('2026-11-29T19:00:00Z'));
    await new Scheduler(world.core).tick();
    expect((await outboxRows(world.core, 'prompt')).map((r) => r.group_id)).toEqual([fine.id]);
  });

  it('permanent failures are recorded with the reason and the rest go on', async () => {
    const g = await addGroup(world.core);
    await put(g, { text: 'bad' });
    await put(g, { text: 'good' });
    const port = new RecordingPort('console', (d) => (d.reply.text === 'bad' ? { kind: 'permanent', reason: "400 can't parse entities" } : null));
    await worker(port).drain();
    const rows = await outboxRows(world.core);
    expect(rows.map((r) => [r.status, r.error])).toEqual([['failed', "400 can't parse entities"], ['sent', null]]);
  });

  it('one failing chat never holds up the others, and its own items keep their order', async () => {
    const stuck = await addGroup(world.core, { chatId: 'stuck' });
    const others = [];
    for (let i = 0; i < 5; i++) others.push(await addGroup(world.core, { chatId: `ok${i}` }));
    await put(stuck, { text: 'stuck 1' });
    await put(stuck, { text: 'stuck 2' });
    for (const g of others) await put(g);
    const port = new RecordingPort('console', (d) => (d.groupChatId === 'stuck' ? { kind: 'retry', afterMs: 60_000, reason: '500' } : null));
    const stats = await worker(port).drain();
    expect(stats.sent).toBe(5);
    expect(stats.retried).toBe(1); // 'stuck 2' waits behind 'stuck 1' rather than jumping ahead
    expect(port.tries.filter((d) => d.groupChatId === 'stuck').map((d) => d.reply.text)).toEqual(['stuck 1']);
  });

  it('unexpected errors from an adapter are retried, not lost', async () => {
    const g = await addGroup(world.core);
    await put(g);
    let n = 0;
    const port = new RecordingPort('console');
    port.deliver = async (d) => {
      if (++n === 1) throw new TypeError('socket hang up');
      return { messageId: `x${d.id}` };
    };
    const w = worker(port);
    expect((await w.drain()).retried).toBe(1);
    world.clock.advance(60_000);
    expect((await w.drain()).sent).toBe(1);
  });
});

describe('consent at send time', () => {
  it('skips private messages to someone away, someone who left, and facilitator notes once opted out', async () => {
    const g = await addGroup(world.core);
    const away = await addMember(world.core, g, 'Away', { awayUntil: '2027-01-01T00:00:00.000Z' });
    const left = await addMember(world.core, g, 'Left');
    const fac = await addMember(world.core, g, 'Fac', { notes: true });
    const ok = await addMember(world.core, g, 'Ok');
    await world.core.db.updateTable('members').set({ status: 'left' }).where('id', '=', left.member.id).execute();
    await put(g, { personId: away.person.id });
    await put(g, { personId: left.person.id });
    await put(g, { personId: fac.person.id, kind: 'facilitator_weekly' });
    await put(g, { personId: ok.person.id });
    await world.core.db.updateTable('members').set({ facilitator_notes: 0 }).where('id', '=', fac.member.id).execute();
    const port = new RecordingPort();
    const stats = await worker(port).drain();
    expect(stats).toMatchObject({ sent: 1, skipped: 3 });
    expect((await outboxRows(world.core)).map((r) => r.error)).toEqual(['away', 'not a member', 'notes off', null]);
  });
});

describe('pacing', () => {
  async function sendTimes(platform: 'telegram' | 'discord', setup: () => Promise<void>) {
    await setup();
    const timer = virtualTimer();
    const port = new RecordingPort(platform);
    const times: { at: number; chat: string }[] = [];
    const inner = port.deliver.bind(port);
    port.deliver = async (d) => {
      times.push({ at: timer.now(), chat: d.audience === 'group' ? d.groupChatId : d.person!.dmChatId! });
      return inner(d);
    };
    const w = new DeliveryWorker({ core: world.core, port, timer });
    const stats = await w.drain();
    return { times, stats, elapsed: timer.now() };
  }
  const maxInWindow = (ts: number[], windowMs: number) => {
    let best = 0;
    for (let i = 0, j = 0; i < ts.length; i++) {
      while (ts[i] - ts[j] >= windowMs) j++;
      best = Math.max(best, i - j + 1);
    }
    return best;
  };

  it('Telegram: at most 20 a minute into one group, 30 a second overall, 1 a second into a private chat', async () => {
    const { times, stats, elapsed } = await sendTimes('telegram', async () => {
      const busy = await addGroup(world.core, { platform: 'telegram', chatId: 'busy' });
      for (let i = 0; i < 45; i++) await put(busy);
      const { person } = await addMember(world.core, busy, 'Pat');
      for (let i = 0; i < 5; i++) await put(busy, { personId: person.id });
      for (let i = 0; i < 120; i++) await put(await addGroup(world.core, { platform: 'telegram', chatId: `t${i}` }));
    });
    expect(stats.sent).toBe(170);
    const all = times.map((t) => t.at);
    expect(maxInWindow(all, 1000)).toBeLessThanOrEqual(30);
    expect(maxInWindow(times.filter((t) => t.chat === 'busy').map((t) => t.at), 60_000)).toBeLessThanOrEqual(20);
    expect(maxInWindow(times.filter((t) => t.chat.startsWith('dm-pat')).map((t) => t.at), 1000)).toBeLessThanOrEqual(1);
    // The busy group did not hold up the 120 others: they all went in the first ~4 seconds.
    const others = times.filter((t) => /^t\d+$/.test(t.chat)).map((t) => t.at);
    expect(Math.max(...others)).toBeLessThan(5000);
    // 45 into one group at 20 a minute (counted over 61 s: a second's margin for arrivals that
    // wander) takes two more of those minutes, and no longer.
    expect(elapsed).toBeGreaterThanOrEqual(122_000);
    expect(elapsed).toBeLessThan(128_000);
  });

  it('Discord: at most 50 requests a second overall', async () => {
    const { times, stats } = await sendTimes('discord', async () => {
      for (let i = 0; i < 200; i++) await put(await addGroup(world.core, { platform: 'discord', chatId: `d${i}` }));
    });
    expect(stats.sent).toBe(200);
    expect(maxInWindow(times.map((t) => t.at), 1000)).toBeLessThanOrEqual(50);
    // 50 per 1,050 ms: 200 take just over 4 s.
    expect(Math.max(...times.map((t) => t.at))).toBeLessThan(4300);
  });

  it('logs deliveries with ids only', async () => {
    const log = recordingLogger();
    world.core.log = log;
    const g = await addGroup(world.core, { name: 'Secret Name' });
    await put(g, { text: 'a private thing' });
    await worker(new RecordingPort('console', () => ({ kind: 'permanent', reason: 'nope' }))).drain();
    const text = JSON.stringify(log.lines);
    expect(text).not.toMatch(/Secret Name|a private thing/);
    expect(log.lines.some((l) => l.obj.outcome === 'failed' && l.obj.outbox && l.obj.group === g.id)).toBe(true);
  });
});
