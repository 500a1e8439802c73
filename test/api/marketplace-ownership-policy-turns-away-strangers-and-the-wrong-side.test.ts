import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  call,
  type MarketHarness,
  type Member,
  member,
  openMarket,
} from '../marketplace/support.js'
import { engine } from '../support/database.js'

type Caller = 'client' | 'freelancer' | 'stranger' | 'administrator'

/**
 * Who may act on one job, proposal, contract and milestone: the owner half of the access policy
 * (the role half is the route table in access-policy-covers-every-route). Every caller outside
 * `may` must be turned away with 403 or 404 and change nothing.
 */
const OWNERSHIP: readonly { readonly operation: string; readonly may: readonly Caller[] }[] = [
  { operation: 'GET /jobs/{job}/proposals', may: ['client'] },
  { operation: 'POST /jobs/{job}/close', may: ['client'] },
  { operation: 'POST /jobs/{job}/cancel', may: ['client'] },
  { operation: 'GET /proposals/{proposal}', may: ['client', 'freelancer'] },
  { operation: 'POST /proposals/{proposal}/shortlist', may: ['client'] },
  { operation: 'POST /proposals/{proposal}/decline', may: ['client'] },
  { operation: 'POST /proposals/{proposal}/offer', may: ['client'] },
  { operation: 'POST /proposals/{proposal}/withdraw', may: ['freelancer'] },
  { operation: 'POST /proposals/{proposal}/accept', may: ['freelancer'] },
  { operation: 'GET /proposals/{proposal}/messages', may: ['client', 'freelancer'] },
  { operation: 'POST /proposals/{proposal}/messages', may: ['client', 'freelancer'] },
  { operation: 'GET /contracts/{contract}', may: ['client', 'freelancer', 'administrator'] },
  { operation: 'POST /contracts/{contract}/reviews', may: ['client', 'freelancer'] },
  { operation: 'POST /contracts/{contract}/end', may: ['client', 'freelancer', 'administrator'] },
  { operation: 'POST /milestones/{milestone}/fund', may: ['client'] },
  { operation: 'POST /milestones/{milestone}/submit', may: ['freelancer'] },
  { operation: 'POST /milestones/{milestone}/request-changes', may: ['client'] },
  { operation: 'POST /milestones/{milestone}/approve', may: ['client'] },
  { operation: 'POST /milestones/{milestone}/release', may: ['client'] },
  { operation: 'POST /milestones/{milestone}/refund', may: ['client', 'freelancer'] },
  { operation: 'POST /milestones/{milestone}/dispute', may: ['client', 'freelancer'] },
  { operation: 'POST /milestones/{milestone}/resolution', may: ['administrator'] },
]

const BODIES: Record<string, unknown> = {
  offer: { milestones: [{ title: 'Again', amountCents: 100 }] },
  messages: { body: 'Hello' },
  reviews: { rating: 1, body: 'Bad' },
  resolution: { releaseCents: 0 },
}

describe(`who may act on whose marketplace records on ${engine}`, () => {
  let h: MarketHarness
  const callers = {} as Record<Caller, Member>
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    h = await openMarket()
    for (const caller of ['client', 'freelancer', 'stranger'] as const) {
      callers[caller] = await member(h, caller)
    }
    callers.administrator = await member(h, 'administrator', 'administrator')
    const { client, freelancer } = callers
    const job = await call(h, client, 'POST', '/jobs', {
      title: 'Write a parser',
      description: 'A CSV parser',
      category: 'Technology & IT',
      kind: 'fixed',
      budgetCents: 20_000,
    })
    ids.job = job.body.job.id
    const proposal = await call(h, freelancer, 'POST', `/jobs/${ids.job}/proposals`, {
      coverLetter: 'Me',
      bidCents: 20_000,
    })
    ids.proposal = proposal.body.proposal.id
    await call(h, client, 'POST', `/proposals/${ids.proposal}/shortlist`)
    await call(h, client, 'POST', `/proposals/${ids.proposal}/offer`, {
      milestones: [{ title: 'All', amountCents: 20_000 }],
    })
    const accepted = await call(h, freelancer, 'POST', `/proposals/${ids.proposal}/accept`)
    ids.contract = accepted.body.contractId
    const contract = await call(h, client, 'GET', `/contracts/${ids.contract}`)
    ids.milestone = contract.body.contract.milestones[0].id
  })
  afterAll(() => h.close())

  it('turns away every caller the table leaves out, and moves no money doing so', async () => {
    const before = await call(h, callers.administrator, 'GET', '/ledger/check')
    const wrong: string[] = []
    for (const { operation, may } of OWNERSHIP) {
      const [method, template] = operation.split(' ') as ['GET' | 'POST', string]
      const url = template.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]!)
      const body = BODIES[url.split('/').at(-1)!] ?? {}
      for (const caller of ['client', 'freelancer', 'stranger', 'administrator'] as const) {
        if (may.includes(caller)) continue
        const answer = await call(
          h,
          callers[caller],
          method,
          url,
          method === 'POST' ? body : undefined,
          `${caller}-${operation.replace(/\W+/g, '-')}`,
        )
        if (answer.status !== 403 && answer.status !== 404) {
          wrong.push(`${caller} ${operation} → ${answer.status}`)
        }
      }
    }
    expect(wrong).toEqual([])
    const after = await call(h, callers.administrator, 'GET', '/ledger/check')
    expect(after.body.transactions).toBe(before.body.transactions)
    const contract = await call(h, callers.client, 'GET', `/contracts/${ids.contract}`)
    expect(contract.body.contract.milestones[0].status).toBe('proposed')
  })

  it('lets the parties read what is theirs', async () => {
    for (const caller of ['client', 'freelancer'] as const) {
      expect((await call(h, callers[caller], 'GET', `/proposals/${ids.proposal}`)).status).toBe(200)
      expect((await call(h, callers[caller], 'GET', `/contracts/${ids.contract}`)).status).toBe(200)
    }
    expect((await call(h, callers.administrator, 'GET', `/contracts/${ids.contract}`)).status).toBe(
      200,
    )
  })
})
