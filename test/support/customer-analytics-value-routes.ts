import {
  add,
  as,
  cents2,
  div,
  dp,
  list,
  mul,
  n,
  q,
  type R,
  r,
  sub,
  usd,
} from './customer-analytics-second-working.js'
import type { SecondRoute } from './scenario-key-checks.js'

type F = Readonly<Record<string, number | string>>
const get = (f: F, ...ks: readonly string[]): number[] => ks.map((k) => n(f, k))
const pc = (p: number): R => r(p, 100)
const ONE = r(1)
/** Whole months, a part month counted whole. */
const ceil = ([a, b]: R): R => r((a + b - 1n) / b)
const months = as((x) => dp(ceil(x), 0))
const ratio2 = as((x) => dp(x, 2))
const power = (x: R, k: number): R => mul(...Array.from({ length: k }, () => x))

/** Lifetime value and acquisition cost worked again year by year from each draw's figures. */
export const VALUE_ROUTES: Readonly<Record<string, SecondRoute>> = {
  'historic-clv-of-one-customer': (f) => {
    const o = list(f, 'o')
    const [rf, m] = get(f, 'rf', 'm') as [number, number]
    const gross = o.reduce((a, b) => a + b, 0)
    return cents2(
      mul(usd(gross - rf), pc(m)),
      mul(usd(gross), pc(m)),
      usd(gross - rf),
      sub(mul(usd(gross), pc(m)), usd(rf)),
      div(mul(usd(gross - rf), pc(m)), r(o.length)),
    )
  },
  'predictive-clv-simple': (f) => {
    const [a, fq, m, l] = get(f, 'a', 'f', 'm', 'l') as [number, number, number, number]
    const orders = r(fq * l, 10)
    return cents2(
      mul(usd(a), orders, pc(m)),
      mul(usd(a), orders),
      mul(usd(a), pc(m), r(l)),
      mul(usd(a), r(fq, 10), pc(m)),
      mul(usd(a), orders, pc(100 - m)),
    )
  },
  'clv-with-retention-and-discount-rate': (f) => {
    const [mg, rr, d] = get(f, 'mg', 'rr', 'd') as [number, number, number]
    // The closed form of the stated series: margin ÷ (1 + d − r).
    const den = sub(add(ONE, pc(d)), pc(rr))
    return cents2(
      div(usd(mg), den),
      div(usd(mg), sub(ONE, pc(rr))),
      div(mul(usd(mg), add(ONE, pc(d))), den),
      div(mul(usd(mg), pc(rr)), den),
      div(usd(mg), add(pc(d), pc(rr))),
      div(usd(mg), mul(sub(ONE, pc(rr)), add(ONE, pc(d)))),
      div(usd(mg), add(ONE, pc(d))),
    )
  },
  'three-year-discounted-clv': (f) => {
    const [mg, rr, d] = get(f, 'mg', 'rr', 'd') as [number, number, number]
    const years = (keep: R, from: number, firstPower: number) =>
      add(
        ...[1, 2, 3].map((t) =>
          div(mul(usd(mg), power(keep, t - 1 + from)), power(add(ONE, pc(d)), t - firstPower)),
        ),
      )
    return cents2(
      years(pc(rr), 0, 0),
      add(usd(mg), mul(usd(mg), pc(rr)), mul(usd(mg), pc(rr), pc(rr))),
      years(ONE, 0, 0),
      years(pc(rr), 0, 1),
      years(pc(rr), 1, 0),
      years(pc(100 - rr), 0, 0),
    )
  },
  'cac-payback-after-first-order-margin': (f) => {
    const [cac, fr, m1, gr, m] = get(f, 'cac', 'fr', 'm1', 'gr', 'm') as number[]
    const g = mul(usd(gr!), pc(m!))
    return months(
      div(usd(cac! - m1!), g),
      div(usd(cac!), g),
      div(usd(cac! - m1!), usd(gr!)),
      div(usd(cac! + m1!), g),
      div(usd(cac! - fr!), g),
      div(usd(cac! + fr!), g),
      div(usd(cac! - m1!), add(g, usd(m1!))),
    )
  },
  'ltv-to-paid-cac-ratio': (f) => {
    const [a, fq, m, l, np, no, s] = get(f, 'a', 'f', 'm', 'l', 'np', 'no', 's') as number[]
    const rev = mul(usd(a!), r(fq! * l!, 10))
    const ltv = mul(rev, pc(m!))
    const cac = q(s!, 100 * np!)
    return ratio2(
      div(ltv, cac),
      div(rev, cac),
      div(ltv, q(s!, 100 * (np! + no!))),
      div(mul(usd(a!), r(fq!, 10), pc(m!)), cac),
      div(cac, ltv),
    )
  },
  'order-contribution-after-fulfilment': (f) => {
    const [a, sc, cg, fee, s, p] = get(f, 'a', 'sc', 'cg', 'fee', 's', 'p') as number[]
    const goods = mul(usd(a! - sc!), pc(cg!))
    const card = add(mul(usd(a!), r(fee!, 1000)), usd(30))
    const carry = usd(s! + p!)
    const sales = usd(a!)
    return cents2(
      sub(sub(sub(sales, goods), card), carry),
      sub(sub(sub(sales, mul(sales, pc(cg!))), card), carry),
      sub(sub(sub(usd(a! - sc!), goods), card), carry),
      sub(sales, goods),
      sub(sub(sales, goods), carry),
      sub(sub(sales, goods), card),
    )
  },
  'historic-clv-from-cohort-revenue': (f) => {
    const [nc, n2, n3, r1, r2, r3, m] = get(f, 'nc', 'n2', 'n3', 'r1', 'r2', 'r3', 'm') as number[]
    const margin = mul(usd(r1! + r2! + r3!), pc(m!))
    return cents2(
      div(margin, r(nc!)),
      q(r1! + r2! + r3!, 100 * nc!),
      div(margin, r(n3!)),
      div(mul(usd(r1!), pc(m!)), r(nc!)),
      div(margin, r(nc! + n2! + n3!)),
      div(margin, r(n2!)),
      mul(div(add(q(r1!, 100 * nc!), q(r2!, 100 * n2!), q(r3!, 100 * n3!)), r(3)), pc(m!)),
    )
  },
  'clv-from-annual-churn': (f) => {
    const [a, fq, m, c] = get(f, 'a', 'f', 'm', 'c') as [number, number, number, number]
    const rev = mul(usd(a), r(fq, 10))
    const yr = mul(rev, pc(m))
    return cents2(
      div(yr, pc(c)),
      div(yr, pc(100 - c)),
      div(rev, pc(c)),
      mul(yr, pc(c)),
      div(mul(usd(a), pc(m)), pc(c)),
      add(div(yr, pc(c)), yr),
    )
  },
  'clv-gain-from-retention-lift': (f) => {
    const [mg, r1, r2] = get(f, 'mg', 'r1', 'r2') as [number, number, number]
    const clv = (x: number) => q(mg, 100 - x)
    return cents2(
      sub(clv(r2), clv(r1)),
      mul(usd(mg), pc(r2 - r1)),
      clv(r2),
      sub(clv(r2), usd(mg)),
      q(mg * (r2 - r1), 100 * (100 - r2)),
      q(mg * (r2 - r1), 100 * (100 - r1)),
    )
  },
  'predictive-clv-net-of-returns': (f) => {
    const [a, fq, l, rq, m] = get(f, 'a', 'f', 'l', 'rq', 'm') as number[]
    const yearRev = mul(usd(a!), r(fq!, 10))
    const rev = mul(yearRev, r(l!))
    return cents2(
      mul(rev, pc(100 - rq!), pc(m!)),
      mul(rev, pc(m!)),
      mul(rev, pc(m! - rq!)),
      mul(rev, pc(100 - rq!)),
      mul(yearRev, pc(100 - rq!), pc(m!)),
    )
  },
  'clv-with-markup-not-margin': (f) => {
    const [rv, k, l] = get(f, 'rv', 'k', 'l') as [number, number, number]
    const rev = mul(usd(rv), r(l))
    const cost = div(rev, pc(100 + k))
    return cents2(
      sub(rev, cost),
      mul(rev, pc(k)),
      cost,
      mul(rev, pc(100 - k)),
      div(sub(rev, cost), r(l)),
      rev,
    )
  },
  'three-year-clv-with-retention-undiscounted': (f) => {
    const [mg, rr] = get(f, 'mg', 'rr') as [number, number]
    const m = usd(mg)
    const k = pc(rr)
    const kk = mul(k, k)
    return cents2(
      add(m, mul(m, k), mul(m, kk)),
      mul(m, r(3)),
      add(mul(m, k), mul(m, kk), mul(m, kk, k)),
      add(m, mul(m, k), mul(m, k)),
      mul(m, r(3), k),
    )
  },
  'cac-including-first-order-discount': (f) => {
    const [s, fee, nn, x, dv] = get(f, 's', 'fee', 'nn', 'x', 'dv') as number[]
    const cost = s! + fee! + nn! * dv!
    return cents2(
      q(cost, 100 * nn!),
      q(s!, 100 * nn!),
      q(s! + fee!, 100 * nn!),
      q(cost + x! * dv!, 100 * nn!),
      q(cost, 100 * (nn! + x!)),
    )
  },
  'first-year-margin-per-new-customer': (f) => {
    const [a, m, p, k] = get(f, 'a', 'm', 'p', 'k') as [number, number, number, number]
    const perOrder = mul(usd(a), pc(m))
    const orders = add(ONE, mul(pc(p), r(k, 10)))
    return cents2(
      mul(perOrder, orders),
      mul(perOrder, add(ONE, r(k, 10))),
      mul(perOrder, pc(p), r(k, 10)),
      mul(usd(a), orders),
      mul(perOrder, add(ONE, pc(p))),
      mul(perOrder, add(ONE, mul(pc(p), add(ONE, r(k, 10))))),
      mul(perOrder, pc(p), add(ONE, r(k, 10))),
    )
  },
  'largest-cac-for-a-payback-target': (f) => {
    const [t, fr, m1, gr, m] = get(f, 't', 'fr', 'm1', 'gr', 'm') as number[]
    const monthly = mul(usd(gr!), pc(m!))
    return cents2(
      add(mul(monthly, r(t!)), usd(m1!)),
      add(mul(usd(gr!), r(t!)), usd(m1!)),
      mul(monthly, r(t!)),
      add(mul(monthly, r(t!)), usd(fr!)),
      add(mul(monthly, r(t! - 1)), usd(m1!)),
      sub(mul(monthly, r(t!)), usd(m1!)),
      add(mul(usd(gr!), r(t!)), usd(fr!)),
    )
  },
}
