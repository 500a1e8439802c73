import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { kr20, kr20OfForms } from '../../../src/assessment/index.js'

/**
 * Worked example, derived by hand: a 5-person × 4-item Guttman pattern.
 *   item facilities p = 4/5, 3/5, 2/5, 1/5 → Σpq = 0.16 + 0.24 + 0.24 + 0.16 = 0.8
 *   totals 4, 3, 2, 1, 0 → mean 2, population variance (4 + 1 + 0 + 1 + 4) / 5 = 2
 *   KR-20 = 4/3 · (1 − 0.8 / 2) = 0.8;  SEM = √2 · √(1 − 0.8) = √0.4
 */
const worked = [
  [1, 1, 1, 1],
  [1, 1, 1, 0],
  [1, 1, 0, 0],
  [1, 0, 0, 0],
  [0, 0, 0, 0],
]

/** Cronbach's alpha from the item covariance matrix: an independent route to the same number. */
function cronbachAlpha(matrix: number[][]): number {
  const n = matrix.length
  const k = matrix[0]!.length
  const means = Array.from({ length: k }, (_, j) => matrix.reduce((s, r) => s + r[j]!, 0) / n)
  let itemVariances = 0
  let totalVariance = 0
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      const cov =
        matrix.reduce((s, r) => s + (r[a]! - means[a]!) * (r[b]! - means[b]!), 0) / (n - 1)
      totalVariance += cov
      if (a === b) itemVariances += cov
    }
  }
  return (k / (k - 1)) * (1 - itemVariances / totalVariance)
}

describe('KR-20', () => {
  it('equals the hand-derived textbook value on the worked example', () => {
    const result = kr20(worked)
    expect(result.kr20).toBeCloseTo((4 / 3) * (1 - 0.8 / 2), 12)
    expect(result.scoreVariance).toBeCloseTo(2, 12)
    expect(result.sem).toBeCloseTo(Math.sqrt(0.4), 12)
  })

  it('equals Cronbach alpha on any dichotomous matrix', () => {
    const matrix = fc
      .tuple(fc.integer({ min: 3, max: 12 }), fc.integer({ min: 2, max: 8 }))
      .chain(([n, k]) =>
        fc.array(fc.array(fc.constantFrom(0, 1), { minLength: k, maxLength: k }), {
          minLength: n,
          maxLength: n,
        }),
      )
    fc.assert(
      fc.property(matrix, (rows) => {
        const result = kr20(rows)
        const alpha = cronbachAlpha(rows)
        if (Number.isNaN(result.kr20)) return
        expect(result.kr20).toBeCloseTo(alpha, 9)
      }),
    )
  })

  it('reduces to the textbook value when every attempt took the same form', () => {
    const itemIds = ['a', 'b', 'c', 'd']
    const facility = new Map(
      itemIds.map((id, j) => [id, worked.reduce((s, r) => s + r[j]!, 0) / 5]),
    )
    const forms = worked.map((row) => ({ itemIds, total: row.reduce((s, x) => s + x, 0) }))
    expect(kr20OfForms(forms, facility).kr20).toBeCloseTo(0.8, 12)
  })

  it('refuses a matrix with a missing answer', () => {
    expect(() => kr20([[1, 0], [1]])).toThrow(/every item/)
  })
})
