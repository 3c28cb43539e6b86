import type { Kysely } from 'kysely';

// The rest of the domain: buddies, topics, pairing rounds, nudges, tips and meetups.
// Frozen in time: never import app code here. Every table that holds something of a member
// references members (or people) with ON DELETE CASCADE, so erasing a person reaches it.

export async function up(db: Kysely<any>): Promise<void> {
  const member = (c: any) => c.notNull().references('members.id').onDelete('cascade');
  const group = (c: any) => c.notNull().references('groups.id').onDelete('cascade');

  await db.schema
    .createTable('buddy_prefs')
    .addColumn('member_id', 'integer', (c) => member(c).primaryKey())
    .addColumn('group_id', 'integer', group)
    .addColumn('opted_in', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('want_new', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('buddy_avoids')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('group_id', 'integer', group)
    .addColumn('member_id', 'integer', member)
    .addColumn('avoided_member_id', 'integer', member)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('buddy_avoids_pair', ['member_id', 'avoided_member_id'])
    .execute();
  await db.schema.createIndex('buddy_avoids_avoided').on('buddy_avoids').column('avoided_member_id').execute();

  await db.schema
    .createTable('member_topics')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('group_id', 'integer', group)
    .addColumn('member_id', 'integer', member)
    .addColumn('kind', 'text', (c) => c.notNull()) // 'offer' | 'seek'
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('member_topics_unique', ['member_id', 'kind', 'topic'])
    .execute();
  await db.schema.createIndex('member_topics_group').on('member_topics').column('group_id').execute();

  await db.schema
    .createTable('pair_rounds')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('group_id', 'integer', group)
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('exact', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('pair_rounds_group_period', ['group_id', 'period'])
    .execute();

  await db.schema
    .createTable('pair_members')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('round_id', 'integer', (c) => c.notNull().references('pair_rounds.id').onDelete('cascade'))
    .addColumn('group_id', 'integer', group)
    .addColumn('slot', 'integer', (c) => c.notNull())
    .addColumn('member_id', 'integer', member)
    .addUniqueConstraint('pair_members_round_member', ['round_id', 'member_id'])
    .execute();
  await db.schema.createIndex('pair_members_member').on('pair_members').column('member_id').execute();

  await db.schema
    .createTable('nudges')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('group_id', 'integer', group)
    .addColumn('member_id', 'integer', member)
    .addColumn('quiet_since', 'text', (c) => c.notNull()) // identifies one absence
    .addColumn('stage', 'text', (c) => c.notNull()) // 'member' | 'facilitators'
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('nudges_once', ['member_id', 'quiet_since', 'stage'])
    .execute();

  await db.schema
    .createTable('tips')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('group_id', 'integer', group)
    .addColumn('member_id', 'integer', member)
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tips_group_created').on('tips').columns(['group_id', 'created_at']).execute();
  await db.schema.createIndex('tips_group_topic').on('tips').columns(['group_id', 'topic']).execute();

  await db.schema
    .createTable('meetups')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('group_id', 'integer', group)
    .addColumn('member_id', 'integer', member) // who suggested it
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // 'draft' | 'confirmed' | 'cancelled'
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetups_status_starts').on('meetups').columns(['status', 'starts_at']).execute();
  await db.schema.createIndex('meetups_group_starts').on('meetups').columns(['group_id', 'starts_at']).execute();

  await db.schema
    .createTable('meetup_rsvps')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('meetup_id', 'integer', (c) => c.notNull().references('meetups.id').onDelete('cascade'))
    .addColumn('member_id', 'integer', member)
    .addColumn('answer', 'text', (c) => c.notNull()) // 'yes' | 'maybe' | 'no'
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('meetup_rsvps_once', ['meetup_id', 'member_id'])
    .execute();
  await db.schema.createIndex('meetup_rsvps_member').on('meetup_rsvps').column('member_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['meetup_rsvps', 'meetups', 'tips', 'nudges', 'pair_members', 'pair_rounds', 'member_topics', 'buddy_avoids', 'buddy_prefs']) {
    await db.schema.dropTable(t).execute();
  }
}
