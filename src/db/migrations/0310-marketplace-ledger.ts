import { type Kysely, sql } from 'kysely'

/**
 * The double-entry ledger and the idempotency keys of money-moving requests. Balances are never
 * stored: an account's balance is the sum of its entries. Uniqueness rules ("one funding per
 * milestone", "one settlement per milestone") are partial unique indexes, never read-then-insert.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ledger_accounts')
    // `kind:owner` (escrow:<contract id>), so the lock order by id is the same for every caller.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('client_funds', 'escrow', 'freelancer_payable', 'platform_fees', 'card_funding', 'card_refunds', 'payouts')`,
        ),
    )
    .addColumn('owner_id', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('ledger_transactions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('fund', 'release', 'refund', 'split', 'payout')`),
    )
    .addColumn('contract_id', 'text', (c) => c.references('marketplace_contracts.id'))
    .addColumn('milestone_id', 'text', (c) => c.references('marketplace_milestones.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('provider_reference', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('ledger_transactions_one_funding')
    .on('ledger_transactions')
    .column('milestone_id')
    .unique()
    .where(sql.ref('kind'), '=', 'fund')
    .execute()
  await db.schema
    .createIndex('ledger_transactions_one_settlement')
    .on('ledger_transactions')
    .column('milestone_id')
    .unique()
    .where(sql.ref('kind'), 'in', ['release', 'refund', 'split'])
    .execute()

  await db.schema
    .createTable('ledger_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('transaction_id', 'text', (c) => c.notNull().references('ledger_transactions.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('ledger_accounts.id'))
    .addColumn('amount_cents', 'bigint', (c) => c.notNull().check(sql`amount_cents <> 0`))
    .execute()
  await db.schema
    .createIndex('ledger_entries_account')
    .on('ledger_entries')
    .columns(['account_id', 'amount_cents'])
    .execute()
  await db.schema
    .createIndex('ledger_entries_transaction')
    .on('ledger_entries')
    .column('transaction_id')
    .execute()

  await db.schema
    .createTable('marketplace_idempotency_keys')
    .addColumn('principal_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('endpoint', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('response', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('marketplace_idempotency_keys_pk', ['principal_id', 'endpoint', 'key'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('marketplace_idempotency_keys').execute()
  await db.schema.dropTable('ledger_entries').execute()
  await db.schema.dropTable('ledger_transactions').execute()
  await db.schema.dropTable('ledger_accounts').execute()
}
