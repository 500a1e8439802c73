import {
  add,
  at1,
  at2,
  div,
  mul,
  ONE,
  P,
  pct2,
  pw,
  type R,
  type Route,
  r,
  sub,
  sum,
  T,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** `(1 + p%)^-k`. */
const v = (p: number, k: number): R => div(ONE, pw(r(100 + p, 100), k))
/** Present value of 1 at the end of each year from `a` to `b`, by adding the terms one by one. */
const annuity = (p: number, a: number, b: number): R => {
  const terms: R[] = []
  for (let k = a; k <= b; k++) terms.push(v(p, k))
  return sum(terms)
}
/** A list of flows discounted at `p`, the first at the end of year `first`. */
const pvList = (p: number, flows: readonly R[], first = 1): R =>
  sum(flows.map((x, i) => mul(x, v(p, first + i))))

/** Investment appraisal worked again year by year from each draw's flows, rates and lives. */
export const APPRAISAL_ROUTES: Readonly<Record<string, Route>> = {
  'npv-of-a-machine-with-working-capital-recovered': (f) => {
    const [c, w, yrs, p, a] = figuresOf(f, 'c', 'w', 'yrs', 'p', 'a')
    const ins = annuity(p, 1, yrs)
    const noWc = sub(mul(r(a), ins), r(c))
    const key = add(noWc, r(-w), mul(r(w), v(p, yrs)))
    return at1(
      key,
      noWc,
      sub(noWc, r(w)),
      add(noWc, mul(r(-w), v(p, 1)), mul(r(w), v(p, yrs))),
      sub(noWc, mul(r(w), annuity(p, 1, yrs))),
      mul(key, v(p, 1)),
    )
  },
  'present-value-of-after-tax-flows-with-depreciation-relief': (f) => {
    const [c, yrs, p, t, a] = figuresOf(f, 'c', 'yrs', 'p', 't', 'a')
    const each = (flow: R) =>
      pvList(
        p,
        Array.from({ length: yrs }, () => flow),
      )
    const dep = r(c, yrs)
    const keep = r(1000 - t, 1000)
    return at1(
      each(add(mul(r(a), keep), mul(dep, T(t)))),
      each(mul(r(a), keep)),
      each(mul(sub(r(a), dep), keep)),
      each(r(a)),
      each(add(mul(r(a), keep), dep)),
    )
  },
  'npv-with-tax-paid-one-year-in-arrears': (f) => {
    const [c, yrs, p, t, a] = figuresOf(f, 'c', 'yrs', 'p', 't', 'a')
    const inflows = Array.from({ length: yrs }, () => r(a))
    const tax = Array.from({ length: yrs }, () => r(a * t, 1000))
    const gross = pvList(p, inflows)
    const key = sub(sub(gross, pvList(p, tax, 2)), r(c))
    return at1(
      key,
      sub(sub(gross, pvList(p, tax, 1)), r(c)),
      sub(sub(gross, pvList(p, tax.slice(1), 2)), r(c)),
      sub(gross, r(c)),
      sub(sub(gross, pvList(p, tax, 3)), r(c)),
      mul(key, v(p, 1)),
    )
  },
  'irr-by-interpolation-between-two-stated-rates': (f) => {
    const [c, yrs, a] = figuresOf(f, 'c', 'yrs', 'a')
    const at = (p: number) => sub(mul(r(a), annuity(p, 1, yrs)), r(c))
    const lo = at(10)
    const hi = at(20)
    const part = mul(div(lo, sub(lo, hi)), P(10))
    return pct2(add(P(10), part), sub(P(20), part), P(15), r(a, c), P(10), add(P(20), part))
  },
  'profitability-index-with-a-delayed-start': (f) => {
    const [c, yrs, p, a] = figuresOf(f, 'c', 'yrs', 'p', 'a')
    const pv = mul(r(a), annuity(p, 2, yrs + 1))
    return at2(
      div(pv, r(c)),
      div(mul(r(a), annuity(p, 1, yrs)), r(c)),
      div(sub(pv, r(c)), r(c)),
      r(a * yrs, c),
      div(r(c), pv),
      div(mul(r(a), annuity(p, 3, yrs + 2)), r(c)),
      div(sub(pv, r(c)), pv),
    )
  },
  'discounted-payback-of-uneven-flows-with-interpolation': (f) => {
    const [c, p, ...fl] = figuresOf(f, 'c', 'p', 'f0', 'f1', 'f2', 'f3', 'f4')
    // Walk the years until the cumulative (discounted) total reaches the outlay.
    const walk = (weight: (k: number) => R, byRaw = false): R => {
      let short = r(c)
      for (let k = 1; k <= 5; k++) {
        const got = mul(r(fl[k - 1]!), weight(k))
        if (sub(got, short)[0] * sub(got, short)[1] >= 0n)
          return add(r(k - 1), div(short, byRaw ? r(fl[k - 1]!) : got))
        short = sub(short, got)
      }
      throw new Error('no payback within five years')
    }
    const key = walk((k) => v(p, k))
    const whole = r((key[0] + key[1] - 1n) / key[1])
    return at2(
      key,
      walk(() => ONE),
      whole,
      walk((k) => v(p, k), true),
      walk((k) => v(p, k + 1)),
      walk((k) => v(p, k - 1)),
    )
  },
  'equivalent-annual-cost-of-a-replacement-cycle': (f) => {
    const [c, m, yrs, s, p] = figuresOf(f, 'c', 'm', 'yrs', 's', 'p')
    const fac = annuity(p, 1, yrs)
    const costs = add(r(c), mul(r(m), fac))
    const net = sub(costs, mul(r(s), v(p, yrs)))
    return at1(
      div(net, fac),
      div(net, r(yrs)),
      div(costs, fac),
      div(sub(costs, r(s)), fac),
      div(sub(r(c), mul(r(s), v(p, yrs))), fac),
      div(add(costs, mul(r(s), v(p, yrs))), fac),
      div(net, annuity(p, 1, yrs - 1)),
    )
  },
  'incremental-cash-flow-excluding-allocated-overhead': (f) => {
    const [rev, vc, fx, h, dep, t] = figuresOf(f, 'rev', 'vc', 'fx', 'h', 'dep', 't')
    const keep = r(1000 - t, 1000)
    const cash = rev - vc - fx
    return at1(
      add(mul(r(cash), keep), r(dep * t, 1000)),
      add(mul(r(cash - h), keep), r(dep * t, 1000)),
      mul(r(cash - dep), keep),
      mul(r(cash), keep),
      r(cash),
      add(mul(r(cash), keep), r(dep)),
    )
  },
  'working-capital-increment-at-the-start-of-a-year': (f) => {
    const [s1, s2, w, t] = figuresOf(f, 's1', 's2', 'w', 't')
    const step = r((s2 - s1) * w, 100)
    return at1(
      step,
      r(s2 * w, 100),
      r(s1 * w, 100),
      mul(step, r(1000 - t, 1000)),
      r((s1 + s2) * w, 100),
    )
  },
  'present-value-of-real-flows-at-a-nominal-rate': (f) => {
    const [a, yrs, m, i] = figuresOf(f, 'a', 'yrs', 'm', 'i')
    // Discount factor per year as a ratio of whole numbers, flows grown by `g` per year.
    const pv = (onePlusRate: R, g: R) => {
      const terms: R[] = []
      for (let k = 1; k <= yrs; k++) terms.push(div(mul(r(a), pw(g, k)), pw(onePlusRate, k)))
      return sum(terms)
    }
    const infl = r(100 + i, 100)
    const real = div(r(100 + m, 100), infl)
    return at1(
      pv(real, ONE),
      pv(r(100 + m, 100), ONE),
      pv(r(100 + m - i, 100), ONE),
      pv(real, infl),
      pv(r(100 + m - i, 100), infl),
      pv(infl, ONE),
      r(a * yrs),
    )
  },
  'accounting-rate-of-return-on-average-investment': (f) => {
    const [c, s, yrs, cf] = figuresOf(f, 'c', 's', 'yrs', 'cf')
    const profit = sub(r(cf), r(c - s, yrs))
    const avg = r(c + s, 2)
    return pct2(
      div(profit, avg),
      div(r(cf), avg),
      div(profit, r(c)),
      div(profit, r(c - s, 2)),
      div(sub(r(cf), r(c, yrs)), avg),
      div(profit, r(c, 2)),
    )
  },
  'sensitivity-of-npv-to-annual-contribution': (f) => {
    const [c, yrs, p, fx, k] = figuresOf(f, 'c', 'yrs', 'p', 'fx', 'k')
    const fac = annuity(p, 1, yrs)
    const npv = sub(mul(r(k - fx), fac), r(c))
    return pct2(
      div(npv, mul(r(k), fac)),
      div(npv, mul(r(k - fx), fac)),
      div(npv, r(c)),
      div(npv, r(k * yrs)),
      div(npv, mul(r(fx), fac)),
    )
  },
  'present-value-of-reducing-balance-tax-allowances': (f) => {
    const [c, a, p, t] = figuresOf(f, 'c', 'a', 'p', 't')
    const first = r(c * a, 100)
    const second = r(c * a * (100 - a), 10000)
    return at1(
      mul(T(t), add(mul(first, v(p, 1)), mul(second, v(p, 2)))),
      mul(T(t), add(mul(first, v(p, 1)), mul(first, v(p, 2)))),
      add(mul(first, v(p, 1)), mul(second, v(p, 2))),
      mul(T(t), add(first, second)),
      mul(T(t), add(mul(first, v(p, 2)), mul(second, v(p, 3)))),
    )
  },
  'divisible-projects-ranked-by-profitability-index': (f) => {
    const [o0, o1, o2, v0, v1, v2, cap] = figuresOf(f, 'o0', 'o1', 'o2', 'v0', 'v1', 'v2', 'cap')
    const o = [o0, o1, o2]
    const val = [v0, v1, v2]
    const fill = (order: number[], part: boolean): R => {
      let room = cap
      let got = r(0)
      for (const i of order) {
        const take = Math.min(room, o[i]!)
        if (take === o[i]) got = add(got, r(val[i]!))
        else if (part) got = add(got, r(val[i]! * take, o[i]!))
        room -= take === o[i] || part ? take : 0
      }
      return got
    }
    const order = (score: (i: number) => number) => [0, 1, 2].sort((x, y) => score(y) - score(x))
    const pi = order((i) => val[i]! / o[i]!)
    return at1(
      fill(pi, true),
      fill(
        order((i) => val[i]!),
        true,
      ),
      fill(pi, false),
      fill(
        order((i) => -o[i]!),
        true,
      ),
      r(v0 + v1 + v2),
      (() => {
        let room = cap
        let got = r(0)
        for (const i of pi) {
          if (room <= 0) break
          got = add(got, r(val[i]!))
          room -= o[i]!
        }
        return got
      })(),
    )
  },
  'present-value-of-savings-received-in-advance': (f) => {
    const [a, yrs, p] = figuresOf(f, 'a', 'yrs', 'p')
    const today = (n: number, first: number) => mul(r(a), annuity(p, first, first + n - 1))
    return at1(
      today(yrs, 0),
      today(yrs, 1),
      add(r(a), today(yrs, 1)),
      r(a * yrs),
      today(yrs, 2),
      today(yrs - 1, 1),
      mul(today(yrs, 0), r(100 + p, 100)),
    )
  },
  'npv-net-of-rent-forgone-on-an-owned-building': (f) => {
    const [c, yrs, p, rent, sv, a] = figuresOf(f, 'c', 'yrs', 'p', 'rent', 'sv', 'a')
    const fac = annuity(p, 1, yrs)
    const key = sub(mul(r(a - rent), fac), r(c))
    const noRent = sub(mul(r(a), fac), r(c))
    return at1(
      key,
      noRent,
      sub(key, r(sv)),
      sub(noRent, r(rent)),
      sub(noRent, r(rent * yrs)),
      sub(mul(r(a + rent), fac), r(c)),
      mul(key, v(p, 1)),
    )
  },
}
