import { DATABASE_ITEM_BANK } from '../bank/database-item-bank.js'
import type { ItemBank } from './item-bank.js'
import type { PassHook } from './pass-hooks.js'
import type { RevocationHook } from './revoke-certification.js'

/**
 * What attempts are wired to at start-up: the item bank (by default the catalog, the bank tables'
 * items and the registered item models), the hooks a pass calls (credential issuance registers
 * one), and the clock. The server owns the clock: every deadline and answer
 * time comes from `now`, never from the client.
 */
export interface AttemptServices {
  readonly bank: ItemBank
  readonly passHooks: readonly PassHook[]
  /** Run when a confirmed integrity case revokes a certification. */
  readonly revocationHooks: readonly RevocationHook[]
  readonly now: () => Date
}

let current: AttemptServices = {
  bank: DATABASE_ITEM_BANK,
  passHooks: [],
  revocationHooks: [],
  now: () => new Date(),
}

/**
 * Replaces parts of the wiring; returns a function that restores the previous one.
 *
 * @example configureAttempts({ bank: catalogBank, passHooks: [issueCredential] })
 */
export function configureAttempts(changes: Partial<AttemptServices>): () => void {
  const previous = current
  current = { ...current, ...changes }
  return () => {
    current = previous
  }
}

/** Adds a pass hook (e.g. credential issuance) to those already registered. */
export function registerPassHook(hook: PassHook): () => void {
  return configureAttempts({ passHooks: [...current.passHooks, hook] })
}

export function attemptServices(): AttemptServices {
  return current
}

/** Adds a revocation hook (e.g. revoking the matching credential). */
export function registerRevocationHook(hook: RevocationHook): () => void {
  return configureAttempts({ revocationHooks: [...current.revocationHooks, hook] })
}
