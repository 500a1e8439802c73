import { add, cmp, div, floorOf, halfUpOf, mul, type R, r, sub } from './bigint-rationals.js'
import type { SecondWorking } from './scenario-key-checks.js'

/*
 * Writing, rounding, roots and compound rates done again for the data journalism key test, with
 * nothing shared with the families' helpers: roots and yearly rates start from a floating-point
 * guess and are settled by exact comparisons, where the families bisect or take integer roots.
 */

export type F = Readonly<Record<string, number | string>>
export type Route = (f: F) => SecondWorking
export { add, cmp, div, mul, type R, r, sub }

const B = BigInt
const ONE = r(1)
/** `1 + x`. */
export const plus1 = (x: R): R => add(ONE, x)
/** `a ÷ b − 1`. */
export const rise = (a: R, b: R): R => sub(div(a, b), ONE)
/** Whole numbers `a ÷ b`. */
export const q = (a: number, b: number): R => r(a, b)
/** A whole percent as a fraction of one. */
export const pc = (p: number): R => r(p, 100)
/** A tenth of a percent as a fraction of one. */
export const tp = (t: number): R => r(t, 1000)
export const pow = (x: R, k: number): R => mul(...Array.from({ length: k }, () => x))
export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
/** The drawn figures `k0`, `k1`, … as numbers. */
export function list(f: F, k: string): number[] {
  const out: number[] = []
  for (let i = 0; f[`${k}${i}`] !== undefined; i++) out.push(Number(f[`${k}${i}`]))
  return out
}

/** `x ≥ 0` rounded half up to `k` places and written with thousands commas. */
export function dp(x: R, k: number): string {
  if (cmp(x, r(0)) < 0) throw new Error('a negative figure in a journalism working')
  const m = halfUpOf(mul(x, r(10n ** B(k))))
  const s = m.toString().padStart(k + 1, '0')
  const whole = B(s.slice(0, s.length - k)).toLocaleString('en-US')
  return k > 0 ? `${whole}.${s.slice(-k)}` : whole
}
/** Whole part of `x ≥ 0` rounded up. */
export const ceilR = (x: R): R => {
  const f = floorOf(x)
  return r(cmp(r(f), x) === 0 ? f : f + 1n)
}

/** √y rounded half up to `k` places, from a float guess corrected by exact squares. */
export function rootAt(y: R, k: number): R {
  const scale = 10n ** B(k)
  let m = B(Math.round(Math.sqrt(Number(y[0]) / Number(y[1])) * Number(scale)))
  // m is right when (m − ½)² ≤ y·scale² < (m + ½)².
  const low = (j: bigint) => mul(r(2n * j - 1n, 2n * scale), r(2n * j - 1n, 2n * scale))
  while (m > 0n && cmp(low(m), y) > 0) m--
  while (cmp(low(m + 1n), y) <= 0) m++
  return r(m, scale)
}

/** The yearly rate that compounds to `ratio` over `n` years, rounded half up to `k` places of a percent. */
export function yearlyRate(ratio: R, n: number, k: number): R {
  const unit = 10n ** B(k + 2)
  let m = B(Math.round(((Number(ratio[0]) / Number(ratio[1])) ** (1 / n) - 1) * Number(unit)))
  const low = (j: bigint) => pow(plus1(r(2n * j - 1n, 2n * unit)), n)
  while (cmp(low(m), ratio) > 0) m--
  while (cmp(low(m + 1n), ratio) <= 0) m++
  return r(m, unit)
}

/** A working whose key and mistakes are all written one way. */
export const as =
  (write: (x: R) => string) =>
  (...xs: readonly R[]): SecondWorking => ({ key: write(xs[0]!), wrong: xs.slice(1).map(write) })
export const pct1 = as((x) => dp(mul(x, r(100)), 1))
export const pct2 = as((x) => dp(mul(x, r(100)), 2))
/** A rate per person written per 100,000. */
export const per100k = as((x) => dp(mul(x, r(100000)), 1))
export const at0 = as((x) => dp(x, 0))
export const at1 = as((x) => dp(x, 1))
export const at2 = as((x) => dp(x, 2))

/** The number an option shows, without its unit, sign of currency or percent. */
export const digest = (text: string): string => text.match(/\d[\d,]*(?:\.\d+)?/)?.[0] ?? text

/**
 * Growth `g` net of a second growth `h` (both in tenths of a percent), as a percent to one place:
 * the key (1 + g) ÷ (1 + h) − 1, then its slips: the difference over 1,000, `g` alone, growth
 * times one less the second, and `g` over 1 + h. Real growth net of inflation and per-resident
 * growth net of population growth are the same working.
 */
export const netGrowth = (g: number, h: number): SecondWorking =>
  pct1(
    q(g - h, 1000 + h),
    q(g - h, 1000),
    tp(g),
    sub(mul(plus1(tp(g)), sub(ONE, tp(h))), ONE),
    q(g, 1000 + h),
  )
