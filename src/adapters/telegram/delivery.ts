import { findGroupByChat } from '../../core/groups.js';
import { type Delivery, DeliveryError, type DeliveryFailure, type DeliveryPort } from '../../core/outbox.js';
import type { TelegramDeps } from './deps.js';
import { classify } from './errors.js';
import type { Sender } from './send.js';

// Scheduled messages (the outbox) on Telegram, within its limits: the pacer keeps sends under
// ~30 a second overall, 20 a minute into one group and about 1 a second into one private chat,
// counting every send the adapter makes. Failures become DeliveryError kinds for the worker:
// 429 → retry after retry_after; 5xx / network → retry with backoff; 403 → unreachable (person)
// or gone (group); 400 migrate → the chat is moved and the item sent there at once.

export interface Window {
  max: number;
  windowMs: number;
}

export interface PaceLimits {
  global: Window;
  group: Window;
  private: Window;
}

export const TELEGRAM_PACE: PaceLimits = {
  global: { max: 28, windowMs: 1_000 },
  group: { max: 19, windowMs: 60_000 },
  private: { max: 3, windowMs: 3_100 },
};

export class Pacer {
  private readonly log = new Map<string, number[]>();
  readonly limits: PaceLimits;

  constructor(limits: Partial<PaceLimits> = {}, private readonly now: () => number = Date.now) {
    this.limits = { ...TELEGRAM_PACE, ...limits };
  }

  private windows(chatId: string): Array<[string, Window]> {
    return [
      ['*', this.limits.global],
      [chatId, chatId.startsWith('-') ? this.limits.group : this.limits.private],
    ];
  }

  /** A message went out to `chatId`. */
  note(chatId: string): void {
    const now = this.now();
    for (const [key] of this.windows(chatId)) {
      const times = this.log.get(key) ?? [];
      times.push(now);
      this.log.set(key, times);
    }
  }

  /** Milliseconds until one more send to `chatId` stays within every window (0: now). */
  waitMs(chatId: string): number {
    const now = this.now();
    let wait = 0;
    for (const [key, win] of this.windows(chatId)) {
      const times = (this.log.get(key) ?? []).filter((t) => t > now - win.windowMs);
      this.log.set(key, times);
      if (times.length >= win.max) wait = Math.max(wait, times[times.length - win.max] + win.windowMs - now + 1);
    }
    return wait;
  }
}

export interface DeliveryOptions {
  /** Wait this long at most for a free slot; longer waits go back to the worker as a retry. */
  maxWaitMs?: number;
}

export class TelegramDelivery implements DeliveryPort {
  readonly platform = 'telegram' as const;

  constructor(
    private readonly deps: TelegramDeps,
    private readonly sender: Sender,
    private readonly pacer: Pacer,
    private readonly opts: DeliveryOptions = {},
  ) {}

  async deliver(d: Delivery): Promise<{ messageId: string }> {
    const { core } = this.deps.app;
    const chatId = d.audience === 'person' ? d.person?.dmChatId ?? d.person?.userId : d.groupChatId;
    if (!chatId) throw new DeliveryError({ kind: 'unreachable', reason: 'no private chat with this person' });
    const wait = this.pacer.waitMs(d.reply.edits ? d.reply.edits.chatId : chatId);
    if (wait > (this.opts.maxWaitMs ?? 1_500)) throw new DeliveryError({ kind: 'retry', afterMs: wait, reason: 'pacing under Telegram limits' });
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    // Buttons in a private message act for the group the item belongs to.
    const groupId = d.audience === 'person' ? (await findGroupByChat(core.db, 'telegram', d.groupChatId))?.id : undefined;
    try {
      // A long message resumes after the parts an earlier attempt posted, and records each part.
      const id = await this.sender.send(chatId, { ...d.reply, to: d.audience === 'person' ? 'private' : 'group' }, { groupId, fromPart: d.partsSent, onPart: d.partsDone });
      return { messageId: String(id) };
    } catch (err) {
      const v = classify(err, d.audience, d.attempts);
      if (v.kind === 'unchanged') return { messageId: d.reply.edits?.messageId ?? '' };
      if (v.kind === 'migrate') throw new DeliveryError({ kind: 'retry', afterMs: 0, reason: v.reason });
      if (v.kind === 'gone' && d.audience === 'group') await this.deps.chatGone(d.groupChatId);
      this.deps.log.warn({ outbox: d.id, kind: d.kind, failure: v.kind, reason: v.reason }, 'telegram: delivery failed');
      throw new DeliveryError(v as DeliveryFailure);
    }
  }
}
