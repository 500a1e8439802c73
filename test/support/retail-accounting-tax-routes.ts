import {
  add,
  at2,
  div,
  mul,
  P,
  type R,
  type Route,
  r,
  sub,
  T,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** The tax inside a tax-inclusive amount at `v` %: x · v ÷ (100 + v). */
const within = (x: R, v: number): R => mul(x, r(v, 100 + v))
/** The tax inside a tax-inclusive amount at a rate drawn in tenths of a percent. */
const withinT = (x: R, t: number): R => mul(x, r(t, 1000 + t))

/** Sales tax and VAT worked again from each draw's takings, rates and purchases. */
export const TAX_ROUTES: Readonly<Record<string, Route>> = {
  'vat-inside-takings-with-gift-card-sales': (f) => {
    const [v, t, g, z, rd] = figuresOf(f, 'v', 't', 'g', 'z', 'rd')
    const taxable = t - g - z
    return at2(
      within(r(taxable), v),
      mul(r(taxable), P(v)),
      within(r(t - z), v),
      within(r(t - g), v),
      within(r(taxable - rd), v),
      within(r(t), v),
    )
  },
  'output-vat-by-apportionment-on-purchases': (f) => {
    const [v, t, ps, pz] = figuresOf(f, 'v', 't', 'ps', 'pz')
    const std = mul(r(t), r(ps, ps + pz))
    // The share built with the standard-rated purchases net of their VAT.
    const psNet = r(ps * 100, 100 + v)
    const netShare = div(psNet, r(ps * 100 + pz * (100 + v), 100 + v))
    return at2(
      within(std, v),
      within(r(t), v),
      mul(std, P(v)),
      within(mul(r(t), r(pz, ps + pz)), v),
      within(mul(r(t), netShare), v),
      within(r(ps), v),
    )
  },
  'output-vat-by-apportionment-on-expected-selling-prices': (f) => {
    const [v, t, os, oz, es, ez, cs, cz] = figuresOf(
      f,
      ...(['v', 't', 'os', 'oz', 'es', 'ez', 'cs', 'cz'] as const),
    )
    const all = os + es + oz + ez
    return at2(
      within(r(t * (os + es), all), v),
      within(r(t * es, es + ez), v),
      within(r(t * cs, cs + cz), v),
      r(t * (os + es) * v, all * 100),
      within(r(t), v),
      within(r(t * (oz + ez), all), v),
    )
  },
  'vat-return-balance-for-a-shop': (f) => {
    const [v, t, p, e] = figuresOf(f, 'v', 't', 'p', 'e')
    const out = within(r(t), v)
    const onStock = r(p * v, 100)
    const onCosts = within(r(e), v)
    return at2(
      sub(sub(out, onStock), onCosts),
      sub(sub(r(t * v, 100), onStock), onCosts),
      sub(sub(out, within(r(p), v)), onCosts),
      sub(out, onStock),
      sub(sub(out, onStock), r(e * v, 100)),
      out,
    )
  },
  'sales-tax-remitted-after-the-vendor-allowance': (f) => {
    const [t, g, x, a] = figuresOf(f, 't', 'g', 'x', 'a')
    const tax = withinT(r(g - x), t)
    return at2(
      mul(tax, P(100 - a)),
      mul(r(g - x), T(t), P(100 - a)),
      tax,
      sub(tax, r(g * a, 100)),
      sub(tax, mul(sub(r(g - x), tax), P(a))),
      mul(withinT(r(g), t), P(100 - a)),
      mul(r(g), T(t), P(100 - a)),
    )
  },
  'vat-on-a-three-for-two-offer': (f) => {
    const [v, a, b, c] = figuresOf(f, 'v', 'a', 'b', 'c')
    return at2(
      within(r(a + b, 100), v),
      within(r(a + b + c, 100), v),
      r((a + b) * v, 10000),
      within(r(b + c, 100), v),
      sub(within(r(a + b + c, 100), v), r(c * v, 10000)),
      within(r((a + b + c) * 2, 300), v),
    )
  },
  'bad-debt-relief-on-an-unpaid-account': (f) => {
    const [v, i, p] = figuresOf(f, 'v', 'i', 'p')
    return at2(within(r(i - p), v), r((i - p) * v, 100), within(r(i), v), within(r(p), v))
  },
  'shelf-price-holding-the-net-after-a-rate-change': (f) => {
    const [v0, v1, p] = figuresOf(f, 'v0', 'v1', 'p')
    const price = r(p, 100)
    return at2(
      div(mul(price, r(100 + v1, 100)), r(100 + v0, 100)),
      mul(price, r(100 + v1 - v0, 100)),
      mul(price, r((100 - v0) * (100 + v1), 10000)),
      mul(price, r(100 + v1, 100)),
      div(mul(price, r(100 + v0, 100)), r(100 + v1, 100)),
    )
  },
  'use-tax-on-stock-taken-for-store-use': (f) => {
    const [rv, k, sp, t] = figuresOf(f, 'rv', 'k', 'sp', 't')
    const cost = r(rv * 100, 100 + k)
    return at2(
      mul(cost, T(t)),
      mul(r(rv), T(t)),
      mul(add(cost, r(sp)), T(t)),
      r(rv * (100 - k) * t, 100000),
      mul(sub(r(rv), cost), T(t)),
      mul(r(sp), T(t)),
    )
  },
  'margin-scheme-vat-on-second-hand-goods': (f) => {
    const [v, b, s, rp] = figuresOf(f, 'v', 'b', 's', 'rp')
    return at2(
      within(r(s - b), v),
      r((s - b) * v, 100),
      within(r(s), v),
      within(r(s - b - rp), v),
      r((s - b - rp) * v, 100),
    )
  },
  'global-accounting-vat-with-a-negative-margin-carried': (f) => {
    const [v, pu, sa, n] = figuresOf(f, 'v', 'pu', 'sa', 'n')
    return at2(
      within(r(sa - pu - n), v),
      within(r(sa - pu), v),
      r((sa - pu - n) * v, 100),
      within(r(sa - pu + n), v),
      within(r(sa), v),
    )
  },
  'vat-on-the-balance-after-a-deposit': (f) => {
    const [v, p, d] = figuresOf(f, 'v', 'p', 'd')
    const deposit = r(p * d, 100)
    const balance = sub(r(p), deposit)
    return at2(
      within(balance, v),
      within(r(p), v),
      mul(balance, P(v)),
      within(deposit, v),
      r(p * v, 100),
    )
  },
  'flat-rate-vat-on-gross-takings': (f) => {
    const [v, fl, t, z] = figuresOf(f, 'v', 'f', 't', 'z')
    return at2(
      r(t * fl, 1000),
      mul(r(t * 100, 100 + v), T(fl)),
      r((t - z) * fl, 1000),
      within(r(t - z), v),
      mul(r((t - z) * 100, 100 + v), T(fl)),
      within(r(t), v),
    )
  },
  'sales-tax-due-net-of-refunds-and-exempt-sales': (f) => {
    const [t, g, x, rf] = figuresOf(f, 't', 'g', 'x', 'rf')
    return at2(
      withinT(r(g - x - rf), t),
      r((g - x - rf) * t, 1000),
      withinT(r(g - x), t),
      withinT(r(g - rf), t),
      withinT(r(g - x + rf), t),
    )
  },
  'vat-on-staff-sales-at-a-discount': (f) => {
    const [v, l, d, u] = figuresOf(f, 'v', 'l', 'd', 'u')
    const paid = r(u * l * (100 - d), 100)
    return at2(
      within(paid, v),
      within(r(u * l), v),
      mul(paid, P(v)),
      within(r(u * l * d, 100), v),
      r(u * l * v, 100),
    )
  },
  'input-vat-on-a-mixed-purchase-invoice': (f) => {
    const [v, n1, n2, n3] = figuresOf(f, 'v', 'n1', 'n2', 'n3')
    return at2(
      r(n1 * v, 100),
      r((n1 + n3) * v, 100),
      r((n1 + n2 + n3) * v, 100),
      within(r(n1), v),
      r((n1 + n2) * v, 100),
    )
  },
}
