import { createHash, randomBytes } from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { AccountsDatabase } from './tables.js'

export type TokenPurpose = 'verify_email' | 'reset_password'

/** How long a mailed link works: a day to verify an address, an hour to reset a password. */
export const TOKEN_LIFETIME_SECONDS: Record<TokenPurpose, number> = {
  verify_email: 24 * 60 * 60,
  reset_password: 60 * 60,
}

/** A new one-time token for a mail; only its hash is stored. */
export async function issueToken(
  db: Kysely<AccountsDatabase> | Transaction<AccountsDatabase>,
  userId: string,
  purpose: TokenPurpose,
  email: string,
): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await db
    .insertInto('account_tokens')
    .values({
      id: hashOf(token),
      user_id: userId,
      purpose,
      email,
      expires_at: new Date(Date.now() + TOKEN_LIFETIME_SECONDS[purpose] * 1000),
    })
    .execute()
  return token
}

/**
 * Uses a token up, in one statement, so two clicks (or two requests at once) cannot both use it;
 * null when it is unknown, of another purpose, used or expired.
 */
export async function spendToken(
  db: Kysely<AccountsDatabase> | Transaction<AccountsDatabase>,
  token: string,
  purpose: TokenPurpose,
): Promise<{ readonly userId: string; readonly email: string } | null> {
  const spent = await db
    .updateTable('account_tokens')
    .set({ used_at: new Date() })
    .where('id', '=', hashOf(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .returning(['user_id', 'email'])
    .executeTakeFirst()
  return spent ? { userId: spent.user_id, email: spent.email } : null
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
