import { describe, expect, it } from 'vitest'
import { type Item, lintOptions, MAX_CUE_SHARE } from '../../../src/assessment/index.js'

const item = (id: string, texts: readonly string[], key = 0, modelId?: string): Item => ({
  id,
  testId: 'sample-test',
  domain: 'd',
  kind: 'single',
  stem: 'Which one is right here?',
  options: texts.map((markdown, i) => ({ id: String.fromCharCode(65 + i), markdown })),
  keys: [String.fromCharCode(65 + key)],
  lifecycle: 'operational',
  source: modelId ? 'model' : 'authored',
  ...(modelId ? { modelId } : {}),
})

const rules = (items: readonly Item[]) => lintOptions(items).map((f) => f.rule)

describe('the option linter', () => {
  it('refuses impossible-looking options: a minus in a time or date, a day past 31, NAN', () => {
    expect(rules([item('t', ['07:45', '01:-2', '11:05', '09:30'])])).toEqual(['malformed-option'])
    expect(rules([item('d', ['Monday, -1 October', 'Monday, 1 October', 'x', 'y'])])).toEqual([
      'malformed-option',
    ])
    expect(rules([item('j', ['Fri 34 Jul, 05:15', 'Fri 24 Jul, 05:15', 'a', 'b'])])).toEqual([
      'malformed-option',
    ])
    expect(rules([item('n', ['`1F`', '`NAN`', '`2E`', '`3A`'])])).toEqual(['malformed-option'])
    expect(
      rules([item('p', ['`rw-r-----`', '`xwr-w--wr`', '`rwxr-x---`', '`r--r--r--`'])]),
    ).toEqual(['malformed-option'])
    expect(rules([item('ok', ['`NaN`', '`0`', '`undefined`', '`1`'])])).toEqual([])
  })

  it('refuses "of the above" and letter references, which shuffling makes meaningless', () => {
    expect(rules([item('a', ['red', 'green', 'All of the above', 'blue'])])).toEqual([
      'of-the-above',
    ])
    expect(rules([item('b', ['red', 'green', 'A and B', 'blue'])])).toEqual(['letter-reference'])
    expect(rules([item('c', ['`B`', '`A`', '`F`', '`C`'])])).toEqual([])
  })

  it('flags a family whose key is the longest, most similar or middle value too often', () => {
    const longest = Array.from({ length: 30 }, (_, i) =>
      item(`l${i}`, [`the full and careful answer ${i}`, `no ${i}`, `yes ${i}`, `maybe ${i}`]),
    )
    expect(rules(longest)).toContain('key-is-longest')
    const middle = Array.from({ length: 30 }, (_, i) =>
      item(`m${i}`, [`${400 + i}`, `${10 + i}`, `${100 + i}`, `${900 + i}`], 0, 'nudged'),
    )
    expect(rules(middle)).toContain('key-is-middle-value')
    const similar = Array.from({ length: 30 }, (_, i) => {
      const day = 10 + (i % 15)
      return item(
        `s${i}`,
        [
          `Wed ${day} Jun, 08:15`,
          `Wed ${day + 2} Jun, 08:15`,
          `Wed ${day} Jun, 20:15`,
          `Thu ${day} Jun, 08:15`,
        ],
        0,
        'edits',
      )
    })
    expect(rules(similar)).toContain('key-is-most-similar')
    expect(MAX_CUE_SHARE).toBe(0.35)
  })

  it('lets a family pass when its keys carry cues no more often than chance', () => {
    const fair = Array.from({ length: 40 }, (_, i) => {
      const texts = [`${10 + i}`, `${30 + i}`, `${50 + i}`, `${70 + i}`]
      return item(`f${i}`, texts, i % 4, 'fair')
    })
    expect(rules(fair)).toEqual([])
  })
})
