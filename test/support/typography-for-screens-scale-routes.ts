import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at2,
  at3,
  div,
  down,
  K,
  mul,
  near,
  pow,
  type Route,
  r,
  sub,
  up,
} from './typography-for-screens-second-working.js'

const ONE = r(1)
/** The size of scale step k from base b px at ratio q (thousandths). */
const step = (b: number, q: number, k: number) => mul(r(b), pow(K(q), k))
const linear = (b: number, q: number, k: number) => mul(r(b), add(ONE, mul(r(k), sub(K(q), ONE))))

/** Type scales and units worked again from each draw's root, ratios and sizes. */
export const SCALE_ROUTES: Readonly<Record<string, Route>> = {
  'rem-for-a-pixel-size-under-a-percentage-root': (f) => {
    const [p, t, g] = figuresOf(f, 'p', 't', 'g')
    const root = r(16 * p, 1000)
    return at3(div(r(t), root), r(t, 16), r(t, g), r(t, 10), div(root, r(t)))
  },
  'nested-em-font-sizes-compound': (f) => {
    const [R0, a, b, c] = figuresOf(f, 'R', 'a', 'b', 'c')
    return at2(
      r(R0 * a * b * c, 1e9),
      r(R0 * c, 1000),
      r(R0 * a * c, 1e6),
      r(R0 * b * c, 1e6),
      r(R0 * (a + b + c - 2000), 1000),
    )
  },
  'modular-scale-step-up': (f) => {
    const [b, q, k] = figuresOf(f, 'b', 'q', 'k')
    return at2(
      step(b, q, k),
      linear(b, q, k),
      step(b, q, k - 1),
      step(b, q, k + 1),
      mul(r(16), pow(K(q), k)),
      div(r(b), pow(K(q), k)),
    )
  },
  'modular-scale-step-down': (f) => {
    const [b, q, k] = figuresOf(f, 'b', 'q', 'k')
    return at2(
      div(r(b), pow(K(q), k)),
      r(b * (1000 - k * (q - 1000)), 1000),
      div(r(b), pow(K(q), k + 1)),
      step(b, q, k),
      mul(r(b), pow(K(2000 - q), k)),
      div(r(b), pow(K(q), k - 1)),
      div(r(b), linear(1, q, k)),
    )
  },
  'largest-scale-step-under-a-size-cap': (f) => {
    const [b, q, M] = figuresOf(f, 'b', 'q', 'M')
    let k = 0
    // Climb while the next step's size times 1000^(k+1) stays within the cap.
    while (BigInt(b) * BigInt(q) ** BigInt(k + 1) <= BigInt(M) * 1000n ** BigInt(k + 1)) k++
    return at2(
      step(b, q, k),
      step(b, q, k + 1),
      step(b, q, k - 1),
      r(M),
      linear(b, q, k),
      div(r(M), K(q)),
      mul(r(b), add(ONE, mul(down(div(r(M - b), mul(r(b), sub(K(q), ONE)))), sub(K(q), ONE)))),
    )
  },
  'rem-to-px-under-a-set-root': (f) => {
    const [R0, x, g] = figuresOf(f, 'R', 'x', 'g')
    return at2(
      r(x * R0, 1000),
      r(x * 16, 1000),
      r(x * g, 1000),
      r(R0 * 1000, x),
      r(x * 10, 1000),
      r(x, 1000 * R0),
    )
  },
  'em-padding-follows-the-element-font-size': (f) => {
    const [R0, F, P, G] = figuresOf(f, 'R', 'F', 'P', 'G')
    return at2(
      r(P * F * R0, 1e6),
      r(P * R0, 1000),
      r(P * G, 1000),
      r(P * F * 16, 1e6),
      r(P * R0, F),
    )
  },
  'clamp-value-between-its-bounds': (f) => {
    const [lo, hi, A, B, W] = figuresOf(f, 'lo', 'hi', 'A', 'B', 'W')
    return at2(
      r(16 * A * 100 + B * W * 1000, 100000),
      r(16 * lo, 1000),
      r(16 * hi, 1000),
      r(16 * A + 1000 * B, 1000),
      r(A * 100 + B * W * 1000, 100000),
      r(16 * A + 16000 * B, 1000),
      r(16 * lo * 100 + B * W * 1000, 100000),
    )
  },
  'clamp-pinned-at-its-maximum': (f) => {
    const [lo, hi, A, B, W] = figuresOf(f, 'lo', 'hi', 'A', 'B', 'W')
    return at2(
      r(16 * hi, 1000),
      r(16 * A * 100 + B * W * 1000, 100000),
      r(16 * lo, 1000),
      r(16 * A, 1000),
      r(hi, 1000),
      r(16 * A + 1000 * B, 1000),
      r(16 * hi * 100 + B * W * 1000, 100000),
      r(16 * (hi + A), 1000),
    )
  },
  'fluid-vw-coefficient-between-two-breakpoints': (f) => {
    const [s1, s2, v1, v2] = figuresOf(f, 's1', 's2', 'v1', 'v2')
    return at3(
      r(100 * (s2 - s1), v2 - v1),
      r(s2 - s1, v2 - v1),
      r(100 * s2, v2),
      r(100 * (s2 - s1), v2),
      r(100 * (s2 - s1), v1),
      r(100 * s1, v1),
      r(v2 - v1, s2 - s1),
    )
  },
  'em-media-query-uses-the-browser-default': (f) => {
    const [U, X] = figuresOf(f, 'U', 'X')
    return at0(
      r(X * U),
      r(X * 16),
      r(X * U * 625, 1000),
      r(X * 10),
      r(X * U * 625 * 1800, 1e6),
      r(X * U * 1800, 1000),
      r(X * 16 * 1800, 1000),
    )
  },
  'design-tool-tracking-to-letter-spacing': (f) => {
    const [R0, S, a] = figuresOf(f, 'R', 'S', 'a')
    return at2(
      r(a * S * R0, 1e6),
      r(a * S * R0, 1e5),
      r(a * R0, 1000),
      r(a * S * 16, 1e6),
      r(a, 1000),
      r(a * R0, 100),
    )
  },
  'scale-step-rounded-once-at-the-end': (f) => {
    const [b, q, k] = figuresOf(f, 'b', 'q', 'k')
    let each = r(b)
    for (let i = 0; i < k; i++) each = near(mul(each, K(q)))
    let eachUp = r(b)
    for (let i = 0; i < k; i++) eachUp = up(mul(eachUp, K(q)))
    let eachDown = r(b)
    for (let i = 0; i < k; i++) eachDown = down(mul(eachDown, K(q)))
    return at0(
      near(step(b, q, k)),
      each,
      near(step(b, q, k - 1)),
      near(step(b, q, k + 1)),
      near(linear(b, q, k)),
      down(step(b, q, k)),
      eachUp,
      eachDown,
    )
  },
  'ch-max-width-in-pixels': (f) => {
    const [N, z, S] = figuresOf(f, 'N', 'z', 'S')
    return at2(
      r(N * z * S, 1000),
      r(N * S, 2),
      r(N * S),
      r(N * z * 16, 1000),
      r(N * S * 1000, z),
      r(N * 8),
    )
  },
  'font-size-adjust-on-a-fallback-face': (f) => {
    const [S, a, X, U] = figuresOf(f, 'S', 'a', 'X', 'U')
    const O = U === 1000 ? 2048 : 1000
    return at2(
      r(S * a * U, 1000 * X),
      r(S * a, 1000),
      r(S * X * 1000, U * a),
      r(S * X, U),
      r(S * a * O, 1000 * X),
    )
  },
}
