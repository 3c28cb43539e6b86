import type { Group } from '../db/schema.js';
import { quietSince } from './absence.js';
import { currentAgreement } from './agreements.js';
import { MOODS } from './checkins.js';
import type { Core } from './core.js';
import { bold, plain } from './reply.js';
import { addWeeks, weekKey, wholeWeeksBetween } from './time.js';

// How the group is doing, for facilitators. Any figure drawn from fewer than 3 people is hidden
// (shown as "fewer than 3", or null in the export): nobody can be singled out from a number.

export const MIN_PEOPLE = 3;
const WEEKS_SHOWN = 8;
const SPREAD_WEEKS = 4;

/** A count of people, or null when it is 1 or 2 (0 reveals nobody). */
export const safeCount = (n: number): number | null => (n === 0 || n >= MIN_PEOPLE ? n : null);
const showCount = (n: number) => (safeCount(n) === null ? 'fewer than 3' : String(n));

export interface WeekFigure {
  week: string;
  /** People who checked in, or null when fewer than 3. */
  checkedIn: number | null;
  /** Share of active members who checked in (0..1), or null when hidden. */
  rate: number | null;
}

export interface GroupFigures {
  members: { active: number; away: number | null; left: number | null };
  weeks: WeekFigure[];
  /** Check-ins per mood over the last 4 weeks; null buckets came from fewer than 3 people. Null spread: fewer than 3 people in all. */
  moodSpread: Record<string, number | null> | null;
  spreadPeople: number | null;
}

export async function groupFigures(core: Core, group: Group, now: Date): Promise<GroupFigures> {
  const db = core.db;
  const at = now.toISOString();
  const members = await db.selectFrom('members').select(['status', 'away_until']).where('group_id', '=', group.id).execute();
  const active = members.filter((m) => m.status === 'active').length;
  const away = members.filter((m) => m.status === 'active' && m.away_until && m.away_until > at).length;
  const left = members.filter((m) => m.status !== 'active').length;

  const thisWeek = weekKey(now, group.timezone);
  const weeks = Array.from({ length: WEEKS_SHOWN }, (_, i) => addWeeks(thisWeek, -i, group.timezone));
  const rows = await db
    .selectFrom('checkins')
    .select(['week', 'member_id', 'mood'])
    .where('group_id', '=', group.id)
    .where('week', 'in', weeks)
    .execute();
  const figures: WeekFigure[] = weeks.map((week) => {
    const n = new Set(rows.filter((r) => r.week === week).map((r) => r.member_id)).size;
    const shown = safeCount(n);
    return { week, checkedIn: shown, rate: shown === null || active < MIN_PEOPLE ? null : Math.min(1, n / active) };
  });

  const recent = rows.filter((r) => weeks.slice(0, SPREAD_WEEKS).includes(r.week));
  const people = new Set(recent.map((r) => r.member_id)).size;
  let moodSpread: Record<string, number | null> | null = null;
  if (people >= MIN_PEOPLE) {
    moodSpread = {};
    for (const mood of [1, 2, 3, 4, 5]) {
      const of = recent.filter((r) => r.mood === mood);
      const who = new Set(of.map((r) => r.member_id)).size;
      moodSpread[String(mood)] = safeCount(who) === null ? null : of.length;
    }
  }
  return { members: { active, away: safeCount(away), left: safeCount(left) }, weeks: figures, moodSpread, spreadPeople: safeCount(people) };
}

/** Active members, not away, quiet for the group's threshold or longer: names, for facilitators only. */
export async function quietMembers(core: Core, group: Group, now: Date): Promise<{ name: string; weeks: number }[]> {
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
    .filter((r) => r.weeks >= group.absence_weeks)
    .sort((a, b) => b.weeks - a.weeks);
}

export async function statsText(core: Core, group: Group, now: Date): Promise<string> {
  const f = await groupFigures(core, group, now);
  const quiet = await quietMembers(core, group, now);
  const lines = [`${bold(group.name)}: how the group is doing`, ''];
  lines.push(`Members: ${f.members.active} active, ${showCount(f.members.away ?? 1)} away${f.members.left === 0 ? '' : `, ${showCount(f.members.left ?? 1)} left`}.`);
  lines.push('', bold('Check-ins per week') + ' (most recent first)');
  for (const w of f.weeks) {
    const who = w.checkedIn === null ? 'fewer than 3 people' : w.checkedIn === 0 ? 'nobody' : `${w.checkedIn} people`;
    lines.push(`• ${w.week}: ${who}${w.rate === null || w.checkedIn === 0 ? '' : ` (${Math.round(w.rate * 100)}%)`}`);
  }
  lines.push('', bold(`Moods over the last ${SPREAD_WEEKS} weeks`));
  if (!f.moodSpread) lines.push('Hidden: fewer than 3 people checked in.');
  else for (const [mood, n] of Object.entries(f.moodSpread)) lines.push(`• ${MOODS[Number(mood)].emoji} ${MOODS[Number(mood)].label}: ${n === null ? 'fewer than 3 people' : n}`);
  lines.push('', bold('Gone quiet') + ` (${group.absence_weeks}+ weeks, not away; only facilitators see this)`);
  if (!quiet.length) lines.push('Nobody right now.');
  else for (const q of quiet.slice(0, 30)) lines.push(`• ${plain(q.name)}: ${q.weeks} weeks`);
  lines.push('', 'They each get one friendly check-in message from me; nobody is ever removed. /export downloads the totals.');
  return lines.join('\n');
}

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
    checkins_per_week: f.weeks,
    mood_spread_last_4_weeks: f.moodSpread,
    tips: { total: tipTopics.reduce((s, t) => s + Number(t.tips), 0), by_topic: tipTopics.map((t) => ({ topic: t.topic, tips: Number(t.tips) })) },
    meetups: { upcoming: meetups.filter((m) => m.starts_at > at).length, past: meetups.filter((m) => m.starts_at <= at).length },
    pairing_rounds: { total: rounds.length, last_period: rounds.at(-1)?.period ?? null },
  };
  return { name: `group-export-${weekKey(now, group.timezone)}.json`, mime: 'application/json', content: JSON.stringify(data, null, 2) };
}
