import { figuresOf } from './drawn-figures.js'
import {
  add,
  div,
  p1,
  p2,
  type Route,
  r,
  sub,
  up,
  w0,
  w2,
} from './html-email-design-second-working.js'

/** The click-to-open rate of the segment with the most opens (the first, on a tie). */
function largestOwn(o0: number, o1: number, o2: number, c0: number, c1: number, c2: number) {
  if (o0 >= o1 && o0 >= o2) return r(c0, o0)
  return o1 >= o2 ? r(c1, o1) : r(c2, o2)
}

/** Campaign rates and test matrices worked again on the base each stem names. */
export const MEASURE_ROUTES: Readonly<Record<string, Route>> = {
  'open-rate-on-delivered-mail': (f) => {
    const [s, b, o] = figuresOf(f, 's', 'b', 'o')
    const delivered = s - b
    return p1(
      r(o, delivered),
      r(o, s),
      r(o, s + b),
      r(o, delivered - b),
      r(o + b, s),
      r(o + b, delivered),
      r(o, delivered - o),
    )
  },
  'click-to-open-rate': (f) => {
    const [d, o, u, t] = figuresOf(f, 'd', 'o', 'u', 't')
    return p1(r(u, o), r(u, d), r(t, o), r(o, d), r(t, d), r(u, o + u))
  },
  'click-through-rate-on-delivered-mail': (f) => {
    const [s, b, o, u] = figuresOf(f, 's', 'b', 'o', 'u')
    return p1(r(u, s - b), r(u, o), r(u, s), r(u, s + b), r(o, s - b))
  },
  'render-test-screenshot-count': (f) => {
    const [x, y, w, rounds] = figuresOf(f, 'x', 'y', 'w', 'r')
    const perWidth = x * 2 + y
    return w0(
      r(perWidth * w * rounds),
      r((x + y) * 2 * w * rounds),
      r((x + y) * w * rounds),
      r(perWidth * w),
      r((perWidth + w) * rounds),
      r(perWidth * (w + rounds)),
    )
  },
  'render-test-failure-rate': (f) => {
    const [x, y, w, fails] = figuresOf(f, 'x', 'y', 'w', 'f')
    const shots = (2 * x + y) * w
    return p1(
      r(fails, shots),
      r(fails, (x + y) * w),
      r(fails, 2 * (x + y) * w),
      r(fails, 2 * x + y),
      r(fails, shots - fails),
    )
  },
  'send-count-after-exclusions': (f) => {
    const [t, u, s, o] = figuresOf(f, 't', 'u', 's', 'o')
    const excluded = u + s - o
    return w0(r(t - excluded), r(t - u - s), r(t - u), r(t - u - s - o), r(t - s), r(t - o))
  },
  'share-of-clicks-on-the-hero-link': (f) => {
    const [t, u, h, o] = figuresOf(f, 't', 'u', 'h', 'o')
    return p1(r(h, t), r(h, u), r(h, o), r(h, t - h), r(t - h, t))
  },
  'click-to-open-change-in-points': (f) => {
    const [o1, o2, c1, c2] = figuresOf(f, 'o1', 'o2', 'c1', 'c2')
    const [a, b] = [r(c1, o1), r(c2, o2)]
    const rise = c2 * o1 > c1 * o2
    const gap = rise ? sub(b, a) : sub(a, b)
    return p1(
      gap,
      div(gap, a),
      r(Math.abs(c2 - c1), Math.max(o1, o2)),
      add(a, b),
      r(Math.abs(c2 - c1), o1 + o2),
    )
  },
  'hard-bounce-rate': (f) => {
    const [s, h, soft, x] = figuresOf(f, 's', 'h', 'f', 'x')
    return p2(r(h, s), r(h + soft, s), r(s - h - soft, s), r(h, h + soft), r(soft, s), r(h, s + x))
  },
  'unsubscribe-rate-on-delivered-mail': (f) => {
    const [d, o, u, s] = figuresOf(f, 'd', 'o', 'u', 's')
    return p2(r(u, d), r(u, o), r(u, d + s), r(u + s, d), r(u, d - s))
  },
  'weighted-click-to-open-across-segments': (f) => {
    const [o0, o1, o2, c0, c1, c2] = figuresOf(f, 'o0', 'o1', 'o2', 'c0', 'c1', 'c2')
    const opens = o0 + o1 + o2
    const clicks = c0 + c1 + c2
    const mean = div(add(r(c0, o0), r(c1, o1), r(c2, o2)), r(3))
    return p1(
      r(clicks, opens),
      mean,
      r(clicks, opens + clicks),
      r(Math.max(c0, c1, c2), opens),
      largestOwn(o0, o1, o2, c0, c1, c2),
    )
  },
  'clicks-per-unique-clicker': (f) => {
    const [u, t, o] = figuresOf(f, 'u', 't', 'o')
    return w2(r(t, u), r(t, o), r(u, t), r(t - u, u), r(t, t - u), r(o, u))
  },
  'conversion-rate-from-email-clicks': (f) => {
    const [u, t, c, o] = figuresOf(f, 'u', 't', 'c', 'o')
    return p1(r(c, u), r(c, t), r(c, o), r(c, u - c), r(u, o))
  },
  'render-test-time-in-parallel-batches': (f) => {
    const [k, b, s] = figuresOf(f, 'k', 'b', 's')
    const batches = up(r(k, b))[0]
    const secs = r(batches * BigInt(s))
    return w2(
      div(secs, r(60)),
      r(k * s, 60),
      r(k * s, 60 * b),
      r(Math.floor(k / b) * s, 60),
      div(secs, r(100)),
      secs,
    )
  },
  'mobile-share-of-opens-with-a-known-device': (f) => {
    const [m, d, w, u, n0] = figuresOf(f, 'm', 'd', 'w', 'u', 'n0')
    const known = m + d + w
    return p1(
      r(m, known),
      r(m, known + u),
      r(m, n0),
      r(m + w, known),
      r(m, m + d),
      r(m + u, known + u),
    )
  },
  'utm-tagged-link-variants': (f) => {
    const [l, s, v] = figuresOf(f, 'l', 's', 'v')
    return w0(
      r(l * s),
      r(l * s * v),
      r(l + s),
      r(l),
      r(l * v),
      r(l * (s + v)),
      r(s * v),
      r(l * s * 2),
    )
  },
}
