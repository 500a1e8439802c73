import { at2, mul, type Route, r, sub } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { lo, nsTax, PA, pc } from './uk-self-assessment-second-working.js'

const less = (x: number, ...ys: number[]) => r(ys.reduce((a, y) => a - y, x))

/** Rental income worked again from each draw's rents, costs, finance costs and shares. */
export const PROPERTY_ROUTES: Readonly<Record<string, Route>> = {
  'rental-profit-without-the-mortgage': (f) => {
    const [rent, x, dep, m, i] = figuresOf(f, 'r', 'x', 'dep', 'm', 'i')
    return at2(
      less(rent, x),
      less(rent, x, i),
      less(rent, x, m),
      less(rent + dep, x),
      less(rent, x, m - i),
      r(rent),
    )
  },
  'tax-with-the-finance-cost-reduction': (f) => {
    const [e, pp, fc] = figuresOf(f, 'e', 'pp', 'f')
    const before = nsTax(e + pp - PA)
    const cut = pc(lo(r(fc), r(pp)), 20)
    const deducted = nsTax(e + pp - fc - PA)
    return at2(sub(before, cut), deducted, before, sub(deducted, cut), sub(before, pc(pp, 20)))
  },
  'finance-cost-reduction-capped-by-profit': (f) => {
    const [fc, u, pp] = figuresOf(f, 'f', 'u', 'pp')
    return at2(pc(lo(r(fc + u), r(pp)), 20), pc(fc, 20), pc(fc + u, 20), pc(pp, 40), pc(u, 20))
  },
  'unrelieved-finance-costs-carried-forward': (f) => {
    const [fc, u, pp] = figuresOf(f, 'f', 'u', 'pp')
    const left = sub(r(fc + u), lo(r(fc + u), r(pp)))
    return at2(left, r(u), r(fc + u), r(pp - fc), r(fc), pc(left, 80))
  },
  'replacement-of-domestic-items-with-an-upgrade': (f) => {
    const [w, m, s] = figuresOf(f, 'w', 'm', 's')
    return at2(less(m, s), less(w, s), r(w), r(m), less(w, m), r(m + s))
  },
  'initial-furnishing-is-not-a-replacement': (f) => {
    const [x, f1, f2, s, rent] = figuresOf(f, 'x', 'f1', 'f2', 's', 'r')
    return at2(
      r(rent - x - f2 + s),
      r(rent - x - f1 - f2 + s),
      less(rent, x, f2),
      less(rent, x, f1),
      less(rent, x),
      r(rent - x - f2 + f1),
      r(rent - x + s),
    )
  },
  'rent-a-room-relief-or-expenses': (f) => {
    const [g, e] = figuresOf(f, 'g', 'e')
    return at2(
      less(g, Math.max(e, 7500)),
      less(g, e),
      r(Math.max(0, g - 7500 - e)),
      less(g, 3750),
      r(g),
    )
  },
  'rent-a-room-limit-shared': (f) => {
    const [g, s, e] = figuresOf(f, 'g', 's', 'e')
    const got = g + s
    return at2(
      less(got, Math.max(e, 3750)),
      less(got, 7500),
      less(got, 3750, e),
      less(g, Math.max(e, 3750)),
      less(got, Math.min(e, 3750)),
      r(got),
      less(got, 3750 / 2),
    )
  },
  'repairs-against-improvements': (f) => {
    const [rent, o, w, k] = figuresOf(f, 'r', 'o', 'w', 'k')
    return at2(
      less(rent, o, w),
      less(rent, o),
      less(rent, o, w, k),
      less(rent, o, k),
      less(rent, w),
    )
  },
  'jointly-owned-let-of-a-married-couple': (f) => {
    const [rent, x, b] = figuresOf(f, 'r', 'x', 'b')
    const profit = r(rent - x)
    return at2(
      mul(profit, r(1, 2)),
      pc(profit, b),
      pc(profit, 100 - b),
      profit,
      sub(r(rent, 2), r(x)),
      r(rent, 2),
      sub(mul(profit, r(1, 2)), r(1000)),
    )
  },
  'rent-on-the-accruals-basis': (f) => {
    const [m, a, v, k] = figuresOf(f, 'm', 'a', 'v', 'k')
    const due = 24 * m
    return at2(
      r(due),
      r(due + a * m + v * m - k * m),
      r(due - k * m),
      r(due + v * m - k * m),
      r(due + a * m - k * m),
      r(due + v * m),
      r(due + a * m),
      r(due + a * m + v * m),
    )
  },
  'void-months-and-the-agent-fee': (f) => {
    const [m, v, fee, o] = figuresOf(f, 'm', 'v', 'f', 'o')
    const collected = (12 - v) * m
    return at2(
      sub(sub(r(collected), pc(collected, fee)), r(o)),
      sub(sub(r(12 * m), pc(12 * m, fee)), r(o)),
      sub(sub(r(collected), pc(12 * m, fee)), r(o)),
      less(collected, o),
      pc(collected - o, 100 - fee),
      sub(sub(sub(r(collected), pc(collected, fee)), r(o)), r(v * m)),
    )
  },
  'finance-cost-reduction-capped-by-adjusted-total-income': (f) => {
    const [pp, fc] = figuresOf(f, 'pp', 'f')
    const cap = lo(lo(r(fc), r(pp)), r(pp - PA))
    return at2(pc(cap, 20), pc(fc, 20), pc(pp, 20), pc(pp - PA, 40), pc(pp - PA - 1000, 20))
  },
  'lease-premium-taxed-as-rent': (f) => {
    const [p, n] = figuresOf(f, 'p', 'n')
    const discount = (years: number) => sub(r(p), pc(p, 2 * years))
    return at2(discount(n - 1), discount(n), pc(p, 2 * (n - 1)), r(p), pc(p, 2 * n))
  },
  'spouses-share-of-the-finance-cost-reduction': (f) => {
    const [rent, x, fc, u, b] = figuresOf(f, 'r', 'x', 'f', 'u', 'b')
    const hers = pc(fc + u, b)
    return at2(
      pc(hers, 20),
      pc(r(fc + u, 2), 20),
      pc(pc(fc + u, 100 - b), 20),
      pc(pc(fc, b), 20),
      pc(fc + u, 20),
      hers,
      pc(pc(rent - x, b), 20),
    )
  },
}
