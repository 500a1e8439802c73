import { VariantError } from '../assemble-variant.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  Client,
  cash,
  drawn,
  eoq,
  family,
  figures,
  item,
  pcText,
  qty,
  symbol,
  Z_TABLE,
} from './scm-text.js'

// Inventory-policy trade-offs: production runs (the EPQ, sqrt(2DS / (H(1 − d/p)))), min-max
// ordering on inventory position, the stock a higher service level costs, what moving to the
// EOQ saves, and EOQ from a monthly holding cost.

export const POLICY_TRADE_OFF_FAMILIES: readonly ScenarioFamily[] = [
  family('economic-production-quantity', (rng) => {
    const D = drawn(rng, 6000, 40000, 500)
    const S = drawn(rng, 150, 600, 10)
    const H = drawn(rng, 2, 10)
    const Y = 250
    const d = D / Y
    const p = Math.round(d * rng.pick([1.5, 2, 2.5, 3, 4]))
    const f = 1 - d / p
    return figures(rng, qty('units'), {
      stem: `${Client(rng)} makes its own ${item(rng)}: demand is ${D.toLocaleString('en-US')} units a year over ${Y} working days, the line produces ${p} units a day while running, a set-up costs ${S} and holding costs ${H} per unit per year. What is the economic production quantity, rounded to the nearest unit?`,
      in: { D, S, H, Y, p },
      key: Math.round(Math.sqrt((2 * D * S) / (H * f))),
      wrong: [
        ['eoq', Math.round(eoq(D, S, H)), 'uses the EOQ, as if the whole batch arrived at once'],
        [
          'plus',
          Math.round(Math.sqrt((2 * D * S) / (H * (1 + d / p)))),
          'adds the demand-to-production ratio instead of subtracting it',
        ],
        ['noTwo', Math.round(Math.sqrt((D * S) / (H * f))), 'leaves the 2 out of the formula'],
        [
          'overF',
          Math.round(eoq(D, S, H) / f),
          'divides the EOQ by (1 − d/p) outside the square root',
        ],
        [
          'timesF',
          Math.round(eoq(D, S, H) * f),
          'multiplies the EOQ by (1 − d/p) instead of dividing inside the root',
        ],
      ],
    })
  }),
  family('min-max-order-quantity', (rng) => {
    const min = drawn(rng, 100, 800, 10)
    const max = min + drawn(rng, 200, 1500, 10)
    const onHand = drawn(rng, 20, min - 20, 5)
    const onOrder = drawn(rng, 0, Math.floor((max - onHand) / 2), 10)
    return figures(rng, qty('units'), {
      stem: `A stockroom runs a min-max system on inventory position (on hand plus on order): when it falls to the minimum of ${min} or below, order up to the maximum of ${max}. There are ${onHand} units on hand and ${onOrder} on an open order, none backordered. How many units should be ordered now?`,
      in: { min, max, onHand, onOrder },
      key: max - onHand - onOrder,
      wrong: [
        ['onHandOnly', max - onHand, 'orders up from the stock on hand, ignoring the open order'],
        ['gap', max - min, 'orders the gap between maximum and minimum'],
        ['max', max, 'orders the maximum itself'],
        ['toMin', min - onHand - onOrder, 'orders up to the minimum instead of the maximum'],
      ],
    })
  }),
  family('safety-stock-for-a-higher-service-level', (rng) => {
    const pairs = [
      [Z_TABLE[2], Z_TABLE[5]],
      [Z_TABLE[2], Z_TABLE[3]],
      [Z_TABLE[0], Z_TABLE[2]],
      [Z_TABLE[3], Z_TABLE[6]],
      [Z_TABLE[1], Z_TABLE[4]],
    ] as const
    const [[p1, z1], [p2, z2]] = rng.pick(pairs)
    const sd = drawn(rng, 10, 90, 5)
    const L = rng.pick([4, 9, 16, 25])
    // Two-place z values times whole figures land on half units; such a draw has no one rounding.
    const rise = (z2 - z1) * sd * Math.sqrt(L)
    if (Math.abs((rise % 1) - 0.5) < 0.01) throw new VariantError('a half-unit tie')
    return figures(rng, qty('units'), {
      stem: `Daily demand has a standard deviation of ${sd} units (days independent) and lead time is a fixed ${L} days. A client wants to raise the cycle service level from ${pcText(p1)} (z = ${z1}) to ${pcText(p2)} (z = ${z2}). How many extra units of safety stock does that take, rounded to the nearest unit?`,
      in: { z1, z2, sd, L },
      key: Math.round((z2 - z1) * sd * Math.sqrt(L)),
      wrong: [
        [
          'whole',
          Math.round(z2 * sd * Math.sqrt(L)),
          'gives the whole new safety stock, not the increase',
        ],
        [
          'noSqrt',
          Math.round((z2 - z1) * sd * L),
          'scales by the lead time instead of its square root',
        ],
        [
          'percent',
          Math.round(z1 * sd * Math.sqrt(L) * (p2 / p1 - 1)),
          'assumes safety stock grows in proportion to the service-level percentage',
        ],
        [
          'oneDay',
          Math.round((z2 - z1) * sd),
          'covers one day of variability instead of the lead time',
        ],
      ],
    })
  }),
  family('saving-from-moving-to-eoq', (rng) => {
    const m = cash(symbol(rng), 0)
    const D = drawn(rng, 3000, 30000, 100)
    const S = drawn(rng, 50, 200, 10)
    const H = drawn(rng, 2, 12)
    const Q = eoq(D, S, H)
    const Q0 = Math.round((Q * rng.pick([0.4, 0.5, 2.5, 3])) / 10) * 10
    const tc = (q: number) => (D / q) * S + (q / 2) * H
    return figures(rng, m, {
      stem: `${Client(rng)} orders ${Q0} units at a time. Annual demand is ${D.toLocaleString('en-US')}, each order costs ${m(S)} and holding costs ${m(H)} per unit per year. How much a year in ordering plus holding cost would switching to the unrounded economic order quantity save, to the nearest whole unit of currency?`,
      in: { D, S, H, Q0 },
      key: tc(Q0) - tc(Q),
      wrong: [
        ['current', tc(Q0), 'gives the current cost instead of the saving'],
        [
          'fullQ',
          (D / Q0) * S + Q0 * H - ((D / Q) * S + Q * H),
          'charges holding on whole orders in both costs',
        ],
        ['ordering', Math.abs((D / Q0) * S - (D / Q) * S), 'compares ordering costs only'],
        ['holding', Math.abs((Q0 / 2) * H - (Q / 2) * H), 'compares holding costs only'],
      ],
    })
  }),
  family('eoq-holding-cost-per-month', (rng) => {
    const D = drawn(rng, 1200, 30000, 100)
    const S = drawn(rng, 30, 150, 5)
    const h = drawn(rng, 10, 90, 5) / 100
    return figures(rng, qty('units'), {
      stem: `A purchasing assistant is given annual demand of ${D.toLocaleString('en-US')} units for ${item(rng)}, an ordering cost of ${S} per order and a holding cost of ${h.toFixed(2)} per unit per month. What is the economic order quantity, rounded to the nearest unit?`,
      in: { D, S, h },
      key: Math.round(eoq(D, S, 12 * h)),
      wrong: [
        ['monthlyH', Math.round(eoq(D, S, h)), 'uses the monthly holding cost with annual demand'],
        [
          'noTwo',
          Math.round(Math.sqrt((D * S) / (12 * h))),
          'leaves the 2 out of the square-root formula',
        ],
        [
          'monthlyD',
          Math.round(eoq(D / 12, S, 12 * h)),
          'converts demand to a month but holding cost to a year',
        ],
        [
          'swap',
          Math.round(eoq(D, 12 * h, S)),
          'swaps the ordering and holding costs in the formula',
        ],
      ],
    })
  }),
]
