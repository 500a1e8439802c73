import {
  cap,
  cents,
  count,
  DP1,
  DP2,
  dateOf,
  dollars,
  type Fraction,
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

// Segmentation and RFM: scores from stated cut rules, recency from stated dates, decile and
// Pareto shares, and segment sizes from migration matrices. Each stem states its cuts, its dates
// and which customers are in the base, because the slips are a reversed scale, another date, a
// row read for a column and a base with a group too many or too few.

const sumOf = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
const topTwoShare = (v: readonly number[]): number => {
  const s = [...v].sort((a, b) => b - a)
  return ((s[0] ?? 0) + (s[1] ?? 0)) / sumOf(v)
}

/** Stated RFM cuts: recency days, orders in 12 months, 12-month spend in cents. */
function rScore(days: number): number {
  return days <= 30 ? 5 : days <= 90 ? 4 : days <= 180 ? 3 : days <= 365 ? 2 : 1
}
function fScore(orders: number): number {
  return orders >= 10 ? 5 : orders >= 6 ? 4 : orders >= 3 ? 3 : orders === 2 ? 2 : 1
}
function mScore(c: number): number {
  return c >= 100_000 ? 5 : c >= 50_000 ? 4 : c >= 25_000 ? 3 : c >= 10_000 ? 2 : 1
}
const RFM_CUTS =
  'Recency scores 5 for 0–30 days since the last order, 4 for 31–90, 3 for 91–180, 2 for 181–365 and 1 beyond; frequency scores 5 for 10 or more orders in 12 months, 4 for 6–9, 3 for 3–5, 2 for 2 and 1 for 1; monetary scores 5 for $1,000 or more spent in 12 months, 4 for $500–$999.99, 3 for $250–$499.99, 2 for $100–$249.99 and 1 below $100.'

export const SEGMENT_FAMILIES = [
  measure('weighted-rfm-score', (rng) => {
    const days = rng.int(5, 400)
    const o = rng.int(1, 14)
    const c = rng.int(3000, 160000)
    const [wr, wf, wm] = rng.pick([
      [50, 30, 20],
      [40, 35, 25],
      [45, 35, 20],
      [60, 25, 15],
    ] as const)
    const [r, f, m] = [rScore(days), fScore(o), mScore(c)]
    const score = (a: number, b: number, x: number) => frac(wr * a + wf * b + wm * x, 100)
    return {
      stem: `${RFM_CUTS} A customer of ${shop(rng)} last ordered ${days} days ago and placed ${o} order${o === 1 ? '' : 's'} worth ${dollars(c)} in the last 12 months. With weights of ${wr}% on recency, ${wf}% on frequency and ${wm}% on monetary value, what is the weighted RFM score, ${DP2}?`,
      show: num(2),
      figures: { days, o, c, wr, wf, wm },
      key: score(r, f, m),
      wrong: [
        [frac(r + f + m, 3), 'averages the three scores without the weights'],
        [score(6 - r, f, m), 'reverses the recency scale, scoring recent buyers low'],
        [frac(wm * r + wf * f + wr * m, 100), 'swaps the recency and monetary weights'],
        [frac(wr * r + wf * f + wm * m, 100 * 3), 'divides the weighted score by three again'],
        [frac(wr * f + wf * r + wm * m, 100), 'swaps the recency and frequency weights'],
        [w(r + f + m), 'adds the three scores without the weights'],
      ],
    }
  }),
  measure('recency-days-as-of-date', (rng) => {
    const first = rng.int(5, 40)
    const prev = first + rng.int(30, 80)
    const last = prev + rng.int(20, 70)
    const ship = last + rng.int(1, 3)
    const deliv = ship + rng.int(2, 5)
    const visit = deliv + rng.int(3, 20)
    const asOf = visit + rng.int(5, 60)
    const extract = asOf + rng.int(3, 12)
    return {
      stem: `For an RFM refresh at ${shop(rng)}, recency is the days from a customer’s last order date to the as-of date, ${dateOf(asOf)} 2025. One customer first ordered on ${dateOf(first)}, ordered again on ${dateOf(prev)} and last ordered on ${dateOf(last)}; that order shipped on ${dateOf(ship)} and was delivered on ${dateOf(deliv)}, and the customer last visited the site on ${dateOf(visit)}. The data were extracted on ${dateOf(extract)}. What is the customer’s recency in days?`,
      show: num(0, 'days'),
      figures: { first, prev, last, ship, deliv, visit, asOf, extract },
      key: w(asOf - last),
      wrong: [
        [w(asOf - ship), 'measures from the ship date'],
        [w(asOf - deliv), 'measures from the delivery date'],
        [w(asOf - visit), 'measures from the last site visit'],
        [w(extract - last), 'measures to the extract date'],
        [w(asOf - prev), 'measures from the order before last'],
        [w(asOf - first), 'measures from the first order'],
      ],
    }
  }),
  measure('top-two-decile-revenue-share', (rng) => {
    const d: number[] = [rng.int(300, 600) * 1000]
    for (let i = 1; i < 10; i++) d.push(Math.round(((d[i - 1] ?? 0) * rng.int(76, 90)) / 100))
    const t = sumOf(d)
    const [d1, d2, d3] = d as [number, number, number]
    return {
      stem: `${cap(shop(rng))} ranks its customers by 12-month revenue into ten equal deciles. Revenue by decile, top first: ${d.map(dollars).join(', ')}. What share of revenue comes from the top 20% of customers, ${PCT1}?`,
      show: pct(1),
      figures: { d: d.join(',') },
      key: ratio(d1 + d2, t),
      wrong: [
        [ratio(d1, t), 'takes the top decile only'],
        [ratio(d2, t), 'takes the second decile alone'],
        [ratio((d[8] ?? 0) + (d[9] ?? 0), t), 'reads the table from the bottom'],
        [ratio(d1 + d2 + d3, t), 'takes the top three deciles'],
        [ratio(d1 + d2, t - d1 - d2), 'divides by the revenue of the other deciles'],
        [ratio(d1 + d2, sumOf(d.slice(0, 5))), 'divides by the top half’s revenue'],
      ],
    }
  }),
  measure('segment-size-from-migration-matrix', (rng) => {
    // Rows: last quarter's segment; columns: this quarter's Champions, Loyal, At risk, Lapsed.
    const cl = rng.int(80, 300)
    const ll = rng.int(600, 1500)
    const al = rng.int(100, 400)
    const lc = rng.int(50, 200)
    const la = rng.int(100, 300)
    const lx = rng.int(50, 200)
    const nw = rng.int(60, 250)
    const row = lc + ll + la + lx
    const col = cl + ll + al
    return {
      stem: `In ${shop(rng)}’s segment migration matrix from last quarter to this one, ${count(cl)} Champions became Loyal, ${count(al)} At-risk customers became Loyal, and of last quarter’s ${count(row)} Loyal customers ${count(ll)} stayed Loyal, ${count(lc)} became Champions, ${count(la)} became At risk and ${count(lx)} lapsed. ${count(nw)} new customers also entered Loyal this quarter. How many Loyal customers are there this quarter?`,
      show: num(0, 'customers'),
      figures: { cl, ll, al, lc, la, lx, nw },
      key: w(col + nw),
      wrong: [
        [w(row), 'reads the Loyal row, last quarter’s size'],
        [w(ll), 'counts only the customers who stayed Loyal'],
        [w(col), 'leaves out the new customers'],
        [w(cl + al + nw), 'counts only the customers who arrived in Loyal'],
        [
          w(row + cl + al + nw),
          'adds the arrivals to last quarter’s size without taking off those who left',
        ],
      ],
    }
  }),
  measure('segment-migration-rate', (rng) => {
    const ll = rng.int(600, 1500)
    const lc = rng.int(60, 250)
    const la = rng.int(100, 300)
    const lx = rng.int(50, 200)
    const cc = rng.int(200, 500)
    const ac = rng.int(20, 90)
    const tot = rng.int(6000, 12000)
    const row = ll + lc + la + lx
    return {
      stem: `Of ${shop(rng)}’s ${count(row)} Loyal customers last quarter, ${count(ll)} stayed Loyal, ${count(lc)} became Champions, ${count(la)} became At risk and ${count(lx)} lapsed. This quarter’s Champions are those ${count(lc)} plus ${count(cc)} who stayed Champions and ${count(ac)} who came up from At risk, out of ${count(tot)} customers in the matrix. What share of last quarter’s Loyal customers moved up to Champions, ${PCT1}?`,
      show: pct(1),
      figures: { ll, lc, la, lx, cc, ac, tot },
      key: ratio(lc, row),
      wrong: [
        [ratio(lc, lc + cc + ac), 'divides by this quarter’s Champions'],
        [ratio(lc, tot), 'divides by every customer in the matrix'],
        [ratio(lc, row + cc + ac), 'adds the other Champions to the base'],
        [ratio(lc, row - ll), 'divides by the Loyal customers who moved'],
        [ratio(lc + ll, row), 'counts the customers who stayed Loyal'],
        [ratio(lc, ll), 'divides by the customers who stayed Loyal'],
      ],
    }
  }),
  measure('segment-revenue-index', (rng) => {
    const nn = rng.int(8000, 40000)
    const ns = Math.round((nn * rng.int(8, 25)) / 100)
    const rr = nn * rng.int(8000, 20000)
    const rs = Math.round((rr * (ns / nn) * rng.int(1500, 3500)) / 1000)
    const file = Math.round((nn * rng.int(15, 30)) / 10)
    const os = Math.round((ns * rng.int(30, 60)) / 10)
    const on = Math.round((nn * rng.int(15, 25)) / 10)
    return {
      stem: `A segment of ${count(ns)} customers out of ${shop(rng)}’s ${count(nn)} produced ${dollars(rs)} of its ${dollars(rr)} revenue, on ${count(os)} of its ${count(on)} orders; the customer file, inactive customers included, holds ${count(file)}. The segment’s revenue index is its share of revenue divided by its share of customers, times 100. What is the index, ${DP1}?`,
      show: num(1),
      figures: { file, nn, ns, rr, rs, os, on },
      key: times(over(ratio(rs, rr), ratio(ns, nn)), w(100)),
      wrong: [
        [times(ratio(rs, rr), w(100)), 'gives the revenue share alone'],
        [
          times(over(ratio(ns, nn), ratio(rs, rr)), w(100)),
          'divides the customer share by the revenue share',
        ],
        [
          times(over(ratio(rs, rr), ratio(os, on)), w(100)),
          'divides by the share of orders instead of customers',
        ],
        [times(minus(ratio(rs, rr), ratio(ns, nn)), w(100)), 'subtracts the shares'],
        [
          times(over(ratio(rs, ns), ratio(rr - rs, nn - ns)), w(100)),
          'compares with the rest of the base, not the whole',
        ],
        [
          times(over(ratio(rs, rr - rs), ratio(ns, nn)), w(100)),
          'takes the revenue share of the rest of the base as the denominator',
        ],
        [
          times(over(ratio(rs, rr), ratio(ns, file)), w(100)),
          'takes the customer share from the whole file, inactive customers included',
        ],
      ],
    }
  }),
  measure('next-period-revenue-from-migration', (rng) => {
    const sh = rng.int(40000, 90000)
    const sl = rng.int(8000, 25000)
    const hh = rng.int(600, 1500)
    const hl = rng.int(150, 500)
    const hx = rng.int(50, 200)
    const lh = rng.int(100, 400)
    const ll = rng.int(1500, 4000)
    const lx = rng.int(300, 900)
    const hi = hh + lh
    const lo = hl + ll
    const rev = (h: number, l: number) => plus(times(w(h), cents(sh)), times(w(l), cents(sl)))
    return {
      stem: `${cap(shop(rng))} expects High-value customers to spend ${dollars(sh)} next year and Low-value customers ${dollars(sl)}. Of its ${count(hh + hl + hx)} High-value customers, ${count(hh)} are expected to stay High, ${count(hl)} to drop to Low and ${count(hx)} to lapse; of its ${count(lh + ll + lx)} Low-value customers, ${count(lh)} to move up to High, ${count(ll)} to stay Low and ${count(lx)} to lapse. Lapsed customers spend nothing. What revenue do these customers bring next year?`,
      show: usd,
      figures: { sh, sl, hh, hl, hx, lh, ll, lx },
      key: rev(hi, lo),
      wrong: [
        [rev(hh + hl + hx, lh + ll + lx), 'uses this year’s segment sizes'],
        [rev(hh, ll), 'counts only the customers who stay in their segment'],
        [plus(times(w(hi), cents(sl)), times(w(lo), cents(sh))), 'swaps the two segments’ spend'],
        [rev(hi, lo + hx + lx), 'keeps the lapsed customers at the Low-value spend'],
        [rev(hh + hl + lh, ll + lh + hl), 'counts the movers in both segments'],
        [rev(hh + hl, lh + ll), 'keeps each mover in its old segment'],
      ],
    }
  }),
  measure('top-customers-share-from-a-list', (rng) => {
    // Redrawn until the top two hold under 45% of spend, so no slip's share can pass 100%.
    let v = Array.from({ length: 10 }, () => rng.int(2000, 90000))
    while (topTwoShare(v) >= 0.45) v = Array.from({ length: 10 }, () => rng.int(2000, 90000))
    const s = [...v].sort((a, b) => b - a)
    const t = sumOf(v)
    const [s1, s2, s3] = s as [number, number, number]
    return {
      stem: `A small wholesale account list at ${shop(rng)} has ten customers with 12-month spend of ${v.map(dollars).join(', ')}. What share of total spend comes from the top 20% of these customers by spend, ${PCT1}?`,
      show: pct(1),
      figures: { v: v.join(',') },
      key: ratio(s1 + s2, t),
      wrong: [
        [ratio((v[0] ?? 0) + (v[1] ?? 0), t), 'takes the first two in the list, unsorted'],
        [ratio(s1 + s2, t - s1 - s2), 'divides by the other customers’ spend'],
        [ratio(s1 + s2 + s3, t), 'takes the top three customers'],
        [ratio((s[8] ?? 0) + (s[9] ?? 0), t), 'takes the bottom two'],
        [ratio(s1, t), 'takes the top customer only'],
        [
          ratio(s1 + s2, t - (s[8] ?? 0) - (s[9] ?? 0)),
          'leaves the bottom two customers out of the total',
        ],
      ],
    }
  }),
  measure('top-decile-lift', (rng) => {
    const n1 = 100 * rng.int(20, 80)
    const nn = 10 * n1
    const base = rng.int(150, 400)
    const rall = Math.round((nn * base) / 10_000)
    const r1 = Math.round((rall * rng.int(220, 380)) / 1000)
    const r2 = Math.round((rall * rng.int(14, 20)) / 100)
    const r10 = Math.round((rall * rng.int(2, 5)) / 100)
    const rate = ratio(rall, nn)
    return {
      stem: `A propensity model scored ${count(nn)} customers of ${shop(rng)} who were all mailed, in ten equal deciles of ${count(n1)}. ${count(rall)} responded in all: ${count(r1)} in the top decile, ${count(r2)} in the second and ${count(r10)} in the bottom. What is the top decile’s lift (its response rate over the overall rate), ${DP2}?`,
      show: num(2),
      figures: { n1, rall, r1, r2, r10 },
      key: over(ratio(r1, n1), rate),
      wrong: [
        [
          over(ratio(r1, n1), ratio(rall - r1, nn - n1)),
          'compares with the other nine deciles, not the whole list',
        ],
        [over(ratio(r1, n1), ratio(r10, n1)), 'divides by the bottom decile’s rate'],
        [minus(over(ratio(r1, n1), rate), w(1)), 'subtracts one, giving the uplift over random'],
        [over(ratio(r1 + r2, 2 * n1), rate), 'gives the cumulative lift of the top two deciles'],
        [over(rate, ratio(r1, n1)), 'divides the overall rate by the decile’s rate'],
      ],
    }
  }),
  measure('cumulative-gains-at-a-decile', (rng) => {
    const n1 = 100 * rng.int(20, 60)
    const rr: number[] = [rng.int(150, 300)]
    for (let i = 1; i < 10; i++)
      rr.push(Math.max(5, Math.round(((rr[i - 1] ?? 0) * rng.int(65, 90)) / 100)))
    const k = rng.int(2, 4)
    const all = sumOf(rr)
    const top = sumOf(rr.slice(0, k))
    return {
      stem: `A retention model ranked ${count(10 * n1)} customers of ${shop(rng)} into ten equal deciles of ${count(n1)}. Churners by decile, top first: ${rr.map(count).join(', ')}. What share of all churners do the top ${k} deciles capture (the cumulative gain), ${PCT1}?`,
      show: pct(1),
      figures: { n1, r: rr.join(','), k },
      key: ratio(top, all),
      wrong: [
        [ratio(top, k * n1), 'gives the churn rate of the top deciles'],
        [frac(k, 10), 'gives the random model’s share'],
        [ratio(top + (rr[k] ?? 0), all), 'includes one decile too many'],
        [ratio(top, all - (rr[9] ?? 0)), 'leaves the bottom decile out of the total'],
        [ratio(rr[k - 1] ?? 0, all), 'takes the last decile of the range alone'],
        [ratio(top - (rr[k - 1] ?? 0), all), 'stops one decile short'],
      ],
    }
  }),
  measure('monetary-value-in-window', (rng) => {
    // Order days counted from 1 July 2024 (day 1); the window is days 1–365.
    const inside = Array.from({ length: 4 }, () => rng.int(3000, 30000))
    const before = rng.int(3000, 30000)
    const after = rng.int(3000, 30000)
    const ret = Math.round(((inside[1] ?? 0) * rng.int(30, 100)) / 100)
    const net = sumOf(inside) - ret
    const in2025 = (inside[2] ?? 0) + (inside[3] ?? 0)
    return {
      stem: `For an RFM refresh at ${shop(rng)}, monetary value is net spend (orders less refunds) in the 12 months 1 July 2024 to 30 June 2025. A customer’s orders: ${dollars(before)} on 12 May 2024, ${dollars(inside[0] ?? 0)} on 9 August 2024, ${dollars(inside[1] ?? 0)} on 20 November 2024 (of which ${dollars(ret)} was refunded in December), ${dollars(inside[2] ?? 0)} on 14 February 2025, ${dollars(inside[3] ?? 0)} on 2 June 2025 and ${dollars(after)} on 8 July 2025. What is the customer’s monetary value?`,
      show: usd,
      figures: {
        before,
        i0: inside[0] ?? 0,
        i1: inside[1] ?? 0,
        i2: inside[2] ?? 0,
        i3: inside[3] ?? 0,
        after,
        ret,
      },
      key: cents(net),
      wrong: [
        [cents(net + before), 'includes the order before the window'],
        [cents(net + after), 'includes the order after the window'],
        [cents(net + ret), 'ignores the refund'],
        [over(cents(net), w(4)), 'gives the average order value, not the total'],
        [cents(in2025), 'counts only calendar 2025'],
        [cents((inside[0] ?? 0) + (inside[1] ?? 0) - ret), 'counts only calendar 2024'],
      ],
    }
  }),
  measure('share-of-customers-moving-up-a-tier', (rng) => {
    const gs = rng.int(200, 600)
    const sg = rng.int(50, 200)
    const ss = rng.int(600, 1500)
    const bg = rng.int(10, 60)
    const bs = rng.int(100, 400)
    const bb = rng.int(1500, 4000)
    const down = rng.int(200, 600)
    const lapsed = rng.int(400, 1200)
    const nw = rng.int(300, 900)
    const up = sg + bg + bs
    const all = gs + ss + bb + up + down + lapsed
    return {
      stem: `${cap(shop(rng))}’s loyalty tiers, last year to this: ${count(sg)} Silver and ${count(bg)} Bronze members moved to Gold, ${count(bs)} Bronze moved to Silver, ${count(gs + ss + bb)} stayed in their tier, ${count(down)} moved down a tier and ${count(lapsed)} lapsed. ${count(nw)} new members joined this year. What share of last year’s members moved up at least one tier, ${PCT1}?`,
      show: pct(1),
      figures: { gs, sg, ss, bg, bs, bb, down, lapsed, nw },
      key: ratio(up, all),
      wrong: [
        [ratio(up, all - lapsed), 'leaves the lapsed members out of the base'],
        [ratio(up + gs + ss + bb, all), 'counts the members who stayed in their tier'],
        [ratio(up, up + down), 'divides by the members who changed tier'],
        [ratio(up, all + nw), 'counts this year’s new members in the base'],
        [ratio(sg + bs, all), 'counts only one-tier moves'],
        [ratio(down, all), 'gives the share that moved down'],
      ],
    }
  }),
  measure('two-period-segment-forecast', (rng) => {
    const a0 = 100 * rng.int(30, 90)
    const l0 = 100 * rng.int(30, 90)
    const p = rng.int(60, 85)
    const qq = rng.int(5, 20)
    const P = frac(p, 100)
    const Q = frac(qq, 100)
    const step = (a: Fraction, l: Fraction): [Fraction, Fraction] => [
      plus(times(a, P), times(l, Q)),
      plus(times(a, minus(w(1), P)), times(l, minus(w(1), Q))),
    ]
    const [a1, l1] = step(w(a0), w(l0))
    const [a2] = step(a1, l1)
    return {
      stem: `${cap(shop(rng))} has ${count(a0)} active and ${count(l0)} lapsed customers. Each half-year ${p}% of active customers stay active (the rest lapse) and ${qq}% of lapsed customers reactivate. With no new customers, how many active customers are expected after two half-years, to the nearest whole customer?`,
      show: num(0, 'customers'),
      figures: { a0, l0, p, qq },
      key: a2,
      wrong: [
        [a1, 'stops after one half-year'],
        [times(w(a0), P, P), 'ignores reactivations'],
        [plus(times(w(a0), P, P), times(w(l0), Q, Q)), 'squares each rate on its own group'],
        [
          plus(times(w(a0), P, P), times(w(l0), Q, w(2))),
          'reactivates the first lapsed group twice and no one else',
        ],
        [
          plus(times(w(a0), P), times(w(l0), Q, w(2))),
          'applies the stay rate once and the reactivation rate twice',
        ],
        [w(a0), 'assumes the active count stays level'],
        [
          plus(times(w(a0), P, P), times(w(l0), Q)),
          'reactivates the lapsed group once and ignores new lapses',
        ],
      ],
    }
  }),
  measure('top-versus-rest-average-spend-ratio', (rng) => {
    const top = rng.int(5, 25)
    const rev = rng.int(45, 80)
    return {
      stem: `At ${shop(rng)}, the top ${top}% of customers by spend produce ${rev}% of revenue. How many times the average spend of the other customers is the average spend of a top customer, ${DP2}?`,
      show: num(2),
      figures: { top, rev },
      key: over(ratio(rev, top), ratio(100 - rev, 100 - top)),
      wrong: [
        [ratio(rev, 100 - rev), 'divides the revenue shares only'],
        [ratio(rev, top), 'divides the revenue share by the customer share only'],
        [
          over(ratio(rev, top), ratio(100 - rev, 100)),
          'divides by the others’ revenue share over all customers',
        ],
        [over(ratio(rev, top), frac(100 - top, 100)), 'divides by the others’ customer share'],
        [
          over(ratio(rev, 100 - top), ratio(100 - rev, top)),
          'pairs each revenue share with the other group’s size',
        ],
      ],
    }
  }),
  measure('segment-share-change-in-points', (rng) => {
    const n1 = rng.int(8000, 20000)
    const n2 = Math.round((n1 * rng.int(95, 125)) / 100)
    const a = Math.round((n1 * rng.int(80, 150)) / 1000)
    const b = Math.round((n2 * rng.int(160, 250)) / 1000)
    return {
      stem: `${cap(shop(rng))} had ${count(a)} Champions among ${count(n1)} active customers last year and ${count(b)} among ${count(n2)} this year. By how many percentage points did the Champions’ share of active customers change, ${DP1}?`,
      show: num(1, 'points'),
      figures: { n1, n2, a, b },
      key: times(minus(ratio(b, n2), ratio(a, n1)), w(100)),
      wrong: [
        [times(ratio(b - a, n1), w(100)), 'divides the change in Champions by last year’s base'],
        [
          times(minus(over(ratio(b, n2), ratio(a, n1)), w(1)), w(100)),
          'gives the relative change in the share',
        ],
        [times(ratio(b - a, a), w(100)), 'gives the growth in the number of Champions'],
        [times(ratio(b, n2), w(100)), 'gives this year’s share'],
        [times(ratio(b - a, n1 + n2), w(100)), 'divides the change by both years’ bases together'],
      ],
    }
  }),
  measure('cumulative-lift-of-the-top-two-deciles', (rng) => {
    const n1 = 100 * rng.int(20, 80)
    const nn = 10 * n1
    const rall = Math.round((nn * rng.int(150, 400)) / 10_000)
    const r1 = Math.round((rall * rng.int(22, 36)) / 100)
    const r2 = Math.round((rall * rng.int(14, 20)) / 100)
    const rate = ratio(rall, nn)
    const top = ratio(r1 + r2, 2 * n1)
    return {
      stem: `A response model ranked ${count(nn)} mailed customers of ${shop(rng)} into ten equal deciles of ${count(n1)}. ${count(rall)} responded in all: ${count(r1)} in the top decile and ${count(r2)} in the second. What is the cumulative lift of the top two deciles together (their response rate over the overall rate), ${DP2}?`,
      show: num(2),
      figures: { n1, rall, r1, r2 },
      key: over(top, rate),
      wrong: [
        [over(ratio(r1, n1), rate), 'gives the top decile’s lift alone'],
        [over(ratio(r2, n1), rate), 'gives the second decile’s lift alone'],
        [
          over(ratio(r1 + r2, n1), rate),
          'divides the two deciles’ responders by one decile’s customers',
        ],
        [
          over(top, ratio(rall - r1 - r2, nn - 2 * n1)),
          'compares with the other eight deciles, not the whole list',
        ],
        [ratio(r1 + r2, rall), 'gives the share of responders captured (the gain), not the lift'],
        [minus(over(top, rate), w(1)), 'subtracts one, giving the uplift over random'],
      ],
    }
  }),
]
