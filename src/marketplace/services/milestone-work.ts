import type { MarketContext } from '../context.js'
import { marketTransact } from '../market-db.js'
import { type Milestone, toMilestone } from './contracts.js'
import { type Actor, lockForAction } from './milestone-lock.js'

export type WorkAction = 'submit' | 'request_changes' | 'approve' | 'dispute'

/**
 * The moves that carry no money: the freelancer submits work, the client asks for changes or
 * approves, either side opens a dispute. `note` says what was delivered, asked or disputed.
 */
export async function changeMilestone(
  ctx: MarketContext,
  actor: Exclude<Actor, { kind: 'scheduler' }>,
  milestoneId: string,
  action: WorkAction,
  note: string | null,
): Promise<Milestone> {
  return marketTransact(ctx.db, async (trx) => {
    const { next } = await lockForAction(trx, milestoneId, actor, action)
    const now = ctx.now()
    const row = await trx
      .updateTable('marketplace_milestones')
      .set({
        status: next,
        updated_at: now,
        ...(action === 'submit' ? { submitted_at: now } : {}),
        ...(action === 'approve' ? { approved_at: now, approved_by: 'client' as const } : {}),
        ...(note !== null ? { note } : {}),
      })
      .where('id', '=', milestoneId)
      .returningAll()
      .executeTakeFirstOrThrow()
    return toMilestone(row)
  })
}
