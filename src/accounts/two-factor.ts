import type { Kysely } from 'kysely'
import { generateSecret, generateURI, verify } from 'otplib'
import { DomainError } from '../shared/index.js'
import { audit } from './audit.js'
import { assertPassword } from './change-password.js'
import type { AccountsDatabase } from './tables.js'

/** The issuer authenticator apps show beside the account. */
export const TOTP_ISSUER = 'SkillSignal'
/** A code from the step before or after the current one is accepted (clock drift of a phone). */
export const TOTP_TOLERANCE_SECONDS = 30

/**
 * Starts two-factor set-up: a new secret the owner adds to an authenticator app (the otpauth URI
 * is what a QR code carries). Sign-in does not ask for codes until one is confirmed.
 */
export async function beginTwoFactor(
  db: Kysely<AccountsDatabase>,
  userId: string,
): Promise<{ readonly secret: string; readonly uri: string }> {
  const user = await db
    .selectFrom('users')
    .select(['email', 'totp_enabled_at'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()
  if (user.totp_enabled_at) {
    throw new DomainError('conflict', 'two_factor_on', 'two-factor sign-in is already on')
  }
  const secret = generateSecret()
  await db
    .updateTable('users')
    .set({ totp_secret: secret, totp_last_step: null })
    .where('id', '=', userId)
    .execute()
  return { secret, uri: generateURI({ issuer: TOTP_ISSUER, label: user.email, secret }) }
}

/** Turns two-factor sign-in on with a first code from the app. */
export async function confirmTwoFactor(
  db: Kysely<AccountsDatabase>,
  userId: string,
  code: string,
): Promise<void> {
  const user = await twoFactorState(db, userId)
  if (!user.totp_secret || user.totp_enabled_at) {
    throw new DomainError('conflict', 'two_factor_not_pending', 'start two-factor set-up first')
  }
  await acceptCode(db, userId, user.totp_secret, code)
  await db
    .updateTable('users')
    .set({ totp_enabled_at: new Date() })
    .where('id', '=', userId)
    .execute()
  await audit(db, userId, 'account.two_factor_on')
}

/** Turns two-factor sign-in off; needs the password and a current code. */
export async function disableTwoFactor(
  db: Kysely<AccountsDatabase>,
  userId: string,
  proof: { readonly password: string; readonly code: string },
): Promise<void> {
  const user = await twoFactorState(db, userId)
  if (!user.totp_secret || !user.totp_enabled_at) {
    throw new DomainError('conflict', 'two_factor_off', 'two-factor sign-in is not on')
  }
  await assertPassword(user.password_hash, proof.password)
  await acceptCode(db, userId, user.totp_secret, proof.code)
  await db
    .updateTable('users')
    .set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', userId)
    .execute()
  await audit(db, userId, 'account.two_factor_off')
}

/**
 * Whether the code is right for an account with two-factor sign-in on, spending it: the step it
 * belongs to is stored in the same statement that checks it is newer than the last one, so a code
 * seen over someone's shoulder (or sent twice at once) works once.
 */
export async function secondFactorMatches(
  db: Kysely<AccountsDatabase>,
  userId: string,
  secret: string,
  code: string | undefined,
): Promise<boolean> {
  if (!code || !/^[0-9]{6}$/.test(code)) return false
  const result = await verify({ secret, token: code, epochTolerance: TOTP_TOLERANCE_SECONDS })
  if (!result.valid || !('timeStep' in result)) return false
  const step = result.timeStep
  const spent = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst()
  return spent.numUpdatedRows > 0n
}

async function acceptCode(
  db: Kysely<AccountsDatabase>,
  userId: string,
  secret: string,
  code: string,
): Promise<void> {
  if (!(await secondFactorMatches(db, userId, secret, code))) {
    throw new DomainError('forbidden', 'wrong_code', 'the code is wrong, expired or already used', {
      field: 'code',
    })
  }
}

function twoFactorState(db: Kysely<AccountsDatabase>, userId: string) {
  return db
    .selectFrom('users')
    .select(['password_hash', 'totp_secret', 'totp_enabled_at'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()
}
