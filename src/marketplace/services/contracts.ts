import type { Selectable } from 'kysely'
import { DomainError } from '../../shared/index.js'
import type { MarketContext } from '../context.js'
import { balancesOf } from '../ledger/post-movement.js'
import { accountId } from '../ledger/postings.js'
import type {
  ContractEndReason,
  ContractStatus,
  JobKind,
  MarketplaceContractsTable,
  MarketplaceMilestonesTable,
  MilestoneStatus,
} from '../tables.js'

export interface Milestone {
  readonly id: string
  readonly contractId: string
  readonly position: number
  readonly title: string
  readonly amountCents: number
  readonly status: MilestoneStatus
  readonly submittedAt: string | null
  readonly approvedAt: string | null
  readonly approvedBy: 'client' | 'automatic' | 'administrator' | null
  readonly settledAt: string | null
  readonly note: string | null
}

export interface Contract {
  readonly id: string
  readonly jobId: string
  readonly proposalId: string
  readonly clientId: string
  readonly freelancerId: string
  readonly kind: JobKind
  readonly amountCents: number
  readonly feeBasisPoints: number
  readonly hourlyRateCents: number | null
  readonly status: ContractStatus
  readonly endReason: ContractEndReason | null
  readonly createdAt: string
  readonly startedAt: string | null
  readonly endedAt: string | null
  /** Money held in escrow for this contract now, summed from the ledger. */
  readonly escrowCents: number
  readonly milestones: readonly Milestone[]
}

/** A contract, seen by its two parties or an administrator; anyone else gets a 404. */
export async function viewContract(
  ctx: MarketContext,
  viewer: { readonly id: string; readonly administrator: boolean },
  contractId: string,
): Promise<Contract> {
  const row = await ctx.db
    .selectFrom('marketplace_contracts')
    .selectAll()
    .where('id', '=', contractId)
    .executeTakeFirst()
  if (!row || !(viewer.administrator || isParty(row, viewer.id))) {
    throw contractNotFound(contractId)
  }
  return toContract(ctx, row)
}

/** Contracts where the user is client or freelancer, newest first. */
export async function myContracts(ctx: MarketContext, userId: string): Promise<Contract[]> {
  const rows = await ctx.db
    .selectFrom('marketplace_contracts')
    .selectAll()
    .where((eb) => eb.or([eb('client_id', '=', userId), eb('freelancer_id', '=', userId)]))
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute()
  return Promise.all(rows.map((row) => toContract(ctx, row)))
}

export function isParty(row: Selectable<MarketplaceContractsTable>, userId: string): boolean {
  return row.client_id === userId || row.freelancer_id === userId
}

async function toContract(
  ctx: MarketContext,
  row: Selectable<MarketplaceContractsTable>,
): Promise<Contract> {
  const milestones = await ctx.db
    .selectFrom('marketplace_milestones')
    .selectAll()
    .where('contract_id', '=', row.id)
    .orderBy('position')
    .execute()
  const escrow = accountId({ kind: 'escrow', owner: row.id })
  const balances = await balancesOf(ctx.db, [escrow])
  return {
    id: row.id,
    jobId: row.job_id,
    proposalId: row.proposal_id,
    clientId: row.client_id,
    freelancerId: row.freelancer_id,
    kind: row.kind,
    amountCents: row.amount_cents,
    feeBasisPoints: row.fee_basis_points,
    hourlyRateCents: row.hourly_rate_cents,
    status: row.status,
    endReason: row.end_reason,
    createdAt: row.created_at.toISOString(),
    startedAt: row.started_at?.toISOString() ?? null,
    endedAt: row.ended_at?.toISOString() ?? null,
    escrowCents: balances.get(escrow) ?? 0,
    milestones: milestones.map(toMilestone),
  }
}

export function toMilestone(row: Selectable<MarketplaceMilestonesTable>): Milestone {
  return {
    id: row.id,
    contractId: row.contract_id,
    position: row.position,
    title: row.title,
    amountCents: row.amount_cents,
    status: row.status,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    approvedAt: row.approved_at?.toISOString() ?? null,
    approvedBy: row.approved_by,
    settledAt: row.settled_at?.toISOString() ?? null,
    note: row.note,
  }
}

export function contractNotFound(contractId: string): DomainError {
  return new DomainError('not_found', 'contract_not_found', `there is no contract ${contractId}`)
}
