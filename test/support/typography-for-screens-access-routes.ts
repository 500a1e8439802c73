import { figuresOf } from './drawn-figures.js'
import {
  add,
  at0,
  at1,
  at2,
  at3,
  at4,
  div,
  down,
  K,
  type R,
  type Route,
  r,
  sub,
  up,
} from './typography-for-screens-second-working.js'

const FLARE = r(5, 100)
/** The highest luminance a colour may have to keep ratio t against a lighter one of luminance top. */
const under = (top: R, t: R) => sub(div(add(top, FLARE), t), FLARE)
/** The WCAG AA threshold for a size in px: large at 24px, or bold at 14pt = 56/3 px. */
const large = (S: number, bold: number) => S >= 24 || (bold === 1 && 3 * S >= 56)
/** Relative luminance from channels in thousandths and weights in ten-thousandths. */
const lum = (c: readonly number[], w: readonly number[]) =>
  r(c[0]! * w[0]! + c[1]! * w[1]! + c[2]! * w[2]!, 10_000_000)
const WCAG = [2126, 7152, 722]
const LUMA = [2990, 5870, 1140]

/** Legibility and accessibility worked again from each draw's luminances, sizes and boxes. */
export const ACCESS_ROUTES: Readonly<Record<string, Route>> = {
  'contrast-ratio-from-two-luminances': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    return at2(r(a + 50, b + 50), r(a, b), r(a + 50, b), r(a, b + 50), r(a - b, b + 50))
  },
  'lightest-grey-text-that-passes-on-a-light-background': (f) => {
    const [Lb, S, bold] = figuresOf(f, 'Lb', 'S', 'bold')
    const t = large(S, bold) ? r(3) : r(9, 2)
    const o = large(S, bold) ? r(9, 2) : r(3)
    return at4(
      under(K(Lb), t),
      under(K(Lb), o),
      under(K(Lb), r(7)),
      div(K(Lb), t),
      sub(div(K(Lb), t), FLARE),
    )
  },
  'lightest-button-colour-under-white-text': (f) => {
    const [S, bold] = figuresOf(f, 'S', 'bold')
    const t = large(S, bold) ? r(3) : r(9, 2)
    const o = large(S, bold) ? r(9, 2) : r(3)
    return at4(
      under(r(1), t),
      under(r(1), o),
      under(r(1), r(7)),
      div(r(1), t),
      sub(div(r(1), t), FLARE),
    )
  },
  'relative-luminance-from-linear-channels': (f) => {
    const c = figuresOf(f, 'R', 'G', 'B')
    return at4(
      lum(c, WCAG),
      lum(c, LUMA),
      r(c[0] + c[1] + c[2], 3000),
      lum(c, [7152, 2126, 722]),
      lum(c, [2126, 7152, 0]),
    )
  },
  'contrast-against-white-from-linear-channels': (f) => {
    const c = figuresOf(f, 'R', 'G', 'B')
    const on = (L: R) => div(r(105, 100), add(L, FLARE))
    return at2(
      on(lum(c, WCAG)),
      on(lum(c, LUMA)),
      on(r(c[0] + c[1] + c[2], 3000)),
      div(r(1), lum(c, WCAG)),
      div(r(105, 100), lum(c, WCAG)),
    )
  },
  'paragraph-block-height-under-the-text-spacing-override': (f) => {
    const [S, n, L] = figuresOf(f, 'S', 'n', 'L')
    return at2(
      r(3 * n * S + 4 * S, 2),
      r(n * S * L + 2000 * S, 1000),
      r(3 * n * S, 2),
      r(4 * n * S + 3 * S, 2),
      r(48 * n + 64, 2),
      r(3 * n * S * L + 4000 * S, 2000),
      r(3 * n * S + 8 * S, 2),
      r(2 * n * S + (n - 1) * S + 4 * S, 2),
    )
  },
  'line-width-added-by-letter-and-word-spacing': (f) => {
    const [S, N, w] = figuresOf(f, 'S', 'N', 'w')
    return at2(
      r(S * (12 * N + 16 * w), 100),
      r(S * (16 * N + 12 * w), 100),
      r(12 * N * S, 100),
      r(S * (12 * (N - w) + 16 * w), 100),
      r(16 * (12 * N + 16 * w), 100),
      r(28 * N * S, 100),
    )
  },
  'button-height-under-the-text-spacing-override': (f) => {
    const [S, p, L] = figuresOf(f, 'S', 'p', 'L')
    return at2(
      r(3 * S + 4 * p, 2),
      r(S * L + 2000 * p, 1000),
      r(3 * S + 2 * p, 2),
      r(2 * S + 2 * p),
      r(3 * S, 2),
    )
  },
  'lines-that-fit-a-fixed-box-at-200-percent': (f) => {
    const [S, L, H] = figuresOf(f, 'S', 'L', 'H')
    return at0(
      down(r(1000 * H, 2 * S * L)),
      down(r(1000 * H, S * L)),
      down(r(H, 2 * S)),
      up(r(1000 * H, 2 * S * L)),
      down(r(1000 * H, 32 * L)),
    )
  },
  'zoom-level-that-crosses-a-breakpoint': (f) => {
    const [W, B] = figuresOf(f, 'W', 'B')
    return at1(r(100 * W, B), r(100 * B, W), r(200), r(400), r(100 * (W - B), B))
  },
  'minimum-point-size-written-as-rem': (f) => {
    const [P] = figuresOf(f, 'P')
    return at3(r(4 * P, 48), r(P, 16), r(3 * P, 64), r(4 * P, 30), r(4 * P, 36), r(4 * P, 3))
  },
  'vw-type-growth-at-200-percent-zoom': (f) => {
    const [A, B, W] = figuresOf(f, 'A', 'B', 'W')
    // Sizes in thousandths of a px: the rem term 16A, the vw term B × W × 10.
    const base = 16 * A + 10 * B * W
    return at2(
      r(32 * A + 10 * B * W, base),
      r(2),
      r(32 * A + 5 * B * W, base),
      r(16 * A + 5 * B * W, base),
      r(32 * A, base),
      r(32 * A + 40 * B * W, base),
      r(32 * A + 10 * B * W, 16 * A),
    )
  },
  'padding-for-a-24px-target': (f) => {
    const [S, L] = figuresOf(f, 'S', 'L')
    const lh = S * L
    return at2(
      r(24000 - lh, 2000),
      r(24 - S, 2),
      r(24000 - lh, 1000),
      r(44000 - lh, 2000),
      r(48000 - lh, 2000),
      r(24000 - 16 * L, 2000),
      r(24000 - lh, 4000),
    )
  },
  'text-block-growth-under-the-text-spacing-override': (f) => {
    const [S, k, n, L, m] = figuresOf(f, 'S', 'k', 'n', 'L', 'm')
    // In thousandths of a px.
    const lines = k * n * S
    const before = lines * L + (k - 1) * m * 1000
    const after = lines * 1500 + (k - 1) * 2000 * S
    return at2(
      r(after - before, 1000),
      r(after + 2000 * S - before - 1000 * m, 1000),
      r(lines * (1500 - L), 1000),
      r((k - 1) * (2 * S - m)),
      r(after, 1000),
    )
  },
  'lightest-text-that-passes-aaa-on-white': (f) => {
    const [S, bold] = figuresOf(f, 'S', 'bold')
    const t = large(S, bold) ? r(9, 2) : r(7)
    const o = large(S, bold) ? r(7) : r(9, 2)
    return at4(
      under(r(1), t),
      under(r(1), o),
      under(r(1), r(3)),
      div(r(1), t),
      sub(div(r(1), t), FLARE),
    )
  },
}
