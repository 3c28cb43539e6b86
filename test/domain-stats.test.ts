import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groupFigures } from '../src/core/stats.js';
import { textOf } from './helpers/act.js';
import { type DomainWorld, domainWorld } from './helpers/domain-world.js';

// Facilitators see how the group is doing; no figure from fewer than 3 people; the export has
// settings and totals, never a note, a name or one person's mood.

describe('stats and export', () => {
  let w: DomainWorld;
  beforeEach(async () => {
    w = await domainWorld(['Alex', 'Bea', 'Cy', 'Dee']);
  });
  afterEach(() => w.close());

  it('hides any figure drawn from fewer than 3 people', async () => {
    await w.act.command('Alex', '/checkin 1 zq-secret-struggle', 'dm');
    await w.act.command('Bea', '/checkin 4', 'dm');
    let f = await groupFigures(w.world.core, await w.group(), w.world.clock.now());
    expect(f.weeks[0]).toMatchObject({ week: '2026-W48', checkedIn: null, rate: null });
    expect(f.moodSpread).toBeNull();
    expect(f.weeks[1]).toMatchObject({ checkedIn: 0 });
    await w.act.command('Cy', '/checkin 4', 'dm');
    f = await groupFigures(w.world.core, await w.group(), w.world.clock.now());
    expect(f.weeks[0]).toMatchObject({ checkedIn: 3, rate: 3 / 5 });
    // Three people, but only Alex chose 1 and only Bea and Cy chose 4: buckets under 3 people hide.
    expect(f.moodSpread).toEqual({ 1: null, 2: 0, 3: 0, 4: null, 5: 0 });
    await w.act.command('Dee', '/checkin 4', 'dm');
    f = await groupFigures(w.world.core, await w.group(), w.world.clock.now());
    expect(f.moodSpread).toEqual({ 1: null, 2: 0, 3: 0, 4: 3, 5: 0 });
    expect(f.members).toEqual({ active: 5, away: 0, left: 0 });
    await w.act.command('Dee', '/away 2');
    expect((await groupFigures(w.world.core, await w.group(), w.world.clock.now())).members.away).toBeNull();
  });

  it('/stats is private and for facilitators, and names who has gone quiet', async () => {
    w.advanceDays(15);
    for (const n of ['Sam', 'Alex', 'Bea']) await w.act.command(n, '/checkin 3', 'dm');
    const r = await w.act.command('Sam', '/stats');
    expect(r).toHaveLength(1);
    expect(r[0].to).toBe('private');
    expect(r[0].text).toMatch(/Gone quiet/);
    expect(r[0].text).toMatch(/Cy: 2 weeks/);
    expect(r[0].text).toMatch(/Dee: 2 weeks/);
    expect(r[0].text).not.toMatch(/Alex: /);
    expect(r[0].text).toMatch(/2026-W48: nobody/);
    await w.act.command('Cy', '/checkin 3', 'dm');
    expect(textOf(await w.act.command('Sam', '/stats'))).toMatch(/2026-W50: 4 people \(80%\)/);
    w.advanceDays(7);
    await w.act.command('Cy', '/checkin 3', 'dm');
    expect(textOf(await w.act.command('Sam', '/stats'))).toMatch(/2026-W51: fewer than 3 people/);
    expect(r[0].text).toMatch(/2026-W50: 3 people \(60%\)/);
    expect(textOf(await w.act.command('Alex', '/stats'))).toMatch(/facilitators/);
    expect(textOf(await w.act.command('Alex', '/export'))).toMatch(/facilitators/);
  });

  it('/export has settings and totals, and no note, no name and no one person’s mood', async () => {
    await w.act.command('Alex', '/checkin 1 zq-secret-struggle', 'dm');
    await w.act.command('Bea', '/checkin 5 zq-shared-joy', 'group');
    await w.act.command('Cy', '/checkin 3', 'dm');
    await w.act.command('Dee', '/tip #school zq-tip-text here');
    const r = await w.act.command('Sam', '/export');
    const file = r.find((x) => x.file)!.file!;
    expect(r.every((x) => x.to === 'private')).toBe(true);
    const data = JSON.parse(file.content);
    expect(data.settings).toMatchObject({ timezone: 'Europe/London', checkin_time: '19:00', absence_weeks: 2 });
    expect(data.tips).toEqual({ total: 1, by_topic: [{ topic: 'school', tips: 1 }] });
    expect(data.checkins_per_week[0]).toMatchObject({ checkedIn: 3 });
    // Every mood bucket came from one person: all hidden.
    expect(data.mood_spread_last_4_weeks).toEqual({ 1: null, 2: 0, 3: null, 4: 0, 5: null });
    for (const secret of ['zq-secret-struggle', 'zq-shared-joy', 'zq-tip-text', 'Alex', 'Bea', 'Cy', 'Dee', 'Sam', '"mood"', 'member_id', 'person_id'])
      expect(file.content, secret).not.toContain(secret);
  });
});
