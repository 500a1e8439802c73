import type { Panel } from '../panel/panel-columns.js'
import { CONTROLS, DYNAMIC_PERIODS, type ModelSpec } from './model-spec.js'

/**
 * A model's data on one partition of whole workers, ready for the estimator: the outcome, the
 * candidate regressors row-major (`x[i * names.length + j]`), and dense codes of the fixed effect
 * and the cluster. Plain typed arrays, so it crosses worker threads by structured clone.
 */
export interface Design {
  readonly rows: number
  readonly names: readonly string[]
  readonly y: Float64Array
  readonly x: Float64Array
  /** Fixed-effect level of each row, 0 … levels − 1. */
  readonly fe: Int32Array
  /** Cluster (worker) of each row, 0 … clusters − 1. */
  readonly cluster: Int32Array
}

const YEAR_PREFIX = 'year::'

/** Year dummies are estimated as controls but never reported. */
export function isYearDummy(name: string): boolean {
  return name.startsWith(YEAR_PREFIX)
}

/** The regressor names of a model in the order fixest orders them (main effects, then interactions). */
export function regressorNames(model: ModelSpec, years: readonly number[]): string[] {
  const yearNames = years.map((year) => `${YEAR_PREFIX}${year}`)
  switch (model.spec) {
    case 'main':
      return ['n_creds', ...CONTROLS, ...yearNames]
    case 'quadratic':
      return ['n_creds', 'n_creds_sq10', ...CONTROLS, ...yearNames]
    case 'experience':
      return ['n_creds', ...CONTROLS, ...yearNames, 'n_creds:experience']
    case 'new_entrant':
      return ['n_creds', ...CONTROLS, ...yearNames, 'n_creds:new_entrant']
    case 'dynamic':
      return [...DYNAMIC_PERIODS.map((k) => `k::${k}`), ...CONTROLS, ...yearNames]
  }
}

/**
 * Builds a model's design from a panel. `years` must be the same on every partition (e.g. every
 * year of the observed span) so that partitions' cross-products line up; a year without rows is a
 * zero column that the collinearity check drops like any other.
 */
export function buildDesign(model: ModelSpec, panel: Panel, years: readonly number[]): Design {
  const names = regressorNames(model, years)
  const p = names.length
  const n = panel.rows
  const x = new Float64Array(n * p)
  names.forEach((name, j) => {
    const column = regressorColumn(name, panel)
    for (let i = 0; i < n; i++) x[i * p + j] = column(i)
  })
  const y = new Float64Array(n)
  const outcome = outcomeColumn(model, panel)
  for (let i = 0; i < n; i++) y[i] = outcome[i]!
  const fe = model.fixedEffect === 'event' ? panel.event_index : panel.worker_index
  return { rows: n, names, y, x, fe, cluster: panel.worker_index }
}

function outcomeColumn(model: ModelSpec, panel: Panel): ArrayLike<number> {
  if (model.outcome === 'log_value') {
    if (panel.kind !== 'project') throw new Error(`${model.key} needs the project panel`)
    return panel.log_value
  }
  if (panel.kind !== 'period') throw new Error(`${model.key} needs a period panel`)
  return panel[model.outcome]
}

function regressorColumn(name: string, panel: Panel): (i: number) => number {
  const nCreds = panel.n_creds
  if (isYearDummy(name)) {
    const year = Number(name.slice(YEAR_PREFIX.length))
    return (i) => (panel.year[i] === year ? 1 : 0)
  }
  if (name.startsWith('k::')) {
    if (panel.kind !== 'period') throw new Error(`${name} needs a period panel`)
    const k = Number(name.slice(3))
    return (i) => (panel.k[i] === k ? 1 : 0)
  }
  switch (name) {
    case 'n_creds':
      return (i) => nCreds[i]!
    case 'n_creds_sq10':
      return (i) => (nCreds[i]! * nCreds[i]!) / 10
    case 'n_creds:experience':
      return (i) => nCreds[i]! * panel.experience[i]!
    case 'n_creds:new_entrant':
      return (i) => nCreds[i]! * panel.new_entrant[i]!
    case 'avg_rating':
    case 'no_rating':
    case 'cum_earnings_asinh':
    case 'cum_completed': {
      const column = panel[name]
      return (i) => column[i]!
    }
    default:
      throw new Error(`unknown regressor ${name}`)
  }
}
