import { findGroupByChat } from '../../core/groups.js';
import { type Delivery, DeliveryError, type DeliveryFailure, type DeliveryPort } from '../../core/outbox.js';
import type { TelegramDeps } from './deps.js';
import { classify } from './errors.js';
import type { Sender } from './send.js';

// Scheduled messages (the outbox) on Telegram. The worker has already waited for a slot in the
// platform's one send budget (src/jobs/pacing.ts SendBudget, which replies spend too), so a send
// here goes at once. Failures become DeliveryError kinds for the worker: 429 → retry after
// retry_after; 5xx / network → retry with backoff; 403 → unreachable (person) or gone (group);
// 400 migrate → the chat is moved and the item sent there at once.

export class TelegramDelivery implements DeliveryPort {
  readonly platform = 'telegram' as const;

  constructor(
    private readonly deps: TelegramDeps,
    private readonly sender: Sender,
  ) {}

  async deliver(d: Delivery): Promise<{ messageId: string }> {
    const { core } = this.deps.app;
    const chatId = d.audience === 'person' ? d.person?.dmChatId ?? d.person?.userId : d.groupChatId;
    if (!chatId) throw new DeliveryError({ kind: 'unreachable', reason: 'no private chat with this person' });
    // Buttons in a private message act for the group the item belongs to.
    const groupId = d.audience === 'person' ? (await findGroupByChat(core.db, 'telegram', d.groupChatId))?.id : undefined;
    try {
      // A long message resumes after the parts an earlier attempt posted, and records each part.
      const id = await this.sender.send(chatId, { ...d.reply, to: d.audience === 'person' ? 'private' : 'group' }, { groupId, fromPart: d.partsSent, onPart: d.partsDone, topicId: d.audience === 'group' && d.groupTopicId ? Number(d.groupTopicId) : undefined });
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
