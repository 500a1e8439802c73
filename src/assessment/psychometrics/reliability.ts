import { populationVariance } from './statistics.js'

/** Internal consistency and measurement error of one test, both in raw-score points. */
export interface Reliability {
  readonly kr20: number
  readonly scoreVariance: number
  /** Standard error of measurement: SD × √(1 − KR-20). */
  readonly sem: number
}

/**
 * KR-20 of a complete persons × items matrix of 0/1 scores (Kuder & Richardson 1937):
 * k/(k−1) · (1 − Σ pᵢqᵢ / σ²ₓ), with the population variance of total scores — the same divisor as
 * pᵢqᵢ, which makes it equal to Cronbach's alpha on dichotomous items.
 *
 * @example kr20([[1, 1], [1, 0], [0, 0]]).kr20 // 2/3
 */
export function kr20(matrix: readonly (readonly number[])[]): Reliability {
  const k = matrix[0]?.length ?? 0
  if (matrix.length < 2 || k < 2) throw new RangeError('KR-20 needs at least 2 persons and 2 items')
  const totals = matrix.map((row) => {
    if (row.length !== k) throw new RangeError('KR-20 needs every person to answer every item')
    return row.reduce((sum, x) => sum + x, 0)
  })
  let sumPq = 0
  for (let item = 0; item < k; item++) {
    const p = matrix.reduce((sum, row) => sum + row[item]!, 0) / matrix.length
    sumPq += p * (1 - p)
  }
  return fromParts(k, sumPq, populationVariance(totals))
}

/**
 * KR-20 for linear-on-the-fly forms, where every attempt answers its own items. Applying the
 * textbook formula to totals of different forms is wrong: differences between the forms'
 * difficulty inflate the total variance, and the value can pass 1. Instead the formula is written
 * as Cronbach's alpha over the mean item variance v̄ and the mean inter-item covariance c̄,
 *   α = k·c̄ / (v̄ + (k − 1)·c̄),
 * with v̄ = Σ pᵢqᵢ / Σ k and c̄ from each attempt's own items: E[(X − Σ pᵢ)²] = Σ pᵢqᵢ + k(k−1)·c̄.
 * One shared form gives back the textbook value exactly. c̄ is at most v̄ (Cauchy–Schwarz), so
 * α ≤ 1; an estimate above that bound from a small sample is held to it.
 */
export function kr20OfForms(
  forms: readonly { readonly itemIds: readonly string[]; readonly total: number }[],
  facility: ReadonlyMap<string, number>,
): Reliability {
  if (forms.length < 2) throw new RangeError('KR-20 needs at least 2 attempts')
  let items = 0
  let pairs = 0
  let sumPq = 0
  let sumCovariance = 0
  for (const form of forms) {
    let expected = 0
    let formPq = 0
    for (const id of form.itemIds) {
      const p = facility.get(id)
      if (p === undefined) throw new RangeError(`no facility for item ${id}`)
      expected += p
      formPq += p * (1 - p)
    }
    const k = form.itemIds.length
    items += k
    pairs += k * (k - 1)
    sumPq += formPq
    sumCovariance += (form.total - expected) ** 2 - formPq
  }
  const k = items / forms.length
  const itemVariance = sumPq / items
  const covariance = pairs === 0 ? Number.NaN : Math.min(sumCovariance / pairs, itemVariance)
  const variance = k * itemVariance + k * (k - 1) * covariance
  const value =
    variance === 0 ? Number.NaN : (k * covariance) / (itemVariance + (k - 1) * covariance)
  return { kr20: value, scoreVariance: variance, sem: Math.sqrt(variance * (1 - value)) }
}

function fromParts(k: number, sumPq: number, variance: number): Reliability {
  const value = variance === 0 ? Number.NaN : (k / (k - 1)) * (1 - sumPq / variance)
  return { kr20: value, scoreVariance: variance, sem: Math.sqrt(variance * (1 - value)) }
}
