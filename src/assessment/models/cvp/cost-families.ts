import type { Rng } from '../../rng.js'
import {
  cents,
  down,
  family,
  maker,
  money,
  near,
  positive,
  round,
  share,
  units,
  up,
} from './cvp-text.js'

// Cost behaviour: the high-low method (highest and lowest ACTIVITY, not cost), semi-variable
// costs, step-fixed costs inside and across a relevant range, flexed budgets, and marginal
// against absorption profit. Money in cents; a rate per unit is stated or drawn in whole cents
// so the high-low points give it exactly, and any other division is rounded to the cent.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June'] as const

/**
 * Six months of activity and total cost on the line `fc + vc·q`: the highest- and lowest-activity
 * months lie on it exactly; one middle month costs more than the highest-activity one and another
 * less than the lowest (a repair, a refund), so the cost extremes are other months.
 */
function months(rng: Rng) {
  const vc = cents(rng, 1, 40)
  const fc = cents(rng, 2000, 30000)
  const lo = rng.int(8, 20) * 100
  const step = rng.int(3, 9) * 100
  const qs = [0, 1, 2, 3, 4, 5].map((i) => lo + i * step + (i > 0 && i < 5 ? rng.int(-40, 40) : 0))
  const cost = qs.map((q) => fc + vc * q)
  cost[4] = cost[5]! + round(rng, 1, 20, 10)
  cost[1] = cost[0]! - round(rng, 1, 20, 10)
  positive(cost[1]! - fc / 2)
  const order = rng.shuffle([0, 1, 2, 3, 4, 5])
  const m = money(rng)
  const table = order.map((i, k) => `${MONTHS[k]} ${units(qs[i]!)} at ${m(cost[i]!)}`).join('; ')
  const qh = qs[5]!
  const ql = qs[0]!
  const ch = cost[5]!
  const cl = cost[0]!
  const cmax = cost[4]!
  const cmin = cost[1]!
  return { vc, fc, qs, cost, qh, ql, ch, cl, cmax, cmin, qmax: qs[4]!, qmin: qs[1]!, m, table }
}
const mfig = (x: ReturnType<typeof months>) => ({ q: x.qs.join(','), c: x.cost.join(',') })

export const COST_FAMILIES = [
  family('high-low-variable-rate', (rng) => {
    const x = months(rng)
    const [client] = maker(rng)
    return {
      stem: `A client, ${client}, recorded monthly output and total production overhead: ${x.table}. Using the high-low method, what is the variable overhead per unit, to the cent?`,
      key: x.m(near(x.ch - x.cl, x.qh - x.ql)),
      wrong: [
        [
          x.m(near(x.cmax - x.cmin, x.qmax - x.qmin)),
          'takes the months of highest and lowest cost',
        ],
        [x.m(near(x.ch, x.qh)), 'gives the average cost per unit in the busiest month'],
        [x.m(near(x.ch - x.cl, x.qh)), 'divides the cost change by the high output'],
        [x.m(near(x.ch + x.cl, x.qh + x.ql)), 'averages the two points’ cost per unit'],
        [x.m(near(x.cl, x.ql)), 'gives the average cost per unit in the quietest month'],
      ],
      figures: mfig(x),
    }
  }),
  family('high-low-fixed-cost', (rng) => {
    const x = months(rng)
    const v = near(x.ch - x.cl, x.qh - x.ql)
    const vx = near(x.cmax - x.cmin, x.qmax - x.qmin)
    return {
      stem: `A client's monthly output and total production overhead were: ${x.table}. Using the high-low method, what is the fixed overhead a month?`,
      key: x.m(x.ch - v * x.qh),
      wrong: [
        [x.m(x.cmax - vx * x.qmax), 'uses the months of highest and lowest cost'],
        [x.m(x.ch), 'gives the whole cost of the busiest month'],
        [x.m(v * x.qh), 'gives the variable part of the busiest month'],
        [x.m(x.ch - v * x.ql), 'deducts the low output’s variable cost from the high cost'],
        [x.m(x.cl), 'gives the whole cost of the quietest month'],
        [x.m(v * x.ql), 'gives the variable part of the quietest month'],
        [x.m(x.ch - x.cl), 'takes the change in cost as the fixed cost'],
      ],
      figures: mfig(x),
    }
  }),
  family('high-low-forecast', (rng) => {
    const x = months(rng)
    const v = near(x.ch - x.cl, x.qh - x.ql)
    const f = x.ch - v * x.qh
    const q = x.ql + rng.int(1, 9) * Math.floor((x.qh - x.ql) / 10)
    const vx = near(x.cmax - x.cmin, x.qmax - x.qmin)
    return {
      stem: `A client's monthly output and total production overhead were: ${x.table}. Using the high-low method, what overhead should be budgeted for a month of ${units(q)}, within the same relevant range?`,
      key: x.m(f + v * q),
      wrong: [
        [x.m(near(x.ch * q, x.qh)), 'scales the busiest month’s cost in proportion'],
        [x.m(v * q), 'leaves out the fixed overhead'],
        [x.m(x.cmax - vx * x.qmax + vx * q), 'uses the months of highest and lowest cost'],
        [x.m(near(x.cl * q, x.ql)), 'scales the quietest month’s cost in proportion'],
        [x.m(x.ch), 'takes the busiest month’s cost as it stands'],
        [x.m(f), 'gives only the fixed overhead'],
      ],
      figures: { ...mfig(x), at: q },
    }
  }),
  family('high-low-on-machine-hours-then-output', (rng) => {
    const x = months(rng)
    const v = near(x.ch - x.cl, x.qh - x.ql)
    const f = x.ch - v * x.qh
    const vx = near(x.cmax - x.cmin, x.qmax - x.qmin)
    const h = rng.int(2, 6)
    const out = rng.int(2, 9) * Math.floor(x.qh / h / 10)
    positive(out)
    return {
      stem: `A client's monthly machine hours and maintenance cost were (hours are shown as units): ${x.table}. Each product unit takes ${h} machine hours. Using the high-low method on machine hours, what maintenance cost should be budgeted for a month making ${units(out)} of product?`,
      key: x.m(f + v * h * out),
      wrong: [
        [x.m(f + v * out), 'forgets the machine hours per unit'],
        [x.m(v * h * out), 'leaves out the fixed cost'],
        [x.m(f + near(v * out, h)), 'divides by the hours per unit instead of multiplying'],
        [x.m(h * (f + v * out)), 'multiplies the fixed cost by the hours per unit too'],
        [x.m(near(x.ch * h * out, x.qh)), 'scales the busiest month’s cost in proportion'],
        [x.m(x.cmax - vx * x.qmax + vx * h * out), 'uses the months of highest and lowest cost'],
      ],
      figures: { ...mfig(x), h, out },
    }
  }),
  family('high-low-across-a-fixed-cost-step', (rng) => {
    const [client] = maker(rng)
    const m = money(rng)
    const vc = cents(rng, 1, 40)
    const fc = round(rng, 4, 60, 500)
    const step = round(rng, 2, 20, 250)
    const ql = rng.int(8, 20) * 100
    const qh = ql + rng.int(8, 30) * 100
    const k = ql + rng.int(2, Math.floor((qh - ql) / 100) - 2) * 100
    const cl = fc + vc * ql
    const ch = fc + step + vc * qh
    return {
      stem: `For ${client}, overhead was ${m(cl)} in the quietest month (${units(ql)}) and ${m(ch)} in the busiest (${units(qh)}). Above ${units(k)} a month a second supervisor is needed, which adds ${m(step)} of fixed cost. Using the high-low method with the step removed, what is the variable overhead per unit, to the cent?`,
      key: m(near(ch - step - cl, qh - ql)),
      wrong: [
        [m(near(ch - cl, qh - ql)), 'leaves the step in the cost change'],
        [m(near(ch - cl + step, qh - ql)), 'adds the step instead of removing it'],
        [m(near(ch - step, qh)), 'gives the busiest month’s average cost without the step'],
        [m(near(ch, qh)), 'gives the busiest month’s average cost'],
      ],
      figures: { cl, ch, ql, qh, step },
    }
  }),
  family('semi-variable-energy-cost', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const d = cents(rng, 1, 6)
    const days = rng.pick([90, 91, 92])
    const rate = rng.int(18, 42)
    const kwh = rng.int(2, 12)
    const q = rng.int(5, 60) * 100
    return {
      stem: `${cap(client)}'s electricity tariff is a standing charge of ${m(d)} a day plus ${rate} cents (of the same currency) per kWh. Each ${item} uses ${kwh} kWh. What is the electricity cost of a ${days}-day quarter making ${units(q)}?`,
      key: m(d * days + q * kwh * rate),
      wrong: [
        [m(q * kwh * rate), 'leaves out the standing charge'],
        [m(d + q * kwh * rate), 'charges the standing charge once, not daily'],
        [m(d * 30 + q * kwh * rate), 'charges the standing charge for 30 days'],
        [m(d * days + q * rate), 'forgets the kWh per unit'],
      ],
      figures: { d, days, rate, kwh, q },
    }
  }),
  family('step-fixed-supervision-cost', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const s = rng.int(4, 12) * 100
    const w = round(rng, 20, 50, 100)
    const vc = cents(rng, 2, 30)
    const fo = round(rng, 10, 80, 100)
    const q = s * rng.int(2, 6) + rng.int(1, s - 1)
    return {
      stem: `${cap(client)} needs one supervisor, paid ${m(w)} a month, for each ${units(s)} (or part) of monthly output of its ${item}; other fixed costs are ${m(fo)} a month and variable costs ${m(vc)} a unit. What is the total cost of a month making ${units(q)}?`,
      key: m(up(q, s) * w + fo + vc * q),
      wrong: [
        [m(down(q, s) * w + fo + vc * q), 'pays only for full blocks of output'],
        [m(near(q * w, s) + fo + vc * q), 'treats supervision as a variable cost per unit'],
        [m(w + fo + vc * q), 'pays for one supervisor only'],
        [m(up(q, s) * w + vc * q), 'leaves out the other fixed costs'],
        [m((up(q, s) + 1) * w + fo + vc * q), 'adds a supervisor beyond the step reached'],
      ],
      figures: { s, w, vc, fo, q },
    }
  }),
  family('break-even-past-a-fixed-cost-step', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const p = cents(rng, 20, 200)
    const v = share(p, rng.int(35, 70), 100)
    const cm = p - v
    const k = rng.int(10, 60) * 100
    const f1 = k * cm + round(rng, 2, 40, 100)
    const fa = round(rng, 5, 80, 250)
    return {
      stem: `${cap(client)} sells each ${item} for ${m(p)} with variable costs of ${m(v)} a unit. Fixed costs are ${m(f1)} a year up to ${units(k)}; above that a second shift adds ${m(fa)} of fixed cost. How many units must it sell to break even, rounded up to a whole unit?`,
      key: units(up(f1 + fa, cm)),
      wrong: [
        [units(up(f1, cm)), 'ignores the step, though that volume lies above the first range'],
        [units(k), 'gives the capacity of the first range'],
        [units(down(f1 + fa, cm)), 'rounds down, leaving a loss'],
        [units(up(f1 + fa, p)), 'divides by the price'],
        [units(k + up(fa, cm)), 'covers only the step beyond the first range'],
      ],
      figures: { p, v, k, f1, fa },
    }
  }),
  family('average-cost-at-a-new-volume', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const fc = round(rng, 4, 80, 500)
    const vc = cents(rng, 2, 40)
    const q1 = rng.int(5, 40) * 100
    const q2 = q1 + rng.int(2, 30) * 100
    return {
      stem: `${cap(client)} has fixed costs of ${m(fc)} a month and variable costs of ${m(vc)} for each ${item}, both within the relevant range. At ${units(q1)} a month the average cost is ${m(near(fc, q1) + vc)} a unit. What is the average cost per unit at ${units(q2)}, to the cent?`,
      key: m(near(fc + vc * q2, q2)),
      wrong: [
        [m(near(fc, q1) + vc), 'keeps the average cost of the lower volume'],
        [m(vc), 'gives the variable cost only'],
        [m(near(fc, q2)), 'gives the fixed cost per unit only'],
        [m(near(fc + vc * q1, q2)), 'spreads the old total cost over the new volume'],
      ],
      figures: { fc, vc, q1, q2 },
    }
  }),
  family('flexed-budget-total-cost', (rng) => {
    const [client] = maker(rng)
    const m = money(rng)
    const q1 = rng.int(10, 60) * 100
    const vt = round(rng, 10, 200, 100)
    const ft = round(rng, 10, 200, 100)
    const q2 = q1 + rng.pick([-1, 1]) * rng.int(2, 8) * 100
    return {
      stem: `${cap(client)}'s budget for ${units(q1)} shows variable costs of ${m(vt)} and fixed costs of ${m(ft)}. Actual output was ${units(q2)}, inside the relevant range. What total cost does the flexed budget allow, to the cent?`,
      key: m(ft + near(vt * q2, q1)),
      wrong: [
        [m(near((vt + ft) * q2, q1)), 'flexes the fixed costs too'],
        [m(vt + ft), 'keeps the original budget'],
        [m(near(ft * q2, q1) + vt), 'flexes the fixed costs, not the variable'],
        [m(near(vt * q2, q1)), 'leaves out the fixed costs'],
        [m(ft + near(vt * q1, q2)), 'flexes by the inverse ratio'],
        [m(vt), 'gives the budgeted variable costs only'],
        [m(ft + vt + near(vt * q2, q1)), 'adds the flexed variable costs to the whole budget'],
      ],
      figures: { q1, q2, vt, ft },
    }
  }),
  family('material-price-break-above-a-threshold', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const x = rng.int(5, 30) * 100
    const m1 = cents(rng, 2, 30)
    const m2 = m1 - share(m1, rng.int(8, 25), 100)
    const q = x + rng.int(2, 40) * 100
    return {
      stem: `${cap(client)}'s supplier charges ${m(m1)} a unit for the first ${units(x)} of material each month and ${m(m2)} a unit for every unit beyond that. Each ${item} uses one unit. What is the material cost of a month making ${units(q)}?`,
      key: m(x * m1 + (q - x) * m2),
      wrong: [
        [m(q * m2), 'gives every unit the lower price'],
        [m(q * m1), 'ignores the price break'],
        [m((q - x) * m2), 'costs only the units beyond the threshold'],
        [m(x * m2 + (q - x) * m1), 'applies the two prices the wrong way round'],
        [m(x * m1 + q * m2), 'prices all units again at the lower price'],
      ],
      figures: { x, m1, m2, q },
    }
  }),
  family('marginal-profit-from-absorption-profit', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const fo = cents(rng, 2, 30)
    const s = rng.int(20, 90) * 100
    const pdn = s + rng.int(2, 15) * 100
    const vc = cents(rng, 3, 60)
    const ap = pdn * fo + (pdn - s) * vc + round(rng, 20, 200, 100)
    return {
      stem: `${cap(client)} made ${units(pdn)} of its ${item} and sold ${units(s)} this year, with no opening inventory; variable production cost is ${m(vc)} a unit and fixed production overhead is absorbed at ${m(fo)} a unit (no under- or over-absorption). Absorption costing shows a profit of ${m(ap)}. What profit does marginal costing show?`,
      key: m(ap - (pdn - s) * fo),
      wrong: [
        [m(ap + (pdn - s) * fo), 'adds the overhead carried in closing inventory'],
        [m(ap - pdn * fo), 'deducts the overhead on all units made'],
        [m(ap), 'assumes the two methods always agree'],
        [m(ap - s * fo), 'deducts the overhead on all units sold'],
        [m((pdn - s) * fo), 'gives only the difference between the methods'],
        [
          m(ap - (pdn - s) * (vc + fo)),
          'deducts the whole closing inventory at full production cost',
        ],
        [m(ap - (pdn - s) * vc), 'values the inventory difference at the variable production cost'],
      ],
      figures: { fo, s, pdn, ap, vc },
    }
  }),
  family('under-or-over-absorbed-overhead', (rng) => {
    const [client] = maker(rng)
    const m = money(rng)
    const bq = rng.int(20, 90) * 100
    const ra = cents(rng, 2, 30)
    const bf = bq * ra
    const aq = bq + rng.pick([-1, 1]) * rng.int(2, 12) * 100
    const af = bf + rng.pick([-1, 1]) * round(rng, 1, 40, 100)
    const absorbed = aq * ra
    const gap = absorbed - af
    positive(Math.abs(gap))
    const say = (x: number) => `${m(Math.abs(x))} ${x < 0 ? 'under' : 'over'}-absorbed`
    return {
      stem: `${cap(client)} budgeted fixed production overhead of ${m(bf)} for ${units(bq)}, an absorption rate of ${m(ra)} a unit. It made ${units(aq)} and spent ${m(af)} on fixed overhead. What is the under- or over-absorption?`,
      key: say(gap),
      wrong: [
        [say(-gap), 'reads the direction the wrong way round'],
        [say(bf - af), 'compares budgeted with actual spending only'],
        [say(absorbed - bf), 'compares absorbed with budgeted overhead'],
        [say(af - bf), 'compares the spending the wrong way round'],
        [say(bf - absorbed), 'compares budget with absorbed, the wrong way round'],
      ],
      figures: { bq, ra, aq, af },
    }
  }),
  family('break-even-with-a-semi-variable-cost', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const p = cents(rng, 20, 200)
    const v = share(p, rng.int(30, 60), 100)
    const sf = round(rng, 4, 40, 500)
    const sv = share(p, rng.int(4, 10), 100)
    const f = round(rng, 20, 300, 500)
    const qb = rng.int(20, 90) * 100
    positive(p - v - sv)
    return {
      stem: `${cap(client)} sells each ${item} for ${m(p)}; other variable costs are ${m(v)} a unit and pure fixed costs ${m(f)} a year. Maintenance is semi-variable: ${m(sf)} a year plus ${m(sv)} a unit, ${m(sf + sv * qb)} at the budgeted ${units(qb)}. How many units must be sold to break even, rounded up to a whole unit?`,
      key: units(up(f + sf, p - v - sv)),
      wrong: [
        [units(up(f + sf + sv * qb, p - v)), 'treats the budgeted maintenance bill as fixed'],
        [units(up(f, p - v - sv)), 'leaves out the fixed part of maintenance'],
        [units(up(f + sf, p - v)), 'leaves out the variable part of maintenance'],
        [units(up(f, p - v)), 'leaves out maintenance altogether'],
        [units(down(f + sf, p - v - sv)), 'rounds down, leaving a loss'],
      ],
      figures: { p, v, f, sf, sv, qb },
    }
  }),
  family('fixed-cost-per-unit-at-a-new-volume', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const fc = round(rng, 4, 80, 500)
    const q1 = rng.int(5, 40) * 100
    const q2 = q1 + rng.pick([-1, 1]) * rng.int(1, 4) * 100
    const vc = cents(rng, 2, 40)
    return {
      stem: `${cap(client)}'s costing shows fixed overhead of ${m(near(fc, q1))} and variable cost of ${m(vc)} per ${item} at ${units(q1)} a month. Total fixed overhead stays the same within the relevant range. What is the full cost per unit at ${units(q2)} a month, to the cent?`,
      key: m(near(near(fc, q1) * q1, q2) + vc),
      wrong: [
        [m(near(fc, q1) + vc), 'keeps the old fixed overhead per unit'],
        [m(near(near(fc, q1) * q2, q1) + vc), 'scales the fixed cost per unit with volume'],
        [m(near(near(fc, q1) * q1, q2)), 'leaves out the variable cost'],
        [m(near((near(fc, q1) + vc) * q1, q2)), 'treats the whole cost per unit as fixed'],
      ],
      figures: { afu: near(fc, q1), q1, q2, vc },
    }
  }),
  family('relevant-range-cost-of-extra-output', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const vc = cents(rng, 2, 40)
    const fc = round(rng, 4, 80, 500)
    const cap1 = rng.int(20, 60) * 100
    const q1 = cap1 - rng.int(2, 10) * 100
    const extra = rng.int(2, 20) * 100 + (cap1 - q1)
    const lease = round(rng, 2, 30, 250)
    return {
      stem: `${cap(client)} makes ${units(q1)} of its ${item} a month; its workshop holds at most ${units(cap1)} a month, and above that it must lease a second unit for ${m(lease)} a month. Variable cost is ${m(vc)} a unit and current fixed costs ${m(fc)}. What extra cost does making ${units(extra)} more a month add?`,
      key: m(extra * vc + lease),
      wrong: [
        [m(extra * vc), 'forgets that the extra output passes the workshop’s capacity'],
        [m(extra * vc + lease + near(fc * extra, q1)), 'adds a share of existing fixed costs'],
        [m(extra * (vc + near(fc, q1))), 'costs the extra at full cost per unit'],
        [m((q1 + extra) * vc + lease), 'gives the variable cost of all output plus the lease'],
        [m(lease), 'counts only the lease'],
      ],
      figures: { vc, fc, q1, extra, lease },
    }
  }),
  family('quarterly-cost-from-a-monthly-cost-equation', (rng) => {
    const [client, item] = maker(rng)
    const m = money(rng)
    const a = cents(rng, 2000, 30000)
    const b = cents(rng, 1, 40)
    const x = rng.int(30, 200) * 100
    return {
      stem: `${cap(client)}'s overhead follows the monthly cost equation y = ${m(a)} + ${m(b)}x, x being units of its ${item} made in the month, within the relevant range. What overhead should be budgeted for a quarter making ${units(x)} in total?`,
      key: m(3 * a + b * x),
      wrong: [
        [m(a + b * x), 'includes only one month’s fixed cost'],
        [m(3 * (a + b * x)), 'charges the quarter’s output in each month'],
        [m(b * x), 'leaves out the fixed cost'],
        [m(12 * a + b * x), 'includes a year of fixed cost'],
        [m(a + near(b * x, 3)), 'budgets one average month, not the quarter'],
      ],
      figures: { a, b, x },
    }
  }),
]

function cap(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1)
}
