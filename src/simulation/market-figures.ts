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
import { simulateMarket, simulatePairedMarket } from './market.js'
import { type MarketTruth, TruthTally } from './market-truth.js'
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
  /** The same three figures from the design check (event FE, no controls). */
  readonly designCheck: {
    readonly projectValuePct: Interval
    readonly projectsPct: Interval
    readonly earningsPct: Interval
  }
  /** Dynamic coefficients of the periods before the award (k = −4, −3, −2), in the model's units. */
  readonly preTrend: {
    readonly projects: readonly PeriodCoefficient[]
    readonly earnings: readonly PeriodCoefficient[]
  }
  /** What credentials truly do, from the placebo replay; null unless asked for. */
  readonly truth: MarketTruth | null
  readonly estimates: StudyEstimates
}

export interface PeriodCoefficient extends Interval {
  readonly k: number
}

export interface MeasureOptions {
  /** Also replay every worker with placebo credentials and measure the true effects. */
  readonly truth?: boolean
}

/**
 * Simulates the market and runs the impact study's pipeline on it in memory, worker by worker
 * (the figures are those of the main specification with event fixed effects).
 *
 * @example
 * const figures = await measureMarket(simulationParameters({ workers: 5000 }))
 * figures.projectValuePct.estimate // e.g. 9.7
 */
export async function measureMarket(
  params: SimulationParameters,
  options: MeasureOptions = {},
): Promise<MarketFigures> {
  const settings = studySettings({ obsStart: params.obsStart, obsEnd: params.obsEnd })
  const tests = new Set<string>()
  const categoryIndex = new Map(MARKET_CATEGORIES.map((c, i) => [c.name as string, i]))
  const categories = new Array<number>(MARKET_CATEGORIES.length).fill(0)
  const truth = options.truth ? new TruthTally(params) : null
  function* histories() {
    if (!truth) {
      yield* simulateMarket(params)
      return
    }
    for (const pair of simulatePairedMarket(params)) {
      truth.add(pair)
      yield pair.market
    }
  }
  function* tallied(): Generator<WorkerHistory> {
    for (const history of histories()) {
      for (const award of history.awards) tests.add(award.testId)
      categories[categoryIndex.get(history.category)!]!++
      yield history
    }
  }
  const run = await runStudy(memoryRecordSource(tallied()), settings, { keepPanels: false })
  const { estimates, counts } = run
  const { headline, headline_design_check: check } = estimates
  const model = (key: ModelKey): ModelEstimate => estimates[key]
  const value = interval(model('main.log_value.event'), 'n_creds')
  const scaled = (i: Interval, pct: number): Interval => ({
    estimate: pct,
    low: (pct * i.low) / i.estimate,
    high: (pct * i.high) / i.estimate,
  })
  const pctOfLog = (x: number) => 100 * Math.expm1(x)
  const logPct = (i: Interval): Interval => ({
    estimate: pctOfLog(i.estimate),
    low: pctOfLog(i.low),
    high: pctOfLog(i.high),
  })
  return {
    workers: counts.workers,
    projects: counts.projects,
    distinctTests: tests.size,
    categorySharesPct: categories.map((n) => (100 * n) / counts.workers),
    projectValuePct: logPct(value),
    projectsPct: scaled(
      interval(model('main.n_projects.event'), 'n_creds'),
      headline.n_projects_pct,
    ),
    earningsPct: scaled(interval(model('main.earnings.event'), 'n_creds'), headline.earnings_pct),
    newEntrantRatio: headline.new_entrant_ratio_log_value,
    quadraticTerm: interval(model('quadratic.log_value.event'), 'n_creds_sq10'),
    designCheck: {
      projectValuePct: logPct(interval(model('design_check.log_value.event'), 'n_creds')),
      projectsPct: scaled(
        interval(model('design_check.n_projects.event'), 'n_creds'),
        check.n_projects_pct,
      ),
      earningsPct: scaled(
        interval(model('design_check.earnings.event'), 'n_creds'),
        check.earnings_pct,
      ),
    },
    preTrend: {
      projects: before(model('dynamic.n_projects.event')),
      earnings: before(model('dynamic.earnings.event')),
    },
    truth: truth?.truth() ?? null,
    estimates,
  }
}

function interval(model: ModelEstimate, name: string): Interval {
  const b = model.coef[name] ?? Number.NaN
  const half = tQuantile(0.975, model.n_clusters - 1) * (model.se[name] ?? Number.NaN)
  return { estimate: b, low: b - half, high: b + half }
}

/** The periods before the award, each with its interval. */
function before(model: ModelEstimate): PeriodCoefficient[] {
  return [-4, -3, -2].map((k) => ({ k, ...interval(model, `k::${k}`) }))
}

/** One outcome's estimate under both designs, beside what credentials truly do. */
export interface EffectBesideTruth {
  readonly paperDesign: Interval
  readonly designCheck: Interval
  /** The true average effect of an award over the window after it; null when not measured. */
  readonly truth: number | null
}

/**
 * The three headline effects side by side with the truth, so a reader sees which design
 * recovers it (`simulate --measure`).
 *
 * @example
 * effectsBesideTruth(await measureMarket(params, { truth: true })).earningsPct.truth
 */
export function effectsBesideTruth(
  figures: MarketFigures,
): Readonly<Record<'projectValuePct' | 'projectsPct' | 'earningsPct', EffectBesideTruth>> {
  const truth = figures.truth
  return {
    projectValuePct: {
      paperDesign: figures.projectValuePct,
      designCheck: figures.designCheck.projectValuePct,
      truth: truth?.projectValuePct ?? null,
    },
    projectsPct: {
      paperDesign: figures.projectsPct,
      designCheck: figures.designCheck.projectsPct,
      truth: truth?.projectsPct ?? null,
    },
    earningsPct: {
      paperDesign: figures.earningsPct,
      designCheck: figures.designCheck.earningsPct,
      truth: truth?.earningsPct ?? null,
    },
  }
}
