import { DateTime } from 'luxon';
import type { Group } from '../db/schema.js';
import { addWeeks as computeAddWeeks, checkinInstant as computeInstant, weekKey } from './time.js';

// The check-in period: from one scheduled weekly prompt to the next, in the group's zone, keyed
// by the ISO week of its prompt. A check-in, the prompt's tally, /prompt now|skip and a pairing
// round all ask this one function which period it is.
// - Before the group's first prompt: the first prompt's period (it starts at setup).
// - A skipped or paused prompt still starts its period: boundaries are the scheduled times.
// - A change of day, time or zone: boundaries follow the new setting (a new day already past
//   this week starts this week's period at that time; its prompt comes by /prompt now, or on its
//   own within the grace window). If this week's prompt already went out under the old setting,
//   that period runs on until the next prompt with a later key: one key never has two prompts.

export type Rhythm = Pick<
  Group,
  'timezone' | 'checkin_weekday' | 'checkin_time' | 'created_at' | 'rhythm_changed_at' | 'period_at_change' | 'period_at_change_from'
>;

export interface Period {
  /** The ISO week of its prompt, e.g. `2026-W48`. */
  period: string;
  /** When it started: its prompt's scheduled time (or the group's setup, for the first). */
  from: Date;
}

// Hot path (every check-in): thousands of groups share a handful of (zone, week, day, time).
const instants = new Map<string, Date>();
function checkinInstant(group: Rhythm, week: string): Date {
  const k = `${group.timezone}|${week}|${group.checkin_weekday}|${group.checkin_time}`;
  let d = instants.get(k);
  if (!d) {
    if (instants.size > 20_000) instants.clear();
    d = computeInstant(group, week);
    instants.set(k, d);
  }
  return d;
}

const shifted = new Map<string, string>();
function addWeeks(key: string, n: number, zone: string): string {
  const k = `${zone}|${key}|${n}`;
  let w = shifted.get(k);
  if (w === undefined) {
    if (shifted.size > 20_000) shifted.clear();
    w = computeAddWeeks(key, n, zone);
    shifted.set(k, w);
  }
  return w;
}

/** The check-in period `now` falls in. */
export function checkinPeriod(group: Rhythm, now: Date): string {
  return periodAt(group, now).period;
}

export function periodAt(group: Rhythm, now: Date): Period {
  const week = weekKey(now, group.timezone);
  let key = week;
  let at = checkinInstant(group, week);
  if (at > now) {
    key = addWeeks(week, -1, group.timezone);
    at = checkinInstant(group, key);
  }
  if (group.rhythm_changed_at && group.period_at_change && group.period_at_change_from) {
    const held = { period: group.period_at_change, from: new Date(group.period_at_change_from) };
    if (now >= held.from) {
      if (key <= held.period) return held;
    } else if (key >= held.period) {
      // Before the change, read under the new rhythm: keep the keys in order.
      key = addWeeks(held.period, -1, group.timezone);
      at = checkinInstant(group, key);
    }
  }
  if (at.toISOString() < group.created_at) return { period: addWeeks(key, 1, group.timezone), from: new Date(group.created_at) };
  // The first prompt's period began when the group was set up.
  if (at.getTime() - 8 * 86400_000 < Date.parse(group.created_at) && checkinInstant(group, addWeeks(key, -1, group.timezone)).toISOString() < group.created_at)
    return { period: key, from: new Date(group.created_at) };
  return { period: key, from: at };
}

/** The settings that make a change of rhythm: the period in force now, held until a later key starts. */
export function rhythmChange(group: Rhythm, patch: Partial<Group>, now: Date): Partial<Group> {
  const changes = (['timezone', 'checkin_weekday', 'checkin_time'] as const).some((k) => patch[k] !== undefined && patch[k] !== group[k]);
  if (!changes) return {};
  const p = periodAt(group, now);
  return { rhythm_changed_at: now.toISOString(), period_at_change: p.period, period_at_change_from: p.from.toISOString() };
}

export interface FinishedPeriod extends Period {
  until: Date;
}

/**
 * The last `n` finished periods, newest first, none from before the group existed. Periods
 * from before a change of rhythm are read under the current rhythm (the schedule freezes each
 * period's figures within a day of its end, so those are normally already fixed).
 */
export function finishedPeriods(group: Rhythm, now: Date, n: number): FinishedPeriod[] {
  const out: FinishedPeriod[] = [];
  let cur = periodAt(group, now);
  while (out.length < n && cur.from.toISOString() > group.created_at) {
    const prev = periodAt(group, new Date(cur.from.getTime() - 1));
    if (prev.period >= cur.period || prev.from >= cur.from) break;
    out.push({ ...prev, until: cur.from });
    cur = prev;
  }
  return out;
}

/** "week of 7 Dec": a period as people read it (the date it started, in the group's zone). */
export function periodLabel(from: Date | string, zone: string): string {
  return `week of ${DateTime.fromJSDate(new Date(from), { zone }).toFormat('d LLL')}`;
}
