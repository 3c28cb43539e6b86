import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../src/core/core.js';
import { pairingPeriod, runPairRound } from '../src/core/pairing/rounds.js';
import type { Group } from '../src/db/schema.js';
import { DeliveryWorker } from '../src/jobs/delivery.js';
import { PACING } from '../src/jobs/pacing.js';
import { type ScheduleDomain, Scheduler } from '../src/jobs/scheduler.js';
import { type TestWorld, testWorld } from './helpers/core.js';
import { RecordingPort, addGroup, addMember, outboxRows, recordingLogger, virtualTimer } from './helpers/schedule-world.js';

// Down across the scheduled time: one catch-up per group inside its grace window, none after,
// each skip logged. Nudges at a civil hour, pairing every N weeks, meetup reminders each tick,
// the facilitators' weekly note, and private messages held until 09:00.

let world: TestWorld;
let log: ReturnType<typeof recordingLogger>;
beforeEach(async () => {
  log = recordingLogger();
  world = await testWorld('2026-11-30T06:30:00Z', log);
});
afterEach(() => world.close());

const calls: { job: string; group?: number; now: string }[] = [];
const stubDomain: ScheduleDomain = {
  async queueNudges(_core: Core, group: Group, now: Date) {
    calls.push({ job: 'nudges', group: group.id, now: now.toISOString() });
    return 0;
  },
  pairingPeriod,
  async runPairRound(_core: Core, group: Group, now: Date) {
    calls.push({ job: 'pairing', group: group.id, now: now.toISOString() });
    return { created: true, groups: [[1, 2]] };
  },
  async queueMeetupReminders(_core: Core, now: Date) {
    calls.push({ job: 'meetups', now: now.toISOString() });
    return 0;
  },
};
beforeEach(() => {
  calls.length = 0;
});

describe('catch-up after downtime', () => {
  it('prompts: posted within 12 hours of their time, skipped with a log line after, never twice', async () => {
    const createdAt = '2026-11-25T00:00:00.000Z';
    const recent = await addGroup(world.core, { time: '19:00', createdAt }); // Sun 19:00: 11.5 h ago at Mon 06:30
    const stale = await addGroup(world.core, { time: '06:00', createdAt }); // Sun 06:00: 24.5 h ago
    const edge = await addGroup(world.core, { time: '18:30', createdAt }); // exactly 12 h ago: still inside
    const scheduler = new Scheduler(world.core);
    const r = await scheduler.tick(new Date('2026-11-30T06:30:00Z'));
    expect((await outboxRows(world.core, 'prompt')).map((p) => p.group_id).sort()).toEqual([recent.id, edge.id].sort());
    expect(r.late).toBeGreaterThanOrEqual(1);
    const late = log.lines.filter((l) => l.msg === 'job skipped: past its grace window' && l.obj.job === 'prompt');
    expect(late.map((l) => [l.obj.group, l.obj.period])).toEqual([[stale.id, '2026-W48']]);
    // One warning for the whole tick, however many groups were late (each run's own line is info).
    expect(log.lines.filter((l) => l.level === 'warn').map((l) => l.obj.count)).toEqual([r.late]);
    // Every minute for an hour after: nothing more, and the skip is not logged again.
    for (let t = Date.parse('2026-11-30T06:31:00Z'); t <= Date.parse('2026-11-30T07:30:00Z'); t += 60_000) await new Scheduler(world.core).tick(new Date(t));
    expect((await outboxRows(world.core, 'prompt')).length).toBe(2);
    expect(log.lines.filter((l) => l.msg === 'job skipped: past its grace window' && l.obj.job === 'prompt').length).toBe(1);
  });

  it('a group set up after this week\'s time waits for next week (no instant catch-up)', async () => {
    await addGroup(world.core, { time: '19:00', createdAt: '2026-11-29T19:30:00.000Z' });
    await new Scheduler(world.core).tick(new Date('2026-11-30T06:30:00Z'));
    expect(await outboxRows(world.core, 'prompt')).toEqual([]);
    expect(log.lines.filter((l) => l.obj.outcome === 'late').length).toBe(0);
  });

  it('nudges run at 10:00 local, caught up until the next civil hour and not after', async () => {
    const g = await addGroup(world.core, { timezone: 'America/New_York', createdAt: '2026-11-30T00:00:00.000Z' }); // 10:00 EST = 15:00Z
    await new Scheduler(world.core, stubDomain).tick(new Date('2026-11-30T15:59:00Z'));
    expect(calls.filter((c) => c.job === 'nudges')).toEqual([{ job: 'nudges', group: g.id, now: '2026-11-30T15:59:00.000Z' }]);
    calls.length = 0;
    await new Scheduler(world.core, stubDomain).tick(new Date('2026-12-01T16:01:00Z')); // next day, 11:01 local
    expect(calls.filter((c) => c.job === 'nudges')).toEqual([]);
    const late = log.lines.filter((l) => l.obj.job === 'nudges' && l.obj.outcome === 'late');
    expect(late.map((l) => l.obj.period)).toEqual(['2026-12-01']);
  });

  it('pairing runs once per period at the check-in time of its first week, caught up within 24 hours', async () => {
    const g = await addGroup(world.core, { pairEvery: 2, createdAt: '2026-11-01T00:00:00.000Z' });
    const scheduler = new Scheduler(world.core, stubDomain);
    await scheduler.runThrough(new Date('2026-11-01T00:00:00Z'), new Date('2026-12-28T00:00:00Z'));
    const pairs = calls.filter((c) => c.job === 'pairing');
    expect(pairs.every((c) => c.group === g.id)).toBe(true);
    // Every other Sunday at 19:00 London, one round per period.
    const periods = pairs.map((c) => pairingPeriod(g, new Date(c.now)));
    expect(new Set(periods).size).toBe(periods.length);
    const sundays = Array.from({ length: 9 }, (_, i) => new Date(Date.parse('2026-11-01T19:00:00Z') + i * 7 * 86400_000));
    expect(pairs.length).toBe(new Set(sundays.map((d) => pairingPeriod(g, d))).size);
    for (let i = 1; i < pairs.length; i++) expect(Date.parse(pairs[i].now) - Date.parse(pairs[i - 1].now)).toBe(14 * 86400_000);
    // Down for 23 hours over a round: caught up. Down for 25: skipped, logged.
    const next = Date.parse(pairs[pairs.length - 1].now) + 14 * 86400_000;
    calls.length = 0;
    await new Scheduler(world.core, stubDomain).tick(new Date(next + 23 * 3600_000));
    expect(calls.filter((c) => c.job === 'pairing').length).toBe(1);
    const g2 = await addGroup(world.core, { pairEvery: 2, chatId: 'other', createdAt: '2026-11-01T00:00:00.000Z' });
    calls.length = 0;
    await new Scheduler(world.core, stubDomain).tick(new Date(next + 25 * 3600_000));
    expect(calls.filter((c) => c.job === 'pairing' && c.group === g2.id).length).toBe(0);
    expect(log.lines.some((l) => l.obj.job === 'pairing' && l.obj.group === g2.id && l.obj.outcome === 'late')).toBe(true);
  });

  it('meetup reminders are asked for on every tick (the domain sends none once a meetup has started)', async () => {
    const s = new Scheduler(world.core, stubDomain);
    await s.tick(new Date('2026-11-30T06:30:00Z'));
    await s.tick(new Date('2026-11-30T06:31:00Z'));
    expect(calls.filter((c) => c.job === 'meetups').map((c) => c.now)).toEqual(['2026-11-30T06:30:00.000Z', '2026-11-30T06:31:00.000Z']);
  });

  it('every job run is logged with job, group id, period, outcome and duration', async () => {
    const g = await addGroup(world.core, { time: '19:00' });
    await new Scheduler(world.core, stubDomain).tick(new Date('2026-11-30T06:30:00Z'));
    const run = log.lines.find((l) => l.msg === 'job run' && l.obj.job === 'prompt')!;
    expect(run.obj).toMatchObject({ job: 'prompt', group: g.id, period: '2026-W48', outcome: 'ran' });
    expect(typeof run.obj.ms).toBe('number');
    expect(JSON.stringify(log.lines)).not.toMatch(/Tuesday Parents/);
  });
});

describe('the facilitators\' weekly note', () => {
  it('goes on Monday at 10:00 only to facilitators who opted in: names only, small figures hidden', async () => {
    const g = await addGroup(world.core);
    const fac = await addMember(world.core, g, 'Fran', { notes: true, lastSeen: '2026-11-29T20:00:00.000Z' });
    await addMember(world.core, g, 'Noah', { notes: false, lastSeen: '2026-11-29T20:00:00.000Z' });
    const quiet = await addMember(world.core, g, 'Quinn', { lastSeen: '2026-11-01T10:00:00.000Z' });
    await addMember(world.core, g, 'Away', { lastSeen: '2026-10-01T10:00:00.000Z', awayUntil: '2027-01-01T00:00:00.000Z' });
    // The check-in period that ended at Sunday's 19:00 prompt is 2026-W47; Fran checked in where the group could see it.
    await world.core.db.insertInto('checkins').values({ group_id: g.id, member_id: fac.member.id, week: '2026-W47', mood: 1, note: 'hard week', note_shared: 0, private: 0, created_at: '2026-11-29T18:00:00.000Z', updated_at: '2026-11-29T18:00:00.000Z' }).execute();
    void quiet;
    await new Scheduler(world.core).tick(new Date('2026-11-30T10:00:00Z'));
    const notes = await outboxRows(world.core, 'facilitator_weekly');
    expect(notes.length).toBe(1);
    expect(notes[0].person_id).toBe(fac.person.id);
    const text = JSON.parse(notes[0].payload).text as string;
    expect(text).toMatch(/Checked in \(1 of 4 members\): \*\*Fran\*\*/);
    expect(text).toMatch(/Quiet for a while: \*\*Quinn\*\*\./);
    expect(text).not.toMatch(/Away|hard week|struggling|😣|mood 1/);
    // A second tick the same morning queues nothing more.
    await new Scheduler(world.core).tick(new Date('2026-11-30T10:05:00Z'));
    expect((await outboxRows(world.core, 'facilitator_weekly')).length).toBe(1);
  });

  it('hides the count when fewer than 3 people are in the group', async () => {
    const g = await addGroup(world.core);
    const fac = await addMember(world.core, g, 'Fran', { notes: true });
    await world.core.db.insertInto('checkins').values({ group_id: g.id, member_id: fac.member.id, week: '2026-W47', mood: 4, note: null, note_shared: 0, private: 0, created_at: '2026-11-29T18:00:00.000Z', updated_at: '2026-11-29T18:00:00.000Z' }).execute();
    await new Scheduler(world.core).tick(new Date('2026-11-30T10:00:00Z'));
    const text = JSON.parse((await outboxRows(world.core, 'facilitator_weekly'))[0].payload).text as string;
    expect(text).toMatch(/• Checked in: \*\*Fran\*\*/);
    expect(text).not.toMatch(/of \d+ members/);
  });
});

describe('private sending hours', () => {
  it('a pairing round after 20:00 is introduced at 09:00 the next morning, not before', async () => {
    world.clock.set(new Date('2026-11-29T21:00:00Z'));
    const g = await addGroup(world.core, { time: '21:00', pairEvery: 1 });
    for (const name of ['Ann', 'Ben']) {
      const { member } = await addMember(world.core, g, name, { lastSeen: '2026-11-29T10:00:00.000Z' });
      await world.core.db.insertInto('buddy_prefs').values({ member_id: member.id, group_id: g.id, opted_in: 1, want_new: 0, updated_at: '2026-11-29T10:00:00.000Z' }).execute();
    }
    await new Scheduler(world.core, { pairingPeriod, runPairRound }).tick(new Date('2026-11-29T21:00:00Z'));
    const intros = await outboxRows(world.core, 'pair_intro');
    expect(intros.length).toBe(2);
    expect(intros.every((r) => r.not_before === '2026-11-30T09:00:00.000Z')).toBe(true);
    const port = new RecordingPort();
    const worker = new DeliveryWorker({ core: world.core, port, pacing: PACING.console, timer: virtualTimer() });
    await worker.drain();
    expect(port.sent.map((s) => s.delivery.kind)).toEqual(['prompt']);
    world.clock.set(new Date('2026-11-30T08:59:00Z'));
    await worker.drain();
    expect(port.sent.length).toBe(1);
    world.clock.set(new Date('2026-11-30T09:00:00Z'));
    await worker.drain();
    expect(port.sent.map((s) => s.delivery.kind)).toEqual(['prompt', 'pair_intro', 'pair_intro']);
  });
});
