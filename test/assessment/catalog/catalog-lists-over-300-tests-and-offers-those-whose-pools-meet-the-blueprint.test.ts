import { describe, expect, it } from 'vitest'
import {
  CATALOG,
  CATEGORIES,
  DEFAULT_FORM,
  domainPools,
  formTimeLimitSeconds,
  isOffered,
  itemModel,
  MIN_SCORED_ITEMS,
  MIN_WORKLOAD_HOURS,
  OFFERED_POOL_FACTOR,
  offeredTests,
} from '../../../src/assessment/index.js'
import { reviewStanding } from '../../support/review-standing.js'

const EMPTY_BANK = new Map<string, Map<string, number>>()

describe('the catalog', () => {
  it('holds at least 300 tests with unique ids in all seven categories', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(300)
    expect(new Set(CATALOG.map((t) => t.id)).size).toBe(CATALOG.length)
    for (const category of CATEGORIES) {
      expect(CATALOG.filter((t) => t.category === category).length).toBeGreaterThanOrEqual(20)
    }
  })

  it('offers only tests whose pools hold twice the form in every domain, some on models alone', () => {
    const offered = offeredTests(CATALOG, EMPTY_BANK, reviewStanding())
    expect(offered.length).toBeGreaterThan(0)
    for (const test of offered) {
      for (const pool of domainPools(test, EMPTY_BANK))
        expect(pool.pool).toBeGreaterThanOrEqual(OFFERED_POOL_FACTOR * pool.drawn)
    }
  })

  it('counts an authored domain as full once its operational pool reaches twice the draw', () => {
    const node = CATALOG.find((t) => t.id === 'nodejs')!
    const authored = node.blueprint.find((d) => d.itemModelIds.length === 0)!
    const drawn = domainPools(node, EMPTY_BANK).find((p) => p.domain === authored.id)!.drawn
    const pool = (n: number) => new Map([[node.id, new Map([[authored.id, n]])]])
    // Alone, so no other offered test's items stand in the way.
    expect(isOffered(node, pool(OFFERED_POOL_FACTOR * drawn - 1), [node])).toBe(false)
    expect(isOffered(node, pool(OFFERED_POOL_FACTOR * drawn), [node])).toBe(true)
  })

  it('gives every test complete metadata', () => {
    for (const test of CATALOG) {
      expect(test.title.length).toBeGreaterThan(1)
      expect(test.skill.label.length).toBeGreaterThan(1)
      expect(test.description).toContain(test.title)
      expect(test.learningOutcomes.length).toBeGreaterThanOrEqual(2)
      expect(test.learningOutcomes.length).toBeLessThanOrEqual(5)
      expect(test.workloadHours).toBeGreaterThanOrEqual(MIN_WORKLOAD_HOURS)
      expect(test.eqfLevel).toBeGreaterThanOrEqual(1)
      expect(test.eqfLevel).toBeLessThanOrEqual(8)
      expect(test.blueprint.reduce((sum, d) => sum + d.weight, 0)).toBeCloseTo(1, 12)
      expect(new Set(test.blueprint.map((d) => d.id)).size).toBe(test.blueprint.length)
      // A row may shorten the form (data-entry's job-task analysis sets 20), never lengthen it.
      expect(test.form).toEqual({ ...DEFAULT_FORM, scoredItems: test.form.scoredItems })
      expect(test.form.scoredItems).toBeGreaterThanOrEqual(MIN_SCORED_ITEMS)
      expect(test.form.scoredItems).toBeLessThanOrEqual(DEFAULT_FORM.scoredItems)
      expect(test.timeLimitSeconds).toBe(formTimeLimitSeconds(test.form))
      expect(test.version).toBeGreaterThanOrEqual(1)
      for (const domain of test.blueprint)
        for (const id of domain.itemModelIds) expect(itemModel(id)?.id).toBe(id)
    }
  })

  it('names ESCO skills only with well-formed ESCO skill URIs', () => {
    const uris = CATALOG.flatMap((t) => (t.skill.escoUri ? [t.skill.escoUri] : []))
    expect(uris.length).toBeGreaterThan(0)
    for (const uri of uris)
      expect(uri).toMatch(
        /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      )
  })
})
