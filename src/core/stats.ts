import { DateTime } from 'luxon';
import type { Group, PeriodFigure } from '../db/schema.js';
import { quietSince } from './absence.js';
import { currentAgreement } from './agreements.js';
import { MOODS } from './checkins.js';
import type { Core } from './core.js';
import { type Words, words } from './i18n.js';
import { MIN_PEOPLE, POOL_PERIODS, finishedFigures, latestPool, safeCount } from './figures.js';
import { periodAt, periodLabel } from './periods.js';
import { bold, plain, when } from './reply.js';
import { wholeWeeksBetween } from './time.js';

// How the group is doing, for facilitators. The figures rule (src/core/figures.ts): only
// finished check-in periods, fixed when each closes, and nothing from fewer than 3 people
// (shown as "fewer than 3", or null in the export): nobody can be singled out from a number.

export { MIN_PEOPLE, safeCount };

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

/** "week of 6 Dec", from a period's local start date, in the reader's words. */
const weekOf = (startDate: string, w: Words) => w.t('stats-week-of', { date: DateTime.fromISO(startDate).setLocale(w.lang).toFormat('d LLL') });
/** A hidden count said as what it means: 1 or 2 (0 is shown; it singles nobody out). */
const shown = (n: number | null, w: Words) => (n === null ? w.t('stats-one-or-two') : n);

/**
 * `/stats`, in the facilitator's words. Names of members quiet for twice the group's threshold go only to a facilitator who
 * opted in to notes (DESIGN); anyone else sees no names and no count of them.
 */
export async function statsText(core: Core, group: Group, now: Date, viewer: { notes: boolean } = { notes: false }, w: Words = words('en')): Promise<string> {
  const f = await groupFigures(core, group, now);
  const lines = [w.t('stats-title', { group: bold(group.name) }), ''];
  const away = shown(safeCount(f.members.away ?? 1), w);
  lines.push(f.members.left === 0 ? w.t('stats-members', { active: f.members.active, away }) : w.t('stats-members-left', { active: f.members.active, away, left: shown(safeCount(f.members.left ?? 1), w) }));
  lines.push('', w.t('stats-checkins-head'));
  if (!f.periods.length) lines.push(w.t('stats-no-period'));
  for (const p of f.periods) {
    const people = p.checkedIn === null ? w.t('stats-people-few') : w.t('stats-people', { count: p.checkedIn });
    const of = p.members === null || !p.checkedIn ? people : w.t('stats-of-members', { people, members: p.members });
    const pct = p.rate === null || !p.checkedIn ? '' : ` (${Math.round(p.rate * 100)}%)`;
    lines.push(`• ${cap(weekOf(p.startDate, w))}: ${of}${pct}`);
  }
  lines.push(w.t('stats-period-began', { at: when(periodAt(group, now).from, group.timezone, 'datetime', w.lang) }));
  lines.push('', w.t('stats-moods-head', { n: POOL_PERIODS }));
  if (!f.moods) lines.push(w.t('stats-moods-not-yet', { n: POOL_PERIODS }));
  else {
    const m = f.moods;
    lines.push(w.t('stats-moods-over', { n: POOL_PERIODS, from: m.firstStartDate ? weekOf(m.firstStartDate, w) : m.firstPeriod, to: weekOf(m.lastStartDate, w) }));
    if (!m.spread) lines.push(w.t('stats-moods-hidden'));
    else for (const [mood, n] of Object.entries(m.spread)) lines.push(`• ${MOODS[Number(mood)].emoji} ${w.t(`mood-${Number(mood)}`)}: ${n === null ? w.t('stats-not-shown') : n}`);
  }
  const longQuiet = 2 * group.absence_weeks;
  lines.push('', w.t('stats-quiet-head', { weeks: longQuiet }));
  if (viewer.notes) {
    const quiet = await quietMembers(core, group, now, longQuiet);
    if (!quiet.length) lines.push(w.t('stats-quiet-nobody'));
    else for (const q of quiet.slice(0, 30)) lines.push(`• ${plain(q.name)}: ${w.t('stats-weeks', { count: q.weeks })}`);
    lines.push(w.t('stats-quiet-only'));
  } else lines.push(w.t('stats-quiet-names-hidden'));
  lines.push('', w.t('stats-never-removed'));
  lines.push(w.t('stats-never-exact'));
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
