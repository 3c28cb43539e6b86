import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A tiny counting platform on 127.0.0.1 for the crash and lease tests: it counts every send per
// chat, can call back at the k-th request (to SIGKILL the sender before answering), dedupes
// Discord-style nonces, and can enforce rate limits with 429 + retry_after.

export interface Received {
  chat: string;
  kind: string;
  pid: number;
  at: number;
  /** Discord: the message content. */
  text?: string;
}

export interface ServerOptions {
  /**
   * Called with the request number (1-based); 'hang' records the send but never answers it;
   * 'drop' neither records nor answers it (the sender died before it went out).
   */
  onRequest?(n: number): 'hang' | 'drop' | void;
  /** Rate limits: at most `max` per `perMs` overall and per chat. */
  limits?: { overall: { max: number; perMs: number }; chat: { max: number; perMs: number } };
}

export async function countingServer(opts: ServerOptions = {}) {
  const received: Received[] = [];
  const nonces = new Map<string, string>();
  let requests = 0;
  let deduped = 0;
  let rejected = 0;
  const windows = new Map<string, number[]>();
  const full = (key: string, w: { max: number; perMs: number }, now: number) => {
    const ts = (windows.get(key) ?? []).filter((t) => t > now - w.perMs);
    windows.set(key, ts);
    return ts.length >= w.max ? ts[ts.length - w.max] + w.perMs - now : 0;
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const n = ++requests;
      // The worst case: the platform creates the message, and the sender dies before the answer.
      const verdict = opts.onRequest?.(n);
      if (verdict === 'drop') return;
      const hang = verdict === 'hang';
      // Discord's REST shape (POST /api/v10/channels/:id/messages, from the real adapter), or the helper port's.
      // Or the Bot API's (POST /bot<token>/sendMessage, from the real Telegram adapter).
      const discord = /\/channels\/([^/]+)\/messages$/.exec(req.url ?? '');
      const telegram = /^\/bot[^/]+\/sendMessage$/.test(req.url ?? '');
      const sent = JSON.parse(raw || '{}') as { chat: string; kind: string; nonce?: string; content?: string; enforce_nonce?: boolean; chat_id?: string; text?: string };
      const body: { chat: string; kind: string; nonce?: string; text?: string } = discord
        ? { chat: decodeURIComponent(discord[1]), kind: 'discord', nonce: sent.enforce_nonce ? sent.nonce : undefined, text: sent.content }
        : telegram ? { chat: String(sent.chat_id), kind: 'telegram', text: sent.text } : sent;
      const json = (status: number, obj: object) => {
        if (hang) return;
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(obj));
      };
      if (body.nonce && nonces.has(body.nonce)) {
        deduped++;
        return json(200, { id: nonces.get(body.nonce) });
      }
      if (opts.limits) {
        const now = Date.now();
        const wait = Math.max(full('*', opts.limits.overall, now), full(`c:${body.chat}`, opts.limits.chat, now));
        if (wait > 0) {
          rejected++;
          return json(429, { ok: false, retry_after: Math.max(1, Math.ceil(wait / 1000)) });
        }
        windows.get('*')!.push(now);
        windows.get(`c:${body.chat}`)!.push(now);
      }
      received.push({ chat: body.chat, kind: body.kind, pid: Number(req.headers['x-pid']), at: Date.now(), text: body.text });
      const id = `msg${received.length}`;
      if (body.nonce) nonces.set(body.nonce, id);
      if (telegram) return json(200, { ok: true, result: { message_id: received.length, date: 0, chat: { id: body.chat, type: 'group', title: 'g' }, text: body.text } });
      json(200, { id });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    received,
    get requests() {
      return requests;
    },
    get deduped() {
      return deduped;
    },
    get rejected() {
      return rejected;
    },
    perChat() {
      const m = new Map<string, number>();
      for (const r of received) m.set(r.chat, (m.get(r.chat) ?? 0) + 1);
      return m;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
