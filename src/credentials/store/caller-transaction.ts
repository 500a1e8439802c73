import type { Transaction } from 'kysely'
import type { AccountsTables } from '../../accounts/index.js'
import type { CredentialsDatabase, CredentialsTables } from '../tables.js'

/**
 * A transaction another part opened on the platform's one database, typed with that part's tables
 * (assessment's pass and revocation hooks run in one). Credentials does not know those tables and
 * needs none of them; every part's view includes accounts'.
 */
export type CallerTransaction = Transaction<AccountsTables>

/** The caller's transaction seen with credentials' tables, which live on the same connection. */
export function joinCallerTransaction(trx: CallerTransaction): Transaction<CredentialsDatabase> {
  return trx.withTables<CredentialsTables>()
}
