import type { SimulationParameters } from './parameters.js'

/**
 * What employers believe about one worker's skill: a normal posterior N(mean, 1/precision).
 * The prior is the population (skill ~ N(0, 1)); every signal s of precision τ adds τ to the
 * precision and τ·s to the weighted sum, so mean = Σ τ·s / (1 + Σ τ). This is the textbook
 * normal–normal update, which is why a signal moves the mean least when precision is already high.
 */
export class EmployerBelief {
  private precision = 1
  private weightedSum = 0

  get mean(): number {
    return this.weightedSum / this.precision
  }

  get variance(): number {
    return 1 / this.precision
  }

  observe(signal: number, precision: number): void {
    this.precision += precision
    this.weightedSum += precision * signal
  }

  /**
   * The price index employers apply: β·mean − γ·variance (log dollars). Uncertainty costs the
   * worker because employers are risk averse about an unknown hire.
   */
  priceIndex(params: SimulationParameters): number {
    return params.valueBeliefWeight * this.mean - params.valueUncertaintyCost * this.variance
  }
}

/**
 * Precision employers give a pass with this score: τ_c at the pass mark, rising linearly to
 * τ_c·(1 + ρ) at 100, because a high score is hard to reach by luck. Zero in placebo mode.
 */
export function credentialPrecision(score: number, params: SimulationParameters): number {
  switch (params.credentials) {
    case 'informative': {
      const above = (score - params.passMark) / (100 - params.passMark)
      return params.credentialPrecision * (1 + params.highScoreBonus * Math.max(0, above))
    }
    case 'placebo':
      return 0
  }
}

/** The skill a score points to, given the test's published difficulty (inverts the score equation). */
export function credentialSignal(
  score: number,
  difficulty: number,
  params: SimulationParameters,
): number {
  return (score - params.scoreCentre) / params.scoreScale + difficulty
}
