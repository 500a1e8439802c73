import { describe, expect, it } from 'vitest'
import {
  analyseItems,
  correlation,
  createRng,
  type FinishedAttempt,
  flagItem,
  type ItemKeyInfo,
  logistic,
  MAX_FACILITY,
  MIN_FACILITY,
  MIN_POINT_BISERIAL,
  MIN_RESPONSES_FOR_FLAGS,
  normalDraw,
} from '../../../src/assessment/index.js'

const options = ['A', 'B', 'C', 'D']

function attempt(
  id: string,
  answers: readonly [string, string, boolean][],
  pretest: string[] = [],
): FinishedAttempt {
  return {
    attemptId: id,
    candidateId: `c-${id}`,
    finishedAt: 0,
    responses: answers.map(([itemId, chosen, correct]) => ({
      itemId,
      chosen: chosen === '' ? [] : [chosen],
      correct,
      scored: !pretest.includes(itemId),
      timeMs: 30_000,
    })),
  }
}

/**
 * Candidates answer 20 items; the truly right option is always A. Item `miskeyed` is recorded with
 * key B, `easy` is answered by nearly everyone and `noise` by coin flip.
 */
function simulate(seed: number): { attempts: FinishedAttempt[]; keys: Map<string, ItemKeyInfo> } {
  const rng = createRng(seed)
  const items = Array.from({ length: 20 }, (_, i) => ({ id: `item-${i}`, b: -1 + (2 * i) / 19 }))
  items.push({ id: 'miskeyed', b: 0 }, { id: 'easy', b: -6 }, { id: 'noise', b: Number.NaN })
  const keys = new Map<string, ItemKeyInfo>(
    items.map((item) => [
      item.id,
      { optionIds: options, keys: [item.id === 'miskeyed' ? 'B' : 'A'] },
    ]),
  )
  const attempts = Array.from({ length: 400 }, (_, n): FinishedAttempt => {
    const theta = normalDraw(() => rng.next())
    return attempt(
      `a${n}`,
      items.map(({ id, b }) => {
        const right = Number.isNaN(b) ? rng.next() < 0.5 : rng.next() < logistic(theta - b)
        const chosen = right ? 'A' : rng.pick(['B', 'C', 'D'])
        return [id, chosen, chosen === keys.get(id)!.keys[0]]
      }),
    )
  })
  return { attempts, keys }
}

describe('classical item analysis', () => {
  it('pins the flag thresholds of the spec', () => {
    expect([MIN_FACILITY, MAX_FACILITY, MIN_POINT_BISERIAL, MIN_RESPONSES_FOR_FLAGS]).toEqual([
      0.2, 0.95, 0.2, 30,
    ])
  })

  it('computes facility and the corrected point-biserial against the rest score by hand', () => {
    const rows: [boolean, boolean, boolean][] = [
      [true, true, true],
      [true, true, false],
      [true, false, false],
      [false, true, false],
      [false, false, false],
    ]
    const attempts = rows.map((row, n) =>
      attempt(
        `a${n}`,
        row.map(
          (correct, i) => [`i${i}`, correct ? 'A' : 'B', correct] as [string, string, boolean],
        ),
      ),
    )
    const stats = analyseItems(attempts, new Map())
    const first = stats.get('i0')!
    expect(first.facility).toBeCloseTo(3 / 5, 12)
    // Rest scores of i0 (share correct on i1 and i2): 1, 1/2, 0, 1/2, 0.
    expect(first.correctedPointBiserial).toBeCloseTo(
      correlation([1, 1, 1, 0, 0], [1, 0.5, 0, 0.5, 0]),
      12,
    )
    const chosenA = first.options.find((o) => o.optionId === 'A')!
    expect(chosenA.chosenShare).toBeCloseTo(0.6, 12)
    expect(chosenA.meanRestScore).toBeCloseTo(0.5, 12)
  })

  it('correlates a pretest item with the whole scored share, since it never counted', () => {
    const attempts = [
      attempt(
        'a',
        [
          ['s1', 'A', true],
          ['s2', 'A', true],
          ['p', 'A', true],
        ],
        ['p'],
      ),
      attempt(
        'b',
        [
          ['s1', 'A', true],
          ['s2', 'B', false],
          ['p', 'B', false],
        ],
        ['p'],
      ),
      attempt(
        'c',
        [
          ['s1', 'B', false],
          ['s2', 'B', false],
          ['p', 'A', true],
        ],
        ['p'],
      ),
    ]
    const pretest = analyseItems(attempts, new Map()).get('p')!
    expect(pretest.correctedPointBiserial).toBeCloseTo(correlation([1, 0, 1], [1, 0.5, 0]), 12)
  })

  it('flags the miskeyed, the too easy and the non-discriminating item, and passes good items', () => {
    const { attempts, keys } = simulate(9)
    const stats = analyseItems(attempts, keys)
    const kinds = (id: string) => flagItem(stats.get(id)!).map((f) => f.kind)
    expect(kinds('miskeyed')).toEqual(
      expect.arrayContaining(['low-discrimination', 'negative-key', 'distractor-outperforms-key']),
    )
    expect(kinds('easy')).toContain('too-easy')
    expect(kinds('noise')).toContain('low-discrimination')
    const good = Array.from({ length: 20 }, (_, i) => `item-${i}`).filter(
      (id) => kinds(id).length === 0,
    )
    expect(good.length).toBeGreaterThanOrEqual(18)
    const miskeyed = stats.get('miskeyed')!
    expect(miskeyed.options.map((o) => o.optionId)).toEqual(options)
  })

  it('raises no flag before enough responses', () => {
    const { attempts, keys } = simulate(2)
    const stats = analyseItems(attempts.slice(0, MIN_RESPONSES_FOR_FLAGS - 1), keys)
    expect(flagItem(stats.get('miskeyed')!)).toEqual([])
  })
})
