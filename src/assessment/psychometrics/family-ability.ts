import type { AbilityEstimate, AbilityPrior } from './ability-estimate.js'
import { STANDARD_PRIOR } from './ability-estimate.js'
import { DEFAULT_QUADRATURE_POINTS, normalQuadrature } from './normal-quadrature.js'
import { logistic } from './statistics.js'

/** What scoring needs of a calibrated (or rated) family: its mean difficulty and variant spread. */
export interface FamilyParameters {
  readonly difficulty: number
  /** SD of variant difficulties within the family, in logits (0: every variant alike). */
  readonly dispersion: number
}

/** A response to one delivered variant, with the variant's own offset where it was calibrated. */
export interface FamilyResponse {
  readonly family: FamilyParameters
  /** The variant's calibrated offset from its family difficulty; absent for an unseen variant. */
  readonly variantOffset?: number
  readonly correct: boolean
}

/** Nodes for integrating over an unseen variant's draw from its family: 15 is exact to 1e-7 here. */
const VARIANT_POINTS = 15

/**
 * Probability that a candidate at `theta` answers a variant of `family` correctly: the Rasch curve
 * at the variant's difficulty when it is known, otherwise averaged over the family's variant
 * distribution N(b, τ²) (the family's characteristic curve).
 *
 * @example familyProbability(0, { difficulty: 0, dispersion: 0 }) // 0.5
 */
export function familyProbability(
  theta: number,
  family: FamilyParameters,
  variantOffset?: number,
): number {
  if (variantOffset !== undefined || family.dispersion <= 0) {
    return logistic(theta - family.difficulty - (variantOffset ?? 0))
  }
  const { nodes, weights } = normalQuadrature(VARIANT_POINTS)
  let p = 0
  for (let k = 0; k < nodes.length; k++) {
    p += weights[k]! * logistic(theta - family.difficulty - family.dispersion * nodes[k]!)
  }
  return p
}

/**
 * EAP ability and its posterior SD from responses to family variants (Bock & Mislevy 1982 with
 * family characteristic curves): for a finished attempt scored with family parameters.
 *
 * @example estimateFamilyAbility([{ family: { difficulty: 0, dispersion: 0 }, correct: true }]).theta // ≈ 0.41
 */
export function estimateFamilyAbility(
  responses: readonly FamilyResponse[],
  prior: AbilityPrior = STANDARD_PRIOR,
  points: number = DEFAULT_QUADRATURE_POINTS,
): AbilityEstimate {
  const { nodes, weights } = normalQuadrature(points)
  const log = new Float64Array(nodes.length)
  for (let k = 0; k < nodes.length; k++) {
    const theta = prior.mean + prior.sd * nodes[k]!
    for (const r of responses) {
      const p = familyProbability(theta, r.family, r.variantOffset)
      log[k]! += Math.log(r.correct ? p : 1 - p)
    }
  }
  let max = Number.NEGATIVE_INFINITY
  for (const value of log) max = Math.max(max, value)
  let total = 0
  let m1 = 0
  let m2 = 0
  for (let k = 0; k < nodes.length; k++) {
    const theta = prior.mean + prior.sd * nodes[k]!
    const w = weights[k]! * Math.exp(log[k]! - max)
    total += w
    m1 += w * theta
    m2 += w * theta * theta
  }
  const theta = m1 / total
  return { theta, se: Math.sqrt(Math.max(0, m2 / total - theta * theta)) }
}

/**
 * Test characteristic curve: the expected raw score at `theta` on a form of these families.
 *
 * @example expectedRawScore(0, [{ difficulty: 0, dispersion: 0 }]) // 0.5
 */
export function expectedRawScore(theta: number, form: readonly FormFamily[]): number {
  let sum = 0
  for (const item of form)
    sum += (item.weight ?? 1) * familyProbability(theta, item, item.variantOffset)
  return sum
}

/**
 * One slot of a form on the characteristic curve: a family, the delivered variant's offset where
 * known, and how many items the slot stands for (1 unless a blueprint averages over families).
 */
export interface FormFamily extends FamilyParameters {
  readonly variantOffset?: number
  readonly weight?: number
}

/** The ability scale searched for a cut, in logits: far beyond any calibrated difficulty. */
export const ABILITY_SEARCH_BOUND = 12

/**
 * The ability at which the test characteristic curve reaches `rawScore` (bisection: the curve
 * rises strictly in θ); the bound when the score is out of the curve's range.
 *
 * @example abilityForExpectedScore(0.5, [{ difficulty: 1, dispersion: 0 }]) // ≈ 1
 */
export function abilityForExpectedScore(rawScore: number, form: readonly FormFamily[]): number {
  let low = -ABILITY_SEARCH_BOUND
  let high = ABILITY_SEARCH_BOUND
  if (expectedRawScore(low, form) >= rawScore) return low
  if (expectedRawScore(high, form) <= rawScore) return high
  for (let step = 0; step < 60; step++) {
    const mid = (low + high) / 2
    if (expectedRawScore(mid, form) < rawScore) low = mid
    else high = mid
  }
  return (low + high) / 2
}
