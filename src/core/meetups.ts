import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import type { DB } from '../db/database.js';
import type { Group, Meetup, Member } from '../db/schema.js';
import { type Core, KindError, nowIso } from './core.js';
import { type Words, personLanguage, words, groupWords } from './i18n.js';
import { enqueue } from './outbox.js';
import { type Reply, bold, plain, toGroup, toPrivate, when } from './reply.js';
import { clockTimesAsHHMM, formatLocal, privateSendTime } from './time.js';

// Meetups: suggested with a date as people type it, read back for a Confirm, then RSVPs
// (yes, maybe, no) and reminders the day before and an hour before.

/** "For example: /meetup next Tuesday 7pm | …", said after a problem. */
export const meetupHelp = (w: Words) => w.t('meetup-help');
const EN = words('en');
/** The group's words, for what is posted to the group. */
export type Rsvp = 'yes' | 'maybe' | 'no';
/** The answer behind a button's code; a Map, so "__proto__" or "constructor" find nothing. */
export const RSVPS: ReadonlyMap<string, Rsvp> = new Map([['y', 'yes'], ['m', 'maybe'], ['n', 'no']]);
/** A meetup more than a year ahead is almost certainly a misread date. */
const MAX_AHEAD_DAYS = 366;

/** "next Tuesday 7pm", "3 Dec 19:00", "tomorrow at 10" → an instant, read in the group's zone. */
export function parseWhen(text: string, group: Pick<Group, 'timezone' | 'region'>, now: Date, w: Words = EN): Date {
  const t = text.trim();
  if (!t) throw new KindError(`${w.t('meetup-when-missing')} ${meetupHelp(w)}`);
  const offset = DateTime.fromJSDate(now, { zone: group.timezone }).offset;
  const parser = group.region === 'US' || group.region === 'CA' ? chrono.en.casual : chrono.en.GB;
  // Clock times are read by the one time reader (7.30pm, 19.30), the date by chrono.
  const results = parser.parse(clockTimesAsHHMM(t.slice(0, 100)), { instant: now, timezone: offset }, { forwardDate: true });
  const found = results.find((r) => r.start.isCertain('hour')) ?? results[0];
  if (!found) throw new KindError(`${w.t('meetup-unreadable', { typed: plain(t.slice(0, 60)) })} ${meetupHelp(w)}`);
  const c = found.start;
  if (!c.isCertain('hour')) throw new TimeNeeded(`${whatTime(found.text, w)} ${w.t('meetup-add-time', { day: plain(found.text) })}`, found.text);
  // Build the wall-clock time in the group's zone ourselves, so daylight-saving changes are right.
  const local = DateTime.fromObject(
    { year: c.get('year')!, month: c.get('month')!, day: c.get('day')!, hour: c.get('hour')!, minute: c.get('minute') ?? 0 },
    { zone: group.timezone },
  );
  if (!local.isValid) throw new KindError(`${w.t('meetup-no-such-date')} ${meetupHelp(w)}`);
  const at = local.toJSDate();
  if (at.getTime() <= now.getTime())
    throw new KindError(w.t('meetup-passed', { at: formatLocal(at, group.timezone, w.lang) }));
  if (at.getTime() - now.getTime() > MAX_AHEAD_DAYS * 86400000) throw new KindError(`${w.t('meetup-too-far')} ${meetupHelp(w)}`);
  return at;
}

/** A day without a time ("tomorrow"): `day` is what was understood, to read a time after. */
export class TimeNeeded extends KindError {
  constructor(message: string, readonly day: string) {
    super(message);
  }
}

/** "What time tomorrow?", "What time on Tuesday?": "on" only before a day or a date. Plain words. */
export function whatTimeWords(day: string, w: Words = EN): string {
  const d = day.trim();
  return w.t(/^(on\b|today|tonight|tomorrow|this|next|in\b)/i.test(d) ? 'meetup-what-time' : 'meetup-what-time-on', { day: d });
}
export const whatTime = (day: string, w: Words = EN) => plain(whatTimeWords(day, w));

export function readMeetup(input: { when?: string; title?: string; place?: string }, group: Group, now: Date, w: Words = EN) {
  const title = (input.title ?? '').trim();
  const place = (input.place ?? '').trim();
  if (!input.when?.trim() || !title || !place) throw new KindError(`${w.t('meetup-needs-all')} ${meetupHelp(w)}`);
  if (title.length > 100) throw new KindError(w.t('meetup-title-long'));
  if (place.length > 200) throw new KindError(w.t('meetup-place-long'));
  return { startsAt: parseWhen(input.when, group, now, w), title, place };
}

/** A draft, read back with a Confirm button before anyone sees it. */
export async function draftMeetup(core: Core, group: Group, member: Member, input: { when?: string; title?: string; place?: string }, w: Words = EN): Promise<Meetup> {
  const m = readMeetup(input, group, core.clock.now(), w);
  const at = nowIso(core);
  return core.db.transaction().execute(async (trx) => {
    // One draft at a time per member: an older unconfirmed one is replaced.
    await trx.deleteFrom('meetups').where('member_id', '=', member.id).where('status', '=', 'draft').execute();
    return trx
      .insertInto('meetups')
      .values({ group_id: group.id, member_id: member.id, starts_at: m.startsAt.toISOString(), title: m.title, place: m.place, status: 'draft', created_at: at })
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}

export async function findMeetup(db: DB, groupId: number, id: number): Promise<Meetup | undefined> {
  return db.selectFrom('meetups').selectAll().where('id', '=', id).where('group_id', '=', groupId).executeTakeFirst();
}

/** The group's post is sent through the outbox under this key, so calling it off can edit it. */
export const meetupPostKey = (meetupId: number) => `meetup_post:${meetupId}`;

/** The post to the group, in the group's words. */
export function meetupPost(m: Meetup, suggestedBy: string, zone: string, w: Words = EN): Reply {
  return toGroup(w.t('meetup-post', { name: bold(suggestedBy), meetup: meetupLine(m, zone, w) }), {
    choices: [
      { id: `meetups:r:${m.id}:y`, label: w.t('meetup-yes') },
      { id: `meetups:r:${m.id}:m`, label: w.t('meetup-maybe') },
      { id: `meetups:r:${m.id}:n`, label: w.t('meetup-no') },
    ],
  });
}

/** The suggester confirms their draft; it must still be ahead. The suggester says yes, and the group gets the post. */
export async function confirmMeetup(core: Core, group: Group, member: Member, id: number, suggestedBy: string, w: Words = EN): Promise<Meetup> {
  const now = core.clock.now();
  return core.db.transaction().execute(async (trx) => {
    const m = await trx.selectFrom('meetups').selectAll().where('id', '=', id).where('group_id', '=', group.id).executeTakeFirst();
    if (!m || m.member_id !== member.id || m.status === 'cancelled') throw new KindError(`${w.t('meetup-not-waiting')} ${meetupHelp(w)}`);
    if (m.status === 'confirmed') throw new KindError(w.t('meetup-already-on'));
    if (m.starts_at <= now.toISOString()) throw new KindError(w.t('meetup-passed-waiting'));
    const confirmed = await trx.updateTable('meetups').set({ status: 'confirmed' }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await trx
      .insertInto('meetup_rsvps')
      .values({ meetup_id: id, member_id: member.id, answer: 'yes', updated_at: now.toISOString() })
      .onConflict((oc) => oc.columns(['meetup_id', 'member_id']).doUpdateSet({ answer: 'yes', updated_at: now.toISOString() }))
      .execute();
    await enqueue(trx, { idemKey: meetupPostKey(id), groupId: group.id, kind: 'meetup', audience: 'group', reply: meetupPost(confirmed, suggestedBy, group.timezone, groupWords(group.language)), notBefore: now, now });
    return confirmed;
  });
}

export async function discardDraft(core: Core, member: Member, id: number): Promise<void> {
  await core.db.deleteFrom('meetups').where('id', '=', id).where('member_id', '=', member.id).where('status', '=', 'draft').execute();
}

export interface UpcomingMeetup extends Meetup {
  yes: number;
  maybe: number;
  mine: string | null;
  suggestedBy: string;
}

export async function upcomingMeetups(db: DB, groupId: number, memberId: number, now: Date, limit = 10): Promise<UpcomingMeetup[]> {
  const rows = await db
    .selectFrom('meetups')
    .innerJoin('members', 'members.id', 'meetups.member_id')
    .innerJoin('people', 'people.id', 'members.person_id')
    .selectAll('meetups')
    .select('people.display_name as suggestedBy')
    .where('meetups.group_id', '=', groupId)
    .where('meetups.status', '=', 'confirmed')
    .where('meetups.starts_at', '>', now.toISOString())
    .orderBy('meetups.starts_at')
    .limit(limit)
    .execute();
  if (!rows.length) return [];
  const rsvps = await db.selectFrom('meetup_rsvps').select(['meetup_id', 'member_id', 'answer']).where('meetup_id', 'in', rows.map((r) => r.id)).execute();
  return rows.map((r) => {
    const mine = rsvps.filter((x) => x.meetup_id === r.id);
    return {
      ...r,
      yes: mine.filter((x) => x.answer === 'yes').length,
      maybe: mine.filter((x) => x.answer === 'maybe').length,
      mine: mine.find((x) => x.member_id === memberId)?.answer ?? null,
    };
  });
}

/** Record (or change) an answer. Only for confirmed meetups that have not started. */
export async function rsvp(core: Core, group: Group, member: Member, meetupId: number, answer: Rsvp, w: Words = EN): Promise<Meetup> {
  const now = core.clock.now();
  const m = await findMeetup(core.db, group.id, meetupId);
  if (!m || m.status !== 'confirmed') throw new KindError(w.t('meetups-not-on'));
  if (m.starts_at <= now.toISOString()) throw new KindError(w.t('meetups-started'));
  await core.db
    .insertInto('meetup_rsvps')
    .values({ meetup_id: meetupId, member_id: member.id, answer, updated_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['meetup_id', 'member_id']).doUpdateSet({ answer, updated_at: now.toISOString() }))
    .execute();
  return m;
}

/** A confirmed meetup this member may call off: they suggested it, or they are a facilitator. */
export async function meetupToCallOff(core: Core, group: Group, member: Member | undefined, isFacilitator: boolean, meetupId: number, w: Words = EN): Promise<Meetup> {
  const m = await findMeetup(core.db, group.id, meetupId);
  if (!m || m.status !== 'confirmed') throw new KindError(w.t('meetups-not-on-short'));
  if (m.member_id !== member?.id && !isFacilitator) throw new KindError(w.t('meetups-only-suggester'));
  return m;
}

/** Active members who answered a meetup (yes, maybe or no), in the order they answered; `except` left out. */
export function meetupAnswerers(db: DB, meetupId: number, except: number[] = []) {
  return db
    .selectFrom('meetup_rsvps')
    .innerJoin('members', 'members.id', 'meetup_rsvps.member_id')
    .innerJoin('people', 'people.id', 'members.person_id')
    .select(['members.id', 'members.person_id', 'people.language'])
    .where('meetup_rsvps.meetup_id', '=', meetupId)
    .where('members.status', '=', 'active')
    .$if(except.length > 0, (q) => q.where('members.id', 'not in', except))
    .orderBy('meetup_rsvps.id')
    .execute();
}

/**
 * The suggester (or a facilitator) calls it off: everyone who answered (yes, maybe or no) is told
 * privately who called it off, and the group's post loses its buttons and says it is off.
 * Returns the meetup and how many people are told.
 */
export async function cancelMeetup(core: Core, group: Group, member: Member | undefined, isFacilitator: boolean, meetupId: number, byName: string, w: Words = EN): Promise<{ meetup: Meetup; told: number }> {
  const now = core.clock.now();
  return core.db.transaction().execute(async (trx) => {
    const m = await trx.selectFrom('meetups').selectAll().where('id', '=', meetupId).where('group_id', '=', group.id).executeTakeFirst();
    if (!m || m.status !== 'confirmed') throw new KindError(w.t('meetups-not-on-short'));
    if (m.member_id !== member?.id && !isFacilitator) throw new KindError(w.t('meetups-only-suggester'));
    await trx.updateTable('meetups').set({ status: 'cancelled' }).where('id', '=', m.id).execute();
    const answered = await meetupAnswerers(trx, m.id);
    // Each person who answered is told in their own language.
    const key = m.member_id === member?.id ? 'meetups-off-by-suggester' : 'meetups-off-by-facilitator';
    const text = (t: Words) => t.t(key, { name: bold(byName), title: bold(m.title), at: when(new Date(m.starts_at), group.timezone, 'datetime', t.lang) });
    let told = 0;
    for (const a of answered) {
      if (a.id === member?.id) continue;
      const ok = await enqueue(trx, { idemKey: `meetup_cancelled:${m.id}:${a.id}`, groupId: group.id, kind: 'meetup_cancelled', audience: 'person', personId: a.person_id, reply: toPrivate(text(words(personLanguage(a.language, group.language)))), notBefore: privateSendTime(now, group.timezone), now });
      if (ok) told++;
    }
    // The group's post: edited once it is out (no buttons left), or rewritten while it waits. (In
    // the moment it is being sent it keeps its buttons, and an answer gets "isn't on any more".)
    const gw = groupWords(group.language);
    const off = toGroup(gw.t('meetups-off-post', { meetup: meetupLine(m, group.timezone, gw) }));
    const post = await trx.selectFrom('outbox').select(['id', 'status', 'platform_message_id']).where('idem_key', '=', meetupPostKey(m.id)).executeTakeFirst();
    if (post?.status === 'sent' && post.platform_message_id)
      await enqueue(trx, { idemKey: `meetup_off:${m.id}`, groupId: group.id, kind: 'meetup_off', audience: 'group', reply: { ...off, edits: { chatId: group.chat_id, messageId: post.platform_message_id } }, notBefore: now, now });
    else if (post?.status === 'pending') await trx.updateTable('outbox').set({ payload: JSON.stringify(off) }).where('id', '=', post.id).where('status', '=', 'pending').execute();
    return { meetup: m, told };
  });
}

/** Which reminders are still to come for a meetup ('day': the day before and an hour before): promised only when they are ahead. */
export function remindersAhead(startsAt: Date, now: Date): 'day' | 'hour' | null {
  const ahead = startsAt.getTime() - now.getTime();
  if (ahead > 24 * 3600000) return 'day';
  if (ahead > 3600000) return 'hour';
  return null;
}

export const meetupLine = (m: Meetup, zone: string, w: Words = EN) =>
  w.t('meetup-line', { title: bold(m.title), at: when(new Date(m.starts_at), zone, 'datetime', w.lang), place: plain(m.place) });

/**
 * Reminders to those who said yes or maybe: the day before (meetups starting within 24 hours,
 * sent within 09:00–20:00) and an hour before. Once each (idempotency key per meetup, kind and
 * member); never once the meetup has started. Returns how many were queued.
 */
export async function queueMeetupReminders(core: Core, now: Date): Promise<number> {
  const at = now.toISOString();
  const dayAhead = new Date(now.getTime() + 24 * 3600000).toISOString();
  const rows = await core.db
    .selectFrom('meetups')
    .innerJoin('groups', 'groups.id', 'meetups.group_id')
    .innerJoin('meetup_rsvps', 'meetup_rsvps.meetup_id', 'meetups.id')
    .innerJoin('members', 'members.id', 'meetup_rsvps.member_id')
    .innerJoin('people', 'people.id', 'members.person_id')
    .select([
      'meetups.id', 'meetups.group_id', 'meetups.title', 'meetups.place', 'meetups.starts_at',
      'groups.timezone', 'groups.name as groupName', 'groups.language as groupLanguage', 'members.id as memberId', 'members.person_id', 'meetup_rsvps.answer',
      'people.language',
    ])
    .where('meetups.status', '=', 'confirmed')
    .where('meetups.starts_at', '>', at)
    .where('meetups.starts_at', '<=', dayAhead)
    .where('groups.active', '=', 1)
    .where('members.status', '=', 'active')
    .where('meetup_rsvps.answer', 'in', ['yes', 'maybe'])
    .orderBy('meetups.starts_at')
    .execute();
  if (!rows.length) return 0;
  let queued = 0;
  await core.db.transaction().execute(async (trx) => {
    for (const r of rows) {
      const starts = new Date(r.starts_at);
      const soon = starts.getTime() - now.getTime() <= 3600000;
      // In the person's own language: their choice, else the group's.
      const w = words(personLanguage(r.language, r.groupLanguage));
      const at = when(starts, r.timezone, 'datetime', w.lang);
      const maybe = r.answer === 'maybe' ? ` ${w.t('meetups-reminder-maybe')}` : '';
      const choices = [
        { id: `meetups:r:${r.id}:y`, label: w.t('meetups-coming-label') },
        { id: `meetups:r:${r.id}:n`, label: w.t('meetups-cant-label') },
      ];
      let kind: 'hour' | 'day';
      let notBefore: Date;
      let text: string;
      if (soon) {
        kind = 'hour';
        notBefore = now;
        text = `${w.t('meetups-reminder-soon', { title: bold(r.title), place: plain(r.place), at })}${maybe} ${w.t('meetups-see-you')}`;
      } else {
        kind = 'day';
        notBefore = privateSendTime(now, r.timezone);
        // Quiet hours would push it to within the hour before: the hour-before one covers it.
        if (starts.getTime() - notBefore.getTime() <= 3600000) continue;
        text = `${w.t('meetups-reminder-day', { group: bold(r.groupName), title: bold(r.title), at, place: plain(r.place) })}${maybe} ${w.t('meetups-reminder-change')}`;
      }
      const ok = await enqueue(trx, {
        idemKey: `meetup_reminder:${r.id}:${kind}:${r.memberId}`,
        groupId: r.group_id,
        kind: 'meetup_reminder',
        audience: 'person',
        personId: r.person_id,
        reply: toPrivate(text, { choices }),
        notBefore,
        now,
      });
      if (ok) queued++;
    }
  });
  return queued;
}
