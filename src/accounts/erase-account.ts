import type { Kysely, Transaction } from 'kysely'
import { transact } from '../db/index.js'
import { audit } from './audit.js'
import { assertPassword } from './change-password.js'
import type { AccountsDatabase } from './tables.js'

/** What another part erases of the account, in the erasure's transaction. */
export type ErasureHook = (trx: Transaction<AccountsDatabase>, userId: string) => Promise<void>

/**
 * Erases an account at its owner's request (GDPR art. 17): the email, name, password and
 * two-factor secret are overwritten, every session ends, and the throttle rows of the email go.
 * The row itself stays, anonymous, because attempts, credentials issued on them and the audit log
 * refer to it; what a credential already carries was handed to its holder and stays theirs.
 */
export async function eraseAccount(
  db: Kysely<AccountsDatabase>,
  userId: string,
  password: string,
  alsoErase: readonly ErasureHook[] = [],
): Promise<void> {
  const user = await db
    .selectFrom('users')
    .select(['email', 'email_key', 'password_hash'])
    .where('id', '=', userId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow()
  await assertPassword(user.password_hash, password)
  await transact(db, async (trx) => {
    const erased = `erased-${userId}@invalid`
    await trx
      .updateTable('users')
      .set({
        email: erased,
        email_key: erased,
        display_name: 'Erased account',
        // No argon2 hash has this form, so no password ever matches it.
        password_hash: '!erased',
        totp_secret: null,
        totp_enabled_at: null,
        totp_last_step: null,
        email_verified_at: null,
        deleted_at: new Date(),
      })
      .where('id', '=', userId)
      .execute()
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute()
    await trx.deleteFrom('account_tokens').where('user_id', '=', userId).execute()
    await trx.deleteFrom('mail_outbox').where('to_address', '=', user.email).execute()
    await trx.deleteFrom('login_throttle').where('email_key', '=', user.email_key).execute()
    for (const erase of alsoErase) await erase(trx, userId)
    await audit(trx, userId, 'account.erased')
  })
}
