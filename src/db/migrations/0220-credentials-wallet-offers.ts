import { type Kysely, sql } from 'kysely'

/**
 * OpenID for Verifiable Credential Issuance offers: a learner offers one of their credentials to
 * a wallet. Codes and tokens are kept as SHA-256 hashes only, so a copy of the database hands no
 * one a credential.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('credential_wallet_offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('credential_id', 'text', (c) => c.notNull().references('issued_credentials.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('tx_code_hash', 'text')
    .addColumn('tx_code_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('redeemed_at', 'timestamptz')
    .addColumn('access_token_hash', 'text', (c) => c.unique())
    .addColumn('access_token_expires_at', 'timestamptz')
    .addColumn('holder_did', 'text')
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema
    .createIndex('credential_wallet_offers_user')
    .on('credential_wallet_offers')
    .columns(['user_id', 'created_at'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('credential_wallet_offers').execute()
}
