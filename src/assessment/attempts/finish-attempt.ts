import type { Kysely, Transaction } from 'kysely'
import { findAccount } from '../../accounts/index.js'
import { newId, transact } from '../../db/index.js'
import { addMonthsUtc } from '../../shared/index.js'
import type { AssessmentDatabase } from '../tables.js'
import type { AttemptServices } from './attempt-services.js'
import { loadCalibration } from './calibrate-test.js'
import type { PassedCertification } from './pass-hooks.js'
import { placeOnScale } from './place-on-scale.js'
import { scoreAttempt } from './score-attempt.js'

/**
 * Scores an active attempt as it stands and, on a pass, records the certification and runs the
 * pass hooks — all in the caller's transaction. Past its deadline the attempt ends by expiry at
 * the deadline (answers after it were refused, so it is scored as it stood then).
 */
export async function finishAttempt(
  services: Pick<AttemptServices, 'bank' | 'passHooks'>,
  trx: Transaction<AssessmentDatabase>,
  attemptId: string,
  now: Date,
): Promise<void> {
  const attempt = await trx
    .selectFrom('assessment_attempts')
    .selectAll()
    .where('id', '=', attemptId)
    .forUpdate()
    .executeTakeFirstOrThrow()
  if (attempt.status !== 'active') return
  const expired = now.getTime() > attempt.deadline.getTime()
  const finishedAt = expired ? attempt.deadline : now
  const { bank, passHooks } = services
  const test = await bank.test(trx, attempt.test_id)
  const items = await trx
    .selectFrom('assessment_attempt_items')
    .select(['position', 'item_ref', 'domain', 'scored', 'key_option_ids', 'chosen_option_ids'])
    .where('attempt_id', '=', attemptId)
    .execute()
  const score = scoreAttempt(
    items.map((i) => ({
      position: i.position,
      domain: i.domain,
      scored: i.scored,
      keyOptionIds: i.key_option_ids,
      chosenOptionIds: i.chosen_option_ids,
    })),
    attempt.cut_percent,
    test?.blueprint.map((d) => d.id) ?? [],
  )
  const calibration = await loadCalibration(trx, attempt.test_id)
  const scale = calibration
    ? placeOnScale(
        calibration,
        items
          .filter((i) => i.scored)
          .map((i) => ({ itemRef: i.item_ref, correct: score.correctByPosition.get(i.position)! })),
      )
    : null
  // An adaptive form's items differ in difficulty by design: its percent is the expected share
  // correct over the whole calibrated pool at the estimated ability, not the share it got right.
  const percent = attempt.mode === 'adaptive' && scale ? scale.poolPercent : score.percent
  const passed =
    attempt.mode === 'adaptive'
      ? score.scoredItems > 0 && percent >= attempt.cut_percent
      : score.passed
  for (const [position, correct] of score.correctByPosition) {
    await trx
      .updateTable('assessment_attempt_items')
      .set({ correct })
      .where('attempt_id', '=', attemptId)
      .where('position', '=', position)
      .execute()
  }
  await trx
    .updateTable('assessment_attempts')
    .set({
      status: 'scored',
      ended_by: expired ? 'expiry' : 'submission',
      finished_at: finishedAt,
      raw_score: score.raw,
      scored_items: score.scoredItems,
      percent_score: percent,
      passed,
      ability: scale?.theta ?? null,
      ability_se: scale?.se ?? null,
      domain_scores: JSON.stringify(score.domains),
    })
    .where('id', '=', attemptId)
    .execute()
  if (!passed || !test) return
  const certification: PassedCertification = {
    id: newId(),
    attemptId,
    candidateId: attempt.candidate_id,
    testId: attempt.test_id,
    testVersion: attempt.test_version,
    scorePercent: percent,
    passedAt: finishedAt,
    validUntil: addMonthsUtc(finishedAt, test.validityMonths),
  }
  await trx
    .insertInto('certifications')
    .values({
      id: certification.id,
      candidate_id: certification.candidateId,
      test_id: certification.testId,
      test_version: certification.testVersion,
      attempt_id: attemptId,
      score_percent: certification.scorePercent,
      passed_at: certification.passedAt,
      valid_until: certification.validUntil,
    })
    .execute()
  const account = await findAccount(trx, attempt.candidate_id)
  if (!account) throw new Error(`attempt ${attemptId} has no candidate account`)
  const learner = { id: account.id, email: account.email }
  for (const hook of passHooks) await hook(trx, { certification, test, learner })
}

/**
 * Scores every active attempt whose deadline has passed (of one candidate and test, or all):
 * what a periodic sweep and every request touching an attempt call first.
 */
export async function expireOverdueAttempts(
  services: Pick<AttemptServices, 'bank' | 'passHooks'>,
  db: Kysely<AssessmentDatabase>,
  now: Date,
  scope: { readonly candidateId?: string; readonly testId?: string } = {},
): Promise<number> {
  let query = db
    .selectFrom('assessment_attempts')
    .select('id')
    .where('status', '=', 'active')
    .where('deadline', '<', now)
  if (scope.candidateId) query = query.where('candidate_id', '=', scope.candidateId)
  if (scope.testId) query = query.where('test_id', '=', scope.testId)
  const overdue = await query.execute()
  for (const { id } of overdue) await transact(db, (trx) => finishAttempt(services, trx, id, now))
  return overdue.length
}
