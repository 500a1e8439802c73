import type { Transaction } from 'kysely'
import type { AccountAssurance } from '../../accounts/index.js'
import type { AssessmentDatabase } from '../tables.js'
import type { TestDefinition } from '../test-definition.js'

/** The certification a pass created, as the issuance hook receives it. */
export interface PassedCertification {
  readonly id: string
  readonly attemptId: string
  readonly candidateId: string
  readonly testId: string
  readonly testVersion: number
  readonly scorePercent: number
  readonly passedAt: Date
  readonly validUntil: Date
}

/** Everything issuance needs from one pass: shaped so credentials can take it as it is. */
export interface PassEvent {
  readonly certification: PassedCertification
  readonly test: TestDefinition
  readonly learner: {
    readonly id: string
    readonly email: string
    /** Whether the account's email was proven and two-factor sign-in on when the learner passed. */
    readonly assurance: AccountAssurance
  }
}

/**
 * Runs inside the transaction that records the pass: if it throws, the pass is not recorded, so a
 * certification never exists without its credential.
 */
export type PassHook = (trx: Transaction<AssessmentDatabase>, pass: PassEvent) => Promise<void>
