import { figuresOf } from './drawn-figures.js'
import {
  add,
  c0,
  c2,
  counts,
  d1,
  div,
  fv,
  hp,
  mul,
  p1,
  pay,
  pc,
  pv,
  pw,
  q,
  type Route,
  r,
  sub,
  tp,
  up,
  yearlyRate,
} from './pfp-second-working.js'

const ONE = r(1)

/** Goals and retirement worked again from each draw's targets, rates and terms. */
export const GOALS_ROUTES: Readonly<Record<string, Route>> = {
  'retirement-target-from-a-withdrawal-rate': (f) => {
    const [mo, o, w, s] = figuresOf(f, 'mo', 'o', 'w', 's')
    const yearly = 12 * (mo - o)
    const target = q(1000 * yearly, w)
    return c0(
      target,
      q(1000 * (mo - o), w),
      q(12000 * mo, w),
      sub(q(12000 * mo, w), q(12 * o)),
      sub(target, q(s)),
      q(25 * yearly),
      q(30 * yearly),
    )
  },
  'second-year-withdrawal-with-inflation': (f) => {
    const [v, w, pi, g] = figuresOf(f, 'v', 'w', 'pi', 'g')
    const first = q(v * w, 1000)
    const lift = add(ONE, tp(pi))
    return c0(
      mul(first, lift),
      first,
      mul(first, sub(ONE, tp(pi))),
      div(mul(first, lift), q(12)),
      mul(q(v), add(q(w, 1000), tp(pi))),
      mul(first, lift, lift),
      mul(q(v), sub(add(ONE, tp(g)), q(w, 1000)), q(w, 1000)),
    )
  },
  'future-value-of-yearly-savings': (f) => {
    const [d, rate, k] = figuresOf(f, 'd', 'r', 'k')
    const i = tp(rate)
    return c2(
      mul(q(d), fv(i, k)),
      q(d * k),
      mul(q(d), up(i, k)),
      mul(q(d), add(q(k), mul(i, q((k * (k - 1)) / 2)))),
      mul(q(d), fv(i, k), add(ONE, i)),
      mul(q(d * k), up(i, k)),
      mul(q(d * k), add(ONE, mul(i, q(k)))),
    )
  },
  'monthly-saving-for-a-goal': (f) => {
    const [gl, s, a, y] = figuresOf(f, 'gl', 's', 'a', 'y')
    const nn = 12 * y
    const i = div(hp(a), q(12))
    const gap = sub(q(gl), mul(q(s), up(i, nn)))
    const yearlyGap = sub(q(gl), mul(q(s), up(hp(a), y)))
    return c2(
      div(gap, fv(i, nn)),
      q(gl - s, nn),
      mul(gap, pay(i, nn)),
      div(q(gl), fv(i, nn)),
      div(q(gl - s), fv(i, nn)),
      div(gap, mul(fv(i, nn), add(ONE, i))),
      div(div(yearlyGap, fv(hp(a), y)), q(12)),
    )
  },
  'four-years-of-college-costs': (f) => {
    const [c, g, k] = figuresOf(f, 'c', 'g', 'k')
    const i = tp(g)
    const C = q(c)
    const years = add(up(i, k), up(i, k + 1), up(i, k + 2), up(i, k + 3))
    return c0(
      mul(C, years),
      mul(q(4 * c), up(i, k)),
      q(4 * c),
      mul(q(4 * c), add(ONE, mul(i, q(k)))),
      mul(q(4 * c), up(i, k + 3)),
      mul(C, fv(i, k + 4), add(ONE, i)),
      mul(q(4 * c), up(i, k + 4)),
    )
  },
  'years-to-multiply-by-the-rule-of-72': (f) => {
    const [rate, m] = figuresOf(f, 'r', 'm')
    const k = 2 ** m
    return d1(
      q(72 * m, rate),
      q(72, rate),
      q(72 * k, rate),
      q(100 * m, rate),
      q(72, rate * m),
      q(72 * (k - 1), rate),
      q(72 * (m - 1), rate),
    )
  },
  'lump-sum-needed-today': (f) => {
    const [gl, rate, y] = figuresOf(f, 'gl', 'r', 'y')
    const i = tp(rate)
    const G = q(gl)
    return c2(
      div(G, up(i, y)),
      mul(G, pw(sub(ONE, i), y)),
      div(G, add(ONE, mul(i, q(y)))),
      mul(G, sub(ONE, mul(i, q(y)))),
      G,
      div(G, up(div(i, q(12)), 12 * y)),
      div(G, up(div(i, q(12)), y)),
    )
  },
  'yearly-contribution-with-an-employer-match': (f) => {
    const [w, c] = figuresOf(f, 'w', 'c')
    return c0(
      q(w * (c + 3), 100),
      q(w * c * 3, 200),
      q(w * (c + 6), 100),
      q(w * 2 * c, 100),
      q(w * c, 100),
      q(w * 9, 100),
      q(w * 3, 100),
    )
  },
  'portfolio-from-a-replacement-ratio': (f) => {
    const [i, p, ss, w] = figuresOf(f, 'i', 'p', 'ss', 'w')
    const need = sub(q(i * p, 100), q(12 * ss))
    const rate = q(w, 1000)
    return c0(
      div(need, rate),
      div(q(i * p, 100), rate),
      div(sub(q(i * p, 100), q(ss)), rate),
      div(q(i - 12 * ss), rate),
      mul(need, q(25)),
      mul(need, q(20)),
      sub(div(q(i * p, 100), rate), q(12 * ss)),
    )
  },
  'savings-now-plus-yearly-deposits': (f) => {
    const [s, d, rate, k] = figuresOf(f, 's', 'd', 'r', 'k')
    const i = tp(rate)
    const grown = mul(q(s), up(i, k))
    const deposits = mul(q(d), fv(i, k))
    return c2(
      add(grown, deposits),
      add(q(s), deposits),
      add(grown, q(d * k)),
      add(grown, mul(q(d), up(i, k))),
      add(grown, mul(deposits, add(ONE, i))),
      mul(q(s + d * k), up(i, k)),
      add(mul(q(s), up(div(i, q(12)), 12 * k)), deposits),
    )
  },
  'future-monthly-spending-need': (f) => {
    const [e, pi, rate, k] = figuresOf(f, 'e', 'pi', 'r', 'k')
    const E = q(e)
    return c2(
      mul(E, up(tp(pi), k)),
      E,
      mul(E, add(ONE, mul(tp(pi), q(k)))),
      div(E, up(tp(pi), k)),
      mul(E, up(tp(rate), k)),
      mul(q(12 * e), up(tp(pi), k)),
      mul(E, up(add(tp(pi), tp(rate)), k)),
    )
  },
  'college-savings-gap': (f) => {
    const [t, g, b, rate, k] = figuresOf(f, 't', 'g', 'b', 'r', 'k')
    const cost = mul(q(4 * t), up(tp(g), k))
    const saved = mul(q(b), up(tp(rate), k))
    return c0(
      sub(cost, saved),
      sub(q(4 * t), saved),
      sub(cost, q(b)),
      cost,
      sub(mul(q(4 * t), add(ONE, mul(tp(g), q(k)))), saved),
      sub(cost, mul(q(b), add(ONE, mul(tp(rate), q(k))))),
      sub(cost, mul(q(b), up(tp(g), k))),
    )
  },
  'return-needed-to-reach-a-goal': (f) => {
    const [p, y, gl] = figuresOf(f, 'p', 'y', 'gl')
    const ratio = q(gl, p)
    return p1(
      yearlyRate(ratio, y, 1),
      q(gl - p, p * y),
      q(gl - p, p),
      q(gl - p, gl * y),
      yearlyRate(ratio, 12 * y, 1),
      yearlyRate(ratio, 2 * y, 1),
      q(gl - p, p * (y - 1)),
    )
  },
  'present-value-of-a-pension': (f) => {
    const [pn, k, rate] = figuresOf(f, 'pn', 'k', 'r')
    const i = tp(rate)
    const value = mul(q(pn), pv(i, k))
    return c0(
      value,
      q(pn * k),
      div(q(pn), i),
      mul(value, add(ONE, i)),
      div(q(pn * k), up(i, k)),
      mul(q(pn), sub(ONE, div(ONE, up(i, k)))),
      div(q(pn * k), add(ONE, mul(i, q(k)))),
    )
  },
  'months-to-save-a-down-payment': (f) => {
    const [h, d, c, s, m] = figuresOf(f, 'h', 'd', 'c', 's', 'm')
    const up2 = (x: number) => Math.ceil(x / m)
    const need = (h * (d + c)) / 100 - s
    return counts(
      up2(need),
      up2((h * d) / 100 - s),
      Math.floor(need / m),
      up2((h * d) / 100 + (h * (100 - d) * c) / 10000 - s),
      up2((h * (d + c)) / 100),
      up2((h * (d + c)) / 100 + s),
      up2((h * d * (100 + c)) / 10000 - s),
      up2((h * (100 + c) * d) / 10000 + (h * c) / 100 - s),
    )
  },
  'yearly-deposit-for-a-target': (f) => {
    const [t, rate, k] = figuresOf(f, 't', 'r', 'k')
    const i = tp(rate)
    const T = q(t)
    return c2(
      div(T, fv(i, k)),
      q(t, k),
      mul(T, pay(i, k)),
      div(T, up(i, k)),
      div(T, mul(fv(i, k), add(ONE, i))),
      div(q(t, k), up(i, k)),
      div(T, fv(div(i, q(12)), k)),
      div(T, fv(sub(up(div(i, q(12)), 12), ONE), k)),
    )
  },
}
void pc
