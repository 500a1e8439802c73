import { expect, it } from 'vitest'
import {
  PAYROLL_COMPLIANCE_FAMILIES,
  PAYROLL_DEDUCTION_FAMILIES,
  PAYROLL_EMPLOYEE_TAX_FAMILIES,
  PAYROLL_EMPLOYER_TAX_FAMILIES,
  PAYROLL_GROSS_FAMILIES,
  PAYROLL_JOURNAL_FAMILIES,
} from '../../../src/assessment/models/payroll/payroll-models.js'
import type { PayrollScenario } from '../../../src/assessment/models/payroll/payroll-text.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { PAYROLL_PRACTICE_RULES } from '../../support/payroll-documented-rules.js'
import { PAYROLL_TWINS } from '../../support/payroll-second-computations.js'
import { documentedRuleProblems, slipTwinProblems } from '../../support/slip-twins.js'

const FAMILIES = [
  ...PAYROLL_GROSS_FAMILIES,
  ...PAYROLL_DEDUCTION_FAMILIES,
  ...PAYROLL_EMPLOYEE_TAX_FAMILIES,
  ...PAYROLL_EMPLOYER_TAX_FAMILIES,
  ...PAYROLL_JOURNAL_FAMILIES,
  ...PAYROLL_COMPLIANCE_FAMILIES,
]
const DRAWS = 40

/** An answer as shown, read back: dollars to BigInt cents, anything else as text. */
function readBack(text: string): bigint | string {
  const m = /^\$([\d,]+)\.(\d{2})$/.exec(text)
  return m ? BigInt(m[1]!.replaceAll(',', '') + m[2]!) : text
}

describeEngineIndependent('payroll administration', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026) as { family: string; s: PayrollScenario }[]

  it('draws every family, and each draw offers at least three distractors naming their mistakes', () => {
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

  it('works every amount and date out again in BigInt cents and its own calendar: the key is the rule’s, each distractor its named slip’s', () => {
    const { problems, checked } = slipTwinProblems(
      drawn,
      PAYROLL_TWINS,
      (text, want) => readBack(text) === want,
    )
    expect(checked).toBeGreaterThan(8000)
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys every practice family to its documented rule, and no distractor says what the rule says', () => {
    const { problems, ruleFamilies } = documentedRuleProblems(
      FAMILIES,
      drawn,
      PAYROLL_PRACTICE_RULES,
    )
    expect(ruleFamilies).toBeGreaterThanOrEqual(40)
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('states the rates and wage bases the twins assume', () => {
    // Publication 15 (2026) and SSA: 6.2 % to $184,500, 1.45 %, 0.9 % over $200,000; FUTA 0.6 % net
    // on $7,000. Stems that name them must name these figures.
    let stated = 0
    for (const { s } of drawn) {
      for (const m of s.stem.matchAll(/wage base (?:for the year )?is (\$[\d,]+\.\d\d)/g)) {
        stated++
        expect(m[1]).toBe('$184,500.00')
      }
      if (
        /0\.9 %/.test(s.stem) &&
        /Additional Medicare/.test(s.stem) &&
        /over \$200,000/.test(s.stem)
      )
        stated++
    }
    expect(stated).toBeGreaterThan(100)
  })
})
