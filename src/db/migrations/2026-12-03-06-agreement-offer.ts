import type { Kysely } from 'kysely';

// Frozen in time: never import app code here. One column per statement (SQLite adds one at a time).
// - members.offered_version: the newest agreement version offered to an existing member, so a
//   changed agreement is offered once, after what they came to do, and never holds them back.
// - people.last_free_text_reply_at: the warm answer to plain words in a private chat goes out at
//   most once in 10 minutes per person.
// - groups.tally: what the weekly prompt shows, 'count' (default) or 'names'.
// - checkins.private: 1 when made out of the group's sight with no shared note (never named).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('members').addColumn('offered_version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('people').addColumn('last_free_text_reply_at', 'text').execute();
  await db.schema.alterTable('groups').addColumn('tally', 'text', (c) => c.notNull().defaultTo('count')).execute();
  // Check-ins from before this change are treated as private: never named without a choice.
  await db.schema.alterTable('checkins').addColumn('private', 'integer', (c) => c.notNull().defaultTo(1)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('checkins').dropColumn('private').execute();
  await db.schema.alterTable('groups').dropColumn('tally').execute();
  await db.schema.alterTable('people').dropColumn('last_free_text_reply_at').execute();
  await db.schema.alterTable('members').dropColumn('offered_version').execute();
}
