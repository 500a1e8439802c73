import { add, at2, div, mul, type Route, r, sub } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { pc } from './uk-self-assessment-second-working.js'

const less = (x: number, ...ys: number[]) => r(ys.reduce((a, y) => a - y, x))

/** Trading profits worked again from each draw's turnover, costs, pools and balances. */
export const TRADE_ROUTES: Readonly<Record<string, Route>> = {
  'profit-after-disallowable-expenses': (f) => {
    const [t, a, e, fi, d, c] = figuresOf(f, 't', 'a', 'e', 'f', 'd', 'c')
    return at2(
      less(t, a, c),
      less(t, a, e, fi, d, c),
      less(t, a, e, c),
      less(t, a, d, c),
      less(t, a),
      less(t, a, fi, c),
    )
  },
  'private-use-of-a-van-and-phone': (f) => {
    const [t, o, v, p, bv, bp] = figuresOf(f, 't', 'o', 'v', 'p', 'bv', 'bp')
    const base = r(t - o)
    const vanBiz = pc(v, bv)
    const phoneBiz = pc(p, bp)
    return at2(
      sub(sub(base, vanBiz), phoneBiz),
      less(t, o, v, p),
      sub(sub(base, sub(r(v), vanBiz)), sub(r(p), phoneBiz)),
      sub(less(t, o, p), vanBiz),
      base,
      sub(less(t, o, v), phoneBiz),
    )
  },
  'simplified-mileage-over-ten-thousand-miles': (f) => {
    const [m, t, o] = figuresOf(f, 'm', 't', 'o')
    const base = r(t - o)
    const pence = (miles: number, p: number) => r(miles * p, 100)
    return at2(
      sub(base, add(pence(10000, 45), pence(m - 10000, 25))),
      sub(base, pence(m, 45)),
      sub(base, pence(m, 25)),
      sub(base, add(pence(10000, 25), pence(m - 10000, 45))),
      sub(base, pence(10000, 45)),
      base,
      sub(base, add(pence(m, 45), pence(m - 10000, 25))),
    )
  },
  'trading-allowance-against-actual-expenses': (f) => {
    const [g, e] = figuresOf(f, 'g', 'e')
    const best = Math.max(e, 1000)
    const worst = Math.min(e, 1000)
    return at2(less(g, best), less(g, 1000, e), less(g, worst), r(g), r(g - 1000 + e))
  },
  'annual-investment-allowance-and-main-pool': (f) => {
    const [b, pl, car] = figuresOf(f, 'b', 'pl', 'car')
    return at2(
      add(r(pl), pc(b + car, 18)),
      add(r(pl + car), pc(b, 18)),
      pc(b + pl + car, 18),
      add(r(pl), pc(b + car, 6)),
      add(r(pl), pc(b, 18)),
      add(r(pl), pc(car, 18)),
      add(r(pl), pc(b + pl + car, 18)),
    )
  },
  'main-pool-allowance-after-a-disposal': (f) => {
    const [b, a, s, c] = figuresOf(f, 'b', 'add1', 'sale', 'cost')
    return at2(
      pc(b + a - s, 18),
      pc(b + a, 18),
      pc(Math.max(0, b + a - c), 18),
      pc(b - s, 18),
      pc(b + a - s, 6),
      pc(b + a + s, 18),
    )
  },
  'private-use-car-in-a-single-asset-pool': (f) => {
    const [c, bu] = figuresOf(f, 'c', 'bu')
    return at2(
      pc(pc(c, 6), bu),
      pc(c, 6),
      pc(pc(c, 18), bu),
      pc(pc(c, 6), 100 - bu),
      pc(c, bu),
      pc(c, 18),
    )
  },
  'cash-basis-receipts-and-payments': (f) => {
    const [inv, od, cd, exp, oc, cc] = figuresOf(f, 'inv', 'od', 'cd', 'exp', 'oc', 'cc')
    const received = inv + od - cd
    const paid = exp + oc - cc
    return at2(
      r(received - paid),
      r(inv - exp),
      r(inv - od + cd - paid),
      r(received - (exp - oc + cc)),
      r(received - exp),
      r(inv - paid),
    )
  },
  'accruals-profit-from-cash-records': (f) => {
    const [rec, od, cd, paid, os, cs] = figuresOf(f, 'rec', 'od', 'cd', 'paid', 'os', 'cs')
    const earned = rec - od + cd
    const sold = paid + os - cs
    return at2(
      r(earned - sold),
      r(rec - paid),
      r(rec + od - cd - sold),
      r(earned - (paid - os + cs)),
      r(earned - paid),
      r(rec - sold),
    )
  },
  'cash-basis-interest-and-loan-repayments': (f) => {
    const [t, o, i, c] = figuresOf(f, 't', 'o', 'i', 'c')
    return at2(
      less(t, o, i),
      less(t, o, 500),
      less(t, o),
      less(t, o, i, c),
      less(t, o, c),
      less(t, o, 500, c),
    )
  },
  'goods-taken-for-own-use': (f) => {
    const [p, cost, mk] = figuresOf(f, 'p', 'cost', 'mk')
    const price = add(r(cost), pc(cost, mk))
    return at2(
      add(r(p), price),
      r(p + cost),
      r(p),
      add(r(p), pc(cost, mk)),
      r(p - cost),
      add(r(p), div(r(cost), r(100 - mk, 100))),
    )
  },
  'basis-period-apportioned-to-the-tax-year': (f) => {
    const [a, b, k] = figuresOf(f, 'a', 'b', 'k')
    const share = (x: number, months: number) => r(x * months, 12)
    return at2(
      add(share(a, k), share(b, 12 - k)),
      r(a),
      r(b),
      add(share(a, 12 - k), share(b, k)),
      share(b, 12 - k),
      r(a + b),
    )
  },
  'use-of-home-actual-costs-by-rooms-and-hours': (f) => {
    const [a, t, m, rooms, h] = figuresOf(f, 'a', 't', 'm', 'rooms', 'h')
    const c = a + t + m
    const room = r(c, rooms)
    return at2(
      mul(room, r(h, 168)),
      room,
      r(c * h, 168),
      mul(room, r(h, 40)),
      mul(room, r(168 - h, 168)),
      mul(r(a + m, rooms), r(h, 168)),
      mul(r(a + t, rooms), r(h, 168)),
      mul(r(c, rooms + 2), r(h, 168)),
    )
  },
  'small-pool-write-off': (f) => {
    const [b, s, k] = figuresOf(f, 'b', 's', 'k')
    return at2(
      r(b - s),
      pc(b - s, 18),
      r(b),
      pc(b, 18),
      r(b + s),
      r(b - k),
      add(r(b - s), r(k - s)),
    )
  },
  'loss-relieved-against-later-profit': (f) => {
    const [loss, p, aia] = figuresOf(f, 'loss', 'p', 'aia')
    return at2(less(p, aia, loss), less(p, loss), less(p, aia), r(p - aia + loss), r(p))
  },
}
