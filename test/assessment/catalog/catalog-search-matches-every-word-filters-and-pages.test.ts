import { describe, expect, it } from 'vitest'
import {
  CATALOG,
  CATALOG_PAGE_SIZE,
  MAX_CATALOG_PAGE_SIZE,
  offeredTests,
  searchCatalog,
} from '../../../src/assessment/index.js'
import { reviewStanding } from '../../support/review-standing.js'

const EMPTY_BANK = new Map<string, Map<string, number>>()
const page = { limit: CATALOG_PAGE_SIZE, offset: 0 }

/** One review reader for the file: it fingerprints each family once (24 draws each). */
const STANDING = reviewStanding()

describe('a catalog search', () => {
  it('pins the page sizes: 50 by default, at most 200', () => {
    expect(CATALOG_PAGE_SIZE).toBe(50)
    expect(MAX_CATALOG_PAGE_SIZE).toBe(200)
  })

  it('keeps the tests whose text holds every word, whatever the case', () => {
    const found = searchCatalog(
      CATALOG,
      EMPTY_BANK,
      { ...page, q: 'Regular  EXPRESSIONS' },
      STANDING,
    )
    expect(found.tests.map(({ test }) => test.id)).toContain('regular-expressions')
    for (const { test } of found.tests) {
      const text = [test.title, test.skill.label, test.description, test.category, test.id]
        .join(' ')
        .toLowerCase()
      expect(text).toContain('regular')
      expect(text).toContain('expressions')
    }
    expect(
      searchCatalog(CATALOG, EMPTY_BANK, { ...page, q: 'regular zzzqqq' }, STANDING).total,
    ).toBe(0)
  })

  it('filters by category and by offer, and says which tests are offered', () => {
    const tech = searchCatalog(
      CATALOG,
      EMPTY_BANK,
      {
        ...page,
        limit: MAX_CATALOG_PAGE_SIZE,
        category: 'Technology & IT',
      },
      STANDING,
    )
    expect(tech.total).toBe(CATALOG.filter((t) => t.category === 'Technology & IT').length)
    expect(tech.tests.every(({ test }) => test.category === 'Technology & IT')).toBe(true)
    const offered = searchCatalog(CATALOG, EMPTY_BANK, { ...page, offered: true }, STANDING)
    const notOffered = searchCatalog(CATALOG, EMPTY_BANK, { ...page, offered: false }, STANDING)
    expect(offered.total + notOffered.total).toBe(CATALOG.length)
    expect(offered.total).toBe(offeredTests(CATALOG, EMPTY_BANK, STANDING).length)
    expect(offered.tests.every((match) => match.offered)).toBe(true)
    expect(notOffered.tests.every((match) => !match.offered)).toBe(true)
    expect(offered.tests.every((match) => match.offerReason === null)).toBe(true)
    expect(notOffered.tests.every((match) => match.offerReason?.startsWith('Not offered:'))).toBe(
      true,
    )
  })

  it('gives one page in catalog order and the total of every match', () => {
    const all = searchCatalog(CATALOG, EMPTY_BANK, { ...page }, STANDING)
    expect(all.total).toBe(CATALOG.length)
    expect(all.tests.map(({ test }) => test.id)).toEqual(
      CATALOG.slice(0, CATALOG_PAGE_SIZE).map((t) => t.id),
    )
    const third = searchCatalog(CATALOG, EMPTY_BANK, { limit: 7, offset: 14 }, STANDING)
    expect(third.tests.map(({ test }) => test.id)).toEqual(CATALOG.slice(14, 21).map((t) => t.id))
    expect(
      searchCatalog(CATALOG, EMPTY_BANK, { limit: 5, offset: CATALOG.length }, STANDING).tests,
    ).toEqual([])
  })
})
