import {
  add,
  CENT,
  cents,
  dollars,
  frac,
  mul,
  n,
  rest,
  share,
  sub,
  tenths,
  tp,
  usd,
  worked,
} from './afm-text.js'

// Commission structures. Stems state the rate, the base it is paid on (net of tax, shipping and
// returns, or not), whether a tier's rate applies to the whole month or only to the sales inside
// the tier, and what a bonus or reversal is worked on, because the slips are the wrong base, a
// tier applied the other way, a bounty paid on every order, and a reversal of the whole order.

const money = usd(2)

export const COMMISSION_FAMILIES = [
  worked('commission-on-net-of-tax-shipping-and-returns', (rng) => {
    const g = rng.int(20000, 90000)
    const tax = Math.round((g * rng.int(5, 10)) / 100)
    const ship = rng.int(500, 2500)
    const ret = rng.int(2000, Math.floor(g / 3))
    const tr = rng.int(5, 10)
    const t = rng.int(50, 120)
    return {
      stem: `An order totals ${dollars(g)}, of which ${dollars(tax)} is sales tax and ${dollars(ship)} is shipping. The shopper later returns items priced at ${dollars(ret)} before tax (sales tax on them was ${tr}%). The programme pays ${tp(t)} of the order net of tax, shipping and returned items at their pre-tax price. What is the commission, ${CENT}?`,
      show: money,
      figures: { g, tax, ship, ret, tr, t },
      key: share(t, g - tax - ship - ret),
      wrong: [
        [share(t, g), 'pays on the order total'],
        [share(t, g - ret), 'takes off only the returns'],
        [share(t, g - tax - ship), 'forgets the returns'],
        [share(t, g - tax - ship - 2 * ret), 'takes the returns off twice'],
        [
          mul(tenths(t), sub(cents(g - tax - ship), mul(cents(ret), frac(100 + tr, 100)))),
          'takes the returns off with their tax',
        ],
        [share(t, g - tax - ret), 'leaves shipping in the base'],
      ],
    }
  }),
  worked('tier-rate-applied-to-the-whole-month', (rng) => {
    const a = rng.int(2, 5) * 1000000
    const b = a + rng.int(2, 5) * 1000000
    const s = rng.int(a + 200000, b - 200000)
    const r1 = rng.int(30, 50)
    const r2 = r1 + rng.int(10, 25)
    const r3 = r2 + rng.int(10, 25)
    return {
      stem: `A programme pays ${tp(r1)} when a month’s sales are up to ${dollars(a)}, ${tp(r2)} when they are over ${dollars(a)} and up to ${dollars(b)}, and ${tp(r3)} above ${dollars(b)}; the rate of the tier a month reaches applies to all of that month’s sales. An affiliate sells ${dollars(s)}. What is its commission, ${CENT}?`,
      show: money,
      figures: { a, b, s, r1, r2, r3 },
      key: share(r2, s),
      wrong: [
        [add(share(r1, a), share(r2, s - a)), 'pays each tier’s rate only on the sales inside it'],
        [share(r1, s), 'pays the first tier’s rate'],
        [share(r3, s), 'pays the next tier’s rate'],
        [share(r2, s - a), 'pays the tier’s rate only above its threshold'],
        [add(share(r2, a), share(r3, s - a)), 'steps every band up one tier'],
        [add(share(r2, s), share(r1, a)), 'adds the first tier’s pay on its band on top'],
      ],
    }
  }),
  worked('tier-rates-applied-band-by-band', (rng) => {
    const a = rng.int(2, 5) * 1000000
    const b = a + rng.int(2, 5) * 1000000
    const s = rng.int(b + 200000, b + 4000000)
    const r1 = rng.int(30, 50)
    const r2 = r1 + rng.int(10, 25)
    const r3 = r2 + rng.int(10, 25)
    return {
      stem: `A programme pays ${tp(r1)} on a month’s first ${dollars(a)} of sales, ${tp(r2)} on sales from there up to ${dollars(b)}, and ${tp(r3)} on sales above ${dollars(b)}; each rate applies only to the sales inside its band. An affiliate sells ${dollars(s)}. What is its commission, ${CENT}?`,
      show: money,
      figures: { a, b, s, r1, r2, r3 },
      key: add(share(r1, a), share(r2, b - a), share(r3, s - b)),
      wrong: [
        [share(r3, s), 'pays the top rate on all sales'],
        [share(r1, s), 'pays the first rate on all sales'],
        [add(share(r1, a), share(r2, b), share(r3, s - b)), 'takes the second band from zero'],
        [add(share(r1, a), share(r2, s - a)), 'stops at the second band'],
        [
          add(share(r1, a), share(r2, b - a), share(r3, s)),
          'pays the top rate on all sales as well',
        ],
        [share(r2, s), 'pays the middle rate on all sales'],
      ],
    }
  }),
  worked('bounty-for-new-customers-plus-revenue-share', (rng) => {
    const nn = rng.int(20, 120)
    const nr = rng.int(20, 200)
    const c = rng.int(5, 40) * 100
    const v = rng.int(4000, 15000)
    const t = rng.int(30, 100)
    return {
      stem: `A programme pays a ${dollars(c)} bounty for each order from a new customer plus ${tp(t)} revenue share on every order. An affiliate sent ${nn} orders from new customers and ${nr} from returning ones, at an average order of ${dollars(v)}. What is its commission, ${CENT}?`,
      show: money,
      figures: { nn, nr, c, v, t },
      key: add(cents(c * nn), share(t, v * (nn + nr))),
      wrong: [
        [add(cents(c * (nn + nr)), share(t, v * (nn + nr))), 'pays the bounty on every order'],
        [add(cents(c * nn), share(t, v * nn)), 'pays revenue share only on new customers'],
        [add(cents(c * nn), share(t, v * nr)), 'pays revenue share only on returning customers'],
        [share(t, v * (nn + nr)), 'leaves out the bounty'],
        [
          add(cents(c * (nn + nr)), share(t, v * nr)),
          'pays the bounty on returning customers instead',
        ],
        [add(cents(2 * c * nn), share(t, v * (nn + nr))), 'pays the bounty twice'],
      ],
    }
  }),
  worked('rate-bump-and-flat-bonus-on-a-threshold', (rng) => {
    const th = rng.int(50, 150)
    const sales = th + rng.int(5, 60)
    const v = rng.int(4000, 12000)
    const t = rng.int(40, 80)
    const bump = rng.int(10, 30)
    const bonus = rng.int(10, 50) * 1000
    return {
      stem: `A programme pays ${tp(t)} of sales; in a month with at least ${th} sales it pays ${tp(t + bump)} on all of that month’s sales and a ${dollars(bonus)} flat bonus. An affiliate makes ${sales} sales at an average order of ${dollars(v)}. What is its commission, ${CENT}?`,
      show: money,
      figures: { th, sales, v, t, bump, bonus },
      key: add(share(t + bump, sales * v), cents(bonus)),
      wrong: [
        [share(t + bump, sales * v), 'leaves out the flat bonus'],
        [add(share(t, sales * v), cents(bonus)), 'keeps the base rate'],
        [
          add(share(t, th * v), share(t + bump, (sales - th) * v), cents(bonus)),
          'raises the rate only above the threshold',
        ],
        [
          add(share(t + bump + t, sales * v), cents(bonus)),
          'adds the higher rate to the base rate',
        ],
        [
          add(share(t + bump, sales * v), cents(bonus * (sales - th))),
          'pays the bonus on every sale over the threshold',
        ],
        [add(share(t + 2 * bump, sales * v), cents(bonus)), 'adds the rate increase twice'],
        [share(t, sales * v), 'keeps the base rate and leaves out the bonus'],
      ],
    }
  }),
  worked('reversal-for-a-partial-return', (rng) => {
    const x = rng.int(10000, 60000)
    const y = rng.int(2000, Math.floor(x / 2))
    const t = rng.int(50, 150)
    return {
      stem: `An affiliate earned ${tp(t)} on a ${dollars(x)} order. The shopper returns one item priced at ${dollars(y)} and the programme reverses the commission on the returned item only. How much commission is reversed, ${CENT}?`,
      show: money,
      figures: { x, y, t },
      key: share(t, y),
      wrong: [
        [share(t, x), 'reverses the whole order'],
        [share(t, x - y), 'reverses the commission that stays'],
        [cents(y), 'reverses the item’s price'],
        [mul(share(t, y), frac(1, 2)), 'halves the reversal'],
        [mul(tenths(t), tenths(t), cents(y)), 'applies the rate twice'],
      ],
    }
  }),
  worked('commission-by-product-category', (rng) => {
    const e = rng.int(5000, 40000)
    const ap = rng.int(3000, 20000)
    const h = rng.int(3000, 20000)
    const gc = rng.int(2500, 10000)
    const re = rng.int(10, 30)
    const ra = rng.int(60, 100)
    const rh = rng.int(40, 60)
    return {
      stem: `A basket holds electronics for ${dollars(e)} (commission ${tp(re)}), apparel for ${dollars(ap)} (${tp(ra)}), homeware for ${dollars(h)} (${tp(rh)}) and a gift card for ${dollars(gc)} (no commission). What is the commission on the basket, ${CENT}?`,
      show: money,
      figures: { e, ap, h, gc, re, ra, rh },
      key: add(share(re, e), share(ra, ap), share(rh, h)),
      wrong: [
        [share(ra, e + ap + h), 'pays the highest rate on the whole basket'],
        [share(re, e + ap + h), 'pays the lowest rate on the whole basket'],
        [mul(share(re + ra + rh, e + ap + h), frac(1, 3)), 'pays the average rate on the basket'],
        [
          add(share(re, e), share(ra, ap), share(rh, h + gc)),
          'pays the homeware rate on the gift card',
        ],
        [add(share(ra, e), share(re, ap), share(rh, h)), 'swaps the electronics and apparel rates'],
      ],
    }
  }),
  worked('new-and-returning-customer-rates', (rng) => {
    const sn = rng.int(200000, 1000000)
    const sr = rng.int(200000, 1500000)
    const tn = rng.int(80, 150)
    const tr = rng.int(20, 60)
    return {
      stem: `A programme pays ${tp(tn)} on sales to new customers and ${tp(tr)} on sales to returning ones. An affiliate sent ${dollars(sn)} of new-customer sales and ${dollars(sr)} of returning-customer sales. What is its commission, ${CENT}?`,
      show: money,
      figures: { sn, sr, tn, tr },
      key: add(share(tn, sn), share(tr, sr)),
      wrong: [
        [share(tn, sn + sr), 'pays the new-customer rate on all sales'],
        [share(tr, sn + sr), 'pays the returning rate on all sales'],
        [add(share(tr, sn), share(tn, sr)), 'swaps the two rates'],
        [share(tn, sn), 'leaves out the returning customers'],
        [mul(share(tn + tr, sn + sr), frac(1, 2)), 'pays the average of the rates'],
        [add(share(tn, sn), share(tn + tr, sr)), 'adds the rates on returning sales'],
      ],
    }
  }),
  worked('commission-on-a-discounted-order', (rng) => {
    const l = rng.int(8000, 40000)
    const d = rng.int(10, 30)
    const ship = rng.int(500, 2000)
    const t = rng.int(50, 150)
    const paid = mul(cents(l), frac(100 - d, 100))
    return {
      stem: `A shopper uses an affiliate’s ${d}% coupon on items listed at ${dollars(l)} and pays ${dollars(ship)} shipping. The programme pays ${tp(t)} of the amount paid for items, after discounts and without shipping. What is the commission, ${CENT}?`,
      show: money,
      figures: { l, d, ship, t },
      key: mul(tenths(t), paid),
      wrong: [
        [share(t, l), 'pays on the list price'],
        [mul(tenths(t), add(paid, cents(ship))), 'includes shipping'],
        [share(t, l + ship), 'pays on list price and shipping'],
        [mul(tenths(t), paid, frac(100 - d, 100)), 'takes the discount off twice'],
        [mul(tenths(t), cents(l), frac(d, 100)), 'pays on the discount'],
      ],
    }
  }),
  worked('per-sale-bounty-in-count-bands', (rng) => {
    const a = rng.int(3, 6) * 10
    const b = a + rng.int(5, 15) * 10
    const k = rng.int(b + 10, b + 150)
    const c1 = rng.int(10, 20) * 100
    const c2 = c1 + rng.int(3, 10) * 100
    const c3 = c2 + rng.int(3, 10) * 100
    return {
      stem: `A programme pays ${dollars(c1)} for each of a month’s first ${a} sales, ${dollars(c2)} for each of sales ${a + 1} to ${b}, and ${dollars(c3)} for each sale after that. An affiliate makes ${k} sales. What does it earn, ${CENT}?`,
      show: money,
      figures: { a, b, k, c1, c2, c3 },
      key: cents(c1 * a + c2 * (b - a) + c3 * (k - b)),
      wrong: [
        [cents(c3 * k), 'pays the top bounty on every sale'],
        [cents(c1 * k), 'pays the first bounty on every sale'],
        [cents(c1 * a + c2 * b + c3 * (k - b)), 'counts the second band from zero'],
        [cents(c1 * a + c2 * (k - a)), 'stops at the second band'],
        [cents(c2 * k), 'pays the middle bounty on every sale'],
        [cents(c1 * a + c2 * (b - a) + c3 * k), 'pays the top bounty on all sales as well'],
      ],
    }
  }),
  worked('cost-per-lead-on-validated-leads', (rng) => {
    const dup = rng.int(10, 60)
    const l = rng.int(10, 75) * 20 + dup
    const v = rng.int(8, 18) * 5
    const c = rng.int(200, 1500)
    return {
      stem: `A lender pays ${dollars(c)} for each valid lead. An affiliate submitted ${n(l)} leads; ${dup} were duplicates and are removed first, and ${v}% of the rest passed validation. What does it earn, ${CENT}?`,
      show: money,
      figures: { l, v, dup, c },
      key: mul(cents(c), frac((l - dup) * v, 100)),
      wrong: [
        [mul(cents(c), frac(l * v, 100)), 'keeps the duplicates'],
        [cents(c * (l - dup)), 'pays every lead left after duplicates'],
        [mul(cents(c), sub(frac(l * v, 100), dup)), 'removes duplicates after validation'],
        [mul(cents(c), frac((l - dup) * (100 - v), 100)), 'pays the leads that failed'],
        [cents(c * l), 'pays every lead'],
        [mul(cents(c), frac((l - 2 * dup) * v, 100)), 'removes the duplicates twice'],
      ],
    }
  }),
  worked('capped-revenue-share-on-subscriptions', (rng) => {
    const p = rng.int(1500, 6000)
    const m = rng.int(6, 12)
    const t = rng.int(150, 300)
    const per = share(t, p)
    const capC = Math.floor((t * p * m * rng.int(50, 85)) / 10000000) * 100
    if (capC <= 0) return rest()
    const subs = rng.int(10, 60)
    return {
      stem: `A software company pays ${tp(t)} of each subscriber’s monthly fee of ${dollars(p)} for their first 12 months, capped at ${dollars(capC)} per subscriber. An affiliate’s ${subs} subscribers all stayed ${m} months. What has it earned, ${CENT}?`,
      show: money,
      figures: { p, m, t, capC, subs },
      key: cents(capC * subs),
      wrong: [
        [mul(per, m * subs), 'ignores the cap'],
        [mul(per, 12 * subs), 'pays twelve months and ignores the cap'],
        [cents(capC), 'applies the cap to all subscribers together'],
        [mul(per, subs), 'pays one month per subscriber'],
        [add(cents(capC * subs), mul(per, subs)), 'pays a month on top of the cap'],
        [mul(cents(capC * subs), frac(m, 12)), 'prorates the cap by the months stayed'],
      ],
    }
  }),
  worked('growth-bonus-on-incremental-sales', (rng) => {
    const last = rng.int(200000, 800000)
    const now = last + rng.int(30000, 400000)
    const t = rng.int(40, 100)
    const g = rng.int(20, 100)
    return {
      stem: `A programme pays ${tp(t)} on all sales and a bonus of ${tp(g)} on the growth in sales over the same month last year. An affiliate sold ${dollars(last)} in that month last year and ${dollars(now)} this year. What is this month’s total commission, ${CENT}?`,
      show: money,
      figures: { last, now, t, g },
      key: add(share(t, now), share(g, now - last)),
      wrong: [
        [add(share(t, now), share(g, now)), 'pays the bonus on all sales'],
        [share(t, now), 'leaves out the bonus'],
        [add(share(t, now - last), share(g, now - last)), 'pays both rates only on the growth'],
        [add(share(t, last), share(g, now - last)), 'pays the base rate on last year’s sales'],
        [add(share(t, now), share(g, last)), 'pays the bonus on last year’s sales'],
      ],
    }
  }),
  worked('two-tier-override-on-a-recruits-commission', (rng) => {
    const s = rng.int(500000, 3000000)
    const t = rng.int(50, 120)
    const o = rng.int(5, 20)
    return {
      stem: `A network pays a recruiting affiliate an override of ${o}% of the commission earned by the affiliates it recruited. Its recruits sold ${dollars(s)} at a ${tp(t)} commission rate. What is the override, ${CENT}?`,
      show: money,
      figures: { s, t, o },
      key: mul(share(t, s), frac(o, 100)),
      wrong: [
        [mul(cents(s), frac(o, 100)), 'takes the override on the sales'],
        [share(t, s), 'pays the recruits’ whole commission'],
        [mul(share(t, s), frac(100 - o, 100)), 'pays the commission less the override'],
        [mul(share(t, s), frac(o * o, 10000)), 'applies the override percentage twice'],
        [mul(share(t, s), frac(o * (100 - o), 10000)), 'takes the override off its own share'],
        [mul(cents(s), add(tenths(t), frac(o, 100))), 'adds the override to the rate on sales'],
      ],
    }
  }),
  worked('trial-bounty-on-conversions-that-stay', (rng) => {
    // Whole trials, conversions and refunds: 80 × j trials, 5 % steps.
    const tr = 80 * rng.int(3, 15)
    const cv = 5 * rng.int(3, 9)
    const rf = 5 * rng.int(1, Math.min(5, cv / 5 - 1))
    const c = rng.int(20, 80) * 100
    const paid = frac(tr * cv, 100)
    return {
      stem: `A subscription service pays ${dollars(c)} for each free trial that converts to a paid plan and is not refunded in the first 30 days. An affiliate drove ${n(tr)} trials; ${cv}% converted, and ${rf}% of the converted customers were refunded within 30 days. What does it earn, ${CENT}?`,
      show: money,
      figures: { tr, cv, rf, c },
      key: mul(cents(c), paid, frac(100 - rf, 100)),
      wrong: [
        [mul(cents(c), paid), 'pays converted trials that were refunded'],
        [
          mul(cents(c), frac(tr * (cv - rf), 100)),
          'subtracts the refund rate from the conversion rate',
        ],
        [mul(cents(c), frac(tr * (100 - rf), 100)), 'pays every trial not refunded'],
        [mul(cents(c), paid, frac(rf, 100)), 'pays only the refunded ones'],
        [cents(c * tr), 'pays every trial'],
      ],
    }
  }),
  worked('net-commission-after-reversals', (rng) => {
    const s = rng.int(500000, 2000000)
    const rv = rng.int(50000, 300000)
    const t = rng.int(50, 120)
    const told = t - rng.int(5, 20)
    return {
      stem: `This month an affiliate made ${dollars(s)} of sales at ${tp(t)}. Orders worth ${dollars(rv)} from last month, when its rate was ${tp(told)}, were returned, and the programme reverses their commission at the rate it was paid. What is this month’s net commission, ${CENT}?`,
      show: money,
      figures: { s, rv, t, told },
      key: sub(share(t, s), share(told, rv)),
      wrong: [
        [share(t, s - rv), 'reverses at this month’s rate'],
        [share(t, s), 'ignores the reversals'],
        [sub(share(t, s), share(t + told, rv)), 'reverses at both rates added'],
        [share(told, s - rv), 'pays last month’s rate on this month’s sales'],
        [add(share(t, s), share(told, rv)), 'adds the reversals'],
      ],
    }
  }),
]
