import { sheetModel } from '../spreadsheet/sheet-model.js'
import { currency, showCents } from './money.js'

/** Break-even volume: fixed costs over the unit contribution, rounded up to whole units. */
export const breakEvenModel = sheetModel({
  id: 'fin-break-even',
  title: 'Break-even analysis',
  build: (rng) => {
    const symbol = currency(rng)
    const fixed = rng.int(50, 2_000) * 10_000
    const price = rng.int(5, 300) * 100
    const variable = rng.int(1, Math.floor((price * 0.8) / 100)) * 100
    const units = (num: number, den: number) => Math.ceil(num / den)
    return {
      stem: `Fixed costs are ${showCents(symbol, fixed)} a month; each unit sells for ${showCents(symbol, price)} and costs ${showCents(symbol, variable)} to make. How many units must be sold in a month to break even?`,
      cells: { A1: fixed / 100, B1: price / 100, C1: variable / 100 },
      formula: '=ROUNDUP(A1/(B1-C1),0)',
      format: { kind: 'fixed', decimals: 0 },
      exact: units(fixed, price - variable),
      mistakes: [
        units(fixed, price),
        // Rounded down, short of break-even; when the division is exact it is no mistake at all.
        ...(fixed % (price - variable) === 0 ? [] : [Math.floor(fixed / (price - variable))]),
        units(fixed, price + variable),
        units(fixed, variable),
      ],
    }
  },
})
