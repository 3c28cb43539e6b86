import type { Kysely } from 'kysely';

// Frozen in time. Outbox items get a real in-flight state: a worker claims an item ('sending',
// who and until when) before it sends, so no two workers send one item, and an item whose
// sender died is taken again once the claim has run out. A long message sent in parts records
// how many parts went out, so a restart finishes it without posting them twice.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('claimed_by', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('claim_until', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('parts_sent', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // Finding claims that ran out (status 'sending', claim_until passed).
  await db.schema.createIndex('outbox_claims').on('outbox').columns(['status', 'claim_until']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbox_claims').execute();
  await db.schema.alterTable('outbox').dropColumn('parts_sent').execute();
  await db.schema.alterTable('outbox').dropColumn('claim_until').execute();
  await db.schema.alterTable('outbox').dropColumn('claimed_by').execute();
}
