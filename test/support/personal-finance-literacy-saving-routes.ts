import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at1,
  at2,
  div,
  less,
  more,
  mul,
  ONE,
  P,
  pct2,
  pw,
  type R,
  type Route,
  r,
  sub,
} from './personal-finance-literacy-second-working.js'

/** Whole months needed to cover `gap` in steps of `step`, rounded up or down. */
const up = (gap: number, step: number): number => Math.floor((gap + step - 1) / step)
const down = (gap: number, step: number): number => Math.floor(gap / step)

/** Saving and compounding worked again from each draw's sums, rates and years. */
export const SAVING_ROUTES: Readonly<Record<string, Route>> = {
  'balance-after-yearly-compounding': (f) => {
    const [p, rate, y] = figuresOf(f, 'p', 'rate', 'y')
    const g = more(rate)
    return at2(
      mul(r(p), pw(g, y)),
      mul(r(p), r(100 + rate * y, 100)),
      mul(r(p), pw(g, y + 1)),
      r(p * y * (100 + rate), 100),
      mul(r(p), sub(pw(g, y), ONE)),
      r(p * y * rate, 100),
      add(mul(r(p), pw(g, y)), r(p)),
    )
  },
  'compound-interest-beyond-simple-interest': (f) => {
    const [p, rate, y] = figuresOf(f, 'p', 'rate', 'y')
    const g = more(rate)
    const gap = (k: number) => mul(r(p), sub(pw(g, k), r(100 + rate * k, 100)))
    return at2(gap(y), mul(r(p), sub(pw(g, y), ONE)), r(p * rate * y, 100), gap(y - 1), gap(y + 1))
  },
  'monthly-compounded-balance-after-whole-years': (f) => {
    const [p, rate, y] = figuresOf(f, 'p', 'rate', 'y')
    const m = r(1200 + rate, 1200)
    return at2(
      mul(r(p), pw(m, 12 * y)),
      mul(r(p), pw(more(rate), y)),
      mul(r(p), r(100 + rate * y, 100)),
      mul(r(p), pw(m, y)),
      mul(r(p), pw(more(rate), y + 1)),
    )
  },
  'balance-at-the-rule-of-72-doubling-time': (f) => {
    const [rate, p, y] = figuresOf(f, 'rate', 'p', 'y')
    const g = more(rate)
    return at2(
      mul(r(p), pw(g, y)),
      r(2 * p),
      mul(r(p), r(100 + rate * y, 100)),
      mul(r(p), pw(g, y + 1)),
      mul(r(p), pw(g, y - 1)),
    )
  },
  'years-to-quadruple-by-the-rule-of-72': (f) => {
    const [t] = figuresOf(f, 't')
    return at1(
      r(1440, t),
      r(720, t),
      r(2880, t),
      r(2160, t),
      r(1400, t),
      r(360, t),
      r(720 * 720, t * t),
    )
  },
  'real-value-of-cash-after-years-of-inflation': (f) => {
    const [a, i, y] = figuresOf(f, 'a', 'i', 'y')
    return at2(
      div(r(a), pw(more(i), y)),
      mul(r(a), r(100 - i * y, 100)),
      mul(r(a), pw(less(i), y)),
      div(r(a), r(100 + i * y, 100)),
      r(a),
    )
  },
  'real-return-after-tax-and-inflation': (f) => {
    const [rate, t, i] = figuresOf(f, 'rate', 't', 'i')
    const net = r(rate * (100 - t), 100000)
    const inf = r(i, 1000)
    const real = (x: R) => sub(div(add(ONE, x), add(ONE, inf)), ONE)
    return pct2(real(net), real(r(rate, 1000)), sub(net, inf), r(rate - i, 1000), net)
  },
  'months-of-fixed-saving-to-reach-a-goal': (f) => {
    const [g, s, d] = figuresOf(f, 'g', 's', 'd')
    return at0(
      r(up(g - s, d)),
      r(up(g, d)),
      r(down(g - s, d)),
      r(up(g + s, d)),
      r(up(g - s, d) + 1),
    )
  },
  'future-value-of-equal-yearly-deposits': (f) => {
    const [d, rate, y] = figuresOf(f, 'd', 'rate', 'y')
    const g = more(rate)
    // Each deposit grown year by year, the last one not at all.
    const grown = (k: number) =>
      add(r(0), ...Array.from({ length: k }, (_, j) => mul(r(d), pw(g, j))))
    return at2(grown(y), r(d * y), mul(grown(y), g), mul(r(d * y), pw(g, y)), grown(y - 1))
  },
  'balance-after-a-yearly-fee-on-the-grown-balance': (f) => {
    const [p, g, fee, y] = figuresOf(f, 'p', 'g', 'fee', 'y')
    const gross = mul(r(p), pw(more(g), y))
    return at2(
      mul(r(p), pw(mul(more(g), less(fee)), y)),
      mul(r(p), pw(r(100 + g - fee, 100), y)),
      gross,
      sub(gross, mul(r(p), P(fee))),
      mul(gross, r(100 - fee * y, 100)),
    )
  },
  'cost-of-a-yearly-fund-fee-over-the-years': (f) => {
    const [p, g, fee, y] = figuresOf(f, 'p', 'g', 'fee', 'y')
    const gross = mul(r(p), pw(more(g), y))
    return at2(
      sub(gross, mul(r(p), pw(mul(more(g), less(fee)), y))),
      r(p * fee * y, 100),
      r(p * fee, 100),
      mul(gross, r(fee * y, 100)),
      sub(gross, mul(r(p), pw(r(100 + g - fee, 100), y))),
    )
  },
  'future-price-of-a-goal-after-inflation': (f) => {
    const [c, i, y] = figuresOf(f, 'c', 'i', 'y')
    const g = more(i)
    return at2(
      mul(r(c), pw(g, y)),
      r(c * (100 + i * y), 100),
      mul(r(c), pw(g, y + 1)),
      div(r(c), pw(g, y)),
      mul(r(c), pw(g, y - 1)),
    )
  },
  'extra-earned-by-the-higher-rate-account-after-its-fee': (f) => {
    const [s, a, b, fee] = figuresOf(f, 's', 'a', 'b', 'fee')
    const gap = r(s * (a - b), 1000)
    return at2(
      sub(gap, r(12 * fee)),
      gap,
      sub(gap, r(fee)),
      sub(r(s * a, 1000), r(12 * fee)),
      sub(gap, r(52 * fee)),
    )
  },
  'deposit-today-for-a-sum-in-years': (f) => {
    const [g, rate, y] = figuresOf(f, 'g', 'rate', 'y')
    const k = more(rate)
    return at2(
      div(r(g), pw(k, y)),
      div(r(g), r(100 + rate * y, 100)),
      r(g * (100 - rate * y), 100),
      div(r(g), pw(k, y - 1)),
      div(r(g), pw(k, y + 1)),
      r(g * (100 - rate), 100),
      div(r(g), pw(r(1200 + rate, 1200), 12 * y)),
    )
  },
  'apy-of-a-quarterly-compounded-rate': (f) => {
    const [rate] = figuresOf(f, 'rate')
    return pct2(
      sub(pw(r(4000 + rate, 4000), 4), ONE),
      r(rate, 1000),
      r(rate, 4000),
      sub(pw(r(4000 + rate, 4000), 3), ONE),
      pw(r(4000 + rate, 4000), 4),
      r(4 * rate, 1000),
    )
  },
  'monthly-saving-for-a-goal-that-rises-with-prices': (f) => {
    const [c, i, y, s] = figuresOf(f, 'c', 'i', 'y', 's')
    const later = mul(r(c), pw(more(i), y))
    return at2(
      div(sub(later, r(s)), r(12 * y)),
      r(c - s, 12 * y),
      div(later, r(12 * y)),
      div(r(c * (100 + i * y) - 100 * s, 100), r(12 * y)),
      div(sub(later, r(s)), r(12 * y - 12)),
    )
  },
}
