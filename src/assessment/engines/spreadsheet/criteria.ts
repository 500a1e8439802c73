import type { Scalar } from './cell-values.js'

/**
 * A SUMIF/COUNTIF criterion: `">50"`, `"<=3"`, `"<>x"`, `"=x"`, or a plain value; text compares
 * case-insensitively and may use the `*` and `?` wildcards.
 */
export function matchesCriterion(cell: Scalar | null, criterion: Scalar): boolean {
  if (typeof criterion !== 'string') return cell === criterion
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(criterion)!
  const op = m[1] ?? '='
  const operand = m[2]!
  const numeric = operand.trim() !== '' && !Number.isNaN(Number(operand))
  if (numeric && typeof cell === 'number') return compare(cell, Number(operand), op)
  if (op === '=' || op === '<>') {
    const text = cell === null ? '' : String(cell)
    const equal = wildcard(operand).test(text)
    return op === '=' ? equal : !equal
  }
  if (typeof cell !== 'string' || numeric) return false
  return compare(cell.toLowerCase().localeCompare(operand.toLowerCase()), 0, op)
}

function compare(a: number, b: number, op: string): boolean {
  switch (op) {
    case '<':
      return a < b
    case '>':
      return a > b
    case '<=':
      return a <= b
    case '>=':
      return a >= b
    case '<>':
      return a !== b
    default:
      return a === b
  }
}

function wildcard(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${escaped}$`, 'is')
}
