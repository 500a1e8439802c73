import { figuresOf } from './drawn-figures.js'
import {
  add,
  at2,
  at3,
  div,
  dp,
  H,
  list,
  mul,
  type R,
  type Route,
  r,
  rootAt,
  sub,
  sum,
  T,
  TT,
  writtenAs,
} from './scientific-data-handling-second-working.js'

const sq = (x: R): R => mul(x, x)
const at4 = writtenAs((x) => dp(x, 4))
/** The 95 % t values the stems quote, by degrees of freedom, in thousandths. */
const T95 = [0, 0, 4303, 3182, 2776, 2571, 2447, 2365, 2306, 2262]

/** Measurement uncertainty worked again from each draw's readings and uncertainties. */
export const UNCERTAINTY_ROUTES: Readonly<Record<string, Route>> = {
  'uncertainty-of-a-sum-in-quadrature': (f) => {
    const [a, b, ua, ub] = figuresOf(f, 'a', 'b', 'ua', 'ub')
    const [A, B, UA, UB] = [TT(a), TT(b), TT(ua), TT(ub)]
    const relA = div(UA, A)
    const relB = div(UB, B)
    return at4(
      rootAt(add(sq(UA), sq(UB)), 4),
      add(UA, UB),
      TT(Math.max(ua, ub)),
      rootAt(mul(sq(add(A, B)), add(sq(relA), sq(relB))), 4),
      mul(add(A, B), add(relA, relB)),
    )
  },
  'uncertainty-of-a-product-from-relative-parts': (f) => {
    const [c, uc, v, uv] = figuresOf(f, 'c', 'uc', 'v', 'uv')
    const [C, UC, V, UV] = [TT(c), TT(uc), H(v), H(uv)]
    const n = mul(C, V)
    const rel2 = add(sq(div(UC, C)), sq(div(UV, V)))
    return at4(
      rootAt(mul(sq(n), rel2), 4),
      mul(n, add(div(UC, C), div(UV, V))),
      mul(C, UV),
      mul(UC, V),
      rootAt(mul(r(10000), rel2), 4),
      rootAt(add(sq(UC), sq(UV)), 4),
    )
  },
  'relative-uncertainty-of-a-quotient': (f) => {
    const [m, um, v, uv] = figuresOf(f, 'm', 'um', 'v', 'uv')
    const rm = r(um, m)
    const rv = r(uv, v)
    const bigger = rm[0] * rv[1] > rv[0] * rm[1] ? rm : rv
    const smaller = bigger === rm ? rv : rm
    const pc = (x: R) => mul(x, r(100))
    return at3(
      rootAt(mul(r(10000), add(sq(rm), sq(rv))), 3),
      pc(add(rm, rv)),
      pc(sub(bigger, smaller)),
      pc(bigger),
      rootAt(add(sq(rm), sq(rv)), 3),
      rootAt(div(mul(r(10000), add(sq(TT(um)), sq(H(uv)))), sq(div(TT(m), H(v)))), 3),
    )
  },
  'standard-error-from-a-stated-sd': (f) => {
    const [s, n] = figuresOf(f, 's', 'n')
    const S2 = sq(H(s))
    return at3(
      rootAt(div(S2, r(n)), 3),
      div(H(s), r(n)),
      rootAt(div(S2, r(n - 1)), 3),
      H(s),
      rootAt(mul(S2, r(n)), 3),
    )
  },
  'standard-error-from-replicates': (f) => {
    const xs = list(f, 'x').map(H)
    const k = xs.length
    const m = div(sum(xs), r(k))
    const ss = sum(xs.map((x) => sq(sub(x, m))))
    return at3(
      rootAt(div(ss, r(k * (k - 1))), 3),
      rootAt(div(ss, r(k * k)), 3),
      rootAt(div(ss, r(k - 1)), 3),
      rootAt(div(ss, r(k * k * (k - 1))), 3),
      rootAt(div(ss, r(k)), 3),
      rootAt(div(ss, r((k - 1) * (k - 1))), 3),
      div(ss, r(k * (k - 1))),
    )
  },
  'percent-error-against-a-certified-value': (f) => {
    const [cert, meas] = figuresOf(f, 'cert', 'meas')
    const gap = H(Math.abs(meas - cert))
    return at2(
      mul(div(gap, H(cert)), r(100)),
      mul(div(gap, H(meas)), r(100)),
      mul(div(gap, r(cert + meas, 200)), r(100)),
      r(meas * 100, cert),
      gap,
    )
  },
  'uncertainty-of-a-cubed-length': (f) => {
    const [l, u] = figuresOf(f, 'l', 'u')
    const [L, U] = [H(l), H(u)]
    const cube = (x: R) => mul(x, x, x)
    return at2(
      mul(r(3), sq(L), U),
      mul(sq(L), U),
      rootAt(mul(r(3), sq(sq(L)), sq(U)), 2),
      sub(cube(add(L, U)), cube(sub(L, U))),
      mul(r(3), L, U),
      mul(r(3), cube(L), U),
    )
  },
  'uncertainty-scaled-by-an-exact-dilution': (f) => {
    const [u, d] = figuresOf(f, 'u', 'd')
    const U = H(u)
    return at2(
      mul(r(d), U),
      U,
      rootAt(mul(r(d), sq(U)), 2),
      mul(r(d * d), U),
      div(U, r(d)),
      mul(r(d + 1), U),
    )
  },
  'repeated-deliveries-with-a-rectangular-tolerance': (f) => {
    const [k, a] = figuresOf(f, 'k', 'a')
    const A2 = sq(r(a, 10))
    return at3(
      rootAt(mul(r(k, 3), A2), 3),
      r(k * a, 10),
      rootAt(mul(r(k), A2), 3),
      rootAt(mul(r(k * k, 3), A2), 3),
      rootAt(mul(r(1, 3), A2), 3),
      rootAt(mul(r(k, 6), A2), 3),
    )
  },
  'standard-uncertainty-from-a-glassware-tolerance': (f) => {
    const [a] = figuresOf(f, 'a')
    const A2 = sq(T(a))
    return at3(
      rootAt(div(A2, r(3)), 3),
      T(a),
      div(T(a), r(2)),
      rootAt(div(A2, r(6)), 3),
      rootAt(div(mul(r(4), A2), r(3)), 3),
      rootAt(div(A2, r(12)), 3),
      rootAt(mul(A2, r(3)), 3),
    )
  },
  'confidence-interval-half-width-with-t': (f) => {
    const [n, s, t] = figuresOf(f, 'n', 's', 't')
    if (T95[n - 1] !== t) throw new Error(`t ${t} is not the 95% value for ${n - 1} df`)
    const S2 = sq(H(s))
    return at2(
      rootAt(div(mul(sq(T(t)), S2), r(n)), 2),
      mul(T(t), H(s)),
      rootAt(div(mul(sq(H(196)), S2), r(n)), 2),
      div(mul(T(t), H(s)), r(n)),
      rootAt(div(mul(sq(T(t)), S2), r(n - 1)), 2),
    )
  },
  'relative-uncertainty-of-a-difference': (f) => {
    const [a, b, ua, ub] = figuresOf(f, 'a', 'b', 'ua', 'ub')
    const net = H(a - b)
    const u2 = add(sq(H(ua)), sq(H(ub)))
    return at2(
      rootAt(div(mul(r(10000), u2), sq(net)), 2),
      rootAt(div(mul(r(10000), u2), sq(H(a))), 2),
      rootAt(mul(r(10000), add(sq(r(ua, a)), sq(r(ub, b)))), 2),
      mul(div(H(ua + ub), net), r(100)),
      mul(div(H(ua), net), r(100)),
    )
  },
  'inverse-variance-weighted-mean': (f) => {
    const [x1, x2, u1, u2] = figuresOf(f, 'x1', 'x2', 'u1', 'u2')
    const by = (w1: R, w2: R) => div(add(mul(w1, H(x1)), mul(w2, H(x2))), add(w1, w2))
    return at3(
      by(r(u2 * u2), r(u1 * u1)),
      r(x1 + x2, 200),
      by(r(u2), r(u1)),
      by(r(u1 * u1), r(u2 * u2)),
      by(r(u1), r(u2)),
    )
  },
  'relative-uncertainty-of-a-three-factor-result': (f) => {
    const [rm, rM, rv] = figuresOf(f, 'rm', 'rM', 'rv')
    const h2 = (x: number) => sq(H(x))
    return at3(
      rootAt(add(h2(rm), h2(rM), h2(rv)), 3),
      H(rm + rM + rv),
      rootAt(add(h2(rm), h2(rv)), 3),
      H(Math.max(rm, rv)),
      rootAt(mul(r(4), add(h2(rm), h2(rM), h2(rv))), 3),
      rootAt(add(sq(H(rm + rv)), h2(rM)), 3),
    )
  },
  'en-number-for-a-proficiency-test': (f) => {
    const [lab, ref, ul, ur] = figuresOf(f, 'lab', 'ref', 'ul', 'ur')
    const d2 = sq(H(Math.abs(lab - ref)))
    const u2 = add(sq(H(ul)), sq(H(ur)))
    const gap = H(Math.abs(lab - ref))
    return at3(
      rootAt(div(d2, u2), 3),
      div(gap, H(ul + ur)),
      div(gap, H(ul)),
      div(gap, H(ur)),
      rootAt(div(mul(r(4), d2), u2), 3),
    )
  },
}
