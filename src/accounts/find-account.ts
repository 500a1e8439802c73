import type { Queryable } from '../db/index.js'
import { type Account, toAccount } from './account.js'
import { emailKeyOf } from './email.js'
import type { AccountsDatabase } from './tables.js'

/**
 * The account with this id, or null: how other parts learn a member's name and email without
 * reading the accounts tables themselves. Works inside the caller's transaction.
 *
 * @example (await findAccount(trx, candidateId))?.email
 */
export async function findAccount(
  db: Queryable<AccountsDatabase>,
  id: string,
): Promise<Account | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'role', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst()
  return row ? toAccount(row) : null
}

/**
 * Whether the account's address was proven (by its mailed link, or vouched for by an operator):
 * a credential names that address, so earning one waits for it. False for unknown or erased
 * accounts.
 */
export async function isEmailVerified(
  db: Queryable<AccountsDatabase>,
  id: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('email_verified_at')
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  return row?.email_verified_at != null
}

/**
 * The live (not erased) account signing in with this email, or null: how the command line names
 * who acts (an importer, a reviewer).
 *
 * @example (await findAccountByEmail(db, 'ada@example.org'))?.id
 */
export async function findAccountByEmail(
  db: Queryable<AccountsDatabase>,
  email: string,
): Promise<Account | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'role', 'created_at'])
    .where('email_key', '=', emailKeyOf(email))
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  return row ? toAccount(row) : null
}
