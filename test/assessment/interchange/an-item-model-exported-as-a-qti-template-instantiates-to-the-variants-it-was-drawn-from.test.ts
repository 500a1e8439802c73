import fc from 'fast-check'
import { XMLValidator } from 'fast-xml-parser'
import { afterAll, describe, expect, it } from 'vitest'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  DEFAULT_TEMPLATE_SEED,
  DEFAULT_TEMPLATE_VARIANTS,
  generateVariants,
  instantiateQtiTemplate,
  itemModel,
  MAX_EXPORTED_VARIANTS,
  MAX_TEMPLATE_VARIANTS,
  modelTemplates,
  modelToQtiTemplate,
  type QtiTemplate,
  readQtiFile,
} from '../../../src/assessment/index.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

function templateOf(xml: string): QtiTemplate {
  const read = readQtiFile(xml, 'template.xml', {}, new Map())
  if (read.kind !== 'template') throw new Error(`read as ${read.kind}: ${JSON.stringify(read)}`)
  return read.template
}

// Models of different kinds: a computed numeric key (spreadsheet formula), a computed
// multiple-answer key (regular expression), a scenario family, a translation and an editing model.
const MODELS = [
  'fin-vat',
  'regex-which-match',
  'support-policy-cases',
  'tr-en-es-grammar',
  'en-punctuation-structure',
]

describe('an item model exported as a QTI template', () => {
  it.each(MODELS)(
    '%s: each value of the draw gives back the variant generated for it',
    async (id) => {
      const model = itemModel(id)!
      const [exported] = await modelTemplates([model], engines, { variants: 12, seed: 7 })
      const template = templateOf(exported!.xml)
      const variants = await generateVariants(model, createRng(7), 12, engines)
      expect(template).toMatchObject({ modelId: id, seed: 7, kind: model.kind })
      expect(template.draws).toEqual(Array.from({ length: 12 }, (_, i) => i + 1))
      expect(template.draws.map((n) => instantiateQtiTemplate(template, n))).toEqual(
        variants.map((v) => ({
          stem: v.stem,
          options: v.options.map((o) => ({ id: o.id, markdown: o.markdown })),
          keys: v.keys,
        })),
      )
    },
  )

  it('refuses a draw the random integer cannot yield', async () => {
    const [exported] = await modelTemplates([itemModel('fin-vat')!], engines, {
      variants: 3,
      seed: 1,
    })
    const template = templateOf(exported!.xml)
    expect(() => instantiateQtiTemplate(template, 4)).toThrow(RangeError)
    expect(() => instantiateQtiTemplate(template, 0)).toThrow(RangeError)
  })

  it('refuses by name a template whose processing it cannot evaluate', () => {
    const xml = modelToQtiTemplate(
      { id: 'm', title: 'M', kind: 'single' },
      [{ stem: 's', options: [{ id: 'A', markdown: 'a' }], keys: ['A'] }],
      { seed: 1 },
    )
      .replace('<qti-match>', '<qti-gt>')
      .replace('</qti-match>', '</qti-gt>')
    expect(() => instantiateQtiTemplate(templateOf(xml), 1)).toThrow(
      'unsupported template expression qti-gt',
    )
    const twoDraws = xml.replace(
      '</qti-template-processing>',
      '<qti-set-template-value identifier="X"><qti-random-integer min="1" max="2"/></qti-set-template-value></qti-template-processing>',
    )
    const read = readQtiFile(twoDraws, 'bank/templates/m.xml', {}, new Map())
    expect(read.kind === 'refused' && read.refusal).toMatchObject({
      file: 'bank/templates/m.xml',
      reason: 'template model-m: draws with other than one qti-random-integer',
    })
  })
})

// Text that stresses XML: markup characters, entities, CDATA ends, quotes, carriage returns,
// indentation and trailing blanks, non-ASCII.
const TRICKY = {
  stem: '  Which of these are `<b>` & "quoted"?\r\n\n```html\n<p class="x">a ]]> b &amp; c</p>\n```\n  ',
  options: [
    { id: 'A', markdown: '`&lt;`' },
    { id: 'B', markdown: "l'été — 東京 🎉" },
    { id: 'C', markdown: '\ttab\tseparated' },
    { id: 'D', markdown: '```js\nif (a < b && c > d) {}\n```' },
  ],
  keys: ['A', 'D'],
}

const text = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() !== '' && [...s].every(allowedInXml))

// XML 1.0 characters: tab, line feed, carriage return and everything from space up, less two.
function allowedInXml(ch: string): boolean {
  const c = ch.codePointAt(0)!
  return c === 9 || c === 10 || c === 13 || (c >= 32 && c !== 0xfffe && c !== 0xffff)
}

describe("a template's XML", () => {
  it('is well formed, escapes markup and keeps tricky text exactly', () => {
    const xml = modelToQtiTemplate(
      { id: 'tricky & <model>', title: 'A "tricky" <model>', kind: 'multiple' },
      [TRICKY, { ...TRICKY, stem: 'second', keys: ['B'] }],
      { seed: 3 },
    )
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(xml).not.toContain('<b>')
    expect(xml).not.toContain('<p class')
    expect(xml).toContain('data-ss-model="tricky &amp; &lt;model&gt;"')
    const template = templateOf(xml)
    expect(template.modelId).toBe('tricky & <model>')
    expect(instantiateQtiTemplate(template, 1)).toEqual(TRICKY)
    expect(instantiateQtiTemplate(template, 2)).toEqual({ ...TRICKY, stem: 'second', keys: ['B'] })
  })

  it('gives back any well-formed text and any key set, variant by variant', () => {
    const variant = fc
      .tuple(
        text,
        fc.uniqueArray(text, { minLength: 2, maxLength: 5, selector: (s) => s }),
        fc.nat(),
      )
      .map(([stem, optionTexts, seed]) => {
        const options = optionTexts.map((markdown, i) => ({
          id: String.fromCharCode(65 + i),
          markdown,
        }))
        const keys = options
          .filter((_, i) => ((seed >> i) & 1) === 1 || i === seed % options.length)
          .map((o) => o.id)
        return { stem, options, keys }
      })
    fc.assert(
      fc.property(fc.array(variant, { minLength: 1, maxLength: 4 }), (variants) => {
        const xml = modelToQtiTemplate({ id: 'any', title: 'Any', kind: 'multiple' }, variants, {
          seed: 1,
        })
        const template = templateOf(xml)
        expect(template.draws.map((n) => instantiateQtiTemplate(template, n))).toEqual(variants)
      }),
      { numRuns: 150 },
    )
  })
})

describe('template export bounds', () => {
  it('default to 20 variants with seed 1, at most 100 a template and 5,000 an export', async () => {
    expect([DEFAULT_TEMPLATE_VARIANTS, DEFAULT_TEMPLATE_SEED]).toEqual([20, 1])
    expect([MAX_TEMPLATE_VARIANTS, MAX_EXPORTED_VARIANTS]).toEqual([100, 5_000])
    const vat = itemModel('fin-vat')!
    for (const variants of [0, 101, 2.5])
      await expect(modelTemplates([vat], engines, { variants, seed: 1 })).rejects.toThrow(
        'variants per template must be 1 to 100',
      )
    const many = Array.from({ length: 51 }, () => vat)
    await expect(modelTemplates(many, engines, { variants: 100, seed: 1 })).rejects.toThrow(
      '51 models × 100 variants exceeds 5000 variants per export',
    )
  })
})
