import type { Kysely } from 'kysely'
import type { AssessmentDatabase } from '../tables.js'
import type { RetakePolicy } from '../test-definition.js'
import { decideRetake, type RetakeDecision } from './retake-rules.js'

/**
 * Whether the candidate may start another attempt at the test at `now`, from their attempts,
 * integrity decisions and certifications: what starting an attempt enforces and what a result
 * tells the candidate ahead. A pass rejected on review counts as a failure for the waiting periods.
 *
 * @example await retakeStanding(db, test.retakePolicy, candidateId, 'javascript', new Date())
 */
export async function retakeStanding(
  db: Kysely<AssessmentDatabase>,
  policy: RetakePolicy,
  candidateId: string,
  testId: string,
  now: Date,
): Promise<RetakeDecision> {
  const [history, rejectedHolds, certifications] = await Promise.all([
    db
      .selectFrom('assessment_attempts')
      .select(['id', 'started_at', 'finished_at', 'passed'])
      .where('candidate_id', '=', candidateId)
      .where('test_id', '=', testId)
      .execute(),
    db
      .selectFrom('assessment_integrity_holds')
      .select('attempt_id')
      .where('candidate_id', '=', candidateId)
      .where('test_id', '=', testId)
      .where('status', '=', 'rejected')
      .execute(),
    db
      .selectFrom('certifications')
      .select(['valid_until', 'revoked_at'])
      .where('candidate_id', '=', candidateId)
      .where('test_id', '=', testId)
      .execute(),
  ])
  const rejected = new Set(rejectedHolds.map((h) => h.attempt_id))
  return decideRetake(
    policy,
    history.map((a) => ({
      startedAt: a.started_at,
      finishedAt: a.finished_at,
      passed: a.passed && !rejected.has(a.id),
    })),
    certifications.map((c) => ({ validUntil: c.valid_until, revokedAt: c.revoked_at })),
    now,
  )
}
