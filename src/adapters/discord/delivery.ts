import { createHash } from 'node:crypto';
import { type Client, DiscordAPIError, HTTPError, RateLimitError, Routes } from 'discord.js';
import type { Command } from '../../../commands/command.js';
import type { DB } from '../../db/database.js';
import { findGroupByChat } from '../../core/groups.js';
import { type Delivery, DeliveryError, type DeliveryFailure, type DeliveryPort } from '../../core/outbox.js';
import type { CustomIds } from './custom-ids.js';
import { type FormStore, type RenderedMessage, attachmentsOf, renderReply } from './render.js';

// Scheduled and cross-person messages (weekly prompts, tallies, buddy introductions, nudges).
// Group items go to the group's channel; person items by DM. Every send carries a nonce made
// from the outbox item with enforce_nonce, so a resend after a crash or a retried request
// returns the first message instead of posting a second one.

export const NO_MENTIONS = { parse: [] as never[] };

export interface DeliveryDeps {
  client: Client;
  db: DB;
  ids: CustomIds;
  commands: ReadonlyMap<string, Command>;
  forms: FormStore;
  /** This process hears of every server (one gateway connection for the whole bot): not a worker, not one shard of several. */
  seesEveryServer(): boolean;
}

/** At most 25 characters, the same for every attempt at one piece of one item. */
export function nonceFor(d: Pick<Delivery, 'id' | 'idemKey'>, piece = 0): string {
  const h = createHash('sha256').update(d.idemKey).digest('base64url').slice(0, 10);
  return `o${d.id.toString(36)}.${h}.${piece}`.slice(0, 25);
}

export class DiscordDelivery implements DeliveryPort {
  readonly platform = 'discord' as const;
  /** Discord refused the token once: discord.js has dropped it, so every later send fails the same way. */
  private revoked = false;
  constructor(private readonly deps: DeliveryDeps) {}

  async deliver(d: Delivery): Promise<{ messageId: string }> {
    try {
      const owner = d.audience === 'person' ? (d.person?.userId ?? '') : '';
      // Buttons in a DM act on the group the message came from (a gentle check-in from group A).
      const group = d.audience === 'person' ? (await findGroupByChat(this.deps.db, 'discord', d.groupChatId))?.id : undefined;
      const pieces = renderReply(d.reply, { ids: this.deps.ids, owner, group, commands: this.deps.commands, forms: this.deps.forms });
      if (d.reply.edits) {
        const { chatId, messageId } = d.reply.edits;
        await this.deps.client.rest.patch(Routes.channelMessage(chatId, messageId), { body: { content: pieces[0].content, components: pieces[pieces.length - 1].components, allowed_mentions: NO_MENTIONS } });
        return { messageId };
      }
      const channelId = d.audience === 'group' ? d.groupChatId : await this.dmChannel(d);
      let first: string | undefined;
      for (const [n, piece] of pieces.entries()) {
        const id = await this.post(channelId, piece, nonceFor(d, n));
        first ??= id;
      }
      return { messageId: first! };
    } catch (err) {
      const f = deliveryFailure(err, d.audience, this.stillInServer(d));
      if (f.kind === 'revoked') this.revoked = true;
      throw new DeliveryError(this.revoked && f.kind !== 'revoked' ? { kind: 'revoked', reason: 'discord 401 earlier' } : f);
    }
  }

  /**
   * The group's channel is still known and its server still has the bot (a 50001 there is a
   * permission, not a removal). A worker, or one shard of several, does not know every server:
   * there a 50001 holds the posts, and the process that holds the server's shard hears of a
   * removal (GUILD_DELETE) and ends the group.
   */
  private stillInServer(d: Delivery): boolean {
    if (d.audience !== 'group') return false;
    if (!this.deps.seesEveryServer()) return true;
    const channel = this.deps.client.channels.cache.get(d.groupChatId);
    const guildId = channel && 'guildId' in channel ? channel.guildId : null;
    return !!guildId && this.deps.client.guilds.cache.has(guildId);
  }

  private async dmChannel(d: Delivery): Promise<string> {
    if (!d.person) throw new DeliveryError({ kind: 'permanent', reason: 'no person to write to' });
    if (d.person.dmChatId) return d.person.dmChatId;
    const dm = await this.deps.client.users.createDM(d.person.userId);
    return dm.id;
  }

  private async post(channelId: string, piece: RenderedMessage, nonce: string): Promise<string> {
    const body = { content: piece.content, components: piece.components, allowed_mentions: NO_MENTIONS, nonce, enforce_nonce: true, ...attachmentsOf(piece) };
    const files = piece.files.map((f) => ({ name: f.name, data: f.data, contentType: f.contentType }));
    const msg = (await this.deps.client.rest.post(Routes.channelMessages(channelId), { body, files: files.length ? files : undefined })) as { id: string };
    return msg.id;
  }
}

/**
 * A Discord failure as the outbox understands it. Reasons carry codes, never content.
 * `inServer`: the bot is still in the group's server, so 50001 (Missing Access) means it may no
 * longer see the channel, not that it was removed.
 */
export function deliveryFailure(err: unknown, audience: 'group' | 'person', inServer = false): DeliveryFailure {
  if (err instanceof DeliveryError) return err.failure;
  if (err instanceof DiscordAPIError) {
    const code = Number(err.code);
    const reason = `discord ${err.status} ${code}`;
    if (err.status === 401) return { kind: 'revoked', reason: `${reason}: token refused` };
    if (code === 50007) return { kind: 'unreachable', reason: `${reason}: DMs closed` };
    if (code === 50013) return audience === 'group' ? { kind: 'no_permission', missing: 'send', reason: `${reason}: missing permissions` } : { kind: 'unreachable', reason };
    if (code === 50001 && audience === 'group' && inServer) return { kind: 'no_permission', missing: 'view', reason: `${reason}: missing access` };
    if (code === 50001 || code === 10003 || code === 10004) return audience === 'group' ? { kind: 'gone', reason: `${reason}: no access` } : { kind: 'unreachable', reason };
    if (err.status === 429) return { kind: 'retry', afterMs: retryAfterMs(err.rawError), reason, status: 429 };
    if (err.status >= 500) return { kind: 'retry', afterMs: 0, reason, status: err.status };
    return { kind: 'permanent', reason };
  }
  if (err instanceof RateLimitError) return { kind: 'retry', afterMs: err.retryAfter, reason: 'discord 429', status: 429 };
  if (err instanceof HTTPError) return err.status >= 500 || err.status === 429 ? { kind: 'retry', afterMs: 0, reason: `discord http ${err.status}`, status: err.status } : { kind: 'permanent', reason: `discord http ${err.status}` };
  // Network trouble (refused, reset, timed out): try again later.
  const name = err instanceof Error ? err.name : typeof err;
  const code = (err as { code?: unknown })?.code;
  return { kind: 'retry', afterMs: 0, reason: `network ${name}${code ? ` ${String(code)}` : ''}` };
}

function retryAfterMs(raw: unknown): number {
  const s = Number((raw as { retry_after?: unknown })?.retry_after);
  return Number.isFinite(s) && s > 0 ? Math.ceil(s * 1000) : 1000;
}
