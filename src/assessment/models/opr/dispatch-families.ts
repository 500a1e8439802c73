import type { Rng } from '../../rng.js'
import {
  businessAfter,
  ceilOf,
  count,
  dollars,
  floorOf,
  frac,
  lessBp,
  march,
  marchDay,
  minus,
  moreBp,
  over,
  pct,
  plus,
  TO_CENT,
  times,
  usd,
  w,
  weekend,
  worked,
} from './opr-text.js'

// Shipping and dispatch: charges from a stated weight or zone table, free-shipping thresholds
// measured where the shop says, cut-off times, and dispatch and delivery dates counted in
// business days (Monday to Friday, less a stated holiday) in March 2027, whose 1st is a Monday.

/** The first business day on or after day `d`. */
const onOrAfter = (d: number, off: readonly number[]): number => businessAfter(d - 1, 1, off)
/** A weekday in March 2027 from the 1st to the `last`. */
function weekday(rng: Rng, last: number): number {
  for (;;) {
    const d = rng.int(1, last)
    if (!weekend(d)) return d
  }
}
const day = (d: number) => w(d)

export const DISPATCH_FAMILIES = [
  worked('first-kilogram-then-each-further-kilogram-or-part', (rng) => {
    // A weight with a part kilogram, 1.1 kg to 9.9 kg, so the "or part" rule matters.
    const [b, a, kg10] = [rng.int(450, 1200), rng.int(120, 400), rng.int(1, 9) * 10 + rng.int(1, 9)]
    const kg = frac(kg10, 10)
    return {
      stem: `A courier charges ${usd(w(b))} for the first kilogram and ${usd(w(a))} for each further kilogram or part of one. What does a ${kg10 / 10} kg parcel cost to send?`,
      inputs: { b, a, kg10 },
      key: plus(w(b), times(ceilOf(minus(kg, w(1))), w(a))),
      wrong: [
        [plus(w(b), times(floorOf(minus(kg, w(1))), w(a))), 'drops the part kilogram'],
        [
          plus(w(b), times(ceilOf(kg), w(a))),
          'charges the first kilogram again at the further rate',
        ],
        [
          times(ceilOf(kg), w(a)),
          'charges every kilogram at the further rate, without the first-kilogram price',
        ],
        [plus(w(b), times(minus(kg, w(1)), w(a))), 'charges the part kilogram pro rata'],
      ],
    }
  }),
  worked('free-shipping-threshold-after-the-discount', (rng) => {
    const c = rng.int(2, 5) * 500
    const m = rng.int(8, 30) * 500
    const s = m + rng.int(1, Math.floor((m * c) / 1000000) - 1) * 100
    const sh = rng.int(5, 15) * 100 - 1
    return {
      stem: `Shipping is free on orders whose goods reach ${usd(w(m))} after discounts; otherwise it is ${usd(w(sh))}. A cart lists at ${usd(w(s))} and a ${pct(c)} coupon applies. What does the customer pay, before tax, ${TO_CENT}?`,
      inputs: { c, m, s, sh },
      key: plus(lessBp(w(s), c), w(sh)),
      wrong: [
        [lessBp(w(s), c), 'tests the threshold before the discount and ships free'],
        [plus(w(s), w(sh)), 'forgets the coupon'],
        [w(s), 'forgets the coupon and ships free'],
        [lessBp(plus(w(s), w(sh)), c), 'takes the coupon off the shipping too'],
      ],
    }
  }),
  worked('list-price-to-add-for-free-shipping', (rng) => {
    const c = rng.int(2, 5) * 500
    const m = rng.int(10, 30) * 500
    const now = m - rng.int(300, 3000)
    return {
      stem: `Shipping is free once the goods reach ${usd(w(m))} after the ${pct(c)} sale, and the sale applies to anything added. A customer’s cart stands at ${usd(w(now))} after the sale. At least how much list price must they add, rounded up to the next cent?`,
      inputs: { c, m, now },
      key: ceilOf(over(w(m - now), frac(10000 - c, 10000))),
      wrong: [
        [w(m - now), 'forgets the sale applies to the added items'],
        [
          ceilOf(lessBp(w(m - now), c)),
          'takes the sale off the shortfall instead of grossing it up',
        ],
        [ceilOf(moreBp(w(m - now), c)), 'adds the sale percentage to the shortfall'],
        [
          ceilOf(over(w(m), frac(10000 - c, 10000))),
          'grosses up the whole threshold, not the shortfall',
        ],
        [
          ceilOf(over(w(m - now), frac(c, 10000))),
          'divides by the sale rate instead of one less the rate',
        ],
        [
          ceilOf(minus(over(w(m), frac(10000 - c, 10000)), w(now))),
          'grosses up the threshold but takes off the cart at its sale price',
        ],
      ],
    }
  }),
  worked('delivery-business-days-after-dispatch', (rng) => {
    // Dispatched Wednesday to Friday, so the promise runs over a weekend.
    const d = rng.pick([3, 4, 5, 10, 11, 12, 17])
    const k = rng.int(3, 5)
    const h = businessAfter(d, rng.int(1, k), [])
    return {
      stem: `A parcel is dispatched on ${march(d)}. The carrier promises delivery ${k} business days after dispatch, not counting the dispatch day; business days are Monday to Friday and ${march(h)} is a public holiday. On what day is delivery due?`,
      show: marchDay,
      inputs: { d, k, h },
      key: day(businessAfter(d, k, [h])),
      wrong: [
        [day(d + k), 'counts calendar days'],
        [day(businessAfter(d, k, [])), 'forgets the holiday'],
        [day(businessAfter(d, k - 1, [h])), 'counts the dispatch day as the first business day'],
        [day(d + k + 1), 'counts calendar days and adds a day for the holiday'],
        [day(businessAfter(d, k - 1, [])), 'counts the dispatch day and forgets the holiday'],
        [day(onOrAfter(d + k, [])), 'adds calendar days and rolls a weekend forward to Monday'],
      ],
    }
  }),
  worked('business-days-from-order-to-delivery', (rng) => {
    const a = weekday(rng, 10)
    const h = businessAfter(a, rng.int(1, 3), [])
    const b = businessAfter(a, rng.int(4, 12), [h])
    const n = (off: readonly number[], from: number) => {
      let k = 0
      for (let x = from; x <= b; x++) if (!weekend(x) && !off.includes(x)) k++
      return k
    }
    return {
      stem: `For a late-delivery report you count the business days from order to delivery: the days after the order day up to and including the delivery day, Monday to Friday, leaving out the ${march(h)} public holiday. An order placed on ${march(a)} was delivered on ${march(b)}. How many business days did it take?`,
      show: count('business days'),
      inputs: { a, b, h },
      key: w(n([h], a + 1)),
      wrong: [
        [w(b - a), 'counts calendar days'],
        [w(n([], a + 1)), 'counts the holiday as a business day'],
        [w(n([h], a)), 'counts the order day too'],
        [w(b - a - 1), 'counts the calendar days between, leaving out both ends'],
        [w(n([h], a + 1) - 1), 'leaves out the delivery day'],
      ],
    }
  }),
  worked('dispatch-deadline-in-business-days', (rng) => {
    // Ordered on a Thursday or Friday, so the deadline runs over a weekend.
    const d = rng.pick([4, 5, 11, 12, 18, 19])
    const k = rng.int(2, 3)
    const h = businessAfter(d, rng.int(1, k), [])
    return {
      stem: `A marketplace requires orders to be dispatched within ${k} business days after the order day (Monday to Friday; ${march(h)} is a public holiday, which the marketplace honours). An order arrives on ${march(d)}. What is the last day it can be dispatched on time?`,
      show: marchDay,
      inputs: { d, k, h },
      key: day(businessAfter(d, k, [h])),
      wrong: [
        [day(d + k), 'counts calendar days'],
        [day(businessAfter(d, k, [])), 'forgets the holiday'],
        [day(businessAfter(d, k - 1, [h])), 'counts the order day as the first business day'],
        [
          day(businessAfter(d, k + 1, [h])),
          'counts a full business day to receive the order first',
        ],
        [day(businessAfter(d, k - 1, [])), 'counts the order day and forgets the holiday'],
        [
          day(businessAfter(d, k + 1, [])),
          'adds a day to receive the order and forgets the holiday',
        ],
        [day(onOrAfter(d + k, [])), 'adds calendar days and rolls a weekend forward to Monday'],
      ],
    }
  }),
  worked('weight-band-table-two-parcels', (rng) => {
    const bands = [rng.int(350, 600), rng.int(650, 900), rng.int(950, 1400), rng.int(1500, 2200)]
    const price = (g: number) => bands[g <= 1000 ? 0 : g <= 2000 ? 1 : g <= 5000 ? 2 : 3] ?? 0
    const below = (g: number) => bands[g <= 2000 ? 0 : g <= 5000 ? 1 : 2] ?? 0
    const above = (g: number) => bands[g <= 1000 ? 1 : g <= 2000 ? 2 : 3] ?? 0
    const g1 = rng.int(11, 48) * 100
    const g2 = rng.int(3, 19) * 100
    return {
      stem: `A courier’s price bands are: up to 1 kg ${usd(w(bands[0] ?? 0))}; over 1 kg up to 2 kg ${usd(w(bands[1] ?? 0))}; over 2 kg up to 5 kg ${usd(w(bands[2] ?? 0))}; over 5 kg up to 10 kg ${usd(w(bands[3] ?? 0))}. An order ships as two parcels of ${g1 / 1000} kg and ${g2 / 1000} kg, each priced on its own weight. What is the shipping cost?`,
      inputs: {
        b1: bands[0] ?? 0,
        b2: bands[1] ?? 0,
        b3: bands[2] ?? 0,
        b4: bands[3] ?? 0,
        g1,
        g2,
      },
      key: w(price(g1) + price(g2)),
      wrong: [
        [w(price(g1 + g2)), 'prices the combined weight as one parcel'],
        [w(2 * price(g1)), 'prices both parcels in the heavier parcel’s band'],
        [w(below(g1) + below(g2)), 'reads each weight into the band below'],
        [w(price(g1)), 'prices only the heavier parcel'],
        [w(above(g1) + above(g2)), 'reads each weight into the band above'],
        [w(2 * price(g1 + g2)), 'prices each parcel at the combined weight’s band'],
        [w(price(g2)), 'prices only the lighter parcel'],
      ],
    }
  }),
  worked('per-order-charge-plus-each-further-item', (rng) => {
    const [b, p, n] = [rng.int(350, 800), rng.int(75, 250), rng.int(3, 12)]
    return {
      stem: `A shop charges ${usd(w(b))} shipping per order, which covers the first item, plus ${usd(w(p))} for each further item. What is the shipping on an order of ${n} items?`,
      inputs: { b, p, n },
      key: w(b + (n - 1) * p),
      wrong: [
        [w(b + n * p), 'charges the further-item rate on the first item too'],
        [w(n * b), 'charges the per-order charge on every item'],
        [w(n * p), 'leaves out the per-order charge'],
        [w(n * (b + p)), 'charges both rates on every item'],
      ],
    }
  }),
  worked('free-shipping-threshold-before-tax', (rng) => {
    const t = rng.int(20, 100) * 25
    const m = rng.int(10, 30) * 500
    const g = m - rng.int(1, Math.floor((m * t) / 1000000)) * 100
    const sh = rng.int(5, 15) * 100 - 1
    return {
      stem: `Shipping (${usd(w(sh))}, not taxed) is free when the goods reach ${usd(w(m))} before tax. Goods are taxed at ${pct(t)}. An order’s goods are ${usd(w(g))}. What is the order total, ${TO_CENT}?`,
      inputs: { t, m, g, sh },
      key: plus(moreBp(w(g), t), w(sh)),
      wrong: [
        [moreBp(w(g), t), 'tests the threshold on the tax-inclusive total and ships free'],
        [plus(w(g), w(sh)), 'leaves out the tax'],
        [moreBp(plus(w(g), w(sh)), t), 'taxes the shipping'],
        [w(g), 'leaves out tax and ships free'],
      ],
    }
  }),
  worked('fuel-surcharge-on-the-base-rate-only', (rng) => {
    const [base, f, res] = [rng.int(700, 2500), rng.int(30, 180) * 10, rng.int(250, 600)]
    return {
      stem: `A carrier’s invoice line has a base rate of ${usd(w(base))}, a fuel surcharge of ${pct(f)} on the base rate only, and a ${usd(w(res))} residential delivery fee. What is the line total, ${TO_CENT}?`,
      inputs: { base, f, res },
      key: plus(moreBp(w(base), f), w(res)),
      wrong: [
        [moreBp(w(base + res), f), 'applies the surcharge to the residential fee too'],
        [w(base + res), 'leaves out the fuel surcharge'],
        [moreBp(w(base), f), 'leaves out the residential fee'],
        [
          plus(times(w(base), frac(f, 10000)), w(res)),
          'adds the surcharge but drops the base rate',
        ],
      ],
    }
  }),
  worked('order-shipping-allocated-by-weight', (rng) => {
    const [sh, g1, g2, g3, v1, v2, v3] = [
      rng.int(900, 3000),
      rng.int(2, 30) * 100,
      rng.int(2, 30) * 100,
      rng.int(2, 30) * 100,
      dollars(rng, 10, 90),
      dollars(rng, 10, 90),
      dollars(rng, 10, 90),
    ]
    const tot = g1 + g2 + g3
    return {
      stem: `For the cost report, an order’s ${usd(w(sh))} shipping is shared across its three lines in proportion to weight. The lines weigh ${g1} g, ${g2} g and ${g3} g and are worth ${usd(w(v1))}, ${usd(w(v2))} and ${usd(w(v3))}. What shipping falls on the first line, ${TO_CENT}?`,
      inputs: { sh, g1, g2, g3, v1, v2, v3 },
      key: times(w(sh), frac(g1, tot)),
      wrong: [
        [times(w(sh), frac(v1, v1 + v2 + v3)), 'shares by value instead of weight'],
        [over(w(sh), w(3)), 'splits it equally'],
        [times(w(sh), frac(g1, g2 + g3)), 'divides by the other lines’ weight only'],
        [times(w(sh), frac(tot - g1, tot)), 'gives the other two lines’ share'],
      ],
    }
  }),
  worked('zone-rate-per-started-kilogram', (rng) => {
    const zones = [
      [rng.int(300, 500), rng.int(80, 150)],
      [rng.int(550, 800), rng.int(160, 240)],
      [rng.int(850, 1200), rng.int(250, 380)],
    ] as const
    const z = rng.int(0, 2)
    const kg10 = rng.int(1, 9) * 10 + rng.int(1, 9)
    const at = (i: number, kgs: bigint) =>
      w((zones[i]?.[0] ?? 0) + Number(kgs) * (zones[i]?.[1] ?? 0))
    const up = ceilOf(frac(kg10, 10)).n
    const down = floorOf(frac(kg10, 10)).n
    const other = (z + 1) % 3
    return {
      stem: `A carrier’s table gives each zone a base charge plus a rate per kilogram, each started kilogram counting as a whole one: zone A ${usd(w(zones[0][0]))} + ${usd(w(zones[0][1]))}/kg; zone B ${usd(w(zones[1][0]))} + ${usd(w(zones[1][1]))}/kg; zone C ${usd(w(zones[2][0]))} + ${usd(w(zones[2][1]))}/kg. What does a ${kg10 / 10} kg parcel to zone ${'ABC'[z]} cost?`,
      inputs: {
        a0: zones[0][0],
        a1: zones[0][1],
        b0: zones[1][0],
        b1: zones[1][1],
        c0: zones[2][0],
        c1: zones[2][1],
        z,
        kg10,
      },
      key: at(z, up),
      wrong: [
        [at(z, down), 'drops the started kilogram'],
        [at(other, up), `reads zone ${'ABC'[other]}’s row`],
        [w((zones[z]?.[1] ?? 0) * Number(up)), 'leaves out the base charge'],
        [
          plus(w(zones[z]?.[0] ?? 0), times(frac(kg10, 10), w(zones[z]?.[1] ?? 0))),
          'charges the part kilogram pro rata',
        ],
      ],
    }
  }),
  worked('gift-cards-do-not-count-toward-free-shipping', (rng) => {
    const m = rng.int(10, 20) * 500
    const e = m - rng.int(3, 30) * 100
    const gc = rng.int(2, 4) * 500
    const sh = rng.int(5, 15) * 100 - 1
    return {
      stem: `Shipping is free when the goods reach ${usd(w(m))}; gift cards bought in the order do not count toward that and are not shipped at a charge of their own. A cart has ${usd(w(e))} of goods and a ${usd(w(gc))} gift card; shipping is otherwise ${usd(w(sh))}. What is the cart total?`,
      inputs: { m, e, gc, sh },
      key: w(e + gc + sh),
      wrong: [
        [w(e + gc), 'counts the gift card toward the threshold and ships free'],
        [w(e + sh), 'leaves the gift card out of the total'],
        [w(e), 'leaves out the gift card and the shipping'],
        [w(e + sh - gc), 'takes the gift card bought off as if it were redeemed'],
      ],
    }
  }),
  worked('parcels-by-maximum-weight-plus-handling', (rng) => {
    const [mx, p, hd] = [rng.pick([20, 25, 30]), rng.int(900, 2400), rng.int(150, 500)]
    const kg = rng.int(2, 7) * mx + rng.int(1, mx - 1)
    const parcels = ceilOf(frac(kg, mx))
    return {
      stem: `A carrier takes parcels of up to ${mx} kg, at ${usd(w(p))} a parcel, and the shop adds a ${usd(w(hd))} handling fee once per order. A wholesale order weighs ${kg} kg in all and is packed into as few parcels as the limit allows. What shipping and handling is charged?`,
      inputs: { mx, p, hd, kg },
      key: plus(times(parcels, w(p)), w(hd)),
      wrong: [
        [plus(times(floorOf(frac(kg, mx)), w(p)), w(hd)), 'rounds the parcels down'],
        [plus(times(frac(kg, mx), w(p)), w(hd)), 'charges a part parcel pro rata'],
        [times(parcels, w(p)), 'leaves out the handling fee'],
        [times(parcels, w(p + hd)), 'charges the handling fee on every parcel'],
      ],
    }
  }),
  worked('per-started-kilogram-with-a-minimum-charge', (rng) => {
    // The weight always has a part kilogram and the minimum never binds, so the key is the rate.
    const [a, kg10] = [rng.int(150, 400), rng.int(5, 19) * 10 + rng.int(1, 9)]
    const least = rng.int(500, a * 4)
    const started = ceilOf(frac(kg10, 10))
    return {
      stem: `A freight service charges ${usd(w(a))} per kilogram, each started kilogram counting as a whole one, with a minimum charge of ${usd(w(least))} per consignment (the minimum replaces a smaller charge; it is not added). What does a ${kg10 / 10} kg consignment cost?`,
      inputs: { a, kg10, least },
      key: times(started, w(a)),
      wrong: [
        [times(floorOf(frac(kg10, 10)), w(a)), 'drops the started kilogram'],
        [times(frac(kg10, 10), w(a)), 'charges the part kilogram pro rata'],
        [plus(w(least), times(started, w(a))), 'adds the minimum charge on top'],
        [w(least), 'charges the minimum'],
        [times(plus(started, w(1)), w(a)), 'counts the first started kilogram twice'],
      ],
    }
  }),
  worked('shipping-band-by-order-value-after-the-coupon', (rng) => {
    const [x, y, c] = [rng.int(600, 900), rng.int(300, 550), rng.int(2, 4) * 500]
    // The list price is $100.00 or more and the price after the coupon under $100.00.
    const s = rng.int(10000, Math.floor((9999 * 10000) / (10000 - c)))
    const net = lessBp(w(s), c)
    return {
      stem: `Shipping is charged by the goods’ value after coupons: under $50.00, ${usd(w(x))}; $50.00 to $99.99, ${usd(w(y))}; $100.00 or more, free. A cart lists at ${usd(w(s))} and a ${pct(c)} coupon applies. What is the order total with shipping, ${TO_CENT}?`,
      inputs: { x, y, c, s },
      key: plus(net, w(y)),
      wrong: [
        [net, 'bands the value before the coupon and ships free'],
        [w(s + y), 'forgets the coupon'],
        [plus(net, w(x)), 'reads the under-$50.00 row'],
        [lessBp(w(s + y), c), 'takes the coupon off the shipping too'],
        [w(s), 'forgets the coupon and ships free'],
      ],
    }
  }),
]
