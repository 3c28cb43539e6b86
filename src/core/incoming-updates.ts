import type { DB } from '../db/database.js';
import type { Platform } from './core.js';

// Updates a platform pushes to us (Telegram webhooks), kept in the database so that each is
// handled once across every process: stored before the platform gets its answer, claimed by the
// process handling it, taken again by another if that process dies, and emptied once handled.
// Times are real epoch milliseconds, like the schedule's lease: they are compared across processes.

export interface StoredUpdate {
  updateId: number;
  payload: string;
}

/**
 * Store an update and claim it for `owner` until `claimUntil`. False when the update was stored
 * before (the platform retried it): it is being handled, or has been, elsewhere.
 */
export async function storeUpdate(db: DB, u: { platform: Platform; updateId: number; fromUser?: string; payload: string; owner: string; now: number; claimUntil: number }): Promise<boolean> {
  const res = await db
    .insertInto('incoming_updates')
    .values({ platform: u.platform, update_id: u.updateId, from_user: u.fromUser ?? null, payload: u.payload, status: 'handling', claimed_by: u.owner, claim_until: u.claimUntil, received_at: u.now })
    .onConflict((oc) => oc.columns(['platform', 'update_id']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Handled: the update's contents go; its id stays a while, so a late retry is still recognised. */
export async function markHandled(db: DB, platform: Platform, updateId: number): Promise<void> {
  await db.updateTable('incoming_updates').set({ status: 'done', payload: null, claimed_by: null, claim_until: null }).where('platform', '=', platform).where('update_id', '=', updateId).execute();
}

/**
 * Updates whose handler died (their claim ran out), claimed for `owner`, oldest first. Each is
 * taken with a conditional update, so two processes sweeping at once never both take one.
 */
export async function claimAbandoned(db: DB, platform: Platform, owner: string, now: number, claimUntil: number, limit = 50): Promise<StoredUpdate[]> {
  const stale = await db
    .selectFrom('incoming_updates')
    .select(['update_id', 'claim_until'])
    .where('platform', '=', platform)
    .where('status', '=', 'handling')
    .where('claim_until', '<', now)
    .orderBy('update_id')
    .limit(limit)
    .execute();
  const taken: StoredUpdate[] = [];
  for (const row of stale) {
    const won = await db
      .updateTable('incoming_updates')
      .set({ claimed_by: owner, claim_until: claimUntil })
      .where('platform', '=', platform)
      .where('update_id', '=', row.update_id)
      .where('status', '=', 'handling')
      .where('claim_until', '=', row.claim_until)
      .returning(['update_id', 'payload'])
      .executeTakeFirst();
    if (won?.payload) taken.push({ updateId: won.update_id, payload: won.payload });
    else if (won) await markHandled(db, platform, won.update_id); // emptied by /forgetme: nothing to handle
  }
  return taken;
}

/** Stopping: give back what this process holds and has not handled, for another to take at once. */
export async function releaseUpdates(db: DB, platform: Platform, owner: string, updateIds: number[]): Promise<void> {
  if (!updateIds.length) return;
  await db.updateTable('incoming_updates').set({ claim_until: 0 }).where('platform', '=', platform).where('claimed_by', '=', owner).where('status', '=', 'handling').where('update_id', 'in', updateIds).execute();
}

/** Forget the ids of updates handled long ago (Telegram stops retrying within a day). */
export async function pruneUpdates(db: DB, platform: Platform, before: number): Promise<number> {
  const res = await db.deleteFrom('incoming_updates').where('platform', '=', platform).where('status', '=', 'done').where('received_at', '<', before).executeTakeFirst();
  return Number(res.numDeletedRows);
}
