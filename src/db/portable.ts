import { type Expression, type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';

// The few SQL fragments that SQLite and PostgreSQL spell differently, in one place, so the core
// never asks which database it is on. Times are stored as ISO-8601 UTC text in both.

export const isPostgres = (db: Kysely<any>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/** The ISO-8601 instant `days` days before the instant `iso` (both text, same format as toISOString). */
export function isoDaysBefore(db: Kysely<any>, iso: string, days: Expression<number> | RawBuilder<number>): RawBuilder<string> {
  if (isPostgres(db)) {
    return sql<string>`to_char((${iso}::timestamptz - make_interval(days => (${days})::int)) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  }
  return sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', ${iso}, '-' || (${days}) || ' days')`;
}
