import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import { POLICY_TRADE_OFF_FAMILIES } from './policy-trade-off-families.js'
import {
  Client,
  cash,
  drawn,
  eoq,
  family,
  figures,
  item,
  pcText,
  plain,
  qty,
  symbol,
  Z_TABLE,
} from './scm-text.js'

// Inventory policy as a purchasing assistant sets it: the economic order quantity (Harris's
// square-root formula, sqrt(2DS/H)), the reorder point d × L, safety stock z σ √L for demand
// variability, z d σL for lead-time variability and z √(L σd² + d² σL²) for both (the standard
// textbook forms, e.g. Chopra & Meindl, Supply Chain Management, ch. 11–12), periodic-review
// order-up-to levels, quantity discounts and minimum order quantities.

const zDraw = (rng: Rng) => rng.pick(Z_TABLE)

export const POLICY_FAMILIES: readonly ScenarioFamily[] = [
  family('eoq-holding-as-rate-of-price', (rng) => {
    const D = drawn(rng, 2400, 36000, 100)
    const S = drawn(rng, 40, 160, 5)
    const P = drawn(rng, 8, 60)
    const i = rng.pick([0.15, 0.2, 0.25, 0.3])
    const H = i * P
    return figures(rng, qty('units'), {
      stem: `${Client(rng)} sells ${D.toLocaleString('en-US')} ${item(rng)} a year at a steady rate. Each order costs ${S} to place, each unit costs ${P} to buy, and holding stock costs ${pcText(i)} of the unit cost a year. What is the economic order quantity, rounded to the nearest unit?`,
      in: { D, S, P, i },
      key: Math.round(eoq(D, S, H)),
      wrong: [
        [
          'noTwo',
          Math.round(Math.sqrt((D * S) / H)),
          'leaves the 2 out of the square-root formula',
        ],
        [
          'monthly',
          Math.round(eoq(D / 12, S, H)),
          'uses monthly demand with an annual holding cost',
        ],
        ['priceAsH', Math.round(eoq(D, S, P)), 'uses the whole unit cost as the holding cost'],
        ['swap', Math.round(eoq(D, H, S)), 'swaps the ordering and holding costs in the formula'],
      ],
    })
  }),
  family('eoq-orders-per-year', (rng) => {
    const D = drawn(rng, 3000, 40000, 100)
    const S = drawn(rng, 50, 200, 10)
    const H = drawn(rng, 2, 12)
    const Q = eoq(D, S, H)
    return figures(rng, plain(1), {
      stem: `A purchasing assistant sets the order size of a part with annual demand ${D.toLocaleString('en-US')} units, ordering cost ${S} per order and holding cost ${H} per unit per year at the economic order quantity (unrounded). How many orders a year does that mean, to one decimal place?`,
      in: { D, S, H },
      key: D / Q,
      wrong: [
        ['noTwo', D / Math.sqrt((D * S) / H), 'leaves the 2 out of the EOQ before dividing'],
        ['avgStock', D / (Q / 2), 'divides demand by the average stock, half the order size'],
        ['monthly', D / eoq(D / 12, S, H), 'sizes the order from monthly demand'],
        ['perMonth', D / Q / 12, 'gives orders a month instead of a year'],
      ],
    })
  }),
  family('eoq-annual-ordering-and-holding-cost', (rng) => {
    const m = cash(symbol(rng), 0)
    const D = drawn(rng, 2000, 30000, 100)
    const S = drawn(rng, 40, 180, 5)
    const H = drawn(rng, 2, 15)
    const Q = eoq(D, S, H)
    return figures(rng, m, {
      stem: `${Client(rng)} orders at the economic order quantity (unrounded): annual demand ${D.toLocaleString('en-US')} units, ${m(S)} per order, ${m(H)} to hold one unit for a year. What is the annual ordering cost plus holding cost (purchase price excluded), to the nearest whole unit of currency?`,
      in: { D, S, H },
      key: (D / Q) * S + (Q / 2) * H,
      wrong: [
        [
          'monthlyCost',
          ((D / Q) * S + (Q / 2) * H) / 12,
          'gives a monthly cost instead of the annual one',
        ],
        [
          'monthlyDemand',
          Math.sqrt(2 * (D / 12) * S * H),
          'works the cost from monthly demand with an annual holding cost',
        ],

        [
          'fullQ',
          (D / Q) * S + Q * H,
          'charges holding on the whole order instead of the average stock',
        ],
        ['orderingOnly', (D / Q) * S, 'counts only the ordering cost'],
        ['holdingOnly', (Q / 2) * H, 'counts only the holding cost'],
        [
          'noTwoQ',
          (D / Math.sqrt((D * S) / H)) * S + (Math.sqrt((D * S) / H) / 2) * H,
          'works the cost at a quantity with the 2 left out of the EOQ',
        ],
      ],
    })
  }),
  family('eoq-days-between-orders', (rng) => {
    const D = drawn(rng, 2000, 24000, 100)
    const S = drawn(rng, 40, 150, 5)
    const H = drawn(rng, 2, 10)
    const Y = rng.pick([250, 260, 300])
    const Q = eoq(D, S, H)
    return figures(rng, qty('working days', 1), {
      stem: `Demand for ${item(rng)} is ${D.toLocaleString('en-US')} units a year spread evenly over ${Y} working days; each order costs ${S}, and a unit costs ${H} a year to hold. Ordering at the unrounded economic order quantity, how many working days pass between orders (one decimal place)?`,
      in: { D, S, H, Y },
      key: (Q / D) * Y,
      wrong: [
        [
          'calendar',
          (Q / D) * 365,
          'spreads demand over 365 calendar days instead of the working days stated',
        ],
        ['weeks', (Q / D) * 52, 'gives the interval in weeks'],
        ['noTwo', (Math.sqrt((D * S) / H) / D) * Y, 'leaves the 2 out of the EOQ'],
        ['halfQ', (Q / 2 / D) * Y, 'times the interval by the average stock, half the order'],
      ],
    })
  }),
  family('eoq-when-demand-changes', (rng) => {
    const Q = drawn(rng, 200, 1200, 10)
    const k = rng.pick([2, 3, 4])
    const word = ['', '', 'doubles', 'triples', 'quadruples'][k]!
    return figures(rng, qty('units'), {
      stem: `A part's economic order quantity is ${Q} units. Annual demand ${word}; ordering and holding costs per unit stay the same. What is the new economic order quantity, rounded to the nearest unit?`,
      in: { Q, k },
      key: Math.round(Q * Math.sqrt(k)),
      wrong: [
        ['linear', Q * k, 'scales the order quantity in proportion to demand'],
        ['same', Q, 'keeps the order size, as if demand did not enter the formula'],
        [
          'inverse',
          Math.round(Q / Math.sqrt(k)),
          'moves the order size the wrong way, as a rise in holding cost would',
        ],
        ['squared', Q * k * k, 'scales by the square of the change instead of its root'],
      ],
    })
  }),
  family('reorder-point-weekly-demand-lead-days', (rng) => {
    const W = drawn(rng, 60, 900, 5)
    const L = rng.pick([3, 4, 6, 7, 8, 9, 12, 13])
    return figures(rng, qty('units'), {
      stem: `${Client(rng)} sells about ${W} ${item(rng)} a week (a week is 5 working days). The supplier delivers ${L} working days after an order is placed. With no safety stock, what is the reorder point, rounded to the nearest unit?`,
      in: { W, L },
      key: Math.round((W / 5) * L),
      wrong: [
        [
          'sevenDay',
          Math.round((W / 7) * L),
          'spreads weekly demand over 7 days though lead time is in working days',
        ],
        ['daysAsWeeks', W * L, 'multiplies weekly demand by the lead time in days'],
        ['roundWeeks', W * Math.ceil(L / 5), 'rounds the lead time up to whole weeks'],
        ['oneWeek', W, 'reorders at one week of demand whatever the lead time'],
      ],
    })
  }),
  family('safety-stock-demand-variability', (rng) => {
    const [p, z] = zDraw(rng)
    const sw = drawn(rng, 20, 240, 5)
    const L = rng.pick([3, 4, 6, 8, 10, 12, 15])
    return figures(rng, qty('units'), {
      stem: `Weekly demand for ${item(rng)} has a standard deviation of ${sw} units (a week is 5 working days; weeks are independent). Lead time is a fixed ${L} working days. For a ${pcText(p)} cycle service level (z = ${z}), what safety stock is needed, rounded to the nearest unit?`,
      in: { z, sw, L },
      key: Math.round(z * sw * Math.sqrt(L / 5)),
      wrong: [
        [
          'daysAsWeeks',
          Math.round(z * sw * Math.sqrt(L)),
          'uses the lead time in days as if it were weeks',
        ],
        [
          'noSqrt',
          Math.round((z * sw * L) / 5),
          'scales the deviation by the lead time instead of its square root',
        ],
        ['noZ', Math.round(sw * Math.sqrt(L / 5)), 'leaves out the service-level factor z'],
        ['oneWeek', Math.round(z * sw), 'covers one week of variability whatever the lead time'],
      ],
    })
  }),
  family('safety-stock-lead-time-variability', (rng) => {
    const [p, z] = zDraw(rng)
    const d = drawn(rng, 20, 300, 5)
    const L = drawn(rng, 6, 30)
    const sL = rng.pick([2, 3, 4, 5, 6])
    return figures(rng, qty('units'), {
      stem: `${Client(rng)} sells a steady ${d} units a day of one product. The supplier's lead time averages ${L} days with a standard deviation of ${sL} days. For a ${pcText(p)} cycle service level (z = ${z}), what safety stock covers the lead-time variability, rounded to the nearest unit?`,
      in: { z, d, L, sL },
      key: Math.round(z * d * sL),
      wrong: [
        [
          'meanLead',
          Math.round(z * d * L),
          'uses the average lead time instead of its standard deviation',
        ],
        ['noZ', d * sL, 'leaves out the service-level factor z'],
        [
          'sqrtLead',
          Math.round(z * d * Math.sqrt(sL)),
          'takes the square root of the lead-time deviation',
        ],
        [
          'plusDemand',
          Math.round(d * L + z * d * sL),
          'adds the lead-time demand, giving the reorder point',
        ],
      ],
    })
  }),
  family('safety-stock-both-variabilities', (rng) => {
    const [p, z] = zDraw(rng)
    const d = drawn(rng, 40, 400, 10)
    const sd = drawn(rng, 10, 120, 5)
    const L = drawn(rng, 4, 20)
    const sL = rng.pick([1, 2, 3, 4])
    return figures(rng, qty('units'), {
      stem: `Daily demand averages ${d} units with a standard deviation of ${sd} (days independent); lead time averages ${L} days with a standard deviation of ${sL} days, independent of demand. For a ${pcText(p)} cycle service level (z = ${z}), what safety stock is needed, rounded to the nearest unit?`,
      in: { z, d, sd, L, sL },
      key: Math.round(z * Math.sqrt(L * sd * sd + d * d * sL * sL)),
      wrong: [
        [
          'sumParts',
          Math.round(z * (sd * Math.sqrt(L) + d * sL)),
          'adds the two safety stocks instead of adding their variances',
        ],
        ['demandOnly', Math.round(z * sd * Math.sqrt(L)), 'ignores the lead-time variability'],
        ['leadOnly', Math.round(z * d * sL), 'ignores the demand variability'],
        [
          'noZ',
          Math.round(Math.sqrt(L * sd * sd + d * d * sL * sL)),
          'leaves out the service-level factor z',
        ],
      ],
    })
  }),
  family('reorder-point-with-safety-stock', (rng) => {
    const [p, z] = zDraw(rng)
    const d = drawn(rng, 20, 300, 5)
    const sd = drawn(rng, 5, 80, 5)
    const L = rng.pick([4, 9, 16, 25, 6, 10, 12])
    return figures(rng, qty('units'), {
      stem: `Daily demand for ${item(rng)} averages ${d} units with a standard deviation of ${sd} (days independent); lead time is a fixed ${L} days. For a ${pcText(p)} cycle service level (z = ${z}), what is the reorder point, rounded to the nearest unit?`,
      in: { z, d, sd, L },
      key: Math.round(d * L + z * sd * Math.sqrt(L)),
      wrong: [
        ['noSafety', d * L, 'leaves out the safety stock'],
        ['safetyOnly', Math.round(z * sd * Math.sqrt(L)), 'gives the safety stock alone'],
        [
          'noSqrt',
          Math.round(d * L + z * sd * L),
          'scales the deviation by the lead time instead of its square root',
        ],
        ['noZ', Math.round(d * L + sd * Math.sqrt(L)), 'leaves out the service-level factor z'],
      ],
    })
  }),
  family('order-up-to-periodic-review', (rng) => {
    const [p, z] = zDraw(rng)
    const d = drawn(rng, 20, 200, 5)
    const sd = drawn(rng, 5, 60, 5)
    const R = rng.pick([7, 14, 21])
    const L = rng.pick([2, 3, 5, 7])
    const onHand = drawn(rng, 2, R) * d
    const onOrder = drawn(rng, 0, L) * d
    const T = d * (R + L) + z * sd * Math.sqrt(R + L)
    return figures(rng, qty('units'), {
      stem: `${Client(rng)} reviews stock every ${R} days and orders up to a target level; lead time is ${L} days. Daily demand averages ${d} (standard deviation ${sd}, days independent) and the cycle service level is ${pcText(p)} (z = ${z}). Today there are ${onHand} units on hand and ${onOrder} on order, none backordered. How much should be ordered, rounded to the nearest unit?`,
      in: { z, d, sd, R, L, onHand, onOrder },
      key: Math.round(T - onHand - onOrder),
      wrong: [
        ['onHandOnly', Math.round(T - onHand), 'ignores the stock already on order'],
        [
          'leadOnly',
          Math.round(d * L + z * sd * Math.sqrt(L) - onHand - onOrder),
          'protects only the lead time, not the review period as well',
        ],
        ['noSafety', d * (R + L) - onHand - onOrder, 'leaves out the safety stock'],
        ['target', Math.round(T), 'gives the order-up-to level instead of the order'],
      ],
    })
  }),
  family('inventory-position', (rng) => {
    const onHand = drawn(rng, 100, 2000, 10)
    const onOrder = drawn(rng, 100, 1500, 50)
    const back = drawn(rng, 10, 200, 5)
    const ROP = drawn(rng, 300, 2500, 50)
    return figures(rng, qty('units'), {
      stem: `A purchasing assistant checks a continuous-review item with a reorder point of ${ROP} units: ${onHand} units on hand, ${onOrder} on an open purchase order not yet received, and ${back} units backordered by customers. What inventory position is compared with the reorder point?`,
      in: { onHand, onOrder, back },
      key: onHand + onOrder - back,
      wrong: [
        ['onHand', onHand, 'uses the stock on hand only'],
        ['noBack', onHand + onOrder, 'ignores the backorders'],
        ['addBack', onHand + onOrder + back, 'adds the backorders instead of subtracting them'],
        ['noOrder', onHand - back, 'leaves out the open purchase order'],
      ],
    })
  }),
  family('moq-above-eoq-annual-cost', (rng) => {
    const m = cash(symbol(rng), 0)
    const D = drawn(rng, 1200, 12000, 100)
    const S = drawn(rng, 40, 120, 5)
    const H = drawn(rng, 3, 15)
    const Q = eoq(D, S, H)
    const M = Math.ceil((Q * rng.pick([1.5, 2, 2.5, 3])) / 50) * 50
    return figures(rng, m, {
      stem: `A part has annual demand ${D.toLocaleString('en-US')} units, ordering cost ${m(S)} per order and holding cost ${m(H)} per unit per year, giving an economic order quantity of about ${Math.round(Q)}. The supplier's minimum order quantity is ${M}, so ${M} is ordered each time. What is the annual ordering plus holding cost, to the nearest whole unit of currency?`,
      in: { D, S, H, M },
      key: (D / M) * S + (M / 2) * H,
      wrong: [
        [
          'atEoq',
          (D / Q) * S + (Q / 2) * H,
          'works the cost at the EOQ the supplier will not accept',
        ],
        [
          'fullM',
          (D / M) * S + M * H,
          'charges holding on the whole order instead of the average stock',
        ],
        ['holdingOnly', (M / 2) * H, 'counts only the holding cost'],
        ['orderingOnly', (D / M) * S, 'counts only the ordering cost'],
      ],
    })
  }),
  family('quantity-discount-best-order-size', (rng) => {
    const D = drawn(rng, 2000, 20000, 100)
    const S = drawn(rng, 40, 150, 5)
    const P0 = drawn(rng, 10, 40)
    const cut1 = rng.pick([0.01, 0.015, 0.02, 0.03])
    const cut2 = cut1 + rng.pick([0.005, 0.01, 0.02])
    const P1 = +(P0 * (1 - cut1)).toFixed(2)
    const P2 = +(P0 * (1 - cut2)).toFixed(2)
    const i = rng.pick([0.2, 0.25, 0.3, 0.35])
    const base = eoq(D, S, i * P0)
    const B1 = Math.ceil((base * rng.pick([0.9, 1.2, 1.5])) / 50) * 50
    const B2 = Math.ceil((B1 * rng.pick([2, 3, 5, 8])) / 100) * 100
    const tiers = [
      [0, P0, B1],
      [B1, P1, B2],
      [B2, P2, Number.POSITIVE_INFINITY],
    ] as const
    const cost = (q: number, price: number) => D * price + (D / q) * S + (q / 2) * i * price
    const upkeep = (q: number, price: number) => (D / q) * S + (q / 2) * i * price
    // Each tier's best feasible quantity: its EOQ, raised to the tier's break when below it;
    // a tier whose EOQ lies above its range is beaten by the next, cheaper tier.
    const candidates = tiers.flatMap(([low, price, high]) => {
      const q = Math.max(low, Math.round(eoq(D, S, i * price)))
      return q < high ? [{ q, price }] : []
    })
    const best = (f: (q: number, price: number) => number) =>
      [...candidates].sort((a, b) => f(a.q, a.price) - f(b.q, b.price))[0]!.q
    return figures(rng, qty('units'), {
      stem: `A supplier prices ${item(rng)} at ${P0.toFixed(2)} each below ${B1} units, ${P1.toFixed(2)} from ${B1} to ${B2 - 1}, and ${P2.toFixed(2)} from ${B2} up (all-units discount). Annual demand is ${D.toLocaleString('en-US')}, each order costs ${S}, and holding costs ${pcText(i)} of the unit price a year. Which order quantity gives the lowest annual total of purchase, ordering and holding costs (any EOQ rounded to the nearest unit)?`,
      in: { D, S, P0, P1, P2, i, B1, B2 },
      key: best(cost),
      wrong: [
        [
          'eoqBase',
          Math.round(base),
          'takes the EOQ at the undiscounted price and ignores the breaks',
        ],
        [
          'eoqCheapest',
          Math.round(eoq(D, S, i * P2)),
          'takes the EOQ at the lowest price though it is below that price’s break',
        ],
        ['biggestBreak', B2, 'takes the deepest discount whatever it costs to hold'],
        ['firstBreak', B1, 'stops at the first price break without costing the deeper one'],
        [
          'noPurchase',
          best(upkeep),
          'compares ordering and holding costs but leaves out the purchase cost',
        ],
      ],
    })
  }),
  ...POLICY_TRADE_OFF_FAMILIES,
]
