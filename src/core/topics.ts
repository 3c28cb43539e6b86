import type { DB } from '../db/database.js';
import type { Member } from '../db/schema.js';
import { type Core, KindError, nowIso } from './core.js';
import { type Words, words } from './i18n.js';
import { plain } from './reply.js';

// What a member can help with (offer) and what they are looking for (seek). Topics are short
// lower-case words so that "#Sleep", "sleep" and "Sleep " all mean the same thing.

export type TopicKind = 'offer' | 'seek';
export const MAX_TOPIC_LENGTH = 30;
export const MAX_TOPICS = 10;

/** "#Sleep Problems" → "sleep-problems"; nothing usable → null. */
export function normaliseTopic(raw: string, w: Words = words('en')): string | null {
  const t = raw
    .trim()
    .replace(/^#+/, '')
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^\p{L}\p{N}-]/gu, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (!t) return null;
  if (t.length > MAX_TOPIC_LENGTH) throw new KindError(w.t('topics-too-long', { max: MAX_TOPIC_LENGTH }));
  return t;
}

/** Commas separate topics; without commas, #tags do; spaces never do ("respite care" is one topic). */
export function parseTopicList(text: string, w: Words = words('en')): string[] {
  const s = text.trim();
  const parts = s.includes(',') ? s.split(',') : s.split('#');
  const out: string[] = [];
  for (const p of parts) {
    const t = normaliseTopic(p, w);
    if (t && !out.includes(t)) out.push(t);
  }
  if (out.length > MAX_TOPICS) throw new KindError(w.t('topics-too-many', { max: MAX_TOPICS }));
  return out;
}

export const showTopic = (t: string) => `#${plain(t)}`;

/** Replace a member's offer or seek list (an empty list clears it). */
export async function setTopics(core: Core, member: Member, kind: TopicKind, topics: string[]): Promise<void> {
  const at = nowIso(core);
  await core.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('member_topics').where('member_id', '=', member.id).where('kind', '=', kind).execute();
    if (topics.length)
      await trx
        .insertInto('member_topics')
        .values(topics.map((topic) => ({ group_id: member.group_id, member_id: member.id, kind, topic, created_at: at })))
        .execute();
  });
}

export async function topicsOf(db: DB, memberId: number): Promise<{ offer: string[]; seek: string[] }> {
  const rows = await db.selectFrom('member_topics').select(['kind', 'topic']).where('member_id', '=', memberId).orderBy('id').execute();
  return { offer: rows.filter((r) => r.kind === 'offer').map((r) => r.topic), seek: rows.filter((r) => r.kind === 'seek').map((r) => r.topic) };
}

/** Offers and seeks of a group's members, for pairing. */
export async function topicMaps(db: DB, groupId: number): Promise<{ offers: Map<number, Set<string>>; seeks: Map<number, Set<string>> }> {
  const rows = await db.selectFrom('member_topics').select(['member_id', 'kind', 'topic']).where('group_id', '=', groupId).execute();
  const offers = new Map<number, Set<string>>();
  const seeks = new Map<number, Set<string>>();
  for (const r of rows) {
    const m = r.kind === 'offer' ? offers : seeks;
    if (!m.has(r.member_id)) m.set(r.member_id, new Set());
    m.get(r.member_id)!.add(r.topic);
  }
  return { offers, seeks };
}

/** The group's known topics (offers, seeks and tips), most used first: for hints and autocomplete. */
export async function groupTopics(db: DB, groupId: number, limit = 25): Promise<string[]> {
  const a = await db.selectFrom('member_topics').select('topic').where('group_id', '=', groupId).execute();
  const b = await db.selectFrom('tips').select('topic').where('group_id', '=', groupId).execute();
  const count = new Map<string, number>();
  for (const r of [...a, ...b]) count.set(r.topic, (count.get(r.topic) ?? 0) + 1);
  return [...count.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, limit).map((e) => e[0]);
}
