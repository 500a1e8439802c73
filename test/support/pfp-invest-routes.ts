import { figuresOf } from './drawn-figures.js'
import {
  add,
  c0,
  c2,
  d1,
  d3,
  div,
  mul,
  p2,
  p3,
  pc,
  pw,
  q,
  type Route,
  r,
  sub,
  tp,
  up,
} from './pfp-second-working.js'

const ONE = r(1)

/** Investing and growth worked again from each draw's deposits, returns, fees and prices. */
export const INVEST_ROUTES: Readonly<Record<string, Route>> = {
  'compound-growth-of-a-lump-sum': (f) => {
    const [p, rate, y] = figuresOf(f, 'p', 'r', 'y')
    const i = tp(rate)
    const P = q(p)
    return c2(
      mul(P, up(i, y)),
      mul(P, add(ONE, mul(i, q(y)))),
      mul(P, sub(up(i, y), ONE)),
      mul(P, up(div(i, q(12)), y)),
      mul(P, up(div(i, q(12)), 12 * y)),
      mul(P, up(div(i, q(4)), 4 * y)),
      mul(P, up(div(i, q(2)), 2 * y)),
    )
  },
  'real-return-after-tax-and-inflation': (f) => {
    const [i, t, pi] = figuresOf(f, 'i', 't', 'pi')
    const net = mul(tp(i), pc(100 - t))
    const inf = add(ONE, tp(pi))
    return p2(
      sub(div(add(ONE, net), inf), ONE),
      sub(div(add(ONE, tp(i)), inf), ONE),
      sub(net, tp(pi)),
      net,
      sub(sub(div(add(ONE, tp(i)), inf), ONE), mul(tp(i), pc(t))),
      sub(mul(add(ONE, net), sub(ONE, tp(pi))), ONE),
      div(sub(net, tp(pi)), add(ONE, net)),
    )
  },
  'cost-of-an-annual-fee': (f) => {
    const [p, g, fee, y] = figuresOf(f, 'p', 'g', 'f', 'y')
    const fr = r(fee, 100000)
    const P = q(p)
    const gross = mul(P, up(tp(g), y))
    const net = mul(P, up(sub(tp(g), fr), y))
    return c2(
      sub(gross, net),
      mul(P, fr, q(y)),
      mul(P, fr),
      mul(fr, sub(gross, P)),
      mul(gross, fr, q(y)),
      sub(gross, mul(P, pw(mul(add(ONE, tp(g)), sub(ONE, fr)), y))),
      mul(gross, fr),
      mul(sub(gross, P), fr, q(y)),
    )
  },
  'value-after-fees': (f) => {
    const [p, g, fee, y] = figuresOf(f, 'p', 'g', 'f', 'y')
    const fr = tp(fee)
    const P = q(p)
    const gross = mul(P, up(tp(g), y))
    const net = mul(P, up(sub(tp(g), fr), y))
    return c2(
      net,
      gross,
      sub(gross, mul(P, fr, q(y))),
      mul(gross, sub(ONE, fr)),
      mul(P, pw(mul(add(ONE, tp(g)), sub(ONE, fr)), y)),
      mul(P, add(ONE, mul(sub(tp(g), fr), q(y)))),
      sub(net, mul(P, fr, q(y))),
    )
  },
  'money-weighted-portfolio-return': (f) => {
    const [a0, a1, a2, r0, r1, r2] = figuresOf(f, 'a0', 'a1', 'a2', 'r0', 'r1', 'r2')
    const total = a0 + a1 + a2
    const weighted = q(a0 * r0 + a1 * r1 + a2 * r2, 1000 * total)
    const a = [a0, a1, a2]
    const rs = [r0, r1, r2]
    const big = a.indexOf(Math.max(...a))
    return p2(
      weighted,
      q(r0 + r1 + r2, 3000),
      tp(rs[big]!),
      q(r0 + r1 + r2, 1000),
      div(weighted, q(3)),
      q(a0 * r0 + a2 * r2, 1000 * total),
      q(a0 * r0 + a1 * Math.abs(r1) + a2 * r2, 1000 * total),
    )
  },
  'dollar-cost-average-price': (f) => {
    const [m, x0, x1, x2, x3] = figuresOf(f, 'm', 'p0', 'p1', 'p2', 'p3')
    const ps = [x0, x1, x2, x3]
    const shares = add(...ps.map((c) => q(100 * m, c)))
    const sorted = [...ps].sort((x, y) => x - y)
    return c2(
      div(q(4 * m), shares),
      q(x0 + x1 + x2 + x3, 400),
      q(sorted[1]! + sorted[2]!, 200),
      q(x3, 100),
      q(x0, 100),
      q(x0 + x3, 200),
    )
  },
  'rebalancing-sale-to-a-target-mix': (f) => {
    const [s, b, w] = figuresOf(f, 's', 'b', 'w')
    const t = s + b
    const excess = q(100 * s - w * t, 100)
    return c0(
      excess,
      q(s * (100 - w), 100),
      mul(q(s), sub(q(s, t), pc(w))),
      q(Math.abs(s - b), 2),
      q(w * t, 100),
      mul(excess, q(2)),
      div(excess, pc(w)),
    )
  },
  'new-cash-to-rebalance-without-selling': (f) => {
    const [s, b, w] = figuresOf(f, 's', 'b', 'w')
    const t = s + b
    const excess = q(100 * s - w * t, 100)
    return c0(
      q(100 * s - w * t, w),
      excess,
      q(100 * s, w),
      q(100 * s - (100 - w) * t, 100 - w),
      mul(excess, pc(w)),
      q(s * (100 - w), w),
      div(excess, pc(100 - w)),
    )
  },
  'rule-of-72-after-fees': (f) => {
    const [rate, fee, pi] = figuresOf(f, 'r', 'f', 'pi')
    return d1(
      q(720, rate - fee),
      q(720, rate),
      q(700, rate - fee),
      q(720, rate + fee),
      q(1000, rate - fee),
      q(720, rate - fee - pi),
      q(720, rate - 2 * fee),
    )
  },
  'value-in-todays-dollars': (f) => {
    const [p, i, pi, y] = figuresOf(f, 'p', 'i', 'pi', 'y')
    const P = q(p)
    const nominal = mul(P, up(tp(i), y))
    return c0(
      div(nominal, up(tp(pi), y)),
      nominal,
      mul(P, up(sub(tp(i), tp(pi)), y)),
      div(nominal, add(ONE, tp(pi))),
      mul(nominal, pw(sub(ONE, tp(pi)), y)),
      div(P, up(tp(pi), y)),
      div(nominal, add(ONE, mul(tp(pi), q(y)))),
    )
  },
  'total-return-with-dividends-and-commissions': (f) => {
    const [nn, b, s, d, c] = figuresOf(f, 'nn', 'b', 's', 'd', 'c')
    const cost = nn * b + c
    const gain = nn * (s - b + d) - 2 * c
    return p2(
      q(gain, cost),
      q(s - b + d, b),
      q(nn * (s - b + d) - c, cost),
      q(gain, nn * b),
      q(nn * (s - b) - 2 * c, cost),
      q(gain, nn * s - c),
      q(nn * d, cost),
    )
  },
  'cumulative-return-over-three-years': (f) => {
    const [r0, r1, r2] = figuresOf(f, 'r0', 'r1', 'r2')
    const g = (x: number) => add(ONE, tp(x))
    const avg = q(r0 + r1 + r2, 3000)
    return p2(
      sub(mul(g(r0), g(r1), g(r2)), ONE),
      q(r0 + r1 + r2, 1000),
      avg,
      sub(mul(g(r0), g(-r1), g(r2)), ONE),
      sub(up(avg, 3), ONE),
      q(r0 + 2 * r1 + r2, 1000),
      sub(mul(g(r0), g(r2)), ONE),
    )
  },
  'weighted-expense-ratio': (f) => {
    const [a0, a1, a2, e0, e1, e2] = figuresOf(f, 'a0', 'a1', 'a2', 'e0', 'e1', 'e2')
    const total = a0 + a1 + a2
    const weighted = q(a0 * e0 + a1 * e1 + a2 * e2, 10000 * total)
    const a = [a0, a1, a2]
    const e = [e0, e1, e2]
    const big = a.indexOf(Math.max(...a))
    return p3(
      weighted,
      q(e0 + e1 + e2, 30000),
      q(e[big]!, 10000),
      q(e0 + e1 + e2, 10000),
      div(weighted, q(3)),
      q(a0 * e0 + a2 * e2, 10000 * total),
      q(a1 * e1, 10000 * total),
    )
  },
  'shares-bought-by-dollar-cost-averaging': (f) => {
    const [m, x0, x1, x2, x3] = figuresOf(f, 'm', 'p0', 'p1', 'p2', 'p3')
    const ps = [x0, x1, x2, x3]
    const all = (price: number) => q(400 * m, price)
    return d3(
      add(...ps.map((c) => q(100 * m, c))),
      q(1600 * m, x0 + x1 + x2 + x3),
      all(x3),
      all(x0),
      all(Math.max(...ps)),
      all(Math.min(...ps)),
      q(400 * m, x0 + x1 + x2 + x3),
    )
  },
  'gain-needed-after-two-losses': (f) => {
    const [l1, l2] = figuresOf(f, 'l1', 'l2')
    const left = q((100 - l1) * (100 - l2), 10000)
    return p2(
      sub(div(ONE, left), ONE),
      pc(l1 + l2),
      sub(ONE, left),
      add(q(l1, 100 - l1), q(l2, 100 - l2)),
      q(l1 + l2, 100 - l1 - l2),
      q(l2, 100 - l2),
      q(l1 + l2, 100 + l1 + l2),
    )
  },
  'stock-weight-after-a-market-move': (f) => {
    const [w, rs, rb] = figuresOf(f, 'w', 'rs', 'rb')
    const sw = mul(pc(w), add(ONE, tp(rs)))
    const bw = mul(pc(100 - w), add(ONE, tp(rb)))
    return p2(
      div(sw, add(sw, bw)),
      sw,
      div(sw, add(sw, pc(100 - w))),
      add(pc(w), sub(tp(rs), tp(rb))),
      pc(w),
      div(add(ONE, tp(rs)), add(q(2), tp(rs), tp(rb))),
      div(bw, add(sw, bw)),
    )
  },
}
