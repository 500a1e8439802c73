import { describe, expect, it } from 'vitest'
import {
  type Item,
  KEY_POSITION_TOLERANCE,
  lintBank,
  MAX_STEM_CHARS,
  MIN_ITEMS_FOR_BALANCE,
  MIN_OPTIONS,
  MIN_STEM_CHARS,
} from '../../../src/assessment/index.js'

function item(overrides: Partial<Item> & { id: string }): Item {
  return {
    testId: 'sql',
    domain: 'sqlq-joins',
    kind: 'single',
    stem: `Which join keeps unmatched rows of the left table? (${overrides.id})`,
    options: [
      { id: 'A', markdown: 'INNER JOIN' },
      { id: 'B', markdown: 'LEFT JOIN' },
      { id: 'C', markdown: 'CROSS JOIN' },
      { id: 'D', markdown: 'SEMI JOIN' },
    ],
    keys: ['B'],
    lifecycle: 'operational',
    source: 'authored',
    ...overrides,
  }
}

const rules = (items: Item[]) => lintBank(items).map((f) => `${f.rule}:${f.itemId ?? f.testId}`)

describe('the bank linter', () => {
  it('pins its thresholds', () => {
    expect([
      MIN_STEM_CHARS,
      MAX_STEM_CHARS,
      MIN_OPTIONS,
      MIN_ITEMS_FOR_BALANCE,
      KEY_POSITION_TOLERANCE,
    ]).toEqual([10, 2000, 3, 12, 0.15])
  })

  it('passes a clean item', () => {
    expect(lintBank([item({ id: 'ok' })])).toEqual([])
  })

  it('checks the declared number of keys and that keys name options', () => {
    expect(rules([item({ id: 'two', keys: ['A', 'B'] })])).toEqual(['key-count:two'])
    expect(rules([item({ id: 'none', kind: 'multiple', keys: [] })])).toEqual(['key-count:none'])
    expect(rules([item({ id: 'all', kind: 'multiple', keys: ['A', 'B', 'C', 'D'] })])).toEqual([
      'key-count:all',
    ])
    expect(rules([item({ id: 'ghost', keys: ['Z'] })])).toEqual(['unknown-key:ghost'])
  })

  it('finds duplicate options (ignoring case and spacing) and duplicate stems within a test', () => {
    const twin = item({
      id: 'twin',
      options: [...item({ id: 'x' }).options.slice(0, 3), { id: 'D', markdown: ' inner  join ' }],
    })
    expect(rules([twin])).toEqual(['duplicate-option:twin'])
    const a = item({ id: 'a', stem: 'Same question here?' })
    const b = item({ id: 'b', stem: 'same   question here?' })
    const other = item({ id: 'c', stem: 'Same question here?', testId: 'postgresql' })
    expect(rules([a, b, other])).toEqual(['duplicate-stem:b'])
  })

  it('warns on stems too short or too long and on too few options', () => {
    expect(rules([item({ id: 'short', stem: 'Why?' })])).toEqual(['stem-length:short'])
    expect(rules([item({ id: 'long', stem: 'x'.repeat(MAX_STEM_CHARS + 1) })])).toEqual([
      'stem-length:long',
    ])
    const two = item({ id: 'two', options: item({ id: 'x' }).options.slice(0, 2) })
    expect(rules([two])).toEqual(['too-few-options:two'])
  })

  it('flags a test whose keys sit mostly in one position, once it has enough items', () => {
    const skewed = Array.from({ length: MIN_ITEMS_FOR_BALANCE }, (_, i) => item({ id: `s${i}` }))
    const findings = lintBank(skewed).filter((f) => f.rule === 'key-position-balance')
    expect(findings.map((f) => f.message.split(' in ')[0])).toEqual([
      'the key is option 1',
      'the key is option 2',
      'the key is option 3',
      'the key is option 4',
    ])
    const balanced = skewed.map((it, i) => ({ ...it, keys: [it.options[i % 4]!.id] }))
    expect(lintBank(balanced)).toEqual([])
    expect(lintBank(skewed.slice(0, MIN_ITEMS_FOR_BALANCE - 1))).toEqual([])
  })
})
