import {
  add,
  at2,
  div,
  mul,
  type R,
  type Route,
  r,
  sub,
  sum,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { P } from './insurance-fundamentals-second-working.js'

const less = (...xs: readonly number[]): R => r(xs.slice(1).reduce((a, b) => a - b, xs[0]!))

/** Settling a claim worked again from each draw's values, limits, deductibles and recoveries. */
export const CLAIMS_ROUTES: Readonly<Record<string, Route>> = {
  'coinsurance-penalty-on-a-commercial-building': (f) => {
    const [v, c, s, l, d] = figuresOf(f, 'v', 'c', 's', 'l', 'd')
    const required = mul(r(v), P(c))
    const share = div(r(s), required)
    return at2(
      sub(mul(r(l), share), r(d)),
      mul(r(l - d), share),
      r(l - d),
      sub(mul(r(l), r(s, v)), r(d)),
      sub(mul(r(l), P(c)), r(d)),
      mul(r(l), share),
    )
  },
  'franchise-deductible-across-four-cargo-losses': (f) => {
    const [s, fp, l1, l2, l3, l4] = figuresOf(f, 's', 'fp', 'l1', 'l2', 'l3', 'l4')
    const fr = mul(r(s), P(fp))
    const losses = [l1, l2, l3, l4]
    const paid = losses.filter((l) => l * 100 > s * fp)
    const paidAtOrAbove = losses.filter((l) => l * 100 >= s * fp)
    const paidOnFour = losses.filter((l) => l * 100 > 4 * s * fp)
    const all = r(l1 + l2 + l3 + l4)
    return at2(
      sum(paid.map((l) => r(l))),
      all,
      sum(paidAtOrAbove.map((l) => r(l))),
      sub(all, fr),
      sum(paid.map((l) => sub(r(l), fr))),
      sub(sum(paid.map((l) => r(l))), fr),
      sum(paidOnFour.map((l) => r(l))),
    )
  },
  'per-claim-deductible-capped-by-an-annual-aggregate': (f) => {
    const [d, c1, c2, c3, c4, small, a] = figuresOf(f, 'd', 'c1', 'c2', 'c3', 'c4', 'small', 'a')
    const claims = [c1, small, c2, c3, c4]
    const total = claims.reduce((x, y) => x + y, 0)
    const retained = claims.reduce((x, c) => x + Math.min(c, d), 0)
    return at2(
      r(total - Math.min(retained, a)),
      r(total - retained),
      r(total - 5 * d),
      r(a),
      r(total),
      r(total - retained - a),
    )
  },
  'replacement-cost-holdback-after-the-repair': (f) => {
    const [rc, life, age, a, d] = figuresOf(f, 'rc', 'life', 'age', 'a', 'd')
    const acv = sub(r(rc), mul(r(rc), r(age, life)))
    return at2(
      sub(r(a), acv),
      sub(r(rc), acv),
      sub(sub(r(a), acv), r(d)),
      mul(r(a), r(age, life)),
      r(a - d),
      sub(r(a), sub(acv, r(d))),
      sub(r(a), mul(r(rc), r(age, life))),
    )
  },
  'stock-loss-valued-at-cost-less-salvage': (f) => {
    const [price, m, sv, d] = figuresOf(f, 'price', 'm', 'sv', 'd')
    const cost = div(r(price), add(r(1), P(m)))
    return at2(
      sub(cost, r(sv + d)),
      r(price - sv - d),
      sub(mul(r(price), sub(r(1), P(m))), r(sv + d)),
      sub(cost, r(d)),
      sub(cost, r(sv)),
    )
  },
  'insurers-net-loss-after-salvage-and-subrogation': (f) => {
    const [x, d, sv, sb, lg] = figuresOf(f, 'x', 'd', 'sv', 'sb', 'lg')
    const netSub = sb - lg
    return at2(
      less(x, sv, netSub - d),
      less(x, sv, netSub),
      less(x, sv, sb - d),
      less(x, netSub - d),
      less(x, sv),
      less(x, sv, sb),
    )
  },
  'contribution-by-limits-between-two-policies': (f) => {
    const [l1, l2, x] = figuresOf(f, 'l1', 'l2', 'x')
    return at2(
      mul(r(x), r(l1, l1 + l2)),
      r(x, 2),
      mul(r(x), r(l2, l1 + l2)),
      r(x),
      mul(r(x), r(l1, l2)),
    )
  },
  'contribution-by-equal-shares-when-one-limit-runs-out': (f) => {
    const [l1, l2, x] = figuresOf(f, 'l1', 'l2', 'x')
    const aPays = Math.min(l1, x / 2)
    return at2(
      r(Math.min(x - aPays, l2)),
      r(x, 2),
      mul(r(x), r(l2, l1 + l2)),
      r(l2),
      sub(r(x), r(l1, 2)),
    )
  },
  'business-interruption-loss-of-gross-profit': (f) => {
    const [dt, g, icw, saved, sv] = figuresOf(f, 'dt', 'g', 'icw', 'saved', 'sv')
    const gp = (x: number) => mul(r(x), P(g))
    const limitOf = (spent: number) => (icw * 100 <= saved * g ? r(spent) : gp(saved))
    return at2(
      sub(add(gp(dt), limitOf(icw)), r(sv)),
      sub(add(gp(dt), r(icw)), r(sv)),
      add(gp(dt), limitOf(icw)),
      sub(gp(dt), r(sv)),
      sub(add(r(dt), limitOf(icw)), r(sv)),
    )
  },
  'per-occurrence-limit-in-excess-of-the-deductible': (f) => {
    const [lo, d, c1, c2, c3] = figuresOf(f, 'lo', 'd', 'c1', 'c2', 'c3')
    const paid = (c: number) => Math.min(c - d, lo)
    return at2(
      r(paid(c1) + paid(c2) + paid(c3)),
      r(Math.min(c1, lo) - d + Math.min(c2, lo) - d + Math.min(c3, lo) - d),
      r(c1 + c2 + c3 - 3 * d),
      r(Math.min(c1, lo) + Math.min(c2, lo) + Math.min(c3, lo)),
      r(Math.min(c1, lo) + Math.min(c2, lo) + Math.min(c3, lo) - d),
      r(Math.min(paid(c1) + paid(c2) + paid(c3), lo)),
      r([c1, c2, c3].filter((c) => c - d <= lo).reduce((x, c) => x + c - d, 0)),
    )
  },
  'partial-loss-on-valued-cargo': (f) => {
    const [cif, sv, dv] = figuresOf(f, 'cif', 'sv', 'dv')
    const insured = mul(r(cif), r(11, 10))
    const depreciation = r(sv - dv, sv)
    return at2(
      mul(insured, depreciation),
      r(sv - dv),
      mul(r(cif), depreciation),
      sub(insured, r(dv)),
      mul(insured, r(dv, sv)),
    )
  },
  'windstorm-deductible-as-a-share-of-the-buildings-value': (f) => {
    const [s, tiv, w, m, l] = figuresOf(f, 's', 'tiv', 'w', 'm', 'l')
    const ded = mul(r(s), P(w))
    const chosen = s * w >= m * 100 ? ded : r(m)
    return at2(
      sub(r(l), chosen),
      sub(r(l), mul(r(l), P(w))),
      r(l - m),
      sub(r(l), mul(r(tiv), P(w))),
      r(l),
    )
  },
  'blanket-limit-with-a-margin-clause': (f) => {
    const [v, mg, l, d] = figuresOf(f, 'v', 'mg', 'l', 'd')
    const cap = add(r(v), mul(r(v), P(mg)))
    const net = r(l - d)
    const least = (a: R, b: R) => (a[0] * b[1] <= b[0] * a[1] ? a : b)
    return at2(least(net, cap), r(v), net, sub(cap, r(d)), r(v - d))
  },
  'average-on-two-separately-insured-items': (f) => {
    const [vb, sb, vc, sc, lb, lc, d] = figuresOf(f, 'vb', 'sb', 'vc', 'sc', 'lb', 'lc', 'd')
    const avg = (l: number, s: number, v: number) => (s >= v ? r(l) : mul(r(l), r(s, v)))
    return at2(
      sub(add(avg(lb, sb, vb), avg(lc, sc, vc)), r(d)),
      sub(mul(r(lb + lc), r(sb + sc, vb + vc)), r(d)),
      r(lb + lc - d),
      sub(mul(r(lb + lc), r(sb, vb)), r(d)),
      sub(add(avg(lb, sb, vb), avg(lc, sc, vc)), r(2 * d)),
      add(avg(lb - d, sb, vb), avg(lc, sc, vc)),
      sub(add(mul(r(lb), r(sb, vb)), mul(r(lc), r(sc, vc))), r(d)),
      sub(add(mul(r(lb), r(sb, vb + vc)), r(lc)), r(d)),
    )
  },
  'claim-paid-from-an-aggregate-eroded-by-earlier-claims': (f) => {
    const [ag, oc, e1, e2, d, c] = figuresOf(f, 'ag', 'oc', 'e1', 'e2', 'd', 'c')
    const remaining = ag - e1 - e2
    return at2(
      r(Math.min(c - d, oc, remaining)),
      r(Math.min(c - d, oc)),
      r(c - d),
      r(remaining - d),
      r(ag - e1),
      r(oc - e1 - e2),
    )
  },
}
