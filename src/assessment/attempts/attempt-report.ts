import type { Kysely } from 'kysely'
import { DomainError } from '../../shared/index.js'
import type { AssessmentDatabase } from '../tables.js'
import type { AttemptServices } from './attempt-services.js'
import { type AttemptResult, abilityOf, loadOwnAttempt } from './attempt-state.js'
import { expireOverdueAttempts } from './finish-attempt.js'
import { PERCENTILE_WINDOW_DAYS, percentileRank } from './percentile.js'
import type { RetakeDecision } from './retake-rules.js'
import { retakeStanding } from './retake-standing.js'
import { type CertificationStatus, certificationStatus, DAY_MS } from './validity.js'

/** A domain's share correct at or above this is reported a strength, below the cut a gap. */
export type DomainStanding = 'strength' | 'adequate' | 'gap'

/** Domains at or above this percent read "strength" (between the cut and this, "adequate"). */
export const STRENGTH_PERCENT = 85

export interface DomainFeedback {
  readonly domain: string
  readonly title: string
  readonly correct: number
  readonly scored: number
  readonly percent: number
  readonly standing: DomainStanding
}

export interface AttemptReport {
  readonly attemptId: string
  readonly testId: string
  readonly result: AttemptResult
  /** Among others' scored attempts at this test in the last `PERCENTILE_WINDOW_DAYS`; null if none. */
  readonly percentile: number | null
  readonly domains: readonly DomainFeedback[]
  readonly certification: {
    readonly id: string
    readonly validUntil: Date
    readonly status: CertificationStatus
  } | null
  /**
   * A pass held for integrity review: while `held` (and after `rejected`) there is no
   * certification; null when the pass was never held. The findings stay with administrators.
   */
  readonly integrityReview: {
    readonly status: 'held' | 'released' | 'rejected'
    readonly heldAt: Date
  } | null
  /** Whether, and from when, the candidate may take the test again (null: the test is gone). */
  readonly nextAttempt: RetakeDecision | null
}

/**
 * The result of a scored attempt: raw and percent score, pass or fail against the cut, percentile
 * among recent takers and feedback per blueprint domain. An attempt still running is refused;
 * one past its deadline is scored first.
 *
 * @example (await attempts.readAttemptReport(db, attemptId, candidateId)).percentile
 */
export async function readAttemptReport(
  services: AttemptServices,
  db: Kysely<AssessmentDatabase>,
  attemptId: string,
  candidateId: string,
): Promise<AttemptReport> {
  const { bank, now } = services
  const at = now()
  await expireOverdueAttempts(services, db, at, { candidateId })
  const row = await loadOwnAttempt(db, attemptId, candidateId)
  if (row.status !== 'scored') {
    throw new DomainError(
      'conflict',
      'attempt_in_progress',
      'this attempt is still running: submit it first',
    )
  }
  const since = new Date(at.getTime() - PERCENTILE_WINDOW_DAYS * DAY_MS)
  const [others, certification, test, hold] = await Promise.all([
    db
      .selectFrom('assessment_attempts')
      .select('percent_score')
      .where('test_id', '=', row.test_id)
      .where('status', '=', 'scored')
      .where('candidate_id', '!=', candidateId)
      .where('finished_at', '>=', since)
      .execute(),
    db
      .selectFrom('certifications')
      .select(['id', 'valid_until', 'revoked_at'])
      .where('attempt_id', '=', attemptId)
      .executeTakeFirst(),
    bank.test(db, row.test_id),
    db
      .selectFrom('assessment_integrity_holds')
      .select(['status', 'held_at'])
      .where('attempt_id', '=', attemptId)
      .executeTakeFirst(),
  ])
  const titles = new Map(test?.blueprint.map((d) => [d.id, d.title]) ?? [])
  const result: AttemptResult = {
    rawScore: row.raw_score!,
    scoredItems: row.scored_items,
    percentScore: row.percent_score!,
    cutPercent: row.cut_percent,
    passed: row.passed!,
    endedBy: row.ended_by ?? 'submission',
    domains: row.domain_scores ?? [],
    ability: abilityOf(row),
  }
  return {
    attemptId,
    testId: row.test_id,
    result,
    percentile: percentileRank(
      result.percentScore,
      others.map((o) => o.percent_score!),
    ),
    domains: result.domains.map((d) => {
      const percent = d.scored === 0 ? 0 : (100 * d.correct) / d.scored
      const standing: DomainStanding =
        percent >= STRENGTH_PERCENT ? 'strength' : percent >= result.cutPercent ? 'adequate' : 'gap'
      return { ...d, title: titles.get(d.domain) ?? d.domain, percent, standing }
    }),
    certification: certification
      ? {
          id: certification.id,
          validUntil: certification.valid_until,
          status: certificationStatus(
            { validUntil: certification.valid_until, revokedAt: certification.revoked_at },
            at,
          ),
        }
      : null,
    integrityReview: hold ? { status: hold.status, heldAt: hold.held_at } : null,
    nextAttempt: test
      ? await retakeStanding(db, test.retakePolicy, candidateId, row.test_id, at)
      : null,
  }
}
