import type { DB } from '../db/database.js';
import type { Group, PeriodFigure } from '../db/schema.js';
import type { Core } from './core.js';
import { type FinishedPeriod, finishedPeriods } from './periods.js';

// The figures rule: facilitators see figures only for finished check-in periods, written once
// when a period closes (by the daily upkeep, or on the first read after it) and never changed:
// a later check-in, /leave or /forgetme cannot move a figure already shown. Nothing from fewer
// than 3 people. Moods are pooled over blocks of 4 finished periods, blocks that never overlap,
// so one figure can never be read as the difference of two others.

export const MIN_PEOPLE = 3;
export const PERIODS_KEPT = 8;
export const POOL_PERIODS = 4;

/** A count of people, or null when it is 1 or 2 (0 reveals nobody). */
export const safeCount = (n: number): number | null => (n === 0 || n >= MIN_PEOPLE ? n : null);

/** Freeze every recently finished period that has no figures yet. Returns how many were written. */
export async function freezeFinishedPeriods(core: Core, group: Group, now: Date, count = PERIODS_KEPT): Promise<number> {
  const periods = finishedPeriods(group, now, count).reverse();
  if (!periods.length) return 0;
  return core.db.transaction().execute(async (trx) => {
    const have = new Set(
      (await trx.selectFrom('period_figures').select('period').where('group_id', '=', group.id).where('period', 'in', periods.map((p) => p.period)).execute()).map((r) => r.period),
    );
    let written = 0;
    for (const p of periods) {
      if (have.has(p.period)) continue;
      written += await freeze(trx, group.id, p, now);
    }
    return written;
  });
}

async function freeze(db: DB, groupId: number, p: FinishedPeriod, now: Date): Promise<number> {
  const checkins = await db.selectFrom('checkins').select(['member_id']).where('group_id', '=', groupId).where('week', '=', p.period).execute();
  const who = new Set(checkins.map((c) => c.member_id));
  const members = await membersThen(db, groupId, p, who);
  // Does this period close a block? The periods frozen since the last block, oldest first.
  const earlier = await db.selectFrom('period_figures').select(['period', 'pool_from']).where('group_id', '=', groupId).where('period', '<', p.period).orderBy('period', 'desc').limit(POOL_PERIODS).execute();
  const open: string[] = [];
  for (const r of earlier) {
    if (r.pool_from) break;
    open.unshift(r.period);
  }
  const pool = open.length === POOL_PERIODS - 1 ? await moodPool(db, groupId, [...open, p.period]) : null;
  const res = await db
    .insertInto('period_figures')
    .values({
      group_id: groupId,
      period: p.period,
      starts_at: p.from.toISOString(),
      ends_at: p.until.toISOString(),
      members_then: members,
      checked_in: who.size,
      pool_from: pool ? open[0] : null,
      pool_people: pool ? safeCount(pool.people) : null,
      mood_1: pool?.moods[0] ?? null,
      mood_2: pool?.moods[1] ?? null,
      mood_3: pool?.moods[2] ?? null,
      mood_4: pool?.moods[3] ?? null,
      mood_5: pool?.moods[4] ?? null,
      frozen_at: now.toISOString(),
    })
    .onConflict((oc) => oc.columns(['group_id', 'period']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0);
}

/** Who was a member in the period: a member at some point in it and not away all of it, or who checked in. */
async function membersThen(db: DB, groupId: number, p: FinishedPeriod, checkedIn: Set<number>): Promise<number> {
  const from = p.from.toISOString();
  const until = p.until.toISOString();
  const spans = await db
    .selectFrom('member_spans')
    .select(['member_id', 'kind', 'from_at', 'until_at'])
    .where('group_id', '=', groupId)
    .where('from_at', '<', until)
    .where((eb) => eb.or([eb('until_at', 'is', null), eb('until_at', '>', from)]))
    .execute();
  const awayAll = new Set(spans.filter((s) => s.kind === 'away' && s.from_at <= from && (s.until_at === null || s.until_at >= until)).map((s) => s.member_id));
  const counted = new Set(checkedIn);
  for (const s of spans) if (s.kind === 'member' && !awayAll.has(s.member_id)) counted.add(s.member_id);
  return counted.size;
}

/**
 * Check-ins per mood over a block of periods. A mood chosen by fewer than 3 people is hidden
 * (null); when only one is hidden, the next smallest is hidden too, so no hidden figure can be
 * worked out from the periods' totals. Fewer than 3 people in all: nothing.
 */
async function moodPool(db: DB, groupId: number, periods: string[]): Promise<{ people: number; moods: (number | null)[] } | null> {
  const rows = await db.selectFrom('checkins').select(['member_id', 'mood']).where('group_id', '=', groupId).where('week', 'in', periods).execute();
  const people = new Set(rows.map((r) => r.member_id)).size;
  if (people < MIN_PEOPLE) return { people, moods: [null, null, null, null, null] };
  const buckets = [1, 2, 3, 4, 5].map((mood) => {
    const of = rows.filter((r) => r.mood === mood);
    return { count: of.length, who: new Set(of.map((r) => r.member_id)).size };
  });
  const moods: (number | null)[] = buckets.map((b) => (safeCount(b.who) === null ? null : b.count));
  if (moods.filter((m) => m === null).length === 1) {
    const next = buckets.map((b, i) => ({ ...b, i })).filter((b) => moods[b.i] !== null && b.count > 0).sort((a, b) => a.count - b.count)[0];
    if (next) moods[next.i] = null;
  }
  return { people, moods };
}

/** The frozen figures of the last `count` finished periods, newest first (freezing any not yet frozen). */
export async function finishedFigures(core: Core, group: Group, now: Date, count = PERIODS_KEPT): Promise<PeriodFigure[]> {
  await freezeFinishedPeriods(core, group, now, count);
  return core.db.selectFrom('period_figures').selectAll().where('group_id', '=', group.id).orderBy('period', 'desc').limit(count).execute();
}

/** The latest block of pooled moods, if any. */
export async function latestPool(db: DB, groupId: number): Promise<PeriodFigure | undefined> {
  return db.selectFrom('period_figures').selectAll().where('group_id', '=', groupId).where('pool_from', 'is not', null).orderBy('period', 'desc').limit(1).executeTakeFirst();
}
