import {
  CENT,
  cap,
  cents,
  count,
  dollars,
  type Fraction,
  fixed,
  frac,
  measure,
  minus,
  num,
  over,
  plus,
  ratio,
  shop,
  sum,
  times,
  usd,
  w,
} from './cua-text.js'

// Customer lifetime value and acquisition economics. Stems state whether value is revenue or
// margin, when margin arrives and how it is discounted, and what counts as acquisition cost,
// because the slips are revenue taken for margin, a year or a factor left out or doubled, and a
// cost or a base that the stated policy excludes.

const one = w(1)
/** A whole percentage as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** Orders a year drawn in tenths. */
const tenths = (t: number): Fraction => frac(t, 10)
const perYear = (t: number): string => `${fixed(tenths(t), 1)} orders a year`
const toOne = (x: Fraction): string => `${fixed(x, 2)} : 1`
const up = (x: Fraction): Fraction => frac((x.n + x.d - 1n) / x.d)

export const VALUE_FAMILIES = [
  measure('historic-clv-of-one-customer', (rng) => {
    const o = [0, 0, 0, 0].map(() => rng.int(2500, 15000))
    const k = rng.int(0, 3)
    const rf = Math.round(((o[k] ?? 0) * rng.int(30, 100)) / 100)
    const m = rng.int(30, 60)
    const total = o.reduce((a, b) => a + b, 0)
    return {
      stem: `A customer’s four orders at ${shop(rng)} were ${o.map(dollars).join(', ')}, and ${dollars(rf)} of order ${k + 1} was later refunded. With a gross margin of ${m}% on net revenue, what is this customer’s historic lifetime value in gross margin, ${CENT}?`,
      show: usd,
      figures: { o: o.join(','), rf, m },
      key: times(cents(total - rf), pc(m)),
      wrong: [
        [times(cents(total), pc(m)), 'leaves the refund in'],
        [cents(total - rf), 'gives net revenue, not margin'],
        [minus(times(cents(total), pc(m)), cents(rf)), 'takes the whole refund off the margin'],
        [over(times(cents(total - rf), pc(m)), w(4)), 'gives the margin per order'],
      ],
    }
  }),
  measure('predictive-clv-simple', (rng) => {
    const a = rng.int(3000, 12000)
    const f = rng.int(15, 60)
    const m = rng.int(25, 45)
    const l = rng.int(2, 6)
    return {
      stem: `${cap(shop(rng))}’s customers spend ${dollars(a)} an order, place ${perYear(f)} and stay ${l} years on average, at a gross margin of ${m}%. With no discounting, what is the predicted customer lifetime value in gross margin, ${CENT}?`,
      show: usd,
      figures: { a, f, m, l },
      key: times(cents(a), tenths(f), pc(m), w(l)),
      wrong: [
        [times(cents(a), tenths(f), w(l)), 'uses revenue, not margin'],
        [times(cents(a), pc(m), w(l)), 'leaves out the order frequency'],
        [times(cents(a), tenths(f), pc(m)), 'counts one year only'],
        [
          times(cents(a), tenths(f), pc(100 - m), w(l)),
          'uses the cost share instead of the margin',
        ],
      ],
    }
  }),
  measure('clv-with-retention-and-discount-rate', (rng) => {
    const mg = rng.int(2000, 9000)
    const rr = rng.int(55, 85)
    const d = rng.int(6, 15)
    return {
      stem: `A customer of ${shop(rng)} yields ${dollars(mg)} of margin at the end of each year they stay. Every customer is there in year 1 and stays each further year with probability ${rr}%, and margin is discounted at ${d}% a year, so CLV = Σ margin × retention^(t−1) ÷ (1 + discount)^t over all years t ≥ 1 = margin ÷ (1 + discount − retention). What is the CLV, ${CENT}?`,
      show: usd,
      figures: { mg, rr, d },
      key: over(cents(mg), minus(plus(one, pc(d)), pc(rr))),
      wrong: [
        [over(cents(mg), minus(one, pc(rr))), 'leaves out the discounting'],
        [
          over(times(cents(mg), plus(one, pc(d))), minus(plus(one, pc(d)), pc(rr))),
          'takes year 1’s margin undiscounted',
        ],
        [
          over(times(cents(mg), pc(rr)), minus(plus(one, pc(d)), pc(rr))),
          'applies retention to year 1 as well',
        ],
        [over(cents(mg), plus(pc(d), pc(rr))), 'uses retention where the churn rate belongs'],
        [
          over(cents(mg), times(minus(one, pc(rr)), plus(one, pc(d)))),
          'discounts the undiscounted lifetime value by one year only',
        ],
        [over(cents(mg), plus(one, pc(d))), 'counts one year only'],
      ],
    }
  }),
  measure('three-year-discounted-clv', (rng) => {
    const mg = rng.int(2000, 9000)
    const rr = rng.int(55, 85)
    const d = rng.int(6, 15)
    const yearly = (ret: Fraction, shift: number) =>
      sum(
        ...[1, 2, 3].map((t) =>
          over(times(cents(mg), pow(ret, t - 1 + shift)), pow(plus(one, pc(d)), t)),
        ),
      )
    return {
      stem: `A customer of ${shop(rng)} yields ${dollars(mg)} of margin at the end of each year they stay; every customer is there in year 1 and stays each further year with probability ${rr}%. Discounting at ${d}% a year (year t’s margin divided by 1.${String(d).padStart(2, '0')}^t), what is the three-year CLV, ${CENT}?`,
      show: usd,
      figures: { mg, rr, d },
      key: yearly(pc(rr), 0),
      wrong: [
        [
          sum(cents(mg), times(cents(mg), pc(rr)), times(cents(mg), pc(rr), pc(rr))),
          'leaves out the discounting',
        ],
        [yearly(one, 0), 'leaves out retention'],
        [times(yearly(pc(rr), 0), plus(one, pc(d))), 'discounts from year 0, one year too few'],
        [yearly(pc(rr), 1), 'applies retention to year 1 as well'],
        [yearly(pc(100 - rr), 0), 'uses the churn rate as the retention rate'],
      ],
    }
  }),
  measure('cac-payback-after-first-order-margin', (rng) => {
    const cac = rng.int(12000, 30000)
    const fr = rng.int(4000, 9000)
    const m = rng.int(25, 40)
    const m1 = Math.round((fr * m) / 100)
    const gr = rng.int(2000, 6000)
    const g = times(cents(gr), frac(m, 100))
    return {
      stem: `${cap(shop(rng))} pays ${dollars(cac)} to acquire a customer. The first order brings ${dollars(fr)} of revenue and ${dollars(m1)} of margin; after that a customer brings ${dollars(gr)} of revenue a month at a ${m}% margin. After the first order, how many whole months of margin does it take to recover the acquisition cost (a part month counts as a whole month)?`,
      show: num(0, 'months'),
      figures: { cac, fr, m1, gr, m },
      key: up(over(cents(cac - m1), g)),
      wrong: [
        [up(over(cents(cac), g)), 'ignores the first order’s margin'],
        [up(over(cents(cac - m1), cents(gr))), 'recovers the cost from revenue, not margin'],
        [up(over(cents(cac + m1), g)), 'adds the first order’s margin to the cost'],
        [up(over(cents(cac - fr), g)), 'takes the first order’s revenue off the cost'],
        [up(over(cents(cac + fr), g)), 'adds the first order’s revenue to the cost'],
        [
          up(over(cents(cac - m1), plus(g, cents(m1)))),
          'adds the first order’s margin to every month',
        ],
      ],
    }
  }),
  measure('ltv-to-paid-cac-ratio', (rng) => {
    const a = rng.int(3000, 12000)
    const f = rng.int(15, 50)
    const m = rng.int(25, 45)
    const l = rng.int(2, 5)
    const np = rng.int(400, 2000)
    const no = rng.int(200, 1500)
    const ltv = times(cents(a), tenths(f), pc(m), w(l))
    const cac = times(ltv, frac(rng.int(20, 60), 100))
    const s = Number((cac.n * BigInt(np) * 100n) / cac.d)
    const paidCac = over(cents(s), w(np))
    return {
      stem: `${cap(shop(rng))}’s customers spend ${dollars(a)} an order, place ${perYear(f)} and stay ${l} years, at a ${m}% gross margin; lifetime value is taken in undiscounted margin. Last quarter ${dollars(s)} of paid marketing brought ${count(np)} new customers, and ${count(no)} more arrived through unpaid channels. Taking CAC as paid spend over paid-acquired customers, what is the LTV:CAC ratio, to two decimal places (a half rounded up)?`,
      show: toOne,
      figures: { a, f, m, l, np, no, s },
      key: over(ltv, paidCac),
      wrong: [
        [over(times(cents(a), tenths(f), w(l)), paidCac), 'takes lifetime value in revenue'],
        [over(ltv, over(cents(s), w(np + no))), 'spreads the spend over the unpaid customers too'],
        [over(times(cents(a), tenths(f), pc(m)), paidCac), 'counts one year of value'],
        [over(paidCac, ltv), 'divides CAC by lifetime value'],
      ],
    }
  }),
  measure('order-contribution-after-fulfilment', (rng) => {
    const a = rng.int(4000, 15000)
    const sc = rng.int(300, 900)
    const cg = rng.int(35, 55)
    const fee = rng.int(25, 35)
    const s = rng.int(500, 1200)
    const p = rng.int(150, 400)
    const merch = cents(a - sc)
    const costs = plus(cents(30 + s + p), times(cents(a), frac(fee, 1000)))
    return {
      stem: `An average order at ${shop(rng)} is ${dollars(a)}, including ${dollars(sc)} of shipping charged to the customer. Goods cost ${cg}% of merchandise value (the order less the shipping charge); card fees are ${fixed(frac(fee, 10), 1)}% of the order plus $0.30; the carrier costs ${dollars(s)} and picking and packing ${dollars(p)}. What is the contribution per order after these costs, ${CENT}?`,
      show: usd,
      figures: { a, sc, cg, fee, s, p },
      key: minus(minus(cents(a), times(merch, pc(cg))), costs),
      wrong: [
        [
          minus(minus(cents(a), times(cents(a), pc(cg))), costs),
          'applies the goods cost to the shipping charge too',
        ],
        [minus(times(merch, pc(100 - cg)), costs), 'leaves the shipping charge out of revenue'],
        [
          minus(cents(a), times(merch, pc(cg))),
          'stops at gross margin, before fees and fulfilment',
        ],
        [minus(minus(cents(a), times(merch, pc(cg))), cents(s + p)), 'leaves out the card fees'],
        [
          minus(
            minus(cents(a), times(merch, pc(cg))),
            plus(cents(30), times(cents(a), frac(fee, 1000))),
          ),
          'leaves out the carrier and packing costs',
        ],
      ],
    }
  }),
  measure('historic-clv-from-cohort-revenue', (rng) => {
    const nc = rng.int(800, 4000)
    const n2 = Math.round((nc * rng.int(35, 55)) / 100)
    const n3 = Math.round((n2 * rng.int(55, 80)) / 100)
    const r1 = nc * rng.int(6000, 12000)
    const r2 = n2 * rng.int(7000, 14000)
    const r3 = n3 * rng.int(7000, 15000)
    const m = rng.int(28, 50)
    const all = cents(r1 + r2 + r3)
    return {
      stem: `${cap(shop(rng))} acquired ${count(nc)} customers in 2023. The cohort spent ${dollars(r1)} in 2023 (all ${count(nc)} active), ${dollars(r2)} in 2024 (${count(n2)} active) and ${dollars(r3)} in 2025 (${count(n3)} active). At a ${m}% gross margin, what is the cohort’s three-year historic CLV per acquired customer, in margin, ${CENT}?`,
      show: usd,
      figures: { nc, n2, n3, r1, r2, r3, m },
      key: over(times(all, pc(m)), w(nc)),
      wrong: [
        [over(all, w(nc)), 'uses revenue, not margin'],
        [over(times(all, pc(m)), w(n3)), 'divides by the customers still active in 2025'],
        [over(times(cents(r1), pc(m)), w(nc)), 'counts the first year only'],
        [over(times(all, pc(m)), w(nc + n2 + n3)), 'divides by active customer-years'],
        [over(times(all, pc(m)), w(n2)), 'divides by the customers active in 2024'],
        [
          times(
            over(sum(ratio(r1, 100 * nc), ratio(r2, 100 * n2), ratio(r3, 100 * n3)), w(3)),
            pc(m),
          ),
          'averages the yearly margin per active customer',
        ],
      ],
    }
  }),
  measure('clv-from-annual-churn', (rng) => {
    const a = rng.int(3000, 10000)
    const f = rng.int(15, 50)
    const m = rng.int(25, 45)
    const c = rng.int(20, 45)
    const yr = times(cents(a), tenths(f), pc(m))
    return {
      stem: `${cap(shop(rng))}’s customers spend ${dollars(a)} an order and place ${perYear(f)} at a ${m}% margin, and ${c}% of customers are lost each year, so the expected lifetime is 1 ÷ churn years. With no discounting, what is the CLV in margin, ${CENT}?`,
      show: usd,
      figures: { a, f, m, c },
      key: over(yr, pc(c)),
      wrong: [
        [over(yr, pc(100 - c)), 'divides by the retention rate instead of the churn rate'],
        [over(times(cents(a), tenths(f)), pc(c)), 'uses revenue, not margin'],
        [times(yr, pc(c)), 'multiplies by the churn rate instead of dividing'],
        [over(times(cents(a), pc(m)), pc(c)), 'leaves out the order frequency'],
        [plus(over(yr, pc(c)), yr), 'counts the first year on top of the lifetime'],
      ],
    }
  }),
  measure('clv-gain-from-retention-lift', (rng) => {
    const mg = rng.int(2000, 8000)
    const r1 = rng.int(50, 75)
    const r2 = r1 + rng.int(3, 12)
    const life = (r: number) => over(cents(mg), pc(100 - r))
    return {
      stem: `A customer of ${shop(rng)} yields ${dollars(mg)} of margin a year, and with annual retention r the expected lifetime is 1 ÷ (1 − r) years (no discounting). If a loyalty programme lifts retention from ${r1}% to ${r2}%, by how much does CLV per customer rise, ${CENT}?`,
      show: usd,
      figures: { mg, r1, r2 },
      key: minus(life(r2), life(r1)),
      wrong: [
        [times(cents(mg), pc(r2 - r1)), 'multiplies a year’s margin by the gain in retention'],
        [life(r2), 'gives the new CLV, not the rise'],
        [minus(life(r2), cents(mg)), 'takes a year’s margin off the new CLV'],
        [
          over(times(cents(mg), pc(r2 - r1)), pc(100 - r2)),
          'spreads the gain over the new lifetime only',
        ],
        [
          over(times(cents(mg), pc(r2 - r1)), pc(100 - r1)),
          'spreads the gain over the old lifetime only',
        ],
      ],
    }
  }),
  measure('predictive-clv-net-of-returns', (rng) => {
    const a = rng.int(4000, 12000)
    const f = rng.int(15, 50)
    const l = rng.int(2, 5)
    const rq = rng.int(8, 22)
    const m = rng.int(35, 55)
    const base = times(cents(a), tenths(f), w(l))
    return {
      stem: `${cap(shop(rng))}’s customers spend ${dollars(a)} an order (before returns), place ${perYear(f)} and stay ${l} years. ${rq}% of sales value is returned and refunded, and the gross margin is ${m}% of net sales. With no discounting, what is the CLV in margin, ${CENT}?`,
      show: usd,
      figures: { a, f, l, rq, m },
      key: times(base, pc(100 - rq), pc(m)),
      wrong: [
        [times(base, pc(m)), 'ignores the returns'],
        [times(base, pc(m - rq)), 'takes the return rate off the margin percentage'],
        [times(base, pc(100 - rq)), 'gives net revenue, not margin'],
        [times(cents(a), tenths(f), pc(100 - rq), pc(m)), 'counts one year only'],
      ],
    }
  }),
  measure('clv-with-markup-not-margin', (rng) => {
    const rv = rng.int(15000, 60000)
    const k = rng.int(40, 90)
    const l = rng.int(2, 6)
    const gm = over(pc(k), plus(one, pc(k)))
    return {
      stem: `A customer of ${shop(rng)} spends ${dollars(rv)} a year for ${l} years. The shop prices its goods at a ${k}% markup on cost. With no discounting, what is the customer’s lifetime value in gross margin, ${CENT}?`,
      show: usd,
      figures: { rv, k, l },
      key: times(cents(rv), w(l), gm),
      wrong: [
        [times(cents(rv), w(l), pc(k)), 'takes the markup as the margin'],
        [over(times(cents(rv), w(l)), plus(one, pc(k))), 'gives the cost of goods, not the margin'],
        [times(cents(rv), w(l), pc(100 - k)), 'takes one minus the markup as the margin'],
        [times(cents(rv), gm), 'counts one year only'],
        [times(cents(rv), w(l)), 'uses revenue, not margin'],
      ],
    }
  }),
  measure('three-year-clv-with-retention-undiscounted', (rng) => {
    const mg = rng.int(2000, 9000)
    const rr = rng.int(45, 85)
    const r = pc(rr)
    return {
      stem: `A new customer of ${shop(rng)} yields ${dollars(mg)} of margin in each year they are active; every customer is active in year 1, and ${rr}% of those active in a year are active the next. With no discounting, what is the expected margin per new customer over the first three years, ${CENT}?`,
      show: usd,
      figures: { mg, rr },
      key: times(cents(mg), sum(one, r, times(r, r))),
      wrong: [
        [times(cents(mg), w(3)), 'ignores retention'],
        [
          times(cents(mg), sum(r, times(r, r), times(r, r, r))),
          'applies retention to year 1 as well',
        ],
        [
          times(cents(mg), plus(one, times(w(2), r))),
          'applies one year’s retention to year 3 instead of compounding',
        ],
        [times(cents(mg), w(3), r), 'applies the retention rate to all three years'],
      ],
    }
  }),
  measure('cac-including-first-order-discount', (rng) => {
    const s = rng.int(2000, 9000) * 100
    const fee = rng.int(500, 2500) * 100
    const nn = rng.int(300, 1500)
    const x = rng.int(100, 600)
    const dv = rng.int(500, 2000)
    const all = cents(s + fee + nn * dv)
    return {
      stem: `A spring campaign for ${shop(rng)} cost ${dollars(s)} in media and ${dollars(fee)} in agency fees and brought ${count(nn)} new customers, each of whom redeemed the ${dollars(dv)} first-order discount; ${count(x)} existing customers also used the code. Counting media, fees and the new customers’ discounts as acquisition cost, what was the CAC, ${CENT}?`,
      show: usd,
      figures: { s, fee, nn, x, dv },
      key: over(all, w(nn)),
      wrong: [
        [over(cents(s), w(nn)), 'counts the media spend only'],
        [over(cents(s + fee), w(nn)), 'leaves out the discounts'],
        [
          over(cents(s + fee + (nn + x) * dv), w(nn)),
          'counts the existing customers’ discounts too',
        ],
        [over(all, w(nn + x)), 'divides by every customer who used the code'],
      ],
    }
  }),
  measure('first-year-margin-per-new-customer', (rng) => {
    const a = rng.int(3000, 10000)
    const m = rng.int(25, 50)
    const p = rng.int(20, 50)
    const k = rng.int(15, 40)
    const aom = times(cents(a), pc(m))
    return {
      stem: `New customers of ${shop(rng)} spend ${dollars(a)} on their first order, at a ${m}% margin. In the first year ${p}% of them buy again, and those repeaters place ${fixed(tenths(k), 1)} further orders each at the same value. What is the expected first-year margin per new customer, ${CENT}?`,
      show: usd,
      figures: { a, m, p, k },
      key: times(aom, plus(one, times(pc(p), tenths(k)))),
      wrong: [
        [times(aom, plus(one, tenths(k))), 'gives every customer the repeaters’ further orders'],
        [times(aom, pc(p), tenths(k)), 'leaves out the first order'],
        [times(cents(a), plus(one, times(pc(p), tenths(k)))), 'uses revenue, not margin'],
        [times(aom, plus(one, pc(p))), 'counts one further order per repeater'],
        [
          times(aom, plus(one, times(pc(p), plus(one, tenths(k))))),
          'counts the repeaters’ second order on top of their further orders',
        ],
        [
          times(aom, pc(p), plus(one, tenths(k))),
          'applies the repeat rate to the first order as well',
        ],
      ],
    }
  }),
  measure('largest-cac-for-a-payback-target', (rng) => {
    const t = rng.int(6, 18)
    const fr = rng.int(4000, 9000)
    const m = rng.int(25, 45)
    const m1 = Math.round((fr * m) / 100)
    const gr = rng.int(1500, 5000)
    const g = times(cents(gr), pc(m))
    return {
      stem: `${cap(shop(rng))} wants every new customer to repay their acquisition cost in margin within ${t} months of the first order. The first order brings ${dollars(fr)} of revenue and ${dollars(m1)} of margin; after that a customer brings ${dollars(gr)} of revenue a month at a ${m}% margin. What is the largest CAC that meets the target (first-order margin plus ${t} months of margin), ${CENT}?`,
      show: usd,
      figures: { t, fr, m1, gr, m },
      key: plus(times(g, w(t)), cents(m1)),
      wrong: [
        [plus(times(cents(gr), w(t)), cents(m1)), 'counts monthly revenue, not margin'],
        [times(g, w(t)), 'leaves out the first order’s margin'],
        [plus(times(g, w(t)), cents(fr)), 'counts the first order’s revenue, not its margin'],
        [
          plus(times(g, w(t - 1)), cents(m1)),
          'counts the first order’s month as one of the months',
        ],
        [
          minus(times(g, w(t)), cents(m1)),
          'takes the first order’s margin off instead of adding it',
        ],
        [plus(times(cents(gr), w(t)), cents(fr)), 'counts revenue throughout'],
      ],
    }
  }),
]

function pow(x: Fraction, k: number): Fraction {
  return Array.from({ length: k }, () => x).reduce((a, b) => times(a, b), one)
}
