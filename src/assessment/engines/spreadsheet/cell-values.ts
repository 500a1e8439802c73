import { FormulaError } from './formula-ast.js'

export type Scalar = number | string | boolean
/** A range as rows of cells; `null` is an empty cell. */
export type Grid = readonly (readonly (Scalar | null)[])[]
export type Value = Scalar | { readonly grid: Grid }

export function isGrid(value: Value): value is { readonly grid: Grid } {
  return typeof value === 'object'
}

export function toNumber(value: Value): number {
  if (isGrid(value)) return toNumber(single(value))
  if (typeof value === 'number') return value
  if (typeof value === 'boolean') return value ? 1 : 0
  const n = Number(value.trim())
  if (value.trim() === '' || Number.isNaN(n))
    throw new FormulaError('#VALUE!', `"${value}" is not a number`)
  return n
}

export function toText(value: Value): string {
  if (isGrid(value)) return toText(single(value))
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (typeof value === 'number') return String(Number(value.toPrecision(15)))
  return value
}

export function toBoolean(value: Value): boolean {
  if (typeof value === 'string') {
    const upper = value.toUpperCase()
    if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE'
    throw new FormulaError('#VALUE!', `"${value}" is not TRUE or FALSE`)
  }
  return toNumber(value) !== 0
}

function single(value: { readonly grid: Grid }): Scalar {
  const cell =
    value.grid.length === 1 && value.grid[0]!.length === 1 ? value.grid[0]![0] : undefined
  if (cell === undefined) throw new FormulaError('#VALUE!', 'a range where one value is needed')
  return cell ?? 0
}

/** Numbers in the arguments: ranges contribute only their numeric cells, as in spreadsheets. */
export function numbersOf(args: readonly Value[]): number[] {
  const out: number[] = []
  for (const arg of args) {
    if (isGrid(arg)) {
      for (const row of arg.grid)
        for (const cell of row) if (typeof cell === 'number') out.push(cell)
    } else out.push(toNumber(arg))
  }
  return out
}

export function cellsOf(value: Value): (Scalar | null)[] {
  return isGrid(value) ? value.grid.flat() : [value]
}
