import type { Headline } from '../estimate/headline.js'
import type { ModelEstimate } from '../estimate/model-estimate.js'
import type { ModelKey } from '../estimate/model-spec.js'
import type { StudyEstimates } from '../estimate/study-estimates.js'
import { formatFixed } from './format-numbers.js'

/** Decimals of percentages and ratios in the headline sentences. */
export const HEADLINE_DECIMALS = 1

/** Decimals of dollar amounts in the headline sentences (cents). */
export const DOLLAR_DECIMALS = 2

/** Decimals of the new-entrant ratio (a factor near one). */
export const RATIO_DECIMALS = 2

/**
 * The headline in words, one sentence per outcome, e.g. "One more microcredential raises project
 * value by 9.7 %, about $30.15 a project (p = 0.001)."
 *
 * @example
 * headlineSentences(estimates, 14)[0] // 'One more microcredential raises project value by …'
 */
export function headlineSentences(estimates: StudyEstimates, windowDays: number): string[] {
  const h: Headline = estimates.headline
  const p = (key: ModelKey) => pValueText(estimates[key])
  const percent = (x: number) => `${formatFixed(Math.abs(x), HEADLINE_DECIMALS)} %`
  const dollars = `$${formatFixed(Math.abs(h.usd_per_project), DOLLAR_DECIMALS)}`
  const perProject =
    h.credentials_per_extra_project > 0
      ? `one more project per ${formatFixed(h.credentials_per_extra_project, HEADLINE_DECIMALS)} credentials`
      : `one project fewer per ${formatFixed(-h.credentials_per_extra_project, HEADLINE_DECIMALS)} credentials`
  return [
    `One more microcredential ${verb(h.project_value_pct)} project value by ${percent(h.project_value_pct)}, about ${dollars} a project (${p('main.log_value.event')}).`,
    `It ${verb(h.n_projects_pct)} the number of projects a worker starts in ${windowDays} days by ${percent(h.n_projects_pct)}: ${perProject} (${p('main.n_projects.event')}).`,
    `It ${verb(h.earnings_pct)} earnings by ${percent(h.earnings_pct)} (${p('main.earnings.event')}).`,
    `For a new entrant the effect on project value is ${formatFixed(h.new_entrant_ratio_log_value, RATIO_DECIMALS)} times the effect for a worker of average experience.`,
  ]
}

function verb(change: number): string {
  return change >= 0 ? 'raises' : 'lowers'
}

function pValueText(model: ModelEstimate): string {
  const p = model.p.n_creds
  if (p === undefined) return 'not estimable'
  return p < 0.001 ? 'p < 0.001' : `p = ${formatFixed(p, 3)}`
}
