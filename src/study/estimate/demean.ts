import type { Design } from './design.js'

/**
 * A partition's design after singletons are dropped and every column is demeaned within its
 * fixed-effect level. Stays inside the worker between the two passes (the residuals need it).
 */
export interface DemeanedPartition {
  readonly names: readonly string[]
  /** Rows left after dropping singletons. */
  readonly rows: number
  readonly singletonsRemoved: number
  /** Fixed-effect levels left (each has at least two rows). */
  readonly levels: number
  /** Clusters with at least one row left. */
  readonly clusters: number
  /** Dense cluster code of each kept row, 0 … clusters − 1. */
  readonly cluster: Int32Array
  /** Row-major, `names.length` columns, demeaned within the fixed effect. */
  readonly z: Float64Array
  /** Per column, over the kept rows before demeaning: mean and sum of squared deviations. */
  readonly mean: Float64Array
  readonly sumSquares: Float64Array
}

/**
 * Drops singletons (fixed-effect levels with a single row, as fixest and reghdfe do) and demeans
 * within each level. One fixed effect: dropping a singleton leaves every other level's size as it
 * was, so a single pass finds them all.
 *
 * @example
 * const part = demeanPartition(buildDesign(group, panel, years)) // kept in the worker
 */
export function demeanPartition(design: Design): DemeanedPartition {
  const { rows: n, names, fe } = design
  const p = names.length
  let levelCount = 0
  for (let i = 0; i < n; i++) levelCount = Math.max(levelCount, fe[i]! + 1)
  const size = new Int32Array(levelCount)
  for (let i = 0; i < n; i++) size[fe[i]!]!++
  let m = 0
  for (let i = 0; i < n; i++) if (size[fe[i]!]! > 1) m++
  const kept = new Int32Array(m)
  for (let i = 0, r = 0; i < n; i++) if (size[fe[i]!]! > 1) kept[r++] = i
  let levels = 0
  for (const s of size) if (s > 1) levels++

  const levelSums = new Float64Array(levelCount * p)
  const total = new Float64Array(p)
  for (const i of kept) {
    const base = fe[i]! * p
    for (let j = 0; j < p; j++) {
      const v = design.z[i * p + j]!
      levelSums[base + j] = levelSums[base + j]! + v
      total[j] = total[j]! + v
    }
  }
  const mean = total.map((s) => (m > 0 ? s / m : 0))
  const sumSquares = new Float64Array(p)
  const z = new Float64Array(m * p)
  // Input cluster codes are dense; renumber the ones that keep rows, in order of appearance.
  let clusterCount = 0
  for (let i = 0; i < n; i++) clusterCount = Math.max(clusterCount, design.cluster[i]! + 1)
  const clusterCode = new Int32Array(clusterCount).fill(-1)
  let clusters = 0
  const cluster = new Int32Array(m)
  for (let r = 0; r < m; r++) {
    const i = kept[r]!
    const level = fe[i]!
    const count = size[level]!
    for (let j = 0; j < p; j++) {
      const v = design.z[i * p + j]!
      z[r * p + j] = v - levelSums[level * p + j]! / count
      sumSquares[j] = sumSquares[j]! + (v - mean[j]!) ** 2
    }
    const g = design.cluster[i]!
    if (clusterCode[g] === -1) clusterCode[g] = clusters++
    cluster[r] = clusterCode[g]!
  }
  return {
    names,
    rows: m,
    singletonsRemoved: n - m,
    levels,
    clusters,
    cluster,
    z,
    mean,
    sumSquares,
  }
}
