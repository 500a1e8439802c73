import type { Design } from './design.js'
import { type LevelTotals, levelMeans, levelTotals } from './level-totals.js'

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
  /**
   * The levels are shared with other partitions (a test): `levels` counts them over the whole
   * panel, the same in every partition, and they count as parameters of the clustered variance.
   */
  readonly sharedLevels: boolean
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
 * was, so a single pass finds them all. Shared levels (a test) take their sizes and means from
 * `totals`, every partition's merged; without them, from this partition alone.
 *
 * @example
 * const part = demeanPartition(buildDesign(group, panel, years)) // kept in the worker
 */
export function demeanPartition(design: Design, totals?: LevelTotals | null): DemeanedPartition {
  const { rows: n, names, fe } = design
  const p = names.length
  const shared = design.levelNames === null ? null : (totals ?? levelTotals(design)!)
  let levelCount = 0
  for (let i = 0; i < n; i++) levelCount = Math.max(levelCount, fe[i]! + 1)
  const size = new Float64Array(levelCount)
  // Each level's column means: of this partition's rows (nested), or merged (shared).
  const levelMean = new Float64Array(levelCount * p)
  let levels = 0
  if (shared === null) {
    for (let i = 0; i < n; i++) size[fe[i]!]!++
    for (const s of size) if (s > 1) levels++
  } else {
    const means = levelMeans(shared)
    const index = new Map(shared.names.map((name, l) => [name, l]))
    design.levelNames!.forEach((name, local) => {
      const l = index.get(name)
      if (l === undefined) throw new Error(`the merged totals have no level ${name}`)
      size[local] = shared.counts[l]!
      levelMean.set(means.subarray(l * p, (l + 1) * p), local * p)
    })
    for (const s of shared.counts) if (s > 1) levels++
  }
  let m = 0
  for (let i = 0; i < n; i++) if (size[fe[i]!]! > 1) m++
  const kept = new Int32Array(m)
  for (let i = 0, r = 0; i < n; i++) if (size[fe[i]!]! > 1) kept[r++] = i

  const total = new Float64Array(p)
  for (const i of kept) {
    const base = fe[i]! * p
    for (let j = 0; j < p; j++) {
      const v = design.z[i * p + j]!
      if (shared === null) levelMean[base + j] = levelMean[base + j]! + v
      total[j] = total[j]! + v
    }
  }
  if (shared === null) {
    for (let l = 0; l < levelCount; l++) {
      for (let j = 0; j < p; j++) levelMean[l * p + j] = levelMean[l * p + j]! / size[l]!
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
    const base = fe[i]! * p
    for (let j = 0; j < p; j++) {
      const v = design.z[i * p + j]!
      z[r * p + j] = v - levelMean[base + j]!
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
    sharedLevels: shared !== null,
    clusters,
    cluster,
    z,
    mean,
    sumSquares,
  }
}
