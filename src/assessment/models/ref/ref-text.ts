import { add, div, mul, power, sub } from '../dju/dju-text.js'
import { type Fraction, frac } from '../exact.js'

export { PCT2, pct2, rest } from '../cfi/cfi-text.js'
export type { JournalismScenario as RealEstateFinanceScenario } from '../dju/dju-text.js'
export {
  add,
  CENT,
  DOLLAR,
  DP1,
  DP2,
  div,
  type Fraction,
  frac,
  mul,
  n,
  pc,
  plain,
  power,
  sub,
  tenthPct,
  tenths,
  usd,
  worked,
} from '../dju/dju-text.js'

/*
 * Real estate finance scenarios for a freelance analyst who sizes loans, underwrites income
 * property, models holding-period returns, tests development appraisals and works the money
 * clauses of leases. Every drawn figure is a whole number (dollars, tenths of a percent, months,
 * square feet), every working an exact fraction, so each key is rounded once, half up, the way
 * its stem says. `figures` keeps the draw so the key test can work every option again its own way.
 */

/** A monthly rate from an annual one drawn in tenths of a percent: 65 → 0.065 ÷ 12. */
export const monthly = (t: number): Fraction => frac(t, 12000)

/** The level payment that repays `p` over `k` periods at `i` a period, paid in arrears. */
export function payment(p: Fraction | number, i: Fraction, k: number): Fraction {
  return div(mul(p, i), sub(1, div(1, power(add(1, i), k))))
}

/** The present value of `k` payments of `pay` in arrears at `i` a period. */
export function annuityValue(pay: Fraction | number, i: Fraction, k: number): Fraction {
  return div(mul(pay, sub(1, div(1, power(add(1, i), k)))), i)
}

/** What is still owed after `paid` level payments on a loan of `p` over `k` periods at `i`. */
export function balanceAfter(p: Fraction | number, i: Fraction, k: number, paid: number): Fraction {
  const grown = power(add(1, i), paid)
  return sub(mul(p, grown), div(mul(payment(p, i, k), sub(grown, 1)), i))
}

/** Whole dollars as a stem writes them: 1234567 → `$1,234,567`. */
export const dol = (x: number): string => `$${x.toLocaleString('en-US')}`
