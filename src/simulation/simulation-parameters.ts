import { DEFAULT_PARAMETERS, type SimulationParameters } from './parameters.js'

type NumericKey = {
  [K in keyof SimulationParameters]: SimulationParameters[K] extends number ? K : never
}[keyof SimulationParameters]

/** Bounds each numeric parameter must respect; `integer` ones must also be whole numbers. */
const RULES: Readonly<Record<NumericKey, readonly [min: number, max: number, integer?: true]>> = {
  seed: [0, 2 ** 32 - 1, true],
  workers: [1, 50_000_000, true],
  obsStart: [-8.64e12, 8.64e12, true],
  obsEnd: [-8.64e12, 8.64e12, true],
  registrationLeadDays: [0, 36_500],
  registrationTailDays: [0, 36_500],
  baseProjectsPerDay: [0, 100],
  activitySd: [0, 5],
  rateTraitSd: [0, 5],
  projectValueSd: [0, 5],
  valueScale: [1e-6, 1e6],
  minProjectUsd: [0.01, 1e6],
  valueBeliefWeight: [-10, 10],
  valueUncertaintyCost: [-10, 10],
  rateResponse: [-10, 10],
  credentialPrecision: [0, 1e3],
  highScoreBonus: [0, 1e3],
  historyPrecision: [1e-9, 1e3],
  hourlyShare: [0, 1],
  durationMedianDays: [1 / 24, 3650],
  hourlyDurationMedianDays: [1 / 24, 3650],
  durationSd: [0, 5],
  completionLogOdds: [-20, 20],
  completionSkillEffect: [-20, 20],
  ratedShare: [0, 1],
  ratingCentre: [1, 5],
  ratingScale: [0, 10],
  instalmentShare: [0, 1],
  maxInstalments: [2, 98, true],
  paymentClearingDays: [0, 365],
  bonusShare: [0, 1],
  bonusFraction: [0, 10],
  bonusDelayDays: [0, 365],
  employersPerWorker: [1e-6, 1e3],
  repeatEmployerShare: [0, 1],
  testAttemptsPerDay: [0, 100],
  testSelection: [-10, 10],
  newEntrantTestBoost: [0, 1e3],
  newEntrantTestDecayDays: [1e-3, 36_500],
  testDelayDays: [0, 36_500],
  ownCategoryTestShare: [0, 1],
  scoreCentre: [0, 100],
  scoreScale: [1e-3, 1e3],
  scoreNoiseSd: [0, 100],
  passMark: [1, 100, true],
}

/**
 * The defaults with the given parameters replaced, checked: throws RangeError naming the first
 * parameter out of its range.
 *
 * @example
 * simulationParameters({ workers: 2000, seed: 3, credentials: 'placebo' })
 */
export function simulationParameters(
  overrides: Partial<SimulationParameters> = {},
): SimulationParameters {
  const params = { ...DEFAULT_PARAMETERS, ...overrides }
  for (const [key, [min, max, integer]] of Object.entries(RULES)) {
    const value = params[key as NumericKey]
    const whole = integer ? Number.isInteger(value) : Number.isFinite(value)
    if (typeof value !== 'number' || !whole || value < min || value > max) {
      const kind = integer ? 'a whole number' : 'a number'
      throw new RangeError(`${key} must be ${kind} from ${min} to ${max}, got ${String(value)}`)
    }
  }
  if (params.credentials !== 'informative' && params.credentials !== 'placebo') {
    throw new RangeError(
      `credentials must be 'informative' or 'placebo', got ${params.credentials}`,
    )
  }
  if (params.obsEnd <= params.obsStart) throw new RangeError('obsEnd must be after obsStart')
  return params
}
