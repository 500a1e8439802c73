import {
  add,
  CENT,
  cents,
  div,
  dollars,
  type Fraction,
  frac,
  mul,
  n,
  PCT1,
  PCT2,
  pct,
  plain,
  rest,
  share,
  sub,
  tenths,
  tp,
  usd,
  worked,
} from './afm-text.js'

// Performance. Stems state each metric’s formula (EPC as commission ÷ clicks, conversion as
// orders ÷ clicks, ROI as gain less cost over cost) and what is netted out, because the slips are
// the wrong denominator (orders for clicks, impressions for clicks), gross for net, a ratio read as
// a return, and an average of averages where a pooled figure is asked.

const money = usd(2)

export const PERFORMANCE_FAMILIES = [
  worked('net-earnings-per-click', (rng) => {
    const k = rng.int(4000, 20000)
    const imp = k * rng.int(20, 60)
    const o = rng.int(60, 300)
    const c = rng.int(200000, 900000)
    const rv = rng.int(10000, Math.floor(c / 4))
    const u = Math.round((k * rng.int(70, 90)) / 100)
    return {
      stem: `Last month an affiliate had ${n(imp)} impressions, ${n(k)} clicks (${n(u)} of them unique) and ${o} orders; it earned ${dollars(c)} of commission, of which ${dollars(rv)} was later reversed. Net EPC is commission after reversals ÷ all clicks. What is it, ${CENT}?`,
      show: money,
      figures: { k, imp, o, c, rv, u },
      key: div(cents(c - rv), k),
      wrong: [
        [div(cents(c), k), 'keeps the reversed commission'],
        [div(cents(c - rv), u), 'divides by unique clicks'],
        [div(cents(c - rv), o), 'divides by orders'],
        [div(cents(c - 2 * rv), k), 'takes the reversals off twice'],
        [div(cents(rv), k), 'divides the reversed commission'],
        [div(cents(c - rv), imp), 'divides by impressions'],
      ],
    }
  }),
  worked('reversal-rate-by-commission', (rng) => {
    const c = rng.int(200000, 900000)
    const rv = rng.int(10000, Math.floor(c / 3))
    const o = rng.int(200, 900)
    const ro = rng.int(10, Math.floor(o / 3))
    return {
      stem: `An affiliate was credited ${o} orders worth ${dollars(c)} of commission last quarter; ${ro} orders were reversed, worth ${dollars(rv)} of commission. The merchant measures the reversal rate by value: reversed commission ÷ credited commission. What is it, ${PCT1}?`,
      show: pct(),
      figures: { c, rv, o, ro },
      key: div(rv, c),
      wrong: [
        [div(ro, o), 'counts orders instead of value'],
        [div(rv, c - rv), 'divides by the commission that stayed'],
        [div(rv, c + rv), 'adds the reversals to the base'],
        [div(ro, o - ro), 'counts orders over the orders that stayed'],
        [div(c - rv, c), 'gives the share that stayed'],
      ],
    }
  }),
  worked('average-order-value', (rng) => {
    const o = rng.int(100, 600)
    const items = o + rng.int(40, 400)
    const cust = o - rng.int(10, Math.floor(o / 4))
    const rev = o * rng.int(3000, 12000) + rng.int(0, 99)
    const ship = o * rng.int(300, 900)
    const t = rng.int(50, 120)
    return {
      stem: `An affiliate’s ${o} orders last month came from ${cust} customers, held ${n(items)} items and brought ${dollars(rev)} of merchandise revenue plus ${dollars(ship)} of shipping; its commission rate is ${tp(t)}. Average order value is merchandise revenue ÷ orders. What is it, ${CENT}?`,
      show: money,
      figures: { o, items, cust, rev, ship, t },
      key: div(cents(rev), o),
      wrong: [
        [div(cents(rev), items), 'divides by items'],
        [div(cents(rev), cust), 'divides by customers'],
        [div(cents(rev + ship), o), 'includes shipping'],
        [div(share(t, rev), o), 'averages the commission'],
        [div(cents(rev - ship), o), 'takes shipping off the merchandise'],
        [div(cents(rev + ship), cust), 'adds shipping and divides by customers'],
      ],
    }
  }),
  worked('affiliate-campaign-roi', (rng) => {
    const spend = rng.int(100000, 500000)
    const tools = rng.int(10000, 60000)
    const c = Math.round(((spend + tools) * rng.int(105, 400)) / 100)
    return {
      stem: `An affiliate spent ${dollars(spend)} on paid ads and ${dollars(tools)} on tools for a campaign that earned ${dollars(c)} of commission. ROI is (commission − all costs) ÷ all costs. What is the ROI, ${PCT1}?`,
      show: pct(),
      figures: { spend, tools, c },
      key: div(c - spend - tools, spend + tools),
      wrong: [
        [div(c, spend + tools), 'gives commission ÷ costs'],
        [div(c - spend, spend), 'leaves out the tools'],
        [div(c - spend - tools, c), 'divides by the commission'],
        [div(c - spend - tools, spend), 'divides by the ad spend alone'],
        [div(c - 2 * spend - tools, spend + tools), 'counts the ad spend twice'],
        [div(c - spend, spend + tools), 'takes only the ad spend off the commission'],
        [div(c - spend - 2 * tools, spend + tools), 'counts the tools twice'],
      ],
    }
  }),
  worked('merchant-cost-of-sale', (rng) => {
    const rev = rng.int(2000000, 9000000)
    const t = rng.int(50, 120)
    const ov = rng.int(20, 35)
    const fee = rng.int(30000, 150000)
    const com = share(t, rev)
    return {
      stem: `A merchant’s affiliate programme drove ${dollars(rev)} of sales last month at a ${tp(t)} commission. The network charges an override of ${ov}% of commission and a ${dollars(fee)} monthly fee. Cost of sale is (commission + override + fee) ÷ sales. What is it, ${PCT2}?`,
      show: pct(2),
      figures: { rev, t, ov, fee },
      key: div(add(mul(com, frac(100 + ov, 100)), cents(fee)), cents(rev)),
      wrong: [
        [tenths(t), 'gives the commission rate'],
        [div(add(com, cents(fee)), cents(rev)), 'leaves out the override'],
        [div(mul(com, frac(100 + ov, 100)), cents(rev)), 'leaves out the monthly fee'],
        [add(tenths(t), frac(ov, 100), div(fee, rev)), 'adds the override as a share of sales'],
        [
          div(add(mul(com, frac(100 + ov, 100)), cents(2 * fee)), cents(rev)),
          'counts the fee twice',
        ],
      ],
    }
  }),
  worked('pooled-epc-of-two-partners', (rng) => {
    const ka = rng.int(2000, 12000)
    const kb = rng.int(2000, 12000)
    const ca = rng.int(50000, 600000)
    const cb = rng.int(50000, 600000)
    if (Math.abs(ka - kb) < 1500) return rest()
    return {
      stem: `A coupon partner earned ${dollars(ca)} from ${n(ka)} clicks and a content partner ${dollars(cb)} from ${n(kb)} clicks. What is the two partners’ combined EPC, total commission ÷ total clicks, ${CENT}?`,
      show: money,
      figures: { ka, kb, ca, cb },
      key: div(cents(ca + cb), ka + kb),
      wrong: [
        [mul(add(div(cents(ca), ka), div(cents(cb), kb)), frac(1, 2)), 'averages the two EPCs'],
        [div(cents(ca + cb), Math.min(ka, kb)), 'divides by the smaller partner’s clicks'],
        [div(cents(ca + cb), Math.max(ka, kb)), 'divides by the larger partner’s clicks'],
        [div(cents(ca + cb), 2 * (ka + kb)), 'halves the combined EPC'],
        [add(div(cents(ca), ka), div(cents(cb), kb)), 'adds the two EPCs'],
      ],
    }
  }),
  worked('merchant-cost-per-new-customer', (rng) => {
    const com = rng.int(500000, 2000000)
    const fee = rng.int(50000, 200000)
    const o = rng.int(500, 2000)
    const nc = rng.int(150, Math.floor(o * 0.6))
    return {
      stem: `A merchant paid ${dollars(com)} of affiliate commission and ${dollars(fee)} of network fees last quarter for ${n(o)} orders, ${n(nc)} of them from new customers. Cost per new customer is all programme costs ÷ new customers. What is it, ${CENT}?`,
      show: money,
      figures: { com, fee, o, nc },
      key: div(cents(com + fee), nc),
      wrong: [
        [div(cents(com + fee), o), 'divides by all orders'],
        [div(cents(com), nc), 'leaves out the network fees'],
        [div(cents(com + fee), o - nc), 'divides by returning customers'],
        [div(cents(com), o), 'gives commission per order'],
        [div(cents(com + 2 * fee), nc), 'counts the fees twice'],
      ],
    }
  }),
  worked('effective-commission-rate', (rng) => {
    const s = rng.int(1000000, 5000000)
    const rt = rng.int(50000, Math.floor(s / 5))
    const t = rng.int(50, 100)
    const b = rng.int(10000, 80000)
    return {
      stem: `An affiliate sold ${dollars(s)} last month; ${dollars(rt)} of it was returned. It is paid ${tp(t)} of sales net of returns plus a ${dollars(b)} bonus. Its effective rate is total pay ÷ net sales. What is it, ${PCT2}?`,
      show: pct(2),
      figures: { s, rt, t, b },
      key: div(add(share(t, s - rt), cents(b)), cents(s - rt)),
      wrong: [
        [tenths(t), 'gives the stated rate'],
        [div(add(share(t, s - rt), cents(b)), cents(s)), 'divides by gross sales'],
        [div(add(share(t, s), cents(b)), cents(s - rt)), 'pays the rate on gross sales'],
        [div(share(t, s - rt), cents(s)), 'leaves out the bonus and divides by gross sales'],
        [add(tenths(t), div(b, s - rt), div(b, s - rt)), 'counts the bonus twice'],
        [add(tenths(t), div(b, rt)), 'divides the bonus by the returns'],
      ],
    }
  }),
  worked('clicks-needed-for-a-target', (rng) => {
    const target = rng.int(10, 60) * 10000
    const cr = rng.int(10, 50)
    const rv = rng.int(5, 30)
    const v = rng.int(4000, 15000)
    const t = rng.int(40, 120)
    const up = (x: Fraction) => frac((x.n + x.d - 1n) / x.d)
    const need = (...rates: Fraction[]) => up(div(cents(target), mul(cents(v), ...rates)))
    return {
      stem: `An affiliate wants ${dollars(target)} of commission a month. Its clicks convert to orders at ${tp(cr)}, ${rv}% of orders are reversed and earn nothing, the average order is ${dollars(v)} and it earns ${tp(t)} of each approved order. How many clicks does it need, rounded up to the next whole click?`,
      show: plain(0, 'clicks'),
      figures: { target, cr, rv, v, t },
      key: need(tenths(cr), frac(100 - rv, 100), tenths(t)),
      wrong: [
        [need(tenths(cr), tenths(t)), 'ignores the reversals'],
        [need(frac(100 - rv, 100), tenths(t)), 'forgets the conversion rate'],
        [need(tenths(cr), frac(100 - rv, 100)), 'forgets the commission rate'],
        [need(tenths(cr), frac(rv, 100), tenths(t)), 'uses the reversal rate as the approval rate'],
        [
          need(tenths(cr), frac(100 - rv, 100), frac(100 - rv, 100), tenths(t)),
          'takes the reversals off twice',
        ],
      ],
    }
  }),
  worked('change-in-epc-month-on-month', (rng) => {
    const k1 = rng.int(4000, 15000)
    const c1 = rng.int(100000, 500000)
    const k2 = Math.round((k1 * rng.int(70, 140)) / 100)
    const c2 = Math.round((c1 * rng.int(110, 180)) / 100)
    const e1 = div(c1, k1)
    const e2 = div(c2, k2)
    if (Number(sub(e2, e1).n) <= 0) return rest()
    return {
      stem: `In May an affiliate earned ${dollars(c1)} from ${n(k1)} clicks; in June ${dollars(c2)} from ${n(k2)} clicks. By what percentage did its EPC (commission ÷ clicks) rise, ${PCT1}?`,
      show: pct(),
      figures: { k1, c1, k2, c2 },
      key: sub(div(e2, e1), 1),
      wrong: [
        [div(c2 - c1, c1), 'gives the rise in commission'],
        [div(sub(e2, e1), e2), 'divides by June’s EPC'],
        [
          sub(div(c2 - c1, c1), div(k2 - k1, k1)),
          'subtracts the change in clicks from the change in commission',
        ],
        [
          add(div(c2 - c1, c1), div(k2 - k1, k1)),
          'adds the change in clicks to the change in commission',
        ],
        [mul(div(c2 - c1, c1), div(k1, k2)), 'scales the commission rise by the clicks'],
      ],
    }
  }),
  worked('cost-per-incremental-sale', (rng) => {
    const s = rng.int(300, 1500)
    const inc = rng.int(15, 60)
    const v = rng.int(4000, 12000)
    const t = rng.int(50, 120)
    const com = share(t, s * v)
    return {
      stem: `A holdout test shows that only ${inc}% of a coupon partner’s ${n(s)} credited sales would not have happened without it. The partner was paid ${tp(t)} of an average order of ${dollars(v)}. What did each incremental sale cost in commission, ${CENT}?`,
      show: money,
      figures: { s, inc, v, t },
      key: div(com, frac(s * inc, 100)),
      wrong: [
        [div(com, s), 'divides by all credited sales'],
        [
          div(com, frac(s * (100 - inc), 100)),
          'divides by the sales that would have happened anyway',
        ],
        [mul(div(com, s), frac(inc, 100)), 'multiplies by the incremental share'],
        [div(cents(s * v), frac(s * inc, 100)), 'divides revenue by incremental sales'],
        [
          div(mul(com, frac(100 - inc, 100)), frac(s * inc, 100)),
          'counts only commission on non-incremental sales',
        ],
        [div(com, frac(s * inc * inc, 10000)), 'divides by the incremental share twice'],
        [cents(v), 'gives the average order'],
      ],
    }
  }),
  worked('conversion-rate-after-reversals', (rng) => {
    const k = rng.int(3000, 15000)
    const o = rng.int(60, Math.floor(k / 25))
    const rv = rng.int(5, Math.floor(o / 4))
    const u = Math.round((k * rng.int(70, 90)) / 100)
    return {
      stem: `An affiliate had ${n(k)} clicks (${n(u)} unique) and ${o} orders, ${rv} of which the merchant reversed. The merchant measures approved conversion as orders left after reversals ÷ all clicks. What is it, ${PCT2}?`,
      show: pct(2),
      figures: { k, o, rv, u },
      key: div(o - rv, k),
      wrong: [
        [div(o, k), 'keeps the reversed orders'],
        [div(o - rv, u), 'divides by unique clicks'],
        [div(o - 2 * rv, k), 'takes the reversals off twice'],
        [div(o, u), 'keeps reversals and divides by unique clicks'],
        [div(o - rv, k + u), 'adds unique clicks to all clicks'],
      ],
    }
  }),
  worked('average-commission-per-approved-sale', (rng) => {
    const o = rng.int(200, 900)
    const ro = rng.int(10, Math.floor(o / 4))
    const c = rng.int(300000, 1500000)
    const rv = rng.int(10000, Math.floor(c / 4))
    return {
      stem: `An affiliate was credited ${o} sales and ${dollars(c)} of commission; ${ro} sales were reversed, taking ${dollars(rv)} of that commission back. What is the average commission per approved sale (commission left ÷ sales left), ${CENT}?`,
      show: money,
      figures: { o, ro, c, rv },
      key: div(cents(c - rv), o - ro),
      wrong: [
        [div(cents(c - rv), o), 'divides by all credited sales'],
        [div(cents(c), o - ro), 'keeps the reversed commission'],
        [div(cents(c), o), 'ignores the reversals'],
        [div(cents(rv), ro), 'averages the reversed commission'],
        [div(cents(c + rv), o - ro), 'adds back the reversed commission'],
      ],
    }
  }),
  worked('top-partners-share-of-programme-sales', (rng) => {
    const p = Array.from({ length: 6 }, () => rng.int(20000, 400000))
    const sorted = [...p].sort((x, y) => y - x)
    if (new Set(p).size < 6) return rest()
    const all = p.reduce((x, y) => x + y, 0)
    const f = Object.fromEntries(p.map((x, i) => [`p${i}`, x]))
    return {
      stem: `A programme’s six partners drove sales of ${p.map(dollars).join(', ')}. What share of the programme’s sales came from its three largest partners, ${PCT1}?`,
      show: pct(),
      figures: f,
      key: div(sorted[0]! + sorted[1]! + sorted[2]!, all),
      wrong: [
        [div(p[0]! + p[1]! + p[2]!, all), 'takes the first three listed'],
        [div(sorted[0]!, all), 'takes only the largest partner'],
        [
          div(sorted[3]! + sorted[4]! + sorted[5]!, all),
          'sorts the wrong way and takes the three smallest',
        ],
        [div(sorted[0]! + sorted[1]!, all), 'takes the two largest'],
        [div(sorted[0]! + sorted[1]! + sorted[2]! + sorted[3]!, all), 'takes the four largest'],
      ],
    }
  }),
  worked('merchant-roi-on-affiliate-sales', (rng) => {
    const rev = rng.int(2000000, 8000000)
    const m = rng.int(30, 60)
    const t = rng.int(50, 150)
    const fee = rng.int(50000, 300000)
    const cost = add(share(t, rev), cents(fee))
    return {
      stem: `A merchant’s affiliate sales were ${dollars(rev)} at a ${m}% gross margin. It paid ${tp(t)} commission and ${dollars(fee)} of network fees. ROI is (gross margin − programme costs) ÷ programme costs. What is the ROI, ${PCT1}?`,
      show: pct(),
      figures: { rev, m, t, fee },
      key: div(sub(mul(cents(rev), frac(m, 100)), cost), cost),
      wrong: [
        [div(sub(cents(rev), cost), cost), 'uses sales instead of margin'],
        [div(mul(cents(rev), frac(m, 100)), cost), 'gives margin ÷ costs'],
        [
          div(sub(mul(cents(rev), frac(m, 100)), share(t, rev)), share(t, rev)),
          'leaves out the fees',
        ],
        [
          div(sub(mul(cents(rev), frac(m, 100)), cost), mul(cents(rev), frac(m, 100))),
          'divides by the margin',
        ],
        [
          div(sub(mul(cents(rev), frac(m, 100)), add(cost, cents(fee))), cost),
          'takes the fees off twice',
        ],
      ],
    }
  }),
  worked('earnings-per-hundred-clicks', (rng) => {
    const k = rng.int(3000, 20000)
    const c = rng.int(100000, 800000)
    const o = rng.int(50, 400)
    const rv = rng.int(5000, Math.floor(c / 5))
    return {
      stem: `A network reports EPC per 100 clicks: commission approved after reversals × 100 ÷ clicks. An affiliate had ${n(k)} clicks and ${o} sales, earned ${dollars(c)} and had ${dollars(rv)} reversed. What is its EPC per 100 clicks, ${CENT}?`,
      show: money,
      figures: { k, c, o, rv },
      key: div(cents(100 * (c - rv)), k),
      wrong: [
        [div(cents(100 * c), k), 'keeps the reversed commission'],
        [div(cents(100 * rv), k), 'divides the reversed commission'],
        [div(cents(c - rv), o), 'gives commission per sale'],
        [div(cents(100 * (c - 2 * rv)), k), 'takes the reversals off twice'],
        [div(cents(100 * (c - rv)), k - o), 'divides by clicks that did not convert'],
      ],
    }
  }),
]
