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
