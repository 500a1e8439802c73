import { cellsOf, isGrid, type Scalar, toNumber, toText, type Value } from './cell-values.js'
import { matchesCriterion } from './criteria.js'
import { type Cells, evaluateFormula } from './evaluate-formula.js'
import { FormulaError } from './formula-ast.js'
import { arity, type SheetFunction } from './function-table.js'
import { LOOKUP_FINANCE_FUNCTIONS, vlookupSearching } from './lookup-finance-functions.js'
import { MATH_FUNCTIONS } from './math-functions.js'
import { formatValue } from './number-format.js'
import { lastFitting, type SortedSearch } from './sorted-search.js'

const notFound = (name: string, key: Scalar) =>
  new FormulaError('#N/A', `${name} found no ${String(key)}`)

function same(a: Scalar | null, b: Scalar): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase()
  return a === b
}

/** Text compares with text and numbers with numbers; a mixed pair is never in order. */
function order(a: Scalar | null, b: Scalar): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b)
  if (typeof a === 'string' && typeof b === 'string')
    return Math.sign(a.toLowerCase().localeCompare(b.toLowerCase()))
  return undefined
}

/**
 * The cells the multi-criteria functions keep: every (range, criterion) pair must match, and
 * every range must have the shape of the first, or the result is #VALUE!.
 */
function multi(name: string, args: readonly Value[], from: number): boolean[] {
  if ((args.length - from) % 2 !== 0 || args.length - from < 2)
    throw new FormulaError('#VALUE!', `${name} needs range and criterion pairs`)
  const size = cellsOf(args[from]!).length
  const keep = new Array<boolean>(size).fill(true)
  for (let i = from; i < args.length; i += 2) {
    const range = cellsOf(args[i]!)
    if (range.length !== size) throw new FormulaError('#VALUE!', `${name} ranges differ in size`)
    const criterion = args[i + 1]! as Scalar
    range.forEach((cell, j) => {
      if (!matchesCriterion(cell, criterion)) keep[j] = false
    })
  }
  return keep
}

function kept(name: string, args: readonly Value[]): number[] {
  const values = cellsOf(args[0]!)
  const keep = multi(name, args, 1)
  if (values.length !== keep.length)
    throw new FormulaError('#VALUE!', `${name} ranges differ in size`)
  return values.flatMap((v, i) => (keep[i] && typeof v === 'number' ? [v] : []))
}

/** A one-row or one-column range as a list; anything wider is #VALUE! for MATCH and XLOOKUP. */
function vector(name: string, value: Value): (Scalar | null)[] {
  if (!isGrid(value)) return [value]
  if (value.grid.length !== 1 && (value.grid[0]?.length ?? 0) !== 1)
    throw new FormulaError('#VALUE!', `${name} needs one row or one column`)
  return value.grid.flat()
}

function match(
  name: string,
  key: Scalar,
  list: readonly (Scalar | null)[],
  mode: number,
  search: SortedSearch = 'linear',
): number {
  if (mode === 0) {
    const found = list.findIndex((c) =>
      typeof key === 'string' && typeof c === 'string' ? matchesCriterion(c, key) : same(c, key),
    )
    if (found < 0) throw notFound(name, key)
    return found
  }
  // The sorted-list search: the last item not past the key (1) or, descending, not below it (-1).
  const at = lastFitting(
    list,
    (item) => {
      const o = order(item ?? null, key)
      return o === undefined ? undefined : mode > 0 ? o <= 0 : o >= 0
    },
    search,
  )
  if (at < 0) throw notFound(name, key)
  return at
}

const DAY_MS = 86_400_000
// Serial 1 is 1 January 1900; serials from 61 on count from 30 December 1899 (the 1900 leap day).
const EPOCH = Date.UTC(1899, 11, 30)
const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS)
const parts = (n: number) => {
  const d = new Date(EPOCH + Math.floor(n) * DAY_MS)
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }
}
const weekday = (n: number) => ((Math.floor(n) % 7) + 7) % 7 // 0 Saturday … 6 Friday

function text(args: readonly Value[], i: number): string {
  return toText(args[i]!)
}

/** MATCH whose match types 1 and -1 search the list the given way. */
const matchSearching =
  (search: SortedSearch): SheetFunction =>
  (args) => {
    arity('MATCH', args, 2, 3)
    const mode = args[2] === undefined ? 1 : toNumber(args[2])
    return match('MATCH', args[0] as Scalar, vector('MATCH', args[1]!), mode, search) + 1
  }

/** HLOOKUP whose approximate match searches the header row the given way. */
const hlookupSearching =
  (search: SortedSearch): SheetFunction =>
  (args) => {
    arity('HLOOKUP', args, 3, 4)
    const table = args[1]!
    if (!isGrid(table)) throw new FormulaError('#VALUE!', 'HLOOKUP needs a range')
    const row = toNumber(args[2]!)
    if (row < 1 || row > table.grid.length) throw new FormulaError('#REF!', 'row outside the table')
    const exact = args[3] !== undefined && toNumber(args[3]) === 0
    const at = match('HLOOKUP', args[0] as Scalar, table.grid[0]!, exact ? 0 : 1, search)
    return table.grid[row - 1]![at] ?? 0
  }

/** Lookups, multi-criteria aggregates, more text and the date functions of current Excel. */
export const WORKBOOK_EXTRA_FUNCTIONS: Readonly<Record<string, SheetFunction>> = {
  SUMIFS: (args) => kept('SUMIFS', args).reduce((a, b) => a + b, 0),
  COUNTIFS: (args) => multi('COUNTIFS', args, 0).filter(Boolean).length,
  AVERAGEIFS: (args) => {
    const xs = kept('AVERAGEIFS', args)
    if (xs.length === 0) throw new FormulaError('#DIV/0!', 'AVERAGEIFS of no numbers')
    return xs.reduce((a, b) => a + b, 0) / xs.length
  },
  MAXIFS: (args) => {
    const xs = kept('MAXIFS', args)
    return xs.length ? Math.max(...xs) : 0
  },
  MINIFS: (args) => {
    const xs = kept('MINIFS', args)
    return xs.length ? Math.min(...xs) : 0
  },
  XMATCH: (args) => {
    arity('XMATCH', args, 2, 3)
    const mode = args[2] === undefined ? 0 : toNumber(args[2])
    // XMATCH's -1 and 1 are next smaller and next larger, not sorted searches; only exact here.
    if (mode !== 0) throw new FormulaError('#VALUE!', 'XMATCH mode not supported')
    return match('XMATCH', args[0] as Scalar, vector('XMATCH', args[1]!), 0) + 1
  },
  INDEX: (args) => {
    arity('INDEX', args, 2, 3)
    const table = args[0]!
    if (!isGrid(table)) throw new FormulaError('#VALUE!', 'INDEX needs a range')
    const oneRow = table.grid.length === 1
    let r = toNumber(args[1]!)
    let c = args[2] === undefined ? 1 : toNumber(args[2])
    // A one-row range indexed by one number counts along the row.
    if (oneRow && args[2] === undefined) [r, c] = [1, r]
    const row = table.grid[r - 1]
    if (r < 1 || c < 1 || !row || c > row.length)
      throw new FormulaError('#REF!', 'INDEX outside the range')
    return row[c - 1] ?? 0
  },
  XLOOKUP: (args) => {
    arity('XLOOKUP', args, 3, 6)
    const key = args[0] as Scalar
    const looked = vector('XLOOKUP', args[1]!)
    const returned = vector('XLOOKUP', args[2]!)
    if (looked.length !== returned.length)
      throw new FormulaError('#VALUE!', 'XLOOKUP arrays differ in size')
    const mode = args[4] === undefined ? 0 : toNumber(args[4])
    const fromLast = args[5] !== undefined && toNumber(args[5]) < 0
    const order_ = looked.map((_, i) => i)
    if (fromLast) order_.reverse()
    let best: number | undefined
    for (const i of order_) {
      const cell = looked[i] ?? null
      if (mode === 2 && typeof key === 'string') {
        if (typeof cell === 'string' && matchesCriterion(cell, key)) {
          best = i
          break
        }
        continue
      }
      if (same(cell, key)) {
        best = i
        break
      }
      const o = order(cell, key)
      if (o === undefined || mode === 0 || mode === 2) continue
      // -1: the next smaller item; 1: the next larger, when there is no exact match.
      if (mode === -1 && o < 0 && (best === undefined || (order(cell, looked[best]!) ?? 0) > 0))
        best = i
      if (mode === 1 && o > 0 && (best === undefined || (order(cell, looked[best]!) ?? 0) < 0))
        best = i
    }
    if (best === undefined) {
      if (args[3] !== undefined) return args[3] as Scalar
      throw notFound('XLOOKUP', key)
    }
    return returned[best] ?? 0
  },
  IFNA: () => {
    throw new Error('IFNA is evaluated lazily')
  },
  PROPER: (args) =>
    text(args, 0)
      .toLowerCase()
      .replace(/(^|[^a-z])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase()),
  SUBSTITUTE: (args) => {
    arity('SUBSTITUTE', args, 3, 4)
    const [t, old, fresh] = [text(args, 0), text(args, 1), text(args, 2)]
    if (old === '') return t
    if (args[3] === undefined) return t.split(old).join(fresh)
    const nth = toNumber(args[3])
    let at = -1
    for (let k = 0; k < nth; k++) {
      at = t.indexOf(old, at + 1)
      if (at < 0) return t
    }
    return t.slice(0, at) + fresh + t.slice(at + old.length)
  },
  FIND: (args) => {
    const at = text(args, 1).indexOf(
      text(args, 0),
      (args[2] === undefined ? 1 : toNumber(args[2])) - 1,
    )
    if (at < 0) throw new FormulaError('#VALUE!', 'FIND found nothing')
    return at + 1
  },
  SEARCH: (args) => {
    const at = text(args, 1)
      .toLowerCase()
      .indexOf(text(args, 0).toLowerCase(), (args[2] === undefined ? 1 : toNumber(args[2])) - 1)
    if (at < 0) throw new FormulaError('#VALUE!', 'SEARCH found nothing')
    return at + 1
  },
  VALUE: (args) => toNumber(args[0]!),
  EXACT: (args) => text(args, 0) === text(args, 1),
  REPT: (args) => text(args, 0).repeat(toNumber(args[1]!)),
  TEXTJOIN: (args) => {
    const sep = text(args, 0)
    const skip = toNumber(args[1]!) !== 0
    return args
      .slice(2)
      .flatMap(cellsOf)
      .filter((c) => !(skip && (c === null || c === '')))
      .map((c) => (c === null ? '' : toText(c)))
      .join(sep)
  },
  DATE: (args) => serial(toNumber(args[0]!), toNumber(args[1]!), toNumber(args[2]!)),
  YEAR: (args) => parts(toNumber(args[0]!)).y,
  MONTH: (args) => parts(toNumber(args[0]!)).m,
  DAY: (args) => parts(toNumber(args[0]!)).d,
  EDATE: (args) => {
    const p = parts(toNumber(args[0]!))
    const months = Math.trunc(toNumber(args[1]!))
    const last = parts(serial(p.y, p.m + months + 1, 0)).d
    return serial(p.y, p.m + months, Math.min(p.d, last))
  },
  EOMONTH: (args) => {
    const p = parts(toNumber(args[0]!))
    return serial(p.y, p.m + Math.trunc(toNumber(args[1]!)) + 1, 0)
  },
  WEEKDAY: (args) => {
    const w = weekday(toNumber(args[0]!)) // 0 Saturday
    const type = args[1] === undefined ? 1 : toNumber(args[1])
    const sunday1 = ((w + 6) % 7) + 1 // Sunday 1 … Saturday 7
    if (type === 1) return sunday1
    if (type === 2) return ((sunday1 + 5) % 7) + 1 // Monday 1 … Sunday 7
    if (type === 3) return (sunday1 + 5) % 7 // Monday 0 … Sunday 6
    throw new FormulaError('#NUM!', 'WEEKDAY type not supported')
  },
  NETWORKDAYS: (args) => {
    const a = Math.floor(toNumber(args[0]!))
    const b = Math.floor(toNumber(args[1]!))
    const holidays = new Set(
      args[2] === undefined ? [] : cellsOf(args[2]).filter((c) => typeof c === 'number'),
    )
    const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1]
    let n = 0
    for (let d = lo; d <= hi; d++) if (weekday(d) > 1 && !holidays.has(d)) n++
    return sign * n
  },
  WORKDAY: (args) => {
    let d = Math.floor(toNumber(args[0]!))
    let left = Math.trunc(toNumber(args[1]!))
    const holidays = new Set(
      args[2] === undefined ? [] : cellsOf(args[2]).filter((c) => typeof c === 'number'),
    )
    const step = left < 0 ? -1 : 1
    while (left !== 0) {
      d += step
      if (weekday(d) > 1 && !holidays.has(d)) left -= step
    }
    return d
  },
  TEXT: (args) => {
    arity('TEXT', args, 2)
    const v = args[0]!
    const value = typeof v === 'number' || typeof v === 'boolean' ? toNumber(v) : toText(v)
    return formatValue(value, text(args, 1))
  },
  // CLEAN drops the non-printing characters (codes 0 to 31); spaces stay.
  CLEAN: (args) => [...text(args, 0)].filter((ch) => ch.charCodeAt(0) > 31).join(''),
  ROWS: (args) => (isGrid(args[0]!) ? (args[0] as { grid: unknown[] }).grid.length : 1),
  COLUMNS: (args) => {
    const v = args[0]!
    return isGrid(v) ? (v.grid[0]?.length ?? 0) : 1
  },
  COUNTBLANK: (args) => cellsOf(args[0]!).filter((c) => c === null || c === '').length,
  DATEDIF: (args) => {
    arity('DATEDIF', args, 3)
    const a = Math.floor(toNumber(args[0]!))
    const b = Math.floor(toNumber(args[1]!))
    if (a > b) throw new FormulaError('#NUM!', 'DATEDIF start after end')
    const p = parts(a)
    const q = parts(b)
    const unit = text(args, 2).toUpperCase()
    const months = (q.y - p.y) * 12 + (q.m - p.m) - (q.d < p.d ? 1 : 0)
    if (unit === 'D') return b - a
    if (unit === 'M') return months
    if (unit === 'Y') return Math.floor(months / 12)
    if (unit === 'YM') return months % 12
    throw new FormulaError('#NUM!', `DATEDIF unit ${unit}`)
  },
  DAYS: (args) => Math.floor(toNumber(args[0]!)) - Math.floor(toNumber(args[1]!)),
}

/** The functions whose sorted-list lookups depend on the search, for each search. */
const SEARCHING: Readonly<Record<SortedSearch, Readonly<Record<string, SheetFunction>>>> = {
  linear: {
    VLOOKUP: vlookupSearching('linear'),
    MATCH: matchSearching('linear'),
    HLOOKUP: hlookupSearching('linear'),
  },
  binary: {
    VLOOKUP: vlookupSearching('binary'),
    MATCH: matchSearching('binary'),
    HLOOKUP: hlookupSearching('binary'),
  },
}

/** Every function the workbook evaluator knows, per search: the base engine's and the ones above. */
export const WORKBOOK_FUNCTIONS: Readonly<
  Record<SortedSearch, Readonly<Record<string, SheetFunction>>>
> = {
  linear: {
    ...MATH_FUNCTIONS,
    ...LOOKUP_FINANCE_FUNCTIONS,
    ...WORKBOOK_EXTRA_FUNCTIONS,
    ...SEARCHING.linear,
  },
  binary: {
    ...MATH_FUNCTIONS,
    ...LOOKUP_FINANCE_FUNCTIONS,
    ...WORKBOOK_EXTRA_FUNCTIONS,
    ...SEARCHING.binary,
  },
}

/**
 * Evaluates a formula as current Excel does, with XLOOKUP, INDEX/MATCH, the *IFS aggregates,
 * text and date functions; dates are serial numbers (1 is 1 January 1900). An approximate lookup
 * on an unsorted list depends on the search, which Excel does not document: `search` picks it.
 *
 * @example evaluateWorkbookFormula('=COUNTIFS(A1:A3,">1",B1:B3,"x")', { A1: 2, B1: 'x' }) // 1
 */
export function evaluateWorkbookFormula(
  formula: string,
  cells: Cells,
  search: SortedSearch = 'linear',
): Scalar {
  return evaluateFormula(formula, cells, WORKBOOK_FUNCTIONS[search])
}

/** A date's serial number, for building sheets. */
export const dateSerial = serial
