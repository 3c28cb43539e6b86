import type { DB } from '../db/database.js';
import type { Member, Person } from '../db/schema.js';
import { prepared } from '../db/prepared.js';
import { type Core, KindError, type Platform, nowIso } from './core.js';
import { type Words, words } from './i18n.js';

const FOREVER = '9999-12-31T00:00:00.000Z';

/** The person behind a platform account, created on first contact; keeps the display name fresh. */
export async function ensurePerson(core: Core, platform: Platform, userId: string, displayName: string): Promise<Person> {
  const name = displayName.trim().slice(0, 100) || 'Someone';
  const [existing] = await personByAccount(core.db, platform, userId);
  if (existing) {
    if (existing.display_name === name) return existing;
    return core.db.updateTable('people').set({ display_name: name }).where('id', '=', existing.id).returningAll().executeTakeFirstOrThrow();
  }
  return core.db
    .insertInto('people')
    .values({ platform, user_id: userId, display_name: name, dm_chat_id: null, private_group_id: null, created_at: nowIso(core) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

const personByAccount = prepared((db: DB, platform: string, userId: string) =>
  db.selectFrom('people').selectAll().where('platform', '=', platform).where('user_id', '=', userId),
);

/** The person behind a platform account, if the bot has met them. */
export async function findPerson(db: DB, platform: Platform, userId: string): Promise<Person | undefined> {
  return (await personByAccount(db, platform, userId))[0];
}

const memberOf = prepared((db: DB, groupId: number, personId: number) =>
  db.selectFrom('members').selectAll().where('group_id', '=', groupId).where('person_id', '=', personId),
);

export async function findMember(db: DB, groupId: number, personId: number): Promise<Member | undefined> {
  return (await memberOf(db, groupId, personId))[0];
}

export const isActive = (m: Member | undefined): m is Member => !!m && m.status === 'active';

export function isAway(m: Member, now: Date): boolean {
  return !!m.away_until && m.away_until > now.toISOString();
}

// Membership history: /stats counts each check-in period against who was a member then.
// A span is open (until_at null) while it lasts; a timed /away has its end from the start.

async function openSpan(db: DB, m: Pick<Member, 'id' | 'group_id'>, kind: 'member' | 'away', from: string, until: string | null = null): Promise<void> {
  await db.insertInto('member_spans').values({ group_id: m.group_id, member_id: m.id, kind, from_at: from, until_at: until }).execute();
}

/** End a member's spans of this kind that are still going at `at`. */
async function closeSpans(db: DB, memberId: number, kind: 'member' | 'away', at: string): Promise<void> {
  await db
    .updateTable('member_spans')
    .set({ until_at: at })
    .where('member_id', '=', memberId)
    .where('kind', '=', kind)
    .where((eb) => eb.or([eb('until_at', 'is', null), eb('until_at', '>', at)]))
    .execute();
}

/** Accept the agreement of `version`: joins (or re-joins) the group. */
export async function acceptAgreement(core: Core, groupId: number, personId: number, version: number): Promise<{ member: Member; rejoined: boolean; wasMember: boolean }> {
  return core.db.transaction().execute((trx) => accept(trx, nowIso(core), groupId, personId, version));
}

async function accept(db: DB, now: string, groupId: number, personId: number, version: number): Promise<{ member: Member; rejoined: boolean; wasMember: boolean }> {
  const existing = await findMember(db, groupId, personId);
  if (existing) {
    const member = await db
      .updateTable('members')
      .set({ status: 'active', accepted_version: version, last_seen_at: now, ...(existing.status !== 'active' ? { joined_at: now } : {}) })
      .where('id', '=', existing.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (existing.status !== 'active') await openSpan(db, member, 'member', now);
    return { member, rejoined: existing.status !== 'active', wasMember: existing.status === 'active' };
  }
  const member = await db
    .insertInto('members')
    .values({
      group_id: groupId,
      person_id: personId,
      status: 'active',
      joined_at: now,
      accepted_version: version,
      away_until: null,
      last_seen_at: now,
      facilitator: 0,
      facilitator_notes: 0,
      told_shared_note: 0,
      last_crisis_list_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await openSpan(db, member, 'member', now);
  return { member, rejoined: false, wasMember: false };
}

export async function leaveGroup(core: Core, member: Member): Promise<void> {
  const now = nowIso(core);
  await core.db.transaction().execute(async (trx) => {
    await trx.updateTable('members').set({ status: 'left', away_until: null }).where('id', '=', member.id).execute();
    await closeSpans(trx, member.id, 'member', now);
    await closeSpans(trx, member.id, 'away', now);
  });
}

/** Away for `weeks` weeks, or until /back when no number is given. `w`: the words for a bad number. */
export async function goAway(core: Core, member: Member, weeks: number | null, w: Words = words('en')): Promise<string> {
  if (weeks !== null && (!Number.isInteger(weeks) || weeks < 1 || weeks > 52)) throw new KindError(w.t('away-weeks'));
  const until = weeks === null ? FOREVER : new Date(core.clock.now().getTime() + weeks * 7 * 86400000).toISOString();
  const now = nowIso(core);
  await core.db.transaction().execute(async (trx) => {
    await trx.updateTable('members').set({ away_until: until }).where('id', '=', member.id).execute();
    await closeSpans(trx, member.id, 'away', now);
    await openSpan(trx, member, 'away', now, isForever(until) ? null : until);
  });
  return until;
}

export async function comeBack(core: Core, member: Member): Promise<boolean> {
  const wasAway = isAway(member, core.clock.now());
  const now = nowIso(core);
  await core.db.transaction().execute(async (trx) => {
    await trx.updateTable('members').set({ away_until: null, last_seen_at: now }).where('id', '=', member.id).execute();
    await closeSpans(trx, member.id, 'away', now);
  });
  return wasAway;
}

export const isForever = (until: string) => until === FOREVER;

/** Any command, button press or RSVP of a member in a group. One indexed UPDATE. */
export async function markSeen(core: Core, memberId: number): Promise<void> {
  await seen(core.db, nowIso(core), memberId);
}
const seen = prepared((db: DB, at: string, memberId: number) => db.updateTable('members').set({ last_seen_at: at }).where('id', '=', memberId));

/** Active groups this person belongs to (for commands sent in a private chat). */
export async function groupsOfPerson(db: DB, personId: number) {
  return activeGroupsOf(db, personId);
}
const activeGroupsOf = prepared((db: DB, personId: number) =>
  db
    .selectFrom('members')
    .innerJoin('groups', 'groups.id', 'members.group_id')
    .selectAll('groups')
    .where('members.person_id', '=', personId)
    .where('members.status', '=', 'active')
    .where('groups.active', '=', 1)
    .orderBy('groups.id'),
);

export async function choosePrivateGroup(db: DB, personId: number, groupId: number | null): Promise<void> {
  await db.updateTable('people').set({ private_group_id: groupId }).where('id', '=', personId).execute();
}

export async function rememberDmChat(db: DB, personId: number, dmChatId: string): Promise<void> {
  await db.updateTable('people').set({ dm_chat_id: dmChatId }).where('id', '=', personId).where('dm_chat_id', 'is distinct from', dmChatId).execute();
}

/** Claim this person's answer to plain words: false when one went out less than `everyMs` ago. */
export async function claimFreeTextAnswer(core: Core, personId: number, everyMs: number): Promise<boolean> {
  const now = core.clock.now();
  const since = new Date(now.getTime() - everyMs).toISOString();
  const r = await core.db
    .updateTable('people')
    .set({ last_free_text_reply_at: now.toISOString() })
    .where('id', '=', personId)
    .where((eb) => eb.or([eb('last_free_text_reply_at', 'is', null), eb('last_free_text_reply_at', '<=', since)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** The language a person chose for themselves (/language), or null to follow their app and group. */
export async function chooseLanguage(db: DB, personId: number, language: string | null): Promise<void> {
  await db.updateTable('people').set({ language }).where('id', '=', personId).execute();
}
