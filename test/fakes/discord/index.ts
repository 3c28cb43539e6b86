// A local fake of the Discord API (REST + gateway) that the real discord.js Client can log in to.
import { CommandRegistry, commandRoutes } from './commands.js';
import { Gateway, type Shard, shardOf } from './gateway.js';
import { buildInteraction, InteractionHandle, InteractionType, type CallbackRecord, type InteractionRecord } from './interactions.js';
import { defaultRateLimits, RateLimiter, type RateLimitOptions } from './limits.js';
import { ChannelType, DEFAULT_EVERYONE, MessageFlag, Perm, snowflake, World, type FakeAttachment, type FakeChannel, type FakeGuild, type FakeMessage, type FakeRole, type FakeUser, type MessageKind } from './model.js';
import { RestServer, type RecordedRequest, type RouteMatcher, type Upload } from './rest.js';
import { pngSize } from '../png.js';
import { coreRoutes, interactionRoutes } from './routes.js';
import { apiChannel, apiMessage, apiRole, apiUser, gatewayGuild, type Json } from './serialize.js';
import { slashData, type SlashValue } from './slash.js';

export { Perm, MessageFlag, ChannelType } from './model.js';
export type { FakeChannel, FakeGuild, FakeMessage, FakeRole, FakeUser } from './model.js';
export type { CallbackRecord } from './interactions.js';
export { InteractionHandle } from './interactions.js';
export type { RecordedRequest } from './rest.js';
export type { SlashValue } from './slash.js';

export interface FakeDiscordOptions {
  token?: string;
  botName?: string;
  /** Time allowed for the first callback (Discord: 3000 ms). */
  interactionTimeoutMs?: number;
  /** Lifetime of the interaction token for follow-ups and edits (Discord: 15 min). */
  interactionTokenTtlMs?: number;
  /** How long `enforce_nonce` remembers a nonce (Discord: "a few minutes"). */
  nonceWindowMs?: number;
  heartbeatIntervalMs?: number;
  rateLimits?: Partial<RateLimitOptions>;
  /** Reject `slash()` for commands the bot has not registered (default true). */
  requireRegisteredCommands?: boolean;
  /** More servers than this in one gateway session: closed with 4011 "Sharding required" (Discord: 2,500). */
  maxGuildsPerSession?: number;
}
export type ResolvedOptions = Required<Omit<FakeDiscordOptions, 'rateLimits'>> & { rateLimits: RateLimitOptions };

type Ref<T> = T | string;
const idOf = (x: Ref<{ id: string }>): string => (typeof x === 'string' ? x : x.id);
const toBits = (p: bigint | number | string | undefined, fallback: bigint): bigint => (p === undefined ? fallback : BigInt(p));

export class FakeDiscord {
  readonly options: ResolvedOptions;
  readonly world: World;
  readonly limiter: RateLimiter;
  readonly commands: CommandRegistry;
  readonly gateway: Gateway;
  readonly rest: RestServer;
  /** Every callback attempt (accepted or rejected), in order. */
  readonly interactionResponses: CallbackRecord[] = [];
  private readonly interactions = new Map<string, InteractionRecord>();
  private readonly interactionsByToken = new Map<string, InteractionRecord>();
  private started = false;

  constructor(options: FakeDiscordOptions = {}) {
    this.options = {
      token: options.token ?? 'fake-bot-token',
      botName: options.botName ?? 'FakeBot',
      interactionTimeoutMs: options.interactionTimeoutMs ?? 3000,
      interactionTokenTtlMs: options.interactionTokenTtlMs ?? 15 * 60_000,
      nonceWindowMs: options.nonceWindowMs ?? 5 * 60_000,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      requireRegisteredCommands: options.requireRegisteredCommands ?? true,
      maxGuildsPerSession: options.maxGuildsPerSession ?? 2500,
      rateLimits: { ...defaultRateLimits(), ...options.rateLimits },
    };
    this.world = new World(this.options.botName);
    this.limiter = new RateLimiter(this.options.rateLimits);
    const rl = this.options.rateLimits;
    this.commands = new CommandRegistry(this.world, { createsPerDay: rl.commandCreatesPerDay, dayMs: Math.round(86_400_000 * rl.timeScale) });
    this.gateway = new Gateway({
      token: this.options.token,
      heartbeatIntervalMs: this.options.heartbeatIntervalMs,
      maxGuildsPerSession: this.options.maxGuildsPerSession,
      guildIds: () => this.world.botGuilds().map((g) => g.id),
      readyPayload: (sessionId, resumeUrl, shard) => this.readyPayload(sessionId, resumeUrl, shard),
      guildCreates: (shard) => this.shardGuilds(shard).map((g) => gatewayGuild(this.world, g)),
    });
    this.rest = new RestServer(this.options.token, this.limiter);
    this.rest.add(coreRoutes(this));
    this.rest.add(commandRoutes(this.world, this.commands));
    this.rest.add(interactionRoutes(this));
  }

  // ---- lifecycle -------------------------------------------------------------------------

  async start(): Promise<{ apiRoot: string; gatewayUrl: string; token: string }> {
    await this.gateway.start();
    await this.rest.start();
    this.started = true;
    return { apiRoot: this.apiRoot, gatewayUrl: this.gatewayUrl, token: this.token };
  }

  async stop(): Promise<void> {
    this.started = false;
    await Promise.all([this.gateway.stop(), this.rest.stop()]);
  }

  /** Pass as `rest: { api: fake.apiRoot }`; requests go to `${apiRoot}/v10/...`. */
  get apiRoot(): string {
    return this.rest.apiRoot;
  }
  get gatewayUrl(): string {
    return this.gateway.url;
  }
  get token(): string {
    return this.options.token;
  }
  get bot(): FakeUser {
    return this.world.bot;
  }
  get applicationId(): string {
    return this.world.applicationId;
  }

  // ---- world set-up ----------------------------------------------------------------------

  createUser(opts: { username?: string; globalName?: string; dmsClosed?: boolean; locale?: string } = {}): FakeUser {
    return this.world.addUser(opts);
  }

  /** Creates a guild with its @everyone role and the bot as a member (with a managed "bot" role). */
  /** `createdAt` (ms) sets the id's time part, and so which shard holds the server. */
  createGuild(opts: { name?: string; owner?: Ref<FakeUser>; locale?: string; everyonePermissions?: bigint | string; botPermissions?: bigint | string; createdAt?: number } = {}): FakeGuild {
    const id = snowflake(opts.createdAt);
    const owner = opts.owner ? idOf(opts.owner) : this.createUser({ username: 'owner' }).id;
    const guild: FakeGuild = { id, name: opts.name ?? `guild-${id.slice(-4)}`, ownerId: owner, locale: opts.locale ?? 'en-US', botPresent: true };
    this.world.guilds.set(id, guild);
    this.world.roles.set(id, { id, guildId: id, name: '@everyone', permissions: toBits(opts.everyonePermissions, DEFAULT_EVERYONE), position: 0 });
    const now = new Date().toISOString();
    this.world.members.set(this.world.memberKey(id, owner), { guildId: id, userId: owner, roles: [], nick: null, joinedAt: now });
    const botRole = this.createRole(guild, { name: this.world.bot.username, permissions: toBits(opts.botPermissions, DEFAULT_EVERYONE) });
    this.world.members.set(this.world.memberKey(id, this.world.bot.id), { guildId: id, userId: this.world.bot.id, roles: [botRole.id], nick: null, joinedAt: now });
    if (this.started) this.gateway.dispatch('GUILD_CREATE', gatewayGuild(this.world, guild));
    return guild;
  }

  createChannel(guild: Ref<FakeGuild>, opts: { name?: string; type?: number; parent?: Ref<FakeChannel> } = {}): FakeChannel {
    const guildId = idOf(guild);
    const channel: FakeChannel = {
      id: snowflake(),
      type: opts.type ?? ChannelType.GuildText,
      guildId,
      name: opts.name ?? 'general',
      parentId: opts.parent ? idOf(opts.parent) : null,
      position: this.world.guildChannels(guildId).length,
      recipientId: null,
    };
    this.world.channels.set(channel.id, channel);
    if (this.started && this.world.guilds.get(guildId)?.botPresent) this.gateway.dispatch('CHANNEL_CREATE', apiChannel(this.world, channel), 1);
    return channel;
  }

  /** permissions: a bigint, or a string/number bitfield, e.g. Perm.MANAGE_GUILD (0x20). */
  createRole(guild: Ref<FakeGuild>, opts: { name?: string; permissions?: bigint | string | number } = {}): FakeRole {
    const guildId = idOf(guild);
    const role: FakeRole = { id: snowflake(), guildId, name: opts.name ?? 'role', permissions: toBits(opts.permissions, 0n), position: this.world.guildRoles(guildId).length };
    this.world.roles.set(role.id, role);
    // Discord tells connected bots (GUILDS intent), so their role cache knows it.
    if (this.started && this.world.guilds.get(guildId)?.botPresent) this.gateway.dispatch('GUILD_ROLE_CREATE', { guild_id: guildId, role: apiRole(role) }, 1);
    return role;
  }

  addMember(guild: Ref<FakeGuild>, user: Ref<FakeUser>, opts: { roles?: Ref<FakeRole>[]; nick?: string } = {}): void {
    const guildId = idOf(guild);
    this.world.members.set(this.world.memberKey(guildId, idOf(user)), {
      guildId,
      userId: idOf(user),
      roles: (opts.roles ?? []).map(idOf),
      nick: opts.nick ?? null,
      joinedAt: new Date().toISOString(),
    });
  }

  /** The bot is kicked: GUILD_DELETE (without `unavailable`), and REST calls there get 50001. */
  removeBotFromGuild(guild: Ref<FakeGuild>): void {
    const g = this.world.guilds.get(idOf(guild));
    if (!g) throw new Error('fake discord: unknown guild');
    g.botPresent = false;
    this.world.members.delete(this.world.memberKey(g.id, this.world.bot.id));
    this.gateway.dispatch('GUILD_DELETE', { id: g.id });
  }

  /** The user has closed DMs (or blocked the bot): sends to their DM get 403 50007. */
  closeDms(user: Ref<FakeUser>, closed = true): void {
    const u = this.world.users.get(idOf(user));
    if (!u) throw new Error('fake discord: unknown user');
    u.dmsClosed = closed;
  }

  /** A user posts a message (MESSAGE_CREATE, if the bot asked for message intents). */
  userMessage(user: Ref<FakeUser>, channel: Ref<FakeChannel>, content: string): FakeMessage {
    const ch = this.channelOrThrow(channel);
    return this.createMessage({ channel: ch, authorId: idOf(user), kind: 'user', body: { content } });
  }

  // ---- interactions ----------------------------------------------------------------------

  /** A user runs `/name` (use "name sub" or "name group sub" for subcommands). */
  slash(user: Ref<FakeUser>, channel: Ref<FakeChannel>, name: string, options: Record<string, SlashValue> = {}): InteractionHandle {
    const ch = this.channelOrThrow(channel);
    const data = slashData(this.world, this.commands, ch.guildId, name, options, { strict: this.options.requireRegisteredCommands });
    return this.dispatchInteraction(user, ch, InteractionType.ApplicationCommand, data);
  }

  /** A user types into an autocomplete option: `focused` names the option being typed. */
  autocomplete(user: Ref<FakeUser>, channel: Ref<FakeChannel>, name: string, options: Record<string, SlashValue>, focused: string): InteractionHandle {
    const ch = this.channelOrThrow(channel);
    const data = slashData(this.world, this.commands, ch.guildId, name, options, { strict: this.options.requireRegisteredCommands, focused });
    return this.dispatchInteraction(user, ch, InteractionType.Autocomplete, data);
  }

  /** A user clicks a button on a message the bot sent. */
  click(user: Ref<FakeUser>, message: Ref<FakeMessage>, customId: string): InteractionHandle {
    const msg = this.messageOrThrow(message);
    const comp = this.findComponent(msg, customId);
    if (comp.type !== 2) throw new Error(`fake discord: component ${customId} is not a button (type ${comp.type})`);
    if (comp.disabled) throw new Error(`fake discord: button ${customId} is disabled`);
    return this.dispatchInteraction(user, this.channelOrThrow(msg.channelId), InteractionType.MessageComponent, { custom_id: customId, component_type: 2, id: comp.id }, msg);
  }

  /** A user picks values in a select menu on a message the bot sent. */
  select(user: Ref<FakeUser>, message: Ref<FakeMessage>, customId: string, values: string[]): InteractionHandle {
    const msg = this.messageOrThrow(message);
    const comp = this.findComponent(msg, customId);
    if (![3, 5, 6, 7, 8].includes(comp.type)) throw new Error(`fake discord: component ${customId} is not a select menu (type ${comp.type})`);
    if (comp.type === 3) {
      const allowed = new Set((comp.options ?? []).map((o: Json) => o.value));
      const bad = values.filter((v) => !allowed.has(v));
      if (bad.length) throw new Error(`fake discord: values ${bad.join(', ')} are not options of select ${customId}`);
    }
    const min = comp.min_values ?? 1;
    const max = comp.max_values ?? 1;
    if (values.length < min || values.length > max) throw new Error(`fake discord: select ${customId} takes ${min}..${max} values, got ${values.length}`);
    return this.dispatchInteraction(user, this.channelOrThrow(msg.channelId), InteractionType.MessageComponent, { custom_id: customId, component_type: comp.type, values, id: comp.id }, msg);
  }

  /**
   * A user submits a modal. By default the modal must have been shown to this user (callback type 9);
   * pass `{ unsolicited: true }` to skip that check. `fields` maps text input custom_id to value.
   */
  submitModal(user: Ref<FakeUser>, channel: Ref<FakeChannel>, customId: string, fields: Record<string, string>, opts: { unsolicited?: boolean } = {}): InteractionHandle {
    const ch = this.channelOrThrow(channel);
    const shown = [...this.interactions.values()].reverse().find((r) => r.userId === idOf(user) && r.callback?.type === 9 && r.callback.data?.custom_id === customId);
    if (!shown && !opts.unsolicited) throw new Error(`fake discord: no modal "${customId}" was shown to this user (pass { unsolicited: true } to submit anyway)`);
    const components = Object.entries(fields).map(([id, value]) => ({ type: 1, components: [{ type: 4, custom_id: id, value }] }));
    const source = shown?.sourceMessageId ? this.world.message(shown.sourceMessageId) : undefined;
    return this.dispatchInteraction(user, ch, InteractionType.ModalSubmit, { custom_id: customId, components }, source);
  }

  interactionById(id: string): InteractionRecord | undefined {
    return this.interactions.get(id);
  }
  interactionByToken(token: string): InteractionRecord | undefined {
    return this.interactionsByToken.get(token);
  }

  private dispatchInteraction(user: Ref<FakeUser>, channel: FakeChannel, type: number, data: Json, message?: FakeMessage): InteractionHandle {
    const u = this.world.users.get(idOf(user));
    if (!u) throw new Error('fake discord: unknown user');
    if (!this.gateway.connected) throw new Error('fake discord: no bot is connected to the gateway (did the client log in and become ready?)');
    if (channel.guildId && !this.world.guilds.get(channel.guildId)?.botPresent) throw new Error('fake discord: the bot is not in that guild');
    const built = buildInteraction({ world: this.world, user: u, channel, type, data, message });
    const record: InteractionRecord = {
      id: built.id,
      token: built.token,
      type,
      payload: built.payload,
      dispatchedAt: Date.now(),
      userId: u.id,
      channelId: channel.id,
      guildId: channel.guildId,
      sourceMessageId: message?.id ?? null,
      callback: null,
      originalMessageId: null,
      followUpIds: [],
      handle: new InteractionHandle(() => record, this.world, (get, ms, what) => this.waitFor(get, ms, what)),
    };
    this.interactions.set(record.id, record);
    this.interactionsByToken.set(record.token, record);
    this.gateway.dispatch('INTERACTION_CREATE', built.payload);
    return record.handle;
  }

  // ---- faults ----------------------------------------------------------------------------

  /**
   * The next `count` requests matching `match` fail with `status` (500, 502 with an HTML body, 503 ...).
   * `match`: a method ('POST'), a route key ('POST /channels/:id/messages'), a route ('/channels/:id/messages'),
   * a concrete path, or a RegExp tested against 'METHOD /path'.
   */
  failNext(match: RouteMatcher, opts: { status?: number; count?: number } = {}): void {
    this.rest.faults.push({ match, status: opts.status ?? 500, remaining: opts.count ?? 1 });
  }

  /** Adds latency to every request (or only those matching `match`). */
  delay(ms: number, match: RouteMatcher | null = null): void {
    this.rest.delays.push({ match, ms });
  }
  clearDelays(): void {
    this.rest.delays.length = 0;
  }

  // ---- observation -----------------------------------------------------------------------

  /** Every message (bot, user, interaction responses), live objects with `history` of edits. */
  get messages(): FakeMessage[] {
    return this.world.messages;
  }
  messagesIn(channel: Ref<FakeChannel>): FakeMessage[] {
    return this.world.messages.filter((m) => m.channelId === idOf(channel) && !m.deleted);
  }
  get requests(): RecordedRequest[] {
    return this.rest.requests;
  }
  /** requests, 429s returned, invalid requests (401/403/429), 5xx returned. */
  get stats(): { requests: number; rateLimited: number; invalid: number; serverErrors: number } {
    return this.rest.stats;
  }
  /** Commands as registered (global when no guild is given). */
  registeredCommands(guild?: Ref<FakeGuild>): Json[] {
    return this.commands.list(guild ? idOf(guild) : 'global');
  }

  /** Polls `get` every 10 ms until it returns something truthy. */
  async waitFor<T>(get: () => T | undefined | null | false, timeoutMs = 2000, what?: string): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = get();
      if (value) return value;
      if (Date.now() >= deadline) {
        const recent = this.requests.slice(-5).map((r) => `${r.method} ${r.path} -> ${r.status}${r.code ? ` (${r.code})` : ''}`);
        throw new Error(`fake discord: timed out after ${timeoutMs} ms waiting for ${what ?? get.toString()}; last requests: ${recent.join('; ') || 'none'}`);
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  // ---- internals used by the routes -------------------------------------------------------

  applicationJson(): Json {
    return { id: this.applicationId, name: this.world.bot.username, icon: null, description: '', bot_public: true, bot_require_code_grant: false, flags: 0, verify_key: '0'.repeat(64), team: null };
  }

  private shardGuilds([id, count]: Shard) {
    return this.world.botGuilds().filter((g) => shardOf(g.id, count) === id);
  }

  /** What /gateway/bot recommends: one shard per 1,000 servers, as Discord roughly does. */
  recommendedShards(): number {
    return Math.max(1, Math.ceil(this.world.botGuilds().length / 1000));
  }

  private readyPayload(sessionId: string, resumeUrl: string, shard: Shard): Json {
    return {
      v: 10,
      user: { ...apiUser(this.world.bot), verified: true, mfa_enabled: false },
      guilds: this.shardGuilds(shard).map((g) => ({ id: g.id, unavailable: true })),
      session_id: sessionId,
      resume_gateway_url: resumeUrl,
      shard,
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ['fake-discord'],
    };
  }

  createMessage(args: { channel: FakeChannel; authorId: string; kind: MessageKind; body: Json; interactionId?: string; ephemeral?: boolean }): FakeMessage {
    const now = Date.now();
    const b = args.body ?? {};
    const msg: FakeMessage = {
      id: snowflake(now),
      channelId: args.channel.id,
      guildId: args.channel.guildId,
      authorId: args.authorId,
      kind: args.kind,
      content: typeof b.content === 'string' ? b.content : '',
      embeds: Array.isArray(b.embeds) ? b.embeds : [],
      components: Array.isArray(b.components) ? b.components : [],
      flags: Number(b.flags ?? 0) & (MessageFlag.Ephemeral | MessageFlag.Loading | 4 | 4096 | 32768),
      ephemeral: args.ephemeral ?? false,
      nonce: b.nonce ?? null,
      interactionId: args.interactionId ?? null,
      createdAt: now,
      editedAt: null,
      deleted: false,
      attachments: attachmentsOf(b, now),
      history: [],
    };
    if (msg.ephemeral) msg.flags |= MessageFlag.Ephemeral;
    msg.history.push({ content: msg.content, embeds: msg.embeds, components: msg.components, flags: msg.flags, at: now });
    this.world.messages.push(msg);
    if (!msg.ephemeral && !(msg.flags & MessageFlag.Loading)) this.gateway.dispatch('MESSAGE_CREATE', this.messageEvent(msg), msg.guildId ? 1 << 9 : 1 << 12);
    return msg;
  }

  editMessage(msg: FakeMessage, patch: Json): void {
    if ('content' in patch) msg.content = typeof patch.content === 'string' ? patch.content : '';
    if ('embeds' in patch) msg.embeds = Array.isArray(patch.embeds) ? patch.embeds : [];
    if ('components' in patch) msg.components = Array.isArray(patch.components) ? patch.components : [];
    if ('flags' in patch && patch.flags !== undefined && patch.flags !== null) {
      msg.flags = (msg.flags & MessageFlag.Ephemeral) | (Number(patch.flags) & ~(MessageFlag.Ephemeral | MessageFlag.Loading));
    } else msg.flags &= ~MessageFlag.Loading;
    msg.editedAt = Date.now();
    msg.history.push({ content: msg.content, embeds: msg.embeds, components: msg.components, flags: msg.flags, at: msg.editedAt });
    if (!msg.ephemeral) this.gateway.dispatch('MESSAGE_UPDATE', this.messageEvent(msg), msg.guildId ? 1 << 9 : 1 << 12);
  }

  deleteMessage(msg: FakeMessage): void {
    msg.deleted = true;
    if (!msg.ephemeral) this.gateway.dispatch('MESSAGE_DELETE', { id: msg.id, channel_id: msg.channelId, guild_id: msg.guildId ?? undefined }, msg.guildId ? 1 << 9 : 1 << 12);
  }

  private messageEvent(msg: FakeMessage): Json {
    const event = apiMessage(this.world, msg);
    if (msg.guildId) event.guild_id = msg.guildId;
    return event;
  }

  private channelOrThrow(channel: Ref<FakeChannel>): FakeChannel {
    const ch = this.world.channels.get(idOf(channel));
    if (!ch) throw new Error('fake discord: unknown channel');
    return ch;
  }
  private messageOrThrow(message: Ref<FakeMessage>): FakeMessage {
    const msg = this.world.message(idOf(message));
    if (!msg || msg.deleted) throw new Error('fake discord: unknown or deleted message');
    return msg;
  }
  private findComponent(msg: FakeMessage, customId: string): Json {
    const walk = (list: Json[]): Json | undefined => {
      for (const c of list) {
        if (c.custom_id === customId) return c;
        const inner = (Array.isArray(c.components) ? walk(c.components) : undefined) ?? (c.accessory ? walk([c.accessory]) : undefined);
        if (inner) return inner;
      }
      return undefined;
    };
    const found = walk(msg.components);
    if (!found) throw new Error(`fake discord: message ${msg.id} has no component with custom_id "${customId}"`);
    return found;
  }
}

export { Perm as Permissions };

/** The uploaded files a message body lists (rest.ts keeps each upload with its entry). */
function attachmentsOf(body: Json, now: number): FakeAttachment[] {
  const listed: any[] = Array.isArray(body.attachments) ? body.attachments : [];
  return listed.flatMap((a) => {
    const up = a?.upload as Upload | undefined;
    if (!up) return [];
    const size = pngSize(up.data);
    return [{ id: snowflake(now), filename: String(a.filename ?? up.name), ...(a.description ? { description: String(a.description) } : {}), content_type: up.contentType, size: up.data.length, ...(size ?? {}), data: up.data }];
  });
}
