import type { Kysely } from 'kysely'
import { transact } from '../db/index.js'
import { DomainError } from '../shared/index.js'
import { type Account, toAccount } from './account.js'
import { issueToken, spendToken } from './account-tokens.js'
import { audit } from './audit.js'
import { queueMail } from './mail-outbox.js'
import type { AccountsDatabase } from './tables.js'

/**
 * Mails the account's address a link that proves it. `origin` is where the link points (the
 * platform's public URL); the link's page posts the token to `POST /auth/email-verification`.
 */
export async function requestEmailVerification(
  db: Kysely<AccountsDatabase>,
  userId: string,
  origin: string,
): Promise<void> {
  await transact(db, async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['email', 'email_verified_at'])
      .where('id', '=', userId)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow()
    if (user.email_verified_at) return
    const token = await issueToken(trx, userId, 'verify_email', user.email)
    await queueMail(trx, {
      to: user.email,
      subject: 'Confirm your email address for SkillSignal',
      body: `Confirm that this address is yours, so that credentials you earn can name it:\n\n${origin}/verify-email?token=${token}\n\nThe link works for 24 hours. If you did not create an account, ignore this mail.`,
    })
  })
}

/** Marks the address the token was sent to as proven, if it is still the account's address. */
export async function verifyEmail(db: Kysely<AccountsDatabase>, token: string): Promise<Account> {
  return transact(db, async (trx) => {
    const spent = await spendToken(trx, token, 'verify_email')
    if (!spent) throw invalidLink()
    const row = await trx
      .updateTable('users')
      .set({ email_verified_at: new Date() })
      .where('id', '=', spent.userId)
      .where('email', '=', spent.email)
      .where('deleted_at', 'is', null)
      .returning(['id', 'email', 'display_name', 'role', 'created_at'])
      .executeTakeFirst()
    if (!row) throw invalidLink()
    await audit(trx, spent.userId, 'account.email_verified', { email: spent.email })
    return toAccount(row)
  })
}

export function invalidLink(): DomainError {
  return new DomainError(
    'invalid',
    'invalid_link',
    'the link is unknown, used or expired: ask for a new one',
  )
}
