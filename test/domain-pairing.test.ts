import { onPostgres } from './helpers/test-database.js';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pairKey } from '../src/core/buddies.js';
import { DateTime } from 'luxon';
import { nextRoundAt, pairingPeriod, runPairRound } from '../src/core/pairing/rounds.js';
import { setTopics } from '../src/core/topics.js';
import { textOf } from './helpers/act.js';
import { snapshot, testWorld } from './helpers/core.js';
import { type DomainWorld, domainWorld } from './helpers/domain-world.js';
import { quickGroup } from './helpers/domain-seed.js';

const pairsOf = (groups: number[][]) => groups.flatMap((g) => g.flatMap((a, i) => g.slice(i + 1).map((b) => pairKey(a, b))));

/** Brute force: can `ids` be split into pairs (one trio if odd) with no forbidden pair inside a group? */
function repeatFreeExists(ids: number[], forbidden: Set<string>): boolean {
  const ok = (g: number[]) => pairsOf([g]).every((k) => !forbidden.has(k));
  const go = (rest: number[], trioUsed: boolean): boolean => {
    if (rest.length === 0) return true;
    const [a, ...others] = rest;
    for (let i = 0; i < others.length; i++) {
      const b = others[i];
      const left = others.filter((_, j) => j !== i);
      if (ok([a, b]) && go(left, trioUsed)) return true;
      if (!trioUsed && rest.length % 2 === 1)
        for (let j = i + 1; j < others.length; j++) {
          const c = others[j];
          if (ok([a, b, c]) && go(others.filter((_, k) => k !== i && k !== j), true)) return true;
        }
    }
    return false;
  };
  return go(ids, false);
}

describe('pairing periods', () => {
  // Monday 09:00 prompts: each check-in period is one ISO week from Monday morning.
  const rhythm = { checkin_weekday: 1, checkin_time: '09:00', created_at: '2026-01-01T00:00:00Z', rhythm_changed_at: null, period_at_change: null, period_at_change_from: null };
  it('keys a round by the period in the group zone, stable across the weeks of one period', () => {
    const g = { ...rhythm, timezone: 'Europe/London', pair_every_weeks: 2 };
    // Six weeks, checked on a Monday morning and on a late Sunday evening (still that week in London).
    const keys = [0, 1, 2, 3, 4, 5].flatMap((wk) => [
      pairingPeriod(g, new Date(Date.parse('2026-11-23T10:00:00Z') + wk * 7 * 86400000)),
      pairingPeriod(g, new Date(Date.parse('2026-11-29T22:30:00Z') + wk * 7 * 86400000)),
    ]);
    const distinct = [...new Set(keys)];
    expect(distinct.length).toBeGreaterThanOrEqual(3);
    expect(distinct.length).toBeLessThanOrEqual(4);
    for (const k of distinct) expect(k).toMatch(/^\d{4}-W\d\d\/2w$/);
    // Each period covers two consecutive weeks (or is cut by the six-week window).
    const runs = distinct.map((k) => keys.filter((x) => x === k).length);
    expect(runs.slice(1, -1).every((r) => r === 4)).toBe(true);
    for (let i = 1; i < keys.length; i++) if (keys[i] !== keys[i - 1]) expect(i % 2, 'a period changes only between weeks').toBe(0);
    expect(pairingPeriod({ ...rhythm, timezone: 'Europe/London', pair_every_weeks: 1 }, new Date('2026-11-23T10:00:00Z'))).toBe('2026-W48');
    // Sunday 23:30 UTC is already Monday in Auckland: the next ISO week there.
    expect(pairingPeriod({ ...rhythm, timezone: 'Pacific/Auckland', pair_every_weeks: 1 }, new Date('2026-11-29T23:30:00Z'))).toBe('2026-W49');
  });
});

describe('a pairing round', () => {
  let w: DomainWorld;
  beforeEach(async () => {
    w = await domainWorld(['Alex', 'Bea', 'Cy', 'Dee', 'Eve']);
  });
  afterEach(() => w.close());

  it('runs once per period, pairs only those who opted in and are here, and introduces them privately', async () => {
    await w.buddiesOn('Alex', 'Bea', 'Cy', 'Dee', 'Eve');
    await w.act.command('Eve', '/away 2');
    await w.act.command('Bea', '/topics seek sleep, school');
    await w.act.command('Cy', '/topics offer sleep');
    const first = await runPairRound(w.world.core, await w.group(), w.world.clock.now());
    expect(first.created).toBe(true);
    const ids = await Promise.all(['Alex', 'Bea', 'Cy', 'Dee'].map(async (n) => (await w.member(n)).id));
    expect(first.groups.flat().sort()).toEqual(ids.sort());
    const again = await runPairRound(w.world.core, await w.group(), w.world.clock.now());
    expect(again).toMatchObject({ created: false, groups: [] });
    const intros = await w.outbox('pair_intro');
    expect(intros.map((i) => i.to).sort()).toEqual(['Alex', 'Bea', 'Cy', 'Dee']);
    for (const i of intros) {
      expect(i.audience).toBe('person');
      expect(i.text).toMatch(/conversation starter/i);
    }
    // Topics prefer Bea with Cy, and the introduction says why.
    const bea = intros.find((i) => i.to === 'Bea')!;
    expect(bea.text).toMatch(/\*\*Cy\*\* can help with #sleep/);
    expect(intros.find((i) => i.to === 'Cy')!.text).toMatch(/You offered #sleep/);
    expect(textOf(await w.act.command('Bea', '/buddy'))).toMatch(/Your buddy right now: \*\*Cy\*\*/);
  });

  it('/pair now previews privately without saving, then Confirm runs the period round and the schedule skips it', async () => {
    await w.buddiesOn('Alex', 'Bea', 'Cy', 'Dee', 'Eve');
    const before = await snapshot(w.world.core);
    const preview = await w.act.command('Sam', '/pair now');
    expect(preview).toHaveLength(1);
    expect(preview[0].to).toBe('private');
    expect(preview[0].text).toMatch(/Preview/);
    const after = await snapshot(w.world.core);
    expect({ ...after, members: [] }).toEqual({ ...before, members: [] });
    const confirm = preview[0].choices!.find((c) => c.id.startsWith('pair:ok:'))!;
    const period = pairingPeriod(await w.group(), w.world.clock.now());
    expect(confirm.id).toBe(`pair:ok:${period}`);
    expect(textOf(await w.act.choose('Sam', confirm.id))).toMatch(/Done: 2 pairs \(one of them a trio\)/);
    // Same groups as previewed.
    const rows = await w.world.core.db.selectFrom('pair_members').innerJoin('members', 'members.id', 'pair_members.member_id').innerJoin('people', 'people.id', 'members.person_id').select(['slot', 'people.display_name']).execute();
    for (const line of preview[0].text.split('\n').filter((l) => l.startsWith('• '))) {
      const names = line.slice(2).split(/ & |, /);
      const slots = new Set(names.map((n) => rows.find((r) => r.display_name === n)!.slot));
      expect(slots.size, line).toBe(1);
    }
    expect((await runPairRound(w.world.core, await w.group(), w.world.clock.now())).created).toBe(false);
    expect(textOf(await w.act.choose('Sam', confirm.id))).toMatch(/already been paired/);
    expect(textOf(await w.act.command('Sam', '/pair now'))).toMatch(/already been paired/);
    expect(textOf(await w.act.command('Alex', '/pair now'))).toMatch(/facilitators/);
  });

  it('a late /pair now runs this round, and says when the next one comes; the schedule runs it then, not before', async () => {
    await w.buddiesOn('Alex', 'Bea', 'Cy', 'Dee');
    const group = await w.group();
    const current = pairingPeriod(group, w.world.clock.now());
    const next = nextRoundAt(group, w.world.clock.now());
    // The last day of this round: a facilitator pairs people late.
    w.world.clock.set(new Date(next.getTime() - 86_400_000));
    expect(pairingPeriod(group, w.world.clock.now())).toBe(current);
    const when = DateTime.fromJSDate(next, { zone: group.timezone }).toFormat('cccc d LLLL');
    const preview = await w.act.command('Sam', '/pair now');
    expect(preview[0].text).toContain(`until the next round, on ${when}`);
    expect(textOf(await w.act.choose('Sam', preview[0].choices!.find((c) => c.id.startsWith('pair:ok:'))!.id))).toContain(`The next round is on ${when}`);
    const intros = await w.outbox('pair_intro');
    expect(intros).toHaveLength(4);
    for (const i of intros) expect(i.text).toContain(`until the next round on ${when}`);
    expect(intros.map((i) => i.text).join('\n')).not.toMatch(/next \d+ weeks|W\d\d/);
    // The round the schedule runs next is exactly then: a minute before still belongs to this one.
    expect((await runPairRound(w.world.core, group, new Date(next.getTime() - 60_000))).created).toBe(false);
    expect((await runPairRound(w.world.core, group, next)).created).toBe(true);
  });

  it('tells the next round at the group’s own check-in time across a clock change', () => {
    const group = { timezone: 'Europe/London', checkin_weekday: 7, checkin_time: '19:00', pair_every_weeks: 2, created_at: '2026-01-01T00:00:00Z', rhythm_changed_at: null, period_at_change: null, period_at_change_from: null };
    for (const at of ['2027-03-22T12:00:00Z', '2027-10-25T12:00:00Z', '2026-12-03T09:00:00Z']) {
      const next = nextRoundAt(group, new Date(at));
      expect(next.getTime()).toBeGreaterThan(Date.parse(at));
      expect(DateTime.fromJSDate(next, { zone: 'Europe/London' }).toFormat('ccc HH:mm')).toBe('Sun 19:00');
      expect(pairingPeriod(group, next)).not.toBe(pairingPeriod(group, new Date(at)));
      expect(pairingPeriod(group, new Date(next.getTime() - 60_000))).toBe(pairingPeriod(group, new Date(at)));
    }
  });

  it('never pairs someone with a person they avoid, and never tells anyone', async () => {
    await w.buddiesOn('Alex', 'Bea');
    expect(textOf(await w.act.command('Alex', '/buddy avoid Bea', 'dm'))).toMatch(/won't be paired with \*\*Bea\*\*/);
    const res = await runPairRound(w.world.core, await w.group(), w.world.clock.now());
    expect(res.groups).toEqual([]);
    const none = await w.outbox('pair_none');
    expect(none.map((n) => n.to).sort()).toEqual(['Alex', 'Bea']);
    for (const n of none) expect(n.text).not.toMatch(/avoid|Alex|Bea/);
    expect(textOf(await w.act.command('Bea', '/buddy'))).not.toMatch(/Alex/);
  });

  it('/buddy new gives someone else next round; /buddy off leaves the next round', async () => {
    await w.buddiesOn('Alex', 'Bea', 'Cy', 'Dee');
    const r1 = await runPairRound(w.world.core, await w.group(), w.world.clock.now(), { periodKey: '2026-W01' });
    const alex = (await w.member('Alex')).id;
    const first = r1.groups.find((g) => g.includes(alex))!.find((x) => x !== alex)!;
    await w.act.command('Alex', '/buddy new');
    // Twice, to be sure the cost of a recent repeat alone is not what separates them.
    const r2 = await runPairRound(w.world.core, await w.group(), w.world.clock.now(), { periodKey: '2026-W02' });
    expect(r2.groups.find((g) => g.includes(alex))).not.toContain(first);
    await w.act.command('Dee', '/buddy off');
    const r3 = await runPairRound(w.world.core, await w.group(), w.world.clock.now(), { periodKey: '2026-W03' });
    expect(r3.groups.flat()).not.toContain((await w.member('Dee')).id);
  });
});

describe('pairing properties', () => {
  it('puts every opted-in active member in exactly one pair or trio; nobody away, gone, opted out or avoided', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 14 }),
        fc.array(fc.constantFrom('in', 'in', 'in', 'away', 'left', 'off'), { minLength: 14, maxLength: 14 }),
        fc.array(fc.tuple(fc.nat(13), fc.nat(13)), { maxLength: 3 }),
        fc.nat(),
        async (n, states, avoids, seed) => {
          const world = await testWorld();
          try {
            const { core } = world;
            const { group, members } = await quickGroup(core, n);
            const far = new Date(Date.now() + 1e12).toISOString();
            for (const [i, m] of members.entries()) {
              if (states[i] === 'away') await core.db.updateTable('members').set({ away_until: far }).where('id', '=', m.id).execute();
              if (states[i] === 'left') await core.db.updateTable('members').set({ status: 'left' }).where('id', '=', m.id).execute();
              if (states[i] === 'off') await core.db.updateTable('buddy_prefs').set({ opted_in: 0 }).where('member_id', '=', m.id).execute();
            }
            const avoid = new Set<string>();
            for (const [a, b] of avoids) {
              if (a >= n || b >= n || a === b) continue;
              await core.db.insertInto('buddy_avoids').values({ group_id: group.id, member_id: members[a].id, avoided_member_id: members[b].id, created_at: 'x' }).onConflict((oc) => oc.doNothing()).execute();
              avoid.add(pairKey(members[a].id, members[b].id));
            }
            const eligible = members.filter((_, i) => states[i] === 'in').map((m) => m.id);
            const res = await runPairRound(core, group, core.clock.now(), { seed });
            const placed = res.groups.flat();
            expect(new Set(placed).size).toBe(placed.length);
            expect([...placed, ...res.left].sort()).toEqual([...eligible].sort());
            for (const g of res.groups) expect([2, 3]).toContain(g.length);
            expect(res.groups.filter((g) => g.length === 3).length).toBeLessThanOrEqual(avoid.size + 1);
            for (const k of pairsOf(res.groups)) expect(avoid.has(k)).toBe(false);
            // Nobody is left out unless the avoid requests make it impossible.
            if (eligible.length >= 2 && repeatFreeExists(eligible, avoid)) expect(res.left).toEqual([]);
          } finally {
            await world.close();
          }
        },
      ),
      { numRuns: onPostgres() ? 8 : 40 }, // each run is a fresh database; Postgres copies a template per run
    );
  });

  it('never repeats last round’s pairs while a repeat-free round exists (checked by brute force)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 4, max: 9 }), fc.array(fc.tuple(fc.nat(8), fc.nat(8)), { maxLength: 4 }), fc.nat(), async (n, avoids, seed) => {
        const world = await testWorld();
        try {
          const { core } = world;
          const { group, members } = await quickGroup(core, n);
          const r1 = await runPairRound(core, group, core.clock.now(), { periodKey: '2026-W01', seed });
          const avoid = new Set<string>();
          for (const [a, b] of avoids) {
            if (a >= n || b >= n || a === b) continue;
            await core.db.insertInto('buddy_avoids').values({ group_id: group.id, member_id: members[a].id, avoided_member_id: members[b].id, created_at: 'x' }).onConflict((oc) => oc.doNothing()).execute();
            avoid.add(pairKey(members[a].id, members[b].id));
          }
          const last = new Set(pairsOf(r1.groups));
          const r2 = await runPairRound(core, group, core.clock.now(), { periodKey: '2026-W03', seed: seed + 1 });
          if (repeatFreeExists(members.map((m) => m.id), new Set([...last, ...avoid]))) {
            for (const k of pairsOf(r2.groups)) expect(last.has(k), `repeat ${k}`).toBe(false);
          }
        } finally {
          await world.close();
        }
      }),
      { numRuns: onPostgres() ? 8 : 40 }, // each run is a fresh database; Postgres copies a template per run
    );
  });

  const meetings = async (topics: boolean, seed: number) => {
    const world = await testWorld();
    try {
      const { core } = world;
      const { group, members } = await quickGroup(core, 12);
      if (topics) {
        const all = ['sleep', 'school', 'benefits', 'diet'];
        for (const [i, m] of members.entries()) {
          await setTopics(core, m, 'offer', [all[(i + seed) % 4]]);
          await setTopics(core, m, 'seek', [all[(i * 3 + seed) % 4]]);
        }
      }
      const met = new Map(members.map((m) => [m.id, new Set<number>()]));
      for (let r = 1; r <= 11; r++) {
        const res = await runPairRound(core, group, core.clock.now(), { periodKey: `2027-W${String(r * 2).padStart(2, '0')}`, seed: seed + r });
        for (const g of res.groups) for (const a of g) for (const b of g) if (a !== b) met.get(a)!.add(b);
      }
      return [...met.values()].map((s) => s.size);
    } finally {
      await world.close();
    }
  };

  it('12 members over 11 rounds meet all 11 others when nothing changes and nobody set topics', async () => {
    for (const seed of [1, 2, 3]) expect(Math.min(...(await meetings(false, seed)))).toBe(11);
  });

  it('12 members over 11 rounds each meet at least 9 different buddies, with topics', async () => {
    for (const seed of [1, 2, 3, 4]) expect(Math.min(...(await meetings(true, seed)))).toBeGreaterThanOrEqual(9);
  });
});
