import { z } from 'zod'
import type { Job, Message, Profile, Proposal } from '../../marketplace/index.js'

const shownCertification = z.object({
  testId: z.string(),
  status: z.enum(['active', 'expiring', 'expired', 'revoked', 'suspended']),
  scoreBand: z.string(),
  passedAt: z.string(),
  validUntil: z.string(),
  credentialId: z.string().nullable(),
})

export const freelancerRecordView = z.object({
  certifications: z.array(shownCertification),
  completedContracts: z.number().int(),
  activeContracts: z.number().int(),
  rating: z.number().nullable(),
  reviews: z.number().int(),
})

export const profileView = z.object({
  userId: z.string(),
  displayName: z.string(),
  headline: z.string(),
  hourlyRateCents: z.number().int().nullable(),
  skills: z.array(z.string()),
  organisation: z.string().nullable(),
  record: freelancerRecordView,
})

export function presentProfile(profile: Profile): z.infer<typeof profileView> {
  return {
    userId: profile.userId,
    displayName: profile.displayName,
    headline: profile.headline,
    hourlyRateCents: profile.hourlyRateCents,
    skills: [...profile.skills],
    organisation: profile.organisation,
    record: { ...profile.record, certifications: [...profile.record.certifications] },
  }
}

export const jobView = z.object({
  id: z.string(),
  clientId: z.string(),
  title: z.string(),
  description: z.string(),
  category: z.string(),
  skills: z.array(z.string()),
  requiredTests: z.array(z.string()),
  kind: z.enum(['fixed', 'hourly']),
  budgetCents: z.number().int(),
  visibility: z.enum(['public', 'unlisted']),
  status: z.enum(['draft', 'open', 'closed', 'filled', 'cancelled']),
  createdAt: z.string(),
  openedAt: z.string().nullable(),
})

export function presentJob(job: Job): z.infer<typeof jobView> {
  return {
    ...job,
    skills: [...job.skills],
    requiredTests: [...job.requiredTests],
    createdAt: job.createdAt.toISOString(),
    openedAt: job.openedAt?.toISOString() ?? null,
  }
}

const offerView = z.object({
  milestones: z.array(z.object({ title: z.string(), amountCents: z.number().int() })),
  hourlyRateCents: z.number().int().optional(),
})

export const proposalView = z.object({
  id: z.string(),
  jobId: z.string(),
  freelancerId: z.string(),
  clientId: z.string(),
  coverLetter: z.string(),
  bidCents: z.number().int(),
  status: z.enum([
    'submitted',
    'shortlisted',
    'interviewing',
    'offered',
    'hired',
    'withdrawn',
    'declined',
  ]),
  snapshot: freelancerRecordView.extend({ takenAt: z.string() }),
  offer: offerView.nullable(),
  createdAt: z.string(),
  contractId: z.string().nullable(),
})

export function presentProposal(p: Proposal): z.infer<typeof proposalView> {
  return {
    id: p.id,
    jobId: p.jobId,
    freelancerId: p.freelancerId,
    clientId: p.clientId,
    coverLetter: p.coverLetter,
    bidCents: p.bidCents,
    status: p.status,
    snapshot: { ...p.snapshot, certifications: [...p.snapshot.certifications] },
    offer: p.offer
      ? {
          milestones: p.offer.milestones.map((m) => ({ ...m })),
          ...(p.offer.hourlyRateCents === undefined
            ? {}
            : { hourlyRateCents: p.offer.hourlyRateCents }),
        }
      : null,
    createdAt: p.createdAt.toISOString(),
    contractId: p.contractId,
  }
}

export const messageView = z.object({
  id: z.string(),
  proposalId: z.string(),
  authorId: z.string(),
  body: z.string(),
  slots: z.array(z.string()),
  sentAt: z.string(),
})

export function presentMessage(m: Message): z.infer<typeof messageView> {
  return { ...m, slots: [...m.slots], sentAt: m.sentAt.toISOString() }
}

export const milestoneView = z.object({
  id: z.string(),
  contractId: z.string(),
  position: z.number().int(),
  title: z.string(),
  amountCents: z.number().int(),
  status: z.enum([
    'proposed',
    'funded',
    'submitted',
    'changes_requested',
    'approved',
    'released',
    'refunded',
    'disputed',
    'resolved',
  ]),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.enum(['client', 'automatic', 'administrator']).nullable(),
  settledAt: z.string().nullable(),
  note: z.string().nullable(),
})

export const contractView = z.object({
  id: z.string(),
  jobId: z.string(),
  proposalId: z.string(),
  clientId: z.string(),
  freelancerId: z.string(),
  kind: z.enum(['fixed', 'hourly']),
  amountCents: z.number().int(),
  feeBasisPoints: z.number().int(),
  hourlyRateCents: z.number().int().nullable(),
  status: z.enum(['pending_funding', 'active', 'ended']),
  endReason: z.enum(['completed', 'cancelled', 'mutual', 'administrator']).nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  escrowCents: z.number().int(),
  milestones: z.array(milestoneView),
})

export const moneyAnswerView = z.object({ milestone: milestoneView, transactionId: z.string() })

export const balancesView = z.object({
  payableCents: z.number().int(),
  clientFundsCents: z.number().int(),
  escrowAsClientCents: z.number().int(),
  paidOutCents: z.number().int(),
})

export const payoutView = z.object({
  transactionId: z.string(),
  amountCents: z.number().int(),
  providerReference: z.string(),
})

export const ledgerReportView = z.object({
  transactions: z.number().int(),
  entries: z.number().int(),
  imbalanced: z.number().int(),
  balance_mismatches: z.number().int(),
  violations: z.array(z.string()),
})
