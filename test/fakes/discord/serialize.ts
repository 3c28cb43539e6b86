// Turns the fake's state into the JSON shapes Discord sends (API v10).
import type { FakeChannel, FakeGuild, FakeMember, FakeMessage, FakeRole, FakeUser, World } from './model.js';

export type Json = Record<string, any>;

export function apiUser(u: FakeUser): Json {
  return {
    id: u.id,
    username: u.username,
    discriminator: '0',
    global_name: u.globalName,
    avatar: null,
    bot: u.bot || undefined,
    public_flags: 0,
    flags: 0,
  };
}

export function apiRole(r: FakeRole): Json {
  return {
    id: r.id,
    name: r.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: r.position,
    permissions: r.permissions.toString(),
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

export function apiMember(world: World, m: FakeMember, withPermissions = false): Json {
  const user = world.users.get(m.userId)!;
  const out: Json = {
    user: apiUser(user),
    nick: m.nick,
    avatar: null,
    banner: null,
    roles: [...m.roles],
    joined_at: m.joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
  if (withPermissions) out.permissions = world.permissions(m.guildId, m.userId).toString();
  return out;
}

export function apiChannel(world: World, c: FakeChannel, includeGuildId = true): Json {
  if (c.recipientId !== null) {
    const recipient = world.users.get(c.recipientId);
    return {
      id: c.id,
      type: c.type,
      last_message_id: null,
      flags: 0,
      recipients: recipient ? [apiUser(recipient)] : [],
    };
  }
  const out: Json = {
    id: c.id,
    type: c.type,
    name: c.name,
    position: c.position,
    parent_id: c.parentId,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
  if (includeGuildId) out.guild_id = c.guildId;
  return out;
}

export function apiGuild(world: World, g: FakeGuild): Json {
  return {
    id: g.id,
    name: g.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: g.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: world.guildRoles(g.id).map(apiRole),
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    max_members: 500000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: g.locale,
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
  };
}

/** The GUILD_CREATE payload: the guild plus the extra gateway fields. */
export function gatewayGuild(world: World, g: FakeGuild): Json {
  const botMember = world.member(g.id, world.bot.id);
  return {
    ...apiGuild(world, g),
    joined_at: botMember?.joinedAt ?? new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: world.guildMembers(g.id).length,
    voice_states: [],
    members: world.guildMembers(g.id).map((m) => apiMember(world, m)),
    channels: world.guildChannels(g.id).map((c) => apiChannel(world, c, false)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export function apiMessage(world: World, m: FakeMessage): Json {
  const author = world.users.get(m.authorId)!;
  const out: Json = {
    id: m.id,
    channel_id: m.channelId,
    author: apiUser(author),
    content: m.content,
    timestamp: new Date(m.createdAt).toISOString(),
    edited_timestamp: m.editedAt ? new Date(m.editedAt).toISOString() : null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: m.attachments.map(({ data: _bytes, ...a }) => ({ ...a, url: `https://cdn.discordapp.com/attachments/${m.channelId}/${a.id}/${a.filename}`, proxy_url: `https://media.discordapp.net/attachments/${m.channelId}/${a.id}/${a.filename}` })),
    embeds: m.embeds,
    components: m.components,
    pinned: false,
    type: m.interactionId && m.kind === 'interaction-original' ? 20 : 0,
    flags: m.flags,
  };
  if (m.guildId && m.kind !== 'interaction-original' && m.kind !== 'followup') out.guild_id = m.guildId;
  if (m.nonce !== null) out.nonce = m.nonce;
  if (m.interactionId) {
    out.webhook_id = world.applicationId;
    out.application_id = world.applicationId;
  }
  return out;
}
