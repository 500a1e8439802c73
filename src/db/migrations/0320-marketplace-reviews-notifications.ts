import { type Kysely, sql } from 'kysely'

/** Double-blind reviews of ended contracts, and the in-app notifications of the marketplace. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('marketplace_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('marketplace_contracts.id'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('subject_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('author_side', 'text', (c) =>
      c.notNull().check(sql`author_side in ('client', 'freelancer')`),
    )
    .addColumn('rating', 'integer', (c) => c.notNull().check(sql`rating between 1 and 5`))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .execute()
  // One review per side per contract, enforced by the database.
  await db.schema
    .createIndex('marketplace_reviews_one_per_side')
    .on('marketplace_reviews')
    .columns(['contract_id', 'author_side'])
    .unique()
    .execute()
  await db.schema
    .createIndex('marketplace_reviews_subject')
    .on('marketplace_reviews')
    .columns(['subject_id', 'submitted_at'])
    .execute()

  await db.schema
    .createTable('marketplace_notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('read_at', 'timestamptz')
    .execute()
  await db.schema
    .createIndex('marketplace_notifications_user')
    .on('marketplace_notifications')
    .columns(['user_id', 'id'])
    .execute()
  await db.schema
    .createIndex('marketplace_notifications_unread')
    .on('marketplace_notifications')
    .column('user_id')
    .where(sql.ref('read_at'), 'is', null)
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('marketplace_notifications').execute()
  await db.schema.dropTable('marketplace_reviews').execute()
}
