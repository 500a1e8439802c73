import {
  add,
  CENT,
  div,
  dol,
  frac,
  hours,
  money,
  mul,
  PCT2,
  pc,
  pct2,
  rest,
  sub,
  worked,
} from './rta-text.js'

// A store's profit and its payroll-adjacent figures, as the accountant reports them to an owner.
// The slips are an allocated cost taken off a contribution, a cost left out, a share on the wrong
// base (sales with VAT, all sales where one part is meant, area for sales), a tiered rate put on
// everything, on-costs or returns left out, and a markup taken for a margin.

const vatRate = (rng: { pick: <T>(xs: readonly T[]) => T }): number => rng.pick([5, 10, 15, 20, 25])

export const STORE_FAMILIES = [
  worked('department-contribution-after-direct-costs', (rng) => {
    const s = rng.int(200, 800) * 100
    const c = Math.round((s * rng.int(45, 60)) / 10000) * 100
    const sh = rng.int(5, 40) * 100
    const w = rng.int(30, 120) * 100
    const dc = rng.int(5, 40) * 100
    const o = rng.int(20, 90) * 100
    const key = s - c - sh - w - dc
    if (key - o <= 0) rest()
    return {
      stem: `A department store reports each department’s contribution: net sales less cost of goods, shrinkage at cost, the department’s own wages and its own direct costs, before any share of store overheads. Homeware: net sales ${dol(s)}, cost of goods ${dol(c)}, shrinkage at cost ${dol(sh)}, wages ${dol(w)}, direct costs ${dol(dc)}, store overheads allocated ${dol(o)}. What is homeware’s contribution, ${CENT}?`,
      show: money,
      figures: { s, c, sh, w, dc, o },
      key: frac(key),
      wrong: [
        [frac(key - o), 'takes the allocated overheads off'],
        [frac(key + w), 'leaves the department’s wages out'],
        [frac(key + sh), 'leaves the shrinkage out'],
        [frac(key + dc), 'leaves the direct costs out'],
        [frac(s - c), 'gives the gross margin'],
      ],
    }
  }),
  worked('shared-rent-allocated-by-floor-area', (rng) => {
    const rent = rng.int(60, 300) * 1000
    const a = [rng.int(200, 900), rng.int(200, 900), rng.int(200, 900)]
    const st = rng.int(100, 400)
    const sales = [rng.int(300, 900), rng.int(300, 900), rng.int(300, 900)].map((x) => x * 1000)
    const area = a[0]! + a[1]! + a[2]!
    const ts = sales[0]! + sales[1]! + sales[2]!
    return {
      stem: `A store’s rent of ${dol(rent)} a year is allocated to its three departments by selling floor area; the ${st} m² stockroom is shared and not part of any department’s area. Areas: fashion ${a[0]} m², home ${a[1]} m², beauty ${a[2]} m². Sales: fashion ${dol(sales[0]!)}, home ${dol(sales[1]!)}, beauty ${dol(sales[2]!)}. How much rent is allocated to fashion, ${CENT}?`,
      show: money,
      figures: {
        rent,
        a0: a[0]!,
        a1: a[1]!,
        a2: a[2]!,
        st,
        s0: sales[0]!,
        s1: sales[1]!,
        s2: sales[2]!,
      },
      key: mul(rent, frac(a[0]!, area)),
      wrong: [
        [mul(rent, frac(sales[0]!, ts)), 'allocates by sales'],
        [mul(rent, frac(1, 3)), 'splits the rent equally'],
        [mul(rent, frac(a[0]!, area + st)), 'puts the stockroom into the total area'],
        [mul(rent, frac(a[0]! + st, area + st)), 'gives fashion the stockroom as well'],
      ],
    }
  }),
  worked('tiered-sales-commission-for-the-month', (rng) => {
    const t1 = rng.int(10, 30) * 1000
    const n = t1 + rng.int(2, 20) * 1000
    const a = rng.pick([2, 3, 4])
    const b = a + rng.pick([1, 2, 3])
    const key = add(mul(t1, pc(a)), mul(n - t1, pc(b)))
    return {
      stem: `A furniture shop pays its salespeople ${a}% commission on the first ${dol(t1)} of their net sales in a month and ${b}% on net sales above that (each rate only on its own band). A salesperson’s net sales this month were ${dol(n)}. What commission is due, ${CENT}?`,
      show: money,
      figures: { t1, n, a, b },
      key,
      wrong: [
        [mul(n, pc(b)), 'pays the higher rate on all sales'],
        [mul(n, pc(a)), 'pays the lower rate on all sales'],
        [mul(n - t1, pc(b)), 'pays only the band above the threshold'],
        [mul(t1, pc(a)), 'pays the first band only'],
        [mul(n, pc(a + b), frac(1, 2)), 'pays the average of the two rates on all sales'],
      ],
    }
  }),
  worked('commission-net-of-returns-and-clawback', (rng) => {
    const v = vatRate(rng)
    const g = rng.int(200, 600) * 100
    const r1 = rng.int(5, 40) * 100
    const r0 = rng.int(5, 40) * 100
    const c = rng.pick([2, 3, 4, 5, 6])
    const base = g - r1 - r0
    return {
      stem: `A shop pays ${c}% commission on a salesperson’s sales net of VAT and of returns; returns of goods sold in an earlier month are clawed back from the month they come in. This month: sales ${dol(g)} including VAT at ${v}%, returns of this month’s sales ${dol(r1)}, and returns of last month’s sales ${dol(r0)}, both including VAT. What commission is due this month, ${CENT}?`,
      show: money,
      figures: { v, g, r1, r0, c },
      key: mul(base, frac(100, 100 + v), pc(c)),
      wrong: [
        [mul(base, pc(c)), 'leaves the VAT in'],
        [mul(g - r1, frac(100, 100 + v), pc(c)), 'leaves last month’s returns out'],
        [mul(g, frac(100, 100 + v), pc(c)), 'leaves all the returns out'],
        [mul(base, pc(100 - v), pc(c)), 'takes the VAT rate off the inclusive sales'],
      ],
    }
  }),
  worked('gross-profit-on-staff-sales', (rng) => {
    const l = rng.int(20, 120) * 100
    const c = rng.int(40, 60)
    const d = rng.pick([10, 15, 20, 25, 30])
    return {
      stem: `Staff bought goods ticketed at ${dol(l)} (net of VAT) with a ${d}% staff discount off the ticket. The goods cost the shop ${c}% of their ticket price. What gross profit did the shop make on these staff sales, ${CENT}?`,
      show: money,
      figures: { l, c, d },
      key: sub(mul(l, pc(100 - d)), mul(l, pc(c))),
      wrong: [
        [mul(l, pc(100 - c)), 'leaves the staff discount out'],
        [mul(l, pc(100 - d), pc(100 - c)), 'takes the cost ratio on the discounted price'],
        [mul(l, pc(d)), 'gives the discount given'],
        [mul(l, pc(100 - d)), 'gives the staff sales, not the profit'],
      ],
    }
  }),
  worked('wages-as-a-share-of-net-sales', (rng) => {
    const v = vatRate(rng)
    const t = rng.int(300, 900) * 100
    const rt = rng.int(5, 40) * 100
    const w = Math.round((t * rng.int(8, 16)) / 10000) * 100
    const o = rng.int(8, 20)
    const net = div(t - rt, frac(100 + v, 100))
    const cost = mul(w, pc(100 + o))
    return {
      stem: `A shop measures its wage cost as a share of net sales: gross wages plus employer on-costs of ${o}%, over sales net of VAT and returns. This month: sales ${dol(t)} and returns ${dol(rt)}, both including VAT at ${v}%, and gross wages ${dol(w)}. What is the wage share, ${PCT2}?`,
      show: pct2,
      figures: { v, t, rt, w, o },
      key: div(cost, net),
      wrong: [
        [div(cost, t - rt), 'divides by sales with the VAT in'],
        [div(w, net), 'leaves the on-costs out'],
        [div(cost, div(t, frac(100 + v, 100))), 'leaves the returns in the sales'],
        [div(cost, mul(t - rt, pc(100 - v))), 'takes the VAT rate off the inclusive sales'],
      ],
    }
  }),
  worked('labour-hours-a-sales-plan-pays-for', (rng) => {
    const v = vatRate(rng)
    const t = rng.int(200, 800) * 100
    const w = rng.int(8, 15)
    const h = rng.int(12, 25)
    const o = rng.int(8, 20)
    const budget = mul(div(t, frac(100 + v, 100)), pc(w))
    return {
      stem: `A shop plans next week’s sales at ${dol(t)} including VAT at ${v}%, and holds wages (with employer on-costs) to ${w}% of sales net of VAT. Staff earn ${dol(h)} an hour, and on-costs add ${o}% to that. How many staff hours does the plan pay for, to one decimal place (a half rounded up)?`,
      show: hours,
      figures: { v, t, w, h, o },
      key: div(budget, mul(h, pc(100 + o))),
      wrong: [
        [div(mul(t, pc(w)), mul(h, pc(100 + o))), 'leaves the VAT in the sales'],
        [div(budget, h), 'leaves the on-costs out'],
        [
          div(mul(budget, pc(100 + o)), h),
          'adds the on-costs to the budget instead of the hourly rate',
        ],
        [
          div(mul(t, pc(100 - v), pc(w)), mul(h, pc(100 + o))),
          'takes the VAT rate off the inclusive sales',
        ],
        [
          div(mul(budget, pc(100 - o)), h),
          'takes the on-costs off the budget instead of adding them to the rate',
        ],
      ],
    }
  }),
  worked('store-break-even-sales', (rng) => {
    const f = rng.int(20, 80) * 1000
    const u = rng.pick([60, 80, 100, 120, 150])
    const k = rng.int(10, 25)
    const c = rng.int(2, 6)
    const m = frac(u, 100 + u)
    const cm = sub(sub(m, frac(k, 1000)), pc(c))
    const v = vatRate(rng)
    return {
      stem: `A shop prices at a ${u}% markup on cost. Card fees average ${(k / 10).toFixed(1)}% of sales and sales commission is ${c}% of sales; its fixed costs are ${dol(f)} a month. What monthly sales, net of VAT (${v}%), does it need to break even, ${CENT}?`,
      show: money,
      figures: { f, u, k, c, v },
      key: div(f, cm),
      wrong: [
        [
          div(f, sub(sub(pc(u), frac(k, 1000)), pc(c))),
          'takes the markup on cost as the margin on sales',
        ],
        [div(f, m), 'leaves the card fees and commission out'],
        [div(f, sub(m, frac(k, 1000))), 'leaves the commission out'],
        [mul(div(f, cm), pc(100 + v)), 'gives the break-even sales including VAT'],
      ],
    }
  }),
  worked('four-wall-profit-of-a-store', (rng) => {
    const s = rng.int(400, 1200) * 100
    const c = Math.round((s * rng.int(45, 58)) / 10000) * 100
    const w = Math.round((s * rng.int(10, 16)) / 10000) * 100
    const oc = rng.int(40, 120) * 100
    const k = rng.int(12, 25)
    const ot = rng.int(10, 50) * 100
    const ho = rng.int(20, 80) * 100
    const fees = mul(s, frac(k, 1000))
    const key = sub(s - c - w - oc - ot, fees)
    if (sub(key, frac(ho)).n <= 0n) rest()
    return {
      stem: `A retailer judges each store on four-wall profit: the store’s own sales less everything the store itself incurs, before any head office charge. One store’s month: net sales ${dol(s)}, cost of goods ${dol(c)}, wages ${dol(w)}, rent and service charge ${dol(oc)}, card fees of ${(k / 10).toFixed(1)}% of sales, other store costs ${dol(ot)}, and a head office charge of ${dol(ho)}. What is its four-wall profit, ${CENT}?`,
      show: money,
      figures: { s, c, w, oc, k, ot, ho },
      key,
      wrong: [
        [sub(key, frac(ho)), 'takes the head office charge off'],
        [frac(s - c - w - oc - ot), 'leaves the card fees out'],
        [add(key, oc), 'leaves the rent and service charge out'],
        [
          sub(s - c - w - oc - ot, mul(s - c, frac(k, 1000))),
          'takes the card fees on the gross margin',
        ],
        [frac(s - c), 'gives the gross margin'],
      ],
    }
  }),
  worked('head-office-costs-allocated-by-sales', (rng) => {
    const h = rng.int(50, 200) * 1000
    const s = [rng.int(300, 900), rng.int(300, 900), rng.int(300, 900), rng.int(300, 900)].map(
      (x) => x * 1000,
    )
    const a = [rng.int(200, 600), rng.int(200, 600), rng.int(200, 600), rng.int(200, 600)]
    const n = [rng.int(8, 30), rng.int(8, 30), rng.int(8, 30), rng.int(8, 30)]
    const ts = s.reduce((x, y) => x + y, 0)
    const ta = a.reduce((x, y) => x + y, 0)
    return {
      stem: `A retailer spreads ${dol(h)} of head office costs over its four stores in proportion to net sales. Net sales: ${s.map((x) => dol(x)).join(', ')}; floor areas: ${a.map((x) => `${x} m²`).join(', ')}; staff: ${n.join(', ')}, all in the same store order. How much is charged to the first store, ${CENT}?`,
      show: money,
      figures: {
        h,
        s0: s[0]!,
        s1: s[1]!,
        s2: s[2]!,
        s3: s[3]!,
        a0: a[0]!,
        a1: a[1]!,
        a2: a[2]!,
        a3: a[3]!,
        n0: n[0]!,
        n1: n[1]!,
        n2: n[2]!,
        n3: n[3]!,
      },
      key: mul(h, frac(s[0]!, ts)),
      wrong: [
        [mul(h, frac(1, 4)), 'splits the costs equally'],
        [mul(h, frac(a[0]!, ta)), 'allocates by floor area'],
        [mul(h, frac(s[0]!, ts - s[0]!)), 'divides by the other stores’ sales only'],
        [
          mul(
            h,
            frac(
              n[0]!,
              n.reduce((x, y) => x + y, 0),
            ),
          ),
          'allocates by headcount',
        ],
      ],
    }
  }),
  worked('department-margin-after-shrinkage', (rng) => {
    const s = rng.int(200, 800) * 100
    const c = Math.round((s * rng.int(45, 60)) / 10000) * 100
    const shr = rng.int(10, 60) * 100
    const k = rng.int(45, 60)
    const sh = mul(shr, pc(k))
    const gp = sub(s - c, sh)
    return {
      stem: `A department’s month: net sales ${dol(s)}, cost of goods sold ${dol(c)}, and shrinkage of ${dol(shr)} at retail, booked at cost using a ${k}% cost-to-retail ratio. What is the department’s gross margin after shrinkage, as a share of net sales, ${PCT2}?`,
      show: pct2,
      figures: { s, c, shr, k },
      key: div(gp, s),
      wrong: [
        [frac(s - c, s), 'leaves the shrinkage out'],
        [div(sub(s - c, frac(shr)), s), 'books the shrinkage at retail'],
        [div(gp, add(c, sh)), 'divides by the cost, giving a markup'],
        [
          div(sub(s - c, mul(shr, pc(100 - k))), s),
          'books the shrinkage at the margin instead of the cost ratio',
        ],
      ],
    }
  }),
  worked('sales-per-hour-worked', (rng) => {
    const v = vatRate(rng)
    const t = rng.int(200, 800) * 100
    const hw = rng.int(300, 900)
    const hp = hw + rng.int(20, 120)
    const net = div(t, frac(100 + v, 100))
    return {
      stem: `A shop reports sales per hour worked: net sales excluding VAT over the hours staff actually worked. This week: sales ${dol(t)} including VAT at ${v}%; ${hp} hours paid, of which ${hp - hw} were paid holiday and ${hw} were worked. What were sales per hour worked, ${CENT}?`,
      show: money,
      figures: { v, t, hw, hp },
      key: div(net, hw),
      wrong: [
        [frac(t, hw), 'leaves the VAT in the sales'],
        [div(net, hp), 'divides by the hours paid'],
        [div(mul(t, pc(100 - v)), hw), 'takes the VAT rate off the inclusive sales'],
        [frac(t, hp), 'leaves the VAT in and divides by the hours paid'],
      ],
    }
  }),
  worked('store-margin-from-a-department-mix', (rng) => {
    const s = [rng.int(100, 600), rng.int(100, 600), rng.int(100, 600)].map((x) => x * 100)
    const m = [rng.int(20, 35), rng.int(36, 50), rng.int(51, 65)]
    const ts = s[0]! + s[1]! + s[2]!
    const gp = s.reduce((a, x, i) => a + x * m[i]!, 0)
    return {
      stem: `A shop’s three departments: grocery sales ${dol(s[0]!)} at a ${m[0]}% gross margin, household ${dol(s[1]!)} at ${m[1]}%, and gifts ${dol(s[2]!)} at ${m[2]}%, margins on sales. What is the shop’s overall gross margin on sales, ${PCT2}?`,
      show: pct2,
      figures: { s0: s[0]!, s1: s[1]!, s2: s[2]!, m0: m[0]!, m1: m[1]!, m2: m[2]! },
      key: frac(gp, ts * 100),
      wrong: [
        [frac(m[0]! + m[1]! + m[2]!, 300), 'averages the three margins without weighting them'],
        [frac(gp, ts * 100 - gp), 'divides the gross profit by the cost, giving a markup'],
        [frac(m[1]!, 100), 'takes the middle department’s margin'],
        [frac(s[1]! * m[1]! + s[2]! * m[2]!, (s[1]! + s[2]!) * 100), 'leaves grocery out'],
      ],
    }
  }),
  worked('holiday-pay-accrued-for-hourly-staff', (rng) => {
    const h0 = rng.int(100, 400)
    const hw = rng.int(1500, 4000)
    const t = rng.int(50, 400)
    const rate = 1207
    const hr = rng.int(12, 25)
    const acc = add(h0, mul(hw, frac(rate, 10000)))
    if (sub(acc, t).n <= 0n) rest()
    return {
      stem: `A shop’s hourly staff accrue holiday at 12.07% of hours worked. At the start of the quarter ${h0} holiday hours were owed; in the quarter staff worked ${hw.toLocaleString('en-US')} hours and took ${t} hours of holiday. At ${dol(hr)} an hour, what is the holiday pay liability at the quarter end, ${CENT}?`,
      show: money,
      figures: { h0, hw, t, hr },
      key: mul(sub(acc, t), hr),
      wrong: [
        [mul(acc, hr), 'leaves the holiday taken out'],
        [mul(add(acc, t), hr), 'adds the holiday taken instead of taking it off'],
        [mul(sub(mul(hw, frac(rate, 10000)), t), hr), 'leaves the opening hours out'],
        [mul(hw, frac(rate, 10000), hr), 'gives only the holiday earned in the quarter'],
      ],
    }
  }),
  worked('bonus-cost-on-store-profit-above-target', (rng) => {
    const p = rng.int(60, 200) * 1000
    const tg = p - rng.int(5, 40) * 1000
    const b = rng.pick([10, 15, 20, 25])
    const o = rng.int(8, 20)
    const bonus = mul(p - tg, pc(b))
    return {
      stem: `A store manager’s bonus is ${b}% of the store’s profit above a target of ${dol(tg)}; the employer pays on-costs of ${o}% on top of the bonus. The store’s profit was ${dol(p)}. What does the bonus cost the business, on-costs included, ${CENT}?`,
      show: money,
      figures: { p, tg, b, o },
      key: mul(bonus, pc(100 + o)),
      wrong: [
        [bonus, 'leaves the on-costs out'],
        [mul(p, pc(b), pc(100 + o)), 'takes the bonus on all the profit'],
        [mul(bonus, pc(100 - o)), 'takes the on-costs off the bonus'],
        [mul(tg, pc(b), pc(100 + o)), 'takes the bonus on the target'],
      ],
    }
  }),
  worked('occupancy-cost-as-a-share-of-sales', (rng) => {
    const v = vatRate(rng)
    const rent = rng.int(30, 120) * 1000
    const sc = rng.int(5, 30) * 1000
    const rates = rng.int(5, 30) * 1000
    const t = rng.int(600, 2000) * 1000
    const net = div(t, frac(100 + v, 100))
    const occ = rent + sc + rates
    return {
      stem: `A shop’s occupancy cost is its rent, service charge and property taxes over its sales net of VAT. For the year: rent ${dol(rent)}, service charge ${dol(sc)}, property taxes ${dol(rates)}, and sales ${dol(t)} including VAT at ${v}%. What is the occupancy cost ratio, ${PCT2}?`,
      show: pct2,
      figures: { v, rent, sc, rates, t },
      key: div(occ, net),
      wrong: [
        [frac(occ, t), 'divides by sales with the VAT in'],
        [div(rent, net), 'counts the rent only'],
        [div(rent + sc, net), 'leaves the property taxes out'],
        [div(occ, mul(t, pc(100 - v))), 'takes the VAT rate off the inclusive sales'],
      ],
    }
  }),
]
