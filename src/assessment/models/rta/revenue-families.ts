import { add, CENT, div, dol, frac, money, mul, pc, rest, sub, worked } from './rta-text.js'

// What a shop owes its customers and when it earns it, as its accountant books it. The slips are
// cash taken for revenue, a liability carried gross of what has left it, breakage taken all at once
// or on the wrong base, a refund liability or returns asset at the wrong price, points at face
// value, a gross sale booked where the shop is only an agent, and a service period started at the
// sale instead of when cover begins.

export const REVENUE_FAMILIES = [
  worked('gift-card-liability-at-year-end', (rng) => {
    const l0 = rng.int(80, 200) * 100
    const s = rng.int(40, 150) * 100
    const rd = rng.int(20, 50) * 100
    const b = rng.int(2, 12) * 100
    const key = l0 + s - rd - b
    if (key <= 0 || l0 - rd - b <= 0) rest()
    return {
      stem: `A shop’s gift card liability was ${dol(l0)} at the start of the year. In the year it sold cards worth ${dol(s)}, customers spent ${dol(rd)} of card balances, and it recognised ${dol(b)} of breakage on balances it expects never to be spent. What is the gift card liability at the year end, ${CENT}?`,
      show: money,
      figures: { l0, s, rd, b },
      key: frac(key),
      wrong: [
        [frac(key + b), 'leaves the breakage in the liability'],
        [frac(s - rd - b), 'leaves the opening balance out'],
        [frac(key + rd), 'leaves the redemptions out'],
        [frac(l0 - rd - b), 'leaves the cards sold in the year out'],
        [frac(l0 + s), 'leaves the redemptions and the breakage out'],
        [frac(s - rd), 'gives the cards sold less the redemptions'],
      ],
    }
  }),
  worked('gift-card-breakage-in-proportion-to-redemptions', (rng) => {
    const g = rng.int(50, 200) * 1000
    const b = rng.pick([5, 8, 10, 12, 15, 20])
    const exp = (g * (100 - b)) / 100
    const rd = Math.round((exp * rng.int(40, 80)) / 100)
    const rd0 = Math.round((exp * rng.int(10, 35)) / 100)
    const pool = mul(g, pc(b))
    const prev = mul(pool, div(rd0, exp))
    const cum = mul(pool, div(rd, exp))
    return {
      stem: `A shop sold gift cards worth ${dol(g)} and, from its history, expects ${b}% of the value never to be spent. It recognises breakage in proportion to the redemptions it expects. Redemptions to date total ${dol(rd)}, of which ${dol(rd0)} were in earlier years. How much breakage should it recognise this year, ${CENT}?`,
      show: money,
      figures: { g, b, rd, rd0 },
      key: sub(cum, prev),
      wrong: [
        [mul(rd - rd0, pc(b)), 'takes the breakage rate on this year’s redemptions'],
        [sub(pool, prev), 'recognises all the remaining breakage now'],
        [
          sub(mul(pool, div(rd, g)), mul(pool, div(rd0, g))),
          'measures the redemptions against all cards sold',
        ],
        [cum, 'gives the breakage to date, not this year’s'],
        [pool, 'recognises all the expected breakage'],
        [mul(rd, pc(b)), 'takes the breakage rate on all redemptions to date'],
      ],
    }
  }),
  worked('revenue-from-gift-cards-in-the-year', (rng) => {
    const v = rng.pick([5, 10, 15, 20, 25])
    const s = rng.int(40, 150) * 100
    const rd = rng.int(30, 120) * 100
    const b = rng.int(2, 12) * 100
    return {
      stem: `In the year a shop sold gift cards worth ${dol(s)}; customers spent ${dol(rd)} of card balances on goods, that amount including VAT at ${v}%; and it recognised ${dol(b)} of breakage, on which no VAT is due. How much revenue, excluding VAT, do the gift cards bring into the year, ${CENT}?`,
      show: money,
      figures: { v, s, rd, b },
      key: add(div(rd, frac(100 + v, 100)), b),
      wrong: [
        [div(s, frac(100 + v, 100)), 'books the cards sold as revenue'],
        [div(rd, frac(100 + v, 100)), 'leaves the breakage out'],
        [frac(rd + b), 'leaves the VAT in the redemptions'],
        [add(div(s, frac(100 + v, 100)), b), 'books the cards sold and the breakage'],
      ],
    }
  }),
  worked('layaway-revenue-on-collection', (rng) => {
    const pc0 = rng.int(30, 120) * 100
    const d = Math.round((pc0 * rng.int(30, 70)) / 10000) * 100
    const i = rng.int(20, 80) * 100
    const po = rng.int(30, 120) * 100
    return {
      stem: `A shop recognises layaway sales when the customer collects the goods. This month, layaways with total prices of ${dol(pc0)} were completed and collected; ${dol(d)} of those prices had been paid in earlier months. New layaways with total prices of ${dol(po)} were opened, and customers paid ${dol(i)} this month towards layaways not yet collected, new ones included. What layaway revenue does the shop recognise this month, ${CENT}?`,
      show: money,
      figures: { pc0, d, i, po },
      key: frac(pc0),
      wrong: [
        [frac(pc0 - d + i), 'books the cash received this month'],
        [frac(pc0 - d), 'books only this month’s payments on collected goods'],
        [frac(pc0 + i), 'adds the payments on layaways not yet collected'],
        [frac(i), 'books the payments towards open layaways'],
        [frac(pc0 + po), 'books the prices of layaways opened as well'],
        [frac(po), 'books the prices of layaways opened this month'],
      ],
    }
  }),
  worked('layaway-refund-after-a-cancellation-fee', (rng) => {
    const p = rng.int(20, 150) * 10
    const paid = Math.round((p * rng.int(12, 80)) / 1000) * 10
    const f = rng.pick([5, 10, 15, 20])
    const fee = mul(p, pc(f))
    if (sub(paid, fee).n <= 0n) rest()
    return {
      stem: `A customer cancels a layaway on a ${dol(p)} coat after paying ${dol(paid)}. The shop’s layaway terms keep a cancellation fee of ${f}% of the price (never more than has been paid) and refund the rest. How much does the shop refund, ${CENT}?`,
      show: money,
      figures: { p, paid, f },
      key: sub(paid, fee),
      wrong: [
        [mul(paid, pc(100 - f)), 'takes the fee on the amount paid'],
        [frac(paid), 'refunds everything paid'],
        [fee, 'gives the fee kept'],
        [sub(paid, mul(p - paid, pc(f))), 'takes the fee on the unpaid balance'],
      ],
    }
  }),
  worked('revenue-net-of-expected-returns', (rng) => {
    const v = rng.pick([5, 10, 15, 20, 25])
    const s = rng.int(100, 600) * 100
    const rr = rng.int(3, 15)
    const net = div(s, frac(100 + v, 100))
    return {
      stem: `A clothing shop’s sales for the month were ${dol(s)}, including VAT at ${v}%, and customers may return goods for a refund within 30 days. From experience it expects ${rr}% of the sales value back, and under IFRS 15 it recognises revenue only for the sales it expects to keep. What revenue, excluding VAT, does it recognise for the month, ${CENT}?`,
      show: money,
      figures: { v, s, rr },
      key: mul(net, pc(100 - rr)),
      wrong: [
        [net, 'leaves the expected returns in'],
        [mul(s, pc(100 - rr)), 'leaves the VAT in'],
        [sub(net, mul(s, pc(rr))), 'takes the returns off gross of VAT'],
        [mul(s, pc(100 - v), pc(100 - rr)), 'takes the VAT rate off the inclusive sales'],
      ],
    }
  }),
  worked('returns-asset-for-goods-expected-back', (rng) => {
    const s = rng.int(100, 600) * 100
    const rr = rng.int(3, 15)
    const c = rng.int(40, 65)
    const k = rng.int(5, 20)
    const back = mul(s, pc(rr), pc(c))
    return {
      stem: `A shop’s net sales, excluding VAT, were ${dol(s)} for the quarter, at a cost of goods of ${c}% of sales. It expects ${rr}% of the sales value to come back, and goods that come back cost ${k}% of their cost to recover and repack before they are resold. What returns asset (the right to recover the goods) should it carry, ${CENT}?`,
      show: money,
      figures: { s, rr, c, k },
      key: mul(back, pc(100 - k)),
      wrong: [
        [mul(s, pc(rr)), 'carries the returns at selling price'],
        [back, 'leaves the recovery costs out'],
        [mul(s, pc(rr), pc(100 - c), pc(100 - k)), 'uses the margin instead of the cost ratio'],
        [mul(s, pc(rr), pc(k)), 'gives the recovery costs'],
      ],
    }
  }),
  worked('refund-liability-at-month-end', (rng) => {
    const l0 = rng.int(20, 80) * 100
    const s = rng.int(200, 800) * 100
    const rr = rng.int(3, 12)
    // Refunds paid in the month run below the month's new provision, as they mostly settle older sales.
    const a = Math.max(100, Math.round((s * rr * rng.int(20, 90)) / 1000000) * 100)
    const add0 = mul(s, pc(rr))
    const key = sub(add(l0, add0), a)
    if (sub(add0, a).n <= 0n) rest()
    return {
      stem: `A shop’s refund liability for goods expected back was ${dol(l0)} at the start of the month. Sales in the month were ${dol(s)}, of which it expects ${rr}% to be returned and refunded, and it paid refunds of ${dol(a)}, charged against the liability. What is the refund liability at the month end, ${CENT}?`,
      show: money,
      figures: { l0, s, rr, a },
      key,
      wrong: [
        [add(l0, add0), 'leaves the refunds paid out'],
        [sub(add0, a), 'leaves the opening liability out'],
        [add(add(l0, add0), a), 'adds the refunds paid'],
        [frac(l0), 'carries the opening liability unchanged'],
        [add0, 'sets the liability at the month’s expected returns'],
      ],
    }
  }),
  worked('loyalty-points-allocated-from-a-sale', (rng) => {
    const p = rng.int(100, 900)
    const pts = rng.pick([1, 2, 5])
    const val = rng.pick([1, 2])
    const q = rng.int(55, 90)
    const face = mul(p * pts * val, frac(1, 100))
    const ssp = mul(face, pc(q))
    return {
      stem: `A customer spends ${dol(p)} and earns ${pts} loyalty point${pts === 1 ? '' : 's'} per dollar; each point is worth ${val}¢ off a future purchase, and the shop expects ${q}% of points to be redeemed. It splits the price between the goods and the points by their standalone selling prices (the points’ standalone price is their value times the expected redemption). How much of the ${dol(p)} is deferred for the points, ${CENT}?`,
      show: money,
      figures: { p, pts, val, q },
      key: mul(p, div(ssp, add(p, ssp))),
      wrong: [
        [ssp, 'defers the points’ standalone price without allocating'],
        [face, 'defers the points at face value'],
        [mul(p, div(face, add(p, face))), 'allocates on the points’ face value'],
        [
          mul(p, div(mul(face, pc(100 - q)), add(p, mul(face, pc(100 - q))))),
          'values the points at the share expected not to be redeemed',
        ],
      ],
    }
  }),
  worked('loyalty-revenue-released-after-a-changed-estimate', (rng) => {
    const d = rng.int(20, 90) * 100
    const e0 = rng.int(60, 90) * 1000
    const e1 = e0 + rng.int(-15, 15) * 1000
    if (e1 === e0) rest()
    const r0 = Math.round((e0 * rng.int(20, 40)) / 100)
    const r1 = r0 + Math.round((e1 * rng.int(15, 35)) / 100)
    if (r1 >= e1) rest()
    const prev = mul(d, div(r0, e0))
    return {
      stem: `A shop deferred ${dol(d)} of revenue for loyalty points and releases it as points are redeemed, in proportion to the points it expects ever to be redeemed. Last year it expected ${e0.toLocaleString('en-US')} points to be redeemed and released revenue for the ${r0.toLocaleString('en-US')} redeemed then. It now expects ${e1.toLocaleString('en-US')} in total, and ${r1.toLocaleString('en-US')} have been redeemed to date. How much revenue does it release this year, the cumulative amount to date less what was released before, ${CENT}?`,
      show: money,
      figures: { d, e0, e1, r0, r1 },
      key: sub(mul(d, div(r1, e1)), prev),
      wrong: [
        [sub(mul(d, div(r1, e0)), prev), 'keeps last year’s estimate'],
        [mul(d, div(r1 - r0, e1)), 'spreads only this year’s redemptions on the new estimate'],
        [mul(d, div(r1, e1)), 'gives the cumulative release'],
        [mul(d, div(r1 - r0, e0)), 'spreads this year’s redemptions on the old estimate'],
        [sub(d, mul(d, div(r1, e1))), 'gives the revenue still deferred'],
      ],
    }
  }),
  worked('commission-revenue-on-consigned-goods', (rng) => {
    const s = rng.int(20, 120) * 100
    const c = rng.pick([20, 25, 30, 35, 40])
    const u = rng.int(10, 80) * 100
    return {
      stem: `A boutique sells an artist’s goods on consignment: it keeps ${c}% of each sale price as commission and owes the rest to the artist, who owns the stock until it is sold. This month it sold consigned goods for ${dol(s)}; consigned goods ticketed at ${dol(u)} remain unsold in the shop. What revenue does the boutique recognise, ${CENT}?`,
      show: money,
      figures: { s, c, u },
      key: mul(s, pc(c)),
      wrong: [
        [frac(s), 'books the sales gross'],
        [mul(s, pc(100 - c)), 'gives the amount owed to the artist'],
        [mul(s + u, pc(c)), 'takes commission on the unsold stock too'],
        [mul(s, pc(100 - c), pc(c)), 'takes commission on the amount owed to the artist'],
      ],
    }
  }),
  worked('amount-owed-to-a-concession', (rng) => {
    const t = rng.int(200, 900) * 100
    const k = Math.round((t * rng.int(60, 90)) / 10000) * 100
    const c = rng.pick([15, 20, 25, 30])
    const f = rng.int(12, 28)
    const fee = mul(k, frac(f, 1000))
    return {
      stem: `A department store collects all the takings of a cosmetics concession on its tills. For the month: takings ${dol(t)}, of which ${dol(k)} were by card. The store keeps a commission of ${c}% of takings and recharges card fees at ${(f / 10).toFixed(1)}% of the card takings. What does the store owe the concession, ${CENT}?`,
      show: money,
      figures: { t, k, c, f },
      key: sub(mul(t, pc(100 - c)), fee),
      wrong: [
        [mul(t, pc(100 - c)), 'leaves the card fee recharge out'],
        [sub(mul(t, pc(100 - c)), mul(t, frac(f, 1000))), 'recharges card fees on all the takings'],
        [mul(sub(t, fee), pc(100 - c)), 'takes commission on takings after card fees'],
        [add(mul(t, pc(c)), fee), 'gives what the store keeps'],
      ],
    }
  }),
  worked('extended-warranty-revenue-to-the-year-end', (rng) => {
    const w = rng.int(60, 400)
    const n = rng.pick([12, 24, 36])
    const m0 = rng.pick([3, 6, 12])
    const m = rng.int(m0 + 1, m0 + 11)
    if (m - m0 > n) rest()
    return {
      stem: `An electronics shop sells a ${dol(w)} extended warranty with a television. The warranty covers ${n} months starting when the manufacturer’s ${m0}-month guarantee ends, and the shop recognises it straight-line over that cover. The shop’s year ends ${m} months after the sale. How much warranty revenue does it recognise in the year of sale, ${CENT}?`,
      show: money,
      figures: { w, n, m0, m },
      key: mul(w, frac(m - m0, n)),
      wrong: [
        [mul(w, frac(Math.min(m, n), n)), 'starts the cover at the sale'],
        [frac(w), 'books it all at the sale'],
        [
          mul(w, frac(m - m0, n + m0)),
          'divides the months of cover in the year by the months from the sale to the cover’s end',
        ],
        [mul(w, frac(m, n + m0)), 'spreads it from the sale to the end of the cover'],
      ],
    }
  }),
  worked('bundle-price-allocated-to-the-goods', (rng) => {
    const si = rng.int(300, 1200)
    const sa = rng.int(30, 150)
    const sw = rng.int(50, 200)
    const b = si + sa + sw - rng.int(40, 200)
    return {
      stem: `A shop sells a bundle for ${dol(b)}: a laptop (standalone price ${dol(si)}), a case (${dol(sa)}) and a two-year support plan (${dol(sw)}). It allocates the bundle price by relative standalone selling prices. How much of the price is allocated to the laptop, ${CENT}?`,
      show: money,
      figures: { b, si, sa, sw },
      key: mul(b, frac(si, si + sa + sw)),
      wrong: [
        [frac(si), 'takes the laptop’s standalone price'],
        [frac(b - sa - sw), 'gives the laptop what is left after the others’ full prices'],
        [mul(b, frac(si, si + sa)), 'leaves the support plan out of the allocation'],
        [mul(b, frac(1, 3)), 'splits the price equally'],
      ],
    }
  }),
  worked('special-order-deposits-held-at-month-end', (rng) => {
    const l0 = rng.int(20, 80) * 100
    const d = rng.int(30, 120) * 100
    const da = rng.int(20, 90) * 100
    const rc = rng.int(2, 10) * 100
    const fd = rng.int(1, 6) * 100
    const key = l0 + d - da - rc - fd
    if (key <= 0 || d - da - rc - fd <= 0) rest()
    return {
      stem: `A furniture shop holds customer deposits on special orders as a liability. Opening balance ${dol(l0)}; deposits taken ${dol(d)}; deposits applied to orders delivered ${dol(da)}; deposits refunded on cancelled orders ${dol(rc)}; deposits forfeited under the terms and taken to income ${dol(fd)}. What is the deposits liability at month end, ${CENT}?`,
      show: money,
      figures: { l0, d, da, rc, fd },
      key: frac(key),
      wrong: [
        [frac(key + fd), 'leaves the forfeited deposits in'],
        [frac(key + rc), 'leaves the refunds in'],
        [frac(key - l0), 'leaves the opening balance out'],
        [frac(key + da), 'leaves the deposits applied to delivered orders in'],
      ],
    }
  }),
  worked('membership-fee-revenue-to-the-year-end', (rng) => {
    const fee = rng.int(30, 120)
    const n = rng.int(100, 900)
    const m = rng.int(2, 11)
    return {
      stem: `A shop sells annual memberships at ${dol(fee)} that give members lower prices for twelve months from joining; it recognises the fee straight-line over the twelve months. In one month ${n} customers joined, and the shop’s year ends ${m} months after that month ends (take the memberships as starting at the end of the month they were sold). What membership revenue from these joiners falls in the current year, ${CENT}?`,
      show: money,
      figures: { fee, n, m },
      key: mul(fee * n, frac(m, 12)),
      wrong: [
        [frac(fee * n), 'books the fees when paid'],
        [mul(fee * n, frac(12 - m, 12)), 'gives the fees deferred to next year'],
        [mul(fee * n, frac(m + 1, 12)), 'counts the month of joining as well'],
        [mul(fee, frac(m, 12)), 'gives one membership’s share'],
      ],
    }
  }),
]
