import type { ModelEstimate } from '../estimate/model-estimate.js'
import type { ModelKey } from '../estimate/model-spec.js'
import type { StudyEstimates } from '../estimate/study-estimates.js'
import { formatCount, formatEstimate, formatFixed, R2_DECIMALS } from './format-numbers.js'
import { significanceStars } from './significance-stars.js'

/** A table as rows of text cells, rendered to Markdown or HTML alike. */
export interface RegressionTable {
  readonly title: string
  /** Column headings, numbered, one per model; the first is the row-label column's (empty). */
  readonly columns: readonly string[]
  /** Per coefficient: the estimate with stars, then the standard error in parentheses. */
  readonly body: readonly TableRow[]
  /** Year dummies, fixed effects, observations, clusters, R². */
  readonly footer: readonly TableRow[]
}

export interface TableRow {
  readonly label: string
  readonly cells: readonly string[]
}

/** A column of a table: which model, under which heading. */
export interface TableColumn {
  readonly key: ModelKey
  readonly heading: string
}

const LABELS: Readonly<Record<string, string>> = {
  n_creds: 'Credentials',
  n_creds_sq10: 'Credentials² / 10',
  'n_creds:experience': 'Credentials × experience',
  'n_creds:new_entrant': 'Credentials × new entrant',
  'n_creds:score_z': 'Credentials × test score (z)',
  avg_rating: 'Average rating',
  no_rating: 'No rating yet',
  cum_earnings_asinh: 'asinh(earnings so far)',
  cum_completed: 'Projects completed',
}

/**
 * The reader's name of a coefficient: `k::-4` → 'Period −4', `n_creds` → 'Credentials'.
 *
 * @example
 * coefficientLabel('k::-4') // 'Period −4'
 */
export function coefficientLabel(name: string): string {
  if (name.startsWith('k::')) return `Period ${formatFixed(Number(name.slice(3)), 0)}`
  return LABELS[name] ?? name
}

/**
 * Lays the named models side by side in the paper's style: each coefficient with its stars over
 * its clustered standard error in parentheses; blank where a model has no such coefficient.
 *
 * @example
 * regressionTable(estimates, 'Table 1', [{ key: 'main.earnings.event', heading: 'Earnings' }])
 */
export function regressionTable(
  estimates: StudyEstimates,
  title: string,
  columns: readonly TableColumn[],
): RegressionTable {
  const models = columns.map((column) => modelOf(estimates, column.key))
  const names = [...new Set(models.flatMap((model) => Object.keys(model.coef)))]
  const body = names.flatMap((name) => [
    {
      label: coefficientLabel(name),
      cells: models.map((m) => {
        const coef = m.coef[name]
        return coef === undefined ? '' : `${formatEstimate(coef)}${significanceStars(m.p[name]!)}`
      }),
    },
    {
      label: '',
      cells: models.map((m) => {
        const se = m.se[name]
        return se === undefined ? '' : `(${formatEstimate(se)})`
      }),
    },
  ])
  const footer = [
    {
      label: 'Year dummies',
      cells: models.map((m) => (m.formula.includes('i(year)') ? 'Yes' : 'No')),
    },
    { label: 'Fixed effects', cells: models.map((m) => fixedEffectName(m)) },
    { label: 'Observations', cells: models.map((m) => formatCount(m.nobs)) },
    { label: 'Workers (clusters)', cells: models.map((m) => formatCount(m.n_clusters)) },
    { label: 'Adjusted R²', cells: models.map((m) => formatFixed(m.adj_r2, R2_DECIMALS)) },
    { label: 'Within R²', cells: models.map((m) => formatFixed(m.within_r2, R2_DECIMALS)) },
  ]
  const headings = columns.map((c, i) => `(${i + 1}) ${c.heading}`)
  return { title, columns: ['', ...headings], body, footer }
}

function modelOf(estimates: StudyEstimates, key: ModelKey): ModelEstimate {
  const model = estimates[key]
  if (!model) throw new Error(`no model ${key} in the estimates`)
  return model
}

function fixedEffectName(model: ModelEstimate): string {
  if (model.formula.endsWith('| worker_id')) return 'Worker'
  return model.formula.endsWith('| test_id') ? 'Test' : 'Event'
}
