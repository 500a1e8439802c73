import { parse } from 'css-what'
import { afterAll, expect, it } from 'vitest'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  generateVariants,
  itemModel,
  readText,
} from '../../../src/assessment/index.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

/**
 * The text inside an option's code span as the app shows it: trimmed (the app trims code spans)
 * with runs of spaces shown as one (HTML collapses them).
 */
const displayed = (markdown: string) => readText(markdown)

/** A selector a browser keeps: it parses, and a pseudo-element only ends it. */
function validSelector(selector: string): boolean {
  try {
    const list = parse(selector)
    if (list.length !== 1) return false
    const tokens = list[0]!
    return tokens.every((t, i) => t.type !== 'pseudo-element' || i === tokens.length - 1)
  } catch {
    return false
  }
}

describeEngineIndependent('regular-expression items', () => {
  it.each(['regex-which-match', 'regex-global-match', 'regex-replace-groups'])(
    '%s: 400 variants whose options read as they are and differ as shown',
    async (id) => {
      const variants = await generateVariants(itemModel(id)!, createRng(41), 400, engines)
      const wrong: string[] = []
      for (const v of variants) {
        const shown = v.options.map((o) => displayed(o.markdown))
        if (new Set(shown).size !== shown.length) wrong.push(`same as shown: ${shown.join(' | ')}`)
        for (const o of v.options) {
          // What the option means must be what it shows: no space the display would drop.
          if (/^\s|\s$|\s\s/.test(o.value))
            wrong.push(`invisible space in ${JSON.stringify(o.value)}`)
        }
      }
      expect(wrong.slice(0, 5)).toEqual([])
    },
    120_000,
  )
})

describeEngineIndependent('CSS specificity items', () => {
  it('name only selectors a real selector parser accepts, keyed ones included, over 2,000 variants', async () => {
    const variants = await generateVariants(
      itemModel('css-specificity')!,
      createRng(42),
      2000,
      engines,
    )
    const invalid = variants.flatMap((v) =>
      v.task.kind === 'css-specificity' ? v.task.selectors.filter((s) => !validSelector(s)) : [],
    )
    expect(variants.length).toBe(2000)
    expect(invalid.slice(0, 5)).toEqual([])
    // The parser itself tells a rule a browser drops from one it keeps.
    expect(validSelector('li::before > a')).toBe(false)
    expect(validSelector('nav > li:is(#app, .menu)::before')).toBe(true)
  }, 120_000)
})
