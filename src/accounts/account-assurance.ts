import type { Queryable } from '../db/index.js'
import type { AccountsDatabase } from './tables.js'

/**
 * What the platform had checked of an account at some moment: whether its email address was
 * proven (by the mailed link, or vouched for by an operator) and whether two-factor sign-in was
 * on. This is all a credential can honestly say about who sat an unsupervised test.
 */
export interface AccountAssurance {
  readonly emailVerified: boolean
  readonly twoFactor: boolean
}

/**
 * The account's assurance as it stood at `at` (a pass's moment), from when each check was made.
 * An unknown account has neither.
 *
 * @example await accountAssuranceAt(trx, candidateId, passedAt)
 */
export async function accountAssuranceAt(
  db: Queryable<AccountsDatabase>,
  id: string,
  at: Date,
): Promise<AccountAssurance> {
  const row = await db
    .selectFrom('users')
    .select(['email_verified_at', 'totp_enabled_at'])
    .where('id', '=', id)
    .executeTakeFirst()
  return assuranceAt(row?.email_verified_at ?? null, row?.totp_enabled_at ?? null, at)
}

/** The assurance given when each check was made (null: never), as it stood at `at`. */
export function assuranceAt(
  emailVerifiedAt: Date | null,
  twoFactorSince: Date | null,
  at: Date,
): AccountAssurance {
  return {
    emailVerified: emailVerifiedAt !== null && emailVerifiedAt.getTime() <= at.getTime(),
    twoFactor: twoFactorSince !== null && twoFactorSince.getTime() <= at.getTime(),
  }
}
