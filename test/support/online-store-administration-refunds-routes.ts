import { figuresOf } from './drawn-figures.js'
import {
  add,
  at2,
  C,
  div,
  down,
  mul,
  P,
  type Route,
  r,
  sub,
  up,
} from './online-store-administration-second-working.js'

/** Returns, refunds and payments worked again from each draw's amounts, fees and stated rules. */
export const REFUNDS_ROUTES: Readonly<Record<string, Route>> = {
  'refund-after-a-restocking-fee-and-a-return-label': (f) => {
    const [p, fe, l, s] = figuresOf(f, 'p', 'f', 'l', 's')
    const kept = down(C(p), fe)
    return at2(
      sub(kept, C(l)),
      C(p - l),
      kept,
      add(sub(kept, C(l)), C(s)),
      down(C(p - l), fe),
      sub(sub(C(p), mul(C(p + s), P(fe))), C(l)),
    )
  },
  'partial-refund-of-a-line-with-a-fixed-code-allocated-pro-rata': (f) => {
    const [a, b, c, fx] = figuresOf(f, 'a', 'b', 'c', 'f')
    return at2(
      sub(C(b), mul(C(fx), r(b, a + b + c))),
      C(b),
      C(b - fx),
      sub(C(b), mul(C(fx), r(1, 3))),
      sub(C(b), mul(C(fx), r(b, a + c))),
    )
  },
  'refund-of-a-line-bought-with-a-code-and-sales-tax': (f) => {
    const [p, x, t] = figuresOf(f, 'p', 'x', 't')
    const paid = down(C(p), x)
    const tax = P(t, 10000)
    return at2(
      up(paid, t, 10000),
      up(C(p), t, 10000),
      paid,
      mul(C(p), add(P(100 - x), tax)),
      div(paid, add(r(1), tax)),
    )
  },
  'payout-from-transactions-after-percent-and-fixed-fees': (f) => {
    const [nt, it, t, p, fx] = figuresOf(f, 'nt', 'it', 't', 'p', 'fx')
    const afterPct = down(C(t), p, 1000)
    return at2(
      sub(afterPct, C(nt * fx)),
      sub(afterPct, C(fx)),
      afterPct,
      C(t - nt * fx),
      sub(afterPct, C(it * fx)),
    )
  },
  'processing-fees-kept-after-a-partial-refund': (f) => {
    const [s, rf, p, fx] = figuresOf(f, 's', 'rf', 'p', 'fx')
    const pctOf = (cents: number) => mul(C(cents), P(p, 1000))
    return at2(
      add(pctOf(s - rf), C(fx)),
      add(pctOf(s), C(fx)),
      pctOf(s - rf),
      add(pctOf(rf), C(fx)),
      add(pctOf(s + rf), C(fx)),
    )
  },
  'cost-of-a-lost-chargeback': (f) => {
    const [a, c, s, p, fx, dfee] = figuresOf(f, 'a', 'c', 's', 'p', 'fx', 'dfee')
    const fee = add(mul(C(a), P(p, 1000)), C(fx))
    return at2(
      add(C(c + s + dfee), fee),
      add(C(a + dfee), fee),
      add(C(c + s), fee),
      add(C(a + c + s + dfee), fee),
      C(a),
      C(c + s + dfee),
    )
  },
  'rolling-reserve-balance-from-recent-sales': (f) => {
    const week = figuresOf(f, 's0', 's1', 's2', 's3', 's4', 's5', 's6')
    const [rate, d] = figuresOf(f, 'r', 'd')
    const held = (days: number) => mul(C(week.slice(7 - days).reduce((x, y) => x + y, 0)), P(rate))
    return at2(held(d), held(7), held(d - 1), held(d + 1), mul(held(7), r(d, 7)))
  },
  'refund-clawing-back-free-shipping-below-threshold': (f) => {
    const [, , ret, x, s] = figuresOf(f, 'tt', 'keep', 'ret', 'x', 's')
    const back = down(C(ret), x)
    return at2(sub(back, C(s)), C(ret - s), back, down(C(ret - s), x), sub(back, C(2 * s)))
  },
  'amount-to-charge-on-an-exchange-for-a-dearer-item': (f) => {
    const [a, b, x] = figuresOf(f, 'a', 'b', 'x')
    return at2(
      down(C(b - a), x),
      C(b - a),
      sub(down(C(b), x), C(a)),
      sub(C(b), down(C(a), x)),
      mul(C(b - a), P(x)),
      down(C(b), x),
    )
  },
  'card-share-of-a-refund-on-a-split-payment': (f) => {
    const [g, cd, rf] = figuresOf(f, 'g', 'cd', 'rf')
    return at2(
      mul(C(rf), r(cd, g + cd)),
      C(rf),
      mul(C(rf), r(g, g + cd)),
      C(rf - g),
      mul(C(rf), r(1, 2)),
    )
  },
  'payout-after-fees-refunds-and-a-chargeback': (f) => {
    const [nt, s, p, fx, rf, cb, dfee] = figuresOf(f, 'nt', 's', 'p', 'fx', 'rf', 'cb', 'dfee')
    const payout = sub(down(C(s), p, 1000), C(nt * fx + rf + cb + dfee))
    const onRefunds = mul(C(rf), P(p, 1000))
    return at2(
      payout,
      add(payout, onRefunds),
      add(payout, C(dfee)),
      add(payout, C(nt * fx)),
      sub(payout, onRefunds),
      add(payout, C(cb)),
    )
  },
  'net-dollars-from-a-foreign-currency-sale': (f) => {
    const [e, rate, c, p] = figuresOf(f, 'e', 'r', 'c', 'p')
    const kept = (x: ReturnType<typeof C>) => down(x, c + p, 1000)
    const dollarsIn = mul(C(e), P(rate))
    return at2(
      sub(kept(dollarsIn), C(30)),
      sub(kept(div(C(e), P(rate))), C(30)),
      sub(down(dollarsIn, p, 1000), C(30)),
      kept(dollarsIn),
      sub(kept(C(e)), C(30)),
      sub(down(down(dollarsIn, c, 1000), p, 1000), C(30)),
    )
  },
  'refund-of-one-item-from-a-bundle-at-its-share': (f) => {
    const [a, b, c, bp] = figuresOf(f, 'a', 'b', 'c', 'bp')
    const list = a + b + c
    return at2(
      mul(C(bp), r(b, list)),
      C(b),
      mul(C(bp), r(1, 3)),
      C(bp - a - c),
      mul(C(b), r(list - bp, list)),
    )
  },
  'gift-card-balance-outstanding-at-month-end': (f) => {
    const [o, is, rd, g, e] = figuresOf(f, 'o', 'is', 'rd', 'g', 'e')
    const left = o + is + g - rd - e
    return at2(
      C(left),
      C(left + e),
      C(left - g),
      C(left - 2 * g),
      C(left + 2 * e),
      C(o + g - rd - e),
      C(o + is + g - e),
    )
  },
  'refund-on-a-cancelled-custom-order-keeping-the-greater-charge': (f) => {
    const [p, d, m] = figuresOf(f, 'p', 'd', 'm')
    const deposit = mul(C(p), P(d))
    return at2(
      C(p - m),
      sub(C(p), deposit),
      sub(C(p - m), deposit),
      deposit,
      C(p),
      add(sub(C(p), C(m)), deposit),
    )
  },
}
