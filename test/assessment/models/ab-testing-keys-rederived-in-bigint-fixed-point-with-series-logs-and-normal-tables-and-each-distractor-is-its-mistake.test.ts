import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { ABTEST_MODELS } from '../../../src/assessment/models/abtest/abtest-models.js'
import type { AbScenario } from '../../../src/assessment/models/abtest/abtest-text.js'
import { BAYES_FAMILIES } from '../../../src/assessment/models/abtest/bayes-families.js'
import { DESIGN_FAMILIES } from '../../../src/assessment/models/abtest/design-families.js'
import { METRIC_FAMILIES } from '../../../src/assessment/models/abtest/metric-families.js'
import { PITFALL_FAMILIES } from '../../../src/assessment/models/abtest/pitfall-families.js'
import { SIGNIFICANCE_FAMILIES } from '../../../src/assessment/models/abtest/significance-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { halfAwayQuotient as hq } from './second-route-arithmetic.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...DESIGN_FAMILIES,
  ...SIGNIFICANCE_FAMILIES,
  ...PITFALL_FAMILIES,
  ...METRIC_FAMILIES,
  ...BAYES_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<AbScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- A second route: decimal fixed point in BigInt with 40 places, square roots by integer
// Newton, logarithms by the atanh series, roots by exp(ln x ÷ m) and the normal CDF by the erf
// Maclaurin series; nothing shared with the families' floating-point working or their A&S Φ.
type X = bigint
const S = 10n ** 40n
const I = (a: number | bigint | string): X => BigInt(a) * S
const Q = (a: number | bigint, b: number | bigint): X => (BigInt(a) * S) / BigInt(b)
const mul = (...xs: X[]): X => xs.reduce((p, x) => (p * x) / S, S)
const div = (a: X, b: X): X => (a * S) / b
const abs = (a: X): X => (a < 0n ? -a : a)
function isqrt(v: bigint): bigint {
  if (v < 2n) return v
  let x = BigInt(Math.floor(Math.sqrt(Number(v))))
  for (;;) {
    const y = (x + v / x) / 2n
    if (y >= x && y - x <= 1n) {
      while (x * x > v) x--
      while ((x + 1n) * (x + 1n) <= v) x++
      return x
    }
    x = y
  }
}
const sqrt = (a: X): X => isqrt(a * S)
function ln(a: X): X {
  let k = 0n
  let r = a
  while (r >= 2n * S) {
    r /= 2n
    k++
  }
  while (r < S) {
    r *= 2n
    k--
  }
  const series = (v: X): X => {
    const y = div(v - S, v + S)
    const y2 = mul(y, y)
    let term = y
    let sum = 0n
    for (let i = 1n; term !== 0n; i += 2n) {
      sum += term / i
      term = mul(term, y2)
    }
    return 2n * sum
  }
  return series(r) + k * series(2n * S)
}
function exp(a: X): X {
  let sum = S
  let term = S
  for (let i = 1n; abs(term) > 0n; i++) {
    term = (mul(term, a) as bigint) / i
    sum += term
  }
  return sum
}
const PI = (31415926535897932384626433832795028841971693993751n * 10n ** 40n) / 10n ** 49n
function Phi(z: X): X {
  const x = div(z, sqrt(I(2)))
  const x2 = mul(x, x)
  let term = x
  let sum = 0n
  for (let n = 0n; abs(term) > 0n; n++) {
    sum += term / (2n * n + 1n)
    term = -(mul(term, x2) / (n + 1n))
  }
  const erf = div(2n * sum, sqrt(PI))
  return (S + erf) / 2n
}
/** `a` rounded half away from zero to `p` places, as text without a minus on zero. */
function P(a: X, p: number): string {
  const f = 10n ** BigInt(p)
  const v = BigInt(hq(a * f, S))
  const neg = v < 0n
  const t = (neg ? -v : v).toString().padStart(p + 1, '0')
  const body = p === 0 ? t : `${t.slice(0, -p)}.${t.slice(-p)}`
  return neg ? `-${body}` : body
}
/** `a` rounded up to a whole number. */
const C = (a: X): string => {
  const q = a / S
  return String(a % S > 0n ? q + 1n : q)
}
const min = (a: X, b: X): X => (a < b ? a : b)
const max = (a: X, b: X): X => (a > b ? a : b)

type F = Readonly<Record<string, number | string>>
type Expect = { readonly key: string; readonly wrong: readonly string[] }
const digest = (t: string) =>
  t.replace(/,/g, '').replace(/%| pp| (visitors|days|users|sessions|conversions)$/, '')
const at =
  (p: number) =>
  (...xs: X[]): Expect => ({ key: P(xs[0]!, p), wrong: xs.slice(1).map((x) => P(x, p)) })
const ceils = (...xs: X[]): Expect => ({ key: C(xs[0]!), wrong: xs.slice(1).map(C) })
const ints = (...xs: number[]): Expect => ({ key: String(xs[0]), wrong: xs.slice(1).map(String) })
const Z = (z: number) => Q(z, 1000)

// ---- Design and sample size.
const DESIGN: Readonly<Record<string, (f: F) => Expect>> = {
  'n-per-arm-from-both-arm-variances': (f) => {
    const [p1, p2] = figuresOf(f, 'p1', 'p2')
    const d = BigInt(p2 - p1)
    const v1 = BigInt(p1 * (1e4 - p1))
    const v2 = BigInt(p2 * (1e4 - p2))
    const need = (z: number, V: bigint) => Q(BigInt(z) ** 2n * V, 1000000n * d * d)
    return ceils(
      need(2800, v1 + v2),
      need(2485, v1 + v2),
      2n * I(C(need(2800, v1 + v2))),
      need(1960, v1 + v2),
      need(2800, 2n * v1),
      need(2800, v1),
      need(2800, 2n * v2),
    )
  },
  'total-sample-for-an-unequal-split': (f) => {
    const [t, w] = figuresOf(f, 'total', 'w')
    return ceils(
      Q(t * 1e4, 4 * w * (100 - w)),
      I(t),
      Q(t * 100, 2 * w),
      Q(t * 4 * w * (100 - w), 1e4),
      Q(t * 50, w),
      Q(t * 1e4, 2 * w * (100 - w)),
      Q(t * 100, w),
      Q(t * 100, 2 * (100 - w)),
    )
  },
  'days-from-traffic-exposure-and-arms': (f) => {
    const [per, k, v, e] = figuresOf(f, 'per', 'k', 'v', 'e')
    const key = Q(k * per * 100, v * e)
    return ceils(
      key,
      Q(k * per, v),
      Q(per * 100, v * e),
      Q(k * per * e, v * 100),
      Q((k - 1) * per * 100, v * e),
      Q(2 * per * 100, v * e),
      I(C(key)) + S,
    )
  },
  'absolute-mde-from-traffic': (f) => {
    const [p, v, d] = figuresOf(f, 'p', 'v', 'd')
    const pq = Q(p * (1e4 - p), 1e8)
    const per = Q(v * d, 2)
    const mde = (z: number, s: X) => mul(Z(z), sqrt(s), I(100))
    return at(2)(
      mde(2800, div(2n * pq, per)),
      mde(2485, div(2n * pq, per)),
      mde(2800, div(pq, per)),
      mde(2800, div(pq, per) / 2n),
      mde(1960, div(2n * pq, per)),
      mde(2800, div(2n * pq * BigInt(d), per)),
      2n * mde(2800, div(pq, per)),
    )
  },
  'days-limited-by-the-smaller-arm': (f) => {
    const [per, v, w] = figuresOf(f, 'per', 'v', 'w')
    return ceils(
      Q(per * 100, v * w),
      Q(per * 100, v * (100 - w)),
      Q(2 * per, v),
      Q(per, v),
      Q(per * w, v * 100),
      Q(2 * per * 100, v * w),
      I(C(Q(per * 100, v * w))) + I(C(Q(per * 100, v * (100 - w)))),
      I(Math.ceil(Number(C(Q(per * 100, v * w))) / 7) * 7),
    )
  },
  'sample-size-after-the-mde-changes': (f) => {
    const [n0, a, b] = figuresOf(f, 'n0', 'a', 'b')
    return ceils(
      Q(n0 * a * a, b * b),
      Q(n0 * a, b),
      Q(n0 * b * b, a * a),
      I(n0),
      2n * I(C(Q(n0 * a * a, b * b))),
    )
  },
  'sample-size-for-a-revenue-metric': (f) => {
    const [sd, dl] = figuresOf(f, 'sd', 'delta')
    const need = (z: number, s: number, k: number) =>
      Q(BigInt(k) * BigInt(z) ** 2n * BigInt(s), 100n * BigInt(dl) ** 2n)
    return ceils(
      need(2800, sd * sd, 2),
      need(2800, sd, 2),
      need(2800, sd * sd, 1),
      need(2485, sd * sd, 2),
      need(2800, sd * sd, 4),
      need(1960, sd * sd, 2),
      need(3240, sd * sd, 2),
    )
  },
  'exposure-share-to-finish-by-a-deadline': (f) => {
    const [per, k, v, d] = figuresOf(f, 'per', 'k', 'v', 'd')
    return at(1)(
      Q(k * per * 100, v * d),
      Q(per * 100, v * d),
      Q(2 * per * 100, v * d),
      Q((k - 1) * per * 100, v * d),
      Q(k * per * 100, v * (d + 1)),
      Q(k * per * 100, v * (d - 1)),
    )
  },
  'bonferroni-adjusted-sample-size': (f) => {
    const [m, za, p1, d] = figuresOf(f, 'm', 'za', 'p1', 'd')
    const need = (z: number) =>
      BigInt(C(Q(BigInt(z) ** 2n * 2n * BigInt(p1 * (1e4 - p1)), 1000000n * BigInt(d) ** 2n)))
    const k = need(za + 840)
    const u = need(2800)
    return ints(...[k, u, need(za), BigInt(m + 1) * k, u * BigInt(m), u * 2n].map(Number))
  },
  'design-effect-for-clustered-units': (f) => {
    const [ind, m, rho] = figuresOf(f, 'ind', 'm', 'rho')
    const de = 1000 + (m - 1) * rho
    return ceils(
      Q(ind * de, 1000),
      I(ind),
      Q(ind * (1000 + m * rho), 1000),
      Q(ind * 1000, de),
      Q(ind * de * 2, 1000),
      Q(ind * (1000 + rho), 1000),
    )
  },
  'sample-size-after-cuped': (f) => {
    const [n0, r] = figuresOf(f, 'n0', 'r')
    return ceils(
      Q(n0 * (1e4 - r * r), 1e4),
      Q(n0 * (100 - r), 100),
      Q(n0 * r * r, 1e4),
      Q(n0 * 1e4, 1e4 - r * r),
      mul(I(n0), sqrt(Q(1e4 - r * r, 1e4))),
      I(n0),
    )
  },
  'days-with-a-traffic-ramp': (f) => {
    const [v, need] = figuresOf(f, 'v', 'need')
    // Enumerate the days in hundredths of a visitor, so 5 % and 20 % days stay whole.
    let got = 0
    let day = 0
    while (got < need * 100) got += v * ([5, 20][day++] ?? 50)
    const flat = Number(C(Q(need * 100, v * 50)))
    return ints(
      day,
      flat,
      flat + 2,
      Number(C(Q(need * 100, v * 5))),
      Number(C(Q(need * 100, v * 20))),
      Number(C(Q(need, v))),
    )
  },
  'lehr-rule-of-sixteen': (f) => {
    const [p, rel] = figuresOf(f, 'p', 'rel')
    const pq = BigInt(p * (1e4 - p))
    const d2 = BigInt(p * p * rel * rel) // (δ in basis points)² × 10⁴
    return ceils(
      Q(16n * pq * 10000n, d2),
      Q(32n * pq * 10000n, d2),
      Q(8n * pq * 10000n, d2),
      Q(16n * BigInt(p) * 10n ** 8n, d2),
      Q(16n * pq, BigInt(rel * rel) * 10000n),
      Q(16n * pq * 100n, BigInt(p * rel) * 10000n),
    )
  },
  'sample-size-diluted-by-untriggered-users': (f) => {
    const [nt, t] = figuresOf(f, 'nt', 't')
    const key = Q(nt * 1e4, t * t)
    return ceils(key, Q(nt * 100, t), Q(nt * t * t, 1e4), I(nt), 2n * I(C(key)), I(C(key)) + I(nt))
  },
  'mde-for-a-revenue-metric': (f) => {
    const [sd, per] = figuresOf(f, 'sd', 'per')
    const m = (z: number, k: number) => mul(Z(z), I(sd), sqrt(Q(k, per)))
    return at(2)(
      m(2800, 2),
      m(2800, 1),
      m(2485, 2),
      m(1960, 2),
      m(2800, 1) / 2n,
      m(2800, 2) * BigInt(sd),
      2n * m(2800, 2),
    )
  },
  'power-z-from-a-fixed-sample': (f) => {
    const [p, d, per] = figuresOf(f, 'p', 'd', 'per')
    const pq = Q(p * (1e4 - p), 1e8)
    const ratio = div(Q(d, 1e4), sqrt(div(2n * pq, I(per))))
    return at(2)(
      ratio - Z(1960),
      ratio - Z(1645),
      ratio,
      div(Q(d, 1e4), sqrt(div(pq, I(per)))) - Z(1960),
      ratio + Z(1960),
    )
  },
}

// ---- Significance: arms from the figures.
function arms(f: F) {
  const [n1, n2, x1, x2] = figuresOf(f, 'n1', 'n2', 'x1', 'x2')
  const p1 = Q(x1, n1)
  const p2 = Q(x2, n2)
  const v = (x: number, n: number, m: number) => Q(x * (n - x), n * n * m)
  const pb = Q(x1 + x2, n1 + n2)
  const pooledVar = mul(pb, S - pb, Q(n1 + n2, n1 * n2))
  return {
    n1,
    n2,
    x1,
    x2,
    p1,
    p2,
    d: p2 - p1,
    v1: v(x1, n1, n1),
    v2: v(x2, n2, n2),
    v,
    pb,
    pooledVar,
  }
}
const H = I(100)
const SIGNIFICANCE: Readonly<Record<string, (f: F) => Expect>> = {
  'pooled-z-for-unequal-arms': (f) => {
    const a = arms(f)
    const mean = (a.p1 + a.p2) / 2n
    const inv = Q(a.n1 + a.n2, a.n1 * a.n2)
    const pbq = mul(a.pb, S - a.pb)
    return at(2)(
      div(a.d, sqrt(a.pooledVar)),
      div(a.d, sqrt(a.v1 + a.v2)),
      div(a.d, sqrt(mul(mean, S - mean, inv))),
      div(a.d, sqrt(pbq / BigInt(a.n1))),
      div(a.d, sqrt(pbq / BigInt(a.n1 + a.n2))),
      div(a.d, a.pooledVar),
    )
  },
  'relative-lift-interval-lower-bound': (f) => {
    const a = arms(f)
    const se = sqrt(a.v1 + a.v2)
    const r = (x: X, base: X) => mul(div(x, base), H)
    return at(1)(
      r(a.d - mul(Z(1960), se), a.p1),
      mul(a.d - mul(Z(1960), se), H),
      r(a.d - mul(Z(1960), se), a.p2),
      r(a.d - mul(Z(1645), se), a.p1),
      r(a.d + mul(Z(1960), se), a.p1),
      r(a.d - mul(Z(1960), sqrt(a.v1)), a.p1),
    )
  },
  'margin-of-error-of-the-difference': (f) => {
    const a = arms(f)
    const se = sqrt(a.v1 + a.v2)
    return at(3)(
      mul(Z(1960), se, H),
      mul(Z(1645), se, H),
      2n * mul(Z(1960), se, H),
      mul(Z(1960), sqrt(a.v2), H),
      mul(Z(1960), sqrt(a.v1) + sqrt(a.v2), H),
      mul(Z(1960), a.v1 + a.v2, I(10000)),
    )
  },
  'two-sided-p-from-a-stated-normal-table': (f) => {
    const [, phi] = figuresOf(f, 'z', 'phi')
    return at(4)(
      Q(2 * (1e4 - phi), 1e4),
      Q(1e4 - phi, 1e4),
      Q(phi, 1e4),
      Q(2 * phi - 1e4, 1e4),
      Q(1e4 - phi, 2e4),
      Q(40 * (1e4 - phi), 1e4),
    )
  },
  'one-sided-p-from-a-two-sided-p': (f) => {
    const [p, right] = figuresOf(f, 'p', 'right')
    const half = Q(p, 2e4)
    return at(4)(
      right ? half : S - half,
      right ? S - half : half,
      Q(p, 1e4),
      Q(2 * p, 1e4),
      S - Q(p, 1e4),
    )
  },
  'welch-z-for-revenue-per-visitor': (f) => {
    const [n1, n2, m1, m2, s1, s2] = figuresOf(f, 'n1', 'n2', 'm1', 'm2', 's1', 's2')
    const d = Q(m2 - m1, 100)
    return at(2)(
      div(d, sqrt(Q(s1 * s1, n1) + Q(s2 * s2, n2))),
      div(d, sqrt(Q(s1, n1) + Q(s2, n2))),
      div(d, sqrt(Q(s1 * s1, n1))),
      div(d, div(I(s1), sqrt(I(n1))) + div(I(s2), sqrt(I(n2)))),
      div(d, sqrt(Q(s1 * s1 + s2 * s2, n1 + n2))),
    )
  },
  'revenue-difference-interval-upper-end': (f) => {
    const [n1, n2, m1, m2, s1, s2] = figuresOf(f, 'n1', 'n2', 'm1', 'm2', 's1', 's2')
    const d = Q(m2 - m1, 100)
    const va = Q(s1 * s1, n1) + Q(s2 * s2, n2)
    const se = sqrt(va)
    const e1 = div(I(s1), sqrt(I(n1)))
    const e2 = div(I(s2), sqrt(I(n2)))
    return at(2)(
      d + mul(Z(1645), se),
      d + mul(Z(1960), se),
      d - mul(Z(1645), se),
      d + mul(Z(1645), va),
      d + mul(Z(1645), e2),
      d + mul(Z(1645), e1 + e2),
    )
  },
  'standard-error-of-one-arm-rate': (f) => {
    const [x, m] = figuresOf(f, 'x', 'm')
    const pq = Q(x * (m - x), m * m)
    return at(3)(
      mul(sqrt(pq / BigInt(m)), H),
      mul(pq / BigInt(m), I(10000)),
      mul(sqrt(pq) / BigInt(m), H),
      mul(sqrt(Q(x, m * m)), H),
      mul(sqrt(pq), H),
      mul(sqrt(pq / BigInt(x)), H),
    )
  },
  'difference-interval-from-z-reversed': (f) => {
    const [lo, hi] = figuresOf(f, 'lo', 'hi')
    const w = hi - lo
    const mid = lo + hi // twice the estimate
    return at(2)(
      Q(mid * 196, w * 100),
      Q(mid * 196, w * 200),
      Q(mid, w),
      Q(mid, 2 * w),
      Q(hi * 392, w * 100),
      Q(mid * 3290, w * 2000),
    )
  },
  'pooled-rate-of-two-arms': (f) => {
    const a = arms(f)
    return at(3)(
      mul(a.pb, H),
      mul((a.p1 + a.p2) / 2n, H),
      Q((a.x1 + a.x2) * 100, a.n1),
      Q((a.x1 + a.x2) * 100, a.n2),
      mul(a.p1 + a.p2, H),
    )
  },
  'smallest-significant-difference': (f) => {
    const [p, per] = figuresOf(f, 'p', 'per')
    const t = (z: number, k: number) =>
      mul(Z(z), sqrt(Q(BigInt(k) * BigInt(p * (1e4 - p)), BigInt(per) * 10n ** 8n)), H)
    return at(3)(
      t(1960, 2),
      t(1960, 1),
      t(1645, 2),
      div(t(1960, 1), sqrt(I(2))),
      t(2800, 2),
      t(1960, 4),
      t(2576, 2),
    )
  },
  'ninety-percent-interval-lower-end': (f) => {
    const a = arms(f)
    const se = sqrt(a.v1 + a.v2)
    return at(3)(
      mul(a.d - mul(Z(1645), se), H),
      mul(a.d - mul(Z(1960), se), H),
      mul(a.d - mul(Z(1282), se), H),
      mul(a.d - mul(Z(1645), sqrt(a.pooledVar)), H),
      mul(a.d + mul(Z(1645), se), H),
    )
  },
  'relative-lift-from-unequal-arms': (f) => {
    const a = arms(f)
    return at(1)(
      mul(div(a.p2, a.p1) - S, H),
      Q((a.x2 - a.x1) * 100, a.x1),
      mul(a.d, H),
      mul(S - div(a.p1, a.p2), H),
      mul(div(Q(a.x2, a.n1), a.p1) - S, H),
    )
  },
  'chi-square-two-by-two-equals-z-squared': (f) => {
    const a = arms(f)
    const d2 = mul(a.d, a.d)
    const z = div(abs(a.d), sqrt(a.pooledVar))
    return at(2)(div(d2, a.pooledVar), z, div(d2, a.v1 + a.v2), 2n * z, 2n * div(d2, a.pooledVar))
  },
  'relative-lift-standard-error-by-delta-method': (f) => {
    const a = arms(f)
    const p12 = mul(a.p1, a.p1)
    const se = sqrt(div(a.v2, p12) + div(mul(a.p2, a.p2, a.v1), mul(p12, p12)))
    const sd = sqrt(a.v1 + a.v2)
    return at(2)(
      mul(se, H),
      mul(div(sd, a.p1), H),
      mul(div(sqrt(a.v2), a.p1), H),
      mul(sd, H),
      mul(div(sd, a.p2), H),
    )
  },
}

// ---- Pitfalls and validity.
const SECOND_PITFALLS: Readonly<Record<string, (f: F) => Expect>> = {
  'srm-chi-square-for-a-planned-uneven-split': (f) => {
    const [w, o1, o2] = figuresOf(f, 'w', 'o1', 'o2')
    const T = o1 + o2
    const e2 = Q(T * w, 100)
    const e1 = I(T) - e2
    const sq = (x: X) => mul(x, x)
    const chi = (a: X, b: X) => div(sq(I(o1) - a), a) + div(sq(I(o2) - b), b)
    return at(2)(
      chi(e1, e2),
      chi(Q(T, 2), Q(T, 2)),
      div(sq(I(o1) - e1), I(o1)) + div(sq(I(o2) - e2), I(o2)),
      div(sq(I(o2) - e2), e2),
      div(abs(I(o1) - e1), e1) + div(abs(I(o2) - e2), e2),
      (sq(I(o1) - e1) + sq(I(o2) - e2)) / BigInt(T),
    )
  },
  'srm-chi-square-across-three-arms': (f) => {
    const [e, a, b, c] = figuresOf(f, 'e', 'a', 'b', 'c')
    const os = [a, b, c]
    const sum = (fn: (x: number) => X, xs = os) => xs.reduce((s, x) => s + fn(x), 0n)
    const chi = sum((x) => Q((x - e) ** 2, e))
    return at(2)(
      chi,
      sum((x) => Q((x - e) ** 2, x)),
      sum((x) => Q((x - e) ** 2, e), [a, b]),
      Q(
        os.reduce((s, x) => s + (x - e) ** 2, 0),
        3 * e,
      ),
      sum((x) => Q(Math.abs(x - e), e)),
    )
  },
  'users-missing-from-the-short-arm': (f) => {
    const [w, long, short] = figuresOf(f, 'w', 'long', 'short')
    const r = (a: number, b: number) => hq(BigInt(a), BigInt(b))
    const exp = (long * w) / (100 - w)
    return ints(
      exp - short,
      r((long + short) * w, 100) - short,
      long - short,
      r(exp - short, 2),
      exp,
      r(long * (100 - w), w) - short,
    )
  },
  'holm-threshold-for-a-ranked-p': (f) => {
    const [m, k] = figuresOf(f, 'm', 'k')
    return at(5)(
      Q(5, 100 * (m - k + 1)),
      Q(5, 100 * m),
      Q(5, 100 * k),
      Q(5 * k, 100 * m),
      Q(5, 100 * (m - k)),
      Q(5, 100 * (m - k + 2)),
    )
  },
  'holm-adjusted-p-with-monotonicity': (f) => {
    const [m, k] = figuresOf(f, 'm', 'k')
    const ps = String(f.ps).split(' ').map(Number)
    const raw = (j: number) => min(S, Q((m - j) * ps[j]!, 1e4))
    let adj = 0n
    for (let j = 0; j < k; j++) adj = max(adj, raw(j))
    const p = ps[k - 1]!
    return at(4)(
      adj,
      raw(k - 1),
      min(S, Q(m * p, 1e4)),
      Q(p, 1e4),
      min(S, Q(k * p, 1e4)),
      min(S, Q(m * p, k * 1e4)),
      ps.reduce((a, _, j) => max(a, raw(j)), 0n),
      min(S, Q((m - k + 2) * p, 1e4)),
    )
  },
  'bonferroni-adjusted-p': (f) => {
    const [m, p] = figuresOf(f, 'm', 'p')
    const sidak = 10000n ** BigInt(m) - BigInt(1e4 - p) ** BigInt(m)
    return at(4)(
      min(S, Q(m * p, 1e4)),
      Q(p, m * 1e4),
      Q(p, 1e4),
      (sidak * S) / 10000n ** BigInt(m),
      Q((m - 1) * p, 1e4),
      Q((m + 1) * p, 1e4),
    )
  },
  'family-wise-error-across-uncorrected-metrics': (f) => {
    const [m, a] = figuresOf(f, 'm', 'a')
    const all = 100n ** BigInt(m)
    const keep = BigInt(100 - a) ** BigInt(m)
    return at(2)((100n * (all - keep) * S) / all, I(m * a), I(a), (100n * keep * S) / all, Q(a, m))
  },
  'sidak-per-comparison-alpha': (f) => {
    const [m, a] = figuresOf(f, 'm', 'a')
    const al = Q(a, 100)
    const root = (x: X) => exp(ln(x) / BigInt(m))
    return at(5)(
      S - root(S - al),
      al / BigInt(m),
      S - Q(BigInt(100 - a) ** BigInt(m), 100n ** BigInt(m)),
      root(al),
      root(S - al),
      al / BigInt(2 * m),
    )
  },
  'bh-adjusted-p-for-a-rank': (f) => {
    const [m, k] = figuresOf(f, 'm', 'k')
    const ps = String(f.ps).split(' ').map(Number)
    let q = S
    for (let j = m; j >= k; j--) q = min(q, Q(m * ps[j - 1]!, j * 1e4))
    const p = ps[k - 1]!
    return at(4)(
      q,
      min(S, Q(m * p, k * 1e4)),
      min(S, Q(m * p, 1e4)),
      Q(k * p, m * 1e4),
      Q(p, 1e4),
      min(S, Q((m - k + 1) * p, 1e4)),
      ps.reduce((a, pj, j) => min(a, min(S, Q(m * pj, (j + 1) * 1e4))), S),
    )
  },
  'simpson-mix-standardised-difference': (f) => {
    const [ta, ma, tb, mb, ca, cm, tda, tm] = figuresOf(
      f,
      'ta',
      'ma',
      'tb',
      'mb',
      'ca',
      'cm',
      'tda',
      'tm',
    )
    const all = ta + ma + tb + mb
    const std = Q((ta + tb) * (tda - ca) + (ma + mb) * (tm - cm), all * 100)
    const cD = Q(ta * ca + ma * cm, ta + ma)
    const tD = Q(tb * tda + mb * tm, tb + mb)
    return at(3)(
      std,
      (tD - cD) / 100n,
      Q(tda - ca + tm - cm, 200),
      Q(ta * (tda - ca) + ma * (tm - cm), (ta + ma) * 100),
      Q(tda - ca, 100),
      (cD - tD) / 100n,
    )
  },
  'novelty-steady-state-lift': (f) => {
    const [w1, w2, w3, w4] = figuresOf(f, 'w1', 'w2', 'w3', 'w4')
    return at(2)(
      Q(w3 + w4, 20),
      Q(w1 + w2 + w3 + w4, 40),
      Q(w1, 10),
      Q(w1 + w2, 20),
      Q(w4, 10),
      Q(w2 + w3 + w4, 30),
    )
  },
  'winners-curse-shrinkage': (f) => {
    const [o, t, e] = figuresOf(f, 'obs', 'tau', 'se')
    const key = Q(o * t * t, 10 * (t * t + e * e))
    return at(2)(
      key,
      Q(o, 10),
      Q(o * e * e, 10 * (t * t + e * e)),
      Q(o * t, 10 * (t + e)),
      Q(o, 10) - key,
    )
  },
  'share-of-winners-that-are-false': (f) => {
    const [tests, nul, power] = figuresOf(f, 'tests', 'nul', 'power')
    const fp = tests * nul * 5 // × 10⁻⁴
    const tp = tests * (100 - nul) * power
    return at(1)(
      Q(fp * 100, fp + tp),
      I(5),
      Q(fp * 100, tests * 1e4),
      Q(fp * 100, tp),
      Q(tests * nul * (100 - power) * 100, tests * nul * (100 - power) + tp),
      I(100 - power),
    )
  },
  'full-week-rate-from-weekday-and-weekend': (f) => {
    const [vd, ve, rd, re] = figuresOf(f, 'vd', 've', 'rd', 're')
    return at(3)(
      Q(5 * vd * rd + 2 * ve * re, (5 * vd + 2 * ve) * 100),
      Q(rd, 100),
      Q(rd + re, 200),
      Q(5 * rd + 2 * re, 700),
      Q(vd * rd + ve * re, (vd + ve) * 100),
    )
  },
  'rate-corrected-for-dropped-users': (f) => {
    const [n2, x2, lost, lr] = figuresOf(f, 'n2', 'x2', 'lost', 'lr')
    const xl = Q(lost * lr, 1e4)
    return at(3)(
      div(I(x2) + xl, I(n2 + lost)) * 100n,
      Q(x2 * 100, n2),
      Q(x2 * 100, n2 + lost),
      div(I(x2) + xl, I(n2)) * 100n,
      (Q(x2, n2) + Q(lr, 1e4)) * 50n,
    )
  },
}

// ---- Metrics and lift.
const METRICS: Readonly<Record<string, (f: F) => Expect>> = {
  'absolute-change-from-a-relative-lift': (f) => {
    const [p, rel] = figuresOf(f, 'p', 'rel')
    return at(3)(
      Q(p * (100 + rel), 1e4),
      Q(p + rel * 100, 100),
      Q(p * rel, 1e4),
      Q(p + rel, 100),
      Q(p, 100 - rel),
      Q(p * (100 - rel), 1e4),
      Q(p * rel, 100),
    )
  },
  'incremental-conversions-a-month': (f) => {
    const [v, p, rel] = figuresOf(f, 'v', 'p', 'rel')
    const r = (a: number, b: number) => hq(BigInt(a), BigInt(b))
    return ints(
      r(v * p * rel, 1e6),
      r(v * rel, 100),
      r(v * p * (100 + rel), 1e6),
      r(v * rel, 1e4),
      r(v * p * rel, 2e6),
    )
  },
  'rpv-lift-from-conversion-and-order-value': (f) => {
    const [c, a] = figuresOf(f, 'c', 'a')
    return at(2)(
      Q((100 + c) * (100 + a) - 1e4, 100),
      I(c + a),
      I(c),
      Q(c * a, 100),
      Q((100 + c) * 100, 100 - a) - H,
    )
  },
  'rpv-difference-from-arm-totals': (f) => {
    const [n1, n2, o1, o2, r1, r2] = figuresOf(f, 'n1', 'n2', 'o1', 'o2', 'r1', 'r2')
    return at(2)(
      Q(r2 * n1 - r1 * n2, n1 * n2 * 100),
      Q(r2 * o1 - r1 * o2, o1 * o2 * 100),
      Q(r2 - r1, 100 * n1),
      Q(r2 - r1, 100 * (n1 + n2)),
      Q(r2 - r1, n1 * 100),
    )
  },
  'ratio-metric-from-user-rows': (f) => {
    const rows = [0, 1, 2, 3].map((i) => [Number(f[`s${i}`]), Number(f[`c${i}`])] as const)
    const sS = rows.reduce((a, [s]) => a + s, 0)
    const sC = rows.reduce((a, [, c]) => a + c, 0)
    // Σ cᵢ/sᵢ as one exact fraction over the product of the session counts.
    const prod = rows.reduce((p, [s]) => p * BigInt(s), 1n)
    const num = rows.reduce((a, [s, c]) => a + (BigInt(c) * prod) / BigInt(s), 0n)
    return at(3)(Q(sC, sS), Q(num, prod * 4n), Q(sC, 4), Q(sS, sC), Q(num, prod))
  },
  'cuped-adjusted-arm-mean': (f) => {
    const [y, x, mu, th] = figuresOf(f, 'y', 'x', 'mu', 'th')
    return at(2)(
      Q(100 * y - th * (x - mu), 1e4),
      Q(100 * y + th * (x - mu), 1e4),
      Q(100 * y - th * x, 1e4),
      Q(y - x + mu, 100),
      Q(y, 100),
    )
  },
  'cuped-theta-from-covariance': (f) => {
    const [vx, vy, cov] = figuresOf(f, 'vx', 'vy', 'cov')
    return at(3)(
      Q(cov, vx),
      Q(cov, vy),
      div(I(cov), sqrt(I(vx * vy))),
      Q(vx, cov),
      Q(cov * cov, vx * vx),
    )
  },
  'cuped-variance-share-removed': (f) => {
    const [vx, vy, cov] = figuresOf(f, 'vx', 'vy', 'cov')
    const r2 = Q(cov * cov, vx * vy)
    return at(1)(
      r2 * 100n,
      sqrt(r2) * 100n,
      (S - r2) * 100n,
      Q(cov * cov * 100, vx * vx),
      Q(cov * 100, vy),
    )
  },
  'expected-value-of-a-rollout': (f) => {
    const [base, pw, gg, l] = figuresOf(f, 'base', 'pw', 'g', 'l')
    return at(0)(
      Q(base * (pw * gg - (100 - pw) * l), 1e5),
      Q(base * gg, 1000),
      Q(base * pw * gg, 1e5),
      Q(base * (gg - l), 1000),
      Q(base * (pw * gg + (100 - pw) * l), 1e5),
    )
  },
  'guardrail-one-sided-upper-bound': (f) => {
    const [n1, n2, q1, q2] = figuresOf(f, 'n1', 'n2', 'q1', 'q2')
    const v = (q: number, n: number) => Q(q * (1e4 - q), 1e8 * n)
    const se = sqrt(v(q1, n1) + v(q2, n2))
    const d = Q(q2 - q1, 1e4)
    return at(3)(
      mul(d + mul(Z(1645), se), H),
      mul(d + mul(Z(1960), se), H),
      mul(d, H),
      mul(d - mul(Z(1645), se), H),
      mul(d + mul(Z(1645), sqrt(v(q2, n2))), H),
      mul(d + mul(Z(1645), sqrt(v(q1, n1)) + sqrt(v(q2, n2))), H),
      mul(d + mul(Z(3290), se), H),
    )
  },
  'site-wide-lift-after-a-partial-rollout': (f) => {
    const [rel, fr] = figuresOf(f, 'rel', 'f')
    return at(2)(Q(rel * fr, 100), I(rel), Q(rel * 100, fr), Q(rel * (100 - fr), 100), Q(rel, 2))
  },
  'net-value-with-cannibalisation': (f) => {
    const [u, m1, d, m2] = figuresOf(f, 'up1', 'm1', 'down', 'm2')
    return at(2)(
      I(u * m1 - d * m2),
      I(u * m1),
      I((u - d) * m1),
      I(u * m1 + d * m2),
      I((u - d) * m2),
    )
  },
  'cost-of-running-a-losing-arm': (f) => {
    const [v, p, pt, val] = figuresOf(f, 'v', 'p', 'pt', 'val')
    return at(2)(
      Q(v * (p - pt) * val, 2e4),
      Q(v * (p - pt) * val, 1e4),
      Q(v * (p - pt) * val, 2e6),
      Q(v * pt * val, 2e4),
      Q(v * (p - pt) * val, 2 * p),
    )
  },
  'break-even-relative-lift': (f) => {
    const [cost, base, yrs] = figuresOf(f, 'cost', 'base', 'yrs')
    return at(2)(
      Q(cost * 100, base * yrs),
      Q(cost * 100, base),
      Q(cost * 100 * yrs, base),
      Q(base * yrs, cost * 100),
      Q(cost * 100, base * yrs + cost),
    )
  },
  'net-revenue-per-visitor-after-refunds': (f) => {
    const [v, rev, ref] = figuresOf(f, 'v', 'rev', 'ref')
    return at(2)(
      Q(rev * (100 - ref), 100 * v),
      Q(rev, v),
      Q(rev - ref * v, v),
      Q(rev * ref, 100 * v),
      Q(rev * 100, v * (100 + ref)),
    )
  },
  'relative-change-of-a-falling-rate': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    return at(2)(
      Q((b - a) * 100, a),
      Q(b - a, 100),
      Q((b - a) * 100, b),
      Q((a - b) * 100, a),
      Q(b * 100, a),
      Q((b - a) * 200, a + b),
      Q((a - b) * 100, 1e4 - a),
    )
  },
  'revenue-per-user-with-non-payers': (f) => {
    const [users, payers, rev, sessions] = figuresOf(f, 'users', 'payers', 'rev', 'sessions')
    return at(2)(
      Q(rev, 100 * users),
      Q(rev, 100 * payers),
      Q(rev, 100 * (users - payers)),
      Q(rev, 100 * (users + payers)),
      Q(rev, 100 * sessions),
      Q(rev, 200 * users),
    )
  },
  'order-value-change-from-rpv-and-conversion': (f) => {
    const [r, c] = figuresOf(f, 'r', 'c')
    return at(2)(
      Q((100 + r) * 100, 100 + c) - H,
      I(r - c),
      I(r + c),
      Q((100 + c) * 100, 100 + r) - H,
      Q((100 + r) * (100 + c), 100) - H,
    )
  },
}

// ---- Bayesian and sequential basics.
const BAYES: Readonly<Record<string, (f: F) => Expect>> = {
  'beta-posterior-mean': (f) => {
    const [a, b, m, x] = figuresOf(f, 'a', 'b', 'm', 'x')
    return at(3)(
      Q((a + x) * 100, a + b + m),
      Q(x * 100, m),
      Q(a * 100, a + b),
      Q((a + x) * 100, a + b + x),
      Q((a + x) * 100, b + m - x),
      Q((a + x) * 100, a + m),
    )
  },
  'beta-posterior-second-parameter': (f) => {
    const [a, b, m, x] = figuresOf(f, 'a', 'b', 'm', 'x')
    return ints(b + m - x, b + m, b + x, m - x, a + b + m - x, a + m - x)
  },
  'posterior-mean-difference-of-two-arms': (f) => {
    const [a, b, m1, m2, x1, x2] = figuresOf(f, 'a', 'b', 'm1', 'm2', 'x1', 'x2')
    const pm1 = Q(a + x1, a + b + m1)
    return at(3)(
      (Q(a + x2, a + b + m2) - pm1) * 100n,
      (Q(x2, m2) - Q(x1, m1)) * 100n,
      (Q(a + x2, a + b + m1) - pm1) * 100n,
      (Q(a + x2, a + b + m2 + x2) - Q(a + x1, a + b + m1 + x1)) * 100n,
      (Q(x2, a + b + m2) - Q(x1, a + b + m1)) * 100n,
    )
  },
  'probability-better-by-normal-approximation': (f) => {
    const [sa, sb, diff] = figuresOf(f, 'sa', 'sb', 'diff')
    const s = Number(isqrt(BigInt(sa * sa + sb * sb)))
    const z2 = (den: number) => hq(BigInt(diff * 100), BigInt(den)) // z to two places, in hundredths
    const tab = (den: number) => Q(hq(Phi(Q(z2(den), 100)) * 10000n, S), 10000)
    const t0 = tab(10 * s)
    return at(4)(t0, S - t0, tab(10 * (sa + sb)), tab(10 * sb), 2n * (S - t0), 2n * t0 - S)
  },
  'expected-loss-from-a-scenario-table': (f) => {
    const [p1, p2, p3, o1, o2, o3] = figuresOf(f, 'p1', 'p2', 'p3', 'o1', 'o2', 'o3')
    const mean = Q(p1 * o1 + p2 * o2 + p3 * o3, 1000)
    return at(3)(Q(p1 * -o1, 1000), -mean, Q(-o1, 10), Q(-o1, 30), mean)
  },
  'beta-posterior-standard-deviation': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    const t = BigInt(a + b)
    const ab = BigInt(a * b)
    const key = sqrt(Q(ab, t * t * (t + 1n))) * 100n
    return at(4)(
      key,
      sqrt(Q(ab, t * t * t)) * 100n,
      Q(ab * 10000n, t * t * (t + 1n)),
      sqrt(Q(ab, t * t)) * 100n,
      2n * key,
    )
  },
  'prior-parameters-from-mean-and-weight': (f) => {
    const [mean, ess] = figuresOf(f, 'mean', 'ess')
    return at(2)(
      Q(mean * ess, 1e4),
      Q((1e4 - mean) * ess, 1e4),
      Q(mean, 100),
      Q(mean * ess, 2e4),
      Q(mean * ess, 1e6),
      Q(mean * ess + 1e4, 1e4),
    )
  },
  'sprt-upper-boundary': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    const up = Q(100 - b, a)
    return at(3)(
      ln(up),
      ln(Q(b, 100 - a)),
      ln(Q(100, a)),
      up,
      div(ln(up), ln(I(10))),
      ln(Q(100 - a, b)),
    )
  },
  'sprt-log-likelihood-ratio': (f) => {
    const [p0, p1, m, x] = figuresOf(f, 'p0', 'p1', 'm', 'x')
    const hit = ln(Q(p1, p0))
    const miss = ln(Q(1e4 - p1, 1e4 - p0))
    return at(3)(
      hit * BigInt(x) + miss * BigInt(m - x),
      hit * BigInt(x),
      -hit * BigInt(x) - miss * BigInt(m - x),
      hit * BigInt(x) + miss * BigInt(m),
      hit * BigInt(x) - miss * BigInt(m - x),
      div(hit * BigInt(x) + miss * BigInt(m - x), ln(I(10))),
      miss * BigInt(m - x),
    )
  },
  'obrien-fleming-boundary-at-a-look': (f) => {
    const [K, c, k] = figuresOf(f, 'K', 'c', 'k')
    return at(3)(
      mul(Z(c), sqrt(Q(K, k))),
      mul(Z(c), sqrt(Q(k, K))),
      Z(c),
      Q(c * K, 1000 * k),
      Z(1960),
      mul(Z(c), sqrt(I(K))),
      mul(Z(1960), sqrt(Q(K, k))),
    )
  },
  'linear-alpha-spending-increment': (f) => {
    const [a, t1, t2] = figuresOf(f, 'a', 't1', 't2')
    return at(4)(
      Q(a * (t2 - t1), 1e4),
      Q(a * t2, 1e4),
      Q(a * t1, 1e4),
      Q(a, 200),
      Q(a * (100 - t2), 1e4),
    )
  },
  'information-fraction-at-an-interim-look': (f) => {
    const [per, a, b] = figuresOf(f, 'per', 'got1', 'got2')
    return at(2)(
      Q((a + b) * 100, 2 * per),
      Q((a + b) * 100, per),
      Q(a * 100, per),
      Q(Math.max(a, b) * 100, per),
      Q(b * 100, 2 * per),
      Q(Math.min(a, b) * 100, per),
    )
  },
  'normal-posterior-standard-deviation': (f) => {
    const [t, e] = figuresOf(f, 'tau', 'se')
    return at(3)(
      div(I(t * e), sqrt(I(t * t + e * e))) / 10n,
      Q(t * e, 10 * (t + e)),
      Q(Math.min(t, e), 10),
      Q(t + e, 20),
      Q(t * t * e * e, 100 * (t * t + e * e)),
    )
  },
  'normal-posterior-mean-with-a-prior': (f) => {
    const [mu, t, o, e] = figuresOf(f, 'mu', 'tau', 'obs', 'se')
    const T = t * t + e * e
    return at(2)(
      Q(e * e * mu + t * t * o, 10 * T),
      Q(mu + o, 20),
      Q(t * t * mu + e * e * o, 10 * T),
      Q(o, 10),
      Q(mu * e + o * t, 10 * (e + t)),
    )
  },
  'posterior-probability-from-a-likelihood-ratio': (f) => {
    const [prior, lr2] = figuresOf(f, 'prior', 'lr')
    return at(2)(
      Q(prior * lr2 * 100, prior * lr2 + 2 * (100 - prior)),
      Q(lr2 * 100, 2 + lr2),
      min(I(100), Q(prior * lr2, 2)),
      I(prior),
      Q(prior * lr2 * 100, 2 * (100 - prior)),
    )
  },
  'thompson-share-from-draw-counts': (f) => {
    const [a, b, c, next, i] = figuresOf(f, 'a', 'b', 'c', 'next', 'i')
    const arms = [a, b, c]
    const total = a + b + c
    const r = (x: number, y: number) => hq(BigInt(x), BigInt(y))
    return ints(
      r(next * arms[i]!, total),
      r(next, 3),
      r(next * arms[i]!, total - arms[i]!),
      arms[i]!,
      r(next * arms[i]!, Math.max(a, b, c)),
    )
  },
  'beta-posterior-mode': (f) => {
    const [a, b, m, x] = figuresOf(f, 'a', 'b', 'm', 'x')
    return at(3)(
      Q((a + x - 1) * 100, a + b + m - 2),
      Q((a + x) * 100, a + b + m),
      Q(x * 100, m),
      Q((a + x - 1) * 100, a + b + m),
      Q((a + x) * 100, a + b + m - 2),
      Q((a - 1) * 100, a + b - 2),
    )
  },
}

const SECOND: Readonly<Record<string, (f: F) => Expect>> = {
  ...DESIGN,
  ...SIGNIFICANCE,
  ...SECOND_PITFALLS,
  ...METRICS,
  ...BAYES,
}

describeEngineIndependent('A/B testing scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    second: SECOND,
    route: 'BigInt fixed point',
    digest,
    models: ABTEST_MODELS,
    engines,
  })
})
