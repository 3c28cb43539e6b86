import type { Kysely } from 'kysely';

// Frozen in time. A form asked as follow-up questions (Telegram, the console) waits for its next
// answer in the database, not in memory, so a restart does not lose it; it lapses at expires_at.
// person_id: who is being asked, so /forgetme erases it with them.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pending_questions')
    .addColumn('platform', 'varchar(20)', (c) => c.notNull())
    .addColumn('chat_key', 'varchar(200)', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('pending_questions_pk', ['platform', 'chat_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('pending_questions').execute();
}
