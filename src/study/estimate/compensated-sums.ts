/**
 * A vector of sums carried with their rounding errors (Knuth's two-sum), so that adding the same
 * numbers in another order (one pass, or partitions merged) gives the same totals to the last
 * bit or so. Without it a coefficient near zero differs between partitionings by 1e-12 relative.
 */
export interface CompensatedSums {
  readonly sum: Float64Array
  readonly carry: Float64Array
}

/**
 * `length` sums, all zero.
 *
 * @example
 * const sums = compensatedSums(3)
 */
export function compensatedSums(length: number): CompensatedSums {
  return { sum: new Float64Array(length), carry: new Float64Array(length) }
}

/**
 * sums[i] += value, keeping the rounding error.
 *
 * @example
 * addCompensated(sums, 0, 1e16); addCompensated(sums, 0, 1) // the 1 is kept in carry
 */
export function addCompensated(sums: CompensatedSums, i: number, value: number): void {
  const a = sums.sum[i]!
  const s = a + value
  const back = s - a
  sums.carry[i] = sums.carry[i]! + (a - (s - back)) + (value - back)
  sums.sum[i] = s
}

/**
 * Element-wise a + b of two partitions' sums.
 *
 * @example
 * mergeCompensated(a, b)
 */
export function mergeCompensated(a: CompensatedSums, b: CompensatedSums): CompensatedSums {
  const out = compensatedSums(a.sum.length)
  for (let i = 0; i < a.sum.length; i++) {
    out.sum[i] = a.sum[i]!
    out.carry[i] = a.carry[i]! + b.carry[i]!
    addCompensated(out, i, b.sum[i]!)
  }
  return out
}

/**
 * The best estimate of each total.
 *
 * @example
 * resolveCompensated(sums)[0] // sum + carry
 */
export function resolveCompensated(sums: CompensatedSums): Float64Array {
  return sums.sum.map((s, i) => s + sums.carry[i]!)
}
