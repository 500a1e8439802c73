import { figuresOf } from './drawn-figures.js'
import {
  add,
  at1,
  at2,
  div,
  less,
  more,
  mul,
  ONE,
  P,
  pct2,
  pw,
  type Route,
  r,
  sub,
} from './personal-finance-literacy-second-working.js'

/** Insurance and risk worked again from each draw's bills, plan terms, chances and holdings. */
export const INSURANCE_ROUTES: Readonly<Record<string, Route>> = {
  'out-of-pocket-on-a-claim-with-deductible-and-coinsurance': (f) => {
    const [b, d, c] = figuresOf(f, 'b', 'd', 'c')
    return at2(
      add(r(d), r((b - d) * c, 100)),
      r(b * c, 100),
      add(r(d), r(b * c, 100)),
      add(r(d), r((b - d) * (100 - c), 100)),
      r((b - d) * c, 100),
    )
  },
  'plan-payment-when-the-out-of-pocket-cap-binds': (f) => {
    const [b, d, c, cap] = figuresOf(f, 'b', 'd', 'c', 'cap')
    const own = add(r(d), r((b - d) * c, 100))
    return at2(r(b - cap), sub(r(b), own), r(b - d), r((b - d) * c, 100), r(b - d - cap))
  },
  'expected-yearly-cost-of-a-high-deductible-plan': (f) => {
    const [q, d, p] = figuresOf(f, 'q', 'd', 'p')
    const expected = r(d * p, 100)
    return at2(
      add(r(12 * q), expected),
      r(12 * q + d),
      r(12 * q),
      add(r(q), expected),
      mul(add(r(q), expected), r(12)),
    )
  },
  'portfolio-value-after-one-holding-fails': (f) => {
    const [p, k, g] = figuresOf(f, 'p', 'k', 'g')
    const one = r(p, k)
    return at2(
      mul(one, r(k - 1), more(g)),
      mul(r(p), more(g)),
      sub(mul(r(p), more(g)), one),
      mul(one, r(k - 1)),
      mul(one, more(g)),
    )
  },
  'weighted-return-of-three-holdings': (f) => {
    const [a, b, c, ra, rb, rc] = figuresOf(f, 'a', 'b', 'c', 'ra', 'rb', 'rc')
    const all = (a + b + c) * 100
    return pct2(
      r(a * ra + b * rb + c * rc, all),
      r(ra + rb + rc, 300),
      r(a * ra + b * rb, all),
      r(a * ra + b * rb - c * rc, all),
      r(a * ra + b * rb + c * rc, (a + b) * 100),
    )
  },
  'guaranteed-monthly-return-as-a-multiple-of-the-market-rate': (f) => {
    const [m, a] = figuresOf(f, 'm', 'a')
    const grown = pw(more(m), 12)
    const index = P(a)
    return at1(
      div(sub(grown, ONE), index),
      r(12 * m, a),
      r(m, a),
      div(grown, index),
      div(sub(pw(more(m), 11), ONE), index),
      div(sub(grown, ONE), r(a, 1200)),
    )
  },
  'actual-cash-value-payout-for-an-old-item': (f) => {
    const [c, y, dep, d] = figuresOf(f, 'c', 'y', 'dep', 'd')
    const value = r(c * (100 - dep * y), 100)
    return at2(
      sub(value, r(d)),
      r(c - d),
      sub(mul(r(c), pw(less(dep), y)), r(d)),
      value,
      r(c * (100 - dep * (y + 1)) - 100 * d, 100),
    )
  },
  'paid-on-two-bills-with-one-yearly-deductible': (f) => {
    const [d, b1, b2, c] = figuresOf(f, 'd', 'b1', 'b2', 'c')
    return at2(
      r(100 * d + (b1 + b2 - d) * c, 100),
      r(200 * d + (b1 + b2 - 2 * d) * c, 100),
      r((b1 + b2) * c, 100),
      r(100 * d + (b1 - d) * c, 100),
      r(100 * d + (b1 + b2) * c, 100),
      r(100 * d + (b1 + b2 - d) * (100 - c), 100),
      r((b1 + b2 - d) * c, 100),
    )
  },
  'life-cover-needed-by-a-simple-rule': (f) => {
    const [i, y, debt, s] = figuresOf(f, 'i', 'y', 'debt', 's')
    return at2(
      r(y * i + debt - s),
      r(y * i + debt),
      r(y * i - s),
      r(y * i + debt + s),
      r(i + debt - s),
      r((y + 1) * i + debt - s),
      r((y - 1) * i + debt - s),
    )
  },
  'premium-after-two-discounts-and-a-surcharge': (f) => {
    const [q, a, b, s] = figuresOf(f, 'q', 'a', 'b', 's')
    return at2(
      mul(r(q), less(a), less(b), more(s)),
      r(q * (100 - a - b + s), 100),
      mul(r(q), less(a), less(b)),
      mul(r(q), r(100 - a - b, 100), more(s)),
      mul(r(q), more(s)),
    )
  },
  'expected-repair-cost-set-against-a-warranty': (f) => {
    const [p1, r1, p2, r2, w] = figuresOf(f, 'p1', 'r1', 'p2', 'r2', 'w')
    return at2(
      r(p1 * r1 + p2 * r2, 100),
      r(p1 * r1, 100),
      r(r1 + r2),
      r((p1 + p2) * (r1 + r2), 100),
      r(p2 * r2, 100),
      r((p1 + p2) * r2, 100),
      r((p1 + p2) * r1, 100),
      r(w),
    )
  },
  'years-to-recover-a-higher-deductible-from-lower-premiums': (f) => {
    const [q1, q2, d1, d2] = figuresOf(f, 'q1', 'q2', 'd1', 'd2')
    return at1(
      r(d2 - d1, 12 * (q1 - q2)),
      r(d2, 12 * (q1 - q2)),
      r(d2 - d1, 12 * q1),
      r(d2 - d1, q1 - q2),
      r(d2 - d1, 12 * (q1 + q2)),
      r(d2 - d1, 12 * q2),
    )
  },
  'gain-needed-to-recover-from-a-fall': (f) => {
    const [x] = figuresOf(f, 'x')
    return pct2(r(x, 100 - x), P(x), r(100, 100 - x), r(x, 100 + x), r(100 - x, 100), r(100 - x, x))
  },
  'extra-cost-of-paying-a-premium-monthly': (f) => {
    const [a, m] = figuresOf(f, 'a', 'm')
    return pct2(
      r(12 * m - a, a),
      r(12 * m - a, 12 * m),
      r(12 * m, a),
      r(12 * m - a, 12 * a),
      r(11 * m - a, a),
      r(12 * m - a, m),
    )
  },
  'claim-under-an-average-clause-when-underinsured': (f) => {
    const [v, s, l, d] = figuresOf(f, 'v', 's', 'l', 'd')
    const share = r(s, v)
    return at2(
      sub(mul(r(l), share), r(d)),
      r(l - d),
      mul(r(l), share),
      mul(r(l - d), share),
      sub(r(l * (v - s), v), r(d)),
    )
  },
  'loss-on-a-concentrated-holding-against-a-spread-one': (f) => {
    const [p, s, x, g] = figuresOf(f, 'p', 's', 'x', 'g')
    const fund = r(p * (100 - s) * (100 + g), 10000)
    return at2(
      add(r(p * s * (100 - x), 10000), fund),
      r(p * (100 - x), 100),
      r(p * (100 + g), 100),
      r(p * (100 + g - x), 100),
      add(r(p * s * x, 10000), fund),
      add(r(p * s, 100), fund),
      fund,
      r(p * (s * (100 + g) + (100 - s) * (100 - x)), 10000),
    )
  },
}
