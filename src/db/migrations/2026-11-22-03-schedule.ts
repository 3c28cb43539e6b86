import type { Kysely } from 'kysely';

// The schedule: a lease so one process runs it, and a record of each job run (also its claim).
// Frozen in time: never import app code here.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'integer', (c) => c.notNull()) // epoch ms, real time
    .addColumn('epoch', 'integer', (c) => c.notNull().defaultTo(1)) // bumped on every takeover
    .addColumn('acquired_at', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('job_runs')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('key', 'text', (c) => c.notNull().unique()) // job:group:period
    .addColumn('job', 'text', (c) => c.notNull())
    .addColumn('group_id', 'integer', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duration_ms', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ran_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('job_runs_group_job').on('job_runs').columns(['group_id', 'job', 'period']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('job_runs').execute();
  await db.schema.dropTable('leases').execute();
}
