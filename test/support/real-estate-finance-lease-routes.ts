import { figuresOf } from './drawn-figures.js'
import {
  at0,
  at2,
  div,
  M,
  mul,
  ONE,
  pay,
  pct2,
  pw,
  type R,
  type Route,
  r,
  sub,
  sum,
  T,
} from './real-estate-finance-second-working.js'

/** `r0` raised by each yearly rise drawn in tenths of a percent, compounding. */
const rises = (r0: number, xs: readonly number[]): R =>
  xs.reduce<R>((acc, x) => mul(acc, r(1000 + x, 1000)), r(r0))

/** Lease clauses worked again from each draw's rents, areas, shares and days. */
export const LEASE_ROUTES: Readonly<Record<string, Route>> = {
  'rent-after-capped-and-collared-cpi-reviews': (f) => {
    const [r0, fl, cp, c1, c2, c3] = figuresOf(f, 'r0', 'fl', 'cp', 'c1', 'c2', 'c3')
    const cs = [c1, c2, c3]
    // Each rise held between the collar and the cap, then the collar alone and the cap alone.
    const within = cs.map((c) => Math.min(cp, Math.max(fl, c)))
    return at0(
      rises(r0, within),
      rises(
        r0,
        cs.map((c) => Math.max(fl, c)),
      ),
      rises(
        r0,
        cs.map((c) => Math.min(cp, c)),
      ),
      r(r0 * (1000 + within[0]! + within[1]! + within[2]!), 1000),
      rises(r0, cs),
    )
  },
  'total-rent-over-a-lease-with-fixed-bumps': (f) => {
    const [r0, e, yrs] = figuresOf(f, 'r0', 'e', 'yrs')
    const g = r(100 + e, 100)
    const each = Array.from({ length: yrs }, (_, t) => mul(r(r0), pw(g, t)))
    let simple = 0
    for (let t = 0; t < yrs; t++) simple += r0 * (100 + e * t)
    return at0(
      sum(each),
      r(r0 * yrs),
      mul(r(r0 * yrs), pw(g, yrs - 1)),
      r(simple, 100),
      mul(sum(each), g),
    )
  },
  'straight-line-effective-rent-with-free-months-and-an-allowance': (f) => {
    const [rt, yrs, fr, t] = figuresOf(f, 'r', 'yrs', 'f', 't')
    // Per sq ft over the term, in twelfths of a dollar.
    const net = 12 * rt * yrs - rt * fr
    return at2(
      r(net - 12 * t, 12 * yrs),
      r(net, 12 * yrs),
      r(rt),
      r(rt * (12 - fr), 12),
      r(rt * yrs - t, yrs),
      r(net - 12 * t * yrs, 12 * yrs),
    )
  },
  'net-effective-rent-after-a-rent-free-year': (f) => {
    const [rt, yrs, k] = figuresOf(f, 'r', 'yrs', 'k')
    // Present values on the growth factor: Σ (1000 + k)^(yrs − t) over (1000 + k)^yrs.
    const g = r(1000 + k, 1000)
    const term = (t: number) => div(pw(g, yrs - t), pw(g, yrs))
    const all = sum(Array.from({ length: yrs }, (_, i) => term(i + 1)))
    const paid = sub(all, term(1))
    return at2(
      div(mul(r(rt), paid), all),
      r(rt * (yrs - 1), yrs),
      r(rt),
      div(mul(r(rt), paid), r(yrs)),
      mul(r(rt), sub(ONE, div(ONE, all))),
    )
  },
  'cam-recovery-with-an-admin-fee': (f) => {
    const [b, l, a, pool, k, m] = figuresOf(f, 'b', 'l', 'a', 'pool', 'k', 'm')
    return at0(
      r(a * (pool - k) * (100 + m), b * 100),
      r(a * (pool - k) * (100 + m), l * 100),
      r(a * pool * (100 + m), b * 100),
      r(a * (pool - k), b),
      r(a * (pool - k) * (100 - m), b * 100),
      r((pool - k) * (100 * a + m * b), b * 100),
    )
  },
  'cam-share-with-variable-costs-grossed-up': (f) => {
    const [b, a, fx, vr, o] = figuresOf(f, 'b', 'a', 'fx', 'vr', 'o')
    return at0(
      r(a * (fx * o + vr * 95), b * o),
      r(a * (fx + vr), b),
      r(a * (fx * o + vr * 100), b * o),
      r(a * (fx + vr) * 95, b * o),
      r(a * (fx * 95 + vr * o), b * 95),
      r(a * 100 * (fx * o + vr * 95), b * o * o),
      r(a * vr * 95, b * o),
    )
  },
  'expense-stop-over-a-base-year': (f) => {
    const [b, a, l, eb, ep, ec] = figuresOf(f, 'b', 'a', 'l', 'eb', 'ep', 'ec')
    return at0(
      r(a * (ec - eb), b),
      r(a * ec, b),
      r(ec - eb),
      r(a * (ec - ep), b),
      r(a * (ec - eb), l),
    )
  },
  'percentage-rent-over-a-natural-breakpoint': (f) => {
    const [bm, p, s] = figuresOf(f, 'bm', 'p', 's')
    return at0(
      r(s * p - 1200 * bm, 100),
      r(s * p - 100 * bm, 100),
      r(s * p, 100),
      r((s - 12 * bm) * p, 100),
      r((s - 12 * bm) * p - 1200 * bm, 100),
      r(s * p - 1200 * bm, 1200),
      r(12 * bm * p, 100),
    )
  },
  'break-even-occupancy-with-reserves': (f) => {
    const [gpi, v, e, rv, ds] = figuresOf(f, 'gpi', 'v', 'e', 'rv', 'ds')
    const out = e + rv + ds
    return pct2(
      r(out, gpi),
      r(e + ds, gpi),
      r(e + rv, gpi),
      r(100 * out, gpi * (100 - v)),
      r(gpi - out, gpi),
    )
  },
  'fit-out-above-the-allowance-repaid-as-rent': (f) => {
    const [a, t, c, yrs, k] = figuresOf(f, 'a', 't', 'c', 'yrs', 'k')
    const x = a * (c - t)
    return at2(
      pay(r(x), M(k), 12 * yrs),
      r(x, 12 * yrs),
      pay(r(a * c), M(k), 12 * yrs),
      div(pay(r(x), T(k), yrs), r(12)),
      r(x * (1000 + k * yrs), 12000 * yrs),
    )
  },
  'monthly-rent-on-rentable-area-with-a-load-factor': (f) => {
    const [ub, rb, u, rate] = figuresOf(f, 'ub', 'rb', 'u', 'rate')
    return at2(
      r(u * rb * rate, ub * 12),
      r(u * rate, 12),
      r(u * (2 * rb - ub) * rate, rb * 12),
      r(u * ub * rate, rb * 12),
      r((u + rb - ub) * rate, 12),
      r(u * rb * rb * rate, ub * ub * 12),
    )
  },
  'leasing-commission-on-total-lease-value': (f) => {
    const [a, rt, bump, yrs, c1, c2] = figuresOf(f, 'a', 'r', 'bump', 'yrs', 'c1', 'c2')
    let early = 0
    let late = 0
    for (let t = 1; t <= yrs; t++) {
      const rent = a * rt + a * bump * (t - 1)
      if (t <= 5) early += rent
      else late += rent
    }
    return at0(
      r(early * c1 + late * c2, 100),
      r((early + late) * c1, 100),
      r(a * rt * yrs * c1, 100),
      r(a * rt * (5 * c1 + (yrs - 5) * c2), 100),
      r((early + late) * c2, 100),
    )
  },
  'holdover-rent-for-part-of-a-month': (f) => {
    const [m, h, d] = figuresOf(f, 'm', 'h', 'd')
    return at2(
      r(m * h * d, 3100),
      r(m * h * d, 3000),
      r(m * d, 31),
      r(m * h, 100),
      r(m * (h - 100) * d, 3100),
    )
  },
  'cost-of-re-leasing-when-a-tenant-leaves': (f) => {
    const [a, ro, rn, v, t, yrs, c] = figuresOf(f, 'a', 'ro', 'rn', 'v', 't', 'yrs', 'c')
    // In hundredths of a dollar over twelve.
    const vac = (x: number) => a * x * v * 100
    const ti = a * t * 1200
    const comm = a * rn * yrs * c * 12
    return at0(
      r(vac(rn) + ti + comm, 1200),
      r(vac(rn) + ti, 1200),
      r(vac(ro) + ti + comm, 1200),
      r(vac(rn) + ti + a * rn * c * 12, 1200),
      r(vac(rn) + ti * yrs + comm, 1200),
    )
  },
  'rent-credit-to-the-buyer-at-closing': (f) => {
    const [m, d] = figuresOf(f, 'm', 'd')
    const left = 32 - d
    return at2(
      r(m * left, 31),
      r(m * (left - 1), 31),
      r(m * left, 30),
      r(m * (d - 1), 31),
      r(m * left * 12, 365),
    )
  },
  'property-tax-credit-for-a-bill-paid-in-arrears': (f) => {
    const [tax, doy, mb] = figuresOf(f, 'tax', 'doy', 'mb')
    return at0(
      r(tax * (doy - 1), 365),
      r(tax * doy, 365),
      r(tax * (366 - doy), 365),
      r(tax * (doy - 1), 360),
      r(tax * mb, 12),
    )
  },
}
