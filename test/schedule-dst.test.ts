import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { checkinInstant, localInstant } from '../src/core/time.js';
import type { Group } from '../src/db/schema.js';
import { Scheduler } from '../src/jobs/scheduler.js';
import { type TestWorld, testWorld } from './helpers/core.js';
import { addGroup, outboxRows } from './helpers/schedule-world.js';

// Weekly prompts land at each group's own local day and time, across both daylight-saving
// changes of the year, in three hemispheres' worth of zones.

const SUNDAY = 7;

describe('prompt instants across daylight saving', () => {
  it.each([
    // spring gaps: the first valid instant after (the moment the clocks jump)
    ['Europe/London', '2027-W12', '01:30', '2027-03-28T01:00:00.000Z'],
    ['America/New_York', '2027-W10', '02:30', '2027-03-14T07:00:00.000Z'],
    ['Australia/Sydney', '2026-W40', '02:30', '2026-10-03T16:00:00.000Z'],
    // autumn overlaps: once, at the first occurrence (still summer time)
    ['Europe/London', '2026-W43', '01:30', '2026-10-25T00:30:00.000Z'],
    ['America/New_York', '2026-W44', '01:30', '2026-11-01T05:30:00.000Z'],
    ['Australia/Sydney', '2027-W13', '02:30', '2027-04-03T15:30:00.000Z'],
    // ordinary weeks either side
    ['Europe/London', '2026-W48', '19:00', '2026-11-29T19:00:00.000Z'],
    ['Europe/London', '2026-W26', '19:00', '2026-06-28T18:00:00.000Z'],
    ['America/New_York', '2026-W48', '19:00', '2026-11-30T00:00:00.000Z'],
    ['Australia/Sydney', '2026-W48', '19:00', '2026-11-29T08:00:00.000Z'],
  ])('%s %s at %s → %s', (zone, week, time, expected) => {
    expect(localInstant(zone, week, SUNDAY, time).toISOString()).toBe(expected);
  });
});

describe('a year of ticks', () => {
  let world: TestWorld;
  afterEach(() => world.close());

  it('posts exactly one prompt a week per group, at the local time (or the first valid time after a gap)', async () => {
    world = await testWorld('2026-06-01T00:00:00Z');
    const specs = [
      { timezone: 'Europe/London', time: '01:30' },
      { timezone: 'Europe/London', time: '19:00' },
      { timezone: 'America/New_York', time: '02:30' },
      { timezone: 'America/New_York', time: '01:30' },
      { timezone: 'Australia/Sydney', time: '02:30' },
      { timezone: 'Australia/Sydney', time: '19:00' },
    ];
    const groups: Group[] = [];
    for (const s of specs) groups.push(await addGroup(world.core, { ...s, weekday: SUNDAY, createdAt: '2026-06-01T00:00:00.000Z' }));
    const scheduler = new Scheduler(world.core);
    const from = new Date('2026-06-01T00:00:00Z');
    const to = new Date('2027-06-01T00:00:00Z');
    const report = await scheduler.runThrough(from, to);
    expect(report.late).toBe(0);
    expect(report.errors).toBe(0);

    const prompts = await outboxRows(world.core, 'prompt');
    const gaps = new Set(['2027-03-28T01:00:00.000Z', '2027-03-14T07:00:00.000Z', '2026-10-03T16:00:00.000Z']);
    for (const [i, g] of groups.entries()) {
      const mine = prompts.filter((p) => p.group_id === g.id);
      const weeks = mine.map((p) => p.idem_key.split(':')[2]);
      expect(new Set(weeks).size).toBe(weeks.length); // never twice in one week
      expect(mine.length).toBe(52);
      for (const p of mine) {
        const week = p.idem_key.split(':')[2];
        expect(p.not_before).toBe(checkinInstant(g, week).toISOString());
        const local = DateTime.fromISO(p.not_before, { zone: g.timezone });
        expect(local.weekday).toBe(SUNDAY);
        if (!gaps.has(p.not_before)) expect(local.toFormat('HH:mm')).toBe(specs[i].time);
      }
    }
    // The gap weeks ran at the jump, and the overlap weeks once, at the first occurrence.
    const at = (i: number) => new Set(prompts.filter((p) => p.group_id === groups[i].id).map((p) => p.not_before));
    expect(at(0).has('2027-03-28T01:00:00.000Z')).toBe(true);
    expect(at(0).has('2026-10-25T00:30:00.000Z')).toBe(true);
    expect(at(2).has('2027-03-14T07:00:00.000Z')).toBe(true);
    expect(at(3).has('2026-11-01T05:30:00.000Z')).toBe(true);
    expect(at(4).has('2026-10-03T16:00:00.000Z')).toBe(true);
    expect(at(4).has('2027-04-03T15:30:00.000Z')).toBe(true);
  });

  it('ticking every minute through the autumn overlap posts once, at the first 01:30', async () => {
    world = await testWorld('2026-10-24T23:00:00Z');
    const g = await addGroup(world.core, { timezone: 'Europe/London', weekday: SUNDAY, time: '01:30' });
    const scheduler = new Scheduler(world.core);
    for (let t = Date.parse('2026-10-24T23:00:00Z'); t <= Date.parse('2026-10-25T03:00:00Z'); t += 60_000) await scheduler.tick(new Date(t));
    const prompts = await outboxRows(world.core, 'prompt');
    expect(prompts.map((p) => [p.group_id, p.not_before])).toEqual([[g.id, '2026-10-25T00:30:00.000Z']]);
  });

  it('ticking every minute through the spring gap posts at the jump', async () => {
    world = await testWorld('2027-03-14T05:00:00Z');
    const g = await addGroup(world.core, { timezone: 'America/New_York', weekday: SUNDAY, time: '02:30' });
    const scheduler = new Scheduler(world.core);
    for (let t = Date.parse('2027-03-14T05:00:00Z'); t <= Date.parse('2027-03-14T09:00:00Z'); t += 60_000) await scheduler.tick(new Date(t));
    const prompts = await outboxRows(world.core, 'prompt');
    expect(prompts.map((p) => [p.group_id, p.not_before])).toEqual([[g.id, '2027-03-14T07:00:00.000Z']]);
  });
});
