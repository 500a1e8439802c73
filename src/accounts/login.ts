import { type Kysely, sql } from 'kysely'
import type { Database } from '../db/index.js'
import { DomainError } from '../shared/index.js'
import { type Account, toAccount } from './account.js'
import { parseEmail } from './email.js'
import { passwordMatches, spendVerificationTime } from './password-hash.js'

/** Consecutive wrong passwords after which the account locks. */
export const MAX_FAILED_LOGINS = 5
/** How long a locked account stays locked. */
export const LOCK_SECONDS = 15 * 60

/**
 * Checks an email and password. Wrong passwords count up atomically in the database (no
 * read-then-write race lets a guesser past the limit); the fifth locks the account for
 * LOCK_SECONDS, and a locked account refuses even the right password until then.
 */
export async function authenticate(
  db: Kysely<Database>,
  credentials: { readonly email: string; readonly password: string },
): Promise<Account> {
  const key = safeKey(credentials.email)
  const user = key
    ? await db.selectFrom('users').selectAll().where('email_key', '=', key).executeTakeFirst()
    : undefined
  if (!user) {
    await spendVerificationTime(credentials.password)
    throw invalidCredentials()
  }
  if (user.locked_until && user.locked_until.getTime() > Date.now()) throw locked(user.locked_until)
  if (!(await passwordMatches(user.password_hash, credentials.password))) {
    const counted = await db
      .updateTable('users')
      .set({
        failed_logins: sql`failed_logins + 1`,
        locked_until: sql`case when failed_logins + 1 >= ${MAX_FAILED_LOGINS}
          then now() + make_interval(secs => ${LOCK_SECONDS}) else locked_until end`,
      })
      .where('id', '=', user.id)
      .returning(['locked_until'])
      .executeTakeFirstOrThrow()
    if (counted.locked_until && counted.locked_until.getTime() > Date.now())
      throw locked(counted.locked_until)
    throw invalidCredentials()
  }
  if (user.failed_logins > 0 || user.locked_until) {
    await db
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute()
  }
  return toAccount(user)
}

function safeKey(email: string): string | null {
  try {
    return parseEmail(email).key
  } catch {
    return null
  }
}

function invalidCredentials(): DomainError {
  return new DomainError(
    'unauthenticated',
    'invalid_credentials',
    'the email or the password is wrong',
  )
}

function locked(until: Date): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000))
  return new DomainError(
    'rate_limited',
    'account_locked',
    `too many wrong passwords: the account is locked until ${until.toISOString()}`,
    { retryAfterSeconds },
  )
}
