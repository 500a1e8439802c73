export const DAY_MS = 86_400_000

export type CertificationStatus = 'active' | 'expired' | 'revoked'

/**
 * A certification past its validity stays on record, marked expired; it no longer meets a job's
 * requirement. Revocation outranks expiry.
 */
export function certificationStatus(
  certification: { readonly validUntil: Date; readonly revokedAt: Date | null },
  now: Date,
): CertificationStatus {
  if (certification.revokedAt) return 'revoked'
  return certification.validUntil.getTime() <= now.getTime() ? 'expired' : 'active'
}
