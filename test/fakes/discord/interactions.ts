// Interaction records, the handles tests await, and INTERACTION_CREATE payloads.
import { randomBytes } from 'node:crypto';
import type { FakeChannel, FakeMessage, FakeUser, World } from './model.js';
import { snowflake } from './model.js';
import { apiChannel, apiMember, apiMessage, apiUser, type Json } from './serialize.js';

export const InteractionType = { Ping: 1, ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4, ModalSubmit: 5 } as const;
export const CallbackType = { Reply: 4, DeferReply: 5, DeferUpdate: 6, Update: 7, AutocompleteResult: 8, Modal: 9 } as const;

export interface CallbackRecord {
  interactionId: string;
  type: number;
  data: Json | undefined;
  ephemeral: boolean;
  ok: boolean;
  status: number;
  /** Discord error code when rejected (10062, 40060, 50035 ...). */
  code?: number;
  /** Milliseconds after the interaction was dispatched. */
  afterMs: number;
  at: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  type: number;
  payload: Json;
  dispatchedAt: number;
  userId: string;
  channelId: string;
  guildId: string | null;
  /** The message a component (or a modal opened from one) belongs to. */
  sourceMessageId: string | null;
  callback: CallbackRecord | null;
  originalMessageId: string | null;
  followUpIds: string[];
  handle: InteractionHandle;
}

type Poll = <T>(get: () => T | undefined | null | false, timeoutMs: number, what: string) => Promise<T>;

/** What a test holds after `fake.slash()` / `click()` / ...: await the bot's response through it. */
export class InteractionHandle {
  constructor(
    private readonly record: () => InteractionRecord,
    private readonly world: World,
    private readonly poll: Poll,
  ) {}
  get id(): string {
    return this.record().id;
  }
  get token(): string {
    return this.record().token;
  }
  get payload(): Json {
    return this.record().payload;
  }
  /** The accepted callback, if any. */
  get callback(): CallbackRecord | null {
    return this.record().callback;
  }
  get original(): FakeMessage | null {
    const id = this.record().originalMessageId;
    return id ? (this.world.message(id) ?? null) : null;
  }
  get followUps(): FakeMessage[] {
    return this.record().followUpIds.map((id) => this.world.message(id)!).filter(Boolean);
  }
  /** The modal shown (callback type 9), if any. */
  get modal(): Json | null {
    const cb = this.callback;
    return cb?.type === CallbackType.Modal ? (cb.data ?? null) : null;
  }
  /** Autocomplete choices returned (callback type 8), if any. */
  get choices(): Json[] | null {
    const cb = this.callback;
    return cb?.type === CallbackType.AutocompleteResult ? (cb.data?.choices ?? []) : null;
  }
  /** Resolves when the bot has acknowledged the interaction (any accepted callback). */
  acknowledged(timeoutMs = 2000): Promise<CallbackRecord> {
    return this.poll(() => this.callback, timeoutMs, `interaction ${this.id} to be acknowledged`);
  }
  /**
   * Resolves with the first visible response: the original response once it is not a "thinking"
   * placeholder (reply, update, or an edit after deferring), else the first follow-up.
   */
  reply(timeoutMs = 2000): Promise<FakeMessage> {
    return this.poll(
      () => {
        const original = this.original;
        if (original && !(original.flags & 128) && !original.deleted) return original;
        return this.followUps[0];
      },
      timeoutMs,
      `a visible response to interaction ${this.id}`,
    );
  }
}

export interface InteractionContext {
  world: World;
  user: FakeUser;
  channel: FakeChannel;
  type: number;
  data: Json;
  message?: FakeMessage;
}

/** Builds the INTERACTION_CREATE payload, with the fields discord.js reads. */
export function buildInteraction(ctx: InteractionContext): { id: string; token: string; payload: Json } {
  const { world, user, channel } = ctx;
  const id = snowflake();
  const token = `aW50ZXJhY3Rpb246${id}:${randomBytes(24).toString('base64url')}`;
  const guildId = channel.guildId;
  const payload: Json = {
    id,
    application_id: world.applicationId,
    type: ctx.type,
    data: ctx.data,
    token,
    version: 1,
    channel_id: channel.id,
    channel: apiChannel(world, channel),
    locale: user.locale,
    entitlements: [],
    authorizing_integration_owners: guildId ? { '0': guildId } : { '1': user.id },
    context: guildId ? 0 : 1,
    attachment_size_limit: 10 * 1024 * 1024,
  };
  if (guildId) {
    const guild = world.guilds.get(guildId)!;
    const member = world.member(guildId, user.id);
    if (!member) throw new Error(`fake discord: ${user.username} is not a member of guild ${guild.name}; call fake.addMember() first`);
    payload.guild_id = guildId;
    payload.guild = { id: guildId, locale: guild.locale, features: [] };
    payload.guild_locale = guild.locale;
    payload.member = apiMember(world, member, true);
    payload.app_permissions = world.permissions(guildId, world.bot.id).toString();
  } else {
    payload.user = apiUser(user);
    payload.app_permissions = '0';
  }
  if (ctx.message) payload.message = apiMessage(world, ctx.message);
  return { id, token, payload };
}
