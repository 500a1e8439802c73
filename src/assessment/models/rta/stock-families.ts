import {
  add,
  CENT,
  div,
  dol,
  frac,
  money,
  mul,
  PCT2,
  pc,
  pct2,
  rest,
  sub,
  worked,
} from './rta-text.js'

// Stock valuation as a shop's accountant books it at a count or between counts. The slips are the
// ones the retail method and the cost flows invite: markdowns put into or left out of the ratio
// against the method stated, the opening stock in a FIFO ratio, the closing stock at retail for
// cost, a margin taken for a markup, freight and returns left out, and a whole-pool comparison
// where the rule is item by item.

/** The drawn pools of a retail-method period, in whole dollars. */
function period(rng: { int: (a: number, b: number) => number }) {
  const r0 = rng.int(40, 90) * 1000
  const c0 = Math.round((r0 * rng.int(52, 64)) / 100)
  const rp = rng.int(150, 300) * 1000
  const cp = Math.round((rp * rng.int(50, 62)) / 100)
  const mu = rng.int(4, 15) * 1000
  const md = rng.int(10, 30) * 1000
  const s = Math.round(((r0 + rp + mu - md) * rng.int(70, 85)) / 100)
  return { r0, c0, rp, cp, mu, md, s }
}
const periodText = (p: ReturnType<typeof period>): string =>
  `opening stock ${dol(p.c0)} at cost and ${dol(p.r0)} at retail; purchases ${dol(p.cp)} at cost and ${dol(p.rp)} at retail; net markups ${dol(p.mu)}; net markdowns ${dol(p.md)}; net sales ${dol(p.s)}`

export const STOCK_FAMILIES = [
  worked('retail-method-closing-stock-at-average-cost', (rng) => {
    const p = period(rng)
    const cost = p.c0 + p.cp
    const end = p.r0 + p.rp + p.mu - p.md - p.s
    const avg = div(cost, p.r0 + p.rp + p.mu - p.md)
    return {
      stem: `A clothing shop values its stock by the retail inventory method at average cost, so the cost-to-retail ratio takes in the opening stock, the purchases, the net markups and the net markdowns. For the half-year: ${periodText(p)}. What is the closing stock at cost, ${CENT}?`,
      show: money,
      figures: p,
      key: mul(avg, end),
      wrong: [
        [
          mul(div(cost, p.r0 + p.rp + p.mu), end),
          'leaves the markdowns out of the ratio (the lower-of-cost-or-market ratio)',
        ],
        [frac(end), 'gives the closing stock at retail'],
        [mul(div(p.cp, p.rp + p.mu - p.md), end), 'takes the ratio from the purchases only'],
        [mul(avg, end + p.md), 'leaves the markdowns out of the closing stock at retail'],
        [mul(div(cost, p.r0 + p.rp), end), 'leaves the markups and markdowns out of the ratio'],
      ],
    }
  }),
  worked('retail-method-closing-stock-at-lower-of-cost-or-market', (rng) => {
    const p = period(rng)
    const cost = p.c0 + p.cp
    const end = p.r0 + p.rp + p.mu - p.md - p.s
    const lcm = div(cost, p.r0 + p.rp + p.mu)
    return {
      stem: `A gift shop values its stock by the conventional retail inventory method (lower of cost or market), so net markups go into the cost-to-retail ratio and net markdowns do not. For the year: ${periodText(p)}. What is the closing stock at cost, ${CENT}?`,
      show: money,
      figures: p,
      key: mul(lcm, end),
      wrong: [
        [
          mul(div(cost, p.r0 + p.rp + p.mu - p.md), end),
          'puts the markdowns into the ratio (average cost)',
        ],
        [mul(div(cost, p.r0 + p.rp), end), 'leaves the markups out of the ratio too'],
        [frac(end), 'gives the closing stock at retail'],
        [mul(lcm, end + p.md), 'leaves the markdowns out of the closing stock at retail'],
        [mul(lcm, end - p.mu), 'leaves the markups out of the closing stock at retail'],
      ],
    }
  }),
  worked('cost-of-sales-by-the-conventional-retail-method', (rng) => {
    const p = period(rng)
    const cost = p.c0 + p.cp
    const end = p.r0 + p.rp + p.mu - p.md - p.s
    const lcm = div(cost, p.r0 + p.rp + p.mu)
    const avg = div(cost, p.r0 + p.rp + p.mu - p.md)
    const key = sub(cost, mul(lcm, end))
    return {
      stem: `A homeware shop uses the conventional retail inventory method (net markups in the cost-to-retail ratio, net markdowns left out). For the year: ${periodText(p)}. What is the cost of sales, the goods available at cost less the closing stock at cost, ${CENT}?`,
      show: money,
      figures: p,
      key,
      wrong: [
        [mul(lcm, p.s), 'multiplies the sales by the ratio, leaving the markdowns’ cost out'],
        [sub(cost, mul(avg, end)), 'puts the markdowns into the ratio (average cost)'],
        [sub(frac(p.s), key), 'gives the gross margin'],
        [add(key, mul(lcm, p.mu)), 'leaves the markups out of the closing stock at retail'],
      ],
    }
  }),
  worked('retail-method-closing-stock-on-fifo', (rng) => {
    const p = period(rng)
    const end = p.r0 + p.rp + p.mu - p.md - p.s
    if (end > p.rp + p.mu - p.md) rest()
    const fifo = div(p.cp, p.rp + p.mu - p.md)
    return {
      stem: `A toy shop uses the retail inventory method on FIFO at cost: the closing stock is taken to come from this period’s purchases, so the cost-to-retail ratio uses the purchases, net markups and net markdowns only. For the quarter: ${periodText(p)}. What is the closing stock at cost, ${CENT}?`,
      show: money,
      figures: p,
      key: mul(fifo, end),
      wrong: [
        [
          mul(div(p.c0 + p.cp, p.r0 + p.rp + p.mu - p.md), end),
          'puts the opening stock into the ratio (average cost)',
        ],
        [mul(div(p.cp, p.rp + p.mu), end), 'leaves the markdowns out of the FIFO ratio'],
        [mul(div(p.c0, p.r0), end), 'uses the opening stock’s ratio'],
        [frac(end), 'gives the closing stock at retail'],
        [mul(div(p.cp, p.rp), end), 'uses the purchases’ ratio before markups and markdowns'],
      ],
    }
  }),
  worked('periodic-fifo-closing-stock', (rng) => {
    const q = [rng.int(20, 60), rng.int(40, 90), rng.int(40, 90), rng.int(30, 80)]
    const c = [rng.int(300, 500), 0, 0, 0]
    for (let i = 1; i < 4; i++) c[i] = c[i - 1]! + rng.int(10, 40) * rng.pick([1, 1, -1])
    const total = q.reduce((a, b) => a + b, 0)
    const k = rng.int(q[3]! + 5, q[3]! + q[2]! - 5)
    const fifo = add(mul(q[3]!, c[3]!), mul(k - q[3]!, c[2]!))
    const lifo = add(mul(q[0]!, c[0]!), mul(k - q[0]!, c[1]!))
    if (k <= q[0]! || k - q[0]! > q[1]!) rest()
    const cost = q.reduce((a, x, i) => a + x * c[i]!, 0)
    return {
      stem: `A hardware shop counts its stock of one drill at the year end and finds ${k} units. Opening stock was ${q[0]} units at ${money(frac(c[0]!, 100))}; purchases in the year were ${q[1]} at ${money(frac(c[1]!, 100))}, then ${q[2]} at ${money(frac(c[2]!, 100))}, then ${q[3]} at ${money(frac(c[3]!, 100))}. On periodic FIFO, what is the closing stock at cost, ${CENT}?`,
      show: money,
      figures: {
        q0: q[0]!,
        q1: q[1]!,
        q2: q[2]!,
        q3: q[3]!,
        c0: c[0]!,
        c1: c[1]!,
        c2: c[2]!,
        c3: c[3]!,
        k,
      },
      key: div(fifo, 100),
      wrong: [
        [div(lifo, 100), 'values the count from the oldest layers (LIFO)'],
        [div(mul(k, div(cost, total)), 100), 'uses the weighted average cost'],
        [div(mul(k, c[3]!), 100), 'values every unit at the latest cost'],
        [div(mul(k, c[0]!), 100), 'values every unit at the opening cost'],
      ],
    }
  }),
  worked('periodic-weighted-average-cost-of-sales', (rng) => {
    const q = [rng.int(20, 60), rng.int(40, 100), rng.int(40, 100)]
    const c = [rng.int(800, 1500), 0, 0]
    c[1] = c[0]! + rng.int(30, 120)
    c[2] = c[1]! + rng.int(30, 120) * rng.pick([1, -1])
    const total = q[0]! + q[1]! + q[2]!
    const sold = rng.int(Math.round(total * 0.6), total - 10)
    const cost = q.reduce((a, x, i) => a + x * c[i]!, 0)
    const fifoSold = (() => {
      let left = sold
      let s = 0
      for (let i = 0; i < 3; i++) {
        const t = Math.min(left, q[i]!)
        s += t * c[i]!
        left -= t
      }
      return s
    })()
    return {
      stem: `A stationery shop sold ${sold} boxes of one pen in the quarter. It opened with ${q[0]} boxes at ${money(frac(c[0]!, 100))} and bought ${q[1]} at ${money(frac(c[1]!, 100))} and then ${q[2]} at ${money(frac(c[2]!, 100))}. On the periodic weighted average cost (the period’s total cost over its total units), what is the cost of sales, ${CENT}?`,
      show: money,
      figures: { q0: q[0]!, q1: q[1]!, q2: q[2]!, c0: c[0]!, c1: c[1]!, c2: c[2]!, sold },
      key: div(mul(sold, div(cost, total)), 100),
      wrong: [
        [
          div(mul(sold, div(c[0]! + c[1]! + c[2]!, 3)), 100),
          'averages the three unit costs without weighting them',
        ],
        [frac(fifoSold, 100), 'costs the sales on FIFO'],
        [
          div(mul(total - sold, div(cost, total)), 100),
          'gives the closing stock, not the cost of sales',
        ],
        [div(mul(sold, c[2]!), 100), 'costs every sale at the latest price'],
        [
          div(mul(sold, div(q[1]! * c[1]! + q[2]! * c[2]!, q[1]! + q[2]!)), 100),
          'averages the purchases only, leaving out the opening stock',
        ],
      ],
    }
  }),
  worked('moving-average-cost-of-a-later-sale', (rng) => {
    const q0 = rng.int(30, 80)
    const c0 = rng.int(1000, 2000)
    const s1 = rng.int(10, q0 - 10)
    const q1 = rng.int(40, 100)
    const c1 = c0 + rng.int(50, 300) * rng.pick([1, -1])
    const s2 = rng.int(10, q0 - s1 + q1 - 10)
    const avg = div(add(mul(q0 - s1, c0), mul(q1, c1)), q0 - s1 + q1)
    return {
      stem: `A shop keeps perpetual stock records at moving average cost. It held ${q0} units of a kettle at ${money(frac(c0, 100))}, sold ${s1}, then bought ${q1} at ${money(frac(c1, 100))}, then sold ${s2}. What is the cost of the second sale of ${s2} units, ${CENT}?`,
      show: money,
      figures: { q0, c0, s1, q1, c1, s2 },
      key: div(mul(s2, avg), 100),
      wrong: [
        [
          div(mul(s2, div(q0 * c0 + q1 * c1, q0 + q1)), 100),
          'averages over all units bought, as if nothing had been sold (periodic)',
        ],
        [frac(s2 * c1, 100), 'costs the sale at the new purchase price'],
        [frac(s2 * c0, 100), 'costs the sale at the old unit cost'],
        [div(mul(s2, div(c0 + c1, 2)), 100), 'averages the two unit costs without weighting them'],
      ],
    }
  }),
  worked('stock-lost-in-a-fire-by-the-gross-profit-method', (rng) => {
    const o = rng.int(30, 80) * 1000
    const pu = rng.int(80, 200) * 1000
    const fr = rng.int(2, 8) * 1000
    const rt = rng.int(2, 9) * 1000
    const m = rng.int(30, 45)
    const s = rng.int(100, 220) * 1000
    const v = rng.int(3, 12) * 1000
    const avail = o + pu + fr - rt
    const key = sub(sub(avail, mul(s, pc(100 - m))), v)
    return {
      stem: `A fire destroys most of a shop’s stock. From the books: opening stock ${dol(o)} at cost, purchases ${dol(pu)}, freight-in ${dol(fr)}, purchase returns ${dol(rt)}, net sales to the date of the fire ${dol(s)}. The shop’s gross margin is ${m}% of net sales, and stock costing ${dol(v)} was salvaged. By the gross profit method, what is the cost of the stock lost, ${CENT}?`,
      show: money,
      figures: { o, pu, fr, rt, m, s, v },
      key,
      wrong: [
        [sub(sub(avail, div(s, pc(100 + m))), v), 'takes the margin as a markup on cost'],
        [sub(key, frac(fr)), 'leaves the freight-in out'],
        [add(key, frac(rt)), 'leaves the purchase returns in'],
        [add(key, frac(v)), 'leaves the salvaged stock in the loss'],
        [sub(sub(avail, mul(s, pc(m))), v), 'takes the cost of sales as the margin share of sales'],
      ],
    }
  }),
  worked('month-end-stock-from-a-markup-on-cost', (rng) => {
    const o = rng.int(40, 120) * 1000
    const pu = rng.int(30, 90) * 1000
    const k = rng.pick([25, 40, 50, 60, 75, 100])
    const s = rng.int(40, 110) * 1000
    const avail = o + pu
    const key = sub(avail, div(s, pc(100 + k)))
    if (sub(frac(pu), div(s, pc(100 + k))).n <= 0n) rest()
    return {
      stem: `For monthly accounts between counts, a shop estimates its stock by the gross profit method. It prices at a markup of ${k}% on cost. Opening stock at cost ${dol(o)}, purchases ${dol(pu)}, net sales ${dol(s)}. What is the estimated closing stock at cost, ${CENT}?`,
      show: money,
      figures: { o, pu, k, s },
      key,
      wrong: [
        [sub(avail, mul(s, pc(100 - k))), 'takes the markup on cost as a margin on sales'],
        [sub(avail, frac(s)), 'subtracts the sales at retail'],
        [
          sub(avail, mul(s, div(k, 100 + k))),
          'subtracts the gross profit instead of the cost of sales',
        ],
        [sub(frac(pu), div(s, pc(100 + k))), 'leaves the opening stock out'],
        [div(s, pc(100 + k)), 'gives the cost of sales'],
      ],
    }
  }),
  worked('shrinkage-accrued-at-cost-between-counts', (rng) => {
    const s = rng.int(200, 900) * 1000
    const h = rng.int(8, 30)
    const c = rng.int(45, 65)
    const st = rng.int(80, 300) * 1000
    return {
      stem: `A chemist accrues shrinkage between stock counts at ${(h / 10).toFixed(1)}% of net sales at retail, booked at cost using its cost-to-retail ratio of ${c}%. Net sales since the last count are ${dol(s)}; stock on hand at retail is ${dol(st)}. What shrinkage accrual at cost should it book, ${CENT}?`,
      show: money,
      figures: { s, h, c, st },
      key: mul(s, frac(h, 1000), pc(c)),
      wrong: [
        [mul(s, frac(h, 1000)), 'books the shrinkage at retail'],
        [mul(s, frac(h, 1000), pc(100 - c)), 'uses the margin instead of the cost ratio'],
        [mul(st, frac(h, 1000), pc(c)), 'takes the rate on the stock on hand, not the sales'],
        [div(mul(s, frac(h, 1000)), pc(c)), 'divides the retail shrinkage by the cost ratio'],
      ],
    }
  }),
  worked('write-down-to-net-realisable-value', (rng) => {
    const u = rng.int(40, 200)
    const c = rng.int(30, 90)
    const l = c + rng.int(5, 30)
    const d = rng.pick([30, 40, 50, 60])
    const sell = rng.int(2, 8)
    const nrv = sub(mul(l, pc(100 - d)), sell)
    if (sub(c, nrv).n <= 0n) rest()
    return {
      stem: `A shop holds ${u} units of last season’s jacket, costing ${dol(c)} each and ticketed at ${dol(l)}. It expects to clear them at ${d}% off the ticket price, paying ${dol(sell)} a unit in selling costs. Stock is carried at the lower of cost and net realisable value. What write-down should it book, ${CENT}?`,
      show: money,
      figures: { u, c, l, d, sell },
      key: mul(u, sub(c, nrv)),
      wrong: [
        [mul(u, sub(c, mul(l, pc(100 - d)))), 'leaves the selling costs out'],
        [mul(u, nrv), 'gives the net realisable value, not the write-down'],
        [mul(u, sub(l, nrv)), 'measures the write-down from the ticket price, not the cost'],
        [
          mul(u, sub(c, sub(mul(c, pc(100 - d)), sell))),
          'takes the discount off the cost, not the ticket',
        ],
      ],
    }
  }),
  worked('lower-of-cost-and-nrv-line-by-line', (rng) => {
    const cost = [rng.int(20, 60), rng.int(20, 60), rng.int(20, 60)].map((x) => x * 100)
    const nrv = cost.map((x, i) => x + (i === 0 ? -1 : 1) * rng.int(3, 15) * 100)
    nrv[rng.int(1, 2)] = cost[1]! - rng.int(2, 8) * 100
    const lines = cost.map((x, i) => Math.min(x, nrv[i]!))
    const tc = cost.reduce((a, b) => a + b, 0)
    const tn = nrv.reduce((a, b) => a + b, 0)
    const names = ['shoes', 'bags', 'belts']
    return {
      stem: `A shop’s year-end stock, line by line at cost and at net realisable value: ${names.map((n, i) => `${n} ${dol(cost[i]!)} and ${dol(nrv[i]!)}`).join('; ')}. The lower of cost and net realisable value is applied line by line. At what amount should the stock be carried, ${CENT}?`,
      show: money,
      figures: { c0: cost[0]!, c1: cost[1]!, c2: cost[2]!, n0: nrv[0]!, n1: nrv[1]!, n2: nrv[2]! },
      key: frac(lines.reduce((a, b) => a + b, 0)),
      wrong: [
        [frac(Math.min(tc, tn)), 'compares the totals instead of each line'],
        [frac(tc), 'carries the stock at cost'],
        [frac(tn), 'carries the stock at net realisable value'],
        [
          frac(cost.reduce((a, x, i) => a + Math.max(x, nrv[i]!), 0)),
          'takes the higher of the two on each line',
        ],
        [
          frac(tc - lines.reduce((a, b) => a + b, 0)),
          'gives the write-down, not the carrying amount',
        ],
        [
          frac(cost.reduce((a, x, i) => a + (x <= nrv[i]! ? x : 0), 0)),
          'writes the lines below cost off entirely',
        ],
      ],
    }
  }),
  worked('cost-of-sales-from-the-year-end-count', (rng) => {
    const o = rng.int(20, 60) * 1000
    const pu = rng.int(100, 300) * 1000
    const fi = rng.int(2, 9) * 1000
    const fo = rng.int(2, 9) * 1000
    const rt = rng.int(2, 9) * 1000
    const dc = rng.int(1, 5) * 1000
    const cl = rng.int(20, 60) * 1000
    const key = o + pu + fi - rt - dc - cl
    return {
      stem: `A shop’s records for the year: opening stock ${dol(o)}, purchases ${dol(pu)}, freight-in on purchases ${dol(fi)}, delivery costs on customer orders ${dol(fo)}, purchase returns ${dol(rt)}, settlement discounts taken on purchases ${dol(dc)} (deducted from the cost of the purchases), closing stock counted at cost ${dol(cl)}. What is the cost of sales, in dollars ${CENT}?`,
      show: money,
      figures: { o, pu, fi, fo, rt, dc, cl },
      key: frac(key),
      wrong: [
        [frac(key + fo), 'puts the delivery costs to customers into cost of sales'],
        [frac(key - fi), 'leaves the freight-in out'],
        [frac(key + rt), 'leaves the purchase returns in'],
        [frac(key + dc), 'leaves the settlement discounts in'],
        [frac(key - o), 'leaves the opening stock out'],
      ],
    }
  }),
  worked('landed-unit-cost-for-stock', (rng) => {
    const u = rng.int(10, 50) * 10
    const l = rng.int(8, 40)
    const td = rng.pick([10, 15, 20, 25])
    const fr = rng.int(3, 12) * 50
    const du = rng.int(4, 12)
    const vat = 20
    const net = mul(u, l, pc(100 - td))
    const landed = add(net, mul(net, pc(du)), fr)
    return {
      stem: `A gift shop imports ${u} candles listed at ${dol(l)} each, less a ${td}% trade discount. Freight to the shop is ${dol(fr)}, import duty is ${du}% of the discounted price, and ${vat}% import VAT is charged on top, which the shop reclaims in full. What cost per candle goes into stock, ${CENT}?`,
      show: money,
      figures: { u, l, td, fr, du },
      key: div(landed, u),
      wrong: [
        [div(mul(landed, pc(100 + vat)), u), 'puts the reclaimable VAT into the cost'],
        [div(add(net, mul(u, l, pc(du)), fr), u), 'takes the duty on the list price'],
        [div(add(net, mul(net, pc(du))), u), 'leaves the freight out'],
        [div(add(net, fr), u), 'leaves the duty out'],
        [div(add(mul(u, l), mul(net, pc(du)), fr), u), 'leaves the trade discount out'],
      ],
    }
  }),
  worked('conventional-cost-ratio-with-freight-and-returns', (rng) => {
    const c0 = rng.int(30, 60) * 1000
    const r0 = c0 + rng.int(20, 40) * 1000
    const cp = rng.int(100, 200) * 1000
    const rp = Math.round((cp * rng.int(170, 210)) / 100)
    const fr = rng.int(3, 10) * 1000
    const rtc = rng.int(3, 10) * 1000
    const rtr = Math.round((rtc * rng.int(170, 210)) / 100)
    const mu = rng.int(5, 15) * 1000
    const muc = rng.int(1, 4) * 1000
    const md = rng.int(8, 25) * 1000
    const cost = c0 + cp + fr - rtc
    const retail = r0 + rp - rtr + mu - muc
    return {
      stem: `A shop uses the conventional retail method (net markups in the ratio, markdowns left out). Opening stock ${dol(c0)} at cost, ${dol(r0)} at retail; purchases ${dol(cp)} at cost, ${dol(rp)} at retail; freight-in ${dol(fr)}; purchase returns ${dol(rtc)} at cost, ${dol(rtr)} at retail; markups ${dol(mu)}; markup cancellations ${dol(muc)}; markdowns ${dol(md)}. What is the cost-to-retail ratio, ${PCT2}?`,
      show: pct2,
      figures: { c0, r0, cp, rp, fr, rtc, rtr, mu, muc, md },
      key: div(cost, retail),
      wrong: [
        [div(cost - fr, retail), 'leaves the freight-in out'],
        [div(cost, retail - md), 'puts the markdowns into the ratio'],
        [div(cost, retail + muc), 'leaves the markup cancellations out'],
        [div(cost + rtc, retail + rtr), 'leaves the purchase returns in'],
        [div(cost, retail - mu + muc), 'leaves the net markups out'],
      ],
    }
  }),
  worked('retail-method-stock-after-staff-discounts-and-shrink', (rng) => {
    const av = rng.int(300, 600) * 1000
    const s = Math.round((av * rng.int(60, 75)) / 100)
    const md = rng.int(10, 30) * 1000
    const ed = rng.int(2, 8) * 1000
    const sh = rng.int(3, 12) * 1000
    const c = rng.int(52, 64)
    const end = av - s - md - ed - sh
    return {
      stem: `A department store’s goods available at retail, after net markups, are ${dol(av)}, and its conventional cost-to-retail ratio is ${c}%. In the period: net sales ${dol(s)}, markdowns ${dol(md)}, staff discounts ${dol(ed)} and estimated shrinkage ${dol(sh)} at retail. What is the closing stock at cost, ${CENT}?`,
      show: money,
      figures: { av, s, md, ed, sh, c },
      key: mul(end, pc(c)),
      wrong: [
        [mul(end + ed, pc(c)), 'leaves the staff discounts in the stock'],
        [mul(end + sh, pc(c)), 'leaves the estimated shrinkage in the stock'],
        [mul(end, pc(100 - c)), 'uses the margin instead of the cost ratio'],
        [mul(end + md + ed + sh, pc(c)), 'deducts only the sales'],
        [frac(end), 'gives the closing stock at retail'],
      ],
    }
  }),
]
