import { DomainError } from '../../shared/index.js'
import type { MarketContext } from '../context.js'
import { CONTRACT_MOVES } from '../domain/contract-state.js'
import { ESCROWED } from '../domain/milestone-state.js'
import { nextStatus } from '../domain/transition.js'
import { marketTransact } from '../market-db.js'
import type { ContractEndReason } from '../tables.js'
import { contractNotFound, isParty } from './contracts.js'
import { notify } from './notifications.js'

export type EndAnswer =
  | { readonly ended: true; readonly reason: ContractEndReason }
  | { readonly ended: false; readonly waitingFor: 'client' | 'freelancer' }

/**
 * Ends a contract other than by completing it, once no money is left in escrow (release, refund
 * or resolve it first). Before any funding either side may cancel; after, it ends by mutual
 * agreement (one side asks, the other agrees) or by an administrator.
 */
export async function endContract(
  ctx: MarketContext,
  actor: { readonly id: string; readonly administrator: boolean },
  contractId: string,
): Promise<EndAnswer> {
  return marketTransact(ctx.db, async (trx) => {
    const contract = await trx
      .selectFrom('marketplace_contracts')
      .selectAll()
      .where('id', '=', contractId)
      .forUpdate()
      .executeTakeFirst()
    if (!contract) throw contractNotFound(contractId)
    const party = isParty(contract, actor.id)
    if (!party && !actor.administrator) throw contractNotFound(contractId)
    const held = await trx
      .selectFrom('marketplace_milestones')
      .select('id')
      .where('contract_id', '=', contractId)
      .where('status', 'in', [...ESCROWED])
      .executeTakeFirst()
    if (held) {
      throw new DomainError(
        'conflict',
        'contract_has_escrow',
        'a contract with money in escrow cannot end: release, refund or resolve its milestones first',
      )
    }
    const now = ctx.now()
    const end = async (reason: ContractEndReason) => {
      await trx
        .updateTable('marketplace_contracts')
        .set({
          status: nextStatus('contract', CONTRACT_MOVES, contract.status, 'end'),
          end_reason: reason,
          ended_at: now,
          end_requested_by: null,
        })
        .where('id', '=', contractId)
        .execute()
      for (const userId of [contract.client_id, contract.freelancer_id]) {
        if (userId !== actor.id) {
          await notify(trx, now, userId, 'hire', 'A contract has ended', `/contracts/${contractId}`)
        }
      }
      return { ended: true as const, reason }
    }
    if (!party) return end('administrator')
    if (contract.status === 'pending_funding') return end('cancelled')
    nextStatus('contract', CONTRACT_MOVES, contract.status, 'end')
    const other = actor.id === contract.client_id ? contract.freelancer_id : contract.client_id
    if (contract.end_requested_by === other) return end('mutual')
    await trx
      .updateTable('marketplace_contracts')
      .set({ end_requested_by: actor.id })
      .where('id', '=', contractId)
      .execute()
    await notify(trx, now, other, 'hire', 'Asked to end a contract', `/contracts/${contractId}`)
    return {
      ended: false as const,
      waitingFor: other === contract.client_id ? ('client' as const) : ('freelancer' as const),
    }
  })
}
