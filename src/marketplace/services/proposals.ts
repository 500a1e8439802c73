import type { Selectable } from 'kysely'
import { newId, sqlState } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import { meetsRequirement } from '../certifications.js'
import type { MarketContext } from '../context.js'
import { PROPOSAL_MOVES, type ProposalAction } from '../domain/proposal-state.js'
import { nextStatus } from '../domain/transition.js'
import { type MarketTrx, marketTransact } from '../market-db.js'
import type { Offer } from '../offer.js'
import type { MarketplaceProposalsTable, ProposalStatus } from '../tables.js'
import { type FreelancerRecord, freelancerRecord } from './freelancer-record.js'
import { jobNotFound } from './jobs.js'
import { notify } from './notifications.js'

export type { Offer } from '../offer.js'

export interface Proposal {
  readonly id: string
  readonly jobId: string
  readonly freelancerId: string
  readonly clientId: string
  readonly coverLetter: string
  readonly bidCents: number
  readonly status: ProposalStatus
  /** The freelancer's record as it was when they applied: what the client saw. */
  readonly snapshot: FreelancerRecord & { readonly takenAt: string }
  readonly offer: Offer | null
  readonly createdAt: Date
  readonly contractId: string | null
}

/**
 * Applies to an open job. A job's required certifications must be held now (verified, not
 * revoked, suspended or expired); the freelancer's record is copied into the proposal, so what the
 * client saw stays known after it changes. One proposal per freelancer per job (a unique index).
 */
export async function applyToJob(
  ctx: MarketContext,
  freelancerId: string,
  jobId: string,
  input: { readonly coverLetter: string; readonly bidCents: number },
): Promise<Proposal> {
  const job = await ctx.db
    .selectFrom('marketplace_jobs')
    .select(['client_id', 'status', 'required_tests'])
    .where('id', '=', jobId)
    .executeTakeFirst()
  if (!job || job.status === 'draft') throw jobNotFound(jobId)
  if (job.status !== 'open') {
    throw new DomainError(
      'conflict',
      'job_not_open',
      `cannot apply to a job that is ${job.status}: proposals are taken only while a job is open`,
    )
  }
  if (job.client_id === freelancerId) {
    throw new DomainError('forbidden', 'own_job', 'a client cannot apply to their own job')
  }
  const held = await ctx.certifications.heldBy(freelancerId)
  const missing = job.required_tests.filter(
    (testId) => !held.some((c) => c.testId === testId && meetsRequirement(c)),
  )
  if (missing.length > 0) {
    throw new DomainError(
      'forbidden',
      'required_certification_missing',
      `this job requires a certification you do not hold now (verified, not revoked, suspended or expired): ${missing.join(', ')}`,
      { missing },
    )
  }
  const record = await freelancerRecord(ctx, freelancerId, held)
  const now = ctx.now()
  const id = newId()
  try {
    await marketTransact(ctx.db, async (trx) => {
      await trx
        .insertInto('marketplace_proposals')
        .values({
          id,
          job_id: jobId,
          freelancer_id: freelancerId,
          client_id: job.client_id,
          cover_letter: input.coverLetter,
          bid_cents: input.bidCents,
          status: 'submitted',
          snapshot: JSON.stringify({ ...record, takenAt: now.toISOString() }),
          offer: null,
          created_at: now,
          updated_at: now,
        })
        .execute()
      await notify(
        trx,
        now,
        job.client_id,
        'proposal',
        'A new proposal on your job',
        `/jobs/${jobId}`,
      )
    })
  } catch (error) {
    if (sqlState(error) === '23505') {
      throw new DomainError(
        'conflict',
        'already_applied',
        'you have already applied to this job: one proposal per freelancer per job',
      )
    }
    throw error
  }
  return readProposal(ctx, id)
}

/** A proposal, seen by its freelancer or the job's client; anyone else gets a 404. */
export async function viewProposal(
  ctx: MarketContext,
  userId: string,
  proposalId: string,
): Promise<Proposal> {
  const proposal = await readProposal(ctx, proposalId)
  if (proposal.freelancerId !== userId && proposal.clientId !== userId) {
    throw proposalNotFound(proposalId)
  }
  return proposal
}

/** A job's proposals, for its client, oldest first, to compare side by side. */
export async function proposalsForJob(
  ctx: MarketContext,
  clientId: string,
  jobId: string,
): Promise<Proposal[]> {
  const job = await ctx.db
    .selectFrom('marketplace_jobs')
    .select('client_id')
    .where('id', '=', jobId)
    .executeTakeFirst()
  if (!job) throw jobNotFound(jobId)
  if (job.client_id !== clientId) {
    throw new DomainError('forbidden', 'not_your_job', "only the job's client sees its proposals")
  }
  const rows = await ctx.db
    .selectFrom('marketplace_proposals')
    .selectAll()
    .where('job_id', '=', jobId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return Promise.all(rows.map((row) => toProposal(ctx, row)))
}

/** The freelancer's own proposals, newest first. */
export async function myProposals(ctx: MarketContext, freelancerId: string): Promise<Proposal[]> {
  const rows = await ctx.db
    .selectFrom('marketplace_proposals')
    .selectAll()
    .where('freelancer_id', '=', freelancerId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute()
  return Promise.all(rows.map((row) => toProposal(ctx, row)))
}

const ACTOR: Record<
  Exclude<ProposalAction, 'offer' | 'accept' | 'interview'>,
  'client' | 'freelancer'
> = {
  shortlist: 'client',
  decline: 'client',
  withdraw: 'freelancer',
}

/** Shortlist or decline (the client), withdraw (the freelancer). */
export async function changeProposal(
  ctx: MarketContext,
  userId: string,
  proposalId: string,
  action: keyof typeof ACTOR,
): Promise<Proposal> {
  await marketTransact(ctx.db, async (trx) => {
    const row = await lockProposal(trx, proposalId, userId, ACTOR[action])
    await setStatus(trx, ctx, row.id, nextStatus('proposal', PROPOSAL_MOVES, row.status, action))
  })
  return readProposal(ctx, proposalId)
}

/** Locks a proposal for a change by one side; the other side (or a stranger) is refused. */
export async function lockProposal(
  trx: MarketTrx,
  proposalId: string,
  userId: string,
  side: 'client' | 'freelancer' | 'either',
): Promise<Selectable<MarketplaceProposalsTable>> {
  const row = await trx
    .selectFrom('marketplace_proposals')
    .selectAll()
    .where('id', '=', proposalId)
    .forUpdate()
    .executeTakeFirst()
  if (!row || (row.client_id !== userId && row.freelancer_id !== userId)) {
    throw proposalNotFound(proposalId)
  }
  const allowed =
    side === 'either' ||
    (side === 'client' ? row.client_id === userId : row.freelancer_id === userId)
  if (!allowed) {
    throw new DomainError(
      'forbidden',
      `proposal_${side}_only`,
      `only the proposal's ${side} may do this`,
    )
  }
  return row
}

export async function setStatus(
  trx: MarketTrx,
  ctx: MarketContext,
  proposalId: string,
  status: ProposalStatus,
): Promise<void> {
  await trx
    .updateTable('marketplace_proposals')
    .set({ status, updated_at: ctx.now() })
    .where('id', '=', proposalId)
    .execute()
}

export async function readProposal(ctx: MarketContext, proposalId: string): Promise<Proposal> {
  const row = await ctx.db
    .selectFrom('marketplace_proposals')
    .selectAll()
    .where('id', '=', proposalId)
    .executeTakeFirst()
  if (!row) throw proposalNotFound(proposalId)
  return toProposal(ctx, row)
}

async function toProposal(
  ctx: MarketContext,
  row: Selectable<MarketplaceProposalsTable>,
): Promise<Proposal> {
  const contract =
    row.status === 'hired'
      ? await ctx.db
          .selectFrom('marketplace_contracts')
          .select('id')
          .where('proposal_id', '=', row.id)
          .executeTakeFirst()
      : undefined
  return {
    id: row.id,
    jobId: row.job_id,
    freelancerId: row.freelancer_id,
    clientId: row.client_id,
    coverLetter: row.cover_letter,
    bidCents: row.bid_cents,
    status: row.status,
    snapshot: row.snapshot,
    offer: row.offer,
    createdAt: row.created_at,
    contractId: contract?.id ?? null,
  }
}

export function proposalNotFound(proposalId: string): DomainError {
  return new DomainError('not_found', 'proposal_not_found', `there is no proposal ${proposalId}`)
}
