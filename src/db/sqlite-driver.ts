import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, type Driver, type QueryResult, SqliteDialect, type SqliteDialectConfig, SqliteDriver } from 'kysely';

// Several processes may share one SQLite file. better-sqlite3 waits for a lock synchronously,
// on the thread that also has to answer Discord within 3 seconds, so the synchronous wait
// (busy_timeout) stays short and a busy lock is waited for here, asynchronously, with the
// connection handed back to this process's other queries in between. Write transactions
// begin IMMEDIATE: a deferred one that reads first can fail half-way (SQLITE_BUSY_SNAPSHOT)
// when another process wrote in between, and no wait fixes that.

/** Sleeps between attempts, before jitter: under half a second in all, on top of busy_timeout. */
export const BUSY_BACKOFF_MS = [5, 10, 20, 40, 80, 120];

const isBusy = (err: unknown) => typeof (err as { code?: unknown })?.code === 'string' && (err as { code: string }).code.startsWith('SQLITE_BUSY');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class PatientSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #sqlite: BetterSqlite3.Database;
  constructor(config: SqliteDialectConfig, sqlite: BetterSqlite3.Database) {
    super(config);
    this.#config = config;
    this.#sqlite = sqlite;
  }
  override createDriver(): Driver {
    return new PatientSqliteDriver(this.#config, this.#sqlite);
  }
}

class PatientSqliteDriver extends SqliteDriver {
  readonly #sqlite: BetterSqlite3.Database;
  constructor(config: SqliteDialectConfig, sqlite: BetterSqlite3.Database) {
    super(config);
    this.#sqlite = sqlite;
  }

  override async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await super.acquireConnection();
    return {
      // Outside a transaction a statement that met a busy lock did nothing: trying again is safe.
      executeQuery: <R>(query: CompiledQuery) =>
        this.#sqlite.inTransaction ? connection.executeQuery<R>(query) : this.#patiently(() => connection.executeQuery<R>(query)),
      streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
    };
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  /** Run `attempt`; while the database is busy, let go of the connection, wait a little, retake it, try again. */
  async #patiently<R>(attempt: () => Promise<QueryResult<R>>): Promise<QueryResult<R>> {
    for (let i = 0; ; i++) {
      try {
        return await attempt();
      } catch (err) {
        if (!isBusy(err) || i >= BUSY_BACKOFF_MS.length) throw err;
      }
      // Kysely still counts the connection as ours: hand it back only while sleeping.
      await super.releaseConnection();
      await sleep(BUSY_BACKOFF_MS[i] * (0.5 + Math.random()));
      await super.acquireConnection();
    }
  }
}
