import { describe, expect, it } from 'vitest'
import {
  DEFAULT_CUT_PERCENT,
  DEFAULT_SCORED_ITEMS,
  MIN_SCORED_ITEMS,
  passProbability,
} from '../../../src/assessment/index.js'

describe('misclassification of a 60 % candidate at a 70 % cut', () => {
  it('passes about 22 % of 15-item forms: Σ C(15,k)·0.6^k·0.4^(15−k) for k ≥ 11', () => {
    // 11 of 15 is the first score at or above 70 % (10/15 = 66.7 %).
    const terms = [
      1365 * 0.6 ** 11 * 0.4 ** 4,
      455 * 0.6 ** 12 * 0.4 ** 3,
      105 * 0.6 ** 13 * 0.4 ** 2,
      15 * 0.6 ** 14 * 0.4,
      0.6 ** 15,
    ]
    const byHand = terms.reduce((s, t) => s + t, 0)
    expect(passProbability(15, 0.6, 70)).toBeCloseTo(byHand, 12)
    expect(passProbability(15, 0.6, 70)).toBeCloseTo(0.2173, 4)
  })

  it('misclassifies less at the 30-item default, which is why forms have 30 scored items', () => {
    expect(DEFAULT_SCORED_ITEMS).toBe(30)
    expect(DEFAULT_CUT_PERCENT).toBe(70)
    const falsePass = (items: number) => passProbability(items, 0.6, DEFAULT_CUT_PERCENT)
    const falseFail = (items: number) => 1 - passProbability(items, 0.8, DEFAULT_CUT_PERCENT)
    // A 60 % candidate passes 21.7 % → 17.6 %; an 80 % candidate fails 16.4 % → 6.1 %.
    expect(falsePass(15)).toBeCloseTo(0.2173, 4)
    expect(falsePass(DEFAULT_SCORED_ITEMS)).toBeCloseTo(0.1763, 4)
    expect(falseFail(15)).toBeCloseTo(0.1642, 4)
    expect(falseFail(DEFAULT_SCORED_ITEMS)).toBeCloseTo(0.0611, 4)
    expect(falsePass(DEFAULT_SCORED_ITEMS) + falseFail(DEFAULT_SCORED_ITEMS)).toBeLessThan(
      0.65 * (falsePass(15) + falseFail(15)),
    )
  })

  it('states what the shortest form a row may set costs: 25.0 % false passes, 8.7 % false fails', () => {
    expect(MIN_SCORED_ITEMS).toBe(20)
    // 14 of 20 is the first score at or above 70 %.
    expect(passProbability(MIN_SCORED_ITEMS, 0.6, DEFAULT_CUT_PERCENT)).toBeCloseTo(0.25, 3)
    expect(1 - passProbability(MIN_SCORED_ITEMS, 0.8, DEFAULT_CUT_PERCENT)).toBeCloseTo(0.0867, 4)
  })

  it('is a probability that grows with true skill', () => {
    let previous = 0
    for (let share = 0; share <= 1; share += 0.05) {
      const p = passProbability(30, share, 70)
      expect(p).toBeGreaterThanOrEqual(previous - 1e-12)
      expect(p).toBeLessThanOrEqual(1 + 1e-12)
      previous = p
    }
  })
})
