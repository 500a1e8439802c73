import { MARKET_CATEGORIES } from './categories.js'
import { Random } from './random.js'

/** One simulated skill test: its id, category and how hard it is on the skill scale. */
export interface SimulatedTest {
  readonly id: string
  readonly category: number
  /** Subtracted from skill in the score equation; drawn once, the same for every seed. */
  readonly difficulty: number
  /** Relative popularity inside its category (Zipf-like: a few tests draw most candidates). */
  readonly weight: number
}

/** The catalog does not vary with the market's seed: the platform's tests are the platform's. */
const CATALOG_STREAM = 0x7e57
/** Spread of test difficulty around zero, in skill standard deviations. */
export const TEST_DIFFICULTY_SD = 0.3
/** Zipf exponent of test popularity within a category. */
export const TEST_POPULARITY_EXPONENT = 0.8

export interface TestCatalog {
  readonly tests: readonly SimulatedTest[]
  /** Per category, the tests' indices and cumulative weights for drawing one. */
  readonly byCategory: readonly { readonly indices: number[]; readonly cumulative: number[] }[]
}

/** Builds the catalog: ids `t001`, `t002`, … in category blocks, in MARKET_CATEGORIES order. */
export function buildTestCatalog(): TestCatalog {
  const random = new Random(CATALOG_STREAM)
  const total = MARKET_CATEGORIES.reduce((sum, c) => sum + c.tests, 0)
  const width = Math.max(3, String(total).length)
  const tests: SimulatedTest[] = []
  const byCategory = MARKET_CATEGORIES.map((category, c) => {
    const indices: number[] = []
    const cumulative: number[] = []
    let sum = 0
    for (let rank = 1; rank <= category.tests; rank++) {
      const weight = rank ** -TEST_POPULARITY_EXPONENT
      indices.push(tests.length)
      sum += weight
      cumulative.push(sum)
      tests.push({
        id: `t${String(tests.length + 1).padStart(width, '0')}`,
        category: c,
        difficulty: TEST_DIFFICULTY_SD * random.normal(),
        weight,
      })
    }
    return { indices, cumulative }
  })
  return { tests, byCategory }
}

/** Draws a test index of the category by popularity. */
export function drawTest(catalog: TestCatalog, category: number, random: Random): number {
  const { indices, cumulative } = catalog.byCategory[category]!
  const u = random.uniform() * cumulative[cumulative.length - 1]!
  let lo = 0
  let hi = cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (cumulative[mid]! > u) hi = mid
    else lo = mid + 1
  }
  return indices[lo]!
}
