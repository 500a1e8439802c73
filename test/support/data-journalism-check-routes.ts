import {
  as,
  at0,
  at1,
  at2,
  list,
  pct1,
  pow,
  q,
  type Route,
  r,
  rise,
  sum,
} from './data-journalism-second-working.js'
import { figuresOf } from './drawn-figures.js'

const ONE = r(1)
/** Whole numbers with `%` dropped by the digest, written plainly. */
const whole = as((x) => at0(x).key)

/** Claims and charts checked again from each draw's published figures. */
export const CHECK_ROUTES: Readonly<Record<string, Route>> = {
  'bar-height-ratio-on-a-truncated-axis': (f) => {
    const [s, a, b] = figuresOf(f, 's', 'a', 'b')
    return at2(q(b - s, a - s), q(b, a), q(b - s, a), q(b - a, a - s), q(a - s, b - s))
  },
  'lie-factor-of-a-truncated-chart': (f) => {
    const [s, a, b] = figuresOf(f, 's', 'a', 'b')
    // Drawn change (b − a)/(a − s) over data change (b − a)/a is a/(a − s).
    return at2(
      q(a, a - s),
      q(b - s, a - s),
      q(a - s, a),
      q((b - s) * a, (a - s) * b),
      q(b - a, a - s),
    )
  },
  'one-in-n-from-a-count': (f) => {
    const [adults, all, hh, c, e] = figuresOf(f, 'adults', 'all', 'hh', 'c', 'e')
    const cases = c + e
    return at0(
      q(adults, cases),
      q(adults, c),
      q(all, cases),
      q(hh, cases),
      q(all - adults, cases),
      q(adults, e),
    )
  },
  'pie-slice-angle-from-counts': (f) => {
    const c = list(f, 'c')
    const [i] = figuresOf(f, 'i')
    const t = sum(c)
    const part = c[i]!
    return at1(
      q(360 * part, t),
      q(100 * part, t),
      q(360 * part, t - part),
      q(180 * part, t),
      q(360 * part, Math.max(...c)),
      q(360 * (t - part), t),
    )
  },
  'annual-figures-from-cumulative-totals': (f) => {
    const [t1, t2, t3] = figuresOf(f, 't1', 't2', 't3')
    const [y2, y3] = [t2 - t1, t3 - t2]
    return pct1(
      q(y3 - y2, y2),
      q(t3 - t2, t2),
      q(y3 - y2, t2),
      q(t3 - y2, y2),
      q(y3 - y2, y3),
      q(y3 - y2, t3),
    )
  },
  'change-over-five-years-not-from-a-low-year': (f) => {
    const y = list(f, 'y')
    const [first, last] = [y[0]!, y[5]!]
    const earlier = y.slice(0, 5)
    return pct1(
      q(last - first, first),
      q(last - Math.min(...earlier), Math.min(...earlier)),
      q(last - y[4]!, y[4]!),
      q(5 * last - sum(earlier), sum(earlier)),
      q(last - y[1]!, y[1]!),
      q(last - first, last),
    )
  },
  'share-left-unreported-in-a-table': (f) => {
    const [r0, r1, r2, t] = figuresOf(f, 'r0', 'r1', 'r2', 't')
    const listed = r0 + r1 + r2
    return pct1(
      q(t - listed, t),
      q(t - listed, listed),
      q(t - listed, r0),
      q(listed, t),
      q(t - listed, r0 + r1),
    )
  },
  'largest-change-behind-rounded-figures': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    return pct1(
      rise(r(2 * b + 1), r(2 * a - 1)),
      rise(r(b), r(a)),
      rise(r(2 * b - 1), r(2 * a + 1)),
      rise(r(2 * b + 1), r(2 * a + 1)),
      rise(r(2 * b), r(2 * a - 1)),
    )
  },
  'icon-scaled-in-two-dimensions': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    return at2(
      q(b * b, a * a),
      q(b, a),
      q(2 * b, a),
      q(b * b * b, a * a * a),
      q(b * b - a * a, a * a),
      q(b - a, a),
    )
  },
  'daily-average-between-two-cumulative-totals': (f) => {
    const [c1, c2, days, start] = figuresOf(f, 'c1', 'c2', 'days', 'start')
    return at1(
      q(c2 - c1, days),
      q(c2, days),
      q(c2 - c1, days + 1),
      q(c2 - c1, days - 1),
      q(c2, start + days),
    )
  },
  'annualised-monthly-change': (f) => {
    const [m] = figuresOf(f, 'm')
    const month = q(1000 + m, 1000)
    return pct1(
      rise(pow(month, 12), ONE),
      q(12 * m, 1000),
      q(m, 1000),
      rise(pow(month, 11), ONE),
      rise(pow(month, 13), ONE),
      pow(month, 12),
    )
  },
  'year-on-year-not-month-on-month': (f) => {
    const l = list(f, 'l')
    const n = list(f, 'n')
    return pct1(
      q(n[2]! - l[2]!, l[2]!),
      q(n[2]! - n[1]!, n[1]!),
      q(sum(n) - sum(l), sum(l)),
      q(n[2]! - l[0]!, l[0]!),
      q(n[2]! - n[0]!, n[0]!),
    )
  },
  'crosstab-row-percentage': (f) => {
    const [wy, wn, my, mn] = figuresOf(f, 'wy', 'wn', 'my', 'mn')
    return pct1(
      q(wy, wy + wn),
      q(wy, wy + my),
      q(wy, wy + wn + my + mn),
      q(wy, wn),
      q(my, my + mn),
      q(wn, wy + wn),
    )
  },
  'percent-fall-behind-a-times-lower-claim': (f) => {
    const [x, y] = figuresOf(f, 'x', 'y')
    return pct1(
      q(x - y, x),
      q(x - y, y),
      q(y, x),
      q(x, y),
      q(2 * (x - y), x + y),
      q(x - y, 10 * x),
      q(Math.floor(x / y + 0.5) - 1, Math.floor(x / y + 0.5)),
    )
  },
  'share-using-either-of-two-overlapping-services': (f) => {
    const [a, b, both] = figuresOf(f, 'a', 'b', 'both')
    return whole(
      r(a + b - both),
      r(a + b),
      r(a + b - 2 * both),
      r(Math.max(a, b)),
      r(100 - (a + b - both)),
      q(100 * (a + b) - a * b, 100),
    )
  },
  'implied-base-of-a-share-claim': (f) => {
    const [x, p] = figuresOf(f, 'x', 'p')
    return at0(
      q(1000 * x, p),
      q(x * p, 1000),
      q(1000 * x, 1000 - p),
      q(100 * x, p),
      q(10000 * x, p),
    )
  },
}
