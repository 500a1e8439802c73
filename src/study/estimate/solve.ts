import { choleskyDropCollinear } from './collinear-cholesky.js'
import type { CrossProducts } from './cross-products.js'

/** The coefficients, decided once from the merged pass-1 statistics and sent to every partition. */
export interface Solution {
  readonly names: readonly string[]
  /** Indices of the kept regressors among the candidates. */
  readonly kept: Int32Array
  readonly dropped: readonly string[]
  /** Coefficients of the kept regressors. */
  readonly beta: Float64Array
  /** (X̃'X̃)⁻¹ of the kept regressors, the bread of the sandwich. */
  readonly bread: Float64Array
}

/** Drops collinear regressors and solves the normal equations of the rest. */
export function solveCoefficients(stats: CrossProducts): Solution {
  const p = stats.names.length
  const { kept, dropped, inverse } = choleskyDropCollinear(stats.xtx, p)
  const q = kept.length
  const beta = new Float64Array(q)
  for (let a = 0; a < q; a++) {
    let s = 0
    for (let b = 0; b < q; b++) s += inverse[a * q + b]! * stats.xty[kept[b]!]!
    beta[a] = s
  }
  return {
    names: stats.names,
    kept: Int32Array.from(kept),
    dropped: dropped.map((j) => stats.names[j]!),
    beta,
    bread: inverse,
  }
}
