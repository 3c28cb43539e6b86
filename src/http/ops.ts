import type { Logger } from '../core/core.js';
import type { DB } from '../db/database.js';
import { type HealthPart, databasePart, healthRoute } from './health.js';
import type { PromMetrics } from './metrics.js';
import { HttpServer } from './server.js';

// The operators' side of the HTTP server on PORT: GET /healthz and GET /metrics. A webhook
// route is added to `server` beside them.

export interface OpsServer {
  server: HttpServer;
  port: number;
  /** Shutting down: /healthz answers 503 from now on, so a load balancer stops sending here. */
  stopping(): void;
  close(): Promise<void>;
}

export interface OpsOptions {
  port: number;
  host?: string;
  db: DB;
  log: Logger;
  metrics: PromMetrics;
  /** The configured platforms, read at each check (they are added as their adapters are made). */
  platforms(): HealthPart[];
}

export async function startOpsServer(opts: OpsOptions): Promise<OpsServer> {
  let stopping = false;
  const database = databasePart(opts.db);
  const server = new HttpServer(opts.log)
    .route('GET', '/healthz', healthRoute(() => [database, ...opts.platforms()], () => stopping))
    .route('GET', '/metrics', opts.metrics.route());
  const port = await server.listen(opts.port, opts.host);
  opts.log.info({ port }, 'http: listening (/healthz, /metrics)');
  return {
    server,
    port,
    stopping: () => {
      stopping = true;
    },
    close: () => server.close(),
  };
}
