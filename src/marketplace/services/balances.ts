import { DomainError } from '../../shared/index.js'
import type { MarketContext } from '../context.js'
import { type IdempotentAnswer, idempotent } from '../idempotency.js'
import { balancesOf, postMovement } from '../ledger/post-movement.js'
import { accountId } from '../ledger/postings.js'

export interface Balances {
  /** Money the freelancer has earned and not yet been paid out. */
  readonly payableCents: number
  /** Money the client paid in that sits in no escrow yet (refunds pass through it). */
  readonly clientFundsCents: number
  /** Held in escrow on contracts where the user is the client. */
  readonly escrowAsClientCents: number
  readonly paidOutCents: number
}

/** The user's balances, every one summed from the ledger's entries. */
export async function balancesFor(ctx: MarketContext, userId: string): Promise<Balances> {
  const payable = accountId({ kind: 'freelancer_payable', owner: userId })
  const funds = accountId({ kind: 'client_funds', owner: userId })
  const contracts = await ctx.db
    .selectFrom('marketplace_contracts')
    .select('id')
    .where('client_id', '=', userId)
    .execute()
  const escrows = contracts.map((c) => accountId({ kind: 'escrow', owner: c.id }))
  const balances = await balancesOf(ctx.db, [payable, funds, ...escrows])
  const paid = await ctx.db
    .selectFrom('ledger_entries')
    .innerJoin('ledger_transactions', 'ledger_transactions.id', 'ledger_entries.transaction_id')
    .select((eb) => eb.fn.sum<number | string>('ledger_entries.amount_cents').as('total'))
    .where('ledger_transactions.kind', '=', 'payout')
    .where('ledger_entries.account_id', '=', payable)
    .executeTakeFirst()
  return {
    payableCents: balances.get(payable) ?? 0,
    clientFundsCents: balances.get(funds) ?? 0,
    escrowAsClientCents: escrows.reduce((sum, id) => sum + (balances.get(id) ?? 0), 0),
    paidOutCents: -Number(paid?.total ?? 0),
  }
}

export interface PayoutAnswer {
  readonly transactionId: string
  readonly amountCents: number
  readonly providerReference: string
}

/** Pays a freelancer's earned money out through the payment provider; never more than earned. */
export function requestPayout(
  ctx: MarketContext,
  request: {
    readonly userId: string
    readonly amountCents: number
    readonly idempotencyKey: string | undefined
    readonly body: unknown
  },
): Promise<IdempotentAnswer<PayoutAnswer>> {
  return idempotent(
    ctx.db,
    {
      principalId: request.userId,
      endpoint: 'payout',
      key: request.idempotencyKey,
      body: request.body,
    },
    ctx.now(),
    async (trx) => {
      if (request.amountCents <= 0) {
        throw new DomainError('invalid', 'payout_amount', 'a payout must be at least one cent')
      }
      // Posted first: the ledger locks the payable account and refuses an overdraft before any
      // money leaves through the provider.
      const transactionId = await postMovement(
        trx,
        { kind: 'payout', freelancerId: request.userId, amountCents: request.amountCents },
        {
          userId: request.userId,
          contractId: null,
          milestoneId: null,
          providerReference: null,
          at: ctx.now(),
        },
      )
      const receipt = await ctx.payments.payout({
        reference: `${request.userId}:payout:${request.idempotencyKey}`,
        userId: request.userId,
        amountCents: request.amountCents,
      })
      await trx
        .updateTable('ledger_transactions')
        .set({ provider_reference: receipt.providerReference })
        .where('id', '=', transactionId)
        .execute()
      return {
        status: 200,
        body: {
          transactionId,
          amountCents: request.amountCents,
          providerReference: receipt.providerReference,
        },
      }
    },
  )
}
