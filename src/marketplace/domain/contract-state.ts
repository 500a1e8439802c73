import type { ContractStatus } from '../tables.js'
import type { Machine } from './transition.js'

export type ContractAction = 'activate' | 'end'

/** pending funding → active → ended (completed, cancelled, by agreement, by an administrator). */
export const CONTRACT_MOVES: Machine<ContractStatus, ContractAction> = {
  activate: {
    from: ['pending_funding'],
    to: 'active',
    rule: 'a contract becomes active when its first milestone is funded',
  },
  end: {
    from: ['pending_funding', 'active'],
    to: 'ended',
    rule: 'a contract ends once',
  },
}
