import { afterAll, expect, it } from 'vitest'
import { evaluateSheetsFormula } from '../../../src/assessment/engines/spreadsheet/sheets-functions.js'
import type { SortedSearch } from '../../../src/assessment/engines/spreadsheet/sorted-search.js'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  executeTasks,
  generateVariants,
} from '../../../src/assessment/index.js'
import type { SheetsScenario } from '../../../src/assessment/models/gsheets/sheets-case.js'
import {
  GOOGLE_SHEETS_MODELS,
  GS_ARRAY_FAMILIES,
  GS_CLEAN_FAMILIES,
  GS_LOOKUP_FAMILIES,
  GS_RULE_FAMILIES,
  GS_SHARE_FAMILIES,
} from '../../../src/assessment/models/gsheets/sheets-models.js'
import {
  distinctWrongs,
  scenarioFrame,
} from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { DOCUMENTED } from '../../support/google-sheets-documented-rules.js'
import { SECOND } from '../../support/google-sheets-second-computations.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const ALL = [
  ...GS_ARRAY_FAMILIES,
  ...GS_LOOKUP_FAMILIES,
  ...GS_CLEAN_FAMILIES,
  ...GS_RULE_FAMILIES,
  ...GS_SHARE_FAMILIES,
]
const DRAWN = drawFamilies<SheetsScenario>(ALL, 50, 2026_12_05)
type Cells = Readonly<Record<string, number | string | boolean>>

/** A column name's number (A is 1) and back, written for this test. */
const colNumber = (name: string) => [...name].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)
function colName(n: number): string {
  return n <= 0 ? '' : colName(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26))
}

/**
 * A formula as Sheets rewrites it when filled `down` rows and `across` columns (or when a
 * conditional formatting rule moves from the range's first cell): each reference part without a
 * `$` moves; text inside double quotes is left alone.
 */
function moved(formula: string, down: number, across: number): string {
  return formula
    .split('"')
    .map((part, i) =>
      i % 2
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,2})(\$?)(\d+)(?![A-Za-z0-9(])/g,
            (_, c$: string, c: string, r$: string, r: string) =>
              `${c$}${c$ ? c : colName(colNumber(c) + across)}${r$}${r$ ? r : Number(r) + down}`,
          ),
    )
    .join('"')
}

/** What a cell shows: TRUE/FALSE, error codes, numbers to 12 significant digits. */
function showing(formula: string, cells: Cells, way: SortedSearch): string {
  try {
    const v = evaluateSheetsFormula(formula, cells, way)
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
    return typeof v === 'number' ? String(Number(v.toPrecision(12))) : v
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code) return code
    throw error
  }
}

const asShown = (v: number | string | boolean) =>
  typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v)

const split = (cell: string) => {
  const [, c, r] = /^([A-Z]+)(\d+)$/.exec(cell)!
  return { col: colNumber(c!), row: Number(r) }
}

function rightEverywhere(
  formula: string,
  sheet: NonNullable<SheetsScenario['sheet']>,
  way: SortedSearch,
) {
  const at = split(sheet.at)
  return sheet.copies.every(([cell, want]) => {
    const to = split(cell)
    return (
      showing(moved(formula, to.row - at.row, to.col - at.col), sheet.cells, way) === asShown(want)
    )
  })
}

describeEngineIndependent('Google Sheets scenarios', () => {
  it('are at least 95 distinct families, each drawn, each with at least three named mistakes', () => {
    expect(new Set(ALL.map((f) => f.id)).size).toBe(ALL.length)
    expect(ALL.length).toBeGreaterThanOrEqual(95)
    expect(familiesNeverDrawn(ALL, DRAWN)).toEqual([])
    // Families offer more than three mistakes and an item shows three of them: each three
    // shown is checked, and every mistake must fit the item's frame.
    const shown = DRAWN.map((d) => ({
      ...d,
      s: { ...d.s, wrong: distinctWrongs(d.s).slice(0, 3) },
    }))
    expect(optionSetProblems(shown, { capitalStem: true })).toEqual([])
    const unframed = DRAWN.flatMap(({ family, s }) => {
      try {
        scenarioFrame(s)
        return []
      } catch (error) {
        return [`${family}: ${(error as Error).message}`]
      }
    })
    expect([...new Set(unframed)]).toEqual([])
    const thin = DRAWN.filter(({ s }) => distinctWrongs(s).length < 3).map(({ family }) => family)
    expect(thin).toEqual([])
    // A named mistake that reads the same as the key is lost from the item (and its mistake is
    // then not a mistake on that draw): a typed date whose day equals its month did this.
    const asKey = DRAWN.filter(({ s }) => s.wrong.some(([w]) => w === s.key)).map(
      ({ family }) => family,
    )
    expect([...new Set(asKey)]).toEqual([])
  })

  it('key formulas, filled where the stem says, show every value under both searches; each wrong formula misses', () => {
    const problems: string[] = []
    for (const { family, s } of DRAWN) {
      if (!s.sheet) continue
      for (const way of ['linear', 'binary'] as const) {
        if (!rightEverywhere(s.key, s.sheet, way)) problems.push(`${family}: key ${s.key} (${way})`)
        for (const [w, mistake] of distinctWrongs(s))
          if (rightEverywhere(w, s.sheet, way))
            problems.push(`${family}: "${mistake}" ${w} is right`)
      }
    }
    expect(problems.slice(0, 5)).toEqual([])
  })

  it('every expected value agrees with a second computation of what the stem asks, written without formulas', () => {
    const sheetFamilies = new Set(DRAWN.filter(({ s }) => s.sheet).map(({ family }) => family))
    expect([...sheetFamilies].filter((f) => !SECOND[f])).toEqual([])
    expect(sheetFamilies.size).toBeGreaterThanOrEqual(20)
    const problems: string[] = []
    for (const { family, s } of DRAWN) {
      if (!s.sheet) continue
      for (const [cell, want] of s.sheet.copies) {
        const got = SECOND[family]!(s.sheet.cells, cell, s.stem)
        if (asShown(got) !== asShown(want)) problems.push(`${family} ${cell}: ${got} vs ${want}`)
      }
    }
    expect(problems.slice(0, 5)).toEqual([])
  })

  it('the Sheets-only functions behave as their help articles document', () => {
    const cells = { A1: 'Mary-Jo Smith - London', A2: 40213, A3: 'Paid INV-4821', A4: 'a;;b;c' }
    const cases: [string, string][] = [
      // SPLIT: split_by_each TRUE splits at each character; remove_empty_text drops gaps.
      ['=INDEX(SPLIT(A1," - "),1,2)', 'Jo'],
      ['=INDEX(SPLIT(A1," - ",FALSE),1,2)', 'London'],
      ['=COLUMNS(SPLIT(A4,";"))', '3'],
      ['=COLUMNS(SPLIT(A4,";",TRUE,FALSE))', '4'],
      // REGEXMATCH and REGEXEXTRACT take text only; a capture group is what is returned.
      ['=REGEXMATCH(A2,"^40")', '#VALUE!'],
      ['=REGEXMATCH(TO_TEXT(A2),"^40")', 'TRUE'],
      ['=REGEXEXTRACT(A3,"INV-(\\d+)")', '4821'],
      ['=REGEXEXTRACT(A3,"INV-\\d+")', 'INV-4821'],
      ['=REGEXEXTRACT(A3,"X\\d")', '#N/A'],
      ['=REGEXREPLACE("a1b22","\\d","")', 'ab'],
      // UNIQUE, COUNTUNIQUE and SORT.
      ['=COUNTUNIQUE("a","b","a")', '2'],
    ]
    for (const [formula, want] of cases)
      expect(showing(formula, cells, 'binary'), formula).toBe(want)
  })

  it('conceptual keys state the rule of the Google help article the family names, and no distractor does', () => {
    const conceptual = ALL.filter((f) => !DRAWN.some(({ family, s }) => family === f.id && s.sheet))
    expect(conceptual.filter((f) => !DOCUMENTED[f.id]).map((f) => f.id)).toEqual([])
    const problems: string[] = []
    for (const { family, s } of DRAWN) {
      const rule = DOCUMENTED[family]
      if (!rule) continue
      const source = ALL.find((f) => f.id === family)!.source
      if (!source.includes(rule.article))
        problems.push(`${family}: cites ${source}, not ${rule.article}`)
      if (!rule.says(s.key, s.stem))
        problems.push(`${family}: key ${s.key} does not state the rule`)
      for (const [w] of distinctWrongs(s))
        if (rule.says(w, s.stem)) problems.push(`${family}: distractor ${w} states the rule`)
    }
    expect(problems.slice(0, 5)).toEqual([])
  })

  it.each(GOOGLE_SHEETS_MODELS.map((m) => [m.id, m] as const))(
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
