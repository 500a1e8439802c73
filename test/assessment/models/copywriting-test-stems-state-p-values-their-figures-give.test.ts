import tCdf from '@stdlib/stats-base-dists-t-cdf'
import { expect, it } from 'vitest'
import { COPYWRITING_FAMILIES } from '../../../src/assessment/models/copywriting/copywriting-models.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

/** Two-sided p of a two-proportion z-test with equal arms (t with huge df is the normal). */
function twoProportionP(perArm: number, rateA: number, rateB: number): number {
  const pooled = (rateA + rateB) / 2
  const z = Math.abs(rateB - rateA) / Math.sqrt(pooled * (1 - pooled) * (2 / perArm))
  return 2 * (1 - tCdf(z, 1e12))
}

describeEngineIndependent('a copy-test stem that states a p-value', () => {
  it('gives visitors and rates that produce that p-value (to two decimals)', () => {
    const stem = COPYWRITING_FAMILIES.find((f) => f.id === 'significant-but-trivial')!.stem!
    const [, millions, from, to, p] =
      /Over (\d+) million visitors.* from ([\d.]+) % to ([\d.]+) %, with p = (\d+\.\d+)/.exec(stem)!
    const perArm = (Number(millions) * 1e6) / 2
    const computed = twoProportionP(perArm, Number(from) / 100, Number(to) / 100)
    expect(computed.toFixed(2)).toBe(p)
    // The figures the review found: 2 million visitors would give p ≈ 0.68, not a significant lift.
    expect(twoProportionP(1e6, 0.03, 0.0301)).toBeGreaterThan(0.6)
  })
})
