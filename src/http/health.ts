import { sql } from 'kysely';
import { loggableError } from '../core/core.js';
import type { DB } from '../db/database.js';
import { type Handler, text } from './server.js';

// GET /healthz for a load balancer or an orchestrator: 200 only when the database answers and
// every configured platform is connected, else 503 saying which part is not. The body is a short
// JSON object of each part's state, in words from the code (never a token or an error's text).

export interface PartState {
  ok: boolean;
  state: string;
}

/** One part of the bot: the database, or a platform (its adapter's health()). */
export interface HealthPart {
  name: string;
  check(): PartState | Promise<PartState>;
}

/** A platform adapter as the health check sees it. */
export interface PlatformHealthSource {
  health(): { connected: boolean; state: string };
}

export const platformPart = (name: string, adapter: PlatformHealthSource): HealthPart => ({
  name,
  check: () => {
    const h = adapter.health();
    return { ok: h.connected, state: h.state };
  },
});

/** A cheap query with a short time-out: a database that hangs is as bad as one that refuses. */
export function databasePart(db: DB, timeoutMs = 2_000): HealthPart {
  return {
    name: 'database',
    check: async () => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<PartState>((r) => (timer = setTimeout(() => r({ ok: false, state: `not answering within ${timeoutMs} ms` }), timeoutMs)));
      const asked = sql`select 1 as one`.execute(db).then(
        (): PartState => ({ ok: true, state: 'answering' }),
        (err): PartState => {
          const e = loggableError(err);
          return { ok: false, state: `not answering (${e.type}${e.code !== undefined ? ` ${String(e.code)}` : ''})` };
        },
      );
      try {
        return await Promise.race([asked, late]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

export interface HealthReport {
  ok: boolean;
  body: Record<string, unknown>;
}

export async function checkHealth(parts: HealthPart[], stopping = false): Promise<HealthReport> {
  const states = await Promise.all(
    parts.map(async (p): Promise<[string, PartState]> => {
      try {
        return [p.name, await p.check()];
      } catch (err) {
        return [p.name, { ok: false, state: `check failed (${loggableError(err).type})` }];
      }
    }),
  );
  if (stopping) states.unshift(['process', { ok: false, state: 'stopping' }]);
  const failing = states.filter(([, s]) => !s.ok).map(([name]) => name);
  const body: Record<string, unknown> = { status: failing.length ? 'unavailable' : 'ok', ...(failing.length ? { failing } : {}) };
  for (const [name, s] of states) body[name] = s.state;
  return { ok: !failing.length, body };
}

export function healthRoute(parts: () => HealthPart[], stopping: () => boolean): Handler {
  return async (_req, res) => {
    const report = await checkHealth(parts(), stopping());
    text(res, report.ok ? 200 : 503, `${JSON.stringify(report.body)}\n`, 'application/json; charset=utf-8');
  };
}
