import { describe, expect, it } from 'vitest'
import {
  addMonthsUtc,
  certificationStatus,
  DEFAULT_VALIDITY_MONTHS,
  isCorrect,
  PERCENTILE_WINDOW_DAYS,
  percentileRank,
  scoreAttempt,
} from '../../../src/assessment/index.js'

describe('scoring', () => {
  it('credits a multiple-answer item only for exactly its keys', () => {
    expect(isCorrect(['a', 'b'], ['b', 'a'])).toBe(true)
    expect(isCorrect(['a', 'b'], ['a'])).toBe(false)
    expect(isCorrect(['a', 'b'], ['a', 'b', 'c'])).toBe(false)
    expect(isCorrect(['a'], null)).toBe(false)
  })

  it('counts unanswered items as wrong, ignores pretest items and passes at the cut', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({
      position: i + 1,
      domain: i < 6 ? 'x' : 'y',
      scored: i < 10,
      keyOptionIds: ['k'],
      chosenOptionIds: i < 7 ? ['k'] : i < 9 ? ['w'] : i === 11 ? ['k'] : null,
    }))
    const score = scoreAttempt(items, 70, ['x', 'y', 'z'])
    expect(score).toMatchObject({ raw: 7, scoredItems: 10, percent: 70, passed: true })
    expect(score.domains).toEqual([
      { domain: 'x', correct: 6, scored: 6 },
      { domain: 'y', correct: 1, scored: 4 },
    ])
    expect(score.correctByPosition.get(12)).toBe(true)
    expect(scoreAttempt(items, 70.01).passed).toBe(false)
  })
})

describe('percentile among recent takers', () => {
  it('is the mid-rank percentile over the last 365 days', () => {
    expect(PERCENTILE_WINDOW_DAYS).toBe(365)
    expect(percentileRank(70, [50, 60, 70, 80])).toBe(62.5)
    expect(percentileRank(100, [10, 20])).toBe(100)
    expect(percentileRank(0, [10, 20])).toBe(0)
    expect(percentileRank(50, [])).toBeNull()
  })
})

describe('validity', () => {
  it('lasts 24 calendar months and clamps to the month’s end', () => {
    expect(DEFAULT_VALIDITY_MONTHS).toBe(24)
    expect(addMonthsUtc(new Date('2026-03-02T09:00:00Z'), 24).toISOString()).toBe(
      '2028-03-02T09:00:00.000Z',
    )
    expect(addMonthsUtc(new Date('2026-01-31T12:00:00Z'), 1).toISOString()).toBe(
      '2026-02-28T12:00:00.000Z',
    )
    expect(addMonthsUtc(new Date('2028-02-29T00:00:00Z'), 12).toISOString()).toBe(
      '2029-02-28T00:00:00.000Z',
    )
  })

  it('marks a lapsed certification expired and a revoked one revoked', () => {
    const validUntil = new Date('2028-03-02T09:00:00Z')
    expect(
      certificationStatus({ validUntil, revokedAt: null }, new Date('2028-03-02T08:59:59Z')),
    ).toBe('active')
    expect(certificationStatus({ validUntil, revokedAt: null }, validUntil)).toBe('expired')
    expect(
      certificationStatus(
        { validUntil, revokedAt: new Date('2027-01-01T00:00:00Z') },
        new Date('2029-01-01T00:00:00Z'),
      ),
    ).toBe('revoked')
  })
})
