import type { Category } from '../category.js'
import type { ReviewStandingOf } from '../review/review-standing.js'
import type { TestDefinition } from '../test-definition.js'
import type { PoolCounts } from './domain-pools.js'
import { type Offer, offerTests } from './offer-rule.js'
import { type Startability, startability } from './startable.js'

/** Tests per catalog page unless the client asks for another size. */
export const CATALOG_PAGE_SIZE = 50
/** Largest catalog page a client may ask for. */
export const MAX_CATALOG_PAGE_SIZE = 200

/** What a catalog search asks: words, filters and the page. */
export interface CatalogQuery {
  /** Words that must all appear (case-insensitive) in a test's title, skill, description, category or id. */
  readonly q?: string | undefined
  readonly category?: Category | undefined
  /** Only tests that are (true) or are not (false) offered. */
  readonly offered?: boolean | undefined
  readonly limit: number
  readonly offset: number
}

/** One page of matches and how many matched in all. */
export interface CatalogPage {
  readonly total: number
  readonly tests: readonly {
    readonly test: TestDefinition
    readonly offered: boolean
    /** Why the test is not offered, in plain words; `null` when it is. */
    readonly offerReason: string | null
    readonly start: Startability
  }[]
}

/**
 * Filters the catalog by category, offer and words, in catalog order, and cuts out one page.
 * Whether a test is offered is decided over all of `tests` (the offering rule compares them).
 *
 * @example searchCatalog(CATALOG, new Map(), { q: 'regular expressions', limit: 50, offset: 0 })
 */
export function searchCatalog(
  tests: readonly TestDefinition[],
  counts: PoolCounts,
  query: CatalogQuery,
  reviewStanding?: ReviewStandingOf,
): CatalogPage {
  const offers = offerTests(tests, counts, reviewStanding)
  const offerOf = (test: TestDefinition): Offer =>
    offers.get(test.id) ?? { offered: false, reason: 'Not offered: not in the catalog.' }
  const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean)
  const matches = tests.filter((test) => {
    if (query.category && test.category !== query.category) return false
    if (query.offered !== undefined && offerOf(test).offered !== query.offered) return false
    const text = [test.title, test.skill.label, test.description, test.category, test.id]
      .join(' ')
      .toLowerCase()
    return words.every((word) => text.includes(word))
  })
  return {
    total: matches.length,
    tests: matches.slice(query.offset, query.offset + query.limit).map((test) => ({
      test,
      offered: offerOf(test).offered,
      offerReason: offerOf(test).reason,
      start: startability(test, counts, offers.get(test.id)),
    })),
  }
}
