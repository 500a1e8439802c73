import {
  add,
  CENTS,
  ceil,
  cents,
  div,
  dollars,
  frac,
  mul,
  n,
  PCT1,
  PTS1,
  pct,
  plain,
  points,
  rest,
  sub,
  usd,
  worked,
} from './osa-text.js'

// Store reporting as a virtual assistant writes a client’s weekly and monthly figures: average
// order value, conversion, cart recovery, sell-through, returns, margins after fees, customers and
// ad returns, and changes between periods in percent or in percentage points as the stem asks.
// Every stem states its definition, because the slips are a base swapped (visitors for sessions,
// emails for carts), shipping and tax left in sales, and points given for percent or back.

const money = usd(2)
const pct1 = pct(1)
const pts1 = points(1)

export const REPORTING_FAMILIES = [
  worked('average-order-value-excluding-shipping-and-tax', (rng) => {
    const o = rng.int(150, 1500)
    const aov = rng.int(3000, 12000)
    const sh = o * rng.int(300, 700)
    const net = o * aov + rng.int(0, 99)
    const tx = Math.round((net * rng.int(5, 10)) / 100)
    const u = o + rng.int(Math.floor(o / 3), o * 2)
    const c = rng.int(5, 40)
    const tot = net + sh + tx
    return {
      stem: `Last month the shop collected ${dollars(tot)} on ${n(o)} orders (${n(u)} items): that includes ${dollars(sh)} of shipping and ${dollars(tx)} of tax. ${c} further orders were cancelled and are in neither figure. Average order value = merchandise sales after discounts, excluding shipping and tax, ÷ orders. What is it, ${CENTS}?`,
      show: money,
      figures: { o, net, sh, tx, u, c },
      key: div(cents(net), o),
      wrong: [
        [div(cents(tot), o), 'leaves shipping and tax in'],
        [div(cents(net + tx), o), 'leaves tax in'],
        [div(cents(net), o + c), 'counts the cancelled orders'],
        [div(cents(net), u), 'divides by items, not orders'],
      ],
    }
  }),
  worked('conversion-rate-excluding-test-orders', (rng) => {
    const s = rng.int(8000, 60000)
    const v = Math.round((s * rng.int(60, 85)) / 100)
    const o = Math.round((s * rng.int(10, 40)) / 1000)
    const k = rng.int(3, 15)
    const cu = o - rng.int(5, Math.floor(o / 5))
    return {
      stem: `This month’s analytics: ${n(s)} sessions from ${n(v)} unique visitors, and ${n(o)} orders from ${n(cu)} customers. ${k} of the orders were staff test orders, which the report leaves out. Conversion rate = orders ÷ sessions. What is it, to two decimal places as a percentage (a half rounded up)?`,
      show: pct(2),
      figures: { s, v, o, k, cu },
      key: frac(o - k, s),
      wrong: [
        [frac(o, s), 'keeps the test orders'],
        [frac(o - k, v), 'divides by unique visitors'],
        [frac(cu - k, s), 'counts customers, not orders'],
        [frac(o, v), 'keeps the test orders and divides by visitors'],
      ],
    }
  }),
  worked('abandoned-cart-recovery-rate-on-emailed-carts', (rng) => {
    const a = rng.int(400, 3000)
    const e = Math.round((a * rng.int(45, 75)) / 100)
    const op = Math.round((e * rng.int(40, 65)) / 100)
    const cl = Math.round((op * rng.int(35, 70)) / 100)
    const r = Math.round((cl * rng.int(35, 70)) / 100)
    if (r < 3) rest()
    return {
      stem: `${n(a)} checkouts were abandoned last month. Recovery emails went to the ${n(e)} that left an email address; ${n(op)} were opened, ${n(cl)} clicked and ${n(r)} carts were completed. The client’s recovery rate = recovered carts ÷ carts emailed. What is it, ${PCT1}?`,
      show: pct1,
      figures: { a, e, op, cl, r },
      key: frac(r, e),
      wrong: [
        [frac(r, a), 'divides by all abandoned checkouts'],
        [frac(r, op), 'divides by emails opened'],
        [frac(r, cl), 'divides by emails clicked'],
        [frac(cl, e), 'gives the click rate'],
      ],
    }
  }),
  worked('sell-through-rate-net-of-returns', (rng) => {
    const op = rng.int(50, 400)
    const rc = rng.int(100, 800)
    const sd = rng.int(Math.floor((op + rc) / 4), Math.floor(((op + rc) * 4) / 5))
    const rt = rng.int(3, Math.floor(sd / 8))
    return {
      stem: `A seasonal line began with ${op} units and received ${rc} more. ${sd} units sold and ${rt} were returned and put back into stock. Sell-through = net units sold (sold less returned) ÷ (opening stock + units received). What is it, ${PCT1}?`,
      show: pct1,
      figures: { op, rc, sd, rt },
      key: frac(sd - rt, op + rc),
      wrong: [
        [frac(sd, op + rc), 'ignores the returns'],
        [frac(sd - rt, rc), 'divides by units received only'],
        [frac(sd - rt, op + rc + rt), 'adds the returns to the stock base'],
        [frac(sd - rt, op + rc - sd + rt), 'divides by the stock left'],
      ],
    }
  }),
  worked('returns-rate-by-value-not-units', (rng) => {
    const u = rng.int(500, 4000)
    const ru = rng.int(Math.floor(u / 30), Math.floor(u / 6))
    const v = u * rng.int(2500, 6000)
    const rv = ru * rng.int(3000, 9000)
    if (rv >= v) rest()
    return {
      stem: `In Q2 the shop sold ${n(u)} units for ${dollars(v)}. ${n(ru)} units worth ${dollars(rv)} were returned and refunded. The client reports the returns rate by value: refunded value ÷ gross sales value. What is it, ${PCT1}?`,
      show: pct1,
      figures: { u, ru, v, rv },
      key: frac(rv, v),
      wrong: [
        [frac(ru, u), 'works the rate by units'],
        [frac(rv, v - rv), 'divides by sales net of returns'],
        [frac(ru, u - ru), 'works by units over units kept'],
        [frac(rv, v + rv), 'adds the returns to the sales base'],
      ],
    }
  }),
  worked('contribution-margin-after-fees-and-postage', (rng) => {
    const r = rng.int(200, 900) * 10000
    const c = Math.round((r * rng.int(35, 55)) / 100)
    const pf = Math.round((r * rng.int(25, 35)) / 1000)
    const mf = Math.round((r * rng.int(30, 80)) / 1000)
    const po = Math.round((r * rng.int(60, 120)) / 1000)
    const net = r - c - pf - mf - po
    return {
      stem: `Last quarter: merchandise sales ${dollars(r)} (excluding tax and shipping charged), cost of goods ${dollars(c)}, payment fees ${dollars(pf)}, marketplace fees ${dollars(mf)} and postage paid ${dollars(po)}. Margin after fees and postage = sales less all four, ÷ sales. What is it, ${PCT1}?`,
      show: pct1,
      figures: { r, c, pf, mf, po },
      key: frac(net, r),
      wrong: [
        [frac(r - c, r), 'gives the gross margin before fees and postage'],
        [frac(r - c - pf - mf, r), 'leaves out the postage'],
        [frac(net, c), 'divides by cost of goods'],
        [frac(net, r + po), 'adds postage to the sales base'],
      ],
    }
  }),
  worked('relative-change-in-conversion-rate', (rng) => {
    const s1 = rng.int(10000, 50000)
    const s2 = rng.int(10000, 50000)
    const c1 = rng.int(12, 35)
    const c2 = c1 + rng.pick([3, 4, 5, 6, 8, 10])
    const o1 = Math.round((s1 * c1) / 1000)
    const o2 = Math.round((s2 * c2) / 1000)
    const r1 = frac(o1, s1)
    const r2 = frac(o2, s2)
    const ch = sub(div(r2, r1), 1)
    if (ch.n <= 0n) rest()
    return {
      stem: `Conversion (orders ÷ sessions) was ${n(o1)} orders from ${n(s1)} sessions in April and ${n(o2)} from ${n(s2)} in May. By what percent did the conversion rate rise, relative to April’s rate, ${PCT1}?`,
      show: pct1,
      figures: { s1, s2, o1, o2 },
      key: ch,
      wrong: [
        [sub(r2, r1), 'gives the change in percentage points'],
        [sub(1, div(r1, r2)), 'divides the change by May’s rate'],
        [sub(frac(o2, o1), 1), 'gives the change in orders'],
        [
          div(sub(r2, r1), div(add(r1, r2), 2)),
          'divides the change by the average of the two rates',
        ],
      ],
    }
  }),
  worked('change-in-returns-rate-in-percentage-points', (rng) => {
    const o1 = rng.int(800, 5000)
    const o2 = rng.int(800, 5000)
    const q1 = rng.int(40, 120)
    const q2 = q1 + rng.int(8, 60)
    const r1 = Math.round((o1 * q1) / 1000)
    const r2 = Math.round((o2 * q2) / 1000)
    const a = frac(r1, o1)
    const b = frac(r2, o2)
    const d = sub(b, a)
    if (d.n <= 0n) rest()
    return {
      stem: `Returns rate = orders with a return ÷ orders. Q1: ${n(r1)} of ${n(o1)} orders; Q2: ${n(r2)} of ${n(o2)} orders. By how much did the returns rate rise, ${PTS1}?`,
      show: pts1,
      figures: { o1, o2, r1, r2 },
      key: d,
      wrong: [
        [sub(div(b, a), 1), 'gives the relative change in percent'],
        [sub(frac(r2, r1), 1), 'gives the relative change in returns'],
        [frac(r2 - r1, o2), 'divides the extra returns by Q2’s orders'],
        [frac(r2 - r1, o1), 'divides the extra returns by Q1’s orders'],
      ],
    }
  }),
  worked('repeat-customer-rate-from-order-counts', (rng) => {
    const c1 = rng.int(400, 3000)
    const c2 = rng.int(60, 600)
    const c3 = rng.int(20, 250)
    const o3 = c3 * 3 + rng.int(0, c3)
    const all = c1 + c2 + c3
    const orders = c1 + 2 * c2 + o3
    return {
      stem: `This year ${n(c1)} customers ordered once, ${n(c2)} ordered twice and ${n(c3)} ordered three or more times (${n(o3)} orders between them). Repeat customer rate = customers with two or more orders ÷ all customers. What is it, ${PCT1}?`,
      show: pct1,
      figures: { c1, c2, c3, o3 },
      key: frac(c2 + c3, all),
      wrong: [
        [frac(2 * c2 + o3, orders), 'gives the share of orders from repeat customers'],
        [frac(c2, all), 'counts only the customers who ordered twice'],
        [frac(c2 + c3, c1), 'divides by the one-time customers'],
        [frac(2 * c2 + o3 - c2 - c3, orders), 'gives repeat orders as a share of orders'],
      ],
    }
  }),
  worked('customer-lifetime-gross-profit', (rng) => {
    const aov = rng.int(3000, 15000)
    const f = rng.int(12, 40)
    const y = rng.int(2, 5)
    const m = rng.int(30, 60)
    const base = mul(cents(aov), frac(f, 10), y)
    return {
      stem: `The client’s customers spend ${dollars(aov)} per order, place ${(f / 10).toFixed(1)} orders a year and stay ${y} years on average; gross margin is ${m}%. Lifetime value = average order value × orders a year × years × gross margin. What is it, ${CENTS}?`,
      show: money,
      figures: { aov, f, y, m },
      key: mul(base, frac(m, 100)),
      wrong: [
        [base, 'leaves out the margin'],
        [mul(cents(aov), frac(f, 10), frac(m, 100)), 'leaves out the years'],
        [mul(base, frac(100 - m, 100)), 'uses the cost share instead of the margin'],
        [mul(cents(aov), y, frac(m, 100)), 'counts one order a year'],
        [mul(base, frac(m, 100 - m)), 'reads the margin as a markup on cost'],
      ],
    }
  }),
  worked('orders-to-recoup-the-cost-of-acquiring-a-customer', (rng) => {
    const nc = rng.int(100, 1500)
    const sp = nc * rng.int(40, 150) * 100
    const aov = rng.int(3000, 8000)
    const m = rng.int(25, 45)
    const cac = frac(sp, nc * 100)
    const per = mul(cents(aov), frac(m, 100))
    const key = ceil(div(cac, per))
    if (key.n < 2n) rest()
    return {
      stem: `Ads cost ${dollars(sp)} last month and brought ${n(nc)} new customers. A customer’s order averages ${dollars(aov)} at a ${m}% gross margin. How many orders must a new customer place before the gross profit covers what it cost to acquire them (whole orders, rounded up)?`,
      show: plain(0, 'orders'),
      figures: { sp, nc, aov, m },
      key,
      wrong: [
        [ceil(div(cac, cents(aov))), 'covers the cost from revenue, not gross profit'],
        [ceil(div(cac, mul(cents(aov), frac(m, 100 + m)))), 'reads the margin as a markup on cost'],
        [frac(div(cac, per).n / div(cac, per).d), 'rounds down'],
        [
          ceil(div(cac, mul(cents(aov), frac(100 - m, 100)))),
          'uses the cost share instead of the margin',
        ],
      ],
    }
  }),
  worked('return-on-ad-spend-net-of-refunds', (rng) => {
    const sp = rng.int(50, 500) * 10000
    const rev = Math.round((sp * rng.int(25, 80)) / 10)
    const rf = Math.round((rev * rng.int(4, 15)) / 100)
    return {
      stem: `A campaign cost ${dollars(sp)} and is credited with ${dollars(rev)} of revenue, of which ${dollars(rf)} was later refunded. The client reports ROAS = revenue net of refunds ÷ ad spend, as a ratio to two decimal places (a half rounded up). What is it?`,
      show: plain(2),
      figures: { sp, rev, rf },
      key: frac(rev - rf, sp),
      wrong: [
        [frac(rev, sp), 'leaves the refunds in'],
        [frac(rev - rf - sp, sp), 'gives the return net of the spend'],
        [frac(rev + rf, sp), 'adds the refunds'],
        [frac(rev, sp + rf), 'counts the refunds as extra spend'],
        [frac(sp, rev - rf), 'divides spend by revenue'],
        [frac(rev - rf + sp, sp), 'adds the spend back to the revenue'],
      ],
    }
  }),
  worked('discounts-as-a-share-of-gross-sales', (rng) => {
    const g = rng.int(200, 900) * 10000
    const d = Math.round((g * rng.int(40, 180)) / 1000)
    const rt = Math.round((g * rng.int(20, 80)) / 1000)
    return {
      stem: `Last month’s sales report: gross sales (list price × units) ${dollars(g)}, discounts ${dollars(d)}, returns ${dollars(rt)}. Discount rate = discounts ÷ gross sales. What is it, ${PCT1}?`,
      show: pct1,
      figures: { g, d, rt },
      key: frac(d, g),
      wrong: [
        [frac(d, g - d), 'divides by sales after discounts'],
        [frac(d, g - d - rt), 'divides by net sales'],
        [frac(d, g + d), 'adds the discounts to gross sales'],
        [frac(d + rt, g), 'adds the returns to the discounts'],
      ],
    }
  }),
  worked('blended-margin-across-categories-by-sales', (rng) => {
    const ra = rng.int(20, 200) * 10000
    const rb = rng.int(20, 200) * 10000
    const rc = rng.int(20, 200) * 10000
    const ma = rng.int(20, 70)
    const mb = rng.int(20, 70)
    const mc = rng.int(20, 70)
    if (ma === mb && mb === mc) rest()
    const gp = ra * ma + rb * mb + rc * mc
    return {
      stem: `Last quarter’s sales and gross margins by category: apparel ${dollars(ra)} at ${ma}%, homeware ${dollars(rb)} at ${mb}%, gifts ${dollars(rc)} at ${mc}%. What is the shop’s overall gross margin, ${PCT1}?`,
      show: pct1,
      figures: { ra, rb, rc, ma, mb, mc },
      key: frac(gp, (ra + rb + rc) * 100),
      wrong: [
        [frac(ma + mb + mc, 300), 'averages the three margins'],
        [frac(Math.max(ma, mb, mc), 100), 'takes the highest margin'],
        [
          frac(gp, ra * (100 - ma) + rb * (100 - mb) + rc * (100 - mc)),
          'divides the gross profit by cost',
        ],
        [frac(Math.min(ma, mb, mc), 100), 'takes the lowest margin'],
      ],
    }
  }),
  worked('net-sales-from-a-sales-summary', (rng) => {
    const g = rng.int(200, 900) * 10000 + rng.int(0, 99)
    const d = Math.round((g * rng.int(40, 150)) / 1000)
    const rt = Math.round((g * rng.int(20, 90)) / 1000)
    const sh = Math.round((g * rng.int(30, 80)) / 1000)
    const tx = Math.round(((g - d - rt) * rng.int(5, 10)) / 100)
    return {
      stem: `The month’s sales summary: gross sales ${dollars(g)}, discounts ${dollars(d)}, returns ${dollars(rt)}, shipping charged ${dollars(sh)}, taxes ${dollars(tx)}. On this platform net sales = gross sales − discounts − returns, and total sales = net sales + shipping + taxes. What are net sales?`,
      show: money,
      figures: { g, d, rt, sh, tx },
      key: cents(g - d - rt),
      wrong: [
        [cents(g - d), 'leaves the returns in'],
        [cents(g - d - rt + sh + tx), 'gives total sales'],
        [cents(g - d - rt - tx), 'takes the taxes off as well'],
        [cents(g - rt), 'leaves the discounts in'],
      ],
    }
  }),
  worked('units-per-order-excluding-gift-cards', (rng) => {
    const o = rng.int(300, 2500)
    const u = o + rng.int(Math.floor(o / 4), o * 2)
    const gc = rng.int(10, Math.floor(o / 10))
    const go = rng.int(Math.floor(gc / 2), gc)
    return {
      stem: `Last month ${n(o)} orders held ${n(u)} line units, of which ${gc} were gift cards. ${go} of the orders held only gift cards. The client’s units per order counts physical units only, over orders with at least one physical unit. What is it, to two decimal places (a half rounded up)?`,
      show: plain(2, 'units'),
      figures: { o, u, gc, go },
      key: frac(u - gc, o - go),
      wrong: [
        [frac(u, o), 'keeps the gift cards and their orders'],
        [frac(u - gc, o), 'keeps the gift-card-only orders in the base'],
        [frac(u, o - go), 'keeps the gift cards in the units'],
        [frac(o - go, u - gc), 'divides orders by units'],
      ],
    }
  }),
]
