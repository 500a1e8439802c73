import { add, cmp, div, floorOf, halfUpOf, mul, type R, r, sub } from './bigint-rationals.js'
import type { SecondWorking } from './scenario-key-checks.js'

/*
 * Money, rates and counts done again for the affiliate marketing key test, with nothing shared
 * with the families' helpers: every figure a BigInt rational from the drawn whole numbers, every
 * answer rounded half up once and written the way an option is read back.
 */

export type F = Readonly<Record<string, number | string>>
export type Route = (f: F) => SecondWorking
export { add, cmp, div, mul, type R, r, sub }

const B = BigInt
/** Cents as dollars. */
export const usd = (c: number): R => r(c, 100)
/** Tenths of a percent as a fraction of one. */
export const tenth = (t: number): R => r(t, 1000)
/** Whole percent as a fraction of one. */
export const pc = (p: number): R => r(p, 100)
/** `rate (tenths of a percent) × cents`, in dollars. */
export const cut = (t: number, c: number): R => r(B(t) * B(c), 100000n)
/** A whole number as a rational. */
export const w = (x: number): R => r(x)
/** Whole part of `x ≥ 0` rounded up. */
export const up = (x: R): R => {
  const f = floorOf(x)
  return r(cmp(r(f), x) === 0 ? f : f + 1n)
}
/** Whole part of `x ≥ 0` rounded down. */
export const down = (x: R): R => r(floorOf(x))

/** `x ≥ 0` rounded half up to `k` places and written with thousands commas. */
export function dp(x: R, k: number): string {
  if (cmp(x, r(0)) < 0) throw new Error('a negative figure in an affiliate working')
  const m = halfUpOf(mul(x, r(10n ** B(k))))
  const s = m.toString().padStart(k + 1, '0')
  const whole = B(s.slice(0, s.length - k)).toLocaleString('en-US')
  return k > 0 ? `${whole}.${s.slice(-k)}` : whole
}

/** A working whose key and mistakes are all written one way. */
export const as =
  (write: (x: R) => string) =>
  (...xs: readonly R[]): SecondWorking => ({ key: write(xs[0]!), wrong: xs.slice(1).map(write) })
export const cents2 = as((x) => dp(x, 2))
export const pct1 = as((x) => dp(mul(x, r(100)), 1))
export const pct2 = as((x) => dp(mul(x, r(100)), 2))
export const at0 = as((x) => dp(x, 0))
export const at1 = as((x) => dp(x, 1))

/** The number an option shows, without its unit, sign of currency or percent. */
export const digest = (text: string): string => text.match(/\d[\d,]*(?:\.\d+)?/)?.[0] ?? text
