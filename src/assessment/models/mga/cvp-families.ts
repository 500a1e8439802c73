import {
  add,
  CENT,
  DOLLAR,
  div,
  dl,
  frac,
  mul,
  n,
  pc,
  pct,
  plain,
  rest,
  sub,
  usd,
  WHOLE,
  worked,
} from './mga-text.js'

// Cost behaviour and break-even. Stems state which costs are fixed, the sales mix and the rounding,
// because the slips are dividing by price where contribution belongs, folding a per-unit share of
// fixed cost into variable cost, leaving out a target profit's tax, and weighting a mix wrongly.

const UNITS = plain(0, 'units')
const RATIO = plain(2)

export const CVP_FAMILIES = [
  worked('break-even-units-from-unit-contribution', (rng) => {
    const v = rng.int(8, 60)
    const p = v + rng.int(6, 40)
    const q = rng.int(8, 40) * 1000
    const fu = rng.int(3, Math.max(3, p - v - 2))
    if (fu >= p - v) rest()
    const f = fu * q
    const d = rng.int(2, 6) * Math.round(f / 20)
    if (d >= f) rest()
    return {
      stem: `A product sells for ${dl(p)} and has a variable cost of ${dl(v)} a unit. Fixed costs are ${dl(f)} a year, including ${dl(d)} of depreciation; spread over the budgeted ${n(q)} units they come to ${dl(fu)} a unit. How many units a year must be sold to break even, ${WHOLE}?`,
      show: UNITS,
      figures: { p, v, q, fu, f, d },
      key: div(f, p - v),
      wrong: [
        [div(f, p), 'divides fixed costs by the price instead of the contribution'],
        [div(mul(f, p), p - v), 'divides by the contribution margin ratio, which gives revenue'],
        [div(f, p - v - fu), 'treats the fixed cost per unit as a variable cost'],
        [div(f - d, p - v), 'leaves out depreciation as a non-cash cost'],
        [sub(q, div(f, p - v)), 'gives the margin of safety below the budgeted units instead'],
        [
          div(f, p - fu),
          'takes the fixed cost per unit from the price instead of the variable cost',
        ],
      ],
    }
  }),
  worked('break-even-revenue-from-the-contribution-ratio', (rng) => {
    const p = rng.int(20, 120)
    const v = Math.round((p * rng.int(25, 45)) / 100)
    const f = rng.int(40, 900) * 1000
    return {
      stem: `A client’s product sells for ${dl(p)} with a variable cost of ${dl(v)} a unit, and fixed costs are ${dl(f)} a year. What sales revenue breaks even, ${DOLLAR}?`,
      show: usd(0),
      figures: { p, v, f },
      key: div(mul(f, p), p - v),
      wrong: [
        [div(mul(f, p), v), 'divides by the variable cost ratio'],
        [div(f, p - v), 'stops at the break-even units'],
        [div(mul(f, p - v), p), 'multiplies by the contribution margin ratio'],
        [div(mul(f, v), p - v), 'values the break-even units at variable cost'],
        [add(f, div(mul(f, p), p - v)), 'adds fixed costs to the break-even revenue'],
      ],
    }
  }),
  worked('units-for-a-target-profit-after-tax', (rng) => {
    const v = rng.int(10, 80)
    const p = v + rng.int(8, 50)
    const f = rng.int(50, 600) * 1000
    const a = rng.int(20, 300) * 1000
    const t = rng.pick([20, 25, 30])
    return {
      stem: `A product sells for ${dl(p)} with a variable cost of ${dl(v)} a unit; fixed costs are ${dl(f)} a year. The owner wants a profit after tax of ${dl(a)}, and profit is taxed at ${t}%. How many units must be sold, ${WHOLE}?`,
      show: UNITS,
      figures: { p, v, f, a, t },
      key: div(add(f, div(a, sub(1, pc(t)))), p - v),
      wrong: [
        [div(add(f, a), p - v), 'uses the after-tax profit as if it were before tax'],
        [div(add(f, mul(a, add(1, pc(t)))), p - v), 'grosses up by adding the tax rate'],
        [div(add(f, div(a, sub(1, pc(t)))), p), 'divides by the price instead of the contribution'],
        [div(add(f, div(a, pc(t))), p - v), 'divides the profit by the tax rate'],
        [div(div(add(f, a), sub(1, pc(t))), p - v), 'grosses up the fixed costs for tax as well'],
      ],
    }
  }),
  worked('margin-of-safety-as-a-share-of-budgeted-sales', (rng) => {
    const v = rng.int(10, 50)
    const p = v + rng.int(10, 40)
    const b = rng.int(10, 60) * 1000
    const be = Math.round((b * rng.int(45, 85)) / 100)
    const f = be * (p - v)
    return {
      stem: `Budgeted sales are ${n(b)} units at ${dl(p)}; variable cost is ${dl(v)} a unit and fixed costs are ${dl(f)}. What is the margin of safety as a percentage of budgeted sales, to one decimal place (a half rounded up)?`,
      show: pct(1),
      figures: { p, v, b, f },
      key: div(b - be, b),
      wrong: [
        [div(b - be, be), 'divides by the break-even volume'],
        [div(be, b), 'gives break-even sales as a share of budget'],
        [div(sub(b, div(f, p)), b), 'finds break-even by dividing fixed costs by the price'],
        [mul(div(b - be, b), frac(p - v, p)), 'multiplies by the contribution margin ratio'],
        [div(b - be, b * p), 'divides the margin in units by budgeted revenue'],
      ],
    }
  }),
  worked('degree-of-operating-leverage', (rng) => {
    const v = rng.int(10, 50)
    const p = v + rng.int(10, 40)
    const q = rng.int(10, 50) * 1000
    const c = q * (p - v)
    const f = Math.round((c * rng.int(35, 80)) / 100000) * 1000
    if (f <= 0 || f >= c) rest()
    return {
      stem: `At ${n(q)} units a product selling for ${dl(p)} with a variable cost of ${dl(v)} a unit has fixed costs of ${dl(f)} a year. What is the degree of operating leverage (contribution ÷ profit), to two decimal places (a half rounded up)?`,
      show: RATIO,
      figures: { p, v, q, f },
      key: div(c, c - f),
      wrong: [
        [div(c, f), 'divides contribution by fixed costs'],
        [div(q * p, c - f), 'divides revenue by profit'],
        [div(f, c - f), 'divides fixed costs by profit'],
        [div(c - f, c), 'turns the ratio upside down'],
        [div(q * p, c), 'divides revenue by contribution'],
        [div(c + f, c - f), 'adds fixed costs to contribution'],
      ],
    }
  }),
  worked('profit-after-a-sales-rise-through-operating-leverage', (rng) => {
    const p0 = rng.int(20, 200) * 1000
    const dol = rng.int(15, 50)
    const s = rng.pick([5, 8, 10, 12, 15, 20])
    const rev = p0 * rng.int(4, 10)
    return {
      stem: `A client’s profit is ${dl(p0)} on revenue of ${dl(rev)}, and its degree of operating leverage is ${(dol / 10).toFixed(1)}. If sales volume rises by ${s}% with price and cost structure unchanged, what will profit be, ${DOLLAR}?`,
      show: usd(0),
      figures: { p0, dol, s, rev },
      key: mul(p0, add(1, mul(frac(dol, 10), pc(s)))),
      wrong: [
        [mul(p0, add(1, pc(s))), 'raises profit by the sales percentage only'],
        [mul(p0, frac(dol, 10), pc(s)), 'gives only the increase in profit'],
        [mul(p0, frac(dol, 10), add(1, pc(s))), 'multiplies profit by the leverage'],
        [add(p0, mul(rev, frac(dol, 10), pc(s))), 'applies the leverage to revenue'],
        [add(p0, mul(rev, pc(s))), 'adds the revenue increase to profit'],
        [mul(p0, add(1, div(pc(s), frac(dol, 10)))), 'divides the sales change by the leverage'],
      ],
    }
  }),
  worked('high-low-variable-cost-per-unit', (rng) => {
    const b = rng.int(150, 600)
    const a = rng.int(20, 90) * 1000
    const l = rng.int(8, 20) * 100
    const h = l + rng.int(10, 30) * 100
    const m = l + Math.round((h - l) / 2)
    const ch = a * 100 + b * h
    const cl = a * 100 + b * l
    const cm = ch + rng.int(20, 80) * 100 * 100
    return {
      stem: `A client’s maintenance cost was $${n(cl / 100)} in a month of ${n(l)} machine hours, $${n(cm / 100)} in a month of ${n(m)} hours and $${n(ch / 100)} in a month of ${n(h)} hours. By the high-low method on activity, what is the variable cost per machine hour, ${CENT}?`,
      show: usd(2),
      figures: { a, b, l, h, m, cl, cm, ch },
      key: div(ch - cl, 100 * (h - l)),
      wrong: [
        [div(cm - cl, 100 * (m - l)), 'takes the highest cost instead of the highest activity'],
        [div(ch, 100 * h), 'divides the high month’s total cost by its hours'],
        [div(cl, 100 * l), 'divides the low month’s total cost by its hours'],
        [div(ch - cl, 100 * h), 'divides the cost change by the high activity'],
        [div(cm - cl, 100 * (h - l)), 'takes the highest cost over the range of activity'],
        [div(100 * (h - l), ch - cl), 'divides the change in hours by the change in cost'],
      ],
    }
  }),
  worked('high-low-forecast-of-total-cost', (rng) => {
    const b = rng.int(2, 12)
    const a = rng.int(10, 80) * 1000
    const l = rng.int(10, 30) * 100
    const h = l + rng.int(10, 40) * 100
    const x = rng.int(l / 100 + 2, h / 100 + 15) * 100
    const ch = a + b * h
    const cl = a + b * l
    return {
      stem: `A client’s delivery cost was ${dl(cl)} at ${n(l)} deliveries and ${dl(ch)} at ${n(h)} deliveries, its lowest and highest months. Using the high-low method, what total cost should be budgeted for ${n(x)} deliveries, ${DOLLAR}?`,
      show: usd(0),
      figures: { a, b, l, h, x },
      key: add(a, mul(b, x)),
      wrong: [
        [mul(div(ch, h), x), 'scales the high month’s total cost as if all of it were variable'],
        [mul(b, x), 'leaves out the fixed cost'],
        [add(ch, mul(b, x)), 'adds the variable cost to the high month’s total'],
        [mul(div(cl, l), x), 'scales the low month’s total cost as if all of it were variable'],
        [add(a, mul(b, x - l)), 'prices only the deliveries above the low month'],
        [mul(frac(ch + cl, h + l), x), 'scales the two months’ average cost per delivery'],
      ],
    }
  }),
  worked('units-of-one-product-in-a-multi-product-break-even', (rng) => {
    const ma = rng.int(1, 5)
    const mb = rng.int(1, 5)
    if (ma === mb) rest()
    const ca = rng.int(4, 40)
    const cb = rng.int(4, 40)
    if (ca === cb) rest()
    const f = rng.int(30, 600) * 1000
    return {
      stem: `A client sells products A and B in a fixed mix of ${ma} A to ${mb} B. A earns a contribution of ${dl(ca)} a unit and B ${dl(cb)}; fixed costs are ${dl(f)}. How many units of A are sold at break-even, ${WHOLE}?`,
      show: UNITS,
      figures: { ma, mb, ca, cb, f },
      key: div(f * ma, ma * ca + mb * cb),
      wrong: [
        [div(f * (ma + mb), ma * ca + mb * cb), 'stops at the total units of both products'],
        [
          div(mul(f, frac(ma, ma + mb)), frac(ca + cb, 2)),
          'averages the contributions without weighting by the mix',
        ],
        [div(f, ca), 'breaks A even on its own contribution'],
        [div(f, ma * ca + mb * cb), 'counts mixes instead of units of A'],
        [div(mul(f, frac(ma, ma + mb)), ca), 'gives A its mix share of fixed costs to cover alone'],
      ],
    }
  }),
  worked('break-even-revenue-in-a-revenue-mix', (rng) => {
    const s = rng.int(30, 70)
    const r1 = rng.int(20, 60)
    const r2 = rng.int(20, 60)
    if (Math.abs(r1 - r2) < 8) rest()
    const f = rng.int(30, 500) * 1000
    const w = add(mul(pc(s), pc(r1)), mul(pc(100 - s), pc(r2)))
    return {
      stem: `A client’s revenue comes ${s}% from services with a contribution margin ratio of ${r1}% and ${100 - s}% from products with a ratio of ${r2}%. Fixed costs are ${dl(f)}. What total revenue breaks even in this mix, ${DOLLAR}?`,
      show: usd(0),
      figures: { s, r1, r2, f },
      key: div(f, w),
      wrong: [
        [div(f, frac(r1 + r2, 200)), 'averages the two ratios without weighting by the mix'],
        [div(f, pc(r1)), 'uses the services ratio alone'],
        [div(f, pc(r2)), 'uses the products ratio alone'],
        [mul(f, add(1, w)), 'adds the weighted ratio to fixed costs'],
        [div(f, sub(1, w)), 'divides by the weighted variable cost ratio'],
        [add(div(f, w), f), 'adds fixed costs to the break-even revenue'],
      ],
    }
  }),
  worked('contribution-margin-ratio-from-a-cost-statement', (rng) => {
    const r = rng.int(200, 900) * 1000
    const vp = Math.round((r * rng.int(25, 45)) / 100000) * 1000
    const vs = Math.round((r * rng.int(5, 12)) / 100000) * 1000
    const fp = Math.round((r * rng.int(10, 25)) / 100000) * 1000
    return {
      stem: `A client’s quarter shows revenue of ${dl(r)}, variable production costs of ${dl(vp)}, variable selling costs of ${dl(vs)} and fixed production overhead of ${dl(fp)}. What is the contribution margin ratio, as a percentage to one decimal place (a half rounded up)?`,
      show: pct(1),
      figures: { r, vp, vs, fp },
      key: frac(r - vp - vs, r),
      wrong: [
        [frac(r - vp, r), 'leaves out the variable selling costs'],
        [frac(r - vp - vs - fp, r), 'deducts fixed production overhead as well'],
        [frac(r - vp - fp, r), 'works the gross margin of absorption costing'],
        [frac(r - vp - vs, vp + vs), 'divides contribution by variable costs'],
        [frac(r - vs, r), 'leaves out the variable production costs'],
        [frac(vp + vs, r), 'gives the variable cost ratio'],
      ],
    }
  }),
  worked('volume-to-keep-profit-after-a-price-cut', (rng) => {
    const v = rng.int(10, 50)
    const p = v + rng.int(15, 60)
    const x = rng.pick([5, 8, 10, 12, 15])
    const q = rng.int(5, 40) * 1000
    const np = mul(p, sub(1, pc(x)))
    if (num(sub(np, v)) <= 0) rest()
    return {
      stem: `A product sells ${n(q)} units a year at ${dl(p)} with a variable cost of ${dl(v)} a unit. The client plans to cut the price by ${x}% and keep fixed costs unchanged. How many units must then be sold to keep the same profit, ${WHOLE}?`,
      show: UNITS,
      figures: { p, v, x, q },
      key: div(q * (p - v), sub(np, v)),
      wrong: [
        [mul(q, add(1, pc(x))), 'raises volume by the price cut’s percentage'],
        [div(q * p, np), 'keeps revenue the same'],
        [div(q, sub(1, pc(x))), 'cuts the unit contribution by the price cut’s percentage'],
        [add(q, div(q * (p - v), sub(np, v))), 'adds the required volume to the present volume'],
        [div(q * (p - v), np), 'divides the contribution by the new price'],
        [div(q * p, sub(np, v)), 'divides present revenue by the new unit contribution'],
      ],
    }
  }),
  worked('units-for-a-profit-that-is-a-share-of-sales', (rng) => {
    const v = rng.int(10, 50)
    const p = v + rng.int(15, 50)
    const m = rng.int(5, 20)
    const f = rng.int(40, 500) * 1000
    const per = sub(p - v, mul(p, pc(m)))
    if (num(per) <= 2) rest()
    return {
      stem: `A product sells for ${dl(p)} with a variable cost of ${dl(v)} a unit, and fixed costs are ${dl(f)}. The client wants a profit equal to ${m}% of sales revenue. How many units must be sold, ${WHOLE}?`,
      show: UNITS,
      figures: { p, v, m, f },
      key: div(f, per),
      wrong: [
        [div(f, p - v), 'stops at the break-even volume'],
        [mul(div(f, p - v), add(1, pc(m))), 'adds the profit percentage to the break-even volume'],
        [
          div(f, mul(p - v, sub(1, pc(m)))),
          'takes the percentage of contribution instead of revenue',
        ],
        [div(mul(f, p), per), 'gives the revenue needed instead of units'],
        [div(f, mul(p, pc(m))), 'divides fixed costs by the profit per unit'],
      ],
    }
  }),
  worked('margin-of-safety-in-revenue', (rng) => {
    const v = rng.int(10, 50)
    const p = v + rng.int(10, 40)
    const b = rng.int(10, 60) * 1000
    const be = Math.round((b * rng.int(45, 85)) / 100)
    const f = be * (p - v)
    return {
      stem: `Budgeted sales are ${n(b)} units at ${dl(p)} with a variable cost of ${dl(v)} a unit and fixed costs of ${dl(f)}. What is the margin of safety in sales revenue, ${DOLLAR}?`,
      show: usd(0),
      figures: { p, v, b, f },
      key: frac((b - be) * p),
      wrong: [
        [frac((b - be) * (p - v)), 'values the margin of safety at contribution'],
        [frac(b * p - f), 'takes fixed costs off budgeted revenue'],
        [frac((b - be) * v), 'values the margin of safety at variable cost'],
        [frac(be * p), 'gives the break-even revenue instead'],
        [frac(b - be), 'gives the margin of safety in units'],
      ],
    }
  }),
  worked('profit-at-a-revenue-from-the-contribution-ratio', (rng) => {
    const c = rng.int(25, 60)
    const r = rng.int(200, 900) * 1000
    const f = Math.round((r * c * rng.int(30, 80)) / 1000000) * 100
    return {
      stem: `A client’s contribution margin ratio is ${c}% and its fixed costs are ${dl(f)} a year. What profit does revenue of ${dl(r)} give, ${DOLLAR}?`,
      show: usd(0),
      figures: { c, r, f },
      key: sub(mul(r, pc(c)), f),
      wrong: [
        [mul(r, pc(c)), 'stops at the contribution'],
        [mul(r - f, pc(c)), 'takes fixed costs off revenue before applying the ratio'],
        [
          mul(sub(r, f), pc(100 - c)),
          'applies the variable cost ratio to revenue less fixed costs',
        ],
        [
          sub(div(mul(r, pc(c)), add(1, pc(c))), f),
          'reads the ratio as a mark-up on variable cost',
        ],
      ],
    }
  }),
  worked('indifference-volume-between-two-cost-structures', (rng) => {
    const f1 = rng.int(20, 200) * 1000
    const f2 = f1 + rng.int(20, 300) * 1000
    const v2 = rng.int(4, 30)
    const v1 = v2 + rng.int(2, 20)
    return {
      stem: `A client can rent a machine for ${dl(f1)} a year with a variable cost of ${dl(v1)} a unit, or buy automation costing ${dl(f2)} a year with a variable cost of ${dl(v2)} a unit. At what annual volume do the two cost the same, ${WHOLE}?`,
      show: UNITS,
      figures: { f1, f2, v1, v2 },
      key: frac(f2 - f1, v1 - v2),
      wrong: [
        [frac(f2, v1 - v2), 'divides the larger fixed cost alone'],
        [frac(f2 - f1, v1), 'divides by the higher variable cost'],
        [frac(f2 + f1, v1 - v2), 'adds the two fixed costs'],
        [frac(f2 - f1, v1 + v2), 'adds the two variable costs'],
        [frac(f1, v1 - v2), 'divides the smaller fixed cost alone'],
        [frac(f2 - f1, v2), 'divides by the lower variable cost'],
      ],
    }
  }),
]

function num(x: { n: bigint; d: bigint }): number {
  return Number(x.n) / Number(x.d)
}
