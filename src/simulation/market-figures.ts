import tQuantile from '@stdlib/stats-base-dists-t-quantile'
import {
  type ModelEstimate,
  type ModelKey,
  memoryRecordSource,
  runStudy,
  type StudyEstimates,
  studySettings,
  type WorkerHistory,
} from '../study/index.js'
import { MARKET_CATEGORIES } from './categories.js'
import { simulateMarket } from './market.js'
import type { SimulationParameters } from './parameters.js'

/** A figure with its 95 % confidence interval (Student's t with G − 1 degrees of freedom). */
export interface Interval {
  readonly estimate: number
  readonly low: number
  readonly high: number
}

/** What the study finds on a simulated market, in the paper's units. */
export interface MarketFigures {
  readonly workers: number
  readonly projects: number
  readonly distinctTests: number
  /** Share of workers per category, in MARKET_CATEGORIES order, in percent. */
  readonly categorySharesPct: readonly number[]
  /** 100·(exp(b) − 1), main spec, event FE. */
  readonly projectValuePct: Interval
  /** 100·b / mean pre-period n_projects. */
  readonly projectsPct: Interval
  /** 100·b / mean pre-period earnings. */
  readonly earningsPct: Interval
  readonly newEntrantRatio: number
  /** n_creds²/10 in the quadratic model on log value, event FE. */
  readonly quadraticTerm: Interval
  readonly estimates: StudyEstimates
}

/**
 * Simulates the market and runs the impact study's pipeline on it in memory, worker by worker
 * (the figures are those of the main specification with event fixed effects).
 *
 * @example
 * const figures = await measureMarket(simulationParameters({ workers: 5000 }))
 * figures.projectValuePct.estimate // e.g. 9.7
 */
export async function measureMarket(params: SimulationParameters): Promise<MarketFigures> {
  const settings = studySettings({ obsStart: params.obsStart, obsEnd: params.obsEnd })
  const tests = new Set<string>()
  const categoryIndex = new Map(MARKET_CATEGORIES.map((c, i) => [c.name as string, i]))
  const categories = new Array<number>(MARKET_CATEGORIES.length).fill(0)
  function* tallied(): Generator<WorkerHistory> {
    for (const history of simulateMarket(params)) {
      for (const award of history.awards) tests.add(award.testId)
      categories[categoryIndex.get(history.category)!]!++
      yield history
    }
  }
  const run = await runStudy(memoryRecordSource(tallied()), settings, { keepPanels: false })
  const { estimates, counts } = run
  const { headline } = estimates
  const model = (key: ModelKey): ModelEstimate => estimates[key]
  const value = interval(model('main.log_value.event'), 'n_creds')
  const scaled = (i: Interval, pct: number): Interval => ({
    estimate: pct,
    low: (pct * i.low) / i.estimate,
    high: (pct * i.high) / i.estimate,
  })
  const pctOfLog = (x: number) => 100 * Math.expm1(x)
  return {
    workers: counts.workers,
    projects: counts.projects,
    distinctTests: tests.size,
    categorySharesPct: categories.map((n) => (100 * n) / counts.workers),
    projectValuePct: {
      estimate: pctOfLog(value.estimate),
      low: pctOfLog(value.low),
      high: pctOfLog(value.high),
    },
    projectsPct: scaled(
      interval(model('main.n_projects.event'), 'n_creds'),
      headline.n_projects_pct,
    ),
    earningsPct: scaled(interval(model('main.earnings.event'), 'n_creds'), headline.earnings_pct),
    newEntrantRatio: headline.new_entrant_ratio_log_value,
    quadraticTerm: interval(model('quadratic.log_value.event'), 'n_creds_sq10'),
    estimates,
  }
}

function interval(model: ModelEstimate, name: string): Interval {
  const b = model.coef[name] ?? Number.NaN
  const half = tQuantile(0.975, model.n_clusters - 1) * (model.se[name] ?? Number.NaN)
  return { estimate: b, low: b - half, high: b + half }
}
