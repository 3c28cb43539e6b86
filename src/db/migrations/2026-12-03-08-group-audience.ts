import type { Kysely } from 'kysely';

// Frozen in time. groups.audience: who the group is for ('adults' by default, 'young people' or
// 'everyone'), so /support lists the helplines for them first.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('groups').addColumn('audience', 'text', (c) => c.notNull().defaultTo('adults')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('groups').dropColumn('audience').execute();
}
