import { afterAll, expect, it } from 'vitest'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  generateVariants,
  ITEM_MODELS,
} from '../../../src/assessment/index.js'
import {
  choiceCount,
  choose,
  translationOptions,
} from '../../../src/assessment/models/translation/translation-model.js'
import { TRANSLATION_FAMILIES } from '../../../src/assessment/models/translation/translation-models.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

/** The translation errors a reviewer names; every wrong option is one of them, once. */
const NAMED_ERROR =
  /^(?:false friend|literal calque|idiom translated literally|mistranslation|omission|addition|register|gender|agreement|article|pronoun|wrong pronoun|wrong tense|tense sequence|wrong aspect|mood|wrong mood|ser\/estar|case|adjective ending|auxiliary|voice|negation|wrong verb|wrong prefix|wrong adjective|relative pronoun|wrong preposition|wrong modal|wrong comparison|wrong adverb|particle|counter|wrong conjunction|conjunction|word order|measure word|terminology|digits|form|wrong form|number|format|capitalisation|punctuation|accent|spelling)\b/
/** Notation a frame failed to resolve, never shown in an option or a stem. */
const NOTATION = /[⟦⟧⟨⟩⟪⟫|]/
/**
 * Doubled spaces or stops, or an ordinary space before punctuation: text a frame joined badly.
 * French puts a no-break space before ? ! : ; which this leaves alone.
 */
const MALFORMED_SPACING = / {2}| [.,?!:]|\.\.|,,/
/** Free variation drawn per option: enough draws to meet most combinations of a frame. */
const DRAWS = 40

describeEngineIndependent('every English → target translation family', () => {
  it.each(Object.entries(TRANSLATION_FAMILIES))(
    '%s: each word choice gives a key and at least three distinct options that each name one error',
    (_pair, families) => {
      const problems: string[] = []
      const rng = createRng(2026_12_03)
      expect(new Set(families.map((f) => f.id)).size).toBe(families.length)
      for (const family of families) {
        for (let k = 0; k < choiceCount(family); k++) {
          if (NOTATION.test(choose(family.source, k))) problems.push(`${family.id}: source`)
          for (let d = 0; d < DRAWS; d++) {
            const { key, wrong } = translationOptions(choose(family.frame, k), (c) => rng.pick(c))
            const texts = [key.value, ...wrong.map((w) => w.value)]
            if (wrong.length < 3) problems.push(`${family.id}: ${wrong.length} wrong options`)
            if (new Set(texts).size !== texts.length) problems.push(`${family.id}: ${texts}`)
            const malformed = texts.find((t) => NOTATION.test(t) || MALFORMED_SPACING.test(t))
            if (malformed !== undefined) problems.push(`${family.id}: ${malformed}`)
            for (const w of wrong) {
              if (!NAMED_ERROR.test(w.mistake ?? '') || w.mistake?.includes(' + ')) {
                problems.push(`${family.id}: <${w.mistake}>`)
              }
            }
          }
        }
      }
      expect([...new Set(problems)].slice(0, 5)).toEqual([])
    },
  )

  it('yields variants whose distractors carry exactly one named error and whose stems show the source', async () => {
    const models = ITEM_MODELS.filter((m) => m.id.startsWith('tr-en-'))
    expect(models.length).toBeGreaterThanOrEqual(4)
    for (const model of models) {
      const variants = await generateVariants(model, createRng(12), 60, engines)
      for (const v of variants) {
        expect(v.stem).toMatch(/translation of this English source is correct\? «[^⟨⟩]+»$/)
        const wrong = v.options.filter((o) => !v.keys.includes(o.id))
        expect(wrong).toHaveLength(3)
        for (const o of wrong) expect(o.mistake).toMatch(NAMED_ERROR)
        expect(wrong.every((o) => !o.mistake?.includes(' + '))).toBe(true)
      }
    }
  })
})
