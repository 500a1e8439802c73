import { describe, expect, it } from 'vitest'
import {
  credentialPrecision,
  credentialSignal,
  EmployerBelief,
} from '../../src/simulation/employer-belief.js'
import { DEFAULT_PARAMETERS, simulationParameters } from '../../src/simulation/index.js'

const params = DEFAULT_PARAMETERS

/** Price-index gain from one pass with this score on top of `reviews` reviews and `passes` passes. */
function gain(reviews: number, passes: number, score: number): number {
  const belief = new EmployerBelief()
  for (let i = 0; i < reviews; i++) belief.observe(0, params.historyPrecision)
  for (let i = 0; i < passes; i++) belief.observe(0.5, credentialPrecision(70, params))
  const before = belief.priceIndex(params)
  belief.observe(credentialSignal(score, 0, params), credentialPrecision(score, params))
  return belief.priceIndex(params) - before
}

describe('the employers’ belief', () => {
  it('is the normal posterior: precision adds up and the mean is precision-weighted', () => {
    const belief = new EmployerBelief()
    belief.observe(2, 1)
    belief.observe(-1, 2)
    expect(belief.variance).toBeCloseTo(1 / 4, 15)
    expect(belief.mean).toBeCloseTo((2 * 1 - 1 * 2) / 4, 15)
  })

  it('moves more for a new entrant than for a worker with a long history', () => {
    expect(gain(0, 0, 75)).toBeGreaterThan(gain(30, 0, 75))
    expect(gain(30, 0, 75)).toBeGreaterThan(0)
  })

  it('gains less from each further credential (concave returns)', () => {
    expect(gain(0, 0, 75)).toBeGreaterThan(gain(0, 2, 75))
    expect(gain(0, 2, 75)).toBeGreaterThan(gain(0, 6, 75))
  })

  it('weighs a high score more than a pass at the mark', () => {
    expect(credentialPrecision(100, params)).toBeCloseTo(
      params.credentialPrecision * (1 + params.highScoreBonus),
      15,
    )
    expect(credentialPrecision(params.passMark, params)).toBe(params.credentialPrecision)
  })

  it('ignores credentials in placebo mode', () => {
    expect(credentialPrecision(95, simulationParameters({ credentials: 'placebo' }))).toBe(0)
  })
})
