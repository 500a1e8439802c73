import { MARKET_CATEGORIES } from './categories.js'
import { type Interval, type MarketFigures, measureMarket } from './market-figures.js'
import { DEFAULT_WORKERS, type SimulationParameters } from './parameters.js'

/** The paper's figures the calibration aims at (Kässi & Lehdonvirta 2024). */
export const CALIBRATION_TARGETS = {
  /** 467,455 projects for 46,791 workers, scaled to the market's size. */
  projectsPerWorker: 467_455 / DEFAULT_WORKERS,
  projectValuePct: 9.7,
  projectsPct: 5.5,
  newEntrantRatio: 1.5,
} as const

/** Rounds of the search; each round simulates and studies the whole market once. */
export const CALIBRATION_ROUNDS = 6

/** The four parameters the calibration sets; the rest keep their documented values. */
export type CalibratedParameters = Pick<
  SimulationParameters,
  | 'baseProjectsPerDay'
  | 'valueBeliefWeight'
  | 'valueUncertaintyCost'
  | 'rateResponse'
  | 'historyPrecision'
>

export interface CalibrationResult {
  readonly parameters: CalibratedParameters
  readonly rounds: readonly CalibrationRound[]
}

export interface CalibrationRound {
  readonly parameters: CalibratedParameters
  readonly projects: number
  readonly distinctTests: number
  /** Share of workers per category in percent, by category name. */
  readonly categorySharesPct: Readonly<Record<string, number>>
  readonly projectValuePct: Interval
  readonly projectsPct: Interval
  readonly earningsPct: Interval
  readonly newEntrantRatio: number
  readonly quadraticTerm: Interval
}

export interface CalibrateOptions {
  readonly rounds?: number
  readonly log?: (line: string) => void
}

/**
 * Searches the key parameters against the paper's figures by running the study on the market:
 * each target mostly answers to one parameter (project count to the base rate, value effect to
 * the price scale β and γ together, count effect to the rate response ψ, new-entrant ratio to
 * the history precision τ_h), so each round moves every parameter by a secant step on its own
 * target, from the last two rounds (a proportional step in the first).
 *
 * @example
 * const { parameters } = await calibrateMarket(simulationParameters({ workers: 5000 }), { rounds: 2 })
 */
export async function calibrateMarket(
  start: SimulationParameters,
  options: CalibrateOptions = {},
): Promise<CalibrationResult> {
  const rounds: CalibrationRound[] = []
  let params = start
  for (let r = 0; r < (options.rounds ?? CALIBRATION_ROUNDS); r++) {
    const round = summariseFigures(params, await measureMarket(params))
    options.log?.(`round ${r + 1}: ${JSON.stringify(round)}`)
    const previous = rounds[rounds.length - 1]
    rounds.push(round)
    params = { ...params, ...nextParameters(round, previous, params.workers) }
  }
  return { parameters: pick(params), rounds }
}

function nextParameters(
  now: CalibrationRound,
  before: CalibrationRound | undefined,
  workers: number,
): CalibratedParameters {
  const p = now.parameters
  const b = before?.parameters
  const targetProjects = CALIBRATION_TARGETS.projectsPerWorker * workers
  // The price scale multiplies β and γ together; it is searched on the log of the value effect.
  const scale = logStep(
    [Math.log(p.valueBeliefWeight), logEffect(now.projectValuePct.estimate)],
    b && before
      ? [Math.log(b.valueBeliefWeight), logEffect(before.projectValuePct.estimate)]
      : undefined,
    logEffect(CALIBRATION_TARGETS.projectValuePct),
    1,
  )
  const rate = logStep(
    [Math.log(p.rateResponse), Math.log(Math.max(now.projectsPct.estimate, 0.1))],
    b && before
      ? [Math.log(b.rateResponse), Math.log(Math.max(before.projectsPct.estimate, 0.1))]
      : undefined,
    Math.log(CALIBRATION_TARGETS.projectsPct),
    1,
  )
  const history = logStep(
    [Math.log(p.historyPrecision), now.newEntrantRatio],
    b && before ? [Math.log(b.historyPrecision), before.newEntrantRatio] : undefined,
    CALIBRATION_TARGETS.newEntrantRatio,
    0.5,
  )
  return {
    baseProjectsPerDay: (p.baseProjectsPerDay * targetProjects) / Math.max(1, now.projects),
    valueBeliefWeight: p.valueBeliefWeight * Math.exp(scale),
    valueUncertaintyCost: p.valueUncertaintyCost * Math.exp(scale),
    rateResponse: p.rateResponse * Math.exp(rate),
    historyPrecision: p.historyPrecision * Math.exp(history),
  }
}

/** Damping of every step: the study's estimates are noisy, so a full step chases noise. */
export const CALIBRATION_DAMPING = 0.7
/** Largest move of a parameter's log in one round. */
export const CALIBRATION_MAX_LOG_STEP = 0.7

/**
 * A damped secant step in x (a parameter's log) towards f(x) = target, from this round and the
 * one before; without a usable earlier point (none, or a slope of the wrong sign), `slopeGuess`.
 */
function logStep(
  [x, f]: readonly [number, number],
  earlier: readonly [number, number] | undefined,
  target: number,
  slopeGuess: number,
): number {
  let slope = slopeGuess
  if (earlier && earlier[0] !== x) {
    const secant = (f - earlier[1]) / (x - earlier[0])
    if (Number.isFinite(secant) && secant > 0) slope = secant
  }
  const step = (CALIBRATION_DAMPING * (target - f)) / slope
  return clamp(step, -CALIBRATION_MAX_LOG_STEP, CALIBRATION_MAX_LOG_STEP)
}

function logEffect(pct: number): number {
  return Math.log(Math.max(Math.log1p(pct / 100), 1e-3))
}

/** The figures a round is judged by (the market's project count and the study's estimates). */
export function summariseFigures(
  params: SimulationParameters,
  figures: MarketFigures,
): CalibrationRound {
  return {
    parameters: pick(params),
    projects: figures.projects,
    distinctTests: figures.distinctTests,
    categorySharesPct: Object.fromEntries(
      MARKET_CATEGORIES.map((c, i) => [c.name, figures.categorySharesPct[i]!]),
    ),
    projectValuePct: figures.projectValuePct,
    projectsPct: figures.projectsPct,
    earningsPct: figures.earningsPct,
    newEntrantRatio: figures.newEntrantRatio,
    quadraticTerm: figures.quadraticTerm,
  }
}

function pick(p: SimulationParameters): CalibratedParameters {
  return {
    baseProjectsPerDay: p.baseProjectsPerDay,
    valueBeliefWeight: p.valueBeliefWeight,
    valueUncertaintyCost: p.valueUncertaintyCost,
    rateResponse: p.rateResponse,
    historyPrecision: p.historyPrecision,
  }
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x))
}
