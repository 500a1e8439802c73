import type { Kysely } from 'kysely'
import { recordAuditEvent } from '../../accounts/index.js'
import { transact } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import type { AssessmentDatabase } from '../tables.js'
import type { AttemptServices } from './attempt-services.js'
import type { RevokedCertification } from './revocation-hooks.js'

/** Longest reason kept with a revocation. */
export const MAX_REVOCATION_REASON = 2000

/**
 * Revokes the certification an attempt earned once a reviewer confirms an integrity signal: the
 * certification is marked revoked (it stays on record), the audit log says who and why, and the
 * revocation hooks run in the same transaction.
 *
 * @example await attempts.revokeCertification(db, { attemptId, reason: 'shared answer sheet', actorId })
 */
export async function revokeCertification(
  services: AttemptServices,
  db: Kysely<AssessmentDatabase>,
  request: {
    readonly testId: string
    readonly attemptId: string
    readonly reason: string
    readonly actorId: string
  },
): Promise<RevokedCertification> {
  const reason = request.reason.trim()
  if (reason === '' || reason.length > MAX_REVOCATION_REASON) {
    throw new DomainError(
      'invalid',
      'reason_required',
      `a reason of 1 to ${MAX_REVOCATION_REASON} characters is required`,
    )
  }
  const { now, revocationHooks } = services
  return transact(db, async (trx) => {
    const row = await trx
      .selectFrom('certifications')
      .selectAll()
      .where('attempt_id', '=', request.attemptId)
      .where('test_id', '=', request.testId)
      .forUpdate()
      .executeTakeFirst()
    if (!row) {
      throw new DomainError(
        'not_found',
        'certification_not_found',
        `attempt ${request.attemptId} earned no certification`,
      )
    }
    if (row.revoked_at)
      throw new DomainError('conflict', 'already_revoked', 'this certification is already revoked')
    await trx
      .updateTable('certifications')
      .set({ revoked_at: now(), revocation_reason: reason })
      .where('id', '=', row.id)
      .execute()
    await recordAuditEvent(trx, {
      actorId: request.actorId,
      action: 'certification.revoke',
      subject: row.id,
      details: { attemptId: row.attempt_id, reason },
    })
    const revoked: RevokedCertification = {
      certificationId: row.id,
      attemptId: row.attempt_id,
      candidateId: row.candidate_id,
      testId: row.test_id,
      reason,
      actorId: request.actorId,
    }
    for (const hook of revocationHooks) await hook(trx, revoked)
    return revoked
  })
}
