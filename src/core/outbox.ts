import type { DB } from '../db/database.js';
import type { Platform } from './core.js';
import type { Reply } from './reply.js';

// The durable outbox: what the bot says that is not a direct answer to a command
// (weekly prompts, nudges, buddy introductions, reminders). Claimed under an idempotency key,
// then delivered by the platform's DeliveryPort.

export interface NewOutboxItem {
  idemKey: string;
  groupId: number;
  kind: string;
  /** 'group': into the group's chat. 'person': privately to personId. */
  audience: 'group' | 'person';
  personId?: number | null;
  reply: Reply;
  notBefore: Date;
  now: Date;
}

/** Claim and queue. Returns false when the key was already claimed (nothing is queued twice). */
export async function enqueue(db: DB, item: NewOutboxItem): Promise<boolean> {
  const res = await db
    .insertInto('outbox')
    .values({
      idem_key: item.idemKey,
      group_id: item.groupId,
      kind: item.kind,
      audience: item.audience,
      person_id: item.personId ?? null,
      payload: JSON.stringify(item.reply),
      status: 'pending',
      not_before: item.notBefore.toISOString(),
      attempts: 0,
      platform_message_id: null,
      error: null,
      created_at: item.now.toISOString(),
      sent_at: null,
    })
    .onConflict((oc) => oc.column('idem_key').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Where and what to deliver, resolved for the adapter. */
export interface Delivery {
  id: number;
  idemKey: string;
  kind: string;
  groupChatId: string;
  audience: 'group' | 'person';
  /** For 'person': the platform user id and the private chat, if the bot may write there. */
  person?: { userId: string; dmChatId: string | null };
  reply: Reply;
  attempts: number;
}

export type DeliveryFailure =
  /** Wait and try again (429 with retry_after, or a server error with backoff). */
  | { kind: 'retry'; afterMs: number; reason: string }
  /** The person can't be written to privately (never started the bot, DMs closed): hold it. */
  | { kind: 'unreachable'; reason: string }
  /** The bot was removed from the group's chat: the group becomes inactive. */
  | { kind: 'gone'; reason: string }
  /** Will never work (a malformed message): record and move on. */
  | { kind: 'permanent'; reason: string };

export class DeliveryError extends Error {
  constructor(public readonly failure: DeliveryFailure) {
    super(failure.reason);
    this.name = 'DeliveryError';
  }
}

/** Implemented by each adapter; main.ts hands it to the jobs. */
export interface DeliveryPort {
  platform: Platform;
  /** Send one item; resolve with the platform's message id, or throw DeliveryError. */
  deliver(delivery: Delivery): Promise<{ messageId: string }>;
}

/**
 * Delivered: keep the platform's message id, and drop the text. Messages name people and
 * quote what they wrote; once the platform has it, the bot has no reason to keep a copy.
 */
export async function markSent(db: DB, id: number, messageId: string, now: Date): Promise<void> {
  await db.updateTable('outbox').set({ status: 'sent', platform_message_id: messageId, sent_at: now.toISOString(), error: null, payload: SENT_PAYLOAD }).where('id', '=', id).execute();
}

export const SENT_PAYLOAD = '{}';

export async function markFailed(db: DB, id: number, reason: string): Promise<void> {
  await db.updateTable('outbox').set({ status: 'failed', error: reason.slice(0, 300) }).where('id', '=', id).execute();
}

/** Try again later (rate limit, server error); counts the attempt. */
export async function retryLater(db: DB, id: number, at: Date, reason: string): Promise<void> {
  const when = at.toISOString();
  await db.transaction().execute(async (trx) => {
    const item = await trx
      .updateTable('outbox')
      .set((eb) => ({ not_before: when, attempts: eb('attempts', '+', 1), error: reason.slice(0, 300) }))
      .where('id', '=', id)
      .returning(['group_id', 'audience', 'person_id'])
      .executeTakeFirst();
    if (!item) return;
    // Later messages to the same chat wait too, so the chat still reads them in order.
    await trx
      .updateTable('outbox')
      .set({ not_before: when })
      .where('status', '=', 'pending')
      .where('id', '>', id)
      .where('group_id', '=', item.group_id)
      .where('audience', '=', item.audience)
      .where('person_id', 'is not distinct from', item.person_id)
      .where('not_before', '<', when)
      .execute();
  });
}

/** A private message that could not be delivered waits until the person next opens the private chat. */
export async function hold(db: DB, id: number, reason: string): Promise<void> {
  await db.updateTable('outbox').set({ status: 'held', sent_at: null, platform_message_id: null, error: reason.slice(0, 300) }).where('id', '=', id).execute();
}

export interface HeldItem {
  id: number;
  groupId: number;
  reply: Reply;
}

/**
 * The person can be reached privately again (opened the private chat, used the bot): claim what
 * was held for them, oldest first, in the groups still active. Claimed items count as sent, so
 * the delivery worker never sends them too; the adapter confirms each with `markSent`, or puts
 * it back with `hold`.
 */
export async function claimHeld(db: DB, personId: number, now: Date, limit = 20): Promise<HeldItem[]> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('outbox')
      .innerJoin('groups', 'groups.id', 'outbox.group_id')
      .select(['outbox.id', 'outbox.group_id', 'outbox.payload'])
      .where('outbox.person_id', '=', personId)
      .where('outbox.status', '=', 'held')
      .where('groups.active', '=', 1)
      .orderBy('outbox.id')
      .limit(limit)
      .execute();
    if (rows.length)
      await trx.updateTable('outbox').set({ status: 'sent', sent_at: now.toISOString(), error: null }).where('id', 'in', rows.map((r) => r.id)).execute();
    return rows.map((r) => ({ id: r.id, groupId: r.group_id, reply: JSON.parse(r.payload) as Reply }));
  });
}
