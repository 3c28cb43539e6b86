import type { DB } from '../db/database.js';
import type { Group, Member } from '../db/schema.js';
import { checkedInNames } from './checkins.js';
import type { Core } from './core.js';
import { type Words, personLanguage, words, groupWords } from './i18n.js';
import { enqueue } from './outbox.js';
import { NO_BUDDY_TEXT, introText, nextRoundText, starterFor } from './pairing/rounds.js';
import { promptItem, promptReply } from './prompts.js';
import { meetupAnswerers, meetupPostKey } from './meetups.js';
import { type Reply, bold, toGroup, toPrivate, when } from './reply.js';
import { checkinPeriod } from './periods.js';
import { privateSendTime } from './time.js';
import { topicMaps } from './topics.js';

// What changes for others when someone is erased, found by id and structure (foreign keys and
// the idempotency keys the jobs queue under), never by looking for their name in text.

const UNSENT = ['pending', 'held'];
/** The jobs' weekly note to facilitators (src/jobs/facilitator-note.ts): it lists active members by name. */
const WEEKLY_NOTE_KIND = 'facilitator_weekly';

/** The id an idempotency key is about: `kind:<id>:…` (nudges, buddy_told, meetup messages). */
const keyedTo = (idemKey: string) => idemKey.split(':')[1];

async function groupOf(db: DB, groupId: number): Promise<Group> {
  return db.selectFrom('groups').selectAll().where('id', '=', groupId).executeTakeFirstOrThrow();
}

/**
 * Unsent messages to others that are about them: their buddy told they've gone quiet, the
 * facilitators' notes. A facilitators' weekly note names active members, and which ones cannot
 * be told apart by structure, so an unsent one in their groups is dropped. Returns rows deleted.
 */
export async function dropMessagesAbout(db: DB, members: Member[]): Promise<number> {
  if (!members.length) return 0;
  const ids = new Set(members.map((m) => String(m.id)));
  const activeIn = new Set(members.filter((m) => m.status === 'active').map((m) => m.group_id));
  const queued = await db
    .selectFrom('outbox')
    .select(['id', 'kind', 'idem_key', 'group_id'])
    .where('group_id', 'in', members.map((m) => m.group_id))
    .where('status', 'in', UNSENT)
    .where('kind', 'in', ['buddy_told', 'facilitator_note', WEEKLY_NOTE_KIND])
    .execute();
  const about = queued.filter((o) => (o.kind === WEEKLY_NOTE_KIND ? activeIn.has(o.group_id) : ids.has(keyedTo(o.idem_key))));
  if (!about.length) return 0;
  const r = await db.deleteFrom('outbox').where('id', 'in', about.map((o) => o.id)).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export function buddyLeftText(groupName: string, othersLeft: number, w: Words = words('en')): string {
  return w.t(othersLeft ? 'erasure-buddy-left-other' : 'erasure-buddy-left', { group: bold(groupName) });
}

/**
 * Their buddies, in every round they were part of. An introduction not yet seen is rewritten
 * without them (or says there's no buddy this round); buddies of the group's latest round who
 * already had theirs are told once, kindly and without a name, that their buddy has left.
 */
export async function tellBuddies(core: Core, members: Member[], now: Date): Promise<number> {
  const { db } = core;
  let changed = 0;
  for (const m of members) {
    const slots = await db
      .selectFrom('pair_members')
      .innerJoin('pair_rounds', 'pair_rounds.id', 'pair_members.round_id')
      .select(['pair_rounds.id as roundId', 'pair_rounds.period', 'pair_rounds.seed', 'pair_members.slot'])
      .where('pair_members.member_id', '=', m.id)
      .execute();
    if (!slots.length) continue;
    const group = await groupOf(db, m.group_id);
    const latest = await db.selectFrom('pair_rounds').select('id').where('group_id', '=', group.id).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    for (const s of slots) {
      const mates = await db
        .selectFrom('pair_members')
        .innerJoin('members', 'members.id', 'pair_members.member_id')
        .innerJoin('people', 'people.id', 'members.person_id')
        .select(['members.id as memberId', 'members.person_id as personId', 'members.status', 'people.display_name as name', 'people.language'])
        .where('pair_members.round_id', '=', s.roundId)
        .where('pair_members.slot', '=', s.slot)
        .where('pair_members.member_id', '!=', m.id)
        .orderBy('members.id')
        .execute();
      for (const p of mates) {
        const others = mates.filter((x) => x.memberId !== p.memberId);
        // Rewritten in the reader's own language, as the round first wrote it.
        const w = words(personLanguage(p.language, group.language));
        const intro = await db.selectFrom('outbox').select(['id', 'status']).where('idem_key', '=', `pair_intro:${group.id}:${s.period}:${p.memberId}`).executeTakeFirst();
        if (intro && UNSENT.includes(intro.status)) {
          const text = others.length
            ? introText(group.name, p.memberId, others, await topicMaps(db, group.id), starterFor(s.seed, s.slot, w), nextRoundText(group, now, w.lang), w)
            : NO_BUDDY_TEXT(group.name, w);
          await db.updateTable('outbox').set({ payload: JSON.stringify(toPrivate(text)) }).where('id', '=', intro.id).execute();
          changed++;
        } else if ((!intro || intro.status === 'sent') && s.roundId === latest.id && p.status === 'active') {
          // Keyed by who is left in the slot: told once per change, never twice for one.
          const queued = await enqueue(db, {
            idemKey: `buddy_left:${s.roundId}:${p.memberId}:${others.length}`,
            groupId: group.id,
            kind: 'buddy_left',
            audience: 'person',
            personId: p.personId,
            reply: toPrivate(buddyLeftText(group.name, others.length, w)),
            notBefore: privateSendTime(now, group.timezone),
            now,
          });
          if (queued) changed++;
        }
      }
    }
  }
  return changed;
}

export function calledOffText(group: Pick<Group, 'name' | 'timezone'>, startsAt: string, w: Words = words('en')): string {
  return w.t('erasure-meetup-called-off', { group: bold(group.name), at: when(new Date(startsAt), group.timezone, 'datetime', w.lang) });
}

/**
 * Meetups they suggested go with them (the title and place are their words). One still ahead
 * is called off: everyone who answered it is told, without its title, so no answer vanishes
 * unannounced. Unsent reminders for it are dropped. Returns rows changed or deleted.
 */
export async function callOffMeetups(core: Core, memberIds: number[], now: Date): Promise<number> {
  const { db } = core;
  if (!memberIds.length) return 0;
  let changed = 0;
  const theirs = await db.selectFrom('meetups').selectAll().where('member_id', 'in', memberIds).orderBy('id').execute();
  for (const m of theirs) {
    const group = await groupOf(db, m.group_id);
    const queued = await db
      .selectFrom('outbox')
      .select(['id', 'kind', 'idem_key', 'payload'])
      .where('group_id', '=', m.group_id)
      .where('status', 'in', UNSENT)
      .where('kind', 'in', ['meetup_reminder', 'meetup_cancelled', 'meetup', 'meetup_off'])
      .execute();
    // The group's post names them and carries their words: unsent, it goes; sent, it is edited.
    const ahead = m.status === 'confirmed' && m.starts_at > now.toISOString();
    const gw = groupWords(group.language);
    const post = toGroup(gw.t(ahead ? 'erasure-meetup-post-off' : 'erasure-meetup-post-past', { at: when(new Date(m.starts_at), group.timezone, 'datetime', gw.lang) }));
    for (const o of queued.filter((x) => keyedTo(x.idem_key) === String(m.id))) {
      if (o.kind === 'meetup_reminder' || o.kind === 'meetup') await db.deleteFrom('outbox').where('id', '=', o.id).execute();
      else if (o.kind === 'meetup_off') {
        const edits = (JSON.parse(o.payload) as Reply).edits;
        await db.updateTable('outbox').set({ payload: JSON.stringify({ ...post, edits }) }).where('id', '=', o.id).execute();
      } else await db.updateTable('outbox').set({ payload: JSON.stringify(toPrivate(calledOffText(group, m.starts_at, gw))) }).where('id', '=', o.id).execute();
      changed++;
    }
    const sent = await db.selectFrom('outbox').select('platform_message_id').where('idem_key', '=', meetupPostKey(m.id)).where('status', '=', 'sent').executeTakeFirst();
    if (sent?.platform_message_id) {
      const edits = { chatId: group.chat_id, messageId: sent.platform_message_id };
      if (await enqueue(db, { idemKey: `meetup_erased:${m.id}`, groupId: group.id, kind: 'meetup_off', audience: 'group', reply: { ...post, edits }, notBefore: now, now })) changed++;
    }
    if (ahead) {
      const answered = await meetupAnswerers(db, m.id, memberIds);
      for (const a of answered) {
        const ok = await enqueue(db, {
          idemKey: `meetup_cancelled:${m.id}:${a.id}`,
          groupId: group.id,
          kind: 'meetup_cancelled',
          audience: 'person',
          personId: a.person_id,
          reply: toPrivate(calledOffText(group, m.starts_at, words(personLanguage(a.language, group.language)))),
          notBefore: privateSendTime(now, group.timezone),
          now,
        });
        if (ok) changed++;
      }
    }
    changed += Number((await db.deleteFrom('meetup_rsvps').where('meetup_id', '=', m.id).executeTakeFirst()).numDeletedRows);
    changed += Number((await db.deleteFrom('meetups').where('id', '=', m.id).executeTakeFirst()).numDeletedRows);
  }
  return changed;
}

export interface PromptShowing {
  groupId: number;
  week: string;
}

/** Weekly prompts whose tally shows them: their check-ins in the groups they are active in. */
export async function promptsShowing(db: DB, members: Member[]): Promise<PromptShowing[]> {
  const active = members.filter((m) => m.status === 'active').map((m) => m.id);
  if (!active.length) return [];
  const rows = await db.selectFrom('checkins').select(['group_id as groupId', 'week']).where('member_id', 'in', active).orderBy('group_id').orderBy('week').execute();
  return rows.filter((r, i) => i === 0 || r.groupId !== rows[i - 1].groupId || r.week !== rows[i - 1].week);
}

/**
 * Once their check-ins are gone: a prompt still waiting to be posted is re-rendered without
 * them. Returns the current period's posted prompts, whose tally the caller edits (after the
 * transaction: the tally edit runs its own).
 */
export async function rebuildPrompts(core: Core, prompts: PromptShowing[], now: Date): Promise<{ group: Group; week: string }[]> {
  const { db } = core;
  const posted: { group: Group; week: string }[] = [];
  for (const p of prompts) {
    const group = await groupOf(db, p.groupId);
    const item = await promptItem(db, p.groupId, p.week);
    if (item?.status === 'pending') {
      const reply = promptReply(group, p.week, await checkedInNames(core, p.groupId, p.week));
      await db.updateTable('outbox').set({ payload: JSON.stringify(reply) }).where('id', '=', item.id).where('status', '=', 'pending').execute();
    } else if (item?.status === 'sent' && p.week === checkinPeriod(group, now)) posted.push({ group, week: p.week });
  }
  return posted;
}
