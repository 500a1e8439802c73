import { describe, expect, it } from 'vitest'
import { calibrateRasch, correlation } from '../../../src/assessment/index.js'
import { simulateRasch } from './simulated-responses.js'

describe('Rasch calibration on responses simulated from a known model', () => {
  it('recovers difficulties (r ≥ 0.95) and the ability SD from sparse linear-on-the-fly forms', () => {
    const truth = simulateRasch({
      items: 120,
      persons: 1500,
      perPerson: 30,
      abilitySd: 1.2,
      seed: 11,
    })
    const fit = calibrateRasch(1500, 120, truth.observations)
    expect(fit.converged).toBe(true)
    const r = correlation(fit.difficulties, truth.difficulties)
    expect(r).toBeGreaterThanOrEqual(0.95)
    expect(fit.abilitySd).toBeGreaterThan(1.05)
    expect(fit.abilitySd).toBeLessThan(1.35)
    expect(correlation(fit.abilities, truth.abilities)).toBeGreaterThan(0.85)
  })

  it('puts about 95 % of true difficulties within 1.96 standard errors of the estimate', () => {
    const truth = simulateRasch({ items: 60, persons: 1000, perPerson: 30, abilitySd: 1, seed: 5 })
    const fit = calibrateRasch(1000, 60, truth.observations)
    const shift = truth.abilities.reduce((s, x) => s + x, 0) / truth.abilities.length
    const covered = truth.difficulties.filter(
      (b, i) => Math.abs(fit.difficulties[i]! - (b - shift)) <= 1.96 * fit.standardErrors[i]!,
    ).length
    expect(covered / 60).toBeGreaterThanOrEqual(0.85)
  })

  it('never lowers the marginal likelihood from one EM cycle to the next', () => {
    const truth = simulateRasch({ items: 20, persons: 300, perPerson: 20, abilitySd: 1, seed: 3 })
    let previous = Number.NEGATIVE_INFINITY
    for (const cycles of [1, 2, 5, 10, 20, 50]) {
      const fit = calibrateRasch(300, 20, truth.observations, { maxIterations: cycles })
      expect(fit.logLikelihood).toBeGreaterThanOrEqual(previous - 1e-8)
      previous = fit.logLikelihood
    }
  })

  it('leaves an item nobody answered without a difficulty', () => {
    const fit = calibrateRasch(2, 2, [
      { person: 0, item: 0, correct: true },
      { person: 1, item: 0, correct: false },
    ])
    expect(Number.isNaN(fit.difficulties[1]!)).toBe(true)
    expect(Number.isFinite(fit.difficulties[0]!)).toBe(true)
  })
})
