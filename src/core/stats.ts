import { DateTime } from 'luxon';
import type { Group, PeriodFigure } from '../db/schema.js';
import { quietSince } from './absence.js';
import { currentAgreement } from './agreements.js';
import { MOODS } from './checkins.js';
import type { Core } from './core.js';
import { MIN_PEOPLE, POOL_PERIODS, finishedFigures, latestPool, safeCount } from './figures.js';
import { periodAt, periodLabel } from './periods.js';
import { bold, plain, when } from './reply.js';
import { wholeWeeksBetween } from './time.js';

// How the group is doing, for facilitators. The figures rule (src/core/figures.ts): only
// finished check-in periods, fixed when each closes, and nothing from fewer than 3 people
// (shown as "fewer than 3", or null in the export): nobody can be singled out from a number.

export { MIN_PEOPLE, safeCount };
/** A hidden count said as what it means: 1 or 2 (0 is shown; it singles nobody out). */
const showCount = (n: number) => (safeCount(n) === null ? '1 or 2' : String(n));

export interface PeriodView {
  period: string;
  /** The local date it started, e.g. 2026-12-06, and as people read it: "week of 6 Dec". */
  startDate: string;
  label: string;
  /** Who was a member then (or null when fewer than 3). */
  members: number | null;
  /** People who checked in, or null when fewer than 3. */
  checkedIn: number | null;
  /** Share of the members then who checked in (0..1), or null when hidden. */
  rate: number | null;
}

export interface MoodView {
  firstPeriod: string;
  lastPeriod: string;
  /** The local dates its first and last periods started (the first's, when still known). */
  firstStartDate: string | null;
  lastStartDate: string;
  label: string;
  /** People who checked in over the block, or null when fewer than 3. */
  people: number | null;
  /** Check-ins per mood over the block; null buckets are hidden. Null spread: fewer than 3 people in all. */
  spread: Record<string, number | null> | null;
}

export interface GroupFigures {
  members: { active: number; away: number | null; left: number | null };
  /** Finished periods, most recent first. */
  periods: PeriodView[];
  moods: MoodView | null;
  /** Every block of pooled moods that ended within `periods`, newest first (the chart's moods). */
  moodBlocks: MoodView[];
}

/** How many finished periods the /stats chart shows. */
export const CHART_PERIODS = 12;

const localDate = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toISODate()!;

function periodView(f: PeriodFigure, zone: string): PeriodView {
  const checkedIn = safeCount(f.checked_in);
  const members = safeCount(f.members_then);
  return {
    period: f.period,
    startDate: localDate(f.starts_at, zone),
    label: periodLabel(f.starts_at, zone),
    members,
    checkedIn,
    rate: checkedIn === null || members === null || members === 0 ? null : Math.min(1, f.checked_in / f.members_then),
  };
}

function moodView(f: PeriodFigure, first: PeriodFigure | undefined, zone: string): MoodView {
  const moods = [f.mood_1, f.mood_2, f.mood_3, f.mood_4, f.mood_5];
  const people = f.pool_people;
  return {
    firstPeriod: f.pool_from!,
    lastPeriod: f.period,
    firstStartDate: first ? localDate(first.starts_at, zone) : null,
    lastStartDate: localDate(f.starts_at, zone),
    label: `${POOL_PERIODS} check-in periods from the ${first ? periodLabel(first.starts_at, zone) : f.pool_from} to the ${periodLabel(f.starts_at, zone)}`,
    people,
    spread: people === null ? null : Object.fromEntries(moods.map((m, i) => [String(i + 1), m])),
  };
}

export async function groupFigures(core: Core, group: Group, now: Date, count?: number): Promise<GroupFigures> {
  const db = core.db;
  const at = now.toISOString();
  const members = await db.selectFrom('members').select(['status', 'away_until']).where('group_id', '=', group.id).execute();
  const active = members.filter((m) => m.status === 'active').length;
  const away = members.filter((m) => m.status === 'active' && m.away_until && m.away_until > at).length;
  const left = members.filter((m) => m.status !== 'active').length;
  const periods = await finishedFigures(core, group, now, count);
  const pool = await latestPool(db, group.id);
  const blockOf = async (f: PeriodFigure) =>
    moodView(f, periods.find((p) => p.period === f.pool_from) ?? (await db.selectFrom('period_figures').selectAll().where('group_id', '=', group.id).where('period', '=', f.pool_from!).executeTakeFirst()), group.timezone);
  const moodBlocks: MoodView[] = [];
  for (const f of periods) if (f.pool_from) moodBlocks.push(await blockOf(f));
  return {
    members: { active, away: safeCount(away), left: safeCount(left) },
    periods: periods.map((p) => periodView(p, group.timezone)),
    moods: pool ? await blockOf(pool) : null,
    moodBlocks,
  };
}

/** Active members, not away, quiet for `minWeeks` (the group's threshold) or longer: names, for facilitators only. */
export async function quietMembers(core: Core, group: Group, now: Date, minWeeks = group.absence_weeks): Promise<{ name: string; weeks: number }[]> {
  const at = now.toISOString();
  const rows = await core.db
    .selectFrom('members')
    .innerJoin('people', 'people.id', 'members.person_id')
    .select(['people.display_name as name', 'members.last_seen_at', 'members.away_until'])
    .where('members.group_id', '=', group.id)
    .where('members.status', '=', 'active')
    .execute();
  return rows
    .filter((r) => !r.away_until || r.away_until <= at)
    .map((r) => ({ name: r.name, weeks: wholeWeeksBetween(new Date(quietSince(r, now)), now) }))
    .filter((r) => r.weeks >= minWeeks)
    .sort((a, b) => b.weeks - a.weeks);
}

const peopleText = (n: number | null) => (n === null ? '1 or 2 people' : n === 0 ? 'nobody' : `${n} ${n === 1 ? 'person' : 'people'}`);

/**
 * `/stats`. Names of members quiet for twice the group's threshold go only to a facilitator who
 * opted in to notes (DESIGN); anyone else sees no names and no count of them.
 */
export async function statsText(core: Core, group: Group, now: Date, viewer: { notes: boolean } = { notes: false }): Promise<string> {
  const f = await groupFigures(core, group, now);
  const lines = [`${bold(group.name)}: how the group is doing`, ''];
  lines.push(`Members: ${f.members.active} active, ${showCount(f.members.away ?? 1)} away${f.members.left === 0 ? '' : `, and ${showCount(f.members.left ?? 1)} have left`}.`);
  lines.push('', bold('Check-ins') + ' (each check-in period runs from one weekly prompt to the next; its figures are fixed when it ends)');
  if (!f.periods.length) lines.push('No check-in period has ended yet.');
  for (const p of f.periods) {
    const of = p.members === null ? '' : ` of ${p.members} members then`;
    lines.push(`• ${cap(p.label)}: ${peopleText(p.checkedIn)}${p.checkedIn ? of : ''}${p.rate === null || !p.checkedIn ? '' : ` (${Math.round(p.rate * 100)}%)`}`);
  }
  lines.push(`This period began ${when(periodAt(group, now).from, group.timezone)}; its figures come when it ends.`);
  lines.push('', bold('Moods') + ` (every ${POOL_PERIODS} finished check-in periods together)`);
  if (!f.moods) lines.push(`Not yet: the first figures come once ${POOL_PERIODS} check-in periods have ended.`);
  else {
    lines.push(`Over the ${f.moods.label}:`);
    if (!f.moods.spread) lines.push('Not shown: only 1 or 2 people checked in.');
    else for (const [mood, n] of Object.entries(f.moods.spread)) lines.push(`• ${MOODS[Number(mood)].emoji} ${MOODS[Number(mood)].label}: ${n === null ? 'not shown' : n}`);
  }
  const longQuiet = 2 * group.absence_weeks;
  lines.push('', bold('Gone quiet') + ` (${longQuiet}+ weeks, not away)`);
  if (viewer.notes) {
    const quiet = await quietMembers(core, group, now, longQuiet);
    if (!quiet.length) lines.push('Nobody right now.');
    else for (const q of quiet.slice(0, 30)) lines.push(`• ${plain(q.name)}: ${q.weeks} weeks`);
    lines.push('Only facilitators who turned on notes see these names.');
  } else lines.push('Names are shown only to facilitators who turn on notes: /settings notes on');
  lines.push('', 'Everyone quiet gets one friendly check-in message from me; nobody is ever removed. /export downloads the totals.');
  lines.push('A number that could point to one or two people is never shown exactly, so nobody can be picked out.');
  return lines.join('\n');
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Settings and aggregates: no names, no notes, no one person's moods. */
export async function groupExport(core: Core, group: Group, now: Date): Promise<{ name: string; mime: string; content: string }> {
  const f = await groupFigures(core, group, now);
  const agreement = await currentAgreement(core.db, group.id);
  const tipTopics = await core.db
    .selectFrom('tips')
    .select(['topic', (eb) => eb.fn.countAll<number>().as('tips')])
    .where('group_id', '=', group.id)
    .groupBy('topic')
    .orderBy('topic')
    .execute();
  const at = now.toISOString();
  const meetups = await core.db.selectFrom('meetups').select(['starts_at']).where('group_id', '=', group.id).where('status', '=', 'confirmed').execute();
  const rounds = await core.db.selectFrom('pair_rounds').select(['period']).where('group_id', '=', group.id).orderBy('id').execute();
  const data = {
    about: 'Settings and totals for this group. Figures drawn from fewer than 3 people are null. No names, notes or moods of any one person.',
    generated_at: at,
    settings: {
      name: group.name,
      platform: group.platform,
      timezone: group.timezone,
      checkin_weekday: group.checkin_weekday,
      checkin_time: group.checkin_time,
      absence_weeks: group.absence_weeks,
      pair_every_weeks: group.pair_every_weeks,
      region: group.region,
      nation: group.nation,
      language: group.language,
      prompt_paused: group.prompt_paused === 1,
    },
    agreement: { version: agreement.version, text: agreement.text },
    members: f.members,
    figures_rule: `Only finished check-in periods, fixed when each ends; moods pooled over every ${POOL_PERIODS} periods; nothing from fewer than ${MIN_PEOPLE} people.`,
    checkins_per_period: f.periods,
    moods: f.moods,
    tips: { total: tipTopics.reduce((s, t) => s + Number(t.tips), 0), by_topic: tipTopics.map((t) => ({ topic: t.topic, tips: Number(t.tips) })) },
    meetups: { upcoming: meetups.filter((m) => m.starts_at > at).length, past: meetups.filter((m) => m.starts_at <= at).length },
    pairing_rounds: { total: rounds.length, last_period: rounds.at(-1)?.period ?? null },
  };
  return { name: `group-export-${localDate(now.toISOString(), group.timezone)}.json`, mime: 'application/json', content: JSON.stringify(data, null, 2) };
}
