import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  AUTHORED_BANK_DIR,
  CATALOG,
  exportBank,
  type Item,
  importIntoBank,
  itemToQti,
  listAssets,
  listItems,
  readImport,
  readQtiFile,
  saveItems,
  saveTests,
} from '../../../src/assessment/index.js'
import type { PlatformDatabase } from '../../../src/platform/index.js'
import { openTestDatabase } from '../../support/database.js'

const TESTS = new Map(CATALOG.map((t) => [t.id, t]))
const QUIZ = join(import.meta.dirname, '../../fixtures/markdown-quiz')

// Text that stresses XML: markup characters, entities, CDATA ends, quotes, carriage returns,
// indentation and trailing blanks, non-ASCII.
const TRICKY: Item[] = [
  {
    id: 'tricky-1',
    testId: 'javascript-modern',
    domain: 'js-strings',
    kind: 'multiple',
    stem: '  Which of these are `<b>` & "quoted"?\r\n\n```html\n<p class="x">a ]]> b &amp; c</p>\n```\n  ',
    options: [
      { id: 'A', markdown: '`&lt;`' },
      { id: 'B', markdown: "l'été — 東京 🎉" },
      { id: 'C', markdown: '\ttab\tseparated' },
      { id: 'D', markdown: '```js\nif (a < b && c > d) {}\n```' },
    ],
    keys: ['A', 'D'],
    lifecycle: 'retired',
    source: 'model',
    modelId: 'js-string-methods',
  },
]

describe('QTI 3.0 export then import', () => {
  let source: PlatformDatabase
  let target: PlatformDatabase
  beforeAll(async () => {
    ;[source, target] = await Promise.all([openTestDatabase(), openTestDatabase()])
  })
  afterAll(async () => {
    await Promise.all([source.close(), target.close()])
  })

  it('reproduces the items and images of the bank, every item a draft again', async () => {
    const shipped = readImport([AUTHORED_BANK_DIR], TESTS, {})
    const quiz = readImport([QUIZ], TESTS, {})
    const items = [...shipped.items, ...quiz.items].map((p) => p.item)
    await saveTests(source.db, CATALOG)
    await saveItems(source.db, [...items, ...TRICKY], quiz.assets)
    const bank = await listItems(source.db)
    const assets = await listAssets(source.db)
    expect(bank.length).toBeGreaterThan(60)
    expect(assets).toHaveLength(1)

    const dir = mkdtempSync(join(tmpdir(), 'qti-export-'))
    for (const [path, contents] of exportBank(bank, CATALOG, assets)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), contents)
    }
    const plan = readImport([dir], TESTS, {})
    expect(plan.refused).toEqual([])
    await importIntoBank(target.db, plan, { skipInvalid: false })

    // Everything but the stage: imported items start as drafts, whatever the package says,
    // and reach candidates only through review.
    expect(await listItems(target.db)).toEqual(bank.map((i) => ({ ...i, lifecycle: 'draft' })))
    const copied = await listAssets(target.db)
    expect(copied.map((a) => [a.itemId, a.path, a.mediaType])).toEqual(
      assets.map((a) => [a.itemId, a.path, a.mediaType]),
    )
    expect(Buffer.from(copied[0]!.bytes).equals(Buffer.from(assets[0]!.bytes))).toBe(true)
  })

  it('writes tests with sections, selection, ordering and a time limit in seconds', () => {
    const react = TESTS.get('react')!
    const shipped = readImport([AUTHORED_BANK_DIR], TESTS, {}).items.map((p) => p.item)
    const files = exportBank(shipped, CATALOG, [])
    const xml = String(files.get('tests/react.xml'))
    expect(xml).toContain(`<qti-time-limits max-time="${react.timeLimitSeconds}"/>`)
    expect(xml).toContain('<qti-assessment-section identifier="react-components"')
    expect(xml).toContain('<qti-selection select="6"/>')
    expect(xml).toContain('<qti-ordering shuffle="true"/>')
    const read = readQtiFile(xml, 'react.xml', {}, new Map())
    expect(read.kind === 'test' && read.timeLimitSeconds).toBe(react.timeLimitSeconds)
    expect(read.kind === 'test' && read.placements.size).toBe(
      shipped.filter((i) => i.testId === 'react').length,
    )
  })
})

const text = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
  .filter((s) => s.trim() !== '' && [...s].every(allowedInXml))

// XML 1.0 characters: tab, line feed, carriage return and everything from space up, less two.
function allowedInXml(ch: string): boolean {
  const c = ch.codePointAt(0)!
  return c === 9 || c === 10 || c === 13 || (c >= 32 && c !== 0xfffe && c !== 0xffff)
}

describe('one item through QTI', () => {
  it('comes back equal for any well-formed text and any key set', () => {
    fc.assert(
      fc.property(
        text,
        fc.uniqueArray(text, { minLength: 2, maxLength: 6, selector: (s) => s }),
        fc.nat(),
        fc.constantFrom('draft', 'review', 'pretest', 'operational', 'retired' as const),
        (stem, optionTexts, seed, lifecycle) => {
          const options = optionTexts.map((markdown, i) => ({
            id: String.fromCharCode(65 + i),
            markdown,
          }))
          const keys = options
            .filter((_, i) => ((seed >> i) & 1) === 1 || i === seed % options.length)
            .map((o) => o.id)
          const item: Item = {
            id: `item-${seed}`,
            testId: 'sql',
            domain: 'sqlq-joins',
            kind: keys.length === 1 ? 'single' : 'multiple',
            stem,
            options,
            keys,
            lifecycle,
            source: 'authored',
          }
          const read = readQtiFile(itemToQti(item), 'x.xml', {}, new Map())
          expect(read.kind).toBe('item')
          if (read.kind === 'item') expect(read.parsed.item).toEqual(item)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('reads the bank fields from the item body, where earlier exports put them', () => {
    const item = TRICKY[0]!
    const earlier = itemToQti(item)
      .replace(/<qti-item-body>\s*<div ([^>]*)>/, '<qti-item-body $1>')
      .replace(/<\/div>\s*<\/qti-item-body>/, '</qti-item-body>')
    expect(earlier).toContain('<qti-item-body data-ss-test="javascript-modern"')
    const read = readQtiFile(earlier, 'x.xml', {}, new Map())
    expect(read.kind === 'item' && read.parsed.item).toEqual(item)
  })

  it('refuses a malformed item naming the file, the item and the line', () => {
    const good = itemToQti(TRICKY[0]!)
    const broken = good.replace('<qti-value>D</qti-value>', '<qti-value>Z</qti-value>')
    const read = readQtiFile(broken, 'bank/items/tricky.xml', {}, new Map())
    expect(read.kind).toBe('refused')
    if (read.kind !== 'refused') return
    expect(read.refusal.file).toBe('bank/items/tricky.xml')
    expect(read.refusal.reason).toContain('tricky-1')
    expect(read.refusal.line).toBe(
      good.split('\n').findIndex((l) => l.includes('<qti-correct-response')) + 1,
    )
    const notXml = readQtiFile(good.replace('</qti-prompt>', ''), 'bad.xml', {}, new Map())
    expect(notXml.kind === 'refused' && notXml.refusal.line).toBeGreaterThan(1)
  })
})
