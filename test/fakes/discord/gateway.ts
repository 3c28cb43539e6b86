// The gateway: a WebSocket server speaking plain JSON frames (no compression), API v10.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Json } from './serialize.js';

export const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, PresenceUpdate: 3, Resume: 6, Reconnect: 7, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;

/** `[shard_id, num_shards]` as IDENTIFY sends it. */
export type Shard = [number, number];

export interface GatewayHost {
  token: string;
  heartbeatIntervalMs: number;
  /** Discord closes with 4011 when one session would hold more servers than this (2,500). */
  maxGuildsPerSession: number;
  /** The bot's servers, ids only (for shard sums). */
  guildIds(): string[];
  readyPayload(sessionId: string, resumeUrl: string, shard: Shard): Json;
  guildCreates(shard: Shard): Json[];
}

/** Which shard receives a server's events: `(guild_id >> 22) % num_shards`, as Discord documents. */
export function shardOf(guildId: string, numShards: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(numShards));
}

/** The server an event belongs to (none for direct messages: those go to shard 0). */
function guildOf(t: string, d: Json): string | undefined {
  const o = (d ?? {}) as Record<string, unknown>;
  if (t.startsWith('GUILD_') && !('guild_id' in o) && typeof o.id === 'string') return o.id;
  return typeof o.guild_id === 'string' ? o.guild_id : undefined;
}

interface Session {
  id: string;
  seq: number;
  intents: number;
  shard: Shard;
  socket: WebSocket | null;
  /** Sent dispatches kept for RESUME. */
  buffer: { s: number; t: string; d: Json }[];
}

export interface GatewayEvent {
  t: string;
  d: Json;
  s: number;
  sessionId: string;
  /** The shard of the session it went to. */
  shard: Shard;
  at: number;
}

export class Gateway {
  private server: WebSocketServer | null = null;
  private readonly sockets = new Set<WebSocket>();
  private readonly sessions = new Map<string, Session>();
  /** Every dispatch sent (or buffered), in order. */
  readonly events: GatewayEvent[] = [];
  /** Counts of gateway operations received, for assertions (identify, resume, heartbeat). */
  readonly received = { identify: 0, resume: 0, heartbeat: 0 };
  /** The shard of each accepted IDENTIFY, in order. */
  readonly identified: Shard[] = [];
  url = '';

  constructor(private readonly host: GatewayHost) {}

  async start(): Promise<string> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    this.url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
    server.on('connection', (socket, req) => this.onConnection(socket, req.url ?? '/'));
    return this.url;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    this.sockets.clear();
    this.sessions.clear();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** True when at least one identified session has an open socket. */
  get connected(): boolean {
    return [...this.sessions.values()].some((s) => s.socket !== null);
  }

  /**
   * Sends a dispatch to every session of the shard its server belongs to (buffered for RESUME if
   * its socket is down); an event of no server goes to shard 0.
   */
  dispatch(t: string, d: Json, requiredIntent?: number): number {
    let sent = 0;
    const guildId = guildOf(t, d);
    for (const session of this.sessions.values()) {
      if (requiredIntent !== undefined && (session.intents & requiredIntent) === 0) continue;
      const [id, count] = session.shard;
      if ((guildId === undefined ? 0 : shardOf(guildId, count)) !== id) continue;
      this.sendDispatch(session, t, d);
      sent++;
    }
    return sent;
  }

  /** Asks every client to reconnect (op 7); discord.js then RESUMEs. */
  requestReconnect(): void {
    for (const session of this.sessions.values()) session.socket?.send(JSON.stringify({ op: Op.Reconnect, d: null }));
  }

  /** Drops every socket abruptly (as a network failure would); sessions stay resumable. */
  dropConnections(): void {
    for (const s of this.sockets) s.terminate();
  }

  private sendDispatch(session: Session, t: string, d: Json): void {
    const s = ++session.seq;
    session.buffer.push({ s, t, d });
    if (session.buffer.length > 1000) session.buffer.shift();
    this.events.push({ t, d, s, sessionId: session.id, shard: session.shard, at: Date.now() });
    session.socket?.send(JSON.stringify({ op: Op.Dispatch, t, s, d }));
  }

  private onConnection(socket: WebSocket, rawUrl: string): void {
    this.sockets.add(socket);
    const query = new URL(rawUrl, 'ws://x').searchParams;
    if (query.get('v') !== '10' || (query.get('encoding') ?? 'json') !== 'json' || query.has('compress')) {
      // The fake only speaks uncompressed JSON on v10.
      socket.close(4000, `fake gateway: unsupported query ${rawUrl}`);
      return;
    }
    let session: Session | null = null;
    socket.on('close', (code) => {
      this.sockets.delete(socket);
      if (session && session.socket === socket) {
        session.socket = null;
        // A normal close invalidates the session, as on Discord.
        if (code === 1000 || code === 1001) this.sessions.delete(session.id);
      }
    });
    socket.on('message', (raw, isBinary) => {
      let payload: any;
      try {
        payload = JSON.parse(isBinary ? Buffer.from(raw as Buffer).toString('utf8') : raw.toString());
      } catch {
        socket.close(4002, 'Error while decoding payload.');
        return;
      }
      switch (payload?.op) {
        case Op.Heartbeat:
          this.received.heartbeat++;
          socket.send(JSON.stringify({ op: Op.HeartbeatAck }));
          return;
        case Op.Identify: {
          this.received.identify++;
          if (session) return void socket.close(4005, 'Already authenticated.');
          const d = payload.d ?? {};
          if (String(d.token ?? '').replace(/^Bot\s+/i, '') !== this.host.token) return void socket.close(4004, 'Authentication failed.');
          if (typeof d.intents !== 'number') return void socket.close(4013, 'Invalid intent(s).');
          if (d.compress === true) return void socket.close(4000, 'fake gateway: identify compression is not supported');
          const shard: Shard = Array.isArray(d.shard) ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
          if (!Number.isInteger(shard[0]) || !Number.isInteger(shard[1]) || shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]) return void socket.close(4010, 'Invalid shard.');
          const held = this.host.guildIds().filter((g) => shardOf(g, shard[1]) === shard[0]).length;
          if (held > this.host.maxGuildsPerSession) return void socket.close(4011, 'Sharding required.');
          this.identified.push(shard);
          session = { id: randomBytes(16).toString('hex'), seq: 0, intents: d.intents, shard, socket, buffer: [] };
          this.sessions.set(session.id, session);
          this.sendDispatch(session, 'READY', this.host.readyPayload(session.id, this.url, shard));
          for (const guild of this.host.guildCreates(shard)) this.sendDispatch(session, 'GUILD_CREATE', guild);
          return;
        }
        case Op.Resume: {
          this.received.resume++;
          const d = payload.d ?? {};
          const found = this.sessions.get(String(d.session_id));
          if (!found || String(d.token ?? '').replace(/^Bot\s+/i, '') !== this.host.token) {
            socket.send(JSON.stringify({ op: Op.InvalidSession, d: false }));
            return;
          }
          if (found.socket && found.socket !== socket) found.socket.terminate();
          session = found;
          found.socket = socket;
          for (const e of found.buffer) if (e.s > Number(d.seq ?? 0)) socket.send(JSON.stringify({ op: Op.Dispatch, t: e.t, s: e.s, d: e.d }));
          this.sendDispatch(found, 'RESUMED', {});
          return;
        }
        case Op.PresenceUpdate:
        case 4: // voice state
        case 8: // request guild members
          if (!session) socket.close(4003, 'Not authenticated.');
          return;
        default:
          socket.close(4001, 'Unknown opcode.');
      }
    });
    socket.send(JSON.stringify({ op: Op.Hello, d: { heartbeat_interval: this.host.heartbeatIntervalMs, _trace: ['fake-gateway'] } }));
  }
}
