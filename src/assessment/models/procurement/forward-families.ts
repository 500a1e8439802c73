import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  amount,
  bp,
  Client,
  cents,
  client,
  family,
  figures,
  grouped,
  part,
  supplier,
  symbol,
} from './pro-text.js'

// Two-index price formulas, buying ahead of a price rise against the cost of holding the stock,
// a challenger's bid costed with its one-off transition costs, and how a price paid moved
// against its index in percentage points.

const twoIndex = family('two-index-price-adjustment', (rng) => {
  const base = amount(rng, 100, 2_000) + rng.int(0, 99)
  const fixed = rng.pick([10, 15, 20])
  const mat = rng.pick([40, 50, 55])
  const lab = 100 - fixed - mat
  const m0 = rng.int(95, 130) * 10
  const m1 = m0 + rng.int(2, 20) * 10
  const l0 = rng.int(95, 130) * 10
  const l1 = l0 + rng.int(1, 8) * 10
  const m = cents(symbol(rng))
  // Cents: base × (fixed + mat × M1/M0 + lab × L1/L0) ÷ 100, over one division.
  const adj = (f: number, a: number, b: number) =>
    part(base * (f * m0 * l0 + a * m1 * l0 + b * l1 * m0), 100 * m0 * l0)
  return figures(rng, m, {
    stem: `A unit price of ${m(base)} adjusts by P = P0 × (${fixed / 100} + ${mat / 100} × M1/M0 + ${lab / 100} × L1/L0), where M is the materials index (${(m0 / 10).toFixed(1)} at base, ${(m1 / 10).toFixed(1)} now) and L the labour index (${(l0 / 10).toFixed(1)} at base, ${(l1 / 10).toFixed(1)} now). What is the adjusted price, to the nearest cent?`,
    in: { base, fixed, mat, lab, m0, m1, l0, l1 },
    key: adj(fixed, mat, lab),
    wrong: [
      ['materialsOnAll', part(base * m1, m0), 'applies the materials index to the whole price'],
      ['sharesSwapped', adj(fixed, lab, mat), 'swaps the materials and labour shares'],
      ['noFixed', adj(0, mat, lab), 'drops the fixed share'],
      ['labourIgnored', adj(fixed + lab, mat, 0), 'holds labour at base'],
      [
        'indicesAdded',
        base + part(base * ((m1 - m0) * l0 + (l1 - l0) * m0), m0 * l0),
        'adds both index rises to the whole price',
      ],
      [
        'inverted',
        part(base * (fixed * m1 * l1 + mat * m0 * l1 + lab * l0 * m1), 100 * m1 * l1),
        'divides the base index by the current one',
      ],
    ],
  })
})

const forwardBuy = family('forward-buy-before-a-price-rise', (rng) => {
  const monthly = rng.int(10, 200) * 10
  const price = amount(rng, 5, 60) + rng.int(0, 99)
  const rise = rng.pick([4, 5, 6, 8, 10])
  const months = rng.pick([3, 4, 6])
  const holding = rng.pick([12, 18, 24]) // % of value a year
  const m = cents(symbol(rng))
  const qty = monthly * months
  // Buying `months` of stock now keeps on average half of it for `months` months.
  const saving = part(qty * price * rise, 100)
  const hold = part(qty * price * holding * months, 2 * 100 * 12)
  return figures(rng, m, {
    stem: `${supplier(rng)} will raise a ${m(price)} unit price by ${rise}% next month. ${Client(rng)} uses ${grouped(monthly, 0)} units a month and could buy ${months} months' needs now at the old price. Holding stock costs ${holding}% of its value a year, charged on the average stock held (half the purchase over the ${months} months). What is the net gain from buying ahead, to the nearest cent?`,
    in: { monthly, price, rise, months, holding },
    key: saving - hold,
    wrong: [
      ['grossSaving', saving, 'leaves out the holding cost'],
      [
        'fullStockHeld',
        saving - part(qty * price * holding * months, 100 * 12),
        'charges holding on the whole purchase, not the average',
      ],
      [
        'holdingForAYear',
        saving - part(qty * price * holding, 2 * 100),
        'charges a full year of holding',
      ],
      ['holdingOnly', hold, 'gives the holding cost'],
      ['oneMonthSaving', part(monthly * price * rise, 100) - hold, 'counts one month’s saving'],
      ['holdingAdded', saving + hold, 'adds the holding cost to the saving'],
    ],
  })
})

const challenger = family('challenger-bid-with-transition-costs', (rng) => {
  const incumbent = amount(rng, 40_000, 300_000, 500)
  const cut = rng.int(4, 15)
  const challenger = incumbent - part(incumbent * cut, 100)
  const years = rng.int(2, 5)
  const transition = amount(rng, 2_000, 30_000, 500)
  const exit = amount(rng, 500, 8_000, 250)
  const m = cents(symbol(rng))
  return figures(rng, m, {
    stem: `The incumbent bids ${m(incumbent)} a year for a ${years}-year contract; a challenger bids ${m(challenger)} a year. Switching would cost ${client(rng)} ${m(transition)} once to transition in and ${m(exit)} in exit fees to the incumbent. Over the contract, how much does the challenger save net of switching costs?`,
    in: { incumbent, challenger, years, transition, exit },
    key: (incumbent - challenger) * years - transition - exit,
    wrong: [
      ['gross', (incumbent - challenger) * years, 'leaves out the switching costs'],
      ['oneYear', incumbent - challenger - transition - exit, 'counts one year’s saving'],
      ['transitionOnly', (incumbent - challenger) * years - transition, 'leaves out the exit fees'],
      [
        'yearlyTransition',
        (incumbent - challenger - transition - exit) * years,
        'charges the switching costs every year',
      ],
      [
        'costsAdded',
        (incumbent - challenger) * years + transition + exit,
        'adds the switching costs to the saving',
      ],
    ],
  })
})

const againstIndex = family('price-change-against-index-in-points', (rng) => {
  const old = amount(rng, 5, 200) + rng.int(0, 99)
  const rise = rng.int(2, 15)
  const neu = old + part(old * rise, 100) + rng.int(1, 40)
  const i0 = rng.int(100, 140) * 10
  const i1 = i0 + rng.int(1, 15) * 10
  const m = cents(symbol(rng))
  // Basis points: price change % less index change %, each to the basis point.
  const pc = part((neu - old) * 10_000, old)
  const ic = part((i1 - i0) * 10_000, i0)
  return figures(rng, (v) => `${bp(v).replace('%', '')} points`, {
    stem: `A unit price went from ${m(old)} to ${m(neu)}; over the same year the market index went from ${(i0 / 10).toFixed(1)} to ${(i1 / 10).toFixed(1)}. Working each change as a percentage to two decimal places, by how many percentage points did the price change exceed the index change (negative if it fell short)?`,
    in: { old, neu, i0, i1 },
    key: pc - ic,
    signed: true,
    wrong: [
      ['indexPoints', pc - (i1 - i0) * 10, 'takes the index rise in points as a percentage'],
      [
        'relative',
        part((pc - ic) * 10_000, ic),
        'gives the gap as a percentage of the index change',
      ],
      ['priceOnly', pc, 'gives the price change alone'],
      ['reversed', ic - pc, 'subtracts the price change from the index change'],
      [
        'overNewPrice',
        part((neu - old) * 10_000, neu) - ic,
        'measures the price change against the new price',
      ],
    ],
  })
})

/** For contract clauses. */
export const TWO_INDEX_FAMILIES: readonly ScenarioFamily[] = [twoIndex]
/** For purchase orders. */
export const FORWARD_BUY_FAMILIES: readonly ScenarioFamily[] = [forwardBuy]
/** For tender evaluation. */
export const SWITCHING_FAMILIES: readonly ScenarioFamily[] = [challenger]
/** For spend and savings reporting. */
export const INDEX_GAP_FAMILIES: readonly ScenarioFamily[] = [againstIndex]
