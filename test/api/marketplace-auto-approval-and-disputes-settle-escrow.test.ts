import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AUTO_APPROVE_DAYS } from '../../src/marketplace/index.js'
import {
  call,
  hiredContract,
  type MarketHarness,
  type Member,
  member,
  openMarket,
} from '../marketplace/support.js'
import { engine } from '../support/database.js'

const DAY = 86_400_000

describe(`auto-approval, refunds and disputes on ${engine}`, () => {
  let h: MarketHarness
  let client: Member
  let freelancer: Member
  let admin: Member

  beforeAll(async () => {
    h = await openMarket()
    client = await member(h, 'client')
    freelancer = await member(h, 'freelancer')
    admin = await member(h, 'admin', 'administrator')
  })
  afterAll(() => h.close())

  it('approves and releases submitted work after 14 days of silence, not a minute before', async () => {
    expect(AUTO_APPROVE_DAYS).toBe(14)
    const { contractId, milestoneIds } = await hiredContract(h, client, freelancer, [
      { title: 'Design', amountCents: 20_000 },
    ])
    const [id] = milestoneIds as [string]
    await call(h, client, 'POST', `/milestones/${id}/fund`, {}, 'auto-fund')
    await call(h, freelancer, 'POST', `/milestones/${id}/submit`, {})
    const submittedAt = h.clock.now.getTime()

    h.clock.now = new Date(submittedAt + 14 * DAY - 60_000)
    expect((await call(h, admin, 'POST', '/marketplace/scheduled-work')).body).toMatchObject({
      autoApproved: 0,
    })
    h.clock.now = new Date(submittedAt + 14 * DAY)
    expect((await call(h, admin, 'POST', '/marketplace/scheduled-work')).body).toMatchObject({
      autoApproved: 1,
    })
    expect((await call(h, admin, 'POST', '/marketplace/scheduled-work')).body).toMatchObject({
      autoApproved: 0,
    })
    const milestone = (await call(h, freelancer, 'GET', `/contracts/${contractId}`)).body.contract
      .milestones[0]
    expect(milestone).toMatchObject({ status: 'released', approvedBy: 'automatic' })
    const balances = await call(h, freelancer, 'GET', '/me/balances')
    expect(balances.body.balances.payableCents).toBe(18_000)
  })

  it('refunds: the client before submission, not after; the freelancer any time before release', async () => {
    const { contractId, milestoneIds } = await hiredContract(h, client, freelancer, [
      { title: 'One', amountCents: 5_000 },
      { title: 'Two', amountCents: 7_000 },
    ])
    const [one, two] = milestoneIds as [string, string]
    await call(h, client, 'POST', `/milestones/${one}/fund`, {}, 'rf-1')
    await call(h, client, 'POST', `/milestones/${two}/fund`, {}, 'rf-2')
    const back = await call(h, client, 'POST', `/milestones/${one}/refund`, {}, 'rf-3')
    expect(back.body.milestone.status).toBe('refunded')
    await call(h, freelancer, 'POST', `/milestones/${two}/submit`, {})
    const late = await call(h, client, 'POST', `/milestones/${two}/refund`, {}, 'rf-4')
    expect([late.status, late.body.error.code]).toEqual([409, 'milestone_refund_after_submission'])
    const byFreelancer = await call(h, freelancer, 'POST', `/milestones/${two}/refund`, {}, 'rf-5')
    expect(byFreelancer.body.milestone.status).toBe('refunded')
    const contract = await call(h, client, 'GET', `/contracts/${contractId}`)
    expect(contract.body.contract).toMatchObject({ escrowCents: 0, status: 'ended' })
  })

  it('lets an administrator resolve a dispute by a split, and nobody else', async () => {
    const { contractId, milestoneIds } = await hiredContract(h, client, freelancer, [
      { title: 'Disputed', amountCents: 10_000 },
    ])
    const [id] = milestoneIds as [string]
    await call(h, client, 'POST', `/milestones/${id}/fund`, {}, 'd-1')
    await call(h, freelancer, 'POST', `/milestones/${id}/submit`, {})
    const disputed = await call(h, client, 'POST', `/milestones/${id}/dispute`, {
      note: 'Half of it is missing',
    })
    expect(disputed.body.milestone.status).toBe('disputed')
    const release = await call(h, client, 'POST', `/milestones/${id}/release`, {}, 'd-2')
    expect([release.status, release.body.error.code]).toEqual([
      409,
      'milestone_release_not_allowed',
    ])
    const byClient = await call(
      h,
      client,
      'POST',
      `/milestones/${id}/resolution`,
      { releaseCents: 10_000 },
      'd-3',
    )
    expect(byClient.status).toBe(403)
    const tooMuch = await call(
      h,
      admin,
      'POST',
      `/milestones/${id}/resolution`,
      { releaseCents: 10_001 },
      'd-4',
    )
    expect([tooMuch.status, tooMuch.body.error.code]).toEqual([422, 'resolution_exceeds_escrow'])
    const before = (await call(h, freelancer, 'GET', '/me/balances')).body.balances.payableCents
    const split = await call(
      h,
      admin,
      'POST',
      `/milestones/${id}/resolution`,
      { releaseCents: 6_000 },
      'd-5',
    )
    expect(split.body.milestone).toMatchObject({ status: 'resolved' })
    const after = (await call(h, freelancer, 'GET', '/me/balances')).body.balances.payableCents
    expect(after - before).toBe(5_400)
    const contract = await call(h, admin, 'GET', `/contracts/${contractId}`)
    expect(contract.body.contract.escrowCents).toBe(0)
    const check = await call(h, admin, 'GET', '/ledger/check')
    expect(check.body).toMatchObject({ imbalanced: 0, balance_mismatches: 0 })
  })
})
