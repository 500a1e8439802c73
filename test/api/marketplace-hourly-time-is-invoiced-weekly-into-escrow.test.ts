import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chargeFor, weekStart } from '../../src/marketplace/index.js'
import {
  call,
  type MarketHarness,
  type Member,
  member,
  openMarket,
} from '../marketplace/support.js'
import { engine } from '../support/database.js'

const DAY = 86_400_000

describe(`hourly contracts on ${engine}`, () => {
  let h: MarketHarness
  let client: Member
  let freelancer: Member
  let admin: Member
  let contractId = ''

  beforeAll(async () => {
    h = await openMarket()
    // A Wednesday: the week began on Monday 2026-03-02.
    h.clock.now = new Date('2026-03-04T12:00:00Z')
    client = await member(h, 'client')
    freelancer = await member(h, 'freelancer')
    admin = await member(h, 'admin', 'administrator')
    const job = await call(h, client, 'POST', '/jobs', {
      title: 'Support our support team',
      description: 'Answer tickets, a few hours a week',
      category: 'Virtual Assistant',
      kind: 'hourly',
      budgetCents: 200_000,
    })
    const proposal = await call(h, freelancer, 'POST', `/jobs/${job.body.job.id}/proposals`, {
      coverLetter: 'Happy to help',
      bidCents: 6_000,
    })
    const id = proposal.body.proposal.id
    await call(h, client, 'POST', `/proposals/${id}/shortlist`)
    const fixedOffer = await call(h, client, 'POST', `/proposals/${id}/offer`, {
      milestones: [{ title: 'All', amountCents: 10_000 }],
    })
    expect([fixedOffer.status, fixedOffer.body.error.code]).toEqual([
      422,
      'offer_hourly_needs_rate',
    ])
    await call(h, client, 'POST', `/proposals/${id}/offer`, { hourlyRateCents: 6_000 })
    contractId = (await call(h, freelancer, 'POST', `/proposals/${id}/accept`)).body.contractId
  })
  afterAll(() => h.close())

  it('names weeks from Monday and charges minutes at the rate, rounded half up', () => {
    expect(weekStart(new Date('2026-03-04T12:00:00Z'))).toBe('2026-03-02')
    expect(weekStart(new Date('2026-03-08T23:59:59Z'))).toBe('2026-03-02')
    expect(weekStart(new Date('2026-03-09T00:00:00Z'))).toBe('2026-03-09')
    expect(chargeFor(90, 6_000)).toBe(9_000)
    expect(chargeFor(1, 6_001)).toBe(100)
  })

  it('logs time, invoices a finished week into escrow, and pays it on approval', async () => {
    const log = (workDate: string, minutes: number, who = freelancer) =>
      call(h, who, 'POST', `/contracts/${contractId}/time-logs`, {
        workDate,
        minutes,
        note: 'Tickets',
      })
    expect((await log('2026-03-02', 90)).status).toBe(201)
    expect((await log('2026-03-04', 150)).status).toBe(201)
    const future = await log('2026-03-05', 60)
    expect([future.status, future.body.error.code]).toEqual([422, 'time_in_the_future'])
    const byClient = await log('2026-03-03', 60, client)
    expect([byClient.status, byClient.body.error.code]).toEqual([403, 'time_logged_by_client'])

    const during = await call(h, admin, 'POST', '/marketplace/scheduled-work')
    expect(during.body.invoiced).toBe(0)
    h.clock.now = new Date('2026-03-09T08:00:00Z')
    expect((await log('2026-03-09', 30)).status).toBe(201)
    expect((await call(h, admin, 'POST', '/marketplace/scheduled-work')).body.invoiced).toBe(1)
    expect((await call(h, admin, 'POST', '/marketplace/scheduled-work')).body.invoiced).toBe(0)

    const contract = (await call(h, client, 'GET', `/contracts/${contractId}`)).body.contract
    expect(contract).toMatchObject({
      status: 'active',
      hourlyRateCents: 6_000,
      escrowCents: 24_000,
    })
    expect(contract.milestones).toMatchObject([
      { title: 'Week of 2026-03-02: 4 h 0 min', amountCents: 24_000, status: 'submitted' },
    ])
    const logs = (await call(h, freelancer, 'GET', `/contracts/${contractId}/time-logs`)).body
      .timeLogs
    expect(
      logs.map((l: { workDate: string; invoiceMilestoneId: string | null }) => [
        l.workDate,
        l.invoiceMilestoneId !== null,
      ]),
    ).toEqual([
      ['2026-03-09', false],
      ['2026-03-04', true],
      ['2026-03-02', true],
    ])

    const milestoneId = contract.milestones[0].id
    await call(h, client, 'POST', `/milestones/${milestoneId}/approve`, {})
    await call(h, client, 'POST', `/milestones/${milestoneId}/release`, {}, 'week-1')
    const after = (await call(h, client, 'GET', `/contracts/${contractId}`)).body.contract
    expect(after).toMatchObject({ status: 'active', escrowCents: 0 })
    expect((await call(h, freelancer, 'GET', '/me/balances')).body.balances.payableCents).toBe(
      21_600,
    )

    // The next week is invoiced and, left unanswered for 14 days, approved and released.
    h.clock.now = new Date(h.clock.now.getTime() + 7 * DAY)
    expect((await call(h, admin, 'POST', '/marketplace/scheduled-work')).body.invoiced).toBe(1)
    h.clock.now = new Date(h.clock.now.getTime() + 14 * DAY)
    expect((await call(h, admin, 'POST', '/marketplace/scheduled-work')).body.autoApproved).toBe(1)
    expect((await call(h, freelancer, 'GET', '/me/balances')).body.balances.payableCents).toBe(
      21_600 + 2_700,
    )
    const check = await call(h, admin, 'GET', '/ledger/check')
    expect(check.body).toMatchObject({ imbalanced: 0, balance_mismatches: 0 })
  })

  it('refuses time on a fixed-price contract', async () => {
    const job = await call(h, client, 'POST', '/jobs', {
      title: 'A logo',
      description: 'One logo',
      category: 'Design & Creative',
      kind: 'fixed',
      budgetCents: 30_000,
    })
    const p = await call(h, freelancer, 'POST', `/jobs/${job.body.job.id}/proposals`, {
      coverLetter: 'Me',
      bidCents: 30_000,
    })
    await call(h, client, 'POST', `/proposals/${p.body.proposal.id}/shortlist`)
    const hourlyOffer = await call(h, client, 'POST', `/proposals/${p.body.proposal.id}/offer`, {
      hourlyRateCents: 5_000,
    })
    expect([hourlyOffer.status, hourlyOffer.body.error.code]).toEqual([
      422,
      'offer_fixed_needs_milestones',
    ])
    await call(h, client, 'POST', `/proposals/${p.body.proposal.id}/offer`, {
      milestones: [{ title: 'Logo', amountCents: 30_000 }],
    })
    const fixed = (await call(h, freelancer, 'POST', `/proposals/${p.body.proposal.id}/accept`))
      .body.contractId
    const refused = await call(h, freelancer, 'POST', `/contracts/${fixed}/time-logs`, {
      workDate: '2026-03-01',
      minutes: 60,
    })
    expect([refused.status, refused.body.error.code]).toEqual([409, 'contract_not_hourly'])
  })
})
