/*
 * Arithmetic the money-and-dates key tests share, so that each works its keys a second way without
 * a copy of these in every file: a quotient rounded half away from zero in BigInt, and a calendar
 * of Julian Day Numbers (Fliegel and Van Flandern's integer algorithm), not JavaScript's Date and
 * not the families' own date helpers.
 */

/** `num ÷ den` rounded half away from zero to a whole number, worked in BigInt. */
export function halfAwayQuotient(num: bigint, den: bigint): number {
  const neg = num < 0n !== den < 0n
  const a = num < 0n ? -num : num
  const b = den < 0n ? -den : den
  const r = (2n * a + b) / (2n * b)
  return Number(neg ? -r : r)
}

const div = (a: number, b: number) => Math.trunc(a / b)

/** The Julian Day Number of an ISO date (`2027-03-05`). */
export function jdn(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const a = div(m - 14, 12)
  return (
    div(1461 * (y + 4800 + a), 4) +
    div(367 * (m - 2 - 12 * a), 12) -
    div(3 * div(y + 4900 + a, 100), 4) +
    d -
    32075
  )
}

/** The year, month (1–12) and day of a Julian Day Number. */
export function ymd(j: number): [number, number, number] {
  let l = j + 68569
  const n = div(4 * l, 146097)
  l -= div(146097 * n + 3, 4)
  const i = div(4000 * (l + 1), 1461001)
  l = l - div(1461 * i, 4) + 31
  const k = div(80 * l, 2447)
  const d = l - div(2447 * k, 80)
  l = div(k, 11)
  return [100 * (n - 49) + i + l, k + 2 - 12 * l, d]
}

/** The day of the week of a Julian Day Number, 0 on a Sunday. */
export const dow = (j: number): number => (j + 1) % 7
