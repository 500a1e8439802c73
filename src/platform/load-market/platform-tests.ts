import type { TestDefinition } from '../../assessment/index.js'
import { buildTestCatalog, MARKET_CATEGORIES } from '../../simulation/index.js'

/**
 * Which platform test stands for each simulated test: one each, never shared, so the study's
 * per-test figures (score ranks, test fixed effects) are the simulator's. A simulated test takes
 * the next unused platform test of its own category (by id), and when that category has run out,
 * the next unused test of any category: the catalog has more tests than the simulator, not
 * more in every category.
 */
export function platformTestsFor(tests: readonly TestDefinition[]): Map<string, TestDefinition> {
  const simulated = buildTestCatalog().tests
  const sorted = [...tests].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  if (sorted.length < simulated.length) {
    throw new RangeError(
      `the catalog has ${sorted.length} tests; a simulated market needs ${simulated.length}`,
    )
  }
  const used = new Set<string>()
  const take = (candidates: readonly TestDefinition[]) => {
    const test = candidates.find((t) => !used.has(t.id))
    if (test) used.add(test.id)
    return test
  }
  const mapping = new Map<string, TestDefinition>()
  for (const test of simulated) {
    const name = MARKET_CATEGORIES[test.category]!.name
    const own = sorted.filter((t) => t.category.startsWith(name))
    mapping.set(test.id, take(own) ?? take(sorted)!)
  }
  return mapping
}
