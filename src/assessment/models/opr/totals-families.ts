import {
  ceilOf,
  cent,
  dollars,
  floorOf,
  frac,
  lessBp,
  minus,
  moreBp,
  ofBp,
  over,
  pct,
  plus,
  shop,
  TO_CENT,
  times,
  usd,
  w,
  worked,
} from './opr-text.js'

// Order totals: line prices, quantity breaks, coupons in the order the shop states, tax on the
// discounted price, tax-inclusive prices and where the rounding falls. Every stem states the
// order of discounts, what tax applies to and the rounding (to the cent, half a cent up).

export const TOTALS_FAMILIES = [
  worked('percent-sale-then-fixed-coupon', (rng) => {
    const [s, p, f] = [dollars(rng, 60, 400), rng.int(2, 6) * 500, rng.int(2, 8) * 250]
    const sc = w(s)
    return {
      stem: `At ${shop(rng)} a cart’s goods come to ${usd(sc)}. The shop’s rule takes the ${pct(p)} sitewide sale off first and then the ${usd(w(f))}-off coupon. What are the goods after both discounts, before shipping and tax, ${TO_CENT}?`,
      inputs: { s, p, f },
      key: minus(lessBp(sc, p), w(f)),
      wrong: [
        [lessBp(minus(sc, w(f)), p), 'takes the coupon off before the sale'],
        [lessBp(sc, p), 'leaves out the coupon'],
        [minus(sc, w(f)), 'leaves out the sale'],
        [lessBp(lessBp(sc, p), f), `reads the ${usd(w(f))} coupon as ${f / 100}% off`],
      ],
    }
  }),
  worked('tax-on-the-discounted-price', (rng) => {
    const [s, c, t] = [dollars(rng, 50, 600), rng.int(2, 8) * 500, rng.int(10, 40) * 25]
    const sc = w(s)
    return {
      stem: `An order’s goods list at ${usd(sc)}. A ${pct(c)} coupon applies, and sales tax of ${pct(t)} is charged on the price after the coupon. What is the order total with tax (no shipping), ${TO_CENT}?`,
      inputs: { s, c, t },
      key: moreBp(lessBp(sc, c), t),
      wrong: [
        [plus(lessBp(sc, c), ofBp(sc, t)), 'taxes the list price, then takes the coupon'],
        [lessBp(sc, c), 'leaves out the tax'],
        [moreBp(sc, t), 'leaves out the coupon'],
        [ofBp(lessBp(sc, c), t), 'gives the tax alone, not the total'],
      ],
    }
  }),
  worked('net-price-from-a-tax-inclusive-price', (rng) => {
    const [g, t] = [dollars(rng, 20, 900), rng.int(20, 100) * 25]
    const gc = w(g)
    return {
      stem: `A shop shows prices including ${pct(t)} sales tax. An order’s goods come to ${usd(gc)} tax included. For the accounts export you need the goods net of tax. What is it, ${TO_CENT}?`,
      inputs: { g, t },
      key: over(gc, frac(10000 + t, 10000)),
      wrong: [
        [lessBp(gc, t), 'takes the tax rate off the tax-inclusive price'],
        [moreBp(gc, t), 'adds the tax again'],
        [times(gc, frac(t, 10000 + t)), 'gives the tax in the price, not the net'],
        [over(gc, frac(10000 - t, 10000)), 'divides by one less the rate'],
      ],
    }
  }),
  worked('tax-rounded-per-unit-then-multiplied', (rng) => {
    const [q1, u1, q2, u2, t] = [
      rng.int(12, 60),
      rng.int(199, 2999),
      rng.int(12, 60),
      rng.int(199, 2999),
      rng.int(20, 100) * 25 + rng.pick([0, 5, 15]),
    ]
    const unit = (u: number) => cent(moreBp(w(u), t))
    return {
      stem: `A wholesale order has ${q1} units at ${usd(w(u1))} and ${q2} units at ${usd(w(u2))}, before ${pct(t)} tax. The shop’s invoices round each tax-inclusive unit price to the cent (half a cent up) and then multiply by the quantity. What is the order total with tax?`,
      inputs: { q1, u1, q2, u2, t },
      key: plus(times(w(q1), unit(u1)), times(w(q2), unit(u2))),
      wrong: [
        [cent(moreBp(w(q1 * u1 + q2 * u2), t)), 'rounds once on the order total, not per unit'],
        [
          plus(times(w(q1), floorOf(moreBp(w(u1), t))), times(w(q2), floorOf(moreBp(w(u2), t)))),
          'cuts each unit price down to the cent instead of rounding it',
        ],
        [w(q1 * u1 + q2 * u2), 'leaves out the tax'],
        [plus(unit(u1), unit(u2)), 'adds the unit prices without the quantities'],
      ],
    }
  }),
  worked('all-units-quantity-break', (rng) => {
    const a = rng.int(400, 1200)
    const [b, c, qn] = [a - rng.int(4, 10) * 5, a - rng.int(12, 20) * 5, rng.int(51, 99)]
    return {
      stem: `A wholesaler prices a mug at ${usd(w(a))} each for 1–49, ${usd(w(b))} each for 50–99 and ${usd(w(c))} each for 100 or more, the price for the quantity reached applying to every unit in the line. A stockist orders ${qn}. What is the line total?`,
      inputs: { a, b, c, qn },
      key: w(qn * b),
      wrong: [
        [w(qn * a), 'uses the single-unit price, missing the break'],
        [w(qn * c), 'uses the 100-or-more price'],
        [w(49 * a + (qn - 49) * b), 'charges the break price only on the units past 49'],
        [w(100 * c), 'rounds the order up to the next break'],
      ],
    }
  }),
  worked('graduated-quantity-tiers', (rng) => {
    const a = rng.int(300, 900)
    const [b, c, qn] = [a - rng.int(4, 10) * 5, a - rng.int(12, 20) * 5, rng.int(130, 260)]
    return {
      stem: `A supplier’s graduated price list charges ${usd(w(a))} a unit for units 1–50, ${usd(w(b))} for units 51–100 and ${usd(w(c))} for each unit from 101 on, each price applying only to the units in its band. What does an order of ${qn} units cost?`,
      inputs: { a, b, c, qn },
      key: w(50 * a + 50 * b + (qn - 100) * c),
      wrong: [
        [w(qn * c), 'charges every unit at the top band’s price'],
        [w(qn * a), 'charges every unit at the first band’s price'],
        [w(50 * a + (qn - 50) * b), 'leaves out the third band'],
        [w(qn * b), 'charges every unit at the middle price'],
      ],
    }
  }),
  worked('buy-three-get-one-free', (rng) => {
    const [qn, u] = [rng.pick([9, 10, 11, 13, 14, 15, 17, 18, 19, 21, 22, 23]), rng.int(250, 2500)]
    const free = Math.floor(qn / 4)
    return {
      stem: `A tea shop runs “buy 3, get the 4th free”: in every complete group of four of the same tin, one is free. A customer checks out ${qn} tins at ${usd(w(u))} each. What do the tins cost?`,
      inputs: { qn, u },
      key: w((qn - free) * u),
      wrong: [
        [w((qn - Math.floor(qn / 3)) * u), 'gives one free for every three in the cart'],
        [
          w((qn - Math.ceil(qn / 4)) * u),
          'counts an incomplete group of four as earning a free tin',
        ],
        [w(qn * u), 'leaves out the offer'],
        [times(w(qn * u), frac(3, 4)), 'takes 25 % off every tin'],
        [w((qn - Math.floor(qn / 5)) * u), 'counts a group as buy four, get one free'],
        [w((qn - 1) * u), 'gives one free tin for the whole order'],
      ],
    }
  }),
  worked('second-item-half-price-on-the-cheaper', (rng) => {
    const hi = dollars(rng, 40, 120)
    const lo = hi - dollars(rng, 5, 35)
    return {
      stem: `A “buy one, get the second half price” offer halves the cheaper of two items. A customer buys a jacket at ${usd(w(hi))} and one at ${usd(w(lo))}. What do the two cost together, ${TO_CENT}?`,
      inputs: { hi, lo },
      key: plus(w(hi), over(w(lo), w(2))),
      wrong: [
        [plus(w(lo), over(w(hi), w(2))), 'halves the dearer item'],
        [w(hi + lo), 'leaves out the offer'],
        [times(w(hi + lo), frac(3, 4)), 'takes 25 % off both items'],
        [over(w(hi + lo), w(2)), 'halves the whole order'],
      ],
    }
  }),
  worked('coupon-minimum-measured-after-the-sale', (rng) => {
    const p = rng.int(3, 6) * 500
    const m = rng.int(10, 30) * 500
    const s = m + rng.int(1, Math.floor((m * p) / 10000 / 100) - 1) * 100
    const f = rng.int(2, 6) * 250
    const sc = w(s)
    return {
      stem: `A ${usd(w(f))}-off coupon is valid on orders of ${usd(w(m))} or more, measured after the ${pct(p)} sale. A cart lists at ${usd(sc)} before the sale. What are the goods after every discount that applies, ${TO_CENT}?`,
      inputs: { s, p, m, f },
      key: lessBp(sc, p),
      wrong: [
        [
          minus(lessBp(sc, p), w(f)),
          'tests the minimum on the pre-sale price and takes the coupon',
        ],
        [minus(sc, w(f)), 'takes the coupon and forgets the sale'],
        [lessBp(minus(sc, w(f)), p), 'takes the coupon first, then the sale'],
        [sc, 'leaves out the sale'],
        [minus(sc, w(p)), `takes the ${pct(p)} sale as ${usd(w(p))} off`],
        [lessBp(lessBp(sc, p), f), `reads the ${usd(w(f))} coupon as ${f / 100}% off`],
      ],
    }
  }),
  worked('tax-on-goods-and-shipping', (rng) => {
    const [g, c, sh, t] = [
      dollars(rng, 40, 300),
      rng.int(2, 6) * 500,
      rng.int(5, 20) * 100 - 1,
      rng.int(20, 100) * 25,
    ]
    const net = lessBp(w(g), c)
    return {
      stem: `In the buyer’s state, sales tax of ${pct(t)} applies to the goods after any coupon and to the shipping charge. An order has goods of ${usd(w(g))}, a ${pct(c)} coupon and ${usd(w(sh))} shipping. What is the order total, ${TO_CENT}?`,
      inputs: { g, c, sh, t },
      key: moreBp(plus(net, w(sh)), t),
      wrong: [
        [plus(moreBp(net, t), w(sh)), 'leaves the shipping untaxed'],
        [moreBp(plus(w(g), w(sh)), t), 'leaves out the coupon'],
        [plus(net, w(sh)), 'leaves out the tax'],
        [minus(moreBp(plus(w(g), w(sh)), t), ofBp(w(g), c)), 'takes the coupon after tax'],
      ],
    }
  }),
  worked('two-percent-discounts-stacked', (rng) => {
    const [s, a, b] = [dollars(rng, 80, 900), rng.int(2, 6) * 500, rng.int(1, 4) * 500]
    return {
      stem: `A trade customer gets a ${pct(a)} account discount, and the shop’s ${pct(b)} summer promotion then comes off the discounted price. The goods list at ${usd(w(s))}. What does the customer pay for the goods, ${TO_CENT}?`,
      inputs: { s, a, b },
      key: lessBp(lessBp(w(s), a), b),
      wrong: [
        [lessBp(w(s), a + b), 'adds the two percentages into one discount'],
        [lessBp(w(s), a), 'applies only the account discount'],
        [lessBp(w(s), b), 'applies only the promotion'],
        [
          over(w(s), times(frac(10000 + a, 10000), frac(10000 + b, 10000))),
          'divides by one plus each rate',
        ],
      ],
    }
  }),
  worked('tax-inside-a-discounted-inclusive-total', (rng) => {
    const [g, c, t] = [dollars(rng, 40, 600), rng.int(2, 6) * 500, rng.int(20, 100) * 25]
    const paid = lessBp(w(g), c)
    return {
      stem: `Prices at an online shop include ${pct(t)} tax. A cart totals ${usd(w(g))} with tax, and a ${pct(c)} coupon comes off that total. How much tax does the amount paid include, ${TO_CENT}?`,
      inputs: { g, c, t },
      key: times(paid, frac(t, 10000 + t)),
      wrong: [
        [ofBp(paid, t), 'takes the rate of the tax-inclusive amount'],
        [times(w(g), frac(t, 10000 + t)), 'works the tax on the total before the coupon'],
        [over(paid, frac(10000 + t, 10000)), 'gives the net amount, not the tax'],
        [ofBp(w(g), t), 'takes the rate of the pre-coupon total'],
      ],
    }
  }),
  worked('whole-packs-for-a-unit-quantity', (rng) => {
    const k = rng.pick([6, 8, 12, 24])
    const n = rng.int(3, 12) * k + rng.int(1, k - 1)
    const pk = rng.int(800, 6000)
    return {
      stem: `Labels are sold only in packs of ${k}, at ${usd(w(pk))} a pack. A customer needs ${n} labels and the shop sends whole packs, enough to cover them. What is the line total?`,
      inputs: { k, n, pk },
      key: times(ceilOf(frac(n, k)), w(pk)),
      wrong: [
        [times(floorOf(frac(n, k)), w(pk)), 'rounds the packs down'],
        [cent(times(frac(n, k), w(pk))), 'charges a part pack pro rata'],
        [times(ceilOf(frac(n, k)), w(pk * 2)), 'counts the packs twice'],
        [times(w(n), w(pk)), 'enters the label count in the packs column'],
        [
          times(plus(ceilOf(frac(n, k)), w(1)), w(pk)),
          'adds a spare pack for the part pack after rounding up',
        ],
      ],
    }
  }),
  worked('deposit-on-the-tax-inclusive-total', (rng) => {
    const [g, t, d] = [dollars(rng, 800, 6000), rng.int(20, 100) * 25, rng.int(2, 5) * 1000]
    const total = moreBp(w(g), t)
    return {
      stem: `A wholesaler takes a ${pct(d)} deposit on the tax-inclusive total when an order is placed and invoices the balance on dispatch. An order’s goods are ${usd(w(g))} before ${pct(t)} tax. What is the balance due on dispatch, ${TO_CENT}?`,
      inputs: { g, t, d },
      key: lessBp(total, d),
      wrong: [
        [minus(total, ofBp(w(g), d)), 'takes the deposit on the pre-tax goods'],
        [lessBp(w(g), d), 'leaves the tax out of the balance'],
        [ofBp(total, d), 'gives the deposit, not the balance'],
        [total, 'forgets the deposit already paid'],
        [w(g), 'forgets the deposit and the tax'],
        [ofBp(w(g), d), 'gives the deposit, worked on the pre-tax goods'],
      ],
    }
  }),
  worked('gift-card-is-payment-not-discount', (rng) => {
    const [s, t, gc] = [dollars(rng, 60, 400), rng.int(20, 100) * 25, rng.int(2, 10) * 500]
    return {
      stem: `A customer pays part of an order with a ${usd(w(gc))} gift card. Gift cards are a payment, so ${pct(t)} tax is charged on the goods before the gift card is used. The goods are ${usd(w(s))}. What is left to pay by card, ${TO_CENT}?`,
      inputs: { s, t, gc },
      key: minus(moreBp(w(s), t), w(gc)),
      wrong: [
        [moreBp(minus(w(s), w(gc)), t), 'treats the gift card as a discount before tax'],
        [moreBp(w(s), t), 'forgets the gift card'],
        [minus(w(s), w(gc)), 'leaves out the tax'],
        [w(s), 'forgets both the tax and the gift card'],
        [ofBp(w(s), t), 'gives the tax alone'],
      ],
    }
  }),
  worked('per-unit-discount-on-a-line', (rng) => {
    const [qn, u, x] = [rng.int(10, 80), rng.int(600, 3000), rng.int(2, 12) * 25]
    return {
      stem: `For lines of 10 or more, a wholesaler takes ${usd(w(x))} off each unit. A line has ${qn} units at ${usd(w(u))}. What is the line total?`,
      inputs: { qn, u, x },
      key: w(qn * (u - x)),
      wrong: [
        [w(qn * u - x), 'takes the discount once for the line'],
        [w(qn * u), 'leaves out the discount'],
        [w(qn * u - 10 * x), 'takes the discount on the first ten units only'],
        [lessBp(w(qn * u), x), `reads ${usd(w(x))} off as ${x / 100}% off`],
      ],
    }
  }),
]
