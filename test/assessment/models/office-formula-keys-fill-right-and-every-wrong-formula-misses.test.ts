import { afterAll, expect, it } from 'vitest'
import { evaluateFormula } from '../../../src/assessment/engines/spreadsheet/evaluate-formula.js'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  executeTasks,
  generateVariants,
} from '../../../src/assessment/index.js'
import { DATA_TOOL_FAMILIES } from '../../../src/assessment/models/office/data-tool-families.js'
import { DOCUMENT_FAMILIES } from '../../../src/assessment/models/office/document-families.js'
import { FORMULA_FAMILIES } from '../../../src/assessment/models/office/formula-families.js'
import { OFFICE_MODELS } from '../../../src/assessment/models/office/office-models.js'
import { PRESENTATION_FAMILIES } from '../../../src/assessment/models/office/presentation-families.js'
import { sheetChecked } from '../../../src/assessment/models/office/sheet-checked.js'
import {
  distinctWrongs,
  type Scenario,
} from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const SHEET_FAMILIES = [...FORMULA_FAMILIES, ...DATA_TOOL_FAMILIES].map(sheetChecked)
const ALL = [...SHEET_FAMILIES, ...DOCUMENT_FAMILIES, ...PRESENTATION_FAMILIES]
const DRAWS = 100
const VARIANTS = 400

/**
 * A formula filled `down` rows and `across` columns, written apart from the model's copy helper:
 * tokens are read left to right, and a reference's column and row move unless a `$` pins them.
 */
function fill(formula: string, down: number, across: number): string {
  let out = ''
  let i = 0
  while (i < formula.length) {
    if (formula[i] === '"') {
      const end = formula.indexOf('"', i + 1)
      out += formula.slice(i, end + 1)
      i = end + 1
      continue
    }
    const m = /^(\$?)([A-Z]+)(\$?)([0-9]+)/.exec(formula.slice(i))
    const before = out.at(-1) ?? ''
    if (m && !/[A-Za-z0-9_.]/.test(before) && !/^[A-Z0-9(]/.test(formula.slice(i + m[0].length))) {
      let col = 0
      for (const ch of m[2]!) col = col * 26 + (ch.charCodeAt(0) - 64)
      if (!m[1]) col += across
      let name = ''
      for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
        name = String.fromCharCode(65 + ((c - 1) % 26)) + name
      out += `${m[1]}${name}${m[3]}${m[3] ? m[4] : Number(m[4]) + down}`
      i += m[0].length
      continue
    }
    out += formula[i]
    i++
  }
  return out
}

const at = (cell: string) => {
  const m = /^([A-Z])(\d+)$/.exec(cell)!
  return { col: m[1]!.charCodeAt(0), row: Number(m[2]) }
}

/** Whether `formula`, entered at the sheet's cell and filled to each copy, shows its value. */
function rightEverywhere(formula: string, sheet: NonNullable<Scenario['sheet']>): boolean {
  const from = at(sheet.at)
  return sheet.copies.every(([cell, want]) => {
    const to = at(cell)
    let got: unknown
    try {
      got = evaluateFormula(fill(formula, to.row - from.row, to.col - from.col), sheet.cells)
    } catch {
      return false
    }
    if (typeof want === 'number') return typeof got === 'number' && Math.abs(got - want) < 1e-9
    return String(got).toUpperCase() === want.toUpperCase()
  })
}

const DRAWN = drawFamilies(ALL, DRAWS, 2026_12_03)

describeEngineIndependent('office-software scenarios', () => {
  it('are at least 90 distinct families, each drawn', () => {
    expect(new Set(ALL.map((f) => f.id)).size).toBe(ALL.length)
    expect(ALL.length).toBeGreaterThanOrEqual(90)
    expect(familiesNeverDrawn(ALL, DRAWN)).toEqual([])
  })

  it('key formulas, filled where the stem says, show every value; each wrong formula misses one', () => {
    const problems: string[] = []
    const checked = new Set<string>()
    for (const { family, s } of DRAWN) {
      if (!s.sheet) continue
      checked.add(family)
      if (!rightEverywhere(s.key, s.sheet)) problems.push(`${family}: key ${s.key}`)
      for (const [w, mistake] of distinctWrongs(s)) {
        if (rightEverywhere(w, s.sheet)) problems.push(`${family}: "${mistake}" ${w} is right`)
      }
    }
    expect(problems.slice(0, 5)).toEqual([])
    expect(checked.size).toBeGreaterThanOrEqual(15)
  })

  it('copied formulas and rules are what filling gives, computed again apart from the model', () => {
    const problems: string[] = []
    for (const { family, s } of DRAWN) {
      const m = /holds `([^`]+)`\. It is copied (\d+) rows? down and (\d+) columns? across/.exec(
        s.stem,
      )
      const rule =
        /range is `([^`]+)`\. Which formula does the spreadsheet apply to cell B(\d+)/.exec(s.stem)
      if (m && fill(m[1]!, Number(m[2]), Number(m[3])) !== s.key)
        problems.push(`${family}: ${s.key}`)
      if (rule && fill(rule[1]!, Number(rule[2]) - 2, 1) !== s.key)
        problems.push(`${family}: ${s.key}`)
      if (family.startsWith('what-a-copied') || family.startsWith('copied-rule')) {
        if (!m && !rule) problems.push(`${family}: stem not read`)
      }
    }
    expect(problems.slice(0, 5)).toEqual([])
  })

  it('never name a mistake vaguely or give a distractor that equals the key', () => {
    const problems = DRAWN.flatMap(({ family, s }) => {
      const wrong = distinctWrongs(s)
      return [
        ...(wrong.length < 3 ? [`${family}: only ${wrong.length} distractors`] : []),
        ...wrong.filter(([, m]) => m.trim().length < 10).map(([t]) => `${family}: ${t}`),
      ]
    })
    expect(problems.slice(0, 5)).toEqual([])
  })

  it.each(OFFICE_MODELS.map((m) => [m.id, m] as const))(
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
