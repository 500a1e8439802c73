import {
  type Grid,
  isGrid,
  type Scalar,
  toBoolean,
  toNumber,
  toText,
  type Value,
} from './cell-values.js'
import { FormulaError, type FormulaNode } from './formula-ast.js'
import { parseFormula } from './formula-parser.js'
import type { SheetFunction } from './function-table.js'
import { LOOKUP_FINANCE_FUNCTIONS } from './lookup-finance-functions.js'
import { MATH_FUNCTIONS } from './math-functions.js'
import { MODEL_FINANCE_FUNCTIONS } from './model-finance-functions.js'

export type Cells = Readonly<Record<string, Scalar>>

const FUNCTIONS = { ...MATH_FUNCTIONS, ...LOOKUP_FINANCE_FUNCTIONS, ...MODEL_FINANCE_FUNCTIONS }

/**
 * Evaluates a formula over literal cells (no formulas inside cells). Supports + − × ÷ ^ & %,
 * comparisons, ranges, and SUM AVERAGE MIN MAX COUNT COUNTA MEDIAN STDEV.S STDEV.P ROUND ROUNDUP
 * ROUNDDOWN INT ABS POWER SQRT SUMPRODUCT SUMIF COUNTIF AVERAGEIF IF IFERROR AND OR NOT CONCAT
 * CONCATENATE LEN LEFT RIGHT MID UPPER LOWER TRIM VLOOKUP PMT FV NPV SLN DDB CHOOSE INDEX PV IRR
 * XNPV XIRR.
 *
 * @example evaluateFormula('=ROUND(AVERAGE(A1:A3), 1)', { A1: 1, A2: 2, A3: 4 }) // 2.3
 */
export function evaluateFormula(
  formula: string,
  cells: Cells,
  functions: Readonly<Record<string, SheetFunction>> = FUNCTIONS,
): Scalar {
  const value = evaluate(parseFormula(formula), cells, functions)
  if (isGrid(value)) throw new FormulaError('#VALUE!', 'the formula returns a range')
  return value
}

type Table = Readonly<Record<string, SheetFunction>>

function evaluate(node: FormulaNode, cells: Cells, table: Table): Value {
  switch (node.kind) {
    case 'number':
    case 'string':
    case 'boolean':
      return node.value
    case 'ref':
      return cells[node.cell] ?? 0
    case 'range':
      return { grid: rangeGrid(node.from, node.to, cells) }
    case 'unary': {
      const v = toNumber(evaluate(node.operand, cells, table))
      return node.op === '-' ? -v : node.op === '%' ? v / 100 : v
    }
    case 'binary':
      return binary(node.op, evaluate(node.left, cells, table), evaluate(node.right, cells, table))
    case 'call':
      return call(node.name, node.args, cells, table)
  }
}

function call(name: string, args: readonly FormulaNode[], cells: Cells, table: Table): Value {
  // IF and IFERROR evaluate only the branch they need, as spreadsheets do.
  if (name === 'IF') {
    const condition = toBoolean(evaluate(args[0]!, cells, table))
    const branch = condition ? args[1] : args[2]
    return branch === undefined ? condition : evaluate(branch, cells, table)
  }
  // IFNA catches only a failed lookup; IFERROR catches every error (a typo's #NAME? too).
  if (name === 'IFERROR' || (name === 'IFNA' && table.IFNA)) {
    try {
      return evaluate(args[0]!, cells, table)
    } catch (error) {
      if (error instanceof FormulaError && (name === 'IFERROR' || error.code === '#N/A'))
        return evaluate(args[1]!, cells, table)
      throw error
    }
  }
  const fn = table[name]
  if (!fn) throw new FormulaError('#NAME?', `unknown function ${name}`)
  return fn(args.map((a) => evaluate(a, cells, table)))
}

function binary(op: string, left: Value, right: Value): Value {
  switch (op) {
    case '&':
      return toText(left) + toText(right)
    case '=':
    case '<>':
    case '<':
    case '>':
    case '<=':
    case '>=':
      return compare(op, left, right)
  }
  const a = toNumber(left)
  const b = toNumber(right)
  switch (op) {
    case '+':
      return a + b
    case '-':
      return a - b
    case '*':
      return a * b
    case '/':
      if (b === 0) throw new FormulaError('#DIV/0!', 'division by zero')
      return a / b
    default:
      return a ** b
  }
}

function compare(op: string, left: Value, right: Value): boolean {
  const l = isGrid(left) ? toText(left) : left
  const r = isGrid(right) ? toText(right) : right
  const order =
    typeof l === 'number' && typeof r === 'number'
      ? Math.sign(l - r)
      : String(l).toLowerCase().localeCompare(String(r).toLowerCase())
  const results: Record<string, boolean> = {
    '=': order === 0,
    '<>': order !== 0,
    '<': order < 0,
    '>': order > 0,
    '<=': order <= 0,
    '>=': order >= 0,
  }
  return results[op]!
}

function rangeGrid(from: string, to: string, cells: Cells): Grid {
  const a = splitCell(from)
  const b = splitCell(to)
  const rows: (Scalar | null)[][] = []
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
    const row: (Scalar | null)[] = []
    for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) {
      row.push(cells[`${columnName(c)}${r}`] ?? null)
    }
    rows.push(row)
  }
  return rows
}

function splitCell(cell: string): { col: number; row: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)
  return { col, row: Number(m[2]) }
}

/** Column letters of a 1-based column index: 1 → A, 27 → AA. */
export function columnName(col: number): string {
  let name = ''
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}
