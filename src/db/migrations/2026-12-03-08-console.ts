import type { Kysely } from 'kysely';

// Frozen in time. The console chat remembers who it made a facilitator (`:admin NAME`) and how
// far its clock was moved (`:clock +7d`), so both survive a restart like the rest of its data.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('console_state')
    .addColumn('key', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('console_state').execute();
}
