import {
  add,
  at1,
  cents2,
  cut,
  div,
  mul,
  pct1,
  pct2,
  type Route,
  r,
  w,
} from './affiliate-marketing-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** Commission on `k` orders of `v` cents at `t` tenths of a percent, `k` possibly a half. */
const orders = (t: number, v: number, k: number | readonly [number, number]) =>
  typeof k === 'number' ? cut(t, v * k) : mul(cut(t, v), r(k[0], k[1]))
/** Clicks, sales and shares as plain ratios. */
const q = (a: number, b: number) => r(a, b)

/** Tracking and attribution worked again from each draw's clicks, days, sales and rates. */
export const TRACKING_ROUTES: Readonly<Record<string, Route>> = {
  'sales-inside-a-cookie-window': (f) => {
    const [t, a, b, c, d, e] = figuresOf(f, 't', 's1', 's2', 's3', 's4', 's5')
    const credited = (...s: number[]) =>
      cut(
        t,
        s.reduce((x, y) => x + y, 0),
      )
    return cents2(
      credited(a, b, c),
      credited(a, b),
      credited(a),
      credited(a, b, c, d),
      credited(a, b, c, d, e),
      credited(b, c, d),
      credited(b, c),
    )
  },
  'last-click-credit-for-shared-sales': (f) => {
    const [a, b, c, v, t] = figuresOf(f, 'a', 'b', 'c', 'v', 't')
    return cents2(
      orders(t, v, a + c),
      orders(t, v, a + b),
      orders(t, v, a + b + c),
      orders(t, v, a),
      orders(t, v, [2 * a + b + c, 2]),
      orders(t, v, c),
      orders(t, v, [2 * a + c, 2]),
    )
  },
  'position-based-share-for-a-first-and-middle-touch': (f) => {
    const [k, s, t] = figuresOf(f, 'k', 's', 't')
    const pool = cut(t, s)
    // 40 % first touch, 20 % over k − 2 middle touches: 0.4 + 0.2/(k − 2).
    return cents2(
      mul(pool, r(2 * (k - 2) + 1, 5 * (k - 2))),
      mul(pool, r(40, 100)),
      mul(pool, r(2, k)),
      mul(pool, r(2 * k + 1, 5 * k)),
      mul(pool, r(60, 100)),
      pool,
      mul(pool, r(80, 100)),
    )
  },
  'cross-device-sales-credited-when-signed-in': (f) => {
    const [s1, s2, m, v, t] = figuresOf(f, 's1', 's2', 'm', 'v', 't')
    return cents2(
      orders(t, v, s1 + m),
      orders(t, v, s1),
      orders(t, v, s1 + s2),
      orders(t, v, m),
      orders(t, v, s1 + s2 - m),
      orders(t, v, s1 + s2 + m),
    )
  },
  'sub-id-conversion-rate': (f) => {
    const [ca, cb, cu, xa, xb, xu] = figuresOf(f, 'ca', 'cb', 'cu', 'xa', 'xb', 'xu')
    return pct1(
      q(xa, ca),
      q(xa, ca + cb),
      q(xa, ca + cu),
      q(xa + xb, ca + cb),
      q(xa + xu, ca),
      q(xa + xb, ca),
      q(xa, ca + cb + cu),
    )
  },
  'sales-lost-when-a-cookie-window-is-cut': (f) => {
    const [a, b, d, e, g] = figuresOf(f, 'a', 'b', 'd', 'e', 'g')
    const n = a + b + d + e + g
    return pct1(
      q(e + g, n),
      q(g, n),
      q(e, n),
      q(d + e + g, n),
      q(e + g, a + b + d),
      q(e + g, a + b + d + e),
    )
  },
  '24-hour-cookie-with-a-cart-extension': (f) => {
    const [a, b, c, d, e, t] = figuresOf(f, 's1', 's2', 's3', 's4', 's5', 't')
    return cents2(
      cut(t, a + b),
      cut(t, a),
      cut(t, b),
      cut(t, a + b + c),
      cut(t, a + b + d),
      cut(t, a + b + c + d + e),
    )
  },
  'first-live-click-in-a-journey': (f) => {
    const [s, ta, tb, tc] = figuresOf(f, 's', 'ta', 'tb', 'tc')
    return cents2(
      cut(tb, s),
      cut(ta, s),
      cut(tc, s),
      cut(ta + tb + tc, s),
      mul(cut(tb + tc, s), r(1, 2)),
      cut(tb + tc, s),
    )
  },
  'deduplicated-sales-across-two-networks': (f) => {
    const [a, b, c, v, t] = figuresOf(f, 'a', 'b', 'c', 'v', 't')
    return cents2(
      orders(t, v, a + b - c),
      orders(t, v, a + b),
      orders(t, v, a + b - 2 * c),
      orders(t, v, a - c),
      orders(t, v, a + b + c),
      orders(t, v, [2 * (a + b) - c, 2]),
      orders(t, v, b - c),
    )
  },
  'time-decay-share-with-a-seven-day-half-life': (f) => {
    const [s, t, x, y, z] = figuresOf(f, 's', 't', 'x', 'y', 'z')
    const pool = cut(t, s)
    const halves = (d: number) => 1n << BigInt(d / 7)
    const weight = (d: number) => r(1n, halves(d))
    const total = add(weight(x), weight(y), weight(z))
    const back = add(r(halves(x)), r(halves(y)), r(halves(z)))
    return cents2(
      mul(pool, div(weight(x), total)),
      mul(pool, r(1, 3)),
      mul(pool, weight(x)),
      pool,
      mul(pool, div(r(halves(x)), back)),
      // Weighed by recency rank (1, ½, ¼ over 7/4), not by weeks.
      mul(pool, r(4n, 7n << BigInt([y, z].filter((d) => d < x).length))),
    )
  },
  'last-non-direct-click-credit': (f) => {
    const [n1, n2, n3, n4, v, t] = figuresOf(f, 'n1', 'n2', 'n3', 'n4', 'v', 't')
    return cents2(
      orders(t, v, n1 + n2 + n4),
      orders(t, v, n1),
      orders(t, v, n1 + n2),
      orders(t, v, n1 + n4),
      orders(t, v, n1 + n2 + n3 + n4),
      orders(t, v, n1 + n2 + n3),
      orders(t, v, n1 + 2 * n2 + n4),
    )
  },
  'median-click-to-sale-lag': (f) => {
    const lags = figuresOf(f, 'l0', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6')
    const s = [...lags].sort((a, b) => a - b)
    return at1(
      w(s[3]!),
      r(
        lags.reduce((a, b) => a + b, 0),
        7,
      ),
      w(lags[3]!),
      r(s[0]! + s[6]!, 2),
      w(s[2]!),
      w(s[4]!),
    )
  },
  'conversion-rate-on-filtered-clicks': (f) => {
    const [raw, dup, bot, x, dd] = figuresOf(f, 'raw', 'dup', 'bot', 'x', 'dd')
    const human = raw - dup - bot
    return pct2(
      q(x - dd, human),
      q(x, human),
      q(x - dd, raw),
      q(x - dd, raw - dup),
      q(x - dd, raw - bot),
      q(x, human - dup),
      q(x - dd, human - bot),
    )
  },
  'coupon-code-overrides-the-cookie': (f) => {
    const [l, c, k, o, v, t] = figuresOf(f, 'l', 'c', 'k', 'o', 'v', 't')
    return cents2(
      orders(t, v, l + c + k),
      orders(t, v, l + o),
      orders(t, v, l + c + k + o),
      orders(t, v, l + c),
      orders(t, v, c + k),
      orders(t, v, l),
    )
  },
  'introducer-and-closer-split': (f) => {
    const [solo, i, c, v, t] = figuresOf(f, 'solo', 'i', 'c', 'v', 't')
    return cents2(
      orders(t, v, [2 * solo + i + c, 2]),
      orders(t, v, solo + i + c),
      orders(t, v, solo + c),
      orders(t, v, solo + i),
      orders(t, v, solo),
      orders(t, v, [i + c, 2]),
      orders(t, v, [2 * (solo + i) + c, 2]),
      orders(t, v, [2 * (solo + c) + i, 2]),
    )
  },
  'deterministic-and-probabilistic-cross-device': (f) => {
    const [s, det, prob, v, t] = figuresOf(f, 's', 'det', 'prob', 'v', 't')
    return cents2(
      orders(t, v, [2 * (s + det) + prob, 2]),
      orders(t, v, s + det + prob),
      orders(t, v, s + det),
      orders(t, v, s),
      orders(t, v, [2 * s + det + prob, 2]),
      orders(t, v, [2 * (s + prob) + det, 2]),
    )
  },
}
