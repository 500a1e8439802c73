import { isGrid, type Scalar, toNumber, type Value } from './cell-values.js'
import { FormulaError } from './formula-ast.js'
import { arity, type SheetFunction } from './function-table.js'

/** The numbers of a range or a single argument, in reading order; blanks and text skipped. */
function numbers(value: Value): number[] {
  if (!isGrid(value)) return [toNumber(value)]
  return value.grid.flat().filter((c): c is number => typeof c === 'number')
}

const choose: SheetFunction = (args) => {
  if (args.length < 2) throw new FormulaError('#VALUE!', 'CHOOSE needs an index and choices')
  const at = Math.trunc(toNumber(args[0]!))
  if (at < 1 || at >= args.length) throw new FormulaError('#VALUE!', 'CHOOSE index out of range')
  return args[at]!
}

// INDEX over a one-row or one-column range takes one position; a block takes row and column.
const index: SheetFunction = (args) => {
  arity('INDEX', args, 2, 3)
  const range = args[0]!
  if (!isGrid(range)) throw new FormulaError('#VALUE!', 'INDEX needs a range')
  const grid = range.grid
  let r = Math.trunc(toNumber(args[1]!))
  let c = args[2] === undefined ? 1 : Math.trunc(toNumber(args[2]))
  if (r < 0 || c < 0) throw new FormulaError('#VALUE!', 'INDEX position is negative')
  if (args[2] === undefined && grid.length === 1) {
    c = r
    r = 1
  }
  const cell: Scalar | null | undefined = grid[r - 1]?.[c - 1]
  if (r < 1 || c < 1 || cell === undefined) throw new FormulaError('#REF!', 'INDEX out of range')
  return cell ?? 0
}

const pv: SheetFunction = (args) => {
  arity('PV', args, 3, 5)
  const [rate, n, payment, fv = 0, type = 0] = args.map(toNumber) as number[]
  if (rate === 0) return -(fv + payment! * n!)
  const growth = (1 + rate!) ** n!
  return -(fv + (payment! * (1 + rate! * type) * (growth - 1)) / rate!) / growth
}

// Periodic IRR: the rate at which the first flow is undiscounted and each later one a period on.
const irr: SheetFunction = (args) => {
  arity('IRR', args, 1, 2)
  const flows = numbers(args[0]!)
  needsBothSigns(flows)
  const value = (r: number) => flows.reduce((s, f, i) => s + f / (1 + r) ** i, 0)
  return solveRate(value, args[1] === undefined ? 0.1 : toNumber(args[1]))
}

/** IRR and XIRR need at least one positive and one negative flow, else `#NUM!`. */
function needsBothSigns(flows: readonly number[]): void {
  if (!flows.some((f) => f > 0) || !flows.some((f) => f < 0))
    throw new FormulaError('#NUM!', 'the flows need a positive and a negative value')
}

// Dated flows are discounted on actual days over a 365-day year from the first date.
function datedValue(rate: number, flows: number[], dates: number[]): number {
  return flows.reduce((s, f, i) => s + f / (1 + rate) ** ((dates[i]! - dates[0]!) / 365), 0)
}

function datedArgs(args: readonly Value[]): [number[], number[]] {
  const flows = numbers(args[1]!)
  // Dates are whole days; none may precede the first.
  const dates = numbers(args[2]!).map(Math.trunc)
  if (flows.length !== dates.length) throw new FormulaError('#NUM!', 'flows and dates differ')
  if (dates.some((d) => d < dates[0]!)) throw new FormulaError('#NUM!', 'a date precedes the first')
  return [flows, dates]
}

const xnpv: SheetFunction = (args) => {
  arity('XNPV', args, 3)
  const [flows, dates] = datedArgs(args)
  return datedValue(toNumber(args[0]!), flows, dates)
}

const xirr: SheetFunction = (args) => {
  arity('XIRR', args, 2, 3)
  const [flows, dates] = datedArgs([0, args[0]!, args[1]!])
  needsBothSigns(flows)
  return solveRate(
    (r) => datedValue(r, flows, dates),
    args[2] === undefined ? 0.1 : toNumber(args[2]),
  )
}

/** Newton's method from the guess, as spreadsheets iterate; no convergence is `#NUM!`. */
function solveRate(value: (r: number) => number, guess: number): number {
  let r = guess
  for (let i = 0; i < 100; i++) {
    const v = value(r)
    const slope = (value(r + 1e-7) - v) / 1e-7
    if (!Number.isFinite(slope) || slope === 0) break
    const next = r - v / slope
    if (Math.abs(next - r) < 1e-12) return next
    r = next
    if (r <= -1) r = -0.999
  }
  if (Math.abs(value(r)) < 1e-6) return r
  throw new FormulaError('#NUM!', 'the rate does not converge')
}

/** Functions a financial model leans on: scenario switches, discounting and returns. */
export const MODEL_FINANCE_FUNCTIONS: Readonly<Record<string, SheetFunction>> = {
  CHOOSE: choose,
  INDEX: index,
  PV: pv,
  IRR: irr,
  XNPV: xnpv,
  XIRR: xirr,
}
