import type { Kysely } from 'kysely'
import type { AssessmentDatabase } from '../tables.js'
import { type CertificationStatus, certificationStatus } from './validity.js'

export interface Certification {
  readonly id: string
  readonly candidateId: string
  readonly testId: string
  readonly testVersion: number
  readonly attemptId: string
  readonly scorePercent: number
  readonly passedAt: Date
  readonly validUntil: Date
  /** Expired certifications stay listed, marked expired; they no longer meet a requirement. */
  readonly status: CertificationStatus
  /** When and why an administrator withdrew it; null unless revoked. */
  readonly revokedAt: Date | null
  readonly revocationReason: string | null
}

/**
 * A candidate's certifications, newest first, each with its status now.
 *
 * @example (await listCertifications(db, userId, new Date())).filter((c) => c.status === 'active')
 */
export async function listCertifications(
  db: Kysely<AssessmentDatabase>,
  candidateId: string,
  now: Date,
): Promise<Certification[]> {
  const rows = await db
    .selectFrom('certifications')
    .selectAll()
    .where('candidate_id', '=', candidateId)
    .orderBy('passed_at', 'desc')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    candidateId: row.candidate_id,
    testId: row.test_id,
    testVersion: row.test_version,
    attemptId: row.attempt_id,
    scorePercent: row.score_percent,
    passedAt: row.passed_at,
    validUntil: row.valid_until,
    status: certificationStatus({ validUntil: row.valid_until, revokedAt: row.revoked_at }, now),
    revokedAt: row.revoked_at,
    revocationReason: row.revoked_at ? row.revocation_reason : null,
  }))
}
