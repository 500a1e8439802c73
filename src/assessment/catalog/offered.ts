import type { ReviewStandingOf } from '../review/review-standing.js'
import type { TestDefinition } from '../test-definition.js'
import { CATALOG } from './catalog.js'
import type { PoolCounts } from './domain-pools.js'
import { offerTests } from './offer-rule.js'

export { type DomainPool, domainPools, type PoolCounts } from './domain-pools.js'

/**
 * Whether one test is offered among the catalog (with `test` standing in for its namesake):
 * its pools suffice, a named-skill test's families are independently reviewed as they now read,
 * and it does not repeat the items of a test the offering rule keeps. To
 * decide many tests, call `offerTests` once instead: the rule looks at the whole set.
 *
 * @example isOffered(catalogTest('javascript')!, new Map()) // true
 */
export function isOffered(
  test: TestDefinition,
  counts: PoolCounts,
  among: readonly TestDefinition[] = CATALOG,
  reviewStanding?: ReviewStandingOf,
): boolean {
  const tests = among.some((t) => t.id === test.id)
    ? among.map((t) => (t.id === test.id ? test : t))
    : [...among, test]
  return offerTests(tests, counts, reviewStanding).get(test.id)?.offered ?? false
}

/**
 * The offered tests among `tests`, in their order.
 *
 * @example offeredTests(CATALOG, new Map()).length
 */
export function offeredTests(
  tests: readonly TestDefinition[],
  counts: PoolCounts,
  reviewStanding?: ReviewStandingOf,
): TestDefinition[] {
  const offers = offerTests(tests, counts, reviewStanding)
  return tests.filter((t) => offers.get(t.id)?.offered)
}
