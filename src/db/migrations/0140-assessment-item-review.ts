import { type Kysely, sql } from 'kysely'

/**
 * Import and review. Imported items without a test wait as unassigned drafts (with their images)
 * until someone assigns them; every item knows who wrote or imported it, and each lifecycle step
 * (draft → review → pretest → operational) is recorded with who took it and why, so a review by
 * someone other than the author can be proved.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assessment_unassigned_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('single', 'multiple')`))
    .addColumn('stem', 'text', (c) => c.notNull())
    .addColumn('options', 'jsonb', (c) => c.notNull())
    .addColumn('keys', 'jsonb', (c) => c.notNull())
    .addColumn('source_file', 'text', (c) => c.notNull())
    .addColumn('source_line', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createTable('assessment_unassigned_assets')
    .addColumn('item_id', 'text', (c) =>
      c.notNull().references('assessment_unassigned_items.id').onDelete('cascade'),
    )
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_unassigned_assets_pk', ['item_id', 'path'])
    .execute()
  await db.schema
    .alterTable('assessment_items')
    .addColumn('author_id', 'text', (c) => c.references('users.id'))
    .execute()
  await db.schema
    .createTable('assessment_item_reviews')
    .addColumn('item_id', 'text', (c) =>
      c.notNull().references('assessment_items.id').onDelete('cascade'),
    )
    .addColumn('step', 'integer', (c) => c.notNull().check(sql`step >= 1`))
    .addColumn('from_stage', 'text', (c) => c.notNull())
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('evidence', 'jsonb', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    // One row per step: two reviewers advancing the same item at once cannot both succeed.
    .addPrimaryKeyConstraint('assessment_item_reviews_pk', ['item_id', 'step'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assessment_item_reviews').execute()
  await db.schema.alterTable('assessment_items').dropColumn('author_id').execute()
  await db.schema.dropTable('assessment_unassigned_assets').execute()
  await db.schema.dropTable('assessment_unassigned_items').execute()
}
