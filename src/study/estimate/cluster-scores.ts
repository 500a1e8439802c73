import {
  addCompensated,
  type CompensatedSums,
  compensatedSums,
  mergeCompensated,
} from './compensated-sums.js'
import type { DemeanedPartition } from './demean.js'
import type { Solution } from './solve.js'

/**
 * Pass-2 statistics of one model: the meat Σ_g s_g s_gᵀ of the clustered sandwich (kept × kept,
 * upper triangle) and, as the last entry, the residual sum of squares.
 */
export interface ClusterScores {
  readonly key: string
  readonly kept: number
  readonly sums: CompensatedSums
}

/**
 * Pass 2 on a partition for one model: residuals ẽ = ỹ − X̃β, each cluster's score
 * s_g = Σ_{i∈g} x̃_i ẽ_i, and their outer products. Partitions hold whole workers, so every
 * cluster lies in one partition.
 *
 * @example
 * const scores = parts.map((part) => clusterScores(part, solution)).reduce(mergeClusterScores)
 */
export function clusterScores(part: DemeanedPartition, solution: Solution): ClusterScores {
  return clusterScoresOfModels(part, [solution])[0]!
}

/**
 * Pass 2 for several models of one group in a single sweep over the rows, which are read once
 * instead of once per model.
 *
 * @example
 * const perModel = clusterScoresOfModels(part, solutions) // one entry per solution
 */
export function clusterScoresOfModels(
  part: DemeanedPartition,
  solutions: readonly Solution[],
): ClusterScores[] {
  const p = part.names.length
  const z = part.z
  const count = solutions.length
  // Flat per-model layout keeps the row loop free of object look-ups.
  const offset = new Int32Array(count + 1)
  solutions.forEach((s, m) => {
    offset[m + 1] = offset[m]! + s.columns.length
  })
  const columns = new Int32Array(offset[count]!)
  const beta = new Float64Array(offset[count]!)
  const outcome = Int32Array.from(solutions, (s) => s.outcome)
  solutions.forEach((s, m) => {
    columns.set(s.columns, offset[m]!)
    beta.set(s.beta, offset[m]!)
  })
  const scores = solutions.map((s) => new Float64Array(part.clusters * s.columns.length))
  const sums = solutions.map((s) => compensatedSums(s.columns.length ** 2 + 1))
  // Residual sums of squares are summed plainly per run of one worker's rows, then compensated.
  const run = new Float64Array(count)
  const flushRuns = () => {
    for (let m = 0; m < count; m++) {
      const q = offset[m + 1]! - offset[m]!
      addCompensated(sums[m]!, q * q, run[m]!)
      run[m] = 0
    }
  }
  for (let r = 0; r < part.rows; r++) {
    if (r > 0 && part.cluster[r] !== part.cluster[r - 1]) flushRuns()
    const base = r * p
    const g = part.cluster[r]!
    for (let m = 0; m < count; m++) {
      const from = offset[m]!
      const to = offset[m + 1]!
      let e = z[base + outcome[m]!]!
      for (let a = from; a < to; a++) e -= z[base + columns[a]!]! * beta[a]!
      run[m] = run[m]! + e * e
      const own = scores[m]!
      const s = g * (to - from) - from
      for (let a = from; a < to; a++) own[s + a] = own[s + a]! + z[base + columns[a]!]! * e
    }
  }
  flushRuns()
  return solutions.map((solution, m) => {
    const q = solution.columns.length
    const own = scores[m]!
    for (let c = 0; c < part.clusters; c++) {
      const s = c * q
      for (let a = 0; a < q; a++) {
        const sa = own[s + a]!
        for (let b = a; b < q; b++) addCompensated(sums[m]!, a * q + b, sa * own[s + b]!)
      }
    }
    return { key: solution.key, kept: q, sums: sums[m]! }
  })
}

/**
 * Adds two partitions' pass-2 statistics of the same model; fold in a fixed partition order.
 *
 * @example
 * const total = partitionScores.reduce(mergeClusterScores)
 */
export function mergeClusterScores(a: ClusterScores, b: ClusterScores): ClusterScores {
  if (a.key !== b.key) throw new Error(`cannot merge scores of ${a.key} and ${b.key}`)
  return { key: a.key, kept: a.kept, sums: mergeCompensated(a.sums, b.sums) }
}
