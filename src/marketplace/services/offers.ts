import { newId } from '../../db/index.js'
import { DomainError } from '../../shared/index.js'
import type { MarketContext } from '../context.js'
import { JOB_MOVES } from '../domain/job-state.js'
import { PROPOSAL_MOVES } from '../domain/proposal-state.js'
import { nextStatus } from '../domain/transition.js'
import { marketTransact } from '../market-db.js'
import { notify } from './notifications.js'
import { lockProposal, type Offer, type Proposal, readProposal, setStatus } from './proposals.js'

/** The client offers a contract: the milestones and their amounts. */
export async function offerContract(
  ctx: MarketContext,
  clientId: string,
  proposalId: string,
  offer: Offer,
): Promise<Proposal> {
  await marketTransact(ctx.db, async (trx) => {
    const row = await lockProposal(trx, proposalId, clientId, 'client')
    const status = nextStatus('proposal', PROPOSAL_MOVES, row.status, 'offer')
    const job = await trx
      .selectFrom('marketplace_jobs')
      .select('kind')
      .where('id', '=', row.job_id)
      .executeTakeFirstOrThrow()
    assertOfferFits(job.kind, offer)
    await trx
      .updateTable('marketplace_proposals')
      .set({ status, offer: JSON.stringify(offer), updated_at: ctx.now() })
      .where('id', '=', row.id)
      .execute()
    await notify(
      trx,
      ctx.now(),
      row.freelancer_id,
      'offer',
      'You have an offer',
      `/proposals/${row.id}`,
    )
  })
  return readProposal(ctx, proposalId)
}

/**
 * The freelancer accepts the offer: the proposal is hired, the job filled, and the contract with
 * its milestones created, all in one transaction.
 */
export async function acceptOffer(
  ctx: MarketContext,
  freelancerId: string,
  proposalId: string,
): Promise<{ proposal: Proposal; contractId: string }> {
  const contractId = await marketTransact(ctx.db, async (trx) => {
    const row = await lockProposal(trx, proposalId, freelancerId, 'freelancer')
    const status = nextStatus('proposal', PROPOSAL_MOVES, row.status, 'accept')
    const job = await trx
      .selectFrom('marketplace_jobs')
      .select(['status', 'kind'])
      .where('id', '=', row.job_id)
      .forUpdate()
      .executeTakeFirstOrThrow()
    const jobStatus = nextStatus('job', JOB_MOVES, job.status, 'fill')
    const offer = row.offer
    // Only an offered proposal accepts (checked above), and offering stores the offer.
    if (!offer) throw new DomainError('conflict', 'no_offer', 'this proposal carries no offer')
    const now = ctx.now()
    const id = newId()
    const hourly = job.kind === 'hourly'
    const budget = await trx
      .selectFrom('marketplace_jobs')
      .select('budget_cents')
      .where('id', '=', row.job_id)
      .executeTakeFirstOrThrow()
    await setStatus(trx, ctx, row.id, status)
    await trx
      .updateTable('marketplace_jobs')
      .set({ status: jobStatus })
      .where('id', '=', row.job_id)
      .execute()
    await trx
      .insertInto('marketplace_contracts')
      .values({
        id,
        job_id: row.job_id,
        proposal_id: row.id,
        client_id: row.client_id,
        freelancer_id: row.freelancer_id,
        kind: job.kind,
        // An hourly contract is worth its job's budget; what is billed is the time logged.
        amount_cents: hourly
          ? budget.budget_cents
          : offer.milestones.reduce((sum, m) => sum + m.amountCents, 0),
        fee_basis_points: ctx.feeBasisPoints,
        hourly_rate_cents: hourly ? (offer.hourlyRateCents ?? null) : null,
        status: 'pending_funding',
        end_reason: null,
        created_at: now,
        started_at: null,
        ended_at: null,
      })
      .execute()
    if (offer.milestones.length > 0)
      await trx
        .insertInto('marketplace_milestones')
        .values(
          offer.milestones.map((m, index) => ({
            id: newId(),
            contract_id: id,
            position: index + 1,
            title: m.title,
            amount_cents: m.amountCents,
            status: 'proposed' as const,
            submitted_at: null,
            approved_at: null,
            approved_by: null,
            settled_at: null,
            note: null,
            updated_at: now,
          })),
        )
        .execute()
    await notify(trx, now, row.client_id, 'hire', 'Your offer was accepted', `/contracts/${id}`)
    return id
  })
  return { proposal: await readProposal(ctx, proposalId), contractId }
}

function assertOfferFits(kind: 'fixed' | 'hourly', offer: Offer): void {
  if (kind === 'fixed' && (offer.milestones.length === 0 || offer.hourlyRateCents !== undefined)) {
    throw new DomainError(
      'unprocessable',
      'offer_fixed_needs_milestones',
      'an offer on a fixed-price job lists at least one milestone and no hourly rate',
    )
  }
  if (kind === 'hourly' && (offer.milestones.length > 0 || offer.hourlyRateCents === undefined)) {
    throw new DomainError(
      'unprocessable',
      'offer_hourly_needs_rate',
      'an offer on an hourly job names an hourly rate and no milestones; time is invoiced weekly',
    )
  }
}
