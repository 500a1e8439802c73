import { type Kysely, sql } from 'kysely'

/**
 * Attempts, the items each attempt delivered (with the concrete variant and key, server-side
 * only), certifications, and items pulled from forms. Every table carries the candidate's user id
 * so a distributed PostgreSQL can co-locate a worker's rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assessment_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('candidate_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('test_id', 'text', (c) => c.notNull())
    .addColumn('test_version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'scored')`))
    .addColumn('ended_by', 'text', (c) => c.check(sql`ended_by in ('submission', 'expiry')`))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('deadline', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addColumn('cut_percent', 'double precision', (c) => c.notNull())
    .addColumn('raw_score', 'integer')
    .addColumn('scored_items', 'integer', (c) => c.notNull())
    .addColumn('percent_score', 'double precision')
    .addColumn('passed', 'boolean')
    .addColumn('domain_scores', 'jsonb')
    .addCheckConstraint(
      'assessment_attempts_scored_has_score',
      sql`status = 'active' or (raw_score is not null and finished_at is not null and passed is not null)`,
    )
    .execute()
  // One active attempt per test per candidate, enforced by the database, not by read-then-insert.
  await db.schema
    .createIndex('assessment_attempts_one_active')
    .on('assessment_attempts')
    .columns(['candidate_id', 'test_id'])
    .unique()
    .where(sql.ref('status'), '=', 'active')
    .execute()
  await db.schema
    .createIndex('assessment_attempts_test_finished')
    .on('assessment_attempts')
    .columns(['test_id', 'finished_at'])
    .execute()

  await db.schema
    .createTable('assessment_attempt_items')
    .addColumn('attempt_id', 'text', (c) =>
      c.notNull().references('assessment_attempts.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('candidate_id', 'text', (c) => c.notNull())
    .addColumn('test_id', 'text', (c) => c.notNull())
    .addColumn('item_ref', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('item', 'model')`))
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('scored', 'boolean', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('single', 'multiple')`))
    .addColumn('stem', 'text', (c) => c.notNull())
    .addColumn('options', 'jsonb', (c) => c.notNull())
    .addColumn('key_option_ids', 'jsonb', (c) => c.notNull())
    .addColumn('chosen_option_ids', 'jsonb')
    .addColumn('first_answered_at', 'timestamptz')
    .addColumn('answered_at', 'timestamptz')
    .addColumn('correct', 'boolean')
    .addPrimaryKeyConstraint('assessment_attempt_items_pk', ['attempt_id', 'position'])
    .execute()
  await db.schema
    .createIndex('assessment_attempt_items_exposure')
    .on('assessment_attempt_items')
    .columns(['test_id', 'item_ref'])
    .execute()
  await db.schema
    .createIndex('assessment_attempt_items_seen')
    .on('assessment_attempt_items')
    .columns(['candidate_id', 'test_id'])
    .execute()

  await db.schema
    .createTable('certifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('candidate_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('test_id', 'text', (c) => c.notNull())
    .addColumn('test_version', 'integer', (c) => c.notNull())
    .addColumn('attempt_id', 'text', (c) =>
      c.notNull().unique().references('assessment_attempts.id'),
    )
    .addColumn('score_percent', 'double precision', (c) => c.notNull())
    .addColumn('passed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('valid_until', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revocation_reason', 'text')
    .execute()
  await db.schema
    .createIndex('certifications_candidate_test')
    .on('certifications')
    .columns(['candidate_id', 'test_id'])
    .execute()

  await db.schema
    .createTable('assessment_pulled_items')
    .addColumn('test_id', 'text', (c) => c.notNull())
    .addColumn('item_ref', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .addColumn('pulled_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_pulled_items_pk', ['test_id', 'item_ref'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assessment_pulled_items').execute()
  await db.schema.dropTable('certifications').execute()
  await db.schema.dropTable('assessment_attempt_items').execute()
  await db.schema.dropTable('assessment_attempts').execute()
}
