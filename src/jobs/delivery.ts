import { hostname } from 'node:os';
import { type Core, type Platform, loggableError } from '../core/core.js';
import { deactivateGroup } from '../core/groups.js';
import {
  CLAIM_MS, type Claim, type Delivery, DeliveryError, type DeliveryFailure, type DeliveryPort, claim, claimable, hold, holdGroupChat, markFailed, markSent, markSentIfUnclaimed,
  recordParts, release, releaseHeldGroupChats, retryLater, skip,
} from '../core/outbox.js';
import type { SendResult } from '../core/metrics.js';
import { PROMPT_KIND, TALLY_KIND, tallyAfterPost } from '../core/prompts.js';
import type { Reply } from '../core/reply.js';
import { PACING, type Pacing, SendBudget, type Timer, budgetKey, realTimer } from './pacing.js';
import { PERMISSION_NOTE_KIND, queuePermissionNote } from './permission-note.js';

// The delivery worker: takes due outbox items for one platform and sends them through the
// adapter's DeliveryPort, within the platform's limits. Each item is claimed before it is sent
// and marked sent the moment the platform answers, so a crash can resend at most what was in
// flight. One slow or failing chat never holds up the others: its items wait while the rest go
// out. A database error (another process holding the write lock) ends a drain, never the
// process: the next drain picks up where this one stopped.

export interface WorkerOptions {
  core: Core;
  port: DeliveryPort;
  pacing?: Pacing;
  timer?: Timer;
  /** The platform's one send budget, when its adapter's replies spend it too (else the worker's own, from `pacing`). */
  budget?: SendBudget;
  /** Checked before every send: false once this process no longer holds the schedule's lease. */
  canSend?: () => boolean;
  /** Give up (failed) after this many tries of one item. */
  maxAttempts?: number;
  backoff?: { baseMs: number; capMs: number };
  /** Rows read per page. */
  page?: number;
  /** This worker in claims (default host:pid:random:platform). */
  claimer?: string;
  /** How long a claim holds (bot clock). */
  claimMs?: number;
  /** The platform refused the bot's token: this worker has stopped (main.ts stops the adapter). */
  onRevoked?(reason: string): void;
}

/** A group's chat refused a post for want of a permission: its items wait this long, then try again. */
export const PERMISSION_RETRY_MS = 60 * 60_000;

export interface DrainStats {
  sent: number;
  retried: number;
  held: number;
  failed: number;
  skipped: number;
  gone: number;
}

/** Kinds only for facilitators who opted in to notes: rechecked at send time. */
const NOTES_KINDS = new Set(['facilitator_note', 'facilitator_weekly', PERMISSION_NOTE_KIND]);

interface Row {
  delivery: Delivery;
  groupId: number;
  groupActive: boolean;
  personId: number | null;
  member: { status: string | null; awayUntil: string | null; notes: number | null };
}

export class DeliveryWorker {
  readonly platform: Platform;
  private readonly core: Core;
  private readonly port: DeliveryPort;
  private readonly pacing: Pacing;
  private readonly timer: Timer;
  private readonly canSend: () => boolean;
  private readonly maxAttempts: number;
  private readonly backoff: { baseMs: number; capMs: number };
  private readonly page: number;
  /** The platform's one send budget, shared with its adapter's replies. */
  private readonly budget: SendBudget;
  /** Chats paused after a retry, until (bot clock, ms). */
  private readonly pausedUntil = new Map<string, number>();
  private readonly inflight = new Map<number, Promise<void>>();
  private readonly goneGroups = new Set<number>();
  private readonly busyChats = new Set<string>();
  /** Items finished during this drain (their rows read earlier may be stale). */
  private readonly settled = new Set<number>();
  /** Sent, but the "sent" write failed (database busy): written first thing next drain. */
  private readonly unrecorded = new Map<number, { row: Row; messageId: string }>();
  private draining: Promise<DrainStats> | null = null;
  private queued: Promise<DrainStats> | null = null;
  private readonly claimOf: Claim;
  private readonly claimMs: number;
  private readonly onRevoked: (reason: string) => void;
  private stopped = false;
  /** Given back at shutdown while their sends were still out: their late answers are not recorded. */
  private readonly givenBack = new Set<number>();
  private releasedAt = Number.NEGATIVE_INFINITY;
  stats: DrainStats = emptyStats();

  constructor(opts: WorkerOptions) {
    this.core = opts.core;
    this.port = opts.port;
    this.platform = opts.port.platform;
    this.pacing = opts.budget?.pacing ?? opts.pacing ?? PACING[opts.port.platform];
    this.timer = opts.timer ?? opts.budget?.timer ?? realTimer;
    this.canSend = opts.canSend ?? (() => true);
    this.maxAttempts = opts.maxAttempts ?? 20;
    this.backoff = opts.backoff ?? { baseMs: 500, capMs: 10 * 60_000 };
    this.page = opts.page ?? 500;
    this.claimOf = { by: opts.claimer ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}:${this.platform}` };
    this.claimMs = opts.claimMs ?? CLAIM_MS;
    this.onRevoked = opts.onRevoked ?? (() => {});
    this.budget = opts.budget ?? new SendBudget(this.pacing, this.timer);
  }

  /**
   * Send everything due now. Items held back by pacing are waited for; items retried later
   * are waited for only up to `waitForRetriesMs` (real time). One drain at a time: a second
   * call joins the running one.
   */
  drain(opts: { waitForRetriesMs?: number } = {}): Promise<DrainStats> {
    if (!this.draining) {
      this.draining = this.run(opts.waitForRetriesMs ?? 0).finally(() => {
        this.draining = null;
      });
      return this.draining;
    }
    // One is running: it may have read the outbox before the newest item, so run once more after it.
    if (!this.queued) {
      this.queued = this.draining.then(() => {
        this.queued = null;
        return this.drain(opts);
      });
    }
    return this.queued;
  }

  /** No more sends from this worker (its platform stopped); sends in flight finish. */
  stop(): void {
    this.stopped = true;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /**
   * The process is shutting down: start no more sends, wait up to `waitMs` (real time) for those
   * in flight, then give back the claims of any still out, so another process can send them at
   * once rather than when the claims run out. (On Telegram a send given back that did reach the
   * platform is sent again: the same bound as a crash, the items in flight.)
   */
  async finish(waitMs: number): Promise<{ finished: number; givenBack: number }> {
    this.stopped = true;
    const before = this.inflight.size;
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((r) => (timer = setTimeout(r, waitMs)));
    await Promise.race([Promise.all([this.draining, this.queued, ...this.inflight.values()]), waited]);
    clearTimeout(timer);
    const out = [...this.inflight.keys()];
    for (const id of out) {
      this.givenBack.add(id);
      try {
        await release(this.core.db, id, this.claimOf);
      } catch (err) {
        this.core.log.error({ job: 'deliver', platform: this.platform, outbox: id, err: loggableError(err) }, 'could not give back a claim at shutdown: it is sent again when the claim runs out');
      }
    }
    // Sent but not yet written (the database was busy): one more try, or the claim runs out.
    await this.recordUnrecorded().catch(() => false);
    if (before || out.length) this.core.log.info({ job: 'deliver', platform: this.platform, inFlight: before, givenBack: out.length }, 'delivery stopped for shutdown');
    return { finished: before - out.length, givenBack: out.length };
  }

  private async run(waitForRetriesMs: number): Promise<DrainStats> {
    const before = { ...this.stats };
    const deadline = this.timer.now() + waitForRetriesMs;
    try {
      // What was sent but not yet recorded comes first: while that fails, nothing new goes out.
      const recorded = await this.recordUnrecorded();
      // Items held for a chat that refused a post are tried again once their wait is over (looked for once a minute).
      const now = this.core.clock.now().getTime();
      if (recorded && now - this.releasedAt >= 60_000) {
        await releaseHeldGroupChats(this.core.db, this.platform, this.core.clock.now());
        this.releasedAt = now;
      }
      for (;;) {
        if (!recorded || !this.canSend() || this.stopped) break;
        const { started, minWait } = await this.pass();
        if (started) continue;
        if (this.inflight.size) {
          await Promise.race(this.inflight.values());
          continue;
        }
        if (Number.isFinite(minWait)) {
          await this.timer.sleep(minWait);
          continue;
        }
        const next = await this.nextDueInMs();
        if (next !== null && this.timer.now() + next <= deadline) {
          await this.timer.sleep(Math.max(5, next));
          continue;
        }
        break;
      }
    } catch (err) {
      // The database is busy (another process holds the write lock) or failing: stop this drain;
      // claimed items stay claimed, and the next drain carries on.
      this.core.log.error({ job: 'deliver', platform: this.platform, outcome: 'error', err: loggableError(err) }, 'delivery paused: database error');
    }
    await Promise.all(this.inflight.values());
    this.settled.clear();
    const nowMs = this.core.clock.now().getTime();
    for (const [k, until] of this.pausedUntil) if (until <= nowMs) this.pausedUntil.delete(k);
    this.budget.sweep();
    return diff(this.stats, before);
  }

  /** One pass over the due items, oldest first: start every send the limits allow. */
  private async pass(): Promise<{ started: number; minWait: number }> {
    let started = 0;
    let minWait = Number.POSITIVE_INFINITY;
    const blocked = new Set<string>();
    let cursor: { notBefore: string; id: number } | null = null;
    for (;;) {
      const rows = await this.fetch(cursor);
      if (!rows.length) break;
      const last = rows[rows.length - 1];
      cursor = { notBefore: last.notBefore, id: last.row.delivery.id };
      for (const { row } of rows) {
        const d = row.delivery;
        // A row read before its send finished is stale: never send it twice.
        if (this.inflight.has(d.id) || this.settled.has(d.id) || this.unrecorded.has(d.id)) continue;
        const key = chatKey(d);
        if (blocked.has(key)) continue; // keep each chat's order
        await this.slot();
        while (this.inflight.size >= this.pacing.concurrency) await Promise.race(this.inflight.values());
        if (!this.canSend()) return { started, minWait };
        if (this.settled.has(d.id) || this.stopped) continue;
        if (await this.precheck(row)) continue;
        // One send at a time per chat: its order holds, and a retry pauses what comes after it.
        if (this.busyChats.has(key)) {
          blocked.add(key);
          continue;
        }
        // A chat paused by a retry waits for the next drain; one only paced is waited for now.
        const paused = (this.pausedUntil.get(key) ?? 0) - this.core.clock.now().getTime();
        if (paused > 0) {
          blocked.add(key);
          continue;
        }
        this.pausedUntil.delete(key);
        const wait = this.budget.chatWait(key);
        if (wait > 0) {
          blocked.add(key);
          minWait = Math.min(minWait, wait);
          continue;
        }
        // Only the worker whose claim succeeds sends: another may have taken it meanwhile.
        if (!(await claim(this.core.db, d.id, this.claimOf, this.core.clock.now(), this.claimMs))) continue;
        // The slot may have gone while the claim was written (a reply took it): wait for the next, then take it at once.
        await this.slot();
        this.budget.take(key);
        this.busyChats.add(key);
        const p = this.sendOne(row).then((final) => {
          this.inflight.delete(d.id);
          this.busyChats.delete(key);
          // Sent, held or failed: a row read earlier is stale. (A retry is due again later.)
          if (final) this.settled.add(d.id);
        });
        this.inflight.set(d.id, p);
        started++;
      }
      if (rows.length < this.page) break;
    }
    return { started, minWait };
  }

  /** Until an overall slot is free and no reply waits for it (replies go first). */
  private async slot(): Promise<void> {
    for (let w = this.budget.scheduledWait(); w > 0; w = this.budget.scheduledWait()) await this.budget.timer.sleep(w);
  }

  /** Things that make a send pointless or unwanted, decided without calling the platform. */
  private async precheck(row: Row): Promise<boolean> {
    const { db } = this.core;
    const d = row.delivery;
    let reason: string | null = null;
    if (!row.groupActive || this.goneGroups.has(row.groupId)) reason = 'group inactive';
    else if (d.audience === 'person') {
      // Consent is rechecked at send time: only joined members, not away; facilitator notes only if still opted in.
      if (!row.personId || !d.person) reason = 'no person';
      else if (row.member.status !== 'active') reason = 'not a member';
      else if (row.member.awayUntil && row.member.awayUntil > this.core.clock.now().toISOString()) reason = 'away';
      else if (NOTES_KINDS.has(d.kind) && row.member.notes !== 1) reason = 'notes off';
    }
    if (!reason) return false;
    if (!(await skip(db, d.id, reason, this.core.clock.now()))) return true;
    this.stats.skipped++;
    this.core.log.info({ job: 'deliver', platform: this.platform, outbox: d.id, group: row.groupId, kind: d.kind, outcome: 'skipped', reason }, 'delivery skipped');
    return true;
  }

  /** Returns false when the item will be tried again later. Never throws. */
  private async sendOne(row: Row): Promise<boolean> {
    const d = row.delivery;
    const { db, log } = this.core;
    const t0 = this.timer.now();
    let messageId: string;
    try {
      // A part not recorded (database busy) may be posted twice after a crash; never fail the send for it.
      const partsDone = (n: number) => recordParts(db, d.id, n, this.claimOf).catch((err) => log.warn({ job: 'deliver', outbox: d.id, err: loggableError(err) }, 'could not record the parts sent'));
      ({ messageId } = await this.port.deliver({ ...d, partsDone }));
    } catch (err) {
      const failure: DeliveryFailure =
        err instanceof DeliveryError ? err.failure : { kind: 'retry', afterMs: 0, reason: `unexpected ${err instanceof Error ? err.name : typeof err}` };
      try {
        return await this.failed(row, failure, this.timer.now() - t0);
      } catch (dbErr) {
        // Still claimed by this worker: tried again once the claim runs out.
        log.error({ job: 'deliver', platform: this.platform, outbox: d.id, err: loggableError(dbErr) }, 'could not record a failed delivery');
        return false;
      }
    }
    this.stats.sent++;
    this.core.metrics?.sent(this.platform, 'ok');
    if (this.givenBack.has(d.id)) {
      // Given back at shutdown, then answered: record it unless another worker has taken it meanwhile.
      await markSentIfUnclaimed(db, d.id, messageId, this.core.clock.now()).catch(() => false);
      return true;
    }
    log.debug({ job: 'deliver', platform: this.platform, outbox: d.id, group: row.groupId, kind: d.kind, outcome: 'sent', ms: Math.round(this.timer.now() - t0) }, 'delivered');
    await this.record(row, messageId);
    return true;
  }

  /**
   * Marked sent the moment the platform answers: the only window for a duplicate is the send
   * itself. If the database is busy, the item stays claimed and is written at the next drain.
   */
  private async record(row: Row, messageId: string): Promise<boolean> {
    const d = row.delivery;
    const { db, log, clock } = this.core;
    try {
      await markSent(db, d.id, messageId, clock.now(), this.claimOf);
      this.unrecorded.delete(d.id);
    } catch (err) {
      this.unrecorded.set(d.id, { row, messageId });
      log.error({ job: 'deliver', platform: this.platform, outbox: d.id, err: loggableError(err) }, 'sent, but could not record it yet');
      return false;
    }
    // The prompt must end up showing everyone who checked in, also those who did while it was being sent.
    if (d.kind === PROMPT_KIND || d.kind === TALLY_KIND)
      await tallyAfterPost(this.core, row.groupId, d.idemKey, d.reply.text).catch((err) => log.warn({ group: row.groupId, err: loggableError(err) }, 'tally refresh failed'));
    return true;
  }

  private async recordUnrecorded(): Promise<boolean> {
    for (const { row, messageId } of [...this.unrecorded.values()]) if (!(await this.record(row, messageId))) return false;
    return true;
  }

  private async failed(row: Row, f: DeliveryFailure, ms: number): Promise<boolean> {
    const d = row.delivery;
    const { db, log, clock } = this.core;
    const mine = this.claimOf;
    const base = { job: 'deliver', platform: this.platform, outbox: d.id, group: row.groupId, kind: d.kind, ms: Math.round(ms), reason: f.reason.slice(0, 120) };
    this.core.metrics?.sent(this.platform, sendResult(f));
    if (this.givenBack.has(d.id)) return false; // given back at shutdown: another process tries it again
    if (f.kind === 'revoked') {
      // Not this message's fault: it waits, untouched, for the platform to be back.
      await release(db, d.id, mine);
      if (!this.stopped) {
        this.stopped = true;
        log.error({ ...base, outcome: 'revoked' }, `${this.platform} refused the bot's token: delivery on ${this.platform} stopped`);
        this.onRevoked(f.reason);
      }
      return false;
    }
    if (f.kind === 'retry') {
      if (d.attempts + 1 >= this.maxAttempts) {
        await markFailed(db, d.id, `gave up after ${d.attempts + 1} tries: ${f.reason}`, mine);
        this.stats.failed++;
        log.warn({ ...base, outcome: 'failed' }, 'delivery gave up');
        return true;
      }
      const delay = Math.max(f.afterMs, Math.min(this.backoff.baseMs * 2 ** d.attempts, this.backoff.capMs));
      await retryLater(db, d.id, new Date(clock.now().getTime() + delay), f.reason, mine);
      this.pausedUntil.set(chatKey(d), clock.now().getTime() + delay); // later items for this chat wait too (bot clock, like not_before)
      this.stats.retried++;
      log.info({ ...base, outcome: 'retry', afterMs: delay }, 'delivery retried later');
      return false;
    } else if (f.kind === 'no_permission' && d.audience === 'group') {
      // Not one message's failure: the chat's posts wait (tried again hourly), and facilitators hear it once.
      const episode = await holdGroupChat(db, d.id, new Date(clock.now().getTime() + PERMISSION_RETRY_MS), f.reason, mine);
      this.stats.held++;
      const told = episode === null ? 0 : await queuePermissionNote(this.core, row.groupId, episode, f.missing, clock.now());
      log.warn({ ...base, outcome: 'held', missing: f.missing, told }, 'no permission to post in the group: its posts wait');
    } else if ((f.kind === 'unreachable' || f.kind === 'no_permission') && d.audience === 'person') {
      await hold(db, d.id, f.reason, mine);
      this.stats.held++;
      log.info({ ...base, outcome: 'held' }, 'delivery held until the person opens the private chat');
    } else if (f.kind === 'gone' && d.audience === 'group') {
      // The bot was removed: the group becomes inactive and nothing more is sent for it.
      this.goneGroups.add(row.groupId);
      await deactivateGroup(db, row.groupId);
      await markFailed(db, d.id, f.reason, mine);
      await db.updateTable('outbox').set({ status: 'skipped', error: 'group inactive' }).where('group_id', '=', row.groupId).where('status', 'in', ['pending', 'held']).execute();
      this.stats.gone++;
      log.warn({ ...base, outcome: 'gone' }, 'bot removed from the group: group made inactive');
    } else {
      await markFailed(db, d.id, f.reason, mine);
      this.stats.failed++;
      log.warn({ ...base, outcome: 'failed', failure: f.kind }, 'delivery failed');
    }
    return true;
  }

  private async fetch(cursor: { notBefore: string; id: number } | null): Promise<{ notBefore: string; row: Row }[]> {
    const now = this.core.clock.now().toISOString();
    let q = this.core.db
      .selectFrom('outbox')
      .innerJoin('groups', 'groups.id', 'outbox.group_id')
      .leftJoin('people', 'people.id', 'outbox.person_id')
      .leftJoin('members', (j) => j.onRef('members.group_id', '=', 'outbox.group_id').onRef('members.person_id', '=', 'outbox.person_id'))
      .select([
        'outbox.id', 'outbox.idem_key', 'outbox.kind', 'outbox.audience', 'outbox.payload', 'outbox.attempts', 'outbox.not_before',
        'outbox.group_id', 'outbox.person_id', 'outbox.parts_sent', 'groups.chat_id', 'groups.topic_id', 'groups.active', 'people.user_id', 'people.dm_chat_id',
        'members.status as member_status', 'members.away_until', 'members.facilitator_notes',
      ])
      .where('groups.platform', '=', this.platform)
      .where(claimable(this.core.clock.now()))
      .where('outbox.not_before', '<=', now);
    if (cursor) {
      const c = cursor;
      q = q.where((eb) => eb.or([eb('outbox.not_before', '>', c.notBefore), eb.and([eb('outbox.not_before', '=', c.notBefore), eb('outbox.id', '>', c.id)])]));
    }
    const rows = await q.orderBy('outbox.not_before').orderBy('outbox.id').limit(this.page).execute();
    return rows.map((r) => ({
      notBefore: r.not_before,
      row: {
        delivery: {
          id: r.id,
          idemKey: r.idem_key,
          kind: r.kind,
          groupChatId: r.chat_id,
          groupTopicId: r.topic_id ?? undefined,
          audience: r.audience as 'group' | 'person',
          person: r.user_id ? { userId: r.user_id, dmChatId: r.dm_chat_id } : undefined,
          reply: JSON.parse(r.payload) as Reply,
          attempts: r.attempts,
          partsSent: r.parts_sent,
        },
        groupId: r.group_id,
        groupActive: r.active === 1,
        personId: r.person_id,
        member: { status: r.member_status, awayUntil: r.away_until, notes: r.facilitator_notes },
      },
    }));
  }

  /** Milliseconds (bot clock) until the next item of this platform falls due (or its claim runs out). */
  private async nextDueInMs(): Promise<number | null> {
    const due = (status: 'pending' | 'sending', column: 'outbox.not_before' | 'outbox.claim_until') =>
      this.core.db
        .selectFrom('outbox')
        .innerJoin('groups', 'groups.id', 'outbox.group_id')
        .select((eb) => eb.fn.min(column).as('next'))
        .where('groups.platform', '=', this.platform)
        .where('groups.active', '=', 1)
        .where('outbox.status', '=', status)
        .executeTakeFirst();
    const times = [(await due('pending', 'outbox.not_before'))?.next, (await due('sending', 'outbox.claim_until'))?.next].filter((t) => t).map((t) => Date.parse(String(t)));
    if (!times.length) return null;
    return Math.max(0, Math.min(...times) - this.core.clock.now().getTime());
  }
}

/** How one send ended, for the operators' counts (src/core/metrics.ts). */
export function sendResult(f: DeliveryFailure): SendResult {
  switch (f.kind) {
    case 'retry':
      return f.status === 429 ? '429' : f.status !== undefined && f.status >= 500 ? '5xx' : 'retry';
    case 'permanent':
      return 'failed';
    default:
      return f.kind;
  }
}

function chatKey(d: Delivery): string {
  return budgetKey(d.audience, d.audience === 'group' ? d.groupChatId : String(d.person?.dmChatId ?? d.person?.userId ?? d.id));
}

const emptyStats = (): DrainStats => ({ sent: 0, retried: 0, held: 0, failed: 0, skipped: 0, gone: 0 });

function diff(a: DrainStats, b: DrainStats): DrainStats {
  return { sent: a.sent - b.sent, retried: a.retried - b.retried, held: a.held - b.held, failed: a.failed - b.failed, skipped: a.skipped - b.skipped, gone: a.gone - b.gone };
}
