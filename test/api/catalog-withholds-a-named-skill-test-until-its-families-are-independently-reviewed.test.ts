import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CATALOG,
  DATABASE_ITEM_BANK,
  type ItemBank,
  itemFamilies,
  itemModel,
  type TestDefinition,
} from '../../src/assessment/index.js'
import { engine } from '../support/database.js'
import { type AttemptsHarness, openAttemptsHarness } from './attempts-support.js'

/**
 * A bank whose `seo` test also draws on the English agreement families: families its review
 * record never covered, as when a test's blueprint is widened after its review.
 */
function widened(test: TestDefinition): TestDefinition {
  if (test.id !== 'seo') return test
  const [first, ...rest] = test.blueprint
  return {
    ...test,
    blueprint: [{ ...first!, itemModelIds: [...first!.itemModelIds, 'en-agreement'] }, ...rest],
  }
}
const tests = CATALOG.map(widened)
const bank: ItemBank = {
  ...DATABASE_ITEM_BANK,
  tests: async () => tests,
  test: async (_db, id) => tests.find((t) => t.id === id) ?? null,
}

describe(`a named-skill test with unreviewed families on ${engine}`, () => {
  let h: AttemptsHarness
  beforeAll(async () => {
    h = await openAttemptsHarness({ bank })
  })
  afterAll(() => h.close())

  const seo = tests.find((t) => t.id === 'seo')!
  const all = itemFamilies(seo, itemModel).size
  const unreviewed = itemModel('en-agreement')!.families!.length
  const reason = `Not offered: awaiting independent review of ${unreviewed} of ${all} item families.`

  it('is listed as not offered, saying how many families await review', async () => {
    const ada = await h.signUp('ada')
    const listed = (await ada.call('GET', '/catalog/tests?q=seo&limit=50')).json().tests as {
      id: string
      offered: boolean
      offerReason: string | null
      startable: boolean
    }[]
    expect(listed.find((t) => t.id === 'seo')).toMatchObject({
      offered: false,
      offerReason: expect.stringContaining(reason),
      startable: false,
    })
    const own = (await ada.call('GET', '/catalog/tests/seo')).json().test
    expect(own).toMatchObject({ startable: false, reason: expect.stringContaining(reason) })
    // A reviewed named-skill test beside it stays offered.
    const offered = (await ada.call('GET', '/catalog/tests?offered=true&q=bookkeeping')).json()
    expect(offered.tests.map((t: { id: string }) => t.id)).toContain('bookkeeping')
  })

  it('refuses to start it, so no credential certifies an unchecked key', async () => {
    const bo = await h.signUp('bo')
    const refused = await bo.call('POST', '/attempts', { testId: 'seo' })
    expect(refused.statusCode).toBe(409)
    expect(refused.json()).toMatchObject({
      error: {
        code: 'test_awaiting_review',
        message: expect.stringContaining(reason),
        details: { awaiting: unreviewed, of: all },
      },
    })
    const attempts = await h.database.db.selectFrom('assessment_attempts').select('id').execute()
    expect(attempts).toEqual([])
  })
})
