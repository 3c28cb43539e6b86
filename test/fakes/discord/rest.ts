// The REST server: routing, auth, rate limits, injected faults and latency, request log.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, ErrorCollector, Errors } from './errors.js';
import type { RateLimiter } from './limits.js';

export interface RouteContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: any;
}
export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
export interface Route {
  method: string;
  pattern: string;
  /** Needs `Authorization: Bot <token>` (interaction callbacks and webhooks with a token do not). */
  auth?: boolean;
  /** Exempt from the global limit (interaction callbacks). */
  globalExempt?: boolean;
  /** No per-route bucket at all. */
  unlimited?: boolean;
  handler: (ctx: RouteContext) => RouteResult | Promise<RouteResult>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** Route key, e.g. `POST /channels/:id/messages`. */
  route: string;
  query: Record<string, string>;
  body: any;
  status: number;
  code?: number;
  at: number;
}

export type RouteMatcher = string | RegExp;
export interface Fault {
  match: RouteMatcher;
  status: number;
  remaining: number;
}
export interface Delay {
  match: RouteMatcher | null;
  /** Before the request is handled (and counted against the limits): the way there. */
  ms: number;
  /** After it is handled, before the answer leaves: the way back. */
  answerMs?: number;
}

interface Compiled extends Route {
  regex: RegExp;
  names: string[];
  key: string;
}

const MAJOR = ['channel', 'guild', 'webhook', 'interaction'];

export class RestServer {
  private server: http.Server | null = null;
  private readonly routes: Compiled[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly faults: Fault[] = [];
  readonly delays: Delay[] = [];
  readonly stats = { requests: 0, rateLimited: 0, invalid: 0, serverErrors: 0 };
  apiRoot = '';

  constructor(
    private readonly token: string,
    private readonly limiter: RateLimiter,
  ) {}

  add(routes: Route[]): void {
    for (const r of routes) {
      const names: string[] = [];
      const source = r.pattern.replace(/:(\w+)/g, (_, n: string) => {
        names.push(n);
        return '([^/]+)';
      });
      const key = `${r.method} ${r.pattern.replace(/:(\w+)/g, (_, n: string) => (n === 'token' ? ':token' : ':id'))}`;
      this.routes.push({ ...r, regex: new RegExp(`^${source}$`), names, key });
    }
  }

  async start(): Promise<string> {
    const server = http.createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
    return this.apiRoot;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private matches(m: RouteMatcher, method: string, path: string, key: string): boolean {
    if (m instanceof RegExp) return m.test(`${method} ${path}`);
    if (m === method || m === key || m === key.slice(method.length + 1)) return true;
    return m === `${method} ${path}` || m === path;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const at = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://x');
    const raw = await readBody(req);
    const path = url.pathname.replace(/^\/api\/v10(?=\/)/, '');
    const record: RecordedRequest = { method, path, route: '', query: Object.fromEntries(url.searchParams), body: undefined, status: 0, at };
    this.stats.requests++;
    let answerDelay = 0;
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      if (answerDelay > 0) {
        const ms = answerDelay;
        answerDelay = 0;
        setTimeout(() => send(status, body, headers), ms);
        return;
      }
      record.status = status;
      if (body && typeof body === 'object' && 'code' in body) record.code = Number((body as { code: unknown }).code);
      if (status === 401 || status === 403 || status === 429) this.stats.invalid++;
      if (status === 429) this.stats.rateLimited++;
      if (status >= 500) this.stats.serverErrors++;
      this.requests.push(record);
      if (status === 204 || body === undefined) {
        // No Content-Type on 204: @discordjs/rest would try to parse the empty body as JSON.
        res.writeHead(status, headers).end();
      } else if (typeof body === 'string') {
        res.writeHead(status, { ...headers, 'Content-Type': 'text/html' }).end(body);
      } else {
        res.writeHead(status, { ...headers, 'Content-Type': 'application/json' }).end(JSON.stringify(body));
      }
    };
    try {
      record.body = await parseBody(req.headers['content-type'], raw);
      if (path === url.pathname) throw Errors.notFound(); // not under /api/v10
      const found = this.find(method, path);
      if (!found) throw this.routes.some((r) => r.regex.test(path)) ? new ApiError(405, 0, '405: Method Not Allowed') : Errors.notFound();
      const { route, params } = found;
      record.route = route.key;
      for (const d of this.delays) {
        if (d.match !== null && !this.matches(d.match, method, path, route.key)) continue;
        await sleep(d.ms);
        answerDelay += d.answerMs ?? 0;
      }
      const fault = this.faults.find((f) => f.remaining > 0 && this.matches(f.match, method, path, route.key));
      if (fault) {
        fault.remaining--;
        return send(fault.status, fault.status === 502 ? '<html><body>502 Bad Gateway</body></html>' : { message: `${fault.status}: injected fault`, code: 0 });
      }
      if (route.auth !== false && req.headers.authorization !== `Bot ${this.token}`) throw Errors.unauthorized();
      let limitHeaders: Record<string, string> = {};
      if (!route.unlimited) {
        const major = MAJOR.map((n) => params[n]).find((v) => v !== undefined) ?? '';
        const majorParam = route.names.includes('webhook') ? `${params.webhook}/${params.token}` : major;
        const verdict = this.limiter.check(route.key, majorParam, route.globalExempt === true);
        if (!verdict.ok) {
          const retry = verdict.retryAfterMs / 1000;
          return send(429, { message: 'You are being rate limited.', retry_after: Number(retry.toFixed(3)), global: verdict.global }, verdict.headers);
        }
        limitHeaders = verdict.headers;
      }
      const result = await route.handler({ method, path, params, query: url.searchParams, body: record.body });
      return send(result.status, result.body, { ...limitHeaders, ...result.headers });
    } catch (error) {
      if (error instanceof ApiError) return send(error.status, error.body(), error.headers);
      return send(500, { message: `500: fake internal error: ${(error as Error).message}`, code: 0 });
    }
  }

  private find(method: string, path: string): { route: Compiled; params: Record<string, string> } | null {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
      return { route, params };
    }
    return null;
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function parseBody(contentType: string | undefined, raw: Buffer): Promise<any> {
  if (raw.length === 0) return undefined;
  if (contentType?.startsWith('application/json')) {
    try {
      return JSON.parse(raw.toString('utf8'));
    } catch {
      throw new ApiError(400, 50109, 'The request body contains invalid JSON.');
    }
  }
  if (contentType?.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
    const json = form.get('payload_json');
    const body = typeof json === 'string' ? JSON.parse(json) : {};
    await attachUploads(body?.data ?? body, form);
    return body;
  }
  return raw.toString('utf8');
}

/** An uploaded file, kept with the attachment that names it (`files[<id>]` parts, as Discord reads them). */
export interface Upload {
  name: string;
  data: Buffer;
  contentType: string;
}

const MAX_UPLOAD = 10 * 1024 * 1024;

async function attachUploads(payload: any, form: FormData): Promise<void> {
  if (!payload || typeof payload !== 'object') return;
  const uploads = new Map<string, Upload>();
  for (const [key, value] of form.entries()) {
    const m = /^files\[(\w+)\]$/.exec(key);
    if (!m || typeof value === 'string') continue;
    const data = Buffer.from(await value.arrayBuffer());
    if (data.length > MAX_UPLOAD) throw new ApiError(413, 40005, 'Request entity too large');
    uploads.set(m[1]!, { name: value.name, data, contentType: value.type || 'application/octet-stream' });
  }
  const listed: any[] = Array.isArray(payload.attachments) ? payload.attachments : [];
  // A file part without an entry in attachments still becomes one, named as uploaded.
  for (const [id, up] of uploads) if (!listed.some((a) => String(a?.id) === id)) listed.push({ id, filename: up.name });
  for (const [i, a] of listed.entries()) {
    const up = uploads.get(String(a?.id));
    const c = new ErrorCollector();
    if (!up) c.add(['attachments', i], 'ATTACHMENT_NOT_FOUND', 'Attachment data not found');
    if (typeof a.description === 'string' && a.description.length > 1024) c.add(['attachments', i, 'description'], 'BASE_TYPE_MAX_LENGTH', 'Must be 1024 or fewer in length.');
    c.throwIfAny();
    Object.defineProperty(a, 'upload', { value: up, enumerable: false });
  }
  if (listed.length) payload.attachments = listed;
}
