import { DEFAULT_QUADRATURE_POINTS, normalQuadrature } from './normal-quadrature.js'
import { logistic } from './statistics.js'

/** A response to a calibrated item. */
export interface CalibratedResponse {
  readonly difficulty: number
  readonly correct: boolean
}

export interface AbilityPrior {
  readonly mean: number
  readonly sd: number
}

/** The population the calibration fixes: mean 0; unit SD unless a calibration says otherwise. */
export const STANDARD_PRIOR: AbilityPrior = { mean: 0, sd: 1 }

export interface AbilityEstimate {
  /** Expected a-posteriori ability in logits. */
  readonly theta: number
  /** Posterior standard deviation: the standard error adaptive testing stops on. */
  readonly se: number
}

/**
 * EAP ability under the Rasch model (Bock & Mislevy 1982): posterior mean and SD by Gauss–Hermite
 * quadrature over the prior. Finite for all-correct and all-wrong patterns, unlike ML.
 *
 * @example estimateAbility([{ difficulty: 0, correct: true }]).theta // ≈ 0.41
 */
export function estimateAbility(
  responses: readonly CalibratedResponse[],
  prior: AbilityPrior = STANDARD_PRIOR,
  points: number = DEFAULT_QUADRATURE_POINTS,
): AbilityEstimate {
  const posterior = new AbilityPosterior(prior, points)
  for (const response of responses) posterior.add(response)
  return posterior.estimate()
}

/**
 * The log-likelihood of an answer pattern at the quadrature nodes, kept up to date one response
 * at a time so an adaptive test re-estimates ability in O(nodes) per item, not O(nodes × items).
 */
export class AbilityPosterior {
  readonly #thetas: Float64Array
  readonly #weights: Float64Array
  readonly #log: Float64Array

  constructor(prior: AbilityPrior = STANDARD_PRIOR, points: number = DEFAULT_QUADRATURE_POINTS) {
    const { nodes, weights } = normalQuadrature(points)
    this.#thetas = nodes.map((z) => prior.mean + prior.sd * z)
    this.#weights = weights
    this.#log = new Float64Array(nodes.length)
  }

  add(response: CalibratedResponse): void {
    for (let k = 0; k < this.#thetas.length; k++) {
      const p = logistic(this.#thetas[k]! - response.difficulty)
      this.#log[k]! += Math.log(response.correct ? p : 1 - p)
    }
  }

  estimate(): AbilityEstimate {
    let max = Number.NEGATIVE_INFINITY
    for (let k = 0; k < this.#log.length; k++) max = Math.max(max, this.#log[k]!)
    let total = 0
    let m1 = 0
    let m2 = 0
    for (let k = 0; k < this.#log.length; k++) {
      const theta = this.#thetas[k]!
      const w = this.#weights[k]! * Math.exp(this.#log[k]! - max)
      total += w
      m1 += w * theta
      m2 += w * theta * theta
    }
    const theta = m1 / total
    return { theta, se: Math.sqrt(Math.max(0, m2 / total - theta * theta)) }
  }
}

/** Fisher information of a Rasch item at ability θ: P(1 − P), largest (0.25) where θ = b. */
export function raschInformation(theta: number, difficulty: number): number {
  const p = logistic(theta - difficulty)
  return p * (1 - p)
}
