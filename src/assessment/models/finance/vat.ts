import { cents, div, frac, mul, roundFraction, sub } from '../exact.js'
import { chooseTemplate, sheetModel } from '../spreadsheet/sheet-model.js'
import { currency, money, showCents } from './money.js'

const RATES = [5, 7, 10, 12.5, 19, 20, 21, 23, 25]
const ASKS = ['gross', 'vat-in-gross', 'net-from-gross'] as const

/** VAT (or sales tax) added to a net price, and extracted from a gross one. */
export const vatModel = sheetModel({
  id: 'fin-vat',
  title: 'VAT: net, tax and gross amounts',
  templates: ASKS,
  build: (rng, template) => {
    const symbol = currency(rng)
    const rate = rng.pick(RATES)
    const amount = rng.int(1_000, 500_000)
    const r = frac(Math.round(rate * 10), 1000)
    const one = frac(1)
    const x = cents(amount)
    const cells = { A1: amount / 100, B1: rate / 100 }
    const fmt = money(symbol)
    const ask = chooseTemplate(template, ASKS, rng)
    const round = (f: ReturnType<typeof frac>) => roundFraction(f, 2)
    switch (ask) {
      case 'gross':
        return {
          template: ask,
          stem: `A service is invoiced at ${showCents(symbol, amount)} net, with VAT at ${rate} %. What is the gross amount, rounded to the cent?`,
          cells,
          formula: '=ROUND(A1*(1+B1),2)',
          format: fmt,
          exact: round(mul(x, { n: r.d + r.n, d: r.d })),
          mistakes: [
            round(mul(x, r)),
            round(div(x, sub(one, r))),
            round(mul(x, frac(100 + Math.round(rate), 100))),
            // VAT charged twice: the gross taken as the base again.
            round(mul(mul(x, frac(r.d + r.n, r.d)), frac(r.d + r.n, r.d))),
            // The rate read as a per-mille figure.
            round(mul(x, frac(10n * r.d + r.n, 10n * r.d))),
          ],
        }
      case 'vat-in-gross':
        return {
          template: ask,
          stem: `A receipt shows ${showCents(symbol, amount)} including VAT at ${rate} %. How much of it is VAT, rounded to the cent?`,
          cells,
          formula: '=ROUND(A1*B1/(1+B1),2)',
          format: fmt,
          exact: round(div(mul(x, r), frac(r.d + r.n, r.d))),
          mistakes: [
            round(mul(x, r)),
            round(sub(x, mul(x, sub(one, r)))),
            round(div(x, frac(r.d + r.n, r.d))),
            // VAT worked out as if the net were the gross's rate share above it.
            round(div(mul(x, r), sub(one, r))),
            // The rate applied to the net found by subtracting VAT computed on the gross.
            round(mul(mul(x, sub(one, r)), r)),
          ],
        }
      case 'net-from-gross':
        return {
          template: ask,
          stem: `A price of ${showCents(symbol, amount)} includes VAT at ${rate} %. What is the net price, rounded to the cent?`,
          cells,
          formula: '=ROUND(A1/(1+B1),2)',
          format: fmt,
          exact: round(div(x, frac(r.d + r.n, r.d))),
          mistakes: [
            round(mul(x, sub(one, r))),
            round(mul(x, r)),
            round(mul(x, frac(r.d + r.n, r.d))),
            // The gross quoted as the net: VAT not taken out at all.
            round(x),
            // Dividing by one minus the rate instead of one plus it.
            round(div(x, sub(one, r))),
          ],
        }
    }
  },
})
