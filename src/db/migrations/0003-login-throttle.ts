import { type Kysely, sql } from 'kysely'

/**
 * Wrong-password counting moves from the account to (account key, client address) pairs, so a
 * stranger can no longer lock someone else out, and an unknown email is counted like a known one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('login_throttle')
    .addColumn('email_key', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locks', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('window_started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('locked_until', 'timestamptz')
    .addPrimaryKeyConstraint('login_throttle_pkey', ['email_key', 'address'])
    .execute()
  await db.schema.alterTable('users').dropColumn('failed_logins').execute()
  await db.schema.alterTable('users').dropColumn('locked_until').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema.alterTable('users').addColumn('locked_until', 'timestamptz').execute()
  await db.schema.dropTable('login_throttle').execute()
}
