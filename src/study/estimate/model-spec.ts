/** The right-hand sides of the spec's table. */
export type SpecKind =
  | 'main'
  | 'quadratic'
  | 'experience'
  | 'new_entrant'
  | 'dynamic'
  | 'score'
  | 'design_check'

export type Outcome = 'log_value' | 'n_projects' | 'any_project' | 'earnings'

/** The outcomes of the period panels (every outcome but the project panel's log_value). */
export type PeriodOutcome = Exclude<Outcome, 'log_value'>

/**
 * The absorbed fixed effect. Event and worker are nested in the worker, who is the cluster; a test
 * is taken by many workers, so its levels are shared across clusters (and across partitions).
 */
export type FixedEffect = 'event' | 'worker' | 'test'

/** Which panel a model is estimated on. */
export type PanelKind = 'project' | 'period' | 'period_dynamic'

/** Every model key of `estimates.json`. */
export type ModelKey =
  | `${'main' | 'quadratic'}.${Outcome}.${'event' | 'worker'}`
  | `${'experience' | 'new_entrant' | 'design_check'}.${Outcome}.event`
  | `dynamic.${PeriodOutcome}.event`
  | `score.${Outcome}.test`

/** One model of the study, named `spec.outcome.fe` as in `estimates.json`. */
export interface ModelSpec {
  readonly key: ModelKey
  readonly spec: SpecKind
  readonly outcome: Outcome
  readonly fixedEffect: FixedEffect
  readonly panel: PanelKind
}

/** The controls of the paper's models, in the order the formulas list them. */
export const CONTROLS = ['avg_rating', 'no_rating', 'cum_earnings_asinh', 'cum_completed'] as const

/** Periods of the dynamic model relative to the event; k = −1 is the omitted reference. */
export const DYNAMIC_PERIODS = [-4, -3, -2, 0, 1, 2, 3] as const

/** The period every dynamic coefficient is measured against (its coefficient is 0 by definition). */
export const REFERENCE_PERIOD = -1

/**
 * @example
 * modelSpec('main', 'log_value', 'event').key // 'main.log_value.event'
 */
export function modelSpec(spec: SpecKind, outcome: Outcome, fixedEffect: FixedEffect): ModelSpec {
  const panel: PanelKind =
    spec === 'dynamic' ? 'period_dynamic' : outcome === 'log_value' ? 'project' : 'period'
  const key = `${spec}.${outcome}.${fixedEffect}` as ModelKey
  return { key, spec, outcome, fixedEffect, panel }
}

/**
 * Whether every level of the fixed effect lies within one cluster (worker). Such levels need no
 * degrees of freedom in the small-sample constant and never span partitions of whole workers.
 *
 * @example
 * nestedInCluster('event') // true
 * nestedInCluster('test') // false
 */
export function nestedInCluster(fixedEffect: FixedEffect): boolean {
  return fixedEffect !== 'test'
}

/**
 * The score models use only rows whose award has a score.
 *
 * @example
 * needsScore(modelSpec('score', 'earnings', 'test')) // true
 */
export function needsScore(model: ModelSpec): boolean {
  return model.spec === 'score'
}
