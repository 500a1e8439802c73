import { add, cmp, div, mul, type R, r, sub } from './bigint-rationals.js'
import type { SecondWorking } from './scenario-key-checks.js'
import { dp, pct1, writtenAs } from './written-half-up.js'

export { add, cmp, div, mul, type R, r, sub } from './bigint-rationals.js'
export {
  at0,
  at1,
  at2,
  digest,
  dp,
  type F,
  list,
  pct1,
  pct2,
  type Route,
  rootAt,
  upR as ceilR,
  writtenAs as as,
} from './written-half-up.js'

/*
 * Writing, rounding, roots and compound rates done again for the data journalism key test, with
 * nothing shared with the families' helpers: roots and yearly rates start from a floating-point
 * guess and are settled by exact comparisons, where the families bisect or take integer roots.
 */

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

/** The yearly rate that compounds to `ratio` over `n` years, rounded half up to `k` places of a percent. */
export function yearlyRate(ratio: R, n: number, k: number): R {
  const unit = 10n ** B(k + 2)
  let m = B(Math.round(((Number(ratio[0]) / Number(ratio[1])) ** (1 / n) - 1) * Number(unit)))
  const low = (j: bigint) => pow(plus1(r(2n * j - 1n, 2n * unit)), n)
  while (cmp(low(m), ratio) > 0) m--
  while (cmp(low(m + 1n), ratio) <= 0) m++
  return r(m, unit)
}

/** A rate per person written per 100,000. */
export const per100k = writtenAs((x) => dp(mul(x, r(100000)), 1))

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
