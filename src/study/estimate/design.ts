import type { Panel } from '../panel/panel-columns.js'
import { groupColumns, type ModelGroup } from './model-groups.js'
import { CONTROLS, DYNAMIC_PERIODS, type ModelSpec } from './model-spec.js'

/**
 * A group's data on one partition of whole workers, ready for the estimator: every column (the
 * regressors and outcomes of the group's models) row-major, `z[i * names.length + j]`, with dense
 * codes of the fixed effect and the cluster. Plain typed arrays, so it crosses worker threads by
 * structured clone.
 */
export interface Design {
  readonly rows: number
  readonly names: readonly string[]
  readonly z: Float64Array
  /** Fixed-effect level of each row, 0 … levels − 1. */
  readonly fe: Int32Array
  /** Cluster (worker) of each row, 0 … clusters − 1. */
  readonly cluster: Int32Array
}

const YEAR_PREFIX = 'year::'

/**
 * Year dummies are estimated as controls but never reported.
 *
 * @example
 * isYearDummy('year::2016') // true
 */
export function isYearDummy(name: string): boolean {
  return name.startsWith(YEAR_PREFIX)
}

/**
 * A model's regressors in the order fixest orders them (main effects in formula order, `i(year)`
 * among them, then interactions), which decides which of a collinear set is dropped.
 *
 * @example
 * regressorNames(modelSpec('main', 'earnings', 'event'), [2015]) // ['n_creds', …, 'year::2015']
 */
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
 * Builds a group's design from one partition's panel. `years` must be the same on every partition
 * (e.g. every year of the observed span) so the columns line up: a year without rows is a zero
 * column the collinearity check drops.
 *
 * @example
 * buildDesign(groupModels(STUDY_MODELS)[0]!, projectPanel, [2015, 2016, 2017]).names
 */
export function buildDesign(group: ModelGroup, panel: Panel, years: readonly number[]): Design {
  const names = groupColumns(group, years)
  const p = names.length
  const n = panel.rows
  const z = new Float64Array(n * p)
  const columns = names.map((name) => designColumn(name, panel))
  for (let i = 0; i < n; i++) {
    const base = i * p
    for (let j = 0; j < p; j++) z[base + j] = columns[j]![i]!
  }
  const fe = group.fixedEffect === 'event' ? panel.event_index : panel.worker_index
  return { rows: n, names, z, fe, cluster: panel.worker_index }
}

function designColumn(name: string, panel: Panel): ArrayLike<number> {
  const n = panel.rows
  const nCreds = panel.n_creds
  const derived = (f: (i: number) => number) => {
    const out = new Float64Array(n)
    for (let i = 0; i < n; i++) out[i] = f(i)
    return out
  }
  if (isYearDummy(name)) {
    const year = Number(name.slice(YEAR_PREFIX.length))
    return derived((i) => (panel.year[i] === year ? 1 : 0))
  }
  if (name.startsWith('k::')) {
    const k = Number(name.slice(3))
    const periods = needPeriodPanel(name, panel).k
    return derived((i) => (periods[i] === k ? 1 : 0))
  }
  switch (name) {
    case 'n_creds':
      return nCreds
    case 'n_creds_sq10':
      return derived((i) => (nCreds[i]! * nCreds[i]!) / 10)
    case 'n_creds:experience':
      return derived((i) => nCreds[i]! * panel.experience[i]!)
    case 'n_creds:new_entrant':
      return derived((i) => nCreds[i]! * panel.new_entrant[i]!)
    case 'avg_rating':
    case 'no_rating':
    case 'cum_earnings_asinh':
    case 'cum_completed':
      return panel[name]
    case 'log_value':
      if (panel.kind !== 'project') throw new Error('log_value needs the project panel')
      return panel.log_value
    case 'n_projects':
    case 'any_project':
    case 'earnings':
      return needPeriodPanel(name, panel)[name]
    default:
      throw new Error(`unknown design column ${name}`)
  }
}

function needPeriodPanel(name: string, panel: Panel) {
  if (panel.kind !== 'period') throw new Error(`${name} needs a period panel`)
  return panel
}
