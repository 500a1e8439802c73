import { DomainError } from '../../shared/index.js'
import type { MarketContext } from '../context.js'
import { CONTRACT_MOVES } from '../domain/contract-state.js'
import { ESCROWED } from '../domain/milestone-state.js'
import { nextStatus } from '../domain/transition.js'
import { type IdempotentAnswer, idempotent } from '../idempotency.js'
import { postMovement } from '../ledger/post-movement.js'
import type { Movement } from '../ledger/postings.js'
import type { MarketTrx } from '../market-db.js'
import type { NotificationKind } from '../tables.js'
import { type Milestone, toMilestone } from './contracts.js'
import { type Actor, type LockedMilestone, lockForAction } from './milestone-lock.js'
import { notify } from './notifications.js'

/** What a money-moving request on a milestone answers (and answers again on a replay). */
export interface MilestoneMoneyAnswer {
  readonly milestone: Milestone
  readonly transactionId: string
}

export interface MoneyRequest {
  readonly actor: Exclude<Actor, { kind: 'scheduler' }>
  readonly milestoneId: string
  readonly idempotencyKey: string | undefined
  readonly body: unknown
}

/** The client pays the milestone's amount into escrow through the payment provider. */
export function fundMilestone(
  ctx: MarketContext,
  request: MoneyRequest,
): Promise<IdempotentAnswer<MilestoneMoneyAnswer>> {
  return moneyMove(ctx, request, 'fund', async (trx, locked, reference) => {
    const { milestone, contract } = locked
    // The provider dedups on our reference, so a retried request never charges twice there.
    const receipt = await ctx.payments.charge({
      reference,
      userId: contract.client_id,
      amountCents: milestone.amount_cents,
    })
    if (contract.status === 'pending_funding') {
      await trx
        .updateTable('marketplace_contracts')
        .set({
          status: nextStatus('contract', CONTRACT_MOVES, contract.status, 'activate'),
          started_at: ctx.now(),
        })
        .where('id', '=', contract.id)
        .execute()
    }
    return {
      movement: {
        kind: 'fund',
        clientId: contract.client_id,
        contractId: contract.id,
        amountCents: milestone.amount_cents,
      },
      providerReference: receipt.providerReference,
    }
  })
}

/** The client releases approved work: escrow to the freelancer, less the platform's fee. */
export function releaseMilestone(
  ctx: MarketContext,
  request: MoneyRequest,
): Promise<IdempotentAnswer<MilestoneMoneyAnswer>> {
  return moneyMove(ctx, request, 'release', async (_trx, { milestone, contract }) => ({
    movement: releaseOf(milestone.amount_cents, contract),
    providerReference: null,
  }))
}

/** Escrow back to the client's card (the client before submission, the freelancer any time). */
export function refundMilestone(
  ctx: MarketContext,
  request: MoneyRequest,
): Promise<IdempotentAnswer<MilestoneMoneyAnswer>> {
  return moneyMove(ctx, request, 'refund', async (_trx, { milestone, contract }, reference) => {
    const receipt = await ctx.payments.refund({
      reference,
      userId: contract.client_id,
      amountCents: milestone.amount_cents,
    })
    return {
      movement: {
        kind: 'refund',
        clientId: contract.client_id,
        contractId: contract.id,
        amountCents: milestone.amount_cents,
      },
      providerReference: receipt.providerReference,
    }
  })
}

/**
 * An administrator resolves a dispute: `releaseCents` to the freelancer (less the fee), the rest
 * back to the client. All of it, none of it, or a split.
 */
export function resolveDispute(
  ctx: MarketContext,
  request: MoneyRequest & { readonly releaseCents: number },
): Promise<IdempotentAnswer<MilestoneMoneyAnswer>> {
  return moneyMove(ctx, request, 'resolve', async (_trx, { milestone, contract }, reference) => {
    if (request.releaseCents > milestone.amount_cents) {
      throw new DomainError(
        'unprocessable',
        'resolution_exceeds_escrow',
        `a resolution can release at most the milestone's ${milestone.amount_cents} cents`,
      )
    }
    const refundCents = milestone.amount_cents - request.releaseCents
    const receipt =
      refundCents > 0
        ? await ctx.payments.refund({
            reference,
            userId: contract.client_id,
            amountCents: refundCents,
          })
        : null
    return {
      movement: {
        kind: 'split',
        clientId: contract.client_id,
        freelancerId: contract.freelancer_id,
        contractId: contract.id,
        releaseCents: request.releaseCents,
        refundCents,
        feeBasisPoints: contract.fee_basis_points,
      },
      providerReference: receipt?.providerReference ?? null,
      note: `resolved: ${request.releaseCents} cents released, ${refundCents} refunded`,
    }
  })
}

export function releaseOf(amountCents: number, contract: LockedMilestone['contract']): Movement {
  return {
    kind: 'release',
    contractId: contract.id,
    freelancerId: contract.freelancer_id,
    amountCents,
    feeBasisPoints: contract.fee_basis_points,
  }
}

/** Who hears of each movement, and how. */
const MONEY_NOTICE: Record<
  'fund' | 'release' | 'refund' | 'resolve',
  ['client' | 'freelancer', NotificationKind, string]
> = {
  fund: ['freelancer', 'funding', 'A milestone was funded'],
  release: ['freelancer', 'release', 'Money was released to you'],
  refund: ['client', 'refund', 'A milestone was refunded'],
  resolve: ['freelancer', 'dispute', 'A dispute was resolved'],
}

type Plan = (
  trx: MarketTrx,
  locked: LockedMilestone,
  providerReference: string,
) => Promise<{ movement: Movement; providerReference: string | null; note?: string }>

async function moneyMove(
  ctx: MarketContext,
  request: MoneyRequest,
  action: 'fund' | 'release' | 'refund' | 'resolve',
  plan: Plan,
): Promise<IdempotentAnswer<MilestoneMoneyAnswer>> {
  const endpoint = `${action} milestone ${request.milestoneId}`
  return idempotent(
    ctx.db,
    {
      principalId: request.actor.id,
      endpoint,
      key: request.idempotencyKey,
      body: request.body,
    },
    ctx.now(),
    async (trx) => {
      const locked = await lockForAction(trx, request.milestoneId, request.actor, action)
      const reference = `${request.actor.id}:${endpoint}:${request.idempotencyKey}`
      const planned = await plan(trx, locked, reference)
      const { transactionId, milestone } = await settle(trx, ctx, locked, locked.next, {
        movement: planned.movement,
        userId: request.actor.id,
        providerReference: planned.providerReference,
        note: planned.note ?? null,
      })
      const [to, kind, text] = MONEY_NOTICE[action]
      await notify(
        trx,
        ctx.now(),
        to === 'client' ? locked.contract.client_id : locked.contract.freelancer_id,
        kind,
        `${text}: ${milestone.title}`,
        `/contracts/${locked.contract.id}`,
      )
      return { status: 200, body: { milestone, transactionId } }
    },
  )
}

/**
 * Posts the movement, moves the milestone to `next` and, when no milestone of the contract has
 * anything left to do, ends the contract as completed: one transaction.
 */
export async function settle(
  trx: MarketTrx,
  ctx: MarketContext,
  locked: LockedMilestone,
  next: Milestone['status'],
  posting: {
    readonly movement: Movement
    readonly userId: string
    readonly providerReference: string | null
    readonly note: string | null
  },
): Promise<{ transactionId: string; milestone: Milestone }> {
  const now = ctx.now()
  const transactionId = await postMovement(trx, posting.movement, {
    userId: posting.userId,
    contractId: locked.contract.id,
    milestoneId: locked.milestone.id,
    providerReference: posting.providerReference,
    at: now,
  })
  const settled = !ESCROWED.includes(next) && next !== 'proposed'
  const row = await trx
    .updateTable('marketplace_milestones')
    .set({
      status: next,
      updated_at: now,
      ...(settled ? { settled_at: now } : {}),
      ...(posting.note ? { note: posting.note } : {}),
    })
    .where('id', '=', locked.milestone.id)
    .returningAll()
    .executeTakeFirstOrThrow()
  // An hourly contract goes on after a week is paid; a fixed one is done when all are settled.
  if (settled && locked.contract.kind === 'fixed') {
    await completeIfDone(trx, locked.contract, now)
  }
  return { transactionId, milestone: toMilestone(row) }
}

/** Ends a fixed-price contract whose milestones are all settled; its row is locked already. */
async function completeIfDone(
  trx: MarketTrx,
  contract: LockedMilestone['contract'],
  now: Date,
): Promise<void> {
  const contractId = contract.id
  const open = await trx
    .selectFrom('marketplace_milestones')
    .select('id')
    .where('contract_id', '=', contractId)
    .where('status', 'not in', ['released', 'refunded', 'resolved'])
    .executeTakeFirst()
  if (open || contract.status === 'ended') return
  await trx
    .updateTable('marketplace_contracts')
    .set({
      status: nextStatus('contract', CONTRACT_MOVES, contract.status, 'end'),
      end_reason: 'completed',
      ended_at: now,
    })
    .where('id', '=', contractId)
    .execute()
}
