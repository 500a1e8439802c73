import type { Kysely } from 'kysely'
import type { AssessmentDatabase } from '../tables.js'
import type { AttemptServices } from './attempt-services.js'
import { type AttemptState, readAttemptState } from './attempt-state.js'
import { expireOverdueAttempts } from './finish-attempt.js'

/**
 * The candidate's attempt: its items and their own choices while it runs (never keys or
 * correctness), its result once scored. An attempt past its deadline is scored first.
 *
 * @example (await attempts.viewAttempt(db, attemptId, candidateId)).status
 */
export async function viewAttempt(
  services: AttemptServices,
  db: Kysely<AssessmentDatabase>,
  attemptId: string,
  candidateId: string,
): Promise<AttemptState> {
  await expireOverdueAttempts(services, db, services.now(), { candidateId })
  return readAttemptState(db, attemptId, candidateId)
}
