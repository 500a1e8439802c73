import { afterAll, expect, it } from 'vitest'
import { evaluateFormula } from '../../../src/assessment/engines/spreadsheet/evaluate-formula.js'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  executeTasks,
  generateVariants,
} from '../../../src/assessment/index.js'
import { FINMODEL_MODELS } from '../../../src/assessment/models/finmodel/finmodel-models.js'
import type { ModelScenario } from '../../../src/assessment/models/finmodel/model-text.js'
import { SCENARIO_FAMILIES } from '../../../src/assessment/models/finmodel/scenario-families.js'
import { STATEMENT_FAMILIES } from '../../../src/assessment/models/finmodel/statement-families.js'
import { STRUCTURE_FAMILIES } from '../../../src/assessment/models/finmodel/structure-families.js'
import { TIME_VALUE_FAMILIES } from '../../../src/assessment/models/finmodel/time-value-families.js'
import { VALUATION_FAMILIES } from '../../../src/assessment/models/finmodel/valuation-families.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...STRUCTURE_FAMILIES,
  ...TIME_VALUE_FAMILIES,
  ...STATEMENT_FAMILIES,
  ...VALUATION_FAMILIES,
  ...SCENARIO_FAMILIES,
]
const DRAWS = 100
const DRAWN = drawFamilies<ModelScenario>(FAMILIES, DRAWS, 2026_12_05)

/** The number an answer shows and its decimals: `-$1,234` → -1234, 0; `8.15%` → 8.15, 2. */
function shown(text: string): { value: number; decimals: number } {
  const digits = text.replace(/[^\d.-]/g, '')
  return { value: Number(digits), decimals: digits.split('.')[1]?.length ?? 0 }
}
/** Whether `value` (a fraction when the answer is a percentage) rounds to what `text` shows. */
function rendersAs(value: number, text: string): boolean {
  const { value: number, decimals } = shown(text)
  const scaled = text.endsWith('%') ? value * 100 : value
  return Math.abs(scaled - number) <= 0.5 * 10 ** -decimals + 1e-9
}

// ---- A second discounting, written from the definitions rather than the engine's functions.
const discounted = (rate: number, flows: readonly number[], times: readonly number[]) => {
  let total = 0
  for (let i = 0; i < flows.length; i++)
    total += flows[i]! * Math.exp(-times[i]! * Math.log1p(rate))
  return total
}
/** Level payment from the balance a lender runs: the payment that leaves nothing after n periods. */
function levelPayment(rate: number, n: number, principal: number, type: 0 | 1): number {
  const left = (pay: number) => {
    let balance = principal
    for (let k = 0; k < n; k++) {
      if (type === 1) balance = (balance - pay) * (1 + rate)
      else balance = balance * (1 + rate) - pay
    }
    return balance
  }
  let lo = 0
  let hi = principal * 2
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2
    if (left(mid) > 0) lo = mid
    else hi = mid
  }
  return lo
}
/** The rate at which dated flows are worth nothing, by bisection on a conventional profile. */
function returnRate(flows: readonly number[], times: readonly number[]): number {
  let lo = -0.99
  let hi = 10
  for (let i = 0; i < 300; i++) {
    const mid = (lo + hi) / 2
    if (discounted(mid, flows, times) > 0) lo = mid
    else hi = mid
  }
  return lo
}
function secondValue(money: NonNullable<ModelScenario['money']>): number {
  switch (money.fn) {
    case 'pv':
      return discounted(money.rate, money.flows, money.times)
    case 'pmt':
      return levelPayment(money.rate, money.n, money.pv, money.type)
    case 'irr':
      return returnRate(money.flows, money.times)
  }
}

// ---- Filling a formula, written apart from the models' copy helper.
function fill(formula: string, down: number, across: number): string {
  return formula.replace(
    /("[^"]*")|(\$?)([A-Z])(\$?)(\d+)(?![\d(A-Z])/g,
    (all, text, c$, c, r$, r) => {
      if (text) return all
      const column = c$ ? c : String.fromCharCode(c.charCodeAt(0) + across)
      const row = r$ ? r : String(Number(r) + down)
      return `${c$}${column}${r$}${row}`
    },
  )
}
function valueAt(formula: string, sheet: NonNullable<ModelScenario['sheet']>, cell: string) {
  const [, c0, r0] = /^([A-Z])(\d+)$/.exec(sheet.at)!
  const [, c1, r1] = /^([A-Z])(\d+)$/.exec(cell)!
  const moved = fill(formula, Number(r1) - Number(r0), c1!.charCodeAt(0) - c0!.charCodeAt(0))
  try {
    return evaluateFormula(moved, sheet.cells)
  } catch {
    return '#error'
  }
}
const same = (got: unknown, want: number | string) =>
  typeof want === 'number'
    ? typeof got === 'number' && Math.abs(got - want) <= 1e-7 * Math.max(1, Math.abs(want))
    : got === want

describeEngineIndependent('financial modelling scenarios', () => {
  it('are at least 95 distinct families, each drawn, none refusing most of its draws', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(familiesNeverDrawn(FAMILIES, DRAWN)).toEqual([])
    const kept = new Map<string, number>()
    for (const d of DRAWN) kept.set(d.family, (kept.get(d.family) ?? 0) + 1)
    expect(FAMILIES.filter((f) => (kept.get(f.id) ?? 0) < DRAWS / 2).map((f) => f.id)).toEqual([])
  })

  it('figure keys equal a spreadsheet formula over the drawn figures, evaluated again', () => {
    const wrong: string[] = []
    const checked = new Set<string>()
    for (const { family, s } of DRAWN) {
      if (!s.recompute) continue
      checked.add(family)
      const value = evaluateFormula(s.recompute.formula, s.recompute.cells)
      if (typeof value !== 'number' || !rendersAs(value, s.key)) {
        wrong.push(`${family}: ${s.recompute.formula} = ${String(value)}, key ${s.key}`)
      }
    }
    expect(wrong.slice(0, 8)).toEqual([])
    expect(checked.size).toBeGreaterThanOrEqual(50)
  })

  it('discounting, payment and return keys agree with a second implementation', () => {
    const wrong: string[] = []
    const checked = new Set<string>()
    for (const { family, s } of DRAWN) {
      if (!s.money) continue
      checked.add(family)
      const second = secondValue(s.money)
      if (s.sheet) {
        const at = s.sheet.copies[0]![0]
        const got = valueAt(s.key, s.sheet, at)
        if (
          typeof got !== 'number' ||
          Math.abs(got - second) > 1e-6 * Math.max(1, Math.abs(second))
        )
          wrong.push(`${family}: ${s.key} shows ${String(got)}, second ${second}`)
      } else if (!rendersAs(second, s.key)) {
        wrong.push(`${family}: key ${s.key}, second ${second}`)
      }
    }
    expect(wrong.slice(0, 8)).toEqual([])
    expect(checked.size).toBeGreaterThanOrEqual(12)
  })

  it('formula keys show every expected value when filled, and every wrong formula misses one', () => {
    const wrong: string[] = []
    const checked = new Set<string>()
    for (const { family, s } of DRAWN) {
      if (!s.sheet) continue
      checked.add(family)
      const sheet = s.sheet
      const right = (f: string) =>
        sheet.copies.every(([cell, want]) => same(valueAt(f, sheet, cell), want))
      if (!right(s.key)) wrong.push(`${family}: key ${s.key}`)
      for (const [text, mistake] of s.wrong)
        if (right(text)) wrong.push(`${family}: ${text} (${mistake}) is harmless`)
    }
    expect(wrong.slice(0, 8)).toEqual([])
    expect(checked.size).toBeGreaterThanOrEqual(18)
  })

  it('a total that includes an inserted row is the one whose range spans the insert', () => {
    // A row inserted at row k (first < k <= last) stretches a range first:last and moves every
    // reference at or below k down one; the total includes the new row only through a range.
    let n = 0
    for (const { family, s } of DRAWN) {
      if (family !== 'sum-survives-row-insert') continue
      n++
      const [, first, last] = /in E(\d+):E(\d+),/.exec(s.stem)!.map(Number)
      const ins = Number(/inserted at row (\d+)/.exec(s.stem)![1])
      const covers = (formula: string) =>
        [...formula.matchAll(/E\$?(\d+):E(\d+)/g)].some(
          ([, a, b]) => Number(a) < ins && Number(b) >= ins,
        )
      expect(first! < ins && ins <= last!).toBe(true)
      expect(covers(s.key), s.key).toBe(true)
      for (const [text] of s.wrong) expect(covers(text), text).toBe(false)
    }
    expect(n).toBeGreaterThan(50)
  })

  it('show three distinct named distractors, none equal to the key', () => {
    expect(optionSetProblems(DRAWN, { capitalStem: true })).toEqual([])
  })

  it.each(FINMODEL_MODELS.map((m) => [m.id, m] as const))(
    '%s: every variant re-executes to its key and names every family',
    async (_id, model) => {
      const variants = await generateVariants(model, createRng(12), 300, engines)
      const answers = await executeTasks(
        variants.map((v) => v.task),
        engines,
      )
      const bad = variants.flatMap((v, i) => {
        const key = v.options.find((o) => v.keys.includes(o.id))
        return v.keys.length === 1 && key?.value === answers[i] ? [] : [`#${i} ${v.family}`]
      })
      expect(bad).toEqual([])
      expect(new Set(variants.map((v) => v.family))).toEqual(new Set(model.families))
    },
  )
})
