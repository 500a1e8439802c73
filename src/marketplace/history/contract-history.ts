import type { Insertable } from 'kysely'
import { CONTRACT_MOVES } from '../domain/contract-state.js'
import { JOB_MOVES } from '../domain/job-state.js'
import { ESCROWED, MILESTONE_MOVES } from '../domain/milestone-state.js'
import { PROPOSAL_MOVES } from '../domain/proposal-state.js'
import { nextStatus } from '../domain/transition.js'
import { accountId, imbalance, type Movement, postingsFor } from '../ledger/postings.js'
import type { PaymentProvider } from '../payment-provider.js'
import type { FreelancerRecord } from '../shown-record.js'
import type {
  LedgerAccountKind,
  LedgerEntriesTable,
  LedgerTransactionsTable,
  MarketplaceContractsTable,
  MarketplaceJobsTable,
  MarketplaceMilestonesTable,
  MarketplaceProposalsTable,
  MarketplaceReviewsTable,
} from '../tables.js'

/** One part of a fixed-price contract and when its work was approved and its money released. */
export interface HistoricPart {
  readonly title: string
  readonly amountCents: number
  /** Null: the work was never approved (the money stays in escrow). */
  readonly approvedAt: Date | null
  /** Null: never released; only approved work is. */
  readonly releasedAt: Date | null
}

/** A fixed-price contract that already happened: who, when, what was paid and how it was rated. */
export interface HistoricContract {
  readonly clientId: string
  readonly freelancerId: string
  readonly job: {
    readonly title: string
    readonly description: string
    readonly category: string
    readonly visibility: 'public' | 'unlisted'
  }
  readonly coverLetter: string
  /** When the job was posted, applied to, offered and the offer accepted. */
  readonly hiredAt: Date
  /** The client funds every part at once: the contract's start. */
  readonly fundedAt: Date
  readonly parts: readonly HistoricPart[]
  readonly feeBasisPoints: number
  /** What the client saw of the freelancer when they applied. */
  readonly snapshot: FreelancerRecord
  readonly clientReview: {
    readonly rating: number
    readonly body: string
    readonly at: Date
  } | null
}

/** A ledger account a history's entries touch, and when it was first used. */
export interface TouchedAccount {
  readonly id: string
  readonly kind: LedgerAccountKind
  readonly owner: string | null
  readonly firstAt: Date
}

/** The rows a history becomes: exactly those the marketplace writes when it happens live. */
export interface HistoryRows {
  readonly jobs: Insertable<MarketplaceJobsTable>[]
  readonly proposals: Insertable<MarketplaceProposalsTable>[]
  readonly contracts: Insertable<MarketplaceContractsTable>[]
  readonly milestones: Insertable<MarketplaceMilestonesTable>[]
  readonly transactions: Insertable<LedgerTransactionsTable>[]
  readonly entries: Insertable<LedgerEntriesTable>[]
  readonly reviews: Insertable<MarketplaceReviewsTable>[]
  readonly accounts: Map<string, TouchedAccount>
}

export function emptyHistoryRows(): HistoryRows {
  return {
    jobs: [],
    proposals: [],
    contracts: [],
    milestones: [],
    transactions: [],
    entries: [],
    reviews: [],
    accounts: new Map(),
  }
}

/**
 * Appends to `rows` what a contract that already happened leaves behind, derived by the same
 * rules the live marketplace follows: every status reached through the state machines' moves (job
 * open → filled; proposal submitted → shortlisted → offered → hired; milestone proposed → funded →
 * submitted → approved → released; contract pending funding → active → ended when all its parts
 * are settled), every movement of money as the ledger's postings with the platform's fee rounding,
 * and the funding receipts from the payment provider under the reference a live funding uses.
 * Nothing is written here: a bulk writer inserts the rows many histories at a time, where the live
 * path would take a dozen transactions per contract. The review is the client's, submitted once all
 * work was approved, as `submitReview` allows.
 */
export async function appendContractHistory(
  rows: HistoryRows,
  history: HistoricContract,
  newId: () => string,
  payments: PaymentProvider,
): Promise<void> {
  const { clientId, freelancerId, hiredAt, fundedAt } = history
  const amountCents = history.parts.reduce((sum, p) => sum + p.amountCents, 0)
  const jobId = newId()
  const proposalId = newId()
  const contractId = newId()
  const jobStatus = nextStatus('job', JOB_MOVES, 'open', 'fill')
  rows.jobs.push({
    id: jobId,
    client_id: clientId,
    title: history.job.title,
    description: history.job.description,
    category: history.job.category,
    skills: JSON.stringify([]),
    required_tests: JSON.stringify([]),
    kind: 'fixed',
    budget_cents: amountCents,
    visibility: history.job.visibility,
    status: jobStatus,
    created_at: hiredAt,
    opened_at: hiredAt,
  })
  let proposalStatus = nextStatus('proposal', PROPOSAL_MOVES, 'submitted', 'shortlist')
  proposalStatus = nextStatus('proposal', PROPOSAL_MOVES, proposalStatus, 'offer')
  proposalStatus = nextStatus('proposal', PROPOSAL_MOVES, proposalStatus, 'accept')
  const offer = {
    milestones: history.parts.map((p) => ({ title: p.title, amountCents: p.amountCents })),
  }
  rows.proposals.push({
    id: proposalId,
    job_id: jobId,
    freelancer_id: freelancerId,
    client_id: clientId,
    cover_letter: history.coverLetter,
    bid_cents: amountCents,
    status: proposalStatus,
    snapshot: JSON.stringify({ ...history.snapshot, takenAt: hiredAt.toISOString() }),
    offer: JSON.stringify(offer),
    created_at: hiredAt,
    updated_at: hiredAt,
  })

  const post = (
    movement: Movement,
    at: Date,
    milestoneId: string | null,
    reference: string | null,
  ) => {
    const postings = postingsFor(movement)
    if (imbalance(postings) !== 0) throw new Error(`a ${movement.kind} movement does not balance`)
    const transactionId = newId()
    rows.transactions.push({
      id: transactionId,
      kind: movement.kind,
      contract_id: milestoneId === null ? null : contractId,
      milestone_id: milestoneId,
      user_id: clientId,
      provider_reference: reference,
      created_at: at,
    })
    for (const p of postings) {
      const id = accountId(p.account)
      if (!rows.accounts.has(id)) {
        rows.accounts.set(id, { id, kind: p.account.kind, owner: p.account.owner, firstAt: at })
      }
      rows.entries.push({
        id: newId(),
        transaction_id: transactionId,
        account_id: id,
        amount_cents: p.amountCents,
      })
    }
  }

  let contractStatus = nextStatus('contract', CONTRACT_MOVES, 'pending_funding', 'activate')
  let endedAt: Date | null = null
  const settledTimes: Date[] = []
  for (const [index, part] of history.parts.entries()) {
    const milestoneId = newId()
    let status = nextStatus('milestone', MILESTONE_MOVES, 'proposed', 'fund')
    // The reference a live funding of this milestone hands the provider (see moneyMove).
    const reference = `${clientId}:fund milestone ${milestoneId}:load-fund-${milestoneId}`
    const receipt = await payments.charge({
      reference,
      userId: clientId,
      amountCents: part.amountCents,
    })
    post(
      { kind: 'fund', clientId, contractId, amountCents: part.amountCents },
      fundedAt,
      milestoneId,
      receipt.providerReference,
    )
    let updatedAt = fundedAt
    if (part.approvedAt !== null) {
      status = nextStatus('milestone', MILESTONE_MOVES, status, 'submit')
      status = nextStatus('milestone', MILESTONE_MOVES, status, 'approve')
      updatedAt = part.approvedAt
    }
    if (part.releasedAt !== null) {
      status = nextStatus('milestone', MILESTONE_MOVES, status, 'release')
      post(
        {
          kind: 'release',
          contractId,
          freelancerId,
          amountCents: part.amountCents,
          feeBasisPoints: history.feeBasisPoints,
        },
        part.releasedAt,
        milestoneId,
        null,
      )
      updatedAt = part.releasedAt
      settledTimes.push(part.releasedAt)
    }
    rows.milestones.push({
      id: milestoneId,
      contract_id: contractId,
      position: index + 1,
      title: part.title,
      amount_cents: part.amountCents,
      status,
      submitted_at: part.approvedAt,
      approved_at: part.approvedAt,
      approved_by: part.approvedAt === null ? null : 'client',
      settled_at: part.releasedAt,
      note: null,
      updated_at: updatedAt,
    })
    if (ESCROWED.includes(status) && part.releasedAt !== null) {
      throw new Error(`milestone ${milestoneId} is released yet still in escrow`)
    }
  }
  // A fixed contract ends completed with the settlement of its last open part.
  if (history.parts.length > 0 && settledTimes.length === history.parts.length) {
    contractStatus = nextStatus('contract', CONTRACT_MOVES, contractStatus, 'end')
    endedAt = new Date(Math.max(...settledTimes.map((t) => t.getTime())))
  }
  rows.contracts.push({
    id: contractId,
    job_id: jobId,
    proposal_id: proposalId,
    client_id: clientId,
    freelancer_id: freelancerId,
    kind: 'fixed',
    amount_cents: amountCents,
    fee_basis_points: history.feeBasisPoints,
    hourly_rate_cents: null,
    status: contractStatus,
    end_reason: endedAt === null ? null : 'completed',
    created_at: hiredAt,
    started_at: fundedAt,
    ended_at: endedAt,
  })
  const review = history.clientReview
  if (review !== null) {
    if (history.parts.some((p) => p.approvedAt === null)) {
      throw new RangeError('a contract is reviewed only once all its work was approved')
    }
    rows.reviews.push({
      id: newId(),
      contract_id: contractId,
      author_id: clientId,
      subject_id: freelancerId,
      author_side: 'client',
      rating: review.rating,
      body: review.body,
      submitted_at: review.at,
    })
  }
}

/** Appends a bonus a client paid a freelancer, posted as `payBonus` posts it. */
export async function appendBonus(
  rows: HistoryRows,
  bonus: {
    readonly clientId: string
    readonly freelancerId: string
    readonly amountCents: number
    readonly feeBasisPoints: number
    readonly paidAt: Date
    readonly idempotencyKey: string
  },
  newId: () => string,
  payments: PaymentProvider,
): Promise<void> {
  const { clientId, freelancerId, amountCents } = bonus
  const receipt = await payments.charge({
    reference: `${clientId}:bonus:${freelancerId}:${bonus.idempotencyKey}`,
    userId: clientId,
    amountCents,
  })
  const movement: Movement = {
    kind: 'bonus',
    clientId,
    freelancerId,
    amountCents,
    feeBasisPoints: bonus.feeBasisPoints,
  }
  const postings = postingsFor(movement)
  if (imbalance(postings) !== 0) throw new Error('a bonus movement does not balance')
  const transactionId = newId()
  rows.transactions.push({
    id: transactionId,
    kind: 'bonus',
    contract_id: null,
    milestone_id: null,
    user_id: clientId,
    provider_reference: receipt.providerReference,
    created_at: bonus.paidAt,
  })
  for (const p of postings) {
    const id = accountId(p.account)
    if (!rows.accounts.has(id)) {
      rows.accounts.set(id, {
        id,
        kind: p.account.kind,
        owner: p.account.owner,
        firstAt: bonus.paidAt,
      })
    }
    rows.entries.push({
      id: newId(),
      transaction_id: transactionId,
      account_id: id,
      amount_cents: p.amountCents,
    })
  }
}
