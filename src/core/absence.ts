import type { Group, Member } from '../db/schema.js';
import { sql } from 'kysely';
import { isoDaysBefore } from '../db/portable.js';
import type { DB } from '../db/database.js';
import { type Buddy, buddyPref, currentBuddies } from './buddies.js';
import type { Core } from './core.js';
import { moodChoices } from './checkins.js';
import { type Words, personLanguage, words } from './i18n.js';
import { enqueue } from './outbox.js';
import { type Choice, bold, toPrivate } from './reply.js';
import { privateSendTime, wholeWeeksBetween } from './time.js';

// Members who have gone quiet get one warm private check-in per quiet spell. A quiet spell
// starts at the member's last sign (or the end of their time away: weeks away do not count)
// and any sign ends it. Never a public list, never removal, never the word "absence".

export interface MissedMember {
  memberId: number;
  personId: number;
  name: string;
  /** Their own choice of language (/language), if any. */
  language: string | null;
  /** Identifies this quiet spell: the last sign, or the end of the time away. */
  quietSince: string;
  weeksQuiet: number;
  /** The member has not yet had their check-in message for this spell. */
  nudge: boolean;
  /** Buddies to tell (only if the member is opted in to buddies, which says so plainly). */
  buddies: Buddy[];
  /** Twice the threshold has passed and facilitators who opted in have not been told yet. */
  tellFacilitators: boolean;
}

/** Quiet time starts at the later of the last sign and the end of a finished time away. */
export function quietSince(m: { last_seen_at: string; away_until: string | null }, now: Date): string {
  const at = now.toISOString();
  const awayEnded = m.away_until && m.away_until <= at ? m.away_until : null;
  return awayEnded && awayEnded > m.last_seen_at ? awayEnded : m.last_seen_at;
}

/**
 * Back after a quiet spell (for a short "good to see you", never how long it was): quiet for the
 * group's threshold before this action, or sent a gentle check-in and not checked in since.
 * `before` is the member's row as it was before this action (every action marks them seen).
 */
export async function backAfterQuiet(db: DB, group: Pick<Group, 'absence_weeks'>, before: Pick<Member, 'id' | 'last_seen_at' | 'away_until'>, now: Date): Promise<boolean> {
  if (wholeWeeksBetween(new Date(quietSince(before, now)), now) >= Math.max(1, group.absence_weeks)) return true;
  const nudge = await db.selectFrom('nudges').select('created_at').where('member_id', '=', before.id).where('stage', '=', 'member').orderBy('created_at', 'desc').executeTakeFirst();
  if (!nudge) return false;
  const last = await db.selectFrom('checkins').select('updated_at').where('member_id', '=', before.id).orderBy('updated_at', 'desc').executeTakeFirst();
  return !last || last.updated_at < nudge.created_at;
}

export async function missedMembers(core: Core, group: Group, now: Date): Promise<MissedMember[]> {
  if (!group.active) return [];
  const due = await dueForCheckIn(core.db, now, group.id);
  const out: MissedMember[] = [];
  for (const d of due) {
    const optedIn = (await buddyPref(core.db, d.memberId)).optedIn;
    const buddies = optedIn ? await currentBuddies(core.db, group.id, d.memberId, now) : [];
    out.push({ ...d, buddies });
  }
  return out;
}

export type DueMember = Omit<MissedMember, 'buddies'> & { groupId: number };

/**
 * Who is due a gentle check-in, in one set-based query (every group, or one): active members,
 * not away, quiet for their group's threshold of whole weeks (counted from the later of their
 * last sign and the end of a finished time away), and not yet told in this quiet spell.
 */
export async function dueForCheckIn(db: DB, now: Date, groupId?: number): Promise<DueMember[]> {
  const at = now.toISOString();
  const quietSinceSql = sql<string>`case when m.away_until is not null and m.away_until <= ${at} and m.away_until > m.last_seen_at then m.away_until else m.last_seen_at end`;
  const cutoff = (weeksTimes: number) => isoDaysBefore(db, at, sql<number>`(case when g.absence_weeks > 1 then g.absence_weeks else 1 end) * ${7 * weeksTimes}`);
  const rows = await db
    .selectFrom(
      db
        .selectFrom('members as m')
        .innerJoin('groups as g', 'g.id', 'm.group_id')
        .innerJoin('people as p', 'p.id', 'm.person_id')
        .select(['m.id as memberId', 'm.group_id as groupId', 'm.person_id as personId', 'p.display_name as name', 'p.language', 'g.absence_weeks as threshold'])
        .select(quietSinceSql.as('quietSince'))
        .select(cutoff(1).as('cutoff'))
        .select(cutoff(2).as('cutoff2'))
        .where('g.active', '=', 1)
        .where('m.status', '=', 'active')
        // Nobody seen within the shortest threshold (a week) can be quiet: narrows by index.
        .where('m.last_seen_at', '<=', new Date(now.getTime() - 7 * 86400000).toISOString())
        .where((eb) => eb.or([eb('m.away_until', 'is', null), eb('m.away_until', '<=', at)]))
        .$if(groupId !== undefined, (q) => q.where('m.group_id', '=', groupId!))
        .as('q'),
    )
    .leftJoin('nudges as told', (j) => j.onRef('told.member_id', '=', 'q.memberId').onRef('told.quiet_since', '=', 'q.quietSince').on('told.stage', '=', 'member'))
    .leftJoin('nudges as noted', (j) => j.onRef('noted.member_id', '=', 'q.memberId').onRef('noted.quiet_since', '=', 'q.quietSince').on('noted.stage', '=', 'facilitators'))
    .select(['q.memberId', 'q.groupId', 'q.personId', 'q.name', 'q.language', 'q.threshold', 'q.quietSince'])
    .select((eb) => [eb('told.id', 'is', null).as('nudge'), eb.and([eb('q.quietSince', '<=', eb.ref('q.cutoff2')), eb('noted.id', 'is', null)]).as('tellFacilitators')])
    .whereRef('q.quietSince', '<=', 'q.cutoff')
    .where((eb) => eb.or([eb('told.id', 'is', null), eb.and([eb('q.quietSince', '<=', eb.ref('q.cutoff2')), eb('noted.id', 'is', null)])]))
    .orderBy('q.groupId')
    .orderBy('q.memberId')
    .execute();
  const out: DueMember[] = [];
  for (const r of rows) {
    // Whole weeks, as people count them (SQL only narrowed the candidates).
    const weeksQuiet = wholeWeeksBetween(new Date(r.quietSince), now);
    const threshold = Math.max(1, r.threshold);
    if (weeksQuiet < threshold) continue;
    const tellFacilitators = !!r.tellFacilitators && weeksQuiet >= 2 * threshold;
    if (!r.nudge && !tellFacilitators) continue;
    out.push({ memberId: r.memberId, groupId: r.groupId, personId: r.personId, name: r.name, language: r.language, quietSince: r.quietSince, weeksQuiet, nudge: !!r.nudge, tellFacilitators });
  }
  return out;
}

export function nudgeText(name: string, groupName: string, w: Words = words('en')): string {
  return [w.t('absence-hello', { name: bold(name), group: bold(groupName) }), w.t('absence-whenever'), w.t('absence-break')].join('\n');
}

export function buddyToldText(name: string, groupName: string, w: Words = words('en')): string {
  return w.t('absence-buddy-told', { name: bold(name), group: bold(groupName) });
}

export function facilitatorNoteText(name: string, groupName: string, weeks: number, buddyTold: boolean, w: Words = words('en')): string {
  return [w.t('absence-facilitator', { name: bold(name), group: bold(groupName), weeks }), w.t(buddyTold ? 'absence-facilitator-told-buddy' : 'absence-facilitator-told')].join('\n');
}

/**
 * Queue the check-ins for everyone who has gone quiet. Once per quiet spell (a nudge row and
 * idempotency keys), in one transaction. Returns how many messages were queued.
 */
export async function queueNudges(core: Core, group: Group, now: Date): Promise<number> {
  const missed = await missedMembers(core, group, now);
  if (!missed.length) return 0;
  const notBefore = privateSendTime(now, group.timezone);
  const at = now.toISOString();
  let queued = 0;
  await core.db.transaction().execute(async (trx) => {
    const claim = async (memberId: number, since: string, stage: string) => {
      const r = await trx
        .insertInto('nudges')
        .values({ group_id: group.id, member_id: memberId, quiet_since: since, stage, created_at: at })
        .onConflict((oc) => oc.columns(['member_id', 'quiet_since', 'stage']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
    };
    const put = async (key: string, kind: string, personId: number, text: string, choices?: Choice[]) => {
      const ok = await enqueue(trx, { idemKey: key, groupId: group.id, kind, audience: 'person', personId, reply: toPrivate(text, choices ? { choices } : {}), notBefore, now });
      if (ok) queued++;
    };
    for (const m of missed) {
      // Recheck in the transaction: the member may have been seen, or have left, since.
      const fresh = await trx.selectFrom('members').select(['status', 'last_seen_at', 'away_until']).where('id', '=', m.memberId).executeTakeFirst();
      if (!fresh || fresh.status !== 'active' || (fresh.away_until && fresh.away_until > at) || quietSince(fresh, now) !== m.quietSince) continue;
      const spell = `${m.memberId}:${m.quietSince}`;
      if (m.nudge && (await claim(m.memberId, m.quietSince, 'member'))) {
        // Each in their own language: their choice, else the group's.
        const own = words(personLanguage(m.language, group.language));
        await put(`nudge:${spell}`, 'nudge', m.personId, nudgeText(m.name, group.name, own), moodChoices('private', own));
        for (const b of m.buddies) await put(`buddy_told:${spell}:${b.memberId}`, 'buddy_told', b.personId, buddyToldText(m.name, group.name, words(personLanguage(b.language, group.language))));
      }
      if (m.tellFacilitators) {
        const facilitators = await trx
          .selectFrom('members')
          .innerJoin('people', 'people.id', 'members.person_id')
          .select(['members.id', 'members.person_id', 'people.language'])
          .where('members.group_id', '=', group.id)
          .where('members.status', '=', 'active')
          .where('members.facilitator_notes', '=', 1)
          .where('members.id', '!=', m.memberId)
          .execute();
        // Nobody opted in yet: leave it unclaimed, so a facilitator who opts in later still hears.
        if (facilitators.length && (await claim(m.memberId, m.quietSince, 'facilitators'))) {
          for (const f of facilitators) {
            const text = facilitatorNoteText(m.name, group.name, m.weeksQuiet, m.buddies.length > 0, words(personLanguage(f.language, group.language)));
            await put(`facilitator_note:${spell}:${f.id}`, 'facilitator_note', f.person_id, text);
          }
        }
      }
    }
  });
  core.log.info({ group: group.id, members: missed.length, queued }, 'quiet check-ins queued');
  return queued;
}
