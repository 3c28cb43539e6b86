import type { Kysely } from 'kysely';
import type { DB } from '../db/database.js';
import { flushErased } from '../db/portable.js';
import type { Database } from '../db/schema.js';
import { type Core, loggableError, nowIso } from './core.js';
import { callOffMeetups, dropMessagesAbout, promptsShowing, rebuildPrompts, tellBuddies } from './erasure.js';
import { queueTallyEdit } from './prompts.js';
import { keptFor } from './retention.js';

// The right to see and the right to erase. Both go by id: the columns listed below, which point
// at a member or a person. A test checks the list against the schema, so a table added later
// with such a column fails it until the column is listed here.

type Tables = keyof Database;
type LinkIn<T extends Tables> = {
  table: T;
  column: keyof Database[T] & string;
  target: 'members' | 'people';
  /** Shown to them by /mydata. False for rows that are someone else's even though they point at them. */
  theirs: boolean;
};
export type PersonLink = { [T in Tables]: LinkIn<T> }[Tables];

/** Every column that points at a member or a person, in the order erasure deletes them. */
export const PERSON_LINKS: readonly PersonLink[] = [
  { table: 'checkins', column: 'member_id', target: 'members', theirs: true },
  { table: 'tips', column: 'member_id', target: 'members', theirs: true },
  { table: 'member_topics', column: 'member_id', target: 'members', theirs: true },
  { table: 'buddy_prefs', column: 'member_id', target: 'members', theirs: true },
  { table: 'buddy_avoids', column: 'member_id', target: 'members', theirs: true },
  // Someone else's wish not to be paired with them: erased with them, never shown to them.
  { table: 'buddy_avoids', column: 'avoided_member_id', target: 'members', theirs: false },
  { table: 'pair_members', column: 'member_id', target: 'members', theirs: true },
  { table: 'nudges', column: 'member_id', target: 'members', theirs: true },
  { table: 'meetup_rsvps', column: 'member_id', target: 'members', theirs: true },
  { table: 'meetups', column: 'member_id', target: 'members', theirs: true },
  { table: 'member_spans', column: 'member_id', target: 'members', theirs: true },
  { table: 'outbox', column: 'person_id', target: 'people', theirs: true },
  { table: 'pending_questions', column: 'person_id', target: 'people', theirs: true },
  { table: 'members', column: 'person_id', target: 'people', theirs: true },
];

/** PERSON_LINKS is typed against the schema; queries that walk it need an untyped view of the database. */
const loose = (db: DB) => db as unknown as Kysely<Record<string, Record<string, unknown>>>;

async function memberIdsOf(db: DB, personId: number): Promise<number[]> {
  return (await db.selectFrom('members').select('id').where('person_id', '=', personId).execute()).map((r) => r.id);
}

/** Everything stored about a person, in every table, grouped by table. */
export async function personData(db: DB, personId: number): Promise<Record<string, unknown>> {
  const person = await db.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirst();
  if (!person) return {};
  const memberIds = await memberIdsOf(db, personId);
  const tables: Record<string, unknown[]> = { people: [person] };
  // Their memberships first, then the rest in the list's order.
  const links = [...PERSON_LINKS].sort((a, b) => Number(b.table === 'members') - Number(a.table === 'members'));
  for (const link of links) {
    if (!link.theirs) continue;
    const ids = link.target === 'people' ? [personId] : memberIds;
    if (!ids.length) continue;
    const rows = await loose(db).selectFrom(link.table).selectAll().where(link.column, 'in', ids).execute();
    if (rows.length) (tables[link.table] ??= []).push(...rows.map((r) => readable(link.table, r)));
  }
  return tables;
}

/** Outbox payloads are JSON: show them as the message text. */
function readable(table: string, row: Record<string, unknown>): Record<string, unknown> {
  if (table === 'outbox' && typeof row.payload === 'string') {
    try {
      return { ...row, payload: JSON.parse(row.payload) };
    } catch {
      return row;
    }
  }
  return row;
}

export async function personDataFile(core: Core, personId: number): Promise<{ name: string; mime: string; content: string }> {
  const tables = await personData(core.db, personId);
  const content = JSON.stringify(
    {
      about: 'Everything this bot stores about you, table by table. /forgetme erases all of it.',
      check_ins_kept_for: await keptFor(core.db, personId), // then deleted with their notes, group by group
      generated_at: nowIso(core),
      tables,
    },
    null,
    2,
  );
  return { name: 'my-data.json', mime: 'application/json', content };
}

/**
 * Erase a person: their rows and the rows that point at them, found by id (PERSON_LINKS). What
 * showed them to others is rebuilt from structure (unsent introductions and prompts, their
 * buddies told, meetups they suggested called off); what others wrote is never touched. One
 * transaction; then the current prompt's tally is edited. SQLite overwrites erased pages
 * (secure_delete) and its write-ahead log is checkpointed so they do not linger there.
 */
export async function forgetPerson(core: Core, personId: number): Promise<{ rows: number }> {
  const now = core.clock.now();
  let rows = 0;
  let tallies: Awaited<ReturnType<typeof rebuildPrompts>> = [];
  await core.db.transaction().execute(async (trx) => {
    const person = await trx.selectFrom('people').select(['id', 'platform', 'user_id']).where('id', '=', personId).executeTakeFirst();
    if (!person) return;
    // What they sent that is stored and not yet handled (a webhook update) goes too; its id stays, so a retry is still recognised.
    await trx.updateTable('incoming_updates').set({ payload: null }).where('platform', '=', person.platform).where('from_user', '=', person.user_id).where('payload', 'is not', null).execute();
    const inTrx: Core = { ...core, db: trx };
    const members = await trx.selectFrom('members').selectAll().where('person_id', '=', personId).execute();
    const memberIds = members.map((m) => m.id);
    const prompts = await promptsShowing(trx, members);
    rows += await dropMessagesAbout(trx, members);
    rows += await tellBuddies(inTrx, members, now);
    rows += await callOffMeetups(inTrx, memberIds, now);
    for (const link of PERSON_LINKS) {
      const ids = link.target === 'people' ? [personId] : memberIds;
      if (!ids.length) continue;
      rows += Number((await loose(trx).deleteFrom(link.table).where(link.column, 'in', ids).executeTakeFirst()).numDeletedRows);
    }
    rows += Number((await trx.deleteFrom('people').where('id', '=', personId).executeTakeFirst()).numDeletedRows);
    tallies = await rebuildPrompts(inTrx, prompts, now);
  });
  for (const t of tallies) {
    await queueTallyEdit(core, t.group, t.week).catch((err) => core.log.warn({ group: t.group.id, err: loggableError(err) }, 'tally edit after erasure not queued'));
  }
  await flushErased(core.db);
  core.log.info({ person: personId, rows }, 'person erased');
  return { rows };
}
