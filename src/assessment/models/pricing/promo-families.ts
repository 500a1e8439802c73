import { VariantError } from '../assemble-variant.js'
import { amount } from '../bookkeeping/ledger-text.js'
import {
  bp,
  cap,
  ceilDiv,
  cents,
  client,
  family,
  money,
  pctBp,
  share,
  units,
  whole,
} from './pricing-text.js'

// Promotions, discounts and price presentation. Discounts apply one after another to the price
// already reduced unless a stem says otherwise; each step is rounded to the cent; percentages are
// given to two decimal places. Reference-price and price-ending rules are stated in the stem.

const NUMBERS = ['one', 'two', 'three', 'four'] as const

export const PROMO_FAMILIES = [
  family('multi-buy-effective-discount', (rng) => {
    const x = rng.int(1, 3)
    const y = rng.int(1, 2)
    const z = rng.pick([2500, 5000, 7500, 10000])
    const deal =
      z === 10000 ? `get ${NUMBERS[y - 1]} free` : `get ${NUMBERS[y - 1]} at ${bp(z)} off`
    return {
      stem: `${cap(client(rng))} runs "buy ${NUMBERS[x - 1]}, ${deal}" on one item, every unit at the same price. For a customer who takes the full deal, what is the effective discount across all the units they take, as a percentage to two decimal places?`,
      key: bp(share(y * z, 1, x + y)),
      wrong: [
        [bp(z), 'quotes the headline discount'],
        [bp(share(y * z, 1, x)), 'divides by the units paid in full, not all units taken'],
        [bp(share(z, 1, x + y)), 'spreads one discounted unit over the deal'],
        [
          bp(share(y * z, 10000, x * 10000 + y * (10000 - z))),
          'divides the saving by the amount paid',
        ],
        ...(z < 10000
          ? ([
              [bp(share(y * (10000 - z), 1, x + y)), 'reads “off” as the share still paid'],
            ] as const)
          : []),
      ],
      figures: { x, y, z },
    }
  }),
  family('stacked-discounts-final-price', (rng) => {
    const m = money(rng)
    const p = cents(rng, 20, 400)
    const [a, b] = [pctBp(rng, 10, 40, 5), pctBp(rng, 5, 25, 5)]
    const after = p - share(p, a, 10000)
    return {
      stem: `An item listed at ${m(p)} is on sale at ${bp(a)} off, and a newsletter code gives a further ${bp(b)} off the sale price. Each step is rounded to the cent. What does the customer pay?`,
      key: m(after - share(after, b, 10000)),
      wrong: [
        [m(p - share(p, a + b, 10000)), 'adds the two discounts together'],
        [m(p - share(p, Math.max(a, b), 10000)), 'applies only the larger discount'],
        [m(after), 'leaves out the code'],
        [m(p - share(p, share(a, b, 10000), 10000)), 'multiplies the two rates into one discount'],
        [
          m(after - share(share(p, a, 10000), b, 10000)),
          'takes the code off the sale discount, not the sale price',
        ],
      ],
      figures: { p, a, b },
    }
  }),
  family('coupon-programme-cost', (rng) => {
    const m = money(rng)
    const nn = rng.int(10, 200) * 1000
    const r = rng.int(10, 80) * 10
    const f = whole(rng, 1, 5) / 2
    const h = rng.int(8, 20)
    const print = rng.int(2, 9)
    const red = share(nn, r, 10000)
    return {
      stem: `A client mails ${nn.toLocaleString('en-US')} coupons worth ${m(f)} each, printing and postage costing ${m(print)} a coupon. It expects ${bp(r)} to be redeemed (rounded to a whole coupon), and the clearing house charges ${m(h)} for each one redeemed. What is the expected cost of the programme?`,
      key: m(nn * print + red * (f + h)),
      wrong: [
        [m(nn * print + red * f), 'leaves out the handling charge'],
        [m(red * (f + h)), 'leaves out printing and postage'],
        [m(nn * (print + f + h)), 'assumes every coupon is redeemed'],
        [
          m(nn * print + share(nn, r, 1000000) * (f + h)),
          'reads the redemption rate a hundred times too small',
        ],
        [m(nn * (print + h) + red * f), 'charges handling on every coupon mailed'],
        [m(share(nn * print + red * (f + h), 1, red)), 'gives the cost per redeemed coupon'],
      ],
      figures: { nn, r, f, h, print },
    }
  }),
  family('coupon-net-profit-with-cannibalisation', (rng) => {
    const m = money(rng)
    const red = rng.int(20, 400) * 10
    const k = pctBp(rng, 20, 70, 5)
    const gm = whole(rng, 4, 30)
    const f = whole(rng, 1, 5)
    const h = rng.int(8, 20)
    const any = share(red, k, 10000)
    const inc = red - any
    return {
      stem: `A coupon worth ${m(f)} was redeemed ${red.toLocaleString('en-US')} times; the clearing house charged ${m(h)} per redemption. A holdout test shows ${bp(k)} of redeemers (rounded to a whole customer) would have bought at full price anyway. Each sale earns ${m(gm)} gross profit before the coupon. What did the coupon add to gross profit (a loss shown with a minus sign)?`,
      key: m(inc * (gm - f - h) - any * (f + h)),
      wrong: [
        [m(red * (gm - f - h)), 'treats every redemption as a new sale'],
        [m(inc * (gm - f) - any * f), 'leaves out the handling charge'],
        [
          m(inc * (gm - f - h) - any * gm),
          'loses the whole margin on customers who would have bought anyway',
        ],
        [m(inc * gm), 'counts the new sales’ margin and no coupon cost'],
      ],
      figures: { red, k, gm, f, h },
    }
  }),
  family('bogo-gross-profit-per-deal', (rng) => {
    const m = money(rng)
    const p = cents(rng, 5, 80)
    const c = share(p, rng.int(20, 45), 100)
    return {
      stem: `A shop sells an item at ${m(p)} that costs it ${m(c)}. On "buy one, get one free", what gross profit does the shop make on a customer who takes the deal (two units for the price of one)?`,
      key: m(p - 2 * c),
      wrong: [
        [m(p - c), 'forgets the cost of the free unit'],
        [m(2 * p - 2 * c), 'counts both units as paid for'],
        [m(share(p, 1, 2) - c), 'halves the price and takes off one unit’s cost'],
        [
          m(share(p, 1, 2) - 2 * c),
          'halves the price as if each unit were 50 % off, then costs two',
        ],
      ],
      figures: { p, c },
    }
  }),
  family('charm-price-ending-rule', (rng) => {
    const m = money(rng)
    const c = cents(rng, 2, 60)
    const k = pctBp(rng, 30, 90, 5)
    const raw = share(c, 10000 + k, 10000)
    if (raw % 100 === 0 || raw % 100 === 99)
      throw new VariantError('already on a whole unit or .99')
    const charm = (x: number) => Math.ceil(x / 100) * 100 - 1
    return {
      stem: `A client prices at cost plus a ${bp(k)} markup (rounded to the cent), then applies its price-ending rule: round up to the next whole currency unit and take off one cent, so the price ends in .99. The cost is ${m(c)}. What is the shelf price?`,
      key: m(charm(raw)),
      wrong: [
        [m(Math.floor(raw / 100) * 100 - 1), 'rounds down to the .99 below'],
        [m(Math.ceil(raw / 100) * 100 - 5), 'ends the price in .95'],
        [m(raw), 'leaves the cost-plus price unrounded'],
        [m(share(charm(c), 10000 + k, 10000)), 'applies the ending to the cost, before the markup'],
        [m(Math.ceil(raw / 100) * 100), 'rounds up to the whole unit without taking off the cent'],
        [m(charm(share(c, 10000, 10000 - k))), 'treats the markup as a margin'],
        [m(raw - 1), 'takes a cent off without rounding up'],
      ],
      figures: { c, k },
    }
  }),
  family('eu-prior-price-reduction', (rng) => {
    // An EU shop prices in euros (the currency draw is kept so the stream of draws is unchanged).
    money(rng)
    const m = (c: number) => `€${amount(c)}`
    const pb = whole(rng, 40, 120)
    const pa = pb - whole(rng, 3, 15)
    const pc = pb + whole(rng, 3, 20)
    const pd = pb + whole(rng, 3, 30)
    const low = Math.min(pb, pc, pd)
    const now = low - share(low, pctBp(rng, 10, 40, 5), 10000)
    if (new Set([pb, pc, pd]).size < 3) throw new VariantError('repeated prices')
    return {
      stem: `An EU web shop announces a price reduction today to ${m(now)}. Its price history: ${m(pa)} from 60 days ago, ${m(pb)} from 40 days ago, ${m(pc)} from 20 days ago and ${m(pd)} from 8 days ago until today. The rule it applies (Article 6a of Directive 98/6/EC as amended by Directive (EU) 2019/2161), with a reference period of exactly 30 days: the prior price shown is the lowest price it applied in the 30 days before the reduction, and any percentage it advertises is measured from that prior price. What percentage reduction may it advertise, to two decimal places?`,
      key: bp(share(low - now, 10000, low)),
      wrong: [
        [bp(share(pd - now, 10000, pd)), 'measures from the price just before the reduction'],
        [
          bp(share(Math.max(pb, pc, pd) - now, 10000, Math.max(pb, pc, pd))),
          'measures from the highest price in the 30 days',
        ],
        [
          bp(share(Math.min(pc, pd) - now, 10000, Math.min(pc, pd))),
          'leaves out the price still in force when the 30 days began',
        ],
        [bp(share(low - now, 10000, now)), 'divides the cut by the new price'],
        [bp(share(pa - now, 10000, pa)), 'looks back beyond the 30 days to the lowest price ever'],
      ],
      figures: { pa, pb, pc, pd, now },
    }
  }),
  family('loyalty-points-effective-discount', (rng) => {
    const e = rng.int(1, 10)
    const v = rng.pick([1, 2, 5])
    const r = pctBp(rng, 40, 90, 5)
    return {
      stem: `A loyalty scheme gives ${e} point${e > 1 ? 's' : ''} for every whole currency unit spent; a redeemed point is worth ${v} cent${v > 1 ? 's' : ''}. The client expects ${bp(r)} of points to be redeemed and the rest to lapse. What is the scheme's expected cost as a percentage of spend, to two decimal places?`,
      key: bp(share(e * v, r, 100)),
      wrong: [
        [bp(e * v * 100), 'assumes every point is redeemed'],
        [bp(share(e * v, 10000 - r, 100)), 'costs the points that lapse, not those redeemed'],
        [bp(e * 100), 'reads each point as worth one per cent'],
        [bp(share(e * v * r, 10000, 1000000 + e * v * r)), 'divides by spend plus the reward'],
      ],
      figures: { e, v, r },
    }
  }),
  family('promotion-break-even-with-display-fee', (rng) => {
    const m = money(rng)
    const p = whole(rng, 5, 60)
    const c = share(p, rng.int(30, 60), 100)
    const d = pctBp(rng, 10, 25, 5)
    const b = rng.int(20, 300) * 10
    const fee = whole(rng, 2, 40) * 10
    const pn = p - share(p, d, 10000)
    if (pn <= c) throw new VariantError('below cost')
    return {
      stem: `A product normally sells ${units(b)} a week at ${m(p)} with a unit cost of ${m(c)}. A one-week promotion cuts the price by ${bp(d)} (rounded to the cent) and the retailer charges a ${m(fee)} display fee. How many units must sell in the promotion week for gross profit after the fee to match a normal week, rounded up?`,
      key: units(ceilDiv(b * (p - c) + fee, pn - c)),
      wrong: [
        [units(ceilDiv(b * (p - c), pn - c)), 'leaves out the display fee'],
        [units(b + ceilDiv(fee, pn - c)), 'covers the fee but not the cut on the normal units'],
        [units(ceilDiv(b * (p - c) + fee, p - c)), 'uses the normal unit margin'],
        [units(ceilDiv(b * p + fee, pn)), 'matches revenue, not gross profit'],
      ],
      figures: { p, c, d, b, fee },
    }
  }),
  family('x-for-y-multi-buy-discount', (rng) => {
    const m = money(rng)
    const x = rng.int(2, 5)
    const p = cents(rng, 1, 12)
    const y = Math.floor((x * p * rng.int(65, 92)) / 100 / 100) * 100
    if (y <= p) throw new VariantError('a deal dearer than one unit')
    return {
      stem: `A shop sells a snack at ${m(p)} each and runs "${x} for ${m(y)}". What discount does the deal give against buying ${x} singly, as a percentage to two decimal places?`,
      key: bp(share(x * p - y, 10000, x * p)),
      wrong: [
        [bp(share(x * p - y, 10000, y)), 'divides the saving by the deal price'],
        [bp(share(x * p - y, 10000, p)), 'divides the saving by one unit’s price'],
        [bp(share(y, 10000, x * p)), 'gives the deal price as a share of the single prices'],
        [bp(share(x * p - y, 10000, x * x * p)), 'spreads the saving over each unit again'],
      ],
      figures: { x, p, y },
    }
  }),
  family('coupon-order-and-sales-tax', (rng) => {
    const m = money(rng)
    const p = cents(rng, 40, 300)
    const a = pctBp(rng, 10, 30, 5)
    const b = whole(rng, 5, 20)
    const t = rng.pick([600, 700, 725, 825, 875])
    const net = p - share(p, a, 10000) - b
    return {
      stem: `A US store applies a ${bp(a)} off coupon first and then a ${m(b)} off coupon to an item at ${m(p)}, each step rounded to the cent; both are store coupons, so ${bp(t)} sales tax is charged on the price after both (rounded to the cent). What does the customer pay?`,
      key: m(net + share(net, t, 10000)),
      wrong: [
        [m(net), 'leaves out the sales tax'],
        [m(net + share(p, t, 10000)), 'charges tax on the price before the coupons'],
        [
          m(((q) => q + share(q, t, 10000))(p - b - share(p - b, a, 10000))),
          'takes the money coupon off before the percentage',
        ],
        [m(((q) => q + share(q, t, 10000))(p - share(p, a, 10000))), 'leaves out the money coupon'],
      ],
      figures: { p, a, b, t },
    }
  }),
  family('manufacturer-coupon-sales-tax', (rng) => {
    const m = money(rng)
    const p = cents(rng, 5, 80)
    const s = whole(rng, 1, 3)
    const mc = whole(rng, 1, 3) / 2
    const t = rng.pick([500, 600, 700, 800])
    return {
      stem: `In the client's state, sales tax of ${bp(t)} is charged on the price after store coupons but before manufacturer coupons (rounded to the cent). A customer buys an item at ${m(p)} with a ${m(s)} store coupon and a ${m(mc)} manufacturer coupon. What does the customer pay?`,
      key: m(p - s - mc + share(p - s, t, 10000)),
      wrong: [
        [m(p - s - mc + share(p - s - mc, t, 10000)), 'taxes the price after both coupons'],
        [m(p - s - mc + share(p, t, 10000)), 'taxes the price before either coupon'],
        [m(p - s + share(p - s, t, 10000)), 'leaves out the manufacturer coupon'],
        [m(p - s - mc), 'leaves out the sales tax'],
        [m(p - s - mc - share(p - s, t, 10000)), 'takes the tax off instead of adding it'],
      ],
      figures: { p, s, mc, t },
    }
  }),
  family('rebate-expected-net-price', (rng) => {
    const m = money(rng)
    const p = cents(rng, 40, 400)
    const rb = whole(rng, 5, 50)
    const r = pctBp(rng, 10, 60, 5)
    return {
      stem: `A client sells a gadget at ${m(p)} with a ${m(rb)} mail-in rebate. Past rebates were claimed by ${bp(r)} of buyers. What net revenue per unit should the forecast use, to the cent?`,
      key: m(p - share(rb, r, 10000)),
      wrong: [
        [m(p - rb), 'assumes every buyer claims the rebate'],
        [m(p), 'ignores the rebate'],
        [m(p - share(rb, 10000 - r, 10000)), 'costs the rebates not claimed'],
        [m(p - share(p, r, 10000)), 'takes the claim rate off the price'],
      ],
      figures: { p, rb, r },
    }
  }),
  family('trade-promotion-pass-through', (rng) => {
    const m = money(rng)
    const p = cents(rng, 2, 30)
    const a = rng.int(10, 90) * 1
    const pt = pctBp(rng, 30, 90, 10)
    if (p <= share(a, 10000, pt))
      throw new VariantError('the grossed-up allowance passes the price')
    return {
      stem: `A manufacturer gives a retailer an off-invoice allowance of ${m(a)} a unit; the retailer's shelf price is ${m(p)}. Retailers in this category pass through ${bp(pt)} of an allowance to the shelf price (rounded to the cent). What shelf price should the manufacturer expect during the deal?`,
      key: m(p - share(a, pt, 10000)),
      wrong: [
        [m(p - a), 'assumes the whole allowance reaches the shelf'],
        [m(p), 'assumes none of it reaches the shelf'],
        [m(p - share(a, 10000 - pt, 10000)), 'passes through the share the retailer keeps'],
        [m(p - share(a, 10000, pt)), 'divides the allowance by the pass-through rate'],
      ],
      figures: { p, a, pt },
    }
  }),
  family('combined-rate-of-stacked-discounts', (rng) => {
    const [a, b] = [pctBp(rng, 10, 50, 5), pctBp(rng, 5, 30, 5)]
    return {
      stem: `A client's ad says "${bp(a)} off, plus an extra ${bp(b)} off at the till", the extra applying to the already reduced price. What single discount off the original price is that, as a percentage to two decimal places?`,
      key: bp(a + b - share(a, b, 10000)),
      wrong: [
        [bp(a + b), 'adds the two discounts'],
        [bp(Math.max(a, b)), 'quotes only the larger discount'],
        [bp(share(a, b, 10000)), 'multiplies the two rates'],
        [bp(a + b + share(a, b, 10000)), 'adds the product of the rates instead of taking it off'],
        [bp(share(10000 - a, 10000 - b, 10000)), 'gives the share of the price still paid'],
        [
          bp(share(a + b - share(a, b, 10000), 10000, 10000 - a - b + share(a, b, 10000))),
          'divides the saving by the price still paid',
        ],
      ],
      figures: { a, b },
    }
  }),
  family('price-match-guarantee-cost', (rng) => {
    const m = money(rng)
    const sales = rng.int(10, 200) * 100
    const cl = pctBp(rng, 1, 8)
    const gap = cents(rng, 2, 40)
    const extra = pctBp(rng, 10, 25, 5)
    const claims = share(sales, cl, 10000)
    const per = gap + share(gap, extra, 10000)
    return {
      stem: `A retailer promises to refund the difference plus ${bp(extra)} of it (rounded to the cent) if a customer finds a lower price. Of ${sales.toLocaleString('en-US')} sales a month, ${bp(cl)} (rounded to a whole sale) are expected to claim, with an average gap of ${m(gap)}. What is the expected monthly cost of the guarantee?`,
      key: m(claims * per),
      wrong: [
        [m(claims * gap), 'leaves out the extra on top of the difference'],
        [m(sales * per), 'assumes every sale claims'],
        [m(claims * share(gap, extra, 10000)), 'costs only the extra, not the difference'],
        [m(sales * gap), 'assumes every sale claims the difference alone'],
        [m(share(sales, cl + extra, 10000) * gap), 'adds the extra percentage to the claim rate'],
      ],
      figures: { sales, cl, gap, extra },
    }
  }),
]
