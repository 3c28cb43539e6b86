import type { Kysely } from 'kysely';

// Frozen in time. Secrets the bot keeps for itself: the key that signs buttons, generated on the
// first start when SIGNING_SECRET is not set (value null when it comes from the environment).
// created_at is that first start: buttons signed the old way (from the bot token) are accepted
// for one check-in period after it.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('secrets').execute();
}
