/** The five right-hand sides of the spec's table. */
export type SpecKind = 'main' | 'quadratic' | 'experience' | 'new_entrant' | 'dynamic'

export type Outcome = 'log_value' | 'n_projects' | 'any_project' | 'earnings'

/** The absorbed fixed effect; both are nested in the worker, who is the cluster. */
export type FixedEffect = 'event' | 'worker'

/** Which panel a model is estimated on. */
export type PanelKind = 'project' | 'period' | 'period_dynamic'

/** One model of the study, named `spec.outcome.fe` as in `estimates.json`. */
export interface ModelSpec {
  readonly key: string
  readonly spec: SpecKind
  readonly outcome: Outcome
  readonly fixedEffect: FixedEffect
  readonly panel: PanelKind
}

/** The controls of every model, in the order the formulas list them. */
export const CONTROLS = ['avg_rating', 'no_rating', 'cum_earnings_asinh', 'cum_completed'] as const

/** Periods of the dynamic model relative to the event; k = −1 is the omitted reference. */
export const DYNAMIC_PERIODS = [-4, -3, -2, 0, 1, 2, 3] as const

/**
 * @example
 * modelSpec('main', 'log_value', 'event').key // 'main.log_value.event'
 */
export function modelSpec(spec: SpecKind, outcome: Outcome, fixedEffect: FixedEffect): ModelSpec {
  const panel: PanelKind =
    spec === 'dynamic' ? 'period_dynamic' : outcome === 'log_value' ? 'project' : 'period'
  return { key: `${spec}.${outcome}.${fixedEffect}`, spec, outcome, fixedEffect, panel }
}
