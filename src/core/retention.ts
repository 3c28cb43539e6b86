import { dropLapsedQuestions } from './pending-questions.js';
import { DateTime } from 'luxon';
import type { DB } from '../db/database.js';
import type { Group } from '../db/schema.js';
import type { Core } from './core.js';
import { freezeFinishedPeriods } from './figures.js';

// How long things are kept. Check-ins and their notes, and the membership history of anyone who
// left or came back from a break: the group's `keep` setting (months).
// Messages the bot has delivered (or gave up on): 30 days. Records of scheduled runs: 90 days,
// well past the week the schedule looks back. Run daily by the schedule, group by group.

export const KEEP_MONTHS = { default: 12, min: 1, max: 36 } as const;
export const OUTBOX_KEEP_DAYS = 30;
export const JOB_RUNS_KEEP_DAYS = 90;
const DONE = ['sent', 'skipped', 'failed'];
const DAY = 86400_000;

/** Check-ins made before this are deleted: `keep_months` back, in the group's zone. */
export const keepCutoff = (group: Pick<Group, 'keep_months' | 'timezone'>, now: Date): Date =>
  DateTime.fromJSDate(now, { zone: group.timezone }).minus({ months: group.keep_months }).toJSDate();

export const keepText = (months: number) => `${months} ${months === 1 ? 'month' : 'months'}`;

/** The daily upkeep: fix finished periods' figures first, then delete what is past keeping. */
export async function upkeep(core: Core, group: Group, now: Date): Promise<number> {
  await freezeFinishedPeriods(core, group, now);
  // Questions nobody answered in time (a small table, whichever group's upkeep comes first).
  await dropLapsedQuestions(core.db, now);
  return core.db.transaction().execute(async (trx) => {
    const checkins = await trx.deleteFrom('checkins').where('group_id', '=', group.id).where('created_at', '<', keepCutoff(group, now).toISOString()).executeTakeFirst();
    const outbox = await trx
      .deleteFrom('outbox')
      .where('group_id', '=', group.id)
      .where('status', 'in', DONE)
      .where('created_at', '<', new Date(now.getTime() - OUTBOX_KEEP_DAYS * DAY).toISOString())
      .executeTakeFirst();
    const runs = await trx
      .deleteFrom('job_runs')
      .where('group_id', '=', group.id)
      .where('due_at', '<', new Date(now.getTime() - JOB_RUNS_KEEP_DAYS * DAY).toISOString())
      .executeTakeFirst();
    // Who was a member when: needed only to fix recent periods' figures.
    const spans = await trx
      .deleteFrom('member_spans')
      .where('group_id', '=', group.id)
      .where('until_at', 'is not', null)
      .where('until_at', '<', keepCutoff(group, now).toISOString())
      .executeTakeFirst();
    return [checkins, outbox, runs, spans].reduce((n, r) => n + Number(r.numDeletedRows), 0);
  });
}

/** For /mydata: how long each of this person's groups keeps check-ins. */
export async function keptFor(db: DB, personId: number): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom('members')
    .innerJoin('groups', 'groups.id', 'members.group_id')
    .select(['groups.name', 'groups.keep_months'])
    .where('members.person_id', '=', personId)
    .orderBy('groups.id')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.name, keepText(r.keep_months)]));
}
