import { describe, expect, it } from 'vitest'
import {
  createRng,
  DEFAULT_FORM,
  DEFAULT_PASS_RULE,
  DEFAULT_RETAKE_POLICY,
  DEFAULT_VALIDITY_MONTHS,
  formTimeLimitSeconds,
  itemsDrawnFromDomain,
  MAX_SECONDS_PER_ITEM,
  MAX_SHARED_FAMILY_SHARE,
  MIN_SECONDS_PER_ITEM,
  MIN_WORKLOAD_HOURS,
  OFFERED_POOL_FACTOR,
} from '../../src/assessment/index.js'

describe('test policy defaults', () => {
  it('deliver 30 scored items plus up to 5 pretest items at 75–90 s each', () => {
    expect(DEFAULT_FORM.scoredItems).toBe(30)
    expect(DEFAULT_FORM.maxPretestItems).toBe(5)
    expect(DEFAULT_FORM.secondsPerItem).toBeGreaterThanOrEqual(MIN_SECONDS_PER_ITEM)
    expect(DEFAULT_FORM.secondsPerItem).toBeLessThanOrEqual(MAX_SECONDS_PER_ITEM)
    expect([MIN_SECONDS_PER_ITEM, MAX_SECONDS_PER_ITEM]).toEqual([75, 90])
  })

  it('time the whole form: (scored + pretest) × seconds per item', () => {
    expect(formTimeLimitSeconds(DEFAULT_FORM)).toBe((30 + 5) * DEFAULT_FORM.secondsPerItem)
  })

  it('pass at 70 %, wait 14 then 30 then 90 days, at most 4 attempts in 365 days', () => {
    expect(DEFAULT_PASS_RULE).toEqual({ kind: 'percent-cut', cutPercent: 70 })
    expect(DEFAULT_RETAKE_POLICY).toEqual({
      waitDays: [14, 30, 90],
      maxAttemptsPerWindow: 4,
      windowDays: 365,
      renewalWindowDays: 60,
    })
  })

  it('certify for two years, at least one hour of learning, pools twice the draw', () => {
    expect(DEFAULT_VALIDITY_MONTHS).toBe(24)
    expect(MIN_WORKLOAD_HOURS).toBe(1)
    expect(OFFERED_POOL_FACTOR).toBe(2)
    // The rule: no two offered tests share more than 30 % of item families.
    expect(MAX_SHARED_FAMILY_SHARE).toBe(0.3)
  })

  it('draw a domain share of the scored items, never none', () => {
    expect(itemsDrawnFromDomain(DEFAULT_FORM, 0.4)).toBe(12)
    expect(itemsDrawnFromDomain(DEFAULT_FORM, 0.01)).toBe(1)
  })
})

describe('the seeded random source', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = createRng(7)
    const b = createRng(7)
    for (let i = 0; i < 1000; i++) {
      const x = a.int(3, 9)
      expect(x).toBe(b.int(3, 9))
      expect(x).toBeGreaterThanOrEqual(3)
      expect(x).toBeLessThanOrEqual(9)
    }
    expect(createRng(1).shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4])
  })
})
