import type { Panel } from '../panel/panel-columns.js'
import { clusterScores } from './cluster-scores.js'
import { crossProducts } from './cross-products.js'
import { demeanPartition } from './demean.js'
import { buildDesign } from './design.js'
import { finishEstimate } from './finish-estimate.js'
import type { ModelEstimate } from './model-estimate.js'
import type { ModelSpec } from './model-spec.js'
import { solveCoefficients } from './solve.js'

/**
 * Estimates one model on a whole panel in this thread: the two passes on a single partition.
 * The pipeline runs the same steps per partition on worker threads and merges in between.
 *
 * @example
 * estimate(modelSpec('main', 'log_value', 'event'), projectPanel).coef.n_creds
 */
export function estimate(model: ModelSpec, panel: Panel, years?: readonly number[]): ModelEstimate {
  const design = buildDesign(model, panel, years ?? yearsOf(panel))
  const part = demeanPartition(design)
  const stats = crossProducts(part)
  const solution = solveCoefficients(stats)
  return finishEstimate(model, stats, solution, clusterScores(part, solution))
}

/** The distinct years of a panel, ascending. */
export function yearsOf(panel: Panel): number[] {
  return [...new Set(panel.year)].sort((a, b) => a - b)
}
