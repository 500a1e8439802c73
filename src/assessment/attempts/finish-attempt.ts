import type { Kysely, Transaction } from 'kysely'
import { accountAssuranceAt, findAccount, isEmailVerified } from '../../accounts/index.js'
import { newId, transact } from '../../db/index.js'
import { addMonthsUtc } from '../../shared/index.js'
import type { AssessmentDatabase } from '../tables.js'
import type { TestDefinition } from '../test-definition.js'
import type { AttemptServices } from './attempt-services.js'
import { loadFamilyCalibrations } from './calibrate-families.js'
import { loadCalibration, type TestCalibration } from './calibrate-test.js'
import { placeOnFamilyScale } from './family-placement.js'
import { type IntegrityFinding, reviewIntegrity } from './integrity-review.js'
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
  const { bank } = services
  const test = await bank.test(trx, attempt.test_id)
  const items = await trx
    .selectFrom('assessment_attempt_items')
    .select([
      'position',
      'item_ref',
      'family',
      'domain',
      'scored',
      'key_option_ids',
      'chosen_option_ids',
    ])
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
  // Without a Rasch scale of authored items, families calibrated from responses place the attempt.
  const families = scale
    ? null
    : (await loadFamilyCalibrations(trx, attempt.test_id)).get(attempt.test_id)
  const familyScale = families
    ? placeOnFamilyScale(
        families,
        items
          .filter((i) => i.scored)
          .map((i) => ({
            family: i.family ?? i.item_ref,
            correct: score.correctByPosition.get(i.position)!,
          })),
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
      ability: scale?.theta ?? familyScale?.theta ?? null,
      ability_se: scale?.se ?? familyScale?.se ?? null,
      domain_scores: JSON.stringify(score.domains),
    })
    .where('id', '=', attemptId)
    .execute()
  if (!passed || !test) return
  // Integrity decides before issuing: a suspicious pass waits for an administrator, with no
  // certification (so no credential) until one releases it.
  const findings = await reviewFinishedAttempt(trx, attempt, calibration)
  if (findings.length > 0) {
    await trx
      .insertInto('assessment_integrity_holds')
      .values({
        attempt_id: attemptId,
        candidate_id: attempt.candidate_id,
        test_id: attempt.test_id,
        signals: JSON.stringify(findings),
        status: 'held',
        held_at: now,
      })
      .execute()
    return
  }
  await recordPass(services, trx, {
    attemptId,
    candidateId: attempt.candidate_id,
    test,
    testVersion: attempt.test_version,
    scorePercent: percent,
    passedAt: finishedAt,
  })
}

/**
 * Records a pass's certification and runs the pass hooks (credential issuance) in the caller's
 * transaction: at the end of an attempt, or when an administrator releases a held pass.
 */
export async function recordPass(
  services: Pick<AttemptServices, 'passHooks'>,
  trx: Transaction<AssessmentDatabase>,
  pass: {
    readonly attemptId: string
    readonly candidateId: string
    readonly test: TestDefinition
    readonly testVersion: number
    readonly scorePercent: number
    readonly passedAt: Date
  },
): Promise<PassedCertification> {
  const { attemptId, test } = pass
  const certification: PassedCertification = {
    id: newId(),
    attemptId,
    candidateId: pass.candidateId,
    testId: test.id,
    testVersion: pass.testVersion,
    scorePercent: pass.scorePercent,
    passedAt: pass.passedAt,
    validUntil: addMonthsUtc(pass.passedAt, test.validityMonths),
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
  const account = await findAccount(trx, pass.candidateId)
  if (!account) throw new Error(`attempt ${attemptId} has no candidate account`)
  const learner = {
    id: account.id,
    email: account.email,
    // As it stood when the learner passed: what the credential may say about who sat the test.
    assurance: await accountAssuranceAt(trx, account.id, pass.passedAt),
  }
  for (const hook of services.passHooks) await hook(trx, { certification, test, learner })
  return certification
}

/** The integrity review of a scored attempt, from its items as delivered and answered. */
async function reviewFinishedAttempt(
  trx: Transaction<AssessmentDatabase>,
  attempt: { readonly id: string; readonly candidate_id: string; readonly started_at: Date },
  calibration: TestCalibration | null,
): Promise<IntegrityFinding[]> {
  const rows = await trx
    .selectFrom('assessment_attempt_items')
    .select(['item_ref', 'stem', 'options', 'first_answered_at', 'correct', 'scored'])
    .where('attempt_id', '=', attempt.id)
    .execute()
  const difficulty = new Map(calibration?.items.map((i) => [i.itemRef, i.difficulty]) ?? [])
  return reviewIntegrity({
    startedAt: attempt.started_at,
    emailVerified: await isEmailVerified(trx, attempt.candidate_id),
    items: rows.map((row) => ({
      words: wordCount([row.stem, ...row.options.map((o) => o.markdown)].join(' ')),
      firstAnsweredAt: row.first_answered_at,
      correct: row.correct === true,
      scored: row.scored,
      difficulty: difficulty.get(row.item_ref) ?? null,
    })),
  })
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
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
