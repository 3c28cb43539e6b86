import type { Kysely } from 'kysely';

// Frozen in time. The daily scan for members who have gone quiet starts from those not seen
// for at least a week (the shortest threshold), across all groups.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('members_status_seen').on('members').columns(['status', 'last_seen_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('members_status_seen').execute();
}
