import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { COST_FAMILIES } from '../../../src/assessment/models/pricing/cost-families.js'
import { ELASTICITY_FAMILIES } from '../../../src/assessment/models/pricing/elasticity-families.js'
import { PRICING_MODELS } from '../../../src/assessment/models/pricing/pricing-models.js'
import type { PricingScenario } from '../../../src/assessment/models/pricing/pricing-text.js'
import { PROMO_FAMILIES } from '../../../src/assessment/models/pricing/promo-families.js'
import { TIER_FAMILIES } from '../../../src/assessment/models/pricing/tier-families.js'
import { VALUE_FAMILIES } from '../../../src/assessment/models/pricing/value-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { halfAwayQuotient as q } from './second-route-arithmetic.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...COST_FAMILIES,
  ...ELASTICITY_FAMILIES,
  ...TIER_FAMILIES,
  ...PROMO_FAMILIES,
  ...VALUE_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<PricingScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Exact arithmetic in BigInt, rounded half away from zero; nothing shared with the families.
const B = BigInt
/** `n1 × n2 × … ÷ (d1 × d2 × …)` to the nearest whole unit. */
const r = (nums: readonly number[], dens: readonly number[] = [1]) =>
  q(
    nums.reduce((p, x) => p * B(x), 1n),
    dens.reduce((p, x) => p * B(x), 1n),
  )
/** `a ÷ b` rounded up, both positive. */
const up = (a: number, b: number) => {
  const [x, y] = [B(a), B(b)]
  return Number(x / y + (x % y === 0n ? 0n : 1n))
}
function fmt(c: number): string {
  const sign = c < 0 ? '-' : ''
  const a = Math.abs(c)
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${whole}.${String(a % 100).padStart(2, '0')}`
}
const digest = (text: string) => text.replace(/[€$£%]/g, '').replace(/ (units|tasks)$/, '')
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

type F = Readonly<Record<string, number | string>>
type Expect = { readonly key: string; readonly wrong: readonly string[] }
/** Answers in cents, basis points or hundredths: all shown to two places. */
const two = (key: number, ...wrong: number[]): Expect => ({ key: fmt(key), wrong: wrong.map(fmt) })
const whole = (key: number, ...wrong: number[]): Expect => ({
  key: count(key),
  wrong: wrong.map(count),
})
const n = (f: F, k: string) => Number(f[k])
const H = 10000
/** `x` percent in basis points of `c`, to the cent. */
const of = (c: number, b: number) => r([c, b], [H])

const COST: Readonly<Record<string, (f: F) => Expect>> = {
  'markup-to-margin': (f) => {
    const k = n(f, 'mk')
    return two(r([k, H], [H + k]), k, r([k, H], [H - k]), r([H, H], [H + k]), H - k)
  },
  'margin-to-markup': (f) => {
    const g = n(f, 'g')
    return two(
      r([g, H], [H - g]),
      g,
      r([g, H], [H + g]),
      r([H, H], [H - g]),
      H - g,
      r([H, H], [H + g]),
      r([H - g, H], [g]),
    )
  },
  'vat-inclusive-price-from-margin': (f) => {
    const [mat, lab, oh, g] = figuresOf(f, 'mat', 'lab', 'oh', 'g')
    const c = mat + lab + oh
    const v = (p: number) => r([p, 12], [10])
    return two(
      v(r([c, H], [H - g])),
      r([c, H], [H - g]),
      v(r([c, H + g], [H])),
      v(r([mat + lab, H], [H - g])),
      r([c, H], [8000 - g]),
      v(r([v(c), H], [H - g])),
      r([c, 12000], [H - r([g, 12], [10])]),
      ((x: number) => x - r([x, 2], [10]))(r([c, H], [H - g])),
    )
  },
  'job-quote-cost-plus': (f) => {
    const [mat, h, rate, o, k] = figuresOf(f, 'mat', 'h', 'rate', 'o', 'k')
    const lab = h * rate
    const oh = of(lab, o)
    return two(
      of(mat + lab + oh, H + k),
      of(mat + lab, H + k),
      of(of(mat + lab, H + o), H + k),
      of(mat + lab, H + k) + oh,
      r([mat + lab + oh, H], [H - k]),
      mat + oh + of(lab, H + k),
    )
  },
  'margin-after-trade-discount': (f) => {
    const [list, d, c] = [n(f, 'list'), n(f, 'd'), n(f, 'c')]
    const net = list - of(list, d)
    const lm = r([list - c, H], [list])
    return two(r([net - c, H], [net]), lm, r([net - c, H], [c]), lm - d, r([net - c, H], [list]))
  },
  'extra-units-after-price-cut': (f) => {
    const [p, c, d, v] = [n(f, 'p'), n(f, 'c'), n(f, 'd'), n(f, 'v')]
    const pn = p - of(p, d)
    const need = up(v * (p - c), pn - c)
    // The margin-only slip: volume × (1 + cut ÷ margin), with the cut and margin as fractions of price.
    const slip = up(v * ((p - c) * H + d * p), (p - c) * H) - v
    return whole(
      need - v,
      need,
      up(v * p, pn) - v,
      up(v * d, H),
      slip,
      up(v * d * c, (p - c) * H - d * c),
      up(v * (p - c), p - pn),
    )
  },
  'units-to-hold-profit-after-price-rise': (f) => {
    const [p, c, rise, v] = [n(f, 'p'), n(f, 'c'), n(f, 'r'), n(f, 'v')]
    const pr = p + of(p, rise)
    return whole(
      up(v * (p - c), pr - c),
      up(v * (H - rise), H),
      up(v * p, pr),
      v,
      up(v * ((p - c) * H - rise * p), (p - c) * H),
    )
  },
  'break-even-units-target-profit-after-tax': (f) => {
    const [fx, t, tax, p, c, k] = figuresOf(f, 'f', 't', 'tax', 'p', 'c', 'k')
    const cm = p - c - of(p, k)
    const pre = r([t, H], [H - tax])
    return whole(
      up(fx + pre, cm),
      up(fx + t, cm),
      up(fx + pre, p - c),
      up(fx + pre, p),
      up(r([fx + t, H], [H - tax]), cm),
      up(fx, cm),
    )
  },
  'break-even-revenue-with-payment-fee': (f) => {
    const [fx, p, v, fp] = [n(f, 'f'), n(f, 'p'), n(f, 'v'), n(f, 'fp')]
    const vc = v + of(p, fp)
    return two(
      r([fx, p], [p - vc]),
      r([fx, p], [p - v]),
      r([fx, p + vc], [p]),
      r([fx, p], [vc]),
      r([fx, vc], [p - vc]),
      r([fx, H], [H - fp]),
      r([fx, p], [p - v - of(v, fp)]),
      r([fx, p], [p - v - 2 * of(p, fp)]),
    )
  },
  'blended-margin-of-a-mix': (f) => {
    const ls = [0, 1, 2].map((i) => ({ u: n(f, `u${i}`), p: n(f, `p${i}`), g: n(f, `g${i}`) }))
    const rev = ls.map((l) => B(l.u) * B(l.p))
    const tot = rev.reduce((a, b) => a + b, 0n)
    const gp = ls.reduce((a, l, i) => a + rev[i]! * B(l.g), 0n)
    let big = 0
    for (let i = 1; i < 3; i++) if (rev[i]! > rev[big]!) big = i
    const su = ls.reduce((a, l) => a + l.u, 0)
    const sp = ls.reduce((a, l) => a + l.p, 0)
    return two(
      q(gp, tot),
      r([ls[0]!.g + ls[1]!.g + ls[2]!.g], [3]),
      q(B(ls.reduce((a, l) => a + l.u * l.g, 0)), B(su)),
      ls[big]!.g,
      q(B(ls.reduce((a, l) => a + l.p * l.g, 0)), B(sp)),
    )
  },
  'marketplace-price-for-margin-after-fees': (f) => {
    const [c, s, fee, g, p] = figuresOf(f, 'c', 's', 'f', 'g', 'p')
    const all = c + s + fee
    const key = r([all, H], [H - g - p])
    return two(
      key,
      r([all, H], [H - g]),
      r([c + s, H], [H - g - p]),
      of(all, H + g + p),
      key + fee,
      r([all, H], [H - g - 2 * p]),
    )
  },
  'markup-chain-to-shelf-price': (f) => {
    const [c, a, b] = [n(f, 'c'), n(f, 'a'), n(f, 'b')]
    const w = of(c, H + a)
    return two(
      of(w, H + b),
      of(c, H + a + b),
      r([r([c, H], [H - a]), H], [H - b]),
      of(c, H + b),
      r([w, H], [H - b]),
      w,
    )
  },
  'gross-profit-change-after-cut-and-lift': (f) => {
    const [p, c, v, d, u] = figuresOf(f, 'p', 'c', 'v', 'd', 'u')
    const pn = p - of(p, d)
    const v2 = r([v, H + u], [H])
    return two(
      v2 * (pn - c) - v * (p - c),
      v2 * pn - v * p,
      v * (pn - p),
      r([v, p - c, u - d], [H]),
      (v2 - v) * (p - c),
    )
  },
  'price-to-keep-margin-after-cost-rise': (f) => {
    const [p, c, c2] = [n(f, 'p'), n(f, 'c'), n(f, 'c2')]
    // Keeping the margin keeps cost ÷ price: new price = new cost × price ÷ cost.
    return two(
      r([c2, p], [c]),
      p + c2 - c,
      r([c2, 2 * p - c], [p]),
      r([c2, c], [2 * c - p]),
      of(p, H + r([c2 - c, H], [p])),
      r([c2, p], [p - c]),
      p,
    )
  },
  'largest-discount-above-margin-floor': (f) => {
    const [p, c, fl] = [n(f, 'p'), n(f, 'c'), n(f, 'f')]
    // The lowest price is cost ÷ (1 − floor); the discount is what list loses to reach it.
    const lowest = [c * H, H - fl] as const
    return two(
      r([p * (H - fl) - c * H, H], [p * (H - fl)]),
      r([p - c, H], [p]) - fl,
      r([p * H - c * (H + fl), H], [p * H]),
      r([p - c, H], [p]),
      r([p * lowest[1] - lowest[0]], [c]),
    )
  },
  'cost-plus-with-fixed-cost-allocation': (f) => {
    const [v, fx, qc, qq, k] = figuresOf(f, 'v', 'fx', 'qc', 'q', 'k')
    const unit = v + r([fx], [qq])
    return two(
      of(unit, H + k),
      of(v, H + k),
      of(v + r([fx], [qc]), H + k),
      of(v, H + k) + r([fx], [qq]),
      r([unit, H], [H - k]),
      unit,
    )
  },
}

// Elasticities in hundredths; volumes to the nearest unit.
const arc = (dq: number, qs: number, dp: number, ps: number) => r([dq, ps, 100], [dp, qs])
const ELASTICITY: Readonly<Record<string, (f: F) => Expect>> = {
  'arc-elasticity-midpoint': (f) => {
    const [p1, p2, q1, q2] = [n(f, 'p1'), n(f, 'p2'), n(f, 'q1'), n(f, 'q2')]
    const [dp, dq] = [p2 - p1, q1 - q2]
    return two(
      arc(dq, q1 + q2, dp, p1 + p2),
      arc(dq, q1, dp, p1),
      arc(dq, q2, dp, p2),
      arc(dp, p1 + p2, dq, q1 + q2),
      arc(dq, 2 * q1, dp, p1 + p2),
    )
  },
  'point-elasticity-linear-demand': (f) => {
    const [a, b, p] = [n(f, 'a'), n(f, 'b'), n(f, 'p')]
    const qq = a - b * p
    return two(
      r([b, p, 100], [qq]),
      100 * b,
      r([b, qq, 100], [p]),
      r([b, p, 100], [a]),
      r([qq, 100], [b, p]),
    )
  },
  'revenue-after-price-rise-with-elasticity': (f) => {
    const [rev, e, rise] = [n(f, 'rev'), n(f, 'e'), n(f, 'r')]
    // Volume falls by e × rise: e in hundredths, rise in basis points.
    const vol = (sign: number) => 100 * H + sign * e * rise
    return two(
      r([rev, H + rise, vol(-1)], [H, 100 * H]),
      r([rev, H + rise], [H]),
      r([rev, 100 * H + 100 * rise - e * rise], [100 * H]),
      r([rev, vol(-1)], [100 * H]),
      r([rev, H + rise, vol(1)], [H, 100 * H]),
    )
  },
  'profit-maximising-price-linear-demand': (f) => {
    const [a, b, c] = [n(f, 'a'), n(f, 'b'), n(f, 'c')]
    // Enumerate every cent from cost to the choke price and keep the best profit.
    let best = c
    let top = -1n
    for (let p = c; p <= r([a, 100], [b]); p++) {
      const pr = B(p - c) * (B(a * 100) - B(b * p))
      if (pr >= top) [top, best] = [pr, p]
    }
    return two(best, r([a * 100], [2 * b]), c + r([a * 100], [2 * b]), r([a * 100], [b]), 2 * c)
  },
  'volume-after-price-cut-with-elasticity': (f) => {
    const [v, e, d] = [n(f, 'v'), n(f, 'e'), n(f, 'd')]
    return whole(
      r([v, 100 * H + e * d], [100 * H]),
      r([v, H * e + 100 * d], [H * e]),
      r([v, H + d], [H]),
      r([v, 100 * H - e * d], [100 * H]),
      r([v, H + 100 * e], [H]),
    )
  },
  'cross-price-elasticity-midpoint': (f) => {
    const [p1, p2, q1, q2] = [n(f, 'p1'), n(f, 'p2'), n(f, 'q1'), n(f, 'q2')]
    const [dp, dq] = [p2 - p1, q2 - q1]
    return two(
      arc(dq, q1 + q2, dp, p1 + p2),
      arc(dq, q1, dp, p1),
      arc(dq, q2, dp, p2),
      arc(dp, p1 + p2, dq, q1 + q2),
      arc(dq, 2 * q2, dp, p1 + p2),
    )
  },
  'break-even-elasticity-for-a-cut': (f) => {
    const [g, d] = [n(f, 'g'), n(f, 'd')]
    // Lift ÷ cut = (d ÷ (g − d)) ÷ d.
    const el = (den: number) => r([d, H, 100], [den, d])
    return two(
      el(g - d),
      el(g),
      100,
      el(g + d),
      el(H - d),
      r([d, 100], [g - d]),
      r([g - d, 100], [H]),
    )
  },
  'price-from-elasticity-markup-rule': (f) => {
    const [c, e] = [n(f, 'c'), n(f, 'e')]
    // P = MC ÷ (1 − 1/e).
    return two(
      r([c, e], [e - 100]),
      r([c, e + 100], [e]),
      r([c, e], [100]),
      2 * c,
      r([c, e + 100], [e - 100]),
    )
  },
  'linear-demand-forecast-from-two-prices': (f) => {
    const [p1, p2, p3, q1, q2] = figuresOf(f, 'p1', 'p2', 'p3', 'q1', 'q2')
    // The line's units per cent, applied from the second point.
    const q3 = q2 - r([q1 - q2, p3 - p2], [p2 - p1])
    return whole(
      q3,
      r([q2, p2], [p3]),
      2 * q2 - q1,
      q2 - r([q1 - q2, p3 - p1], [p2 - p1]),
      q2 + r([q1 - q2, p3 - p2], [p2 - p1]),
    )
  },
  'simple-elasticity-from-promotion': (f) => {
    const [d, u] = [n(f, 'd'), n(f, 'u')]
    return two(
      r([u, 100], [d]),
      r([d, 100], [u]),
      r([u, 2 * H - d, 100], [d, 2 * H + u]),
      r([u - d, 100], [d]),
      r([u, 100], [H - d]),
    )
  },
  'constant-elasticity-volume': (f) => {
    const [e, p1, p2, q1] = [n(f, 'e'), n(f, 'p1'), n(f, 'p2'), n(f, 'q1')]
    const pw = (x: number, k: number) => Array.from({ length: k }, () => x)
    return whole(
      r([q1, ...pw(p1, e)], pw(p2, e)),
      r([q1, p1 - e * (p2 - p1)], [p1]),
      r([q1, p1], [p2]),
      r([q1, ...pw(p1, e - 1)], pw(p2, e - 1)),
      r([q1, 2 * p1 - p2], [p1]),
      r([q1, ...pw(p2, e)], pw(p1, e)),
      r([q1, ...pw(p1, e + 1)], pw(p2, e + 1)),
    )
  },
  'best-price-from-forecast-table': (f) => {
    const c = n(f, 'c')
    const ps = String(f.prices).split(',').map(Number)
    const qs = String(f.qs).split(',').map(Number)
    const arg = (score: (i: number) => number) => {
      let at = 0
      for (let i = 1; i < ps.length; i++) if (score(i) > score(at)) at = i
      return ps[at]!
    }
    return two(
      arg((i) => (ps[i]! - c) * qs[i]!),
      arg((i) => ps[i]! * qs[i]!),
      ps[0]!,
      ps[4]!,
      arg((i) => (ps[i]! - 2 * c) * qs[i]!),
    )
  },
  'revenue-change-percent-after-cut': (f) => {
    const [e, d] = [n(f, 'e'), n(f, 'd')]
    return two(
      r([H - d, 100 * H + e * d], [100 * H]) - H,
      r([d, e - 100], [100]),
      r([d, e], [100]),
      r([H - d, 100 * H - e * d], [100 * H]) - H,
      -d,
      ((nr: number) => r([nr - H, H], [nr]))(r([H - d, 100 * H + e * d], [100 * H])),
    )
  },
  'revenue-neutral-lift-for-a-cut': (f) => {
    const [d, g] = [n(f, 'd'), n(f, 'g')]
    return two(
      r([d, H], [H - d]),
      d,
      r([d, H], [H + d]),
      r([d, H], [g - d]),
      r([d, H], [g]),
      r([d, H], [H - g]),
    )
  },
  'choke-price-from-two-points': (f) => {
    const [p1, p2, q1, q2] = [n(f, 'p1'), n(f, 'p2'), n(f, 'q1'), n(f, 'q2')]
    // Price rises by (p2 − p1) for each (q1 − q2) units lost; q1 units are left to lose.
    const rise = r([q1, p2 - p1], [q1 - q2])
    return two(
      p1 + rise,
      rise,
      r([p1 + rise], [2]),
      p2 + rise,
      r([p1, q1], [q1 - q2]),
      p1 + r([q2, p2 - p1], [q1 - q2]),
    )
  },
  'price-for-target-volume': (f) => {
    const [p0, b, q0, qq] = [n(f, 'p0'), n(f, 'b'), n(f, 'q0'), n(f, 'q')]
    const cut = r([qq - q0, 100], [b])
    return two(
      p0 - cut,
      p0 + cut,
      r([p0, q0], [qq]),
      p0 - r([p0, qq - q0], [q0]),
      p0 - (qq - q0) * b,
    )
  },
}

// ---- Customer choices by enumeration: each segment's options, with "nothing" as an option of
// price 0 and surplus 0, sorted by surplus and then price, both descending (a tie to the dearer).
type Seg = { readonly n: number; readonly w: readonly number[] }
const segsOf = (f: F, count: number, opts: number) =>
  Array.from({ length: count }, (_, i) => ({
    n: n(f, `n${i}`),
    w: Array.from({ length: opts }, (_, j) => n(f, `w${i}${j}`)),
  }))
function chosen(prices: readonly number[], w: readonly number[], how: string): number {
  const opts = prices.map((p, i) => ({ i, p, s: w[i]! - p }))
  if (how === 'surplus') {
    const all = [...opts, { i: -1, p: 0, s: 0 }].sort((a, b) => b.s - a.s || b.p - a.p)
    return all[0]!.i
  }
  const ok = opts
    .filter((o) => o.s >= 0)
    .sort((a, b) => (how === 'dearest' ? b.p - a.p : a.p - b.p))
  return ok.length ? ok[0]!.i : -1
}
const take = (segs: readonly Seg[], prices: readonly number[], how: string) =>
  segs.reduce((a, s) => {
    const i = chosen(prices, s.w, how)
    return a + (i < 0 ? 0 : s.n * prices[i]!)
  }, 0)
/** The single price among `cands` with the greatest score, a tie to the dearer. */
const argBest = (cands: readonly number[], score: (p: number) => number) =>
  [...cands].sort((a, b) => score(b) - score(a) || b - a)[0]!
const buy = (segs: readonly Seg[], j: number, p: number) =>
  segs.filter((s) => s.w[j]! >= p).reduce((a, s) => a + s.n, 0)
const tierPricesOf = (f: F) => [n(f, 'p0'), n(f, 'p1'), n(f, 'p2')]

const TIERS: Readonly<Record<string, (f: F) => Expect>> = {
  'pure-bundle-best-price-revenue': (f) => {
    const segs = segsOf(f, 3, 2)
    const bundled = segs.map((s) => ({ n: s.n, w: [s.w[0]! + s.w[1]!] }))
    const tot = bundled.map((s) => s.w[0]!)
    const rev = (p: number) => p * buy(bundled, 0, p)
    const sep = [0, 1].reduce(
      (a, j) => a + Math.max(...segs.map((s) => s.w[j]! * buy(segs, j, s.w[j]!))),
      0,
    )
    return two(
      Math.max(...tot.map(rev)),
      bundled.reduce((a, s) => a + s.n * s.w[0]!, 0),
      sep,
      rev(Math.max(...tot)),
      rev(Math.min(...tot)),
    )
  },
  'mixed-bundle-revenue': (f) => {
    const segs = segsOf(f, 3, 2)
    const [pa, pb, pab] = [n(f, 'pa'), n(f, 'pb'), n(f, 'pab')]
    const three = segs.map((s) => ({ n: s.n, w: [s.w[0]!, s.w[1]!, s.w[0]! + s.w[1]!] }))
    const ps = [pa, pb, pab]
    return two(
      take(three, ps, 'surplus'),
      take(three, ps, 'dearest'),
      take(three, ps, 'cheapest'),
      segs.reduce((a, s) => a + s.n * ((s.w[0]! >= pa ? pa : 0) + (s.w[1]! >= pb ? pb : 0)), 0),
      three.reduce((a, s) => a + (s.w[2]! >= pab ? s.n * pab : 0), 0),
      three.filter((s) => chosen(ps, s.w, 'surplus') === 2).reduce((a, s) => a + s.n * pab, 0),
    )
  },
  'single-price-profit-from-wtp': (f) => {
    const c = n(f, 'c')
    const segs = segsOf(f, 5, 1)
    const vals = segs.map((s) => s.w[0]!)
    const size = segs.reduce((a, s) => a + s.n, 0)
    return two(
      argBest(vals, (p) => (p - c) * buy(segs, 0, p)),
      argBest(vals, (p) => p * buy(segs, 0, p)),
      Math.max(...vals),
      Math.min(...vals),
      r([segs.reduce((a, s) => a + s.n * s.w[0]!, 0)], [size]),
      2 * c,
      argBest(vals, (p) => (p - c) * segs.find((s) => s.w[0] === p)!.n),
      argBest(vals, (p) => segs.find((s) => s.w[0] === p)!.n),
    )
  },
  'tier-set-revenue': (f) => {
    const segs = segsOf(f, 4, 3)
    const ps = tierPricesOf(f)
    return two(
      take(segs, ps, 'surplus'),
      take(segs, ps, 'dearest'),
      take(segs, ps, 'cheapest'),
      segs.reduce((a, s) => a + s.n * Math.max(...s.w), 0),
      segs.reduce((a, s) => a + (s.w[2]! >= ps[2]! ? s.n * ps[2]! : 0), 0),
    )
  },

  'middle-tier-revenue-change': (f) => {
    const segs = segsOf(f, 4, 3)
    const ps = tierPricesOf(f)
    const outer = segs.map((s) => ({ n: s.n, w: [s.w[0]!, s.w[2]!] }))
    const two2 = [ps[0]!, ps[2]!]
    const delta = (how: string) => take(segs, ps, how) - take(outer, two2, how)
    const plus = segs.filter((s) => chosen(ps, s.w, 'surplus') === 1).reduce((a, s) => a + s.n, 0)
    return two(
      delta('surplus'),
      plus * ps[1]!,
      take(segs, ps, 'surplus'),
      delta('dearest'),
      delta('cheapest'),
    )
  },
  'versioning-pro-price-cap': (f) => {
    const [lb, lp, hb, hp] = [n(f, 'lb'), n(f, 'lp'), n(f, 'hb'), n(f, 'hp')]
    // Enumerate Pro prices cent by cent down from the professionals' value until Pro wins.
    let pro = hp
    while (hp - pro < hb - lb) pro--
    return two(pro, hp, hp - hb, lp, lb + hp - lp, hb)
  },
  'student-price-net-revenue-gain': (f) => {
    const [p, d, n1, n2, leak] = figuresOf(f, 'p', 'd', 'n1', 'n2', 'leak')
    const st = p - of(p, d)
    const sw = r([n1, leak], [H])
    const after = (n1 - sw) * p + (n2 + sw) * st
    return two(
      after - n1 * p,
      n2 * st,
      n2 * st - sw * p,
      after,
      n2 * p - sw * (p - st),
      n2 * st - n1 * (p - st),
      n2 * st + sw * st,
    )
  },
  'revenue-max-single-price-revenue': (f) => {
    const segs = segsOf(f, 5, 1)
    const vals = segs.map((s) => s.w[0]!)
    const rev = (p: number) => p * buy(segs, 0, p)
    const best = argBest(vals, rev)
    return two(
      rev(best),
      segs.reduce((a, s) => a + s.n * s.w[0]!, 0),
      rev(Math.max(...vals)),
      rev(Math.min(...vals)),
      best * segs.reduce((a, s) => a + s.n, 0),
      best * segs.filter((s) => s.w[0] === best).reduce((a, s) => a + s.n, 0),
      segs.filter((s) => s.w[0]! >= best).reduce((a, s) => a + s.n * s.w[0]!, 0),
    )
  },
  'highest-bundle-price-a-segment-takes': (f) => {
    const [pa, pb, a, b] = [n(f, 'pa'), n(f, 'pb'), n(f, 'a'), n(f, 'b')]
    // Step the bundle price down from the bundle value until the bundle is the segment's choice.
    let x = a + b
    while (chosen([x, pa, pb, pa + pb], [a + b, a, b, a + b], 'surplus') !== 0) x -= 100
    return two(
      x,
      a + b,
      pa + pb,
      Math.max(a, b),
      a + b - Math.max(0, a - pa),
      Math.max(pa, pb),
      a + pb,
    )
  },
  'all-units-quantity-discount': (f) => {
    const [p1, p2, p3, b2, top, qq] = figuresOf(f, 'p1', 'p2', 'p3', 'b2', 'top', 'q')
    let grad = 0
    for (let u = 1; u <= qq; u++) grad += u < b2 ? p1 : u < top ? p2 : p3
    const rate = qq >= top ? p3 : qq >= b2 ? p2 : p1
    return two(qq * rate, grad, qq * p1, qq * (rate === p3 ? p2 : p3), qq * r([p1 + p2 + p3], [3]))
  },
  'graduated-seat-pricing': (f) => {
    const [s1, s2, s3, t1, t2, seats] = figuresOf(f, 's1', 's2', 's3', 't1', 't2', 'n')
    let bill = 0
    for (let u = 1; u <= seats; u++) bill += u <= t1 ? s1 : u <= t2 ? s2 : s3
    const vol = seats > t2 ? s3 : seats > t1 ? s2 : s1
    return two(
      bill,
      seats * vol,
      seats * s1,
      seats * r([s1 + s2 + s3], [3]),
      t1 * s1 + (seats - t1) * s2,
    )
  },
  'two-part-tariff-revenue': (f) => {
    const [fee, visit] = [n(f, 'fee'), n(f, 'visit')]
    const segs = segsOf(f, 4, 2)
    const rev = (ok: (s: Seg) => boolean, withFee = true) =>
      segs.filter(ok).reduce((a, s) => a + s.n * ((withFee ? fee : 0) + visit * s.w[1]!), 0)
    const joins = (s: Seg) => s.w[1]! * (s.w[0]! - visit) - fee >= 0
    return two(
      rev(joins),
      rev(() => true),
      rev(joins, false),
      rev((s) => s.w[0]! * s.w[1]! >= fee),
      segs.filter(joins).reduce((a, s) => a + s.n * fee, 0),
      segs.filter(joins).reduce((a, s) => a + s.n * (fee + visit) * s.w[1]!, 0),
      segs.filter(joins).reduce((a, s) => a + s.n * (fee + visit), 0),
    )
  },

  'revenue-left-by-one-price': (f) => {
    const segs = segsOf(f, 5, 1)
    const vals = segs.map((s) => s.w[0]!)
    const full = segs.reduce((a, s) => a + s.n * s.w[0]!, 0)
    const rev = (p: number) => p * buy(segs, 0, p)
    const uni = Math.max(...vals.map(rev))
    return two(
      full - uni,
      uni,
      full - rev(Math.max(...vals)),
      full - rev(Math.min(...vals)),
      full,
      r([full - uni], [segs.reduce((a, s) => a + s.n, 0)]),
      segs.filter((s) => s.w[0]! < argBest(vals, rev)).reduce((a, s) => a + s.n * s.w[0]!, 0),
    )
  },

  'bundle-discount-percent': (f) => {
    const ps = [n(f, 'a'), n(f, 'b'), n(f, 'c')]
    const pab = n(f, 'pab')
    const sum = ps.reduce((a, b) => a + b, 0)
    return two(
      r([sum - pab, H], [sum]),
      r([sum - pab, H], [pab]),
      r([sum - pab, H], [Math.max(...ps)]),
      r([pab, H], [sum]),
      r([sum - pab, H], [3 * sum]),
      r([sum - pab, H], [Math.min(...ps)]),
    )
  },
  'order-up-to-the-next-band': (f) => {
    const [p1, p2, b2] = [n(f, 'p1'), n(f, 'p2'), n(f, 'b2')]
    // Count up from one unit until the needed units at list cost at least the band's order.
    let u = 1
    while (u * p1 < b2 * p2) u++
    return whole(u, b2, up(b2 * p1, p2) - b2, b2 - up(b2 * (p1 - p2), p1), up(b2 * (p1 - p2), p1))
  },
  'volume-against-graduated-seat-bill': (f) => {
    const [s1, s2, s3, t1, t2, seats] = figuresOf(f, 's1', 's2', 's3', 't1', 't2', 'n')
    let grad = 0
    for (let u = 1; u <= seats; u++) grad += u <= t1 ? s1 : u <= t2 ? s2 : s3
    return two(grad - seats * s3, grad, t1 * (s1 - s3), seats * (s2 - s3), seats * (s1 - s3))
  },
}

const PROMO: Readonly<Record<string, (f: F) => Expect>> = {
  'multi-buy-effective-discount': (f) => {
    const [x, y, z] = [n(f, 'x'), n(f, 'y'), n(f, 'z')]
    // Price of x + y units at 1.00 each, in basis points of a unit, against full price.
    const paid = x * H + y * (H - z)
    const full = (x + y) * H
    return two(
      r([full - paid], [x + y]),
      z,
      r([y, z], [x]),
      r([z], [x + y]),
      r([y, z, H], [paid]),
      ...(z < H ? [r([y, H - z], [x + y])] : []),
    )
  },
  'stacked-discounts-final-price': (f) => {
    const [p, a, b] = [n(f, 'p'), n(f, 'a'), n(f, 'b')]
    const s1 = p - of(p, a)
    return two(
      s1 - of(s1, b),
      p - of(p, a + b),
      p - of(p, Math.max(a, b)),
      s1,
      p - of(p, r([a, b], [H])),
      s1 - of(of(p, a), b),
    )
  },
  'coupon-programme-cost': (f) => {
    const [nn, rr, fv, h, pr] = figuresOf(f, 'nn', 'r', 'f', 'h', 'print')
    const red = r([nn, rr], [H])
    return two(
      nn * pr + red * (fv + h),
      nn * pr + red * fv,
      red * (fv + h),
      nn * (pr + fv + h),
      nn * pr + r([nn, rr], [100 * H]) * (fv + h),
      nn * (pr + h) + red * fv,
      r([nn * pr + red * (fv + h)], [red]),
    )
  },
  'coupon-net-profit-with-cannibalisation': (f) => {
    const [red, k, gm, fv, h] = figuresOf(f, 'red', 'k', 'gm', 'f', 'h')
    const any = r([red, k], [H])
    const inc = red - any
    // Profit with the coupon less profit without it: the anyway-buyers would have paid in full.
    const withC = red * (gm - fv - h)
    const without = any * gm
    return two(
      withC - without,
      red * (gm - fv - h),
      inc * (gm - fv) - any * fv,
      inc * (gm - fv - h) - any * gm,
      inc * gm,
    )
  },
  'bogo-gross-profit-per-deal': (f) => {
    const [p, c] = [n(f, 'p'), n(f, 'c')]
    return two(p - c - c, p - c, 2 * (p - c), r([p], [2]) - c, r([p], [2]) - 2 * c)
  },
  'charm-price-ending-rule': (f) => {
    const [c, k] = [n(f, 'c'), n(f, 'k')]
    const raw = of(c, H + k)
    const next = raw - (raw % 100) + 100
    return two(
      next - 1,
      raw - (raw % 100) - 1,
      next - 5,
      raw,
      of(c % 100 === 0 ? c - 1 : c - (c % 100) + 99, H + k),
      next,
      ((x: number) => x - (x % 100) + 99)(r([c, H], [H - k])) -
        (r([c, H], [H - k]) % 100 === 0 ? 100 : 0),
      raw - 1,
    )
  },
  'eu-prior-price-reduction': (f) => {
    const [pb, pc, pd, now] = [n(f, 'pb'), n(f, 'pc'), n(f, 'pd'), n(f, 'now')]
    // Walk the 30 days before today and take the lowest price in force on any of them.
    const inForce = (day: number) => (day <= 8 ? pd : day <= 20 ? pc : day <= 40 ? pb : n(f, 'pa'))
    let low = Number.POSITIVE_INFINITY
    for (let day = 1; day <= 30; day++) low = Math.min(low, inForce(day))
    const off = (ref: number) => r([ref - now, H], [ref])
    return two(
      off(low),
      off(pd),
      off(Math.max(pb, pc, pd)),
      off(Math.min(pc, pd)),
      r([low - now, H], [now]),
      off(Math.min(n(f, 'pa'), pb, pc, pd)),
    )
  },
  'loyalty-points-effective-discount': (f) => {
    const [e, v, rr] = [n(f, 'e'), n(f, 'v'), n(f, 'r')]
    // Cost in cents per 100 cents spent, in basis points.
    return two(
      r([e, v, rr], [100]),
      e * v * 100,
      r([e, v, H - rr], [100]),
      e * 100,
      r([e, v, rr, H], [100 * H + e * v * rr]),
    )
  },
  'promotion-break-even-with-display-fee': (f) => {
    const [p, c, d, b, fee] = figuresOf(f, 'p', 'c', 'd', 'b', 'fee')
    const pn = p - of(p, d)
    return whole(
      up(b * (p - c) + fee, pn - c),
      up(b * (p - c), pn - c),
      b + up(fee, pn - c),
      up(b * (p - c) + fee, p - c),
      up(b * p + fee, pn),
    )
  },
  'x-for-y-multi-buy-discount': (f) => {
    const [x, p, y] = [n(f, 'x'), n(f, 'p'), n(f, 'y')]
    const save = x * p - y
    return two(
      r([save, H], [x * p]),
      r([save, H], [y]),
      r([save, H], [p]),
      r([y, H], [x * p]),
      r([save, H], [x * x * p]),
    )
  },
  'coupon-order-and-sales-tax': (f) => {
    const [p, a, b, t] = [n(f, 'p'), n(f, 'a'), n(f, 'b'), n(f, 't')]
    const tax = (x: number) => x + of(x, t)
    const net = p - of(p, a) - b
    return two(tax(net), net, net + of(p, t), tax(p - b - of(p - b, a)), tax(p - of(p, a)))
  },
  'manufacturer-coupon-sales-tax': (f) => {
    const [p, st, mc, t] = [n(f, 'p'), n(f, 's'), n(f, 'mc'), n(f, 't')]
    const pay = p - st - mc
    return two(
      pay + of(p - st, t),
      pay + of(pay, t),
      pay + of(p, t),
      p - st + of(p - st, t),
      pay,
      pay - of(p - st, t),
    )
  },
  'rebate-expected-net-price': (f) => {
    const [p, rb, rr] = [n(f, 'p'), n(f, 'rb'), n(f, 'r')]
    return two(p - of(rb, rr), p - rb, p, p - of(rb, H - rr), p - of(p, rr))
  },
  'trade-promotion-pass-through': (f) => {
    const [p, a, pt] = [n(f, 'p'), n(f, 'a'), n(f, 'pt')]
    return two(p - of(a, pt), p - a, p, p - of(a, H - pt), p - r([a, H], [pt]))
  },
  'combined-rate-of-stacked-discounts': (f) => {
    const [a, b] = [n(f, 'a'), n(f, 'b')]
    // What is left of 1.00 after both, taken off 1.00.
    const left = r([H - a, H - b], [H])
    const key = a + b - r([a, b], [H])
    return two(
      H - left,
      a + b,
      Math.max(a, b),
      r([a, b], [H]),
      a + b + r([a, b], [H]),
      left,
      r([key, H], [H - key]),
    )
  },
  'price-match-guarantee-cost': (f) => {
    const [sales, cl, gap, extra] = [n(f, 'sales'), n(f, 'cl'), n(f, 'gap'), n(f, 'extra')]
    const claims = r([sales, cl], [H])
    const per = gap + of(gap, extra)
    return two(
      claims * per,
      claims * gap,
      sales * per,
      claims * of(gap, extra),
      sales * gap,
      r([sales, cl + extra], [H]) * gap,
    )
  },
}

const VALUE: Readonly<Record<string, (f: F) => Expect>> = {
  'evc-time-saving': (f) => {
    const [ref, h, w, life, tr] = figuresOf(f, 'ref', 'h', 'w', 'life', 'train')
    let saved = 0
    for (let mo = 0; mo < life; mo++) saved += h * w
    return two(ref + saved - tr, ref + saved, saved - tr, ref + h * w - tr, ref + saved + tr)
  },
  'evc-running-costs': (f) => {
    const [ref, s1, s2, c1, c2, y] = figuresOf(f, 'ref', 's1', 's2', 'c1', 'cheaper', 'y')
    // Lifetime cost of owning the competitor less the client's, excluding the client's price.
    const theirs = ref + s1 + c1 * y
    const ours = s2 + c2 * y
    return two(
      theirs - ours,
      ref + (c1 - c2) * y,
      ref + s1 - s2 + c1 - c2,
      ref + s2 - s1 + (c1 - c2) * y,
      s1 - s2 + (c1 - c2) * y,
    )
  },
  'value-capture-price': (f) => {
    const [ref, d, sh] = [n(f, 'ref'), n(f, 'd'), n(f, 's')]
    return two(
      ref + of(d, sh),
      ref + d,
      of(ref + d, sh),
      ref + of(d, H - sh),
      of(d, sh),
      ref + of(ref + d, sh),
      of(d, H - sh),
    )
  },
  'annual-plan-discount-percent': (f) => {
    const [mo, a] = [n(f, 'mo'), n(f, 'a')]
    const save = 12 * mo - a
    return two(
      r([save, H], [12 * mo]),
      r([save, H], [a]),
      r([a, H], [12 * mo]),
      r([save, H], [13 * mo]),
      r([save, H], [10 * mo]),
      r([save, H], [mo]),
    )
  },
  'months-free-equivalent': (f) => {
    const [mo, a] = [n(f, 'mo'), n(f, 'a')]
    return two(
      r([12 * mo - a, 100], [mo]),
      r([a, 100], [mo]),
      r([12, 12 * mo - a, 100], [a]),
      r([12 * mo - a, 100], [12 * mo]),
      r([13 * mo - a, 100], [mo]),
    )
  },
  'seat-against-usage-break-even': (f) => {
    const [seats, sv, base, u] = [n(f, 'seats'), n(f, 's'), n(f, 'base'), n(f, 'u')]
    return whole(
      r([seats * sv - base], [u]),
      r([seats * sv], [u]),
      r([seats * sv + base], [u]),
      r([sv], [u]),
      r([seats * sv - base], [u * seats]),
      r([base], [u]),
      r([12 * seats * sv - base], [u]),
    )
  },
  'cheaper-plan-monthly-cost': (f) => {
    const [flat, incl, extra, per, team] = figuresOf(f, 'flat', 'incl', 'extra', 'per', 'team')
    const a = flat + (team - incl) * extra
    const b = team * per
    return two(
      Math.min(a, b),
      Math.max(a, b),
      flat,
      flat + team * extra,
      (team - incl) * per,
      flat + (team - incl) * per,
    )
  },
  'revenue-per-visitor-with-add-on': (f) => {
    const [v, o, p, x, qq] = figuresOf(f, 'v', 'o', 'p', 'x', 'q')
    const rev = o * p + r([o, x], [H]) * qq
    return two(
      r([rev], [v]),
      r([o * p], [v]),
      r([rev], [o]),
      r([o * (p + qq)], [v]),
      r([rev], [v + o]),
    )
  },
  'price-test-rpv-gap-per-thousand': (f) => {
    const [pa, pb, ca, cb] = [n(f, 'pa'), n(f, 'pb'), n(f, 'ca'), n(f, 'cb')]
    return two(
      r([pb * cb - pa * ca, 1000], [H]),
      r([(pb - pa) * ca, 1000], [H]),
      r([pa * (cb - ca), 1000], [H]),
      r([(pb - pa) * (ca + cb), 500], [H]),
      r([pb * cb - pa * ca, 100], [H]),
      r([pb * cb, 1000], [H]),
      r([pb * (cb - ca), 1000], [H]),
    )
  },
  'break-even-conversion-for-price-rise': (f) => {
    const [p1, p2, v, c1] = [n(f, 'p1'), n(f, 'p2'), n(f, 'v'), n(f, 'c1')]
    return two(
      r([c1, p1 - v], [p2 - v]),
      r([c1, p1], [p2]),
      c1 - r([c1, p2 - p1], [p1]),
      r([c1, p2 - v], [p1 - v]),
      r([c1, p1 - v], [p2]),
    )
  },
  'competitive-price-ceiling': (f) => {
    const cs = [n(f, 'a'), n(f, 'b'), n(f, 'c')]
    const [x, y] = [n(f, 'x'), n(f, 'y')]
    const avg = r([cs[0]! + cs[1]! + cs[2]!], [3])
    const band = avg + of(avg, x)
    const lead = Math.max(...cs) - of(Math.max(...cs), y)
    const med =
      cs.filter((c) => c !== Math.max(...cs) && c !== Math.min(...cs))[0] ??
      (cs[0] === cs[1] || cs[0] === cs[2] ? cs[0]! : cs[1]!)
    return two(
      Math.min(band, lead),
      band,
      lead,
      med + of(med, x),
      avg - of(avg, y),
      avg - of(avg, x),
      Math.max(...cs) + of(Math.max(...cs), x),
    )
  },
  'lifetime-value-after-price-rise': (f) => {
    const [p, rr, g, ch, ch2] = figuresOf(f, 'p', 'r', 'g', 'ch', 'ch2')
    const p2 = p + of(p, rr)
    return two(
      r([p2, g], [ch2]),
      r([p2, g], [ch]),
      r([p2, H], [ch2]),
      r([p, g], [ch2]),
      r([p2, g], [ch2 - ch]),
    )
  },
  'upgrade-proration-charge': (f) => {
    const [pa, pb, d] = [n(f, 'pa'), n(f, 'pb'), n(f, 'd')]
    return two(
      r([pb - pa, 30 - d], [30]),
      pb - pa,
      r([pb, 30 - d], [30]),
      r([pb - pa, d], [30]),
      pb - r([pa, 30 - d], [30]),
    )
  },
  'price-rise-mrr-change': (f) => {
    const [subs, p, rr, c] = [n(f, 'subs'), n(f, 'p'), n(f, 'r'), n(f, 'c')]
    const p2 = p + of(p, rr)
    const lost = r([subs, c], [H])
    return two(
      (subs - lost) * p2 - subs * p,
      subs * (p2 - p),
      (subs - lost) * (p2 - p),
      (subs - lost) * p2,
      subs * (p2 - p) - lost * p2,
    )
  },
  'usage-overage-bill': (f) => {
    const [base, incl, o, used] = [n(f, 'base'), n(f, 'incl'), n(f, 'o'), n(f, 'used')]
    const over = used - incl
    return two(
      base + r([over, o], [100]),
      base + r([used, o], [100]),
      r([over, o], [100]),
      base + over * o,
      base + r([over, o], [1000]),
      base + r([incl, o], [100]),
    )
  },
  'mrr-from-mixed-billing': (f) => {
    const [n1, n2, n3, mo, a, qq] = figuresOf(f, 'n1', 'n2', 'n3', 'mo', 'a', 'q')
    const ann = r([n2, a], [12])
    const qtr = r([n3, qq], [3])
    return two(
      n1 * mo + ann + qtr,
      n1 * mo + n2 * a + qtr,
      n1 * mo + ann + n3 * qq,
      n1 * mo,
      (n1 + n2 + n3) * mo,
    )
  },
}

const SECOND: Readonly<Record<string, (f: F) => Expect>> = {
  ...COST,
  ...ELASTICITY,
  ...TIERS,
  ...PROMO,
  ...VALUE,
}

describeEngineIndependent('pricing strategy scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    second: SECOND,
    route: 'BigInt and by enumeration',
    digest,
    models: PRICING_MODELS,
    engines,
  })
})
