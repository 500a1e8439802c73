import { DomainError } from '../../shared/index.js'
import type { MarketContext } from '../context.js'
import { type IdempotentAnswer, idempotent } from '../idempotency.js'
import { MAX_MOVEMENT_CENTS } from '../ledger/platform-fee.js'
import { postMovement } from '../ledger/post-movement.js'
import { notify } from './notifications.js'

export interface BonusAnswer {
  readonly transactionId: string
  readonly amountCents: number
}

/**
 * A client pays a freelancer a bonus, on top of any milestone: charged to the client's card and
 * credited to the freelancer less the platform's fee, tied to no contract (a thank-you for work
 * done, as the large platforms allow). Only a client who has had a funded contract with the
 * freelancer may pay one, so a bonus cannot move money between strangers.
 */
export function payBonus(
  ctx: MarketContext,
  request: {
    readonly clientId: string
    readonly freelancerId: string
    readonly amountCents: number
    readonly idempotencyKey: string | undefined
    readonly body: unknown
  },
): Promise<IdempotentAnswer<BonusAnswer>> {
  return idempotent(
    ctx.db,
    {
      principalId: request.clientId,
      endpoint: `bonus ${request.freelancerId}`,
      key: request.idempotencyKey,
      body: request.body,
    },
    ctx.now(),
    async (trx) => {
      const { amountCents, clientId, freelancerId } = request
      if (
        !Number.isSafeInteger(amountCents) ||
        amountCents < 1 ||
        amountCents > MAX_MOVEMENT_CENTS
      ) {
        throw new DomainError(
          'invalid',
          'bonus_amount',
          `a bonus is 1 to ${MAX_MOVEMENT_CENTS} cents`,
          { field: 'amountCents' },
        )
      }
      const worked = await trx
        .selectFrom('marketplace_contracts')
        .select('id')
        .where('client_id', '=', clientId)
        .where('freelancer_id', '=', freelancerId)
        .where('started_at', 'is not', null)
        .executeTakeFirst()
      if (!worked) {
        throw new DomainError(
          'forbidden',
          'bonus_not_allowed',
          'a bonus goes only to a freelancer you have had a funded contract with',
        )
      }
      const receipt = await ctx.payments.charge({
        reference: `${clientId}:bonus:${freelancerId}:${request.idempotencyKey}`,
        userId: clientId,
        amountCents,
      })
      const transactionId = await postMovement(
        trx,
        { kind: 'bonus', clientId, freelancerId, amountCents, feeBasisPoints: ctx.feeBasisPoints },
        {
          userId: clientId,
          contractId: null,
          milestoneId: null,
          providerReference: receipt.providerReference,
          at: ctx.now(),
        },
      )
      await notify(trx, ctx.now(), freelancerId, 'release', 'You received a bonus', '/me/balances')
      return { status: 200, body: { transactionId, amountCents } }
    },
  )
}
