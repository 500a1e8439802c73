import {
  addCompensated,
  type CompensatedSums,
  compensatedSums,
  mergeCompensated,
} from './compensated-sums.js'
import type { DemeanedPartition } from './demean.js'

/**
 * Pass-1 sufficient statistics of one partition (or of several, merged): Z̃'Z̃ of all the group's
 * columns, regressors and outcomes, and per column the raw mean and spread. Each model reads its
 * X̃'X̃, X̃'ỹ and ỹ'ỹ out of it. Small: p × p numbers plus a few counts.
 */
export interface CrossProducts {
  readonly names: readonly string[]
  readonly rows: number
  readonly singletonsRemoved: number
  readonly levels: number
  /** The levels are shared across partitions (see `DemeanedPartition.sharedLevels`). */
  readonly sharedLevels: boolean
  readonly clusters: number
  /** Z̃'Z̃, p × p row-major, upper triangle filled. */
  readonly zz: CompensatedSums
  readonly mean: Float64Array
  readonly sumSquares: Float64Array
}

/**
 * Pass 1 on a partition: the cross-products of the demeaned design. Rows are summed plainly within
 * a run of one worker's rows and each run's total is added with its rounding error kept, so the
 * totals hardly depend on how workers are split into partitions, at little cost per row.
 *
 * @example
 * const stats = parts.map(crossProducts).reduce(mergeCrossProducts)
 */
export function crossProducts(part: DemeanedPartition): CrossProducts {
  const p = part.names.length
  const z = part.z
  const zz = compensatedSums(p * p)
  const run = new Float64Array(p * p)
  const flush = () => {
    for (let a = 0; a < p; a++) {
      for (let b = a; b < p; b++) {
        const i = a * p + b
        if (run[i] !== 0) addCompensated(zz, i, run[i]!)
        run[i] = 0
      }
    }
  }
  for (let r = 0; r < part.rows; r++) {
    if (r > 0 && part.cluster[r] !== part.cluster[r - 1]) flush()
    const base = r * p
    for (let a = 0; a < p; a++) {
      const za = z[base + a]!
      // Demeaned dummies are often exactly zero (an event inside one year).
      if (za === 0) continue
      const row = a * p
      for (let b = a; b < p; b++) run[row + b] = run[row + b]! + za * z[base + b]!
    }
  }
  flush()
  return {
    names: part.names,
    rows: part.rows,
    singletonsRemoved: part.singletonsRemoved,
    levels: part.levels,
    sharedLevels: part.sharedLevels,
    clusters: part.clusters,
    zz,
    mean: part.mean,
    sumSquares: part.sumSquares,
  }
}

/**
 * Adds two partitions' statistics. Fold partitions in a fixed order (e.g. by partition number) so
 * the same partitioning gives the same bits; the columns' spreads merge by Chan's formula.
 *
 * @example
 * const stats = partitionStats.reduce(mergeCrossProducts) // partition order
 */
export function mergeCrossProducts(a: CrossProducts, b: CrossProducts): CrossProducts {
  if (a.names.join('\n') !== b.names.join('\n')) throw new Error('partitions disagree on columns')
  const rows = a.rows + b.rows
  const mean = new Float64Array(a.mean.length)
  const sumSquares = new Float64Array(a.mean.length)
  for (let j = 0; j < mean.length; j++) {
    const delta = b.mean[j]! - a.mean[j]!
    mean[j] = rows > 0 ? a.mean[j]! + (delta * b.rows) / rows : 0
    sumSquares[j] =
      a.sumSquares[j]! +
      b.sumSquares[j]! +
      (rows > 0 ? (delta * delta * a.rows * b.rows) / rows : 0)
  }
  return {
    names: a.names,
    rows,
    singletonsRemoved: a.singletonsRemoved + b.singletonsRemoved,
    // Shared levels were counted over the whole panel in every partition already.
    levels: a.sharedLevels ? a.levels : a.levels + b.levels,
    sharedLevels: a.sharedLevels,
    clusters: a.clusters + b.clusters,
    zz: mergeCompensated(a.zz, b.zz),
    mean,
    sumSquares,
  }
}
