import { cap, days, family, firm, money, month, share, units, whole } from './budget-text.js'

// Budget review and analysis: variance percentages, product contribution, capital budgets and
// depreciation, accruals and prepayments in a monthly budget, and working-capital days.

const pct = (n: number, d: number): string => `${(share(n, 10000, d) / 100).toFixed(2)}%`

export const REVIEW_FAMILIES = [
  family('variance-percent-of-budget', (rng) => {
    const m = money(rng)
    const b = whole(rng, 200, 900) * 100
    const a = b + whole(rng, -150, 150) * 100 + 300
    return {
      stem: `${cap(firm(rng))}'s marketing cost budget for the quarter was ${m(b)}; actual spend was ${m(a)}. The board pack shows each cost variance as (budget − actual) ÷ budget, to two decimal places, so an overspend is negative. What percentage should it show?`,
      key: pct(b - a, b),
      wrong: [
        [pct(b - a, a), 'divides by actual, not budget'],
        [pct(a - b, b), 'reverses the sign, showing an overspend as positive'],
        [pct(a - b, a), 'divides by actual and reverses the sign'],
        [pct(2 * (b - a), a + b), 'divides by the average of budget and actual'],
      ],
      figures: { b, a },
    }
  }),
  family('contribution-by-product-line', (rng) => {
    const m = money(rng)
    const u = rng.int(10, 80) * 100
    const p = whole(rng, 20, 90)
    const vc = share(p, rng.int(35, 65), 100)
    const attrib = whole(rng, 20, 200) * 100
    const share1 = rng.pick([20, 25, 30, 40])
    const general = whole(rng, 200, 800) * 100
    return {
      stem: `${cap(firm(rng))}'s budget for product X: ${units(u)} at ${m(p)}, variable cost ${m(vc)} a unit, and ${m(attrib)} of fixed costs that would cease if X were dropped. X is also charged ${share1}% of ${m(general)} general overhead (rounded to the cent). What is X's budgeted contribution after its attributable fixed costs (its segment margin)?`,
      key: m(u * (p - vc) - attrib),
      wrong: [
        [m(u * (p - vc)), 'stops at contribution, before attributable fixed costs'],
        [
          m(u * (p - vc) - attrib - share(general, share1, 100)),
          'deducts the general overhead share too',
        ],
        [m(u * p - attrib), 'leaves variable costs out'],
        [
          m(u * (p - vc) - share(general, share1, 100)),
          'deducts the general overhead instead of attributable costs',
        ],
      ],
      figures: { u, p, vc, attrib, share1, general },
    }
  }),
  family('depreciation-from-in-service-month', (rng) => {
    const m = money(rng)
    const life = rng.pick([3, 4, 5, 8, 10])
    const resid = whole(rng, 1, 10) * 100
    const cost = resid + life * 12 * whole(rng, 1, 20) * 10
    const deliv = rng.int(2, 8)
    const inSvc = deliv + rng.int(1, 3)
    const monthly = (cost - resid) / (life * 12)
    return {
      stem: `${cap(firm(rng))} buys a machine for ${m(cost)}, delivered in ${month(deliv)} and brought into service in ${month(inSvc)}. It is depreciated straight line over ${life} years to a residual value of ${m(resid)}, monthly from the month it comes into service. What depreciation should the January-December budget show this year?`,
      key: m(monthly * (13 - inSvc)),
      wrong: [
        [m(monthly * (13 - deliv)), 'depreciates from delivery, not from coming into service'],
        [m(monthly * 12), 'charges a full year'],
        [m(share(cost, 13 - inSvc, life * 12)), 'ignores the residual value'],
        [m(monthly * (12 - inSvc)), 'starts in the month after coming into service'],
        [
          m(share(cost, 13 - deliv, life * 12)),
          'starts at delivery and ignores the residual value',
        ],
      ],
      figures: { life, resid, cost, deliv, inSvc },
    }
  }),
  family('capex-cash-phasing', (rng) => {
    const m = money(rng)
    const cost = whole(rng, 20, 200) * 1000
    const dep = rng.pick([10, 20, 25, 30])
    const del = rng.pick([40, 50, 60])
    const ret = 100 - dep - del
    return {
      stem: `${cap(firm(rng))} orders equipment for ${m(cost)} in quarter 1: ${dep}% is paid with the order in quarter 1, ${del}% on delivery in quarter 2, and the ${ret}% retention after commissioning in quarter 4. What capital expenditure cash should the budget show for the first half-year (quarters 1 and 2)?`,
      key: m(share(cost, dep + del, 100)),
      wrong: [
        [m(cost), 'phases the whole cost in the first half'],
        [m(share(cost, dep, 100)), 'includes the order deposit only'],
        [m(share(cost, del, 100)), 'includes the delivery payment only'],
        [m(share(cost, dep + ret, 100)), 'swaps the delivery and retention payments'],
      ],
      figures: { cost, dep, del },
    }
  }),
  family('accrual-balance-for-annual-fee', (rng) => {
    const m = money(rng)
    const fee = whole(rng, 6, 30) * 1200
    const k = rng.int(3, 11)
    return {
      stem: `${cap(firm(rng))}'s annual audit fee of ${m(fee)} for the January-December year is invoiced and paid after the year end. The monthly budget charges one-twelfth each month. What accrual should the budgeted balance sheet show at the end of ${month(k)}?`,
      key: m((fee / 12) * k),
      wrong: [
        [m((fee / 12) * (12 - k)), 'accrues the months still to come'],
        [m(fee), 'accrues the whole fee'],
        [m((fee / 12) * (k - 1)), 'misses the current month'],
        [m((fee / 12) * (k + 1)), 'accrues one month too many'],
      ],
      figures: { fee, k },
    }
  }),
  family('prepayment-balance-for-insurance', (rng) => {
    const m = money(rng)
    const prem = whole(rng, 6, 30) * 1200
    const paid = rng.int(2, 6)
    const k = paid + rng.int(1, 5)
    const used = k - paid + 1
    return {
      stem: `${cap(firm(rng))} pays a year's insurance of ${m(prem)} on 1 ${month(paid)}, covering the twelve months from then. The monthly budget charges one-twelfth a month. What prepayment should the budgeted balance sheet show at the end of ${month(k)}?`,
      key: m((prem / 12) * (12 - used)),
      wrong: [
        [m((prem / 12) * used), 'gives the cost used, not the prepayment'],
        [m((prem / 12) * (12 - used + 1)), 'leaves the current month out of the cost used'],
        [m((prem / 12) * (12 - k)), 'counts the months from January'],
        [m(prem), 'carries the whole premium'],
        [m((prem / 12) * (12 - used - 1)), 'charges one month too many'],
      ],
      figures: { prem, paid, k },
    }
  }),
  family('receivables-from-debtor-days', (rng) => {
    const m = money(rng)
    const credit = whole(rng, 300, 2000) * 1000
    const cash = whole(rng, 50, 400) * 1000
    const d = rng.pick([30, 35, 40, 45, 50, 60])
    return {
      stem: `${cap(firm(rng))} budgets annual sales of ${m(credit + cash)}, of which ${m(cash)} are cash sales and the rest on credit. Target receivable days are ${days(d)} of credit sales on a 365-day year. What closing trade receivables should the budgeted balance sheet show, to the cent?`,
      key: m(share(credit, d, 365)),
      wrong: [
        [m(share(credit + cash, d, 365)), 'includes cash sales'],
        [m(share(credit, d, 360)), 'uses a 360-day year'],
        [m(share(credit, d, 12 * 30) - share(cash, d, 365)), 'nets cash sales off the balance'],
        [m(share(credit, 365, d * 12)), 'divides by days instead of multiplying'],
      ],
      figures: { credit, cash, d },
    }
  }),
  family('payables-from-creditor-days', (rng) => {
    const m = money(rng)
    const purch = whole(rng, 200, 1500) * 1000
    const cogs = purch + whole(rng, -100, 100) * 1000 + 50000
    const sales = cogs + whole(rng, 100, 600) * 1000
    const d = rng.pick([30, 45, 60, 75])
    return {
      stem: `${cap(firm(rng))}'s budget shows sales of ${m(sales)}, cost of sales of ${m(cogs)} and credit purchases of ${m(purch)} for the year. Target payable days are ${days(d)} of credit purchases on a 365-day year. What closing trade payables should be budgeted, to the cent?`,
      key: m(share(purch, d, 365)),
      wrong: [
        [m(share(cogs, d, 365)), 'bases payables on cost of sales'],
        [m(share(sales, d, 365)), 'bases payables on sales'],
        [m(share(purch, d, 360)), 'uses a 360-day year'],
        [m(share(purch, d, 12 * 31)), 'uses twelve 31-day months'],
      ],
      figures: { purch, cogs, sales, d },
    }
  }),
  family('inventory-from-stock-days', (rng) => {
    const m = money(rng)
    const cogs = whole(rng, 200, 1500) * 1000
    const sales = cogs + whole(rng, 100, 800) * 1000
    const d = rng.pick([20, 30, 45, 60, 90])
    return {
      stem: `${cap(firm(rng))} budgets sales of ${m(sales)} and cost of sales of ${m(cogs)}. Target inventory days are ${days(d)} of cost of sales on a 365-day year. What closing inventory should be budgeted, to the cent?`,
      key: m(share(cogs, d, 365)),
      wrong: [
        [m(share(sales, d, 365)), 'bases inventory on sales'],
        [m(share(cogs, d, 360)), 'uses a 360-day year'],
        [m(share(sales - cogs, d, 365)), 'bases inventory on gross profit'],
        [m(share(cogs, d, 52 * 5)), 'counts working days only'],
      ],
      figures: { cogs, sales, d },
    }
  }),
  family('cash-conversion-cycle', (rng) => {
    const dio = rng.int(20, 90)
    const dso = rng.int(25, 75)
    const dpo = rng.int(20, 70)
    return {
      stem: `${cap(firm(rng))}'s budget gives inventory days of ${dio}, receivable days of ${dso} and payable days of ${dpo}. What is the budgeted cash conversion cycle, in days?`,
      key: days(dio + dso - dpo),
      wrong: [
        [days(dio + dso + dpo), 'adds the payable days'],
        [days(dso - dpo), 'leaves inventory days out'],
        [days(dio - dso + dpo), 'subtracts receivable days and adds payable days'],
        [days(dio + dso), 'leaves payable days out'],
        [days(dio - dpo), 'leaves receivable days out'],
        [days(dso + dpo), 'adds payable days and leaves inventory out'],
        [days(dio + dpo - dso), 'swaps receivable and payable days'],
      ],
      figures: { dio, dso, dpo },
    }
  }),
  family('cash-effect-of-working-capital-change', (rng) => {
    const m = money(rng)
    const [i0, i1] = [whole(rng, 50, 300) * 100, whole(rng, 50, 300) * 100]
    const [r0, r1] = [whole(rng, 80, 400) * 100, whole(rng, 80, 400) * 100]
    const [p0, p1] = [whole(rng, 40, 250) * 100, whole(rng, 40, 250) * 100]
    const effect = -(i1 - i0) - (r1 - r0) + (p1 - p0)
    return {
      stem: `${cap(firm(rng))}'s budgeted balance sheets show inventory moving from ${m(i0)} to ${m(i1)}, trade receivables from ${m(r0)} to ${m(r1)} and trade payables from ${m(p0)} to ${m(p1)}. What is the effect on budgeted cash flow (an outflow as negative)?`,
      key: m(effect),
      wrong: [
        [m(-effect), 'reverses every sign'],
        [m(-(i1 - i0) - (r1 - r0) - (p1 - p0)), 'treats more payables as a cash outflow'],
        [m(i1 - i0 + r1 - r0 + p1 - p0), 'adds every increase as an inflow'],
        [m(-(r1 - r0) + (p1 - p0)), 'leaves inventory out'],
      ],
      figures: { i0, i1, r0, r1, p0, p1 },
    }
  }),
  family('gross-margin-change-in-points', (rng) => {
    const m = money(rng)
    const bs = whole(rng, 300, 900) * 100
    const bg = share(bs, rng.int(25, 45), 100) + 37
    const as = bs + whole(rng, -80, 120) * 100 + 500
    const ag = share(as, rng.int(25, 45), 100) + 11
    const margin = (g: number, s: number) => share(g, 10000, s)
    const show = (x: number) => `${(x / 100).toFixed(2)} points`
    return {
      stem: `${cap(firm(rng))} budgeted sales of ${m(bs)} and gross profit of ${m(bg)}; actual sales were ${m(as)} and gross profit ${m(ag)}. Each gross margin is taken to two decimal places of a percent first. By how many percentage points did the actual gross margin differ from budget (negative if lower)?`,
      key: show(margin(ag, as) - margin(bg, bs)),
      wrong: [
        [show(margin(bg, bs) - margin(ag, as)), 'subtracts actual from budget'],
        [
          show(share(margin(ag, as) - margin(bg, bs), 10000, margin(bg, bs))),
          'gives the percentage change, not points',
        ],
        [show(share(ag - bg, 10000, bg)), 'gives the change in gross profit in percent'],
        [show(margin(ag, bs) - margin(bg, bs)), 'divides actual gross profit by budgeted sales'],
      ],
      figures: { bs, bg, as, ag },
    }
  }),
  family('missing-accrual-corrects-variance', (rng) => {
    const m = money(rng)
    const b = whole(rng, 100, 500) * 100
    const booked = b - whole(rng, 10, 80) * 100
    const accr = whole(rng, 15, 120) * 100
    return {
      stem: `${cap(firm(rng))}'s utilities budget for the quarter is ${m(b)}. The ledger shows ${m(booked)}, but a supplier invoice of ${m(accr)} for the quarter's usage has not been received and must be accrued. What is the corrected variance (budget − actual, an overspend negative)?`,
      key: m(b - booked - accr),
      wrong: [
        [m(b - booked), 'reports the variance before the accrual'],
        [m(b - booked + accr), 'takes the accrual off actual cost'],
        [m(booked + accr - b), 'reverses the sign'],
        [m(b - accr), 'compares the budget with the accrual alone'],
      ],
      figures: { b, booked, accr },
    }
  }),
  family('net-book-value-at-year-end', (rng) => {
    const m = money(rng)
    const life = rng.pick([3, 4, 5])
    const cost = life * 12 * whole(rng, 2, 30) * 10
    const mo = rng.int(2, 11)
    const per = cost / (life * 12)
    return {
      stem: `${cap(firm(rng))}'s capital budget adds a van costing ${m(cost)}, in service from 1 ${month(mo)}, depreciated straight line over ${life} years to nil, monthly from the in-service month. What net book value should the budgeted balance sheet at 31 December show?`,
      key: m(cost - per * (13 - mo)),
      wrong: [
        [m(cost - per * 12), 'charges a full year'],
        [m(cost), 'charges no depreciation in the first year'],
        [m(per * (13 - mo)), 'gives the depreciation, not the book value'],
        [m(cost - per * (12 - mo)), 'starts a month after the in-service month'],
        [m(cost - share(cost, 13 - mo, 12)), 'writes off the cost over one year'],
      ],
      figures: { life, cost, mo },
    }
  }),
  family('budget-contribution-margin-ratio', (rng) => {
    const ua = rng.int(10, 60) * 100
    const ub = rng.int(10, 60) * 100
    const [pa, pb] = [whole(rng, 20, 80), whole(rng, 20, 80)]
    const [va, vb] = [share(pa, rng.int(30, 70), 100), share(pb, rng.int(30, 70), 100)]
    const m = money(rng)
    const sales = ua * pa + ub * pb
    const cont = ua * (pa - va) + ub * (pb - vb)
    return {
      stem: `${cap(firm(rng))} budgets ${units(ua)} of A at ${m(pa)} (variable cost ${m(va)}) and ${units(ub)} of B at ${m(pb)} (variable cost ${m(vb)}). What is the budgeted contribution as a percentage of sales, to two decimal places?`,
      key: pct(cont, sales),
      wrong: [
        [
          pct((pa - va) * pb + (pb - vb) * pa, 2 * pa * pb),
          'averages the two products’ ratios unweighted',
        ],
        [pct(cont, ua * va + ub * vb), 'divides contribution by variable cost'],
        [pct(ua * va + ub * vb, sales), 'gives variable cost as a share of sales'],
        [pct(pa - va + pb - vb, pa + pb), 'weights each product by one unit'],
      ],
      figures: { ua, ub, pa, pb, va, vb },
    }
  }),
  family('ytd-variance-from-monthly', (rng) => {
    const m = money(rng)
    const k = rng.int(3, 6)
    const b = Array.from({ length: k }, () => whole(rng, 100, 300) * 100)
    const a = b.map((x) => x + whole(rng, -40, 40) * 100)
    const sb = b.reduce((x, y) => x + y, 0)
    const sa = a.reduce((x, y) => x + y, 0)
    return {
      stem: `${cap(firm(rng))}'s monthly revenue budget for the first ${k} months was ${b.map(m).join(', ')}; actuals were ${a.map(m).join(', ')}. The pack shows year-to-date revenue variance as actual − budget, over budget, to two decimal places. What year-to-date variance percentage should it show?`,
      key: pct(sa - sb, sb),
      wrong: [
        [pct(a[k - 1]! - b[k - 1]!, b[k - 1]!), 'gives the latest month’s variance only'],
        [pct(sa - sb, sa), 'divides by actual, not budget'],
        [pct(sb - sa, sb), 'reverses the sign'],
        [pct(sa, sb), 'shows actual as a percentage of budget, not the variance'],
        [
          pct(
            a.reduce((t, x, i) => t + share(x - b[i]!, 10000, b[i]!), 0),
            10000,
          ),
          'adds the monthly percentages',
        ],
        [pct(sa - sb, b[k - 1]!), 'divides by the current month’s budget cell, not year-to-date'],
        [
          pct(
            a.reduce((t, x, i) => t + share(x - b[i]!, 10000, b[i]!), 0),
            10000 * k,
          ),
          'averages the monthly percentages',
        ],
      ],
      figures: {
        k,
        ...Object.fromEntries(b.map((x, i) => [`b${i}`, x])),
        ...Object.fromEntries(a.map((x, i) => [`a${i}`, x])),
      },
    }
  }),
]
