import type { Kysely } from 'kysely'
import { transact } from '../../db/index.js'
import type { AssessmentDatabase } from '../tables.js'
import { type AttemptReport, readAttemptReport } from './attempt-report.js'
import type { AttemptServices } from './attempt-services.js'
import { loadOwnAttempt } from './attempt-state.js'
import { finishAttempt } from './finish-attempt.js'

/**
 * Ends the attempt and scores it; a pass records the certification (and runs the issuance hooks)
 * in the same transaction. Submitting again returns the same report.
 *
 * @example (await attempts.submitAttempt(db, { attemptId, candidateId })).result.passed
 */
export async function submitAttempt(
  services: AttemptServices,
  db: Kysely<AssessmentDatabase>,
  request: { readonly attemptId: string; readonly candidateId: string },
): Promise<AttemptReport> {
  const now = services.now()
  await transact(db, async (trx) => {
    const attempt = await loadOwnAttempt(trx, request.attemptId, request.candidateId, true)
    await finishAttempt(services, trx, attempt.id, now)
  })
  return readAttemptReport(services, db, request.attemptId, request.candidateId)
}
