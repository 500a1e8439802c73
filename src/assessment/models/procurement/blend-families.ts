import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  amount,
  bp,
  Client,
  cents,
  family,
  figures,
  grouped,
  part,
  supplier,
  symbol,
} from './pro-text.js'

// Blends and chains of price: successive trade discounts, a volume split between two suppliers,
// surplus returned for credit less a restocking fee, a payback on a dearer efficient option,
// and how far bids sit above the lowest;
// each list below joins the domain that does the work.

const successiveDiscounts = family('successive-trade-discounts', (rng) => {
  const list = amount(rng, 10, 900) + rng.int(0, 99)
  const d1 = rng.pick([15, 20, 25, 30])
  const d2 = rng.pick([5, 10])
  const m = cents(symbol(rng))
  const after1 = list - part(list * d1, 100)
  return figures(rng, m, {
    stem: `${supplier(rng)} grants a trade discount of ${d1}% and a further ${d2}% (applied to the already discounted price), each rounded to the cent. What is the net unit price on a list price of ${m(list)}?`,
    in: { list, d1, d2 },
    key: after1 - part(after1 * d2, 100),
    wrong: [
      ['added', list - part(list * (d1 + d2), 100), 'adds the two discounts'],
      ['firstOnly', after1, 'applies only the first discount'],
      ['secondOnly', list - part(list * d2, 100), 'applies only the further discount'],
      [
        'markUpsTakenOff',
        part(part(list * 100, 100 + d1) * 100, 100 + d2),
        'divides by one plus each rate, as if taking off a mark-up',
      ],
      [
        'secondOnList',
        after1 - part(list * d2, 100),
        'takes the second discount on the list price',
      ],
      [
        'discountAmount',
        list - after1 + part(after1 * d2, 100),
        'gives the total discount, not the net price',
      ],
    ],
  })
})

const splitAward = family('blended-price-of-a-split-award', (rng) => {
  const pa = amount(rng, 5, 80) + rng.int(0, 99)
  const pb = pa + rng.int(10, 300)
  const shareA = rng.pick([60, 65, 70, 75, 80])
  const m = cents(symbol(rng))
  return figures(rng, m, {
    stem: `${Client(rng)} splits a year's volume between two suppliers for security of supply: ${shareA}% to the cheaper at ${m(pa)} a unit and the rest at ${m(pb)}. What is the blended unit price, to the nearest cent?`,
    in: { pa, pb, shareA },
    key: part(pa * shareA + pb * (100 - shareA), 100),
    wrong: [
      ['simpleMean', part(pa + pb, 2), 'averages the two prices'],
      [
        'sharesSwapped',
        part(pb * shareA + pa * (100 - shareA), 100),
        'gives the larger share to the dearer price',
      ],
      ['cheaperOnly', pa, 'quotes the cheaper price'],
      ['dearerOnly', pb, 'quotes the dearer price'],
      [
        'sumOfShares',
        part(pa * shareA, 100) + pb,
        'adds the cheaper price’s share to the whole dearer price',
      ],
    ],
  })
})

const surplusReturn = family('surplus-return-credit-less-restocking', (rng) => {
  const price = amount(rng, 4, 120) + rng.int(0, 99)
  const returned = rng.int(10, 300)
  const fee = rng.pick([10, 15, 20, 25])
  const damaged = rng.int(1, 9)
  const m = cents(symbol(rng))
  const good = returned - damaged
  const value = good * price
  return figures(rng, m, {
    stem: `${supplier(rng)} takes back surplus stock at the invoiced price of ${m(price)} a unit less a ${fee}% restocking fee; damaged units are not accepted. ${Client(rng)} returns ${grouped(returned, 0)} units, of which ${damaged} ${damaged === 1 ? 'is' : 'are'} found damaged. What credit note should it expect, to the cent?`,
    in: { price, returned, fee, damaged },
    key: value - part(value * fee, 100),
    wrong: [
      [
        'damagedCredited',
        returned * price - part(returned * price * fee, 100),
        'credits the damaged units too',
      ],
      ['noFee', value, 'leaves out the restocking fee'],
      ['feeOnly', part(value * fee, 100), 'gives the restocking fee'],
      ['feeAdded', value + part(value * fee, 100), 'adds the fee instead of deducting it'],
      [
        'feeOnAllDamagedOut',
        value - part(returned * price * fee, 100),
        'charges the fee on every unit sent back',
      ],
    ],
  })
})

const payback = family('payback-on-an-efficient-option', (rng) => {
  const cheap = amount(rng, 5_000, 40_000, 100)
  const extra = amount(rng, 1_000, 12_000, 100)
  const saving = amount(rng, 300, 4_000, 50)
  const years = rng.int(5, 10)
  const show = (h: number) => `${(h / 100).toFixed(2)} years`
  return figures(rng, show, {
    stem: `A standard unit costs ${cents('€')(cheap)}; an efficient one costs ${cents('€')(cheap + extra)} and saves ${cents('€')(saving)} a year in running costs over a ${years}-year life. What is the simple payback on the extra price, to two decimal places?`,
    in: { cheap, extra, saving, years },
    key: part(extra * 100, saving),
    wrong: [
      ['wholePrice', part((cheap + extra) * 100, saving), 'divides the whole price by the saving'],
      ['inverted', part(saving * 100, extra), 'divides the saving by the extra price'],
      [
        'lifetimeSaving',
        part(extra * 100, saving * years),
        'divides by the saving over the whole life',
      ],
      ['cheapPrice', part(cheap * 100, saving), 'divides the standard unit’s price by the saving'],
      ['netOfLife', years * 100 - part(extra * 100, saving), 'gives the years left after payback'],
    ],
  })
})

const aboveLowest = family('bid-above-lowest-percentage', (rng) => {
  const low = amount(rng, 20_000, 90_000, 100)
  const bid = low + part(low * rng.int(3, 40), 100) + rng.int(1, 99) * 100
  const high = bid + amount(rng, 1_000, 20_000, 100)
  const m = cents(symbol(rng))
  return figures(rng, bp, {
    stem: `The lowest bid is ${m(low)}, the highest ${m(high)}. By what percentage of the lowest bid is a bid of ${m(bid)} above it, to two decimal places?`,
    in: { low, bid, high },
    key: part((bid - low) * 10_000, low),
    wrong: [
      ['ofBid', part((bid - low) * 10_000, bid), 'divides the difference by the bid'],
      ['ofHighest', part((bid - low) * 10_000, high), 'divides the difference by the highest bid'],
      ['ratio', part(bid * 10_000, low), 'gives the bid as a percentage of the lowest'],
      [
        'belowHighest',
        part((high - bid) * 10_000, high),
        'measures how far below the highest it is',
      ],
      [
        'rangeShare',
        part((bid - low) * 10_000, high - low),
        'gives its place in the range of bids',
      ],
      ['lowestShareOfBid', part(low * 10_000, bid), 'gives the lowest bid as a share of this bid'],
    ],
  })
})

/** For cost and price analysis. */
export const DISCOUNT_FAMILIES: readonly ScenarioFamily[] = [successiveDiscounts]
/** For purchase orders. */
export const SPLIT_AND_RETURN_FAMILIES: readonly ScenarioFamily[] = [splitAward, surplusReturn]
/** For tender evaluation. */
export const BID_GAP_FAMILIES: readonly ScenarioFamily[] = [payback, aboveLowest]
