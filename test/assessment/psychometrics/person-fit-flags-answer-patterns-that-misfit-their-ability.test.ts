import { describe, expect, it } from 'vitest'
import { lzStar, PERSON_MISFIT_LZ_STAR, reviewIntegrity } from '../../../src/assessment/index.js'

/** Twenty items from easy (−2.5) to hard (+2.25) logits. */
const difficulties = Array.from({ length: 20 }, (_, i) => -2.5 + i * 0.25)

describe('person fit (lz*) and the integrity review of a pass', () => {
  it('is near zero for a Guttman-like pattern and far below the cut when easy items are missed', () => {
    // Right on the 12 easiest, wrong on the rest: what the Rasch model expects.
    const expected = difficulties.map((difficulty, i) => ({ difficulty, correct: i < 12 }))
    // The same number right, on the 12 hardest: right where the person should fail.
    const reversed = difficulties.map((difficulty, i) => ({ difficulty, correct: i >= 8 }))
    expect(lzStar(expected)!).toBeGreaterThan(0)
    expect(lzStar(reversed)!).toBeLessThan(PERSON_MISFIT_LZ_STAR)
  })

  it('has no value when every answer is right or wrong, since no ability fits it', () => {
    expect(lzStar(difficulties.map((difficulty) => ({ difficulty, correct: true })))).toBeNull()
    expect(lzStar(difficulties.map((difficulty) => ({ difficulty, correct: false })))).toBeNull()
  })

  it('lets an uneven, readable pace by a confirmed address pass without findings', () => {
    const startedAt = new Date('2026-01-01T00:00:00Z')
    const gaps = [34, 51, 22, 47, 29, 63, 38, 25, 56, 41, 33, 48]
    let t = startedAt.getTime()
    const items = gaps.map((gap) => {
      t += gap * 1000
      return {
        words: 60,
        firstAnsweredAt: new Date(t),
        correct: true,
        scored: true,
        difficulty: null,
      }
    })
    expect(reviewIntegrity({ startedAt, items, emailVerified: true })).toEqual([])
    expect(reviewIntegrity({ startedAt, items, emailVerified: false }).map((f) => f.kind)).toEqual([
      'unverified-email',
    ])
  })

  it('names a misfitting calibrated pattern among the findings', () => {
    const startedAt = new Date('2026-01-01T00:00:00Z')
    let t = startedAt.getTime()
    const items = difficulties.map((difficulty, i) => {
      t += (30 + ((i * 17) % 40)) * 1000
      return { words: 40, firstAnsweredAt: new Date(t), correct: i >= 8, scored: true, difficulty }
    })
    const findings = reviewIntegrity({ startedAt, items, emailVerified: true })
    expect(findings.map((f) => f.kind)).toEqual(['person-misfit'])
    expect(findings[0]!.details.lzStar).toBeLessThan(PERSON_MISFIT_LZ_STAR)
  })
})
