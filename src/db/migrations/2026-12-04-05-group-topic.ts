import type { Kysely } from 'kysely';

// Frozen in time. A Telegram group with topics (a forum) is bound to the topic /setup was run in:
// its weekly prompt, meetup posts and other posts go there (null: the chat itself).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('groups').addColumn('topic_id', 'varchar(20)').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('groups').dropColumn('topic_id').execute();
}
