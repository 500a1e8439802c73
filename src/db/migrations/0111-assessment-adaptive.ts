import { type Kysely, sql } from 'kysely'

/**
 * Rasch calibrations per test and item, the delivery mode a test owner chose, and the ability
 * estimate of every attempt scored on a calibrated scale.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('assessment_attempts')
    .addColumn('mode', 'text', (c) =>
      c.notNull().defaultTo('linear').check(sql`mode in ('linear', 'adaptive')`),
    )
    .execute()
  await db.schema
    .alterTable('assessment_attempts')
    .addColumn('ability', 'double precision')
    .execute()
  await db.schema
    .alterTable('assessment_attempts')
    .addColumn('ability_se', 'double precision')
    .execute()
  // Items Sympson–Hetter set aside for this candidate: never offered to them again in the attempt.
  await db.schema
    .alterTable('assessment_attempts')
    .addColumn('set_aside', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute()

  await db.schema
    .createTable('assessment_test_calibrations')
    .addColumn('test_id', 'text', (c) => c.primaryKey())
    .addColumn('ability_sd', 'double precision', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('converged', 'boolean', (c) => c.notNull())
    .addColumn('adaptive', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('calibrated_at', 'timestamptz', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('assessment_item_calibrations')
    .addColumn('test_id', 'text', (c) =>
      c.notNull().references('assessment_test_calibrations.test_id').onDelete('cascade'),
    )
    .addColumn('item_ref', 'text', (c) => c.notNull())
    .addColumn('difficulty', 'double precision', (c) => c.notNull())
    .addColumn('standard_error', 'double precision', (c) => c.notNull())
    .addColumn('responses', 'integer', (c) => c.notNull())
    .addColumn('exposure_parameter', 'double precision', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('assessment_item_calibrations_pk', ['test_id', 'item_ref'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assessment_item_calibrations').execute()
  await db.schema.dropTable('assessment_test_calibrations').execute()
  await db.schema.alterTable('assessment_attempts').dropColumn('set_aside').execute()
  await db.schema.alterTable('assessment_attempts').dropColumn('ability_se').execute()
  await db.schema.alterTable('assessment_attempts').dropColumn('ability').execute()
  await db.schema.alterTable('assessment_attempts').dropColumn('mode').execute()
}
