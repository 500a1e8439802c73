import { newId, type Queryable } from '../db/index.js'
import { type Account, type Role, toAccount } from './account.js'
import { parseDisplayName } from './display-name.js'
import { parseEmail } from './email.js'
import type { AccountsDatabase } from './tables.js'

/**
 * What a password hash holds for an account nobody can sign in to with a password: not an
 * argon2 hash, so verification fails at once, whatever is typed.
 */
export const UNUSABLE_PASSWORD_HASH = '!no-password'

/**
 * Creates an account brought onto the platform from elsewhere (a simulated market's people), as
 * registered at `registeredAt`, with an unusable password: it can be shown, hired and paid, and
 * signed in to only once its owner resets the password. In the caller's transaction.
 */
export async function createImportedAccount(
  db: Queryable<AccountsDatabase>,
  input: {
    readonly email: string
    readonly displayName: string
    readonly registeredAt: Date
    readonly role?: Role
  },
): Promise<Account> {
  const { email, key } = parseEmail(input.email)
  const displayName = parseDisplayName(input.displayName)
  const role = input.role ?? 'member'
  const row = await db
    .insertInto('users')
    .values({
      id: newId(),
      email,
      email_key: key,
      display_name: displayName,
      password_hash: UNUSABLE_PASSWORD_HASH,
      role,
      created_at: input.registeredAt,
    })
    .returning(['id', 'email', 'display_name', 'role', 'created_at'])
    .executeTakeFirstOrThrow()
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      actor_id: row.id,
      action: 'account.imported',
      subject: `user:${row.id}`,
      details: JSON.stringify({ role, registeredAt: input.registeredAt.toISOString() }),
    })
    .execute()
  return toAccount(row)
}
