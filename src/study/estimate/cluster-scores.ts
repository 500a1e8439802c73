import { addArrays } from './cross-products.js'
import type { DemeanedPartition } from './demean.js'
import type { Solution } from './solve.js'

/** Pass-2 statistics: the meat Σ_g s_g s_gᵀ of the clustered sandwich and the residual sum of squares. */
export interface ClusterScores {
  /** kept × kept row-major. */
  readonly meat: Float64Array
  readonly rss: number
}

/**
 * Pass 2 on a partition: residuals ẽ = ỹ − X̃β, each cluster's score s_g = Σ_{i∈g} x̃_i ẽ_i, and
 * their outer products. Partitions hold whole workers, so every cluster lies in one partition.
 */
export function clusterScores(part: DemeanedPartition, solution: Solution): ClusterScores {
  const p = part.names.length
  const kept = solution.kept
  const q = kept.length
  const scores = new Float64Array(part.clusters * q)
  let rss = 0
  for (let r = 0; r < part.rows; r++) {
    const base = r * p
    let fitted = 0
    for (let a = 0; a < q; a++) fitted += part.xDemeaned[base + kept[a]!]! * solution.beta[a]!
    const e = part.yDemeaned[r]! - fitted
    rss += e * e
    const g = part.cluster[r]! * q
    for (let a = 0; a < q; a++)
      scores[g + a] = scores[g + a]! + part.xDemeaned[base + kept[a]!]! * e
  }
  const meat = new Float64Array(q * q)
  for (let g = 0; g < part.clusters; g++) {
    const s = g * q
    for (let a = 0; a < q; a++) {
      const sa = scores[s + a]!
      for (let b = a; b < q; b++) meat[a * q + b] = meat[a * q + b]! + sa * scores[s + b]!
    }
  }
  for (let a = 0; a < q; a++) for (let b = 0; b < a; b++) meat[a * q + b] = meat[b * q + a]!
  return { meat, rss }
}

/** Adds two partitions' pass-2 statistics; fold in a fixed partition order. */
export function mergeClusterScores(a: ClusterScores, b: ClusterScores): ClusterScores {
  return { meat: addArrays(a.meat, b.meat), rss: a.rss + b.rss }
}
