/**
 * Fast decoders of CSV fields straight from the file's bytes, without making a string: most of a
 * large records file is times and amounts. Each answers NaN for anything it does not handle, and
 * the caller falls back to the string decoders, which also explain what is wrong.
 */

/** Exact powers of ten (10^0 … 10^22 are exact doubles). */
const POWERS_OF_TEN = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
  1e18, 1e19, 1e20, 1e21, 1e22,
]
const MAX_FAST_MANTISSA = 2 ** 53
const ISO_LENGTH = 20

/**
 * `-?digits(.digits)?` with an integer mantissa up to 2^53: mantissa / 10^d is one correctly
 * rounded division of two exact doubles, hence the same double as Number(text).
 */
export function decimalAt(bytes: Uint8Array, start: number, end: number): number {
  let i = start
  const negative = bytes[i] === 45
  if (negative) i++
  if (i >= end) return Number.NaN
  let mantissa = 0
  let decimals = -1
  for (; i < end; i++) {
    const c = bytes[i]!
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

/** Epoch seconds of exactly `YYYY-MM-DDTHH:MM:SSZ` (a valid date and time), else NaN. */
export function isoSecondsAt(bytes: Uint8Array, start: number, end: number): number {
  if (end - start !== ISO_LENGTH) return Number.NaN
  const s = start
  if (
    bytes[s + 4] !== 45 ||
    bytes[s + 7] !== 45 ||
    bytes[s + 10] !== 84 ||
    bytes[s + 13] !== 58 ||
    bytes[s + 16] !== 58 ||
    bytes[s + 19] !== 90
  ) {
    return Number.NaN
  }
  const year = digits(bytes, s, 4)
  const month = digits(bytes, s + 5, 2)
  const day = digits(bytes, s + 8, 2)
  const hour = digits(bytes, s + 11, 2)
  const minute = digits(bytes, s + 14, 2)
  const second = digits(bytes, s + 17, 2)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN
  return daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
}

function digits(bytes: Uint8Array, from: number, count: number): number {
  let value = 0
  for (let i = from; i < from + count; i++) {
    const d = bytes[i]! - 48
    if (d < 0 || d > 9) return Number.NaN
    value = value * 10 + d
  }
  return value
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}
