import type { Kysely } from 'kysely'
import { newId, transact } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import type { AssessmentDatabase } from '../tables.js'
import type { AttemptServices } from './attempt-services.js'
import { recordPass } from './finish-attempt.js'
import type { IntegrityFinding } from './integrity-review.js'
import type { PassedCertification } from './pass-hooks.js'
import { MAX_REVOCATION_REASON } from './revoke-certification.js'

export type IntegrityHoldStatus = 'held' | 'released' | 'rejected'

/** A pass withheld for review, as an administrator sees it. */
export interface IntegrityHold {
  readonly attemptId: string
  readonly candidateId: string
  readonly testId: string
  readonly status: IntegrityHoldStatus
  readonly findings: readonly IntegrityFinding[]
  readonly heldAt: Date
  readonly decidedAt: Date | null
  readonly decidedBy: string | null
  readonly reason: string | null
}

/** Most holds one page lists. */
export const MAX_HOLDS_PAGE = 100

/**
 * Holds in the order they were made, oldest first (the review queue), of one status or all.
 *
 * @example await attempts.listIntegrityHolds(db, { status: 'held', limit: 50 })
 */
export async function listIntegrityHolds(
  db: Kysely<AssessmentDatabase>,
  query: { readonly status?: IntegrityHoldStatus; readonly limit: number },
): Promise<IntegrityHold[]> {
  let select = db
    .selectFrom('assessment_integrity_holds')
    .selectAll()
    .orderBy('held_at')
    .orderBy('attempt_id')
    .limit(Math.min(query.limit, MAX_HOLDS_PAGE))
  if (query.status) select = select.where('status', '=', query.status)
  return (await select.execute()).map(toHold)
}

/**
 * Releases a held pass after review: records its certification as of the attempt's end and runs
 * the pass hooks (the credential is issued) in the transaction that marks the hold released, so
 * a failed issuance leaves the hold as it was.
 *
 * @example await attempts.releaseIntegrityHold(db, { attemptId, actorId, reason: 'webcam review' })
 */
export async function releaseIntegrityHold(
  services: AttemptServices,
  db: Kysely<AssessmentDatabase>,
  request: { readonly attemptId: string; readonly actorId: string; readonly reason: string },
): Promise<PassedCertification> {
  const reason = checkedReason(request.reason)
  return transact(db, async (trx) => {
    const hold = await lockHeld(trx, request.attemptId)
    const attempt = await trx
      .selectFrom('assessment_attempts')
      .select(['test_version', 'percent_score', 'finished_at'])
      .where('id', '=', request.attemptId)
      .executeTakeFirstOrThrow()
    const test = await services.bank.test(trx, hold.test_id)
    if (!test) {
      throw new DomainError(
        'conflict',
        'test_withdrawn',
        `test ${hold.test_id} is no longer offered`,
      )
    }
    const certification = await recordPass(services, trx, {
      attemptId: request.attemptId,
      candidateId: hold.candidate_id,
      test,
      testVersion: attempt.test_version,
      scorePercent: attempt.percent_score!,
      passedAt: attempt.finished_at!,
    })
    await decide(trx, request.attemptId, 'released', request.actorId, reason, services.now())
    return certification
  })
}

/**
 * Rejects a held pass after review: no certification and no credential, ever, for this attempt;
 * its candidate retakes under the usual rules, the attempt counting as a failure.
 */
export async function rejectIntegrityHold(
  services: AttemptServices,
  db: Kysely<AssessmentDatabase>,
  request: { readonly attemptId: string; readonly actorId: string; readonly reason: string },
): Promise<void> {
  const reason = checkedReason(request.reason)
  await transact(db, async (trx) => {
    await lockHeld(trx, request.attemptId)
    await decide(trx, request.attemptId, 'rejected', request.actorId, reason, services.now())
  })
}

async function lockHeld(trx: Kysely<AssessmentDatabase>, attemptId: string) {
  const hold = await trx
    .selectFrom('assessment_integrity_holds')
    .select(['candidate_id', 'test_id', 'status'])
    .where('attempt_id', '=', attemptId)
    .forUpdate()
    .executeTakeFirst()
  if (!hold) {
    throw new DomainError(
      'not_found',
      'hold_not_found',
      `attempt ${attemptId} has no integrity hold`,
    )
  }
  if (hold.status !== 'held') {
    throw new DomainError('conflict', 'hold_decided', `this hold was already ${hold.status}`, {
      status: hold.status,
    })
  }
  return hold
}

async function decide(
  trx: Kysely<AssessmentDatabase>,
  attemptId: string,
  status: 'released' | 'rejected',
  actorId: string,
  reason: string,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('assessment_integrity_holds')
    .set({ status, decided_at: at, decided_by: actorId, decision_reason: reason })
    .where('attempt_id', '=', attemptId)
    .execute()
  await trx
    .insertInto('audit_log')
    .values({
      id: newId(),
      actor_id: actorId,
      action: `integrity_hold.${status === 'released' ? 'release' : 'reject'}`,
      subject: `attempt:${attemptId}`,
      details: JSON.stringify({ reason }),
    })
    .execute()
}

function checkedReason(text: string): string {
  const reason = text.trim()
  if (reason === '' || reason.length > MAX_REVOCATION_REASON) {
    throw new DomainError(
      'invalid',
      'reason_required',
      `a reason of 1 to ${MAX_REVOCATION_REASON} characters is required`,
      { field: 'reason' },
    )
  }
  return reason
}

function toHold(row: {
  attempt_id: string
  candidate_id: string
  test_id: string
  status: IntegrityHoldStatus
  signals: readonly { kind: string; summary: string; details: Readonly<Record<string, unknown>> }[]
  held_at: Date
  decided_at: Date | null
  decided_by: string | null
  decision_reason: string | null
}): IntegrityHold {
  return {
    attemptId: row.attempt_id,
    candidateId: row.candidate_id,
    testId: row.test_id,
    status: row.status,
    findings: row.signals as readonly IntegrityFinding[],
    heldAt: row.held_at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    reason: row.decision_reason,
  }
}
