import { DEFAULT_QUADRATURE_POINTS, normalQuadrature } from './normal-quadrature.js'
import {
  accumulateExpectedCounts,
  type PersonResponses,
  posteriorAbilities,
} from './person-posterior.js'
import { logistic } from './statistics.js'

/** One observed response: person and item are indices into the calibration's arrays. */
export interface RaschObservation {
  readonly person: number
  readonly item: number
  readonly correct: boolean
}

export interface RaschCalibrationOptions {
  readonly quadraturePoints?: number
  /** Stop when no difficulty or the ability SD moves more than this between EM cycles. */
  readonly tolerance?: number
  readonly maxIterations?: number
}

/** Convergence criterion of the EM cycles, in logits. */
export const RASCH_TOLERANCE = 1e-5
export const RASCH_MAX_ITERATIONS = 1000
/** Difficulties of items everyone (or no one) answered correctly are held at ± this many logits. */
export const RASCH_DIFFICULTY_BOUND = 8

export interface RaschCalibration {
  /** Logit difficulty per item (NaN for an item nobody answered); abilities have mean 0. */
  readonly difficulties: Float64Array
  /** Standard errors from the expected information, treating the ability SD as known. */
  readonly standardErrors: Float64Array
  /** Standard deviation of ability in the population. */
  readonly abilitySd: number
  /** Expected a-posteriori ability of each person and its posterior SD. */
  readonly abilities: Float64Array
  readonly abilitySes: Float64Array
  readonly logLikelihood: number
  readonly iterations: number
  readonly converged: boolean
}

/**
 * Rasch calibration by marginal maximum likelihood (Bock & Aitkin 1981 EM with Gauss–Hermite
 * quadrature), ability ~ N(0, σ²) with σ estimated — the model R's `ltm::rasch` fits. Works on the
 * sparse data of linear-on-the-fly forms: each person contributes only the items they saw.
 *
 * @example calibrateRasch(200, 40, observations).difficulties
 */
export function calibrateRasch(
  persons: number,
  items: number,
  observations: readonly RaschObservation[],
  options: RaschCalibrationOptions = {},
): RaschCalibration {
  const { nodes, weights } = normalQuadrature(options.quadraturePoints ?? DEFAULT_QUADRATURE_POINTS)
  const tolerance = options.tolerance ?? RASCH_TOLERANCE
  const maxIterations = options.maxIterations ?? RASCH_MAX_ITERATIONS
  const q = nodes.length
  const data = byPerson(persons, observations)
  const b = initialDifficulties(items, observations)
  let sigma = 1
  const logP = new Float64Array(items * q)
  const logQ = new Float64Array(items * q)
  const expected = new Float64Array(items * q)
  const expectedCorrect = new Float64Array(items * q)
  const posterior = new Float64Array(q)
  let logLikelihood = Number.NEGATIVE_INFINITY
  let iterations = 0
  let converged = false
  while (iterations < maxIterations && !converged) {
    iterations++
    fillLogProbabilities(b, sigma, nodes, logP, logQ)
    const step = accumulateExpectedCounts(
      data,
      persons,
      weights,
      nodes,
      { logP, logQ },
      posterior,
      expected,
      expectedCorrect,
    )
    logLikelihood = step.logLikelihood
    const secondMoment = step.secondMoment
    let change = 0
    for (let item = 0; item < items; item++) {
      if (Number.isNaN(b[item]!)) continue
      const next = solveDifficulty(b[item]!, sigma, nodes, expected, expectedCorrect, item)
      change = Math.max(change, Math.abs(next - b[item]!))
      b[item] = next
    }
    const nextSigma = persons > 0 ? sigma * Math.sqrt(secondMoment / persons) : sigma
    change = Math.max(change, Math.abs(nextSigma - sigma))
    sigma = nextSigma
    converged = change < tolerance
  }
  fillLogProbabilities(b, sigma, nodes, logP, logQ)
  const final = posteriorAbilities(data, persons, weights, nodes, sigma, { logP, logQ }, posterior)
  const { abilities, abilitySes } = final
  logLikelihood = final.logLikelihood
  const standardErrors = informationSes(b, sigma, nodes, expected, items)
  return {
    difficulties: b,
    standardErrors,
    abilitySd: sigma,
    abilities,
    abilitySes,
    logLikelihood,
    iterations,
    converged,
  }
}

function byPerson(persons: number, observations: readonly RaschObservation[]): PersonResponses {
  const start = new Int32Array(persons + 1)
  for (const o of observations) {
    if (o.person < 0 || o.person >= persons) throw new RangeError(`person ${o.person} out of range`)
    start[o.person + 1]!++
  }
  for (let p = 0; p < persons; p++) start[p + 1]! += start[p]!
  const fill = start.slice(0, persons)
  const item = new Int32Array(observations.length)
  const correct = new Uint8Array(observations.length)
  for (const o of observations) {
    const at = fill[o.person]!++
    item[at] = o.item
    correct[at] = o.correct ? 1 : 0
  }
  return { start, row: item, correct }
}

/** Starting values: the logit of each item's share wrong, centred; NaN for unanswered items. */
function initialDifficulties(
  items: number,
  observations: readonly RaschObservation[],
): Float64Array {
  const seen = new Float64Array(items)
  const right = new Float64Array(items)
  for (const o of observations) {
    if (o.item < 0 || o.item >= items) throw new RangeError(`item ${o.item} out of range`)
    seen[o.item]!++
    if (o.correct) right[o.item]!++
  }
  const b = new Float64Array(items)
  for (let i = 0; i < items; i++) {
    const p = (right[i]! + 0.5) / (seen[i]! + 1)
    b[i] = seen[i] === 0 ? Number.NaN : Math.log((1 - p) / p)
  }
  return b
}

function fillLogProbabilities(
  b: Float64Array,
  sigma: number,
  nodes: Float64Array,
  logP: Float64Array,
  logQ: Float64Array,
): void {
  const q = nodes.length
  for (let i = 0; i < b.length; i++) {
    for (let k = 0; k < q; k++) {
      const p = logistic(sigma * nodes[k]! - b[i]!)
      logP[i * q + k] = Math.log(p)
      logQ[i * q + k] = Math.log(1 - p)
    }
  }
}

/** Newton steps on Σₖ rₖ − nₖ·P(θₖ − b) = 0 for one item's difficulty. */
function solveDifficulty(
  start: number,
  sigma: number,
  nodes: Float64Array,
  expected: Float64Array,
  expectedCorrect: Float64Array,
  item: number,
): number {
  const q = nodes.length
  let b = start
  for (let step = 0; step < 20; step++) {
    let gradient = 0
    let information = 0
    for (let k = 0; k < q; k++) {
      const p = logistic(sigma * nodes[k]! - b)
      gradient += expectedCorrect[item * q + k]! - expected[item * q + k]! * p
      information += expected[item * q + k]! * p * (1 - p)
    }
    if (information <= 0) break
    const delta = gradient / information
    b = Math.max(-RASCH_DIFFICULTY_BOUND, Math.min(RASCH_DIFFICULTY_BOUND, b - delta))
    if (Math.abs(delta) < 1e-10) break
  }
  return b
}

function informationSes(
  b: Float64Array,
  sigma: number,
  nodes: Float64Array,
  expected: Float64Array,
  items: number,
): Float64Array {
  const q = nodes.length
  const ses = new Float64Array(items)
  for (let i = 0; i < items; i++) {
    let information = 0
    for (let k = 0; k < q; k++) {
      const p = logistic(sigma * nodes[k]! - b[i]!)
      information += expected[i * q + k]! * p * (1 - p)
    }
    ses[i] = information > 0 ? 1 / Math.sqrt(information) : Number.NaN
  }
  return ses
}
