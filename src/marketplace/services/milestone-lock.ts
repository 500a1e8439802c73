import type { Selectable } from 'kysely'
import { DomainError } from '../../shared/index.js'
import { MILESTONE_MOVES, type MilestoneAction } from '../domain/milestone-state.js'
import { nextStatus } from '../domain/transition.js'
import type { MarketTrx } from '../market-db.js'
import type {
  MarketplaceContractsTable,
  MarketplaceMilestonesTable,
  MilestoneStatus,
} from '../tables.js'

export interface LockedMilestone {
  readonly milestone: Selectable<MarketplaceMilestonesTable>
  readonly contract: Selectable<MarketplaceContractsTable>
}

export type Actor =
  | { readonly kind: 'member'; readonly id: string }
  | { readonly kind: 'administrator'; readonly id: string }
  | { readonly kind: 'scheduler' }

/** Who may take each action on a milestone. */
const SIDES: Record<MilestoneAction, readonly ('client' | 'freelancer' | 'administrator')[]> = {
  fund: ['client'],
  submit: ['freelancer'],
  request_changes: ['client'],
  approve: ['client'],
  release: ['client'],
  refund: ['client', 'freelancer'],
  dispute: ['client', 'freelancer'],
  resolve: ['administrator'],
}

/**
 * Locks a milestone and then its contract (always in that order, so two requests never wait on
 * each other in a cycle), checks that the actor may take `action`, and returns the next status.
 * A stranger to the contract is refused with 403 naming the rule.
 */
export async function lockForAction(
  trx: MarketTrx,
  milestoneId: string,
  actor: Actor,
  action: MilestoneAction,
): Promise<LockedMilestone & { readonly next: MilestoneStatus }> {
  const milestone = await trx
    .selectFrom('marketplace_milestones')
    .selectAll()
    .where('id', '=', milestoneId)
    .forUpdate()
    .executeTakeFirst()
  if (!milestone) {
    throw new DomainError(
      'not_found',
      'milestone_not_found',
      `there is no milestone ${milestoneId}`,
    )
  }
  const contract = await trx
    .selectFrom('marketplace_contracts')
    .selectAll()
    .where('id', '=', milestone.contract_id)
    .forUpdate()
    .executeTakeFirstOrThrow()
  const sides = SIDES[action]
  const side =
    actor.kind === 'scheduler'
      ? 'scheduler'
      : actor.kind === 'administrator' && sides.includes('administrator')
        ? 'administrator'
        : actor.id === contract.client_id
          ? 'client'
          : actor.id === contract.freelancer_id
            ? 'freelancer'
            : null
  if (side === null) {
    throw new DomainError(
      'forbidden',
      'not_your_contract',
      'only the client and the freelancer of a contract may act on its milestones',
    )
  }
  if (side !== 'scheduler' && !sides.includes(side)) {
    throw new DomainError(
      'forbidden',
      `milestone_${action}_by_${side}`,
      `the ${side} may not ${action.replaceAll('_', ' ')} a milestone; only the ${sides.join(' or ')} may`,
    )
  }
  if (action === 'refund' && side === 'client' && milestone.status !== 'funded') {
    throw new DomainError(
      'conflict',
      'milestone_refund_after_submission',
      'a client may take back a milestone only before work is submitted; after that, open a dispute',
    )
  }
  const next = nextStatus('milestone', MILESTONE_MOVES, milestone.status, action)
  return { milestone, contract, next }
}
