import { type Kysely, sql } from 'kysely'

/**
 * The catalog and the item bank: tests, authored items (with their lifecycle) and the images
 * their stems show. Model-generated variants are not stored here; attempts keep what they
 * delivered.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assessment_tests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createTable('assessment_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('test_id', 'text', (c) => c.notNull().references('assessment_tests.id'))
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('single', 'multiple')`))
    .addColumn('stem', 'text', (c) => c.notNull())
    .addColumn('options', 'jsonb', (c) => c.notNull())
    .addColumn('keys', 'jsonb', (c) => c.notNull())
    .addColumn('lifecycle', 'text', (c) =>
      c.notNull().check(sql`lifecycle in ('draft', 'review', 'pretest', 'operational', 'retired')`),
    )
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('authored', 'model')`))
    .addColumn('model_id', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('assessment_items_test_domain')
    .on('assessment_items')
    .columns(['test_id', 'domain', 'lifecycle'])
    .execute()
  await db.schema
    .createTable('assessment_item_assets')
    .addColumn('item_id', 'text', (c) =>
      c.notNull().references('assessment_items.id').onDelete('cascade'),
    )
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('assessment_item_assets_pk', ['item_id', 'path'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assessment_item_assets').execute()
  await db.schema.dropTable('assessment_items').execute()
  await db.schema.dropTable('assessment_tests').execute()
}
