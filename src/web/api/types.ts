// The shapes the API's presenters send; the browser reads nothing else.

export type Role = 'member' | 'analyst' | 'administrator'

export interface Account {
  readonly id: string
  readonly email: string
  readonly displayName: string
  readonly role: Role
  readonly createdAt: string
}

export interface SkillTest {
  readonly id: string
  readonly title: string
  readonly skill: { readonly label: string; readonly escoUri: string | null }
  readonly category: string
  readonly description: string
  readonly learningOutcomes: readonly string[]
  readonly workloadHours: number
  readonly eqfLevel: number
  readonly blueprint: readonly {
    readonly id: string
    readonly title: string
    readonly weight: number
  }[]
  readonly form: {
    readonly scoredItems: number
    readonly maxPretestItems: number
    readonly secondsPerItem: number
  }
  readonly timeLimitSeconds: number
  readonly cutPercent: number
  readonly retakePolicy: {
    readonly waitDays: readonly number[]
    readonly maxAttemptsPerWindow: number
    readonly windowDays: number
    readonly renewalWindowDays: number
  }
  readonly validityMonths: number
  readonly version: number
}

export interface AttemptItem {
  readonly position: number
  readonly kind: 'single' | 'multiple'
  readonly stem: string
  readonly options: readonly { readonly id: string; readonly markdown: string }[]
  readonly chosenOptionIds: readonly string[] | null
}

export interface Attempt {
  readonly id: string
  readonly testId: string
  readonly testVersion: number
  readonly status: 'active' | 'scored'
  readonly startedAt: string
  readonly deadline: string
  readonly finishedAt: string | null
  readonly items: readonly AttemptItem[]
}

export type DomainStanding = 'strength' | 'adequate' | 'gap'

export interface AttemptReport {
  readonly attemptId: string
  readonly testId: string
  readonly endedBy: 'submission' | 'expiry'
  readonly rawScore: number
  readonly scoredItems: number
  readonly percentScore: number
  readonly cutPercent: number
  readonly passed: boolean
  readonly percentile: number | null
  readonly domains: readonly {
    readonly domain: string
    readonly title: string
    readonly correct: number
    readonly scored: number
    readonly percent: number
    readonly standing: DomainStanding
  }[]
  readonly certification: {
    readonly id: string
    readonly validUntil: string
    readonly status: CertificationStatus
  } | null
}

export type CertificationStatus = 'active' | 'expired' | 'revoked'

export interface Certification {
  readonly id: string
  readonly testId: string
  readonly testVersion: number
  readonly scorePercent: number
  readonly passedAt: string
  readonly validUntil: string
  readonly status: CertificationStatus
}

export interface CredentialLinks {
  readonly json: string
  readonly page: string
  readonly badge: string
  readonly linkedIn: string
}

export interface Credential {
  readonly id: string
  readonly kind: string
  readonly name: string
  readonly issuedAt: string
  readonly validUntil: string | null
  readonly status: 'active' | 'revoked' | 'suspended'
  readonly shared: boolean
  readonly links: CredentialLinks
}

export interface StudyRun {
  readonly id: string
  readonly status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled'
  readonly source: Readonly<Record<string, unknown>>
  readonly settings: {
    readonly obsStart: string
    readonly obsEnd: string
    readonly windowDays: number
  }
  readonly progress: { readonly stage: string; readonly workers: number }
  readonly failure: { readonly message: string } | null
  readonly headline: readonly string[]
  readonly estimates: Readonly<Record<string, unknown>> | null
  readonly createdAt: string
  readonly startedAt: string | null
  readonly finishedAt: string | null
}

export type StudyRunRequest =
  | { readonly source: 'simulation'; readonly workers: number; readonly seed: number }
  | { readonly source: 'platform'; readonly obsStart: string; readonly obsEnd: string }
