import { describe, expect, it } from 'vitest'
import {
  buildTestCatalog,
  CALIBRATION_DAMPING,
  CALIBRATION_MAX_LOG_STEP,
  CALIBRATION_ROUNDS,
  CSV_FLUSH_CHARS,
  DEFAULT_OBS_END,
  DEFAULT_OBS_START,
  DEFAULT_PARAMETERS,
  DEFAULT_SEED,
  HOURLY_BILLING_DAYS,
  simulationParameters,
  TEST_DIFFICULTY_SD,
  TEST_POPULARITY_EXPONENT,
} from '../../src/simulation/index.js'

describe('simulation parameters', () => {
  it('default to the documented values', () => {
    expect(DEFAULT_OBS_START).toBe(Date.UTC(2015, 0, 1) / 1000)
    expect(DEFAULT_OBS_END).toBe(Date.UTC(2018, 0, 1) / 1000)
    expect(DEFAULT_SEED).toBe(1)
    expect(DEFAULT_PARAMETERS).toMatchInlineSnapshot(`
      {
        "activitySd": 1.5,
        "baseProjectsPerDay": 0.004441947943920136,
        "bonusDelayDays": 3,
        "bonusFraction": 0.1,
        "bonusShare": 0.03,
        "completionLogOdds": 2.2,
        "completionSkillEffect": 0.4,
        "credentialPrecision": 0.25,
        "credentials": "informative",
        "durationMedianDays": 30,
        "durationSd": 0.8,
        "employersPerWorker": 0.6,
        "highScoreBonus": 1,
        "historyPrecision": 0.032565134071299386,
        "hourlyDurationMedianDays": 120,
        "hourlyShare": 0.6,
        "instalmentShare": 0.5,
        "maxInstalments": 4,
        "minProjectUsd": 5,
        "newEntrantTestBoost": 0,
        "newEntrantTestDecayDays": 90,
        "obsEnd": 1514764800,
        "obsStart": 1420070400,
        "ownCategoryTestShare": 0.85,
        "passMark": 60,
        "paymentClearingDays": 10,
        "projectValueSd": 0.9,
        "rateResponse": 0.7492192558316187,
        "rateTraitSd": 0.5,
        "ratedShare": 0.8,
        "ratingCentre": 4.4,
        "ratingScale": 0.15,
        "registrationLeadDays": 365,
        "registrationTailDays": 30,
        "repeatEmployerShare": 0.3,
        "scoreCentre": 62,
        "scoreNoiseSd": 1,
        "scoreScale": 12,
        "seed": 1,
        "testAttemptsPerDay": 0.006,
        "testDelayDays": 90,
        "testSelection": 0.2,
        "valueBeliefWeight": 0.6594074160928167,
        "valueScale": 1,
        "valueUncertaintyCost": 0.32970370804640836,
        "workers": 46791,
      }
    `)
  })

  it('come with fixed constants: catalog, billing, calibration steps, write buffer', () => {
    const catalog = buildTestCatalog()
    expect(catalog.tests).toHaveLength(320)
    expect(catalog.tests[0]!.id).toBe('t001')
    expect(catalog.tests[319]!.id).toBe('t320')
    expect(TEST_DIFFICULTY_SD).toBe(0.3)
    expect(TEST_POPULARITY_EXPONENT).toBe(0.8)
    expect(HOURLY_BILLING_DAYS).toBe(7)
    expect(CALIBRATION_ROUNDS).toBe(6)
    expect(CALIBRATION_DAMPING).toBe(0.7)
    expect(CALIBRATION_MAX_LOG_STEP).toBe(0.7)
    expect(CSV_FLUSH_CHARS).toBe(2 ** 20)
  })

  it('replace only what is given', () => {
    const params = simulationParameters({ workers: 10, credentials: 'placebo' })
    expect(params).toEqual({ ...DEFAULT_PARAMETERS, workers: 10, credentials: 'placebo' })
  })

  it('refuse a value out of range, naming the parameter', () => {
    expect(() => simulationParameters({ workers: 0 })).toThrow(/^workers must be a whole number/)
    expect(() => simulationParameters({ seed: 1.5 })).toThrow(/^seed must be a whole number/)
    expect(() => simulationParameters({ ratedShare: 2 })).toThrow(/^ratedShare must be a number/)
    expect(() => simulationParameters({ obsEnd: DEFAULT_OBS_START })).toThrow(/obsEnd/)
    expect(() =>
      simulationParameters({ credentials: 'sometimes' as unknown as 'placebo' }),
    ).toThrow(/^credentials must be/)
  })
})
