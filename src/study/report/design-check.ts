import tQuantile from '@stdlib/stats-base-dists-t-quantile'
import type { ModelEstimate } from '../estimate/model-estimate.js'
import type { StudyEstimates } from '../estimate/study-estimates.js'
import { CONFIDENCE_LEVEL } from './event-study-points.js'
import { formatEstimate, formatFixed } from './format-numbers.js'
import { HEADLINE_DECIMALS } from './headline-text.js'
import type { RegressionTable } from './regression-table.js'

/** A coefficient with its interval, and the same as a headline percentage. */
export interface DesignFigure {
  readonly estimate: number
  readonly low: number
  readonly high: number
  readonly pct: number
  readonly pctLow: number
  readonly pctHigh: number
}

/** One outcome under the paper's design and under the design check. */
export interface DesignComparison {
  readonly outcome: 'project value' | 'projects' | 'earnings'
  readonly paper: DesignFigure
  readonly check: DesignFigure
  /** Either estimate lies outside the other's interval. */
  readonly disagree: boolean
}

/**
 * The paper's design (event FE with controls) against the design check (event FE, no controls)
 * for project value, projects and earnings, each with its CONFIDENCE_LEVEL interval (Student's t,
 * G − 1 degrees of freedom) in the coefficient's units and as a headline percentage.
 *
 * @example
 * designComparisons(estimates).filter((c) => c.disagree).map((c) => c.outcome) // ['earnings']
 */
export function designComparisons(estimates: StudyEstimates): DesignComparison[] {
  const h = estimates.headline
  const d = estimates.headline_design_check
  const logPct = (b: number) => 100 * Math.expm1(b)
  const rows = [
    {
      outcome: 'project value' as const,
      paper: figure(estimates['main.log_value.event'], logPct),
      check: figure(estimates['design_check.log_value.event'], logPct),
    },
    {
      outcome: 'projects' as const,
      ...linearPair(
        estimates['main.n_projects.event'],
        estimates['design_check.n_projects.event'],
        h.n_projects_pct,
        d.n_projects_pct,
      ),
    },
    {
      outcome: 'earnings' as const,
      ...linearPair(
        estimates['main.earnings.event'],
        estimates['design_check.earnings.event'],
        h.earnings_pct,
        d.earnings_pct,
      ),
    },
  ]
  return rows.map((row) => ({
    ...row,
    disagree: outside(row.paper.estimate, row.check) || outside(row.check.estimate, row.paper),
  }))
}

/**
 * Outcomes measured in levels: the headline percentage is 100·b / the pre-period mean, the same
 * mean under both designs, read back from whichever headline has a non-zero coefficient.
 */
function linearPair(
  paper: ModelEstimate,
  check: ModelEstimate,
  paperPct: number,
  checkPct: number,
): { paper: DesignFigure; check: DesignFigure } {
  const bPaper = coefficient(paper)
  const bCheck = coefficient(check)
  const perUnit = bPaper !== 0 ? paperPct / bPaper : bCheck !== 0 ? checkPct / bCheck : 0
  const scale = (b: number) => b * perUnit
  return { paper: figure(paper, scale), check: figure(check, scale) }
}

function figure(model: ModelEstimate, pct: (b: number) => number): DesignFigure {
  const estimate = coefficient(model)
  const half = tQuantile(1 - (1 - CONFIDENCE_LEVEL) / 2, model.n_clusters - 1) * model.se.n_creds!
  return {
    estimate,
    low: estimate - half,
    high: estimate + half,
    pct: pct(estimate),
    pctLow: pct(estimate - half),
    pctHigh: pct(estimate + half),
  }
}

function coefficient(model: ModelEstimate): number {
  const b = model.coef.n_creds
  if (b === undefined) throw new Error(`${model.formula}: n_creds was dropped, no design check`)
  return b
}

function outside(value: number, figure: DesignFigure): boolean {
  return value < figure.low || value > figure.high
}

/**
 * The comparison as a table: per outcome, each design's coefficient, interval and percentage.
 *
 * @example
 * tableMarkdown(designCheckTable(designComparisons(estimates)))
 */
export function designCheckTable(comparisons: readonly DesignComparison[]): RegressionTable {
  const interval = (low: number, high: number, format: (x: number) => string) =>
    `[${format(low)}, ${format(high)}]`
  const pct = (x: number) => formatFixed(x, HEADLINE_DECIMALS)
  const cells = (f: DesignFigure) => [
    formatEstimate(f.estimate),
    interval(f.low, f.high, formatEstimate),
    `${pct(f.pct)} % ${interval(f.pctLow, f.pctHigh, pct)}`,
  ]
  const level = `${CONFIDENCE_LEVEL * 100} %`
  return {
    title: "Design check: the paper's design beside the same comparison without controls",
    columns: [
      '',
      'Paper design: estimate',
      `${level} interval`,
      'Headline %',
      'Design check: estimate',
      `${level} interval`,
      'Headline %',
    ],
    body: comparisons.map((c) => ({
      label: capitalised(c.outcome),
      cells: [...cells(c.paper), ...cells(c.check)],
    })),
    footer: [],
  }
}

/**
 * One plain sentence per outcome where the designs disagree, or one saying they agree.
 *
 * @example
 * designCheckSentences(designComparisons(estimates))[0] // 'Earnings: the paper's design …'
 */
export function designCheckSentences(comparisons: readonly DesignComparison[]): string[] {
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${formatFixed(x, HEADLINE_DECIMALS)} %`
  const disagreeing = comparisons.filter((c) => c.disagree)
  if (disagreeing.length === 0) {
    return [
      "The paper's design and the design check agree on project value, projects and earnings: " +
        `each estimate lies inside the other design's ${CONFIDENCE_LEVEL * 100} % interval.`,
    ]
  }
  return disagreeing.map(
    (c) =>
      `${capitalised(c.outcome)}: the paper's design gives ${pct(c.paper.pct)} but the same ` +
      `comparison without controls gives ${pct(c.check.pct)}, and one lies outside the other's ` +
      `${CONFIDENCE_LEVEL * 100} % interval. A design choice, not the credential, makes the gap: ` +
      `the paper's controls are measured at each period's start, so after the award they already ` +
      `hold the worker's own outcomes from before it. Read this figure of the paper's design ` +
      `with care.`,
  )
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
