import { type Kysely, sql } from 'kysely';
import { isPostgres } from './portable.js';
import type { Database } from './schema.js';

// Moving an existing database to another (SQLite to Postgres when a deployment outgrows one
// file): every table, in an order that satisfies the foreign keys, then each id sequence moved
// past the copied ids. Both sides must be migrated to the same latest migration; the target empty.

/** Parents before children. A test checks that every table of the schema is listed. */
export const COPY_ORDER: readonly (keyof Database)[] = [
  'groups',
  'agreements',
  'people',
  'members',
  'checkins',
  'outbox',
  'buddy_prefs',
  'buddy_avoids',
  'member_topics',
  'pair_rounds',
  'pair_members',
  'nudges',
  'tips',
  'meetups',
  'meetup_rsvps',
  'leases',
  'job_runs',
  'secrets',
  'member_spans',
  'period_figures',
  'console_state',
  'incoming_updates',
  'pending_questions',
];

const PAGE = 1000;

export async function copyDatabase(from: Kysely<Database>, to: Kysely<Database>, onTable?: (table: string, rows: number) => void): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const target = to as Kysely<any>;
  const source = from as Kysely<any>;
  for (const table of COPY_ORDER) {
    const existing = await target.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(existing.n) > 0) throw new Error(`The target database already has rows in "${table}": copy into an empty, freshly migrated database.`);
  }
  await target.transaction().execute(async (trx) => {
    for (const table of COPY_ORDER) {
      const columns = (await source.introspection.getTables()).find((t) => t.name === table)?.columns.map((c) => c.name) ?? [];
      const key = columns.includes('id') ? 'id' : columns[0];
      let copied = 0;
      for (let offset = 0; ; offset += PAGE) {
        const rows = await source.selectFrom(table).selectAll().orderBy(key).limit(PAGE).offset(offset).execute();
        if (!rows.length) break;
        await trx.insertInto(table).values(rows).execute();
        copied += rows.length;
        if (rows.length < PAGE) break;
      }
      counts[table] = copied;
      onTable?.(table, copied);
      if (columns.includes('id') && isPostgres(trx)) {
        // Identity columns keep counting from where the copied ids end.
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(trx);
      }
    }
  });
  return counts;
}
