import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CAPITAL_FAMILIES } from '../../../src/assessment/models/iva/capital-families.js'
import { IRR_FAMILIES } from '../../../src/assessment/models/iva/irr-families.js'
import { IVA_MODELS } from '../../../src/assessment/models/iva/iva-models.js'
import type { IvaScenario } from '../../../src/assessment/models/iva/iva-text.js'
import { NPV_FAMILIES } from '../../../src/assessment/models/iva/npv-families.js'
import { RISK_FAMILIES } from '../../../src/assessment/models/iva/risk-families.js'
import { TVM_FAMILIES } from '../../../src/assessment/models/iva/tvm-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { halfAwayQuotient } from './second-route-arithmetic.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...TVM_FAMILIES,
  ...NPV_FAMILIES,
  ...IRR_FAMILIES,
  ...CAPITAL_FAMILIES,
  ...RISK_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<IvaScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Exact rationals in BigInt. The families discount in floating point by closed formulas; here
// every discount factor is a product of exact year factors, every annuity a year-by-year sum, and
// every rate or period a bisection on exact comparisons, so nothing is shared with the families.
type Q = readonly [bigint, bigint]
const B = BigInt
const q = (n: number | bigint, d: number | bigint = 1n): Q => {
  const [a, b] = [B(n), B(d)]
  return b < 0n ? [-a, -b] : [a, b]
}
const add = (...xs: Q[]): Q => xs.reduce((s, x) => [s[0] * x[1] + x[0] * s[1], s[1] * x[1]], q(0))
const sub = (a: Q, b: Q): Q => [a[0] * b[1] - b[0] * a[1], a[1] * b[1]]
const mul = (...xs: Q[]): Q => xs.reduce((s, x) => [s[0] * x[0], s[1] * x[1]], q(1))
const div = (a: Q, b: Q): Q => q(a[0] * b[1], a[1] * b[0])
const abs = (a: Q): Q => [a[0] < 0n ? -a[0] : a[0], a[1]]
const less = (a: Q, b: Q) => a[0] * b[1] < b[0] * a[1]
const H = 10000
/** `c` as an exact rational. */
const n_ = (c: number): Q => q(c)
/** One year's growth factor at `rbp` basis points, `1 + r`. */
const one = (rbp: number): Q => q(H + rbp, H)
/** `(1 + r)^t` as a product of year factors, for any whole `t`. */
function factor(rbp: number, t: number): Q {
  let f = q(1)
  for (let k = 0; k < Math.abs(t); k++) f = mul(f, one(rbp))
  return t < 0 ? div(q(1), f) : f
}
const pv = (c: Q | number, rbp: number, t: number): Q =>
  div(typeof c === 'number' ? n_(c) : c, factor(rbp, t))
/** The present value of 1 at the end of each of years 1..n, summed year by year. */
function af(rbp: number, n: number): Q {
  let s = q(0)
  for (let t = 1; t <= n; t++) s = add(s, pv(1, rbp, t))
  return s
}
/** Flows at years 0, 1, 2, … discounted at `rbp` and summed. */
const npv = (rbp: number, flows: readonly (Q | number)[]): Q =>
  add(...flows.map((c, t) => pv(c, rbp, t)))
/** A rational rounded half away from zero to a whole number. */
const R = (x: Q): number => halfAwayQuotient(x[0], x[1])

function fmt(c: number): string {
  const sign = c < 0 ? '-' : ''
  const a = Math.abs(c)
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${whole}.${String(a % 100).padStart(2, '0')}`
}
const count = (k: number) => String(k).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const digest = (text: string) => text.replace(/[€$£%]/g, '').replace(/ (units|years)$/, '')

/** Money in cents to the cent. */
const $ = (x: Q | number) => fmt(typeof x === 'number' ? x : R(x))
/** A fraction as a percentage to two places. */
const P = (x: Q) => fmt(R(mul(x, q(H))))
/** A ratio or years to two places. */
const D = (x: Q) => fmt(R(mul(x, q(100))))

/**
 * The basis points `k` that `mult × (x^(1/n) − 1)` rounds to, found by bisection on k with exact
 * powers: k is the least whole number with x × (2M)^n < (2M + 2k + 1)^n, M = mult × 10000.
 */
function rootBp(x: Q, n: number, mult = 1): number {
  const M2 = B(2 * mult * H)
  const lhs = x[0] * M2 ** B(n)
  const below = (k: number) => lhs < x[1] * (M2 + B(2 * k + 1)) ** B(n)
  let [lo, hi] = [-mult * H, 20 * mult * H]
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (below(mid)) hi = mid
    else lo = mid + 1
  }
  return lo
}
const root = (x: Q, n: number, mult = 1) => fmt(rootBp(x, n, mult))

/**
 * The IRR in basis points, to two places of a percent, by bisection on the half-basis-point
 * boundaries: NPV at (2k + 1) ÷ 20000 is worked exactly, its sign compared with the sign at the
 * bottom of the bracket.
 */
function irrBp(flows: readonly (Q | number)[], scale = H): number {
  const qs = flows.map((c) => (typeof c === 'number' ? n_(c) : c))
  // With `scale` other than 10000 the boundaries are those of the IRR times scale ÷ 10000 in
  // basis points: an after-tax yield, IRR × (1 − t), rounds at IRR = (k + ½) ÷ (10000 − t × 10000).
  const at = (k: number): Q => {
    const x = q(2 * scale + 2 * k + 1, 2 * scale)
    let f = q(1)
    let s = q(0)
    for (const c of qs) {
      s = add(s, div(c, f))
      f = mul(f, x)
    }
    return s
  }
  let [lo, hi] = [-Math.floor(0.9 * scale), 5 * scale]
  const start = less(at(lo), q(0))
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2)
    if (less(at(mid), q(0)) !== start) hi = mid
    else lo = mid + 1
  }
  return lo
}
const irrP = (flows: readonly (Q | number)[]) => fmt(irrBp(flows))

type F = Readonly<Record<string, number | string>>
type Expect = { readonly key: string; readonly wrong: readonly string[] }
const n = (f: F, k: string) => Number(f[k])
const ex = (key: string, ...wrong: string[]): Expect => ({ key, wrong })
/** `c × b ÷ 10000` to the cent. */
const of = (c: number, b: number) => R(q(c * b, H))
const tr = (t: number) => q(H - t, H)
/** `x^k` for a whole `k ≥ 0`, as a product. */
const pw = (x: Q, k: number): Q => {
  let f = q(1)
  for (let i = 0; i < k; i++) f = mul(f, x)
  return f
}
const ONE = q(1)
const sum = (xs: readonly Q[]) => add(...xs)
const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)

const TVM: Readonly<Record<string, (f: F) => Expect>> = {
  'pv-of-a-single-sum': (f) => {
    const [fv, r, t] = [n(f, 'fv'), n(f, 'r'), n(f, 'n')]
    return ex(
      $(pv(fv, r, t)),
      $(div(q(fv), q(H + r * t, H))),
      $(pv(fv, r, t - 1)),
      $(pv(fv, r, t + 1)),
      $(mul(q(fv), factor(-r, t))),
      $(sub(q(fv), q(fv * r * t, H))),
    )
  },
  'fv-with-monthly-compounding': (f) => {
    const [p, r, t] = [n(f, 'pv'), n(f, 'r'), n(f, 'n')]
    const m12 = q(12 * H + r, 12 * H)
    return ex(
      $(mul(q(p), pw(m12, 12 * t))),
      $(mul(q(p), factor(r, t))),
      $(mul(q(p), q(H + r * t, H))),
      $(mul(q(p), pw(q(4 * H + r, 4 * H), 4 * t))),
      $(mul(q(p), pw(m12, t))),
      $(mul(q(p), factor(r, t + 1))),
    )
  },
  'effective-annual-rate': (f) => {
    const [r, k] = [n(f, 'r'), n(f, 'k')]
    const other = k === 12 ? 4 : 12
    const per = (m: number, times: number) => P(sub(pw(q(m * H + r, m * H), times), ONE))
    return ex(
      per(k, k),
      fmt(r),
      per(other, other),
      per(k, k - 1),
      per(2, 2),
      P(q(r, k * H)),
      per(k, k + 1),
    )
  },
  'pv-of-an-ordinary-annuity': (f) => {
    const [c, r, t] = [n(f, 'c'), n(f, 'r'), n(f, 'n')]
    const a = mul(q(c), af(r, t))
    return ex(
      $(a),
      $(mul(a, one(r))),
      fmt(c * t),
      $(q(c * H, r)),
      $(mul(q(c), af(r, t - 1))),
      $(pv(c * t, r, t)),
    )
  },
  'pv-of-an-annuity-due': (f) => {
    const [c, r, t] = [n(f, 'c'), n(f, 'r'), n(f, 'n')]
    const a = mul(q(c), af(r, t))
    return ex(
      $(mul(a, one(r))),
      $(a),
      $(mul(a, factor(r, 2))),
      $(add(q(c), a)),
      fmt(c * t),
      $(pv(c * t, r, t)),
    )
  },
  'fv-of-a-savings-annuity': (f) => {
    const [c, r, t] = [n(f, 'c'), n(f, 'r'), n(f, 'n')]
    const fv = (k: number) => sum(years(1, k).map((y) => mul(q(c), factor(r, k - y))))
    return ex(
      $(fv(t)),
      fmt(c * t),
      $(mul(fv(t), one(r))),
      $(mul(q(c), af(r, t))),
      $(fv(t + 1)),
      $(fv(t - 1)),
    )
  },
  'deferred-perpetuity': (f) => {
    const [c, r, d] = [n(f, 'c'), n(f, 'r'), n(f, 'd')]
    const p = q(c * H, r)
    return ex(
      $(pv(p, r, d)),
      $(p),
      $(pv(p, r, d + 1)),
      $(pv(p, r, d - 1)),
      $(sub(p, q(c * d))),
      $(add(pv(p, r, d), q(c))),
    )
  },
  'growing-perpetuity-from-this-years-flow': (f) => {
    const [c0, r, g] = [n(f, 'c0'), n(f, 'r'), n(f, 'g')]
    const c1 = q(c0 * (H + g), H)
    const gordon = div(c1, q(r - g, H))
    return ex(
      $(gordon),
      $(q(c0 * H, r - g)),
      $(div(c1, q(r + g, H))),
      $(q(c0 * H, r)),
      $(add(q(c0), gordon)),
      $(div(mul(c1, one(g)), q(r - g, H))),
    )
  },
  'pv-of-a-growing-annuity': (f) => {
    const [c1, r, g, t] = [n(f, 'c1'), n(f, 'r'), n(f, 'g'), n(f, 'n')]
    const pay = (y: number) => mul(q(c1), factor(g, y - 1))
    const pvTo = (k: number) => sum(years(1, k).map((y) => pv(pay(y), r, y)))
    return ex(
      $(pvTo(t)),
      $(mul(q(c1), af(r, t))),
      $(q(c1 * H, r - g)),
      $(sum(years(1, t).map(pay))),
      $(mul(q(c1), af(r - g, t))),
      $(pvTo(t - 1)),
    )
  },
  'deferred-annuity': (f) => {
    const [c, r, t, d] = [n(f, 'c'), n(f, 'r'), n(f, 'n'), n(f, 'd')]
    const a = mul(q(c), af(r, t))
    return ex(
      $(pv(a, r, d)),
      $(a),
      $(pv(a, r, d + 1)),
      $(pv(a, r, d - 1)),
      $(mul(q(c), af(r, t + d))),
      $(pv(c * t, r, d)),
    )
  },
  'level-loan-payment': (f) => {
    const [p, r, t] = [n(f, 'p'), n(f, 'r'), n(f, 'n')]
    const k = div(q(p), af(r, t))
    return ex(
      $(k),
      $(q(p, t)),
      $(q(p * (H + r * t), H * t)),
      $(div(k, one(r))),
      $(div(mul(q(p), factor(r, t)), q(t))),
      $(q(p * r, H)),
    )
  },
  'compound-annual-growth-rate': (f) => {
    const [a, b, t] = [n(f, 'a'), n(f, 'b'), n(f, 'n')]
    const x = q(b, a)
    return ex(
      root(x, t),
      P(q(b - a, a * t)),
      P(q(b - a, a)),
      root(x, t + 1),
      root(x, t - 1),
      P(q(b - a, b * t)),
    )
  },
  'real-rate-from-nominal': (f) => {
    const [nom, inf] = [n(f, 'nom'), n(f, 'inf')]
    return ex(
      P(sub(div(one(nom), one(inf)), ONE)),
      fmt(nom - inf),
      P(sub(mul(one(nom), one(inf)), ONE)),
      fmt(nom),
      P(q(nom - inf, H + nom)),
      fmt(nom + inf),
    )
  },
  'pv-of-uneven-flows': (f) => {
    const c = [n(f, 'c0'), n(f, 'c1'), n(f, 'c2')]
    const r = n(f, 'r')
    const all = c.reduce((s, x) => s + x, 0)
    const at = (shift: number) => sum(c.map((x, k) => pv(x, r, k + 1 + shift)))
    return ex(
      $(at(0)),
      fmt(all),
      $(at(1)),
      $(at(-1)),
      $(pv(all, r, 3)),
      $(pv(all, r, 1)),
      $(
        q(
          c.reduce((s, x, k) => s + x * (H - (k + 1) * r), 0),
          H,
        ),
      ),
    )
  },
  'fv-of-uneven-deposits': (f) => {
    const c = [n(f, 'c0'), n(f, 'c1'), n(f, 'c2')]
    const [r, h] = [n(f, 'r'), n(f, 'h')]
    const all = c.reduce((s, x) => s + x, 0)
    const at = (shift: number) => sum(c.map((x, k) => mul(q(x), factor(r, h - k - 1 + shift))))
    return ex(
      $(at(0)),
      fmt(all),
      $(sum(c.map((x) => mul(q(x), factor(r, h))))),
      $(at(-1)),
      $(at(1)),
      $(mul(q(all), factor(r, h - 3))),
    )
  },
  'periodic-rate-from-effective': (f) => {
    const e = n(f, 'e')
    const x = one(e)
    return ex(
      root(x, 4, 4),
      fmt(e),
      P(sub(pw(q(4 * H + e, 4 * H), 4), ONE)),
      root(x, 4),
      root(x, 12, 12),
      root(x, 2, 2),
    )
  },
}
/** The present value of 1 at the end of each of years 1..n when one year's factor is `g`. */
function afAt(g: Q, years_: number): Q {
  let s = q(0)
  let f = q(1)
  for (let t = 1; t <= years_; t++) {
    f = mul(f, g)
    s = add(s, div(ONE, f))
  }
  return s
}
const less$ = (x: Q, c: number) => sub(x, q(c))
const times = (c: number, x: Q) => mul(q(c), x)

const NPV: Readonly<Record<string, (f: F) => Expect>> = {
  'npv-of-three-uneven-years': (f) => {
    const [i0, r] = [n(f, 'i0'), n(f, 'r')]
    const c = [n(f, 'c1'), n(f, 'c2'), n(f, 'c3')]
    const all = c.reduce((s, x) => s + x, 0)
    const pvIn = npv(r, [0, ...c])
    return ex(
      $(npv(r, [-i0, ...c])),
      fmt(all - i0),
      $(pvIn),
      $(less$(pv(pvIn, r, 1), i0)),
      $(less$(mul(pvIn, one(r)), i0)),
      $(sub(pvIn, pv(i0, r, 1))),
      $(less$(mul(q(all, 3), af(r, 3)), i0)),
    )
  },
  'npv-with-salvage': (f) => {
    const [i0, c, t, r, s] = figuresOf(f, 'i0', 'c', 'n', 'r', 's')
    const a = times(c, af(r, t))
    const ps = pv(s, r, t)
    return ex(
      $(less$(add(a, ps), i0)),
      $(less$(a, i0)),
      $(less$(add(a, q(s)), i0)),
      $(less$(add(mul(a, one(r)), ps), i0)),
      $(less$(add(times(c, af(r, t - 1)), ps), i0)),
      $(less$(add(a, ps), i0 + s)),
    )
  },
  'operating-cash-flow-with-tax-shield': (f) => {
    const [rev, cost, dep, t] = [n(f, 'rev'), n(f, 'cost'), n(f, 'dep'), n(f, 't')]
    const ebit = rev - cost - dep
    const tax = of(ebit, t)
    const pre = rev - cost
    return ex(
      fmt(ebit - tax + dep),
      fmt(ebit - tax),
      fmt(pre - of(pre, t)),
      fmt(pre),
      fmt(pre - of(pre, t) + dep),
      fmt(pre + dep),
      fmt(rev - of(rev, t) - cost),
    )
  },
  'pv-of-depreciation-tax-shield': (f) => {
    const [i0, t_, r, t] = [n(f, 'i0'), n(f, 'n'), n(f, 'r'), n(f, 't')]
    const shield = R(q(i0 * t, t_ * H))
    const a = af(r, t_)
    return ex(
      $(times(shield, a)),
      fmt(shield * t_),
      $(mul(q(i0, t_), a)),
      $(mul(sub(q(i0, t_), q(shield)), a)),
      $(pv(shield * t_, r, t_)),
      $(times(shield, af(r, t_ - 1))),
    )
  },
  'after-tax-salvage-value': (f) => {
    const [book, sale, t] = [n(f, 'book'), n(f, 'sale'), n(f, 't')]
    const tax = of(sale - book, t)
    return ex(
      fmt(sale - tax),
      fmt(sale),
      fmt(sale - of(sale, t)),
      fmt(book),
      fmt(sale + tax),
      fmt(book - tax),
      fmt(Math.abs(tax)),
      fmt(book + tax),
    )
  },
  'working-capital-cost-in-present-value': (f) => {
    const [w, t, r] = [n(f, 'w'), n(f, 'n'), n(f, 'r')]
    return ex(
      $(sub(q(w), pv(w, r, t))),
      fmt(w),
      $(pv(w, r, t)),
      $(q(w * r * t, H)),
      $(less$(times(w, factor(r, t)), w)),
      $(q(w * r, H)),
    )
  },
  'profitability-index': (f) => {
    const [i0, c, t, r] = [n(f, 'i0'), n(f, 'c'), n(f, 'n'), n(f, 'r')]
    const p = times(c, af(r, t))
    return ex(
      D(div(p, q(i0))),
      D(div(less$(p, i0), q(i0))),
      D(q(c * t, i0)),
      D(div(q(i0), p)),
      D(div(mul(p, one(r)), q(i0))),
      D(div(times(c, af(r, t - 1)), q(i0))),
    )
  },
  'replacement-net-outlay': (f) => {
    const [cost, book, sale, t] = [n(f, 'cost'), n(f, 'book'), n(f, 'sale'), n(f, 't')]
    const tax = of(sale - book, t)
    return ex(
      fmt(cost - sale + tax),
      fmt(cost - sale),
      fmt(cost),
      fmt(cost - sale - tax),
      fmt(cost - book),
      fmt(cost - sale + of(sale, t)),
    )
  },
  'relevant-annual-cash-flow': (f) => {
    const [rev, cost, rent, study, oh] = figuresOf(f, 'rev', 'cost', 'rent', 'study', 'oh')
    const base = rev - cost
    return ex(
      fmt(base - rent),
      fmt(base),
      fmt(base - rent - oh),
      fmt(base - rent - study),
      fmt(base - oh),
      fmt(base + rent),
    )
  },
  'npv-with-tax-and-depreciation': (f) => {
    const [i0, t_, r, p, t] = figuresOf(f, 'i0', 'n', 'r', 'p', 't')
    const dep = i0 / t_
    const ocf = p - of(p - dep, t)
    const a = af(r, t_)
    const at = (c: number) => $(less$(times(c, a), i0))
    return ex(
      at(ocf),
      at(p),
      at(p - of(p, t)),
      at(p - dep - of(p - dep, t)),
      at(p - of(p, t) + dep),
      fmt(ocf * t_ - i0),
    )
  },
  'npv-of-real-flows-at-a-nominal-rate': (f) => {
    const [i0, c, t, nom, inf] = figuresOf(f, 'i0', 'c', 'n', 'nom', 'inf')
    const at = (g: Q) => $(less$(times(c, afAt(g, t)), i0))
    return ex(
      at(div(one(nom), one(inf))),
      at(one(nom)),
      at(one(nom - inf)),
      at(one(nom + inf)),
      fmt(c * t - i0),
      at(mul(one(nom), one(inf))),
    )
  },
  'npv-with-cannibalised-sales': (f) => {
    const [i0, gain, lost, t, r] = figuresOf(f, 'i0', 'gain', 'lost', 'n', 'r')
    const a = af(r, t)
    return ex(
      $(less$(times(gain - lost, a), i0)),
      $(less$(times(gain, a), i0)),
      $(less$(sub(times(gain, a), pv(lost, r, 1)), i0)),
      $(less$(times(gain - 2 * lost, a), i0)),
      fmt((gain - lost) * t - i0),
      $(less$(mul(times(gain - lost, a), one(r)), i0)),
    )
  },
  'npv-of-growing-flows': (f) => {
    const [i0, c1, t, r, g] = figuresOf(f, 'i0', 'c1', 'n', 'r', 'g')
    const flows = (k: number) => years(0, t - 1).map((y) => times(c1, factor(g, y + k)))
    const pvOf = (fs: readonly Q[]) => sum(fs.map((x, y) => pv(x, r, y + 1)))
    return ex(
      $(less$(pvOf(flows(0)), i0)),
      $(less$(times(c1, af(r, t)), i0)),
      $(less$(pvOf(flows(1)), i0)),
      $(less$(q(c1 * H, r - g), i0)),
      $(less$(sum(flows(0)), i0)),
      $(less$(times(c1, af(r - g, t)), i0)),
    )
  },
  'pi-from-npv': (f) => {
    const [i0, v] = [n(f, 'i0'), n(f, 'npv')]
    return ex(
      D(q(i0 + v, i0)),
      D(q(v, i0)),
      D(q(i0, i0 + v)),
      D(q(i0 + v, v)),
      D(q(v, i0 + v)),
      D(q(i0 + 2 * v, i0)),
      D(q(i0, v)),
    )
  },
  'npv-with-working-capital-and-salvage': (f) => {
    const [i0, w, c, t, r, s] = figuresOf(f, 'i0', 'w', 'c', 'n', 'r', 's')
    const a = times(c, af(r, t))
    const ps = pv(s, r, t)
    const end = pv(w + s, r, t)
    return ex(
      $(less$(add(a, end), i0 + w)),
      $(less$(add(a, ps), i0 + w)),
      $(less$(add(a, ps), i0)),
      $(less$(add(a, q(w + s)), i0 + w)),
      $(less$(a, i0 + w)),
      $(less$(add(a, end), i0)),
    )
  },
  'npv-of-flows-at-year-start': (f) => {
    const [i0, c, t, r] = [n(f, 'i0'), n(f, 'c'), n(f, 'n'), n(f, 'r')]
    const a = times(c, af(r, t))
    return ex(
      $(less$(mul(a, one(r)), i0)),
      $(less$(a, i0)),
      fmt(c * t - i0),
      $(less$(times(c, af(r, t - 1)), i0)),
      $(less$(mul(a, factor(r, 2)), i0)),
      $(less$(add(q(c), a), i0)),
    )
  },
}
/** The year, with its fraction, at which the running total of flows turns non-negative. */
function paybackQ(flows: readonly (Q | number)[]): Q {
  const qs = flows.map((c) => (typeof c === 'number' ? q(c) : c))
  let run = qs[0] as Q
  for (let t = 1; t < qs.length; t++) {
    const c = qs[t] as Q
    const next = add(run, c)
    if (!less(next, q(0))) return add(q(t - 1), div(sub(q(0), run), c))
    run = next
  }
  throw new Error('no payback within the life')
}
/** Hundredths of the least whole number not below `x`. */
const ceilH = (x: Q) => {
  const w = x[0] / x[1] + (x[0] % x[1] === 0n ? 0n : 1n)
  return fmt(Number(w) * 100)
}

/** A rate already in basis points, rounded to a whole basis point. */
const Bp = (x: Q) => fmt(R(x))

const IRR: Readonly<Record<string, (f: F) => Expect>> = {
  'irr-of-a-one-year-project': (f) => {
    const [i0, fv, s] = [n(f, 'i0'), n(f, 'f'), n(f, 's')]
    const net = fv - s
    return ex(
      irrP([-i0, net]),
      irrP([-i0, fv]),
      irrP([-i0 - s, net + s]),
      P(q(net - i0, net)),
      P(q(2 * (net - i0), net + i0)),
      P(sub(q(net * net, i0 * i0), ONE)),
    )
  },
  'irr-of-a-single-payoff': (f) => {
    const [i0, fv, t] = [n(f, 'i0'), n(f, 'f'), n(f, 'n')]
    const x = q(fv, i0)
    return ex(
      root(x, t),
      P(q(fv - i0, i0 * t)),
      P(q(fv - i0, i0)),
      root(x, t + 1),
      root(x, t - 1),
      P(q(fv - i0, fv * t)),
    )
  },
  'irr-of-a-level-annuity': (f) => {
    const [i0, c, t] = [n(f, 'i0'), n(f, 'c'), n(f, 'n')]
    const flows = [-i0, ...Array<number>(t).fill(c)]
    return ex(
      irrP(flows),
      P(q(c, i0)),
      P(q(c * t - i0, i0 * t)),
      P(q(2 * (c * t - i0), t * i0)),
      irrP(flows.slice(0, t)),
      irrP([...flows, c]),
      irrP([-i0, 0, ...flows.slice(1)]),
    )
  },
  'irr-of-uneven-flows': (f) => {
    const [i0, c1, c2, c3] = [n(f, 'i0'), n(f, 'c1'), n(f, 'c2'), n(f, 'c3')]
    const all = c1 + c2 + c3
    return ex(
      irrP([-i0, c1, c2, c3]),
      P(q(all - i0, 3 * i0)),
      P(q(all - i0, i0)),
      irrP([-i0, c3, c2, c1]),
      irrP([-i0, 0, c1, c2, c3]),
      irrP([-i0 + c1, c2, c3]),
    )
  },
  'modified-irr': (f) => {
    const [i0, r] = [n(f, 'i0'), n(f, 'r')]
    const c = [n(f, 'c1'), n(f, 'c2'), n(f, 'c3')]
    const all = c.reduce((s, x) => s + x, 0)
    const fvAt = (h: number) => sum(c.map((x, k) => times(x, factor(r, h - k - 1))))
    const fv = fvAt(3)
    return ex(
      root(div(fv, q(i0)), 3),
      irrP([-i0, ...c]),
      root(q(all, i0), 3),
      root(div(fvAt(4), q(i0)), 3),
      P(div(sub(div(fv, q(i0)), ONE), q(3))),
      root(div(fv, q(i0)), 2),
    )
  },
  'payback-period': (f) => {
    const [i0, c1, c2, c3, c4] = figuresOf(f, 'i0', 'c1', 'c2', 'c3', 'c4')
    const pb = paybackQ([-i0, c1, c2, c3, c4])
    const upTo2 = c1 + c2
    return ex(
      D(pb),
      D(q(4 * i0, c1 + c2 + c3 + c4)),
      ceilH(pb),
      D(add(q(2), q(i0 - upTo2, c4))),
      D(add(q(2), q(i0 - upTo2, i0))),
      D(add(q(3), q(i0 - upTo2, c3))),
    )
  },
  'discounted-payback': (f) => {
    const [i0, c, r, t] = [n(f, 'i0'), n(f, 'c'), n(f, 'r'), n(f, 'n')]
    const d = years(1, t).map((y) => pv(c, r, y))
    const pb = paybackQ([-i0, ...d])
    const k = Number(pb[0] / pb[1])
    const before = sum(d.slice(0, k))
    return ex(
      D(pb),
      D(q(i0, c)),
      ceilH(pb),
      D(add(q(k), div(sub(q(i0), before), q(c)))),
      D(paybackQ([-i0, ...d.map((x) => div(x, one(r)))])),
      D(paybackQ([-i0, c, ...d.slice(0, t - 1)])),
    )
  },
  'irr-of-a-growing-perpetuity': (f) => {
    const [i0, c1, g] = [n(f, 'i0'), n(f, 'c1'), n(f, 'g')]
    const y = q(c1, i0)
    const gq = q(g, H)
    return ex(
      P(add(y, gq)),
      P(y),
      P(sub(y, gq)),
      P(add(mul(y, one(g)), gq)),
      P(add(y, gq, gq)),
      P(mul(y, one(g))),
    )
  },
  'accounting-rate-of-return': (f) => {
    const [i0, s, t, cash] = [n(f, 'i0'), n(f, 's'), n(f, 'n'), n(f, 'cash')]
    const profit = sub(q(cash), q(i0 - s, t))
    const avg = q(i0 + s, 2)
    return ex(
      P(div(profit, avg)),
      P(div(profit, q(i0))),
      P(div(q(cash), avg)),
      P(div(profit, q(i0, 2))),
      P(div(sub(q(cash), q(i0, t)), avg)),
      P(div(profit, q(i0 - s, 2))),
    )
  },
  'crossover-rate': (f) => {
    const [i0, a1, a2, b1, b2] = figuresOf(f, 'i0', 'a1', 'a2', 'b1', 'b2')
    return ex(
      irrP([0, a1 - b1, a2 - b2]),
      irrP([-i0, a1, a2]),
      irrP([-i0, b1, b2]),
      Bp(q(irrBp([-i0, a1, a2]) + irrBp([-i0, b1, b2]), 2)),
      P(q(b1 + b2 - a1 - a2, i0)),
      fmt(Math.abs(irrBp([-i0, a1, a2]) - irrBp([-i0, b1, b2]))),
      P(q(b2 - a2, a1 - b1)),
      P(q(b2 - a2 - (a1 - b1), b2 - a2)),
    )
  },
  'irr-with-salvage': (f) => {
    const [i0, c, t, s] = [n(f, 'i0'), n(f, 'c'), n(f, 'n'), n(f, 's')]
    const base = [-i0, ...Array<number>(t).fill(c)]
    return ex(
      irrP(base.map((x, y) => (y === t ? x + s : x))),
      irrP(base),
      irrP([s - i0, ...Array<number>(t).fill(c)]),
      P(q(c * t + s - i0, i0 * t)),
      irrP(base.map((x, y) => (y === 1 ? x + s : x))),
      P(q(c * t + s, t * i0)),
    )
  },
  'mutually-exclusive-choice-by-npv': (f) => {
    const [r, ia, ib, ca, cb] = figuresOf(f, 'r', 'ia', 'ib', 'ca', 'cb')
    const A = npv(r, [-ia, ca, ca, ca])
    const Bv = npv(r, [-ib, cb, cb, cb])
    const [hi, lo] = less(A, Bv) ? [Bv, A] : [A, Bv]
    return ex(
      $(hi),
      $(lo),
      $(add(A, Bv)),
      fmt(Math.max(3 * ca - ia, 3 * cb - ib)),
      $(mul(hi, one(r))),
      $(abs(sub(A, Bv))),
    )
  },
  'payback-of-level-flows-discounted': (f) => {
    const [i0, c, r, t] = [n(f, 'i0'), n(f, 'c'), n(f, 'r'), n(f, 'n')]
    const d = years(1, t).map((y) => pv(c, r, y))
    const pb = paybackQ([-i0, ...d])
    return ex(
      D(pb),
      D(q(i0, c)),
      ceilH(pb),
      D(paybackQ([-i0, ...d.map((x) => div(x, one(r)))])),
      D(
        add(
          q(Math.floor(Number(pb[0]) / Number(pb[1]))),
          div(sub(q(i0), sum(d.slice(0, Number(pb[0] / pb[1])))), q(c)),
        ),
      ),
    )
  },
  'mirr-with-finance-and-reinvestment-rates': (f) => {
    const [i0, o1, fin, re] = [n(f, 'i0'), n(f, 'o1'), n(f, 'fin'), n(f, 're')]
    const c = [n(f, 'c2'), n(f, 'c3'), n(f, 'c4')]
    // Each inflow at year 2 + k carried to year 4 by 2 − k exact year factors.
    const tv = (at: number) => sum(c.map((x, k) => times(x, factor(at, 2 - k))))
    const pvo = (at: number) => add(q(i0), pv(o1, at, 1))
    return ex(
      root(div(tv(re), pvo(fin)), 4),
      root(div(tv(fin), pvo(fin)), 4),
      root(div(tv(fin), pvo(re)), 4),
      root(div(tv(re), q(i0 + o1)), 4),
      root(div(tv(re), pvo(fin)), 3),
      irrP([-i0, -o1, ...c]),
      root(div(sub(tv(re), times(o1, factor(re, 3))), q(i0)), 4),
    )
  },
  'irr-by-linear-interpolation': (f) => {
    const [r1, r2, up, down] = [n(f, 'r1'), n(f, 'r2'), n(f, 'up'), n(f, 'down')]
    // The line through (r1, up) and (r2, −down) meets zero where r = r1 + (r2 − r1) × up ÷ (up + down).
    const line = (from: number, to: number, a: number, b: number) =>
      Bp(add(q(from), mul(q(to - from), q(a, a + b))))
    const signs = add(q(r1), q((r2 - r1) * up, up - down))
    return ex(
      line(r1, r2, up, down),
      line(r1, r2, down, up),
      ...(less(signs, q(1)) ? [] : [Bp(signs)]),
      Bp(q(r1 + r2, 2)),
      Bp(q((r2 - r1) * up, up + down)),
      Bp(add(q(r1), q((r2 - r1) * up, down))),
    )
  },
  'incremental-irr-of-the-larger-project': (f) => {
    const [ia, ib, ca, cb] = [n(f, 'ia'), n(f, 'ib'), n(f, 'ca'), n(f, 'cb')]
    const [di, dc] = [ib - ia, cb - ca]
    const [pa, pb] = [irrBp([-ia, ca, ca, ca]), irrBp([-ib, cb, cb, cb])]
    return ex(
      irrP([-di, dc, dc, dc]),
      fmt(pb),
      fmt(pa),
      fmt(pa - pb),
      P(q(dc, di)),
      P(q(3 * dc - di, 3 * di)),
    )
  },
  'discounted-payback-of-uneven-flows': (f) => {
    const [i0, r] = [n(f, 'i0'), n(f, 'r')]
    const c = [n(f, 'c1'), n(f, 'c2'), n(f, 'c3'), n(f, 'c4')]
    const d = c.map((x, t) => pv(x, r, t + 1))
    const pb = paybackQ([-i0, ...d])
    const whole = Number(pb[0] / pb[1])
    return ex(
      D(pb),
      D(paybackQ([-i0, ...c])),
      ceilH(pb),
      D(add(q(whole), div(sub(q(i0), sum(d.slice(0, whole))), q(c[whole] as number)))),
      D(paybackQ([-i0, ...c.map((x, t) => pv(x, r, t + 2))])),
      D(paybackQ([-i0, ...c.map((x, t) => pv(x, r, t))])),
      D(add(pb, ONE)),
    )
  },
  'irr-of-a-deferred-annuity': (f) => {
    const [i0, c, t, k] = [n(f, 'i0'), n(f, 'c'), n(f, 'n'), n(f, 'k')]
    const level = (wait: number, count: number) => [
      -i0,
      ...Array<number>(wait).fill(0),
      ...Array<number>(count).fill(c),
    ]
    return ex(
      irrP(level(k, t)),
      irrP(level(0, t)),
      irrP(level(k + 1, t)),
      P(q(c, i0)),
      P(q(c * t - i0, i0 * (t + k))),
      irrP(level(k, t - 1)),
    )
  },
}

const CAPITAL: Readonly<Record<string, (f: F) => Expect>> = {
  'bond-yield-plus-risk-premium': (f) => {
    const [y, prem, t] = [n(f, 'y'), n(f, 'prem'), n(f, 't')]
    return ex(
      fmt(y + prem),
      fmt(R(q(y * (H - t), H)) + prem),
      fmt(prem),
      fmt(y),
      Bp(q((y + prem) * (H - t), H)),
      fmt(R(q(y * H, H - t)) + prem),
    )
  },
  'capm-cost-of-equity': (f) => {
    const [rf, rm, b] = [n(f, 'rf'), n(f, 'rm'), n(f, 'b')]
    return ex(
      Bp(q(rf * 100 + b * (rm - rf), 100)),
      Bp(q(rf * 100 + b * rm, 100)),
      Bp(q(b * rm, 100)),
      fmt(rm),
      Bp(q(rf * b + (rm - rf) * 100, b)),
      Bp(q(rm * 100 + b * (rm - rf), 100)),
    )
  },
  'after-tax-cost-of-debt': (f) => {
    const [y, c, t] = [n(f, 'y'), n(f, 'c'), n(f, 't')]
    return ex(
      Bp(q(y * (H - t), H)),
      fmt(y),
      Bp(q(c * (H - t), H)),
      fmt(c),
      Bp(q(y * t, H)),
      Bp(q(y * H, H - t)),
    )
  },
  'wacc-at-market-values': (f) => {
    const [e, d, eb, db, re, rd, t] = figuresOf(f, 'e', 'd', 'eb', 'db', 're', 'rd', 't')
    const rdt = q(rd * (H - t), H)
    const w = (ev: number, dv: number, kd: Q) => div(add(q(ev * re), times(dv, kd)), q(ev + dv))
    return ex(
      Bp(w(e, d, rdt)),
      Bp(w(eb, db, rdt)),
      Bp(w(e, d, q(rd))),
      Bp(div(add(q(re), rdt), q(2))),
      Bp(div(add(q(d * re), times(e, rdt)), q(e + d))),
      Bp(add(q(re * e, e + d), mul(rdt, q(d, e)))),
    )
  },
  'after-tax-cost-of-debt-from-bond-price': (f) => {
    const [c, price, t] = [n(f, 'c'), n(f, 'price'), n(f, 't')]
    const coupon = (100_000 * c) / H
    const flows = [-price, coupon, coupon, coupon + 100_000]
    return ex(
      fmt(irrBp(flows, H - t)),
      irrP(flows),
      Bp(q(c * (H - t), H)),
      P(q(coupon * (H - t), price * H)),
      fmt(irrBp(flows, t)),
      fmt(irrBp([-price, coupon, coupon + 100_000], H - t)),
    )
  },
  'dividend-growth-cost-of-equity': (f) => {
    const [d0, p, g] = [n(f, 'd0'), n(f, 'p'), n(f, 'g')]
    const d1 = q(d0 * (H + g), H)
    const gq = q(g, H)
    return ex(
      P(add(div(d1, q(p)), gq)),
      P(add(q(d0, p), gq)),
      P(div(d1, q(p))),
      P(q(d0, p)),
      P(add(div(mul(d1, one(g)), q(p)), gq)),
    )
  },
  'project-rate-from-pure-play-beta': (f) => {
    const [be, de, target, t, rf, mrp] = figuresOf(f, 'be', 'de', 'target', 't', 'rf', 'mrp')
    const lever = (tax: number, dOverE: number) => add(ONE, mul(q(H - tax, H), q(dOverE, 100)))
    const beq = q(be, 100)
    const ba = div(beq, lever(t, de))
    const cost = (b: Q) => Bp(add(q(rf), times(mrp, b)))
    return ex(
      cost(mul(ba, lever(t, target))),
      cost(beq),
      cost(ba),
      cost(mul(div(beq, lever(0, de)), lever(0, target))),
      cost(mul(beq, lever(t, target))),
      cost(mul(beq, lever(t, de))),
    )
  },
  'preference-share-cost': (f) => {
    const [k, price, t] = [n(f, 'k'), n(f, 'price'), n(f, 't')]
    return ex(
      P(q(k, price)),
      fmt(k),
      P(q(k * (H - t), price * H)),
      P(q(k * H, price * (H - t))),
      P(q(k * (H - t), H * H)),
      P(add(q(k, 10_000), q(10_000 - price, price))),
    )
  },
  'wacc-with-preference-shares': (f) => {
    const [e, p, d, re, rp, rd, t] = figuresOf(f, 'e', 'p', 'd', 're', 'rp', 'rd', 't')
    const rdt = q(rd * (H - t), H)
    const v = e + p + d
    const w = (kp: Q, kd: Q) => div(add(q(e * re), times(p, kp), times(d, kd)), q(v))
    return ex(
      Bp(w(q(rp), rdt)),
      Bp(w(q(rp * (H - t), H), rdt)),
      Bp(w(q(rp), q(rd))),
      Bp(div(add(q(e * re), times(d, rdt)), q(e + d))),
      Bp(div(add(q(re + rp), rdt), q(3))),
      Bp(div(add(q(e * re), times(p + d, rdt)), q(v))),
    )
  },
  'debt-weight-from-market-quotes': (f) => {
    const [shares, sp, face, qt, bookE] = figuresOf(f, 'shares', 'sp', 'face', 'q', 'bookE')
    const e = q(shares * sp)
    const d = q(face * qt, 100)
    return ex(
      P(div(d, add(e, d))),
      P(div(q(face), add(e, q(face)))),
      P(div(d, add(q(bookE), d))),
      P(div(d, e)),
      P(div(e, add(e, d))),
      P(q(face, bookE + face)),
    )
  },
  'new-equity-with-flotation-costs': (f) => {
    const [d1, p, g, fl] = [n(f, 'd1'), n(f, 'p'), n(f, 'g'), n(f, 'f')]
    const net = q(p * (H - fl), H)
    const gq = q(g, H)
    return ex(
      P(add(div(q(d1), net), gq)),
      P(add(q(d1, p), gq)),
      P(add(q(d1, p), gq, q(fl, H))),
      P(add(q(d1 * (H - fl), p * H), gq)),
      P(div(q(d1), net)),
      P(add(div(q(d1 * (H + g), H), net), gq)),
    )
  },
  'pre-tax-cost-of-a-loan-with-a-fee': (f) => {
    const [l, i, fee, t] = [n(f, 'l'), n(f, 'i'), n(f, 'f'), n(f, 'n')]
    const int = q(l * i, H)
    const paid = years(1, t).map((y) => (y === t ? add(int, q(l)) : int))
    const cost = (received: Q) => irrP([sub(q(0), received), ...paid])
    return ex(
      cost(q(l * (H - fee), H)),
      fmt(i),
      fmt(i + fee),
      P(q(i, H - fee)),
      cost(q(l * (H - 2 * fee), H)),
      fmt(i + R(q(fee, t + 1))),
    )
  },
  'relevered-equity-beta': (f) => {
    const [ba, de, t] = [n(f, 'ba'), n(f, 'de'), n(f, 't')]
    const a = q(ba, 100)
    return ex(
      D(mul(a, add(ONE, mul(q(H - t, H), q(de, 100))))),
      fmt(ba),
      D(mul(a, q(100 + de, 100))),
      D(div(a, add(ONE, mul(q(H - t, H), q(de, 100))))),
      D(mul(a, add(ONE, mul(q(t, H), q(de, 100))))),
      D(mul(a, add(ONE, mul(q(H - t, H), q(de, 100 + de))))),
    )
  },
  'wacc-from-a-target-debt-to-equity': (f) => {
    const [de, re, rd, t] = [n(f, 'de'), n(f, 're'), n(f, 'rd'), n(f, 't')]
    const rdt = q(rd * (H - t), H)
    const wd = q(de, 100 + de)
    const we = sub(ONE, wd)
    return ex(
      Bp(add(times(re, we), mul(rdt, wd))),
      Bp(add(times(re, q(100 - de, 100)), mul(rdt, q(de, 100)))),
      Bp(add(times(re, we), times(rd, wd))),
      Bp(add(times(re, wd), mul(rdt, we))),
      Bp(add(q(re), mul(rdt, q(de, 100)))),
      Bp(div(add(q(re), rdt), q(2))),
    )
  },
  'cost-of-equity-with-retention-growth': (f) => {
    const [eps, b, roe, p] = [n(f, 'eps'), n(f, 'b'), n(f, 'roe'), n(f, 'p')]
    const g = q(b * roe, 100 * H)
    const d1 = q(eps * (100 - b), 100)
    const y = div(d1, q(p))
    return ex(
      P(add(y, g)),
      P(add(q(eps, p), g)),
      P(add(y, q(roe, H))),
      P(add(y, q((100 - b) * roe, 100 * H))),
      P(y),
      P(add(mul(y, add(ONE, g)), g)),
    )
  },
}
/** The least whole number not below a positive rational, as a count with thousands commas. */
const upCount = (x: Q) => count(Number(x[0] / x[1] + (x[0] % x[1] === 0n ? 0n : 1n)))
const over = (a: Q, b: Q | number) => div(a, typeof b === 'number' ? q(b) : b)

/** The projects of a rationing case in name order, as the stem lists them. */
function projects(f: F, names: readonly string[]) {
  return names.map((name) => ({ name, cost: n(f, `c${name}`), npv: n(f, `n${name}`) }))
}
type Project = ReturnType<typeof projects>[number]
/** Projects taken in `order` while the budget lasts, the next one in part when `partial`. */
function fill(order: readonly Project[], budget: number, partial: boolean, stopAtMiss = false): Q {
  let left = budget
  let got = q(0)
  for (const p of order) {
    if (p.cost <= left) {
      left -= p.cost
      got = add(got, q(p.npv))
    } else if (stopAtMiss) break
    else if (partial && left > 0) {
      got = add(got, q(p.npv * left, p.cost))
      left = 0
    }
  }
  return got
}
/** Higher NPV per unit of cost first, compared by cross-multiplying. */
const byPi = (ps: readonly Project[]) => [...ps].sort((x, y) => y.npv * x.cost - x.npv * y.cost)

const RISK: Readonly<Record<string, (f: F) => Expect>> = {
  'npv-sensitivity-to-volume': (f) => {
    const [qty, p, v, x, t, yrs, r] = figuresOf(f, 'q', 'p', 'v', 'x', 't', 'n', 'r')
    const lost = q(qty * x * (p - v), H)
    const a = af(r, yrs)
    return ex(
      $(mul(lost, tr(t), a)),
      $(mul(lost, a)),
      $(mul(lost, tr(t), q(yrs))),
      $(mul(q(qty * x * p, H), tr(t), a)),
      $(mul(lost, tr(t))),
      $(mul(lost, q(t, H), a)),
      $(pv(mul(lost, tr(t), q(yrs)), r, yrs)),
    )
  },
  'break-even-annual-cash-flow': (f) => {
    const [i0, yrs, r] = [n(f, 'i0'), n(f, 'n'), n(f, 'r')]
    const a = af(r, yrs)
    return ex(
      $(over(q(i0), a)),
      $(q(i0, yrs)),
      $(q(i0 * r, H)),
      $(over(times(i0, factor(r, yrs)), yrs)),
      $(over(q(i0), af(r, yrs - 1))),
      $(over(q(i0), mul(a, one(r)))),
    )
  },
  'break-even-volume-at-zero-npv': (f) => {
    const [i0, yrs, r, p, v, fc] = figuresOf(f, 'i0', 'n', 'r', 'p', 'v', 'f')
    const u = p - v
    const cap = add(over(q(i0), af(r, yrs)), q(fc))
    return ex(
      upCount(over(cap, u)),
      upCount(q(fc * yrs + i0, yrs * u)),
      upCount(q(fc, u)),
      upCount(over(over(q(i0), af(r, yrs)), u)),
      upCount(over(cap, p)),
      upCount(over(add(over(q(i0), af(r, yrs - 1)), q(fc)), u)),
    )
  },
  'scenario-weighted-npv': (f) => {
    const [pw, pb, worst, base, best] = figuresOf(f, 'pw', 'pb', 'worst', 'base', 'best')
    const pg = 100 - pw - pb
    return ex(
      $(q(pw * worst + pb * base + pg * best, 100)),
      $(q(worst + base + best, 3)),
      fmt(base),
      $(q(pg * worst + pb * base + pw * best, 100)),
      $(q(pb * base + pg * best, 100)),
      $(q(-pw * worst + pb * base + pg * best, 100)),
    )
  },
  'equivalent-annual-cost': (f) => {
    const [c, yrs, r, run] = [n(f, 'c'), n(f, 'n'), n(f, 'r'), n(f, 'run')]
    const a = af(r, yrs)
    return ex(
      $(add(over(q(c), a), q(run))),
      $(q(c + run * yrs, yrs)),
      $(over(q(c), a)),
      $(over(add(q(c), times(run, a)), yrs)),
      $(add(over(times(c, factor(r, yrs)), yrs), q(run))),
      $(add(over(q(c), af(r, yrs - 1)), q(run))),
      $(add(q(c, yrs), q(c * r, H), q(run))),
    )
  },
  'equivalent-annual-annuity': (f) => {
    const [v, yrs, r] = [n(f, 'npv'), n(f, 'n'), n(f, 'r')]
    const a = af(r, yrs)
    return ex(
      $(over(q(v), a)),
      $(q(v, yrs)),
      $(q(v * r, H)),
      $(over(q(v), af(r, yrs - 1))),
      $(over(times(v, factor(r, yrs)), yrs)),
      $(over(q(v), mul(a, one(r)))),
    )
  },
  'replacement-chain-npv': (f) => {
    const [a, r, reps, v] = [n(f, 'a'), n(f, 'r'), n(f, 'reps'), n(f, 'npv')]
    const chain = sum(years(0, reps - 1).map((k) => pv(v, r, k * a)))
    return ex(
      $(chain),
      fmt(v * reps),
      fmt(v),
      $(add(q(v), pv(v * (reps - 1), r, a * reps))),
      $(add(q(v), pv(v * (reps - 1), r, 1))),
      $(mul(chain, one(r))),
    )
  },
  'capital-rationing-divisible-by-pi': (f) => {
    const budget = n(f, 'budget')
    const ps = projects(f, ['P', 'Q', 'R', 'S'])
    const pi = byPi(ps)
    return ex(
      $(fill(pi, budget, true)),
      $(
        fill(
          [...ps].sort((x, y) => y.npv - x.npv),
          budget,
          true,
        ),
      ),
      $(
        fill(
          [...ps].sort((x, y) => x.cost - y.cost),
          budget,
          true,
        ),
      ),
      fmt(ps.reduce((s, p) => s + p.npv, 0)),
      $(fill(pi, budget, false)),
      $(q(budget * (pi[0] as Project).npv, (pi[0] as Project).cost)),
    )
  },
  'break-even-price-at-zero-npv': (f) => {
    const [i0, yrs, r, qty, v, fc] = figuresOf(f, 'i0', 'n', 'r', 'q', 'v', 'f')
    const a = af(r, yrs)
    const price = (fixed: Q) => $(add(q(v), over(fixed, qty)))
    return ex(
      price(add(over(q(i0), a), q(fc))),
      price(q(i0 + fc * yrs, yrs)),
      price(q(fc)),
      price(over(q(i0), a)),
      price(q(i0 + fc)),
      price(add(over(q(i0), af(r, yrs - 1)), q(fc))),
    )
  },
  'margin-of-safety-on-annual-inflow': (f) => {
    const [i0, c, yrs, r] = [n(f, 'i0'), n(f, 'c'), n(f, 'n'), n(f, 'r')]
    const p = times(c, af(r, yrs))
    const npv_ = less$(p, i0)
    return ex(
      P(div(npv_, p)),
      P(over(npv_, i0)),
      P(q(c * yrs - i0, c * yrs)),
      P(over(npv_, c * yrs)),
      P(div(q(i0), p)),
      P(mul(div(npv_, p), one(r))),
    )
  },
  'equivalent-annual-cost-with-resale': (f) => {
    const [c, yrs, r, s, run] = figuresOf(f, 'c', 'n', 'r', 's', 'run')
    const a = af(r, yrs)
    const ps = pv(s, r, yrs)
    return ex(
      $(add(div(sub(q(c), ps), a), q(run))),
      $(add(div(q(c), a), q(run))),
      $(add(div(q(c - s), a), q(run))),
      $(q(c - s + run * yrs, yrs)),
      $(div(sub(q(c), ps), a)),
      $(add(div(add(q(c), ps), a), q(run))),
    )
  },
  'annual-saving-of-the-lower-eac-machine': (f) => {
    const [r, na, nb, ca, cb, ra, rb] = figuresOf(f, 'r', 'na', 'nb', 'ca', 'cb', 'ra', 'rb')
    const [fa, fb] = [af(r, na), af(r, nb)]
    const ea = add(over(q(ca), fa), q(ra))
    const eb = add(over(q(cb), fb), q(rb))
    const pa = add(q(ca), times(ra, fa))
    const pb = add(q(cb), times(rb, fb))
    return ex(
      $(abs(sub(ea, eb))),
      $(abs(sub(pa, pb))),
      $(abs(sub(q(ca + ra * na, na), q(cb + rb * nb, nb)))),
      $(abs(sub(over(q(ca), fa), over(q(cb), fb)))),
      $(over(abs(sub(pa, pb)), Math.max(na, nb))),
      fmt(Math.abs(ra - rb)),
    )
  },
  'expected-npv-with-uncertain-year-two': (f) => {
    const [r, i0, c1, hi, lo, p] = figuresOf(f, 'r', 'i0', 'c1', 'hi', 'lo', 'p')
    const at = (y2: Q) => $(npv(r, [-i0, c1, y2]))
    const ev = q(p * hi + (100 - p) * lo, 100)
    return ex(
      at(ev),
      at(q(hi + lo, 2)),
      at(q(hi)),
      at(q(lo)),
      $(add(q(c1 - i0), ev)),
      at(q((100 - p) * hi + p * lo, 100)),
    )
  },
  'capital-rationing-best-whole-combination': (f) => {
    const budget = n(f, 'budget')
    const ps = projects(f, ['J', 'K', 'L', 'M'])
    // Every subset that fits, by its bits: the best whole combination by enumeration.
    let best = 0
    for (let mask = 0; mask < 1 << ps.length; mask++) {
      const set = ps.filter((_, k) => (mask >> k) & 1)
      if (set.reduce((s, p) => s + p.cost, 0) <= budget)
        best = Math.max(
          best,
          set.reduce((s, p) => s + p.npv, 0),
        )
    }
    const pi = byPi(ps)
    return ex(
      fmt(best),
      $(fill(pi, budget, false)),
      $(
        fill(
          [...ps].sort((x, y) => y.npv - x.npv),
          budget,
          false,
        ),
      ),
      $(fill(pi, budget, false, true)),
      fmt(ps.reduce((s, p) => s + p.npv, 0)),
      fmt(Math.max(0, ...ps.filter((p) => p.cost <= budget).map((p) => p.npv))),
      fmt(
        pi
          .slice(
            0,
            pi.findIndex((_, k) => pi.slice(0, k + 1).reduce((s, p) => s + p.cost, 0) > budget) + 1,
          )
          .reduce((s, p) => s + p.npv, 0),
      ),
      $(fill(pi, budget, true)),
    )
  },
  'npv-fall-for-a-higher-discount-rate': (f) => {
    const [c, yrs, r, d] = [n(f, 'c'), n(f, 'n'), n(f, 'r'), n(f, 'd')]
    const [a0, a1] = [af(r, yrs), af(r + d, yrs)]
    const fall = times(c, sub(a0, a1))
    return ex(
      $(fall),
      $(q(c * yrs * d, H)),
      $(mul(times(c, a0), q(d, H))),
      $(sub(pv(c, r, 1), pv(c, r + d, 1))),
      $(times(c, a1)),
      $(times(yrs, fall)),
    )
  },
}

const SECOND: Readonly<Record<string, (f: F) => Expect>> = {
  ...TVM,
  ...NPV,
  ...IRR,
  ...CAPITAL,
  ...RISK,
}

describeEngineIndependent('investment appraisal scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    second: SECOND,
    route: 'exact BigInt rationals, year-by-year discounting and bisection for rates',
    digest,
    models: IVA_MODELS,
    engines,
  })
})
