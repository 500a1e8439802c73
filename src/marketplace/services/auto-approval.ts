import type { MarketContext } from '../context.js'
import { marketTransact } from '../market-db.js'
import { lockForAction } from './milestone-lock.js'
import { releaseOf, settle } from './milestone-money.js'

/** Submitted work the client leaves unanswered this long is approved and released. */
export const AUTO_APPROVE_DAYS = 14

const DAY_MS = 86_400_000

/**
 * The scheduled job: approves every milestone submitted at least `AUTO_APPROVE_DAYS` ago (by the
 * injected clock) and releases its escrow, one transaction per milestone, so one failure leaves
 * the others done. Safe to run concurrently or twice: each milestone is locked and re-checked.
 *
 * @example await marketplace.runScheduledWork() // { autoApproved: 3 }
 */
export async function autoApproveDue(ctx: MarketContext): Promise<number> {
  const cutoff = new Date(ctx.now().getTime() - AUTO_APPROVE_DAYS * DAY_MS)
  const due = await ctx.db
    .selectFrom('marketplace_milestones')
    .select('id')
    .where('status', '=', 'submitted')
    .where('submitted_at', '<=', cutoff)
    .orderBy('submitted_at')
    .limit(1000)
    .execute()
  let approved = 0
  for (const { id } of due) {
    const done = await marketTransact(ctx.db, async (trx) => {
      const locked = await lockForAction(trx, id, { kind: 'scheduler' }, 'approve')
      if (!locked.milestone.submitted_at || locked.milestone.submitted_at > cutoff) return false
      const now = ctx.now()
      await trx
        .updateTable('marketplace_milestones')
        .set({ status: locked.next, approved_at: now, approved_by: 'automatic', updated_at: now })
        .where('id', '=', id)
        .execute()
      await settle(trx, ctx, locked, 'released', {
        movement: releaseOf(locked.milestone.amount_cents, locked.contract),
        userId: locked.contract.client_id,
        providerReference: null,
        note: null,
      })
      return true
    }).catch((error: unknown) => {
      // Another request moved it meanwhile (approved, disputed): nothing left to do for it.
      if ((error as { kind?: string }).kind === 'conflict') return false
      throw error
    })
    if (done) approved++
  }
  return approved
}
