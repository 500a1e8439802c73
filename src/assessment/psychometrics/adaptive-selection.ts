import type { Rng } from '../rng.js'

/**
 * Maximum information with randomesque choice (Kingsbury & Zara 1989): pick at random among this
 * many most informative items, so the single best item is not given to everyone at one ability.
 */
export const RANDOMESQUE_SIZE = 5

export interface AdaptivePoolItem {
  readonly id: string
  readonly difficulty: number
  /**
   * Sympson–Hetter exposure parameter: when selected, the item is administered with this
   * probability; otherwise it is set aside for this candidate and selection goes on.
   */
  readonly exposureParameter: number
}

export interface AdaptiveChoice {
  /** The item to administer, or null when the pool is exhausted. */
  readonly itemId: string | null
  /** Items selected but not administered by the Sympson–Hetter lottery; never offered to this candidate again. */
  readonly setAside: readonly string[]
  /** Every item selected on the way, administered or not (Sympson–Hetter calibration counts them). */
  readonly selected: readonly string[]
}

/**
 * The next item of an adaptive test at the current ability estimate: the randomesque set of the
 * most informative available items, one drawn at random, then the Sympson–Hetter lottery.
 *
 * @example chooseNextItem(pool, estimate.theta, new Set(usedIds), createRng(seed))
 */
export function chooseNextItem(
  pool: readonly AdaptivePoolItem[],
  theta: number,
  unavailable: ReadonlySet<string>,
  rng: Rng,
  randomesqueSize: number = RANDOMESQUE_SIZE,
): AdaptiveChoice {
  const setAside: string[] = []
  const selected: string[] = []
  const excluded = new Set(unavailable)
  for (;;) {
    const best = mostInformative(pool, theta, excluded, randomesqueSize)
    if (best.length === 0) break
    const item = best[rng.int(0, best.length - 1)]!
    selected.push(item.id)
    if (rng.next() < item.exposureParameter) return { itemId: item.id, setAside, selected }
    setAside.push(item.id)
    excluded.add(item.id)
  }
  // Every remaining item lost its lottery: give the first one selected rather than end the test
  // short of its precision (the exposure cap gives way only when the pool is too small for it).
  const fallback = setAside.shift() ?? null
  return { itemId: fallback, setAside, selected }
}

/**
 * The `size` available items of highest information at θ. Rasch information falls with |θ − b|,
 * so this keeps the `size` nearest difficulties in one pass instead of sorting the pool.
 */
function mostInformative(
  pool: readonly AdaptivePoolItem[],
  theta: number,
  excluded: ReadonlySet<string>,
  size: number,
): AdaptivePoolItem[] {
  const best: { item: AdaptivePoolItem; distance: number }[] = []
  for (const item of pool) {
    if (excluded.has(item.id)) continue
    const distance = Math.abs(theta - item.difficulty)
    if (best.length === size && distance >= best[size - 1]!.distance) continue
    let at = best.length === size ? size - 1 : best.length
    if (best.length === size) best.pop()
    while (at > 0 && best[at - 1]!.distance > distance) at--
    best.splice(at, 0, { item, distance })
  }
  return best.map((entry) => entry.item)
}
