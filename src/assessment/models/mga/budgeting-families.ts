import {
  add,
  DOLLAR,
  div,
  dl,
  frac,
  mul,
  n,
  pc,
  plain,
  rest,
  sub,
  usd,
  worked,
} from './mga-text.js'

// Budgeting. Stems state the inventory policy, the collection or payment pattern, which costs are
// non-cash and how costs behave, because the slips are adding opening inventory where it is
// subtracted, setting closing inventory on the wrong month, reversing a collection pattern,
// paying depreciation in cash and flexing fixed costs.

const UNITS = plain(0, 'units')

export const BUDGETING_FAMILIES = [
  worked('production-budget-with-a-closing-inventory-policy', (rng) => {
    const s = rng.int(2, 20) * 100
    const nx = rng.int(2, 20) * 100
    const c = rng.pick([10, 20, 25, 30, 40, 50])
    const o = rng.int(1, 8) * 50
    if (s === nx) rest()
    return {
      stem: `A client expects to sell ${n(s)} units in March and ${n(nx)} in April. It holds ${n(o)} finished units at the start of March and keeps closing finished inventory at ${c}% of the next month’s sales. How many units should be produced in March?`,
      show: UNITS,
      figures: { s, nx, c, o },
      key: add(s, mul(nx, pc(c)), -o),
      wrong: [
        [add(s, mul(nx, pc(c)), o), 'adds the opening inventory'],
        [add(s, mul(s, pc(c)), -o), 'sets closing inventory on March’s own sales'],
        [add(s, mul(nx, pc(c))), 'leaves out the opening inventory'],
        [add(s, o, mul(nx, pc(-c))), 'swaps opening and closing inventory'],
      ],
    }
  }),
  worked('materials-purchases-budget-in-dollars', (rng) => {
    const p = rng.int(2, 20) * 100
    const pn = rng.int(2, 20) * 100
    const k = rng.int(2, 8)
    const c = rng.pick([20, 25, 40, 50])
    const om = rng.int(1, 10) * 100
    const q = rng.int(3, 25)
    if (p === pn) rest()
    const need = add(p * k, mul(pn * k, pc(c)), -om)
    if (need.n <= 0n) rest()
    return {
      stem: `Production is ${n(p)} units in May and ${n(pn)} in June; each unit uses ${k} kg of material costing ${dl(q)} a kg. Opening material inventory for May is ${n(om)} kg, and closing material inventory is kept at ${c}% of the next month’s production needs. What is May’s materials purchases budget, ${DOLLAR}?`,
      show: usd(0),
      figures: { p, pn, k, c, om, q },
      key: mul(need, q),
      wrong: [
        [frac(p * k * q), 'buys only what production uses'],
        [mul(add(p * k, mul(pn * k, pc(c)), om), q), 'adds the opening inventory'],
        [mul(add(p * k, mul(p * k, pc(c)), -om), q), 'sets closing inventory on May’s own needs'],
        [
          mul(add(p * k, mul(pn, pc(c)), -om), q),
          'sets closing inventory in units of product, not kg',
        ],
        [mul(add(p * k, mul(pn * k, pc(c))), q), 'leaves out the opening inventory'],
        [frac((p * k - om) * q), 'leaves out the closing inventory'],
      ],
    }
  }),
  worked('cash-receipts-from-credit-sales-with-bad-debts', (rng) => {
    const s1 = rng.int(20, 200) * 1000
    const s2 = rng.int(20, 200) * 1000
    const s3 = rng.int(20, 200) * 1000
    const a = rng.pick([20, 30, 40, 50])
    const b = rng.pick([30, 40, 50])
    const d = rng.pick([2, 3, 5])
    const c = 100 - a - b - d
    if (c <= 0 || new Set([s1, s2, s3]).size < 3) rest()
    return {
      stem: `A client sells on credit and collects ${a}% of a month’s sales in the month of sale, ${b}% in the next month and ${c}% in the month after; the remaining ${d}% is never collected. Sales were ${dl(s1)} in January, ${dl(s2)} in February and ${dl(s3)} in March. What cash is collected in March, ${DOLLAR}?`,
      show: usd(0),
      figures: { s1, s2, s3, a, b, d },
      key: add(mul(s3, pc(a)), mul(s2, pc(b)), mul(s1, pc(c))),
      wrong: [
        [frac(s3), 'takes March’s sales as March’s cash'],
        [
          add(mul(s1, pc(a)), mul(s2, pc(b)), mul(s3, pc(c))),
          'runs the collection pattern backwards',
        ],
        [add(mul(s3, pc(a)), mul(s2, pc(b))), 'leaves out the third month’s collection'],
        [add(mul(s3, pc(a)), mul(s2, pc(b)), mul(s1, pc(c + d))), 'collects the bad debts too'],
      ],
    }
  }),
  worked('cash-paid-for-purchases-with-a-settlement-discount', (rng) => {
    const pr = rng.int(20, 200) * 1000
    const cu = rng.int(20, 200) * 1000
    const p = rng.pick([30, 40, 50, 60])
    const d = rng.pick([2, 3])
    if (pr === cu) rest()
    return {
      stem: `A client pays ${p}% of each month’s purchases in the month of purchase to take a ${d}% settlement discount, and the rest in full the next month. Purchases were ${dl(pr)} in June and ${dl(cu)} in July. What cash is paid to suppliers in July, ${DOLLAR}?`,
      show: usd(0),
      figures: { pr, cu, p, d },
      key: add(mul(cu, pc(p), pc(100 - d)), mul(pr, pc(100 - p))),
      wrong: [
        [add(mul(cu, pc(p)), mul(pr, pc(100 - p))), 'leaves out the discount'],
        [frac(cu), 'pays July’s purchases in full'],
        [
          add(mul(pr, pc(p), pc(100 - d)), mul(cu, pc(100 - p))),
          'runs the payment pattern backwards',
        ],
        [
          mul(add(mul(cu, pc(p)), mul(pr, pc(100 - p))), pc(100 - d)),
          'takes the discount on all payments',
        ],
      ],
    }
  }),
  worked('closing-cash-balance', (rng) => {
    const o = rng.int(5, 80) * 1000
    const r = rng.int(50, 400) * 1000
    const e = Math.round((r * rng.int(60, 90)) / 100000) * 1000
    const dep = rng.int(2, 20) * 1000
    const k = rng.int(5, 60) * 1000
    const close = o + r - (e - dep) - k
    if (close <= 0 || r - (e - dep) - k <= 0 || close - dep <= 0) rest()
    return {
      stem: `A client starts the month with ${dl(o)} of cash. It expects receipts of ${dl(r)}, expenses of ${dl(e)} (including ${dl(dep)} of depreciation) paid in the month, and a machine bought for ${dl(k)} cash. What is the budgeted closing cash balance, ${DOLLAR}?`,
      show: usd(0),
      figures: { o, r, e, dep, k },
      key: frac(close),
      wrong: [
        [frac(close - dep), 'pays the depreciation in cash'],
        [frac(close + k), 'leaves out the machine'],
        [frac(close - o), 'leaves out the opening balance'],
        [
          frac(close + k - dep),
          'spreads the machine through depreciation instead of paying for it',
        ],
        [
          frac(close + dep),
          'adds depreciation back, as an indirect cash flow does, to expenses already paid without it',
        ],
        [frac(close - o - dep), 'leaves out the opening balance and pays the depreciation'],
      ],
    }
  }),
  worked('flexed-budget-for-total-cost', (rng) => {
    const q1 = rng.int(10, 50) * 1000
    const vu = rng.int(3, 40)
    const f = rng.int(50, 500) * 1000
    const q2 = Math.round((q1 * rng.pick([80, 85, 90, 110, 115, 120, 125])) / 100)
    return {
      stem: `A client’s budget for ${n(q1)} units shows variable costs of ${dl(vu * q1)} and fixed costs of ${dl(f)}. Actual output was ${n(q2)} units. What total cost should the flexed budget allow, ${DOLLAR}?`,
      show: usd(0),
      figures: { q1, vu, f, q2 },
      key: frac(vu * q2 + f),
      wrong: [
        [mul(vu * q1 + f, frac(q2, q1)), 'flexes the fixed costs too'],
        [frac(vu * q1 + f), 'keeps the original budget'],
        [frac(vu * q2), 'leaves out the fixed costs'],
        [add(vu * q2, mul(f, frac(q1, q2))), 'flexes the fixed costs the wrong way'],
      ],
    }
  }),
  worked('flexing-a-semi-variable-cost-between-two-levels', (rng) => {
    const a = rng.int(10, 80) * 1000
    const b = rng.int(2, 12)
    const q1 = rng.int(5, 20) * 1000
    const q2 = q1 + rng.int(5, 20) * 1000
    const q3 = q1 + rng.int(1, Math.round((q2 - q1) / 1000) + 6) * 1000
    if (q3 === q2) rest()
    const c1 = a + b * q1
    const c2 = a + b * q2
    return {
      stem: `A client’s budgets show utilities of ${dl(c1)} at ${n(q1)} units and ${dl(c2)} at ${n(q2)} units, and the cost is semi-variable (fixed plus a constant rate a unit). What should be budgeted at ${n(q3)} units, ${DOLLAR}?`,
      show: usd(0),
      figures: { a, b, q1, q2, q3 },
      key: frac(a + b * q3),
      wrong: [
        [frac(c1 * q3, q1), 'treats the cost as wholly variable from the lower level'],
        [frac(c2 * q3, q2), 'treats the cost as wholly variable from the higher level'],
        [frac(b * q3), 'leaves out the fixed element'],
        [frac(c1 + c2, 2), 'averages the two budgets'],
        [frac(c2 + b * (q3 - q1)), 'adds the rate for the change to the wrong level’s cost'],
        [frac(c1 + b * q3), 'adds the lower level’s total cost as the fixed element'],
      ],
    }
  }),
  worked('flexed-budget-profit', (rng) => {
    const q1 = rng.int(10, 50) * 1000
    const v = rng.int(5, 40)
    const p = v + rng.int(8, 40)
    const q2 = Math.round((q1 * rng.pick([80, 85, 90, 110, 115, 120])) / 100)
    const f = Math.round((q1 * (p - v) * rng.int(40, 75)) / 100000) * 1000
    const flexed = q2 * (p - v) - f
    if (flexed <= 0) rest()
    return {
      stem: `A client budgeted to sell ${n(q1)} units at ${dl(p)} with a variable cost of ${dl(v)} a unit and fixed costs of ${dl(f)}. It actually sold ${n(q2)} units. What profit does the budget flexed to actual volume show, ${DOLLAR}?`,
      show: usd(0),
      figures: { q1, v, p, q2, f },
      key: frac(flexed),
      wrong: [
        [frac(q1 * (p - v) - f), 'keeps the original budget profit'],
        [sub(q2 * (p - v), mul(f, frac(q2, q1))), 'flexes the fixed costs too'],
        [frac(q2 * p - q1 * v - f), 'flexes revenue but not variable costs'],
        [frac(q2 * (p - v)), 'stops at the flexed contribution'],
      ],
    }
  }),
  worked('cash-collected-from-receivables-balances', (rng) => {
    const o = rng.int(20, 200) * 1000
    const s = rng.int(50, 500) * 1000
    const c = rng.int(20, 200) * 1000
    if (o === c || c >= o + s) rest()
    return {
      stem: `A client’s trade receivables were ${dl(o)} at the start of the quarter and are budgeted at ${dl(c)} at its end; credit sales for the quarter are budgeted at ${dl(s)}. How much cash will be collected from customers in the quarter, ${DOLLAR}?`,
      show: usd(0),
      figures: { o, s, c },
      key: frac(o + s - c),
      wrong: [
        [frac(s), 'takes credit sales as cash collected'],
        [frac(s + c - o), 'swaps opening and closing receivables'],
        [frac(o + s + c), 'adds both balances'],
        [frac(o + s), 'leaves out closing receivables'],
      ],
    }
  }),
  worked('labour-cost-budget-with-idle-time', (rng) => {
    const p = rng.int(2, 20) * 500
    const h = rng.int(1, 6)
    const i = rng.pick([5, 8, 10, 12, 15, 20])
    const w = rng.int(18, 45)
    const s = p + rng.int(1, 10) * 100
    return {
      stem: `A client plans to make ${n(p)} units (it expects to sell ${n(s)}), each needing ${h} productive labour hours. Idle time is expected to be ${i}% of hours paid, and labour costs ${dl(w)} an hour paid. What is the labour cost budget, ${DOLLAR}?`,
      show: usd(0),
      figures: { p, h, i, w, s },
      key: div(p * h * w, pc(100 - i)),
      wrong: [
        [frac(p * h * w), 'leaves out idle time'],
        [mul(p * h * w, pc(100 + i)), 'adds idle time as a percentage of productive hours'],
        [mul(p * h * w, pc(100 - i)), 'takes idle time off the productive hours'],
        [div(s * h * w, pc(100 - i)), 'budgets for sales units instead of production'],
      ],
    }
  }),
  worked('closing-receivables-from-a-collection-pattern', (rng) => {
    const s2 = rng.int(20, 200) * 1000
    const s3 = rng.int(20, 200) * 1000
    const a = rng.pick([20, 30, 40, 50])
    const b = rng.pick([30, 40])
    const c = 100 - a - b
    if (c <= 0 || s2 === s3) rest()
    return {
      stem: `A client collects ${a}% of credit sales in the month of sale, ${b}% in the next month and the final ${c}% in the month after that. Credit sales were ${dl(s2)} in May and ${dl(s3)} in June. What will trade receivables be at the end of June, ${DOLLAR}?`,
      show: usd(0),
      figures: { s2, s3, a, b },
      key: add(mul(s3, pc(100 - a)), mul(s2, pc(c))),
      wrong: [
        [mul(s3, pc(100 - a)), 'leaves out what is still owed from May'],
        [
          add(mul(s3, pc(100 - a)), mul(s2, pc(100 - a))),
          'leaves May’s second collection uncounted',
        ],
        [add(mul(s3, pc(a)), mul(s2, pc(b))), 'gives June’s collections instead'],
        [frac(s2 + s3), 'takes both months’ sales'],
      ],
    }
  }),
  worked('purchases-budget-from-a-gross-margin', (rng) => {
    const s = rng.int(50, 500) * 1000
    const m = rng.pick([25, 30, 35, 40, 45])
    const ci = rng.int(10, 80) * 1000
    const oi = rng.int(10, 80) * 1000
    if (ci === oi) rest()
    const cogs = mul(s, pc(100 - m))
    return {
      stem: `A retailer budgets sales of ${dl(s)} at a gross margin of ${m}% of sales. Inventory at cost is ${dl(oi)} at the start of the quarter and should be ${dl(ci)} at its end. What purchases should be budgeted, ${DOLLAR}?`,
      show: usd(0),
      figures: { s, m, ci, oi },
      key: add(cogs, ci, -oi),
      wrong: [
        [add(div(s, add(1, pc(m))), ci, -oi), 'reads the margin as a mark-up on cost'],
        [cogs, 'leaves out the inventory change'],
        [add(cogs, oi, -ci), 'swaps opening and closing inventory'],
        [frac(s + ci - oi), 'budgets purchases at selling price'],
      ],
    }
  }),
  worked('incremental-budget-for-inflation-and-volume', (rng) => {
    const c = rng.int(100, 900) * 1000
    const v = rng.int(30, 70)
    const g = rng.pick([5, 8, 10, 12, 15, 20])
    const i = rng.pick([2, 3, 4, 5, 6])
    return {
      stem: `Last year a client’s overhead was ${dl(c)}, of which ${v}% varies with volume and the rest is fixed. Volume will rise by ${g}% and all costs by ${i}% for inflation. What overhead should be budgeted, ${DOLLAR}?`,
      show: usd(0),
      figures: { c, v, g, i },
      key: mul(c, add(mul(pc(v), pc(100 + g)), pc(100 - v)), pc(100 + i)),
      wrong: [
        [mul(c, pc(100 + g), pc(100 + i)), 'raises the fixed part for volume too'],
        [mul(c, pc(100 + i)), 'leaves out the volume rise'],
        [mul(c, add(mul(pc(v), pc(100 + g)), pc(100 - v))), 'leaves out inflation'],
        [
          mul(c, add(mul(pc(v), pc(100 + g), pc(100 + i)), pc(100 - v))),
          'inflates only the variable part',
        ],
      ],
    }
  }),
  worked('overhead-with-a-stepped-supervision-cost', (rng) => {
    const f = rng.int(20, 200) * 1000
    const v = rng.int(2, 15)
    const cap = rng.pick([1000, 1500, 2000, 2500])
    const sv = rng.int(30, 60) * 1000
    const q = rng.int(3, 20) * 500 + rng.int(1, 4) * 100
    const q1 = q + rng.pick([-1, 1]) * cap * rng.int(1, 3)
    if (q % cap === 0 || q1 <= 0) rest()
    return {
      stem: `A client’s production overhead is ${dl(f)} fixed plus ${dl(v)} a unit, and each supervisor, paid ${dl(sv)} a year, can oversee at most ${n(cap)} units. The original plan was ${n(q1)} units; the revised plan is ${n(q)} units. What production overhead should the revised plan budget, ${DOLLAR}?`,
      show: usd(0),
      figures: { f, v, cap, sv, q, q1 },
      key: frac(f + v * q + Math.ceil(q / cap) * sv),
      wrong: [
        [frac(f + v * q + Math.floor(q / cap) * sv), 'rounds the number of supervisors down'],
        [add(f + v * q, frac(q * sv, cap)), 'treats supervision as a cost per unit'],
        [frac(f + v * q), 'leaves out supervision'],
        [frac(f + v * q + Math.ceil(q1 / cap) * sv), 'keeps the supervisors of the original plan'],
      ],
    }
  }),
  worked('retail-purchases-with-inventory-on-next-month-cost-of-sales', (rng) => {
    const s1 = rng.int(50, 400) * 1000
    const s2 = rng.int(50, 400) * 1000
    const m = rng.pick([25, 30, 40, 50])
    const c = rng.pick([20, 25, 50, 75, 100])
    if (s1 === s2) rest()
    const cg1 = mul(s1, pc(100 - m))
    const cg2 = mul(s2, pc(100 - m))
    return {
      stem: `A shop’s sales are ${dl(s1)} in September and ${dl(s2)} in October at a gross margin of ${m}% of sales. Each month ends with inventory at cost equal to ${c}% of the next month’s cost of sales, and September opened in line with that policy. What are September’s purchases, ${DOLLAR}?`,
      show: usd(0),
      figures: { s1, s2, m, c },
      key: add(cg1, mul(cg2, pc(c)), mul(cg1, pc(-c))),
      wrong: [
        [cg1, 'leaves out the inventory change'],
        [add(cg1, mul(cg2, pc(c))), 'leaves out the opening inventory'],
        [add(s1, mul(s2, pc(c)), mul(s1, pc(-c))), 'budgets at selling price instead of cost'],
        [add(cg1, mul(cg1, pc(c)), mul(cg2, pc(-c))), 'swaps opening and closing inventory'],
      ],
    }
  }),
  worked('sales-budget-after-price-and-volume-changes', (rng) => {
    const q = rng.int(10, 80) * 1000
    const p = rng.int(10, 120)
    const g = rng.pick([5, 8, 10, 12, 15, 20])
    const k = rng.pick([3, 4, 5, 6, 8])
    const e = rng.pick([5, 10, 15])
    return {
      stem: `Last year a client sold ${n(q)} units at ${dl(p)}. Next year volume will rise by ${g}% and the price by ${k}%, but ${e}% of the new volume will be sold at the old price to a contract customer. What is budgeted sales revenue, ${DOLLAR}?`,
      show: usd(0),
      figures: { q, p, g, k, e },
      key: mul(q, pc(100 + g), p, add(pc(e), mul(pc(100 - e), pc(100 + k)))),
      wrong: [
        [mul(q, pc(100 + g), p, pc(100 + k)), 'raises the contract customer’s price too'],
        [mul(q * p, pc(100 + g + k)), 'adds the two percentages'],
        [mul(q, p, add(pc(e), mul(pc(100 - e), pc(100 + k)))), 'leaves out the volume rise'],
        [mul(q, pc(100 + g), p), 'leaves out the price rise'],
      ],
    }
  }),
]
