// The marketplace's shapes as /openapi.json gives them.

export interface ShownCertification {
  readonly testId: string
  readonly status: 'active' | 'expiring' | 'expired' | 'revoked' | 'suspended'
  readonly scoreBand: string
  readonly passedAt: string
  readonly validUntil: string
  readonly credentialId: string | null
}

export interface FreelancerRecord {
  readonly certifications: readonly ShownCertification[]
  readonly completedContracts: number
  readonly activeContracts: number
  readonly rating: number | null
  readonly reviews: number
}

export interface FreelancerProfile {
  readonly userId: string
  readonly displayName: string
  readonly headline: string
  readonly hourlyRateCents: number | null
  readonly skills: readonly string[]
  readonly organisation: string | null
  readonly record: FreelancerRecord
}

export interface Job {
  readonly id: string
  readonly clientId: string
  readonly title: string
  readonly description: string
  readonly category: string
  readonly skills: readonly string[]
  readonly requiredTests: readonly string[]
  readonly kind: 'fixed' | 'hourly'
  readonly budgetCents: number
  readonly status: 'draft' | 'open' | 'closed' | 'filled' | 'cancelled'
  readonly createdAt: string
}

export interface Proposal {
  readonly id: string
  readonly jobId: string
  readonly freelancerId: string
  readonly clientId: string
  readonly coverLetter: string
  readonly bidCents: number
  readonly status: string
  readonly snapshot: FreelancerRecord & { readonly takenAt: string }
  readonly offer: { readonly milestones: readonly { title: string; amountCents: number }[] } | null
  readonly contractId: string | null
}

export interface Message {
  readonly id: string
  readonly authorId: string
  readonly body: string
  readonly slots: readonly string[]
  readonly sentAt: string
}

export interface Milestone {
  readonly id: string
  readonly position: number
  readonly title: string
  readonly amountCents: number
  readonly status: string
  readonly note: string | null
}

export interface Contract {
  readonly id: string
  readonly jobId: string
  readonly proposalId: string
  readonly clientId: string
  readonly freelancerId: string
  readonly amountCents: number
  readonly hourlyRateCents: number | null
  readonly status: 'pending_funding' | 'active' | 'ended'
  readonly escrowCents: number
  readonly milestones: readonly Milestone[]
}

export interface Balances {
  readonly payableCents: number
  readonly clientFundsCents: number
  readonly escrowAsClientCents: number
  readonly paidOutCents: number
}

export interface MarketNotification {
  readonly id: string
  readonly kind: string
  readonly text: string
  readonly link: string
  readonly createdAt: string
  readonly read: boolean
}
