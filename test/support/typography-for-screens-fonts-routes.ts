import { figuresOf } from './drawn-figures.js'
import {
  at0,
  at1,
  at2,
  div,
  down,
  K,
  mul,
  type Route,
  r,
  up,
} from './typography-for-screens-second-working.js'

/** Web font loading worked again from each draw's file sizes, counts and timings. */
export const FONTS_ROUTES: Readonly<Record<string, Route>> = {
  'subset-file-size-with-a-fixed-overhead': (f) => {
    const [F, h, G, g] = figuresOf(f, 'F', 'h', 'G', 'g')
    return at1(
      r(h * G + (F - h) * g, G),
      r(F * g, G),
      r((F - h) * g, G),
      r(F * (G - g), G),
      r(h * G + F * g, G),
      r(h * G + (F - h) * (G - g), G),
    )
  },
  'woff2-total-for-a-family': (f) => {
    const [T, s, w] = figuresOf(f, 'T', 's', 'w')
    return at1(
      r(w * T * (100 - s), 100),
      r(w * T * s, 100),
      r(T * (100 - s), 100),
      r(100 * w * T, 100 + s),
      r(100 * w * T - T * s, 100),
      r(w * T),
      r(T * s, 100),
    )
  },
  'variable-versus-static-bytes-saved': (f) => {
    const [w, s, V, I] = figuresOf(f, 'w', 's', 'V', 'I')
    return at0(
      r(2 * w * s - V - I),
      r(w * s - V),
      r(2 * w * s - V),
      r(V + I),
      r(2 * w * s),
      r(w * s - I),
      r(2 * w * s + V + I),
    )
  },
  'fallback-face-visible-time-under-font-display-fallback': (f) => {
    const [t] = figuresOf(f, 't')
    // Fallback shows from 100 ms until the font arrives, if that is by 3,100 ms; else to 5,000.
    if (t > 3100) return at0(r(4900), r(t - 100), r(3000), r(t), r(5000))
    return at0(r(t - 100), r(t), r(3000), r(4900), r(5000 - t))
  },
  'font-download-time-on-a-stated-connection': (f) => {
    const [Kb, M, rt] = figuresOf(f, 'K', 'M', 'r')
    return at0(
      r(rt * M + 8 * Kb, M),
      r(rt * M + Kb, M),
      r(8 * Kb, M),
      r(rt * M * 1000 + 8 * Kb * 1024, M * 1000),
      r(2 * rt * M + 8 * Kb, M),
      r(Kb, M),
    )
  },
  'share-of-bytes-saved-by-subsetting': (f) => {
    const [F, s] = figuresOf(f, 'F', 's')
    return at1(
      r(100 * (F - s), F),
      r(100 * s, F),
      r(100 * (F - s), s),
      r(100 * F, s),
      r(F - s),
      r(F - s, F),
    )
  },
  'requests-saved-by-variable-fonts': (f) => {
    const [w, fa] = figuresOf(f, 'w', 'f')
    return at0(
      r(fa * 2 * (w - 1)),
      r(fa * (w - 1)),
      r(fa * (2 * w - 1)),
      r(2 * fa * w),
      r(2 * fa),
      r(fa * w),
      r(fa * (2 * w + 2)),
    )
  },
  'size-adjust-for-a-metric-matched-fallback': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    return at1(
      r(100 * a, b),
      r(100 * b, a),
      r(100000 + 100 * (a - b), 1000),
      r(100 * a * a, b * b),
      r(100000 - 100 * (a - b), 1000),
    )
  },
  'ascent-override-after-size-adjust': (f) => {
    const [u, asc, sa] = figuresOf(f, 'u', 'asc', 'sa')
    const other = u === 1000 ? 2048 : 1000
    return at2(
      r(100000 * asc, u * sa),
      r(100 * asc, u),
      r(asc * sa, 10 * u),
      r(100000 * asc, other * sa),
      div(r(100000 * asc, u * sa), K(sa)),
    )
  },
  'monthly-font-transfer-with-a-cache': (f) => {
    const [P, c, Kb] = figuresOf(f, 'P', 'c', 'K')
    const miss = P * (100 - c) * Kb
    return at2(
      r(miss, 100_000_000),
      r(P * c * Kb, 100_000_000),
      r(P * Kb, 1_000_000),
      r(miss, 104_857_600),
      r(miss, 100_000),
      r(miss, 100_000_000_000),
    )
  },
  'layout-shift-from-a-font-swap': (f) => {
    const [N, W, S, a, b, L] = figuresOf(f, 'N', 'W', 'S', 'a', 'b', 'L')
    const lines = (c: number) => up(div(r(N), down(r(1000 * W, c * S))))
    const grow = lines(b)[0] * lines(a)[1] - lines(a)[0] * lines(b)[1]
    const lh = r(S * L, 1000)
    // Unrounded: N × c × S / W lines each way, in thousandths of a character width.
    const raw = r(N * (b - a) * S, 1000 * W)
    return at2(
      mul(r(grow), lh),
      mul(raw, lh),
      r(grow * BigInt(S)),
      mul(lines(b), lh),
      r(grow * BigInt(16 * L), 1000n),
    )
  },
  'total-after-dropping-weights-and-converting-to-woff2': (f) => {
    const [w, u, T, s] = figuresOf(f, 'w', 'u', 'T', 's')
    return at1(
      r(u * T * (100 - s), 100),
      r(w * T * (100 - s), 100),
      r(u * T),
      r(u * T * s, 100),
      r((w - u) * T * (100 - s), 100),
      r(u * (T - s)),
    )
  },
  'base64-inlined-font-overhead': (f) => {
    const [T, Kb] = figuresOf(f, 'T', 'K')
    return at1(r(4 * Kb, 3), r(3 * Kb, 4), r(Kb), r(2 * Kb), r(4 * T, 3), r(T))
  },
  'weights-that-fit-a-font-budget': (f) => {
    const [B, o, s, w, t] = figuresOf(f, 'B', 'o', 's', 'w', 't')
    return at0(
      down(r(B - o, s)),
      down(r(B, s)),
      up(r(B - o, s)),
      down(r(B + o, s)),
      down(r(B - 2 * o, s)),
      down(r(B - o, w)),
      down(r(B - o, t)),
    )
  },
  'font-arrival-time-with-a-preload': (f) => {
    const [h, c, fo] = figuresOf(f, 'h', 'c', 'f')
    return at0(
      r(h + fo),
      r(h + c + fo),
      r(fo),
      r(h + Math.max(c, fo)),
      r(c + fo),
      r(h + Math.min(c, fo)),
      r(c),
    )
  },
}
