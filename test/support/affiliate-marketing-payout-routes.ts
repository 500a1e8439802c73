import {
  add,
  at0,
  cents2,
  cut,
  div,
  mul,
  pc,
  type Route,
  r,
  sub,
  usd,
  w,
} from './affiliate-marketing-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** An exchange rate drawn in ten-thousandths. */
const rate = (x: number) => r(x, 10000)
const inverse = (x: number) => r(10000, x)

/** Payouts worked again from each draw's balances, dates, rates, fees and withholding. */
export const PAYOUT_ROUTES: Readonly<Record<string, Route>> = {
  'payout-with-a-carried-balance': (f) => {
    const [th, p, a, h, rv] = figuresOf(f, 'th', 'p', 'a', 'h', 'r')
    return cents2(
      usd(p + a - rv),
      usd(a - rv),
      usd(p + a + h - rv),
      usd(p + a),
      usd(p + a - rv - th),
      usd(p + a + rv),
      usd(a),
    )
  },
  'commission-locked-after-a-30-day-hold': (f) => {
    const [a, b, c, d, t] = figuresOf(f, 's1', 's2', 's3', 's4', 't')
    return cents2(cut(t, a + b + c), cut(t, a + b), cut(t, a + b + c + d), cut(t, c + d), cut(t, d))
  },
  'euro-commission-paid-in-dollars-less-a-fee': (f) => {
    const [e, x, fee] = figuresOf(f, 'e', 'x', 'f')
    const dollars = mul(usd(e), rate(x))
    return cents2(
      mul(dollars, pc(100 - fee)),
      mul(usd(e), inverse(x), pc(100 - fee)),
      dollars,
      mul(dollars, pc(100 + fee)),
      mul(usd(e), inverse(x)),
      mul(dollars, pc(100 - 2 * fee)),
      div(dollars, pc(100 - fee)),
    )
  },
  'backup-withholding-then-a-transfer-fee': (f) => {
    const [g, fee, wh] = figuresOf(f, 'g', 'fee', 'w')
    const kept = mul(usd(g), pc(100 - wh))
    return cents2(
      sub(kept, usd(fee)),
      mul(usd(g - fee), pc(100 - wh)),
      usd(g - fee),
      kept,
      sub(mul(usd(g), pc(wh)), usd(fee)),
      sub(div(usd(g), pc(100 + wh)), usd(fee)),
      sub(kept, usd(2 * fee)),
    )
  },
  'days-from-sale-to-payment': (f) => {
    const [d, net] = figuresOf(f, 'd', 'net')
    // Days left in March, all of April, then the terms.
    const rest = 31 - d
    return at0(
      w(rest + 30 + net),
      w(net),
      w(rest + net),
      w(30 + net),
      w(rest + 30 + 31 + net),
      w(rest + 30 + 2 * net),
      w(31 + 30 + net),
    )
  },
  'capped-percentage-payment-fee': (f) => {
    const [x, pct, cap, wire] = figuresOf(f, 'x', 'f', 'cap', 'wire')
    const uncapped = mul(usd(x), pc(pct))
    const fee = x * pct < cap * 100 ? uncapped : usd(cap)
    return cents2(
      sub(usd(x), fee),
      sub(usd(x), uncapped),
      usd(x - cap),
      usd(x - wire),
      usd(x),
      sub(usd(x - cap), uncapped),
    )
  },
  'two-currencies-paid-in-dollars': (f) => {
    const [gb, eu, rg, re] = figuresOf(f, 'gb', 'eu', 'rg', 're')
    return cents2(
      add(mul(usd(gb), rate(rg)), mul(usd(eu), rate(re))),
      add(mul(usd(gb), inverse(rg)), mul(usd(eu), inverse(re))),
      mul(usd(gb + eu), rate(rg)),
      mul(usd(gb + eu), rate(re)),
      add(mul(usd(gb), rate(re)), mul(usd(eu), rate(rg))),
      usd(gb + eu),
      add(mul(usd(gb), rate(rg)), mul(usd(eu), inverse(re))),
    )
  },
  'sub-network-share-before-payout': (f) => {
    const [c, k, fee] = figuresOf(f, 'c', 'k', 'fee')
    const left = mul(usd(c), pc(100 - k))
    return cents2(
      sub(left, usd(fee)),
      sub(mul(usd(c), pc(k)), usd(fee)),
      usd(c - fee),
      left,
      mul(usd(c - fee), pc(100 - k)),
      sub(div(usd(c), pc(100 + k)), usd(fee)),
      add(left, usd(fee)),
      sub(mul(usd(c), pc(100 - 2 * k)), usd(fee)),
    )
  },
  'rolling-reserve-held-and-released': (f) => {
    const [now, old, rr] = figuresOf(f, 'now', 'old', 'rr')
    const paidNow = mul(usd(now), pc(100 - rr))
    const released = mul(usd(old), pc(rr))
    return cents2(
      add(paidNow, released),
      paidNow,
      add(usd(now), released),
      add(paidNow, mul(usd(old), pc(100 - rr))),
      usd(now),
      mul(usd(now + old), pc(100 - rr)),
      sub(paidNow, released),
    )
  },
  'conversion-at-a-rate-with-a-spread': (f) => {
    const [d, mid, sp] = figuresOf(f, 'd', 'mid', 'sp')
    const euros = mul(usd(d), rate(mid))
    return cents2(
      mul(euros, r(1000 - sp, 1000)),
      euros,
      mul(euros, r(1000 + sp, 1000)),
      mul(usd(d), inverse(mid), r(1000 - sp, 1000)),
      mul(usd(d), inverse(mid)),
      div(euros, r(1000 + sp, 1000)),
    )
  },
  'net-60-paid-by-the-end-of-june': (f) => {
    const e = figuresOf(f, 'e1', 'e2', 'e3', 'e4', 'e5', 'e6')
    const months = (...i: number[]) => usd(i.reduce((s, j) => s + e[j - 1]!, 0))
    return cents2(
      months(1, 2, 3, 4),
      months(1, 2, 3),
      months(1, 2, 3, 4, 5),
      months(1, 2, 3, 4, 5, 6),
      months(1, 2),
      months(3, 4, 5, 6),
    )
  },
  'vat-on-a-self-billed-invoice': (f) => {
    const [c, v, fee] = figuresOf(f, 'c', 'v', 'fee')
    return cents2(
      sub(mul(usd(c), pc(100 + v)), usd(fee)),
      sub(mul(usd(c), pc(100 - v)), usd(fee)),
      usd(c - fee),
      mul(usd(c), pc(100 + v)),
      mul(usd(c - fee), pc(100 + v)),
      sub(div(usd(c), pc(100 - v)), usd(fee)),
      sub(div(usd(c), pc(100 + v)), usd(fee)),
    )
  },
  'threshold-over-four-months': (f) => {
    const [th, e1, e2, e3, e4] = figuresOf(f, 'th', 'e1', 'e2', 'e3', 'e4')
    return cents2(
      usd(e3 + e4),
      usd(e4),
      usd(e1 + e2 + e3 + e4),
      usd(e2 + e3 + e4),
      usd(e3 + e4 - th),
      usd(e1 + e3 + e4),
      usd(th),
    )
  },
  'clawback-converted-at-the-payment-rate': (f) => {
    const [a, cb, x, xo] = figuresOf(f, 'a', 'cb', 'x', 'xo')
    return cents2(
      mul(usd(a - cb), rate(x)),
      sub(mul(usd(a), rate(x)), mul(usd(cb), rate(xo))),
      mul(usd(a), rate(x)),
      mul(usd(a - cb), inverse(x)),
      sub(mul(usd(a), rate(x)), usd(cb)),
      mul(usd(a + cb), rate(x)),
    )
  },
  'treaty-rate-withholding': (f) => {
    const [g, tr, fee] = figuresOf(f, 'g', 'tr', 'fee')
    const kept = mul(usd(g), pc(100 - tr))
    return cents2(
      sub(kept, usd(fee)),
      sub(mul(usd(g), pc(70)), usd(fee)),
      sub(mul(usd(g), pc(70 + tr)), usd(fee)),
      usd(g - fee),
      mul(usd(g - fee), pc(100 - tr)),
      kept,
    )
  },
  'network-invoice-to-the-merchant': (f) => {
    const [c, ov, fee] = figuresOf(f, 'c', 'ov', 'fee')
    return cents2(
      add(mul(usd(c), pc(100 + ov)), usd(fee)),
      usd(c + fee),
      mul(usd(c), pc(100 + ov)),
      mul(usd(c + fee), pc(100 + ov)),
      add(mul(usd(c), pc(100 - ov)), usd(fee)),
      add(mul(usd(c), pc(100 + 2 * ov)), usd(fee)),
      add(mul(usd(c), pc(ov)), usd(fee)),
    )
  },
}
