import type { Kysely } from 'kysely';

// Frozen in time. The language a person chose for themselves with /language (null: what their
// platform says, else their group's).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').addColumn('language', 'varchar(10)').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').dropColumn('language').execute();
}
