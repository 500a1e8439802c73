import type { Design } from './design.js'

/**
 * A partition's design after singletons are dropped and every column is demeaned within its
 * fixed-effect level. Kept inside the worker between the two passes (the residuals need it).
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
  /** The outcome of the kept rows, not demeaned (the total sum of squares needs it). */
  readonly y: Float64Array
  readonly yDemeaned: Float64Array
  /** Row-major, `names.length` columns. */
  readonly xDemeaned: Float64Array
}

/**
 * Drops singletons (fixed-effect levels with a single row, as fixest and reghdfe do) and demeans
 * within each level. One fixed effect: dropping a singleton leaves every other level's size as it
 * was, so a single pass finds them all.
 */
export function demeanPartition(design: Design): DemeanedPartition {
  const { rows: n, names, fe } = design
  const p = names.length
  let levelCount = 0
  for (let i = 0; i < n; i++) levelCount = Math.max(levelCount, fe[i]! + 1)
  const size = new Int32Array(levelCount)
  for (let i = 0; i < n; i++) size[fe[i]!]!++
  const kept: number[] = []
  for (let i = 0; i < n; i++) if (size[fe[i]!]! > 1) kept.push(i)
  let levels = 0
  for (const s of size) if (s > 1) levels++

  const width = p + 1
  const sums = new Float64Array(levelCount * width)
  for (const i of kept) {
    const base = fe[i]! * width
    sums[base] = sums[base]! + design.y[i]!
    for (let j = 0; j < p; j++) sums[base + 1 + j] = sums[base + 1 + j]! + design.x[i * p + j]!
  }
  const m = kept.length
  const y = new Float64Array(m)
  const yDemeaned = new Float64Array(m)
  const xDemeaned = new Float64Array(m * p)
  const clusterCode = new Map<number, number>()
  const cluster = new Int32Array(m)
  kept.forEach((i, r) => {
    const level = fe[i]!
    const base = level * width
    const count = size[level]!
    y[r] = design.y[i]!
    yDemeaned[r] = design.y[i]! - sums[base]! / count
    for (let j = 0; j < p; j++) {
      xDemeaned[r * p + j] = design.x[i * p + j]! - sums[base + 1 + j]! / count
    }
    const g = design.cluster[i]!
    let code = clusterCode.get(g)
    if (code === undefined) {
      code = clusterCode.size
      clusterCode.set(g, code)
    }
    cluster[r] = code
  })
  return {
    names,
    rows: m,
    singletonsRemoved: n - m,
    levels,
    clusters: clusterCode.size,
    cluster,
    y,
    yDemeaned,
    xDemeaned,
  }
}
