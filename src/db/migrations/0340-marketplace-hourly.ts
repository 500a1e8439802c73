import { type Kysely, sql } from 'kysely'

/**
 * Hourly contracts: the agreed rate on the contract, and the freelancer's time logs, each billed
 * once by the weekly invoice that names it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('marketplace_contracts')
    .addColumn('hourly_rate_cents', 'bigint', (c) => c.check(sql`hourly_rate_cents > 0`))
    .execute()
  await db.schema
    .createTable('marketplace_time_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contract_id', 'text', (c) => c.notNull().references('marketplace_contracts.id'))
    .addColumn('freelancer_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('work_date', 'date', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes between 1 and 1440`))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('logged_at', 'timestamptz', (c) => c.notNull())
    .addColumn('invoice_milestone_id', 'text', (c) => c.references('marketplace_milestones.id'))
    .execute()
  await db.schema
    .createIndex('marketplace_time_logs_unbilled')
    .on('marketplace_time_logs')
    .columns(['contract_id', 'work_date'])
    .where(sql.ref('invoice_milestone_id'), 'is', null)
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('marketplace_time_logs').execute()
  await db.schema.alterTable('marketplace_contracts').dropColumn('hourly_rate_cents').execute()
}
