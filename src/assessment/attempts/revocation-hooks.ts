import type { Transaction } from 'kysely'
import type { AssessmentDatabase } from '../tables.js'

/** A certification withdrawn after a confirmed integrity case, as revocation hooks receive it. */
export interface RevokedCertification {
  readonly certificationId: string
  readonly attemptId: string
  readonly candidateId: string
  readonly testId: string
  readonly reason: string
  readonly actorId: string
}

/** Runs in the revoking transaction (credentials revokes the matching credential). */
export type RevocationHook = (
  trx: Transaction<AssessmentDatabase>,
  revoked: RevokedCertification,
) => Promise<void>
