import { figuresOf } from './drawn-figures.js'
import { p1, type Route, r, sub, w0 } from './html-email-design-second-working.js'

/** Layout widths worked again as fractions of the drawn pixels, then rounded once. */
export const LAYOUT_ROUTES: Readonly<Record<string, Route>> = {
  'two-column-width-inside-padding-and-gutter': (f) => {
    const [w, p, g] = figuresOf(f, 'w', 'p', 'g')
    const inner = w - p - p
    return w0(
      r(inner - g, 2),
      r(w - g, 2),
      r(inner, 2),
      r(w - p - g, 2),
      r(w, 2),
      r(inner - 2 * g, 2),
      r(w - 4 * p - 2 * g, 2),
      r(w - 4 * p - g, 2),
    )
  },
  'three-column-width-with-two-gutters': (f) => {
    const [w, p, g] = figuresOf(f, 'w', 'p', 'g')
    const inner = w - 2 * p
    return w0(
      r(inner - 2 * g, 3),
      r(inner - g, 3),
      r(inner - 3 * g, 3),
      r(w - 2 * g, 3),
      r(inner, 3),
      r(w, 3),
      r(w - p - 2 * g, 3),
      r(w - 4 * p - 2 * g, 3),
      sub(r(w, 3), r(2 * p + 2 * g)),
    )
  },
  'content-width-inside-cellpadding': (f) => {
    const [w, c] = figuresOf(f, 'w', 'c')
    return w0(r(w - 2 * c), r(w - c), r(w - 4 * c), r(w), r(w + 2 * c))
  },
  'fluid-column-percentage-of-inner-width': (f) => {
    const [w, p, c] = figuresOf(f, 'w', 'p', 'c')
    const inner = w - 2 * p
    return p1(
      r(c, inner),
      r(c, w),
      r(c, w - p),
      r(inner - c, inner),
      r(c, w + 2 * p),
      r(c, w - 4 * p),
    )
  },
  'stacked-column-width-on-a-phone': (f) => {
    const [v, p, c, bp] = figuresOf(f, 'v', 'p', 'c', 'bp')
    return w0(
      r(v - 2 * p),
      r(v - p),
      r(c),
      r(v),
      r(v - 2 * p, 2),
      r(c - 2 * p),
      r(v - 4 * p),
      r(bp - 2 * p),
    )
  },
  'hybrid-wrapper-width-for-columns-side-by-side': (f) => {
    const [k, c, g, p] = figuresOf(f, 'k', 'c', 'g', 'p')
    const box = c + 2 * p
    const gaps = (k - 1) * g
    return w0(
      r(k * box + gaps),
      r(k * c + gaps),
      r(k * (box + g)),
      r(k * (c + p) + gaps),
      r(k * box),
      r(k * box + (k + 1) * g),
      r(k * (c + 4 * p) + gaps),
    )
  },
  'column-content-width-after-inner-padding': (f) => {
    const [w, k, h] = figuresOf(f, 'w', 'k', 'h')
    const less = (x: number) => r(w - x * k, k)
    return w0(
      less(2 * h),
      less(h),
      r(w, k),
      r(w - 2 * h, k),
      r(w - 2 * h * (k - 1), k),
      r(w + 2 * h * k, k),
      r(w - 2 * h * (k + 1), k),
      less(4 * h),
      sub(r(w, k), r(2 * h * k)),
      r(w - 2 * h * k - h * (k - 1), k),
    )
  },
  'container-width-from-columns': (f) => {
    const [a, b, g, p] = figuresOf(f, 'a', 'b', 'g', 'p')
    const cols = a + b
    return w0(
      r(cols + g + 2 * p),
      r(cols + 2 * p),
      r(cols + g + p),
      r(cols + g),
      r(cols + 2 * g + 2 * p),
      r(cols),
      r(cols + 3 * g + 2 * p),
      r(cols + g + 4 * p),
    )
  },
  'sidebar-layout-main-column-width': (f) => {
    const [w, s, g, p] = figuresOf(f, 'w', 's', 'g', 'p')
    return w0(
      r(w - 2 * p - g - s),
      r(w - 2 * p - s),
      r(w - s - g),
      r(w - p - g - s),
      r(w - 2 * p - g, 2),
      r(w - s),
      r(w - 2 * p - 2 * g - s),
      r(w - 4 * p - g - s),
    )
  },
  'column-width-with-cellspacing': (f) => {
    const [w, k, s] = figuresOf(f, 'w', 'k', 's')
    const spaces = k + 1
    return w0(
      r(w - spaces * s, k),
      r(w - (k - 1) * s, k),
      r(w - k * s, k),
      r(w, k),
      r(w - 2 * s, k),
      r(w - 2 * spaces * s, k),
      r(w - 2 * k * s, k),
      r(w - spaces * s, spaces),
    )
  },
  'nested-table-content-width': (f) => {
    const [w, a, b] = figuresOf(f, 'w', 'a', 'b')
    return w0(
      r(w - 2 * a - 2 * b),
      r(w - 2 * b),
      r(w - 2 * a),
      r(w - a - b),
      r(w - 4 * a - 4 * b),
      r(w - 2 * a - 4 * b),
    )
  },
  'stacked-email-height-on-a-phone': (f) => {
    const [a, b, s, t] = figuresOf(f, 'a', 'b', 's', 't')
    return w0(
      r(a + b + s + 2 * t),
      r(Math.max(a, b) + 2 * t),
      r(a + b + 2 * t),
      r(a + b + s),
      r(a + b + 2 * s + 2 * t),
      r(a + b + s + t),
      r(a + b + s + 4 * t),
    )
  },
  'bulletproof-button-width': (f) => {
    const [k, a, p, b] = figuresOf(f, 'k', 'a', 'p', 'b')
    const label = k * a
    return w0(
      r(label + 2 * p + 2 * b),
      r(label + 2 * p),
      r(label + p + b),
      r(label + 2 * b),
      r(label + 4 * p + 4 * b),
      r(label),
      r(label + 4 * p + 2 * b),
      r(label + 2 * p + 4 * b),
    )
  },
  'percent-width-attribute-in-pixels': (f) => {
    const [w, p, q] = figuresOf(f, 'w', 'p', 'q')
    const inner = w - 2 * p
    return w0(
      r(q * inner, 100),
      r(q * w, 100),
      r(q * (w - p), 100),
      r((100 - q) * inner, 100),
      r(q * inner - 200 * p, 100),
      r(q * inner + 200 * p, 100),
    )
  },
  'unequal-columns-in-a-ratio': (f) => {
    const [w, p, g, a, b] = figuresOf(f, 'w', 'p', 'g', 'a', 'b')
    const both = w - 2 * p - g
    return w0(
      r(both * a, a + b),
      r((w - 2 * p) * a, a + b),
      r((w - g) * a, a + b),
      r(w * a, a + b),
      r(both * a, b),
      r(both * b, a + b),
      r((w - 4 * p - g) * a, a + b),
    )
  },
  'spacer-rows-in-a-stack-of-sections': (f) => {
    const [k, h, s, t] = figuresOf(f, 'k', 'h', 's', 't')
    return w0(
      r(k * h + (k - 1) * s + 2 * t),
      r(k * h + k * s + 2 * t),
      r(k * h + (k - 1) * s),
      r(k * h + 2 * t),
      r(k * (h + s + 2 * t)),
      r(k * h + (k + 1) * s + 2 * t),
    )
  },
}
