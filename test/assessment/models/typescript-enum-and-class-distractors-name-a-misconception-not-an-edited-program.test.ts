import { afterAll, expect, it } from 'vitest'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  generateVariants,
  ITEM_MODELS,
} from '../../../src/assessment/index.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

// What a distractor stands for must be a belief about TypeScript a candidate can hold, not the
// snippet with a number edited (an edited initialiser prints the key plus or minus one).
const MISCONCEPTIONS = [
  /position in the enum/,
  /continues the count/,
  /log as its name/,
  /qualified by its enum/,
  /no reverse mapping/,
  /getter works its value out once/,
  /not stored on the instance/,
  /rounding to a whole amount/,
  /getter without parentheses/,
]

describeEngineIndependent('TypeScript enum and class items', () => {
  it('offer only outputs of named misconceptions, each a different answer from the key', async () => {
    const model = ITEM_MODELS.find((m) => m.id === 'ts-enums-classes')!
    const variants = await generateVariants(model, createRng(41), 200, engines)
    const seen = new Set<string>()
    for (const v of variants) {
      const key = v.options.find((o) => v.keys.includes(o.id))!
      const wrong = v.options.filter((o) => o !== key)
      expect(wrong).toHaveLength(3)
      for (const option of wrong) {
        const named = MISCONCEPTIONS.find((m) => m.test(option.mistake ?? ''))
        expect(named, option.mistake).toBeDefined()
        expect(option.mistake).not.toContain('\n')
        expect(option.value).not.toBe(key.value)
        seen.add(named!.source)
      }
    }
    // Every misconception is met within 200 draws: none is dead code.
    expect(seen.size).toBe(MISCONCEPTIONS.length)
  }, 300_000)
})
