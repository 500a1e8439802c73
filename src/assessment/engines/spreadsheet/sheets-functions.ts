import {
  cellsOf,
  type Grid,
  isGrid,
  type Scalar,
  toNumber,
  toText,
  type Value,
} from './cell-values.js'
import { type Cells, evaluateFormula } from './evaluate-formula.js'
import { FormulaError } from './formula-ast.js'
import { arity, type SheetFunction } from './function-table.js'
import type { SortedSearch } from './sorted-search.js'
import { WORKBOOK_FUNCTIONS } from './workbook-functions.js'

/**
 * Google Sheets' REGEX functions take text only: a number is #VALUE! ("parameter 1 expects text
 * values"), as the REGEXMATCH help article documents; TO_TEXT or `&""` turns it into text.
 */
function textOnly(name: string, value: Value): string {
  if (typeof value !== 'string') throw new FormulaError('#VALUE!', `${name} expects text values`)
  return value
}

/** RE2 patterns the items use (classes, anchors, groups) read the same in JavaScript. */
function pattern(value: Value, flags = ''): RegExp {
  try {
    return new RegExp(toText(value), flags)
  } catch {
    throw new FormulaError('#REF!', 'an invalid regular expression')
  }
}

/** A text piece as Sheets puts it in a cell: a numeric piece becomes a number. */
function piece(text: string): Scalar {
  return text.trim() !== '' && !Number.isNaN(Number(text)) ? Number(text) : text
}

function rowsOf(value: Value): Grid {
  return isGrid(value) ? value.grid : [[value]]
}

const key = (row: readonly (Scalar | null)[]) => JSON.stringify(row)

/** The Sheets functions Excel lacks or spells differently, as Google's function list documents them. */
const SHEETS_ONLY: Readonly<Record<string, SheetFunction>> = {
  REGEXMATCH: (args) => {
    arity('REGEXMATCH', args, 2)
    return pattern(args[1]!).test(textOnly('REGEXMATCH', args[0]!))
  },
  // Without capture groups the whole first match; with one, what it matched; with several,
  // each group in a cell of its own (a one-row array).
  REGEXEXTRACT: (args) => {
    arity('REGEXEXTRACT', args, 2)
    const m = pattern(args[1]!).exec(textOnly('REGEXEXTRACT', args[0]!))
    if (!m) throw new FormulaError('#N/A', 'REGEXEXTRACT found no match')
    if (m.length === 1) return m[0]
    return m.length === 2 ? (m[1] ?? '') : { grid: [m.slice(1).map((g) => g ?? '')] }
  },
  // Every match is replaced; $1 in the replacement inserts a capture group.
  REGEXREPLACE: (args) => {
    arity('REGEXREPLACE', args, 3)
    return textOnly('REGEXREPLACE', args[0]!).replace(pattern(args[1]!, 'g'), toText(args[2]!))
  },
  TO_TEXT: (args) => {
    arity('TO_TEXT', args, 1)
    return toText(args[0]!)
  },
  // split_by_each (default TRUE) splits at each character of the delimiter; remove_empty_text
  // (default TRUE) drops the empty pieces between adjacent delimiters.
  SPLIT: (args) => {
    arity('SPLIT', args, 2, 4)
    const text = toText(args[0]!)
    const delimiter = toText(args[1]!)
    const byEach = args[2] === undefined || toNumber(args[2]) !== 0
    const dropEmpty = args[3] === undefined || toNumber(args[3]) !== 0
    const pieces = byEach
      ? [...delimiter].reduce<string[]>((parts, ch) => parts.flatMap((p) => p.split(ch)), [text])
      : text.split(delimiter)
    return { grid: [pieces.filter((p) => !dropEmpty || p !== '').map(piece)] }
  },
  // Rows are compared whole, in the order first seen; empty rows of a range are skipped.
  UNIQUE: (args) => {
    arity('UNIQUE', args, 1, 3)
    const seen = new Set<string>()
    const out = rowsOf(args[0]!).filter(
      (row) => row.some((c) => c !== null) && !seen.has(key(row)) && Boolean(seen.add(key(row))),
    )
    return { grid: out }
  },
  COUNTUNIQUE: (args) =>
    new Set(
      args
        .flatMap(cellsOf)
        .filter((c) => c !== null && c !== '')
        .map((c) => JSON.stringify(c)),
    ).size,
  // SORT(range, sort_column, is_ascending): numbers before text, text without case, ties kept.
  SORT: (args) => {
    arity('SORT', args, 1, 3)
    const rows = rowsOf(args[0]!).filter((row) => row.some((c) => c !== null))
    const col = args[1] === undefined ? 1 : toNumber(args[1])
    const up = args[2] === undefined || toNumber(args[2]) !== 0
    if (col < 1 || col > (rows[0]?.length ?? 0)) throw new FormulaError('#VALUE!', 'no such column')
    const rank = (c: Scalar | null) => (typeof c === 'number' ? 0 : c === null ? 2 : 1)
    const sorted = [...rows].sort((a, b) => {
      const x = a[col - 1] ?? null
      const y = b[col - 1] ?? null
      const d =
        rank(x) - rank(y) ||
        (typeof x === 'number' && typeof y === 'number'
          ? x - y
          : toText(x ?? '')
              .toLowerCase()
              .localeCompare(toText(y ?? '').toLowerCase()))
      return up ? d : -d
    })
    return { grid: sorted }
  },
}

const SHEETS_FUNCTIONS: Readonly<Record<SortedSearch, Readonly<Record<string, SheetFunction>>>> = {
  linear: { ...WORKBOOK_FUNCTIONS.linear, ...SHEETS_ONLY },
  binary: { ...WORKBOOK_FUNCTIONS.binary, ...SHEETS_ONLY },
}

/**
 * Evaluates a formula as Google Sheets does for the functions both products share, plus the
 * Sheets-only REGEXMATCH, REGEXEXTRACT, REGEXREPLACE, TO_TEXT, SPLIT, UNIQUE, COUNTUNIQUE and
 * SORT. A sorted lookup on an unsorted list depends on the search, which Google does not
 * document (the VLOOKUP article only warns it may be wrong): `search` picks it.
 *
 * @example evaluateSheetsFormula('=INDEX(SPLIT("a-b","-"),1,2)', {}) // 'b'
 */
export function evaluateSheetsFormula(
  formula: string,
  cells: Cells,
  search: SortedSearch = 'binary',
): Scalar {
  return evaluateFormula(formula, cells, SHEETS_FUNCTIONS[search])
}
