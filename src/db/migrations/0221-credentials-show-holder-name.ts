import type { Kysely } from 'kysely'

/** Whether the learner chose to show their name on the public page of a shared credential. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('issued_credentials')
    .addColumn('show_holder_name', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('issued_credentials').dropColumn('show_holder_name').execute()
}
