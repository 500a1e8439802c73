import { describe, expect, it } from 'vitest'
import { calibrateRasch, type RaschObservation } from '../../../src/assessment/index.js'

/**
 * LSAT section 6 (Bock & Lieberman 1970): 1,000 examinees, 5 items; frequencies of the 32
 * response patterns 00000, 00001, … 11111 (item 1 is the leftmost digit).
 */
const patternFrequencies = [
  3, 6, 2, 11, 1, 1, 3, 4, 1, 8, 0, 16, 0, 3, 2, 15, 10, 29, 14, 81, 3, 28, 15, 80, 16, 56, 21, 173,
  11, 61, 28, 298,
]

/**
 * Published fit of R's ltm::rasch(LSAT): difficulties in the IRT parameterisation a(θ − b*) with
 * θ ~ N(0, 1), common discrimination a = 0.7551, log-likelihood −2466.938. Our parameterisation
 * (θ ~ N(0, σ²), slope 1) is the same model with b = a·b* and σ = a.
 */
const ltmDifficulties = [-3.6153, -1.3224, -0.3176, -1.7301, -2.7802]
const ltmDiscrimination = 0.7551
const ltmLogLikelihood = -2466.938

describe('Rasch marginal ML on LSAT-6', () => {
  it('matches ltm::rasch to its printed precision', () => {
    const observations: RaschObservation[] = []
    let person = 0
    patternFrequencies.forEach((count, pattern) => {
      for (let c = 0; c < count; c++, person++) {
        for (let item = 0; item < 5; item++) {
          observations.push({ person, item, correct: ((pattern >> (4 - item)) & 1) === 1 })
        }
      }
    })
    expect(person).toBe(1000)
    const fit = calibrateRasch(person, 5, observations)
    expect(fit.abilitySd).toBeCloseTo(ltmDiscrimination, 3)
    ltmDifficulties.forEach((bStar, i) => {
      expect(fit.difficulties[i]! / fit.abilitySd).toBeCloseTo(bStar, 2)
      expect(fit.difficulties[i]!).toBeCloseTo(bStar * ltmDiscrimination, 2)
    })
    expect(fit.logLikelihood).toBeCloseTo(ltmLogLikelihood, 2)
  })
})
