import { expect, it } from 'vitest'
import {
  TRAVEL_CARE_FAMILIES,
  TRAVEL_DOCUMENT_FAMILIES,
  TRAVEL_EXPENSE_FAMILIES,
  TRAVEL_FARE_FAMILIES,
  TRAVEL_HOTEL_FAMILIES,
  TRAVEL_ITINERARY_FAMILIES,
} from '../../../src/assessment/models/travel/travel-models.js'
import type { TravelScenario } from '../../../src/assessment/models/travel/travel-text.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { PRACTICE_RULES } from '../../support/travel-documented-rules.js'
import { TWINS } from '../../support/travel-second-computations.js'
import { DAY_TWINS } from '../../support/travel-second-days.js'
import { MONEY_TWINS } from '../../support/travel-second-money.js'

const FAMILIES = [
  ...TRAVEL_ITINERARY_FAMILIES,
  ...TRAVEL_FARE_FAMILIES,
  ...TRAVEL_EXPENSE_FAMILIES,
  ...TRAVEL_HOTEL_FAMILIES,
  ...TRAVEL_DOCUMENT_FAMILIES,
  ...TRAVEL_CARE_FAMILIES,
]
const DRAWS = 40
const SECOND: Record<
  string,
  Record<string, (x: Record<string, number | string>, stem: string) => string | undefined>
> = {
  ...TWINS,
  ...MONEY_TWINS,
  ...DAY_TWINS,
}

describeEngineIndependent('travel planning', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2027) as { family: string; s: TravelScenario }[]

  it('draws every one of at least 95 families, each draw offering three distinct named mistakes', () => {
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

  it('works every worked answer out again through Intl time zones and cent arithmetic: the key is the rule’s, each distractor its slip’s', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn) {
      if (!s.calc) continue
      const twins = SECOND[family]
      if (!twins) {
        problems.push(`${family}: no second implementation`)
        continue
      }
      const key = twins.key!(s.calc.in, s.stem)
      for (const text of [s.key, ...s.wrong.map(([t]) => t)]) {
        const slip = s.calc.slips[text]
        const twin = slip === undefined ? undefined : twins[slip]
        if (!twin) {
          problems.push(`${family}: ${text} has no known slip (${slip})`)
          continue
        }
        checked++
        const want = twin(s.calc.in, s.stem)
        if (want !== text) problems.push(`${family}/${slip}: shows ${text}, works out ${want}`)
        if (slip !== 'key' && want === key) problems.push(`${family}/${slip}: ${text} is the key`)
      }
    }
    expect(checked).toBeGreaterThan(1500)
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys every practice to its documented rule, and no distractor says what the rule says', () => {
    const problems: string[] = []
    for (const { family, s } of drawn) {
      if (s.calc) continue
      const rule = PRACTICE_RULES[family]
      if (!rule) {
        problems.push(`${family}: no documented rule`)
        continue
      }
      const [source, answer] = rule
      expect(source.length).toBeGreaterThan(20)
      if (!answer.test(s.key)) problems.push(`${family}: key ${s.key}`)
      for (const [t] of s.wrong) if (answer.test(t)) problems.push(`${family}: distractor ${t}`)
    }
    expect([...new Set(problems)].slice(0, 12)).toEqual([])
  })

  it('checks every time-zone family against the IANA database where the stems name zones', () => {
    const zoned = drawn.filter(({ s }) => s.calc && ('O' in s.calc.in || 'H' in s.calc.in))
    expect(new Set(zoned.map((d) => d.family)).size).toBeGreaterThanOrEqual(7)
  })
})
