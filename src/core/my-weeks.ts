import { DateTime } from 'luxon';
import type { Group, Member } from '../db/schema.js';
import type { Core } from './core.js';
import type { Words } from './i18n.js';
import { type Period, finishedPeriods, periodAt } from './periods.js';

// A member's own check-ins, week by week, for them alone (/myweeks): only their rows are read.
// Weeks away are marked as such, so a picture can show them as a rest, not a gap.

export const MY_WEEKS_SPANS = { '3m': 3, '6m': 6, '1y': 12 } as const;
export type MyWeeksSpan = keyof typeof MY_WEEKS_SPANS;

export interface MyWeek {
  period: string;
  /** The local date the period started (e.g. 2026-12-06). */
  startDate: string;
  /** Their mood that week (1..5), or null when they did not check in. */
  mood: number | null;
  /** Away for some of the week without a check-in in it. */
  away: boolean;
}

export interface MyWeeks {
  groupName: string;
  zone: string;
  span: MyWeeksSpan;
  /** The local date the span starts (when they joined, if later). */
  from: string;
  /** Oldest first, from when they joined (or the span's start), this period included. */
  weeks: MyWeek[];
}

const MAX_WEEKS = 60;

export async function myWeeks(core: Core, group: Group, member: Member, now: Date, span: MyWeeksSpan = '6m'): Promise<MyWeeks> {
  const since = DateTime.fromJSDate(now, { zone: group.timezone }).minus({ months: MY_WEEKS_SPANS[span] }).toJSDate();
  const periods: Period[] = [...finishedPeriods(group, now, MAX_WEEKS).reverse(), periodAt(group, now)];
  const db = core.db;
  const spans = await db.selectFrom('member_spans').select(['kind', 'from_at', 'until_at']).where('member_id', '=', member.id).execute();
  const joined = spans.filter((s) => s.kind === 'member').map((s) => s.from_at).sort()[0] ?? member.joined_at;
  const from = new Date(Math.max(since.getTime(), Date.parse(joined)));
  // A period counts from the one `from` falls in.
  const shown = periods.filter((p, i) => (periods[i + 1]?.from ?? now) > from);
  const rows = shown.length
    ? await db.selectFrom('checkins').select(['week', 'mood']).where('member_id', '=', member.id).where('week', 'in', shown.map((p) => p.period)).execute()
    : [];
  const moods = new Map(rows.map((r) => [r.week, r.mood]));
  const aways = spans.filter((s) => s.kind === 'away');
  const weeks = shown.map((p, i): MyWeek => {
    const until = (shown[i + 1]?.from ?? now).toISOString();
    const start = p.from.toISOString();
    const mood = moods.get(p.period) ?? null;
    const away = mood === null && aways.some((s) => s.from_at < until && (s.until_at === null || s.until_at > start));
    return { period: p.period, startDate: DateTime.fromJSDate(p.from, { zone: group.timezone }).toISODate()!, mood, away };
  });
  return { groupName: group.name, zone: group.timezone, span, from: DateTime.fromJSDate(from, { zone: group.timezone }).toISODate()!, weeks };
}

/** One sentence of facts under the picture, in `words`' language: no praise, no blame, no streaks. */
export function myWeeksSentence(data: MyWeeks, words: Words): string {
  // "6 December", "6 Rhagfyr", "6 grudnia" (the month as a date writes it, which Polish declines).
  // There is always a week: the current period is one (from the span's start, never the wall clock).
  const since = DateTime.fromISO(data.weeks[0]?.startDate ?? data.from).setLocale(words.lang).toFormat('d MMMM');
  const count = data.weeks.filter((w) => w.mood !== null).length;
  const away = data.weeks.filter((w) => w.away).length;
  if (count) return words.t(away ? 'myweeks-checked-in-away' : 'myweeks-checked-in', { since, count, away });
  if (away) return words.t('myweeks-away', { since, away });
  return words.t('myweeks-none', { since });
}

/** Anything to draw: a check-in or a week away. */
export const hasWeeksToShow = (data: MyWeeks) => data.weeks.some((w) => w.mood !== null || w.away);
