import {
  add,
  ceilOf,
  cmp,
  div,
  floorOf,
  halfUpOf,
  mul,
  type R,
  r,
  sub,
} from './bigint-rationals.js'
import type { SecondWorking } from './scenario-key-checks.js'

/*
 * The HTML email design key test's own arithmetic and writing, sharing nothing with the
 * families' helpers: each working is a BigInt fraction of the drawn whole numbers, rounded once,
 * half up, and written with thousands commas the way an option shows its figure.
 */

export type F = Readonly<Record<string, number | string>>
export type Route = (f: F) => SecondWorking
export { add, div, mul, type R, r, sub }

/** Whole numbers below and above a fraction, as fractions again. */
export const down = (x: R): R => r(floorOf(x))
export const up = (x: R): R => r(ceilOf(x))

/** `x ≥ 0` half up to `k` places with thousands commas. */
export function write(x: R, k: number): string {
  if (cmp(x, r(0)) < 0) throw new Error('a negative figure in an HTML email working')
  const m = halfUpOf(mul(x, r(10n ** BigInt(k))))
  const s = m.toString().padStart(k + 1, '0')
  const whole = BigInt(s.slice(0, s.length - k)).toLocaleString('en-US')
  return k > 0 ? `${whole}.${s.slice(-k)}` : whole
}

/** A working whose key comes first and whose mistakes follow in their declared order. */
const as =
  (k: number, scale = r(1)) =>
  (...xs: readonly R[]): SecondWorking => ({
    key: write(mul(xs[0]!, scale), k),
    wrong: xs.slice(1).map((x) => write(mul(x, scale), k)),
  })
export const w0 = as(0)
export const w1 = as(1)
export const w2 = as(2)
export const w3 = as(3)
/** Fractions of one written as percentages (or points) to one or two places. */
export const p1 = as(1, r(100))
export const p2 = as(2, r(100))

/** The number an option shows, without its unit, percent sign or ratio tail. */
export const digest = (text: string): string => text.match(/\d[\d,]*(?:\.\d+)?/)?.[0] ?? text
