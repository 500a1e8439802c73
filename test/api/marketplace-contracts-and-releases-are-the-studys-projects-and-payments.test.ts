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

describe(`the study's records over the marketplace on ${engine}`, () => {
  let h: MarketHarness
  let client: Member
  let freelancer: Member

  beforeAll(async () => {
    h = await openMarket()
    client = await member(h, 'client')
    freelancer = await member(h, 'freelancer')
  })
  afterAll(() => h.close())

  it('shows a funded contract as a project and each release as a payment, net of the fee', async () => {
    const { contractId, milestoneIds } = await hiredContract(h, client, freelancer, [
      { title: 'One', amountCents: 12_345 },
      { title: 'Two', amountCents: 10_000 },
    ])
    const db = h.t.database.db
    expect(await db.selectFrom('study_projects').selectAll().execute()).toEqual([])
    for (const id of milestoneIds) {
      await call(h, client, 'POST', `/milestones/${id}/fund`, {}, `f-${id}`)
      await call(h, freelancer, 'POST', `/milestones/${id}/submit`, {})
      await call(h, client, 'POST', `/milestones/${id}/approve`, {})
    }
    await call(h, client, 'POST', `/milestones/${milestoneIds[0]}/release`, {}, 'r-1')
    const open = await db.selectFrom('study_projects').selectAll().execute()
    // Every milestone approved: the work is complete, though one release is still to come.
    expect(open).toMatchObject([
      {
        project_id: contractId,
        worker_id: freelancer.id,
        employer_id: client.id,
        completed_at: h.clock.now,
        rating: null,
      },
    ])
    expect(Number(open[0]!.value_usd)).toBe(223.45)

    await call(h, client, 'POST', `/milestones/${milestoneIds[1]}/release`, {}, 'r-2')
    await call(h, client, 'POST', `/contracts/${contractId}/reviews`, { rating: 4, body: 'Good' })
    const [project] = await db.selectFrom('study_projects').selectAll().execute()
    expect(project!.completed_at).not.toBeNull()
    expect(project!.rating).toBe(4)
    const payments = await db
      .selectFrom('study_payments')
      .selectAll()
      .orderBy('paid_at')
      .orderBy('amount_usd')
      .execute()
    // 12,345 less a 1,235 fee (1,234.5 rounded half up), then 10,000 less 1,000.
    expect(payments.map((p) => [p.project_id, p.worker_id, Number(p.amount_usd)]).sort()).toEqual(
      [
        [contractId, freelancer.id, 111.1],
        [contractId, freelancer.id, 90],
      ].sort(),
    )
  })
})
