import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Logger, loggableError } from '../core/core.js';

// The bot's one HTTP server (node:http, on PORT): the health check and the metrics today; a
// platform's webhook is one more route. Routes are exact paths; a handler gets the raw request
// and response (grammY's webhookCallback takes the same pair).

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export class HttpServer {
  private readonly routes = new Map<string, Map<string, Handler>>();
  private server: Server | undefined;

  constructor(private readonly log: Logger) {}

  /** Serve `method path` (HEAD is answered by the GET route, without a body). */
  route(method: 'GET' | 'POST', path: string, handler: Handler): this {
    const byMethod = this.routes.get(path) ?? new Map<string, Handler>();
    byMethod.set(method, handler);
    this.routes.set(path, byMethod);
    return this;
  }

  /** Listen on `port` (0: any free port) on every interface; resolves with the bound port. */
  async listen(port: number, host?: string): Promise<number> {
    const server = createServer((req, res) => void this.serve(req, res));
    // A health check or a scrape is small: a slow or stuck client must not hold a socket for long.
    server.requestTimeout = 10_000;
    server.headersTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    return (server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const byMethod = this.routes.get(path);
    if (!byMethod) return text(res, 404, 'not found\n');
    const handler = byMethod.get(req.method === 'HEAD' ? 'GET' : (req.method ?? ''));
    if (!handler) {
      res.setHeader('Allow', [...byMethod.keys(), ...(byMethod.has('GET') ? ['HEAD'] : [])].join(', '));
      return text(res, 405, 'method not allowed\n');
    }
    try {
      await handler(req, res);
    } catch (err) {
      this.log.error({ path, err: loggableError(err) }, 'http: request failed');
      if (!res.headersSent) text(res, 500, 'internal error\n');
      else res.destroy();
    }
  }
}

export function text(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
