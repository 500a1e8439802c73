import { type Kysely, sql } from 'kysely'

/** A run can be cancelled by whoever started it (or an administrator). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table study_runs drop constraint study_runs_status_check`.execute(db)
  await sql`alter table study_runs add constraint study_runs_status_check
    check (status in ('queued', 'running', 'succeeded', 'failed', 'cancelled'))`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update study_runs set status = 'failed' where status = 'cancelled'`.execute(db)
  await sql`alter table study_runs drop constraint study_runs_status_check`.execute(db)
  await sql`alter table study_runs add constraint study_runs_status_check
    check (status in ('queued', 'running', 'succeeded', 'failed'))`.execute(db)
}
