import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  call,
  certify,
  type MarketHarness,
  type Member,
  member,
  openMarket,
} from '../marketplace/support.js'
import { engine } from '../support/database.js'

describe(`the marketplace cycle on ${engine}`, () => {
  let h: MarketHarness
  let client: Member
  let certified: Member
  let uncertified: Member
  let stranger: Member
  let admin: Member

  beforeAll(async () => {
    h = await openMarket()
    client = await member(h, 'client')
    certified = await member(h, 'certified')
    uncertified = await member(h, 'uncertified')
    stranger = await member(h, 'stranger')
    admin = await member(h, 'admin', 'administrator')
    await certify(h.t.database.db, certified.id, 'javascript')
    await certify(h.t.database.db, uncertified.id, 'javascript', new Date(), new Date())
  })
  afterAll(() => h.close())

  it('posts, gates, applies, interviews, hires, funds, submits, approves, releases and pays out', async () => {
    const job = await call(h, client, 'POST', '/jobs', {
      title: 'Fix a Node.js memory leak',
      description: 'Our API server grows by 50 MB an hour; find and fix the leak.',
      category: 'Technology & IT',
      skills: ['node.js'],
      requiredTests: ['javascript'],
      kind: 'fixed',
      budgetCents: 50_000,
    })
    expect(job.status).toBe(201)
    const jobId = job.body.job.id

    const refused = await call(h, uncertified, 'POST', `/jobs/${jobId}/proposals`, {
      coverLetter: 'I can do this.',
      bidCents: 40_000,
    })
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('required_certification_missing')
    expect(refused.body.error.message).toContain('javascript')

    const applied = await call(h, certified, 'POST', `/jobs/${jobId}/proposals`, {
      coverLetter: 'I have found leaks like this before.',
      bidCents: 45_000,
    })
    expect(applied.status).toBe(201)
    const proposal = applied.body.proposal
    expect(proposal.snapshot.certifications).toMatchObject([
      { testId: 'javascript', status: 'active', scoreBand: '80–89' },
    ])
    const twice = await call(h, certified, 'POST', `/jobs/${jobId}/proposals`, {
      coverLetter: 'Again.',
      bidCents: 45_000,
    })
    expect([twice.status, twice.body.error.code]).toEqual([409, 'already_applied'])

    const byFreelancer = await call(h, certified, 'POST', `/proposals/${proposal.id}/shortlist`)
    expect(byFreelancer.status).toBe(403)
    expect((await call(h, client, 'POST', `/proposals/${proposal.id}/shortlist`)).status).toBe(200)
    const past = await call(h, client, 'POST', `/proposals/${proposal.id}/messages`, {
      body: 'Can we talk last March?',
      slots: ['2020-03-03T10:00:00Z'],
    })
    expect([past.status, past.body.error.code]).toEqual([422, 'slot_in_past'])
    const sent = await call(h, client, 'POST', `/proposals/${proposal.id}/messages`, {
      body: 'Can we talk on Tuesday?',
      slots: ['2099-03-03T12:00:00+02:00', '2099-03-03T10:00:00Z', '2099-03-03T10:00:00.000Z'],
    })
    expect(sent.status).toBe(201)
    // Proposed times come back once each, in time order, as UTC instants.
    expect(sent.body.message.slots).toEqual(['2099-03-03T10:00:00.000Z'])
    await call(h, certified, 'POST', `/proposals/${proposal.id}/messages`, { body: 'Yes.' })
    const newer = await call(
      h,
      client,
      'GET',
      `/proposals/${proposal.id}/messages?after=${sent.body.message.id}`,
    )
    expect(newer.body.messages.map((m: { body: string }) => m.body)).toEqual(['Yes.'])
    expect((await call(h, stranger, 'GET', `/proposals/${proposal.id}/messages`)).status).toBe(404)

    await call(h, client, 'POST', `/proposals/${proposal.id}/offer`, {
      milestones: [{ title: 'Find and fix the leak', amountCents: 45_005 }],
    })
    const accepted = await call(h, certified, 'POST', `/proposals/${proposal.id}/accept`)
    expect(accepted.status).toBe(200)
    const contractId = accepted.body.contractId
    expect((await call(h, uncertified, 'GET', `/jobs/${jobId}`)).body.job.status).toBe('filled')
    const contract = await call(h, client, 'GET', `/contracts/${contractId}`)
    const milestoneId = contract.body.contract.milestones[0].id

    const early = await call(h, client, 'POST', `/milestones/${milestoneId}/release`, {}, 'r-0')
    expect([early.status, early.body.error.code]).toEqual([409, 'milestone_release_not_allowed'])
    const foreign = await call(h, stranger, 'POST', `/milestones/${milestoneId}/fund`, {}, 's-1')
    expect([foreign.status, foreign.body.error.code]).toEqual([403, 'not_your_contract'])
    const noKey = await call(h, client, 'POST', `/milestones/${milestoneId}/fund`, {})
    expect([noKey.status, noKey.body.error.code]).toEqual([400, 'idempotency_key_required'])

    const funded = await call(h, client, 'POST', `/milestones/${milestoneId}/fund`, {}, 'f-1')
    expect(funded.status).toBe(200)
    expect(funded.body.milestone.status).toBe('funded')
    const replay = await call(h, client, 'POST', `/milestones/${milestoneId}/fund`, {}, 'f-1')
    expect(replay.status).toBe(200)
    expect(replay.body).toEqual(funded.body)
    expect(replay.headers['idempotent-replayed']).toBe('true')
    const otherBody = await call(
      h,
      client,
      'POST',
      `/milestones/${milestoneId}/fund`,
      { extra: 1 },
      'f-1',
    )
    expect([otherBody.status, otherBody.body.error.code]).toEqual([422, 'idempotency_key_reused'])
    const again = await call(h, client, 'POST', `/milestones/${milestoneId}/fund`, {}, 'f-2')
    expect([again.status, again.body.error.code]).toEqual([409, 'milestone_fund_not_allowed'])
    expect(again.body.error.message).toContain('a milestone is funded once')

    const escrow = await call(h, certified, 'GET', `/contracts/${contractId}`)
    expect(escrow.body.contract).toMatchObject({ status: 'active', escrowCents: 45_005 })

    expect(
      (await call(h, certified, 'POST', `/milestones/${milestoneId}/submit`, { note: 'PR #12' }))
        .body.milestone.status,
    ).toBe('submitted')
    expect(
      (await call(h, client, 'POST', `/milestones/${milestoneId}/request-changes`, {})).body
        .milestone.status,
    ).toBe('changes_requested')
    await call(h, certified, 'POST', `/milestones/${milestoneId}/submit`, {})
    const selfApproval = await call(h, certified, 'POST', `/milestones/${milestoneId}/approve`, {})
    expect([selfApproval.status, selfApproval.body.error.code]).toEqual([
      403,
      'milestone_approve_by_freelancer',
    ])
    await call(h, client, 'POST', `/milestones/${milestoneId}/approve`, {})
    const released = await call(h, client, 'POST', `/milestones/${milestoneId}/release`, {}, 'r-1')
    expect(released.body.milestone.status).toBe('released')

    // 10 % of 45,005 is 4,500.5, rounded half up to 4,501.
    const balances = await call(h, certified, 'GET', '/me/balances')
    expect(balances.body.balances.payableCents).toBe(45_005 - 4_501)
    const ended = await call(h, client, 'GET', `/contracts/${contractId}`)
    expect(ended.body.contract).toMatchObject({
      status: 'ended',
      endReason: 'completed',
      escrowCents: 0,
    })

    const tooMuch = await call(h, certified, 'POST', '/me/payouts', { amountCents: 40_505 }, 'p-0')
    expect([tooMuch.status, tooMuch.body.error.code]).toEqual([409, 'insufficient_funds'])
    const paid = await call(h, certified, 'POST', '/me/payouts', { amountCents: 40_504 }, 'p-1')
    expect(paid.status).toBe(200)
    expect(paid.body.providerReference).toMatch(/^sandbox_payout_/)
    const after = await call(h, certified, 'GET', '/me/balances')
    expect(after.body.balances).toMatchObject({ payableCents: 0, paidOutCents: 40_504 })

    const check = await call(h, admin, 'GET', '/ledger/check')
    expect(check.body).toMatchObject({ imbalanced: 0, balance_mismatches: 0, transactions: 3 })
  })

  it('lets only the client see and manage a job’s applicants', async () => {
    const job = await call(h, client, 'POST', '/jobs', {
      title: 'Write release notes',
      description: 'Release notes for version 2.',
      category: 'Writing & Translation',
      kind: 'fixed',
      budgetCents: 10_000,
    })
    const list = await call(h, stranger, 'GET', `/jobs/${job.body.job.id}/proposals`)
    expect([list.status, list.body.error.code]).toEqual([403, 'not_your_job'])
    const own = await call(h, client, 'POST', `/jobs/${job.body.job.id}/proposals`, {
      coverLetter: 'Me.',
      bidCents: 1,
    })
    expect([own.status, own.body.error.code]).toEqual([403, 'own_job'])
    const closed = await call(h, client, 'POST', `/jobs/${job.body.job.id}/close`)
    expect(closed.body.job.status).toBe('closed')
    const late = await call(h, certified, 'POST', `/jobs/${job.body.job.id}/proposals`, {
      coverLetter: 'Late.',
      bidCents: 5_000,
    })
    expect([late.status, late.body.error.code]).toEqual([409, 'job_not_open'])
  })
})
