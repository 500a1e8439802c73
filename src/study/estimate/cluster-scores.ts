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
 * Pass 2 on a partition: residuals ẽ = ỹ − X̃β, each cluster's score s_g = Σ_{i∈g} x̃_i ẽ_i, and
 * their outer products. Partitions hold whole workers, so every cluster lies in one partition.
 */
export function clusterScores(part: DemeanedPartition, solution: Solution): ClusterScores {
  const p = part.names.length
  const { columns, beta, outcome } = solution
  const q = columns.length
  const scores = new Float64Array(part.clusters * q)
  const sums = compensatedSums(q * q + 1)
  for (let r = 0; r < part.rows; r++) {
    const base = r * p
    let fitted = 0
    for (let a = 0; a < q; a++) fitted += part.z[base + columns[a]!]! * beta[a]!
    const e = part.z[base + outcome]! - fitted
    addCompensated(sums, q * q, e * e)
    const g = part.cluster[r]! * q
    for (let a = 0; a < q; a++) scores[g + a] = scores[g + a]! + part.z[base + columns[a]!]! * e
  }
  for (let g = 0; g < part.clusters; g++) {
    const s = g * q
    for (let a = 0; a < q; a++) {
      const sa = scores[s + a]!
      for (let b = a; b < q; b++) addCompensated(sums, a * q + b, sa * scores[s + b]!)
    }
  }
  return { key: solution.key, kept: q, sums }
}

/** Adds two partitions' pass-2 statistics of the same model; fold in a fixed partition order. */
export function mergeClusterScores(a: ClusterScores, b: ClusterScores): ClusterScores {
  if (a.key !== b.key) throw new Error(`cannot merge scores of ${a.key} and ${b.key}`)
  return { key: a.key, kept: a.kept, sums: mergeCompensated(a.sums, b.sums) }
}
