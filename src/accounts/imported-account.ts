import type { Insertable } from 'kysely'
import { newId, type Queryable } from '../db/index.js'
import { type Account, type Role, toAccount } from './account.js'
import { parseDisplayName } from './display-name.js'
import { parseEmail } from './email.js'
import type { AccountsDatabase, AuditLogTable, UsersTable } from './tables.js'

/**
 * What a password hash holds for an account nobody can sign in to with a password: not an
 * argon2 hash, so verification fails at once, whatever is typed.
 */
export const UNUSABLE_PASSWORD_HASH = '!no-password'

export interface ImportedAccount {
  readonly email: string
  readonly displayName: string
  readonly registeredAt: Date
  readonly role?: Role
}

/**
 * The rows an imported account is: the user, with an unusable password, and its audit entry. Pure,
 * so a bulk import writes many at once with the rows `createImportedAccount` writes one by one.
 */
export function importedAccountRows(
  input: ImportedAccount,
  ids: { readonly user: string; readonly audit: string },
): { user: Insertable<UsersTable>; audit: Insertable<AuditLogTable> } {
  const { email, key } = parseEmail(input.email)
  const displayName = parseDisplayName(input.displayName)
  const role = input.role ?? 'member'
  return {
    user: {
      id: ids.user,
      email,
      email_key: key,
      display_name: displayName,
      password_hash: UNUSABLE_PASSWORD_HASH,
      role,
      created_at: input.registeredAt,
    },
    audit: {
      id: ids.audit,
      actor_id: ids.user,
      action: 'account.imported',
      subject: `user:${ids.user}`,
      details: JSON.stringify({ role, registeredAt: input.registeredAt.toISOString() }),
    },
  }
}

/**
 * Creates an account brought onto the platform from elsewhere (a simulated market's people), as
 * registered at `registeredAt`, with an unusable password: it can be shown, hired and paid, and
 * signed in to only once its owner resets the password. In the caller's transaction.
 */
export async function createImportedAccount(
  db: Queryable<AccountsDatabase>,
  input: ImportedAccount,
): Promise<Account> {
  const rows = importedAccountRows(input, { user: newId(), audit: newId() })
  const row = await db
    .insertInto('users')
    .values(rows.user)
    .returning(['id', 'email', 'display_name', 'role', 'created_at'])
    .executeTakeFirstOrThrow()
  await db.insertInto('audit_log').values(rows.audit).execute()
  return toAccount(row)
}
