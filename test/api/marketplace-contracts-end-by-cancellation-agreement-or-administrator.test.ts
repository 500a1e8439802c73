import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  call,
  hiredContract,
  type MarketHarness,
  type Member,
  member,
  openMarket,
} from '../marketplace/support.js'
import { engine } from '../support/database.js'

describe(`ending a contract early on ${engine}`, () => {
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

  const contractOf = async (id: string) =>
    (await call(h, admin, 'GET', `/contracts/${id}`)).body.contract

  it('lets either side cancel before any funding', async () => {
    const { contractId } = await hiredContract(h, client, freelancer, [
      { title: 'A', amountCents: 1_000 },
    ])
    const ended = await call(h, freelancer, 'POST', `/contracts/${contractId}/end`)
    expect(ended.body).toEqual({ ended: true, reason: 'cancelled' })
    expect(await contractOf(contractId)).toMatchObject({ status: 'ended', endReason: 'cancelled' })
    const again = await call(h, client, 'POST', `/contracts/${contractId}/end`)
    expect([again.status, again.body.error.code]).toEqual([409, 'contract_end_not_allowed'])
  })

  it('needs both sides once funded, and nothing left in escrow', async () => {
    const { contractId, milestoneIds } = await hiredContract(h, client, freelancer, [
      { title: 'A', amountCents: 1_000 },
      { title: 'B', amountCents: 2_000 },
    ])
    const [a] = milestoneIds as [string]
    await call(h, client, 'POST', `/milestones/${a}/fund`, {}, 'end-fund')
    const held = await call(h, client, 'POST', `/contracts/${contractId}/end`)
    expect([held.status, held.body.error.code]).toEqual([409, 'contract_has_escrow'])
    await call(h, client, 'POST', `/milestones/${a}/refund`, {}, 'end-refund')

    const asked = await call(h, client, 'POST', `/contracts/${contractId}/end`)
    expect(asked.body).toEqual({ ended: false, waitingFor: 'freelancer' })
    expect((await contractOf(contractId)).status).toBe('active')
    const agreed = await call(h, freelancer, 'POST', `/contracts/${contractId}/end`)
    expect(agreed.body).toEqual({ ended: true, reason: 'mutual' })
    expect(await contractOf(contractId)).toMatchObject({ status: 'ended', endReason: 'mutual' })
  })

  it('lets an administrator end a funded-then-settled contract alone', async () => {
    const { contractId, milestoneIds } = await hiredContract(h, client, freelancer, [
      { title: 'A', amountCents: 1_000 },
      { title: 'B', amountCents: 2_000 },
    ])
    await call(h, client, 'POST', `/milestones/${milestoneIds[0]}/fund`, {}, 'admin-fund')
    await call(h, freelancer, 'POST', `/milestones/${milestoneIds[0]}/refund`, {}, 'admin-refund')
    const ended = await call(h, admin, 'POST', `/contracts/${contractId}/end`)
    expect(ended.body).toEqual({ ended: true, reason: 'administrator' })
    const check = await call(h, admin, 'GET', '/ledger/check')
    expect(check.body).toMatchObject({ imbalanced: 0, balance_mismatches: 0 })
  })
})
