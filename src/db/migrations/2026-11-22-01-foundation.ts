import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here. Kysely's SQLite dialect has no transactional DDL,
// so keep each migration small.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('groups')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('checkin_weekday', 'integer', (c) => c.notNull())
    .addColumn('checkin_time', 'text', (c) => c.notNull())
    .addColumn('absence_weeks', 'integer', (c) => c.notNull().defaultTo(2))
    .addColumn('pair_every_weeks', 'integer', (c) => c.notNull().defaultTo(2))
    .addColumn('region', 'text', (c) => c.notNull().defaultTo('INT'))
    .addColumn('nation', 'text')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('facilitator_role', 'text')
    .addColumn('prompt_paused', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('groups_platform_chat', ['platform', 'chat_id'])
    .execute();

  await db.schema
    .createTable('agreements')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('agreements_group_version', ['group_id', 'version'])
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('dm_chat_id', 'text')
    .addColumn('private_group_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('people_platform_user', ['platform', 'user_id'])
    .execute();

  await db.schema
    .createTable('members')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('accepted_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('away_until', 'text')
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('facilitator', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('facilitator_notes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('told_shared_note', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_crisis_list_at', 'text')
    .addUniqueConstraint('members_group_person', ['group_id', 'person_id'])
    .execute();
  await db.schema.createIndex('members_person').on('members').column('person_id').execute();
  await db.schema
    .createIndex('members_group_status_seen')
    .on('members')
    .columns(['group_id', 'status', 'last_seen_at'])
    .execute();

  await db.schema
    .createTable('checkins')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('mood', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('note_shared', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('checkins_member_week', ['member_id', 'week'])
    .execute();
  await db.schema.createIndex('checkins_group_week').on('checkins').columns(['group_id', 'week']).execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('idem_key', 'text', (c) => c.notNull().unique())
    .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('cascade'))
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('not_before', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('platform_message_id', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'not_before']).execute();
  await db.schema.createIndex('outbox_person').on('outbox').columns(['person_id', 'status']).execute();
  void sql;
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['outbox', 'checkins', 'members', 'people', 'agreements', 'groups']) {
    await db.schema.dropTable(t).execute();
  }
}
