import { Client, Events, GatewayIntentBits, Options, RESTEvents, Status } from 'discord.js';
import type { App } from '../../../commands/dispatch.js';
import { type Logger, loggableError } from '../../core/core.js';
import { deactivateGroup } from '../../core/groups.js';
import { releaseHeldGroupChats } from '../../core/outbox.js';
import type { SigningKeys } from '../../core/signing.js';
import { CustomIds } from './custom-ids.js';
import { DiscordDelivery } from './delivery.js';
import { InteractionHandler } from './interactions.js';
import { FormStore } from './render.js';

// The Discord adapter: one discord.js client (Guilds intent only: slash commands, buttons and
// modals arrive as interactions, which need no message or member intents), its interaction
// handler, and the delivery port for the outbox.

export interface DiscordOptions {
  app: App;
  token: string;
  /** The button-signing key (core signingKeys); the token only checks buttons from before it. */
  signing: SigningKeys;
  /** discord.js `rest.api` (DISCORD_API_ROOT); the gateway address then comes from its /gateway/bot. */
  apiRoot?: string;
  log: Logger;
  /** Defer an interaction whose answer is not ready after this long (default 2,000 ms of Discord's 3,000). */
  ackAfterMs?: number;
  afterInteraction?(): void;
  /** How long one REST request may take before discord.js gives up on it (default 15 s). */
  restTimeoutMs?: number;
  /** Discord refused the bot's token (401) or ended its session for good: this adapter can do nothing more. */
  onFatal?(why: string): void;
  /** The shards this process runs ('auto': all that /gateway/bot recommends); unset: one shard, the whole bot. */
  shards?: number[] | 'auto';
  /** The total number of shards across every process (with a list of `shards`). */
  shardCount?: number;
}

/** What a gateway close code that discord.js does not retry means, in words an operator can act on. */
export function gatewayRefusal(code: number): string | undefined {
  switch (code) {
    case 4004: return "Discord refused the bot's token (4004)";
    case 4010: return 'Discord refused the shard settings (4010 invalid shard): check DISCORD_SHARDS and DISCORD_SHARD_COUNT';
    case 4011: return 'Discord requires sharding (4011): one connection may hold at most 2,500 servers; set DISCORD_SHARDS (see Running at scale in the README)';
    case 4012: return 'Discord refused the gateway version (4012)';
    case 4013: return 'Discord refused the gateway intents (4013 invalid intents)';
    case 4014: return 'Discord refused a privileged intent (4014): turn it on in the Developer Portal, or leave it out';
    default: return undefined;
  }
}

export class DiscordAdapter {
  readonly client: Client;
  readonly delivery: DiscordDelivery;
  readonly interactions: InteractionHandler;
  private readonly log: Logger;
  private fatal = false;
  private mode: 'gateway' | 'worker' | undefined;
  private stopped = false;

  constructor(private readonly opts: DiscordOptions) {
    this.log = opts.log;
    this.client = new Client({
      intents: [GatewayIntentBits.Guilds],
      // Each process holds some shards; Discord sends a server's events only to the shard that
      // holds it. Scheduled posts go through the shared outbox and REST, from whichever process.
      ...(opts.shards ? { shards: opts.shards, ...(opts.shardCount ? { shardCount: opts.shardCount } : {}) } : {}),
      rest: { ...(opts.apiRoot ? { api: opts.apiRoot } : {}), ...(opts.restTimeoutMs ? { timeout: opts.restTimeoutMs } : {}) },
      allowedMentions: { parse: [] },
      // Everything people do arrives as interactions with its own data: keep the caches small
      // (a bot in thousands of servers would otherwise hold their members, messages and emoji).
      makeCache: Options.cacheWithLimits({
        ...Options.DefaultMakeCacheSettings,
        MessageManager: 0,
        ReactionManager: 0,
        PresenceManager: 0,
        GuildEmojiManager: 0,
        GuildStickerManager: 0,
        VoiceStateManager: 0,
        GuildInviteManager: 0,
        GuildScheduledEventManager: 0,
        StageInstanceManager: 0,
        ThreadMemberManager: 0,
        GuildMemberManager: { maxSize: 100, keepOverLimit: (member) => member.id === member.client.user.id },
        UserManager: { maxSize: 1000, keepOverLimit: (user) => user.id === user.client.user.id },
      }),
    });
    const ids = new CustomIds(opts.signing, opts.token, () => opts.app.core.clock.now());
    const forms = new FormStore();
    const seesEveryServer = () => this.mode === 'gateway' && (!opts.shards || (opts.shards === 'auto' ? true : opts.shards.length === opts.shardCount));
    this.delivery = new DiscordDelivery({ client: this.client, db: opts.app.core.db, ids, commands: opts.app.commands, forms, seesEveryServer });
    this.interactions = new InteractionHandler({ app: opts.app, client: this.client, ids, forms, log: opts.log, ackAfterMs: opts.ackAfterMs ?? 2000, afterInteraction: opts.afterInteraction });

    this.client.on(Events.InteractionCreate, this.interactions.onInteraction);
    // Removed from a server: read its channels from the raw event, before discord.js empties the cache.
    // (An outage sends GUILD_DELETE with `unavailable`: that is not a removal.)
    this.client.on(Events.Raw, (packet: { t?: string; d?: { id?: string; unavailable?: boolean } }) => {
      if (packet.t === 'GUILD_DELETE' && packet.d?.id && !packet.d.unavailable) this.guildGone(packet.d.id);
    });
    this.client.on(Events.ChannelDelete, (channel) => void this.channelsGone([channel.id], 'channel deleted'));
    this.client.on(Events.ThreadDelete, (thread) => void this.channelsGone([thread.id], 'thread deleted'));
    this.client.on(Events.Error, (err) => this.log.error({ err: loggableError(err) }, 'discord client error'));
    this.client.on(Events.Warn, (msg) => this.log.warn({ warning: String(msg).slice(0, 200) }, 'discord client warning'));
    this.client.on(Events.ShardDisconnect, (_e, shard) => this.log.warn({ shard }, 'discord gateway disconnected'));
    // A revoked token: any authenticated request answered 401 (discord.js then drops the token).
    this.client.rest.on(RESTEvents.Response, (request, response) => {
      if (response.status === 401 && request.data.auth) this.stopForGood("Discord refused the bot's token (401)");
    });
    // A permission may have been given back: what waited for the server's channels is tried again now.
    this.client.on(Events.GuildRoleUpdate, (_old, role) => void this.permissionsChanged(role.guild.id));
    this.client.on(Events.ChannelUpdate, (_old, channel) => void ('guildId' in channel && channel.guildId ? this.permissionsChanged(channel.guildId) : undefined));
    this.client.on(Events.GuildMemberUpdate, (_old, member) => void (member.id === this.client.user?.id ? this.permissionsChanged(member.guild.id) : undefined));
  }

  private stopForGood(why: string): void {
    if (this.fatal) return;
    this.fatal = true;
    if (this.opts.onFatal) this.opts.onFatal(why);
    else this.log.error({ platform: 'discord' }, `discord: ${why}`);
  }

  private async permissionsChanged(guildId: string): Promise<void> {
    try {
      const chats = [...(this.client.guilds.cache.get(guildId)?.channels.cache.keys() ?? [])];
      const n = await releaseHeldGroupChats(this.opts.app.core.db, 'discord', this.opts.app.core.clock.now(), chats);
      if (n) this.log.info({ guild: guildId, items: n }, 'discord permissions changed: held posts are tried again');
    } catch (err) {
      this.log.error({ err: loggableError(err), guild: guildId }, 'could not release held posts');
    }
  }

  /**
   * Log in and resolve once every guild has arrived (clientReady). A gateway close that discord.js
   * will not retry (4011 sharding required, 4014 intents not allowed…) rejects at once with what
   * to do, rather than waiting for a ready that never comes.
   */
  async start(): Promise<void> {
    const ready = new Promise<void>((resolve, reject) => {
      this.client.once(Events.ClientReady, () => resolve());
      this.client.once(Events.Invalidated, () => reject(new Error('discord session invalidated')));
    });
    // discord.js emits shardDisconnect only for closes it will not retry.
    let onClose!: (event: { code: number }) => void;
    const closed = new Promise<number>((resolve) => (onClose = (event) => resolve(event.code)));
    this.client.on(Events.ShardDisconnect, onClose);
    const refusal = (code: number) => new Error(gatewayRefusal(code) ?? `Discord closed the gateway (${code})`);
    this.mode = 'gateway';
    try {
      await Promise.race([
        (async () => {
          await this.client.login(this.opts.token);
          await ready;
        })(),
        closed.then((code) => Promise.reject(refusal(code))),
      ]);
    } catch (err) {
      // login() may fail first with the library's own words; the close code that follows says more.
      const code = await Promise.race([closed, new Promise<undefined>((r) => void setTimeout(() => r(undefined), 1000).unref())]);
      throw code === undefined ? err : refusal(code);
    } finally {
      this.client.off(Events.ShardDisconnect, onClose);
      ready.catch(() => {});
    }
    this.client.on(Events.Invalidated, () => this.stopForGood('Discord ended the session for good (invalidated)'));
    this.client.on(Events.ShardDisconnect, (event) => {
      const why = gatewayRefusal(event.code);
      if (why) this.stopForGood(why);
    });
    this.log.info({ platform: 'discord', bot: this.client.user?.id, guilds: this.client.guilds.cache.size, shards: [...this.client.ws.shards.keys()] }, 'discord connected');
  }

  /** A worker process: send the outbox through Discord's REST API, with no gateway connection (no events, no interactions). */
  async startDeliveryOnly(): Promise<void> {
    this.client.rest.setToken(this.opts.token);
    this.mode = 'worker';
    this.log.info({ platform: 'discord' }, 'discord: delivering only (worker)');
  }

  /**
   * The gateway: every shard of this client ready (a shard reconnecting or resuming is not). A
   * worker has no gateway connection: healthy from its start until it is stopped (a token
   * refused while delivering).
   */
  health(): { connected: boolean; state: string } {
    if (this.fatal) return { connected: false, state: 'stopped: token refused or session ended' };
    if (this.stopped) return { connected: false, state: 'stopped' };
    if (this.mode === 'worker') return { connected: true, state: 'delivering (worker)' };
    if (this.mode !== 'gateway' || !this.client.isReady()) return { connected: false, state: 'connecting' };
    const shards = [...this.client.ws.shards.values()];
    const notReady = shards.find((s) => s.status !== Status.Ready);
    if (!shards.length || notReady) return { connected: false, state: `gateway ${(notReady ? Status[notReady.status] : 'idle').toLowerCase()}` };
    return { connected: true, state: 'ready' };
  }

  /** Let answers in flight finish, then disconnect. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.race([this.interactions.idle(), new Promise((r) => setTimeout(r, 3000).unref())]);
    await this.client.destroy();
  }

  private guildGone(guildId: string): void {
    const ids = [...(this.client.guilds.cache.get(guildId)?.channels.cache.keys() ?? [])];
    void this.channelsGone(ids, 'removed from server', guildId);
  }

  private async channelsGone(channelIds: string[], why: string, guildId?: string): Promise<void> {
    try {
      if (!channelIds.length) return;
      const { db } = this.opts.app.core;
      const groups = await db.selectFrom('groups').select('id').where('platform', '=', 'discord').where('chat_id', 'in', channelIds).where('active', '=', 1).execute();
      for (const g of groups) await deactivateGroup(db, g.id);
      if (groups.length) this.log.info({ guild: guildId, groups: groups.map((g) => g.id), why }, 'discord groups made inactive');
    } catch (err) {
      this.log.error({ err: loggableError(err), guild: guildId }, 'could not deactivate groups');
    }
  }
}
