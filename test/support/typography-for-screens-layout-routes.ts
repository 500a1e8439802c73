import { figuresOf } from './drawn-figures.js'
import {
  at0,
  at2,
  down,
  mul,
  type Route,
  r,
  sub,
  up,
} from './typography-for-screens-second-working.js'

/** Layout and responsive type worked again from each draw's grids, viewports and units. */
export const LAYOUT_ROUTES: Readonly<Record<string, Route>> = {
  'column-width-on-a-grid': (f) => {
    const [C, n, g] = figuresOf(f, 'C', 'n', 'g')
    return at2(
      r(C - (n - 1) * g, n),
      r(C, n),
      r(C - n * g, n),
      r(C - (n + 1) * g, n),
      r(2 * C - n * g, 2 * n),
      r(C, 2 * n - 1),
    )
  },
  'width-of-a-span-of-columns': (f) => {
    const [g, col, k] = figuresOf(f, 'g', 'col', 'k')
    return at0(
      r(k * col + (k - 1) * g),
      r(k * col),
      r(k * col + k * g),
      r(k * col + (k + 1) * g),
      r(k * (12 * col + 11 * g), 12),
      r((k - 1) * (col + g)),
    )
  },
  'column-width-inside-page-margins': (f) => {
    const [V, m, n, g] = figuresOf(f, 'V', 'm', 'n', 'g')
    return at2(
      r(V - 2 * m - (n - 1) * g, n),
      r(V - m - (n - 1) * g, n),
      r(V - (n - 1) * g, n),
      r(V - 2 * m, n),
      r(V - 2 * m - n * g, n),
    )
  },
  'height-of-a-text-block-from-its-length': (f) => {
    const [N, W, S, c, L] = figuresOf(f, 'N', 'W', 'S', 'c', 'L')
    const perLine = down(r(1000 * W, c * S))
    const lh = r(S * L, 1000)
    const lines = up(r(BigInt(N) * perLine[1], perLine[0]))
    return at2(
      mul(lines, lh),
      mul(down(r(BigInt(N) * perLine[1], perLine[0])), lh),
      mul(lines, r(S)),
      mul(up(r(BigInt(N) * down(r(W, S))[1], down(r(W, S))[0])), lh),
      mul(r(N * c * S, 1000 * W), lh),
      mul(up(r(BigInt(N) * down(r(5 * W, 3 * S))[1], down(r(5 * W, 3 * S))[0])), lh),
    )
  },
  'characters-shown-under-a-line-clamp': (f) => {
    const [W, S, c, k] = figuresOf(f, 'W', 'S', 'c', 'k')
    const perLine = down(r(1000 * W, c * S))
    const em = down(r(W, S))
    return at0(
      sub(mul(r(k), perLine), r(1)),
      mul(r(k), perLine),
      sub(mul(r(k - 1), perLine), r(1)),
      sub(mul(r(k), em), r(1)),
      sub(mul(r(k), perLine), r(3)),
    )
  },
  'print-leading-to-css-line-height': (f) => {
    const [s, l] = figuresOf(f, 's', 'l')
    return at2(r(4 * l, 3), r(l), r(3 * l, 4), r(4 * (l - s), 3), r(4 * s, 3))
  },
  'physical-height-of-text-on-a-device': (f) => {
    const [S, d, p] = figuresOf(f, 'S', 'd', 'p')
    return at2(
      r(254 * S * d, 10 * p),
      r(254 * S, 10 * p),
      r(254 * S, 960),
      r(254 * S * d, 720),
      r(254 * S, 10 * p * d),
    )
  },
  'lines-visible-above-the-fold': (f) => {
    const [H, h, S, L] = figuresOf(f, 'H', 'h', 'S', 'L')
    return at0(
      down(r(1000 * (H - h), S * L)),
      down(r(1000 * H, S * L)),
      up(r(1000 * (H - h), S * L)),
      down(r(H - h, S)),
      down(r(1000 * (H - 2 * h), S * L)),
    )
  },
  'largest-size-that-fits-a-tracked-headline': (f) => {
    const [W, N, c, e] = figuresOf(f, 'W', 'N', 'c', 'e')
    return at2(
      r(1000 * W, N * (c + e)),
      r(1000 * W, N * c),
      r(W, N),
      r(1000 * W, N * c + e),
      r(1000 * W, N * (c + 2 * e)),
      r(1000 * W, N * c + (N - 1) * e),
      r(1000 * W, N * (c - e)),
    )
  },
  'small-viewport-units-under-a-browser-toolbar': (f) => {
    const [H, t, v] = figuresOf(f, 'H', 't', 'v')
    return at2(
      r(v * (H - t), 100),
      r(v * H, 100),
      r(v * t, 100),
      r(v * (H - 2 * t), 100),
      r(v * (H + t), 100),
    )
  },
  'card-width-from-auto-fill-minmax': (f) => {
    const [C, M, g] = figuresOf(f, 'C', 'M', 'g')
    // Columns that fit: the most k with k × M + (k − 1) × g ≤ C.
    let k = 1
    while ((k + 1) * M + k * g <= C) k++
    const kk = Math.floor(C / M)
    return at2(r(C - (k - 1) * g, k), r(C - (kk - 1) * g, kk), r(M), r(C, k), r(C - k * g, k))
  },
  'characters-before-an-ellipsis': (f) => {
    const [W, S, c, e] = figuresOf(f, 'W', 'S', 'c', 'e')
    const room = 1000 * W - e * S
    return at0(
      down(r(room, c * S)),
      down(r(1000 * W, c * S)),
      up(r(room, c * S)),
      down(r(room, 1000 * S)),
      down(r(1000 * W - 3 * c * S, c * S)),
    )
  },
  'leading-in-device-pixels': (f) => {
    const [l, d] = figuresOf(f, 'l', 'd')
    return at2(r(4 * l * d, 3), r(4 * l, 3), r(l * d), r(3 * l * d, 4), r(300 * l, 72))
  },
  'point-size-in-image-pixels-at-a-dpi': (f) => {
    const [P, D] = figuresOf(f, 'P', 'D')
    return at2(r(P * D, 72), r(4 * P, 3), r(P * D, 96), r(72 * P, D), r(P))
  },
  'container-query-unit-font-size': (f) => {
    const [A, B, w, V] = figuresOf(f, 'A', 'B', 'w', 'V')
    return at2(
      r(16 * A * 100 + B * w * 1000, 100000),
      r(16 * A * 100 + B * V * 1000, 100000),
      r(16 * A + B * w * 1000, 1000),
      r(16 * A + B * 1000, 1000),
      r(A * 100 + B * w * 1000, 100000),
      r(B * w, 100),
    )
  },
}
