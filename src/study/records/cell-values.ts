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

/** Exact powers of ten for the fast decimal path (10^0 … 10^22 are exact doubles). */
const POWERS_OF_TEN = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
  1e18, 1e19, 1e20, 1e21, 1e22,
]
const MAX_FAST_MANTISSA = 2 ** 53
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
  const fast = fastDecimal(cell)
  if (!Number.isNaN(fast)) return fast
  if (!DECIMAL.test(cell)) return bad(`is not a number: "${cell}"`)
  const value = Number(cell)
  return Number.isFinite(value) ? value : bad(`is out of range: "${cell}"`)
}

/**
 * `-?digits(.digits)?` with at most 2^53 as integer mantissa: mantissa / 10^d is one correctly
 * rounded division of two exact doubles, hence the same double as Number(text). NaN otherwise.
 */
function fastDecimal(text: string): number {
  const n = text.length
  let i = text.charCodeAt(0) === 45 ? 1 : 0
  const negative = i === 1
  if (i >= n) return Number.NaN
  let mantissa = 0
  let decimals = -1
  for (; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 46) {
      if (decimals >= 0) return Number.NaN
      decimals = 0
    } else {
      const d = c - 48
      if (d < 0 || d > 9) return Number.NaN
      mantissa = mantissa * 10 + d
      if (decimals >= 0) decimals++
    }
  }
  if (mantissa > MAX_FAST_MANTISSA || decimals === 0 || decimals >= POWERS_OF_TEN.length) {
    return Number.NaN
  }
  const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals]! : mantissa
  return negative ? -value : value
}
