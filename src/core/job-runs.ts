import type { DB } from '../db/database.js';

// A record of each scheduled job run per (job, group, period). Inserting it is the claim:
// the unique key makes a run (or a decision not to run: late, paused, skipped) happen once.

export type JobName = 'prompt' | 'nudges' | 'pairing' | 'facilitator_note' | 'upkeep';

export type RunOutcome =
  | 'ran' // did its work
  | 'already' // someone did it first (e.g. /prompt now)
  | 'late' // fell due while the bot was down, past its grace window
  | 'paused' // the group's prompts were paused at the time
  | 'skipped'; // a facilitator said "no meeting this week"

export const runKey = (job: JobName, groupId: number, period: string) => `${job}:${groupId}:${period}`;

export interface RunRecord {
  job: JobName;
  groupId: number;
  period: string;
  dueAt: Date;
  outcome: RunOutcome;
  count?: number;
  durationMs?: number;
  now: Date;
}

/** Record a run; false when this (job, group, period) already has one. */
export async function recordRun(db: DB, r: RunRecord): Promise<boolean> {
  const res = await db
    .insertInto('job_runs')
    .values({
      key: runKey(r.job, r.groupId, r.period),
      job: r.job,
      group_id: r.groupId,
      period: r.period,
      due_at: r.dueAt.toISOString(),
      outcome: r.outcome,
      count: r.count ?? 0,
      duration_ms: Math.round(r.durationMs ?? 0),
      ran_at: r.now.toISOString(),
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findRun(db: DB, job: JobName, groupId: number, period: string) {
  return db.selectFrom('job_runs').selectAll().where('key', '=', runKey(job, groupId, period)).executeTakeFirst();
}

/** Which of these keys already have a run (in chunks: SQLite caps bound parameters). */
export async function existingRuns(db: DB, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    const rows = await db.selectFrom('job_runs').select('key').where('key', 'in', chunk).execute();
    for (const r of rows) found.add(r.key);
  }
  return found;
}
