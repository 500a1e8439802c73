import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { EQUIPMENT_FAMILIES } from '../../../src/assessment/models/ohs/equipment-families.js'
import { EXPOSURE_FAMILIES } from '../../../src/assessment/models/ohs/exposure-families.js'
import { FIRE_FAMILIES } from '../../../src/assessment/models/ohs/fire-families.js'
import { OHS_MODELS } from '../../../src/assessment/models/ohs/ohs-models.js'
import type { OhsScenario } from '../../../src/assessment/models/ohs/ohs-text.js'
import { RISK_FAMILIES } from '../../../src/assessment/models/ohs/risk-families.js'
import { STATS_FAMILIES } from '../../../src/assessment/models/ohs/stats-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { dow, jdn, halfAwayQuotient as q, ymd } from './second-route-arithmetic.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...RISK_FAMILIES,
  ...STATS_FAMILIES,
  ...EXPOSURE_FAMILIES,
  ...FIRE_FAMILIES,
  ...EQUIPMENT_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<OhsScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- A second working, sharing no code with the families: exact quotients in BigInt rounded
// half away from zero, logarithms and powers through Math.log and Math.exp (the families use
// log10 and **), dates on Julian Day Numbers, and the scales, tables and bands typed again.
const B = BigInt
/** `n1 × n2 × … ÷ (d1 × d2 × …)` rounded half away from zero. */
const r = (nums: readonly number[], dens: readonly number[] = [1]) =>
  q(
    nums.reduce((p, x) => p * B(x), 1n),
    dens.reduce((p, x) => p * B(x), 1n),
  )
const up = (a: number, b: number) => {
  const [x, y] = [B(a), B(b)]
  return Number(x / y + (x % y === 0n ? 0n : 1n))
}
const down = (a: number, b: number) => Number(B(a) / B(b))
/** An integer count of 10^-dp units shown to dp places with thousands commas. */
function show(v: number, dp: number): string {
  const sign = v < 0 ? '-' : ''
  const a = Math.abs(v)
  const unit = 10 ** dp
  const whole = String(Math.floor(a / unit)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return dp === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(a % unit).padStart(dp, '0')}`
}
/** A real number rounded half away from zero to dp places, as a count of those places. */
const at = (x: number, dp: number) => Math.sign(x) * Math.floor(Math.abs(x) * 10 ** dp + 0.5)
const ln10 = Math.log(10)
const log10 = (x: number) => Math.log(x) / ln10
const pow10 = (x: number) => Math.exp(x * ln10)
const pow2 = (x: number) => Math.exp(x * Math.LN2)

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS =
  'January February March April May June July August September October November December'.split(' ')
const dateOf = (j: number) => {
  const [y, m, d] = ymd(j)
  return `${DAYS[dow(j)]} ${d} ${MONTHS[m - 1]} ${y}`
}
/** The Julian day `months` calendar months after `iso` (its day is at most 28). */
const monthsOn = (iso: string, months: number) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const t = y * 12 + m - 1 + months
  return jdn(
    `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  )
}

/** What an option shows, without currency, units or the space before them. */
const digest = (text: string) => {
  if (/^[A-Z][a-z]+day /.test(text)) return text
  const m = /^(-?)\$?(-?[\d,]+(?:\.\d+)?)/.exec(text)
  return m ? `${m[1]}${m[2]}` : text
}

type F = Readonly<Record<string, number | string>>
type Expect = { readonly key: string; readonly wrong: readonly string[] }
const dp =
  (d: number) =>
  (key: number, ...wrong: number[]): Expect => ({
    key: show(key, d),
    wrong: wrong.map((w) => show(w, d)),
  })
const two = dp(2)
const one = dp(1)
const int = dp(0)
const dates = (key: number, ...wrong: number[]): Expect => ({
  key: dateOf(key),
  wrong: wrong.map(dateOf),
})
const n = (f: F, k: string) => Number(f[k])
const list = (f: F, k: string) => String(f[k]).split(',').map(Number)

const STATS: Readonly<Record<string, (f: F) => Expect>> = {
  'trir-on-200000-hours': (f) => {
    const [H, e, c, fa] = [n(f, 'H'), n(f, 'e'), n(f, 'c'), n(f, 'fa')]
    const rate = (k: number, base: number) => r([k, base, 100], [H])
    return two(
      rate(c, 200_000),
      rate(c, 100_000),
      rate(c, 1_000_000),
      rate(c + fa, 200_000),
      r([c, 100, 100], [e]),
      rate(fa, 200_000),
    )
  },
  'dart-rate-counts-cases': (f) => {
    const [H, da, rc, tc, o, dd] = figuresOf(f, 'H', 'da', 'rc', 'tc', 'o', 'dd')
    const rate = (k: number, base = 200_000) => r([k, base, 100], [H])
    return two(
      rate(da + rc + tc),
      rate(da),
      rate(da + rc + tc + o),
      rate(dd),
      rate(da + rc + tc, 1_000_000),
      rate(da + rc + tc, 100_000),
      rate(da + rc),
    )
  },
  'ltifr-per-million-hours': (f) => {
    const [H, lti, rc, fa] = [n(f, 'H'), n(f, 'lti'), n(f, 'rc'), n(f, 'fa')]
    const rate = (k: number, base: number) => r([k, base, 100], [H])
    return two(
      rate(lti, 1e6),
      rate(lti, 200_000),
      rate(lti, 100_000),
      rate(lti + rc, 1e6),
      rate(lti + rc + fa, 1e6),
      rate(lti + fa, 1e6),
      rate(lti + rc, 200_000),
    )
  },
  'severity-rate-counts-days': (f) => {
    const [H, c, ld, rd] = [n(f, 'H'), n(f, 'n'), n(f, 'ld'), n(f, 'rd')]
    const rate = (k: number, base: number) => r([k, base, 100], [H])
    return two(
      rate(ld, 200_000),
      rate(c, 200_000),
      rate(ld, 1e6),
      rate(ld + rd, 200_000),
      rate(ld, 100_000),
      r([ld, 100], [c]),
    )
  },
  'trir-hours-from-headcount': (f) => {
    const [e, wh, hol, c] = [n(f, 'e'), n(f, 'wh'), n(f, 'hol'), n(f, 'c')]
    const rate = (hours: number, base = 200_000) => r([c, base, 100], [hours])
    const H = e * wh * (52 - hol)
    return two(
      rate(H),
      rate(e * wh * 52),
      rate(e * 2000),
      rate(H, 100_000),
      rate(H, 1e6),
      rate(e * 40 * (52 - hol)),
    )
  },
  'days-away-calendar-count': (f) => {
    const [a, b] = [jdn(String(f.inj)), jdn(String(f.ret))]
    let work = 0
    for (let j = a + 1; j < b; j++) if (dow(j) !== 0 && dow(j) !== 6) work++
    const k = b - a
    return int(k - 1, k, k + 1, work, Math.floor((k - 1) / 7) * 5, Math.floor((k - 1) / 7) * 7)
  },
  'days-away-cap-per-case': (f) => {
    const [long, d1, d2, rr] = [n(f, 'long'), n(f, 'd1'), n(f, 'd2'), n(f, 'r')]
    const capped = [long, d1, d2].map((d) => Math.min(d, 180)).reduce((a, b) => a + b, 0)
    const raw = long + d1 + d2
    return int(
      capped,
      raw,
      Math.min(raw, 180),
      d1 + d2,
      capped + rr,
      long + d1 + d2 + rr,
      d1 + d2 + rr,
    )
  },
  'recordable-cases-from-log': (f) => {
    const [a, b, c, d, e] = figuresOf(f, 'n1', 'n2', 'n3', 'n4', 'n5')
    return int(b + c + d, a + b + c + d, a + b + c + d + e, c + d, c, b + c)
  },
  'most-recordables-for-a-target-rate': (f) => {
    const [H, T] = [n(f, 'H'), n(f, 'T')]
    // The largest whole count c with c × 200,000 ÷ H ≤ T ÷ 100, found by counting up.
    const most = (base: number) => {
      let c = 0
      while (B(c + 1) * B(base) * 100n <= B(T) * B(H)) c++
      return c
    }
    return int(
      most(200_000),
      up(T * H, 20_000_000),
      most(100_000),
      most(1_000_000),
      most(20_000),
      most(400_000),
    )
  },
  'rate-change-percent': (f) => {
    const [H1, H2, c1, c2] = [n(f, 'H1'), n(f, 'H2'), n(f, 'c1'), n(f, 'c2')]
    const a = B(c2) * B(H1)
    const b = B(c1) * B(H2)
    return one(
      q((a - b) * 1000n, b),
      r([c2 - c1, 1000], [c1]),
      q((a - b) * 1000n, a),
      q((a - b) * 2_000_000n, B(H1) * B(H2)),
      q(a * 1000n, b),
    )
  },
  'average-days-per-lost-time-case': (f) => {
    const [lti, ld, o, rd, e] = figuresOf(f, 'lti', 'ld', 'o', 'rd', 'e')
    return one(
      r([ld, 10], [lti]),
      r([ld, 10], [lti + o]),
      r([ld + rd, 10], [lti]),
      r([ld, 10], [e]),
      r([ld + rd, 10], [lti + o]),
    )
  },
  'incidence-per-1000-average-workers': (f) => {
    const [s, e, c] = [n(f, 's'), n(f, 'e'), n(f, 'c')]
    return one(
      r([c, 1000, 10, 2], [s + e]),
      r([c, 10_000], [e]),
      r([c, 10_000], [s]),
      r([c, 10_000], [s + e]),
      r([c, 100, 10, 2], [s + e]),
      r([c, 10_000, 10, 2], [s + e]),
    )
  },
  'combined-rate-of-two-sites': (f) => {
    const [H1, H2, c1, c2] = [n(f, 'H1'), n(f, 'H2'), n(f, 'c1'), n(f, 'c2')]
    const [r1, r2] = [r([c1, 20_000_000], [H1]), r([c2, 20_000_000], [H2])]
    return two(
      r([c1 + c2, 20_000_000], [H1 + H2]),
      r([r1 + r2], [2]),
      r1 + r2,
      Math.max(r1, r2),
      r([c1 + c2, 20_000_000], [Math.max(H1, H2)]),
    )
  },
  'premium-with-experience-modifier': (f) => {
    const [P, rate, emr] = [n(f, 'P'), n(f, 'rate'), n(f, 'emr')]
    const manual = r([P, rate], [100])
    return two(
      r([manual, emr], [100]),
      manual,
      r([manual, 100], [emr]),
      r([P, 100, emr], [100]),
      manual * 100,
      r([manual, 200 - emr], [100]),
    )
  },
  'osha-300a-average-employees': (f) => {
    const ms = list(f, 'months')
    const sum = ms.reduce((a, b) => a + b, 0)
    return int(
      up(sum, 12),
      down(sum, 12),
      ms[11]!,
      Math.max(...ms),
      up(ms[0]! + ms[11]!, 2),
      Math.min(...ms),
    )
  },
}

const RISK: Readonly<Record<string, (f: F) => Expect>> = {
  'hazards-in-high-band': (f) => {
    const [t, m] = [n(f, 't'), n(f, 'm')]
    const ls = String(f.ls)
      .split(',')
      .map((p) => p.split('x').map(Number) as [number, number])
    const c = (ok: (l: number, s: number) => boolean) => ls.filter(([l, s]) => ok(l, s)).length
    return int(
      c((l, s) => l * s >= t),
      c((l, s) => l * s > t),
      c((l, s) => l * s >= m),
      c((_, s) => s >= 4),
      c((l, s) => 2 * (l + s) >= t + 4),
      c((l, s) => l * s < m),
      c((l) => l >= 4),
    )
  },
  'residual-score-after-controls': (f) => {
    const [L, S, a, b] = [n(f, 'L'), n(f, 'S'), n(f, 'a'), n(f, 'b')]
    const lo = (x: number) => Math.max(x, 1)
    return int(
      (L - a) * (S - b),
      L * S - a - b,
      (L - a) * S,
      L * (S - b),
      lo(L - a - b) * S,
      lo(L - a - b) * lo(S - a - b),
      L * S,
    )
  },
  'risk-reduction-percent': (f) => {
    const [R0, R1, L0, L1] = [
      n(f, 'L0') * n(f, 'S0'),
      n(f, 'L1') * n(f, 'S1'),
      n(f, 'L0'),
      n(f, 'L1'),
    ]
    const added = r([L0 - L1, 1000], [L0]) + r([n(f, 'S0') - n(f, 'S1'), 1000], [n(f, 'S0')])
    return one(
      r([R0 - R1, 1000], [R0]),
      r([R0 - R1, 1000], [R1]),
      r([R1, 1000], [R0]),
      (R0 - R1) * 10,
      r([L0 - L1, 1000], [L0]),
      r([n(f, 'S0') - n(f, 'S1'), 1000], [n(f, 'S0')]),
      ...(added < 1000 ? [added] : []),
      r([R0 - R1, 40]),
    )
  },
  'rpn-after-action': (f) => {
    const [S, O, D, O2, D2] = figuresOf(f, 'S', 'O', 'D', 'O2', 'D2')
    return int(S * O2 * D2, S + O2 + D2, S * O * D, S * O2 * D, S * O2, S * O * D - S * O2 * D2)
  },
  'control-net-annual-benefit': (f) => {
    const [fr, C, p, K] = [n(f, 'f'), n(f, 'C'), n(f, 'p'), n(f, 'K')]
    const loss = r([fr, C], [10])
    const avoided = r([loss, p], [100])
    return int(
      avoided - K,
      avoided,
      loss - K,
      r([loss, 100 - p], [100]) - K,
      r([loss - K, p], [100]),
      avoided - 2 * K,
    )
  },
  'payback-months-of-control': (f) => {
    const [fr, C, p, Cap, R] = figuresOf(f, 'f', 'C', 'p', 'Cap', 'R')
    const loss = r([fr, C], [10])
    const save = r([loss, p], [100]) - R
    const left = r([loss, 100 - p], [100])
    return int(
      up(12 * Cap, save),
      up(12 * Cap, save + R),
      up(12 * Cap, loss - R),
      up(12 * Cap, save - R),
      up(12 * (Cap + R), save + R),
      up(12 * Cap, Math.max(left, 1)),
    )
  },
  'fine-kinney-score': (f) => {
    const [P, E, C, W] = [n(f, 'P'), n(f, 'E'), n(f, 'C'), n(f, 'W')]
    return one(
      r([P, E, C], [10]),
      r([P, E, W], [10]),
      P * C,
      r([P, E], [10]),
      P + E + 10 * C,
      E * C,
    )
  },
  'risk-assessment-review-due': (f) => {
    const [last, inc] = [String(f.last), String(f.inc)]
    return dates(
      jdn(inc) + 30,
      monthsOn(last, 12),
      monthsOn(inc, 12),
      jdn(last) + 30,
      jdn(inc) + 42,
      monthsOn(last, 6),
    )
  },
  'chance-of-an-incident-in-n-tasks': (f) => {
    const [N, k] = [n(f, 'N'), n(f, 'n')]
    const none = (times: number) => Math.exp(times * Math.log1p(-1 / N))
    return one(
      at(100 * (1 - none(k)), 1),
      at(100 * Math.min(k / N, 9.999), 1),
      at(100 * none(k), 1),
      at(100 / N, 1),
      at(100 * (1 - none(k / 2)), 1),
    )
  },
  'accident-ratio-estimate': (f) => {
    const nm = n(f, 'nm')
    return one(
      r([nm, 100], [600]),
      r([nm, 10], [600]),
      r([nm, 300], [600]),
      nm,
      r([nm, 100], [30]),
      r([nm, 100], [641]),
    )
  },
  'grossly-disproportionate-spend': (f) => {
    const [f0, f1, C, g, Y] = figuresOf(f, 'f0', 'f1', 'C', 'g', 'Y')
    const per = r([f0 - f1, C], [10])
    return int(
      per * g * Y,
      per * Y,
      per * g,
      r([f0, C, g, Y], [10]),
      r([per, Y], [g]),
      r([f1, C, g, Y], [10]),
    )
  },
  'two-controls-combined-reduction': (f) => {
    const [fr, a, b] = [n(f, 'f'), n(f, 'a'), n(f, 'b')]
    const rest = 100 - a - b
    return one(
      r([fr, 100 - a, 100 - b], [1000]),
      r([fr, Math.max(rest, 0), 10], [100]),
      r([fr, 100 - Math.max(a, b), 10], [100]),
      r([fr, 10_000 - (100 - a) * (100 - b)], [1000]),
      r([fr, 10_000 - a * b], [1000]),
    )
  },
  'score-from-frequency-bands': (f) => {
    const [k, y, S] = [n(f, 'k'), n(f, 'y'), n(f, 'S')]
    // The bands by cross-multiplying whole numbers: events k in y years against 1/10, 1, 12, 52 a year.
    const lvl = (ev: number, yrs: number) =>
      10 * ev < yrs ? 1 : ev < yrs ? 2 : ev < 12 * yrs ? 3 : ev < 52 * yrs ? 4 : 5
    const L = lvl(k, y)
    return int(L * S, lvl(k, 1) * S, L + S, lvl(k, 10 * y) * S, S * S, Math.min(L + 1, 5) * S, L)
  },
  'engineering-against-ppe-over-years': (f) => {
    const [w, ppe, c, mnt, Y] = figuresOf(f, 'w', 'ppe', 'cap0', 'mnt', 'Y')
    return int(
      w * ppe * Y - c - mnt * Y,
      w * ppe * Y - c,
      w * ppe - c - mnt,
      ppe * Y - c - mnt * Y,
      w * ppe * Y - c * Y - mnt * Y,
      w * ppe * Y - mnt * Y,
    )
  },
  'fault-tree-top-event': (f) => {
    const [a, b, c] = [n(f, 'a'), n(f, 'b'), n(f, 'c')]
    // Per million, exactly: P(A and B) = ab/10^6; OR with C is x + c − x·c/10^6.
    const and = (a * b) / 1e6
    const or = (x: number, y: number) => x + y - (x * y) / 1e6
    return int(
      Math.round(or(and, c)),
      Math.round(a + b + c),
      Math.round((a * b * c) / 1e12),
      Math.round((or(a, b) * c) / 1e6),
      Math.round(and),
      c,
      Math.round(or(Math.max(a, b), c)),
    )
  },
}

/** Noise segments typed as `level@half-hours`, back to [level, hours]. */
const segsOf = (f: F) =>
  String(f.segs)
    .split(',')
    .map((p) => p.split('@').map(Number))
    .map(([L, hh]) => [L!, hh! / 2] as const)
const energyOf = (segs: readonly (readonly [number, number])[]) =>
  segs.reduce((s, [L, t]) => s + t * pow10(L / 10), 0)

const EXPOSURE: Readonly<Record<string, (f: F) => Expect>> = {
  'osha-noise-dose': (f) => {
    const segs = segsOf(f)
    // Dose as Σ t × 2^((L − c) ÷ q) ÷ 8, the allowed time inverted once.
    const dose = (c: number, q5: number, s = segs) =>
      (100 / 8) * s.reduce((a, [L, t]) => a + t * p2((L - c) / q5), 0)
    // A whole number of halvings exactly, so a dose ending in 5 hundredths rounds as the family's.
    const p2 = (x: number) => (Number.isInteger(x) && x >= 0 ? Number(1n << B(x)) : pow2(x))
    const hours = segs.reduce((a, [, t]) => a + t, 0)
    const mean = segs.reduce((a, [L, t]) => a + L * t, 0) / hours
    const loud = segs.reduce((a, [L]) => Math.max(L, a), 0)
    return one(
      at(dose(90, 5), 1),
      at(dose(90, 3), 1),
      at(dose(85, 5), 1),
      at(dose(90, 5, [[mean, hours]]), 1),
      at(dose(90, 5, [[loud, hours]]), 1),
      at(
        dose(
          90,
          5,
          segs.filter(([L]) => L === loud),
        ),
        1,
      ),
    )
  },
  'lex-8h-over-a-long-shift': (f) => {
    const segs = segsOf(f)
    const T = n(f, 'total') / 2
    const E = energyOf(segs)
    const loud = segs.reduce((a, [L]) => Math.max(L, a), 0)
    return one(
      at(10 * log10(E / 8), 1),
      at(10 * log10(E / T), 1),
      at(segs.reduce((a, [L, t]) => a + L * t, 0) / T, 1),
      loud * 10,
      at(10 * log10(segs.reduce((a, [L]) => a + pow10(L / 10), 0)), 1),
      at(10 * log10(E), 1),
    )
  },
  'adding-machine-noise-levels': (f) => {
    const ls = list(f, 'ls')
    const e = ls.reduce((a, L) => a + pow10(L / 10), 0)
    const loud = Math.max(...ls)
    return one(
      at(10 * log10(e), 1),
      loud * 10,
      (loud + 3) * 10,
      r([ls.reduce((a, b) => a + b, 0), 10], [ls.length]),
      (loud + 3 * (ls.length - 1)) * 10,
      at(10 * log10(e / ls.length), 1),
    )
  },
  'permitted-time-at-a-level': (f) => {
    const [C, qx, L] = [n(f, 'C'), n(f, 'q'), n(f, 'L')]
    const t = (c: number, x: number) => 480 * pow2(-(L - c) / x)
    const eu = C === 85
    return int(
      at(t(C, qx), 0),
      at(t(C, eu ? 5 : 3), 0),
      at(t(eu ? 90 : 85, qx), 0),
      at((480 * qx) / (L - C), 0),
      at(480 * pow2(-Math.floor((L - C) / qx)), 0),
      at(480 - (60 * (L - C)) / qx, 0),
    )
  },
  'twa-from-a-dosimeter-dose': (f) => {
    const D = n(f, 'D')
    return one(
      at(16.61 * log10(D / 100) + 90, 1),
      at(10 * log10(D / 100) + 90, 1),
      r([90, D, 10], [100]),
      at(16.61 * log10(D / 100) + 85, 1),
      at(16.61 * log10(D) + 90, 1),
      at(10 * log10(D / 100) + 85, 1),
      at(13.29 * log10(D / 100) + 90, 1),
      at(16.61 * log10(D / 100) * ln10 + 90, 1),
    )
  },
  'chemical-8h-twa-with-unsampled-time': (f) => {
    const [ts, cs, shift] = [list(f, 'ts'), list(f, 'cs'), n(f, 'shift')]
    const sum = ts.reduce((a, t, i) => a + t * cs[i]!, 0)
    return one(
      r([sum], [480]),
      r([sum], [ts.reduce((a, b) => a + b, 0)]),
      r([cs.reduce((a, b) => a + b, 0)], [cs.length]),
      r([sum], [shift]),
      Math.max(...cs),
    )
  },
  'brief-scala-limit-for-long-shift': (f) => {
    const [oel, h] = [n(f, 'oel'), n(f, 'h')]
    // The factor as one fraction: 8 (24 − h) ÷ (16 h).
    return one(
      r([oel, 8, 24 - h, 10], [16 * h]),
      r([oel, 80], [h]),
      oel * 10,
      r([oel, h, 10], [8]),
      r([oel, 64, (24 - h) ** 2, 10], [256 * h * h]),
      r([oel, 24 - h, 10], [16]),
    )
  },
  'mixture-additive-index': (f) => {
    const [cs, ls] = [list(f, 'cs'), list(f, 'oels')]
    const ratios = cs.map((c, i) => r([c, 100], [ls[i]!]))
    const den = ls.reduce((a, b) => a * b, 1)
    const exact = cs.reduce((a, c, i) => a + (c * den) / ls[i]!, 0)
    return two(
      r([exact, 100], [den]),
      Math.max(...ratios),
      r([cs.reduce((a, b) => a + b, 0), 100], [ls.reduce((a, b) => a + b, 0)]),
      r([ratios.reduce((a, b) => a + b, 0)], [3]),
      ls.reduce((a, l, i) => a + r([l, 100], [cs[i]!]), 0),
    )
  },
  'niosh-lifting-index': (f) => {
    const [H, V, D, A, FM, CM, load] = figuresOf(f, 'H', 'V', 'D', 'A', 'FM', 'CM', 'load')
    // Multipliers as exact fractions: HM 25/H, VM (1000 − 3|V − 75|)/1000, DM (820 D + 4500)/(1000 D), AM (10000 − 32 A)/10000.
    const num0 = 25 * (1000 - 3 * Math.abs(V - 75)) * (820 * D + 4500) * (10_000 - 32 * A)
    const den0 = H * 1000 * 1000 * D * 10_000
    const rwl = (lc: number, fc = FM * CM) => (lc * num0 * fc) / (den0 * 10_000)
    return two(
      at(load / rwl(23), 2),
      at(rwl(23) / load, 2),
      at(load / rwl(25), 2),
      at(load / rwl(23, 10_000), 2),
      r([load, 100], [23]),
    )
  },
  'wbgt-index-in-or-out-of-sun': (f) => {
    const [sun, w, g, d] = [n(f, 'sun'), n(f, 'nwb'), n(f, 'gt'), n(f, 'dry')]
    const out = r([7 * w + 2 * g + d], [10])
    const ins = r([7 * w + 3 * g], [10])
    return one(
      sun ? out : ins,
      sun ? ins : out,
      r([7 * w + g + 2 * d], [10]),
      r([w + g + d], [3]),
      d,
      r([3 * w + 7 * g], [10]),
    )
  },
  'hand-arm-vibration-a8': (f) => {
    const [a, T] = [n(f, 'a'), n(f, 'T')]
    const sq = (x: number) => Math.exp(0.5 * Math.log(x))
    return two(
      at((a / 10) * sq(T / 480), 2),
      r([a, T], [48]),
      a * 10,
      at((a / 10) * sq(480 / T), 2),
      at((a / 10) * sq(T / 600), 2),
      r([a, T], [6]),
    )
  },
  'hand-arm-vibration-two-tools': (f) => {
    const [a1, a2, t1, t2] = [n(f, 'a1'), n(f, 'a2'), n(f, 't1'), n(f, 't2')]
    const sq = (x: number) => Math.exp(0.5 * Math.log(x))
    const p1 = (a1 / 10) * sq(t1 / 480)
    const p2 = (a2 / 10) * sq(t2 / 480)
    return two(
      at(sq((a1 * a1 * t1 + a2 * a2 * t2) / 48_000), 2),
      at(p1 + p2, 2),
      at(Math.max(p1, p2), 2),
      at((p1 + p2) / 2, 2),
      at(((a1 + a2) / 10) * sq((t1 + t2) / 480), 2),
      at(((a1 + a2) / 20) * sq((t1 + t2) / 480), 2),
      at(sq(((a1 * a1 + a2 * a2) * (t1 + t2)) / 48_000), 2),
    )
  },
  'ear-protector-derated-nrr': (f) => {
    const [L, nrr] = [n(f, 'L'), n(f, 'nrr')]
    return one(
      10 * L - 5 * (nrr - 7),
      10 * (L - nrr),
      10 * (L - nrr + 7),
      10 * L - 5 * nrr,
      10 * L,
      5 * (nrr - 7),
    )
  },
  'ppm-to-mg-per-cubic-metre': (f) => {
    const [ppm, mw] = [n(f, 'ppm'), n(f, 'mw')]
    return one(
      r([ppm, mw, 1000], [24_450]),
      r([ppm, mw, 1000], [22_400]),
      r([ppm, 24_450], [mw, 10]),
      ppm * mw,
      r([ppm, 244_500], [mw, 1000]),
    )
  },
  'noise-at-a-new-distance': (f) => {
    const [L1, r1, r2] = [n(f, 'L1'), n(f, 'r1'), n(f, 'r2')]
    return one(
      at(L1 - 20 * log10(r2 / r1), 1),
      at(L1 - 10 * log10(r2 / r1), 1),
      r([L1, r1, 10], [r2]),
      10 * (L1 - 6 * (r2 - r1)),
      at(L1 - 20 * log10(r2), 1),
      at(L1 - (3 * Math.log(r2 / r1)) / Math.LN2, 1),
    )
  },
}

const FIRE: Readonly<Record<string, (f: F) => Expect>> = {
  'travel-distance-along-the-route': (f) => {
    const [a, b, c, lim] = [n(f, 'a'), n(f, 'b'), n(f, 'c'), n(f, 'lim')]
    const straight = at(Math.exp(0.5 * Math.log((a + c) * (a + c) + b * b)), 0)
    return one(
      a + b + c - lim,
      straight - lim,
      Math.max(a, b, c) - lim,
      a + b + c - r([lim, 2], [3]),
      a + c - lim,
      a + b + c - 2 * lim,
    )
  },
  'exit-width-with-largest-exit-discounted': (f) => {
    const [k, P, w] = [n(f, 'n'), n(f, 'P'), n(f, 'w')]
    return int(
      up(P * w, k - 1),
      up(P * w, k),
      P * w,
      k > 2 ? up(P * w, k - 2) : up(3 * P * w, 2),
      up(P, w),
      up(P * w, k + 1),
    )
  },
  'occupant-capacity-from-floor-space': (f) => {
    const [At, X, fs] = [n(f, 'At'), n(f, 'X'), n(f, 'f')]
    return int(
      down(At - 10 * X, fs),
      down(At, fs),
      up(At - 10 * X, fs),
      down((At - 10 * X) * fs, 100),
      down(At - 20 * X, fs),
      down(10 * X, fs),
    )
  },
  'capacity-limited-by-exits': (f) => {
    const ws = list(f, 'w').sort((a, b) => a - b)
    const ca = n(f, 'ca')
    const ex = down(ws[0]! + ws[1]!, 5)
    const all = down(ws[0]! + ws[1]! + ws[2]!, 5)
    return int(
      Math.min(ca, ex),
      Math.min(ca, all),
      ca,
      down(ws[1]! + ws[2]!, 5),
      down(2 * ws[0]!, 5),
      down(ws[0]!, 5),
    )
  },
  'first-aiders-on-each-shift': (f) => {
    const [rr, sh] = [n(f, 'r'), list(f, 'shifts')]
    const each = sh.reduce((a, s) => a + up(s, rr), 0)
    return int(
      each,
      up(
        sh.reduce((a, b) => a + b, 0),
        rr,
      ),
      sh.reduce((a, s) => a + down(s, rr), 0),
      up(Math.max(...sh), rr),
      2 * each,
      sh.reduce((a, s) => a + down(s, rr) + 1, 0),
      sh.reduce((a, s) => a + up(s, rr) + 1, 0),
      sh.reduce((a, s) => a + up(2 * s, rr), 0),
    )
  },
  'first-aiders-from-a-tiered-table': (f) => {
    const k = n(f, 'n')
    return int(
      1 + up(k - 50, 100),
      1 + up(k - 50, 50),
      up(k - 50, 100),
      1 + down(k - 50, 100),
      1 + up(k, 100),
      up(k - 50, 50),
      2 + up(k - 50, 100),
    )
  },
  'extinguishers-per-floor': (f) => {
    const as = list(f, 'areas')
    const tot = (g: (a: number) => number) => as.reduce((s, a) => s + g(a), 0)
    const two2 = (x: number) => Math.max(x, 2)
    return int(
      tot((a) => two2(up(a, 200))),
      two2(
        up(
          tot((a) => a),
          200,
        ),
      ),
      tot((a) => up(a, 200)),
      tot((a) => two2(down(a, 200))),
      tot((a) => 2 + up(a, 200)),
      tot((a) => two2(up(a, 100))),
      2 * tot((a) => two2(up(a, 200))),
    )
  },
  'evacuation-time-travel-and-queue': (f) => {
    const [P, W, d, pre] = [n(f, 'P'), n(f, 'W'), n(f, 'd'), n(f, 'pre')]
    // Whole seconds rounded up, from one common denominator: 12 for the walk, 13 W for the queue.
    const ceil = (numer: number, den: number) => up(numer, den)
    const den = 12 * 13 * W
    return int(
      ceil(pre * den + d * 10 * 13 * W + P * 100 * 12, den),
      ceil(d * 10 * 13 * W + P * 100 * 12, den),
      ceil(pre * 12 + d * 10, 12),
      ceil(pre * 13 * W + P * 100, 13 * W),
      ceil((pre * 12 + d * 10) * 10 * W + P * 13 * 12, 12 * 10 * W),
      ceil((pre * 10 + d * 12) * 13 * W + P * 1000, 10 * 13 * W),
    )
  },
  'aset-rset-safety-margin': (f) => {
    const [det, al, pre, tr, aset] = figuresOf(f, 'det', 'alarm', 'pre', 'trav', 'aset')
    const rset = det + al + pre + tr
    return int(
      aset - rset,
      aset - rset + pre,
      aset - tr,
      rset - aset,
      aset - rset + det,
      aset - rset - tr,
    )
  },
  'fire-load-density': (f) => {
    const [kg, cv, A] = [list(f, 'kg'), list(f, 'cv'), n(f, 'A')]
    const mj = kg.reduce((s, k, i) => s + k * cv[i]!, 0)
    const mass = kg.reduce((a, b) => a + b, 0)
    return one(
      r([mj, 10], [A]),
      r([mass, cv.reduce((a, b) => a + b, 0), 10], [3 * A]),
      r([mass, 10], [A]),
      r([mj, 10], [3 * A]),
      r([mj - kg[0]! * cv[0]!, 10], [A]),
    )
  },
  'next-fire-drill-date': (f) => {
    const [last, m] = [String(f.last), n(f, 'm')]
    return dates(
      monthsOn(last, m),
      jdn(last) + 30 * m,
      monthsOn(last, m === 6 ? 12 : 6),
      jdn(last) + 28 * m,
      monthsOn(last, m + 1),
      monthsOn(last, m - 1),
    )
  },
  'defibrillator-round-trip-time': (f) => {
    const [d, v, g] = [n(f, 'd'), n(f, 'v'), n(f, 'grab')]
    return int(
      up(20 * d, v) + g,
      up(10 * d, v) + g,
      up(20 * d, v),
      up(2 * d * v, 10) + g,
      up(20 * d, v) + 2 * g,
    )
  },
  'flammable-liquid-over-the-limit': (f) => {
    const [n1, v1, n2, v2] = [n(f, 'n1'), n(f, 'v1'), n(f, 'n2'), n(f, 'v2')]
    const t = n1 * v1 + n2 * v2
    const pos = (x: number) => Math.max(x, 0)
    return int(pos(t - 50), t, pos(n2 * v2 - 50), pos((n1 + n2) * 10 - 50), pos(t - 100), 50)
  },
  'direct-distance-margin': (f) => {
    const [T, D] = [n(f, 'T'), n(f, 'D')]
    return one(r([2 * T], [3]) - D, T - D, r([T - D, 2], [3]), r([3 * T], [2]) - D, r([T], [3]) - D)
  },
  'corridor-detector-count': (f) => {
    const L = n(f, 'L')
    // The fewest points 15 m apart covering [0, L] within 7.5 m each: count by stepping.
    let k = 0
    while (15 * k < L) k++
    return int(k, up(2 * L, 15), down(L, 15) + 1, Math.max(down(L, 15), 1), k + 1, up(L, 30))
  },
}

const rad = Math.PI / 180
const EQUIPMENT: Readonly<Record<string, (f: F) => Expect>> = {
  'ladder-foot-distance': (f) => {
    const [h, len] = [n(f, 'h'), n(f, 'len')]
    return int(
      r([h], [4]),
      r([len], [4]),
      r([h], [3]),
      r([h], [2]),
      r([h + 1000], [4]),
      4 * h,
      r([h - 1000], [4]),
    )
  },
  'ladder-angle-from-measurements': (f) => {
    const [h, b] = [n(f, 'h'), n(f, 'b')]
    const deg = (x: number) => at(x / rad, 1)
    return one(
      deg(Math.atan2(h, b)),
      deg(Math.atan2(b, h)),
      deg(Math.atan2(b / h, Math.sqrt(1 - (b / h) ** 2))),
      at((90 * h) / (h + b), 1),
      deg(Math.atan2(Math.sqrt(1 - (b / h) ** 2), b / h)),
    )
  },
  'two-leg-sling-leg-tension': (f) => {
    const [W, th] = [n(f, 'W'), n(f, 'th')]
    const c = Math.sin((90 - th) * rad)
    const s = Math.cos((90 - th) * rad)
    return int(
      at(W / (2 * c), 0),
      r([W], [2]),
      at(W / (2 * s), 0),
      at((W * c) / 2, 0),
      at(W / c, 0),
      at(W / (2 * Math.sin((90 - th / 2) * rad)), 0),
    )
  },
  'sling-mode-factor-from-a-table': (f) => {
    const [wll, th] = [n(f, 'wll'), n(f, 'th')]
    const fac = th > 45 ? 10 : 14
    return int(
      r([wll, fac], [10]),
      2 * wll,
      r([wll, 24 - fac], [10]),
      wll,
      r([wll, 10], [fac]),
      r([wll, 2 * fac], [10]),
      at(2 * wll * Math.sin((90 - th) * rad), 0),
    )
  },
  'guardrail-intermediate-rails': (f) => {
    const [top, toe, gap] = [n(f, 'top'), n(f, 'toe'), n(f, 'gap')]
    const gaps = up(top - toe, gap)
    const fl = down(top - toe, gap) - 1
    return int(
      gaps - 1,
      up(top, gap) - 1,
      gaps,
      down(top - toe, gap),
      gaps + 1,
      up(2 * (top - toe), gap) - 1,
      Math.max(fl, 0),
    )
  },
  'scaffold-inspection-due': (f) => {
    const [last, storm] = [jdn(String(f.last)), jdn(String(f.storm))]
    return dates(storm, last + 7, storm + 7, last + 14, storm + 1)
  },
  'thorough-examination-interval': (f) => {
    const [last, m] = [String(f.last), n(f, 'm')]
    return dates(
      monthsOn(last, m),
      monthsOn(last, m === 6 ? 12 : 6),
      jdn(last) + 30 * m,
      monthsOn(last, 2 * m),
      monthsOn(last, 3),
    )
  },
  'fall-clearance-needed': (f) => {
    const [lan, dec, d, s, sf] = figuresOf(f, 'lan', 'dec', 'd', 's', 'sf')
    // Everything in centimetres: tenths of a metre × 10, the stretch in centimetres.
    return two(
      10 * (lan + dec + d + sf) + 10 * s,
      10 * (lan + d + sf) + 10 * s,
      10 * (lan + dec + d) + 10 * s,
      10 * (lan + dec + sf) + 10 * s,
      10 * (2 * lan + dec + d + sf) + 10 * s,
      10 * (lan + dec),
    )
  },
  'hoist-people-allowed': (f) => {
    const [swl, tools, per] = [n(f, 'swl'), n(f, 'tools'), n(f, 'per')]
    return int(
      down(swl - tools, per),
      down(swl, per),
      up(swl - tools, per),
      down(swl - tools, 100),
      down(swl + tools, per),
      down(swl - tools, 75),
    )
  },
  'working-load-limit-from-breaking-load': (f) => {
    const [mbl, sf] = [n(f, 'mbl'), n(f, 'sf')]
    return int(
      r([mbl], [sf]),
      mbl * sf,
      r([mbl], [sf === 7 ? 5 : 7]),
      mbl,
      r([mbl, sf - 1], [sf]),
      r([mbl], [sf === 4 ? 5 : 4]),
    )
  },
  'forklift-capacity-at-longer-load-centre': (f) => {
    const [rated, c] = [n(f, 'rated'), n(f, 'c')]
    return int(
      r([rated, 500], [c]),
      rated,
      r([rated, c], [500]),
      rated - (c - 500),
      r([rated, 500], [c + 500]),
      r([rated, 250_000], [c * c]),
    )
  },
  'mobile-tower-height-limit': (f) => {
    const [a, b, out] = [n(f, 'a'), n(f, 'b'), n(f, 'out')]
    const ratio = out ? 30 : 35
    return one(
      r([a, ratio], [10]),
      r([a, out ? 35 : 30], [10]),
      r([b, ratio], [10]),
      r([a + b, ratio], [20]),
      r([a, 10], [ratio]),
    )
  },
  'uneven-sling-leg-loads': (f) => {
    const [W, span, x] = [n(f, 'W'), n(f, 'span'), n(f, 'x')]
    return int(
      r([W, span - x], [span]),
      r([W], [2]),
      r([W, x], [span]),
      W,
      r([W, span], [span - x]),
      r([W, span + 2 * x], [2 * span]),
      r([W, span - 2 * x], [2 * span]),
    )
  },
  'edge-protection-post-count': (f) => {
    const [L, s] = [n(f, 'L'), n(f, 's')]
    let gaps = 0
    while (gaps * s < L) gaps++
    return int(
      gaps + 1,
      gaps,
      down(L, s) + 1,
      gaps + 2,
      up(2 * L, s) + 1,
      Math.max(2, down(L, s)),
      up(L, 2 * s) + 1,
    )
  },
  'group-lockout-padlocks': (f) => {
    const [pts, w, box] = [n(f, 'pts'), n(f, 'w'), n(f, 'box')]
    return box
      ? int(pts + w, pts * w, w, pts, pts + w + 1, pts * (w + 1))
      : int(pts * w, pts + w, w, pts, pts * (w + 1))
  },
}

const SECOND: Readonly<Record<string, (f: F) => Expect>> = {
  ...RISK,
  ...STATS,
  ...EXPOSURE,
  ...FIRE,
  ...EQUIPMENT,
}

describeEngineIndependent('occupational health and safety scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    second: SECOND,
    route: 'BigInt, natural logarithms and Julian days',
    digest,
    models: OHS_MODELS,
    engines,
  })
})
