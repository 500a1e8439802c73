import { describe, expect, it } from 'vitest'
import {
  calibrateFamilies,
  calibrateRasch,
  createRng,
  estimateFamilyAbility,
  type FamilyObservation,
  logistic,
  normalDraw,
} from '../../../src/assessment/index.js'
import { simulateRasch } from './simulated-responses.js'

interface SimulatedFamilies {
  readonly difficulties: number[]
  readonly dispersions: number[]
  readonly familyOfVariant: number[]
  readonly abilities: number[]
  readonly observations: FamilyObservation[]
}

/**
 * Responses from a known random-item model: family f has difficulty b_f and `variantsPerFamily`
 * variants drawn from N(b_f, τ_f²); each person answers `perPerson` families, one random variant
 * each, as a linear-on-the-fly form of generated items does.
 */
function simulateFamilies(options: {
  readonly difficulties: readonly number[]
  readonly dispersions: readonly number[]
  readonly variantsPerFamily: number
  readonly persons: number
  readonly perPerson: number
  readonly seed: number
}): SimulatedFamilies {
  const rng = createRng(options.seed)
  const draw = () => normalDraw(() => rng.next())
  const families = options.difficulties.length
  const familyOfVariant: number[] = []
  const variantDifficulty: number[] = []
  const variantsOf: number[][] = []
  for (let f = 0; f < families; f++) {
    variantsOf.push([])
    for (let v = 0; v < options.variantsPerFamily; v++) {
      variantsOf[f]!.push(familyOfVariant.length)
      familyOfVariant.push(f)
      variantDifficulty.push(options.difficulties[f]! + options.dispersions[f]! * draw())
    }
  }
  const abilities = Array.from({ length: options.persons }, draw)
  const familyIndices = Array.from({ length: families }, (_, f) => f)
  const observations: FamilyObservation[] = []
  abilities.forEach((theta, person) => {
    for (const f of rng.shuffle(familyIndices).slice(0, options.perPerson)) {
      const variant = rng.pick(variantsOf[f]!)
      const correct = rng.next() < logistic(theta - variantDifficulty[variant]!)
      observations.push({ person, variant, correct })
    }
  })
  return {
    difficulties: [...options.difficulties],
    dispersions: [...options.dispersions],
    familyOfVariant,
    abilities,
    observations,
  }
}

describe('random-item Rasch calibration of item families', () => {
  const difficulties = [-2, -1.5, -1, -0.5, -0.2, 0, 0.3, 0.6, 1, 1.4, 1.8, 2.2]
  const dispersions = [0.8, 0.2, 0.6, 0, 0.4, 1, 0.3, 0.7, 0.5, 0.9, 0.1, 0.6]
  const truth = simulateFamilies({
    difficulties,
    dispersions,
    variantsPerFamily: 25,
    persons: 3000,
    perPerson: 10,
    seed: 12,
  })
  const fit = calibrateFamilies(3000, truth.familyOfVariant, truth.observations)

  it('recovers family difficulties (mean error < 0.15 logit, each within 3 standard errors)', () => {
    expect(fit.converged).toBe(true)
    const shift = truth.abilities.reduce((s, x) => s + x, 0) / truth.abilities.length
    const errors = difficulties.map((b, f) => Math.abs(fit.difficulties[f]! - (b - shift)))
    // The mean of 25 drawn variants differs from b_f by sampling (τ/5): the SE includes that.
    errors.forEach((e, f) => {
      expect(e).toBeLessThan(3 * fit.standardErrors[f]!)
    })
    expect(errors.reduce((s, e) => s + e, 0) / errors.length).toBeLessThan(0.15)
  })

  it('recovers the within-family spread: large spreads large, near-zero spreads small', () => {
    const error = dispersions.map((tau, f) => Math.abs(fit.dispersions[f]! - tau))
    // Each τ_f rests on 25 variants: its sampling error is about τ/√50 plus shrinkage.
    expect(Math.max(...error)).toBeLessThan(0.35)
    expect(error.reduce((s, e) => s + e, 0) / error.length).toBeLessThan(0.15)
    expect(fit.dispersions[5]!).toBeGreaterThan(fit.dispersions[3]! + 0.5)
    expect(fit.abilitySd).toBeGreaterThan(0.9)
    expect(fit.abilitySd).toBeLessThan(1.1)
  })

  it('puts standard errors on family difficulties that cover the truth about 95 % of the time', () => {
    const shift = truth.abilities.reduce((s, x) => s + x, 0) / truth.abilities.length
    const covered = difficulties.filter(
      (b, f) => Math.abs(fit.difficulties[f]! - (b - shift)) <= 1.96 * fit.standardErrors[f]!,
    ).length
    expect(covered).toBeGreaterThanOrEqual(10)
  })

  it('estimates a finished attempt’s ability with its standard error from family parameters', () => {
    const person = 7
    const responses = truth.observations
      .filter((o) => o.person === person)
      .map((o) => {
        const f = truth.familyOfVariant[o.variant]!
        return {
          family: { difficulty: fit.difficulties[f]!, dispersion: fit.dispersions[f]! },
          correct: o.correct,
        }
      })
    const estimate = estimateFamilyAbility(responses, { mean: 0, sd: fit.abilitySd })
    expect(Math.abs(estimate.theta - truth.abilities[person]!)).toBeLessThan(2.5 * estimate.se)
    expect(estimate.se).toBeGreaterThan(0.4)
    expect(estimate.se).toBeLessThan(0.9)
  })

  it('reduces to the existing Rasch fit when every family has one variant', () => {
    const rasch = simulateRasch({ items: 40, persons: 800, perPerson: 20, abilitySd: 1.1, seed: 4 })
    const one = calibrateFamilies(
      800,
      Array.from({ length: 40 }, (_, i) => i),
      rasch.observations.map((o) => ({ person: o.person, variant: o.item, correct: o.correct })),
    )
    const reference = calibrateRasch(800, 40, rasch.observations)
    expect(one.iterations).toBe(reference.iterations)
    expect(one.abilitySd).toBeCloseTo(reference.abilitySd, 10)
    expect(one.logLikelihood).toBeCloseTo(reference.logLikelihood, 8)
    for (let i = 0; i < 40; i++) {
      expect(one.difficulties[i]!).toBeCloseTo(reference.difficulties[i]!, 10)
      expect(one.standardErrors[i]!).toBeCloseTo(reference.standardErrors[i]!, 10)
      expect(one.dispersions[i]).toBe(0)
    }
    for (let p = 0; p < 800; p += 97) {
      expect(one.abilities[p]!).toBeCloseTo(reference.abilities[p]!, 10)
    }
  })

  it('pools a family seen in several variants that do not differ into one Rasch item', () => {
    const flat = simulateFamilies({
      difficulties: [-1, 0, 1, 0.5],
      dispersions: [0, 0, 0, 0],
      variantsPerFamily: 10,
      persons: 1500,
      perPerson: 4,
      seed: 2,
    })
    const pooled = calibrateFamilies(1500, flat.familyOfVariant, flat.observations)
    for (let f = 0; f < 4; f++) expect(pooled.dispersions[f]!).toBeLessThan(0.2)
  })
})
