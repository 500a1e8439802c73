import { isGrid, type Scalar, toBoolean, toNumber, type Value } from './cell-values.js'
import { FormulaError } from './formula-ast.js'
import { arity, type SheetFunction } from './function-table.js'
import { lastFitting, type SortedSearch } from './sorted-search.js'

function sameKey(a: Scalar | null, b: Scalar): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase()
  return a === b
}

function lessOrEqual(a: Scalar | null, b: Scalar): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a <= b
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() <= b.toLowerCase()
  return false
}

/** VLOOKUP whose sorted-table search walks the table the given way. */
export const vlookupSearching =
  (search: SortedSearch): SheetFunction =>
  (args) => {
    arity('VLOOKUP', args, 3, 4)
    const [key, table, column, approximate] = args as [Scalar, Value, Value, Value | undefined]
    if (!isGrid(table)) throw new FormulaError('#VALUE!', 'VLOOKUP needs a range')
    const col = toNumber(column)
    if (col < 1 || col > (table.grid[0]?.length ?? 0))
      throw new FormulaError('#REF!', 'column outside the table')
    let row: number | undefined
    if (approximate === undefined || toBoolean(approximate)) {
      // The sorted-table search: the last row whose first cell is not greater than the key.
      const at = lastFitting(table.grid, (r) => lessOrEqual(r[0] ?? null, key), search)
      row = at < 0 ? undefined : at
    } else {
      const found = table.grid.findIndex((r) => sameKey(r[0] ?? null, key))
      row = found < 0 ? undefined : found
    }
    if (row === undefined) throw new FormulaError('#N/A', `VLOOKUP found no ${String(key)}`)
    return table.grid[row]![col - 1] ?? 0
  }

// Annuity factor shared by PMT, FV and PV; `type` 1 means payments at the start of each period.
const pmt: SheetFunction = (args) => {
  arity('PMT', args, 3, 5)
  const [rate, n, pv, fv = 0, type = 0] = args.map(toNumber) as number[]
  if (rate === 0) return -(pv! + fv) / n!
  const growth = (1 + rate!) ** n!
  return (-(pv! * growth + fv) * rate!) / ((1 + rate! * type) * (growth - 1))
}

const fv: SheetFunction = (args) => {
  arity('FV', args, 3, 5)
  const [rate, n, payment, pv = 0, type = 0] = args.map(toNumber) as number[]
  if (rate === 0) return -(pv + payment! * n!)
  const growth = (1 + rate!) ** n!
  return -(pv * growth + (payment! * (1 + rate! * type) * (growth - 1)) / rate!)
}

const npv: SheetFunction = (args) => {
  if (args.length < 2) throw new FormulaError('#VALUE!', 'NPV needs a rate and cash flows')
  const rate = toNumber(args[0]!)
  const flows = args
    .slice(1)
    .flatMap((a) =>
      isGrid(a) ? a.grid.flat().filter((c) => typeof c === 'number') : [toNumber(a)],
    )
  // Spreadsheet NPV discounts the first flow by one period: flows are at period ends.
  return flows.reduce<number>((acc, flow, i) => acc + (flow as number) / (1 + rate) ** (i + 1), 0)
}

const sln: SheetFunction = (args) => {
  arity('SLN', args, 3)
  const [cost, salvage, life] = args.map(toNumber) as [number, number, number]
  return (cost - salvage) / life
}

const ddb: SheetFunction = (args) => {
  arity('DDB', args, 4, 5)
  const [cost, salvage, life, period, factor = 2] = args.map(toNumber) as number[]
  let book = cost!
  let charge = 0
  for (let p = 1; p <= period!; p++) {
    charge = Math.max(0, Math.min(book * (factor / life!), book - salvage!))
    book -= charge
  }
  return charge
}

/** Lookup and financial functions. */
export const LOOKUP_FINANCE_FUNCTIONS: Readonly<Record<string, SheetFunction>> = {
  VLOOKUP: vlookupSearching('linear'),
  PMT: pmt,
  FV: fv,
  NPV: npv,
  SLN: sln,
  DDB: ddb,
  IFERROR: () => {
    throw new Error('IFERROR is evaluated lazily')
  },
}
