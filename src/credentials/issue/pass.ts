/**
 * The test a credential certifies: the fields of the assessment catalog's test definition that a
 * credential shows (a structural subset, so a catalog definition can be passed as it is).
 */
export interface TestForCredential {
  readonly id: string
  readonly title: string
  readonly description: string
  /** The skill assessed and its ESCO URI where one fits. */
  readonly skill: { readonly label: string; readonly escoUri?: string | undefined }
  readonly learningOutcomes: readonly string[]
  /** Notional workload in hours: the learning a pass certifies. */
  readonly workloadHours: number
  /** European Qualifications Framework level 1–8, when the test has one. */
  readonly eqfLevel: number | null
  /** The pass mark in percent; `kind` `ability-cut` when it maps a cut on the ability scale. */
  readonly passRule: { readonly cutPercent: number; readonly kind?: string }
  /** How the test's cut was set (method, panel, calibrated or not), for quality assurance. */
  readonly standardSetting?: string | undefined
  readonly validityMonths: number
  readonly prerequisites?: string | undefined
}

/** The certification a pass created. */
export interface CertificationForCredential {
  readonly id: string
  readonly attemptId: string
  readonly scorePercent: number
  readonly passedAt: Date
  /** When the certification lapses; `passedAt` + the test's validity months when absent. */
  readonly validUntil?: Date | undefined
  /** True when the attempt was proctored with an identity check (never, so far). */
  readonly proctored?: boolean | undefined
}

/**
 * What the platform had checked of the learner's account when they passed: the credential's Annex
 * I "supervision and identity verification" says it, since no one watched the test.
 */
export interface LearnerAssurance {
  readonly emailVerified: boolean
  readonly twoFactor: boolean
}

/** The learner: identified on the credential only by a salted hash of their email. */
export interface LearnerForCredential {
  readonly id: string
  readonly email: string
  /** Absent when unknown: the credential then claims nothing about the account. */
  readonly assurance?: LearnerAssurance | undefined
}

/** Everything issuance needs from one pass. */
export interface PassForCredential {
  readonly certification: CertificationForCredential
  readonly test: TestForCredential
  readonly learner: LearnerForCredential
}
