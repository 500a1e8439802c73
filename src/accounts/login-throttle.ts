import { type Kysely, sql } from 'kysely'
import type { AccountsDatabase } from './tables.js'

/** Consecutive wrong passwords for one email from one address before that pair is locked. */
export const MAX_FAILED_LOGINS = 5
/** The first lock's length; each further lock of the same pair doubles it. */
export const LOCK_SECONDS = 15 * 60
/** No lock lasts longer than a day. */
export const MAX_LOCK_SECONDS = 24 * 60 * 60
/** Wrong passwords one address may send per minute across all emails (right ones are free). */
export const ADDRESS_FAILURES = { max: 20, windowSeconds: 60 } as const

/**
 * A counter of wrong passwords: for one email key from one address, or (key '*') for all of an
 * address's guesses. Each guess takes a slot before its password is checked, in one conditional
 * upsert, so concurrent guesses cannot all pass a check that counts only finished ones: of any
 * number sent at once, at most `max` are checked.
 */
export interface Gate {
  readonly key: string
  readonly address: string
  readonly max: number
  /** Failures older than this are forgotten; null keeps them until a right password or a lock. */
  readonly windowSeconds: number | null
  readonly lockSeconds: number
}

export function accountGate(emailKey: string, address: string): Gate {
  return {
    key: emailKey,
    address,
    max: MAX_FAILED_LOGINS,
    windowSeconds: null,
    lockSeconds: LOCK_SECONDS,
  }
}

export function addressGate(address: string): Gate {
  return {
    key: '*',
    address,
    max: ADDRESS_FAILURES.max,
    windowSeconds: ADDRESS_FAILURES.windowSeconds,
    lockSeconds: ADDRESS_FAILURES.windowSeconds,
  }
}

export type Slot = { readonly taken: true; readonly number: number } | Refusal
export interface Refusal {
  readonly taken: false
  readonly retryAfterSeconds: number
}

/** Takes a guess's slot, or says how long until one is free. */
export async function takeSlot(db: Kysely<AccountsDatabase>, gate: Gate): Promise<Slot> {
  const window = gate.windowSeconds
  const fresh = sql`(t.locked_until is not null and t.locked_until <= now())
    or (${window}::integer is not null
        and t.window_started_at <= now() - make_interval(secs => ${window}::integer))`
  const { rows } = await sql<{ failures: number }>`
    insert into login_throttle as t (email_key, address, failures)
    values (${gate.key}, ${gate.address}, 1)
    on conflict (email_key, address) do update set
      failures = case when ${fresh} then 1 else t.failures + 1 end,
      window_started_at = case when ${fresh} then now() else t.window_started_at end,
      locked_until = case when ${fresh} then null else t.locked_until end
    where (t.locked_until is null or t.locked_until <= now())
      and (t.failures < ${gate.max} or ${fresh})
    returning failures`.execute(db)
  const taken = rows[0]
  if (taken) return { taken: true, number: taken.failures }
  const row = await db
    .selectFrom('login_throttle')
    .select('locked_until')
    .where('email_key', '=', gate.key)
    .where('address', '=', gate.address)
    .executeTakeFirst()
  // No lock yet means the last slots are held by guesses still being checked.
  return { taken: false, retryAfterSeconds: secondsUntil(row?.locked_until ?? null) }
}

/**
 * Keeps a wrong guess counted. The guess that held the last slot locks the gate, for twice as
 * long as its previous lock; returns the refusal when it did.
 */
export async function countFailure(
  db: Kysely<AccountsDatabase>,
  gate: Gate,
  slot: number,
): Promise<Refusal | null> {
  if (slot < gate.max) return null
  const locked = await sql<{ locked_until: Date }>`
    update login_throttle set
      locked_until = now() + make_interval(
        secs => least(${gate.lockSeconds}::double precision * power(2, locks), ${MAX_LOCK_SECONDS})),
      locks = locks + 1
    where email_key = ${gate.key} and address = ${gate.address}
    returning locked_until`.execute(db)
  return {
    taken: false,
    retryAfterSeconds: secondsUntil(locked.rows[0]?.locked_until ?? null),
  }
}

/** A right password: the pair starts afresh (lengthening of locks included). */
export async function clearGate(db: Kysely<AccountsDatabase>, gate: Gate): Promise<void> {
  await db
    .deleteFrom('login_throttle')
    .where('email_key', '=', gate.key)
    .where('address', '=', gate.address)
    .execute()
}

/** A right password gives its slot back, so an address's limit counts wrong ones only. */
export async function returnSlot(db: Kysely<AccountsDatabase>, gate: Gate): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set({ failures: sql`greatest(failures - 1, 0)` })
    .where('email_key', '=', gate.key)
    .where('address', '=', gate.address)
    .execute()
}

function secondsUntil(until: Date | null): number {
  return until ? Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000)) : 1
}
