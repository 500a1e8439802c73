import type { MarketContext } from '../context.js'
import { marketTransact } from '../market-db.js'
import type { NotificationKind } from '../tables.js'
import { type Milestone, toMilestone } from './contracts.js'
import { type Actor, lockForAction } from './milestone-lock.js'
import { notify } from './notifications.js'

/** Who hears of each move, and how. */
const WORK_NOTICE: Record<
  WorkAction,
  ['client' | 'freelancer' | 'other', NotificationKind, string]
> = {
  submit: ['client', 'submission', 'Work was submitted'],
  request_changes: ['freelancer', 'changes', 'Changes were requested'],
  approve: ['freelancer', 'approval', 'Your work was approved'],
  dispute: ['other', 'dispute', 'A dispute was opened'],
}

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
    const { next, contract } = await lockForAction(trx, milestoneId, actor, action)
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
    const [to, kind, text] = WORK_NOTICE[action]
    const recipient =
      to === 'client'
        ? contract.client_id
        : to === 'freelancer'
          ? contract.freelancer_id
          : actor.id === contract.client_id
            ? contract.freelancer_id
            : contract.client_id
    await notify(trx, now, recipient, kind, `${text}: ${row.title}`, `/contracts/${contract.id}`)
    return toMilestone(row)
  })
}
