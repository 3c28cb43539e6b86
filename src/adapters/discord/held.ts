import type { DB } from '../../db/database.js';
import { SENT_PAYLOAD } from '../../core/outbox.js';
import type { Reply } from '../../core/reply.js';

// Private messages Discord would not deliver (DMs closed, 50007) wait as 'held' in the outbox.
// The next time the person uses the bot, they are claimed here (so the delivery worker can't
// send them too) and shown to them ephemerally; a failed showing puts them back.

export interface HeldItem {
  id: number;
  reply: Reply;
}

export async function claimHeld(db: DB, userId: string, now: Date): Promise<HeldItem[]> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('outbox')
      .innerJoin('people', 'people.id', 'outbox.person_id')
      .innerJoin('groups', 'groups.id', 'outbox.group_id')
      .select(['outbox.id', 'outbox.payload'])
      .where('people.platform', '=', 'discord')
      .where('people.user_id', '=', userId)
      .where('groups.active', '=', 1)
      .where('outbox.status', '=', 'held')
      .where('outbox.audience', '=', 'person')
      .orderBy('outbox.id')
      .limit(10)
      .execute();
    if (!rows.length) return [];
    await trx
      .updateTable('outbox')
      .set({ status: 'sent', sent_at: now.toISOString(), platform_message_id: 'ephemeral', error: null })
      .where('id', 'in', rows.map((r) => r.id))
      .where('status', '=', 'held')
      .execute();
    return rows.map((r) => ({ id: r.id, reply: JSON.parse(r.payload) as Reply }));
  });
}

export async function shownHeld(db: DB, id: number, messageId: string): Promise<void> {
  await db.updateTable('outbox').set({ platform_message_id: messageId, payload: SENT_PAYLOAD }).where('id', '=', id).execute();
}

export async function unclaimHeld(db: DB, id: number, reason: string): Promise<void> {
  await db.updateTable('outbox').set({ status: 'held', sent_at: null, platform_message_id: null, error: reason.slice(0, 300) }).where('id', '=', id).execute();
}
