import {
  add,
  at0,
  at2,
  div,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { list, pct1, upR } from './written-half-up.js'

/*
 * Tests of controls worked again from each draw: sample sizes read from the stated tables or as
 * factor ÷ tolerable rate rounded up, deviation rates and upper limits as counts and factors over
 * the sample, and the 2026 calendar counted from day numbers (January 1 a Thursday) rather than
 * from dates. Poisson factors are kept in hundredths, table limits in tenths of a percent.
 */

const c = (x: number): R => r(x, 100)
/** Poisson factors for 0–7 deviations by confidence level, in hundredths. */
const PF: Readonly<Record<number, readonly number[]>> = {
  99: [461, 664, 841, 1005, 1161, 1311, 1458, 1600],
  95: [300, 475, 630, 776, 916, 1052, 1185, 1315],
  90: [231, 389, 533, 669, 800, 928, 1054, 1178],
  80: [161, 300, 428, 552, 673, 791, 908, 1024],
}
/** Factor ÷ sample size. */
const limit = (lvl: number, k: number, size: number): R => r(PF[lvl]![k]!, 100 * size)
/** Lower and higher reliance sizes by frequency. */
const SIZE: Readonly<Record<string, readonly [number, number]>> = {
  quarterly: [2, 2],
  monthly: [2, 5],
  weekly: [5, 15],
  daily: [20, 40],
  many: [25, 60],
}

// The 2026 calendar from day numbers: day 1 is Thursday, January 1 (weekday 4, Sunday 0).
const STARTS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]
const doy = (m: number, d: number) => STARTS[m - 1]! + d
const dow = (day: number) => (day + 3) % 7
const HOLS = [
  doy(1, 1),
  doy(1, 19),
  doy(2, 16),
  doy(5, 25),
  doy(6, 19),
  doy(7, 3),
  doy(9, 7),
  doy(11, 26),
  doy(11, 27),
  doy(12, 24),
  doy(12, 25),
]
const weekdayOf = (day: number) => dow(day) !== 0 && dow(day) !== 6
const working = (day: number) => weekdayOf(day) && !HOLS.includes(day)
/** The day `k` counted days after `day`. */
const plus = (day: number, k: number, counts = working): number => {
  let d = day
  let left = k
  while (left > 0) {
    d++
    if (counts(d)) left--
  }
  return d
}

export const CONTROLS_ROUTES: Readonly<Record<string, Route>> = {
  'controls-test-plan-sample-sizes-by-frequency-and-reliance': (f) => {
    const [R2, daily, R3, L, R4, Ra] = figuresOf(f, 'R2', 'f3', 'R3', 'L', 'R4', 'Ra')
    const third = daily === 1 ? SIZE.daily! : SIZE.weekly!
    const total = (many: number, mid: number, branch: number, auto = 1) =>
      r(auto + many + mid + L * branch + SIZE.quarterly![0])
    const key = total(SIZE.many![R2]!, third[R3]!, SIZE.monthly![R4]!)
    return at0(
      key,
      total(60, third[1], 5),
      total(SIZE.many![1 - R2]!, third[1 - R3]!, SIZE.monthly![1 - R4]!),
      total(SIZE.many![R2]!, third[R3]!, SIZE.monthly![R4]!, SIZE.many![Ra]!),
      total(25, third[0], 2),
      total(SIZE.daily![R2]!, third[R3]!, SIZE.monthly![R4]!),
      sub(key, r((L - 1) * SIZE.monthly![R4]!)),
    )
  },
  'controls-sample-deviation-rate-with-voided-and-missing-documents': (f) => {
    const [ns, v, mm, d] = figuresOf(f, 'ns', 'v', 'mm', 'd')
    const dev = d + mm
    return pct2(
      r(dev, ns),
      r(dev + v, ns),
      r(dev + 1, ns),
      r(dev, ns - v),
      r(d, ns),
      r(dev, ns + v),
      r(d, ns - mm),
    )
  },
  'controls-upper-deviation-limit-from-poisson-factors': (f) => {
    const [ns, k, hi] = figuresOf(f, 'ns', 'k', 'hi')
    // High reliance is evaluated at 95%, moderate at 90%.
    const [lvl, other] = hi === 1 ? [95, 90] : [90, 95]
    return pct2(
      limit(lvl, k, ns),
      limit(other, k, ns),
      limit(99, k, ns),
      r(100 * k + PF[lvl]![k]!, 100 * ns),
      limit(lvl, k, ns - k),
      r(k, ns),
      limit(lvl, 0, ns),
    )
  },
  'controls-upper-deviation-limit-from-the-attribute-table': (f) => {
    const [n0, x, d2] = figuresOf(f, 'n0', 'x', 'd2')
    // Upper deviation limits in tenths of a percent for 0–3 deviations.
    const t: Readonly<Record<number, Readonly<Record<number, readonly number[]>>>> = {
      5: {
        40: [73, 114, 150, 183],
        45: [65, 102, 134, 164],
        50: [59, 92, 121, 148],
        55: [54, 84, 111, 135],
        60: [49, 77, 102, 125],
        65: [46, 71, 94, 115],
        70: [42, 66, 88, 108],
        75: [40, 62, 82, 101],
        80: [37, 58, 77, 95],
        90: [33, 52, 69, 84],
        100: [30, 47, 62, 76],
      },
      10: {
        40: [56, 94, 128, 160],
        45: [50, 84, 114, 143],
        50: [46, 76, 103, 129],
        55: [42, 69, 94, 118],
        60: [38, 64, 87, 108],
        65: [35, 59, 80, 100],
        70: [33, 55, 75, 93],
        75: [31, 51, 70, 87],
        80: [29, 48, 66, 82],
        90: [26, 43, 59, 73],
        100: [23, 39, 53, 66],
      },
    }
    const sizes = Object.keys(t[10]!)
      .map(Number)
      .sort((a, b) => a - b)
    const ns = n0 + x
    const lo = Math.max(...sizes.filter((s) => s <= ns))
    const hi = Math.min(...sizes.filter((s) => s > ns))
    const k = 1 + d2
    const at = (risk: number, row: number, j: number) => r(t[risk]![row]![j]!, 1000)
    return pct1(
      at(10, lo, k),
      at(5, lo, k),
      at(10, n0, k),
      add(at(10, lo, k), r(k, ns)),
      at(10, hi, k),
      r(k, ns),
      at(10, lo, d2),
    )
  },
  'controls-attribute-sample-size-with-finite-population-correction': (f) => {
    const [t, ke, N] = figuresOf(f, 't', 'ke', 'N')
    const raw = (factor100: number) => r(factor100, t)
    const corrected = (x: R) => upR(div(mul(x, r(N)), add(r(N), x)))
    const base = raw(PF[95]![ke]!)
    return at0(
      corrected(base),
      upR(base),
      corrected(raw(PF[99]![ke]!)),
      upR(div(mul(base, add(r(N), base)), r(N))),
      corrected(raw(PF[95]![0]!)),
      corrected(raw(PF[90]![ke]!)),
      upR(div(mul(base, sub(r(N), base)), r(N))),
      corrected(raw(100 * ke + PF[95]![0]!)),
    )
  },
  'controls-extending-the-sample-after-deviations': (f) => {
    const [lvl, t] = figuresOf(f, 'lvl', 't')
    const [up, down] = lvl === 95 ? [99, 90] : [95, 80]
    const size = (factor100: number) => upR(r(factor100, t))
    const n0 = size(PF[lvl]![0]!)
    const more = (l: number, k: number) => sub(size(PF[l]![k]!), n0)
    return at0(
      more(lvl, 2),
      more(up, 2),
      size(PF[lvl]![2]!),
      more(lvl, 3),
      n0,
      size(200),
      more(down, 2),
      size(PF[lvl]![2]! - PF[lvl]![1]!),
    )
  },
  'controls-roll-forward-sample-for-the-remaining-period': (f) => {
    const [many, Y, rem, rf] = figuresOf(f, 'many', 'Y', 'r', 'rf')
    const [lo, mid, hi] = many === 1 ? [40, 60, 90] : [25, 40, 60]
    const share = (size: number, days: number) => upR(r(size * days, Y))
    const interim = share(mid, Y - rem)
    const tested = Number(interim[0] / interim[1])
    return at0(
      share(mid, rem),
      r(mid),
      interim,
      share(hi, rem),
      share(lo, rem),
      share(mid, rf),
      share(tested, rem),
    )
  },
  'controls-population-of-daily-occurrences-over-a-period': (f) => {
    const [m1, m2] = figuresOf(f, 'm1', 'm2')
    const from = doy(m1, 1)
    const to = STARTS[m2]!
    let work = 0
    let weekdays = 0
    let sixDay = 0
    let hols = 0
    for (let d = from; d <= to; d++) {
      if (working(d)) work++
      if (weekdayOf(d)) weekdays++
      if (dow(d) !== 0 && !HOLS.includes(d)) sixDay++
      if (HOLS.includes(d)) hols++
    }
    const days = to - from + 1
    return at0(
      r(work),
      r(weekdays),
      r(sixDay),
      r(days),
      r(weekdays - HOLS.length),
      r(20 * (m2 - m1 + 1)),
      r(Math.floor(days / 7) * 5 - hols),
    )
  },
  'controls-automated-controls-with-itgc-and-change-samples': (f) => {
    const [fa1, fa2, fb, PA, PB] = figuresOf(f, 'fa1', 'fa2', 'fb', 'PA', 'PB')
    const changes = (p: number) => (p > 250 ? 40 : p > 52 ? 25 : p > 12 ? 8 : p > 4 ? 3 : p)
    const hi = (many: number, alt: string) => (many === 1 ? 60 : SIZE[alt]![1])
    const billing = fb === 1 ? SIZE.many! : SIZE.daily!
    const key = 2 + billing[1] + changes(PA)
    return at0(
      r(key),
      r(hi(fa1, 'daily') + (fa2 === 1 ? 40 : 15) + billing[1] + changes(PA)),
      r(key + changes(PB)),
      r(2 + billing[1] + PA),
      r(3 + changes(PA)),
      r(2 + billing[1]),
      r(2 + billing[0] + changes(PA)),
    )
  },
  'controls-dual-purpose-sample-deviations-and-upper-limit': (f) => {
    const [ns, a, b, cc] = figuresOf(f, 'ns', 'a', 'b', 'c')
    return pct2(
      limit(95, a, ns),
      limit(95, a + cc, ns),
      limit(95, a + b, ns),
      add(r(a, ns), limit(95, a, ns)),
      limit(95, b, ns),
      r(a, ns),
      limit(90, a, ns),
    )
  },
  'controls-worst-upper-deviation-limit-across-attributes': (f) => {
    const [ns, k1, k2, k3] = figuresOf(f, 'ns', 'k1', 'k2', 'k3')
    const worst = Math.max(k1, k2, k3)
    return pct2(
      limit(95, worst, ns),
      limit(95, k1 + k2 + k3 - 1, ns),
      limit(95, k1 + k2 + k3, ns),
      add(r(worst, ns), limit(95, worst, ns)),
      r(worst, ns),
      limit(90, worst, ns),
      limit(95, k1, ns),
    )
  },
  'controls-potential-misstatement-from-a-control-deficiency': (f) => {
    const [ns, k, Y, X, s, dv, t] = figuresOf(f, 'ns', 'k', 'Y', 'X', 's', 'dv', 't')
    return at2(
      mul(limit(95, k, ns), r(X)),
      mul(limit(95, k, ns), r(Y)),
      mul(limit(99, k, ns), r(X)),
      mul(add(r(k, ns), limit(95, k, ns)), r(X)),
      r(k * X, ns),
      r(t * X, 100),
      r(dv * X, s),
    )
  },
  'controls-reliance-from-the-upper-limit-sets-the-substantive-sample': (f) => {
    const [k, nc, BV, TM, EM, K] = figuresOf(f, 'k', 'nc', 'BV', 'TM', 'EM', 'K')
    // The band from the upper limit: over 5% and up to 10% is moderate reliance.
    const u = limit(95, k, nc)
    if (u[0] * 20n <= u[1] || u[0] * 10n > u[1]) throw new Error('upper limit outside the band')
    const n = (pop: number, cf: number, exp: R) =>
      upR(div(mul(r(pop), c(cf)), sub(r(TM), mul(r(EM), exp))))
    return at0(
      n(BV - K, 231, c(150)),
      n(BV - K, 231, c(231)),
      n(BV, 231, c(150)),
      n(BV - K, 300, c(160)),
      n(BV - K, 231, r(1)),
      n(BV - K, 161, c(130)),
      n(BV - K, 231, r(0)),
    )
  },
  'controls-approval-authority-deviations-in-a-sample': (f) => {
    const amt = list(f, 'amt')
    const tax = list(f, 'tax')
    const lvl = list(f, 'lvl')
    const sup = list(f, 'sup')
    const day = list(f, 'day')
    const idx = amt.map((_, j) => j)
    const run = (o: {
      higher?: boolean
      strict?: boolean
      split: 'day' | 'none' | 'week'
      net?: boolean
      larger?: boolean
    }) => {
      const val = (j: number) => amt[j]! - (o.net ? tax[j]! : 0)
      const group = (j: number) =>
        o.split === 'none'
          ? [j]
          : idx.filter(
              (i) =>
                sup[i] === sup[j] &&
                (o.split === 'week' ? Math.abs(day[i]! - day[j]!) <= 6 : day[i] === day[j]),
            )
      const amount = (j: number) => group(j).reduce((s, i) => s + val(i), 0)
      // Required level: 0 up to $10,000, 1 up to $50,000, 2 above (cents).
      const need = (j: number) => {
        const v = amount(j)
        const over = (lim: number) => (o.strict ? v >= lim : v > lim)
        return over(5000000) ? 2 : over(1000000) ? 1 : 0
      }
      const bad = idx.filter((j) => (o.higher ? lvl[j] !== need(j) : lvl[j]! < need(j)))
      // The larger of a same-day pair only: drop any invoice with a larger same-day partner.
      const counted = o.larger
        ? bad.filter(
            (j) =>
              !idx.some(
                (i) => i !== j && sup[i] === sup[j] && day[i] === day[j] && amt[i]! > amt[j]!,
              ),
          )
        : bad
      return r(
        counted.reduce((s, j) => s + val(j), 0),
        100,
      )
    }
    return at2(
      run({ split: 'day' }),
      run({ split: 'day', higher: true }),
      run({ split: 'day', strict: true }),
      run({ split: 'week' }),
      run({ split: 'none' }),
      run({ split: 'day', net: true }),
      run({ split: 'day', larger: true }),
    )
  },
  'controls-late-approval-deviation-rate-in-working-days': (f) => {
    const [ns, N] = figuresOf(f, 'ns', 'N')
    const p = list(f, 'p')
    const s = list(f, 's')
    const a = list(f, 'a')
    const count = (late: (j: number) => boolean) => p.filter((_, j) => late(j)).length
    const key = count((j) => a[j]! > plus(p[j]!, 2))
    return pct2(
      r(key, ns),
      r(
        count((j) => a[j]! - p[j]! > 2),
        ns,
      ),
      r(
        count((j) => a[j]! > plus(p[j]!, 2, weekdayOf)),
        ns,
      ),
      r(
        count((j) => a[j]! > plus(p[j]!, 1)),
        ns,
      ),
      r(
        count((j) => a[j]! > plus(s[j]!, 2)),
        ns,
      ),
      r(
        count((j) => a[j]! > plus(p[j]!, 3)),
        ns,
      ),
      r(key, N),
      r(key, p.length),
    )
  },
  'controls-review-threshold-variances-not-investigated': (f) => {
    const [T, P] = figuresOf(f, 'T', 'P')
    const B = list(f, 'B')
    const A = list(f, 'A')
    const doc = list(f, 'd')
    // Everything in cents: the threshold is the lesser of T and P% of the base.
    const th = (base: number, greater = false) =>
      greater ? Math.max(100 * T, P * base) : Math.min(100 * T, P * base)
    const sum = (o: {
      greater?: boolean
      adverse?: boolean
      ge?: boolean
      docs?: boolean
      actual?: boolean
      excess?: boolean
    }) => {
      let total = 0
      B.forEach((b, j) => {
        const v = 100 * Math.abs(A[j]! - b)
        const t = th(o.actual ? A[j]! : b, o.greater)
        const needs = o.ge ? v >= t : v > t
        if (!needs || (!o.docs && doc[j] === 1) || (o.adverse && A[j]! <= b)) return
        total += o.excess ? v - th(b) : v
      })
      return r(total, 100)
    }
    return at2(
      sum({}),
      sum({ ge: true }),
      sum({ docs: true }),
      sum({ actual: true }),
      sum({ greater: true }),
      sum({ adverse: true }),
      sum({ excess: true }),
    )
  },
}
