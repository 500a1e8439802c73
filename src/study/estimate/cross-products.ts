import type { DemeanedPartition } from './demean.js'

/**
 * Pass-1 sufficient statistics of one partition (or of several, merged). Everything the
 * coefficients, R² and the counts need, and small: p × p numbers plus a few counts.
 */
export interface CrossProducts {
  readonly names: readonly string[]
  readonly rows: number
  readonly singletonsRemoved: number
  readonly levels: number
  readonly clusters: number
  /** X̃'X̃, p × p row-major. */
  readonly xtx: Float64Array
  /** X̃'ỹ. */
  readonly xty: Float64Array
  /** ỹ'ỹ: the within total sum of squares. */
  readonly yty: number
  /** Mean of the raw outcome and its sum of squared deviations (the total sum of squares). */
  readonly yMean: number
  readonly ySumSquares: number
}

/** Pass 1 on a partition: the cross-products of the demeaned design. */
export function crossProducts(part: DemeanedPartition): CrossProducts {
  const p = part.names.length
  const x = part.xDemeaned
  const xtx = new Float64Array(p * p)
  const xty = new Float64Array(p)
  let yty = 0
  for (let r = 0; r < part.rows; r++) {
    const base = r * p
    const yr = part.yDemeaned[r]!
    yty += yr * yr
    for (let a = 0; a < p; a++) {
      const xa = x[base + a]!
      if (xa === 0) continue
      xty[a] = xty[a]! + xa * yr
      for (let b = a; b < p; b++) xtx[a * p + b] = xtx[a * p + b]! + xa * x[base + b]!
    }
  }
  for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) xtx[a * p + b] = xtx[b * p + a]!
  let sum = 0
  for (let r = 0; r < part.rows; r++) sum += part.y[r]!
  const yMean = part.rows > 0 ? sum / part.rows : 0
  let ySumSquares = 0
  for (let r = 0; r < part.rows; r++) ySumSquares += (part.y[r]! - yMean) ** 2
  return {
    names: part.names,
    rows: part.rows,
    singletonsRemoved: part.singletonsRemoved,
    levels: part.levels,
    clusters: part.clusters,
    xtx,
    xty,
    yty,
    yMean,
    ySumSquares,
  }
}

/**
 * Adds two partitions' statistics. Fold partitions in a fixed order (e.g. by partition number) so
 * the same partitioning gives the same bits; the outcome's spread merges by Chan's formula.
 */
export function mergeCrossProducts(a: CrossProducts, b: CrossProducts): CrossProducts {
  if (a.names.join('\n') !== b.names.join('\n'))
    throw new Error('partitions disagree on regressors')
  const rows = a.rows + b.rows
  const delta = b.yMean - a.yMean
  const yMean = rows > 0 ? a.yMean + (delta * b.rows) / rows : 0
  const ySumSquares =
    a.ySumSquares + b.ySumSquares + (rows > 0 ? (delta * delta * a.rows * b.rows) / rows : 0)
  return {
    names: a.names,
    rows,
    singletonsRemoved: a.singletonsRemoved + b.singletonsRemoved,
    levels: a.levels + b.levels,
    clusters: a.clusters + b.clusters,
    xtx: addArrays(a.xtx, b.xtx),
    xty: addArrays(a.xty, b.xty),
    yty: a.yty + b.yty,
    yMean,
    ySumSquares,
  }
}

export function addArrays(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length)
  for (let i = 0; i < a.length; i++) out[i] = a[i]! + b[i]!
  return out
}
