import { expect, it } from 'vitest'
import { createRng, readText } from '../../../src/assessment/index.js'
import { numericRank } from '../../../src/assessment/lint/option-cues.js'
import { singleAnswer, VariantError } from '../../../src/assessment/models/assemble-variant.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const task = { kind: 'python', expression: '1' } as const
const DRAWS = 2000

/**
 * A pool with mistakes on both sides of the key whose digits grow with the value, so a key at an
 * extreme value is also the shortest or longest option and the least like the others.
 */
const KEY = { value: '250' }
const MISTAKES = [
  { value: '5', mistake: 'divided by the count twice' },
  { value: '25', mistake: 'divided by ten' },
  { value: '125', mistake: 'halved' },
  { value: '500', mistake: 'doubled' },
  { value: '2500', mistake: 'multiplied by ten' },
  { value: '25000', mistake: 'multiplied by a hundred' },
]

/** The key's rank among the values of each accepted variant, a refused draft drawn again. */
function keyRanks(options: { aimKeyPlaces?: boolean; aimNumericRank?: boolean }): number[] {
  const rng = createRng(2026_12_04)
  const counts = [0, 0, 0, 0]
  let accepted = 0
  while (accepted < DRAWS) {
    try {
      const variant = singleAnswer({
        modelId: 'm',
        stem: 'What is the amount?',
        task,
        key: KEY,
        distractors: rng.shuffle(MISTAKES),
        rng,
        combineMistakes: false,
        ...options,
      })
      const texts = variant.options.map((o) => readText(o.markdown))
      const key = variant.options.findIndex((o) => variant.keys.includes(o.id))
      counts[numericRank(texts, key)!]!++
      accepted++
    } catch (error) {
      if (!(error instanceof VariantError)) throw error
    }
  }
  return counts.map((c) => c / DRAWS)
}

describeEngineIndependent('aiming the numeric rank of a key', () => {
  it('puts a numeric key at each rank about equally often when its mistakes lie on both sides', () => {
    for (const share of keyRanks({ aimNumericRank: true })) {
      expect(share).toBeGreaterThan(0.2)
      expect(share).toBeLessThan(0.3)
    }
  })

  it('does so where aiming the places by length and likeness keeps the key a middle value', () => {
    const [lowest, second, third, highest] = keyRanks({ aimKeyPlaces: true })
    expect(second! + third!).toBeGreaterThan(0.6)
    expect(lowest! + highest!).toBeLessThan(0.4)
  })
})
