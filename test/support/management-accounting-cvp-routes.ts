import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at2,
  div,
  mul,
  ONE,
  P,
  pct1,
  type Route,
  r,
  sub,
} from './management-accounting-second-working.js'

/** Cost behaviour and break-even worked again from each draw's prices, costs, volumes and mix. */
export const CVP_ROUTES: Readonly<Record<string, Route>> = {
  'break-even-units-from-unit-contribution': (f) => {
    const [p, v, q, fu, fc, d] = figuresOf(f, 'p', 'v', 'q', 'fu', 'f', 'd')
    const cm = p - v
    return at0(
      r(fc, cm),
      r(fc, p),
      r(fc * p, cm),
      r(fc, cm - fu),
      r(fc - d, cm),
      sub(r(q), r(fc, cm)),
      r(fc, p - fu),
    )
  },
  'break-even-revenue-from-the-contribution-ratio': (f) => {
    const [p, v, fc] = figuresOf(f, 'p', 'v', 'f')
    const ratio = r(p - v, p)
    const be = div(r(fc), ratio)
    return at0(
      be,
      div(r(fc), r(v, p)),
      r(fc, p - v),
      mul(r(fc), ratio),
      r(fc * v, p - v),
      add(be, r(fc)),
    )
  },
  'units-for-a-target-profit-after-tax': (f) => {
    const [p, v, fc, a, t] = figuresOf(f, 'p', 'v', 'f', 'a', 't')
    const pre = div(r(a), P(100 - t))
    const cm = r(p - v)
    return at0(
      div(add(r(fc), pre), cm),
      r(fc + a, p - v),
      div(add(r(fc), mul(r(a), P(100 + t))), cm),
      div(add(r(fc), pre), r(p)),
      div(add(r(fc), div(r(a), P(t))), cm),
      div(div(r(fc + a), P(100 - t)), cm),
    )
  },
  'margin-of-safety-as-a-share-of-budgeted-sales': (f) => {
    const [p, v, b, fc] = figuresOf(f, 'p', 'v', 'b', 'f')
    const be = r(fc, p - v)
    const mos = sub(r(b), be)
    return pct1(
      div(mos, r(b)),
      div(mos, be),
      div(be, r(b)),
      div(sub(r(b), r(fc, p)), r(b)),
      mul(div(mos, r(b)), r(p - v, p)),
      div(mos, r(b * p)),
    )
  },
  'degree-of-operating-leverage': (f) => {
    const [p, v, q, fc] = figuresOf(f, 'p', 'v', 'q', 'f')
    const c = q * (p - v)
    const profit = c - fc
    return at2(
      r(c, profit),
      r(c, fc),
      r(q * p, profit),
      r(fc, profit),
      r(profit, c),
      r(q * p, c),
      r(c + fc, profit),
    )
  },
  'profit-after-a-sales-rise-through-operating-leverage': (f) => {
    const [p0, dol, s, rev] = figuresOf(f, 'p0', 'dol', 's', 'rev')
    const lev = r(dol, 10)
    return at0(
      mul(r(p0), add(ONE, mul(lev, P(s)))),
      mul(r(p0), P(100 + s)),
      mul(r(p0), lev, P(s)),
      mul(r(p0), lev, P(100 + s)),
      add(r(p0), mul(r(rev), lev, P(s))),
      add(r(p0), mul(r(rev), P(s))),
      mul(r(p0), add(ONE, div(P(s), lev))),
    )
  },
  'high-low-variable-cost-per-unit': (f) => {
    const [l, h, m, cl, cm, ch] = figuresOf(f, 'l', 'h', 'm', 'cl', 'cm', 'ch')
    // The readings are cents; the rate is dollars an hour.
    const $ = (x: number, y: number) => r(x, 100 * y)
    return at2(
      $(ch - cl, h - l),
      $(cm - cl, m - l),
      $(ch, h),
      $(cl, l),
      $(ch - cl, h),
      $(cm - cl, h - l),
      r(100 * (h - l), ch - cl),
    )
  },
  'high-low-forecast-of-total-cost': (f) => {
    const [a, b, l, h, x] = figuresOf(f, 'a', 'b', 'l', 'h', 'x')
    const ch = a + b * h
    const cl = a + b * l
    const rate = r(ch - cl, h - l)
    const fixed = sub(r(ch), mul(rate, r(h)))
    return at0(
      add(fixed, mul(rate, r(x))),
      r(ch * x, h),
      mul(rate, r(x)),
      add(r(ch), mul(rate, r(x))),
      r(cl * x, l),
      add(fixed, mul(rate, r(x - l))),
      r((ch + cl) * x, h + l),
    )
  },
  'units-of-one-product-in-a-multi-product-break-even': (f) => {
    const [ma, mb, ca, cb, fc] = figuresOf(f, 'ma', 'mb', 'ca', 'cb', 'f')
    const perMix = ma * ca + mb * cb
    const share = r(ma, ma + mb)
    return at0(
      r(fc * ma, perMix),
      r(fc * (ma + mb), perMix),
      div(mul(r(fc), share), r(ca + cb, 2)),
      r(fc, ca),
      r(fc, perMix),
      div(mul(r(fc), share), r(ca)),
    )
  },
  'break-even-revenue-in-a-revenue-mix': (f) => {
    const [s, r1, r2, fc] = figuresOf(f, 's', 'r1', 'r2', 'f')
    const w = r(s * r1 + (100 - s) * r2, 10000)
    return at0(
      div(r(fc), w),
      r(fc * 200, r1 + r2),
      r(fc * 100, r1),
      r(fc * 100, r2),
      mul(r(fc), add(ONE, w)),
      div(r(fc), sub(ONE, w)),
      add(div(r(fc), w), r(fc)),
    )
  },
  'contribution-margin-ratio-from-a-cost-statement': (f) => {
    const [rv, vp, vs, fp] = figuresOf(f, 'r', 'vp', 'vs', 'fp')
    return pct1(
      r(rv - vp - vs, rv),
      r(rv - vp, rv),
      r(rv - vp - vs - fp, rv),
      r(rv - vp - fp, rv),
      r(rv - vp - vs, vp + vs),
      r(rv - vs, rv),
      r(vp + vs, rv),
    )
  },
  'volume-to-keep-profit-after-a-price-cut': (f) => {
    const [p, v, x, q] = figuresOf(f, 'p', 'v', 'x', 'q')
    const newPrice = r(p * (100 - x), 100)
    const newCm = sub(newPrice, r(v))
    const needed = div(r(q * (p - v)), newCm)
    return at0(
      needed,
      r(q * (100 + x), 100),
      div(r(q * p), newPrice),
      r(q * 100, 100 - x),
      add(r(q), needed),
      div(r(q * (p - v)), newPrice),
      div(r(q * p), newCm),
    )
  },
  'units-for-a-profit-that-is-a-share-of-sales': (f) => {
    const [p, v, m, fc] = figuresOf(f, 'p', 'v', 'm', 'f')
    const per = sub(r(p - v), r(p * m, 100))
    return at0(
      div(r(fc), per),
      r(fc, p - v),
      r(fc * (100 + m), (p - v) * 100),
      r(fc * 100, (p - v) * (100 - m)),
      div(r(fc * p), per),
      r(fc * 100, p * m),
    )
  },
  'margin-of-safety-in-revenue': (f) => {
    const [p, v, b, fc] = figuresOf(f, 'p', 'v', 'b', 'f')
    const mos = sub(r(b), r(fc, p - v))
    const be = r(fc, p - v)
    return at0(
      mul(mos, r(p)),
      mul(mos, r(p - v)),
      r(b * p - fc),
      mul(mos, r(v)),
      mul(be, r(p)),
      mos,
    )
  },
  'profit-at-a-revenue-from-the-contribution-ratio': (f) => {
    const [c, rv, fc] = figuresOf(f, 'c', 'r', 'f')
    const cont = r(rv * c, 100)
    return at0(
      sub(cont, r(fc)),
      cont,
      r((rv - fc) * c, 100),
      r((rv - fc) * (100 - c), 100),
      sub(r(rv * c, 100 + c), r(fc)),
    )
  },
  'indifference-volume-between-two-cost-structures': (f) => {
    const [f1, f2, v1, v2] = figuresOf(f, 'f1', 'f2', 'v1', 'v2')
    return at0(
      r(f2 - f1, v1 - v2),
      r(f2, v1 - v2),
      r(f2 - f1, v1),
      r(f2 + f1, v1 - v2),
      r(f2 - f1, v1 + v2),
      r(f1, v1 - v2),
      r(f2 - f1, v2),
    )
  },
}
