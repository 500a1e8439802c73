import { FormulaError } from '../../engines/spreadsheet/formula-ast.js'
import { evaluateSheetsFormula } from '../../engines/spreadsheet/sheets-functions.js'
import type { SortedSearch } from '../../engines/spreadsheet/sorted-search.js'
import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { MONTH_NAMES } from '../month-names.js'
import { copyFormula } from '../office/copy-formula.js'
import type { Scenario, ScenarioFamily, Wrong } from '../scenario/scenario-model.js'

/** Every item states the product: Google Sheets in a browser, as Google's help describes it. */
export const SHEETS = 'In Google Sheets'

/**
 * A drawn Google Sheets case. `sheet` carries formula options to fill and evaluate; `returns`
 * a formula the stem shows with the value it returns on the shown cells; `source` names the
 * Google help article (or function page) the key rests on.
 */
export interface SheetsScenario extends Scenario {
  readonly returns?: {
    readonly formula: string
    readonly cells: Readonly<Record<string, number | string | boolean>>
  }
}

export interface SheetsFamily extends ScenarioFamily {
  /** The Google Docs Editors Help article the key follows. */
  readonly source: string
  draw(rng: Rng): SheetsScenario
}

/** What a formula shows in a cell, as an option states it: TRUE/FALSE, error codes, numbers. */
export function shown(
  formula: string,
  cells: Readonly<Record<string, number | string | boolean>>,
  search: SortedSearch = 'binary',
): string {
  try {
    const value = evaluateSheetsFormula(formula, cells, search)
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
    return typeof value === 'number' ? String(Number(value.toPrecision(12))) : String(value)
  } catch (error) {
    if (error instanceof FormulaError) return error.code
    throw error
  }
}

const expected = (v: number | string | boolean) =>
  typeof v === 'boolean'
    ? v
      ? 'TRUE'
      : 'FALSE'
    : typeof v === 'number'
      ? String(Number(v.toPrecision(12)))
      : v

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

/** Both ways a sorted lookup could walk an unsorted list: a key must be right under both. */
const SEARCHES = ['linear', 'binary'] as const

/**
 * The family with each draw checked on its own sheet: a formula key shows every expected value
 * (filled as the stem says), each wrong formula misses one however a sorted lookup searches; a
 * shown formula returns the key. A draw whose data makes a mistake harmless is drawn again.
 */
export function checked(family: SheetsFamily): SheetsFamily {
  return {
    id: family.id,
    source: family.source,
    draw: (rng) => {
      const s = family.draw(rng)
      if (s.sheet) {
        if (!SEARCHES.every((way) => showsEverywhere(s.key, s.sheet!, way)))
          throw new Error(`${family.id}: the key ${s.key} is wrong`)
        if (s.wrong.some(([w]) => SEARCHES.some((way) => showsEverywhere(w, s.sheet!, way))))
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

/**
 * A family whose answer is a documented behaviour or way of working: the client, file and
 * figures in the request vary, the rule does not.
 */
export function rule(
  id: string,
  source: string,
  stem: (rng: Rng) => string,
  key: string,
  wrong: readonly Wrong[],
  asCode = false,
): SheetsFamily {
  return { id, source, draw: (rng) => ({ stem: stem(rng), key, wrong, code: asCode }) }
}

/** A condition's result as a cell shows it, for expected values of rules that test cells. */
export const tf = (b: boolean): 'TRUE' | 'FALSE' => (b ? 'TRUE' : 'FALSE')

/** `count` distinct whole numbers in [low, high]. */
export function distinct(rng: Rng, count: number, low: number, high: number): number[] {
  const out = new Set<number>()
  while (out.size < count) out.add(rng.int(low, high))
  return [...out]
}

export const CLIENTS = ['Acme Studio', 'Birch Dental', 'Cobalt Realty', 'Dune Cafe', 'Elm Tutors']
export const PEOPLE = ['Ana', 'Bea', 'Caleb', 'Dev', 'Erin', 'Farah', 'Gil', 'Hugo', 'Iris', 'Joel']
export const REGIONS = ['North', 'South', 'East', 'West']
export const FILES = ['Leads 2026', 'Invoice log', 'Team rota', 'Stock list', 'Event RSVPs']
export const TABS = ['Orders', 'Contacts', 'Bookings', 'Expenses', 'Payments']

/** A client and file named in a stem. */
export function who(rng: Rng): string {
  return `a client (${rng.pick(CLIENTS)}) whose spreadsheet "${rng.pick(FILES)}"`
}

/** A date's serial number (Sheets counts days from 30 December 1899). */
export function serialOf(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000)
}

/** A serial number's date as a stem states it, such as 5 March 2027. */
export function dateWords(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000)
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}
