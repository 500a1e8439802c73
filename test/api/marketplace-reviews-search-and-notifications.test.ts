import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REVIEW_WINDOW_DAYS } from '../../src/marketplace/index.js'
import {
  call,
  certify,
  hiredContract,
  type MarketHarness,
  type Member,
  member,
  openMarket,
} from '../marketplace/support.js'
import { engine } from '../support/database.js'

const DAY = 86_400_000

describe(`reviews, search and notifications on ${engine}`, () => {
  let h: MarketHarness
  let client: Member
  let freelancer: Member
  let stranger: Member

  beforeAll(async () => {
    h = await openMarket()
    client = await member(h, 'client')
    freelancer = await member(h, 'freelancer')
    stranger = await member(h, 'stranger')
  })
  afterAll(() => h.close())

  async function completed(amountCents: number): Promise<string> {
    const { contractId, milestoneIds } = await hiredContract(h, client, freelancer, [
      { title: 'Work', amountCents },
    ])
    const id = milestoneIds[0]!
    const review = await call(h, client, 'POST', `/contracts/${contractId}/reviews`, {
      rating: 5,
      body: 'Too early',
    })
    expect([review.status, review.body.error.code]).toEqual([409, 'review_before_contract_ends'])
    await call(h, client, 'POST', `/milestones/${id}/fund`, {}, `fund-${id}`)
    await call(h, freelancer, 'POST', `/milestones/${id}/submit`, {})
    await call(h, client, 'POST', `/milestones/${id}/approve`, {})
    await call(h, client, 'POST', `/milestones/${id}/release`, {}, `release-${id}`)
    return contractId
  }

  it('keeps reviews blind until both are in, then rates the freelancer by client reviews', async () => {
    const contractId = await completed(10_000)
    const first = await call(h, client, 'POST', `/contracts/${contractId}/reviews`, {
      rating: 4,
      body: 'Solid work',
    })
    expect(first.status).toBe(201)
    expect((await call(h, null, 'GET', `/profiles/${freelancer.id}/reviews`)).body.reviews).toEqual(
      [],
    )
    expect(
      (await call(h, null, 'GET', `/profiles/${freelancer.id}`)).body.profile.record.rating,
    ).toBe(null)
    const twice = await call(h, client, 'POST', `/contracts/${contractId}/reviews`, {
      rating: 1,
      body: 'Changed my mind',
    })
    expect([twice.status, twice.body.error.code]).toEqual([409, 'already_reviewed'])
    const foreign = await call(h, stranger, 'POST', `/contracts/${contractId}/reviews`, {
      rating: 1,
      body: 'Who?',
    })
    expect([foreign.status, foreign.body.error.code]).toEqual([403, 'not_your_contract'])
    await call(h, freelancer, 'POST', `/contracts/${contractId}/reviews`, {
      rating: 5,
      body: 'Clear brief, paid on time',
    })
    const published = await call(h, null, 'GET', `/profiles/${freelancer.id}/reviews`)
    expect(published.body.reviews).toMatchObject([{ rating: 4, authorSide: 'client' }])
    const profile = await call(h, null, 'GET', `/profiles/${freelancer.id}`)
    expect(profile.body.profile.record).toMatchObject({
      rating: 4,
      reviews: 1,
      completedContracts: 1,
    })
  })

  it('publishes a lone review once the window has passed, and refuses reviews after it', async () => {
    expect(REVIEW_WINDOW_DAYS).toBe(14)
    const contractId = await completed(3_000)
    await call(h, client, 'POST', `/contracts/${contractId}/reviews`, { rating: 2, body: 'Late' })
    expect(
      (await call(h, null, 'GET', `/profiles/${freelancer.id}`)).body.profile.record.rating,
    ).toBe(4)
    h.clock.now = new Date(h.clock.now.getTime() + 14 * DAY + 1000)
    expect(
      (await call(h, null, 'GET', `/profiles/${freelancer.id}`)).body.profile.record.rating,
    ).toBe(3)
    const late = await call(h, freelancer, 'POST', `/contracts/${contractId}/reviews`, {
      rating: 5,
      body: 'Finally',
    })
    expect([late.status, late.body.error.code]).toEqual([409, 'review_window_closed'])
  })

  it('tells each side what happened, counts unread, and marks them read', async () => {
    const inbox = await call(h, freelancer, 'GET', '/me/notifications')
    const kinds = new Set(inbox.body.notifications.map((n: { kind: string }) => n.kind))
    for (const kind of ['offer', 'funding', 'approval', 'release', 'review']) {
      expect(kinds).toContain(kind)
    }
    expect(inbox.body.unread).toBe(inbox.body.notifications.length)
    const clientInbox = await call(h, client, 'GET', '/me/notifications')
    const clientKinds = new Set(clientInbox.body.notifications.map((n: { kind: string }) => n.kind))
    for (const kind of ['proposal', 'hire', 'submission', 'review'])
      expect(clientKinds).toContain(kind)
    const marked = await call(h, freelancer, 'POST', '/me/notifications/read', {})
    expect(marked.body.marked).toBe(inbox.body.unread)
    expect((await call(h, freelancer, 'GET', '/me/notifications')).body.unread).toBe(0)
  })

  it('finds jobs by text, category, skill and budget, and freelancers by certification', async () => {
    const post = (
      title: string,
      description: string,
      category: string,
      skills: string[],
      budgetCents: number,
    ) =>
      call(h, client, 'POST', '/jobs', {
        title,
        description,
        category,
        skills,
        kind: 'fixed',
        budgetCents,
      })
    await post(
      'Translate a manual',
      'German to English, forty pages',
      'Writing & Translation',
      ['german'],
      80_000,
    )
    await post(
      'Fix memory leaks',
      'Our Node servers are leaking memory',
      'Technology & IT',
      ['node.js'],
      150_000,
    )
    await post('Logo design', 'A logo for a bakery', 'Design & Creative', ['illustrator'], 30_000)
    const titles = async (query: string) =>
      (await call(h, null, 'GET', `/jobs?${query}`)).body.jobs.map(
        (j: { title: string }) => j.title,
      )
    expect(await titles('q=leaking')).toEqual(['Fix memory leaks'])
    expect(await titles('q=translation%20manual')).toEqual(['Translate a manual'])
    expect(await titles('category=Design%20%26%20Creative')).toEqual(['Logo design'])
    expect(await titles('skill=german')).toEqual(['Translate a manual'])
    expect(await titles('minBudgetCents=100000&maxBudgetCents=200000')).toEqual([
      'Fix memory leaks',
    ])
    const paged = await call(h, null, 'GET', '/jobs?pageSize=2&page=1')
    expect(paged.body.jobs).toHaveLength(2)
    expect(paged.body.total).toBe(3)

    await call(h, freelancer, 'PUT', '/me/profile', { headline: 'Node.js', skills: ['node.js'] })
    await call(h, stranger, 'PUT', '/me/profile', { headline: 'Also Node.js', skills: ['node.js'] })
    await certify(h.t.database.db, stranger.id, 'javascript', h.clock.now)
    const bySkill = await call(h, null, 'GET', '/freelancers?skill=node.js')
    expect(bySkill.body.total).toBe(2)
    const certified = await call(h, null, 'GET', '/freelancers?skill=node.js&testId=javascript')
    expect(certified.body.freelancers.map((f: { userId: string }) => f.userId)).toEqual([
      stranger.id,
    ])
    const rated = await call(h, null, 'GET', '/freelancers?minRating=3')
    expect(rated.body.freelancers.map((f: { userId: string }) => f.userId)).toEqual([freelancer.id])
  })
})
