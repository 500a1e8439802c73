import { DEFAULT_QUADRATURE_POINTS, normalQuadrature } from './normal-quadrature.js'
import {
  accumulateExpectedCounts,
  type PersonResponses,
  posteriorAbilities,
} from './person-posterior.js'
import {
  RASCH_DIFFICULTY_BOUND,
  RASCH_MAX_ITERATIONS,
  RASCH_TOLERANCE,
} from './rasch-calibration.js'
import { logistic } from './statistics.js'

/**
 * One observed response to a variant of an item family. `variant` indexes the calibration's
 * variants (each belongs to one family); persons and variants are indices, not ids.
 */
export interface FamilyObservation {
  readonly person: number
  readonly variant: number
  readonly correct: boolean
}

export interface FamilyCalibrationOptions {
  readonly quadraturePoints?: number
  readonly tolerance?: number
  readonly maxIterations?: number
}

/** The smallest within-family dispersion (logits) still treated as non-zero. */
export const MIN_FAMILY_DISPERSION = 1e-3

export interface FamilyCalibration {
  /** Logit difficulty of the family: the mean difficulty of its variants (NaN if never seen). */
  readonly difficulties: Float64Array
  /** Standard error of each family difficulty as an estimate of its variants' mean. */
  readonly standardErrors: Float64Array
  /** SD of variant difficulties within each family (0 for a family seen in one variant). */
  readonly dispersions: Float64Array
  /** Each variant's shrunken offset from its family difficulty, and that offset's posterior SD. */
  readonly variantOffsets: Float64Array
  readonly variantOffsetSes: Float64Array
  readonly abilitySd: number
  readonly abilities: Float64Array
  readonly abilitySes: Float64Array
  readonly logLikelihood: number
  readonly iterations: number
  readonly converged: boolean
}

/**
 * Random-item Rasch calibration of item families (De Boeck 2008's random item effects, with a
 * family-specific variance as in Janssen, Schepers & Peres 2004): a variant `v` of family `f` has
 * difficulty b_f + δ_v with δ_v ~ N(0, τ_f²), ability θ ~ N(0, σ²), P(correct) = logistic(θ − b_f − δ_v).
 *
 * Fitted by Bock–Aitkin EM over θ exactly as `calibrateRasch` does; in the M-step each family's
 * variant offsets are posterior modes under their N(0, τ_f²) prior and τ_f² is updated from the
 * offsets and their posterior variances (a Laplace approximation for the variant effects). τ_f is
 * identified by variants that several candidates saw; a family observed in a single variant has
 * τ_f = 0 and its difficulty is solved exactly as a Rasch item's, so with one variant per family
 * the fit is `calibrateRasch`'s to the last digit.
 *
 * No npm package fits this model; it is written from the cited formulas.
 *
 * @example calibrateFamilies(500, [0, 0, 1], observations).dispersions
 */
export function calibrateFamilies(
  persons: number,
  familyOfVariant: readonly number[],
  observations: readonly FamilyObservation[],
  options: FamilyCalibrationOptions = {},
): FamilyCalibration {
  const { nodes, weights } = normalQuadrature(options.quadraturePoints ?? DEFAULT_QUADRATURE_POINTS)
  const tolerance = options.tolerance ?? RASCH_TOLERANCE
  const maxIterations = options.maxIterations ?? RASCH_MAX_ITERATIONS
  const q = nodes.length
  const variants = familyOfVariant.length
  const families = familyOfVariant.reduce((m, f) => Math.max(m, f + 1), 0)
  const data = byPerson(persons, variants, observations)
  const seen = seenVariants(variants, observations)
  const members: number[][] = Array.from({ length: families }, () => [])
  familyOfVariant.forEach((f, v) => {
    if (seen[v]! > 0) members[f]!.push(v)
  })
  const b = initialFamilyDifficulties(families, familyOfVariant, observations)
  const delta = new Float64Array(variants)
  const deltaSe = new Float64Array(variants)
  // A family with two or more observed variants starts with a modest spread to estimate.
  const tau = Float64Array.from(members, (vs) => (vs.length > 1 ? 0.5 : 0))
  let sigma = 1
  const logP = new Float64Array(variants * q)
  const logQ = new Float64Array(variants * q)
  const expected = new Float64Array(variants * q)
  const expectedCorrect = new Float64Array(variants * q)
  const posterior = new Float64Array(q)
  const difficultyOf = (v: number): number => b[familyOfVariant[v]!]! + delta[v]!
  let logLikelihood = Number.NEGATIVE_INFINITY
  let iterations = 0
  let converged = false
  while (iterations < maxIterations && !converged) {
    iterations++
    fillLogProbabilities(variants, difficultyOf, sigma, nodes, logP, logQ)
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
    const counts: Counts = { sigma, nodes, expected, expectedCorrect }
    let change = 0
    for (let f = 0; f < families; f++) {
      const vs = members[f]!
      if (vs.length === 0) continue
      const before = { b: b[f]!, tau: tau[f]!, delta: vs.map((v) => delta[v]!) }
      if (tau[f]! < MIN_FAMILY_DISPERSION) {
        // No estimable spread: the family is one Rasch item pooled over its variants.
        tau[f] = 0
        for (const v of vs) delta[v] = 0
        b[f] = solveShift(b[f]!, vs, () => 0, counts, 0)
      } else {
        // EM for a normal hierarchy: each variant's difficulty at its posterior mode under the
        // family prior N(b_f, τ_f²), then b_f and τ_f² from those modes and posterior variances.
        const precision = 1 / tau[f]! ** 2
        let sumOffsets = 0
        for (const v of vs) {
          delta[v] = solveShift(delta[v]!, [v], () => b[f]!, counts, precision)
          deltaSe[v] = Math.sqrt(1 / (information(v, b[f]! + delta[v]!, counts) + precision))
          sumOffsets += delta[v]!
        }
        const shift = sumOffsets / vs.length
        b[f] = b[f]! + shift
        let sumSquares = 0
        for (const v of vs) {
          delta[v] = delta[v]! - shift
          sumSquares += delta[v]! ** 2 + deltaSe[v]! ** 2
        }
        tau[f] = Math.sqrt(sumSquares / vs.length)
      }
      change = Math.max(change, Math.abs(b[f]! - before.b), Math.abs(tau[f]! - before.tau))
      vs.forEach((v, i) => {
        change = Math.max(change, Math.abs(delta[v]! - before.delta[i]!))
      })
    }
    const nextSigma = persons > 0 ? sigma * Math.sqrt(secondMoment / persons) : sigma
    change = Math.max(change, Math.abs(nextSigma - sigma))
    sigma = nextSigma
    converged = change < tolerance
  }
  fillLogProbabilities(variants, difficultyOf, sigma, nodes, logP, logQ)
  const final = posteriorAbilities(data, persons, weights, nodes, sigma, { logP, logQ }, posterior)
  const { abilities, abilitySes } = final
  logLikelihood = final.logLikelihood
  const counts: Counts = { sigma, nodes, expected, expectedCorrect }
  // A family's difficulty estimates the mean of all its variants, not only those seen: each seen
  // variant's difficulty is a noisy draw (variance 1/I_v) around it, spread τ² (random effects).
  const standardErrors = Float64Array.from(members, (vs, f) => {
    let precision = 0
    for (const v of vs) {
      const info = information(v, b[f]! + delta[v]!, counts)
      if (info > 0) precision += 1 / (1 / info + tau[f]! ** 2)
    }
    return precision > 0 ? 1 / Math.sqrt(precision) : Number.NaN
  })
  return {
    difficulties: b,
    standardErrors,
    dispersions: tau,
    variantOffsets: delta,
    variantOffsetSes: deltaSe,
    abilitySd: sigma,
    abilities,
    abilitySes,
    logLikelihood,
    iterations,
    converged,
  }
}

interface Counts {
  readonly sigma: number
  readonly nodes: Float64Array
  readonly expected: Float64Array
  readonly expectedCorrect: Float64Array
}

function byPerson(
  persons: number,
  variants: number,
  observations: readonly FamilyObservation[],
): PersonResponses {
  const start = new Int32Array(persons + 1)
  for (const o of observations) {
    if (o.person < 0 || o.person >= persons) throw new RangeError(`person ${o.person} out of range`)
    if (o.variant < 0 || o.variant >= variants)
      throw new RangeError(`variant ${o.variant} out of range`)
    start[o.person + 1]!++
  }
  for (let p = 0; p < persons; p++) start[p + 1]! += start[p]!
  const fill = start.slice(0, persons)
  const variant = new Int32Array(observations.length)
  const correct = new Uint8Array(observations.length)
  for (const o of observations) {
    const at = fill[o.person]!++
    variant[at] = o.variant
    correct[at] = o.correct ? 1 : 0
  }
  return { start, row: variant, correct }
}

function seenVariants(variants: number, observations: readonly FamilyObservation[]): Int32Array {
  const seen = new Int32Array(variants)
  for (const o of observations) seen[o.variant]!++
  return seen
}

/** The logit of each family's share wrong, as `calibrateRasch` starts its items. */
function initialFamilyDifficulties(
  families: number,
  familyOfVariant: readonly number[],
  observations: readonly FamilyObservation[],
): Float64Array {
  const seen = new Float64Array(families)
  const right = new Float64Array(families)
  for (const o of observations) {
    const f = familyOfVariant[o.variant]!
    seen[f]!++
    if (o.correct) right[f]!++
  }
  const b = new Float64Array(families)
  for (let f = 0; f < families; f++) {
    const p = (right[f]! + 0.5) / (seen[f]! + 1)
    b[f] = seen[f] === 0 ? Number.NaN : Math.log((1 - p) / p)
  }
  return b
}

function fillLogProbabilities(
  variants: number,
  difficultyOf: (v: number) => number,
  sigma: number,
  nodes: Float64Array,
  logP: Float64Array,
  logQ: Float64Array,
): void {
  const q = nodes.length
  for (let v = 0; v < variants; v++) {
    const d = difficultyOf(v)
    for (let k = 0; k < q; k++) {
      const p = logistic(sigma * nodes[k]! - d)
      logP[v * q + k] = Math.log(p)
      logQ[v * q + k] = Math.log(1 - p)
    }
  }
}

/**
 * Newton steps for a shift `x` added to every variant's difficulty `base(v)` in `vs`:
 * Σ_v Σ_k r_vk − n_vk·P(θ_k − base(v) − x) + precision·x = 0 (the log posterior's stationary point). With `precision` 0 this is a
 * family difficulty's ML equation; with 1/τ² it is a variant offset's posterior mode.
 */
function solveShift(
  start: number,
  vs: readonly number[],
  base: (v: number) => number,
  counts: Counts,
  precision: number,
): number {
  const { sigma, nodes, expected, expectedCorrect } = counts
  const q = nodes.length
  let x = start
  for (let step = 0; step < 20; step++) {
    // `gradient` is −∂/∂x of the log posterior (the sign `calibrateRasch`'s Newton step uses).
    let gradient = precision * x
    let info = precision
    for (const v of vs) {
      const d = base(v) + x
      for (let k = 0; k < q; k++) {
        const p = logistic(sigma * nodes[k]! - d)
        gradient += expectedCorrect[v * q + k]! - expected[v * q + k]! * p
        info += expected[v * q + k]! * p * (1 - p)
      }
    }
    if (info <= 0) break
    const delta = gradient / info
    x = Math.max(-RASCH_DIFFICULTY_BOUND, Math.min(RASCH_DIFFICULTY_BOUND, x - delta))
    if (Math.abs(delta) < 1e-10) break
  }
  return x
}

/** Expected information about a variant's difficulty `d` from this cycle's posterior counts. */
function information(v: number, d: number, counts: Counts): number {
  const { sigma, nodes, expected } = counts
  const q = nodes.length
  let info = 0
  for (let k = 0; k < q; k++) {
    const p = logistic(sigma * nodes[k]! - d)
    info += expected[v * q + k]! * p * (1 - p)
  }
  return info
}
