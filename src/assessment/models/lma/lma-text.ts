import type { Rng } from '../../rng.js'
import { VariantError } from '../assemble-variant.js'
import { exact, type Fraction, fixed, frac, minus, over, plus, times, w } from '../egu/egu-text.js'
import { MONTH_NAMES } from '../month-names.js'
import { type ApScenario, family } from '../payables/ap-text.js'

export {
  exact,
  type Fraction,
  fixed,
  frac,
  minus,
  over,
  plus,
  q,
  times,
  w,
} from '../egu/egu-text.js'
export { family } from '../payables/ap-text.js'
export type LoanScenario = ApScenario

/*
 * Loan and mortgage scenarios for a freelance analyst, broker's assistant or bookkeeper who works
 * out and checks loan figures for clients. Every drawn figure is an exact decimal kept as a
 * fraction, so a key is an exact rational (a payment is (1 + i)^n worked in whole integers) rounded
 * once, half away from zero, as the stem says. Where a stem rounds a payment to the cent first and
 * later figures use it, the family carries the rounded payment as the lender would. `figures`
 * records each drawn input as `n/d` so the key test can work the draw again its own way.
 */

/** `x` to the cent as an exact fraction, half away from zero, for a payment later figures use. */
export function cents(x: Fraction): Fraction {
  const a = x.n < 0n ? -x.n : x.n
  const c = (200n * a + x.d) / (2n * x.d)
  return frac(x.n < 0n ? -c : c, 100n)
}

/** `x` raised to a whole power. */
export const power = (x: Fraction, k: number): Fraction => frac(x.n ** BigInt(k), x.d ** BigInt(k))

/** The level payment at the end of each of `n` periods that repays `loan` at rate `i` a period. */
export function annuityPayment(loan: Fraction, i: Fraction, n: number): Fraction {
  const g = power(plus(w(1), i), n)
  return over(times(loan, i, g), minus(g, w(1)))
}

/** What `n` level end-of-period payments of `pay` are worth today at rate `i` a period. */
export function presentValue(pay: Fraction, i: Fraction, n: number): Fraction {
  const g = power(plus(w(1), i), n)
  return over(times(pay, minus(g, w(1))), times(i, g))
}

/** The balance after `k` payments of `pay` on `loan` at `i` a period, interest on the exact balance. */
export function balanceAfter(loan: Fraction, i: Fraction, pay: Fraction, k: number): Fraction {
  const g = power(plus(w(1), i), k)
  return minus(times(loan, g), over(times(pay, minus(g, w(1))), i))
}

/** The smallest whole number at or above `x`, as a fraction. */
export function ceilWhole(x: Fraction): Fraction {
  const q = x.n / x.d
  return frac(x.n % x.d === 0n || x.n < 0n ? q : q + 1n)
}

/** A float as a fraction, for keys that need a root or a logarithm (shown to a few places). */
export const ofFloat = (x: number): Fraction => frac(BigInt(Math.round(x * 1e12)), 10n ** 12n)
/** A fraction as a float, for the same keys. */
export const toFloat = (x: Fraction): number => Number((x.n * 10n ** 18n) / x.d) / 1e18

/** A drawn figure: a whole number from `low` to `high`, times `step`, over 10^`places`. */
export const draw = (rng: Rng, low: number, high: number, step = 1, places = 0): Fraction =>
  frac(rng.int(low, high) * step, 10n ** BigInt(places))
/** An annual rate drawn in twentieths of a percent, from `low` % to `high` %. */
export const drawRate = (rng: Rng, low: number, high: number): Fraction =>
  frac(rng.int(low * 20, high * 20) * 5, 10000)

export const usd = (x: Fraction): string => `$${fixed(x, 2)}`
export const gbp = (x: Fraction): string => `£${fixed(x, 2)}`
/** A drawn amount as the stem writes it: `$250,000` or `$1,234.50`. */
export const usdIn = (x: Fraction): string => `$${x.d === 1n ? fixed(x, 0) : fixed(x, 2)}`
export const gbpIn = (x: Fraction): string => `£${x.d === 1n ? fixed(x, 0) : fixed(x, 2)}`
/** A rate as a percentage to `dp` places: `5.116%`. */
export const pct =
  (dp: number) =>
  (x: Fraction): string =>
    `${fixed(times(x, w(100)), dp)}%`
/** A drawn rate as the stem writes it, exactly: `5.25%`. */
export const rateIn = (x: Fraction): string => `${exact(times(x, w(100)))}%`
export const months = (x: Fraction): string => `${fixed(x, 0)} months`
export const ratio = (x: Fraction): string => fixed(x, 2)

/**
 * A loan family: the draw names its inputs, the one way its answers are shown (the rounding the
 * stem states), its key and its named mistakes as exact fractions.
 */
export interface LoanDraw {
  readonly stem: string
  readonly show: (x: Fraction) => string
  readonly inputs: Readonly<Record<string, Fraction>>
  readonly key: Fraction
  readonly wrong: readonly (readonly [Fraction, string])[]
}

export const loan = (id: string, make: (rng: Rng) => LoanDraw) =>
  family(id, (rng) => {
    const c = make(rng)
    // A slip that lands on zero or below is no amount, rate or term a client could be quoted.
    if (c.key.n <= 0n) throw new VariantError(`${id}: the key is not positive`)
    const wrong = c.wrong.map(([x, why]) => {
      if (x.n <= 0n) throw new VariantError(`${id}: a mistake leaves no positive figure`)
      return [c.show(x), why] as const
    })
    return {
      stem: c.stem,
      key: c.show(c.key),
      wrong,
      figures: Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, figure(v)])),
    }
  })

/** A drawn figure for the key test: a whole number as itself, any other as `n/d`. */
const figure = (x: Fraction): number | string => (x.d === 1n ? Number(x.n) : `${x.n}/${x.d}`)

/** A calendar date as a loan statement writes it: `14 March 2027`. */
export const dateText = (y: number, m: number, d: number): string =>
  `${d} ${MONTH_NAMES[m - 1]} ${y}`
/** Days from the first date to the second, by the calendar. */
export const actualDays = (a: readonly number[], b: readonly number[]): number =>
  (Date.UTC(b[0]!, b[1]! - 1, b[2]!) - Date.UTC(a[0]!, a[1]! - 1, a[2]!)) / 86_400_000
/** Days between two dates on the US 30/360 basis (a 31st counts as the 30th, the end one only when the start is a 30th or 31st). */
export function days30360(a: readonly number[], b: readonly number[]): number {
  const d1 = Math.min(a[2]!, 30)
  const d2 = b[2] === 31 && d1 === 30 ? 30 : b[2]!
  return 360 * (b[0]! - a[0]!) + 30 * (b[1]! - a[1]!) + (d2 - d1)
}
/** Whole calendar months from the first date to the second (part of a month dropped). */
export function wholeMonths(a: readonly number[], b: readonly number[]): number {
  const m = 12 * (b[0]! - a[0]!) + (b[1]! - a[1]!)
  return b[2]! >= a[2]! ? m : m - 1
}
/** A date drawn inside a year, any day the month has. */
export function drawDate(rng: Rng, year: number, fromMonth = 1, toMonth = 12): number[] {
  const m = rng.int(fromMonth, toMonth)
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate()
  return [year, m, rng.int(1, last)]
}
