import { describe, expect, it } from 'vitest'
import {
  JOB_MOVES,
  MILESTONE_MOVES,
  nextStatus,
  PROPOSAL_MOVES,
} from '../../src/marketplace/index.js'
import { DomainError } from '../../src/shared/index.js'

function refusal(run: () => unknown): DomainError {
  try {
    run()
  } catch (error) {
    if (error instanceof DomainError) return error
    throw error
  }
  throw new Error('the move was allowed')
}

describe('marketplace state machines', () => {
  it('walk a milestone through submit ⇄ request changes to release', () => {
    let status = nextStatus('milestone', MILESTONE_MOVES, 'proposed', 'fund')
    status = nextStatus('milestone', MILESTONE_MOVES, status, 'submit')
    status = nextStatus('milestone', MILESTONE_MOVES, status, 'request_changes')
    status = nextStatus('milestone', MILESTONE_MOVES, status, 'submit')
    status = nextStatus('milestone', MILESTONE_MOVES, status, 'approve')
    expect(nextStatus('milestone', MILESTONE_MOVES, status, 'release')).toBe('released')
  })

  it('refuse releasing an unfunded milestone with a 409 that names the rule', () => {
    const error = refusal(() => nextStatus('milestone', MILESTONE_MOVES, 'proposed', 'release'))
    expect({ kind: error.kind, code: error.code, message: error.message }).toMatchInlineSnapshot(`
      {
        "code": "milestone_release_not_allowed",
        "kind": "conflict",
        "message": "cannot release a milestone that is proposed: money is released only from a funded milestone whose work was approved",
      }
    `)
  })

  it('refuse funding twice, refunding a disputed milestone, reopening a filled job, offering to a withdrawn proposal', () => {
    expect(refusal(() => nextStatus('milestone', MILESTONE_MOVES, 'funded', 'fund')).code).toBe(
      'milestone_fund_not_allowed',
    )
    expect(refusal(() => nextStatus('milestone', MILESTONE_MOVES, 'disputed', 'refund')).code).toBe(
      'milestone_refund_not_allowed',
    )
    expect(refusal(() => nextStatus('job', JOB_MOVES, 'filled', 'open')).code).toBe(
      'job_open_not_allowed',
    )
    expect(refusal(() => nextStatus('proposal', PROPOSAL_MOVES, 'withdrawn', 'offer')).code).toBe(
      'proposal_offer_not_allowed',
    )
  })
})
