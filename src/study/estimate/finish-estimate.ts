import type { ClusterScores } from './cluster-scores.js'
import { resolveCompensated } from './compensated-sums.js'
import type { CrossProducts } from './cross-products.js'
import { isYearDummy } from './design.js'
import { formulaOf } from './formula.js'
import type { ModelEstimate } from './model-estimate.js'
import type { ModelSpec } from './model-spec.js'
import { smallSampleConstant } from './small-sample.js'
import type { Solution } from './solve.js'
import { twoSidedP } from './student-t.js'

/**
 * Assembles a model's estimate from the merged statistics of both passes:
 * V = c · B M B with B = (X̃'X̃)⁻¹ and M the meat, t = β/se, p from Student's t with G − 1 df,
 * R² = 1 − RSS/TSS, within R² = 1 − RSS/ỹ'ỹ, adjusted R² counting every fixed-effect level.
 *
 * @example
 * finishEstimate(model, stats, solution, scores).se.n_creds
 */
export function finishEstimate(
  model: ModelSpec,
  stats: CrossProducts,
  solution: Solution,
  scores: ClusterScores,
): ModelEstimate {
  const q = solution.columns.length
  const n = stats.rows
  const g = stats.clusters
  if (q === 0) throw new Error(`${model.key}: every regressor is collinear, nothing to estimate`)
  let c: number
  try {
    c = smallSampleConstant({
      clusters: g,
      observations: n,
      slopes: q,
      unnestedLevels: stats.sharedLevels ? stats.levels : 0,
    })
  } catch (error) {
    throw new Error(`${model.key}: ${(error as Error).message} (${g} workers, ${n} rows)`)
  }
  const resolved = resolveCompensated(scores.sums)
  const meat = new Float64Array(q * q)
  for (let a = 0; a < q; a++) {
    for (let b = a; b < q; b++) {
      meat[a * q + b] = resolved[a * q + b]!
      meat[b * q + a] = resolved[a * q + b]!
    }
  }
  const rss = resolved[q * q]!
  const variance = sandwich(solution.bread, meat, q)
  const coef: Record<string, number> = {}
  const se: Record<string, number> = {}
  const t: Record<string, number> = {}
  const p: Record<string, number> = {}
  solution.names.forEach((name, a) => {
    if (isYearDummy(name)) return
    coef[name] = solution.beta[a]!
    se[name] = Math.sqrt(c * variance[a * q + a]!)
    t[name] = coef[name] / se[name]
    p[name] = twoSidedP(t[name], g - 1)
  })
  const y = solution.outcome
  const width = stats.names.length
  const within = resolveCompensated(stats.zz)[y * width + y]!
  const r2 = 1 - rss / stats.sumSquares[y]!
  return {
    formula: formulaOf(model),
    nobs: n,
    n_singletons_removed: stats.singletonsRemoved,
    n_clusters: g,
    coef,
    se,
    t,
    p,
    r2,
    adj_r2: 1 - ((1 - r2) * (n - 1)) / (n - q - stats.levels),
    within_r2: 1 - rss / within,
    dropped_collinear: solution.dropped.filter((name) => !isYearDummy(name)),
  }
}

/** B M B for symmetric q × q B and M. */
function sandwich(bread: Float64Array, meat: Float64Array, q: number): Float64Array {
  const product = (left: Float64Array, right: Float64Array) => {
    const out = new Float64Array(q * q)
    for (let a = 0; a < q; a++) {
      for (let b = 0; b < q; b++) {
        let s = 0
        for (let k = 0; k < q; k++) s += left[a * q + k]! * right[k * q + b]!
        out[a * q + b] = s
      }
    }
    return out
  }
  return product(product(bread, meat), bread)
}
