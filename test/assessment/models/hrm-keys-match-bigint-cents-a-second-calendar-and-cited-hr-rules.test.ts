import { expect, it } from 'vitest'
import {
  HRM_COMP_FAMILIES,
  HRM_LEAVE_FAMILIES,
  HRM_METRIC_FAMILIES,
  HRM_RECRUIT_FAMILIES,
  HRM_RELATIONS_FAMILIES,
} from '../../../src/assessment/models/hrm/hrm-models.js'
import type { HrmScenario } from '../../../src/assessment/models/hrm/hrm-text.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { HRM_PRACTICE_RULES } from '../../support/hrm-documented-rules.js'
import { HRM_TWINS } from '../../support/hrm-second-computations.js'
import { documentedRuleProblems, slipTwinProblems } from '../../support/slip-twins.js'

const FAMILIES = [
  ...HRM_METRIC_FAMILIES,
  ...HRM_LEAVE_FAMILIES,
  ...HRM_RECRUIT_FAMILIES,
  ...HRM_COMP_FAMILIES,
  ...HRM_RELATIONS_FAMILIES,
]
const DRAWS = 40

/** A shown number read back (currency, separators, % and unit words dropped), or the text. */
function readBack(text: string): { n: number; dp: number } | string {
  const m = /^-?[$€£]?(-?[\d,]+)(?:\.(\d+))?(%| [a-z ]+)?$/.exec(text)
  if (!m) return text
  return { n: Number(`${m[1]!.replaceAll(',', '')}.${m[2] ?? '0'}`), dp: m[2]?.length ?? 0 }
}
/** Whether a second computation shows as the text does, to the text's decimals. */
function shows(text: string, want: number | string): boolean {
  const got = readBack(text)
  if (typeof got === 'string' || typeof want === 'string') return got === want
  const f = 10 ** got.dp
  const shown = Math.round(got.n * f)
  const exact = want * f
  // An exact half (3.625 to two places) may print either way from its binary double.
  if (Math.abs(Math.abs(exact - Math.trunc(exact)) - 0.5) < 1e-6)
    return shown === Math.floor(exact) || shown === Math.ceil(exact)
  return shown === Math.round(exact)
}

describeEngineIndependent('human resources management', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026) as { family: string; s: HrmScenario }[]

  it('draws every family, and each draw offers at least three distractors naming their mistakes', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    expect(drawn.filter(({ s }) => s.wrong.length < 3).map((d) => d.family)).toEqual([])
    const threes = drawn.map(({ family, s }) => ({ family, s: { ...s, wrong: s.wrong.slice(-3) } }))
    expect(optionSetProblems(threes, { capitalStem: true })).toEqual([])
  })

  it('works every figure and date out again (BigInt cents, exact fractions, its own calendar): the key is the rule’s, each distractor its named slip’s', () => {
    const { problems, checked } = slipTwinProblems(drawn, HRM_TWINS, shows)
    expect(checked).toBeGreaterThan(8000)
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys every rule family to its cited rule, and no distractor says what the rule says', () => {
    const { problems, ruleFamilies } = documentedRuleProblems(FAMILIES, drawn, HRM_PRACTICE_RULES)
    expect(ruleFamilies).toBeGreaterThanOrEqual(30)
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys an EEOC charge deadline only on a business day, since one on a weekend runs on', () => {
    const keys = drawn.filter(({ family }) => family === 'eeoc-charge-filing-deadline')
    expect(keys.length).toBeGreaterThan(10)
    expect(keys.map(({ s }) => s.key).filter((k) => /^(Saturday|Sunday)/.test(k))).toEqual([])
  })

  it('names the jurisdiction’s statute or section in every law-based stem', () => {
    const law = /U\.S\.C\.|CFR|Regulations|Act|Code|§|section|regulation/
    const lawFamilies = drawn.filter(({ family }) =>
      /flsa|fmla|uk-|california|i9|eeoc|cobra|warn|owbpa|ada-|equality|equal-pay|four-fifths|acas/.test(
        family,
      ),
    )
    expect(lawFamilies.length).toBeGreaterThan(1000)
    expect([
      ...new Set(lawFamilies.filter(({ s }) => !law.test(s.stem)).map((d) => d.family)),
    ]).toEqual([])
  })
})
