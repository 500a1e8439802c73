import { type Kysely, sql } from 'kysely'

/**
 * Standard-setting rounds recorded after release: an external panel's (or the authors' next)
 * modified-Angoff ratings with who rated, when and why, kept as the judgment was made so a
 * cut-score record can be traced to it. The platform authors' first round lives with the code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assessment_rating_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('test_id', 'text')
    .addColumn('panel', 'text', (c) =>
      c.notNull().check(sql`panel in ('platform-content-authors', 'external')`),
    )
    .addColumn('raters', 'jsonb', (c) => c.notNull())
    .addColumn('rated_on', 'text', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('default_rating', 'jsonb')
    .addColumn('ratings', 'jsonb', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assessment_rating_rounds').execute()
}
