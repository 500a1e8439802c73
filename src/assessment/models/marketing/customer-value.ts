import { currency } from '../finance/money.js'
import { sheetModel } from '../spreadsheet/sheet-model.js'

/** Customer lifetime value from revenue, margin and churn, and the LTV:CAC ratio. */
export const customerValueModel = sheetModel({
  id: 'mkt-customer-value',
  title: 'Customer lifetime value and acquisition cost',
  build: (rng) => {
    const symbol = currency(rng)
    const arpu = rng.int(5, 300)
    const margin = rng.int(30, 90)
    const churn = rng.int(1, 12)
    const cac = rng.int(20, 900)
    const cells = { B1: arpu, B2: margin / 100, B3: churn / 100, B4: cac }
    const facts = `Customers pay ${symbol}${arpu} a month on average at a ${margin} % gross margin, and ${churn} % of them cancel each month. Acquiring a customer costs ${symbol}${cac}.`
    if (rng.next() < 0.5) {
      return {
        stem: `${facts} What is the customer lifetime value (gross-margin basis)?`,
        cells,
        formula: '=ROUND(B1*B2/B3,2)',
        format: { kind: 'fixed', decimals: 2, prefix: symbol },
        mistakes: [
          '=ROUND(B1/B3,2)',
          '=ROUND(B1*B2*B3*100,2)',
          '=ROUND(B1*B2/B3-B4,2)',
          '=ROUND(B1*B2*12,2)',
        ],
      }
    }
    return {
      stem: `${facts} What is the ratio of lifetime value (gross-margin basis) to acquisition cost?`,
      cells,
      formula: '=ROUND(B1*B2/B3/B4,2)',
      format: { kind: 'fixed', decimals: 2, suffix: ' : 1' },
      mistakes: ['=ROUND(B1/B3/B4,2)', '=ROUND(B4/(B1*B2/B3),2)', '=ROUND(B1*B2*12/B4,2)'],
    }
  },
})
