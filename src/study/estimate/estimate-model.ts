import type { Panel } from '../panel/panel-columns.js'
import { clusterScoresOfModels } from './cluster-scores.js'
import { crossProducts } from './cross-products.js'
import { demeanPartition } from './demean.js'
import { buildDesign } from './design.js'
import { finishEstimate } from './finish-estimate.js'
import type { ModelEstimate } from './model-estimate.js'
import type { ModelGroup } from './model-groups.js'
import type { ModelSpec } from './model-spec.js'
import { solveModel } from './solve.js'

/**
 * Estimates a group's models (same panel and fixed effect) on a whole panel in this thread: the
 * two passes on a single partition. The pipeline runs the same steps per partition on worker
 * threads and merges in between.
 *
 * @example
 * estimateGroup(groupModels(STUDY_MODELS)[0]!, projectPanel)[0]!.coef.n_creds
 */
export function estimateGroup(
  group: ModelGroup,
  panel: Panel,
  years: readonly number[] = yearsOf(panel),
): ModelEstimate[] {
  // One partition: shared levels (a test) take their means from this panel alone.
  const part = demeanPartition(buildDesign(group, panel, years))
  const stats = crossProducts(part)
  const solutions = group.models.map((model) => solveModel(model, stats))
  const scores = clusterScoresOfModels(part, solutions)
  return group.models.map((model, i) => finishEstimate(model, stats, solutions[i]!, scores[i]!))
}

/**
 * Estimates one model on a whole panel in this thread.
 *
 * @example
 * estimate(modelSpec('main', 'log_value', 'event'), projectPanel).coef.n_creds
 */
export function estimate(model: ModelSpec, panel: Panel, years?: readonly number[]): ModelEstimate {
  const group = {
    key: `${model.panel}.${model.fixedEffect}`,
    panel: model.panel,
    fixedEffect: model.fixedEffect,
    models: [model],
  }
  return estimateGroup(group, panel, years)[0]!
}

/**
 * The distinct years of a panel, ascending.
 *
 * @example
 * yearsOf(periodPanel) // [2015, 2016, 2017]
 */
export function yearsOf(panel: Panel): number[] {
  return [...new Set(panel.year)].sort((a, b) => a - b)
}
