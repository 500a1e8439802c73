import {
  add,
  at0,
  at2,
  C,
  ceilR,
  div,
  figuresOf,
  H,
  mul,
  P,
  pct1,
  type R,
  type Route,
  r,
  sub,
  T,
} from './e-commerce-accounting-second-working.js'

/** The price left after a 15 % referral fee. */
const afterReferral = (x: R): R => mul(x, P(85))

/** Unit economics and close figures worked again from each draw's prices, fees and rates. */
export const ECONOMICS_ROUTES: Readonly<Record<string, Route>> = {
  'advertising-cost-of-sales-on-attributed-sales': (f) => {
    const [sp, at, tot, rf] = figuresOf(f, 'sp', 'at', 'tot', 'rf')
    return pct1(
      div(C(sp), C(at)),
      div(C(sp), C(tot)),
      div(C(sp), C(at - rf)),
      div(C(sp), C(at + sp)),
      div(C(sp), C(tot - at)),
    )
  },
  'break-even-acos-after-marketplace-fees': (f) => {
    const [p, c, ff] = figuresOf(f, 'p', 'c', 'ff')
    const before = sub(afterReferral(C(p)), C(c + ff))
    return pct1(
      div(before, C(p)),
      div(C(p - c - ff), C(p)),
      div(sub(afterReferral(C(p)), C(c)), C(p)),
      div(before, C(c)),
      div(C(p - c), C(p)),
    )
  },
  'profit-per-unit-after-fees-and-ads-at-a-stated-acos': (f) => {
    const [p, c, ff, a, sh] = figuresOf(f, 'p', 'c', 'ff', 'a', 'sh')
    const ads = mul(C(p), P(a), P(sh))
    const fee = mul(C(p), P(15))
    const price = C(p)
    return at2(
      sub(sub(sub(price, fee), ads), C(c + ff)),
      sub(sub(sub(price, fee), mul(C(p), P(a))), C(c + ff)),
      sub(sub(price, fee), C(c + ff)),
      sub(sub(sub(price, fee), ads), C(c)),
      sub(sub(price, ads), C(c + ff)),
    )
  },
  'expected-cost-of-returns-per-order-shipped': (f) => {
    const [rr, lab, ob, c, un] = figuresOf(f, 'rr', 'lab', 'ob', 'c', 'un')
    const perReturn = add(C(lab + ob), mul(C(c), P(un)))
    return at2(
      mul(P(rr), perReturn),
      perReturn,
      mul(P(rr), C(lab + ob)),
      add(mul(P(rr), add(C(lab), mul(C(c), P(un)))), C(ob)),
      mul(P(rr), C(lab + ob + c)),
    )
  },
  'unbilled-ad-spend-accrued-at-month-end': (f) => {
    const [th, u, s, k] = figuresOf(f, 'th', 'u', 's', 'k')
    const billed = mul(r(k), C(th))
    return at2(sub(C(u + s), billed), sub(C(s), billed), C(s), C(u), C(th))
  },
  'price-for-a-target-margin-after-percentage-fees': (f) => {
    const [c, ff, m, tx] = figuresOf(f, 'c', 'ff', 'm', 'tx')
    const costs = C(c + ff)
    return at2(
      div(costs, P(85 - m)),
      mul(costs, P(115 + m)),
      div(costs, P(100 - m)),
      div(C(c), P(85 - m)),
      div(mul(costs, P(100 + m)), P(85)),
      mul(div(costs, P(85 - m)), add(r(1), H(tx))),
      div(costs, sub(P(85 - m), H(tx))),
      div(costs, sub(P(100 - m), mul(P(15), add(r(1), H(tx))))),
    )
  },
  'units-to-break-even-on-a-product-launch': (f) => {
    const [fx, p, c, ff] = figuresOf(f, 'fx', 'p', 'c', 'ff')
    const units = (margin: R) => ceilR(div(C(fx), margin))
    const net = afterReferral(C(p))
    return at0(
      units(sub(net, C(c + ff))),
      units(C(p - c - ff)),
      units(sub(net, C(c))),
      units(C(p - c)),
      sub(units(sub(net, C(c + ff))), r(1)),
    )
  },
  'operating-profit-from-a-sellers-month-summary': (f) => {
    const [g, rf, cogs, fees, ads, sw, dr] = figuresOf(
      f,
      'g',
      'rf',
      'cogs',
      'fees',
      'ads',
      'sw',
      'dr',
    )
    const profit = sub(C(g), C(rf + cogs + fees + ads + sw))
    return at2(
      profit,
      add(profit, C(rf)),
      add(profit, C(ads)),
      sub(profit, C(dr)),
      add(profit, C(fees)),
    )
  },
  'monthly-sales-where-an-own-store-costs-the-same-as-a-marketplace': (f) => {
    const [sub0, ref, pay, app, th] = figuresOf(f, 'sub0', 'ref', 'pay', 'app', 'th')
    // The marketplace's $39.99 monthly selling plan offsets part of the own store's fixed costs.
    const plan = C(3999)
    const fixed = sub(C(sub0 + app), plan)
    const gap = sub(P(ref), T(pay))
    return at2(
      div(fixed, gap),
      div(fixed, P(ref)),
      div(sub(C(sub0), plan), gap),
      div(fixed, add(P(ref), T(pay))),
      div(C(sub0 + app), gap),
      div(add(C(sub0 + app), plan), gap),
      div(sub(C(sub0 + app + th), plan), gap),
    )
  },
  'ad-cost-per-order-from-acos-and-average-order': (f) => {
    const [aov, a, ad] = figuresOf(f, 'aov', 'a', 'ad')
    const perAdOrder = mul(C(aov), P(a))
    return at2(
      mul(perAdOrder, P(ad)),
      perAdOrder,
      div(perAdOrder, P(ad)),
      mul(perAdOrder, P(100 - ad)),
      div(mul(perAdOrder, P(ad)), add(r(1), P(a))),
    )
  },
  'contribution-margin-share-after-fees-packaging-and-postage': (f) => {
    const [p, c, pk, po, pay, sh] = figuresOf(f, 'p', 'c', 'pk', 'po', 'pay', 'sh')
    const revenue = C(p + sh)
    const card = add(mul(revenue, T(pay)), C(30))
    const margin = sub(sub(revenue, C(c + pk + po)), card)
    return pct1(
      div(margin, revenue),
      div(margin, C(c + pk + po)),
      div(add(margin, C(pk)), revenue),
      div(add(margin, card), revenue),
      div(sub(revenue, C(c)), revenue),
    )
  },
  'storage-cost-per-unit-over-the-days-it-is-held': (f) => {
    const [cf, rt, d] = figuresOf(f, 'cf', 'r', 'd')
    const monthly = mul(r(cf, 100), C(rt))
    return at2(
      mul(monthly, r(d, 30)),
      monthly,
      mul(C(rt), r(d, 30)),
      mul(monthly, r(d, 365)),
      mul(monthly, r(d)),
    )
  },
  'profit-change-from-a-coupon-promotion': (f) => {
    const [b, up, p, c, ff, dpc] = figuresOf(f, 'b', 'up', 'p', 'c', 'ff', 'dpc')
    // The coupon in whole cents, half up, as the stem states it.
    const disc = Math.floor((2 * p * dpc + 100) / 200)
    const base = sub(afterReferral(C(p)), C(c + ff))
    const promo = sub(afterReferral(C(p - disc)), C(c + ff))
    const fullFee = sub(sub(C(p - disc), mul(C(p), P(15))), C(c + ff))
    return at2(
      sub(mul(promo, r(b + up)), mul(base, r(b))),
      mul(promo, r(up)),
      sub(mul(fullFee, r(b + up)), mul(base, r(b))),
      mul(base, r(up)),
      sub(mul(r(b + up), C(p - disc)), mul(r(b), C(p))),
    )
  },
  'tacos-from-acos-and-the-ad-share-of-sales': (f) => {
    const [a, sh] = figuresOf(f, 'a', 'sh')
    return pct1(
      mul(P(a), P(sh)),
      div(P(a), P(sh)),
      mul(P(a), P(100 - sh)),
      P(a),
      div(mul(P(a), P(sh)), add(r(1), P(sh))),
    )
  },
  'expected-profit-per-unit-shipped-after-returns': (f) => {
    const [p, c, po, rr, lab, rs] = figuresOf(f, 'p', 'c', 'po', 'rr', 'lab', 'rs')
    const sold = C(p - c - po)
    const less = (perReturn: R) => sub(sold, mul(P(rr), perReturn))
    const restocked = mul(C(c), P(rs))
    return at2(
      less(sub(C(p + lab), restocked)),
      sold,
      less(C(p + lab)),
      less(sub(C(p), restocked)),
      less(C(p - c + lab)),
    )
  },
}
