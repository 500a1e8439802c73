import { cmp } from './bigint-rationals.js'
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
  type Route,
  r,
  sub,
  up,
} from './typography-for-screens-second-working.js'

/** Line length and spacing worked again from each draw's widths, sizes and line heights. */
export const MEASURE_ROUTES: Readonly<Record<string, Route>> = {
  'characters-per-line-from-a-measure': (f) => {
    const [W, c, S] = figuresOf(f, 'W', 'c', 'S')
    return at0(
      near(r(W * 1000, c * S)),
      near(r(W, S)),
      near(r(3 * W, S)),
      near(r(W * 1000, c * 16)),
      near(r(W * c, 1000 * S)),
      near(r(5 * W, 3 * S)),
    )
  },
  'container-width-for-a-target-line-length': (f) => {
    const [N, c, S, P] = figuresOf(f, 'N', 'c', 'S', 'P')
    const text = r(N * c * S, 1000)
    return at2(
      add(text, r(2 * P)),
      text,
      add(text, r(P)),
      r(N * S + 4 * P, 2),
      r(N * S + 2 * P),
      r(3 * N * S + 10 * P, 5),
    )
  },
  'unitless-line-height-recomputes-on-the-child': (f) => {
    const [S1, S2, L] = figuresOf(f, 'S1', 'S2', 'L')
    return at2(
      r(L * S2, 1000),
      r(L * S1, 1000),
      r(L * 16, 1000),
      r(S2),
      r(L * S1 + 1000 * (S2 - S1), 1000),
    )
  },
  'em-line-height-inherits-the-parent-pixels': (f) => {
    const [S1, S2, L] = figuresOf(f, 'S1', 'S2', 'L')
    return at2(r(L * S1, 1000), r(L * S2, 1000), r(L * 16, 1000), r(S2), r(L * S2 * S1, 16000))
  },
  'percentage-line-height-inherits-the-parent-pixels': (f) => {
    const [S1, S2, P] = figuresOf(f, 'S1', 'S2', 'P')
    return at2(
      r(S1 * P, 100),
      r(S2 * P, 100),
      r(16 * P, 100),
      r(100 * S2 + S1 * (P - 100), 100),
      r(S2 * 6, 5),
    )
  },
  'line-height-snapped-up-to-a-baseline-grid': (f) => {
    const [u, S, L] = figuresOf(f, 'u', 'S', 'L')
    const raw = r(S * L, 1000)
    const top = mul(up(div(raw, r(u))), r(u))
    return at0(
      top,
      mul(near(div(raw, r(u))), r(u)),
      mul(down(div(raw, r(u))), r(u)),
      near(raw),
      add(top, r(u)),
      mul(up(div(raw, r(8))), r(8)),
      near(add(raw, r(u))),
      mul(up(r(S, u)), r(u)),
      mul(up(div(sub(mul(r(2), raw), r(S)), r(u))), r(u)),
      add(mul(up(r(S, u)), r(u)), mul(up(div(sub(raw, r(S)), r(u))), r(u))),
      mul(up(div(mul(mul(up(r(S, u)), r(u)), K(L)), r(u))), r(u)),
    )
  },
  'stacked-paragraphs-height-on-a-rhythm': (f) => {
    const [lh, k, nl, m] = figuresOf(f, 'lh', 'k', 'nl', 'm')
    const text = k * nl * lh
    return at0(
      r(text + (k - 1) * m * lh),
      r(text + k * m * lh),
      r(text),
      r(text + (k - 1) * m),
      r(text + (k - 1) * lh + (k - 1) * m * lh),
      r(nl * lh + (k - 1) * m * lh),
    )
  },
  'adjoining-margins-collapse-to-the-larger': (f) => {
    const [S, a, B, b] = figuresOf(f, 'S', 'a', 'B', 'b')
    const x = r(S * a, 1000)
    const y = r(B * b, 1000)
    const big = cmp(x, y) >= 0 ? x : y
    const small = cmp(x, y) >= 0 ? y : x
    return at2(
      big,
      add(x, y),
      small,
      r(B * a, 1000),
      r(16 * (a + b), 1000),
      r(16 * Math.max(a, b), 1000),
    )
  },
  'half-leading-above-the-glyphs': (f) => {
    const [S, L] = figuresOf(f, 'S', 'L')
    const lead = r(S * (L - 1000), 1000)
    return at2(
      div(lead, r(2)),
      lead,
      r(S * L, 2000),
      div(lead, r(4)),
      r(16 * (L - 1000), 2000),
      r(S * L - 500 * S, 1000),
    )
  },
  'unitless-line-height-for-a-pixel-target': (f) => {
    const [S, lh] = figuresOf(f, 'S', 'lh')
    return at3(
      r(lh, S),
      r(lh, 16),
      r(S, lh),
      r(lh - S, S),
      r(100 * lh, S),
      r(lh, 10),
      r(lh - S, 2 * S),
    )
  },
  'font-size-that-gives-a-target-measure': (f) => {
    const [W, N, c] = figuresOf(f, 'W', 'N', 'c')
    return at2(r(W * 1000, N * c), r(W, N), r(W * c, 1000 * N), r(2 * W, N), r(3 * W, N))
  },
  'letter-spacing-shortens-the-line': (f) => {
    const [W, S, c, e] = figuresOf(f, 'W', 'S', 'c', 'e')
    const each = r(S * (c + e), 1000)
    return at0(
      down(div(r(W), each)),
      down(r(W * 1000, c * S)),
      down(r(W * 1000, c * S + e)),
      down(r(W * 1000, S * (1000 + e))),
      up(div(r(W), each)),
      down(r(W * 1000, S * (c + 2 * e))),
    )
  },
  'extra-height-from-looser-leading': (f) => {
    const [S, n, L1, L2] = figuresOf(f, 'S', 'n', 'L1', 'L2')
    const d = L2 - L1
    return at2(
      r(n * S * d, 1000),
      r(S * d, 1000),
      r((n - 1) * S * d, 1000),
      r(n * 16 * d, 1000),
      r(n * S * L2, 1000),
      r(n * S * L1, 1000),
    )
  },
  'grid-snapped-line-height-written-unitless': (f) => {
    const [S, u, L] = figuresOf(f, 'S', 'u', 'L')
    const raw = r(S * L, 1000)
    const snapped = mul(near(div(raw, r(u))), r(u))
    return at3(
      div(snapped, r(S)),
      K(L),
      div(snapped, r(16)),
      div(mul(up(div(raw, r(u))), r(u)), r(S)),
      div(snapped, r(u)),
    )
  },
  'words-per-line-from-average-word-length': (f) => {
    const [W, S, c, wl] = figuresOf(f, 'W', 'S', 'c', 'wl')
    const perLine = down(r(W * 1000, c * S))
    return at0(
      down(div(perLine, r(wl + 1))),
      down(div(perLine, r(wl))),
      down(r(W, S * (wl + 1))),
      up(div(perLine, r(wl + 1))),
      down(div(down(r(W * 1000, c * 16)), r(wl + 1))),
      down(div(perLine, r(6))),
      down(div(down(r(5 * W, 3 * S)), r(wl + 1))),
      down(div(down(r(2 * W, S)), r(wl + 1))),
    )
  },
}
