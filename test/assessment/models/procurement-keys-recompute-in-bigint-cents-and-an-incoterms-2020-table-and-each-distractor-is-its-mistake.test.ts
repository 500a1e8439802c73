import { expect, it } from 'vitest'
import type { ProScenario } from '../../../src/assessment/models/procurement/pro-text.js'
import {
  PRO_CONTRACT_FAMILIES,
  PRO_COST_FAMILIES,
  PRO_ORDER_FAMILIES,
  PRO_SAVINGS_FAMILIES,
  PRO_SOURCING_FAMILIES,
} from '../../../src/assessment/models/procurement/procurement-models.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { INCOTERMS_RULES, TWINS, type Want } from './procurement-twins.js'

const FAMILIES = [
  ...PRO_SOURCING_FAMILIES,
  ...PRO_ORDER_FAMILIES,
  ...PRO_CONTRACT_FAMILIES,
  ...PRO_COST_FAMILIES,
  ...PRO_SAVINGS_FAMILIES,
]
const DRAWS = 200

/** An option as the twins state it: currency marks and thousands separators dropped. */
const plainText = (text: string) => text.replace(/[€$£,]/g, '')
/** A figure option's digits as one integer in its smallest shown unit: `€1,234.56` → 123456. */
const smallestUnits = (text: string): bigint | undefined => {
  const figure = plainText(text).match(/-?\d+(\.\d+)?/)
  return figure ? BigInt(figure[0].replace('.', '')) : undefined
}
const agrees = (text: string, want: Want) =>
  typeof want === 'bigint' ? smallestUnits(text) === want : plainText(text) === want

describeEngineIndependent('procurement', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2027) as { family: string; s: ProScenario }[]

  it('draws every family, each draw offering three distinct distractors that name their mistakes', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    const perFamily = new Map<string, number>()
    for (const { family } of drawn) perFamily.set(family, (perFamily.get(family) ?? 0) + 1)
    // Refused draws (two answers equal) are redrawn by the model; most draws must stand.
    expect([...perFamily].filter(([, n]) => n < DRAWS * 0.6)).toEqual([])
    const firsts = drawn.map(({ family, s }) => ({
      family,
      s: { ...s, wrong: s.wrong.slice(0, 3) },
    }))
    const lasts = drawn.map(({ family, s }) => ({ family, s: { ...s, wrong: s.wrong.slice(-3) } }))
    expect(optionSetProblems([...firsts, ...lasts], { capitalStem: true })).toEqual([])
  })

  it('works every key out again in BigInt arithmetic, and no distractor shows the key’s answer', () => {
    const problems: string[] = []
    for (const { family, s } of drawn) {
      const twins = TWINS[family]
      if (!twins) {
        problems.push(`${family}: no second implementation`)
        continue
      }
      const key = twins.key!(s.calc.in)
      if (!agrees(s.key, key)) problems.push(`${family}: key ${s.key}, works out ${String(key)}`)
      for (const [text] of s.wrong) {
        if (agrees(text, key)) problems.push(`${family}: distractor ${text} gives the key`)
      }
    }
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('gives each distractor the answer of the mistake it names, worked the second way', () => {
    const problems: string[] = []
    for (const { family, s } of drawn) {
      const twins = TWINS[family]!
      for (const [text] of s.wrong) {
        const slip = s.calc.slips[text]
        const twin = slip === undefined ? undefined : twins[slip]
        if (!twin) problems.push(`${family}: ${text} has no slip worked again (${slip})`)
        else if (!agrees(text, twin(s.calc.in)))
          problems.push(`${family}/${slip}: shows ${text}, works out ${String(twin(s.calc.in))}`)
      }
    }
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('costs Incoterms quotes from the cited table under every rule it covers', () => {
    const rules = new Set(
      drawn
        .filter((d) => d.family === 'incoterms-landed-cost-of-a-quote')
        .map((d) => d.s.calc.in.rule),
    )
    expect([...rules].sort()).toEqual([...INCOTERMS_RULES].sort())
    // The table's order of obligations: each rule leaves the buyer no more to pay than the last.
    const x = Object.fromEntries(
      ['price', 'load', 'pre', 'exp', 'sea', 'ins', 'port', 'onward', 'imp', 'unload'].map((k) => [
        k,
        100,
      ]),
    )
    const costs = INCOTERMS_RULES.map((r) =>
      TWINS['incoterms-landed-cost-of-a-quote']![`as${r}`]!(x),
    )
    expect(costs).toEqual([1000n, 800n, 700n, 600n, 500n, 300n, 200n, 200n])
  })
})
