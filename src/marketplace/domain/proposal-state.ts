import type { ProposalStatus } from '../tables.js'
import type { Machine } from './transition.js'

export type ProposalAction = 'shortlist' | 'interview' | 'offer' | 'accept' | 'withdraw' | 'decline'

/** submitted → shortlisted → interviewing → offered → hired, or withdrawn / declined. */
export const PROPOSAL_MOVES: Machine<ProposalStatus, ProposalAction> = {
  shortlist: {
    from: ['submitted'],
    to: 'shortlisted',
    rule: 'only a submitted proposal can be shortlisted',
  },
  interview: {
    from: ['shortlisted'],
    to: 'interviewing',
    rule: 'an interview starts from a shortlisted proposal',
  },
  offer: {
    from: ['shortlisted', 'interviewing'],
    to: 'offered',
    rule: 'an offer goes to a shortlisted or interviewed applicant',
  },
  accept: { from: ['offered'], to: 'hired', rule: 'only an offered proposal can be accepted' },
  withdraw: {
    from: ['submitted', 'shortlisted', 'interviewing', 'offered'],
    to: 'withdrawn',
    rule: 'a proposal can be withdrawn until it is hired, declined or withdrawn',
  },
  decline: {
    from: ['submitted', 'shortlisted', 'interviewing', 'offered'],
    to: 'declined',
    rule: 'a proposal can be declined until it is hired, declined or withdrawn',
  },
}

/** A thread stays open while the application is alive. */
export const MESSAGING_STATUSES: readonly ProposalStatus[] = [
  'shortlisted',
  'interviewing',
  'offered',
  'hired',
]
