import type { Kysely } from 'kysely'
import type { Database } from '../../db/index.js'
import { attemptServices } from './attempt-services.js'
import { type AttemptState, readAttemptState } from './attempt-state.js'
import { expireOverdueAttempts } from './finish-attempt.js'

/**
 * The candidate's attempt: its items and their own choices while it runs (never keys or
 * correctness), its result once scored. An attempt past its deadline is scored first.
 *
 * @example (await viewAttempt(db, attemptId, candidateId)).status
 */
export async function viewAttempt(
  db: Kysely<Database>,
  attemptId: string,
  candidateId: string,
): Promise<AttemptState> {
  await expireOverdueAttempts(db, attemptServices().now(), { candidateId })
  return readAttemptState(db, attemptId, candidateId)
}
