import { type Kysely, sql } from 'kysely'

/**
 * Each test's cut as scoring uses it, with its history: recording a panel's round for a test
 * adopts the cut it sets (the live row) and keeps the cut it replaces (superseded, never
 * deleted), so every pass can be traced to the round whose cut it met. One live row per test.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assessment_test_cuts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('test_id', 'text', (c) => c.notNull())
    .addColumn('test_version', 'integer', (c) => c.notNull())
    .addColumn('rounds', 'jsonb', (c) => c.notNull())
    .addColumn('cut_theta', 'double precision', (c) => c.notNull())
    .addColumn('cut_percent', 'double precision', (c) =>
      c.notNull().check(sql`cut_percent > 0 and cut_percent < 100`),
    )
    .addColumn('scale', 'text', (c) =>
      c.notNull().check(sql`scale in ('calibrated', 'provisional')`),
    )
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('adopted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('superseded_at', 'timestamptz')
    // A version names one pass rule: two adopters racing for the same test cannot both write it.
    .addUniqueConstraint('assessment_test_cuts_version', ['test_id', 'test_version'])
    .execute()
  await db.schema
    .createIndex('assessment_test_cuts_one_live')
    .on('assessment_test_cuts')
    .column('test_id')
    .unique()
    .where(sql.ref('superseded_at'), 'is', null)
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assessment_test_cuts').execute()
}
