import { sql } from 'kysely';
import type { DB } from '../db/database.js';
import type { Member, Tip } from '../db/schema.js';
import { type Core, KindError, nowIso } from './core.js';
import { type Words, words as wordsIn } from './i18n.js';
import { normaliseTopic } from './topics.js';

// The group's shared knowledge: short tips under a #topic, found by topic or words.

export const MAX_TIP = 2000;
export const TIPS_PER_PAGE = 5;
/** Where a tip without a #topic goes. */
export const GENERAL_TOPIC = 'general';

/** "#topic text" → topic and text, or a kind explanation. */
export function readTip(raw: string, w: Words = wordsIn('en')): { topic: string; text: string } {
  const s = raw.trim();
  const help = w.t('tip-help');
  if (!s) throw new KindError(w.t('tip-what', { help }));
  const m = /^#(\S+)\s*([\s\S]*)$/.exec(s) ?? [s, GENERAL_TOPIC, s];
  const topic = normaliseTopic(m[1], w);
  if (!topic) throw new KindError(w.t('tip-no-letters', { help }));
  const text = m[2].trim();
  if (!text) throw new KindError(w.t('tip-add-text', { help }));
  if (!/[\p{L}\p{N}]/u.test(text)) throw new KindError(w.t('tip-needs-words', { help }));
  if (text.length > MAX_TIP) throw new KindError(w.t('tip-too-long', { max: MAX_TIP, length: text.length }));
  return { topic, text };
}

export async function addTip(core: Core, member: Member, raw: string, w: Words = wordsIn('en')): Promise<Tip> {
  const { topic, text } = readTip(raw, w);
  return core.db
    .insertInto('tips')
    .values({ group_id: member.group_id, member_id: member.id, topic, text, created_at: nowIso(core) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Only the member who wrote a tip may remove it. */
export async function removeTip(core: Core, member: Member, tipId: number): Promise<boolean> {
  const r = await core.db.deleteFrom('tips').where('id', '=', tipId).where('member_id', '=', member.id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export interface TipRow extends Tip {
  author: string;
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Most recent first. A query like "#sleep" (or a single word that is a known topic) finds the
 * topic; other words find tips containing every word.
 */
export async function findTips(db: DB, groupId: number, query: string, page = 0, w: Words = wordsIn('en')): Promise<{ tips: TipRow[]; total: number; topic: string | null }> {
  const q = query.trim().slice(0, 100);
  let topic: string | null = null;
  const words: string[] = [];
  if (q.startsWith('#')) topic = normaliseTopic(q.split(/\s+/)[0], w);
  else if (q && !/\s/.test(q)) {
    const t = normaliseTopic(q, w);
    if (t && (await db.selectFrom('tips').select('id').where('group_id', '=', groupId).where('topic', '=', t).executeTakeFirst())) topic = t;
  }
  const rest = q.startsWith('#') ? q.split(/\s+/).slice(1) : topic ? [] : q.split(/\s+/);
  for (const w of rest) if (w) words.push(w.toLowerCase());
  let base = db
    .selectFrom('tips')
    .innerJoin('members', 'members.id', 'tips.member_id')
    .innerJoin('people', 'people.id', 'members.person_id')
    .where('tips.group_id', '=', groupId);
  if (topic) base = base.where('tips.topic', '=', topic);
  for (const w of words.slice(0, 8))
    base = base.where(sql<boolean>`(tips.text like ${`%${likeEscape(w)}%`} escape '\\' or tips.topic like ${`%${likeEscape(w)}%`} escape '\\')`);
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const tips = await base
    .selectAll('tips')
    .select('people.display_name as author')
    .orderBy('tips.created_at', 'desc')
    .orderBy('tips.id', 'desc')
    .limit(TIPS_PER_PAGE)
    .offset(page * TIPS_PER_PAGE)
    .execute();
  return { tips, total: Number(n), topic };
}
