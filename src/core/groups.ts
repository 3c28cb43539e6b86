import type { DB } from '../db/database.js';
import type { Group } from '../db/schema.js';
import { prepared } from '../db/prepared.js';
import { type Core, KindError, type Platform, nowIso } from './core.js';
import { bold, plain, quoted, when } from './reply.js';
import { AUDIENCES, NATIONS, REGIONS, regionName } from './support.js';
import { WEEKDAYS, canonicalZone, checkinInstant, parseDay, parseTimeOfDay, parseWeekday, regionForZone, weekKey, weekdayName } from './time.js';
import { asLang, words } from './i18n.js';
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

const SETUP_HELP = 'For example: /setup Europe/London sunday 19:00 Tuesday Parents';

export function zoneHint(input: string): string {
  return `I don't know the time zone ${quoted(input)}. Time zones look like Europe/London, America/New_York or Australia/Sydney (the list is at https://en.wikipedia.org/wiki/List_of_tz_database_time_zones).`;
}

export const dayProblem = (input: string) => `${quoted(input)} isn't a day I recognise. Try a day like sunday or tue.`;
export const timeProblem = (input: string) => `${quoted(input)} isn't a time I recognise. Try 19:00, 7pm or 7:30 pm.`;
export const whatTimeOn = (day: { weekday: number; part?: string }) => `What time on ${weekdayName(day.weekday)}${day.part ? ` ${day.part}` : ''}?`;

/** Validate setup input into settings, or throw a KindError saying how to do it right. */
export function readSetup(input: SetupInput) {
  if (!input.timezone || !input.weekday) throw new KindError(`Setting up needs a time zone, a day and a time. ${SETUP_HELP}`);
  const timezone = canonicalZone(input.timezone);
  if (!timezone) throw new KindError(`${zoneHint(input.timezone)} ${SETUP_HELP}`);
  const day = parseDay(input.weekday);
  if (!day) throw new KindError(`${dayProblem(input.weekday)} ${SETUP_HELP}`);
  const weekday = day.weekday;
  if (!input.time)
    throw new KindError(day.part ? `${whatTimeOn(day)} For example: /setup ${timezone} ${WEEKDAYS[weekday - 1]} 7pm` : `Setting up needs a time zone, a day and a time. ${SETUP_HELP}`);
  const time = parseTimeOfDay(input.time, day.part);
  if (!time) throw new KindError(`${timeProblem(input.time)} ${SETUP_HELP}`);
  const name = (input.name ?? '').trim();
  if (name.length > 100) throw new KindError('That group name is a little long: please keep it under 100 characters.');
  return { timezone, weekday, time, name };
}

/** Bind a chat as a group, or update an existing group's rhythm. One transaction. */
/**
 * `topicId`: set up inside a topic of a forum chat, the group's posts go to that topic (set up in
 * the chat itself, they go to the chat).
 */
export async function setupGroup(core: Core, platform: Platform, chatId: string, chatTitle: string, input: SetupInput, topicId?: string): Promise<{ group: Group; created: boolean }> {
  const s = readSetup(input);
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
        name: s.name || chatTitle || 'Our group',
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
  describe: string;
  show(g: Group): string;
  read(value: string): Partial<Group>;
}

const onOff = (v: string): number | null => (/^(on|yes|true|1)$/i.test(v) ? 1 : /^(off|no|false|0)$/i.test(v) ? 0 : null);

export const SETTINGS: SettingSpec[] = [
  {
    key: 'name',
    describe: 'the group name',
    show: (g) => plain(g.name),
    read: (v) => {
      if (!v.trim() || v.length > 100) throw new KindError('A group name needs 1 to 100 characters, like: /settings name Tuesday Parents');
      return { name: v.trim() };
    },
  },
  {
    key: 'timezone',
    describe: 'the time zone everything runs in',
    show: (g) => g.timezone,
    read: (v) => {
      const zone = canonicalZone(v);
      if (!zone) throw new KindError(`${zoneHint(v)} For example: /settings timezone Europe/London`);
      return { timezone: zone, ...regionForZone(zone) };
    },
  },
  {
    key: 'day',
    describe: 'the check-in day',
    show: (g) => weekdayName(g.checkin_weekday),
    read: (v) => {
      const d = parseWeekday(v);
      if (!d) throw new KindError(`${quoted(v)} isn't a day I recognise. For example: /settings day sunday`);
      return { checkin_weekday: d };
    },
  },
  {
    key: 'time',
    describe: 'the check-in time',
    show: (g) => g.checkin_time,
    read: (v) => {
      const t = parseTimeOfDay(v);
      if (!t) throw new KindError(`${quoted(v)} isn't a time I recognise. For example: /settings time 19:00`);
      return { checkin_time: t };
    },
  },
  {
    key: 'absence',
    describe: 'weeks of quiet before a gentle check-in (1 to 12)',
    show: (g) => `${g.absence_weeks} weeks`,
    read: (v) => {
      const n = Number(v.replace(/\s*weeks?$/i, ''));
      if (!Number.isInteger(n) || n < 1 || n > 12) throw new KindError('The absence setting is a number of weeks from 1 to 12. For example: /settings absence 2');
      return { absence_weeks: n };
    },
  },
  {
    key: 'pairing',
    describe: 'how often buddies are paired, in weeks (1 to 8)',
    show: (g) => `every ${g.pair_every_weeks} weeks`,
    read: (v) => {
      const n = Number(v.replace(/^every\s*/i, '').replace(/\s*weeks?$/i, ''));
      if (!Number.isInteger(n) || n < 1 || n > 8) throw new KindError('Pairing runs every 1 to 8 weeks. For example: /settings pairing 2');
      return { pair_every_weeks: n };
    },
  },
  {
    key: 'keep',
    describe: `how long check-ins and their notes are kept, then deleted (${KEEP_MONTHS.min} to ${KEEP_MONTHS.max} months)`,
    show: (g) => keepText(g.keep_months),
    read: (v) => {
      const n = Number(v.trim().replace(/\s*months?$/i, ''));
      if (!Number.isInteger(n) || n < KEEP_MONTHS.min || n > KEEP_MONTHS.max)
        throw new KindError(`Check-ins can be kept for ${KEEP_MONTHS.min} to ${KEEP_MONTHS.max} months; after that they and their notes are deleted. For example: /settings keep 12`);
      return { keep_months: n };
    },
  },
  {
    key: 'region',
    describe: `where /support points to (${COUNTRIES}, or international; for the UK also a nation: GB scotland)`,
    show: (g) => regionName(g.region, g.nation),
    read: (v) => {
      const [r, ...rest] = v.trim().split(/\s+/);
      const typed = (r ?? '').toUpperCase();
      const region = typed === 'UK' ? 'GB' : /^INT(ERNATIONAL)?$/.test(typed) ? 'INT' : typed;
      if (!(REGIONS as readonly string[]).includes(region))
        throw new KindError(`Regions I have helplines for: ${COUNTRIES}, or international for anywhere else. For example: /settings region GB`);
      const n = rest.join('_').toLowerCase();
      if (n && (region !== 'GB' || !(NATIONS as readonly string[]).includes(n)))
        throw new KindError('A nation can be set for GB only: england, scotland, wales or northern ireland. For example: /settings region GB wales');
      return { region, nation: n || null };
    },
  },
  {
    key: 'tally',
    describe: "what the weekly prompt shows: count (how many have checked in) or names (never anyone who checked in privately)",
    show: (g) => g.tally,
    read: (v) => {
      const mode = v.trim().toLowerCase();
      if (!(TALLY_MODES as readonly string[]).includes(mode)) throw new KindError('The tally is count (how many have checked in) or names. For example: /settings tally count');
      return { tally: mode };
    },
  },
  {
    key: 'audience',
    describe: 'who the group is for: adults, young people or everyone (/support lists the lines for them first)',
    show: (g) => g.audience,
    read: (v) => {
      const a = v.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^(young|youth|young person)$/, 'young people').replace(/^adult$/, 'adults');
      if (!(AUDIENCES as readonly string[]).includes(a)) throw new KindError('Who is the group for: adults, young people or everyone? For example: /settings audience young people');
      return { audience: a };
    },
  },
  {
    key: 'language',
    describe: 'the language the bot speaks to the group (en, cy or pl); each member can choose their own with /language',
    show: (g) => g.language,
    read: (v) => {
      const language = asLang(v);
      if (!language) throw new KindError(words('en').t('settings-language-unknown'));
      return { language };
    },
  },
  {
    key: 'role',
    describe: 'a Discord role that counts as facilitator (or "none")',
    show: (g) => (g.facilitator_role ? `<role ${g.facilitator_role}>` : 'none'),
    read: (v) => {
      const id = v.trim().replace(/^<@&(\d+)>$/, '$1');
      if (/^none$/i.test(id)) return { facilitator_role: null };
      if (!/^\d{5,25}$/.test(id)) throw new KindError('The facilitator role is a Discord role: pick it in /settings role (or say "none").');
      return { facilitator_role: id };
    },
  },
];

export const NOTES_SETTING = 'notes';

export function describeSettings(g: Group, facilitatorNotes: boolean): string {
  const rows = SETTINGS.filter((s) => s.key !== 'role' || g.platform === 'discord').map((s) => `• ${bold(s.key)}: ${s.show(g)} (${s.describe})`);
  rows.push(`• ${bold(NOTES_SETTING)}: ${facilitatorNotes ? 'on' : 'off'} (you get a private word when someone has been quiet a long while)`);
  rows.push(`• ${bold('prompt')}: ${g.prompt_paused ? 'paused' : 'running'} (use /prompt pause or /prompt resume)`);
  return [`Settings for ${bold(g.name)}:`, ...rows, '', 'Change one with /settings set <key> <value>, for example /settings set time 19:30'].join('\n');
}

/** Change one setting. Returns a confirmation sentence. */
export async function changeSetting(core: Core, group: Group, key: string, value: string, memberId: number | null): Promise<string> {
  const k = key.toLowerCase();
  if (k === NOTES_SETTING) {
    const v = onOff(value);
    if (v === null) throw new KindError('Notes are on or off. For example: /settings notes on');
    if (memberId === null) throw new KindError('To get private notes, join the group first with /join, then try again.');
    await core.db.updateTable('members').set({ facilitator_notes: v }).where('id', '=', memberId).execute();
    return v ? "Notes are on: I'll tell you privately when someone has been quiet for a long while." : 'Notes are off.';
  }
  const spec = SETTINGS.find((s) => s.key === k || (k === 'zone' && s.key === 'timezone') || (k === 'weekday' && s.key === 'day'));
  if (!spec) throw new KindError(`I don't have a setting called ${quoted(key)}. The settings are: ${[...SETTINGS.map((s) => s.key), NOTES_SETTING].join(', ')}.`);
  const patch = { ...spec.read(value) };
  Object.assign(patch, rhythmChange(group, patch, core.clock.now()));
  const updated = await core.db.updateTable('groups').set(patch).where('id', '=', group.id).returningAll().executeTakeFirstOrThrow();
  return `Done: ${spec.key} is now ${spec.show(updated)}.`;
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

const rhythm = (g: Group) => `${weekdayName(g.checkin_weekday)}s at ${g.checkin_time}`;

/** What changing the check-in day, time or zone means, or null when none of them changed. */
export async function rhythmNews(core: Core, before: Group, after: Group): Promise<RhythmNews | null> {
  if (before.checkin_weekday === after.checkin_weekday && before.checkin_time === after.checkin_time && before.timezone === after.timezone) return null;
  const zone = before.timezone === after.timezone ? '' : ` (${plain(after.timezone)} time)`;
  const group = `The weekly check-in has moved: from now on it comes on ${rhythm(after)}${zone}, instead of ${rhythm(before)}.`;
  return { group, ...(await thisWeek(core, after)) };
}

async function thisWeek(core: Core, g: Group): Promise<Omit<RhythmNews, 'group'>> {
  const now = core.clock.now();
  const next = async () => when(await nextPromptAt(core, g, now), g.timezone);
  if (g.prompt_paused) return { facilitator: `The weekly prompts are paused, so none goes out until /prompt resume; then they come on ${rhythm(g)}.`, offerPromptNow: false };
  const week = weekKey(now, g.timezone);
  if (await promptItem(core.db, g.id, week))
    return { facilitator: `This week's check-in has already gone out, so nothing changes this week. The first one at the new time is on ${await next()}.`, offerPromptNow: false };
  if (await findRun(core.db, 'prompt', g.id, week))
    return { facilitator: `This week's check-in was already skipped, so the first one at the new time is on ${await next()}.`, offerPromptNow: false };
  const due = checkinInstant(g, week);
  if (due > now) return { facilitator: `This week's check-in comes at the new time, on ${when(due, g.timezone)}.`, offerPromptNow: false };
  // The schedule still posts a prompt that fell due within its grace window (never one from before the group existed).
  if (now.getTime() - due.getTime() < PROMPT_GRACE_MS && due.toISOString() >= g.created_at)
    return { facilitator: "The new time was earlier today, so this week's check-in will go out within a minute or two.", offerPromptNow: false };
  return {
    facilitator: `The new day and time have already passed this week, so there won't be a check-in prompt until ${await next()}. If you'd like one this week, tap below or send /prompt now.`,
    offerPromptNow: true,
  };
}
