import {
  addCompensated,
  type CompensatedSums,
  compensatedSums,
  mergeCompensated,
  resolveCompensated,
} from './compensated-sums.js'
import type { Design } from './design.js'

/**
 * Row counts and column sums per level of a fixed effect that is not nested in the worker (a
 * test): its rows lie in every partition, so each partition's totals are merged by level name and
 * the merged totals give the means every partition demeans with, and tell which levels are
 * singletons over the whole panel. Sums keep their rounding errors, so the means hardly depend on
 * how workers are split into partitions.
 */
export interface LevelTotals {
  readonly names: readonly string[]
  readonly columns: number
  /** Rows of each level. */
  readonly counts: Float64Array
  /** Column sums of each level, `levels × columns` row-major. */
  readonly sums: CompensatedSums
}

/**
 * A design's totals per named level; null for a fixed effect nested in the worker (no names).
 *
 * @example
 * const totals = parts.map((d) => levelTotals(d)!).reduce(mergeLevelTotals)
 */
export function levelTotals(design: Design): LevelTotals | null {
  if (design.levelNames === null) return null
  const p = design.names.length
  const levels = design.levelNames.length
  const counts = new Float64Array(levels)
  const sums = compensatedSums(levels * p)
  for (let i = 0; i < design.rows; i++) {
    const level = design.fe[i]!
    counts[level]!++
    for (let j = 0; j < p; j++) addCompensated(sums, level * p + j, design.z[i * p + j]!)
  }
  return { names: design.levelNames, columns: p, counts, sums }
}

/**
 * Two partitions' totals together: levels of `a` in its order, then those new in `b`. Fold in a
 * fixed partition order so the sums' rounding never depends on timing.
 *
 * @example
 * mergeLevelTotals(a, b).counts // rows per level over both
 */
export function mergeLevelTotals(a: LevelTotals, b: LevelTotals): LevelTotals {
  if (a.columns !== b.columns) throw new Error('partitions disagree on columns')
  const p = a.columns
  const index = new Map(a.names.map((name, l) => [name, l]))
  const names = [...a.names]
  for (const name of b.names) {
    if (!index.has(name)) {
      index.set(name, names.length)
      names.push(name)
    }
  }
  const counts = new Float64Array(names.length)
  counts.set(a.counts)
  const left = compensatedSums(names.length * p)
  left.sum.set(a.sums.sum)
  left.carry.set(a.sums.carry)
  const right = compensatedSums(names.length * p)
  b.names.forEach((name, l) => {
    const to = index.get(name)!
    counts[to] = counts[to]! + b.counts[l]!
    right.sum.set(b.sums.sum.subarray(l * p, (l + 1) * p), to * p)
    right.carry.set(b.sums.carry.subarray(l * p, (l + 1) * p), to * p)
  })
  return { names, columns: p, counts, sums: mergeCompensated(left, right) }
}

/**
 * Each level's column means, `levels × columns` row-major.
 *
 * @example
 * levelMeans(totals)[l * totals.columns + j] // mean of column j in level l
 */
export function levelMeans(totals: LevelTotals): Float64Array {
  const p = totals.columns
  const sums = resolveCompensated(totals.sums)
  for (let l = 0; l < totals.counts.length; l++) {
    for (let j = 0; j < p; j++) sums[l * p + j] = sums[l * p + j]! / totals.counts[l]!
  }
  return sums
}
