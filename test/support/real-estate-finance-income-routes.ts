import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at2,
  div,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './real-estate-finance-second-working.js'

const less = (a: R, b: R): boolean => a[0] * b[1] < b[0] * a[1]

/** Income property figures worked again from each draw's rents, rates and expenses. */
export const INCOME_ROUTES: Readonly<Record<string, Route>> = {
  'noi-from-a-rent-roll-and-operating-statement': (f) => {
    const [u, rent, v, o, e, x, ds, k] = figuresOf(f, 'u', 'rent', 'v', 'o', 'e', 'x', 'ds', 'k')
    // In hundredths of a dollar: rent after vacancy is 12·u·rent·(100 − v).
    const noi = 12 * u * rent * (100 - v) + 100 * (o - e - x)
    return at0(
      r(noi, 100),
      r(12 * u * rent + o - e - x),
      r(noi - 100 * ds, 100),
      r(noi - 100 * k, 100),
      r(noi - 100 * o, 100),
      r(noi + 100 * x, 100),
    )
  },
  'cap-rate-from-a-price-and-operating-statement': (f) => {
    const [gpi, v, e, p, loan, ds] = figuresOf(f, 'gpi', 'v', 'e', 'p', 'loan', 'ds')
    const noi = gpi * (100 - v) - 100 * e
    return pct2(
      r(noi, 100 * p),
      r(gpi, p),
      r(gpi * (100 - v), 100 * p),
      r(noi - 100 * ds, 100 * p),
      r(noi, 100 * (p - loan)),
      r(noi - 100 * ds, 100 * (p - loan)),
    )
  },
  'value-by-capitalising-next-years-noi': (f) => {
    const [noi, g, c, rv] = figuresOf(f, 'noi', 'g', 'c', 'rv')
    const next = noi * (1000 + g)
    return at0(r(next, c), r(noi * 1000, c), r(next - 1000 * rv, c), r(next, c - g), r(next, c + g))
  },
  'value-from-comparable-gross-rent-multipliers': (f) => {
    const [ga, gb, pa, pb, s, v, o] = figuresOf(f, 'ga', 'gb', 'pa', 'pb', 's', 'v', 'o')
    const m: R = r(pa * gb + pb * ga, 2 * ga * gb)
    return at0(
      mul(m, r(s)),
      r((pa + pb) * s, ga + gb),
      mul(m, r(s * (100 - v), 100)),
      mul(m, r(s + o)),
      mul(m, r(s, 12)),
    )
  },
  'cash-on-cash-return-in-year-one': (f) => {
    const [p, d, c, noi, ds] = figuresOf(f, 'p', 'd', 'c', 'noi', 'ds')
    const cash = r(p * d + 100 * c, 100)
    return pct2(
      div(r(noi - ds), cash),
      div(r(noi), cash),
      r(noi - ds, p),
      r(100 * (noi - ds), p * d),
      r(100 * (noi - ds), p * (100 - d)),
    )
  },
  'operating-expense-ratio-on-effective-gross-income': (f) => {
    const [gpi, v, o, e, ds] = figuresOf(f, 'gpi', 'v', 'o', 'e', 'ds')
    const egi100 = gpi * (100 - v) + 100 * o
    return pct2(
      r(100 * e, egi100),
      r(e, gpi + o),
      r(100 * (e + ds), egi100),
      r(100 * e, egi100 - 100 * e),
      r(100 * e, gpi * (100 - v)),
    )
  },
  'effective-gross-income-after-vacancy-and-credit-loss': (f) => {
    const [gpi, v, cl, o] = figuresOf(f, 'gpi', 'v', 'cl', 'o')
    return at0(
      r(gpi * (100 - v) * (100 - cl) + 10000 * o, 10000),
      r(gpi * (100 - v - cl) + 100 * o, 100),
      r(gpi + o),
      r((gpi + o) * (100 - v) * (100 - cl), 10000),
      r(gpi * (100 - v) + 100 * o, 100),
    )
  },
  'debt-yield-of-a-loan-request': (f) => {
    const [noi, v, l, egi, ds] = figuresOf(f, 'noi', 'v', 'l', 'egi', 'ds')
    return pct2(
      r(noi, l),
      r(noi, v),
      r(noi - ds, l),
      r(egi, l),
      r(noi, v - l),
      r(noi, ds),
      r(noi - ds, v),
    )
  },
  'loan-sized-on-the-lowest-of-three-tests': (f) => {
    const [v, l, noi, d, rt, y] = figuresOf(f, 'v', 'l', 'noi', 'd', 'r', 'y')
    const a = r(v * l, 100)
    const b = r(noi * 100 * 1000, d * rt)
    const c = r(noi * 100, y)
    const lo = less(a, b) ? (less(a, c) ? a : c) : less(b, c) ? b : c
    const hi = less(a, b) ? (less(b, c) ? c : b) : less(a, c) ? c : a
    const mid = [a, b, c].find((x) => x !== lo && x !== hi) as R
    return at0(lo, hi, mid, r(noi * d * 1000, 100 * rt), r(v * (100 - l), 100))
  },
  'noi-with-a-management-fee-on-collected-income': (f) => {
    const [gpi, v, o, m, e] = figuresOf(f, 'gpi', 'v', 'o', 'm', 'e')
    const egi = r(gpi * (100 - v) + 100 * o, 100)
    return at0(
      sub(mul(egi, r(100 - m, 100)), r(e)),
      sub(egi, r(gpi * m + 100 * e, 100)),
      sub(egi, r(e)),
      r((gpi + o) * (100 - m) - 100 * e, 100),
      mul(sub(egi, r(e)), r(100 - m, 100)),
    )
  },
  'cap-rate-by-the-band-of-investment': (f) => {
    const [m, i, rm, re] = figuresOf(f, 'm', 'i', 'rm', 're')
    return pct2(
      r(m * rm + (100 - m) * re, 100000),
      r(m * i + (100 - m) * re, 100000),
      r((100 - m) * rm + m * re, 100000),
      r(rm + re, 2000),
      r(m * rm, 100000),
    )
  },
  'cash-flow-before-tax-from-the-operating-statement': (f) => {
    const [gpi, v, e, rv, ds, int, dep] = figuresOf(f, 'gpi', 'v', 'e', 'rv', 'ds', 'int', 'dep')
    const cf = gpi * (100 - v) - 100 * (e + rv + ds)
    return at0(
      r(cf, 100),
      r(cf - 100 * dep, 100),
      r(cf + 100 * ds, 100),
      r(gpi - e - rv - ds),
      r(cf + 100 * (ds - int), 100),
    )
  },
  'value-gained-when-the-cap-rate-falls': (f) => {
    const [noi, c1, c2] = figuresOf(f, 'noi', 'c1', 'c2')
    return at0(
      r(noi * 1000 * (c1 - c2), c1 * c2),
      r(noi * 1000 * (c1 - c2), c1 * c1),
      r(noi * 1000, c2),
      r(noi * (c1 - c2), 1000),
      r(noi * 1000, c1 - c2),
    )
  },
  'rent-lost-to-turnover-vacancy': (f) => {
    const [u, tv, d, rent] = figuresOf(f, 'u', 'tv', 'd', 'rent')
    return at0(
      r(u * tv * d * rent * 12, 100 * 365),
      r(u * tv * d * rent, 100 * 30),
      r(u * tv * d * rent, 100 * 31),
      r(u * d * rent * 12, 365),
      r(u * tv * rent, 100),
    )
  },
  'gross-rent-multiplier-of-a-sale': (f) => {
    const [g, p, v, o, noi] = figuresOf(f, 'g', 'p', 'v', 'o', 'noi')
    return at2(r(p, g), r(12 * p, g), r(100 * p, g * (100 - v)), r(p, noi), r(p, g + o))
  },
  'cap-rate-after-a-property-tax-reassessment': (f) => {
    const [p, t, t0, noi] = figuresOf(f, 'p', 't', 't0', 'noi')
    const tax = r(p * t, 1000)
    return pct2(
      div(sub(r(noi + t0), tax), r(p)),
      r(noi, p),
      div(sub(r(noi), tax), r(p)),
      r(noi + t0, p),
      div(add(r(noi - t0), tax), r(p)),
    )
  },
}
