import type { DB } from '../db/database.js';
import type { Member } from '../db/schema.js';
import { type Core, KindError, nowIso } from './core.js';
import { type Words, words } from './i18n.js';
import { plain } from './reply.js';

// Buddy preferences: opting in, asking for someone new, and private avoid lists.

export interface Buddy {
  memberId: number;
  personId: number;
  name: string;
  /** Their own choice of language (/language), if any. */
  language: string | null;
}

export async function buddyPref(db: DB, memberId: number): Promise<{ optedIn: boolean; wantNew: boolean }> {
  const r = await db.selectFrom('buddy_prefs').select(['opted_in', 'want_new']).where('member_id', '=', memberId).executeTakeFirst();
  return { optedIn: r?.opted_in === 1, wantNew: r?.want_new === 1 };
}

async function savePref(core: Core, member: Member, patch: { opted_in?: number; want_new?: number }): Promise<void> {
  const at = nowIso(core);
  await core.db
    .insertInto('buddy_prefs')
    .values({ member_id: member.id, group_id: member.group_id, opted_in: patch.opted_in ?? 0, want_new: patch.want_new ?? 0, updated_at: at })
    .onConflict((oc) => oc.column('member_id').doUpdateSet({ ...patch, updated_at: at }))
    .execute();
}

/** Returns whether anything changed. */
export async function setOptIn(core: Core, member: Member, on: boolean): Promise<boolean> {
  const before = await buddyPref(core.db, member.id);
  if (before.optedIn === on) return false;
  await savePref(core, member, { opted_in: on ? 1 : 0, ...(on ? {} : { want_new: 0 }) });
  return true;
}

/** A new buddy next round: no reason asked. Opts in if needed. */
export async function requestNewBuddy(core: Core, member: Member): Promise<void> {
  await savePref(core, member, { opted_in: 1, want_new: 1 });
}

/** Members of the group's latest round who share the member's slot, still active, opted in and not away. */
export async function currentBuddies(db: DB, groupId: number, memberId: number, now: Date): Promise<Buddy[]> {
  const latest = await db.selectFrom('pair_rounds').select('id').where('group_id', '=', groupId).orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!latest) return [];
  const mine = await db.selectFrom('pair_members').select('slot').where('round_id', '=', latest.id).where('member_id', '=', memberId).executeTakeFirst();
  if (!mine) return [];
  const rows = await db
    .selectFrom('pair_members')
    .innerJoin('members', 'members.id', 'pair_members.member_id')
    .innerJoin('people', 'people.id', 'members.person_id')
    .innerJoin('buddy_prefs', 'buddy_prefs.member_id', 'members.id')
    .select(['members.id as memberId', 'people.id as personId', 'people.display_name as name', 'people.language', 'members.away_until'])
    .where('pair_members.round_id', '=', latest.id)
    .where('pair_members.slot', '=', mine.slot)
    .where('pair_members.member_id', '!=', memberId)
    .where('members.status', '=', 'active')
    .where('buddy_prefs.opted_in', '=', 1)
    .orderBy('members.id')
    .execute();
  const at = now.toISOString();
  return rows.filter((r) => !r.away_until || r.away_until <= at).map(({ memberId, personId, name, language }) => ({ memberId, personId, name, language }));
}

/** The active member of the group who is this person on the platform (a picked user). */
async function memberWithUserId(db: DB, groupId: number, userId: string) {
  return db
    .selectFrom('members')
    .innerJoin('people', 'people.id', 'members.person_id')
    .select(['members.id'])
    .where('members.group_id', '=', groupId)
    .where('members.status', '=', 'active')
    .where('people.user_id', '=', userId)
    .execute();
}

/** Active members of the group whose name matches (case and spacing ignored). */
async function membersNamed(db: DB, groupId: number, name: string) {
  const wanted = name.trim().replace(/^@/, '').replace(/\s+/g, ' ').toLowerCase();
  const rows = await db
    .selectFrom('members')
    .innerJoin('people', 'people.id', 'members.person_id')
    .select(['members.id', 'people.display_name', 'people.user_id'])
    .where('members.group_id', '=', groupId)
    .where('members.status', '=', 'active')
    .execute();
  return rows.filter((r) => r.display_name.replace(/\s+/g, ' ').toLowerCase() === wanted || r.user_id.toLowerCase() === wanted);
}

/**
 * Never pair `member` with the member(s) called `who`, or with the one person picked on the
 * platform (their id there). Private; never revealed.
 */
export async function avoidMember(core: Core, member: Member, who: string | { userId: string; name: string }, w: Words = words('en')): Promise<{ added: number }> {
  const name = typeof who === 'string' ? who : who.name;
  if (typeof who === 'string' && !who.trim()) throw new KindError(w.t('buddy-avoid-who'));
  const candidates = typeof who === 'string' ? await membersNamed(core.db, member.group_id, who) : await memberWithUserId(core.db, member.group_id, who.userId);
  const found = candidates.filter((r) => r.id !== member.id);
  if (!found.length) {
    if (candidates.some((r) => r.id === member.id)) throw new KindError(w.t('buddy-avoid-self'));
    const shown = plain(name.trim().slice(0, 60));
    if (typeof who !== 'string') throw new KindError(w.t('buddy-avoid-not-joined', { name: shown }));
    throw new KindError(w.t('buddy-avoid-not-found', { name: shown }));
  }
  const at = nowIso(core);
  let added = 0;
  await core.db.transaction().execute(async (trx) => {
    for (const f of found) {
      const r = await trx
        .insertInto('buddy_avoids')
        .values({ group_id: member.group_id, member_id: member.id, avoided_member_id: f.id, created_at: at })
        .onConflict((oc) => oc.columns(['member_id', 'avoided_member_id']).doNothing())
        .executeTakeFirst();
      added += Number(r.numInsertedOrUpdatedRows ?? 0);
    }
  });
  return { added };
}

export async function avoidList(db: DB, memberId: number): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('buddy_avoids')
    .innerJoin('members', 'members.id', 'buddy_avoids.avoided_member_id')
    .innerJoin('people', 'people.id', 'members.person_id')
    .select(['buddy_avoids.id', 'people.display_name as name'])
    .where('buddy_avoids.member_id', '=', memberId)
    .orderBy('buddy_avoids.id')
    .execute();
}

export async function removeAvoid(core: Core, memberId: number, avoidId: number): Promise<boolean> {
  const r = await core.db.deleteFrom('buddy_avoids').where('id', '=', avoidId).where('member_id', '=', memberId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Pair keys `${min}:${max}` that must not be paired in a group (either side avoids). */
export async function avoidKeys(db: DB, groupId: number): Promise<Set<string>> {
  const rows = await db.selectFrom('buddy_avoids').select(['member_id', 'avoided_member_id']).where('group_id', '=', groupId).execute();
  return new Set(rows.map((r) => pairKey(r.member_id, r.avoided_member_id)));
}

export const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
