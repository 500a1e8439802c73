import { add, cents, div, frac, mul, roundFraction, sub } from '../exact.js'
import { chooseTemplate, sheetModel } from '../spreadsheet/sheet-model.js'
import { currency, money, showCents } from './money.js'

const ASKS = ['price-from-margin', 'price-from-markup', 'margin-from-prices'] as const

/** Margin is profit over price, markup is profit over cost; the classic mix-up of the two. */
export const marginMarkupModel = sheetModel({
  id: 'fin-margin-markup',
  title: 'Pricing: gross margin versus markup',
  templates: ASKS,
  build: (rng, template) => {
    const symbol = currency(rng)
    const cost = rng.int(100, 50_000)
    const percent = rng.int(10, 60)
    const c = cents(cost)
    const p = frac(percent, 100)
    const one = frac(1)
    const cells = { A1: cost / 100, B1: percent / 100 }
    const ask = chooseTemplate(template, ASKS, rng)
    switch (ask) {
      case 'price-from-margin':
        return {
          template: ask,
          stem: `A product costs ${showCents(symbol, cost)}. At what selling price is the gross margin ${percent} %? Round to the cent.`,
          cells,
          formula: '=ROUND(A1/(1-B1),2)',
          format: money(symbol),
          exact: roundFraction(div(c, sub(one, p)), 2),
          mistakes: [
            roundFraction(mul(c, frac(100 + percent, 100)), 2),
            roundFraction(mul(c, sub(one, p)), 2),
            roundFraction(div(c, p), 2),
            // The margin alone (the profit), or the margin taken on the cost and added twice.
            roundFraction(sub(div(c, sub(one, p)), c), 2),
            roundFraction(mul(c, add(one, mul(p, frac(2)))), 2),
          ],
        }
      case 'price-from-markup':
        return {
          template: ask,
          stem: `A product costs ${showCents(symbol, cost)} and is sold at a ${percent} % markup. What is the selling price, rounded to the cent?`,
          cells,
          formula: '=ROUND(A1*(1+B1),2)',
          format: money(symbol),
          exact: roundFraction(mul(c, frac(100 + percent, 100)), 2),
          mistakes: [
            roundFraction(div(c, sub(one, p)), 2),
            roundFraction(mul(c, p), 2),
            roundFraction(div(c, frac(100 + percent, 100)), 2),
            // The markup added as money instead of a share, or the cost less the markup.
            roundFraction(add(c, frac(percent)), 2),
            roundFraction(mul(c, sub(one, p)), 2),
          ],
        }
      case 'margin-from-prices': {
        const price = cost + rng.int(1, cost)
        const profit = cents(price - cost)
        return {
          template: ask,
          stem: `A product costs ${showCents(symbol, cost)} and sells for ${showCents(symbol, price)}. What is its gross margin, to one decimal place?`,
          cells: { A1: cost / 100, B1: price / 100 },
          formula: '=ROUND((B1-A1)/B1,3)',
          format: { kind: 'percent', decimals: 1 },
          exact: roundFraction(div(profit, cents(price)), 3),
          mistakes: [
            roundFraction(div(profit, c), 3),
            roundFraction(div(c, cents(price)), 3),
            roundFraction(sub(one, div(profit, c)), 3),
            // Price over cost: the markup factor read as the margin.
            roundFraction(div(cents(price), c), 3),
          ],
        }
      }
    }
  },
})
