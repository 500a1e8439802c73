import { cents, frac, mul, pow, roundFraction, sub } from '../exact.js'
import { sheetModel } from '../spreadsheet/sheet-model.js'
import { currency, money, showCents } from './money.js'

const COMPOUNDING = [
  { m: 1, words: 'annually' },
  { m: 4, words: 'quarterly' },
  { m: 12, words: 'monthly' },
] as const

/** Future value under periodic compounding, against simple interest and wrong periods. */
export const compoundInterestModel = sheetModel({
  id: 'fin-compound-interest',
  title: 'Compound interest and future value',
  build: (rng) => {
    const symbol = currency(rng)
    const principal = rng.int(10, 500) * 10_000
    const basisPoints = rng.int(4, 18) * 50
    const years = rng.int(2, 10)
    const { m, words } = rng.pick(COMPOUNDING)
    const periodic = frac(10_000 * m + basisPoints, 10_000 * m)
    const p = cents(principal)
    const fv = (factor: ReturnType<typeof frac>, periods: number) =>
      roundFraction(mul(p, pow(factor, periods)), 2)
    const simple = roundFraction(mul(p, frac(10_000 + basisPoints * years, 10_000)), 2)
    const key = fv(periodic, m * years)
    return {
      stem: `${showCents(symbol, principal)} is deposited at ${basisPoints / 100} % a year, compounded ${words}, for ${years} years. What is the balance at the end, rounded to the cent?`,
      cells: { A1: principal / 100, B1: basisPoints / 10_000, C1: m, D1: years },
      formula: '=ROUND(A1*(1+B1/C1)^(C1*D1),2)',
      format: money(symbol),
      exact: key,
      mistakes: [
        simple,
        fv(frac(10_000 + basisPoints, 10_000), years),
        roundFraction(sub(mul(p, pow(periodic, m * years)), p), 2),
        fv(periodic, years),
        // The annual rate applied in every period instead of its share.
        fv(frac(10_000 + basisPoints, 10_000), m * years),
        // One period too many: the deposit day counted as a compounding date.
        fv(periodic, m * years + 1),
        // The simple interest alone, not the balance.
        roundFraction(mul(p, frac(basisPoints * years, 10_000)), 2),
        // The percentage used as a fraction twice over (5 % taken as 0.05 %).
        fv(frac(1_000_000 * m + basisPoints, 1_000_000 * m), m * years),
        // The balance after one year only.
        fv(periodic, m),
      ],
    }
  },
})
