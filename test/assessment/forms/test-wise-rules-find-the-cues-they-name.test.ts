import { describe, expect, it } from 'vitest'
import {
  applyRule,
  CATALOG,
  createRng,
  guessPassRates,
  type ItemVariant,
  looksImpossible,
  onlyNumber,
  type SeenItem,
  TEST_WISE_RULES,
} from '../../../src/assessment/index.js'

const rule = (name: string) => TEST_WISE_RULES.find((r) => r.name === name)!
const item = (...texts: string[]): SeenItem => ({
  kind: 'single',
  options: texts.map((markdown, i) => ({ id: String.fromCharCode(65 + i), markdown })),
})

describe('test-wise rules', () => {
  const rng = createRng(5)

  it('pick the longest option, the middle value and the option most like the others', () => {
    expect(applyRule(rule('longest option'), item('a', 'bbbb', 'cc', 'd'), rng)).toEqual(['B'])
    expect(applyRule(rule('middle value'), item('`10`', '`250`', '`40`', '`7`'), rng)).toEqual([
      'C',
    ])
    expect(
      applyRule(rule('most similar to the others'), item('1,204', '1,205', '1,214', '980'), rng),
    ).toEqual(['B'])
  })

  it('take the shortest option, the least like the others, or what is left once both cues are crossed out', () => {
    expect(applyRule(rule('shortest option'), item('aaa', 'bbbb', 'c', 'dd'), rng)).toEqual(['C'])
    expect(
      applyRule(rule('least similar to the others'), item('1,204', '1,205', '1,214', '980'), rng),
    ).toEqual(['D'])
    // Longest is B, most like the rest is A (1,204 resembles 1,205 and 1,214): C or D remain.
    const left = new Set(
      Array.from(
        { length: 40 },
        () =>
          applyRule(
            rule('cross out the longest and the most similar'),
            item('1,204', '1,205.50', '1,214', '980'),
            rng,
          )[0],
      ),
    )
    expect([...left].sort()).toEqual(['C', 'D'])
  })

  it('cross out options that cannot be right and take "all of the above"', () => {
    expect(looksImpossible(['rwxr-x---', 'rw-r--r--', 'xwr-w--wr', 'rwx------'])).toEqual([
      false,
      false,
      true,
      false,
    ])
    expect(looksImpossible(['`0x1F`', '`NaN`', '`0x2E`', '`0x3A`'])).toEqual([
      false,
      true,
      false,
      false,
    ])
    expect(looksImpossible(['07:45', '01:-2', '11:05', '09:30'])).toEqual([
      false,
      true,
      false,
      false,
    ])
    expect(
      applyRule(rule('"all of the above"'), item('red', 'green', 'All of the above', 'blue'), rng),
    ).toEqual(['C'])
  })

  it('read a number only when an option states exactly one', () => {
    expect(onlyNumber('€1,234.50')).toBe(1234.5)
    expect(onlyNumber('12 to 14')).toBeUndefined()
    expect(onlyNumber('none')).toBeUndefined()
  })

  it('stay silent and guess when their cue is absent', () => {
    const picks = new Set<string>()
    for (let i = 0; i < 200; i++) {
      picks.add(applyRule(rule('middle value'), item('red', 'blue', 'pink', 'gray'), rng)[0]!)
    }
    expect([...picks].sort()).toEqual(['A', 'B', 'C', 'D'])
  })
})

describe('the guessing harness', () => {
  const test = CATALOG.find((t) => t.blueprint.every((d) => d.itemModelIds.length > 0))!
  const models = new Set(test.blueprint.flatMap((d) => d.itemModelIds))
  const sample = (keyed: (i: number) => string, other: (i: number, j: number) => string) =>
    Array.from(
      { length: 50 },
      (_, i): ItemVariant => ({
        modelId: 'm',
        kind: 'single',
        stem: `Question ${i}?`,
        options: [0, 1, 2, 3].map((j) => {
          const markdown = j === 0 ? keyed(i) : other(i, j)
          return { id: String.fromCharCode(65 + j), markdown, value: markdown }
        }),
        keys: ['A'],
        task: { kind: 'python', expression: String(i) },
      }),
    )

  it('passes a test whose keys are always the longest option and fails a cue-free one', () => {
    const run = (variants: ItemVariant[]) =>
      guessPassRates({
        tests: [test],
        items: [],
        variants: new Map([...models].map((id) => [id, variants])),
        rules: [rule('longest option')],
        forms: 200,
        rng: createRng(9),
      })[0]!
    const cued = run(
      sample(
        (i) => `key number ${i}`,
        (i, j) => `d${i}${j}`,
      ),
    )
    expect(cued.passed).toBe(200)
    expect(cued.itemAccuracy).toBe(1)
    const fair = run(
      sample(
        (i) => `k${i}x`,
        (i, j) => `d${i}${j}`,
      ),
    )
    expect(fair.passed).toBe(0)
    expect(fair.itemAccuracy).toBeGreaterThan(0.15)
    expect(fair.itemAccuracy).toBeLessThan(0.35)
  })
})
