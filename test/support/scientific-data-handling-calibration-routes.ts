import { figuresOf } from './drawn-figures.js'
import {
  add,
  at2,
  at3,
  div,
  H,
  list,
  logAt,
  mul,
  type R,
  type Route,
  r,
  rootAt,
  sub,
  sum,
  T,
} from './scientific-data-handling-second-working.js'

const sq = (x: R): R => mul(x, x)

/** Calibration and data transformation worked again from each draw's lines, blanks and signals. */
export const CALIBRATION_ROUTES: Readonly<Record<string, Route>> = {
  'concentration-from-a-calibration-line-and-dilution': (f) => {
    const [m, b, y, d] = figuresOf(f, 'm', 'b', 'y', 'd')
    // Slope and intercept share the thousandths of the signal, which cancel in (y − b) ÷ m.
    return at3(
      r((y - b) * d, m),
      r(y - b, m),
      r(y * d, m),
      r((y + b) * d, m),
      mul(add(mul(T(m), T(y)), T(b)), r(d)),
    )
  },
  'reading-a-sample-between-two-standards': (f) => {
    const [x1, x2, y1, y2, y] = figuresOf(f, 'x1', 'x2', 'y1', 'y2', 'y')
    const slope = r(y2 - y1, x2 - x1)
    return at3(
      add(r(x1), div(r(y - y1), slope)),
      r(y * x2, y2),
      r(y * x1, y1),
      div(r(y), slope),
      r(y * (x1 + x2), y1 + y2),
    )
  },
  'beer-lambert-with-a-reagent-blank': (f) => {
    const [a, ab, e, mm] = figuresOf(f, 'a', 'ab', 'e', 'mm')
    const molar = (absorbance: R, path: R) => mul(div(absorbance, mul(r(e), path)), r(1000000))
    const cm = r(mm, 10)
    return at2(
      molar(T(a - ab), cm),
      molar(T(a), cm),
      molar(T(a - ab), r(mm)),
      molar(T(a + ab), cm),
      molar(T(a - ab), r(1)),
      div(molar(T(a - ab), cm), r(1000)),
      mul(molar(T(a - ab), cm), r(1000)),
    )
  },
  'detection-limit-from-blank-replicates': (f) => {
    const xs = list(f, 'x').map(T)
    const [m] = figuresOf(f, 'm')
    const mean = div(sum(xs), r(xs.length))
    const ss = sum(xs.map((x) => sq(sub(x, mean))))
    const limit = (k: number, df: number) => rootAt(div(mul(r(k * k), ss), mul(r(df), sq(T(m)))), 3)
    return at3(limit(3, 6), limit(3, 7), limit(10, 6), limit(1, 6), div(mul(r(3), mean), T(m)))
  },
  'quantitation-limit-in-a-solid-sample': (f) => {
    const [s, m, v, g] = figuresOf(f, 's', 'm', 'v', 'g')
    const extract = r(10 * s, m)
    const kg = r(g, 10000)
    const litres = r(v, 1000)
    return at2(
      div(mul(extract, litres), kg),
      div(mul(r(3 * s, m), litres), kg),
      extract,
      div(mul(extract, kg), litres),
      div(mul(extract, r(v)), kg),
      div(mul(r(10 * s, 1000), litres), kg),
    )
  },
  'spike-recovery': (f) => {
    const [u, a, sp] = figuresOf(f, 'u', 'a', 'sp')
    return at2(
      r((sp - u) * 100, a),
      r(sp * 100, a),
      r((sp - u) * 100, sp),
      r(sp * 100, u + a),
      r(a * 100, sp - u),
    )
  },
  'henderson-hasselbalch-buffer-ph': (f) => {
    const [pka, base, acid] = figuresOf(f, 'pka', 'base', 'acid')
    const P = H(pka)
    return at2(
      add(P, logAt(r(base, acid), 2)),
      add(P, logAt(r(acid, base), 2)),
      add(P, r(base, acid)),
      P,
      add(P, logAt(r(base + acid, acid), 2)),
    )
  },
  'log-reduction-of-a-treatment': (f) => {
    const [a, p, b, q] = figuresOf(f, 'a', 'p', 'b', 'q')
    const n0 = r(BigInt(a) * 10n ** BigInt(p), 10n)
    const n1 = r(BigInt(b) * 10n ** BigInt(q), 10n)
    return at2(
      logAt(div(n0, n1), 2),
      r(p - q),
      mul(sub(r(1), div(n1, n0)), r(100)),
      logAt(sub(n0, n1), 2),
      // ln of the ratio, in millionths; the draw keeps it clear of a half at the third place.
      r(Math.round(Math.log(((a / b) * 10 ** p) / 10 ** q) * 1000000), 1000000),
    )
  },
  'concentration-by-internal-standard': (f) => {
    const [aa, ai, ci, rrf, d] = figuresOf(f, 'aa', 'ai', 'ci', 'rrf', 'd')
    const vial = div(mul(r(aa, ai), r(ci)), H(rrf))
    return at2(
      mul(vial, r(d)),
      vial,
      mul(r(aa * ci * d, ai)),
      mul(r(aa * ci * d, ai), H(rrf)),
      div(mul(r(ai, aa), r(ci * d)), H(rrf)),
    )
  },
  'min-max-normalisation-of-a-reading': (f) => {
    const xs = list(f, 'x')
    const [x] = figuresOf(f, 'x')
    const lo = Math.min(...xs)
    const hi = Math.max(...xs)
    return at3(r(x - lo, hi - lo), r(x, hi), r(x - lo, hi), r(hi - x, hi - lo), r(x, hi - lo))
  },
  'percent-of-control-after-blank-subtraction': (f) => {
    const [bl, c, s] = figuresOf(f, 'bl', 'c', 's')
    const v = r((s - bl) * 100, c - bl)
    return at2(v, r(s * 100, c), r((s - bl) * 100, c), sub(r(100), v), r(s * 100, c - bl))
  },
  'standard-addition-single-spike': (f) => {
    const [s0, dc, s1] = figuresOf(f, 's0', 'dc', 's1')
    const key = r(s0 * dc, s1 - s0)
    return at3(
      key,
      r(s0 * dc, s1),
      r(s1 * dc, s1 - s0),
      r((s1 - s0) * dc, s0),
      r(s0, s1 - s0),
      r(s0 * dc * 1000, s1 - s0),
    )
  },
  'dry-weight-concentration-from-an-extract': (f) => {
    const [c, v, g, w] = figuresOf(f, 'c', 'v', 'g', 'w')
    const ug = mul(H(c), r(v, 1000))
    const wet = r(g, 10000)
    const dry = r(100 - w, 100)
    return at2(
      div(ug, mul(wet, dry)),
      div(ug, wet),
      div(mul(ug, dry), wet),
      div(ug, mul(wet, r(w, 100))),
      div(mul(H(c), wet), mul(r(v, 1000), dry)),
      div(mul(H(c), r(v)), mul(wet, dry)),
    )
  },
  'single-point-response-factor-with-dilution': (f) => {
    const [cs, as, ax, d] = figuresOf(f, 'cs', 'as', 'ax', 'd')
    const vial = r(ax * cs, as)
    return at3(
      mul(vial, r(d)),
      vial,
      mul(vial, r(d + 1)),
      r(cs * as * d, ax),
      div(vial, r(d)),
      r(ax * as * d, cs),
    )
  },
  'absorbance-from-percent-transmittance': (f) => {
    const [t] = figuresOf(f, 't')
    return at3(
      logAt(r(1000, t), 3),
      r(1000 - t, 1000),
      logAt(r(t, 10), 3),
      r(1000, t),
      logAt(r(1000, 1000 - t), 3),
    )
  },
}
