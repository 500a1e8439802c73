import { cents, type Fraction, frac, lessThan, mul, roundFraction, sub } from '../exact.js'
import { chooseTemplate, sheetModel } from '../spreadsheet/sheet-model.js'
import { currency, money, showCents } from './money.js'

function decliningCharge(
  cost: Fraction,
  salvage: Fraction,
  life: number,
  period: number,
  factor: number,
): Fraction {
  let book = cost
  let charge = frac(0)
  for (let p = 1; p <= period; p++) {
    charge = mul(book, frac(factor, life))
    const floor = sub(book, salvage)
    if (lessThan(floor, charge)) charge = lessThan(floor, frac(0)) ? frac(0) : floor
    book = sub(book, charge)
  }
  return charge
}

// Drawn as `rng.next() < 0.5` was before, so seeded variants stay as they were.
const METHODS = ['straight-line', 'declining-balance'] as const

/** Straight-line and double-declining-balance depreciation. */
export const depreciationModel = sheetModel({
  id: 'fin-depreciation',
  title: 'Depreciation: straight line and declining balance',
  templates: METHODS,
  build: (rng, template) => {
    const symbol = currency(rng)
    const cost = rng.int(20, 900) * 10_000
    const salvage = rng.int(0, Math.floor(cost / 50_000)) * 5_000
    const life = rng.int(3, 10)
    const c = cents(cost)
    const s = cents(salvage)
    const cells = { A1: cost / 100, B1: salvage / 100, C1: life }
    const facts = `An asset costs ${showCents(symbol, cost)}, has a salvage value of ${showCents(symbol, salvage)} and a useful life of ${life} years.`
    if (chooseTemplate(template, METHODS, rng) === 'straight-line') {
      return {
        template: 'straight-line',
        stem: `${facts} What is the annual straight-line depreciation, rounded to the cent?`,
        cells,
        formula: '=ROUND(SLN(A1,B1,C1),2)',
        format: money(symbol),
        exact: roundFraction(mul(sub(c, s), frac(1, life)), 2),
        mistakes: [
          roundFraction(mul(c, frac(1, life)), 2),
          roundFraction(mul(sub(c, s), frac(1, life + 1)), 2),
          roundFraction(mul(sub(c, s), frac(2, life)), 2),
        ],
      }
    }
    const year = rng.int(2, Math.min(life, 4))
    return {
      template: 'declining-balance',
      stem: `${facts} Using the double-declining-balance method, what is the depreciation charge in year ${year}, rounded to the cent?`,
      cells: { ...cells, D1: year },
      formula: '=ROUND(DDB(A1,B1,C1,D1),2)',
      format: money(symbol),
      exact: roundFraction(decliningCharge(c, s, life, year, 2), 2),
      mistakes: [
        roundFraction(decliningCharge(c, s, life, 1, 2), 2),
        roundFraction(decliningCharge(sub(c, s), frac(0), life, year, 2), 2),
        roundFraction(decliningCharge(c, s, life, year, 1), 2),
        roundFraction(mul(sub(c, s), frac(1, life)), 2),
      ],
    }
  },
})
