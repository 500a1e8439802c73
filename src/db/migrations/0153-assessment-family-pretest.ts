import { type Kysely, sql } from 'kysely'

/**
 * Item families that are new to a test: listed here in `pretest`, a family rides only in the
 * form's unscored pretest slots, collecting responses, until its statistics move it to
 * `operational` (a family not listed was operational before the list existed).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assessment_family_pretest')
    .addColumn('test_id', 'text', (c) => c.notNull())
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('model_id', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('pretest', 'operational')`))
    .addColumn('added_at', 'timestamptz', (c) => c.notNull())
    .addColumn('promoted_at', 'timestamptz')
    .addColumn('responses', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('facility', 'double precision')
    .addColumn('point_biserial', 'double precision')
    .addPrimaryKeyConstraint('assessment_family_pretest_pk', ['test_id', 'family'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assessment_family_pretest').execute()
}
