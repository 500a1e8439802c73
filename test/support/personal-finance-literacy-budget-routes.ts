import { figuresOf } from './drawn-figures.js'
import {
  add,
  at1,
  at2,
  D,
  div,
  less,
  more,
  mul,
  P,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './personal-finance-literacy-second-working.js'

/** Budgeting on uneven income worked again from each draw's months, bills and rates. */
export const BUDGET_ROUTES: Readonly<Record<string, Route>> = {
  'budget-base-from-the-average-month-after-a-set-aside': (f) => {
    const [a, b, c, d, e, g, t] = figuresOf(f, 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 't')
    const months = [a, b, c, d, e, g]
    const total = months.reduce((x, y) => x + y, 0)
    const keep = less(t)
    return at2(
      mul(r(total, 6), keep),
      r(total, 6),
      mul(r(Math.max(...months)), keep),
      mul(r(Math.min(...months)), keep),
      mul(r(total, 12), keep),
      mul(
        r(
          [a, b, c, d, e, g]
            .sort((x, y) => y - x)
            .slice(0, 3)
            .reduce((x, y) => x + y, 0),
          3,
        ),
        keep,
      ),
      mul(r(total, 6), P(t)),
    )
  },
  'emergency-fund-shortfall-with-a-quarterly-bill': (f) => {
    const [rent, food, util, q, eat, k, saved] = figuresOf(
      f,
      'rent',
      'food',
      'util',
      'q',
      'eat',
      'k',
      'saved',
    )
    const base = r(rent + food + util)
    const month = add(base, r(q, 3))
    const need = (m: R) => sub(mul(m, r(k)), r(saved))
    return at2(
      need(month),
      need(add(base, r(q))),
      need(base),
      need(add(month, r(eat))),
      mul(month, r(k)),
      need(add(base, r(q, 12))),
      need(r(rent)),
    )
  },
  'months-a-cushion-lasts-in-a-slow-spell': (f) => {
    const [s, e, i, t] = figuresOf(f, 's', 'e', 'i', 't')
    const left = mul(r(i), less(t))
    return at1(
      div(r(s), sub(r(e), left)),
      div(r(s), r(e - i)),
      r(s, e),
      div(r(s), sub(r(e), mul(r(i), P(t)))),
      div(r(s), add(r(e), left)),
    )
  },
  'sinking-fund-deposit-for-a-known-bill': (f) => {
    const [g, s, m] = figuresOf(f, 'g', 's', 'm')
    return at2(r(g - s, m), r(g, m), r(g - s, 12), r(g + s, m), r(g - s, m - 1), r(g - s, m + 1))
  },
  'take-home-from-an-invoice-after-fee-and-set-aside': (f) => {
    const [x, fee, t] = figuresOf(f, 'x', 'f', 't')
    const both = mul(D(x), less(fee), less(t))
    return at2(
      both,
      mul(D(x), r(100 - fee - t, 100)),
      mul(D(x), less(t)),
      mul(D(x), less(fee)),
      mul(D(x), less(fee), P(t)),
    )
  },
  'wants-share-under-a-stated-split-rule': (f) => {
    const [g, t, need, want, save] = figuresOf(f, 'g', 't', 'need', 'want', 'save')
    const left = mul(D(g), less(t))
    return at2(
      mul(left, P(want)),
      mul(D(g), P(want)),
      mul(left, P(need)),
      mul(left, P(save)),
      mul(D(g), P(want - t)),
      mul(left, P(need + want)),
      mul(left, less(need), P(want)),
    )
  },
  'buffer-account-balance-after-paying-a-salary': (f) => {
    const [b, i1, i2, i3, i4, s] = figuresOf(f, 'b', 'i1', 'i2', 'i3', 'i4', 's')
    const inflow = i1 + i2 + i3 + i4
    return at2(
      r(b + inflow - 4 * s),
      r(b + inflow - 3 * s),
      r(b + inflow - s),
      r(b + i2 + i3 + i4 - 4 * s),
      r(inflow - 4 * s),
      r(b + inflow),
      r(b + i1 + i2 + i3 - 4 * s),
    )
  },
  'overspend-as-a-share-of-the-category-budget': (f) => {
    const [b, a, total, u] = figuresOf(f, 'b', 'a', 'total', 'u')
    return pct2(
      r(a - b, b),
      r(a - b, a),
      r(a, b),
      r(a - b, total),
      r(a - b - u, b),
      r(a - b + u, b),
      r(a - b, 2 * b - a),
    )
  },
  'true-hourly-rate-after-unbilled-time-and-costs': (f) => {
    const [rate, h, u, c] = figuresOf(f, 'r', 'h', 'u', 'c')
    const week = sub(r(rate * h), r(c, 4))
    return at2(
      div(week, r(h + u)),
      div(week, r(h)),
      r(rate * h, h + u),
      r(rate * h - c, h + u),
      r(rate),
      div(sub(r(rate * h), r(c, 52)), r(h + u)),
    )
  },
  'price-in-hours-of-net-work': (f) => {
    const [x, rate, fee, t] = figuresOf(f, 'x', 'r', 'f', 't')
    const hours = (perHour: R) => div(r(x), perHour)
    return at1(
      hours(mul(r(rate), less(fee), less(t))),
      r(x, rate),
      hours(mul(r(rate), less(t))),
      hours(mul(r(rate), less(fee))),
      hours(mul(r(rate), r(100 - fee - t, 100))),
    )
  },
  'bulk-pack-price-per-kilogram-on-offer': (f) => {
    const [g1, p1, g2, p2, x] = figuresOf(f, 'g1', 'p1', 'g2', 'p2', 'x')
    return at2(
      r(p2 * (100 - x) * 10, 100 * g2),
      r(p2 * 10, g2),
      r(p2 * (100 - x), 100 * g2),
      r(p1 * 10, g1),
      r((p2 - x) * 10, g2),
      r(p2 * (100 - x), 100 * 100),
    )
  },
  'monthly-provision-for-yearly-half-yearly-and-quarterly-bills': (f) => {
    const [a1, a2, a3] = figuresOf(f, 'a1', 'a2', 'a3')
    return at2(
      r(a1 + 2 * a2 + 4 * a3, 12),
      r(a1 + a2 + a3, 12),
      r(a1 + a2 + 4 * a3, 12),
      r(a1 + 2 * a2 + a3, 12),
      r(a1 + 4 * a2 + 4 * a3, 12),
      r(a1 + 2 * a2 + 12 * a3, 12),
      r(4 * a1 + 2 * a2 + 4 * a3, 12),
    )
  },
  'housing-cost-share-of-average-take-home': (f) => {
    const [m1, m2, m3, t, rent, util] = figuresOf(f, 'm1', 'm2', 'm3', 't', 'rent', 'util')
    const net = (x: R) => mul(x, less(t))
    const avg = r(m1 + m2 + m3, 3)
    const cost = r(rent + util)
    return pct2(
      div(cost, net(avg)),
      div(cost, avg),
      div(r(rent), net(avg)),
      div(cost, net(r(Math.min(m1, m2, m3)))),
      div(cost, net(r(Math.max(m1, m2, m3)))),
    )
  },
  'yearly-cost-of-a-workday-coffee': (f) => {
    const [c, w, h, d] = figuresOf(f, 'c', 'w', 'h', 'd')
    const cup = r(c, 100)
    return at2(
      mul(cup, r(w * (52 - h) - d)),
      mul(cup, r(w * (52 - h))),
      mul(cup, r(52 * w - d)),
      mul(cup, r(52 * w)),
      mul(cup, r(w * (52 - h - d))),
    )
  },
  'net-worth-from-a-list-of-assets-and-debts': (f) => {
    const [cash, car, paid, card, limit, loan] = figuresOf(
      f,
      'cash',
      'car',
      'paid',
      'card',
      'limit',
      'loan',
    )
    return at2(
      r(cash + car - card - loan),
      r(cash + car - limit - loan),
      r(cash + car - card),
      r(cash + paid - card - loan),
      r(cash + car),
    )
  },
  'final-price-after-discount-coupon-and-sales-tax': (f) => {
    const [p, d, c, s] = figuresOf(f, 'p', 'd', 'c', 's')
    const off = mul(D(p), less(d))
    return at2(
      mul(sub(off, D(c)), more(s)),
      mul(D(p - c), less(d), more(s)),
      sub(mul(off, more(s)), D(c)),
      sub(off, D(c)),
      mul(off, more(s)),
      mul(sub(off, D(c)), less(s)),
    )
  },
}
