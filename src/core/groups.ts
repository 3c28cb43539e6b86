import type { DB } from '../db/database.js';
import type { Group } from '../db/schema.js';
import { prepared } from '../db/prepared.js';
import { type Core, KindError, type Platform, nowIso } from './core.js';
import { bold, plain, quoted, when } from './reply.js';
import { AUDIENCES, NATIONS, REGIONS, regionName } from './support.js';
import { WEEKDAYS, canonicalZone, checkinInstant, parseDay, parseTimeOfDay, parseWeekday, regionForZone, weekKey, weekdayName } from './time.js';
import { type Words, asLang, words } from './i18n.js';
import { DateTime, type WeekdayNumbers } from 'luxon';
import { findRun } from './job-runs.js';
import { PROMPT_GRACE_MS, nextPromptAt, promptItem } from './prompts.js';
import { DEFAULT_AGREEMENT } from './agreements.js';
import { rhythmChange } from './periods.js';
import { KEEP_MONTHS, keepText } from './retention.js';
import { TALLY_MODES } from './checkins.js';

const COUNTRIES = REGIONS.filter((r) => r !== 'INT').join(', ');

const groupByChat = prepared((db: DB, platform: string, chatId: string) =>
  db.selectFrom('groups').selectAll().where('platform', '=', platform).where('chat_id', '=', chatId),
);

export async function findGroupByChat(db: DB, platform: Platform, chatId: string): Promise<Group | undefined> {
  return (await groupByChat(db, platform, chatId))[0];
}

export async function findGroup(db: DB, id: number): Promise<Group | undefined> {
  return db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface SetupInput {
  timezone: string;
  weekday: string;
  time: string;
  name?: string;
}

const EN = words('en');
const setupHelp = (w: Words) => w.t('setup-help');

/** A weekday as the reader says it ("Sunday", "dydd Sul", "niedziela"); mid-sentence. */
export function dayName(weekday: number, w: Words = EN): string {
  if (w.lang === 'en') return weekdayName(weekday);
  const name = DateTime.fromObject({ weekday: weekday as WeekdayNumbers }).setLocale(w.lang).toFormat('cccc');
  return w.lang === 'cy' ? name.replace(/^Dydd/, 'dydd') : name;
}

export function zoneHint(input: string, w: Words = EN): string {
  return w.t('setup-zone-hint', { typed: quoted(input) });
}

export const dayProblem = (input: string, w: Words = EN) => w.t('setup-day-problem', { typed: quoted(input) });
export const timeProblem = (input: string, w: Words = EN) => w.t('setup-time-problem', { typed: quoted(input) });
/** "What time on Sunday evening?": `part` is one of PartOfDay. */
export const whatTimeOn = (day: { weekday: number; part?: string }, w: Words = EN) => w.t('setup-what-time-on', { day: dayName(day.weekday, w), part: day.part ?? 'none' });

/** Validate setup input into settings, or throw a KindError saying how to do it right. */
export function readSetup(input: SetupInput, w: Words = EN) {
  if (!input.timezone || !input.weekday) throw new KindError(`${w.t('setup-needs-all')} ${setupHelp(w)}`);
  const timezone = canonicalZone(input.timezone);
  if (!timezone) throw new KindError(`${zoneHint(input.timezone, w)} ${setupHelp(w)}`);
  const day = parseDay(input.weekday);
  if (!day) throw new KindError(`${dayProblem(input.weekday, w)} ${setupHelp(w)}`);
  const weekday = day.weekday;
  if (!input.time)
    throw new KindError(day.part ? `${whatTimeOn(day, w)} ${w.t('setup-for-example', { example: `/setup ${timezone} ${WEEKDAYS[weekday - 1]} 7pm` })}` : `${w.t('setup-needs-all')} ${setupHelp(w)}`);
  const time = parseTimeOfDay(input.time, day.part);
  if (!time) throw new KindError(`${timeProblem(input.time, w)} ${setupHelp(w)}`);
  const name = (input.name ?? '').trim();
  if (name.length > 100) throw new KindError(w.t('setup-name-long'));
  return { timezone, weekday, time, name };
}

/** Bind a chat as a group, or update an existing group's rhythm. One transaction. */
/**
 * `topicId`: set up inside a topic of a forum chat, the group's posts go to that topic (set up in
 * the chat itself, they go to the chat).
 */
export async function setupGroup(core: Core, platform: Platform, chatId: string, chatTitle: string, input: SetupInput, topicId?: string, w: Words = EN): Promise<{ group: Group; created: boolean }> {
  const s = readSetup(input, w);
  const now = nowIso(core);
  return core.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('groups').selectAll().where('platform', '=', platform).where('chat_id', '=', chatId).executeTakeFirst();
    const { region, nation } = regionForZone(s.timezone);
    if (existing) {
      const zoneChanged = existing.timezone !== s.timezone;
      const group = await trx
        .updateTable('groups')
        .set({
          timezone: s.timezone,
          checkin_weekday: s.weekday,
          checkin_time: s.time,
          name: s.name || existing.name,
          active: 1,
          topic_id: topicId ?? null,
          ...(zoneChanged ? { region, nation } : {}),
          ...rhythmChange(existing, { timezone: s.timezone, checkin_weekday: s.weekday, checkin_time: s.time }, core.clock.now()),
        })
        .where('id', '=', existing.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return { group, created: false };
    }
    const group = await trx
      .insertInto('groups')
      .values({
        platform,
        chat_id: chatId,
        name: s.name || chatTitle || w.t('setup-default-name'),
        timezone: s.timezone,
        checkin_weekday: s.weekday,
        checkin_time: s.time,
        absence_weeks: 2,
        pair_every_weeks: 2,
        region,
        nation,
        language: 'en',
        facilitator_role: null,
        prompt_paused: 0,
        active: 1,
        created_at: now,
        topic_id: topicId ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.insertInto('agreements').values({ group_id: group.id, version: 1, text: DEFAULT_AGREEMENT, created_at: now }).execute();
    return { group, created: true };
  });
}

export async function deactivateGroup(db: DB, groupId: number): Promise<void> {
  await db.updateTable('groups').set({ active: 0 }).where('id', '=', groupId).execute();
}

/** A group's chat moved (Telegram supergroup upgrade): keep every row, change the address. */
export async function moveGroupChat(db: DB, platform: Platform, fromChatId: string, toChatId: string): Promise<void> {
  await db.updateTable('groups').set({ chat_id: toChatId }).where('platform', '=', platform).where('chat_id', '=', fromChatId).execute();
}

// ---- settings ----

interface SettingSpec {
  key: string;
  /** What it is, in the reader's words (settings-x-about-<key>). */
  describe(w: Words): string;
  show(g: Group, w: Words): string;
  read(value: string, w: Words): Partial<Group>;
}

const onOff = (v: string): number | null => (/^(on|yes|true|1)$/i.test(v) ? 1 : /^(off|no|false|0)$/i.test(v) ? 0 : null);
const about = (key: string, args?: Record<string, string | number>) => (w: Words) => w.t(`settings-x-about-${key}`, args);

export const SETTINGS: SettingSpec[] = [
  {
    key: 'name',
    describe: about('name'),
    show: (g) => plain(g.name),
    read: (v, w) => {
      if (!v.trim() || v.length > 100) throw new KindError(w.t('settings-x-bad-name'));
      return { name: v.trim() };
    },
  },
  {
    key: 'timezone',
    describe: about('timezone'),
    show: (g) => g.timezone,
    read: (v, w) => {
      const zone = canonicalZone(v);
      if (!zone) throw new KindError(`${zoneHint(v, w)} ${w.t('setup-for-example', { example: '/settings timezone Europe/London' })}`);
      return { timezone: zone, ...regionForZone(zone) };
    },
  },
  {
    key: 'day',
    describe: about('day'),
    show: (g, w) => dayName(g.checkin_weekday, w),
    read: (v, w) => {
      const d = parseWeekday(v);
      if (!d) throw new KindError(w.t('settings-x-bad-day', { typed: quoted(v) }));
      return { checkin_weekday: d };
    },
  },
  {
    key: 'time',
    describe: about('time'),
    show: (g) => g.checkin_time,
    read: (v, w) => {
      const t = parseTimeOfDay(v);
      if (!t) throw new KindError(w.t('settings-x-bad-time', { typed: quoted(v) }));
      return { checkin_time: t };
    },
  },
  {
    key: 'absence',
    describe: about('absence'),
    show: (g, w) => w.t('settings-x-weeks', { count: g.absence_weeks }),
    read: (v, w) => {
      const n = Number(v.replace(/\s*weeks?$/i, ''));
      if (!Number.isInteger(n) || n < 1 || n > 12) throw new KindError(w.t('settings-x-bad-absence'));
      return { absence_weeks: n };
    },
  },
  {
    key: 'pairing',
    describe: about('pairing'),
    show: (g, w) => w.t('settings-x-every-weeks', { count: g.pair_every_weeks }),
    read: (v, w) => {
      const n = Number(v.replace(/^every\s*/i, '').replace(/\s*weeks?$/i, ''));
      if (!Number.isInteger(n) || n < 1 || n > 8) throw new KindError(w.t('settings-x-bad-pairing'));
      return { pair_every_weeks: n };
    },
  },
  {
    key: 'keep',
    describe: about('keep', { min: KEEP_MONTHS.min, max: KEEP_MONTHS.max }),
    show: (g, w) => (w.lang === 'en' ? keepText(g.keep_months) : w.t('settings-x-months', { count: g.keep_months })),
    read: (v, w) => {
      const n = Number(v.trim().replace(/\s*months?$/i, ''));
      if (!Number.isInteger(n) || n < KEEP_MONTHS.min || n > KEEP_MONTHS.max) throw new KindError(w.t('settings-x-bad-keep', { min: KEEP_MONTHS.min, max: KEEP_MONTHS.max }));
      return { keep_months: n };
    },
  },
  {
    key: 'region',
    describe: about('region', { countries: COUNTRIES }),
    show: (g, w) => regionName(g.region, g.nation, w),
    read: (v, w) => {
      const [r, ...rest] = v.trim().split(/\s+/);
      const typed = (r ?? '').toUpperCase();
      const region = typed === 'UK' ? 'GB' : /^INT(ERNATIONAL)?$/.test(typed) ? 'INT' : typed;
      if (!(REGIONS as readonly string[]).includes(region)) throw new KindError(w.t('settings-x-bad-region', { countries: COUNTRIES }));
      const n = rest.join('_').toLowerCase();
      if (n && (region !== 'GB' || !(NATIONS as readonly string[]).includes(n))) throw new KindError(w.t('settings-x-bad-nation'));
      return { region, nation: n || null };
    },
  },
  {
    key: 'tally',
    describe: about('tally'),
    show: (g) => g.tally,
    read: (v, w) => {
      const mode = v.trim().toLowerCase();
      if (!(TALLY_MODES as readonly string[]).includes(mode)) throw new KindError(w.t('settings-x-bad-tally'));
      return { tally: mode };
    },
  },
  {
    key: 'audience',
    describe: about('audience'),
    show: (g) => g.audience,
    read: (v, w) => {
      const a = v.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^(young|youth|young person)$/, 'young people').replace(/^adult$/, 'adults');
      if (!(AUDIENCES as readonly string[]).includes(a)) throw new KindError(w.t('settings-x-bad-audience'));
      return { audience: a };
    },
  },
  {
    key: 'language',
    describe: about('language'),
    show: (g) => g.language,
    read: (v, w) => {
      const language = asLang(v);
      if (!language) throw new KindError(w.t('settings-language-unknown'));
      return { language };
    },
  },
  {
    key: 'role',
    describe: about('role'),
    show: (g, w) => (g.facilitator_role ? `<role ${g.facilitator_role}>` : w.t('settings-x-none')),
    read: (v, w) => {
      const id = v.trim().replace(/^<@&(\d+)>$/, '$1');
      if (/^none$/i.test(id)) return { facilitator_role: null };
      if (!/^\d{5,25}$/.test(id)) throw new KindError(w.t('settings-x-bad-role'));
      return { facilitator_role: id };
    },
  },
];

export const NOTES_SETTING = 'notes';

export function describeSettings(g: Group, facilitatorNotes: boolean, w: Words = EN): string {
  const rows = SETTINGS.filter((s) => s.key !== 'role' || g.platform === 'discord').map((s) => `• ${bold(s.key)}: ${s.show(g, w)} (${s.describe(w)})`);
  rows.push(`• ${bold(NOTES_SETTING)}: ${w.t('settings-x-notes-row', { on: facilitatorNotes ? 'on' : 'off' })}`);
  rows.push(`• ${bold('prompt')}: ${w.t('settings-x-prompt-row', { paused: g.prompt_paused ? 'paused' : 'running' })}`);
  return [w.t('settings-x-title', { group: bold(g.name) }), ...rows, '', w.t('settings-x-change-one')].join('\n');
}

/** Change one setting. Returns a confirmation sentence, in `w`. */
export async function changeSetting(core: Core, group: Group, key: string, value: string, memberId: number | null, w: Words = EN): Promise<string> {
  const k = key.toLowerCase();
  if (k === NOTES_SETTING) {
    const v = onOff(value);
    if (v === null) throw new KindError(w.t('settings-x-bad-notes'));
    if (memberId === null) throw new KindError(w.t('settings-x-notes-join-first'));
    await core.db.updateTable('members').set({ facilitator_notes: v }).where('id', '=', memberId).execute();
    return w.t(v ? 'settings-x-notes-on' : 'settings-x-notes-off');
  }
  const spec = SETTINGS.find((s) => s.key === k || (k === 'zone' && s.key === 'timezone') || (k === 'weekday' && s.key === 'day'));
  if (!spec) throw new KindError(w.t('settings-x-unknown-key', { typed: quoted(key), keys: [...SETTINGS.map((s) => s.key), NOTES_SETTING].join(', ') }));
  const patch = { ...spec.read(value, w) };
  Object.assign(patch, rhythmChange(group, patch, core.clock.now()));
  const updated = await core.db.updateTable('groups').set(patch).where('id', '=', group.id).returningAll().executeTakeFirstOrThrow();
  return w.t('settings-x-done', { key: spec.key, value: spec.show(updated, w) });
}

// ---- a new check-in day, time or zone ----

export interface RhythmNews {
  /** For the group: the new day and time, plainly. */
  group: string;
  /** For the facilitator, privately: what it means for this week's prompt. */
  facilitator: string;
  /** This week's prompt will not come on its own: offer /prompt now. */
  offerPromptNow: boolean;
}

/** "Sundays at 19:00", in the reader's words. */
const rhythm = (g: Group, w: Words) => w.t('setup-rhythm', { day: dayName(g.checkin_weekday, w), time: g.checkin_time });

/**
 * What changing the check-in day, time or zone means, or null when none of them changed.
 * `groupWords` for the group's line, `w` for the facilitator's.
 */
export async function rhythmNews(core: Core, before: Group, after: Group, w: Words = EN, groupWords: Words = w): Promise<RhythmNews | null> {
  if (before.checkin_weekday === after.checkin_weekday && before.checkin_time === after.checkin_time && before.timezone === after.timezone) return null;
  const zone = before.timezone === after.timezone ? '' : ` ${groupWords.t('setup-zone-time', { zone: plain(after.timezone) })}`;
  const group = groupWords.t('setup-moved', { now: rhythm(after, groupWords), zone, before: rhythm(before, groupWords) });
  return { group, ...(await thisWeek(core, after, w)) };
}

async function thisWeek(core: Core, g: Group, w: Words): Promise<Omit<RhythmNews, 'group'>> {
  const now = core.clock.now();
  const next = async () => when(await nextPromptAt(core, g, now), g.timezone, 'datetime', w.lang);
  if (g.prompt_paused) return { facilitator: w.t('setup-week-paused', { rhythm: rhythm(g, w) }), offerPromptNow: false };
  const week = weekKey(now, g.timezone);
  if (await promptItem(core.db, g.id, week)) return { facilitator: w.t('setup-week-gone-out', { next: await next() }), offerPromptNow: false };
  if (await findRun(core.db, 'prompt', g.id, week)) return { facilitator: w.t('setup-week-skipped', { next: await next() }), offerPromptNow: false };
  const due = checkinInstant(g, week);
  if (due > now) return { facilitator: w.t('setup-week-new-time', { at: when(due, g.timezone, 'datetime', w.lang) }), offerPromptNow: false };
  // The schedule still posts a prompt that fell due within its grace window (never one from before the group existed).
  if (now.getTime() - due.getTime() < PROMPT_GRACE_MS && due.toISOString() >= g.created_at) return { facilitator: w.t('setup-week-soon'), offerPromptNow: false };
  return { facilitator: w.t('setup-week-passed', { next: await next() }), offerPromptNow: true };
}
