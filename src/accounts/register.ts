import type { Kysely } from 'kysely'
import { newId, sqlState, transact } from '../db/index.js'
import { DomainError } from '../shared/index.js'
import { type Account, type Role, toAccount } from './account.js'
import { parseDisplayName } from './display-name.js'
import { parseEmail } from './email.js'
import { hashPassword } from './password-hash.js'
import { assertStrongPassword } from './password-policy.js'
import type { AccountsDatabase } from './tables.js'

export interface NewAccount {
  readonly email: string
  readonly password: string
  readonly displayName: string
}

export interface RegisterOptions {
  /**
   * The address is vouched for by whoever creates the account (an operator at the command line,
   * the demo seed), not proven by a mailed link. Public sign-up (`signUp`) never sets it.
   */
  readonly emailVerified?: boolean
}

/**
 * Creates an account and its audit entry in one transaction: what operators and seeds use; the
 * public sign-up is `signUp`, which tells no one whether the address was taken. The unique index
 * on the email key, not a prior lookup, decides duplicates, so two concurrent creations cannot
 * both win.
 *
 * @example await registerAccount(db, { email: 'ada@example.org', password, displayName: 'Ada' })
 */
export async function registerAccount(
  db: Kysely<AccountsDatabase>,
  input: NewAccount,
  role: Role = 'member',
  options: RegisterOptions = {},
): Promise<Account> {
  const { email, key } = parseEmail(input.email)
  assertStrongPassword(input.password, email)
  const displayName = parseDisplayName(input.displayName)
  const passwordHash = await hashPassword(input.password)
  try {
    return await transact(db, async (trx) => {
      const row = await trx
        .insertInto('users')
        .values({
          id: newId(),
          email,
          email_key: key,
          display_name: displayName,
          password_hash: passwordHash,
          role,
          email_verified_at: options.emailVerified ? new Date() : null,
        })
        .returning(['id', 'email', 'display_name', 'role', 'created_at'])
        .executeTakeFirstOrThrow()
      await trx
        .insertInto('audit_log')
        .values({
          id: newId(),
          actor_id: row.id,
          action: 'account.registered',
          subject: `user:${row.id}`,
          details: JSON.stringify({ role, emailVerified: options.emailVerified === true }),
        })
        .execute()
      return toAccount(row)
    })
  } catch (error) {
    if (sqlState(error) === '23505') {
      throw new DomainError(
        'conflict',
        'email_taken',
        `an account with the email ${email} already exists`,
        {
          field: 'email',
        },
      )
    }
    throw error
  }
}
