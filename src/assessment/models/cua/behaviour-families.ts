import {
  CENT,
  cap,
  cents,
  count,
  DP1,
  DP2,
  dateOf,
  dollars,
  frac,
  measure,
  minus,
  num,
  over,
  PCT1,
  pct,
  plus,
  ratio,
  shop,
  times,
  usd,
  w,
} from './cua-text.js'

// Purchase behaviour: order value, frequency, repeat buying, basket size and share of wallet from
// an order export. Each stem states the window, what is netted off (refunds, shipping, tax,
// cancelled orders) and whom the figure is per, because those are exactly what the slips change.

export const BEHAVIOUR_FAMILIES = [
  measure('aov-net-of-refunds', (rng) => {
    const o = rng.int(800, 3000)
    const c = Math.round((o * rng.int(55, 85)) / 100)
    const k = rng.int(30, 120)
    const u = ((o * rng.int(20, 34)) / 10) | 0
    const g = o * rng.int(4500, 12000)
    const r = k * rng.int(3000, 9000)
    return {
      stem: `In March, ${shop(rng)} took ${count(o)} orders from ${count(c)} customers, with gross sales of ${dollars(g)} and ${units(u)}. ${count(k)} of those orders were later refunded in full, ${dollars(r)} in all; a refunded order still counts as an order and its refund comes off sales. What was the average order value net of refunds, ${CENT}?`,
      show: usd,
      figures: { o, c, k, u, g, r },
      key: over(cents(g - r), w(o)),
      wrong: [
        [over(cents(g), w(o)), 'leaves the refunds in the sales'],
        [over(cents(g - r), w(c)), 'divides by customers, giving revenue per customer'],
        [over(cents(g - r), w(o - k)), 'drops the refunded orders from the order count'],
        [over(cents(g - r), w(u)), 'divides by units sold, giving the average selling price'],
        [over(cents(g - r), w(o + k)), 'counts each refund as another order'],
      ],
    }
  }),
  measure('purchase-frequency-in-window', (rng) => {
    const c = rng.int(400, 2400)
    const o = Math.round((c * rng.int(120, 260)) / 100)
    const b = c * rng.int(3, 6)
    const n = Math.round((c * rng.int(25, 55)) / 100)
    const x = rng.int(20, 90)
    const one = Math.max(2 * c - o, Math.round((c * rng.int(45, 70)) / 100))
    return {
      stem: `Over the 12 months to 30 June, ${count(c)} customers of ${shop(rng)} placed ${count(o)} completed orders, ${count(one)} of the customers ordering only once (a further ${count(x)} orders were cancelled and do not count). ${count(n)} of those customers bought for the first time in that window, and the customer file holds ${count(b)} customers in all. What was the purchase frequency (completed orders per customer who bought in the window), ${DP2}?`,
      show: num(2, 'orders'),
      figures: { one, c, o, b, n, x },
      key: ratio(o, c),
      wrong: [
        [ratio(o, b), 'divides by every customer on file, not those who bought in the window'],
        [ratio(o - c, c), 'counts only the repeat orders after each customer’s first'],
        [ratio(o, c - n), 'divides by returning customers only'],
        [ratio(o + x, c), 'counts the cancelled orders'],
        [ratio(o, c - one), 'divides by the repeat customers only'],
        [ratio(c, o), 'divides customers by orders'],
      ],
    }
  }),
  measure('repeat-customer-rate', (rng) => {
    const c = rng.int(500, 3000)
    const one = Math.round((c * rng.int(550, 780)) / 1000)
    const rep = c - one
    const c3 = Math.round((rep * rng.int(25, 60)) / 100)
    const o = c + rep + Math.round((rep * rng.int(20, 90)) / 100)
    return {
      stem: `In 2025, ${count(c)} customers of ${shop(rng)} placed ${count(o)} orders between them; ${count(one)} of the customers ordered exactly once and ${count(c3)} three times or more. What share of the customers were repeat customers (two or more orders in 2025), ${PCT1}?`,
      show: pct(1),
      figures: { c3, c, one, o },
      key: ratio(rep, c),
      wrong: [
        [ratio(one, c), 'gives the share who ordered only once'],
        [ratio(o - c, o), 'gives the share of orders that were repeat orders'],
        [ratio(rep, o), 'divides repeat customers by orders'],
        [ratio(o - c, c), 'divides repeat orders by customers'],
        [ratio(c3, c), 'counts only customers with three or more orders as repeaters'],
        [ratio(rep, one), 'divides repeat customers by one-time customers'],
      ],
    }
  }),
  measure('units-per-order-excluding-free-gifts', (rng) => {
    const o = rng.int(600, 2500)
    const c = Math.round((o * rng.int(60, 85)) / 100)
    const x = rng.int(25, 90)
    const g = rng.int(150, 500)
    const u = Math.round((o * rng.int(180, 320)) / 100) + g
    const l = Math.round((u - g + o) / 2)
    return {
      stem: `Last month ${shop(rng)} shipped ${count(o)} completed orders to ${count(c)} customers: ${count(u)} units on ${count(l)} order lines, of which ${count(g)} units were free gifts added to qualifying orders. ${count(x)} other orders were cancelled before shipping. Counting only paid units, what were the units per completed order, ${DP2}?`,
      show: num(2, 'units'),
      figures: { o, c, x, g, u, l },
      key: ratio(u - g, o),
      wrong: [
        [ratio(u, o), 'counts the free gift units'],
        [ratio(u - g, c), 'divides by customers instead of orders'],
        [ratio(u - g, o + x), 'counts the cancelled orders'],
        [ratio(l, o), 'counts order lines, not units'],
      ],
    }
  }),
  measure('share-of-wallet', (rng) => {
    const t = rng.int(600, 2400) * 100
    const s = Math.round((t * rng.int(150, 450)) / 1000)
    const a = t * rng.int(3, 6)
    const c = Math.round(((t - s) * rng.int(30, 60)) / 100)
    const k = rng.int(3, 7)
    return {
      stem: `A panel survey for ${shop(rng)} finds its average panel customer spent ${dollars(t)} a year in the shop’s category across all retailers, ${dollars(s)} of it with the shop and ${dollars(c)} with its largest competitor (it used ${k} retailers in the category), and ${dollars(a)} a year on all retail spending. What is the shop’s share of wallet in its category, ${PCT1}?`,
      show: pct(1),
      figures: { c, k, t, s, a },
      key: ratio(s, t),
      wrong: [
        [ratio(s, t + s), 'adds the shop’s spend to a category total that already includes it'],
        [ratio(s, t - s), 'divides by the spend at other retailers only'],
        [ratio(t - s, t), 'gives the competitors’ share of the category spend'],
        [ratio(s, a), 'divides by all retail spending, not the category'],
        [ratio(s, s + c), 'divides by the shop and its largest competitor only'],
        [frac(1, k), 'takes an equal split across the retailers used'],
      ],
    }
  }),
  measure('net-revenue-per-active-customer', (rng) => {
    const a = rng.int(900, 4000)
    // Not a whole multiple of the buyers, so dividing by the file never matches dividing by
    // the three months.
    const b = Math.round((a * rng.int(310, 520)) / 100)
    const n = Math.round((a * rng.int(30, 60)) / 100)
    const o = Math.round((a * rng.int(130, 220)) / 100)
    const g = a * rng.int(8000, 20000)
    const r = Math.round((g * rng.int(4, 14)) / 100)
    return {
      stem: `From 1 January to 31 March, ${count(a)} customers of ${shop(rng)} bought at least once, placing ${count(o)} orders worth ${dollars(g)}; ${dollars(r)} of that was later returned and refunded. ${count(n)} of the buyers were new in the quarter, and the customer file holds ${count(b)} customers. What was net revenue per active customer for the quarter, ${CENT}?`,
      show: usd,
      figures: { a, b, n, o, g, r },
      key: over(cents(g - r), w(a)),
      wrong: [
        [over(cents(g), w(a)), 'leaves the returns in the revenue'],
        [over(cents(g - r), w(b)), 'divides by every customer on file'],
        [over(cents(g - r), w(o)), 'divides by orders, giving order value'],
        [over(cents(g - r), w(3 * a)), 'divides by the three months as well'],
        [over(cents(g - r), w(n)), 'divides by the new customers only'],
      ],
    }
  }),
  measure('merchandise-aov-excluding-shipping-and-tax', (rng) => {
    const o = rng.int(500, 2400)
    const c = Math.round((o * rng.int(55, 85)) / 100)
    const m = o * rng.int(4000, 11000)
    const s = o * rng.int(300, 900)
    const x = Math.round((m * rng.int(5, 9)) / 100)
    // In tenths of a percent, so the discounts seldom equal the tax to the cent.
    const d = Math.round((m * rng.int(40, 120)) / 1000)
    const t = m + s + x
    return {
      stem: `In June ${shop(rng)} took ${count(o)} orders from ${count(c)} customers with order totals of ${dollars(t)}. The totals include ${dollars(s)} of shipping charges and ${dollars(x)} of sales tax, and are already net of ${dollars(d)} of discount codes. What was the average order value on merchandise (excluding shipping and tax), ${CENT}?`,
      show: usd,
      figures: { o, c, m, s, x, d },
      key: over(cents(t - s - x), w(o)),
      wrong: [
        [over(cents(t), w(o)), 'leaves shipping and tax in'],
        [over(cents(t - x), w(o)), 'takes off the tax but leaves the shipping in'],
        [over(cents(t - s - x - d), w(o)), 'takes the discounts off again'],
        [over(cents(t - s - x), w(c)), 'divides by customers instead of orders'],
        [
          over(cents(t - s - x + d), w(o)),
          'adds the discounts back, giving the value before discounts',
        ],
      ],
    }
  }),
  measure('median-order-value', (rng) => {
    const v = Array.from({ length: 8 }, () => rng.int(1500, 24000))
    const sorted = [...v].sort((a, b) => a - b)
    const lo = sorted[3] ?? 0
    const hi = sorted[4] ?? 0
    const total = v.reduce((a, b) => a + b, 0)
    return {
      stem: `A customer service lead at ${shop(rng)} pulls the last eight orders of one customer, in date order: ${v.map(dollars).join(', ')}. The median of an even count is the mean of the two middle values once sorted. What is this customer’s median order value, ${CENT}?`,
      show: usd,
      figures: { v: v.join(',') },
      key: over(cents(lo + hi), w(2)),
      wrong: [
        [over(cents(total), w(8)), 'gives the mean order value'],
        [
          over(cents((v[3] ?? 0) + (v[4] ?? 0)), w(2)),
          'takes the middle two of the list as given, unsorted',
        ],
        [cents(lo), 'takes the lower middle value only'],
        [cents(hi), 'takes the upper middle value only'],
      ],
    }
  }),
  measure('mean-days-between-orders', (rng) => {
    const n = rng.int(4, 7)
    const days = distinctDays(rng, n)
    const first = days[0] ?? 0
    const last = days[n - 1] ?? 0
    const asOf = 365
    return {
      stem: `A customer of ${shop(rng)} ordered on ${days.map(dateOf).join(', ')} 2025, and the analysis is run on 31 December 2025. What is the customer’s mean number of days between consecutive orders, ${DP1}?`,
      show: num(1, 'days'),
      figures: { days: days.join(',') },
      key: ratio(last - first, n - 1),
      wrong: [
        [ratio(last - first, n), 'divides by the orders, not the gaps between them'],
        [ratio(asOf - first, n - 1), 'measures to the analysis date instead of the last order'],
        [ratio(asOf - first, n), 'measures to the analysis date and divides by the orders'],
        [ratio(last, n - 1), 'counts from 1 January instead of the first order'],
      ],
    }
  }),
  measure('blended-aov-across-channels', (rng) => {
    const o1 = rng.int(400, 3000)
    const o2 = rng.int(400, 3000)
    const a1 = rng.int(3000, 9000)
    const a2 = a1 + rng.int(1500, 6000)
    const c1 = Math.round((o1 * rng.int(50, 90)) / 100)
    const c2 = Math.round((o2 * rng.int(50, 90)) / 100)
    return {
      stem: `${cap(shop(rng))} sells online and in its store. Last quarter the web shop took ${count(o1)} orders from ${count(c1)} customers at an average order value of ${dollars(a1)}, and the store took ${count(o2)} orders from ${count(c2)} customers at ${dollars(a2)}. What was the average order value across both channels, ${CENT}?`,
      show: usd,
      figures: { o1, o2, a1, a2, c1, c2 },
      key: over(plus(times(w(o1), cents(a1)), times(w(o2), cents(a2))), w(o1 + o2)),
      wrong: [
        [over(cents(a1 + a2), w(2)), 'averages the two order values without weighting'],
        [
          over(plus(times(w(o2), cents(a1)), times(w(o1), cents(a2))), w(o1 + o2)),
          'weights each channel by the other channel’s orders',
        ],
        [
          over(plus(times(w(c1), cents(a1)), times(w(c2), cents(a2))), w(c1 + c2)),
          'weights by customers instead of orders',
        ],
        [
          over(plus(times(w(o1), cents(a1)), times(w(o2), cents(a2))), w(c1 + c2)),
          'divides total revenue by customers',
        ],
      ],
    }
  }),
  measure('repeat-rate-from-order-count-buckets', (rng) => {
    const one = rng.int(900, 3000)
    const two = Math.round((one * rng.int(18, 35)) / 100)
    const three = Math.round((two * rng.int(30, 55)) / 100)
    const four = Math.round((three * rng.int(40, 90)) / 100)
    const all = one + two + three + four
    return {
      stem: `An order-count report for ${shop(rng)}’s 2025 buyers shows ${count(one)} customers with one order, ${count(two)} with two, ${count(three)} with three and ${count(four)} with four or more. What was the repeat-purchase rate (the share of buyers with two or more orders), ${PCT1}?`,
      show: pct(1),
      figures: { one, two, three, four },
      key: ratio(two + three + four, all),
      wrong: [
        [ratio(three + four, all), 'counts only customers with three or more orders as repeaters'],
        [ratio(two, all), 'counts only the two-order customers'],
        [ratio(two + three, all), 'leaves out the open four-or-more bucket'],
        [ratio(two + three + four, one), 'divides repeat buyers by one-time buyers'],
        [ratio(one, all), 'gives the one-time buyers’ share'],
      ],
    }
  }),
  measure('return-rate-by-value', (rng) => {
    const o = rng.int(1000, 5000)
    const k = Math.round((o * rng.int(6, 20)) / 100)
    const g = o * rng.int(5000, 12000)
    const r = Math.round((g * rng.int(50, 220)) / 1000)
    const v = r + Math.round((r * rng.int(40, 150)) / 100)
    const yr = g * rng.int(2, 4)
    const u = Math.round((o * rng.int(18, 30)) / 10)
    const ru = Math.round((u * rng.int(4, 25)) / 100)
    return {
      stem: `In the autumn season ${shop(rng)} sold ${dollars(g)} of goods (gross) on ${count(o)} orders, ${count(u)} units. Customers returned ${count(ru)} units worth ${dollars(r)}, spread over ${count(k)} orders worth ${dollars(v)} in all. Sales for the whole year were ${dollars(yr)}. What was the return rate by value (returned value over gross sales), ${PCT1}?`,
      show: pct(1),
      figures: { v, yr, o, k, g, r, u, ru },
      key: ratio(r, g),
      wrong: [
        [ratio(r, g - r), 'divides by sales net of returns'],
        [ratio(k, o), 'gives the share of orders with a return'],
        [ratio(ru, u), 'gives the return rate by units'],
        [ratio(g - r, g), 'gives the share of sales kept'],
        [ratio(r, v), 'divides by the value of the orders that had a return'],
        [ratio(r, yr), 'divides by the whole year’s sales, not the season’s'],
      ],
    }
  }),
  measure('accessory-attach-rate', (rng) => {
    const p = rng.int(300, 1800)
    const aw = Math.round((p * rng.int(150, 600)) / 1000)
    const aAlone = Math.round(((p - aw) * rng.int(20, 90)) / 100)
    const all = p * rng.int(4, 9)
    const units = aw + Math.round((aw * rng.int(10, 60)) / 100)
    return {
      stem: `At ${shop(rng)}, ${count(p)} of last month’s ${count(all)} orders contained the new starter kit; ${count(aw)} of those also contained the refill pack (${count(units)} refill packs in them). Another ${count(aAlone)} orders contained a refill pack without the kit. What was the refill pack’s attach rate to the starter kit (kit orders that included a refill pack), ${PCT1}?`,
      show: pct(1),
      figures: { p, aw, aAlone, all, units },
      key: ratio(aw, p),
      wrong: [
        [ratio(aw, all), 'divides by all orders, not the kit orders'],
        [ratio(aw + aAlone, p), 'counts refill orders without the kit'],
        [ratio(units, p), 'counts refill packs, not orders with one'],
        [ratio(aw, p + aAlone), 'adds the refill-only orders to the base'],
      ],
    }
  }),
  measure('aov-change-year-on-year', (rng) => {
    const o1 = rng.int(2000, 8000)
    const o2 = Math.round((o1 * rng.int(102, 130)) / 100)
    const a1 = rng.int(4000, 9000)
    const a2 = Math.round((a1 * rng.int(1040, 1250)) / 1000)
    const r1 = o1 * a1
    const r2 = o2 * a2
    return {
      stem: `${cap(shop(rng))} took ${count(o1)} orders worth ${dollars(r1)} in 2024 and ${count(o2)} orders worth ${dollars(r2)} in 2025. By what percentage did its average order value change from 2024 to 2025 (relative to 2024), ${PCT1}?`,
      show: pct(1),
      figures: { o1, o2, r1, r2 },
      key: minus(over(ratio(r2, o2), ratio(r1, o1)), w(1)),
      wrong: [
        [minus(ratio(r2, r1), w(1)), 'gives the change in revenue'],
        [minus(w(1), over(ratio(r1, o1), ratio(r2, o2))), 'divides the change by the 2025 value'],
        [minus(ratio(r2, r1), ratio(o2, o1)), 'subtracts the order growth from the revenue growth'],
        [
          plus(minus(ratio(r2, r1), w(1)), minus(ratio(o2, o1), w(1))),
          'adds the order growth to the revenue growth',
        ],
      ],
    }
  }),
  measure('net-average-unit-price', (rng) => {
    const u = rng.int(3000, 12000)
    const f = rng.int(100, 600)
    const o = Math.round((u * rng.int(30, 60)) / 100)
    const lp = rng.int(1200, 4000)
    const d = Math.round((u * lp * rng.int(5, 20)) / 100)
    const net = u * lp - d
    return {
      stem: `Last quarter ${shop(rng)} sold ${count(u)} paid units on ${count(o)} orders at a list price of ${dollars(lp)} each, for net merchandise revenue of ${dollars(net)} after ${dollars(d)} of discounts. It also shipped ${count(f)} free sample units, which are not sales. What was the net average selling price per paid unit, ${CENT}?`,
      show: usd,
      figures: { u, f, o, lp, d },
      key: over(cents(net), w(u)),
      wrong: [
        [over(cents(net), w(o)), 'divides by orders, giving the order value'],
        [over(cents(net), w(u + f)), 'counts the free samples as units sold'],
        [over(cents(net + d), w(u)), 'uses revenue before discounts'],
        [over(cents(net - d), w(u)), 'takes the discounts off net revenue again'],
      ],
    }
  }),
  measure('revenue-share-from-returning-customers', (rng) => {
    const rn = rng.int(500, 3000) * 1000
    const rr = Math.round((rn * rng.int(40, 95)) / 100)
    const cn = rng.int(800, 4000)
    const cr = Math.round((cn * rng.int(30, 90)) / 100)
    return {
      stem: `In 2025 ${shop(rng)} earned ${dollars(rn)} from ${count(cn)} first-time customers and ${dollars(rr)} from ${count(cr)} returning customers. What share of its revenue came from returning customers, ${PCT1}?`,
      show: pct(1),
      figures: { rn, rr, cn, cr },
      key: ratio(rr, rn + rr),
      wrong: [
        [ratio(cr, cn + cr), 'gives the returning share of customers, not of revenue'],
        [ratio(rn, rn + rr), 'gives the first-time customers’ share'],
        [ratio(rr, rn), 'divides by first-time revenue instead of all revenue'],
        [
          over(ratio(rr, cr), plus(ratio(rr, cr), ratio(rn, cn))),
          'compares revenue per customer instead of revenue',
        ],
      ],
    }
  }),
]

function units(u: number): string {
  return `${count(u)} units`
}
/** `n` order days of 2025, sorted, two to seven weeks apart, all before the analysis date. */
function distinctDays(rng: { int(a: number, b: number): number }, n: number): number[] {
  const out: number[] = []
  let day = rng.int(5, 60)
  for (let i = 0; i < n; i++) {
    out.push(day)
    day += rng.int(14, 50)
  }
  return out
}
