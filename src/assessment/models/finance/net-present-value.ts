import { add, cents, type Fraction, frac, mul, pow, roundFraction } from '../exact.js'
import { sheetModel } from '../spreadsheet/sheet-model.js'
import { currency, money, showCents } from './money.js'

/** NPV of an investment; the classic spreadsheet slip discounts the initial outlay too. */
export const npvModel = sheetModel({
  id: 'fin-npv',
  title: 'Net present value of cash flows',
  build: (rng) => {
    const symbol = currency(rng)
    const ratePercent = rng.int(3, 15)
    const outlay = rng.int(50, 400) * 100_000
    const flows = Array.from({ length: rng.int(3, 5) }, () => rng.int(10, 200) * 100_000)
    const discount = frac(100, 100 + ratePercent)
    const pv = (shift: number): Fraction =>
      flows.reduce<Fraction>(
        (acc, f, i) => add(acc, mul(cents(f), pow(discount, i + 1 + shift))),
        frac(0),
      )
    const minusOutlay = cents(-outlay)
    const cells: Record<string, number> = { B1: ratePercent / 100, B2: -outlay / 100 }
    flows.forEach((f, i) => {
      cells[`B${i + 3}`] = f / 100
    })
    const last = `B${flows.length + 2}`
    return {
      stem: `A project costs ${showCents(symbol, outlay)} today and returns ${flows.map((f) => showCents(symbol, f)).join(', ')} at the end of years 1 to ${flows.length}. At a discount rate of ${ratePercent} %, what is its net present value, rounded to the cent?`,
      cells,
      formula: `=ROUND(NPV(B1,B3:${last})+B2,2)`,
      format: money(symbol),
      exact: roundFraction(add(pv(0), minusOutlay), 2),
      mistakes: [
        roundFraction(add(pv(0), mul(minusOutlay, discount)), 2),
        roundFraction(
          add(
            flows.reduce<Fraction>((a, f) => add(a, cents(f)), frac(0)),
            minusOutlay,
          ),
          2,
        ),
        roundFraction(add(pv(-1), minusOutlay), 2),
        roundFraction(pv(0), 2),
      ],
    }
  },
})
