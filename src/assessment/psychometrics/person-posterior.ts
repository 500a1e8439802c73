/**
 * Responses grouped by person for marginal maximum likelihood: person `p`'s responses are rows
 * `start[p]` to `start[p + 1]`, each naming its row of the probability tables (`row`: an item,
 * or a variant of a family) and whether it was right.
 */
export interface PersonResponses {
  readonly start: Int32Array
  readonly row: Int32Array
  readonly correct: Uint8Array
}

/**
 * Fills `posterior` with one person's posterior over the quadrature nodes, from the tables of
 * log P(right) and log P(wrong) per row and node; returns the log of their marginal likelihood.
 * Shared by the item-level and the family-level Rasch calibration.
 */
export function personPosterior(
  data: PersonResponses,
  person: number,
  weights: Float64Array,
  logP: Float64Array,
  logQ: Float64Array,
  posterior: Float64Array,
): number {
  const q = weights.length
  posterior.fill(0)
  for (let r = data.start[person]!; r < data.start[person + 1]!; r++) {
    const at = data.row[r]! * q
    const table = data.correct[r] === 1 ? logP : logQ
    for (let k = 0; k < q; k++) posterior[k]! += table[at + k]!
  }
  let max = Number.NEGATIVE_INFINITY
  for (let k = 0; k < q; k++) max = Math.max(max, posterior[k]!)
  let total = 0
  for (let k = 0; k < q; k++) {
    posterior[k] = weights[k]! * Math.exp(posterior[k]! - max)
    total += posterior[k]!
  }
  for (let k = 0; k < q; k++) posterior[k] = posterior[k]! / total
  return max + Math.log(total)
}

/** What one E step gives: the marginal log-likelihood and the sum of posterior E[z²]. */
export interface ExpectedCounts {
  readonly logLikelihood: number
  readonly secondMoment: number
}

/**
 * The E step of the item-level and the family-level calibration alike: refills `expected` and
 * `expectedCorrect` (per row and node, the posterior weight of the persons who answered that row,
 * and of those who answered it right) from every person's posterior.
 */
export function accumulateExpectedCounts(
  data: PersonResponses,
  persons: number,
  weights: Float64Array,
  nodes: Float64Array,
  tables: { readonly logP: Float64Array; readonly logQ: Float64Array },
  posterior: Float64Array,
  expected: Float64Array,
  expectedCorrect: Float64Array,
): ExpectedCounts {
  const q = weights.length
  expected.fill(0)
  expectedCorrect.fill(0)
  let secondMoment = 0
  let logLikelihood = 0
  for (let person = 0; person < persons; person++) {
    logLikelihood += personPosterior(data, person, weights, tables.logP, tables.logQ, posterior)
    let z2 = 0
    for (let k = 0; k < q; k++) z2 += posterior[k]! * nodes[k]! ** 2
    secondMoment += z2
    for (let r = data.start[person]!; r < data.start[person + 1]!; r++) {
      const row = data.row[r]! * q
      const correct = data.correct[r] === 1
      for (let k = 0; k < q; k++) {
        expected[row + k]! += posterior[k]!
        if (correct) expectedCorrect[row + k]! += posterior[k]!
      }
    }
  }
  return { logLikelihood, secondMoment }
}

/** Every person's ability (posterior mean on the scale σ·node) and its posterior SD. */
export interface PosteriorAbilities {
  readonly abilities: Float64Array
  readonly abilitySes: Float64Array
  readonly logLikelihood: number
}

/** The abilities at the final estimates, shared by both calibrations. */
export function posteriorAbilities(
  data: PersonResponses,
  persons: number,
  weights: Float64Array,
  nodes: Float64Array,
  sigma: number,
  tables: { readonly logP: Float64Array; readonly logQ: Float64Array },
  posterior: Float64Array,
): PosteriorAbilities {
  const q = weights.length
  const abilities = new Float64Array(persons)
  const abilitySes = new Float64Array(persons)
  let logLikelihood = 0
  for (let person = 0; person < persons; person++) {
    logLikelihood += personPosterior(data, person, weights, tables.logP, tables.logQ, posterior)
    let m1 = 0
    let m2 = 0
    for (let k = 0; k < q; k++) {
      const theta = sigma * nodes[k]!
      m1 += posterior[k]! * theta
      m2 += posterior[k]! * theta * theta
    }
    abilities[person] = m1
    abilitySes[person] = Math.sqrt(Math.max(0, m2 - m1 * m1))
  }
  return { abilities, abilitySes, logLikelihood }
}
