import { expect, it } from 'vitest'
import {
  CATALOG,
  itemFamilies,
  itemModel,
  NAMED_SKILL_TEST_IDS,
  offeredTests,
  offerTests,
  sharedFamilyShare,
} from '../../../src/assessment/index.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { reviewStanding } from '../../support/review-standing.js'

/** A pool at least three times a form's length, counted in distinct families. */
const POOL_FACTOR = 3
/** Two offered tests may share at most this share of either's item families. */
const MAX_SHARED = 0.3

const named = CATALOG.filter((t) => NAMED_SKILL_TEST_IDS.includes(t.id))
const standing = reviewStanding()
const offered = offeredTests(CATALOG, new Map(), standing)
const offers = offerTests(CATALOG, new Map(), standing)

describeEngineIndependent('a named-skill test', () => {
  it('is offered once its families are reviewed, with an analysed blueprint summing to 1', () => {
    expect(named.length).toBeGreaterThan(0)
    for (const test of named) {
      // Withheld only while its families await independent review (the review guard lists those).
      const offer = offers.get(test.id)!
      if (offer.offered || !offer.awaitingReview) expect(offered).toContain(test)
      expect(test.jobTaskAnalysis?.length ?? 0).toBeGreaterThan(200)
      expect(test.blueprint.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(1, 9)
      expect(test.blueprint.every((d) => d.itemModelIds.every((id) => itemModel(id)))).toBe(true)
    }
  })

  it('draws on at least three times its form length in distinct item families', () => {
    const short = named
      .map((t) => ({ id: t.id, families: itemFamilies(t, itemModel).size, form: t.form }))
      .filter((t) => t.families < POOL_FACTOR * t.form.scoredItems)
    expect(short).toEqual([])
  })

  it('shares at most 30 % of its item families with any other offered test, either way', () => {
    const families = new Map(offered.map((t) => [t.id, itemFamilies(t, itemModel)]))
    const overlaps: string[] = []
    for (const test of named) {
      const own = itemFamilies(test, itemModel)
      for (const other of offered.filter((t) => t.id !== test.id)) {
        const theirs = families.get(other.id)!
        const share = Math.max(sharedFamilyShare(own, theirs), sharedFamilyShare(theirs, own))
        if (share > MAX_SHARED) overlaps.push(`${test.id} ~ ${other.id}: ${share.toFixed(2)}`)
      }
    }
    expect(overlaps).toEqual([])
  })
})
