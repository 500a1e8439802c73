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

/** Every "what does this code log?" model: JavaScript and TypeScript snippets. */
const SNIPPET_MODELS = [
  'js-string-methods',
  'js-array-pipeline',
  'js-type-coercion',
  'js-spread-destructuring',
  'js-default-sort',
  'js-closures',
  'ts-narrowing-generics',
  'ts-enums-classes',
]

// What a distractor stands for is a belief about the language a candidate can hold, said in
// plain words ("thinks slice includes the character at its end index"), or two of them joined by
// " + "; never the edited program itself, which a bare source would name (several lines of code).
const BELIEF = /^(?:thinks|reads|expects|counts|confuses|mixes up|numbers|continues) [^\n]+$/

describeEngineIndependent('JavaScript and TypeScript snippet items', () => {
  it('cover every snippet model in the registry', () => {
    for (const id of SNIPPET_MODELS)
      expect(
        ITEM_MODELS.some((m) => m.id === id),
        id,
      ).toBe(true)
  })

  it.each(SNIPPET_MODELS)(
    '%s offers only outputs of named misconceptions, each a different answer from the key',
    async (id) => {
      const model = ITEM_MODELS.find((m) => m.id === id)!
      const variants = await generateVariants(model, createRng(41), 200, engines)
      const named = new Set<string>()
      for (const v of variants) {
        const key = v.options.find((o) => v.keys.includes(o.id))!
        const wrong = v.options.filter((o) => o !== key)
        expect(wrong).toHaveLength(3)
        for (const option of wrong) {
          const mistake = option.mistake ?? ''
          expect(mistake).not.toContain('\n')
          expect(mistake).not.toContain('console.log')
          for (const part of mistake.split(' + ')) {
            expect(part, mistake).toMatch(BELIEF)
            named.add(part)
          }
          expect(option.value).not.toBe(key.value)
        }
      }
      // Several misconceptions are met, not one fixed reading repeated.
      expect(named.size).toBeGreaterThanOrEqual(4)
    },
    300_000,
  )
})
