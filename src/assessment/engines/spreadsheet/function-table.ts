import type { Value } from './cell-values.js'

/** A spreadsheet function over evaluated arguments. */
export type SheetFunction = (args: readonly Value[]) => Value

export function arity(name: string, args: readonly Value[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    throw new Error(`${name} takes ${min === max ? min : `${min} to ${max}`} arguments`)
  }
}
