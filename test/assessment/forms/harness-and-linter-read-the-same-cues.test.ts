import { describe, expect, it } from 'vitest'
import {
  applyRule,
  createRng,
  cuesPointingAt,
  type SeenItem,
  TEST_WISE_RULES,
} from '../../../src/assessment/index.js'

const RULE_OF_CUE = {
  longest: 'longest option',
  'most-similar': 'most similar to the others',
  'middle-value': 'middle value',
} as const

describe('the guessing harness and the option linter', () => {
  it('agree on every option set: a rule takes the option the linter says its cue points at', () => {
    const rng = createRng(77)
    const disagreements: string[] = []
    for (let n = 0; n < 2000; n++) {
      const numeric = rng.next() < 0.5
      const texts = Array.from({ length: 4 }, () =>
        numeric
          ? String(rng.int(1, 400))
          : Array.from({ length: rng.int(2, 9) }, () => rng.pick([...'abcde '])).join(''),
      )
      // Options are distinct as read, as the assembler and the bank linter make them.
      if (new Set(texts.map((t) => t.replace(/\s+/g, ' ').trim())).size < 4) continue
      const item: SeenItem = {
        kind: 'single',
        options: texts.map((markdown, i) => ({ id: String(i), markdown: `\`${markdown}\`` })),
      }
      for (const [cue, ruleName] of Object.entries(RULE_OF_CUE)) {
        const rule = TEST_WISE_RULES.find((r) => r.name === ruleName)!
        const readable = texts.map((t) => t.replace(/\s+/g, ' ').trim())
        for (let i = 0; i < texts.length; i++) {
          if (!cuesPointingAt(readable, i).includes(cue as keyof typeof RULE_OF_CUE)) continue
          // A cue the linter names singles the option out: the rule takes it every time.
          const picks = new Set(Array.from({ length: 8 }, () => applyRule(rule, item, rng)[0]))
          if (picks.size !== 1 || !picks.has(String(i)))
            disagreements.push(
              `${cue} on ${JSON.stringify(texts)}: linter ${i}, rule ${[...picks]}`,
            )
        }
      }
    }
    expect(disagreements.slice(0, 5)).toEqual([])
  })
})
