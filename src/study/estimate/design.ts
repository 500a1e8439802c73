import type { Panel } from '../panel/panel-columns.js'
import type { ModelGroup } from './model-groups.js'
import {
  CONTROLS,
  DYNAMIC_PERIODS,
  type ModelSpec,
  needsScore,
  nestedInCluster,
} from './model-spec.js'

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
  /**
   * The name of each level when the fixed effect is not nested in the worker (a test): its levels
   * are shared with other partitions and are demeaned with totals merged by name. Null otherwise.
   */
  readonly levelNames: readonly string[] | null
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
    case 'score':
      return ['n_creds', ...CONTROLS, ...yearNames, 'n_creds:score_z']
    case 'design_check':
      return ['n_creds']
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
  const rows = designRows(group, panel)
  const n = rows.length
  const z = new Float64Array(n * p)
  const columns = names.map((name) => designColumn(name, panel))
  for (let r = 0; r < n; r++) {
    const base = r * p
    const i = rows[r]!
    for (let j = 0; j < p; j++) z[base + j] = columns[j]![i]!
  }
  const cluster = pick(panel.worker_index, rows)
  if (nestedInCluster(group.fixedEffect)) {
    const codes = group.fixedEffect === 'event' ? panel.event_index : panel.worker_index
    return { rows: n, names, z, fe: pick(codes, rows), levelNames: null, cluster }
  }
  const { fe, levelNames } = denseLevels(rows, panel.test_id)
  return { rows: n, names, z, fe, levelNames, cluster }
}

function pick(column: Int32Array, rows: Int32Array): Int32Array {
  if (rows.length === column.length) return column
  const out = new Int32Array(rows.length)
  for (let r = 0; r < rows.length; r++) out[r] = column[rows[r]!]!
  return out
}

/** The panel rows a group uses: all, or for the score models those whose award has a score. */
function designRows(group: ModelGroup, panel: Panel): Int32Array {
  if (!group.models.some(needsScore)) {
    const all = new Int32Array(panel.rows)
    for (let i = 0; i < all.length; i++) all[i] = i
    return all
  }
  const scores = panel.score_z
  if (!scores) throw new Error(`the ${panel.kind} panel has no score_z for ${group.key}`)
  const kept: number[] = []
  for (let i = 0; i < panel.rows; i++) if (!Number.isNaN(scores[i]!)) kept.push(i)
  return Int32Array.from(kept)
}

/** Dense codes of the rows' levels in order of first appearance, and the name of each code. */
function denseLevels(
  rows: Int32Array,
  names: readonly string[],
): { fe: Int32Array; levelNames: string[] } {
  const codes = new Map<string, number>()
  const fe = new Int32Array(rows.length)
  for (let r = 0; r < rows.length; r++) {
    const name = names[rows[r]!]!
    let code = codes.get(name)
    if (code === undefined) {
      code = codes.size
      codes.set(name, code)
    }
    fe[r] = code
  }
  return { fe, levelNames: [...codes.keys()] }
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
    case 'n_creds:score_z': {
      const scores = panel.score_z
      if (!scores) throw new Error(`the ${panel.kind} panel has no score_z`)
      return derived((i) => nCreds[i]! * scores[i]!)
    }
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

/**
 * The columns of a group's design: every regressor any member uses, then every outcome.
 *
 * @example
 * groupColumns(group, years) // regressors of every member, then outcomes
 */
export function groupColumns(group: ModelGroup, years: readonly number[]): string[] {
  const regressors = new Set(group.models.flatMap((model) => regressorNames(model, years)))
  const outcomes = new Set(group.models.map((model) => model.outcome))
  return [...regressors, ...outcomes]
}
