import type { Kysely } from 'kysely'

/**
 * Family-level calibration. A delivered item now records the item family it was drawn from (the
 * model's template, or the bank item itself) and which variant it was (a digest of what was
 * shown), so a random-item model can tell families and repeated variants apart; attempts from
 * before this carry neither and are read as one family per item model.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('assessment_attempt_items').addColumn('family', 'text').execute()
  await db.schema.alterTable('assessment_attempt_items').addColumn('variant_key', 'text').execute()
  await db.schema
    .createTable('assessment_family_calibrations')
    .addColumn('test_id', 'text', (c) => c.notNull())
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('difficulty', 'double precision', (c) => c.notNull())
    .addColumn('standard_error', 'double precision', (c) => c.notNull())
    .addColumn('dispersion', 'double precision', (c) => c.notNull())
    .addColumn('variants', 'integer', (c) => c.notNull())
    .addColumn('responses', 'integer', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('ability_sd', 'double precision', (c) => c.notNull())
    .addColumn('calibrated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_family_calibrations_pk', ['test_id', 'family'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assessment_family_calibrations').execute()
  await db.schema.alterTable('assessment_attempt_items').dropColumn('variant_key').execute()
  await db.schema.alterTable('assessment_attempt_items').dropColumn('family').execute()
}
