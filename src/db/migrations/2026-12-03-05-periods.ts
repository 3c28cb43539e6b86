import { type Kysely, sql } from 'kysely';

// Frozen in time: never import app code here.
// Check-in periods (a change of day or time lets the period then in force run on to the first
// prompt under the new rhythm), how long check-ins are kept, who was a member when (for
// /stats), and each finished period's figures, written once when it closes and never changed.

const FOREVER = '9999-12-31T00:00:00.000Z';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('groups').addColumn('keep_months', 'integer', (c) => c.notNull().defaultTo(12)).execute();
  await db.schema.alterTable('groups').addColumn('rhythm_changed_at', 'text').execute();
  await db.schema.alterTable('groups').addColumn('period_at_change', 'text').execute();
  await db.schema.alterTable('groups').addColumn('period_at_change_from', 'text').execute();

  await db.schema
    .createTable('member_spans')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('member_id', 'integer', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // 'member' | 'away'
    .addColumn('from_at', 'text', (c) => c.notNull())
    .addColumn('until_at', 'text') // null: still open
    .execute();
  await db.schema.createIndex('member_spans_group').on('member_spans').columns(['group_id', 'from_at']).execute();
  await db.schema.createIndex('member_spans_member').on('member_spans').columns(['member_id', 'kind']).execute();

  await db.schema
    .createTable('period_figures')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('members_then', 'integer', (c) => c.notNull())
    .addColumn('checked_in', 'integer', (c) => c.notNull())
    // On the row that closes a block of periods: moods pooled over the block (null: hidden).
    .addColumn('pool_from', 'text')
    .addColumn('pool_people', 'integer')
    .addColumn('mood_1', 'integer')
    .addColumn('mood_2', 'integer')
    .addColumn('mood_3', 'integer')
    .addColumn('mood_4', 'integer')
    .addColumn('mood_5', 'integer')
    .addColumn('frozen_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('period_figures_unique', ['group_id', 'period'])
    .execute();

  // Retention: check-ins by age; delivered outbox rows by age.
  await db.schema.createIndex('checkins_group_created').on('checkins').columns(['group_id', 'created_at']).execute();
  await db.schema.createIndex('outbox_group_status').on('outbox').columns(['group_id', 'status', 'created_at']).execute();

  // Backfill: each member's current span from when they (re)joined. A member who left is taken
  // to have left when last seen (leaving is a command, so it marks them seen); someone away now
  // went away when last seen.
  await db
    .insertInto('member_spans')
    .columns(['group_id', 'member_id', 'kind', 'from_at', 'until_at'])
    .expression(
      db
        .selectFrom('members')
        .select([
          'group_id',
          'id',
          sql.lit('member').as('kind'),
          'joined_at',
          sql`case when status = 'active' then null when last_seen_at > joined_at then last_seen_at else joined_at end`.as('until_at'),
        ]),
    )
    .execute();
  const now = new Date().toISOString();
  await db
    .insertInto('member_spans')
    .columns(['group_id', 'member_id', 'kind', 'from_at', 'until_at'])
    .expression(
      db
        .selectFrom('members')
        .select([
          'group_id',
          'id',
          sql.lit('away').as('kind'),
          'last_seen_at',
          sql`case when away_until = ${FOREVER} then null else away_until end`.as('until_at'),
        ])
        .where('status', '=', 'active')
        .where('away_until', 'is not', null)
        .where('away_until', '>', now),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbox_group_status').execute();
  await db.schema.dropIndex('checkins_group_created').execute();
  await db.schema.dropTable('period_figures').execute();
  await db.schema.dropTable('member_spans').execute();
  for (const c of ['period_at_change_from', 'period_at_change', 'rhythm_changed_at', 'keep_months'])
    await db.schema.alterTable('groups').dropColumn(c).execute();
}
