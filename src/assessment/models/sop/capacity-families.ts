import type { Rng } from '../../rng.js'
import {
  $,
  ceil,
  count,
  floor,
  max,
  minus,
  monthNo,
  one,
  over,
  pc,
  pct1,
  plus,
  pt,
  reckon,
  times,
  times1,
  usd,
  w,
} from './sop-text.js'

// Capacity and territory planning: reps, hires and capacity from a bookings target, stated ramp,
// attainment and attrition; quota-to-OTE and cost ratios; territories by stated potential. The
// slips are rounding headcount down, full productivity for ramping or leaving reps, attrition on
// the wrong base, and an even split where the rule says proportional.

const k = (rng: Rng, a: number, b: number) => w(rng.int(a, b) * 1000)

export const CAPACITY_FAMILIES = [
  reckon('reps-needed-for-bookings-target', (rng) => {
    const t = k(rng, 5000, 20000)
    const qr = k(rng, 600, 1200)
    const a = pc(rng.int(60, 90))
    return {
      stem: `Next year’s bookings target is ${$(t)}. Each ramped rep carries a ${$(qr)} quota and reps historically attain ${pt(a)}% of quota. How many ramped reps are needed, rounded up to a whole rep?`,
      show: count,
      inputs: { t, qr, a },
      key: ceil(over(t, times(qr, a))),
      wrong: [
        [ceil(over(t, qr)), 'assumes every rep attains 100% of quota'],
        [floor(over(t, times(qr, a))), 'rounds the headcount down'],
        [
          ceil(over(times(t, a), qr)),
          'multiplies the target by the attainment instead of dividing',
        ],
        [ceil(over(times(t, minus(w(2), a)), qr)), 'grosses up by adding the attainment shortfall'],
      ],
    }
  }),
  reckon('hires-needed-with-attrition', (rng) => {
    const n = rng.int(20, 60)
    const h = n + rng.int(5, 20)
    const r = pc(rng.int(10, 30))
    return {
      stem: `A sales team starts the year with ${n} reps and must end it with ${h}. Attrition is ${pt(r)}% of the reps at the start of the year. How many reps must be hired, rounded up to a whole rep?`,
      show: count,
      inputs: { n: w(n), h: w(h), r },
      key: ceil(plus(w(h - n), times(w(n), r))),
      wrong: [
        [w(h - n), 'ignores attrition'],
        [ceil(plus(w(h - n), times(w(h), r))), 'applies attrition to the year-end headcount'],
        [ceil(times(w(h - n), plus(w(1), r))), 'applies attrition to the new seats only'],
        [ceil(times(w(n), r)), 'replaces the leavers but adds no seats'],
        [
          ceil(minus(over(w(h), minus(w(1), r)), w(n))),
          'grosses the year-end headcount up for attrition',
        ],
        [
          ceil(plus(w(h - n), times(over(w(n + h), w(2)), r))),
          'applies attrition to the average of the start and end headcounts',
        ],
      ],
    }
  }),
  reckon('capacity-with-ramping-hires', (rng) => {
    const n = rng.int(8, 25)
    const h = rng.int(3, 8)
    const qr = k(rng, 600, 1200)
    const mo = over(qr, w(12))
    return {
      stem: `A team has ${n} ramped reps at a ${$(qr)} annual quota and hires ${h} more on 1 January. New reps produce 25%, 50% and 75% of a monthly quota in their first three months and 100% after. What is the team’s productive capacity for the year, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { n: w(n), h: w(h), qr },
      key: plus(times(w(n), qr), times(w(h), mo, plus(pc(150), w(9)))),
      wrong: [
        [times(w(n + h), qr), 'counts the new hires at full quota from day one'],
        [times(w(n), qr), 'leaves the new hires out'],
        [plus(times(w(n), qr), times(w(h), mo, w(9))), 'gives the ramp months no production'],
        [times(w(n + h), mo, plus(pc(150), w(9))), 'applies the ramp to every rep'],
      ],
    }
  }),
  reckon('capacity-with-attainment-and-attrition', (rng) => {
    const n = rng.int(10, 40)
    const qr = k(rng, 500, 1000)
    const a = pc(rng.int(70, 90))
    const r = pc(rng.int(10, 30))
    return {
      stem: `A team of ${n} reps carries ${$(qr)} each; reps attain ${pt(a)}% of quota on average. ${pt(r)}% of the reps are expected to leave, spread evenly through the year, so each leaver produces for half a year and is not replaced. What is the expected bookings capacity, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { n: w(n), qr, a, r },
      key: times(qr, a, w(n), minus(w(1), over(r, w(2)))),
      wrong: [
        [times(qr, a, w(n)), 'ignores attrition'],
        [times(qr, a, w(n), minus(w(1), r)), 'takes the leavers out for the whole year'],
        [times(qr, w(n), minus(w(1), over(r, w(2)))), 'assumes reps attain 100% of quota'],
        [times(qr, w(n)), 'sums the quotas'],
      ],
    }
  }),
  reckon('quota-to-ote-ratio', (rng) => {
    const base = k(rng, 60, 100)
    const tq = w(rng.int(25, 50) * 500)
    const ote = plus(base, times(tq, w(4)))
    const q = times(ote, w(rng.int(40, 70)), over(w(1), w(10)))
    return {
      stem: `An account executive’s base salary is ${$(base)} a year and her target incentive ${$(tq)} a quarter; her annual quota is ${$(q)}. What is the quota-to-OTE ratio, to one decimal place, a half rounded up?`,
      show: times1,
      inputs: { base, tq, q },
      key: over(q, ote),
      wrong: [
        [over(q, plus(base, tq)), 'adds one quarter’s incentive as if it were the year’s'],
        [over(q, times(tq, w(4))), 'divides by the annual target incentive only'],
        [over(q, base), 'divides by the base salary only'],
        [over(ote, q), 'gives OTE as a ratio of quota, the wrong way up'],
        [over(q, times(plus(base, tq), w(4))), 'multiplies the base salary by four as well'],
        [over(over(q, w(4)), ote), 'divides a quarter’s quota by the annual OTE'],
      ],
    }
  }),
  reckon('cost-of-sales-per-quota-dollar', (rng) => {
    const ote = k(rng, 120, 250)
    const burden = pc(rng.int(15, 35))
    const q = times(ote, w(rng.int(4, 7)))
    return {
      stem: `A rep’s OTE is ${$(ote)} and benefits and overhead add ${pt(burden)}% of OTE. The quota is ${$(q)}. What is the fully loaded cost of sales as a percentage of quota, to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { ote, burden, q },
      key: over(times(ote, plus(w(1), burden)), q),
      wrong: [
        [over(ote, q), 'leaves out benefits and overhead'],
        [over(times(ote, burden), q), 'counts only the overhead'],
        [
          over(ote, times(q, minus(w(1), burden))),
          'takes the overhead off the quota instead of adding it to cost',
        ],
        [plus(over(ote, q), burden), 'adds the overhead rate to the cost percentage as points'],
      ],
    }
  }),
  reckon('quota-by-territory-potential', (rng) => {
    const ps = [k(rng, 800, 2000), k(rng, 1000, 3000), k(rng, 1500, 4000), k(rng, 2000, 5000)]
    const t = k(rng, 2000, 6000)
    const i = rng.int(0, 3)
    const sum = plus(...ps)
    return {
      stem: `A ${$(t)} regional quota is allocated to four territories in proportion to their stated potential of ${ps.map($).join(', ')}. What quota does territory ${'ABCD'[i]} (potential ${$(ps[i]!)}) receive, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { t, p1: ps[0]!, p2: ps[1]!, p3: ps[2]!, p4: ps[3]!, i: w(i) },
      key: times(t, over(ps[i]!, sum)),
      wrong: [
        [over(t, w(4)), 'splits the quota evenly'],
        [
          times(t, over(ps[i]!, minus(sum, ps[i]!))),
          'divides by the other territories’ potential only',
        ],
        [
          times(t, over(ps[i]!, ps.reduce(max))),
          'scales by the largest territory’s potential instead of the total',
        ],
        [
          minus(t, times(t, over(ps[i]!, sum))),
          'gives the other three territories’ combined quota',
        ],
      ],
    }
  }),
  reckon('territory-imbalance-against-mean', (rng) => {
    const ps = [k(rng, 800, 1500), k(rng, 1000, 2000), k(rng, 1200, 2500), k(rng, 2600, 4000)]
    const m = over(plus(...ps), w(4))
    const lo = ps.reduce((a, b) => (a.n < b.n ? a : b))
    return {
      stem: `Four territories have stated potential of ${ps.map($).join(', ')}. By how much does the largest exceed the mean territory, as a percentage of the mean to one decimal place, a half rounded up?`,
      show: pct1,
      inputs: { p1: ps[0]!, p2: ps[1]!, p3: ps[2]!, p4: ps[3]! },
      key: over(minus(ps[3]!, m), m),
      wrong: [
        [over(minus(ps[3]!, m), ps[3]!), 'divides by the largest territory instead of the mean'],
        [over(minus(ps[3]!, lo), lo), 'compares the largest with the smallest'],
        [over(ps[3]!, m), 'gives the ratio to the mean, not the excess'],
        [over(minus(ps[3]!, lo), m), 'measures the range against the mean'],
        [over(minus(ps[3]!, m), plus(...ps)), 'divides the excess by the total of all four'],
        [over(minus(m, lo), m), 'measures the smallest territory’s shortfall instead'],
      ],
    }
  }),
  reckon('reps-for-account-coverage-hours', (rng) => {
    const a = rng.int(20, 80)
    const b = rng.int(60, 200)
    const [ha, hb] = [rng.int(6, 12), rng.int(1, 4)]
    const h = rng.int(100, 130)
    const load = w(a * ha + b * hb)
    return {
      stem: `Tier A accounts need ${ha} hours of rep time a month and tier B accounts ${hb}. A territory has ${a} tier A and ${b} tier B accounts, and a rep has ${h} selling hours a month. How many reps does coverage need, rounded up to a whole rep?`,
      show: count,
      inputs: { a: w(a), b: w(b), ha: w(ha), hb: w(hb), h: w(h) },
      key: ceil(over(load, w(h))),
      wrong: [
        [
          ceil(over(times(w(a + b), over(w(ha + hb), w(2))), w(h))),
          'uses the unweighted mean of the tier hours',
        ],
        [floor(over(load, w(h))), 'rounds the headcount down'],
        [ceil(over(w(a * ha), w(h))), 'covers only the tier A accounts'],
        [
          plus(ceil(over(w(a * ha), w(h))), ceil(over(w(b * hb), w(h)))),
          'rounds each tier up separately and adds',
        ],
        [ceil(over(times(w(a + b), w(ha)), w(h))), 'gives every account tier A hours'],
      ],
    }
  }),
  reckon('ramped-rep-equivalents', (rng) => {
    const x = rng.int(1, 5)
    const y = rng.int(2, 7)
    const z = rng.int(10, 30)
    return {
      stem: `A team has ${x} reps in their first month (0% productive), ${y} in months two to three (50% productive) and ${z} fully ramped. How many ramped-rep equivalents is that, to one decimal place, a half rounded up?`,
      show: one,
      inputs: { x: w(x), y: w(y), z: w(z) },
      key: plus(w(z), times(w(y), pc(50))),
      wrong: [
        [w(x + y + z), 'counts headcount'],
        [w(z), 'counts only the fully ramped reps'],
        [plus(w(z), times(w(x + y), pc(50))), 'counts the first-month reps at 50% too'],
        [w(y + z), 'counts the second- and third-month reps as ramped'],
      ],
    }
  }),
  reckon('additional-reps-for-capacity-gap', (rng) => {
    const qr = k(rng, 600, 1000)
    const a = pc(rng.int(70, 90))
    const n = rng.int(10, 30)
    const t = plus(times(qr, w(n)), k(rng, 1500, 6000))
    return {
      stem: `A team of ${n} ramped reps carries ${$(qr)} each and reps attain ${pt(a)}% on average. The target is ${$(t)}. How many more ramped reps are needed to close the gap, rounded up to a whole rep?`,
      show: count,
      inputs: { qr, a, n: w(n), t },
      key: ceil(over(minus(t, times(qr, a, w(n))), times(qr, a))),
      wrong: [
        [ceil(over(minus(t, times(qr, w(n))), qr)), 'assumes 100% attainment throughout'],
        [ceil(over(t, times(qr, a))), 'gives the total reps needed, not the extra'],
        [floor(over(minus(t, times(qr, a, w(n))), times(qr, a))), 'rounds the headcount down'],
        [ceil(over(minus(t, times(qr, a, w(n))), qr)), 'divides the gap by the full quota'],
        [
          ceil(over(minus(t, times(qr, a, w(n))), times(qr, a, a))),
          'discounts the new reps’ quota by the attainment twice',
        ],
        [
          ceil(minus(over(t, times(qr, a)), times(w(n), a))),
          'takes the team’s attainment-weighted headcount from the total reps needed',
        ],
      ],
    }
  }),
  reckon('recruiting-start-month', (rng) => {
    const m = rng.int(10, 12)
    const l = rng.int(2, 3)
    const r = l + rng.int(1, 2)
    return {
      stem: `A new rep must be fully ramped at the start of month ${m}. Hiring takes ${l} months from opening the requisition to start date, and ramping takes ${r} months from start. In which month must the requisition open, at the latest (at the start of that month)?`,
      show: monthNo,
      inputs: { m: w(m), r: w(r), l: w(l) },
      key: w(m - r - l),
      wrong: [
        [w(m - r), 'allows for the ramp but not the hiring time'],
        [w(m - l), 'allows for the hiring time but not the ramp'],
        [w(m - r - l + 1), 'counts the target month as a ramp month'],
        [w(m - r - l - 1), 'counts the month the requisition opens on top of the hiring time'],
      ],
    }
  }),
  reckon('sdrs-needed-for-ae-pipeline', (rng) => {
    const a = rng.int(6, 20)
    const n = rng.int(6, 15)
    const s = rng.int(12, 30)
    const c = pc(rng.int(40, 75))
    return {
      stem: `Each of ${a} account executives needs ${n} new qualified opportunities a month. An SDR books ${s} meetings a month, and ${pt(c)}% of meetings become qualified opportunities. How many SDRs are needed, rounded up to a whole person?`,
      show: count,
      inputs: { a: w(a), n: w(n), s: w(s), c },
      key: ceil(over(w(a * n), times(w(s), c))),
      wrong: [
        [ceil(over(w(a * n), w(s))), 'ignores the meeting-to-opportunity conversion'],
        [ceil(over(times(w(a * n), c), w(s))), 'multiplies by the conversion instead of dividing'],
        [floor(over(w(a * n), times(w(s), c))), 'rounds the headcount down'],
        [ceil(over(w(n), times(w(s), c))), 'sizes for one account executive'],
      ],
    }
  }),
  reckon('snake-draft-territory-split', (rng) => {
    const ps = new Set<number>()
    while (ps.size < 6) ps.add(rng.int(10, 99) * 10)
    const listed = [...ps].map((p) => w(p * 1000))
    const sorted = [...listed].sort((p, q) => (p.n > q.n ? -1 : 1))
    const pick = (xs: typeof listed, idx: number[]) => plus(...idx.map((i) => xs[i]!))
    return {
      stem: `Six accounts with stated potential ${listed.map($).join(', ')} are split between reps A and B by the team rule: sort by potential, largest first, and assign in snake order A, B, B, A, A, B. What potential does rep A receive, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: Object.fromEntries(listed.map((p, i) => [`p${i + 1}`, p])),
      key: pick(sorted, [0, 3, 4]),
      wrong: [
        [pick(sorted, [0, 2, 4]), 'alternates A, B, A, B instead of snaking'],
        [pick(listed, [0, 3, 4]), 'snakes in the listed order without sorting'],
        [pick(sorted, [0, 1, 2]), 'gives A the three largest'],
        [pick(sorted, [1, 2, 5]), 'reports rep B’s share'],
      ],
    }
  }),
  reckon('bookings-lost-to-vacancy', (rng) => {
    const qr = k(rng, 600, 1200)
    const v = rng.int(2, 5)
    const r = rng.int(2, 4)
    const mo = over(qr, w(12))
    return {
      stem: `A rep carrying ${$(qr)} a year leaves. The seat stays empty for ${v} months, and the replacement then produces 50% of a monthly quota for ${r} ramp months. How much quota capacity is lost, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { qr, v: w(v), r: w(r) },
      key: times(mo, plus(w(v), times(w(r), pc(50)))),
      wrong: [
        [times(mo, w(v)), 'ignores the ramp'],
        [times(mo, w(v + r)), 'gives the ramp months no production'],
        [times(mo, over(w(v + r), w(2))), 'halves the vacancy months as well'],
        [
          times(over(qr, w(52)), plus(w(v), times(w(r), pc(50)))),
          'divides the annual quota by weeks, not months',
        ],
      ],
    }
  }),
  reckon('bookings-per-average-ramped-rep', (rng) => {
    const h0 = rng.int(20, 40)
    const hs = [h0]
    for (let q = 0; q < 4; q++) hs.push(hs[q]! + rng.int(-2, 5))
    const [h1, h2, h3, h4] = hs.slice(1) as [number, number, number, number]
    const ramping = rng.int(3, 8)
    const b = k(rng, 15_000, 40_000)
    const avg = over(w(h1 + h2 + h3 + h4), w(4))
    return {
      stem: `Bookings for the year were ${$(b)}. Ramped-rep headcount was ${h0} at the start of the year and ${h1}, ${h2}, ${h3} and ${h4} at the ends of the four quarters; ${ramping} more reps hired late in the year are still ramping and are not in those counts. Productivity is bookings ÷ the average of the four quarter-end ramped headcounts. What is bookings per ramped rep, to the cent, a half cent rounded up?`,
      show: usd,
      inputs: { b, ramping: w(ramping), ...Object.fromEntries(hs.map((h, q) => [`h${q}`, w(h)])) },
      key: over(b, avg),
      wrong: [
        [over(b, w(h4)), 'divides by the year-end headcount'],
        [over(b, w(h0)), 'divides by the headcount at the start of the year'],
        [over(b, over(w(h0 + h4), w(2))), 'averages the start and end of the year only'],
        [
          over(b, over(w(h0 + h1 + h2 + h3 + h4), w(5))),
          'averages the start of the year in as a fifth point',
        ],
        [over(b, plus(avg, w(ramping))), 'counts the ramping reps in the headcount'],
        [over(b, w(h1 + h2 + h3 + h4)), 'divides by the sum of the headcounts, not their average'],
      ],
    }
  }),
]
