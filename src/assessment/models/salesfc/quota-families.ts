import {
  add,
  ceilDiv,
  count,
  csv,
  div,
  frac as F,
  type Fraction,
  family,
  list,
  MONTHS,
  money,
  mul,
  pct,
  plain,
  sub,
  two,
} from './salesfc-text.js'

// Capacity and quota planning: ramp, ramped capacity, quota from capacity and attainment,
// over-assignment, hiring need, top-down and bottom-up targets, territory splits, and bookings
// against recognised and deferred revenue for subscriptions. Each stem states the ramp table,
// the recognition rule and the rounding.

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)
const floorOf = (x: Fraction): number => Number(x.n / x.d)
const RAMPS = [
  [0, 25, 50],
  [10, 30, 60],
  [20, 50, 80],
  [25, 50, 75],
  [0, 50, 75],
] as const

export const QUOTA_FAMILIES = [
  family('ramped-quarter-capacity', (rng) => {
    const m = money(rng)
    const n = rng.int(4, 15)
    const h = rng.int(1, 5)
    const q = rng.int(20, 90) * 1000
    const r = rng.pick(RAMPS)
    const rs = sum([...r])
    return {
      stem: `A team has ${n} fully ramped reps, each with a monthly quota of ${plain(m, q)}, and ${h} new hires starting on the first day of the quarter. New hires carry ${r[0]}%, ${r[1]}% and ${r[2]}% of full quota in their first, second and third months. What is the team's quota capacity for the quarter, to the cent?`,
      key: m(F(3 * n * q * 100 + h * q * rs, 100)),
      wrong: [
        [m(F(3 * (n + h) * q)), 'counts the new hires at full quota'],
        [m(F(3 * n * q)), 'leaves the new hires out'],
        [
          m(F(3 * n * q * 100 + 3 * h * q * r[2], 100)),
          'gives new hires their month-3 ramp for the whole quarter',
        ],
        [
          m(F(3 * n * q * 100 + 3 * h * q * r[0], 100)),
          'gives new hires their month-1 ramp for the whole quarter',
        ],
        [m(F(3 * n * q * 100 + h * q * rs, 300)), 'averages the quarter to a month'],
      ],
      figures: { n, h, q, r: csv([...r]) },
    }
  }),
  family('quota-from-target-and-attainment', (rng) => {
    const m = money(rng)
    const t = rng.int(200, 900) * 10000
    const n = rng.int(8, 30)
    const a = rng.int(70, 95)
    return {
      stem: `The board's bookings target is ${plain(m, t)}. There are ${n} fully ramped reps and history says reps attain ${a}% of quota on average. What quota per rep makes expected bookings (reps × quota × average attainment) equal the target, to the cent?`,
      key: m(F(t * 100, n * a)),
      wrong: [
        [m(F(t, n)), 'splits the target evenly, ignoring attainment'],
        [m(F(t * a, n * 100)), 'multiplies by attainment instead of dividing'],
        [m(F(t * (200 - a), n * 100)), 'adds the attainment shortfall as a percentage'],
        [m(F(t * 100, (n - 1) * a)), 'leaves one rep out of the headcount'],
        [
          m(F(t * 10000, n * a * a)),
          'grosses up for attainment twice, on the target and on each quota',
        ],
      ],
      figures: { t, n, a },
    }
  }),
  family('over-assigned-rep-quota', (rng) => {
    const m = money(rng)
    const t = rng.int(200, 900) * 10000
    const n = rng.int(8, 30)
    const o = rng.int(10, 30)
    return {
      stem: `The sales target is ${plain(m, t)} and the client over-assigns: the sum of rep quotas is the target plus ${o}%. It has ${n} reps sharing equally. What is each rep's quota, to the cent?`,
      key: m(F(t * (100 + o), n * 100)),
      wrong: [
        [m(F(t, n)), 'splits the target without over-assignment'],
        [m(F(t * (100 - o), n * 100)), 'takes the over-assignment off'],
        [m(F(t * 100, n * (100 - o))), 'grosses the target up by dividing by 1 − the rate'],
        [m(F(t * (100 + o), 100)), 'gives the team’s total quota'],
        [m(F(t * (100 + 2 * o), n * 100)), 'adds the over-assignment twice'],
      ],
      figures: { t, n, o },
    }
  }),
  family('reps-to-hire-for-target', (rng) => {
    const m = money(rng)
    const c = rng.int(40, 120) * 10000
    const a = rng.int(65, 95)
    const e = rng.int(5, 20)
    const t = c * (e + rng.int(3, 12)) + rng.int(1, 9) * 10000
    const need = ceilDiv(F(t * 100, c * a))
    return {
      stem: `Next year's target is ${plain(m, t)}. Each fully ramped rep carries a ${plain(m, c)} quota and reps attain ${a}% of quota on average. The client has ${e} reps today (assume all fully ramped all year). How many more reps must it hire, rounding the total needed up to a whole rep?`,
      key: count(need - e),
      wrong: [
        [count(need), 'gives the total reps needed, not the hires'],
        [count(ceilDiv(F(t, c)) - e), 'ignores attainment'],
        [count(floorOf(F(t * 100, c * a)) - e), 'rounds the reps needed down'],
        [count(ceilDiv(F(t * a, c * 100)) - e), 'multiplies by attainment instead of dividing'],
        [
          count(ceilDiv(sub(F(t * 100, c * a), F(e * a, 100)))),
          'discounts today’s reps by attainment a second time',
        ],
      ],
      figures: { t, c, a, e },
    }
  }),
  family('fully-ramped-equivalents', (rng) => {
    const ramp = [0, 25, 50, 75]
    const ten = Array.from({ length: rng.int(6, 10) }, () => rng.int(1, 9))
    const pr = (k: number) => (k <= 4 ? (ramp[k - 1] ?? 0) : 100)
    return {
      stem: `Rep tenure this month, in months (1 = first month): ${list(ten)}. The ramp schedule gives 0% of full productivity in month 1, 25% in month 2, 50% in month 3, 75% in month 4 and 100% from month 5. How many fully ramped rep equivalents does the team have, to two decimals?`,
      key: two(F(sum(ten.map(pr)), 100)),
      wrong: [
        [two(F(ten.length)), 'counts heads, not ramped equivalents'],
        [two(F(ten.filter((k) => k >= 5).length)), 'counts only the fully ramped reps'],
        [
          two(F(ten.filter((k) => k >= 5).length * 2 + ten.filter((k) => k < 5).length, 2)),
          'counts every ramping rep at half',
        ],
        [two(F(sum(ten.map((k) => pr(k + 1))), 100)), 'reads each rep’s ramp a month ahead'],
        [two(F(sum(ten.map((k) => pr(k - 1))), 100)), 'reads each rep’s ramp a month behind'],
      ],
      figures: { ten: csv(ten) },
    }
  }),
  family('reconcile-top-down-and-bottom-up', (rng) => {
    const m = money(rng)
    const ly = rng.int(100, 500) * 10000
    const g = rng.int(8, 30)
    const reps = Array.from(
      { length: 4 },
      () => Math.round((ly * rng.int(20, 32)) / 100 / 1000) * 1000,
    )
    const bu = sum(reps)
    const td = F(ly * (100 + g), 100)
    return {
      stem: `Top-down, the target is last year's ${plain(m, ly)} grown by ${g}%. Bottom-up, the four regional managers forecast ${list(reps.map((x) => plain(m, x)))}. The client's rule sets the plan at the simple average of the top-down and bottom-up figures. What is the plan, to the cent?`,
      key: m(div(add(td, F(bu)), F(2))),
      wrong: [
        [m(td), 'takes the top-down figure'],
        [m(F(bu)), 'takes the bottom-up figure'],
        [m(F(ly + bu, 2)), 'averages with last year, ungrown'],
        [m(div(add(td, F(bu * (100 + g), 100)), F(2))), 'grows the bottom-up figure as well'],
        [m(F(ly * g + bu * 100, 200)), 'averages the growth amount, not the grown target'],
      ],
      figures: { ly, g, reps: csv(reps) },
    }
  }),
  family('fiscal-year-revenue-from-annual-contract', (rng) => {
    const m = money(rng)
    const acv = rng.int(12, 240) * 1000
    const mo = rng.int(2, 11)
    return {
      stem: `A customer signs a 12-month subscription worth ${plain(m, acv)}; service starts on 1 ${MONTHS[mo - 1]}. Revenue is recognised evenly each month of service. The fiscal year runs January to December. How much revenue does the contract add to this fiscal year, to the cent?`,
      key: m(F(acv * (13 - mo), 12)),
      wrong: [
        [m(F(acv)), 'counts the booking as revenue'],
        [m(F(acv * (12 - mo), 12)), 'leaves out the start month'],
        [m(F(acv * (mo - 1), 12)), 'gives what is left to recognise next year'],
        [m(F(acv, 12)), 'recognises one month only'],
      ],
      figures: { acv, mo },
    }
  }),
  family('quarter-revenue-from-quarter-bookings', (rng) => {
    const m = money(rng)
    const b = [rng.int(12, 200), rng.int(12, 200), rng.int(12, 200)].map((x) => x * 1200)
    return {
      stem: `New annual subscriptions booked in the quarter's first, second and third months were ${list(b.map((x) => plain(m, x)))}. Each starts on the first day of the month after signing and is recognised evenly over 12 months. How much revenue do these bookings add to this quarter, to the cent?`,
      key: m(F(2 * (b[0] ?? 0) + (b[1] ?? 0), 12)),
      wrong: [
        [m(F(sum(b))), 'counts the bookings as revenue'],
        [
          m(F(3 * (b[0] ?? 0) + 2 * (b[1] ?? 0) + (b[2] ?? 0), 12)),
          'starts each contract in its signing month',
        ],
        [m(F(sum(b), 4)), 'recognises a quarter of each booking'],
        [m(F(sum(b), 12)), 'recognises one month of each booking'],
        [m(F((b[0] ?? 0) + (b[1] ?? 0), 12)), 'gives each started contract one month'],
      ],
      figures: { b: csv(b) },
    }
  }),
  family('territory-quota-by-potential', (rng) => {
    const m = money(rng)
    const p = [rng.int(20, 90), rng.int(20, 90), rng.int(20, 90)].map((x) => x * 10000)
    const l = p.map((x) => Math.round((x * rng.int(15, 45)) / 100 / 1000) * 1000)
    const acc = [rng.int(40, 200), rng.int(40, 200), rng.int(40, 200)]
    const t = Math.round((sum(l) * rng.int(110, 135)) / 100 / 10000) * 10000
    const k = rng.int(0, 2)
    return {
      stem: `The team quota of ${plain(m, t)} is split across territories North, Central and South in proportion to market potential: ${list(p.map((x) => plain(m, x)))}. Last year's sales were ${list(l.map((x) => plain(m, x)))} and account counts are ${list(acc)}. What is ${['North', 'Central', 'South'][k]}'s quota, to the cent?`,
      key: m(F(t * (p[k] ?? 0), sum(p))),
      wrong: [
        [m(F(t, 3)), 'splits the quota equally'],
        [m(F(t * (l[k] ?? 0), sum(l))), 'splits by last year’s sales'],
        [m(F(t * (acc[k] ?? 0), sum(acc))), 'splits by account count'],
        [m(F(sum(l) * (p[k] ?? 0), sum(p))), 'splits last year’s total, not this year’s quota'],
      ],
      figures: { t, p: csv(p), l: csv(l), acc: csv(acc), k },
    }
  }),
  family('territory-quota-blended-weights', (rng) => {
    const m = money(rng)
    const p = [rng.int(20, 90), rng.int(20, 90), rng.int(20, 90)].map((x) => x * 10000)
    const l = p.map((x) => Math.round((x * rng.int(15, 45)) / 100 / 1000) * 1000)
    const t = Math.round((sum(l) * rng.int(110, 135)) / 100 / 10000) * 10000
    const w = rng.pick([60, 70, 40, 30])
    const k = rng.int(0, 2)
    const blend = (wp: number) =>
      mul(F(t), add(F(wp * (p[k] ?? 0), 100 * sum(p)), F((100 - wp) * (l[k] ?? 0), 100 * sum(l))))
    return {
      stem: `The team quota of ${plain(m, t)} is split by a blended share: ${w}% weight on each territory's share of market potential and ${100 - w}% on its share of last year's sales. Potential: ${list(p.map((x) => plain(m, x)))}; last year: ${list(l.map((x) => plain(m, x)))} (territories A, B and C). What is territory ${'ABC'[k]}'s quota, to the cent?`,
      key: m(blend(w)),
      wrong: [
        [m(blend(100)), 'uses potential share only'],
        [m(blend(0)), 'uses last year’s share only'],
        [m(blend(100 - w)), 'swaps the two weights'],
        [m(blend(50)), 'weights the two shares equally'],
        [
          m(F(t * ((p[k] ?? 0) + (l[k] ?? 0)), sum(p) + sum(l))),
          'adds potential and sales before taking the share',
        ],
      ],
      figures: { t, p: csv(p), l: csv(l), w, k },
    }
  }),
  family('prorated-attainment-for-mid-year-hire', (rng) => {
    const m = money(rng)
    const q = rng.int(40, 150) * 10000
    const mo = rng.int(3, 10)
    const c = Math.round((q * (13 - mo) * rng.int(60, 130)) / 1200 / 1000) * 1000
    return {
      stem: `A rep with a full-year quota of ${plain(m, q)} joined on 1 ${MONTHS[mo - 1]}; the client prorates quota by whole months employed in the calendar year. The rep closed ${plain(m, c)} this year. What is the rep's attainment against the prorated quota, to two decimals of a percent?`,
      key: pct(F(c * 12, q * (13 - mo))),
      wrong: [
        [pct(F(c, q)), 'measures against the full-year quota'],
        [pct(F(c * 12, q * (12 - mo))), 'leaves the start month out of the proration'],
        [pct(F(c * 12, q * mo)), 'prorates by the months before joining'],
        [pct(F(c * (13 - mo), q * 12)), 'prorates the bookings instead of the quota'],
      ],
      figures: { q, mo, c },
    }
  }),
  family('opportunities-needed-per-month', (rng) => {
    const m = money(rng)
    const d = rng.int(5, 60) * 1000
    const q = d * rng.int(20, 60)
    const w = rng.int(15, 40)
    return {
      stem: `A rep's annual quota is ${plain(m, q)}, the average won deal is ${plain(m, d)} and the win rate is ${w}%. How many new opportunities must the rep create each month to hit quota, rounded up to a whole opportunity?`,
      key: count(ceilDiv(F(q * 100, d * w * 12))),
      wrong: [
        [count(ceilDiv(F(q, d * 12))), 'leaves the win rate out'],
        [count(ceilDiv(F(q * w, d * 100 * 12))), 'multiplies by the win rate instead of dividing'],
        [count(ceilDiv(F(q * 100, d * w))), 'gives the annual number'],
        [count(ceilDiv(F(q * 100, d * w * 4))), 'gives the quarterly number'],
        [count(floorOf(F(q * 100, d * w * 12))), 'rounds down'],
      ],
      figures: { q, d, w },
    }
  }),
  family('capacity-after-attrition', (rng) => {
    const m = money(rng)
    const n = rng.int(10, 40)
    const q = rng.int(40, 120) * 10000
    const a = rng.int(70, 95)
    const r = rng.int(10, 35)
    const per = F(q * a, 100)
    return {
      stem: `The client has ${n} reps with an annual quota of ${plain(m, q)} each and average attainment of ${a}%. Annual attrition is ${r}% of headcount; each leaver is replaced, but the seat loses half a year of productive capacity. What is the expected bookings capacity for the year, to the cent?`,
      key: m(mul(per, sub(F(n), F(n * r, 200)))),
      wrong: [
        [m(mul(per, F(n))), 'ignores attrition'],
        [m(mul(per, sub(F(n), F(n * r, 100)))), 'loses a full year for each leaver'],
        [m(mul(F(q), sub(F(n), F(n * r, 200)))), 'ignores attainment'],
        [m(F(n * q)), 'gives total quota'],
      ],
      figures: { n, q, a, r },
    }
  }),
  family('deferred-revenue-at-year-end', (rng) => {
    const m = money(rng)
    const acv = rng.int(12, 240) * 1000
    const mo = rng.int(2, 12)
    return {
      stem: `A customer's 12-month subscription of ${plain(m, acv)} was invoiced in full on 1 ${MONTHS[mo - 1]}, when service began; revenue is recognised evenly by month of service. What is the deferred (not yet recognised) revenue from it at 31 December, to the cent?`,
      key: m(F(acv * (mo - 1), 12)),
      wrong: [
        [m(F(acv * (13 - mo), 12)), 'gives the revenue recognised this year'],
        [m(F(acv)), 'leaves the whole invoice deferred'],
        [m(F(acv * mo, 12)), 'counts the start month as still to deliver'],
        [m(F(acv * (12 - mo), 12)), 'defers the months left in the year'],
      ],
      figures: { acv, mo },
    }
  }),
  family('hires-needed-with-first-year-ramp', (rng) => {
    const m = money(rng)
    const q = rng.int(40, 120) * 10000
    const a = rng.int(70, 95)
    const f = rng.pick([50, 55, 60, 65, 70])
    const gap = Math.round((q * rng.int(150, 800)) / 100 / 10000) * 10000
    return {
      stem: `Next year's plan leaves a ${plain(m, gap)} bookings gap to fill with new hires starting 1 January. A fully ramped rep's quota is ${plain(m, q)} and attainment averages ${a}%; in the first year a new hire's ramp delivers ${f}% of a full year's productivity. How many hires are needed, rounded up to a whole rep?`,
      key: count(ceilDiv(F(gap * 10000, q * a * f))),
      wrong: [
        [count(ceilDiv(F(gap * 100, q * a))), 'ignores the ramp'],
        [count(ceilDiv(F(gap * 100, q * f))), 'ignores attainment'],
        [count(ceilDiv(F(gap, q))), 'divides by full quota only'],
        [count(floorOf(F(gap * 10000, q * a * f))), 'rounds down'],
        [count(ceilDiv(F(gap * f, q * a))), 'multiplies by the ramp instead of dividing'],
      ],
      figures: { q, a, f, gap },
    }
  }),
  family('quota-phasing-by-last-year-quarters', (rng) => {
    const m = money(rng)
    const l = [rng.int(15, 40), rng.int(15, 40), rng.int(15, 40), rng.int(15, 40)].map(
      (x) => x * 10000,
    )
    const q = Math.round((sum(l) * rng.int(108, 140)) / 100 / 10000) * 10000
    const k = rng.int(0, 3)
    return {
      stem: `The annual quota of ${plain(m, q)} is phased by quarter in proportion to last year's quarterly sales: ${list(l.map((x) => plain(m, x)))} (Q1 to Q4). What is the Q${k + 1} quota, to the cent?`,
      key: m(F(q * (l[k] ?? 0), sum(l))),
      wrong: [
        [m(F(q, 4)), 'splits the year evenly'],
        [
          m(F((l[k] ?? 0) * 4 + q - sum(l), 4)),
          'adds a quarter of the growth to last year’s quarter',
        ],
        [m(F(l[k] ?? 0)), 'keeps last year’s quarter'],
        [m(F(q * (l[k] ?? 0) * 4, sum(l))), 'applies the seasonal index to the annual quota'],
        [m(F((q - sum(l)) * (l[k] ?? 0), sum(l))), 'gives only the quarter’s share of the growth'],
      ],
      figures: { q, l: csv(l), k },
    }
  }),
]
