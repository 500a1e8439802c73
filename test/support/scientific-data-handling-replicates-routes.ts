import { cmp } from './bigint-rationals.js'
import { figuresOf } from './drawn-figures.js'
import {
  add,
  at2,
  at3,
  div,
  H,
  list,
  mul,
  type R,
  type Route,
  r,
  rootAt,
  sub,
  sum,
} from './scientific-data-handling-second-working.js'

const sq = (x: R): R => mul(x, x)
const abs = (x: R): R => (x[0] < 0n !== x[1] < 0n ? r(-x[0], x[1]) : x)
const ascending = (xs: readonly R[]): R[] => [...xs].sort(cmp)
const middle = (xs: readonly R[]): R => {
  const s = ascending(xs)
  const k = s.length
  return k % 2 ? s[(k - 1) / 2]! : mul(add(s[k / 2 - 1]!, s[k / 2]!), r(1, 2))
}
const avg = (xs: readonly R[]): R => div(sum(xs), r(xs.length))
/** The sum of squared deviations from the mean. */
const ssOf = (xs: readonly R[]): R => {
  const m = avg(xs)
  return sum(xs.map((x) => sq(sub(x, m))))
}

/** Descriptive statistics of replicates worked again from each draw's readings. */
export const REPLICATES_ROUTES: Readonly<Record<string, Route>> = {
  'sample-standard-deviation-of-replicates': (f) => {
    const xs = list(f, 'x').map(H)
    const k = xs.length
    const ss = ssOf(xs)
    const m = avg(xs)
    return at3(
      rootAt(div(ss, r(k - 1)), 3),
      rootAt(div(ss, r(k)), 3),
      div(ss, r(k - 1)),
      rootAt(ss, 3),
      avg(xs.map((x) => abs(sub(x, m)))),
      sub(ascending(xs)[k - 1]!, ascending(xs)[0]!),
    )
  },
  'coefficient-of-variation-of-replicates': (f) => {
    const raw = list(f, 'x')
    const xs = raw.map(H)
    const k = xs.length
    const m = avg(xs)
    const ss = ssOf(xs)
    const cv2 = (d: number, scale: number) => rootAt(div(mul(r(scale), ss), mul(r(d), sq(m))), 2)
    return at2(
      cv2(k - 1, 10000),
      cv2(k, 10000),
      cv2(k - 1, 1),
      mul(div(H(Math.max(...raw) - Math.min(...raw)), m), r(100)),
      cv2(k * (k - 1), 10000),
      div(mul(r(100), ss), mul(r(k - 1), m)),
    )
  },
  'median-of-an-even-number-of-replicates': (f) => {
    const raw = list(f, 'x')
    const xs = raw.map((x) => r(x))
    const k = xs.length
    const s = ascending(xs)
    return at2(middle(xs), r(raw[k / 2 - 1]! + raw[k / 2]!, 2), s[k / 2]!, s[k / 2 - 1]!, avg(xs))
  },
  'interquartile-range-by-the-halves-method': (f) => {
    const recorded = list(f, 'x').map((x) => r(x))
    const xs = ascending(recorded)
    const k = xs.length
    const h = (k - 1) / 2
    const q1 = middle(xs.slice(0, h))
    const q3 = middle(xs.slice(h + 1))
    const iqr = sub(q3, q1)
    // The middle of each half of the list as recorded, with no sort.
    const asListed = (ys: readonly R[]): R => {
      const j = ys.length
      return j % 2 ? ys[(j - 1) / 2]! : mul(add(ys[j / 2 - 1]!, ys[j / 2]!), r(1, 2))
    }
    const unsorted = sub(asListed(recorded.slice(h + 1)), asListed(recorded.slice(0, h)))
    const shows = cmp(unsorted, r(0)) > 0 && cmp(unsorted, iqr) !== 0
    return at2(
      iqr,
      sub(xs[k - 1]!, xs[0]!),
      sub(middle(xs.slice(h)), middle(xs.slice(0, h + 1))),
      mul(iqr, r(1, 2)),
      sub(q3, xs[h]!),
      ...(shows ? [unsorted] : []),
    )
  },
  'upper-fence-for-outliers': (f) => {
    const [q1, med, q3] = figuresOf(f, 'q1', 'med', 'q3')
    const iqr = H(q3 - q1)
    return at2(
      add(H(q3), mul(r(3, 2), iqr)),
      add(H(q3), iqr),
      add(H(q3), mul(r(3), iqr)),
      add(H(med), mul(r(3, 2), iqr)),
      add(H(q3), mul(r(3, 2), H(q3 - med))),
      add(H(q1), mul(r(3, 2), iqr)),
      mul(add(H(q3), r(3, 2)), iqr),
    )
  },
  'z-score-of-a-reading': (f) => {
    const [m, s, n, x] = figuresOf(f, 'm', 's', 'n', 'x')
    const d = H(x - m)
    return at2(
      div(d, H(s)),
      div(d, sq(H(s))),
      rootAt(div(mul(sq(d), r(n)), sq(H(s))), 2),
      d,
      div(H(x), H(s)),
    )
  },
  'grubbs-statistic-for-a-high-value': (f) => {
    const others = list(f, 'x')
    const [hi] = figuresOf(f, 'hi')
    const all = [...others, hi].map(H)
    const k = all.length
    const ss = ssOf(all)
    const G2 = (gap: R, df: number, s2: R) => rootAt(div(mul(sq(gap), r(df)), s2), 3)
    const rest = others.map(H)
    return at3(
      G2(sub(H(hi), avg(all)), k - 1, ss),
      G2(sub(H(hi), avg(all)), k, ss),
      G2(sub(H(hi), avg(rest)), k - 2, ssOf(rest)),
      G2(H(hi - Math.max(...others)), k - 1, ss),
      G2(H(hi - Math.min(...others)), k - 1, ss),
    )
  },
  'dixon-q-for-a-high-value': (f) => {
    const others = list(f, 'x')
    const [hi] = figuresOf(f, 'hi')
    const top = Math.max(...others)
    const lo = Math.min(...others)
    const all = [...others, hi].map(H)
    return at3(
      r(hi - top, hi - lo),
      r(hi - top, top - lo),
      r(hi - lo, hi - top),
      r(hi - top, hi),
      div(H(hi - top), avg(all)),
    )
  },
  'mean-after-rejecting-a-flagged-outlier': (f) => {
    const others = list(f, 'x')
    const [hi] = figuresOf(f, 'hi')
    const kept = others.map(H)
    const all = [...kept, H(hi)]
    return at3(
      avg(kept),
      avg(all),
      div(sum(kept), r(all.length)),
      avg(ascending(kept).slice(1)),
      middle(all),
      avg(ascending(kept).slice(0, -1)),
    )
  },
  'pooled-standard-deviation-of-two-runs': (f) => {
    const [n1, n2, s1, s2] = figuresOf(f, 'n1', 'n2', 's1', 's2')
    const v1 = sq(H(s1))
    const v2 = sq(H(s2))
    return at3(
      rootAt(div(add(mul(r(n1 - 1), v1), mul(r(n2 - 1), v2)), r(n1 + n2 - 2)), 3),
      r(s1 + s2, 200),
      rootAt(mul(add(v1, v2), r(1, 2)), 3),
      rootAt(div(add(mul(r(n1), v1), mul(r(n2), v2)), r(n1 + n2)), 3),
      rootAt(add(v1, v2), 3),
    )
  },
  'grand-mean-of-batches-of-different-size': (f) => {
    const ns = list(f, 'n')
    const ms = list(f, 'm').map(H)
    const N = ns.reduce((a, b) => a + b, 0)
    return at3(
      div(sum(ms.map((m, i) => mul(m, r(ns[i]!)))), r(N)),
      avg(ms),
      div(sum(ms.map((m, i) => mul(m, r(ns[i]! - 1)))), r(N - 3)),
      middle(ms),
      div(sum(ms.map((m, i) => mul(m, r(1, ns[i]!)))), sum(ns.map((n) => r(1, n)))),
    )
  },
  'median-absolute-deviation': (f) => {
    const xs = list(f, 'x').map((x) => r(x))
    const med = middle(xs)
    const m = avg(xs)
    const fromMedian = xs.map((x) => abs(sub(x, med)))
    const fromMean = xs.map((x) => abs(sub(x, m)))
    const mad = middle(fromMedian)
    return at2(mad, avg(fromMean), middle(fromMean), mul(mad, r(14826, 10000)), avg(fromMedian))
  },
  'percentile-by-the-nearest-rank': (f) => {
    const [p] = figuresOf(f, 'p')
    const raw = list(f, 'x')
    const k = raw.length
    const s = [...raw].sort((a, b) => a - b)
    // ⌈pk/100⌉ and ⌊pk/100⌋ by whole-number division.
    const up = Math.floor((p * k + 99) / 100)
    const down = Math.floor((p * k) / 100)
    const whole = Math.floor((p * (k + 1)) / 100)
    const frac = r(p * (k + 1) - whole * 100, 100)
    const interp =
      whole >= k ? r(s[k - 1]!) : add(r(s[whole - 1]!), mul(frac, r(s[whole]! - s[whole - 1]!)))
    return at2(
      r(s[up - 1]!, 10),
      r(s[down - 1]!, 10),
      mul(interp, r(1, 10)),
      r(raw[up - 1]!, 10),
      r(p * s[k - 1]!, 1000),
    )
  },
  'relative-percent-difference-of-duplicates': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    const d = H(Math.abs(a - b))
    const mid = r(a + b, 200)
    return at2(
      mul(div(d, mid), r(100)),
      mul(div(d, H(a)), r(100)),
      mul(div(d, H(b)), r(100)),
      mul(div(d, H(a + b)), r(100)),
      rootAt(mul(r(10000), div(sq(d), mul(r(2), sq(mid)))), 2),
    )
  },
  'standard-deviation-from-running-sums': (f) => {
    const xs = list(f, 'x').map(H)
    const k = xs.length
    const sx = sum(xs)
    const ss = sub(sum(xs.map(sq)), div(sq(sx), r(k)))
    return at3(
      rootAt(div(ss, r(k - 1)), 3),
      rootAt(div(ss, r(k)), 3),
      div(ss, r(k - 1)),
      rootAt(div(ss, r(k * (k - 1))), 3),
      rootAt(ss, 3),
    )
  },
}
