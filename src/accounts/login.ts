import type { Kysely } from 'kysely'
import { newId } from '../db/index.js'
import { DomainError } from '../shared/index.js'
import { type Account, toAccount } from './account.js'
import { emailKeyOf } from './email.js'
import {
  accountGate,
  addressGate,
  clearGate,
  countFailure,
  type Gate,
  type Refusal,
  returnSlot,
  takeSlot,
} from './login-throttle.js'
import { passwordMatches, spendVerificationTime } from './password-hash.js'
import type { AccountsDatabase } from './tables.js'
import { secondFactorMatches } from './two-factor.js'

/**
 * Checks an email and password sent from `address`. Wrong passwords are counted per (email,
 * address) and per address, never per account alone, so nobody can lock another person out from
 * elsewhere; an unknown email is counted, timed and answered exactly like a known one, so neither
 * the answers nor the locks tell who has an account.
 */
export async function authenticate(
  db: Kysely<AccountsDatabase>,
  credentials: { readonly email: string; readonly password: string; readonly code?: string },
  address: string,
): Promise<Account> {
  const key = emailKeyOf(credentials.email)
  const gates = [addressGate(address), accountGate(key, address)]
  const slots: number[] = []
  for (const gate of gates) {
    const slot = await takeSlot(db, gate)
    if (!slot.taken) {
      await Promise.all(slots.map((_, i) => returnSlot(db, gates[i] as Gate)))
      throw tooManyFailures(slot)
    }
    slots.push(slot.number)
  }
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('email_key', '=', key)
    .executeTakeFirst()
  const matches = user
    ? await passwordMatches(user.password_hash, credentials.password)
    : await spendVerificationTime(credentials.password).then(() => false)
  if (!user || !matches) {
    // Every checked wrong password of an account is on its record: the account's owner and the
    // administrators see how many guesses were made, and from where.
    if (user) await recordFailure(db, user.id, address)
    const refusals = await Promise.all(
      gates.map((gate, i) => countFailure(db, gate, slots[i] as number)),
    )
    const refusal = refusals.find((r) => r !== null)
    throw refusal ? tooManyFailures(refusal) : invalidCredentials()
  }
  if (user.totp_enabled_at && user.totp_secret) {
    if (credentials.code === undefined) {
      // The password was right: its slots go back, and the client asks for the code.
      await Promise.all(gates.map((gate) => returnSlot(db, gate)))
      throw new DomainError(
        'unauthenticated',
        'second_factor_required',
        'this account signs in with a code from its authenticator app too: send it as "code"',
      )
    }
    if (!(await secondFactorMatches(db, user.id, user.totp_secret, credentials.code))) {
      await recordFailure(db, user.id, address)
      const refusals = await Promise.all(
        gates.map((gate, i) => countFailure(db, gate, slots[i] as number)),
      )
      const refusal = refusals.find((r) => r !== null)
      if (refusal) throw tooManyFailures(refusal)
      throw new DomainError(
        'unauthenticated',
        'invalid_second_factor',
        'the code is wrong, expired or already used',
      )
    }
  }
  await Promise.all([returnSlot(db, gates[0] as Gate), clearGate(db, gates[1] as Gate)])
  return toAccount(user)
}

async function recordFailure(db: Kysely<AccountsDatabase>, userId: string, address: string) {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      actor_id: null,
      action: 'account.sign_in_failed',
      subject: `user:${userId}`,
      details: JSON.stringify({ address }),
    })
    .execute()
}

function invalidCredentials(): DomainError {
  return new DomainError(
    'unauthenticated',
    'invalid_credentials',
    'the email or the password is wrong',
  )
}

function tooManyFailures(refusal: Refusal): DomainError {
  return new DomainError(
    'rate_limited',
    'sign_in_locked',
    `too many wrong passwords from this address: try again in ${refusal.retryAfterSeconds} s`,
    { retryAfterSeconds: refusal.retryAfterSeconds },
  )
}
