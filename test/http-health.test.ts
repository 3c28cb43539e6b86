import { type Server, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/core/core.js';
import { enqueue } from '../src/core/outbox.js';
import { toGroup } from '../src/core/reply.js';
import { type DB, memoryDatabase } from '../src/db/database.js';
import { openPostgres } from '../src/db/postgres.js';
import { type HealthPart, databasePart } from '../src/http/health.js';
import { PromMetrics } from '../src/http/metrics.js';
import { type OpsServer, startOpsServer } from '../src/http/ops.js';
import type { Core } from '../src/core/core.js';
import { addGroup } from './helpers/schedule-world.js';
import { testDatabase } from './helpers/test-database.js';

// The HTTP server on its own, on a real database (the outbox query on Postgres too, in that
// project): the health check names the part that is down (the database closed, a database that
// never answers, a platform not connected); the metrics still answer when the database does not.

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function serve(platforms: HealthPart[] = [], opened?: { db: DB }) {
  const { db } = opened ?? (await memoryDatabase());
  const clock = { now: () => new Date() };
  const metrics = new PromMetrics({ db, clock, log: silentLogger, holdsLease: () => false });
  const ops: OpsServer = await startOpsServer({ port: 0, host: '127.0.0.1', db, log: silentLogger, metrics, platforms: () => platforms });
  cleanups.push(() => ops.close());
  const ask = async (path: string, method = 'GET') => {
    const res = await fetch(`http://127.0.0.1:${ops.port}${path}`, { method });
    const text = await res.text();
    return { status: res.status, text, json: () => JSON.parse(text), allow: res.headers.get('allow') };
  };
  return { db, ops, ask, clock };
}

/** A platform whose connection the test switches. */
const platform = (name: string, state = { connected: true, state: 'polling' }) => ({ name, state, check: () => ({ ok: state.connected, state: state.state }) });

describe('GET /healthz', () => {
  it('200 with the database answering and every platform connected; 503 naming a platform that is not', async () => {
    const telegram = platform('telegram');
    const { ask, db } = await serve([telegram]);
    cleanups.push(() => db.destroy());
    const ok = await ask('/healthz');
    expect(ok.status).toBe(200);
    expect(ok.json()).toEqual({ status: 'ok', database: 'answering', telegram: 'polling' });
    telegram.state.connected = false;
    telegram.state.state = 'polling failing';
    const down = await ask('/healthz');
    expect(down.status).toBe(503);
    expect(down.json()).toEqual({ status: 'unavailable', failing: ['telegram'], database: 'answering', telegram: 'polling failing' });
  });

  it('503 naming the database once it is closed', async () => {
    const { ask, db } = await serve([platform('discord', { connected: true, state: 'ready' })]);
    expect((await ask('/healthz')).status).toBe(200);
    await db.destroy();
    const down = await ask('/healthz');
    expect(down.status).toBe(503);
    expect(down.json()).toMatchObject({ status: 'unavailable', failing: ['database'], database: expect.stringMatching(/^not answering/), discord: 'ready' });
  });

  it('a database that never answers counts as down within the time-out (a Postgres server that accepts and stays silent)', async () => {
    const silent: Server = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const sockets = new Set<import('node:net').Socket>();
    silent.on('connection', (s) => sockets.add(s));
    cleanups.push(() => new Promise((r) => { for (const s of sockets) s.destroy(); silent.close(r); }));
    const { db } = openPostgres({ url: `postgres://bot:pw@127.0.0.1:${(silent.address() as AddressInfo).port}/bot`, max: 1 });
    const t0 = performance.now();
    const state = await databasePart(db, 300).check();
    expect(performance.now() - t0).toBeLessThan(1_500);
    expect(state).toEqual({ ok: false, state: 'not answering within 300 ms' });
    for (const s of sockets) s.destroy();
    await db.destroy().catch(() => {});
  });

  it('answers HEAD like GET, 405 to another method, 404 elsewhere; 503 "stopping" once the process is shutting down', async () => {
    const { ask, ops, db } = await serve();
    cleanups.push(() => db.destroy());
    const head = await ask('/healthz', 'HEAD');
    expect(head).toMatchObject({ status: 200, text: '' });
    expect(await ask('/healthz', 'POST')).toMatchObject({ status: 405, allow: 'GET, HEAD' });
    expect((await ask('/bot123:abc/webhook')).status).toBe(404);
    ops.stopping();
    const stopping = await ask('/healthz');
    expect(stopping.status).toBe(503);
    expect(stopping.json()).toEqual({ status: 'unavailable', failing: ['process'], process: 'stopping', database: 'answering' });
  });
});

describe('GET /metrics', () => {
  it('the outbox by status and kind from one query at scrape time, with the oldest due item', async () => {
    const opened = await testDatabase();
    cleanups.push(() => opened.close());
    const { ask, db, clock } = await serve([], opened);
    const core = { db } as unknown as Core;
    const group = await addGroup(core);
    const now = clock.now();
    const tenMinutesAgo = new Date(now.getTime() - 600_000);
    for (const [key, at] of [['a', tenMinutesAgo], ['b', now], ['c', new Date(now.getTime() + 3600_000)]] as const)
      await enqueue(db, { idemKey: key, groupId: group.id, kind: 'nudge', audience: 'group', reply: toGroup(key), notBefore: at, now });
    await db.updateTable('outbox').set({ status: 'failed' }).where('idem_key', '=', 'c').execute();
    const m = await ask('/metrics');
    expect(m.status).toBe(200);
    expect(m.text).toMatch(/^peer_support_outbox_items\{status="pending",kind="nudge"\} 2$/m);
    expect(m.text).toMatch(/^peer_support_outbox_items\{status="failed",kind="nudge"\} 1$/m);
    const oldest = Number(/^peer_support_outbox_oldest_due_seconds\{kind="nudge"\} (\S+)$/m.exec(m.text)?.[1]);
    expect(oldest).toBeGreaterThanOrEqual(599);
    expect(oldest).toBeLessThan(700);
    expect(m.text).toMatch(/^peer_support_schedule_lease_held 0$/m);
  });

  it('still answers without a database, leaving the outbox out', async () => {
    const { ask, db, clock } = await serve();
    const group = await addGroup({ db } as unknown as Core);
    await enqueue(db, { idemKey: 'a', groupId: group.id, kind: 'nudge', audience: 'group', reply: toGroup('a'), notBefore: clock.now(), now: clock.now() });
    expect((await ask('/metrics')).text).toMatch(/^peer_support_outbox_items\{status="pending",kind="nudge"\} 1$/m);
    await db.destroy();
    const without = await ask('/metrics');
    expect(without.status).toBe(200);
    expect(without.text).not.toMatch(/^peer_support_outbox_items\{/m);
    expect(without.text).toMatch(/^peer_support_schedule_lease_held 0$/m);
  });
});
