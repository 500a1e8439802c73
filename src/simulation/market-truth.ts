import { DEFAULT_WINDOW_DAYS } from '../study/index.js'
import type { PairedHistory } from './market.js'
import type { SimulationParameters } from './parameters.js'
import { SECONDS_PER_DAY } from './time.js'

/**
 * What credentials truly do in a simulated market, per award, over the window after it, in the
 * headline's units: the market's lead over its placebo replay in the window after the award, less
 * its lead in the window before (which earlier credentials made). Awards whose two windows lie in
 * the observed span count, as in the study's main sample.
 */
export interface MarketTruth {
  readonly events: number
  /** 100·(exp(Δ) − 1), Δ the change in mean log project value (events with projects in all four windows). */
  readonly projectValuePct: number
  /** 100·Δ projects / mean projects in the window before the award. */
  readonly projectsPct: number
  /** 100·Δ earnings / mean earnings in the window before the award. */
  readonly earningsPct: number
}

/** Sums over awards, worker by worker; `truth()` gives the averages. */
export class TruthTally {
  private events = 0
  private projectsChange = 0
  private projectsBefore = 0
  private earningsChange = 0
  private earningsBefore = 0
  private valueEvents = 0
  private valueChange = 0
  private readonly window: number

  constructor(private readonly params: SimulationParameters) {
    // The study's window: the truth covers the same periods the study compares.
    this.window = DEFAULT_WINDOW_DAYS * SECONDS_PER_DAY
  }

  add({ market, placebo }: PairedHistory): void {
    const w = this.window
    for (const award of market.awards) {
      const t = award.awardedAt
      if (t - w < this.params.obsStart || t + w > this.params.obsEnd) continue
      const before = [window(market, t - w, t), window(placebo, t - w, t)] as const
      const after = [window(market, t, t + w), window(placebo, t, t + w)] as const
      this.events++
      this.projectsChange += after[0].projects - after[1].projects
      this.projectsChange -= before[0].projects - before[1].projects
      this.projectsBefore += before[0].projects
      this.earningsChange += after[0].earnings - after[1].earnings
      this.earningsChange -= before[0].earnings - before[1].earnings
      this.earningsBefore += before[0].earnings
      const all = [...before, ...after]
      if (all.every((x) => x.projects > 0)) {
        this.valueEvents++
        this.valueChange +=
          after[0].meanLogValue -
          after[1].meanLogValue -
          (before[0].meanLogValue - before[1].meanLogValue)
      }
    }
  }

  truth(): MarketTruth {
    return {
      events: this.events,
      projectValuePct: 100 * Math.expm1(this.valueChange / this.valueEvents),
      projectsPct: (100 * this.projectsChange) / this.projectsBefore,
      earningsPct: (100 * this.earningsChange) / this.earningsBefore,
    }
  }
}

/** Projects started, their mean log value, and earnings paid in [from, to). */
function window(
  history: PairedHistory['market'],
  from: number,
  to: number,
): { projects: number; meanLogValue: number; earnings: number } {
  let projects = 0
  let logValues = 0
  for (const project of history.projects) {
    if (project.startedAt >= from && project.startedAt < to) {
      projects++
      logValues += Math.log(project.valueUsd)
    }
  }
  let earnings = 0
  for (const payment of history.payments) {
    if (payment.paidAt >= from && payment.paidAt < to) earnings += payment.amountUsd
  }
  return { projects, meanLogValue: projects > 0 ? logValues / projects : 0, earnings }
}
