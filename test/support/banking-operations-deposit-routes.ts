import { bp, c } from './banking-operations-payment-routes.js'
import {
  add,
  at2,
  div,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

const ONE = r(1)
/** `x` to a whole power, by repeated squaring on BigInt pairs. */
const pow = (x: R, k: number): R => {
  let out = ONE
  let b = x
  let e = k
  while (e > 0) {
    if (e & 1) out = mul(out, b)
    b = mul(b, b)
    e >>= 1
  }
  return out
}
/** Interest on `p` at yearly `y` basis points, compounded `m` times a period over `k` periods. */
const compound = (p: R, y: number, per: number, k: number): R =>
  mul(p, sub(pow(add(ONE, r(y, 10000 * per)), k), ONE))

/** Deposit families worked again from each draw's figures. */
export const DEPOSIT_ROUTES: Readonly<Record<string, Route>> = {
  'interest-on-daily-balances-actual-365': (f) => {
    const [B1, P, W, d1, d2, d3, y] = figuresOf(f, 'B1', 'P', 'W', 'd1', 'd2', 'd3', 'y')
    const dd = (a: number, b: number, e: number) => c(B1 * a + (B1 + P) * b + (B1 + P - W) * e)
    const yr = (x: R, days: number) => mul(bp(x, y), r(1, days))
    return at2(
      yr(dd(d1, d2, d3), 365),
      yr(dd(d1, d2, d3), 360),
      yr(c((B1 + P - W) * 31), 365),
      mul(bp(dd(d1, d2, d3), y), r(1, 31 * 12)),
      yr(c(B1 * 31), 365),
      yr(dd(d1, d2, d3 - 1), 365),
      yr(dd(d1 + 1, d2 - 1, d3), 365),
    )
  },
  'average-daily-balance-of-a-statement-cycle': (f) => {
    const [B0, P, W, p, q] = figuresOf(f, 'B0', 'P', 'W', 'p', 'q')
    // Sum the end-of-day balance day by day.
    const sum = (from: number, to: number) => {
      let s = 0
      for (let day = 1; day <= 30; day++) s += B0 + (day >= from ? P : 0) - (day >= to ? W : 0)
      return c(s)
    }
    return at2(
      div(sum(p, q), r(30)),
      div(sum(p, q), r(31)),
      div(sum(p + 1, q), r(30)),
      div(sum(p, q + 1), r(30)),
      c(B0),
      c(B0 + P - W),
      div(c(B0 + B0 + P + B0 + P - W), r(3)),
    )
  },
  'cd-interest-compounded-monthly': (f) => {
    const [P, y, T] = figuresOf(f, 'P', 'y', 'T')
    const days = (365 * T) / 12
    return at2(
      compound(r(P), y, 12, T),
      mul(r(P), r(y * T, 10000 * 12)),
      compound(r(P), y, 1, T / 12),
      compound(r(P), y, 4, T / 3),
      compound(r(P), y, 365, days),
      compound(r(P), y, 360, days),
      mul(compound(r(P), y, 12, T), add(ONE, r(y, 120000))),
    )
  },
  'reg-cc-next-day-availability-of-a-deposit': (f) => {
    const [C, Tr, O, k1, k2, Ch] = figuresOf(f, 'C', 'Tr', 'O', 'k1', 'k2', 'Ch')
    const other = k1 + k2 + Ch
    const avail = (nextDay: number, rest: number, cap: number) => c(nextDay + Math.min(rest, cap))
    return at2(
      avail(C + Tr + O, other, 27500),
      c(C + Tr + O + other),
      c(C + Tr + O + Math.min(k1, 27500) + Math.min(k2, 27500) + Math.min(Ch, 27500)),
      avail(C + Tr + O + Ch, k1 + k2, 27500),
      avail(C + Tr + O, other, 22500),
      avail(C + O, other + Tr, 27500),
      avail(C + Tr, other + O, 27500),
    )
  },
  'fdic-uninsured-amount-across-ownership-categories': (f) => {
    const [s1, s2, s3, J, b, Tr, Ir] = figuresOf(f, 's1', 's2', 's3', 'J', 'b', 'Tr', 'Ir')
    const over = (x: number, cap: number) => Math.max(0, x - cap)
    const single = s1 + s2 + s3
    const trust = (beneficiaries: number) => over(Tr, 250000 * Math.min(beneficiaries, 5))
    return at2(
      r(over(single, 250000) + over(J, 500000) + trust(b)),
      r(over(single, 250000) + over(J, 250000) + trust(b)),
      r(over(single + Ir, 250000) + over(J, 500000) + trust(b)),
      r(over(single + Tr, 250000) + over(J, 500000)),
      r(over(s1, 250000) + over(s2, 250000) + over(s3, 250000) + over(J, 500000) + trust(b)),
      r(over(single, 250000) + over(J, 500000) + over(Tr, 250000 * b)),
      r(over(single, 250000)),
    )
  },
  'cd-early-withdrawal-penalty-and-proceeds': (f) => {
    const [P, y, d] = figuresOf(f, 'P', 'y', 'd')
    const interest = (days: number, basis: number) => mul(r(P), r(y * days, 10000 * basis))
    const paid = (pen: number, basis: number) =>
      add(r(P), sub(interest(d, basis), interest(pen, basis)))
    return at2(
      paid(90, 365),
      paid(60, 365),
      paid(0, 365),
      paid(90, 360),
      paid(180, 365),
      sub(r(P), interest(90, 365)),
      sub(add(r(P), interest(d, 365)), interest(90, 360)),
    )
  },
  'monthly-maintenance-fees-with-balance-waivers': (f) => {
    const [b, cc, d, e, g, fee] = figuresOf(f, 'b', 'c', 'd', 'e', 'g', 'fee')
    const year = (charged: number, paper: number) => r(fee * charged + paper)
    return at2(
      year(e + g, 3 * 12),
      year(b + cc + d + e + g, 36),
      year(cc + e + g, 36),
      year(d + e + g, 36),
      year(e + g, 0),
      year(g, 36),
      year(e + g, 3 * (e + g)),
    )
  },
  'blended-tiered-interest-for-a-month': (f) => {
    const [B, r1, r2, r3] = figuresOf(f, 'B', 'r1', 'r2', 'r3')
    const bal = c(B)
    const parts = (first: number, mid: number, top: number) =>
      add(bp(r(10000), first), bp(r(40000), mid), bp(sub(bal, r(50000)), top))
    const june = (x: R, t: R) => mul(x, t)
    const t = r(31, 365)
    return at2(
      june(parts(r1, r2, r3), t),
      june(bp(bal, r3), t),
      june(parts(r1, r2, r3), r(31, 360)),
      june(parts(r1, r2, r3), r(1, 12)),
      june(bp(bal, r1), t),
      june(add(bp(r(10000), r1), bp(sub(bal, r(10000)), r2)), t),
      june(parts(0, r2, r3), t),
    )
  },
  'account-analysis-fee-after-earnings-credit': (f) => {
    const [items, up, dep, dp, base, L, F, ecr] = figuresOf(
      f,
      'items',
      'up',
      'dep',
      'dp',
      'base',
      'L',
      'F',
      'ecr',
    )
    const charges = add(c(items * up + dep * dp), r(base))
    const credit = (bal: R, days: number, basis: number) => mul(bp(bal, ecr), r(days, basis))
    const collected = r(L - F)
    const net = mul(collected, r(9, 10))
    return at2(
      sub(charges, credit(net, 31, 365)),
      charges,
      sub(charges, credit(sub(collected, r(L, 10)), 31, 365)),
      sub(charges, credit(net, 30, 365)),
      sub(charges, credit(mul(r(L), r(9, 10)), 31, 365)),
      sub(charges, credit(collected, 31, 365)),
      sub(charges, credit(net, 31, 360)),
    )
  },
  'savings-balance-compounded-monthly-with-deposits': (f) => {
    const [B, D, W, y] = figuresOf(f, 'B', 'D', 'W', 'y')
    const i = r(y, 120000)
    const g = add(ONE, i)
    const m1 = mul(c(B), g)
    const m2 = mul(add(m1, c(D)), g)
    const m3 = mul(sub(m2, c(W)), g)
    return at2(
      m3,
      add(c(B + D - W), mul(c(B), i, r(3)), mul(c(D), i, r(2)), mul(sub(r(0), c(W)), i)),
      add(c(B + D - W), mul(c(B), i)),
      mul(c(B + D - W), pow(g, 3)),
      // the deposit made a month early, in the first month's balance
      mul(sub(mul(add(c(B), c(D)), g, g), c(W)), g),
      add(c(B + D - W), mul(c(B), r(y, 40000))),
      mul(add(mul(c(B), g, g), c(D - W)), g),
    )
  },
  'reg-e-overdraft-fees-without-opt-in': (f) => {
    const [fee, ck, ach, one, atm, rec] = figuresOf(f, 'fee', 'ck', 'ach', 'one', 'atm', 'rec')
    const fees = (...counts: number[]) => r(fee * counts.reduce((s, v) => s + v, 0))
    return at2(
      fees(ck, ach, rec),
      fees(ck, ach, rec, one),
      fees(ck, ach, rec, atm),
      fees(ck, ach, rec, one, atm),
      fees(ck, ach),
      fees(ck, rec),
      fees(ck),
    )
  },
  'reg-cc-new-account-next-day-availability': (f) => {
    const [C, Ch, Ko] = figuresOf(f, 'C', 'Ch', 'Ko')
    const next = (cap: number, other: number) => c(C + Math.min(Ch, cap) + other)
    return at2(
      next(672500, 0),
      next(Ch, 0),
      next(672500, Math.min(Ko, 27500)),
      next(Ch, Ko),
      next(552500, 0),
      c(C + Math.min(Ch + Ko, 27500)),
      c(C),
    )
  },
  'whole-balance-tier-interest-on-the-average-balance': (f) => {
    const [t, A, ...q] = figuresOf(f, 't', 'A', 'q0', 'q1', 'q2', 'q3', 'q4')
    const floors = [0, 10000, 25000, 50000, 100000, Number.POSITIVE_INFINITY]
    const avg = c(A)
    const nov = (rate: number, days: number, basis: number) => mul(bp(avg, rate), r(days, basis))
    let blend = r(0)
    for (let i = 0; floors[i]! * 100 < A; i++) {
      const top = Math.min(A, floors[i + 1]! * 100)
      blend = add(blend, bp(c(top - floors[i]! * 100), q[i]!))
    }
    return at2(
      nov(q[t]!, 31, 365),
      nov(q[t + 1]!, 31, 365),
      nov(q[t]!, 31, 360),
      nov(q[t]!, 1, 12),
      nov(q[t - 1]!, 31, 365),
      mul(blend, r(31, 365)),
      nov(q[t]!, 30, 365),
    )
  },
  'sustained-overdraft-fees-for-an-episode': (f) => {
    const [item, k, daily, D] = figuresOf(f, 'item', 'k', 'daily', 'D')
    const days = (first: number) => Math.max(0, D - first + 1)
    return at2(
      r(item * k + daily * days(5)),
      r(item * k + daily * days(4)),
      r(item * k + daily * days(1)),
      r(2 * item * k + daily * days(5)),
      r(item * k + daily * days(6)),
      r(item + daily * days(5)),
      r(item * k),
    )
  },
  'reg-cc-large-deposit-exception-second-day-amount': (f) => {
    const [E, C, k1, k2] = figuresOf(f, 'E', 'C', 'k1', 'k2')
    const checks = k1 + k2
    return at2(
      c(E + C + Math.min(checks, 672500)),
      c(E + C + checks),
      c(E + C + Math.min(checks, 672500) + 27500),
      c(E + C + checks - 27500),
      c(E + C + Math.min(checks, 552500)),
      c(Math.min(E + C + checks, 672500)),
      c(E + C + 27500),
    )
  },
  'cd-interest-net-of-backup-withholding': (f) => {
    const [P, y] = figuresOf(f, 'P', 'y')
    const net = (days: number, basis: number, keepPct: number) =>
      mul(r(P), r(y * days * keepPct, 10000 * basis * 100))
    return at2(
      net(91, 365, 76),
      net(91, 365, 100),
      net(91, 360, 76),
      net(92, 365, 76),
      net(91, 365, 72),
      net(91, 365, 69),
      net(90, 365, 76),
    )
  },
  'apy-of-a-rate-compounded-monthly': (f) => {
    const [y] = figuresOf(f, 'y')
    const yieldOf = (periods: number, per: number) => compound(ONE, y, per, periods)
    return pct2(
      yieldOf(12, 12),
      r(y, 10000),
      yieldOf(4, 4),
      yieldOf(2, 2),
      yieldOf(365, 360),
      yieldOf(13, 12),
      mul(yieldOf(12, 12), r(365, 360)),
    )
  },
}
