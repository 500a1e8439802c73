import type { Kysely } from 'kysely'
import { transact } from '../db/index.js'
import { DomainError } from '../shared/index.js'
import { audit } from './audit.js'
import { hashPassword, passwordMatches } from './password-hash.js'
import { assertStrongPassword } from './password-policy.js'
import { endAllSessions } from './sessions.js'
import type { AccountsDatabase } from './tables.js'

/**
 * Replaces the account's password after checking the current one, and ends every other session
 * and token: whoever knew the old password is signed out everywhere but here.
 */
export async function changePassword(
  db: Kysely<AccountsDatabase>,
  userId: string,
  change: { readonly currentPassword: string; readonly newPassword: string },
  keepToken: string | null,
): Promise<{ readonly sessionsEnded: number }> {
  const user = await db
    .selectFrom('users')
    .select(['email', 'password_hash'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()
  await assertPassword(user.password_hash, change.currentPassword)
  assertStrongPassword(change.newPassword, user.email)
  const passwordHash = await hashPassword(change.newPassword)
  return transact(db, async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', userId)
      .execute()
    const sessionsEnded = await endAllSessions(trx, userId, keepToken)
    await audit(trx, userId, 'account.password_changed', { sessionsEnded })
    return { sessionsEnded }
  })
}

/** Throws `wrong_password` (403) unless `password` is the account's. */
export async function assertPassword(passwordHash: string, password: string): Promise<void> {
  if (!(await passwordMatches(passwordHash, password))) {
    throw new DomainError('forbidden', 'wrong_password', 'the current password is wrong', {
      field: 'currentPassword',
    })
  }
}
