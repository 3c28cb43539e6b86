// REST routes other than application commands: gateway, users, channels, messages,
// interaction callbacks and interaction webhooks.
import { Errors, ApiError } from './errors.js';
import { CallbackType, InteractionType, type CallbackRecord, type InteractionRecord } from './interactions.js';
import { ChannelType, MessageFlag, Perm, type FakeChannel } from './model.js';
import type { FakeDiscord } from './index.js';
import type { Route } from './rest.js';
import { apiChannel, apiGuild, apiMember, apiMessage, apiUser } from './serialize.js';
import { isEmptyMessage, validateMessage, validateModal } from './validate.js';

function checkMessageBody(body: any, requireContent: boolean): void {
  validateMessage(body).throwIfAny();
  if (requireContent && isEmptyMessage(body)) throw Errors.emptyMessage();
}

/** The channel, if the bot can post there (404 10003, 403 50001, 403 50007, 403 50013). */
function writableChannel(fake: FakeDiscord, channelId: string): FakeChannel {
  const channel = fake.world.channels.get(channelId);
  if (!channel) throw Errors.unknownChannel();
  if (channel.guildId) {
    const guild = fake.world.guilds.get(channel.guildId);
    if (!guild?.botPresent) throw Errors.missingAccess();
    const perms = fake.world.permissions(channel.guildId, fake.world.bot.id);
    if (!(perms & Perm.VIEW_CHANNEL)) throw Errors.missingAccess();
    if (!(perms & Perm.SEND_MESSAGES)) throw Errors.missingPermissions();
  }
  return channel;
}

function readableChannel(fake: FakeDiscord, channelId: string): FakeChannel {
  const channel = fake.world.channels.get(channelId);
  if (!channel) throw Errors.unknownChannel();
  if (channel.guildId && !fake.world.guilds.get(channel.guildId)?.botPresent) throw Errors.missingAccess();
  return channel;
}

export function coreRoutes(fake: FakeDiscord): Route[] {
  const w = fake.world;
  return [
    {
      method: 'GET',
      pattern: '/gateway/bot',
      handler: () => ({
        status: 200,
        body: { url: fake.gatewayUrl, shards: fake.recommendedShards(), session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } },
      }),
    },
    { method: 'GET', pattern: '/gateway', auth: false, handler: () => ({ status: 200, body: { url: fake.gatewayUrl } }) },
    { method: 'GET', pattern: '/users/@me', handler: () => ({ status: 200, body: { ...apiUser(w.bot), verified: true, mfa_enabled: false } }) },
    {
      method: 'GET',
      pattern: '/applications/@me',
      handler: () => ({ status: 200, body: fake.applicationJson() }),
    },
    { method: 'GET', pattern: '/oauth2/applications/@me', handler: () => ({ status: 200, body: fake.applicationJson() }) },
    {
      method: 'GET',
      pattern: '/users/:user',
      handler: ({ params }) => {
        const user = w.users.get(params.user!);
        if (!user) throw Errors.unknownUser();
        return { status: 200, body: apiUser(user) };
      },
    },
    {
      method: 'POST',
      pattern: '/users/@me/channels',
      handler: ({ body }) => {
        const user = w.users.get(String(body?.recipient_id));
        if (!user || user.id === w.bot.id) throw Errors.invalidRecipient();
        return { status: 200, body: apiChannel(w, w.dmChannel(user.id)) };
      },
    },
    {
      method: 'GET',
      pattern: '/guilds/:guild',
      handler: ({ params }) => {
        const guild = w.guilds.get(params.guild!);
        if (!guild) throw Errors.unknownGuild();
        if (!guild.botPresent) throw Errors.missingAccess();
        return { status: 200, body: apiGuild(w, guild) };
      },
    },
    {
      method: 'GET',
      pattern: '/guilds/:guild/members/:user',
      handler: ({ params }) => {
        const guild = w.guilds.get(params.guild!);
        if (!guild) throw Errors.unknownGuild();
        if (!guild.botPresent) throw Errors.missingAccess();
        const member = w.member(guild.id, params.user!);
        if (!member) throw Errors.unknownMember();
        return { status: 200, body: apiMember(w, member) };
      },
    },
    {
      method: 'GET',
      pattern: '/guilds/:guild/channels',
      handler: ({ params }) => {
        const guild = w.guilds.get(params.guild!);
        if (!guild) throw Errors.unknownGuild();
        if (!guild.botPresent) throw Errors.missingAccess();
        return { status: 200, body: w.guildChannels(guild.id).map((c) => apiChannel(w, c)) };
      },
    },
    { method: 'GET', pattern: '/channels/:channel', handler: ({ params }) => ({ status: 200, body: apiChannel(w, readableChannel(fake, params.channel!)) }) },
    {
      method: 'POST',
      pattern: '/channels/:channel/messages',
      handler: ({ params, body }) => {
        const channel = writableChannel(fake, params.channel!);
        if (channel.type === ChannelType.DM && w.users.get(channel.recipientId!)?.dmsClosed) throw Errors.dmsClosed();
        checkMessageBody(body, true);
        if (body?.enforce_nonce && body.nonce !== undefined && body.nonce !== null) {
          const since = Date.now() - fake.options.nonceWindowMs;
          const dup = w.messages.find((m) => m.channelId === channel.id && m.authorId === w.bot.id && m.nonce === body.nonce && m.createdAt >= since);
          if (dup) return { status: 200, body: apiMessage(w, dup) };
        }
        const msg = fake.createMessage({ channel, authorId: w.bot.id, kind: 'channel', body });
        return { status: 200, body: apiMessage(w, msg) };
      },
    },
    {
      method: 'GET',
      pattern: '/channels/:channel/messages/:message',
      handler: ({ params }) => {
        const channel = readableChannel(fake, params.channel!);
        const msg = w.message(params.message!);
        if (!msg || msg.deleted || msg.channelId !== channel.id || msg.ephemeral) throw Errors.unknownMessage();
        return { status: 200, body: apiMessage(w, msg) };
      },
    },
    {
      method: 'PATCH',
      pattern: '/channels/:channel/messages/:message',
      handler: ({ params, body }) => {
        const channel = readableChannel(fake, params.channel!);
        const msg = w.message(params.message!);
        if (!msg || msg.deleted || msg.channelId !== channel.id || msg.ephemeral) throw Errors.unknownMessage();
        if (msg.authorId !== w.bot.id) throw Errors.cannotEditOthers();
        checkMessageBody(body, false);
        fake.editMessage(msg, body ?? {});
        return { status: 200, body: apiMessage(w, msg) };
      },
    },
    {
      method: 'DELETE',
      pattern: '/channels/:channel/messages/:message',
      handler: ({ params }) => {
        const channel = readableChannel(fake, params.channel!);
        const msg = w.message(params.message!);
        if (!msg || msg.deleted || msg.channelId !== channel.id || msg.ephemeral) throw Errors.unknownMessage();
        if (msg.authorId !== w.bot.id && channel.guildId && !(w.permissions(channel.guildId, w.bot.id) & Perm.MANAGE_MESSAGES)) throw Errors.missingPermissions();
        fake.deleteMessage(msg);
        return { status: 204 };
      },
    },
  ];
}

function callbackAllowed(interactionType: number, callbackType: number, hasMessage: boolean): boolean {
  switch (callbackType) {
    case CallbackType.Reply:
    case CallbackType.DeferReply:
      return interactionType !== InteractionType.Autocomplete;
    case CallbackType.DeferUpdate:
    case CallbackType.Update:
      return interactionType === InteractionType.MessageComponent || (interactionType === InteractionType.ModalSubmit && hasMessage);
    case CallbackType.AutocompleteResult:
      return interactionType === InteractionType.Autocomplete;
    case CallbackType.Modal:
      return interactionType === InteractionType.ApplicationCommand || interactionType === InteractionType.MessageComponent;
    default:
      return false;
  }
}

function applyCallback(fake: FakeDiscord, rec: InteractionRecord, type: number, data: any): void {
  const w = fake.world;
  const channel = w.channels.get(rec.channelId)!;
  const flags = Number(data?.flags ?? 0);
  switch (type) {
    case CallbackType.Reply: {
      checkMessageBody(data, true);
      const msg = fake.createMessage({ channel, authorId: w.bot.id, kind: 'interaction-original', body: data, interactionId: rec.id, ephemeral: (flags & MessageFlag.Ephemeral) !== 0 });
      rec.originalMessageId = msg.id;
      return;
    }
    case CallbackType.DeferReply: {
      const body = { content: '', flags: MessageFlag.Loading | (flags & MessageFlag.Ephemeral) };
      const msg = fake.createMessage({ channel, authorId: w.bot.id, kind: 'interaction-original', body, interactionId: rec.id, ephemeral: (flags & MessageFlag.Ephemeral) !== 0 });
      rec.originalMessageId = msg.id;
      return;
    }
    case CallbackType.DeferUpdate:
      rec.originalMessageId = rec.sourceMessageId;
      return;
    case CallbackType.Update: {
      checkMessageBody(data ?? {}, false);
      const msg = w.message(rec.sourceMessageId!)!;
      fake.editMessage(msg, data ?? {});
      rec.originalMessageId = msg.id;
      return;
    }
    case CallbackType.AutocompleteResult: {
      const choices = data?.choices;
      if (!Array.isArray(choices) || choices.length > 25) throw Errors.invalidFormBody({ data: { choices: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' }] } } });
      return;
    }
    case CallbackType.Modal:
      validateModal(data).throwIfAny();
      return;
  }
}

export function interactionRoutes(fake: FakeDiscord): Route[] {
  const w = fake.world;
  const byToken = (params: Record<string, string>): InteractionRecord => {
    const rec = fake.interactionByToken(params.token!);
    if (!rec || params.webhook !== w.applicationId) throw Errors.unknownWebhook();
    if (Date.now() - rec.dispatchedAt > fake.options.interactionTokenTtlMs) throw Errors.invalidWebhookToken();
    if (!rec.callback) throw Errors.unknownWebhook();
    return rec;
  };
  const targetMessage = (rec: InteractionRecord, id: string) => {
    const msgId = id === '@original' ? rec.originalMessageId : id;
    const msg = msgId ? w.message(msgId) : undefined;
    const mine = msg && (msg.id === rec.originalMessageId || rec.followUpIds.includes(msg.id));
    if (!msg || !mine || msg.deleted) throw Errors.unknownMessage();
    return msg;
  };
  return [
    {
      method: 'POST',
      pattern: '/interactions/:interaction/:token/callback',
      auth: false,
      globalExempt: true,
      unlimited: true,
      handler: ({ params, body, query }) => {
        const rec = fake.interactionById(params.interaction!);
        const now = Date.now();
        const attempt: CallbackRecord = {
          interactionId: params.interaction!,
          type: Number(body?.type),
          data: body?.data,
          ephemeral: (Number(body?.data?.flags ?? 0) & MessageFlag.Ephemeral) !== 0,
          ok: false,
          status: 0,
          afterMs: rec ? now - rec.dispatchedAt : -1,
          at: now,
        };
        try {
          if (!rec || rec.token !== params.token) throw Errors.unknownInteraction();
          if (rec.callback) throw Errors.alreadyAcknowledged();
          if (attempt.afterMs > fake.options.interactionTimeoutMs) throw Errors.unknownInteraction();
          if (!callbackAllowed(rec.type, attempt.type, rec.sourceMessageId !== null)) {
            throw Errors.invalidFormBody({ type: { _errors: [{ code: 'INTERACTION_CALLBACK_TYPE_INVALID', message: 'Interaction callback type is invalid for this interaction' }] } });
          }
          applyCallback(fake, rec, attempt.type, body?.data);
          attempt.ok = true;
          attempt.status = query.get('with_response') === 'true' ? 200 : 204;
          rec.callback = attempt;
        } catch (e) {
          if (e instanceof ApiError) {
            attempt.status = e.status;
            attempt.code = e.code;
          }
          throw e;
        } finally {
          fake.interactionResponses.push(attempt);
        }
        if (attempt.status === 204) return { status: 204 };
        const original = rec.originalMessageId ? w.message(rec.originalMessageId) : undefined;
        return {
          status: 200,
          body: {
            interaction: {
              id: rec.id,
              type: rec.type,
              activity_instance_id: undefined,
              response_message_id: original?.id,
              response_message_loading: original ? (original.flags & MessageFlag.Loading) !== 0 : undefined,
              response_message_ephemeral: original?.ephemeral,
            },
            resource: { type: attempt.type, message: original ? apiMessage(w, original) : undefined },
          },
        };
      },
    },
    {
      method: 'POST',
      pattern: '/webhooks/:webhook/:token',
      auth: false,
      globalExempt: true,
      handler: ({ params, body, query }) => {
        const rec = byToken(params);
        checkMessageBody(body, true);
        const original = rec.originalMessageId ? w.message(rec.originalMessageId) : undefined;
        let msg;
        if (original && original.flags & MessageFlag.Loading && rec.callback?.type === CallbackType.DeferReply) {
          // After a deferred reply, the first follow-up fills in the "thinking" message (keeping its ephemerality).
          fake.editMessage(original, { ...body, flags: original.flags & MessageFlag.Ephemeral });
          msg = original;
        } else {
          const flags = Number(body?.flags ?? 0);
          msg = fake.createMessage({ channel: w.channels.get(rec.channelId)!, authorId: w.bot.id, kind: 'followup', body, interactionId: rec.id, ephemeral: (flags & MessageFlag.Ephemeral) !== 0 });
        }
        rec.followUpIds.push(msg.id);
        return query.get('wait') === 'true' ? { status: 200, body: apiMessage(w, msg) } : { status: 204 };
      },
    },
    {
      method: 'GET',
      pattern: '/webhooks/:webhook/:token/messages/:message',
      auth: false,
      globalExempt: true,
      handler: ({ params }) => ({ status: 200, body: apiMessage(w, targetMessage(byToken(params), params.message!)) }),
    },
    {
      method: 'PATCH',
      pattern: '/webhooks/:webhook/:token/messages/:message',
      auth: false,
      globalExempt: true,
      handler: ({ params, body }) => {
        const msg = targetMessage(byToken(params), params.message!);
        checkMessageBody(body ?? {}, false);
        const patch = { ...(body ?? {}) };
        // Editing the "thinking" placeholder clears the loading flag; ephemerality cannot change.
        patch.flags = (msg.flags & MessageFlag.Ephemeral) | (Number(patch.flags ?? 0) & ~(MessageFlag.Ephemeral | MessageFlag.Loading));
        fake.editMessage(msg, patch);
        return { status: 200, body: apiMessage(w, msg) };
      },
    },
    {
      method: 'DELETE',
      pattern: '/webhooks/:webhook/:token/messages/:message',
      auth: false,
      globalExempt: true,
      handler: ({ params }) => {
        fake.deleteMessage(targetMessage(byToken(params), params.message!));
        return { status: 204 };
      },
    },
  ];
}
