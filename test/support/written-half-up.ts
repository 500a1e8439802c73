import { cmp, floorOf, halfUpOf, mul, type R, r } from './bigint-rationals.js'
import type { SecondWorking } from './scenario-key-checks.js'

/*
 * How the scenario key tests write an exact working the way an option shows it: rounded once,
 * half up, with thousands commas. One copy for every key test, so a fix to the writing reaches
 * them all; each test's own arithmetic stays in its second working.
 */

/** The drawn figures of one variant. */
export type F = Readonly<Record<string, number | string>>
/** One family's key and mistakes, worked again from its drawn figures. */
export type Route = (f: F) => SecondWorking

/** `x ≥ 0` rounded half up to `k` places and written with thousands commas. */
export function dp(x: R, k: number): string {
  // Every figure these tests write is a size, a rate or an amount owed; a negative one means the
  // working itself went wrong, so it fails loudly rather than printing a sign no option shows.
  if (cmp(x, r(0)) < 0) throw new Error('a negative figure in a key test working')
  const m = halfUpOf(mul(x, r(10n ** BigInt(k))))
  const s = m.toString().padStart(k + 1, '0')
  const whole = BigInt(s.slice(0, s.length - k)).toLocaleString('en-US')
  return k > 0 ? `${whole}.${s.slice(-k)}` : whole
}

/** A working whose key and mistakes are all written one way, the key first. */
export const writtenAs =
  (write: (x: R) => string) =>
  (...xs: readonly R[]): SecondWorking => ({ key: write(xs[0]!), wrong: xs.slice(1).map(write) })
export const pct1 = writtenAs((x) => dp(mul(x, r(100)), 1))
export const pct2 = writtenAs((x) => dp(mul(x, r(100)), 2))
export const at0 = writtenAs((x) => dp(x, 0))
export const at1 = writtenAs((x) => dp(x, 1))
export const at2 = writtenAs((x) => dp(x, 2))
export const at3 = writtenAs((x) => dp(x, 3))
export const at4 = writtenAs((x) => dp(x, 4))

/** The number an option shows, without its unit, sign of currency or percent. */
export const digest = (text: string): string => text.match(/\d[\d,]*(?:\.\d+)?/)?.[0] ?? text

/** The drawn figures `k0`, `k1`, … as numbers. */
export function list(f: F, k: string): number[] {
  const out: number[] = []
  for (let i = 0; f[`${k}${i}`] !== undefined; i++) out.push(Number(f[`${k}${i}`]))
  return out
}

/** The smallest whole number at or above `x ≥ 0`. */
export const upR = (x: R): R => {
  const f = floorOf(x)
  return r(cmp(r(f), x) === 0 ? f : f + 1n)
}
/** The largest whole number at or below `x`. */
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
