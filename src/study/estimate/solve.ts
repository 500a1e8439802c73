import { choleskyDropCollinear } from './collinear-cholesky.js'
import { resolveCompensated } from './compensated-sums.js'
import type { CrossProducts } from './cross-products.js'
import { isYearDummy, regressorNames } from './design.js'
import type { ModelSpec } from './model-spec.js'

/** A model's coefficients, decided once from the merged pass-1 statistics and sent to every partition. */
export interface Solution {
  readonly key: string
  /** Names of the kept regressors, in the model's order. */
  readonly names: readonly string[]
  /** Design column of each kept regressor. */
  readonly columns: Int32Array
  /** Design column of the outcome. */
  readonly outcome: number
  /** Regressors dropped as collinear, in the model's order. */
  readonly dropped: readonly string[]
  readonly beta: Float64Array
  /** (X̃'X̃)⁻¹ of the kept regressors, the bread of the sandwich. */
  readonly bread: Float64Array
}

/**
 * Reads the model's X̃'X̃ and X̃'ỹ out of the group's statistics, drops collinear regressors, solves.
 *
 * @example
 * const solutions = group.models.map((model) => solveModel(model, stats))
 */
export function solveModel(model: ModelSpec, stats: CrossProducts): Solution {
  const p = stats.names.length
  const years = stats.names.filter(isYearDummy).map((name) => Number(name.slice('year::'.length)))
  const candidates = regressorNames(model, years)
  const column = candidates.map((name) => columnOf(stats, name))
  const outcome = columnOf(stats, model.outcome)
  const zz = resolveCompensated(stats.zz)
  const at = (a: number, b: number) => (a <= b ? zz[a * p + b]! : zz[b * p + a]!)
  const k = candidates.length
  const xtx = new Float64Array(k * k)
  for (let a = 0; a < k; a++)
    for (let b = 0; b < k; b++) xtx[a * k + b] = at(column[a]!, column[b]!)
  const { kept, dropped, inverse } = choleskyDropCollinear(xtx, k)
  const q = kept.length
  const beta = new Float64Array(q)
  for (let a = 0; a < q; a++) {
    let s = 0
    for (let b = 0; b < q; b++) s += inverse[a * q + b]! * at(column[kept[b]!]!, outcome)
    beta[a] = s
  }
  return {
    key: model.key,
    names: kept.map((j) => candidates[j]!),
    columns: Int32Array.from(kept, (j) => column[j]!),
    outcome,
    dropped: dropped.map((j) => candidates[j]!),
    beta,
    bread: inverse,
  }
}

function columnOf(stats: CrossProducts, name: string): number {
  const index = stats.names.indexOf(name)
  if (index < 0) throw new Error(`the design has no column ${name}`)
  return index
}
