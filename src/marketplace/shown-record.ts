import type { ShownStatus } from './certifications.js'

/** A certification as shown to clients: a score band and dates, not the exact score. */
export interface ShownCertification {
  readonly testId: string
  readonly status: ShownStatus
  readonly scoreBand: string
  readonly passedAt: string
  readonly validUntil: string
  readonly credentialId: string | null
}

/** A freelancer's track record on the platform. */
export interface FreelancerRecord {
  readonly certifications: readonly ShownCertification[]
  readonly completedContracts: number
  readonly activeContracts: number
  /** Mean of published client reviews; null until the first is published. */
  readonly rating: number | null
  readonly reviews: number
}
