import type { TaskEngines } from '../engines/task-engines.js'
import type { ReviewStandingOf } from '../review/review-standing.js'
import type { ItemBank } from './item-bank.js'
import type { PassHook } from './pass-hooks.js'
import type { RevocationHook } from './revocation-hooks.js'

/**
 * What attempts are wired to, built once by the platform at start-up and handed to
 * `createAttempts`: the item bank (in the running platform the catalog, the bank tables' items and
 * the registered item models), the engines that compute item-model keys, the hooks a pass calls
 * (credential issuance), and the clock. The server owns the clock: every deadline and answer time
 * comes from `now`, never from the client.
 */
export interface AttemptServices {
  readonly bank: ItemBank
  readonly engines: TaskEngines
  readonly passHooks: readonly PassHook[]
  /** Run when a confirmed integrity case revokes a certification. */
  readonly revocationHooks: readonly RevocationHook[]
  readonly now: () => Date
  /**
   * Reads named-skill tests' independent-review standing for the offering rule, called at the
   * first request that needs it. When none is given, `createAttempts` warms one reader of the
   * platform's own records for all its requests, so families are fingerprinted once; a process
   * that builds several platforms over the same code (the tests) can share one reader.
   */
  readonly reviewStanding?: () => Promise<ReviewStandingOf>
}

/** The services as `createAttempts` binds them: the review standing is read once, when first needed. */
export interface BoundAttemptServices extends AttemptServices {
  standing(): Promise<ReviewStandingOf>
}
