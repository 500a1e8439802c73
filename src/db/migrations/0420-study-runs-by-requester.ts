import type { Kysely } from 'kysely'

/** An analyst's list of runs, newest first, reads this index instead of every run. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('study_runs_by_requester')
    .on('study_runs')
    .columns(['requested_by', 'created_at desc'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('study_runs_by_requester').execute()
}
