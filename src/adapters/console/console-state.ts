import type { DB } from '../../db/database.js';

// What the console chat remembers between runs (kept in the database, like everything else):
// who `:admin NAME` made a facilitator, and how far `:clock +7d` moved the clock.

const ADMIN = 'admin:';
const CLOCK = 'clock_offset_ms';
/** Set once anyone has been a facilitator: the "first speaker" rule is for a new console only. */
const STARTED = 'started';

export interface ConsoleState {
  /** Facilitators by console user id (the lowercased name). */
  admins: Set<string>;
  /** Someone has been a facilitator here before (even if they have since erased themselves). */
  started: boolean;
  clockOffsetMs: number;
}

export async function loadConsoleState(db: DB): Promise<ConsoleState> {
  const rows = await db.selectFrom('console_state').select(['key', 'value']).execute();
  const admins = new Set(rows.filter((r) => r.key.startsWith(ADMIN)).map((r) => r.key.slice(ADMIN.length)));
  const offset = Number(rows.find((r) => r.key === CLOCK)?.value ?? 0);
  return { admins, started: rows.some((r) => r.key === STARTED), clockOffsetMs: Number.isFinite(offset) ? offset : 0 };
}

export async function saveConsoleAdmin(db: DB, userId: string): Promise<void> {
  await put(db, `${ADMIN}${userId}`.slice(0, 100), '1');
  await put(db, STARTED, '1');
}

/** Erased (/forgetme): their console user id goes from the facilitators too. */
export async function forgetConsoleAdmin(db: DB, userId: string): Promise<void> {
  await db.deleteFrom('console_state').where('key', '=', `${ADMIN}${userId}`.slice(0, 100)).execute();
}

export async function saveClockOffset(db: DB, ms: number): Promise<void> {
  await put(db, CLOCK, String(ms));
}

async function put(db: DB, key: string, value: string): Promise<void> {
  await db.insertInto('console_state').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
}
