import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupFigures } from '../src/core/stats.js';
import { textOf } from './helpers/act.js';
import { type DomainWorld, domainWorld } from './helpers/domain-world.js';

// Facilitators see how the group is doing by the figures rule: only finished check-in periods,
// fixed when each ends, counted against who was a member then, moods pooled over blocks of 4
// periods, and nothing from fewer than 3 people. The export has settings and totals, never a
// note, a name or one person's mood.

// The group is set up on Sunday 29 Nov 2026 at 18:00 and meets Sundays at 19:00 (London, GMT in
// winter): its first period, 2026-W48, runs from setup to the second prompt on 6 Dec.
const START = '2026-11-29T18:00:00Z';
const monday = (week: number) => new Date(Date.parse('2026-11-30T10:00:00Z') + week * 7 * 86400_000);

describe('stats and export', () => {
  let w: DomainWorld;
  beforeEach(async () => {
    w = await domainWorld(['Alex', 'Bea', 'Cy', 'Dee'], { start: START });
  });
  afterEach(() => w.close());
  const figures = async () => groupFigures(w.world.core, await w.group(), w.world.clock.now());
  const at = (d: Date) => w.world.clock.set(d);

  it('shows a period only once it has ended, and nothing from fewer than 3 people', async () => {
    await w.act.command('Alex', '/checkin 1 zq-secret-struggle', 'dm');
    await w.act.command('Bea', '/checkin 4', 'dm');
    await w.act.command('Cy', '/checkin 4', 'dm');
    expect((await figures()).periods).toEqual([]);
    at(monday(1));
    await w.act.command('Alex', '/checkin 2', 'dm');
    let f = await figures();
    expect(f.periods).toEqual([{ period: '2026-W48', startDate: '2026-11-29', label: 'week of 29 Nov', members: 5, checkedIn: 3, rate: 3 / 5 }]);
    expect(f.moods).toBeNull();
    at(monday(2));
    f = await figures();
    expect(f.periods[0]).toMatchObject({ period: '2026-W49', label: 'week of 6 Dec', checkedIn: null, rate: null });
    expect(f.members).toEqual({ active: 5, away: 0, left: 0 });
  });

  it('counts each period against who was a member then, not today', async () => {
    for (const n of ['Sam', 'Alex', 'Bea']) await w.act.command(n, '/checkin 3', 'dm');
    // Two go away before the next period starts, for all of it.
    at(new Date('2026-12-06T12:00:00Z'));
    await w.act.command('Cy', '/away 2');
    await w.act.command('Dee', '/away');
    at(monday(1));
    const before = (await figures()).periods[0];
    expect(before).toMatchObject({ members: 5, checkedIn: 3, rate: 3 / 5 });
    // Five more join after the period ended.
    for (const n of ['Fay', 'Gus', 'Hal', 'Ida', 'Jo']) await w.act.choose(n, 'join:accept:1');
    for (const n of ['Sam', 'Alex', 'Fay']) await w.act.command(n, '/checkin 4', 'dm');
    at(monday(2));
    const f = await figures();
    expect(f.periods[1]).toEqual(before);
    // In 2026-W49: Sam, Alex, Bea and the five newcomers (Cy and Dee were away all of it).
    expect(f.periods[0]).toMatchObject({ period: '2026-W49', members: 8, checkedIn: 3, rate: 3 / 8 });
  });

  it('shows no period from before the group existed', async () => {
    at(monday(3));
    const f = await figures();
    expect(f.periods.map((p) => p.period)).toEqual(['2026-W50', '2026-W49', '2026-W48']);
    expect(f.periods.at(-1)).toMatchObject({ startDate: '2026-11-29', checkedIn: 0 });
  });

  it('pools moods over 4 finished periods; a mood from fewer than 3 people is hidden, and so is the next smallest', async () => {
    for (let week = 0; week < 4; week++) {
      at(monday(week));
      await w.act.command('Alex', `/checkin ${week === 0 ? 1 : 3}`, 'dm');
      for (const n of ['Bea', 'Cy', 'Dee']) await w.act.command(n, '/checkin 4', 'dm');
      if (week === 3) await w.act.command('Sam', '/checkin 5', 'dm');
    }
    at(monday(3));
    expect((await figures()).moods).toBeNull();
    at(monday(4));
    const f = await figures();
    // Struggling (Alex once) and great (Sam once) came from one person each: hidden.
    // Okay (Alex, three times) is one person too. Good: Bea, Cy and Dee, four periods each.
    expect(f.moods).toMatchObject({ firstPeriod: '2026-W48', lastPeriod: '2026-W51', people: 5, spread: { 1: null, 2: 0, 3: null, 4: 12, 5: null } });
    expect(f.moods!.label).toBe('4 check-in periods from the week of 29 Nov to the week of 20 Dec');
  });

  it('/stats is private, for facilitators, and names the long quiet only to those who turned on notes', async () => {
    at(monday(4));
    for (const n of ['Sam', 'Alex', 'Bea']) await w.act.command(n, '/checkin 3', 'dm');
    const r = await w.act.command('Sam', '/stats');
    expect(r).toHaveLength(1);
    expect(r[0].to).toBe('private');
    expect(r[0].text).toMatch(/Week of 20 Dec: nobody/);
    expect(r[0].text).not.toMatch(/2026-W/);
    expect(r[0].text).toMatch(/Gone quiet\*\* \(4\+ weeks/);
    expect(r[0].text).not.toMatch(/Cy|Dee/);
    expect(r[0].text).toMatch(/\/settings notes on/);
    await w.act.command('Sam', '/settings notes on');
    const named = textOf(await w.act.command('Sam', '/stats'));
    expect(named).toMatch(/Cy: 4 weeks/);
    expect(named).toMatch(/Dee: 4 weeks/);
    expect(named).not.toMatch(/Alex: /);
    at(monday(3));
    expect(textOf(await w.act.command('Sam', '/stats'))).toMatch(/Gone quiet[^]*Nobody right now/);
    expect(textOf(await w.act.command('Alex', '/stats'))).toMatch(/facilitators/);
    expect(textOf(await w.act.command('Alex', '/export'))).toMatch(/facilitators/);
  });

  it('/export has settings and finished totals, and no note, no name and no one person’s mood', async () => {
    await w.act.command('Alex', '/checkin 1 zq-secret-struggle', 'dm');
    await w.act.command('Bea', '/checkin 5 zq-shared-joy', 'group');
    await w.act.command('Cy', '/checkin 3', 'dm');
    await w.act.command('Dee', '/tip #school zq-tip-text here');
    at(monday(1));
    const r = await w.act.command('Sam', '/export');
    const file = r.find((x) => x.file)!.file!;
    expect(r.every((x) => x.to === 'private')).toBe(true);
    const data = JSON.parse(file.content);
    expect(data.settings).toMatchObject({ timezone: 'Europe/London', checkin_time: '19:00', absence_weeks: 2 });
    expect(data.tips).toEqual({ total: 1, by_topic: [{ topic: 'school', tips: 1 }] });
    expect(data.checkins_per_period).toEqual([{ period: '2026-W48', startDate: '2026-11-29', label: 'week of 29 Nov', members: 5, checkedIn: 3, rate: 0.6 }]);
    expect(data.moods).toBeNull();
    for (const secret of ['zq-secret-struggle', 'zq-shared-joy', 'zq-tip-text', 'Alex', 'Bea', 'Cy', 'Dee', 'Sam', '"mood"', 'member_id', 'person_id'])
      expect(file.content, secret).not.toContain(secret);
  });
});

describe('the figures rule', () => {
  const NAMES = ['Alex', 'Bea', 'Cy', 'Dee', 'Eve', 'Fin'];
  // Who checked in with which mood in each of five weeks (0: not at all), then one more thing.
  const weeks = fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: NAMES.length, maxLength: NAMES.length }), { minLength: 5, maxLength: 5 });
  const action = fc.oneof(
    fc.record({ kind: fc.constant('checkin' as const), who: fc.integer({ min: 0, max: NAMES.length - 1 }), mood: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ kind: fc.constant('leave' as const), who: fc.integer({ min: 0, max: NAMES.length - 1 }) }),
    fc.record({ kind: fc.constant('erase' as const), who: fc.integer({ min: 0, max: NAMES.length - 1 }) }),
  );

  /** What a facilitator can see about finished periods: in /stats and in /export. */
  async function shown(w: DomainWorld) {
    const stats = textOf(await w.act.command('Sam', '/stats'));
    const file = (await w.act.command('Sam', '/export')).find((r) => r.file)!.file!;
    const data = JSON.parse(file.content);
    return { stats: stats.slice(stats.indexOf('**Check-ins**'), stats.indexOf('**Gone quiet**')), periods: data.checkins_per_period, moods: data.moods };
  }

  it('no single check-in, leave or erasure changes a figure a facilitator has seen', async () => {
    await fc.assert(
      fc.asyncProperty(weeks, action, async (plan, act) => {
        const w = await domainWorld(NAMES, { start: START });
        try {
          await w.act.command('Sam', '/settings notes on');
          for (const [i, moods] of plan.entries()) {
            w.world.clock.set(monday(i));
            for (const [j, mood] of moods.entries()) if (mood) await w.act.command(NAMES[j], `/checkin ${mood}`, 'dm');
          }
          w.world.clock.set(monday(5));
          const before = await shown(w);
          expect(before.periods).toHaveLength(5);
          expect(before.moods).not.toBeNull();
          const name = NAMES[act.who];
          if (act.kind === 'checkin') await w.act.command(name, `/checkin ${act.mood}`, 'dm');
          else if (act.kind === 'leave') await w.act.choose(name, 'leave:yes');
          else {
            expect(textOf(await w.act.choose(name, 'forgetme:yes', 'dm'))).toMatch(/erased/);
            expect(await w.world.core.db.selectFrom('people').where('display_name', '=', name).select('id').execute()).toEqual([]);
          }
          expect(await shown(w)).toEqual(before);
        } finally {
          await w.close();
        }
      }),
      { numRuns: 15, seed: 20261203 },
    );
  }, 120_000);
});
