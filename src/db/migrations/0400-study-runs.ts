import { type Kysely, sql } from 'kysely'

/**
 * Study runs, and the record views the study reads the platform through. Workers are members; a
 * credential award is a certification that has not been revoked. The projects and payments views
 * (contracts and ledger releases) come with the marketplace's tables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('study_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('source', 'jsonb', (c) => c.notNull())
    .addColumn('settings', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('queued', 'running', 'succeeded', 'failed')`),
    )
    .addColumn('progress', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('failure', 'jsonb')
    .addColumn('estimates', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .execute()

  await sql`create view study_workers as
    select id as worker_id, created_at as registered_at from users where role = 'member'`.execute(
    db,
  )
  await sql`create view study_credential_awards as
    select id as award_id, candidate_id as worker_id, test_id, passed_at as awarded_at,
           score_percent as score
    from certifications where revoked_at is null`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop view study_credential_awards`.execute(db)
  await sql`drop view study_workers`.execute(db)
  await db.schema.dropTable('study_runs').execute()
}
