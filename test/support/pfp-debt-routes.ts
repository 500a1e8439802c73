import { figuresOf } from './drawn-figures.js'
import {
  add,
  c0,
  c2,
  cent,
  counts,
  div,
  hp,
  mul,
  p1,
  p2,
  pay,
  q,
  type Route,
  r,
  sub,
  up,
} from './pfp-second-working.js'

const ONE = r(1)

/** The five debts a payoff-order draw lists, read back from its figures. */
function debtsOf(f: Readonly<Record<string, number | string>>) {
  return [0, 1, 2, 3, 4].map((i) => {
    const [bal, apr, min] = figuresOf(f, `b${i}`, `a${i}`, `m${i}`)
    return { bal, apr, min }
  })
}
type D = ReturnType<typeof debtsOf>[number]
/** The debt with the greatest score (all scores here differ). */
const top = (ds: readonly D[], score: (d: D) => number): D =>
  [...ds].sort((x, y) => score(y) - score(x))[0]!

/** Debt and borrowing worked again from each draw's balances, rates and terms. */
export const DEBT_ROUTES: Readonly<Record<string, Route>> = {
  'card-interest-on-the-average-daily-balance': (f) => {
    const [a, b, p, d, d1] = figuresOf(f, 'a', 'b', 'p', 'd', 'd1')
    const d2 = d - d1
    const apr = hp(a)
    const sumDays = q(b * d1 + (b + p) * d2)
    return c2(
      div(mul(sumDays, apr), q(365)),
      div(mul(q((b + p) * d), apr), q(365)),
      div(mul(q(b * d), apr), q(365)),
      div(mul(sumDays, apr), q(360)),
      div(mul(q(b + p), apr), q(12)),
      div(mul(q(b), apr), q(12)),
      div(mul(q((b + p) * d2), apr), q(365)),
    )
  },
  'card-minimum-payment': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    const yearly = mul(q(b), hp(a))
    const onePct = q(b, 100)
    return c2(
      add(onePct, div(yearly, q(12))),
      onePct,
      div(yearly, q(12)),
      add(onePct, div(yearly, q(365))),
      add(onePct, div(yearly, q(12)), q(25)),
      add(onePct, yearly),
      add(q(b, 50), div(yearly, q(12))),
    )
  },
  'level-monthly-loan-payment': (f) => {
    const [p, a, nn] = figuresOf(f, 'p', 'a', 'nn')
    const y = nn / 12
    const monthly = div(hp(a), q(12))
    return c2(
      mul(q(p), pay(monthly, nn)),
      div(mul(q(p), add(ONE, mul(hp(a), q(y)))), q(nn)),
      div(mul(q(p), pay(hp(a), y)), q(12)),
      q(p, nn),
      mul(q(p), monthly),
      mul(q(p), pay(div(hp(a), q(365)), nn)),
      mul(q(p), pay(hp(a), nn)),
    )
  },
  'total-interest-over-a-loan': (f) => {
    const [p, a, nn] = figuresOf(f, 'p', 'a', 'nn')
    const y = nn / 12
    const monthly = div(hp(a), q(12))
    const each = cent(mul(q(p), pay(monthly, nn)))
    const simple = mul(q(p), hp(a), q(y))
    return c2(
      sub(mul(each, q(nn)), q(p)),
      simple,
      mul(each, q(nn)),
      div(simple, q(2)),
      mul(q(p), hp(a)),
      mul(q(p), monthly),
      add(simple, q(p)),
    )
  },
  'apy-from-an-apr': (f) => {
    const [a] = figuresOf(f, 'a')
    const apr = hp(a)
    const comp = (k: number) => sub(up(div(apr, q(k)), k), ONE)
    return p2(
      comp(12),
      apr,
      comp(4),
      comp(2),
      comp(365),
      add(apr, mul(apr, apr)),
      add(apr, div(apr, q(12))),
    )
  },
  'balance-transfer-saving': (f) => {
    const [b, a, fee, m] = figuresOf(f, 'b', 'a', 'f', 'm')
    const interest = div(mul(q(b * m), hp(a)), q(12))
    const cost = q(b * fee, 100)
    return c2(
      sub(interest, cost),
      interest,
      sub(mul(q(b), hp(a)), cost),
      cost,
      add(interest, cost),
      div(mul(q(b * m), sub(hp(a), q(fee, 100))), q(12)),
      div(interest, q(m)),
      sub(mul(q(b), sub(up(div(hp(a), q(12)), m), ONE)), cost),
    )
  },
  'avalanche-payment-to-the-first-target': (f) => {
    const [e] = figuresOf(f, 'e')
    const ds = debtsOf(f)
    const to = (d: D) => d.min + e
    const first = top(ds, (d) => d.apr)
    return c0(
      q(to(first)),
      q(to(top(ds, (d) => -d.bal))),
      q(to(top(ds, (d) => d.bal))),
      q(to(top(ds, (d) => d.min))),
      q(to(top(ds, (d) => -d.apr))),
      q(to(top(ds, (d) => -d.min))),
      q(e),
      q(first.min),
    )
  },
  'snowball-payment-to-the-first-target': (f) => {
    const [e] = figuresOf(f, 'e')
    const ds = debtsOf(f)
    const to = (d: D) => d.min + e
    const first = top(ds, (d) => -d.bal)
    return c0(
      q(to(first)),
      q(to(top(ds, (d) => d.apr))),
      q(to(top(ds, (d) => d.bal))),
      q(to(top(ds, (d) => d.min))),
      q(to(top(ds, (d) => -d.min))),
      q(to(top(ds, (d) => -d.apr))),
      q(e),
      q(first.min),
    )
  },
  'months-to-clear-a-zero-percent-balance': (f) => {
    const [b, m, e] = figuresOf(f, 'b', 'm', 'e')
    const up2 = (x: number, y: number) => Math.floor((x + y - 1) / y)
    return counts(
      up2(b, m + e),
      Math.floor(b / (m + e)),
      up2(b, m),
      up2(b, e),
      up2(b, m + 2 * e),
      up2(b, 2 * (m + e)),
      up2(b, m - e),
    )
  },
  'refinance-monthly-saving': (f) => {
    const [b, a1, a2, nn, fee] = figuresOf(f, 'b', 'a1', 'a2', 'nn', 'f')
    const r1 = div(hp(a1), q(12))
    const r2 = div(hp(a2), q(12))
    const old = mul(q(b), pay(r1, nn))
    const fresh = mul(q(b + fee), pay(r2, nn))
    return c2(
      sub(old, fresh),
      sub(old, mul(q(b), pay(r2, nn))),
      div(mul(q(b), hp(a1 - a2)), q(12)),
      sub(sub(old, fresh), q(fee, nn)),
      sub(old, mul(q(b + fee), pay(r2, nn + 12))),
      sub(mul(q(b), pay(r1, nn - 12)), fresh),
    )
  },
  'refinance-break-even-months': (f) => {
    const [s, c, o] = figuresOf(f, 's', 'c', 'o')
    const k = Math.floor((c + s - 1) / s)
    return counts(
      k,
      Math.floor(c / s),
      Math.floor((c + o - s - 1) / (o - s)),
      Math.floor((c + o - 1) / o),
      Math.floor((c + 12 * s - 1) / (12 * s)),
      12 * Math.floor((c + 12 * s - 1) / (12 * s)),
      Math.floor((2 * c + s - 1) / s),
    )
  },
  'interest-in-the-first-payment': (f) => {
    const [p, a] = figuresOf(f, 'p', 'a')
    const monthly = div(hp(a), q(12))
    const each = mul(q(p), pay(monthly, 360))
    return c2(
      mul(q(p), monthly),
      mul(q(p), hp(a)),
      div(mul(q(p), hp(a)), q(365)),
      each,
      sub(each, mul(q(p), monthly)),
      q(p, 360),
      div(mul(q(p), hp(a)), q(30)),
    )
  },
  'balance-after-the-first-payment': (f) => {
    const [p, a, nn] = figuresOf(f, 'p', 'a', 'nn')
    const monthly = div(hp(a), q(12))
    const each = cent(mul(q(p), pay(monthly, nn)))
    const i = cent(mul(q(p), monthly))
    return c2(
      add(sub(q(p), each), i),
      sub(q(p), each),
      sub(q(p), q(p, nn)),
      add(sub(q(p), each), mul(q(p), hp(a))),
      sub(q(p), i),
      add(q(p), i),
      add(sub(q(p), each), mul(q(2 * p), monthly)),
    )
  },
  'cost-of-paying-only-the-interest': (f) => {
    const [b, a, y] = figuresOf(f, 'b', 'a', 'y')
    const year = mul(q(b), hp(a))
    return c0(
      mul(year, q(y)),
      year,
      div(mul(year, q(y)), q(12)),
      mul(q(b), sub(up(div(hp(a), q(12)), 12 * y), ONE)),
      add(q(b), mul(year, q(y))),
      div(mul(year, q(y)), q(2)),
      mul(year, q(y + 1)),
    )
  },
  'daily-periodic-rate-from-apr': (f) => {
    const [a, b, d] = figuresOf(f, 'a', 'b', 'd')
    const x = mul(q(b), hp(a))
    return c2(
      div(mul(x, q(d)), q(365)),
      div(mul(x, q(d)), q(360)),
      div(mul(x, q(d)), q(12)),
      div(x, q(12)),
      div(x, q(365)),
      div(mul(x, q(d)), q(52)),
      div(mul(x, q(d - 1)), q(365)),
    )
  },
  'credit-utilisation-ratio': (f) => {
    const [l0, l1, l2, u0, u1, u2] = figuresOf(f, 'l0', 'l1', 'l2', 'u0', 'u1', 'u2')
    const l = [l0, l1, l2]
    const u = [u0, u1, u2]
    const used = u0 + u1 + u2
    const lim = l0 + l1 + l2
    const shares = u.map((x, i) => x / l[i]!)
    const hi = shares.indexOf(Math.max(...shares))
    const lo = shares.indexOf(Math.min(...shares))
    const big = l.indexOf(Math.max(...l))
    return p1(
      q(used, lim),
      div(add(q(u0, l0), q(u1, l1), q(u2, l2)), q(3)),
      q(u[hi]!, l[hi]!),
      q(u[lo]!, l[lo]!),
      q(used, l[big]!),
      q(used, lim + used),
    )
  },
}
