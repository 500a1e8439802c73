import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exposureRates, kr20, kr20OfForms } from '../../../src/assessment/index.js'

const POOL = ['a', 'b', 'c', 'd', 'e', 'f']

/** Attempts that each drew their own three items and answered them 0 or 1. */
const loftAttempts = fc.array(
  fc.tuple(
    fc.shuffledSubarray(POOL, { minLength: 3, maxLength: 3 }),
    fc.array(fc.constantFrom(0, 1), { minLength: 3, maxLength: 3 }),
  ),
  { minLength: 2, maxLength: 30 },
)

function formsAndFacility(attempts: readonly (readonly [string[], number[]])[]) {
  const seen = new Map<string, { n: number; correct: number }>()
  for (const [itemIds, scores] of attempts) {
    itemIds.forEach((id, j) => {
      const s = seen.get(id) ?? { n: 0, correct: 0 }
      seen.set(id, { n: s.n + 1, correct: s.correct + scores[j]! })
    })
  }
  const facility = new Map([...seen].map(([id, s]) => [id, s.correct / s.n]))
  const forms = attempts.map(([itemIds, scores]) => ({
    itemIds,
    total: scores.reduce((sum, x) => sum + x, 0),
  }))
  return { forms, facility }
}

describe('KR-20 of linear-on-the-fly forms', () => {
  it('never passes 1, whatever the forms and answers', () => {
    fc.assert(
      fc.property(loftAttempts, (attempts) => {
        const { forms, facility } = formsAndFacility(attempts)
        const { kr20: value, sem } = kr20OfForms(forms, facility)
        if (Number.isNaN(value)) return
        expect(value).toBeLessThanOrEqual(1 + 1e-12)
        expect(Number.isNaN(sem)).toBe(false)
      }),
      { seed: 20261203, numRuns: 500 },
    )
  })

  it('stays under 1 on forms of different difficulty, where totals-of-forms gave 2', () => {
    // Form one: easy items everyone gets; form two: hard items answered by two of three.
    const forms = [
      { itemIds: ['a', 'b'], total: 2 },
      { itemIds: ['a', 'b'], total: 2 },
      { itemIds: ['c', 'd'], total: 0 },
      { itemIds: ['c', 'd'], total: 1 },
      { itemIds: ['c', 'd'], total: 1 },
    ]
    const facility = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 1 / 3],
      ['d', 1 / 3],
    ])
    expect(kr20OfForms(forms, facility).kr20).toBeLessThanOrEqual(1)
  })

  it('equals the textbook KR-20 when every attempt took the same form', () => {
    const itemIds = ['a', 'b', 'c', 'd']
    const matrix = fc.array(fc.array(fc.constantFrom(0, 1), { minLength: 4, maxLength: 4 }), {
      minLength: 3,
      maxLength: 20,
    })
    fc.assert(
      fc.property(matrix, (rows) => {
        const textbook = kr20(rows)
        const facility = new Map(
          itemIds.map((id, j) => [id, rows.reduce((s: number, r) => s + r[j]!, 0) / rows.length]),
        )
        const forms = rows.map((row) => ({
          itemIds,
          total: row.reduce((s: number, x) => s + x, 0),
        }))
        const loft = kr20OfForms(forms, facility)
        if (Number.isNaN(textbook.kr20)) return
        expect(loft.kr20).toBeCloseTo(textbook.kr20, 9)
        expect(loft.scoreVariance).toBeCloseTo(textbook.scoreVariance, 9)
      }),
      { seed: 20261203 },
    )
  })
})

describe('exposure rate', () => {
  it('counts an attempt once per item even when its form holds two variants of one model', () => {
    const response = (itemId: string) => ({
      itemId,
      chosen: [],
      correct: false,
      scored: true,
      timeMs: null,
    })
    const attempts = [
      {
        attemptId: '1',
        candidateId: 'x',
        finishedAt: 0,
        responses: [response('m'), response('m')],
      },
      {
        attemptId: '2',
        candidateId: 'y',
        finishedAt: 0,
        responses: [response('m'), response('i')],
      },
    ]
    const rates = exposureRates(attempts)
    expect(rates.get('m')).toBe(1)
    expect(rates.get('i')).toBe(0.5)
  })
})
