import type { ExpressionBuilder } from 'kysely';
import type { DB } from '../db/database.js';
import { skipLocked } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import type { Platform } from './core.js';
import type { Reply } from './reply.js';

// The durable outbox: what the bot says that is not a direct answer to a command
// (weekly prompts, nudges, buddy introductions, reminders). Claimed under an idempotency key,
// then delivered by the platform's DeliveryPort.
//
// An item's life: pending -> sending (claimed by one worker until a deadline) -> sent | held |
// failed (or skipped before sending). Only the worker holding the claim may finish an item; a
// claim that runs out (its sender died) makes the item due again.

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
  /** The topic of the group's chat its posts go to (a Telegram forum), if it is bound to one. */
  groupTopicId?: string;
  audience: 'group' | 'person';
  /** For 'person': the platform user id and the private chat, if the bot may write there. */
  person?: { userId: string; dmChatId: string | null };
  reply: Reply;
  attempts: number;
  /** Parts of a long message already posted by an earlier attempt (resume after them). */
  partsSent?: number;
  /** Record that the first `n` parts are out (Telegram has no idempotency key to dedupe a resend). */
  partsDone?(n: number): Promise<void>;
}

export type DeliveryFailure =
  /**
   * Wait and try again (429 with retry_after, or a server error with backoff). `status`: the
   * platform's HTTP status when it answered (429, 5xx); absent for a network error or pacing.
   */
  | { kind: 'retry'; afterMs: number; reason: string; status?: number }
  /** The person can't be written to privately (never started the bot, DMs closed): hold it. */
  | { kind: 'unreachable'; reason: string }
  /** The bot was removed from the group's chat: the group becomes inactive. */
  | { kind: 'gone'; reason: string }
  /** Will never work (a malformed message): record and move on. */
  | { kind: 'permanent'; reason: string }
  /** The bot may not post in the group's chat (Discord 403 50013, or 50001 while still in the server). */
  | { kind: 'no_permission'; missing: MissingPermission; reason: string }
  /** The platform refused the bot's token (401): nothing more can be sent on this platform. */
  | { kind: 'revoked'; reason: string };

/** What the bot lacks in a channel: seeing it, or posting in it. */
export type MissingPermission = 'view' | 'send';

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

/** A worker's hold on items it is sending. */
export interface Claim {
  /** The worker (process and platform): host:pid:random:platform. */
  by: string;
}

/**
 * How long a claim holds. Longer than one send can take (discord.js gives up on a request after
 * 15 s, Telegram deliveries after 60 s), shorter than Discord's nonce window (a few minutes), so
 * the resend after a crash is still recognised as a repeat.
 */
export const CLAIM_MS = 2 * 60_000;

/** Due for a worker: waiting, or claimed by a sender whose claim ran out (it died mid-send). */
export function claimable(now: Date) {
  const at = now.toISOString();
  return (eb: ExpressionBuilder<Database, 'outbox'>) =>
    eb.or([eb('outbox.status', '=', 'pending'), eb.and([eb('outbox.status', '=', 'sending'), eb('outbox.claim_until', '<', at)])]);
}

/**
 * Take one item for sending: one atomic update, so of several workers only one wins. False when
 * it is no longer claimable (sent, skipped, or another worker has it). The only place an item is
 * claimed (PostgreSQL can pick a batch the same way with FOR UPDATE SKIP LOCKED).
 */
export async function claim(db: DB, id: number, claim: Claim, now: Date, ttlMs = CLAIM_MS): Promise<boolean> {
  // Where several processes share the database, a row another sender has locked is skipped, not waited for.
  const res = await db
    .updateTable('outbox')
    .set({ status: 'sending', claimed_by: claim.by, claim_until: new Date(now.getTime() + ttlMs).toISOString() })
    .where('id', 'in', skipLocked(db, db.selectFrom('outbox').select('outbox.id').where('outbox.id', '=', id).where(claimable(now))))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Only the claim's holder may finish an item; without a claim (held items shown by an adapter) any row. */
function byHolder<Q extends { where: (...a: any[]) => Q }>(q: Q, c?: Claim): Q {
  return c ? q.where('claimed_by', '=', c.by).where('status', '=', 'sending') : q;
}

const UNCLAIMED = { claimed_by: null, claim_until: null };

/**
 * Delivered: keep the platform's message id, and drop the text. Messages name people and
 * quote what they wrote; once the platform has it, the bot has no reason to keep a copy.
 * False when the claim was lost (another worker took the item over).
 */
export async function markSent(db: DB, id: number, messageId: string, now: Date, c?: Claim): Promise<boolean> {
  const q = db.updateTable('outbox').set({ status: 'sent', platform_message_id: messageId, sent_at: now.toISOString(), error: null, payload: SENT_PAYLOAD, ...UNCLAIMED }).where('id', '=', id);
  return Number((await byHolder(q, c).executeTakeFirst()).numUpdatedRows) === 1;
}

export const SENT_PAYLOAD = '{}';

/**
 * A send given back at shutdown (see `release`) came through after all: recorded as sent if no
 * worker has taken the item since, so it is not sent again.
 */
export async function markSentIfUnclaimed(db: DB, id: number, messageId: string, now: Date): Promise<boolean> {
  const q = db.updateTable('outbox').set({ status: 'sent', platform_message_id: messageId, sent_at: now.toISOString(), error: null, payload: SENT_PAYLOAD, ...UNCLAIMED });
  return Number((await q.where('id', '=', id).where('status', '=', 'pending').where('claimed_by', 'is', null).executeTakeFirst()).numUpdatedRows) === 1;
}

export async function markFailed(db: DB, id: number, reason: string, c?: Claim): Promise<void> {
  await byHolder(db.updateTable('outbox').set({ status: 'failed', error: reason.slice(0, 300), ...UNCLAIMED }).where('id', '=', id), c).execute();
}

/** Not sent, on purpose (the group went quiet, the person left or is away). */
export async function skip(db: DB, id: number, reason: string, now: Date): Promise<boolean> {
  const res = await db.updateTable('outbox').set({ status: 'skipped', error: reason, ...UNCLAIMED }).where('id', '=', id).where(claimable(now)).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Put a claimed item back as it was, without counting an attempt (the platform is stopping). */
export async function release(db: DB, id: number, c: Claim): Promise<void> {
  await byHolder(db.updateTable('outbox').set({ status: 'pending', ...UNCLAIMED }).where('id', '=', id), c).execute();
}

/** The first `n` parts of a long message are out: a resend starts after them. */
export async function recordParts(db: DB, id: number, n: number, c: Claim): Promise<void> {
  await byHolder(db.updateTable('outbox').set({ parts_sent: n }).where('id', '=', id), c).execute();
}

/** Try again later (rate limit, server error); counts the attempt. */
export async function retryLater(db: DB, id: number, at: Date, reason: string, c?: Claim): Promise<void> {
  const when = at.toISOString();
  await db.transaction().execute(async (trx) => {
    const item = await byHolder(
      trx
        .updateTable('outbox')
        .set((eb) => ({ status: 'pending', ...UNCLAIMED, not_before: when, attempts: eb('attempts', '+', 1), error: reason.slice(0, 300) }))
        .where('id', '=', id),
      c,
    )
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
export async function hold(db: DB, id: number, reason: string, c?: Claim): Promise<void> {
  await byHolder(db.updateTable('outbox').set({ status: 'held', sent_at: null, platform_message_id: null, error: reason.slice(0, 300), ...UNCLAIMED }).where('id', '=', id), c).execute();
}

/**
 * The bot may not post in the group's chat: this item and everything waiting for that chat are
 * held until `until` (then tried again), never dropped. Returns the oldest held item of the
 * group's chat: while it stays the same, the bot is still waiting on the same missing permission.
 */
export async function holdGroupChat(db: DB, id: number, until: Date, reason: string, c: Claim): Promise<number | null> {
  const at = until.toISOString();
  return db.transaction().execute(async (trx) => {
    const item = await byHolder(trx.updateTable('outbox').set({ status: 'held', not_before: at, error: reason.slice(0, 300), ...UNCLAIMED }).where('id', '=', id), c)
      .returning(['group_id'])
      .executeTakeFirst();
    if (!item) return null;
    await trx
      .updateTable('outbox')
      .set({ status: 'held', not_before: at, error: 'waiting for the same chat' })
      .where('group_id', '=', item.group_id)
      .where('audience', '=', 'group')
      .where('status', '=', 'pending')
      .execute();
    const first = await trx.selectFrom('outbox').select('id').where('group_id', '=', item.group_id).where('audience', '=', 'group').where('status', '=', 'held').orderBy('id').executeTakeFirst();
    return first?.id ?? null;
  });
}

/**
 * Items held for a group's chat are tried again: those whose wait is over, or (with `chatIds`)
 * at once for those chats, when their permissions may have changed.
 */
export async function releaseHeldGroupChats(db: DB, platform: Platform, now: Date, chatIds?: string[]): Promise<number> {
  if (chatIds && !chatIds.length) return 0;
  const at = now.toISOString();
  let q = db
    .updateTable('outbox')
    .set({ status: 'pending', not_before: at })
    .where('audience', '=', 'group')
    .where('status', '=', 'held')
    .where('group_id', 'in', (eb) => {
      let groups = eb.selectFrom('groups').select('id').where('platform', '=', platform).where('active', '=', 1);
      if (chatIds) groups = groups.where('chat_id', 'in', chatIds);
      return groups;
    });
  if (!chatIds) q = q.where('not_before', '<=', at);
  return Number((await q.executeTakeFirst()).numUpdatedRows);
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
