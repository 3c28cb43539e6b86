import { DateTime } from 'luxon';
import type { DB } from '../../db/database.js';
import type { Group } from '../../db/schema.js';
import { avoidKeys, pairKey } from '../buddies.js';
import type { Core } from '../core.js';
import { type Lang, type Words, personLanguage, words } from '../i18n.js';
import { enqueue } from '../outbox.js';
import { bold, italic, toPrivate } from '../reply.js';
import { type Rhythm, checkinPeriod } from '../periods.js';
import { addWeeks, checkinInstant, formatDate, parseWeekKey, privateSendTime, weekKey } from '../time.js';
import { showTopic, topicMaps } from '../topics.js';
import { type PairingInput, pairRound } from './matching.js';

// A pairing round: gather who takes part and their history, ask the matching for the groups,
// store them under (group, period) so a round runs once, and queue a private introduction each.

/** How many past rounds the pairing remembers (older meetings count as never). */
const HISTORY_ROUNDS = 52;

/**
 * The period a round belongs to: every `pair_every_weeks` check-in periods, counted from a
 * fixed Monday by the ISO week of each period's prompt. The key is its first, e.g. `2026-W47`.
 */
export function pairingPeriod(group: Rhythm & Pick<Group, 'pair_every_weeks'>, now: Date): string {
  const every = Math.max(1, group.pair_every_weeks);
  const w = parseWeekKey(checkinPeriod(group, now))!;
  const monday = DateTime.fromObject({ weekYear: w.weekYear, weekNumber: w.weekNumber, weekday: 1 }, { zone: 'UTC' });
  const index = Math.round(monday.diff(DateTime.fromISO('1970-01-05', { zone: 'UTC' }), 'weeks').weeks);
  const start = monday.minus({ weeks: index % every });
  const key = start.toFormat("kkkk-'W'WW");
  return every === 1 ? key : `${key}/${every}w`;
}

/**
 * When the next scheduled round runs: the first check-in prompt after `now` that starts another
 * pairing period. A round run early by /pair now belongs to the current one, so this is also when
 * its buddies change.
 */
export function nextRoundAt(group: Rhythm & Pick<Group, 'pair_every_weeks'>, now: Date): Date {
  const current = pairingPeriod(group, now);
  const week = weekKey(now, group.timezone);
  for (let k = 0; k <= Math.max(1, group.pair_every_weeks) + 2; k++) {
    const at = checkinInstant(group, addWeeks(week, k, group.timezone));
    if (at.getTime() > now.getTime() && pairingPeriod(group, at) !== current) return at;
  }
  return checkinInstant(group, addWeeks(week, Math.max(1, group.pair_every_weeks), group.timezone));
}

/** "Sunday 13 December", in the group's zone and the reader's language: when the next round comes, as people say it. */
export const nextRoundText = (group: Rhythm & Pick<Group, 'pair_every_weeks'>, now: Date, lang: Lang = 'en') => formatDate(nextRoundAt(group, now), group.timezone, lang);

/** A stable 32-bit seed for a (group, period): the preview and the round agree. */
export function periodSeed(groupId: number, period: string): number {
  let h = 0x811c9dc5;
  for (const c of `${groupId}:${period}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

export interface RoundMember {
  memberId: number;
  personId: number;
  name: string;
  /** Their own choice of language (/language), if any. */
  language: string | null;
}

/** Opted-in, active members who are not away. */
export async function pairingMembers(db: DB, groupId: number, now: Date): Promise<RoundMember[]> {
  const at = now.toISOString();
  return db
    .selectFrom('members')
    .innerJoin('people', 'people.id', 'members.person_id')
    .innerJoin('buddy_prefs', 'buddy_prefs.member_id', 'members.id')
    .select(['members.id as memberId', 'people.id as personId', 'people.display_name as name', 'people.language'])
    .where('members.group_id', '=', groupId)
    .where('members.status', '=', 'active')
    .where('buddy_prefs.opted_in', '=', 1)
    .where((eb) => eb.or([eb('members.away_until', 'is', null), eb('members.away_until', '<=', at)]))
    .orderBy('members.id')
    .execute();
}

/** Everything the matching needs, from the database. */
export async function pairingInput(db: DB, groupId: number, memberIds: number[], seed: number): Promise<PairingInput> {
  const rounds = await db.selectFrom('pair_rounds').select('id').where('group_id', '=', groupId).orderBy('id', 'desc').limit(HISTORY_ROUNDS).execute();
  const lastPaired = new Map<string, number>();
  const timesPaired = new Map<string, number>();
  const agoOf = new Map(rounds.map((r, i) => [r.id, i + 1]));
  if (rounds.length) {
    const rows = await db
      .selectFrom('pair_members')
      .select(['round_id', 'slot', 'member_id'])
      .where('round_id', 'in', rounds.map((r) => r.id))
      .execute();
    const slots = new Map<string, number[]>();
    for (const r of rows) {
      const k = `${r.round_id}/${r.slot}`;
      if (!slots.has(k)) slots.set(k, []);
      slots.get(k)!.push(r.member_id);
    }
    for (const [k, ms] of slots) {
      const ago = agoOf.get(Number(k.split('/')[0]))!;
      for (let i = 0; i < ms.length; i++)
        for (let j = i + 1; j < ms.length; j++) {
          const key = pairKey(ms[i], ms[j]);
          lastPaired.set(key, Math.min(lastPaired.get(key) ?? Infinity, ago));
          timesPaired.set(key, (timesPaired.get(key) ?? 0) + 1);
        }
    }
  }
  const avoid = await avoidKeys(db, groupId);
  // "/buddy new": not the same buddy again next round.
  const wantNew = await db.selectFrom('buddy_prefs').select('member_id').where('group_id', '=', groupId).where('want_new', '=', 1).execute();
  const latest = rounds[0];
  if (latest && wantNew.length) {
    const rows = await db.selectFrom('pair_members').select(['slot', 'member_id']).where('round_id', '=', latest.id).execute();
    for (const w of wantNew) {
      const slot = rows.find((r) => r.member_id === w.member_id)?.slot;
      if (slot === undefined) continue;
      for (const r of rows) if (r.slot === slot && r.member_id !== w.member_id) avoid.add(pairKey(w.member_id, r.member_id));
    }
  }
  const { offers, seeks } = await topicMaps(db, groupId);
  return { members: memberIds, lastPaired, timesPaired, avoid, offers, seeks, seed };
}

export interface RoundGroup {
  members: RoundMember[];
}

export interface RoundPlan {
  period: string;
  seed: number;
  groups: RoundMember[][];
  left: RoundMember[];
  exact: boolean;
  input: PairingInput;
}

/** Compute a round without saving anything (the `/pair now` preview, and the round itself). */
export async function planRound(db: DB, group: Group, now: Date, opts: { periodKey?: string; seed?: number } = {}): Promise<RoundPlan> {
  const period = opts.periodKey ?? pairingPeriod(group, now);
  const seed = opts.seed ?? periodSeed(group.id, period);
  const members = await pairingMembers(db, group.id, now);
  const byId = new Map(members.map((m) => [m.memberId, m]));
  const input = await pairingInput(db, group.id, members.map((m) => m.memberId), seed);
  if (members.length < 2) return { period, seed, groups: [], left: members, exact: true, input };
  const result = pairRound(input);
  return {
    period,
    seed,
    groups: result.groups.map((g) => g.map((id) => byId.get(id)!)),
    left: (result.left ?? []).map((id) => byId.get(id)!),
    exact: result.exact,
    input,
  };
}

export async function roundExists(db: DB, groupId: number, period: string): Promise<boolean> {
  return !!(await db.selectFrom('pair_rounds').select('id').where('group_id', '=', groupId).where('period', '=', period).executeTakeFirst());
}

/** How many conversation starters the catalogues have (pair-starter-0 …). */
const STARTERS = 10;

/** The conversation starter of a round's pair or trio (its slot). */
export const starterFor = (seed: number, slot: number, w: Words = words('en')) => w.t(`pair-starter-${(seed + slot) % STARTERS}`);

/** Names joined as people say them: "A and B", "A and B and C". */
export const andNames = (names: string[], w: Words) => names.reduce((first, second) => w.t('pair-and', { first, second }));

export function introText(groupName: string, me: number, mates: Pick<RoundMember, 'memberId' | 'name'>[], input: Pick<PairingInput, 'offers' | 'seeks'>, starter: string, nextRound: string, w: Words = words('en')): string {
  const names = mates.map((m) => bold(m.name));
  const group = bold(groupName);
  const lines = [mates.length === 1 ? w.t('pair-intro-one', { group, date: nextRound, name: names[0] }) : w.t('pair-intro-trio', { group, date: nextRound, names: andNames(names, w) })];
  for (const m of mates) {
    const theyOffer = [...(input.offers.get(m.memberId) ?? [])].filter((t) => input.seeks.get(me)?.has(t));
    const iOffer = [...(input.offers.get(me) ?? [])].filter((t) => input.seeks.get(m.memberId)?.has(t));
    if (theyOffer.length) lines.push(w.t('pair-they-offer', { name: bold(m.name), topics: theyOffer.slice(0, 3).map(showTopic).join(', ') }));
    if (iOffer.length) lines.push(w.t('pair-you-offer', { name: bold(m.name), topics: iOffer.slice(0, 3).map(showTopic).join(', ') }));
  }
  lines.push(w.t('pair-starter', { starter: italic(starter) }));
  lines.push(w.t('pair-say-hello'));
  return lines.join('\n');
}

export const NO_BUDDY_TEXT = (groupName: string, w: Words = words('en')) => w.t('pair-none', { group: bold(groupName) });

export interface RoundOutcome {
  created: boolean;
  period: string;
  roundId?: number;
  /** Member ids per pair or trio. */
  groups: number[][];
  left: number[];
}

/**
 * Run this period's round once: claims (group, period) under a unique constraint, stores who is
 * paired with whom, clears "/buddy new" requests and queues a private introduction per member.
 * A second call for the same period does nothing and returns created: false.
 */
export async function runPairRound(core: Core, group: Group, now: Date, opts: { periodKey?: string; seed?: number } = {}): Promise<RoundOutcome> {
  const period = opts.periodKey ?? pairingPeriod(group, now);
  // A group the bot was removed from gets no rounds; a period already claimed runs no second one.
  if (!group.active || (await roundExists(core.db, group.id, period))) return { created: false, period, groups: [], left: [] };
  const plan = await planRound(core.db, group, now, { periodKey: period, seed: opts.seed });
  const notBefore = privateSendTime(now, group.timezone);
  const at = now.toISOString();
  return core.db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('pair_rounds')
      .values({ group_id: group.id, period, seed: plan.seed, exact: plan.exact ? 1 : 0, created_at: at })
      .onConflict((oc) => oc.columns(['group_id', 'period']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!claimed) return { created: false, period, groups: [], left: [] };
    const roundId = claimed.id;
    const rows = plan.groups.flatMap((g, slot) => g.map((m) => ({ round_id: roundId, group_id: group.id, slot, member_id: m.memberId })));
    if (rows.length) await trx.insertInto('pair_members').values(rows).execute();
    const paired = rows.map((r) => r.member_id);
    if (paired.length) await trx.updateTable('buddy_prefs').set({ want_new: 0, updated_at: at }).where('member_id', 'in', paired).execute();
    // Each introduction in its reader's own language: their choice, else the group's.
    const wordsOf = (m: RoundMember) => words(personLanguage(m.language, group.language));
    for (const [slot, g] of plan.groups.entries()) {
      for (const m of g) {
        const mates = g.filter((x) => x.memberId !== m.memberId);
        const w = wordsOf(m);
        await enqueue(trx, {
          idemKey: `pair_intro:${group.id}:${period}:${m.memberId}`,
          groupId: group.id,
          kind: 'pair_intro',
          audience: 'person',
          personId: m.personId,
          reply: toPrivate(introText(group.name, m.memberId, mates, plan.input, starterFor(plan.seed, slot, w), nextRoundText(group, now, w.lang), w)),
          notBefore,
          now,
        });
      }
    }
    for (const m of plan.left) {
      await enqueue(trx, {
        idemKey: `pair_none:${group.id}:${period}:${m.memberId}`,
        groupId: group.id,
        kind: 'pair_none',
        audience: 'person',
        personId: m.personId,
        reply: toPrivate(NO_BUDDY_TEXT(group.name, wordsOf(m))),
        notBefore,
        now,
      });
    }
    core.log.info({ group: group.id, period, round: roundId, groups: plan.groups.length, left: plan.left.length, exact: plan.exact }, 'pairing round');
    return { created: true, period, roundId, groups: plan.groups.map((g) => g.map((m) => m.memberId)), left: plan.left.map((m) => m.memberId) };
  });
}
