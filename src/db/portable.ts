import { type Expression, type Kysely, PostgresAdapter, type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';

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

/**
 * After an erasure: SQLite keeps erased pages in its write-ahead log until a checkpoint, so run
 * one (secure_delete overwrites them in the main file). Postgres reclaims dead rows by vacuum.
 */
export async function flushErased(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  try {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  } catch {
    // A busy reader only delays the checkpoint; SQLite runs one again soon.
  }
}

/**
 * A queue claim's row lock: on Postgres `FOR UPDATE SKIP LOCKED`, so senders in several processes
 * pass over each other's rows instead of queueing behind them. SQLite has one writer at a time,
 * so the claim's conditional update is already exclusive there.
 */
export function skipLocked<DB, TB extends keyof DB, O>(db: Kysely<any>, query: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O> {
  return isPostgres(db) ? query.forUpdate().skipLocked() : query;
}
