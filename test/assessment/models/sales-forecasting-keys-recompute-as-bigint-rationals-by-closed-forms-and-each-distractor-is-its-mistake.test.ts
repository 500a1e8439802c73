import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { ACCURACY_FAMILIES } from '../../../src/assessment/models/salesfc/accuracy-families.js'
import { PIPELINE_FAMILIES } from '../../../src/assessment/models/salesfc/pipeline-families.js'
import { QUOTA_FAMILIES } from '../../../src/assessment/models/salesfc/quota-families.js'
import { SALESFC_MODELS } from '../../../src/assessment/models/salesfc/salesfc-models.js'
import type { SalesfcScenario } from '../../../src/assessment/models/salesfc/salesfc-text.js'
import { SEASON_FAMILIES } from '../../../src/assessment/models/salesfc/season-families.js'
import { SERIES_FAMILIES } from '../../../src/assessment/models/salesfc/series-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { halfAwayQuotient as hq } from './second-route-arithmetic.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...PIPELINE_FAMILIES,
  ...SERIES_FAMILIES,
  ...SEASON_FAMILIES,
  ...ACCURACY_FAMILIES,
  ...QUOTA_FAMILIES,
]
const DRAWS = 60
const DRAWN = drawFamilies<SalesfcScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Rationals as [numerator, denominator] BigInt pairs, never reduced; nothing shared with the
// families, which use the project's Fraction helpers. Closed forms replace their step-by-step
// recursions (smoothing as a weighted sum, least squares by the normal-equation sums).
type Q = readonly [bigint, bigint]
const B = BigInt
const q = (n: number | bigint, d: number | bigint = 1): Q => [B(n), B(d)]
const ad = (a: Q, b: Q): Q => [a[0] * b[1] + b[0] * a[1], a[1] * b[1]]
const sb = (a: Q, b: Q): Q => [a[0] * b[1] - b[0] * a[1], a[1] * b[1]]
const ml = (a: Q, b: Q): Q => [a[0] * b[0], a[1] * b[1]]
const dv = (a: Q, b: Q): Q => [a[0] * b[1], a[1] * b[0]]
const sm = (xs: readonly Q[]): Q => xs.reduce(ad, q(0))
const avg = (xs: readonly number[]): Q =>
  q(
    xs.reduce((s, x) => s + x, 0),
    xs.length,
  )
const tot = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0)
const pw = (a: Q, k: number): Q => [a[0] ** B(k), a[1] ** B(k)]
const cl = (a: Q): number => {
  const [n, d] = a[1] < 0n ? [-a[0], -a[1]] : [a[0], a[1]]
  return Number(n / d + (n % d > 0n ? 1n : 0n))
}
const fl = (a: Q): number => {
  const [n, d] = a[1] < 0n ? [-a[0], -a[1]] : [a[0], a[1]]
  return Number(n / d - (n % d < 0n ? 1n : 0n))
}

function fmt(h: number): string {
  const sign = h < 0 ? '-' : ''
  const a = Math.abs(h)
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${whole}.${String(a % 100).padStart(2, '0')}`
}
const cnt = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
/** Two decimals, half away from zero. */
const h = (x: Q) => fmt(hq(x[0] * 100n, x[1]))
/** A ratio as a percentage to two decimals. */
const p = (x: Q) => h(ml(x, q(100)))
const digest = (text: string) => text.replace(/[€$£%×]/g, '').replace(/ (units|days)$/, '')

/** The compound rate in hundredths of a percent, found by bisection on exact powers. */
function cagr(s: number, e: number, n: number): Q {
  // The largest k with (1 + (k − ½)/10000)^n ≤ e/s.
  let [lo, hi] = [-10000, 100000]
  const ok = (k: number) => B(20000 + 2 * k - 1) ** B(n) * B(s) <= B(e) * 20000n ** B(n)
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (ok(mid)) lo = mid
    else hi = mid
  }
  return q(lo, 10000)
}
/** √x to hundredths, half away from zero, by integer square root of 40000·x. */
function root(x: Q): Q {
  const t = (40000n * x[0]) / x[1]
  let r = 0n
  let bit = 1n << 80n
  while (bit > t) bit >>= 2n
  let v = t
  while (bit !== 0n) {
    if (v >= r + bit) {
      v -= r + bit
      r = (r >> 1n) + bit
    } else r >>= 1n
    bit >>= 2n
  }
  // r = ⌊√(40000x)⌋ = ⌊2·100·√x⌋; hundredths rounded half up = ⌊(r + 1) ÷ 2⌋ unless exact.
  return q((r + 1n) / 2n, 100)
}

type F = Readonly<Record<string, number | string>>
type Expect = { readonly key: string; readonly wrong: readonly string[] }
const n = (f: F, k: string) => Number(f[k])
const arr = (f: F, k: string) => String(f[k]).split(',').map(Number)
const two = (key: Q, ...wrong: Q[]): Expect => ({ key: h(key), wrong: wrong.map(h) })
const pc = (key: Q, ...wrong: Q[]): Expect => ({ key: p(key), wrong: wrong.map(p) })
const whole = (key: number, ...wrong: number[]): Expect => ({
  key: cnt(key),
  wrong: wrong.map(cnt),
})

const PIPELINE: Readonly<Record<string, (f: F) => Expect>> = {
  'weighted-pipeline-by-stage': (f) => {
    const a = arr(f, 'a')
    const w = (...pr: number[]) =>
      q(
        a.reduce((s, x, i) => s + x * (pr[i] ?? 0), 0),
        100,
      )
    return two(
      w(10, 25, 50, 75),
      q(tot(a)),
      q(tot(a) * 40, 100),
      w(25, 50, 75, 100),
      w(0, 10, 25, 50),
      w(0, 25, 50, 75),
      w(10, 25, 50, 100),
    )
  },
  'coverage-ratio-on-remaining-quota': (f) => {
    const [Qt, c, pp] = [n(f, 'q'), n(f, 'c'), n(f, 'p')]
    return two(
      q(pp, Qt - c),
      q(pp, Qt),
      q(pp + c, Qt),
      q(Qt - c, pp),
      q(pp - c, Qt - c),
      q(pp, Qt + c),
    )
  },
  'new-pipeline-needed-for-coverage': (f) => {
    const [Qt, c, pp, k] = [n(f, 'q'), n(f, 'c'), n(f, 'p'), n(f, 'k')]
    const need = q((Qt - c) * k, 10)
    return two(
      sb(need, q(pp)),
      q(Qt * k - 10 * pp, 10),
      need,
      sb(need, q(pp + c)),
      ad(sb(need, q(pp)), q(c)),
    )
  },
  'win-rate-by-count': (f) => {
    const [w, l, o] = [n(f, 'w'), n(f, 'l'), n(f, 'o')]
    return pc(q(w, w + l), q(w, w + l + o), q(l, w + l), q(w, l), q(w + o, w + l + o), q(w, l + o))
  },
  'win-rate-by-value': (f) => {
    const [w, l, wv, lv, ov] = figuresOf(f, 'w', 'l', 'wv', 'lv', 'ov')
    return pc(q(wv, wv + lv), q(w, w + l), q(wv, wv + lv + ov), q(w, l), q(lv, wv + lv))
  },
  'average-sales-cycle-of-won-deals': (f) => {
    const len = arr(f, 'len')
    const lost = arr(f, 'lost')
    const ws = len.filter((_, i) => !lost.includes(i))
    const ls = len.filter((_, i) => lost.includes(i))
    const mid = [...ws].sort((a, b) => a - b)[1] ?? 0
    return two(avg(ws), avg(len), q(tot(ws) + ws.length, ws.length), q(mid), avg(ls), q(tot(ws), 5))
  },
  'funnel-expected-wins': (f) => {
    const [L, c1, c2, c3] = figuresOf(f, 'leads', 'c1', 'c2', 'c3')
    const w = (...c: number[]) =>
      q(
        c.reduce((x, k) => x * k, L),
        100 ** c.length,
      )
    const m3 = q(c1 + c2 + c3, 300)
    return two(
      w(c1, c2, c3),
      w(c3),
      w(c1, c2),
      ml(q(L), pw(m3, 3)),
      w(c1, c1, c2, c3),
      w(c1, c3),
      ml(q(L), m3),
    )
  },
  'leads-needed-for-target-wins': (f) => {
    const [W, c1, c2, c3] = figuresOf(f, 'wins', 'c1', 'c2', 'c3')
    const need = (...c: number[]) =>
      cl(
        q(
          W * 100 ** c.length,
          c.reduce((x, k) => x * k, 1),
        ),
      )
    return whole(
      need(c1, c2, c3),
      need(c3),
      need(c1, c2),
      need(c1, c3),
      need(c1, c1, c2, c3),
      need(c1, c2, c3, c3),
      cl(q(W * 300, c1 + c2 + c3)),
    )
  },
  'commit-and-best-case-call': (f) => {
    const [c, co, bc, pl, hh] = figuresOf(f, 'cl', 'co', 'bc', 'pl', 'h')
    return two(
      q(100 * (c + co) + hh * bc, 100),
      q(c + co + bc),
      q(100 * co + hh * bc, 100),
      q(c + co),
      q(100 * (c + co) + hh * (bc + pl), 100),
      q(100 * c + hh * (co + bc), 100),
    )
  },
  'slippage-rate-by-value': (f) => {
    const [w, l, s] = [n(f, 'won'), n(f, 'lost'), n(f, 'slip')]
    const v = w + l + s
    return pc(q(s, v), q(s + l, v), q(s, w), q(s, w + l), q(s, v + s))
  },
  'win-rate-needed-to-hit-quota': (f) => {
    const [Qt, c, pp] = [n(f, 'q'), n(f, 'c'), n(f, 'p')]
    return pc(
      q(Qt - c, pp),
      q(Qt, pp),
      q(Qt - c, pp + c),
      q(c, Qt),
      q(Qt - c, Qt),
      q(pp - Qt + c, pp),
    )
  },
  'sales-velocity-per-day': (f) => {
    const [o, d, w, days] = figuresOf(f, 'n', 'deal', 'w', 'days')
    return two(
      q(o * d * w, 100 * days),
      q(o * d, days),
      q(7 * o * d * w, 100 * days),
      q(o * d * (100 - w), 100 * days),
      q(o * d * w * w, 10000 * days),
      q(o * d * w, 3000),
    )
  },
  'stage-count-conversion': (f) => {
    const [a, b, c, w] = figuresOf(f, 'mql', 'sql', 'opp', 'won')
    return pc(q(w, b), q(w, a), q(w, c), q(c, b), q(b, a), q(w, b - w))
  },
  'historical-stage-probability': (f) => {
    const [r, o, w, c] = figuresOf(f, 'reached', 'open', 'won', 'created')
    return pc(q(w, r - o), q(w, r), q(w, c), q(r - o - w, r - o), q(w + o, r))
  },
  'projected-attainment': (f) => {
    const [Qt, c] = [n(f, 'q'), n(f, 'c')]
    const a = arr(f, 'a')
    const wt = q(25 * (a[0] ?? 0) + 50 * (a[1] ?? 0) + 75 * (a[2] ?? 0), 100)
    return pc(
      dv(ad(wt, q(c)), q(Qt)),
      q(c + tot(a), Qt),
      dv(wt, q(Qt)),
      q(c, Qt),
      dv(wt, q(Qt - c)),
      q(100 * c + 50 * tot(a), 100 * Qt),
    )
  },
  'average-won-deal-size': (f) => {
    const [w, l] = [arr(f, 'won'), arr(f, 'lost')]
    const s = [...w].sort((a, b) => a - b)
    const k = s.length
    const med = k % 2 ? q(s[(k - 1) / 2] ?? 0) : q((s[k / 2 - 1] ?? 0) + (s[k / 2] ?? 0), 2)
    return two(
      avg(w),
      avg([...w, ...l]),
      q(tot(w), w.length + l.length),
      med,
      avg(l),
      q(tot(w), w.length - 1),
    )
  },
  'bookings-forecast-for-one-month': (f) => {
    const [v, pr, k] = [arr(f, 'v'), arr(f, 'p'), arr(f, 'k')]
    const pick = (keep: (j: number) => boolean, weighted: boolean) =>
      q(
        v.reduce((s, x, i) => s + (keep(k[i] ?? 0) ? x * (weighted ? (pr[i] ?? 0) : 100) : 0), 0),
        100,
      )
    return two(
      pick((j) => j === 1, true),
      pick((j) => j === 1, false),
      ml(
        pick((j) => j === 1, false),
        q(tot(pr), 500),
      ),
      pick(() => true, true),
      pick((j) => j <= 1, true),
      pick((j) => j >= 1, true),
      pick(() => true, false),
    )
  },
}

/** Exponential smoothing as its closed form: a geometric weighting of the start and each actual. */
function smooth(start: Q, ys: readonly number[], a: Q): Q {
  const k = ys.length
  const one = sb(q(1), a)
  return ys.reduce((s, y, i) => ad(s, ml(ml(a, pw(one, k - 1 - i)), q(y))), ml(pw(one, k), start))
}
/** Least squares by the normal-equation sums: [intercept, slope]. */
function line(ys: readonly number[], ts: readonly number[] = ys.map((_, i) => i + 1)): [Q, Q] {
  const k = ys.length
  const [st, sy] = [tot(ts), tot(ys)]
  const sty = ys.reduce((s, y, i) => s + (ts[i] ?? 0) * y, 0)
  const stt = ts.reduce((s, t) => s + t * t, 0)
  const b = q(k * sty - st * sy, k * stt - st * st)
  return [dv(sb(q(sy), ml(b, q(st))), q(k)), b]
}

const SERIES: Readonly<Record<string, (f: F) => Expect>> = {
  'simple-moving-average-last-three': (f) => {
    const y = arr(f, 'y')
    return two(
      avg(y.slice(3)),
      avg(y),
      avg(y.slice(0, 3)),
      q(y[5] ?? 0),
      avg(y.slice(2, 5)),
      avg(y.slice(4)),
    )
  },
  'weighted-moving-average-3-2-1': (f) => {
    const [y0, y1, a, b, c] = arr(f, 'y') as [number, number, number, number, number]
    void y0
    const s = 3 * c + 2 * b + a
    return two(
      q(s, 6),
      q(3 * a + 2 * b + c, 6),
      q(s, 3),
      avg([a, b, c]),
      q(3 * b + 2 * a + y1, 6),
      q(s, 5),
    )
  },
  'exponential-smoothing-one-step': (f) => {
    const [fc, x, a] = [n(f, 'f'), n(f, 'x'), n(f, 'a')]
    const al = q(a, 10)
    return two(
      smooth(q(fc), [x], al),
      smooth(q(x), [fc], al),
      ad(q(fc), ml(al, q(fc - x))),
      q(a * x, 10),
      q(x),
      ad(q(x), ml(al, q(x - fc))),
    )
  },
  'exponential-smoothing-initialised-at-first-actual': (f) => {
    const y = arr(f, 'y')
    const al = q(n(f, 'a'), 10)
    const s0 = q(y[0] ?? 0)
    return two(
      smooth(s0, y, al),
      smooth(avg(y), y, al),
      smooth(s0, y, sb(q(1), al)),
      smooth(s0, y.slice(0, 4), al),
      q(y[4] ?? 0),
      avg(y),
    )
  },
  'exponential-smoothing-initialised-at-mean-of-three': (f) => {
    const y = arr(f, 'y')
    const al = q(n(f, 'a'), 10)
    const s0 = avg(y.slice(0, 3))
    return two(
      smooth(s0, y.slice(3), al),
      smooth(q(y[2] ?? 0), y.slice(3), al),
      smooth(s0, y.slice(3), sb(q(1), al)),
      smooth(s0, y.slice(3, 5), al),
      avg(y),
      smooth(q(y[0] ?? 0), y, al),
    )
  },
  'least-squares-trend-forecast': (f) => {
    const y = arr(f, 'y')
    const hh = n(f, 'h')
    const [a, b] = line(y)
    const last = y[5] ?? 0
    return two(
      ad(a, ml(b, q(6 + hh))),
      q(5 * last + (last - (y[0] ?? 0)) * hh, 5),
      ad(a, ml(b, q(hh))),
      ad(avg(y), ml(b, q(hh))),
      ad(q(last), ml(b, q(hh))),
      avg(y),
    )
  },
  'seasonal-naive-quarter': (f) => {
    const y = arr(f, 'y')
    const k = n(f, 'k')
    return two(
      q(y[4 + k] ?? 0),
      q(y[7] ?? 0),
      q(y[k] ?? 0),
      avg(y.slice(4)),
      avg([y[k] ?? 0, y[4 + k] ?? 0]),
      avg(y),
    )
  },
  'naive-with-drift': (f) => {
    const y = arr(f, 'y')
    const hh = n(f, 'h')
    const [a, z] = [y[0] ?? 0, y[6] ?? 0]
    const d = (den: number, k: number) => q(z * den + (z - a) * k, den)
    return two(d(6, hh), d(7, hh), d(6, 1), q(z), ad(avg(y), q((z - a) * hh, 6)), d(6, hh + 1))
  },
  'centred-moving-average': (f) => {
    const y = arr(f, 'y')
    const k = n(f, 'k')
    return two(
      avg(y.slice(k - 1, k + 2)),
      avg(y.slice(k - 2, k + 1)),
      avg(y.slice(k, k + 3)),
      avg(y.slice(k - 2, k + 3)),
      q(tot(y.slice(k - 1, k + 2)), 2),
      q(y[k] ?? 0),
    )
  },
  'holt-one-step': (f) => {
    const [l0, t0, x, a, b] = figuresOf(f, 'l0', 't0', 'x', 'a', 'b')
    // In tenths: level ×10 and trend ×100 stay whole numbers.
    const lev = (tr: number) => q(a * x * 10 + (10 - a) * (l0 + tr) * 10, 100)
    const trend = (l: Q) => ad(ml(q(b, 10), sb(l, q(l0))), q((10 - b) * t0, 10))
    const l1 = lev(t0)
    const l1b = lev(0)
    return two(ad(l1, trend(l1)), l1, ad(l1, q(t0)), ad(l1b, trend(l1b)), q(x + t0), q(l0 + 2 * t0))
  },
  'trend-equation-period-index': (f) => {
    const [a, b, mo] = [n(f, 'a'), n(f, 'b'), n(f, 'mo')]
    return two(
      q(a + b * (24 + mo)),
      q(a + b * mo),
      q(a + b * (23 + mo)),
      q(a + b * 24),
      q(a + b * (12 + mo)),
    )
  },
  'average-of-same-quarter': (f) => {
    const y = arr(f, 'y')
    const k = n(f, 'k')
    const same = [y[k] ?? 0, y[4 + k] ?? 0, y[8 + k] ?? 0]
    return two(
      avg(same),
      q(y[8 + k] ?? 0),
      avg(y),
      avg(y.slice(9)),
      avg(y.slice(8)),
      avg(same.slice(1)),
    )
  },
  'smoothing-constant-from-average-age': (f) => {
    const [N, fc, x] = [n(f, 'n'), n(f, 'f'), n(f, 'x')]
    const st = (num: number, den: number) => q(fc * den + num * (x - fc), den)
    return two(st(2, N + 1), st(1, N), st(2, N), st(1, N + 1), st(N - 1, N + 1), q(x))
  },
  'regression-on-ad-spend': (f) => {
    const [xs, ys, px] = [arr(f, 'xs'), arr(f, 'ys'), n(f, 'px')]
    const [a, b] = line(ys, xs)
    const lo = xs.indexOf(Math.min(...xs))
    const hi = xs.indexOf(Math.max(...xs))
    const [x0, y0] = [xs[lo] ?? 0, ys[lo] ?? 0]
    return two(
      ad(a, ml(b, q(px))),
      q(tot(ys) * px, tot(xs)),
      ad(q(y0), q(((ys[hi] ?? 0) - y0) * (px - x0), (xs[hi] ?? 0) - x0)),
      avg(ys),
      ad(avg(ys), ml(b, q(px))),
      ml(b, q(px)),
    )
  },
  'moving-average-recursive-update': (f) => {
    const [y, nx] = [arr(f, 'y'), n(f, 'nx')]
    const s = tot(y)
    return two(
      q(s - (y[0] ?? 0) + nx, 4),
      q(s + nx, 4),
      q(s + nx, 5),
      q(s - (y[3] ?? 0) + nx, 4),
      avg([nx, y[1] ?? 0, y[2] ?? 0]),
      q(s + 4 * nx, 8),
    )
  },
  'exponential-smoothing-several-steps-ahead': (f) => {
    const [fc, x, pv, a, hh] = figuresOf(f, 'f', 'x', 'prev', 'a', 'h')
    const one = q(fc * 10 + a * (x - fc), 10)
    return two(
      one,
      ad(one, q((x - pv) * (hh - 1))),
      ad(q(fc), ml(sb(q(1), q((10 - a) ** hh, 10 ** hh)), q(x - fc))),
      q(x),
      q(fc),
      q(fc * 10 + a * (pv - fc), 10),
    )
  },
}

const SEASON: Readonly<Record<string, (f: F) => Expect>> = {
  'seasonal-index-ratio-to-average': (f) => {
    const y = arr(f, 'y')
    const k = n(f, 'k')
    const pair = (j: number) => (y[j] ?? 0) + (y[4 + j] ?? 0)
    const all = tot(y)
    // Quarter average ÷ overall average = (pair ÷ 2) ÷ (all ÷ 8) = 4·pair ÷ all.
    return two(
      q(4 * pair(k), all),
      q(pair(k), all),
      q(4 * (y[4 + k] ?? 0), tot(y.slice(4))),
      q(4 * (y[k] ?? 0), tot(y.slice(0, 4))),
      q(all, 4 * pair(k)),
      q(pair(k), pair(0)),
    )
  },
  'deseasonalise-actual': (f) => {
    const [a, k] = [n(f, 'a'), n(f, 'k')]
    const ind = arr(f, 'ind')
    const i = ind[k] ?? 0
    return two(
      q(100 * a, i),
      q(a * i, 100),
      q(a * (200 - i), 100),
      q(a),
      q(400 * a, i),
      q(100 * a, 200 - i),
    )
  },
  'reseasonalise-annual-forecast': (f) => {
    const [y, i] = [n(f, 'yr'), n(f, 'i')]
    return two(
      q(y * i, 400),
      q(y * i, 100),
      q(100 * y, 4 * i),
      q(y, 4),
      q(y * i, 1200),
      q(y * (i - 100), 400),
    )
  },
  'year-on-year-growth': (f) => {
    const [l, c] = [n(f, 'last'), n(f, 'now')]
    return pc(
      q(c - l, l),
      q(c - l, c),
      q(c, l),
      q(2 * (c - l), c + l),
      q(2 * (c - l), l),
      q(c - l, 2 * l),
    )
  },
  'monthly-growth-compounded-to-annual': (f) => {
    const g = n(f, 'g')
    const G = q(10000 + g, 10000)
    return pc(
      sb(pw(G, 12), q(1)),
      q(12 * g, 10000),
      sb(pw(G, 11), q(1)),
      sb(pw(q(120000 + g, 120000), 12), q(1)),
      q(g, 10000),
      sb(pw(G, 13), q(1)),
    )
  },
  'cagr-over-years': (f) => {
    const [s, e, y] = [n(f, 's'), n(f, 'e'), n(f, 'n')]
    return pc(
      cagr(s, e, y),
      q(e - s, s * y),
      cagr(s, e, y + 1),
      q(e - s, s),
      cagr(s, e, y - 1),
      q(e - s, e * y),
    )
  },
  'run-rate-from-partial-month': (f) => {
    const [r, d] = [n(f, 'rev'), n(f, 'd')]
    return two(q(365 * r, d), q(12 * r), q(360 * r, d), q(365 * r, 31), q(52 * r, d), q(372 * r, d))
  },
  'year-end-projection-from-ytd': (f) => {
    const [y, mo, lm] = [n(f, 'ytd'), n(f, 'mo'), n(f, 'lastMonth')]
    return two(
      q(12 * y, mo),
      q(12 * y),
      q(y + (12 - mo) * lm),
      q(12 * y, mo + 1),
      q((12 - mo) * y, mo),
      q(12 * lm),
    )
  },
  'seasonal-naive-with-trailing-growth': (f) => {
    const y = arr(f, 'y')
    const k = n(f, 'k')
    const [t1, t0] = [tot(y.slice(4)), tot(y.slice(0, 4))]
    const [cur, old] = [y[4 + k] ?? 0, y[k] ?? 0]
    return two(
      q(cur * t1, t0),
      q(cur),
      q((y[7] ?? 0) * t1, t0),
      q(cur * cur, old),
      q(cur * t0, t1),
      q(old * t1, t0),
    )
  },
  'relative-change-not-points': (f) => {
    const [a, b] = [n(f, 'a'), n(f, 'b')]
    return pc(q(b - a, a), q(b - a, 10000), q(b - a, b), q(b, a), q(a, b))
  },
  'normalise-seasonal-indices': (f) => {
    const raw = arr(f, 'raw')
    const r = raw[n(f, 'k')] ?? 0
    const t = tot(raw)
    return two(
      q(4 * r, t),
      q(r, 100),
      q(4 * r - (t - 400), 400),
      q(r * t, 40000),
      q(r, t),
      q(r - (t - 400), 100),
    )
  },
  'deseasonalised-quarter-on-quarter-growth': (f) => {
    const [a1, a2, i1, i2] = figuresOf(f, 'a1', 'a2', 'i1', 'i2')
    return pc(
      q(a2 * i1 - a1 * i2, a1 * i2),
      q(a2 - a1, a1),
      q(a2 * i2 - a1 * i1, a1 * i1),
      q(100 * (a2 - a1) - a1 * (i2 - i1), 100 * a1),
      q(a2 * i1, a1 * i2),
      q(a2 * i1 - a1 * i2, a2 * i1),
    )
  },
  'business-day-run-rate': (f) => {
    const [r, d, c, bd] = figuresOf(f, 'rev', 'd', 'cal', 'bdays')
    return two(
      q(r * bd, d),
      q(30 * r, d),
      q(r * (bd - d), d),
      q(r * bd, c),
      q(30 * r, c),
      q(r * (d + 30 - c), d),
    )
  },
  'rolling-twelve-month-update': (f) => {
    const [t, a, o] = [n(f, 't12'), n(f, 'nw'), n(f, 'old')]
    return two(
      q(t + a - o),
      q(t + a),
      q(t - a + o),
      q(12 * (t + a), 13),
      q(t + a - 2 * o),
      q(12 * a),
    )
  },
  'year-to-date-growth': (f) => {
    const [a, b] = [arr(f, 'a'), arr(f, 'b')]
    const k = a.length
    const rates = sm(a.map((x, i) => q((b[i] ?? 0) - x, x)))
    return pc(
      q(tot(b) - tot(a), tot(a)),
      dv(rates, q(k)),
      q((b[k - 1] ?? 0) - (a[k - 1] ?? 0), a[k - 1] ?? 1),
      q(tot(b) - tot(a), tot(b)),
      q(tot(b) - tot(a), k * tot(a)),
    )
  },
  'trend-times-seasonal-index': (f) => {
    const [a, b, t, i] = figuresOf(f, 'a', 'b', 't', 'i')
    const tr = a + b * t
    return two(
      q(tr * i, 100),
      q(tr),
      q(100 * tr, i),
      q(a * i + 100 * b * t, 100),
      q((tr - b) * i, 100),
    )
  },
}

const errs = (f: F, fk = 'f') => {
  const [a, g] = [arr(f, 'a'), arr(f, fk)]
  return { a, g, e: a.map((x, i) => (g[i] ?? 0) - x) }
}
const absSum = (e: readonly number[]) => tot(e.map(Math.abs))
const sqSum = (e: readonly number[]) => tot(e.map((x) => x * x))
/** Mean of |g − a| ÷ d, period by period. */
const meanPct = (a: readonly number[], g: readonly number[], d: readonly number[]) =>
  dv(sm(a.map((x, i) => q(Math.abs((g[i] ?? 0) - x), d[i] ?? 1))), q(a.length))

const ACCURACY: Readonly<Record<string, (f: F) => Expect>> = {
  'mean-absolute-error': (f) => {
    const { e } = errs(f)
    return two(
      q(absSum(e), 5),
      q(tot(e), 5),
      q(absSum(e)),
      q(absSum(e), 4),
      q(Math.max(...e.map(Math.abs))),
    )
  },
  'mean-absolute-percentage-error': (f) => {
    const { a, g, e } = errs(f)
    return pc(
      meanPct(a, g, a),
      meanPct(a, g, g),
      q(absSum(e), tot(a)),
      dv(sm(a.map((x, i) => q((g[i] ?? 0) - x, x))), q(4)),
      ml(meanPct(a, g, a), q(4)),
      q(Math.abs(tot(g) - tot(a)), tot(a)),
    )
  },
  'weighted-absolute-percentage-error': (f) => {
    const { a, g, e } = errs(f)
    const s = absSum(e)
    return pc(
      q(s, tot(a)),
      meanPct(a, g, a),
      q(s, tot(g)),
      q(Math.abs(tot(g) - tot(a)), tot(a)),
      q(s, tot(a) - s),
    )
  },
  'root-mean-square-error': (f) => {
    const { e } = errs(f)
    const s = sqSum(e)
    return two(
      root(q(s, 5)),
      q(absSum(e), 5),
      q(s, 5),
      root(q(s, 4)),
      root(q(s)),
      q(Math.abs(tot(e)), 5),
    )
  },
  'mean-squared-error': (f) => {
    const { e } = errs(f)
    const s = sqSum(e)
    return two(q(s, 4), q(s), q(tot(e) ** 2, 16), root(q(s, 4)), q(s, 3), q(absSum(e) ** 2, 16))
  },
  'forecast-bias-mean-error': (f) => {
    const { e } = errs(f)
    return two(
      q(tot(e), 5),
      q(-tot(e), 5),
      q(absSum(e), 5),
      q(tot(e)),
      q(tot(e), 4),
      q(tot(e.slice(1)), 4),
    )
  },
  'tracking-signal': (f) => {
    const { e: fe } = errs(f)
    const e = fe.map((x) => -x)
    const mad = q(absSum(e), 6)
    return two(
      dv(q(tot(e)), mad),
      dv(mad, q(tot(e))),
      dv(q(tot(e), 6), mad),
      dv(q(-tot(e)), mad),
      q(tot(e), Math.abs(e[5] ?? 0) || 1),
      dv(q(tot(e.slice(0, 5))), mad),
    )
  },
  'choose-better-forecast-by-wape': (f) => {
    const [a, pp, qq] = [arr(f, 'a'), arr(f, 'p'), arr(f, 'q')]
    const w = (g: readonly number[]) => q(tot(a.map((x, i) => Math.abs((g[i] ?? 0) - x))), tot(a))
    const [wp, wq] = [w(pp), w(qq)]
    const pBetter = wp[0] * wq[1] < wq[0] * wp[1]
    const [best, other] = pBetter ? [pp, qq] : [qq, pp]
    return pc(
      w(best),
      w(other),
      meanPct(a, best, a),
      meanPct(a, other, a),
      q(Math.abs(tot(best) - tot(a)), tot(a)),
      dv(ad(wp, wq), q(2)),
    )
  },
  'forecast-value-added-over-naive': (f) => {
    const [a, g] = [arr(f, 'a'), arr(f, 'f')]
    const act = a.slice(1)
    const nv = a.slice(0, 4)
    const mp = meanPct(act, nv, act)
    const mf = meanPct(act, g, act)
    return pc(
      sb(mp, mf),
      sb(meanPct(act, nv, nv), meanPct(act, g, g)),
      mf,
      sb(dv(mp, mf), q(1)),
      mp,
    )
  },
  'relative-mae-against-naive': (f) => {
    const [a, g] = [arr(f, 'a'), arr(f, 'f')]
    const act = a.slice(1)
    const mae = (h2: readonly number[]) => q(tot(act.map((x, i) => Math.abs((h2[i] ?? 0) - x))), 4)
    const [mf, mn] = [mae(g), mae(a.slice(0, 4))]
    return two(
      dv(mf, mn),
      dv(mn, mf),
      sb(mn, mf),
      dv(mf, q(tot(act), 4)),
      dv(q(Math.abs(tot(g) - tot(act)), 4), mn),
    )
  },
  'mean-absolute-scaled-error': (f) => {
    const [y, hd, fc] = [arr(f, 'y'), arr(f, 'hold'), arr(f, 'fc')]
    const ch = tot(y.slice(1).map((x, i) => Math.abs(x - (y[i] ?? 0))))
    const err = tot(hd.map((x, i) => Math.abs((fc[i] ?? 0) - x)))
    return two(
      q(5 * err, 2 * ch),
      q(6 * err, 2 * ch),
      q(2 * ch, 5 * err),
      dv(q(err, 2), avg(y)),
      q(5 * err, ch),
    )
  },
  'symmetric-mape': (f) => {
    const { a, g } = errs(f)
    const s = (den: (x: number, z: number) => Q) =>
      dv(sm(a.map((x, i) => dv(q(Math.abs((g[i] ?? 0) - x)), den(x, g[i] ?? 0)))), q(4))
    const key = s((x, z) => q(x + z, 2))
    return pc(
      key,
      s((x) => q(x)),
      s((x, z) => q(x + z)),
      s((_, z) => q(z)),
      ml(key, q(4)),
    )
  },
  'bias-as-share-of-actuals': (f) => {
    const { a, g, e } = errs(f)
    const net = tot(e)
    return pc(
      q(net, tot(a)),
      q(net, absSum(e)),
      q(absSum(e), tot(a)),
      q(net, tot(g)),
      dv(sm(a.map((x, i) => q((g[i] ?? 0) - x, x))), q(5)),
      q(net, 5 * tot(a)),
    )
  },
  'smoothed-mad-update': (f) => {
    const [mad, fc, x, al] = figuresOf(f, 'mad', 'fc', 'x', 'al')
    const e = Math.abs(x - fc)
    return two(
      q(al * e + (10 - al) * mad, 10),
      q((10 - al) * e + al * mad, 10),
      q(e + mad, 2),
      q(e),
      q(10 * mad + al * e, 10),
    )
  },
  'moving-average-holdout-mae': (f) => {
    const y = arr(f, 'y')
    // Three times each forecast is a whole number: the three-month sum.
    const s3 = (t: number) => tot(y.slice(t - 3, t))
    const act = y.slice(3)
    const maeOf = (thrice: readonly number[]) =>
      q(tot(act.map((x, i) => Math.abs(3 * x - (thrice[i] ?? 0)))), 9)
    const mean6 = tot(y)
    return two(
      maeOf([3, 4, 5].map(s3)),
      maeOf([3, 4, 5].map((t) => s3(t + 1))),
      q(tot(act.map((x) => Math.abs(6 * x - mean6))), 18),
      q(Math.abs(tot(act.map((x, i) => 3 * x - s3(i + 3)))), 9),
      q(tot(act.map((x, i) => Math.abs(x - (y[i + 2] ?? 0)))), 3),
    )
  },
}

const QUOTA: Readonly<Record<string, (f: F) => Expect>> = {
  'ramped-quarter-capacity': (f) => {
    const [N, H, m] = [n(f, 'n'), n(f, 'h'), n(f, 'q')]
    const r = arr(f, 'r')
    const base = 300 * N * m
    return two(
      q(base + H * m * tot(r), 100),
      q(3 * (N + H) * m),
      q(3 * N * m),
      q(base + 3 * H * m * (r[2] ?? 0), 100),
      q(base + 3 * H * m * (r[0] ?? 0), 100),
      q(base + H * m * tot(r), 300),
    )
  },
  'quota-from-target-and-attainment': (f) => {
    const [t, N, a] = [n(f, 't'), n(f, 'n'), n(f, 'a')]
    return two(
      q(100 * t, N * a),
      q(t, N),
      q(t * a, 100 * N),
      q(t * (200 - a), 100 * N),
      q(100 * t, (N - 1) * a),
      q(10000 * t, N * a * a),
    )
  },
  'over-assigned-rep-quota': (f) => {
    const [t, N, o] = [n(f, 't'), n(f, 'n'), n(f, 'o')]
    return two(
      q(t * (100 + o), 100 * N),
      q(t, N),
      q(t * (100 - o), 100 * N),
      q(100 * t, N * (100 - o)),
      q(t * (100 + o), 100),
      q(t * (100 + 2 * o), 100 * N),
    )
  },
  'reps-to-hire-for-target': (f) => {
    const [t, c, a, e] = [n(f, 't'), n(f, 'c'), n(f, 'a'), n(f, 'e')]
    const need = cl(q(100 * t, c * a))
    return whole(
      need - e,
      need,
      cl(q(t, c)) - e,
      fl(q(100 * t, c * a)) - e,
      cl(q(t * a, 100 * c)) - e,
      cl(q(10000 * t - e * a * a * c, 100 * c * a)),
    )
  },
  'fully-ramped-equivalents': (f) => {
    const ten = arr(f, 'ten')
    const TABLE = [0, 0, 25, 50, 75, 100, 100, 100, 100, 100, 100, 100]
    const full = ten.filter((k) => k >= 5).length
    return two(
      q(tot(ten.map((k) => TABLE[k] ?? 100)), 100),
      q(ten.length),
      q(full),
      q(2 * full + ten.length - full, 2),
      q(tot(ten.map((k) => TABLE[k + 1] ?? 100)), 100),
      q(tot(ten.map((k) => (k === 1 ? 0 : (TABLE[k - 1] ?? 100)))), 100),
    )
  },
  'reconcile-top-down-and-bottom-up': (f) => {
    const [ly, g] = [n(f, 'ly'), n(f, 'g')]
    const bu = tot(arr(f, 'reps'))
    return two(
      q(ly * (100 + g) + 100 * bu, 200),
      q(ly * (100 + g), 100),
      q(bu),
      q(ly + bu, 2),
      q(ly * (100 + g) + bu * (100 + g), 200),
      q(ly * g + 100 * bu, 200),
    )
  },
  'fiscal-year-revenue-from-annual-contract': (f) => {
    const [acv, mo] = [n(f, 'acv'), n(f, 'mo')]
    return two(
      q(acv * (13 - mo), 12),
      q(acv),
      q(acv * (12 - mo), 12),
      q(acv * (mo - 1), 12),
      q(acv, 12),
    )
  },
  'quarter-revenue-from-quarter-bookings': (f) => {
    const [b1, b2, b3] = arr(f, 'b') as [number, number, number]
    const s = b1 + b2 + b3
    return two(
      q(2 * b1 + b2, 12),
      q(s),
      q(3 * b1 + 2 * b2 + b3, 12),
      q(s, 4),
      q(s, 12),
      q(b1 + b2, 12),
    )
  },
  'territory-quota-by-potential': (f) => {
    const [t, k] = [n(f, 't'), n(f, 'k')]
    const [pp, l, acc] = [arr(f, 'p'), arr(f, 'l'), arr(f, 'acc')]
    return two(
      q(t * (pp[k] ?? 0), tot(pp)),
      q(t, 3),
      q(t * (l[k] ?? 0), tot(l)),
      q(t * (acc[k] ?? 0), tot(acc)),
      q(tot(l) * (pp[k] ?? 0), tot(pp)),
    )
  },
  'territory-quota-blended-weights': (f) => {
    const [t, w, k] = [n(f, 't'), n(f, 'w'), n(f, 'k')]
    const [pp, l] = [arr(f, 'p'), arr(f, 'l')]
    const [P, L, pk, lk] = [tot(pp), tot(l), pp[k] ?? 0, l[k] ?? 0]
    const bl = (x: number) => q(t * (x * pk * L + (100 - x) * lk * P), 100 * P * L)
    return two(bl(w), bl(100), bl(0), bl(100 - w), bl(50), q(t * (pk + lk), P + L))
  },
  'prorated-attainment-for-mid-year-hire': (f) => {
    const [Qt, mo, c] = [n(f, 'q'), n(f, 'mo'), n(f, 'c')]
    return pc(
      q(12 * c, Qt * (13 - mo)),
      q(c, Qt),
      q(12 * c, Qt * (12 - mo)),
      q(12 * c, Qt * mo),
      q(c * (13 - mo), 12 * Qt),
    )
  },
  'opportunities-needed-per-month': (f) => {
    const [Qt, d, w] = [n(f, 'q'), n(f, 'd'), n(f, 'w')]
    return whole(
      cl(q(100 * Qt, 12 * d * w)),
      cl(q(Qt, 12 * d)),
      cl(q(Qt * w, 1200 * d)),
      cl(q(100 * Qt, d * w)),
      cl(q(100 * Qt, 4 * d * w)),
      fl(q(100 * Qt, 12 * d * w)),
    )
  },
  'capacity-after-attrition': (f) => {
    const [N, Qt, a, r] = [n(f, 'n'), n(f, 'q'), n(f, 'a'), n(f, 'r')]
    // Heads after the half-year loss, in two-hundredths: 200N − N·r.
    return two(
      q(Qt * a * (200 * N - N * r), 20000),
      q(Qt * a * N, 100),
      q(Qt * a * (100 * N - N * r), 10000),
      q(Qt * (200 * N - N * r), 200),
      q(N * Qt),
    )
  },
  'deferred-revenue-at-year-end': (f) => {
    const [acv, mo] = [n(f, 'acv'), n(f, 'mo')]
    return two(
      q(acv * (mo - 1), 12),
      q(acv * (13 - mo), 12),
      q(acv),
      q(acv * mo, 12),
      q(acv * (12 - mo), 12),
    )
  },
  'hires-needed-with-first-year-ramp': (f) => {
    const [Qt, a, r, gap] = [n(f, 'q'), n(f, 'a'), n(f, 'f'), n(f, 'gap')]
    return whole(
      cl(q(10000 * gap, Qt * a * r)),
      cl(q(100 * gap, Qt * a)),
      cl(q(100 * gap, Qt * r)),
      cl(q(gap, Qt)),
      fl(q(10000 * gap, Qt * a * r)),
      cl(q(gap * r, Qt * a)),
    )
  },
  'quota-phasing-by-last-year-quarters': (f) => {
    const [Qt, k] = [n(f, 'q'), n(f, 'k')]
    const l = arr(f, 'l')
    const L = tot(l)
    return two(
      q(Qt * (l[k] ?? 0), L),
      q(Qt, 4),
      q(4 * (l[k] ?? 0) + Qt - L, 4),
      q(l[k] ?? 0),
      q(4 * Qt * (l[k] ?? 0), L),
      q((Qt - L) * (l[k] ?? 0), L),
    )
  },
}

const SECOND: Readonly<Record<string, (f: F) => Expect>> = {
  ...PIPELINE,
  ...SERIES,
  ...SEASON,
  ...ACCURACY,
  ...QUOTA,
}

describeEngineIndependent('sales forecasting scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    second: SECOND,
    route: 'BigInt rationals and closed forms',
    digest,
    models: SALESFC_MODELS,
    engines,
  })
})
