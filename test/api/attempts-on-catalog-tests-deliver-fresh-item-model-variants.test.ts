import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CATALOG, DATABASE_ITEM_BANK, offeredTests } from '../../src/assessment/index.js'
import { engine } from '../support/database.js'
import { reviewStanding } from '../support/review-standing.js'
import { type AttemptsHarness, answerAll, openAttemptsHarness } from './attempts-support.js'

describe(`a catalog test served by item models on ${engine}`, () => {
  let h: AttemptsHarness
  beforeAll(async () => {
    h = await openAttemptsHarness({ bank: DATABASE_ITEM_BANK })
  })
  afterAll(async () => {
    await h.close()
  })

  it('lists the catalog and searches it', async () => {
    const ada = await h.signUp('ada')
    const all = (await ada.call('GET', '/catalog/tests?limit=200')).json()
    expect(all.total).toBeGreaterThanOrEqual(300)
    expect(all.tests).toHaveLength(200)
    const found = (await ada.call('GET', '/catalog/tests?q=regular%20expressions')).json()
    expect(found.tests.map((t: { id: string }) => t.id)).toContain('regular-expressions')
    const tech = (
      await ada.call('GET', '/catalog/tests?category=Technology%20%26%20IT&limit=200')
    ).json()
    expect(tech.tests.every((t: { category: string }) => t.category === 'Technology & IT')).toBe(
      true,
    )
    expect((await ada.call('GET', '/catalog/tests?category=Cooking')).statusCode).toBe(400)
    // Item models count as unlimited pools, so model-served tests are offered on an empty bank,
    // those that repeat another offered test's item families excepted, with the reason said.
    const offered = (await ada.call('GET', '/catalog/tests?offered=true&limit=200')).json()
    expect(offered.total).toBe(offeredTests(CATALOG, new Map(), reviewStanding()).length)
    expect(offered.tests.every((t: { offerReason: string | null }) => t.offerReason === null)).toBe(
      true,
    )
    expect(offered.tests.map((t: { id: string }) => t.id)).toContain('regular-expressions')
    const withdrawn = (await ada.call('GET', '/catalog/tests?offered=false&q=modern')).json()
    expect(withdrawn.tests.find((t: { id: string }) => t.id === 'javascript-modern')).toMatchObject(
      { offered: false, offerReason: expect.stringContaining('of its item families with') },
    )
  })

  it('refuses to start a withdrawn test, naming the offered test it repeats', async () => {
    const dee = await h.signUp('dee')
    const refused = await dee.call('POST', '/attempts', { testId: 'javascript-modern' })
    expect(refused.statusCode).toBe(409)
    expect(refused.json()).toMatchObject({
      error: {
        code: 'test_withdrawn',
        message: expect.stringContaining('full-stack-javascript-sql'),
      },
    })
    const attempts = await h.database.db.selectFrom('assessment_attempts').select('id').execute()
    expect(attempts).toEqual([])
  })

  it('gives two candidates mostly different variants and scores the computed keys', async () => {
    const bo = await h.signUp('bo')
    const cy = await h.signUp('cy')
    const first = (await bo.call('POST', '/attempts', { testId: 'regular-expressions' })).json()
      .attempt
    const second = (await cy.call('POST', '/attempts', { testId: 'regular-expressions' })).json()
      .attempt
    expect(first.items).toHaveLength(30)
    const stems = (a: { items: { stem: string }[] }) => new Set(a.items.map((i) => i.stem))
    const shared = [...stems(first)].filter((s) => stems(second).has(s))
    // The regular-expression models draw from small variable spaces: a few stems recur.
    expect(shared.length).toBeLessThan(10)
    await answerAll(h, bo, first, () => true)
    const report = (await bo.call('POST', `/attempts/${first.id}/submit`)).json().report
    expect(report).toMatchObject({ rawScore: 30, passed: true })
  })
})
