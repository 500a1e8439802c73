import type { Insertable, Transaction } from 'kysely'
import { findAccount } from '../../accounts/index.js'
import { newId } from '../../db/index.js'
import { addMonthsUtc, DomainError } from '../../shared/index.js'
import type { AssessmentAttemptsTable, AssessmentDatabase, CertificationsTable } from '../tables.js'
import type { TestDefinition } from '../test-definition.js'
import type { AttemptServices } from './attempt-services.js'
import { recordPass } from './finish-attempt.js'
import type { PassedCertification } from './pass-hooks.js'

export interface RecordedPass {
  readonly candidateId: string
  readonly testId: string
  readonly passedAt: Date
  /** 0–100, at or above `cutPercent`. */
  readonly scorePercent: number
  /** The pass mark the attempt was taken under. */
  readonly cutPercent: number
}

/**
 * The scored attempt an imported pass is, and the certification `recordPass` writes for it. Pure,
 * so a bulk import writes many passes at once; their credentials come afterwards (see the
 * platform's deferred issuance), since signing is what costs.
 */
export function importedPassRows(
  test: Pick<TestDefinition, 'id' | 'version' | 'validityMonths' | 'form'>,
  pass: Omit<RecordedPass, 'testId'>,
  ids: { readonly attempt: string; readonly certification: string },
): {
  attempt: Insertable<AssessmentAttemptsTable>
  certification: Insertable<CertificationsTable>
} {
  assertPass(pass)
  const scoredItems = test.form.scoredItems
  return {
    attempt: {
      id: ids.attempt,
      candidate_id: pass.candidateId,
      test_id: test.id,
      test_version: test.version,
      status: 'scored',
      ended_by: 'submission',
      started_at: pass.passedAt,
      deadline: pass.passedAt,
      finished_at: pass.passedAt,
      cut_percent: pass.cutPercent,
      raw_score: Math.round((pass.scorePercent / 100) * scoredItems),
      scored_items: scoredItems,
      percent_score: pass.scorePercent,
      passed: true,
      domain_scores: null,
    },
    certification: {
      id: ids.certification,
      candidate_id: pass.candidateId,
      test_id: test.id,
      test_version: test.version,
      attempt_id: ids.attempt,
      score_percent: pass.scorePercent,
      passed_at: pass.passedAt,
      valid_until: addMonthsUtc(pass.passedAt, test.validityMonths),
    },
  }
}

function assertPass(pass: Pick<RecordedPass, 'scorePercent' | 'cutPercent'>): void {
  const { scorePercent, cutPercent } = pass
  if (!(scorePercent >= cutPercent && scorePercent <= 100 && cutPercent >= 0)) {
    throw new DomainError(
      'invalid',
      'not_a_pass',
      `a pass scores from its cut (${cutPercent} %) to 100 %, not ${scorePercent} %`,
    )
  }
}

/**
 * Records a pass taken elsewhere (a market's history brought onto the platform) as a scored
 * attempt and its certification, and runs the pass hooks, so it carries a signed credential like
 * any pass. Runs in the caller's transaction; the attempt holds no items, since none were shown.
 */
export async function recordImportedPass(
  services: Pick<AttemptServices, 'bank' | 'passHooks'>,
  trx: Transaction<AssessmentDatabase>,
  pass: RecordedPass,
): Promise<PassedCertification> {
  const test = await services.bank.test(trx, pass.testId)
  if (!test) {
    throw new DomainError('not_found', 'test_not_found', `there is no test ${pass.testId}`)
  }
  assertPass(pass)
  const { scorePercent } = pass
  const account = await findAccount(trx, pass.candidateId)
  if (!account) {
    throw new DomainError(
      'not_found',
      'account_not_found',
      `there is no account ${pass.candidateId}`,
    )
  }
  const attemptId = newId()
  await trx
    .insertInto('assessment_attempts')
    .values(importedPassRows(test, pass, { attempt: attemptId, certification: newId() }).attempt)
    .execute()
  // The certification and its credential come the way every pass's do.
  return recordPass(services, trx, {
    attemptId,
    candidateId: account.id,
    test,
    testVersion: test.version,
    scorePercent,
    passedAt: pass.passedAt,
  })
}
