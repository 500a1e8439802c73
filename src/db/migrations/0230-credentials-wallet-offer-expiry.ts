import type { Kysely } from 'kysely'

/** The sweep of dead wallet offers finds them by expiry, oldest first. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('credential_wallet_offers_expiry')
    .on('credential_wallet_offers')
    .column('expires_at')
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('credential_wallet_offers_expiry').execute()
}
