import type { ModelKey, Outcome, PeriodOutcome } from '../estimate/model-spec.js'
import type { StudyEstimates } from '../estimate/study-estimates.js'
import { type RegressionTable, regressionTable, type TableColumn } from './regression-table.js'

const OUTCOME_HEADINGS: readonly (readonly [Outcome, string])[] = [
  ['log_value', 'Log project value'],
  ['n_projects', 'Projects'],
  ['any_project', 'Any project'],
  ['earnings', 'Earnings ($)'],
]

const PERIOD_OUTCOME_HEADINGS = OUTCOME_HEADINGS.slice(1) as readonly (readonly [
  PeriodOutcome,
  string,
])[]

function columns(spec: 'main' | 'quadratic', fe: 'event' | 'worker'): TableColumn[] {
  return OUTCOME_HEADINGS.map(([outcome, heading]) => ({
    key: `${spec}.${outcome}.${fe}`,
    heading,
  }))
}

function eventColumns(spec: 'experience' | 'new_entrant' | 'design_check'): TableColumn[] {
  return OUTCOME_HEADINGS.map(([outcome, heading]) => ({
    key: `${spec}.${outcome}.event`,
    heading,
  }))
}

function dynamicColumns(): TableColumn[] {
  return PERIOD_OUTCOME_HEADINGS.map(([outcome, heading]) => ({
    key: `dynamic.${outcome}.event` satisfies ModelKey,
    heading,
  }))
}

function scoreColumns(): TableColumn[] {
  return OUTCOME_HEADINGS.map(([outcome, heading]) => ({ key: `score.${outcome}.test`, heading }))
}

/**
 * The report's tables: main, quadratic, heterogeneity by experience, dynamic, and returns by
 * test score (the paper's Table 8).
 *
 * @example
 * studyTables(estimates, 14).map((t) => t.title)
 */
export function studyTables(estimates: StudyEstimates, windowDays: number): RegressionTable[] {
  return [
    regressionTable(estimates, 'Table 1. Credentials and outcomes', [
      ...columns('main', 'event'),
      ...columns('main', 'worker'),
    ]),
    regressionTable(estimates, 'Table 2. Diminishing returns to credentials', [
      ...columns('quadratic', 'event'),
      ...columns('quadratic', 'worker'),
    ]),
    regressionTable(estimates, 'Table 3. New entrants and experienced workers', [
      ...eventColumns('experience'),
      ...eventColumns('new_entrant'),
    ]),
    regressionTable(
      estimates,
      `Table 4. Event study: periods of ${windowDays} days around the credential (k = −1 omitted)`,
      dynamicColumns(),
    ),
    regressionTable(
      estimates,
      'Table 8. Returns by test score: credentials and their interaction with the standardized ' +
        'rank of the score within its test (test fixed effects)',
      scoreColumns(),
    ),
  ]
}
