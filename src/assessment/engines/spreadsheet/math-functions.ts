import { cellsOf, numbersOf, toBoolean, toNumber, toText, type Value } from './cell-values.js'
import { matchesCriterion } from './criteria.js'
import { excelRound } from './excel-round.js'
import { FormulaError } from './formula-ast.js'
import { arity, type SheetFunction } from './function-table.js'

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
const mean = (name: string, xs: readonly number[]): number => {
  if (xs.length === 0) throw new FormulaError('#DIV/0!', `${name} of no numbers`)
  return sum(xs) / xs.length
}
const variance = (xs: readonly number[], sample: boolean): number => {
  const m = mean('STDEV', xs)
  const denominator = sample ? xs.length - 1 : xs.length
  if (denominator <= 0) throw new FormulaError('#DIV/0!', 'STDEV of too few numbers')
  return sum(xs.map((x) => (x - m) ** 2)) / denominator
}
const round =
  (name: string, mode: 'half' | 'up' | 'down'): SheetFunction =>
  (args) => {
    arity(name, args, 1, 2)
    return excelRound(
      toNumber(args[0]!),
      args[1] === undefined ? 0 : Math.trunc(toNumber(args[1])),
      mode,
    )
  }

function conditional(args: readonly Value[], name: string): { hits: number[]; count: number } {
  arity(name, args, 2, 3)
  const tested = cellsOf(args[0]!)
  const summed = cellsOf(args[2] ?? args[0]!)
  const criterion = args[1]! as string | number | boolean
  const hits: number[] = []
  let count = 0
  tested.forEach((cell, i) => {
    if (!matchesCriterion(cell, criterion)) return
    count++
    const v = summed[i]
    if (typeof v === 'number') hits.push(v)
  })
  return { hits, count }
}

/** Arithmetic, statistics, logic and text functions. */
export const MATH_FUNCTIONS: Readonly<Record<string, SheetFunction>> = {
  SUM: (args) => sum(numbersOf(args)),
  AVERAGE: (args) => mean('AVERAGE', numbersOf(args)),
  MIN: (args) => Math.min(...numbersOf(args)),
  MAX: (args) => Math.max(...numbersOf(args)),
  COUNT: (args) => args.flatMap(cellsOf).filter((c) => typeof c === 'number').length,
  COUNTA: (args) => args.flatMap(cellsOf).filter((c) => c !== null && c !== '').length,
  MEDIAN: (args) => {
    const xs = numbersOf(args).sort((a, b) => a - b)
    if (xs.length === 0) throw new FormulaError('#NUM!', 'MEDIAN of no numbers')
    const mid = xs.length >> 1
    return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2
  },
  'STDEV.S': (args) => Math.sqrt(variance(numbersOf(args), true)),
  STDEV: (args) => Math.sqrt(variance(numbersOf(args), true)),
  'STDEV.P': (args) => Math.sqrt(variance(numbersOf(args), false)),
  ROUND: round('ROUND', 'half'),
  ROUNDUP: round('ROUNDUP', 'up'),
  ROUNDDOWN: round('ROUNDDOWN', 'down'),
  INT: (args) => Math.floor(toNumber(args[0]!)),
  ABS: (args) => Math.abs(toNumber(args[0]!)),
  POWER: (args) => toNumber(args[0]!) ** toNumber(args[1]!),
  SQRT: (args) => Math.sqrt(toNumber(args[0]!)),
  SUMPRODUCT: (args) => {
    const columns = args.map((a) => cellsOf(a).map((c) => (typeof c === 'number' ? c : 0)))
    return sum(columns[0]!.map((_, i) => columns.reduce((p, col) => p * (col[i] ?? 0), 1)))
  },
  SUMIF: (args) => sum(conditional(args, 'SUMIF').hits),
  COUNTIF: (args) => conditional(args, 'COUNTIF').count,
  AVERAGEIF: (args) => mean('AVERAGEIF', conditional(args, 'AVERAGEIF').hits),
  AND: (args) => args.flatMap(cellsOf).every((c) => c === null || toBoolean(c)),
  OR: (args) => args.flatMap(cellsOf).some((c) => c !== null && toBoolean(c)),
  NOT: (args) => !toBoolean(args[0]!),
  CONCAT: (args) =>
    args
      .flatMap(cellsOf)
      .map((c) => (c === null ? '' : toText(c)))
      .join(''),
  CONCATENATE: (args) => args.map(toText).join(''),
  LEN: (args) => toText(args[0]!).length,
  LEFT: (args) => toText(args[0]!).slice(0, args[1] === undefined ? 1 : toNumber(args[1])),
  RIGHT: (args) => {
    const text = toText(args[0]!)
    const n = args[1] === undefined ? 1 : toNumber(args[1])
    return n === 0 ? '' : text.slice(-n)
  },
  MID: (args) => {
    const start = toNumber(args[1]!) - 1
    return toText(args[0]!).slice(start, start + toNumber(args[2]!))
  },
  UPPER: (args) => toText(args[0]!).toUpperCase(),
  LOWER: (args) => toText(args[0]!).toLowerCase(),
  TRIM: (args) => toText(args[0]!).trim().replace(/ +/g, ' '),
}
