import { FormulaError } from '../../engines/spreadsheet/formula-ast.js'
import type { SortedSearch } from '../../engines/spreadsheet/sorted-search.js'
import { evaluateWorkbookFormula } from '../../engines/spreadsheet/workbook-functions.js'
import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { MONTH_NAMES } from '../month-names.js'
import { copyFormula } from '../office/copy-formula.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/** Every item states the product: Excel for Microsoft 365, whose functions the items use. */
export const EXCEL = 'In Excel for Microsoft 365'

/**
 * A drawn Excel case. `sheet` carries formula options to fill and evaluate (as in the office
 * test); `returns` carries the formula a stem shows with the value it returns on the shown
 * cells, so the tests evaluate it; `format` carries a value and a number format code whose
 * display the key states, so the tests format it again.
 */
export interface WorkbookScenario extends Scenario {
  readonly returns?: {
    readonly formula: string
    readonly cells: Readonly<Record<string, number | string>>
  }
  readonly format?: { readonly value: number | string; readonly code: string }
}

export interface WorkbookFamily extends ScenarioFamily {
  draw(rng: Rng): WorkbookScenario
}

/** What a formula shows, as an option states it: TRUE/FALSE, error codes, trimmed numbers. */
export function shown(
  formula: string,
  cells: Readonly<Record<string, number | string>>,
  search: SortedSearch = 'linear',
): string {
  try {
    const value = evaluateWorkbookFormula(formula, cells, search)
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
    return typeof value === 'number' ? String(Number(value.toPrecision(12))) : String(value)
  } catch (error) {
    if (error instanceof FormulaError) return error.code
    throw error
  }
}

const expected = (v: number | string) =>
  typeof v === 'number' ? String(Number(v.toPrecision(12))) : v

/**
 * Whether a formula shows every expected value, with approximate lookups run both ways Excel's
 * undocumented search could go (`surely`: both must show them; otherwise either may).
 */
function shows(formula: string, sheet: NonNullable<Scenario['sheet']>, surely: boolean): boolean {
  const ways = (['linear', 'binary'] as const).map((way) => showsEverywhere(formula, sheet, way))
  return surely ? ways.every(Boolean) : ways.some(Boolean)
}

function showsEverywhere(
  formula: string,
  sheet: NonNullable<Scenario['sheet']>,
  search: SortedSearch,
): boolean {
  const [, atCol, atRow] = /^([A-Z]+)(\d+)$/.exec(sheet.at)!
  return sheet.copies.every(([cell, value]) => {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell)!
    const copied = copyFormula(
      formula,
      Number(row) - Number(atRow),
      col!.charCodeAt(0) - atCol!.charCodeAt(0),
    )
    return shown(copied, sheet.cells, search) === expected(value)
  })
}

/**
 * The family with each draw checked on its own sheet: a formula key must show every expected
 * value and each wrong formula miss one; a shown formula must return the key. Random data can
 * make a mistake harmless (a lookup that happens to land on the right row): such a draw is
 * drawn again.
 */
export function checked(family: WorkbookFamily): WorkbookFamily {
  return {
    id: family.id,
    draw: (rng) => {
      const s = family.draw(rng)
      if (s.sheet) {
        if (!shows(s.key, s.sheet, true)) throw new Error(`${family.id}: the key ${s.key} is wrong`)
        // A wrong formula must miss however an approximate lookup searches an unsorted list.
        if (s.wrong.some(([w]) => shows(w, s.sheet!, false)))
          throw new VariantError(`${family.id}: a mistake is harmless on this data`)
      }
      if (s.returns) {
        const got = shown(s.returns.formula, s.returns.cells)
        if (got !== s.key) throw new Error(`${family.id}: ${s.returns.formula} shows ${got}`)
      }
      if (new Set([s.key, ...s.wrong.map(([w]) => w)]).size < 4)
        throw new VariantError(`${family.id}: fewer than three distinct distractors`)
      return { code: Boolean(s.sheet || s.returns), ...s }
    },
  }
}

/** A family whose answer is a way of working: the request's wording varies, the rule does not. */
export function rule(
  id: string,
  stem: (rng: Rng) => string,
  key: string,
  wrong: readonly Wrong[],
  asCode = false,
): WorkbookFamily {
  return { id, draw: (rng) => ({ stem: stem(rng), key, wrong, code: asCode }) }
}

/** `count` distinct whole numbers in [low, high]. */
export function distinct(rng: Rng, count: number, low: number, high: number): number[] {
  const out = new Set<number>()
  while (out.size < count) out.add(rng.int(low, high))
  return [...out]
}

export const PEOPLE = ['Ada', 'Ben', 'Chen', 'Dara', 'Eli', 'Femi', 'Gus', 'Hana', 'Ivo', 'Jo']
export const REGIONS = ['North', 'South', 'East', 'West']
export const PRODUCTS = ['Desk', 'Lamp', 'Chair', 'Shelf', 'Stool', 'Bench']

/** A date's Excel serial number (1900 date system, dates after February 1900). */
export function serialOf(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000)
}

/** A serial number's date as the stem states it, such as 5 March 2027. */
export function dateWords(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000)
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}
