import { add, cmp, div, floorOf, halfUpOf, mul, type R, r, sub } from './bigint-rationals.js'
import type { SecondWorking } from './scenario-key-checks.js'

/*
 * Writing, rounding and roots done again for the statistics-for-marketers key test, with nothing
 * shared with the families' helpers: every working is a pair of BigInts from the drawn whole
 * numbers, a root starts from a floating-point guess and is settled by exact squares, and every
 * answer is written half up with thousands commas.
 */

export type F = Readonly<Record<string, number | string>>
export type Route = (f: F) => SecondWorking
export { add, cmp, div, mul, type R, r, sub }

export const ONE = r(1)
/** Whole percent, tenth of a percent and hundredth as rationals. */
export const P = (p: number): R => r(p, 100)
export const T = (t: number): R => r(t, 1000)
export const H = (h: number): R => r(h, 100)
export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
export const addAll = (xs: readonly R[]): R => add(...xs)
export const pw = (x: R, k: number): R => mul(ONE, ...Array.from({ length: k }, () => x))
/** The smallest whole number at or above `x > 0`. */
export const upR = (x: R): R => {
  const f = floorOf(x)
  return r(cmp(r(f), x) === 0 ? f : f + 1n)
}
export const downR = (x: R): R => r(floorOf(x))

/** √y rounded half up to `k` places, from a float guess corrected by exact squares. */
export function rootAt(y: R, k: number): R {
  const scale = 10n ** BigInt(k)
  let m = BigInt(Math.round(Math.sqrt(Number(y[0]) / Number(y[1])) * Number(scale)))
  // m is right when (m − ½)² ≤ y·scale² < (m + ½)².
  const low = (j: bigint) => mul(r(2n * j - 1n, 2n * scale), r(2n * j - 1n, 2n * scale))
  while (m > 0n && cmp(low(m), y) > 0) m--
  while (cmp(low(m + 1n), y) <= 0) m++
  return r(m, scale)
}
/** √y to two places. */
export const rt2 = (y: R): R => rootAt(y, 2)
/** √y as a percentage to one place, returned as a fraction of one. */
export const rtPct = (y: R): R => div(rootAt(mul(y, r(10000)), 1), r(100))
/** √y in percentage points to two places. */
export const rtPts = (y: R): R => rootAt(mul(y, r(10000)), 2)

/** `x ≥ 0` rounded half up to `k` places and written with thousands commas. */
export function dp(x: R, k: number): string {
  if (cmp(x, r(0)) < 0) throw new Error('a negative figure in a marketing statistics working')
  const m = halfUpOf(mul(x, r(10n ** BigInt(k))))
  const s = m.toString().padStart(k + 1, '0')
  const whole = BigInt(s.slice(0, s.length - k)).toLocaleString('en-US')
  return k > 0 ? `${whole}.${s.slice(-k)}` : whole
}

/** A working whose key and mistakes are all written one way. */
const as =
  (write: (x: R) => string) =>
  (...xs: readonly R[]): SecondWorking => ({ key: write(xs[0]!), wrong: xs.slice(1).map(write) })
export const pct1 = as((x) => dp(mul(x, r(100)), 1))
export const pct2 = as((x) => dp(mul(x, r(100)), 2))
export const at0 = as((x) => dp(x, 0))
export const at1 = as((x) => dp(x, 1))
export const at2 = as((x) => dp(x, 2))
export const at3 = as((x) => dp(x, 3))
export const at4 = as((x) => dp(x, 4))

/** The number an option shows, without its unit, sign of currency or percent. */
export const digest = (text: string): string => text.match(/\d[\d,]*(?:\.\d+)?/)?.[0] ?? text

/** The drawn figures `k0`, `k1`, … as numbers. */
export function list(f: F, k: string): number[] {
  const out: number[] = []
  for (let i = 0; f[`${k}${i}`] !== undefined; i++) out.push(Number(f[`${k}${i}`]))
  return out
}
