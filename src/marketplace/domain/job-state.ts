import type { JobStatus } from '../tables.js'
import type { Machine } from './transition.js'

export type JobAction = 'open' | 'close' | 'fill' | 'cancel'

/** draft → open → closed / filled / cancelled. */
export const JOB_MOVES: Machine<JobStatus, JobAction> = {
  open: { from: ['draft'], to: 'open', rule: 'only a draft job can be opened' },
  close: { from: ['open'], to: 'closed', rule: 'only an open job can be closed' },
  fill: { from: ['open'], to: 'filled', rule: 'only an open job can be filled by a hire' },
  cancel: {
    from: ['draft', 'open'],
    to: 'cancelled',
    rule: 'a job can be cancelled only before it is closed or filled',
  },
}
