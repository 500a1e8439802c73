import { expect, it } from 'vitest'
import { CASH_FLOW_FAMILIES } from '../../../src/assessment/models/fsa/cash-flow-families.js'
import { EFFICIENCY_FAMILIES } from '../../../src/assessment/models/fsa/efficiency-families.js'
import { FSA_QUALITY_FAMILIES } from '../../../src/assessment/models/fsa/fsa-models.js'
import type { FsaScenario } from '../../../src/assessment/models/fsa/fsa-text.js'
import { LIQUIDITY_FAMILIES } from '../../../src/assessment/models/fsa/liquidity-families.js'
import { PROFITABILITY_FAMILIES } from '../../../src/assessment/models/fsa/profitability-families.js'
import { TREND_FAMILIES } from '../../../src/assessment/models/fsa/trend-families.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { documentedRule } from '../../support/fsa-documented-rules.js'
import { TWINS } from '../../support/fsa-second-implementation.js'

const FAMILIES = [
  ...LIQUIDITY_FAMILIES,
  ...PROFITABILITY_FAMILIES,
  ...EFFICIENCY_FAMILIES,
  ...TREND_FAMILIES,
  ...CASH_FLOW_FAMILIES,
  ...FSA_QUALITY_FAMILIES,
]
const DRAWS = 40

/**
 * The number an answer shows, with how far its rounding may sit from the exact value: half a
 * unit of its last decimal place, scaled like the figure (percent and points are hundredths).
 */
function shown(text: string): { value: number; slack: number } {
  const negative = /^-|^[^\d]*-/.test(text.trim())
  const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(text)
  if (!digits) throw new Error(`no number in ${text}`)
  const dp = digits[2]?.length ?? 0
  const magnitude = Number(`${digits[1]!.replaceAll(',', '')}.${digits[2] ?? '0'}`)
  const scale = /%| points/.test(text) ? 100 : 1
  return {
    value: ((negative ? -1 : 1) * magnitude) / scale,
    slack: (0.5 * 10 ** -dp) / scale + 1e-9,
  }
}
const agrees = (text: string, want: number) => {
  const { value, slack } = shown(text)
  return Math.abs(value - want) <= slack
}

describeEngineIndependent('financial statement analysis', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026) as { family: string; s: FsaScenario }[]

  it('draws every family, and each draw offers three distinct distractors naming their mistakes', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    expect(drawn.filter(({ s }) => s.wrong.length < 3).map((d) => d.family)).toEqual([])
    const threes = drawn.map(({ family, s }) => ({ family, s: { ...s, wrong: s.wrong.slice(-3) } }))
    const firsts = drawn.map(({ family, s }) => ({
      family,
      s: { ...s, wrong: s.wrong.slice(0, 3) },
    }))
    expect(optionSetProblems([...threes, ...firsts], { capitalStem: true })).toEqual([])
  })

  it('works every figure out again from a ledger: the key is the rule’s, each distractor its named slip’s', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn) {
      if (!s.calc) continue
      const twins = TWINS[family]
      if (!twins) {
        problems.push(`${family}: no second implementation`)
        continue
      }
      const key = twins.key!(s.calc.in)
      for (const text of [s.key, ...s.wrong.map(([t]) => t)]) {
        const slip = s.calc.slips[text]
        const twin = slip === undefined ? undefined : twins[slip]
        if (!twin) {
          problems.push(`${family}: answer ${text} has no known slip (${slip})`)
          continue
        }
        checked++
        if ((slip === 'key') !== (text === s.key))
          problems.push(`${family}: ${text} tagged ${slip}`)
        const want = twin(s.calc.in)
        if (!agrees(text, want))
          problems.push(`${family}/${slip}: shows ${text}, works out ${want}`)
        if (slip !== 'key' && agrees(text, key))
          problems.push(`${family}/${slip}: ${text} is the key's value`)
      }
    }
    expect(checked).toBeGreaterThan(10_000)
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys every conceptual item to its cited rule, and no distractor says what the rule says', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn) {
      if (!s.rule) continue
      checked++
      const rule = documentedRule(s.rule, s.stem)
      if (!rule) {
        problems.push(`${family}: no documented rule for ${s.rule}`)
        continue
      }
      expect(rule.source.length).toBeGreaterThan(10)
      if (!rule.isKey(s.key)) problems.push(`${family}: key ${s.key} breaks ${rule.source}`)
      for (const [t] of s.wrong)
        if (rule.isKey(t)) problems.push(`${family}: distractor ${t} is what ${rule.source} says`)
    }
    expect(checked).toBeGreaterThan(300)
    expect(problems.slice(0, 12)).toEqual([])
  })
})
