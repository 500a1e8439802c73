import type { Kysely } from 'kysely'
import { transact } from '../db/index.js'
import { issueToken, spendToken } from './account-tokens.js'
import { audit } from './audit.js'
import { emailKeyOf } from './email.js'
import { invalidLink } from './email-verification.js'
import { queueMail } from './mail-outbox.js'
import { hashPassword } from './password-hash.js'
import { assertStrongPassword } from './password-policy.js'
import { endAllSessions } from './sessions.js'
import type { AccountsDatabase } from './tables.js'

/**
 * Mails a reset link when the email has an account; the caller answers the same either way, so
 * the form reveals no account.
 */
export async function requestPasswordReset(
  db: Kysely<AccountsDatabase>,
  email: string,
  origin: string,
): Promise<void> {
  await transact(db, async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['id', 'email'])
      .where('email_key', '=', emailKeyOf(email))
      .where('deleted_at', 'is', null)
      .executeTakeFirst()
    if (!user) return
    const token = await issueToken(trx, user.id, 'reset_password', user.email)
    await queueMail(trx, {
      to: user.email,
      subject: 'Reset your SkillSignal password',
      body: `Someone asked to reset the password of the SkillSignal account of this address. Choose a new one here:\n\n${origin}/reset-password?token=${token}\n\nThe link works for one hour. If it was not you, ignore this mail: the password stays as it is.`,
    })
  })
}

/**
 * Sets a new password with a reset link's token, ends every session and token of the account,
 * and lifts the sign-in locks of its address: the owner is back in, whoever guessed is out.
 */
export async function resetPassword(
  db: Kysely<AccountsDatabase>,
  token: string,
  newPassword: string,
): Promise<void> {
  await transact(db, async (trx) => {
    const spent = await spendToken(trx, token, 'reset_password')
    if (!spent) throw invalidLink()
    // A weak choice throws here and rolls the spending back: the link still works for a better one.
    assertStrongPassword(newPassword, spent.email)
    const user = await trx
      .updateTable('users')
      .set({ password_hash: await hashPassword(newPassword) })
      .where('id', '=', spent.userId)
      .where('deleted_at', 'is', null)
      .returning(['email_key'])
      .executeTakeFirst()
    if (!user) throw invalidLink()
    const sessionsEnded = await endAllSessions(trx, spent.userId)
    await trx.deleteFrom('login_throttle').where('email_key', '=', user.email_key).execute()
    await audit(trx, spent.userId, 'account.password_reset', { sessionsEnded })
  })
}
