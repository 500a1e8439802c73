import { type Kysely, sql } from 'kysely'

/**
 * Passes held for an administrator's review because the attempt's integrity signals (answers
 * faster than reading, a metronome pace, a misfitting response pattern) say a person may not have
 * earned them. While held no certification exists, so no credential is issued; a release records
 * both, a rejection neither. One row per attempt: the primary key keeps a pass from being held
 * (or decided) twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assessment_integrity_holds')
    .addColumn('attempt_id', 'text', (c) => c.primaryKey().references('assessment_attempts.id'))
    .addColumn('candidate_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('test_id', 'text', (c) => c.notNull())
    .addColumn('signals', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('held', 'released', 'rejected')`),
    )
    .addColumn('held_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decision_reason', 'text')
    .addCheckConstraint(
      'assessment_integrity_holds_decided',
      sql`(status = 'held') = (decided_at is null)`,
    )
    .execute()
  await db.schema
    .createIndex('assessment_integrity_holds_status')
    .on('assessment_integrity_holds')
    .columns(['status', 'held_at'])
    .execute()
  await db.schema
    .createIndex('assessment_integrity_holds_candidate')
    .on('assessment_integrity_holds')
    .columns(['candidate_id', 'test_id'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assessment_integrity_holds').execute()
}
