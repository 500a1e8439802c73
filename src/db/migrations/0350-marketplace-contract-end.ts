import type { Kysely } from 'kysely'

/** Ending a contract by agreement: the side that asked first, until the other agrees. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('marketplace_contracts')
    .addColumn('end_requested_by', 'text', (c) => c.references('users.id'))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('marketplace_contracts').dropColumn('end_requested_by').execute()
}
