import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  div,
  mul,
  P,
  type Route,
  r,
  sub,
} from './management-accounting-second-working.js'

/** Budgeting worked again from each draw's sales, inventories, collection patterns and costs. */
export const BUDGETING_ROUTES: Readonly<Record<string, Route>> = {
  'production-budget-with-a-closing-inventory-policy': (f) => {
    const [s, nx, c, o] = figuresOf(f, 's', 'nx', 'c', 'o')
    const closing = r(nx * c, 100)
    return at0(
      sub(add(r(s), closing), r(o)),
      add(r(s), closing, r(o)),
      sub(add(r(s), r(s * c, 100)), r(o)),
      add(r(s), closing),
      sub(r(s + o), closing),
    )
  },
  'materials-purchases-budget-in-dollars': (f) => {
    const [p, pn, k, c, om, q] = figuresOf(f, 'p', 'pn', 'k', 'c', 'om', 'q')
    const use = r(p * k)
    const closing = r(pn * k * c, 100)
    const price = r(q)
    return at0(
      mul(sub(add(use, closing), r(om)), price),
      mul(use, price),
      mul(add(use, closing, r(om)), price),
      mul(sub(add(use, r(p * k * c, 100)), r(om)), price),
      mul(sub(add(use, r(pn * c, 100)), r(om)), price),
      mul(add(use, closing), price),
      mul(r(p * k - om), price),
    )
  },
  'cash-receipts-from-credit-sales-with-bad-debts': (f) => {
    const [s1, s2, s3, a, b, d] = figuresOf(f, 's1', 's2', 's3', 'a', 'b', 'd')
    const c = 100 - a - b - d
    const cents = (x: number) => r(x, 100)
    return at0(
      cents(s3 * a + s2 * b + s1 * c),
      r(s3),
      cents(s1 * a + s2 * b + s3 * c),
      cents(s3 * a + s2 * b),
      cents(s3 * a + s2 * b + s1 * (c + d)),
    )
  },
  'cash-paid-for-purchases-with-a-settlement-discount': (f) => {
    const [pr, cu, p, d] = figuresOf(f, 'pr', 'cu', 'p', 'd')
    const early = mul(r(cu * p, 100), P(100 - d))
    const late = r(pr * (100 - p), 100)
    const gross = add(r(cu * p, 100), late)
    return at0(
      add(early, late),
      gross,
      r(cu),
      add(mul(r(pr * p, 100), P(100 - d)), r(cu * (100 - p), 100)),
      mul(gross, P(100 - d)),
    )
  },
  'closing-cash-balance': (f) => {
    const [o, rc, e, dep, k] = figuresOf(f, 'o', 'r', 'e', 'dep', 'k')
    const paid = e - dep
    const close = o + rc - paid - k
    return at0(
      r(close),
      r(o + rc - e - k),
      r(o + rc - paid),
      r(rc - paid - k),
      r(o + rc - e),
      r(close + dep),
      r(rc - e - k),
    )
  },
  'flexed-budget-for-total-cost': (f) => {
    const [q1, vu, fc, q2] = figuresOf(f, 'q1', 'vu', 'f', 'q2')
    return at0(
      r(vu * q2 + fc),
      r((vu * q1 + fc) * q2, q1),
      r(vu * q1 + fc),
      r(vu * q2),
      add(r(vu * q2), r(fc * q1, q2)),
    )
  },
  'flexing-a-semi-variable-cost-between-two-levels': (f) => {
    const [a, b, q1, q2, q3] = figuresOf(f, 'a', 'b', 'q1', 'q2', 'q3')
    const c1 = a + b * q1
    const c2 = a + b * q2
    const rate = r(c2 - c1, q2 - q1)
    const fixed = sub(r(c1), mul(rate, r(q1)))
    return at0(
      add(fixed, mul(rate, r(q3))),
      r(c1 * q3, q1),
      r(c2 * q3, q2),
      mul(rate, r(q3)),
      r(c1 + c2, 2),
      add(r(c2), mul(rate, r(q3 - q1))),
      add(r(c1), mul(rate, r(q3))),
    )
  },
  'flexed-budget-profit': (f) => {
    const [q1, v, p, q2, fc] = figuresOf(f, 'q1', 'v', 'p', 'q2', 'f')
    return at0(
      r(q2 * (p - v) - fc),
      r(q1 * (p - v) - fc),
      sub(r(q2 * (p - v)), r(fc * q2, q1)),
      r(q2 * p - q1 * v - fc),
      r(q2 * (p - v)),
    )
  },
  'cash-collected-from-receivables-balances': (f) => {
    const [o, s, c] = figuresOf(f, 'o', 's', 'c')
    return at0(r(o + s - c), r(s), r(s + c - o), r(o + s + c), r(o + s))
  },
  'labour-cost-budget-with-idle-time': (f) => {
    const [p, h, i, w, s] = figuresOf(f, 'p', 'h', 'i', 'w', 's')
    const productive = r(p * h * w)
    return at0(
      div(productive, P(100 - i)),
      productive,
      mul(productive, P(100 + i)),
      mul(productive, P(100 - i)),
      div(r(s * h * w), P(100 - i)),
    )
  },
  'closing-receivables-from-a-collection-pattern': (f) => {
    const [s2, s3, a, b] = figuresOf(f, 's2', 's3', 'a', 'b')
    const last = 100 - a - b
    return at0(
      r(s3 * (100 - a) + s2 * last, 100),
      r(s3 * (100 - a), 100),
      r((s3 + s2) * (100 - a), 100),
      r(s3 * a + s2 * b, 100),
      r(s2 + s3),
    )
  },
  'purchases-budget-from-a-gross-margin': (f) => {
    const [s, m, ci, oi] = figuresOf(f, 's', 'm', 'ci', 'oi')
    const cogs = r(s * (100 - m), 100)
    return at0(
      add(cogs, r(ci - oi)),
      add(div(r(s), P(100 + m)), r(ci - oi)),
      cogs,
      add(cogs, r(oi - ci)),
      r(s + ci - oi),
    )
  },
  'incremental-budget-for-inflation-and-volume': (f) => {
    const [c, v, g, i] = figuresOf(f, 'c', 'v', 'g', 'i')
    const variable = mul(r(c), P(v))
    const fixed = mul(r(c), P(100 - v))
    const volume = add(mul(variable, P(100 + g)), fixed)
    return at0(
      mul(volume, P(100 + i)),
      mul(r(c), P(100 + g), P(100 + i)),
      mul(r(c), P(100 + i)),
      volume,
      add(mul(variable, P(100 + g), P(100 + i)), fixed),
    )
  },
  'overhead-with-a-stepped-supervision-cost': (f) => {
    const [fc, v, cap, sv, q, q1] = figuresOf(f, 'f', 'v', 'cap', 'sv', 'q', 'q1')
    const base = fc + v * q
    const people = Math.floor((q + cap - 1) / cap)
    return at0(
      r(base + people * sv),
      r(base + (people - 1) * sv),
      add(r(base), r(q * sv, cap)),
      r(base),
      r(base + Math.floor((q1 + cap - 1) / cap) * sv),
    )
  },
  'retail-purchases-with-inventory-on-next-month-cost-of-sales': (f) => {
    const [s1, s2, m, c] = figuresOf(f, 's1', 's2', 'm', 'c')
    const cg1 = r(s1 * (100 - m), 100)
    const cg2 = r(s2 * (100 - m), 100)
    const close = mul(cg2, P(c))
    const open = mul(cg1, P(c))
    return at0(
      sub(add(cg1, close), open),
      cg1,
      add(cg1, close),
      r(s1 * 100 + s2 * c - s1 * c, 100),
      sub(add(cg1, open), close),
    )
  },
  'sales-budget-after-price-and-volume-changes': (f) => {
    const [q, p, g, k, e] = figuresOf(f, 'q', 'p', 'g', 'k', 'e')
    const units = mul(r(q), P(100 + g))
    const mixPrice = add(mul(r(p), P(e)), mul(r(p), P(100 - e), P(100 + k)))
    return at0(
      mul(units, mixPrice),
      mul(units, r(p), P(100 + k)),
      mul(r(q * p), P(100 + g + k)),
      mul(r(q), mixPrice),
      mul(units, r(p)),
    )
  },
}
