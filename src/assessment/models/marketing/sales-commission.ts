import { currency } from '../finance/money.js'
import { type SheetQuestion, sheetModel } from '../spreadsheet/sheet-model.js'

/** Tiered commission and stacked discounts, two places sales staff lose money in their heads. */
export const salesMathModel = sheetModel({
  id: 'mkt-sales-math',
  title: 'Sales arithmetic: tiered commission and stacked discounts',
  build: (rng): SheetQuestion => {
    const symbol = currency(rng)
    const money = { kind: 'fixed', decimals: 2, prefix: symbol } as const
    if (rng.next() < 0.5) {
      const quota = rng.int(10, 100) * 1_000
      const sales = quota + rng.int(-5, 60) * 500
      const low = rng.int(2, 6)
      const high = low + rng.int(2, 6)
      return {
        stem: `A salesperson earns ${low} % commission on sales up to a quota of ${symbol}${quota.toLocaleString('en-US')} and ${high} % on sales above it. What is the commission on sales of ${symbol}${sales.toLocaleString('en-US')}?`,
        cells: { B1: sales, B2: quota, B3: low / 100, B4: high / 100 },
        formula: '=ROUND(MIN(B1,B2)*B3+MAX(B1-B2,0)*B4,2)',
        format: money,
        mistakes: [
          '=ROUND(B1*B4,2)',
          '=ROUND(B1*B3,2)',
          '=ROUND(MIN(B1,B2)*B4+MAX(B1-B2,0)*B3,2)',
          '=ROUND(B2*B3+B1*B4,2)',
        ],
      }
    }
    const price = rng.int(20, 2_000)
    const d1 = rng.int(1, 8) * 5
    const d2 = rng.int(1, 6) * 5
    return {
      stem: `An item listed at ${symbol}${price.toLocaleString('en-US')} gets a ${d1} % discount and then a further ${d2} % off the reduced price. What is the final price?`,
      cells: { B1: price, B2: d1 / 100, B3: d2 / 100 },
      formula: '=ROUND(B1*(1-B2)*(1-B3),2)',
      format: money,
      mistakes: [
        '=ROUND(B1*(1-B2-B3),2)',
        '=ROUND(B1*(1-B2)*B3,2)',
        '=ROUND(B1*(1-B2*B3),2)',
        '=ROUND(B1*B2*B3,2)',
      ],
    }
  },
})
