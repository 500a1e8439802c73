import type { MilestoneStatus } from '../tables.js'
import type { Machine } from './transition.js'

export type MilestoneAction =
  | 'fund'
  | 'submit'
  | 'request_changes'
  | 'approve'
  | 'release'
  | 'refund'
  | 'dispute'
  | 'resolve'

/** Money is in escrow in every one of these states, and nowhere else. */
export const ESCROWED: readonly MilestoneStatus[] = [
  'funded',
  'submitted',
  'changes_requested',
  'approved',
  'disputed',
]

/**
 * proposed → funded → submitted ⇄ changes requested → approved → released; or refunded; or
 * disputed → resolved (release, refund or split).
 */
export const MILESTONE_MOVES: Machine<MilestoneStatus, MilestoneAction> = {
  fund: { from: ['proposed'], to: 'funded', rule: 'a milestone is funded once, while proposed' },
  submit: {
    from: ['funded', 'changes_requested'],
    to: 'submitted',
    rule: 'work is submitted on a funded milestone or after changes were requested',
  },
  request_changes: {
    from: ['submitted'],
    to: 'changes_requested',
    rule: 'changes can be requested only on submitted work',
  },
  approve: { from: ['submitted'], to: 'approved', rule: 'only submitted work can be approved' },
  release: {
    from: ['approved'],
    to: 'released',
    rule: 'money is released only from a funded milestone whose work was approved',
  },
  refund: {
    from: ['funded', 'submitted', 'changes_requested', 'approved'],
    to: 'refunded',
    rule: 'only money in escrow, not disputed, can be refunded',
  },
  dispute: {
    from: ['funded', 'submitted', 'changes_requested', 'approved'],
    to: 'disputed',
    rule: 'only a milestone with money in escrow can be disputed',
  },
  resolve: {
    from: ['disputed'],
    to: 'resolved',
    rule: 'only a disputed milestone can be resolved',
  },
}
