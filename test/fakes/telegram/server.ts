/** The HTTP side: routes `/bot<token>/<method>`, applies injected faults and latency, answers like the Bot API. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from './errors.js';
import type { FakeTelegram, RequestRecord } from './fake.js';
import { parseRequest, sendJson, sendNginxError } from './http.js';
import type { Handler } from './methods.js';

export interface Fault {
  /** Method name (case-insensitive) or '*' for any. */
  method: string;
  status: number;
  /** Answer an nginx-style HTML page instead of JSON (grammY turns it into an HttpError). */
  html: boolean;
  description?: string;
  retryAfter?: number;
  /** Only calls into this chat (a group over its own limit is refused while others are served). */
  chatId?: string;
  remaining: number;
}

export type Latency = number | { min: number; max: number };

export class FakeServer {
  private server: Server | undefined;
  private readonly timers = new Set<NodeJS.Timeout>();
  readonly faults: Fault[] = [];
  readonly latency = new Map<string, Latency>();
  /** After a request is carried out, before its answer leaves (the way back). */
  readonly answerLatency = new Map<string, Latency>();

  constructor(
    private readonly fake: FakeTelegram,
    private readonly methods: Record<string, Handler>,
  ) {}

  async listen(): Promise<number> {
    const server = createServer((req, res) => void this.handle(req, res));
    server.keepAliveTimeout = 1000;
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return (server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const abort = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) abort.abort();
    });
    let parsed;
    try {
      parsed = await parseRequest(req);
    } catch {
      return sendJson(res, 400, { ok: false, error_code: 400, description: "Bad Request: can't parse request body" });
    }
    if (!parsed) return sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const record: RequestRecord = { method: parsed.method, params: parsed.params, status: 0, at: this.fake.now() };
    this.fake.requests.push(record);
    const answer = (status: number, body: unknown) => {
      const back = this.latencyFor(parsed.method.toLowerCase(), this.answerLatency);
      const out = () => {
        record.status = status;
        sendJson(res, status, body);
      };
      if (back > 0) this.timers.add(setTimeout(out, back));
      else out();
    };
    if (parsed.token !== this.fake.token) return answer(401, { ok: false, error_code: 401, description: 'Unauthorized' });

    const name = parsed.method.toLowerCase();
    await this.sleep(this.latencyFor(name));
    // A request that reached the Bot API is carried out even if its client went away meanwhile
    // (a crashed bot's last sendMessage still arrives); only a poll is dropped with its client.
    if (abort.signal.aborted && name === 'getupdates') return;

    const fault = this.takeFault(name, parsed.params.chat_id === undefined ? undefined : String(parsed.params.chat_id));
    if (fault) {
      record.status = fault.status;
      if (fault.status === 429) this.fake.tooManyRequests++;
      if (fault.html) return sendNginxError(res, fault.status);
      const parameters = fault.retryAfter !== undefined ? { parameters: { retry_after: fault.retryAfter } } : {};
      const description = fault.description ?? (fault.status === 429 ? `Too Many Requests: retry after ${fault.retryAfter ?? 1}` : 'Internal Server Error');
      return answer(fault.status, { ok: false, error_code: fault.status, description, ...parameters });
    }

    const handler = this.methods[name];
    if (!handler) return answer(404, { ok: false, error_code: 404, description: 'Not Found' });
    try {
      const result = await handler(parsed.params, parsed.files, abort.signal);
      answer(200, { ok: true, result });
    } catch (err) {
      if (!(err instanceof ApiError)) {
        answer(500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(err)}` });
        return;
      }
      if (err.code === 429) this.fake.tooManyRequests++;
      const parameters = err.parameters ? { parameters: err.parameters } : {};
      answer(err.code, { ok: false, error_code: err.code, description: err.description, ...parameters });
    }
  }

  private takeFault(method: string, chatId: string | undefined): Fault | undefined {
    const fault = this.faults.find((f) => f.remaining > 0 && (f.method === '*' || f.method === method) && (f.chatId === undefined || f.chatId === chatId));
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining === 0) this.faults.splice(this.faults.indexOf(fault), 1);
    return fault;
  }

  private latencyFor(method: string, from: Map<string, Latency> = this.latency): number {
    const l = from.get(method) ?? from.get('*');
    if (l === undefined) return 0;
    return typeof l === 'number' ? l : l.min + Math.random() * (l.max - l.min);
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms);
      this.timers.add(t);
    });
  }
}
