import { afterAll, expect, it } from 'vitest'
import { evaluateFormula } from '../../../src/assessment/engines/spreadsheet/evaluate-formula.js'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  executeTasks,
  generateVariants,
} from '../../../src/assessment/index.js'
import { ADJUSTMENT_FAMILIES } from '../../../src/assessment/models/bookkeeping/adjustment-families.js'
import { BOOKKEEPING_MODELS } from '../../../src/assessment/models/bookkeeping/bookkeeping-models.js'
import { RECONCILIATION_FAMILIES } from '../../../src/assessment/models/bookkeeping/reconciliation-families.js'
import { RECORDING_FAMILIES } from '../../../src/assessment/models/bookkeeping/recording-families.js'
import { REPORTS_FAMILIES } from '../../../src/assessment/models/bookkeeping/reports-families.js'
import { SALES_TAX_FAMILIES } from '../../../src/assessment/models/bookkeeping/sales-tax-families.js'
import { distinctWrongs } from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...RECORDING_FAMILIES,
  ...ADJUSTMENT_FAMILIES,
  ...RECONCILIATION_FAMILIES,
  ...SALES_TAX_FAMILIES,
  ...REPORTS_FAMILIES,
]
/** Draws of each family: enough to meet its branches (gain or loss, pay or reclaim) often. */
const DRAWS = 200
const VARIANTS = 400

// Read independently of the helper that writes entries: `Dr Account 1,234.50; Cr Other 1,234.50`.
const LINE = /^(Dr|Cr) (.+) (\d{1,3}(?:,\d{3})*\.\d{2})$/
const cents = (text: string) => Math.round(Number(text.replace(/,/g, '')) * 100)

/** The debit and credit totals of an entry option, or `undefined` when it is not an entry. */
function sides(text: string): { debit: number; credit: number; lines: number } | undefined {
  if (!/^(Dr|Cr) /.test(text)) return undefined
  let debit = 0
  let credit = 0
  const parts = text.split('; ')
  for (const part of parts) {
    const m = LINE.exec(part)
    if (!m) throw new Error(`a malformed entry line: ${part}`)
    if (m[1] === 'Dr') debit += cents(m[3]!)
    else credit += cents(m[3]!)
  }
  return { debit, credit, lines: parts.length }
}

const DRAWN = drawFamilies(FAMILIES, DRAWS, 2026_12_03)
const draws = () => DRAWN

describeEngineIndependent('bookkeeping scenarios', () => {
  it('are at least 90 distinct families, each drawn without a programming error', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
    expect(FAMILIES.length).toBeGreaterThanOrEqual(90)
    const drawn = new Set(draws().map((d) => d.family))
    expect(FAMILIES.filter((f) => !drawn.has(f.id)).map((f) => f.id)).toEqual([])
  })

  it('key amounts equal the spreadsheet formula over the drawn figures, evaluated again', () => {
    const wrong: string[] = []
    const checked = new Set<string>()
    for (const { family, s } of draws()) {
      if (!s.recompute) continue
      checked.add(family)
      const value = evaluateFormula(s.recompute.formula, s.recompute.cells)
      if (typeof value !== 'number' || Math.abs(value * 100 - cents(s.recompute.shows)) > 1e-6) {
        wrong.push(
          `${family}: ${s.recompute.formula} = ${String(value)}, key shows ${s.recompute.shows}`,
        )
      }
      if (!s.key.includes(s.recompute.shows))
        wrong.push(`${family}: key ${s.key} lacks ${s.recompute.shows}`)
    }
    expect(wrong.slice(0, 5)).toEqual([])
    // The families whose key is an amount worked from the figures: the rest apply a rule.
    expect(checked.size).toBeGreaterThanOrEqual(35)
  })

  it('show only entries that balance, key and distractors alike, and no distractor equals its key', () => {
    const problems: string[] = []
    let entries = 0
    let short = 0
    const all = draws()
    for (const { family, s } of all) {
      for (const text of [s.key, ...s.wrong.map(([t]) => t)]) {
        const e = sides(text)
        if (!e) continue
        entries++
        if (e.debit !== e.credit || e.debit <= 0) problems.push(`${family}: ${text}`)
      }
      const wrong = distinctWrongs(s)
      // A draw shows three distractors; fewer is refused and drawn again, never padded.
      if (wrong.length < 3) short++
      for (const [text, mistake] of wrong) {
        if (text === s.key) problems.push(`${family}: the mistake "${mistake}" gives the key`)
        if (mistake.trim().length < 10) problems.push(`${family}: an unnamed mistake for ${text}`)
      }
      // An option is an entry exactly when the key is: a lone answer of another shape is a cue.
      const shapes = new Set([s.key, ...s.wrong.map(([t]) => t)].map((t) => sides(t) === undefined))
      if (shapes.size !== 1) problems.push(`${family}: options of two shapes`)
    }
    expect(problems.slice(0, 5)).toEqual([])
    expect(entries).toBeGreaterThan(DRAWS * 40)
    expect(short / all.length).toBeLessThan(0.01)
  })

  it.each(BOOKKEEPING_MODELS.map((m) => [m.id, m] as const))(
    '%s: every variant re-executes to its key and names every family',
    async (_id, model) => {
      const variants = await generateVariants(model, createRng(12), VARIANTS, engines)
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
