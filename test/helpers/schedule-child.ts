import type { Core, Logger, Platform } from '../../src/core/core.js';
import { type Delivery, DeliveryError, type DeliveryPort } from '../../src/core/outbox.js';
import type { Clock } from '../../src/core/ports.js';
import { seededIds } from '../../src/core/ports.js';
import { resolve } from 'node:path';
import { Client } from 'discord.js';
import { commands } from '../../commands/index.js';
import { DiscordDelivery } from '../../src/adapters/discord/delivery.js';
import { TelegramAdapter } from '../../src/adapters/telegram/bot.js';
import { CustomIds } from '../../src/adapters/discord/custom-ids.js';
import { FormStore } from '../../src/adapters/discord/render.js';
import { loadHelplines } from '../../src/core/support.js';
import { connectDatabase, migrateToLatest, openDatabase } from '../../src/db/database.js';
import { createSchedule } from '../../src/jobs/index.js';

// A bot process running only the schedule, for the crash and lease tests. Its clock starts at
// the fixed SCHEDULE_NOW and moves with real time; it sends to the test's counting server, on
// Discord through the real adapter's delivery (discord.js REST), Telegram through the real
// adapter (REAL_ADAPTER=1) or a tiny HTTP port. RUN=once exits when everything is delivered; RUN=serve runs until killed.

const env = process.env;
const platform = (env.MODE ?? 'telegram') as Platform;
const start = Date.parse(env.SCHEDULE_NOW!);
const t0 = performance.now();
const clock: Clock = { now: () => new Date(start + (performance.now() - t0)) };

const say = (obj: object) => process.stdout.write(`${JSON.stringify({ pid: process.pid, ...obj })}\n`);
const log: Logger = {
  debug() {},
  info: (obj: Record<string, unknown>) => {
    if (obj.job === 'lease') say(obj);
  },
  warn: (obj: Record<string, unknown>) => {
    if (obj.job === 'lease') say(obj);
  },
  error: (obj: object, msg?: string) => say({ error: msg, ...obj }),
};

class HttpPort implements DeliveryPort {
  readonly platform = platform;
  async deliver(d: Delivery): Promise<{ messageId: string }> {
    const res = await fetch(`${env.SERVER_URL}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pid': String(process.pid) },
      body: JSON.stringify({ chat: d.groupChatId, kind: d.kind }),
    });
    const body = (await res.json()) as { id?: string; retry_after?: number };
    if (res.status === 429) throw new DeliveryError({ kind: 'retry', afterMs: (body.retry_after ?? 1) * 1000, reason: '429' });
    if (res.status >= 500) throw new DeliveryError({ kind: 'retry', afterMs: 0, reason: String(res.status) });
    if (!res.ok) throw new DeliveryError({ kind: 'permanent', reason: String(res.status) });
    return { messageId: body.id! };
  }
}

/** Discord: the real adapter's delivery (nonce per part, enforce_nonce) over discord.js REST, no gateway. */
function discordPort(): DeliveryPort {
  const client = new Client({ intents: [], rest: { api: `${env.SERVER_URL}/api`, globalRequestsPerSecond: 100_000 } });
  client.rest.setToken('crash-test-token');
  return new DiscordDelivery({ client, db, ids: new CustomIds(signing), commands, forms: new FormStore(), seesEveryServer: () => false });
}

/** Telegram: the real adapter's delivery (grammY, not started: no polling), paced loosely. */
function telegramPort(core: Core): DeliveryPort {
  return new TelegramAdapter({ app: { core, commands }, token: '123:crash-test', signing, apiRoot: env.SERVER_URL, log }).delivery;
}

/** After the platform answers the n-th send, die before the worker can write "sent". */
function dyingAfterAnswer(port: DeliveryPort, n: number): DeliveryPort {
  let answered = 0;
  return {
    platform: port.platform,
    async deliver(d) {
      const r = await port.deliver(d);
      if (++answered === n) process.kill(process.pid, 'SIGKILL');
      return r;
    },
  };
}

// DATABASE_URL (Postgres, in the postgres project) or the SQLite file DB_FILE.
const opened = env.DATABASE_URL ? null : openDatabase(env.DB_FILE!);
const db = opened ? opened.db : await connectDatabase(env.DATABASE_URL, resolve(import.meta.dirname, '../..'));
if (opened) await migrateToLatest(db);
// How long a statement waits for another process's write lock before SQLITE_BUSY.
if (env.BUSY_MS) opened?.sqlite.pragma(`busy_timeout = ${Number(env.BUSY_MS)}`);
const core: Core = { db, clock, ids: seededIds(1), log, helplines: loadHelplines(resolve(import.meta.dirname, '../../data/helplines.json')) };
const signing = { secret: 'crash-test-secret', legacyUntil: new Date(0) };
const concurrency = Number(env.CONCURRENCY ?? 1);
const open = { max: Number(env.RATE ?? 100_000), perMs: 1000 };
const tickMs = Number(env.TICK_MS ?? 0);
const schedule = createSchedule({
  core,
  ports: [(() => {
    const port = platform === 'discord' ? discordPort() : env.REAL_ADAPTER ? telegramPort(core) : new HttpPort();
    return env.DIE_AFTER_ANSWER ? dyingAfterAnswer(port, Number(env.DIE_AFTER_ANSWER)) : port;
  })()],
  pacing: { [platform]: { overall: open, group: { max: 100_000, perMs: 1000 }, private: { max: 100_000, perMs: 1000 }, concurrency } },
  holder: env.HOLDER,
  leaseTtlMs: Number(env.LEASE_TTL_MS ?? 1000),
  claimMs: env.CLAIM_MS ? Number(env.CLAIM_MS) : undefined,
  pollMs: 50,
  ticker: (fn) => {
    if (!tickMs) return () => {};
    const t = setInterval(fn, tickMs);
    return () => clearInterval(t);
  },
});
await schedule.start();
// Like main.ts after each platform update: deliver now, fired and forgotten.
const updates = env.UPDATE_EVERY_MS ? setInterval(() => schedule.deliverSoon(), Number(env.UPDATE_EVERY_MS)) : undefined;

if (env.RUN === 'once') {
  for (;;) {
    await new Promise((r) => setTimeout(r, 50));
    if (!schedule.holdsLease) continue;
    const runs = await db.selectFrom('job_runs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const pending = await db.selectFrom('outbox').select((eb) => eb.fn.countAll<number>().as('n')).where('status', 'in', ['pending', 'sending']).executeTakeFirstOrThrow();
    if (Number(runs.n) > 0 && Number(pending.n) === 0) break;
  }
  clearInterval(updates);
  await schedule.stop();
  await db.destroy();
  say({ done: true });
  process.exit(0);
}
