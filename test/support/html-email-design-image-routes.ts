import { figuresOf } from './drawn-figures.js'
import { div, down, p1, type Route, r, up, w0, w1, w2 } from './html-email-design-second-working.js'

/** Image sizes and weights worked again from the drawn pixels, bytes and densities. */
export const IMAGE_ROUTES: Readonly<Record<string, Route>> = {
  'retina-source-width-for-a-padded-column': (f) => {
    const [c, p, d] = figuresOf(f, 'c', 'p', 'd')
    const shown = c - 2 * p
    return w0(
      r(d * shown),
      r(shown),
      r(d * c),
      r(d * (c - p)),
      r(d * c - 2 * p),
      r((d + 1) * shown),
      r(d * (c - 4 * p)),
      r(d * shown - 2 * p),
    )
  },
  'height-attribute-for-a-scaled-image': (f) => {
    const [sw, sh, d] = figuresOf(f, 'sw', 'sh', 'd')
    return w0(r(sh * d, sw), r(sh, 2), r(sh), r(sw * d, sh), r(sh * d, sw * 2))
  },
  'logo-width-from-a-set-height': (f) => {
    const [sw, sh, h] = figuresOf(f, 'sw', 'sh', 'h')
    return w0(r(sw * h, sh), r(sh * h, sw), r(sw, 2), r(sw - sh + h), r(sw))
  },
  'image-weight-budget-left-for-the-hero': (f) => {
    const [b, x0, x1, x2] = figuresOf(f, 'b', 'x0', 'x1', 'x2')
    const used = x0 + x1 + x2
    const cap = b * 1024
    return w1(
      r(cap - used, 1024),
      r(b * 1000 - used, 1000),
      r(cap - used, 1000),
      r(cap - x0 - x1, 1024),
      r(b * 1000 - used, 1024),
      r(cap + used, 1024),
    )
  },
  'percent-saved-by-recompressing': (f) => {
    const [o, v] = figuresOf(f, 'o', 'v')
    return p1(r(o - v, o), r(o - v, v), r(v, o), r(o, v), r(2 * (o - v), o + v), r(o - v, o + v))
  },
  'jpeg-weight-from-bits-per-pixel': (f) => {
    const [w, h, b] = figuresOf(f, 'w', 'h', 'b')
    const bits = r(w * h * b, 10)
    const kb = (perKb: number, bitsPerByte: number, shrink = 1) =>
      r(bits[0], bits[1] * BigInt(perKb * bitsPerByte * shrink))
    return w1(kb(1024, 8), kb(1000, 8), kb(1024, 1), kb(1024, 8, 4), r(w * h * b * 8, 10 * 1024))
  },
  'vml-background-size-in-points': (f) => {
    const [x] = figuresOf(f, 'x')
    return w0(r(x * 3, 4), r(x * 4, 3), r(x), r(x * 3, 5), r(x, 2))
  },
  'alt-text-characters-that-show-when-blocked': (f) => {
    const [w, h, a, l] = figuresOf(f, 'w', 'h', 'a', 'l')
    const across = down(r(w, a))[0]
    const lines = down(r(h, l))[0]
    return w0(
      r(across * lines),
      r(across),
      r(up(r(w, a))[0] * up(r(h, l))[0]),
      down(r(w * h, a * l)),
      r(across * up(r(h, l))[0]),
      r(up(r(w, a))[0] * lines),
      r(down(r(w, l))[0] * down(r(h, a))[0]),
    )
  },
  'retina-hero-height-on-a-phone': (f) => {
    const [sw, sh, v, p] = figuresOf(f, 'sw', 'sh', 'v', 'p')
    const shown = v - 2 * p
    return w0(
      r(shown * sh, sw),
      r(v * sh, sw),
      r(sh, 2),
      r((v - p) * sh, sw),
      r(shown * sw, sh),
      r(shown * sh, 2 * sw),
    )
  },
  'animated-gif-play-time': (f) => {
    const [k, d, l] = figuresOf(f, 'k', 'd', 'l')
    const hundredths = k * d
    return w2(
      r(hundredths * l, 100),
      r(hundredths * l, 1000),
      r(hundredths, 100),
      r(hundredths * (l + 1), 100),
      r(hundredths * l, 10),
      r(d * l, 100),
    )
  },
  'gif-frames-for-a-countdown-of-set-length': (f) => {
    const [d, t] = figuresOf(f, 'd', 't')
    const delay = r(d, 100)
    return w0(div(r(t), delay), div(r(t), r(d, 1000)), div(r(t), r(d, 10)), r(t * d), r(60 * t))
  },
  'image-bandwidth-for-a-send': (f) => {
    const [o, s, t] = figuresOf(f, 'o', 's', 't')
    return w1(
      r(o * t, 1024),
      r(s * t, 1024),
      r(o * t, 1000),
      r(o * t, 1024 * 1024),
      r((s - o) * t, 1024),
    )
  },
  'scale-down-of-an-oversized-image': (f) => {
    const [sw, d] = figuresOf(f, 'sw', 'd')
    return p1(r(d, sw), r(sw, d), r(sw - d, sw), r(sw - d, d), r(2 * d, sw), r(d, sw + d))
  },
  'extra-weight-of-a-retina-export': (f) => {
    const [w, d] = figuresOf(f, 'w', 'd')
    return w1(
      r(w * d * d),
      r(w * d),
      r(w * (d + d)),
      r(w * d * d * d),
      r(w * d * d + w),
      r(w * d * d - w),
    )
  },
  'image-dimensions-for-a-grid-of-thumbnails': (f) => {
    const [w, k, g, d] = figuresOf(f, 'w', 'k', 'g', 'd')
    const row = w - (k - 1) * g
    return w0(
      r(d * row, k),
      r(row, k),
      r(d * w, k),
      r(d * (w - k * g), k),
      r(d * (w - (k + 1) * g), k),
      r(d * w - (k - 1) * g, k),
    )
  },
  'share-of-the-email-area-under-images': (f) => {
    const [w, h, h1, a, b] = figuresOf(f, 'w', 'h', 'h1', 'a', 'b')
    const imgs = w * h1 + 2 * a * b
    return p1(
      r(imgs, w * h),
      r(h1 + b, h),
      r(h1 + 2 * b, h),
      r(w * h1 + a * b, w * h),
      r(imgs, w * h - imgs),
      r(h1, h),
    )
  },
}
