import { cents, div, frac, mul, pow, roundFraction, sub } from '../exact.js'
import { sheetModel } from '../spreadsheet/sheet-model.js'
import { currency, money, showCents } from './money.js'

/** The level monthly payment of an amortising loan (the annuity formula behind PMT). */
export const loanPaymentModel = sheetModel({
  id: 'fin-loan-payment',
  title: 'Loan amortisation: the monthly payment',
  build: (rng) => {
    const symbol = currency(rng)
    const principal = rng.int(5, 400) * 100_000
    const basisPoints = rng.int(4, 24) * 50
    const years = rng.pick([1, 2, 3, 5, 10, 15, 20])
    const n = years * 12
    const i = frac(basisPoints, 120_000)
    const p = cents(principal)
    const payment = (rate: typeof i, periods: number) => {
      const growth = pow(frac(rate.d + rate.n, rate.d), periods)
      return roundFraction(div(mul(mul(p, rate), growth), sub(growth, frac(1))), 2)
    }
    const interestOnly = roundFraction(mul(p, i), 2)
    const straight = roundFraction(div(p, frac(n)), 2)
    const simple = roundFraction(
      div(mul(p, frac(10_000 + basisPoints * years, 10_000)), frac(n)),
      2,
    )
    return {
      stem: `A loan of ${showCents(symbol, principal)} at ${basisPoints / 100} % a year is repaid in equal monthly payments over ${years} year${years > 1 ? 's' : ''}, interest compounded monthly. What is the monthly payment, rounded to the cent?`,
      cells: { A1: principal / 100, B1: basisPoints / 10_000, C1: years },
      formula: '=ROUND(-PMT(B1/12,C1*12,A1),2)',
      format: money(symbol),
      exact: payment(i, n),
      mistakes: [simple, straight + interestOnly, payment(frac(basisPoints, 10_000), n), straight],
    }
  },
})
