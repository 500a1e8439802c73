import type { Kysely } from 'kysely'

/** A learner's own DID, saved once in their settings, that their credentials bind to by default. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('credential_holder_dids')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('did', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('credential_holder_dids').execute()
}
