/** A certification as the marketplace shows it and gates jobs on. */
export interface HeldCertification {
  readonly certificationId: string
  readonly testId: string
  readonly scorePercent: number
  readonly passedAt: Date
  readonly validUntil: Date
  readonly status: 'active' | 'expired' | 'revoked' | 'suspended'
  /** The Open Badge issued for it, whose public page verifies it live; null if none was issued. */
  readonly credentialId: string | null
}

/** Where the marketplace learns who holds which certification now (assessment and credentials). */
export interface CertificationSource {
  heldBy(userId: string): Promise<readonly HeldCertification[]>
}

/** A certification as assessment reports it. */
export interface CertificationFact {
  readonly id: string
  readonly testId: string
  readonly scorePercent: number
  readonly passedAt: Date
  readonly validUntil: Date
  readonly status: 'active' | 'expired' | 'revoked'
}

/** A credential as credentials reports it. */
export interface CredentialFact {
  readonly id: string
  readonly testId: string | null
  readonly kind: string
  readonly suspended: boolean
  readonly revokedAt: Date | null
  readonly issuedAt: Date
}

/**
 * Joins each certification to the badge issued for it (same test, issued at or after the pass,
 * the earliest such), so a suspended badge suspends the certification it stands for.
 */
export function mergeCertifications(
  certifications: readonly CertificationFact[],
  credentials: readonly CredentialFact[],
): HeldCertification[] {
  return certifications.map((c) => {
    const badge = credentials
      .filter(
        (d) =>
          d.kind === 'open-badge' &&
          d.testId === c.testId &&
          d.issuedAt.getTime() >= c.passedAt.getTime(),
      )
      .sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime())[0]
    const suspended = c.status === 'active' && badge !== undefined && badge.suspended
    return {
      certificationId: c.id,
      testId: c.testId,
      scorePercent: c.scorePercent,
      passedAt: c.passedAt,
      validUntil: c.validUntil,
      status: suspended ? 'suspended' : c.status,
      credentialId: badge?.id ?? null,
    }
  })
}

/** How far ahead an active certification is shown as expiring. */
export const EXPIRING_WINDOW_DAYS = 30

/** Width of the score bands shown to clients (a band, not the exact score). */
export const SCORE_BAND_WIDTH = 10

export type ShownStatus = 'active' | 'expiring' | 'expired' | 'revoked' | 'suspended'

export function shownStatus(c: HeldCertification, now: Date): ShownStatus {
  if (c.status !== 'active') return c.status
  const left = c.validUntil.getTime() - now.getTime()
  return left <= EXPIRING_WINDOW_DAYS * 86_400_000 ? 'expiring' : 'active'
}

/** @example scoreBand(87) // '80–89' */
export function scoreBand(scorePercent: number): string {
  const low = Math.min(
    100 - SCORE_BAND_WIDTH,
    Math.floor(scorePercent / SCORE_BAND_WIDTH) * SCORE_BAND_WIDTH,
  )
  const high = low === 100 - SCORE_BAND_WIDTH ? 100 : low + SCORE_BAND_WIDTH - 1
  return `${low}–${high}`
}

/** Meets a requirement now: verified and neither revoked, suspended nor expired. */
export function meetsRequirement(c: HeldCertification): boolean {
  return c.status === 'active'
}
