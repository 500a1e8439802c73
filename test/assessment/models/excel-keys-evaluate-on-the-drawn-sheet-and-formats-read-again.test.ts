import { afterAll, expect, it } from 'vitest'
import { formatValue } from '../../../src/assessment/engines/spreadsheet/number-format.js'
import type { SortedSearch } from '../../../src/assessment/engines/spreadsheet/sorted-search.js'
import { evaluateWorkbookFormula } from '../../../src/assessment/engines/spreadsheet/workbook-functions.js'
import {
  closeTaskEngines,
  createRng,
  createTaskEngines,
  executeTasks,
  generateVariants,
} from '../../../src/assessment/index.js'
import { AGGREGATE_FAMILIES } from '../../../src/assessment/models/excel/aggregate-families.js'
import { EXCEL_MODELS } from '../../../src/assessment/models/excel/excel-models.js'
import { FORMAT_FAMILIES } from '../../../src/assessment/models/excel/format-families.js'
import { LOOKUP_FAMILIES } from '../../../src/assessment/models/excel/lookup-families.js'
import { TABLE_FAMILIES } from '../../../src/assessment/models/excel/table-families.js'
import { TEXT_DATE_FAMILIES } from '../../../src/assessment/models/excel/text-date-families.js'
import type { WorkbookScenario } from '../../../src/assessment/models/excel/workbook.js'
import { distinctWrongs } from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const ALL = [
  ...LOOKUP_FAMILIES,
  ...AGGREGATE_FAMILIES,
  ...TEXT_DATE_FAMILIES,
  ...FORMAT_FAMILIES,
  ...TABLE_FAMILIES,
]
const DRAWN = drawFamilies(ALL, 80, 2026_12_04)

/**
 * A formula moved `down` rows and `across` columns as filling does, written for this test: every
 * reference outside quotes shifts unless a `$` pins its column or row.
 */
function filled(formula: string, down: number, across: number): string {
  const parts = formula.split('"')
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,2})(\$?)(\d+)(?![A-Za-z0-9(])/g,
            (_, c$: string, col: string, r$: string, row: string) => {
              let n = [...col].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0)
              if (!c$) n += across
              let name = ''
              for (; n > 0; n = Math.floor((n - 1) / 26))
                name = String.fromCharCode(65 + ((n - 1) % 26)) + name
              return `${c$}${name}${r$}${r$ ? row : Number(row) + down}`
            },
          ),
    )
    .join('"')
}

const colOf = (cell: string) => cell.charCodeAt(0) - 64
const rowOf = (cell: string) => Number(cell.slice(1))

/** What Excel shows for a result: booleans in capitals, errors by code, numbers to 12 digits. */
function showing(
  formula: string,
  cells: Readonly<Record<string, number | string>>,
  way: SortedSearch = 'linear',
): string {
  try {
    const v = evaluateWorkbookFormula(formula, cells, way)
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE'
    return typeof v === 'number' ? String(Number(v.toPrecision(12))) : v
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code) return code
    throw error
  }
}

/**
 * Whether a formula, filled as the stem says, shows every expected value; `way` is how an
 * approximate lookup walks an unsorted list (Excel does not document it, so both are tried).
 */
function rightEverywhere(
  formula: string,
  sheet: NonNullable<WorkbookScenario['sheet']>,
  way: SortedSearch = 'linear',
): boolean {
  return rightEverywhereOnce(formula, sheet, way)
}

function rightEverywhereOnce(
  formula: string,
  sheet: NonNullable<WorkbookScenario['sheet']>,
  way: SortedSearch,
): boolean {
  return sheet.copies.every(([cell, want]) => {
    const f = filled(formula, rowOf(cell) - rowOf(sheet.at), colOf(cell) - colOf(sheet.at))
    const got = showing(f, sheet.cells, way)
    return typeof want === 'number' ? Math.abs(Number(got) - want) < 1e-9 : got === want
  })
}

describeEngineIndependent('Microsoft Excel scenarios', () => {
  it('are at least 80 distinct families, each drawn, each with three distinct distractors', () => {
    expect(new Set(ALL.map((f) => f.id)).size).toBe(ALL.length)
    expect(ALL.length).toBeGreaterThanOrEqual(80)
    expect(familiesNeverDrawn(ALL, DRAWN)).toEqual([])
    const thin = DRAWN.filter(({ s }) => distinctWrongs(s).length < 3).map(({ family }) => family)
    expect(thin).toEqual([])
  })

  it('key formulas, filled where the stem says, show every value; each wrong formula misses one', () => {
    const problems: string[] = []
    const families = new Set<string>()
    for (const { family, s } of DRAWN) {
      if (!s.sheet) continue
      families.add(family)
      for (const way of ['linear', 'binary'] as const) {
        if (!rightEverywhere(s.key, s.sheet, way)) problems.push(`${family}: key ${s.key} (${way})`)
        for (const [w, mistake] of distinctWrongs(s))
          if (rightEverywhere(w, s.sheet, way))
            problems.push(`${family}: "${mistake}" ${w} is right (${way})`)
      }
    }
    expect(problems.slice(0, 5)).toEqual([])
    expect(families.size).toBeGreaterThanOrEqual(35)
  })

  it('a formula a stem shows returns the key on its cells, and no distractor', () => {
    const problems: string[] = []
    for (const { family, s } of DRAWN) {
      if (!s.returns) continue
      const got = showing(s.returns.formula, s.returns.cells)
      if (got !== s.key) problems.push(`${family}: ${s.returns.formula} shows ${got}, key ${s.key}`)
      for (const [w] of distinctWrongs(s)) if (w === got) problems.push(`${family}: ${w} is right`)
    }
    expect(problems.slice(0, 5)).toEqual([])
  })

  it('number formats shown in a stem are the key and match Excel’s documented displays', () => {
    // Displays Microsoft documents for custom number formats and TEXT, and date serials.
    const documented: [number, string, string][] = [
      [1234.59, '####.#', '1234.6'],
      [8.9, '#.000', '8.900'],
      [0.631, '0.#', '0.6'],
      [12, '#.0#', '12.0'],
      [1234.568, '#.0#', '1234.57'],
      [12000, '#,###', '12,000'],
      [12000, '#,', '12'],
      [12200000, '0.0,,', '12.2'],
      [0.285, '0.0%', '28.5%'],
      [-1234.5, '#,##0.00;(#,##0.00)', '(1,234.50)'],
      [45292, 'dddd, mmmm d, yyyy', 'Monday, January 1, 2024'],
      [45292.75, 'h:mm AM/PM', '6:00 PM'],
      [1.5, '[h]:mm', '36:00'],
    ]
    for (const [value, code, display] of documented)
      expect(formatValue(value, code), `${value} as ${code}`).toBe(display)
    const problems: string[] = []
    let drawn = 0
    for (const { family, s } of DRAWN) {
      if (!s.format) continue
      drawn++
      const got = formatValue(s.format.value, s.format.code)
      if (got !== s.key) problems.push(`${family}: ${s.format.code} shows ${got}, key ${s.key}`)
      if (!s.stem.includes(`\`${s.format.code}\``)) problems.push(`${family}: code not in the stem`)
    }
    expect(problems.slice(0, 5)).toEqual([])
    expect(drawn).toBeGreaterThan(0)
  })

  it('dates are Excel serial numbers and the date functions keep Excel’s calendar rules', () => {
    const cases: [string, number][] = [
      ['=DATE(2024,1,1)', 45292],
      ['=DATE(2000,1,1)', 36526],
      ['=EOMONTH(DATE(2024,1,31),1)', 45351],
      ['=EDATE(DATE(2023,1,31),1)', 44985],
      ['=WEEKDAY(DATE(2024,1,1))', 2],
      ['=WEEKDAY(DATE(2024,1,7),2)', 7],
      ['=NETWORKDAYS(DATE(2024,1,1),DATE(2024,1,31))', 23],
      ['=WORKDAY(DATE(2024,1,5),1)', 45299],
      ['=DATEDIF(DATE(2020,2,29),DATE(2024,2,28),"Y")', 3],
    ]
    for (const [formula, want] of cases)
      expect(evaluateWorkbookFormula(formula, {}), formula).toBe(want)
  })

  it('lookup, *IFS and text functions follow the behaviour Microsoft documents for them', () => {
    // Each case is a documented rule the items lean on, worked out by hand.
    const cells = { A1: 'Lamp', A2: 'Desk', A3: 'Lamp', B1: 10, B2: 20, B3: 30, C1: 'x', C3: 'y' }
    const cases: [string, number | string][] = [
      // XLOOKUP: exact by default; search_mode -1 searches last to first; if_not_found.
      ['=XLOOKUP("Lamp",A1:A3,B1:B3)', 10],
      ['=XLOOKUP("Lamp",A1:A3,B1:B3,"",0,-1)', 30],
      ['=XLOOKUP("Stool",A1:A3,B1:B3,"none")', 'none'],
      // match_mode -1: the exact item, else the next smaller one.
      ['=XLOOKUP(25,B1:B3,A1:A3,"",-1)', 'Desk'],
      // SUMIFS: every range the size of sum_range, or #VALUE!.
      ['=SUMIFS(B1:B3,A1:A2,"Lamp")', '#VALUE!'],
      ['=SUMIFS(B1:B3,A1:A3,"Lamp",B1:B3,">=20")', 30],
      ['=COUNTIFS(A1:A3,"<>Desk")', 2],
      // TEXTJOIN skips empty cells only when ignore_empty is TRUE.
      ['=TEXTJOIN(", ",TRUE,C1:C3)', 'x, y'],
      ['=TEXTJOIN(", ",FALSE,C1:C3)', 'x, , y'],
      ['=COUNTBLANK(C1:C3)', 1],
      // SUBSTITUTE replaces every instance unless instance_num is given.
      ['=SUBSTITUTE("1-2-3","-","")', '123'],
      ['=SUBSTITUTE("1-2-3","-","",1)', '12-3'],
      ['=TEXT(DATE(2027,7,4),"yyyy-mm")', '2027-07'],
    ]
    for (const [formula, want] of cases) expect(showing(formula, cells), formula).toBe(String(want))
  })

  it.each(EXCEL_MODELS.map((m) => [m.id, m] as const))(
    '%s: every variant re-executes to its key and names every family',
    async (_id, model) => {
      const variants = await generateVariants(model, createRng(12), 500, engines)
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
