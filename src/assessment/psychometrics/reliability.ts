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
 * KR-20 for linear-on-the-fly forms, where every attempt answers its own k items: Σ pᵢqᵢ is the
 * mean over attempts of the sum over that attempt's items (p from everyone who saw the item), so
 * a single shared form gives back the textbook value.
 */
export function kr20OfForms(
  forms: readonly { readonly itemIds: readonly string[]; readonly total: number }[],
  facility: ReadonlyMap<string, number>,
): Reliability {
  if (forms.length < 2) throw new RangeError('KR-20 needs at least 2 attempts')
  let k = 0
  let sumPq = 0
  for (const form of forms) {
    k += form.itemIds.length
    for (const id of form.itemIds) {
      const p = facility.get(id)
      if (p === undefined) throw new RangeError(`no facility for item ${id}`)
      sumPq += p * (1 - p)
    }
  }
  return fromParts(
    k / forms.length,
    sumPq / forms.length,
    populationVariance(forms.map((f) => f.total)),
  )
}

function fromParts(k: number, sumPq: number, variance: number): Reliability {
  const value = variance === 0 ? Number.NaN : (k / (k - 1)) * (1 - sumPq / variance)
  return { kr20: value, scoreVariance: variance, sem: Math.sqrt(variance * (1 - value)) }
}
