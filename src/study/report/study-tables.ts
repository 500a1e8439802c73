import type { StudyEstimates } from '../estimate/study-estimates.js'
import { type RegressionTable, regressionTable, type TableColumn } from './regression-table.js'

const OUTCOME_HEADINGS = [
  ['log_value', 'Log project value'],
  ['n_projects', 'Projects'],
  ['any_project', 'Any project'],
  ['earnings', 'Earnings ($)'],
] as const

function columns(spec: string, fe: 'event' | 'worker'): TableColumn[] {
  return OUTCOME_HEADINGS.map(([outcome, heading]) => ({
    key: `${spec}.${outcome}.${fe}`,
    heading,
  }))
}

/**
 * The report's four tables: main, quadratic, heterogeneity by experience, dynamic.
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
      ...columns('experience', 'event'),
      ...columns('new_entrant', 'event'),
    ]),
    regressionTable(
      estimates,
      `Table 4. Event study: periods of ${windowDays} days around the credential (k = −1 omitted)`,
      OUTCOME_HEADINGS.slice(1).map(([outcome, heading]) => ({
        key: `dynamic.${outcome}.event`,
        heading,
      })),
    ),
  ]
}
