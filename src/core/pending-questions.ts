import type { DB } from '../db/database.js';
import type { Platform } from './core.js';

// A form asked as follow-up questions, kept between answers (and across a restart): one row per
// chat and person, its state as the adapter's follow-ups keep it, lapsing at its expiry.

export async function loadQuestion(db: DB, platform: Platform, chatKey: string, now: Date): Promise<string | undefined> {
  const row = await db.selectFrom('pending_questions').select(['state', 'expires_at']).where('platform', '=', platform).where('chat_key', '=', chatKey).executeTakeFirst();
  if (!row) return undefined;
  if (row.expires_at <= now.toISOString()) {
    await dropQuestion(db, platform, chatKey);
    return undefined;
  }
  return row.state;
}

/** `userId`: the platform's id of who is asked (their people row, if any, links it for /forgetme). */
export async function saveQuestion(db: DB, q: { platform: Platform; chatKey: string; userId: string; state: string; expiresAt: Date }): Promise<void> {
  const person = await db.selectFrom('people').select('id').where('platform', '=', q.platform).where('user_id', '=', q.userId).executeTakeFirst();
  const row = { state: q.state, expires_at: q.expiresAt.toISOString(), person_id: person?.id ?? null };
  await db
    .insertInto('pending_questions')
    .values({ platform: q.platform, chat_key: q.chatKey, ...row })
    .onConflict((oc) => oc.columns(['platform', 'chat_key']).doUpdateSet(row))
    .execute();
}

export async function dropQuestion(db: DB, platform: Platform, chatKey: string): Promise<void> {
  await db.deleteFrom('pending_questions').where('platform', '=', platform).where('chat_key', '=', chatKey).execute();
}

/** Questions nobody answered in time. */
export async function dropLapsedQuestions(db: DB, now: Date): Promise<number> {
  const res = await db.deleteFrom('pending_questions').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(res.numDeletedRows);
}
