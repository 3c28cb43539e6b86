import type { Kysely } from 'kysely';

// Frozen in time. Updates a platform pushes to the bot (Telegram webhooks) are stored before the
// platform is answered, so a process that dies after answering loses nothing, and are handled
// once across every process: the platform's own update id is the key, a retry of it is a no-op.
// The update itself (`payload`) is kept only until it has been handled.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('incoming_updates')
    .addColumn('platform', 'varchar(20)', (c) => c.notNull())
    .addColumn('update_id', 'integer', (c) => c.notNull())
    // The platform's user id of who sent it, so /forgetme can drop an update not yet handled.
    .addColumn('from_user', 'varchar(40)')
    .addColumn('payload', 'text')
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('claimed_by', 'varchar(200)')
    .addColumn('claim_until', 'integer')
    .addColumn('received_at', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('incoming_updates_pk', ['platform', 'update_id'])
    .execute();
  await db.schema.createIndex('incoming_updates_claims').on('incoming_updates').columns(['status', 'claim_until']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('incoming_updates').execute();
}
