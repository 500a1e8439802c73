import { figuresOf } from './drawn-figures.js'
import { down, mul, p1, type Route, r, up, w0, w1 } from './html-email-design-second-working.js'

/** Gmail's clipping threshold as the stems state it: 102 KB of 1,024 bytes. */
const CLIP = 102 * 1024

/** Build weights and client conversions worked again from the drawn bytes and counts. */
export const CLIENT_BUILD_ROUTES: Readonly<Record<string, Route>> = {
  'bytes-to-cut-to-avoid-gmail-clipping': (f) => {
    const [h, i] = figuresOf(f, 'h', 'i')
    return w0(
      r(h - CLIP),
      r(h - 102_000),
      r(h + i - CLIP),
      r(h - 102_400),
      r(h - 100_000),
      r((h - CLIP) * 1000, 1024),
    )
  },
  'product-rows-before-gmail-clips': (f) => {
    const [h, p] = figuresOf(f, 'h', 'p')
    return w0(
      down(r(CLIP - h, p)),
      down(r(102_000 - h, p)),
      up(r(CLIP - h, p)),
      down(r(CLIP, p)),
      down(r(100 * 1024 - h, p)),
      down(r(100_000 - h, p)),
    )
  },
  'html-size-after-inlining-css': (f) => {
    const [h, e, s, k] = figuresOf(f, 'h', 'e', 's', 'k')
    const after = h + k * s - e
    return w1(
      r(after, 1024),
      r(after, 1000),
      r(h + k * s, 1024),
      r(h + s - e, 1024),
      r(h - e, 1024),
      r(after + 2 * e, 1024),
      r(h - k * s - e, 1024),
    )
  },
  'bytes-of-hidden-preheader-filler': (f) => {
    const [p, k] = figuresOf(f, 'p', 'k')
    const pairs = p - k
    const entity = '&zwnj;&nbsp;'.length
    return w0(
      r(pairs * entity),
      r(pairs * 6),
      r(pairs),
      r(p * entity),
      r(pairs * 2),
      r((p + k) * entity),
    )
  },
  'outlook-rendered-width-at-high-dpi': (f) => {
    const [w, d] = figuresOf(f, 'w', 'd')
    const pt = mul(r(w), r(72, 96))
    const screen = mul(pt, r(d, 72))
    return w0(
      screen,
      r(w * 96, d),
      r(w),
      r(w * d, 72),
      pt,
      mul(screen, r(d, 96)),
      mul(r(w), r(4, 3), r(d, 72)),
    )
  },
  'total-weight-of-an-email': (f) => {
    const [h, x0, x1, x2] = figuresOf(f, 'h', 'x0', 'x1', 'x2')
    const images = x0 + x1 + x2
    return w1(
      r(h + images, 1024),
      r(h + images, 1000),
      r(images, 1024),
      r(h, 1024),
      r(h + x0 + x1, 1024),
      r(h + 2 * images, 1024),
    )
  },
  'lightness-after-dark-mode-inversion': (f) => {
    const [a, b, c] = figuresOf(f, 'a', 'b', 'c')
    const sum = Math.max(a, b, c) + Math.min(a, b, c)
    return p1(
      r(510 - sum, 510),
      r(sum, 510),
      r(255 - Math.max(a, b, c), 255),
      r(765 - a - b - c, 765),
      r(510 - sum, 255),
    )
  },
  'bytes-saved-by-moving-a-repeated-inline-style-to-a-class': (f) => {
    const [k, s, c, rule] = figuresOf(f, 'k', 'f', 'c', 'r')
    return w0(
      r(k * s - k * c - rule),
      r(k * s - rule),
      r(k * s - k * c),
      r(k * s),
      r(k * s - k * c + rule),
      r((k - 1) * (s - c) - rule),
    )
  },
  'share-of-opens-in-clients-that-support-media-queries': (f) => {
    const [x0, x1, x2, x3, off] = figuresOf(f, 'x0', 'x1', 'x2', 'x3', 'off')
    const xs = [x0, x1, x2, x3]
    const four = x0 + x1 + x2 + x3
    const yes = four - xs[off]!
    return p1(r(yes, four), r(yes, 100), r(3, 4), r(xs[off]!, four), r(yes + 100 - four, 100))
  },
  'base64-image-growth-in-the-html': (f) => {
    const [b] = figuresOf(f, 'b')
    const prefix = 'data:image/png;base64,'.length
    const encoded = up(r(b, 3))[0] * 4n
    return w0(
      r(BigInt(prefix) + encoded),
      r(encoded),
      r(prefix + b),
      r(BigInt(prefix) + up(r(3 * b, 4))[0]),
      r(prefix + 2 * b),
      r(prefix + 4 * b),
    )
  },
  'html-size-after-click-tracking-rewrites': (f) => {
    const [h, k, a, t] = figuresOf(f, 'h', 'k', 'a', 't')
    const grown = h + k * t - k * a
    return w1(
      r(grown, 1024),
      r(grown, 1000),
      r(h + k * t, 1024),
      r(h + t - a, 1024),
      r(h, 1024),
      r(h - k * t + k * a, 1024),
      r(h + k * t + k * a, 1024),
    )
  },
  'utf8-bytes-of-a-subject-and-preheader': (f) => {
    const [a, m, e] = figuresOf(f, 'a', 'm', 'e')
    return w0(
      r(a + 2 * m + 4 * e),
      r(a + m + e),
      r(2 * a + 2 * m + 4 * e),
      r(a + 2 * m + 2 * e),
      r(a + 2 * m + 3 * e),
      r(2 * a + 2 * m + 2 * e),
      r(a + 3 * m + 4 * e),
    )
  },
  'quoted-printable-size-of-the-html': (f) => {
    const [b, e] = figuresOf(f, 'b', 'e')
    const grow = '=3D'.length - 1
    return w0(r(b + grow * e), r(b + 3 * e), r(b + e), r(b), r(3 * e))
  },
  'minified-html-against-the-clip-limit': (f) => {
    const [h, w] = figuresOf(f, 'h', 'w')
    const kept = mul(r(h), r(100 - w, 100))
    const removed = mul(r(h), r(w, 100))
    const under = (limit: number, size: ReturnType<typeof r>) =>
      r(BigInt(limit) * size[1] - size[0], size[1])
    return w0(
      under(CLIP, kept),
      under(102_000, kept),
      under(CLIP, removed),
      under(CLIP, r(h * (100 - 2 * w), 100)),
      removed,
    )
  },
  'outlook-points-to-screen-pixels-for-a-font': (f) => {
    const [fs, d] = figuresOf(f, 'f', 'd')
    const pt = mul(r(fs), r(3, 4))
    const screen = mul(pt, r(d, 72))
    return w1(
      screen,
      pt,
      r(fs * d, 72),
      r(fs),
      r(fs * 96, d),
      mul(screen, r(d, 96)),
      mul(r(fs), r(4, 3), r(d, 72)),
    )
  },
  'share-of-html-that-is-outlook-only': (f) => {
    const [h, k, g] = figuresOf(f, 'h', 'k', 'g')
    const comments = 2 * k
    const mso = comments * g
    return p1(r(mso, h), r(k * g, h), r(mso, h - mso), r(2 * g, h), r(h - mso, h))
  },
}
