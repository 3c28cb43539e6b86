// In-memory state of the fake Discord: users, guilds, channels, roles, members, messages.
export const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A Discord-style snowflake (64-bit, as text). */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** Permission bits (https://discord.com/developers/docs/topics/permissions). */
export const Perm = {
  CREATE_INSTANT_INVITE: 1n << 0n,
  KICK_MEMBERS: 1n << 1n,
  BAN_MEMBERS: 1n << 2n,
  ADMINISTRATOR: 1n << 3n,
  MANAGE_CHANNELS: 1n << 4n,
  MANAGE_GUILD: 1n << 5n,
  VIEW_CHANNEL: 1n << 10n,
  SEND_MESSAGES: 1n << 11n,
  MANAGE_MESSAGES: 1n << 13n,
  EMBED_LINKS: 1n << 14n,
  READ_MESSAGE_HISTORY: 1n << 16n,
  MANAGE_ROLES: 1n << 28n,
  USE_APPLICATION_COMMANDS: 1n << 31n,
  SEND_MESSAGES_IN_THREADS: 1n << 38n,
  MODERATE_MEMBERS: 1n << 40n,
} as const;
export const ALL_PERMISSIONS = (1n << 51n) - 1n;
export const DEFAULT_EVERYONE =
  Perm.VIEW_CHANNEL | Perm.SEND_MESSAGES | Perm.READ_MESSAGE_HISTORY | Perm.EMBED_LINKS | Perm.USE_APPLICATION_COMMANDS;

export const ChannelType = { GuildText: 0, DM: 1, GuildCategory: 4, PublicThread: 11, PrivateThread: 12 } as const;
export const MessageFlag = { Ephemeral: 64, Loading: 128 } as const;

export interface FakeUser {
  id: string;
  username: string;
  globalName: string | null;
  bot: boolean;
  dmsClosed: boolean;
  locale: string;
}
export interface FakeRole {
  id: string;
  guildId: string;
  name: string;
  permissions: bigint;
  position: number;
}
export interface FakeChannel {
  id: string;
  type: number;
  guildId: string | null;
  name: string | null;
  parentId: string | null;
  position: number;
  /** For DM channels: the other user. */
  recipientId: string | null;
}
export interface FakeMember {
  guildId: string;
  userId: string;
  roles: string[];
  nick: string | null;
  joinedAt: string;
}
export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  locale: string;
  /** Whether the bot is (still) a member. */
  botPresent: boolean;
}
export interface MessageRevision {
  content: string;
  embeds: unknown[];
  components: unknown[];
  flags: number;
  at: number;
}
export type MessageKind = 'channel' | 'interaction-original' | 'followup' | 'user';
/** A file on a message, as Discord describes it (an image's size read from its bytes). */
export interface FakeAttachment {
  id: string;
  filename: string;
  description?: string;
  content_type: string;
  size: number;
  width?: number;
  height?: number;
  data: Buffer;
}

export interface FakeMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  authorId: string;
  kind: MessageKind;
  content: string;
  embeds: any[];
  components: any[];
  flags: number;
  ephemeral: boolean;
  nonce: string | number | null;
  interactionId: string | null;
  createdAt: number;
  editedAt: number | null;
  deleted: boolean;
  attachments: FakeAttachment[];
  /** Every state the message has had, oldest first (the current one last). */
  history: MessageRevision[];
}

export class World {
  readonly users = new Map<string, FakeUser>();
  readonly guilds = new Map<string, FakeGuild>();
  readonly channels = new Map<string, FakeChannel>();
  readonly roles = new Map<string, FakeRole>();
  readonly members = new Map<string, FakeMember>();
  readonly messages: FakeMessage[] = [];
  readonly bot: FakeUser;
  readonly applicationId: string;

  constructor(botName = 'FakeBot') {
    this.bot = this.addUser({ username: botName, bot: true });
    this.applicationId = this.bot.id;
  }

  addUser(opts: { username?: string; globalName?: string; bot?: boolean; dmsClosed?: boolean; locale?: string } = {}): FakeUser {
    const id = snowflake();
    const user: FakeUser = {
      id,
      username: opts.username ?? `user${this.users.size}`,
      globalName: opts.globalName ?? null,
      bot: opts.bot ?? false,
      dmsClosed: opts.dmsClosed ?? false,
      locale: opts.locale ?? 'en-US',
    };
    this.users.set(id, user);
    return user;
  }

  memberKey(guildId: string, userId: string): string {
    return `${guildId}:${userId}`;
  }
  member(guildId: string, userId: string): FakeMember | undefined {
    return this.members.get(this.memberKey(guildId, userId));
  }
  guildMembers(guildId: string): FakeMember[] {
    return [...this.members.values()].filter((m) => m.guildId === guildId);
  }
  guildRoles(guildId: string): FakeRole[] {
    return [...this.roles.values()].filter((r) => r.guildId === guildId);
  }
  guildChannels(guildId: string): FakeChannel[] {
    return [...this.channels.values()].filter((c) => c.guildId === guildId);
  }
  botGuilds(): FakeGuild[] {
    return [...this.guilds.values()].filter((g) => g.botPresent);
  }
  message(id: string): FakeMessage | undefined {
    return this.messages.find((m) => m.id === id);
  }

  /** Guild-level permissions of a member, as Discord computes them (no channel overwrites). */
  permissions(guildId: string, userId: string): bigint {
    const guild = this.guilds.get(guildId);
    if (!guild) return 0n;
    if (guild.ownerId === userId) return ALL_PERMISSIONS;
    let perms = this.roles.get(guildId)?.permissions ?? 0n; // @everyone role id == guild id
    for (const roleId of this.member(guildId, userId)?.roles ?? []) perms |= this.roles.get(roleId)?.permissions ?? 0n;
    return perms & Perm.ADMINISTRATOR ? ALL_PERMISSIONS : perms;
  }

  /** Find or create the DM channel between the bot and a user. */
  dmChannel(userId: string): FakeChannel {
    const existing = [...this.channels.values()].find((c) => c.type === ChannelType.DM && c.recipientId === userId);
    if (existing) return existing;
    const channel: FakeChannel = {
      id: snowflake(),
      type: ChannelType.DM,
      guildId: null,
      name: null,
      parentId: null,
      position: 0,
      recipientId: userId,
    };
    this.channels.set(channel.id, channel);
    return channel;
  }
}
