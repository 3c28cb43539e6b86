import { afterEach, describe, expect, it } from 'vitest';
import { groupChart } from '../src/charts/group-chart.js';
import { myWeeks } from '../src/core/my-weeks.js';
import { CHART_PERIODS, groupFigures } from '../src/core/stats.js';
import { textOf } from './helpers/act.js';
import { type DomainWorld, domainWorld } from './helpers/domain-world.js';

// What the pictures are drawn from: /stats' chart only from the figures rule's numbers, and
// /myweeks only from the member's own check-ins and weeks away, in the group's own weeks.

const DAY = 86400_000;
let w: DomainWorld;
afterEach(() => w?.close());

const figures = async () => groupFigures(w.world.core, await w.group(), w.world.clock.now(), CHART_PERIODS);
const weeksOf = async (name: string, span?: '3m' | '6m' | '1y') => myWeeks(w.world.core, await w.group(), await w.member(name), w.world.clock.now(), span);
/** Each name checks in once a week, on Mondays (the worlds start on a Sunday, an hour before the prompt). */
const checkInWeekly = async (weeks: number, moods: Record<string, number>) => {
  if (new Date(w.world.clock.now()).getUTCDay() === 0) w.advanceDays(1);
  for (let i = 0; i < weeks; i++) {
    for (const [name, mood] of Object.entries(moods)) await w.act.command(name, `/checkin ${mood}`, 'dm');
    w.advanceDays(7);
  }
};

describe('the /stats chart', () => {
  it('has no picture before a check-in period has ended (an empty group)', async () => {
    w = await domainWorld(['Alex'], { start: '2026-11-29T18:00:00Z' });
    expect((await groupChart('Tuesday Parents', await figures()))).toBeNull();
    const r = await w.act.command('Sam', '/stats');
    expect(r).toHaveLength(1);
    expect(r[0].file).toBeUndefined();
  });

  it('shows 12 finished periods, and a count from 1 or 2 people only as "1 or 2", never a number', async () => {
    w = await domainWorld(['Alex', 'Bea', 'Cy'], { start: '2026-09-06T18:00:00Z' });
    // Weeks of three check-ins, then weeks with only Alex.
    await checkInWeekly(10, { Alex: 4, Bea: 3, Cy: 5 });
    await checkInWeekly(4, { Alex: 2 });
    const f = await figures();
    expect(f.periods).toHaveLength(12);
    expect(f.periods.slice(0, 3).map((p) => p.checkedIn)).toEqual([null, null, null]);
    const picture = (await groupChart('Tuesday Parents', f))!;
    const lonely = picture.alt.split('\n').filter((l) => /1 or 2 people checked in/.test(l));
    expect(lonely.length).toBeGreaterThanOrEqual(3);
    expect(picture.alt).not.toMatch(/: 1 (of \d+ )?checked in/);
    // A mood block with only Alex in it says nothing of Alex's moods.
    expect(picture.alt).not.toMatch(/low [1-9]/);
    const r = await w.act.command('Sam', '/stats');
    expect(r[0].file).toMatchObject({ kind: 'image', mime: 'image/png', name: 'group-weeks.png', encoding: 'base64' });
    expect(r[0].file!.alt).toBe(picture.alt);
  });

  it('a group of one member shows no count and no mood, only "1 or 2"', async () => {
    w = await domainWorld(['Alex'], { start: '2026-11-29T18:00:00Z' });
    await checkInWeekly(5, { Alex: 1 });
    const picture = (await groupChart('Tuesday Parents', await figures()))!;
    expect(picture.alt).toMatch(/Moods .*: not shown, only 1 or 2 people checked in\./);
    expect(picture.alt).not.toMatch(/struggling/);
    expect(picture.alt.split('\n').filter((l) => l.startsWith('Week of')).every((l) => /1 or 2 people|nobody/.test(l))).toBe(true);
  });

  it('keeps the group’s weeks across the clocks going back (Europe/London, 25 October)', async () => {
    w = await domainWorld(['Alex', 'Bea', 'Cy'], { start: '2026-09-27T18:00:00Z' });
    await checkInWeekly(8, { Alex: 4, Bea: 4, Cy: 4 });
    const periods = [...(await figures()).periods].reverse();
    // One period a week, each starting on a Sunday, with no week lost or doubled where the hour changes.
    expect(periods.map((p) => p.startDate)).toEqual(['2026-09-27', '2026-10-04', '2026-10-11', '2026-10-18', '2026-10-25', '2026-11-01', '2026-11-08', '2026-11-15']);
    expect(periods.map((p) => p.period)).toEqual(['2026-W39', '2026-W40', '2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45', '2026-W46']);
    expect((await groupChart('Tuesday Parents', await figures()))!.alt).toMatch(/Week of 18 Oct: 3 of 4 checked in\.\nWeek of 25 Oct: 3 of 4 checked in\./);
  });
});

describe('/myweeks', () => {
  it('holds only the member’s own check-ins: another member’s moods never appear', async () => {
    w = await domainWorld(['Alex', 'Bea'], { start: '2026-11-01T18:00:00Z' });
    await checkInWeekly(4, { Alex: 1, Bea: 5 });
    const alex = await weeksOf('Alex');
    expect(alex.weeks.filter((x) => x.mood !== null).map((x) => x.mood)).toEqual([1, 1, 1, 1]);
    const r = await w.act.command('Alex', '/myweeks', 'group');
    expect(r.every((x) => x.to === 'private')).toBe(true);
    expect(r[0].file!.alt).toMatch(/struggling/);
    expect(r[0].file!.alt).not.toMatch(/great/);
    expect(r[0].text).toBe('Since 1 November you have checked in 4 times. Only you can see this.');
  });

  it('marks the weeks away as a rest, not as weeks without a check-in, and says so without blame', async () => {
    w = await domainWorld(['Alex'], { start: '2026-11-01T18:00:00Z' });
    await checkInWeekly(2, { Alex: 3 });
    await w.act.command('Alex', '/away 2');
    w.advanceDays(14);
    await w.act.command('Alex', '/back');
    await checkInWeekly(1, { Alex: 4 });
    w.advanceDays(7);
    const weeks = (await weeksOf('Alex')).weeks;
    // Away from the third week until back in the fifth, which has a check-in (a check-in shows over the rest).
    expect(weeks.map((x) => (x.away ? 'away' : x.mood ?? '-'))).toEqual([3, 3, 'away', 'away', 4, '-', '-']);
    const r = await w.act.command('Alex', '/myweeks', 'dm');
    expect(r[0].text).toBe('Since 1 November you have checked in 3 times, and taken 2 weeks away. Only you can see this.');
    expect(r[0].text).not.toMatch(/miss|streak|well done|great job/i);
    expect(r[0].file!.alt).toMatch(/November 2026: okay, okay, good; away 2 weeks\.\nDecember 2026: no check-ins\./);
  });

  it('starts when the member joined, and looks back 3 months, 6 months or a year', async () => {
    w = await domainWorld(['Alex'], { start: '2026-01-04T18:00:00Z' });
    w.advanceDays(7 * 30);
    await w.act.choose('Bea', 'join:accept:1');
    await checkInWeekly(10, { Alex: 4, Bea: 2 });
    expect((await weeksOf('Bea', '1y')).weeks[0].startDate).toBe('2026-08-02');
    expect((await weeksOf('Alex', '1y')).weeks).toHaveLength(41);
    expect((await weeksOf('Alex', '3m')).weeks.length).toBeLessThanOrEqual(15);
    expect((await weeksOf('Alex', '6m')).weeks.length).toBeLessThanOrEqual(28);
    expect(textOf(await w.act.command('Alex', '/myweeks 2w', 'dm'))).toMatch(/\/myweeks 3m, \/myweeks 6m or \/myweeks 1y/);
  });

  it('with nothing to show yet: a kind word and no empty picture', async () => {
    w = await domainWorld(['Alex'], { start: '2026-11-01T18:00:00Z' });
    w.advanceDays(10);
    const r = await w.act.command('Alex', '/myweeks', 'dm');
    expect(r).toHaveLength(1);
    expect(r[0].file).toBeUndefined();
    expect(r[0].text).toBe("There are no check-ins to show since 1 November. /checkin is there whenever you'd like it. Only you can see this.");
  });
});
