import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { twoSidedP } from '../../src/study/estimate/student-t.js'

describe('two-sided p-values come from Student t with the given degrees of freedom', () => {
  it('matches the closed form with one degree of freedom, p = 2·atan(1/|t|)/π', () => {
    // Below |t| ≈ 1e-3 the library's incomplete beta loses digits (p ≈ 1 there, off by < |t|/3).
    const away = fc.double({ min: 1e-3, max: 1e6, noNaN: true })
    fc.assert(
      fc.property(fc.tuple(away, fc.boolean()), ([size, negative]) => {
        const t = negative ? -size : size
        const want = (2 * Math.atan(1 / Math.abs(t))) / Math.PI
        expect(Math.abs(twoSidedP(t, 1) - want) / want).toBeLessThan(1e-12)
      }),
    )
  })

  it('matches the closed form with two degrees of freedom, p = 1 − |t|/√(2 + t²)', () => {
    for (const t of [0, 0.3, 1, 2.5, 10]) {
      const want = 1 - Math.abs(t) / Math.sqrt(2 + t * t)
      expect(twoSidedP(t, 2)).toBeCloseTo(want, 14)
    }
  })

  it('keeps the digits of a tiny p instead of rounding 1 − F(|t|) to zero', () => {
    const p = twoSidedP(40, 200)
    expect(p).toBeGreaterThan(0)
    expect(p).toBeLessThan(1e-90)
    expect(twoSidedP(-40, 200)).toBe(p)
  })
})
