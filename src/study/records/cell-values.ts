import { decimalAt } from './byte-fields.js'
import { parseIsoSeconds } from './iso-time.js'
import type { Cell } from './raw-table.js'

/**
 * Why a cell could not be decoded. Decoders return either the value or an Invalid, so that the
 * millions of good cells allocate nothing.
 */
export class Invalid {
  constructor(readonly why: string) {}
}

const bad = (why: string): Invalid => new Invalid(why)

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

export function isEmpty(cell: Cell): boolean {
  return cell === null || cell === ''
}

export function decodeId(cell: Cell): string | Invalid {
  if (isEmpty(cell)) return bad('is empty')
  if (typeof cell === 'string') return cell
  if (typeof cell === 'number' || typeof cell === 'bigint') return String(cell)
  return bad(`is not an id: ${String(cell)}`)
}

/** Epoch seconds of an ISO 8601 `…Z` string to the second, or of a whole-second Parquet timestamp. */
export function decodeTime(cell: Cell): number | Invalid {
  if (isEmpty(cell)) return bad('is empty')
  if (typeof cell === 'string') {
    const seconds = parseIsoSeconds(cell)
    return Number.isNaN(seconds)
      ? bad(`is not a time like 2016-03-01T12:00:00Z: "${cell}"`)
      : seconds
  }
  if (cell instanceof Date) {
    const seconds = cell.getTime() / 1000
    return Number.isInteger(seconds)
      ? seconds
      : bad(`is not a time to the second: ${cell.toISOString()}`)
  }
  return bad(`is not a time: ${String(cell)}`)
}

/** A finite number; CSV text must be a plain decimal (no hex, no spaces, no words). */
export function decodeNumber(cell: Cell): number | Invalid {
  if (isEmpty(cell)) return bad('is empty')
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : bad(`is not finite: ${cell}`)
  if (typeof cell === 'bigint') return Number(cell)
  if (typeof cell !== 'string') return bad(`is not a number: ${String(cell)}`)
  const fast = decimalAt(Buffer.from(cell, 'latin1'), 0, cell.length)
  if (!Number.isNaN(fast)) return fast
  if (!DECIMAL.test(cell)) return bad(`is not a number: "${cell}"`)
  const value = Number(cell)
  return Number.isFinite(value) ? value : bad(`is out of range: "${cell}"`)
}
