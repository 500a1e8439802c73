import { figuresOf } from './drawn-figures.js'
import {
  add,
  div,
  down,
  mul,
  type Route,
  r,
  sub,
  up,
  w0,
  w1,
  w2,
  w3,
} from './html-email-design-second-working.js'

/** A luminance or channel given in thousandths. */
const T = (t: number) => r(t, 1000)
const FLARE = r(5, 100)

/** Contrast, luminance and type sizes worked again from the stated formula and the draw. */
export const TYPE_ACCESS_ROUTES: Readonly<Record<string, Route>> = {
  'contrast-ratio-of-text-on-a-background': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    const [la, lb] = [T(a), T(b)]
    return w2(
      div(add(la, FLARE), add(lb, FLARE)),
      div(la, lb),
      div(add(la, FLARE), lb),
      div(la, add(lb, FLARE)),
      div(add(sub(la, lb), FLARE), FLARE),
      div(add(la, FLARE, FLARE), add(lb, FLARE, FLARE)),
    )
  },
  'lightest-background-for-body-text-contrast': (f) => {
    const [t] = figuresOf(f, 't')
    const lifted = add(T(t), FLARE)
    const need = (k: R2) => sub(mul(k, lifted), FLARE)
    return w3(
      need(r(9, 2)),
      mul(r(9, 2), T(t)),
      mul(r(9, 2), lifted),
      need(r(3)),
      need(r(7)),
      add(mul(r(9, 2), lifted), FLARE),
      sub(mul(r(9, 2), T(t)), FLARE),
    )
  },
  'darkest-background-for-light-text-at-aaa': (f) => {
    const [t] = figuresOf(f, 't')
    const lifted = add(T(t), FLARE)
    return w3(
      sub(div(lifted, r(7)), FLARE),
      div(T(t), r(7)),
      div(lifted, r(7)),
      sub(div(lifted, r(9, 2)), FLARE),
      add(div(lifted, r(7)), FLARE),
      sub(div(T(t), r(7)), FLARE),
    )
  },
  'relative-luminance-from-linear-channels': (f) => {
    const [cr, cg, cb] = figuresOf(f, 'cr', 'cg', 'cb')
    const [R, G, B] = [T(cr), T(cg), T(cb)]
    const [wr, wg, wb] = [r(2126, 10000), r(7152, 10000), r(722, 10000)]
    return w3(
      add(mul(wr, R), mul(wg, G), mul(wb, B)),
      div(add(R, G, B), r(3)),
      add(mul(wb, R), mul(wg, G), mul(wr, B)),
      add(mul(wr, R), mul(wg, G)),
      add(mul(wg, R), mul(wr, G), mul(wb, B)),
    )
  },
  'height-of-a-paragraph-block': (f) => {
    const [fs, l, k] = figuresOf(f, 'f', 'l', 'k')
    const line = r(fs * l, 10)
    return w1(
      mul(r(k), line),
      r(k * fs),
      line,
      add(mul(r(k - 1), line), r(fs)),
      mul(r(k), sub(line, r(fs))),
      r(k * (fs + l)),
    )
  },
  'line-width-gained-by-ios-text-enlarging': (f) => {
    const [fs, k] = figuresOf(f, 'f', 'k')
    const half = r(1, 2)
    return w1(
      mul(r(k), half, r(13 - fs)),
      mul(r(k), half, r(13)),
      r(k * (13 - fs)),
      mul(r(k), half, r(fs)),
      mul(half, r(13 - fs)),
      mul(r(k), half, r(14 - fs)),
      mul(r(k), half, r(12 - fs)),
      r(13 - fs),
    )
  },
  'padding-that-makes-a-44px-touch-target': (f) => {
    const [fs, l, b] = figuresOf(f, 'f', 'l', 'b')
    const line = r(fs * l, 10)
    const half = (x: R2) => up(div(x, r(2)))
    return w0(
      half(sub(r(44 - 2 * b), line)),
      up(sub(r(44 - 2 * b), line)),
      half(r(44 - fs - 2 * b)),
      half(sub(r(44), line)),
      half(sub(r(48 - 2 * b), line)),
      half(sub(r(44 - 4 * b), line)),
    )
  },
  'outlook-point-size-to-pixels': (f) => {
    const [p2] = figuresOf(f, 'p2')
    const pt = r(p2, 2)
    return w1(
      mul(pt, r(4, 3)),
      mul(pt, r(3, 4)),
      pt,
      mul(pt, r(5, 3)),
      mul(pt, r(96, 100)),
      mul(pt, r(16, 9)),
      mul(pt, r(100, 72)),
    )
  },
  'characters-per-line-in-a-column': (f) => {
    const [c, fs, a] = figuresOf(f, 'c', 'f', 'a')
    const advance = r(a * fs, 10)
    return w0(
      down(div(r(c), advance)),
      down(r(c, fs)),
      up(div(r(c), advance)),
      down(div(r(600), advance)),
      down(r(c * a, fs)),
    )
  },
  'text-size-in-a-shrunk-non-responsive-email': (f) => {
    const [w, v, fs] = figuresOf(f, 'w', 'v', 'f')
    return w1(r(fs * v, w), r(fs * w, v), r(fs), r(fs * (w - v), w), r(fs * v, 2 * w))
  },
  'nested-em-font-size': (f) => {
    const [base, a, b] = figuresOf(f, 'base', 'a', 'b')
    const [ea, eb] = [r(a, 100), r(b, 100)]
    return w1(
      mul(r(base), ea, eb),
      mul(r(base), eb),
      mul(r(base), add(ea, eb)),
      mul(r(base), ea),
      mul(r(16), ea, eb),
    )
  },
  'letter-spaced-heading-width': (f) => {
    const [k, a, s] = figuresOf(f, 'k', 'a', 's')
    const gaps = k - 1
    return w0(
      r(k * a + gaps * s),
      r(k * a),
      r(k * a + k * s),
      r(k * a + s),
      r(k * a + 2 * k * s),
      r(k * a + 2 * gaps * s),
    )
  },
  'paragraph-height-from-its-character-count': (f) => {
    const [c, p, a, l, k] = figuresOf(f, 'c', 'p', 'a', 'l', 'k')
    const text = c - 2 * p
    const height = (perLine: R2) => mul(up(div(r(k), perLine)), r(l))
    return w0(
      height(down(r(text, a))),
      mul(down(div(r(k), down(r(text, a)))), r(l)),
      height(down(r(c, a))),
      height(down(r(c - 4 * p, a))),
      r(k * a * l, text),
      height(down(r(text, l))),
      add(height(down(r(text, a))), r(2 * p)),
    )
  },
  'padding-that-centres-a-label-in-a-fixed-height-button': (f) => {
    const [h, fs, l, b] = figuresOf(f, 'h', 'f', 'l', 'b')
    const line = r(fs * l, 10)
    const gap = sub(r(h - 2 * b), line)
    return w1(
      div(gap, r(2)),
      r(h - fs - 2 * b, 2),
      div(sub(r(h), line), r(2)),
      gap,
      div(sub(r(h - 4 * b), line), r(2)),
    )
  },
  'semi-transparent-overlay-channel': (f) => {
    const [a, fg, bg] = figuresOf(f, 'a', 'fg', 'bg')
    const o = r(a, 100)
    const rest = sub(r(1), o)
    return w0(
      add(mul(o, r(fg)), mul(rest, r(bg))),
      add(mul(rest, r(fg)), mul(o, r(bg))),
      r(fg + bg, 2),
      mul(o, r(fg)),
      add(mul(o, r(fg)), r(bg)),
    )
  },
  'height-of-a-stacked-button-menu': (f) => {
    const [k, fs, l, p, b, s] = figuresOf(f, 'k', 'f', 'l', 'p', 'b', 's')
    const line = r(fs * l, 10)
    const button = (ln: R2, pad: number, border: number) => add(ln, r(pad + border))
    const menu = (one: R2, gaps: number) => add(mul(r(k), one), r(gaps * s))
    return w1(
      menu(button(line, 2 * p, 2 * b), k - 1),
      menu(button(line, 2 * p, 0), k - 1),
      menu(button(line, 2 * p, 2 * b), k),
      menu(button(r(fs), 2 * p, 2 * b), k - 1),
      menu(button(line, p, 2 * b), k - 1),
      menu(button(line, 2 * p, 2 * b), 0),
      menu(button(line, 4 * p, 2 * b), k - 1),
    )
  },
}

type R2 = ReturnType<typeof r>
