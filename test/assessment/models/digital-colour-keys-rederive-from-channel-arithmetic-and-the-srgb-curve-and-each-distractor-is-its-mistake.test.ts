import { afterAll, expect, it } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CONTRAST_FAMILIES } from '../../../src/assessment/models/dcol/contrast-families.js'
import { DCOL_MODELS } from '../../../src/assessment/models/dcol/dcol-models.js'
import type { ColourScenario } from '../../../src/assessment/models/dcol/dcol-text.js'
import { HANDOFF_FAMILIES } from '../../../src/assessment/models/dcol/handoff-families.js'
import { NOTATION_FAMILIES } from '../../../src/assessment/models/dcol/notation-families.js'
import { SCHEME_FAMILIES } from '../../../src/assessment/models/dcol/scheme-families.js'
import { SPACE_FAMILIES } from '../../../src/assessment/models/dcol/space-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { type SecondWorking, scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...NOTATION_FAMILIES,
  ...CONTRAST_FAMILIES,
  ...SPACE_FAMILIES,
  ...SCHEME_FAMILIES,
  ...HANDOFF_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<ColourScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Colour arithmetic done again here, nothing shared with the families' helpers: hex read
// digit by digit, the sRGB curve through exp and log, integer channel sums where they are exact.
type F = Readonly<Record<string, number | string>>
type C3 = [number, number, number]
const DIGITS = '0123456789ABCDEF'
const num = (f: F, k: string) => Number(f[k])
const list = (f: F, k: string) => String(f[k]).split(',').map(Number)
/** `#1A2B3C` read pair by pair. */
function readHex(text: string): number[] {
  const out: number[] = []
  for (let i = 1; i < text.length; i += 2)
    out.push(
      DIGITS.indexOf(text[i]!.toUpperCase()) * 16 + DIGITS.indexOf(text[i + 1]!.toUpperCase()),
    )
  return out
}
const rgbOf = (f: F, k: string) => readHex(String(f[k])) as C3
/** n ÷ d for whole numbers, rounded half up in integers. */
const half = (n: number, d: number) => Math.floor((2 * n + d) / (2 * d))
const two = (v: number) => `${DIGITS[Math.floor(v / 16)]}${DIGITS[v % 16]}`
const clip = (v: number) => Math.min(255, Math.max(0, Math.round(v)))
const H = (c: readonly number[]) => `#${c.map((v) => two(clip(v))).join('')}`
const rgbT = (c: readonly number[]) => `rgb(${c.map((v) => clip(v)).join(' ')})`
const round = (x: number, n: number) => {
  const m = Math.round(x * 10 ** n + 1e-9)
  return (m / 10 ** n).toFixed(n)
}
const whole = (x: number) => `${Math.round(x * 100)}%`
const slash = (c: readonly number[], a: number) => `rgb(${c.join(' ')} / ${round(a, 2)})`
const ratio = (x: number) => `${round(x, 2)}:1`

/** The sRGB decoding of an 8-bit level, the power taken through logarithms. */
function dec(v: number): number {
  const c = v / 255
  if (c <= 0.04045) return c / 12.92
  return Math.exp(2.4 * Math.log((c + 0.055) / 1.055))
}
/** The sRGB encoding of linear light to an 8-bit level, unrounded. */
function encR(x: number): number {
  if (x <= 0.0031308) return 12.92 * x * 255
  return (1.055 * Math.exp(Math.log(x) / 2.4) - 0.055) * 255
}
const encL = (x: number) => Math.round(encR(Math.min(1, Math.max(0, x))))
const Y = (c: readonly number[]) => 0.2126 * dec(c[0]!) + 0.7152 * dec(c[1]!) + 0.0722 * dec(c[2]!)
const Yenc = (c: readonly number[]) => (0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!) / 255
const Ymean = (c: readonly number[]) => (dec(c[0]!) + dec(c[1]!) + dec(c[2]!)) / 3
const Y601 = (c: readonly number[]) => 0.299 * dec(c[0]!) + 0.587 * dec(c[1]!) + 0.114 * dec(c[2]!)
const CR = (a: number, b: number) => (a > b ? (a + 0.05) / (b + 0.05) : (b + 0.05) / (a + 0.05))
const CR0 = (a: number, b: number) => (a > b ? a / b : b / a)
const G = (v: number) => Y([v, v, v])

const sw = (key: string, ...wrong: string[]): SecondWorking => ({ key, wrong })
/** Channels of a pure-hue pattern: which of red, green and blue are full at hue h. */
function full(h: number): [boolean, boolean, boolean] {
  const on = (centre: number) => {
    const d = Math.abs(((h - centre + 540) % 360) - 180)
    return d <= 60
  }
  return [on(0), on(120), on(240)]
}
const pattern = (h: number, hi: number, lo: number) => full(h).map((x) => Math.round(x ? hi : lo))
function hslC(h: number, s: number, l: number): number[] {
  const a = s * Math.min(l, 1 - l)
  return [0, 8, 4].map((n) => {
    const k = (n + h / 30) % 12
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))))
  })
}
function hsbC(h: number, s: number, v: number): number[] {
  return [5, 3, 1].map((n) => {
    const k = (n + h / 60) % 6
    return Math.round(255 * (v - v * s * Math.max(0, Math.min(k, 4 - k, 1))))
  })
}
const extremes = (c: readonly number[]) => [Math.max(...c), Math.min(...c)] as const

const NOTATION: Readonly<Record<string, (f: F) => SecondWorking>> = {
  'dcol-hex8-alpha-to-rgb-slash': (f) => {
    const c = rgbOf(f, 'c')
    const a = num(f, 'a')
    const digits = Number(`${Math.floor(a / 16)}${a % 16}`)
    return sw(
      slash(c, a / 255),
      slash([c[1], c[2], a], c[0] / 255),
      slash(c, digits / 100),
      slash(c, (255 - a) / 255),
      slash([a, c[2], c[1]], c[0] / 255),
    )
  },
  'dcol-rgb-slash-alpha-to-hex8': (f) => {
    const c = rgbOf(f, 'c')
    const p = num(f, 'p')
    const a = half(p * 255, 100)
    return sw(
      H([...c, a]),
      `${H(c)}${p < 10 ? `0${p}` : p}`,
      H([a, ...c]),
      H([...c, half((100 - p) * 255, 100)]),
      H([...c, p]),
    )
  },
  'dcol-hex4-shorthand-with-alpha': (f) => {
    const d = list(f, 'd')
    const dbl = d.map((x) => x * 17)
    return sw(
      slash(dbl.slice(0, 3), dbl[3]! / 255),
      slash(
        d.slice(0, 3).map((x) => x * 16),
        (d[3]! * 16) / 255,
      ),
      slash(dbl.slice(1), dbl[0]! / 255),
      slash(dbl.slice(0, 3), d[3]! / 16),
      slash(dbl.slice(0, 3), d[3]! / 10),
    )
  },
  'dcol-hex-that-collapses-to-shorthand': (f) => {
    const [a, b, c] = list(f, 'd').map((x) => DIGITS[x]!)
    return sw(
      `#${a}${a}${b}${b}${c}${c}`,
      `#${a}${b}${c}${a}${b}${c}`,
      `#${a}${b}${a}${b}${a}${b}`,
      `#${a}0${b}0${c}0`,
      `#0${a}0${b}0${c}`,
    )
  },
  'dcol-hsb-picker-to-hex': (f) => {
    const h = num(f, 'h')
    const [S, B] = [num(f, 's'), num(f, 'b')]
    const [s, b] = [S / 100, B / 100]
    const pat = (hi: number, lo: number) => full(h).map((x) => (x ? hi : lo))
    return sw(
      H(pat(half(255 * B, 100), half(255 * B * (100 - S), 10000))),
      H(hslC(h, s, b)),
      H(hsbC(h, b, s)),
      H(pat(half(255 * B, 100), half(255 * (100 - S), 100))),
      H(pat(half(255 * B, 100), half(255 * S * B, 10000))),
    )
  },
  'dcol-hsb-to-css-hsl': (f) => {
    const h = num(f, 'h')
    const [S, V] = [num(f, 's'), num(f, 'v')]
    // Percent numerators and denominators kept whole: L × 20,000 and S(HSL) as n ÷ d.
    const l20k = V * (200 - S)
    const [sn, sd] = l20k <= 10000 ? [100 * S, 200 - S] : [100 * V * S, 20000 - l20k]
    const lp = `${half(l20k, 200)}%`
    const sp = `${half(sn, sd)}%`
    const t = (a: string, b: string) => `hsl(${h} ${a} ${b})`
    return sw(
      t(sp, lp),
      t(`${S}%`, `${V}%`),
      t(`${S}%`, lp),
      t(sp, `${V}%`),
      t(`${S}%`, `${half(V, 2)}%`),
    )
  },
  'dcol-hsb-saturation-of-hex': (f) => {
    const c = rgbOf(f, 'c')
    const [mx, mn] = extremes(c)
    return sw(
      whole((mx - mn) / mx),
      whole((mx - mn) / (255 - Math.abs(mx + mn - 255))),
      whole((mx - mn) / 255),
      whole(mn / mx),
      whole((mx - mn) / (mx + mn)),
    )
  },
  'dcol-hsb-brightness-of-hex': (f) => {
    const c = rgbOf(f, 'c')
    const [mx, mn] = extremes(c)
    return sw(
      whole(mx / 255),
      whole((mx + mn) / 2 / 255),
      whole((c[0] + c[1] + c[2]) / 3 / 255),
      whole(mn / 255),
      whole(Yenc(c)),
    )
  },
  'dcol-css-hex8-to-android-argb': (f) => {
    const [r, g, b] = rgbOf(f, 'c')
    const a = num(f, 'a')
    return sw(
      H([a, r, g, b]),
      H([r, g, b, a]),
      H([a, b, g, r]),
      H([255 - a, r, g, b]),
      H([255, r, g, b]),
      H([r, g, b, 255 - a]),
      H([b, g, r, a]),
    )
  },
  'dcol-plugin-fractions-to-hex': (f) => {
    const x = list(f, 'f')
    const at = x.map((v) => half(v * 255, 100))
    return sw(
      H(at),
      `#${x.map((v) => (v < 10 ? `0${v}` : `${v}`)).join('')}`,
      H(x),
      H([at[2]!, at[1]!, at[0]!]),
      H(at.map((v) => 255 - v)),
    )
  },
  'dcol-css-hwb-to-hex': (f) => {
    const h = num(f, 'h')
    const [W, B] = [num(f, 'w'), num(f, 'b')]
    const pat = (hi: number, lo: number) => full(h).map((x) => (x ? hi : lo))
    const q = (x: number) => half(255 * x, 100)
    return sw(
      H(pat(q(100 - B), q(W))),
      H(pat(q(100 - W), q(B))),
      H(pat(q(B), q(W))),
      H(hslC(h, W / 100, 1 - B / 100)),
      H(pat(255, q(W))),
    )
  },
  'dcol-hsl-lightness-of-hex': (f) => {
    const c = rgbOf(f, 'c')
    const [mx, mn] = extremes(c)
    return sw(
      whole((mx + mn) / 510),
      whole(mx / 255),
      whole((c[0] + c[1] + c[2]) / 765),
      whole((mx - mn) / 510),
      ...(mx + mn <= 255 ? [whole((mx + mn) / 255)] : []),
      whole(mn / 255),
      whole((510 - mx - mn) / 510),
      whole(Yenc(c)),
    )
  },
  'dcol-hsl-saturation-of-hex': (f) => {
    const c = rgbOf(f, 'c')
    const [mx, mn] = extremes(c)
    const d = mx - mn
    const room = mx + mn > 255 ? 510 - mx - mn : mx + mn
    return sw(whole(d / room), whole(d / mx), whole(d / 255), whole(d / (mx + mn)), whole(mn / mx))
  },
  'dcol-css-hsl-to-hex-at-a-primary-hue': (f) => {
    const h = num(f, 'h')
    const [S, Lp] = [num(f, 's'), num(f, 'l')]
    const [s, l] = [S / 100, Lp / 100]
    const b = s * (1 - l < 0.5 ? 1 - l : l)
    const above = (l + s * l) * 255
    const room = S * (Lp < 50 ? Lp : 100 - Lp)
    const pat = (hi: number, lo: number) => full(h).map((x) => (x ? hi : lo))
    return sw(
      H(pat(half((100 * Lp + room) * 255, 10000), half((100 * Lp - room) * 255, 10000))),
      H(hsbC(h, s, l)),
      H(pattern(h, Math.min(1, l + s / 2) * 255, Math.max(0, l - s / 2) * 255)),
      H(pattern(h, Math.min(above, 255), (l - s * l) * 255)),
      H(pattern(h, (1 - l + b) * 255, (1 - l - b) * 255)),
    )
  },
  'dcol-hex3-expanded-to-rgb': (f) => {
    const d = list(f, 'd')
    return sw(
      rgbT(d.map((x) => x * 17)),
      rgbT(d.map((x) => x * 16)),
      rgbT(d),
      rgbT([d[0]! * 16 + d[1]!, d[2]! * 16 + d[0]!, d[1]! * 16 + d[2]!]),
      rgbT(d.map((x) => 255 - x * 17)),
    )
  },
  'dcol-hwb-of-hex': (f) => {
    const c = rgbOf(f, 'c')
    const [mx, mn] = extremes(c)
    const t = (w: number, b: number) => `W ${whole(w)}, B ${whole(b)}`
    return sw(
      t(mn / 255, (255 - mx) / 255),
      t((255 - mx) / 255, mn / 255),
      t(mn / 255, mx / 255),
      t(mx / 255, (255 - mn) / 255),
      t((mx - mn) / (255 - Math.abs(mx + mn - 255)), (mx + mn) / 2 / 255),
    )
  },
}

const within = (p: number) => (p < 0 ? '' : `${p}%`)
/** The first whole percent from 1 to 100 meeting `ok` (given the percent), or -1. */
function first(ok: (a: number) => boolean): number {
  for (let p = 1; p <= 100; p++) if (ok(p)) return p
  return -1
}
/** Every grey from light to dark (or dark to light) and the first that meets `ok`. */
function greySearch(from: number, to: number, ok: (v: number) => boolean): string {
  const step = from < to ? 1 : -1
  for (let v = from; v !== to + step; v += step) if (ok(v)) return H([v, v, v])
  return ''
}

const CONTRAST: Readonly<Record<string, (f: F) => SecondWorking>> = {
  'dcol-brand-text-on-tinted-card': (f) => {
    const [t, c] = [rgbOf(f, 'text'), rgbOf(f, 'card')]
    return sw(
      ratio(CR(Y(t), Y(c))),
      ratio(CR0(Y(t), Y(c))),
      ratio(CR(Yenc(t), Yenc(c))),
      ratio(CR(Ymean(t), Ymean(c))),
      ratio(CR(Y601(t), Y601(c))),
    )
  },
  'dcol-relative-luminance-of-brand-colour': (f) => {
    const c = rgbOf(f, 'c')
    const w = [0.2126, 0.7152, 0.0722]
    const by = (g: (x: number) => number) =>
      round(
        c.reduce((s, v, i) => s + w[i]! * g(v / 255), 0),
        4,
      )
    return sw(
      round(Y(c), 4),
      round(Yenc(c), 4),
      round(Ymean(c), 4),
      round((0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]) / 255, 4),
      by((x) => x / 12.92),
      by((x) => Math.exp(2.4 * Math.log(x))),
      by((x) => x * x),
    )
  },
  'dcol-white-label-on-button': (f) => {
    const L = Y(rgbOf(f, 'c'))
    return sw(
      ratio(1.05 / (L + 0.05)),
      ratio(1 / L),
      ratio(1.05 / L),
      ratio(1 / (L + 0.05)),
      ratio(CR(1, Yenc(rgbOf(f, 'c')))),
    )
  },
  'dcol-lightest-grey-for-text-on-light-page': (f) => {
    const bg = num(f, 'bg')
    const b = G(bg)
    const light = (t: number, L: (v: number) => number, bl: number, r = CR) =>
      greySearch(255, 0, (v) => L(v) < bl && r(L(v), bl) >= t)
    return sw(
      light(4.5, G, b),
      light(3, G, b),
      light(7, G, b),
      light(4.5, (v) => v / 255, bg / 255),
      light(4.5, G, b, CR0),
    )
  },
  'dcol-darkest-grey-for-text-on-dark-surface': (f) => {
    const bg = num(f, 'bg')
    const b = G(bg)
    const dark = (t: number, L: (v: number) => number, bl: number, r = CR) =>
      greySearch(0, 255, (v) => L(v) > bl && r(L(v), bl) >= t)
    return sw(
      dark(4.5, G, b),
      dark(3, G, b),
      dark(7, G, b),
      dark(4.5, (v) => v / 255, bg / 255),
      dark(4.5, G, b, CR0),
    )
  },
  'dcol-least-opacity-of-black-text': (f) => {
    const bg = num(f, 'bg')
    const b = G(bg)
    const over = (p: number) => half(bg * (100 - p), 100)
    const at = (t: number) => first((p) => CR(G(over(p)), b) >= t)
    return sw(
      within(at(4.5)),
      within(first((p) => CR(b - (b * p) / 100, b) >= 4.5)),
      within(at(3)),
      within(first((p) => CR(over(p) / 255, bg / 255) >= 4.5)),
      within(first((p) => CR0(G(over(p)), b) >= 4.5)),
      within(at(7)),
      within(100 - at(4.5)),
    )
  },
  'dcol-lightest-background-under-light-text': (f) => {
    const L = Number(f.L)
    return sw(
      round((L + 0.05) / 4.5 - 0.05, 4),
      round(L / 4.5, 4),
      round((L + 0.05) / 4.5, 4),
      round((L + 0.05) / 3 - 0.05, 4),
      round(L / 4.5 - 0.05, 4),
    )
  },
  'dcol-input-border-against-its-field': (f) => {
    const [b, fl, p] = [rgbOf(f, 'border'), rgbOf(f, 'field'), rgbOf(f, 'page')]
    return sw(
      ratio(CR(Y(b), Y(fl))),
      ratio(CR(Y(b), Y(p))),
      ratio(CR(Y(fl), Y(p))),
      ratio(CR0(Y(b), Y(fl))),
      ratio(CR(Yenc(b), Yenc(fl))),
    )
  },
  'dcol-link-against-body-text': (f) => {
    const [k, l] = [rgbOf(f, 'body'), rgbOf(f, 'link')]
    return sw(
      ratio(CR(Y(l), Y(k))),
      ratio(CR(Y(l), 1)),
      ratio(CR(Y(k), 1)),
      ratio(CR0(Y(l), Y(k))),
      ratio(CR(Yenc(l), Yenc(k))),
    )
  },
  'dcol-scrim-behind-white-text-on-photo': (f) => {
    const v = num(f, 'v')
    const under = (p: number) => half(v * (100 - p), 100)
    const at = (t: number) => first((p) => CR(1, G(under(p))) >= t)
    return sw(
      within(at(4.5)),
      within(first((p) => CR(1, G(v) - (G(v) * p) / 100) >= 4.5)),
      within(at(3)),
      within(first((p) => CR(1, under(p) / 255) >= 4.5)),
      within(first((p) => 1 / G(under(p)) >= 4.5)),
      within(at(7)),
      within(100 - at(4.5)),
    )
  },
  'dcol-text-on-elevated-dark-surface': (f) => {
    const base = num(f, 'base')
    const a = num(f, 'a')
    const t = rgbOf(f, 'text')
    const s = Math.round(base + ((255 - base) * a) / 100)
    return sw(
      ratio(CR(Y(t), G(s))),
      ratio(CR(Y(t), G(base))),
      ratio(CR(Y(t), G(base) + ((1 - G(base)) * a) / 100)),
      ratio(CR0(Y(t), G(s))),
      ratio(CR(Yenc(t), s / 255)),
    )
  },
  'dcol-grey-scale-steps-passing-as-text': (f) => {
    const steps = Array.from({ length: 8 }, (_, i) => num(f, 'first') + 20 * i)
    const n = (ok: (v: number) => boolean) => `${steps.filter(ok).length} of 8`
    return sw(
      n((v) => CR(1, G(v)) >= 4.5),
      n((v) => CR(1, G(v)) >= 3),
      n((v) => CR(1, G(v)) >= 7),
      n((v) => CR(1, v / 255) >= 4.5),
      n((v) => CR(G(v), 0) >= 4.5),
    )
  },
  'dcol-focus-ring-weaker-side': (f) => {
    const [r, fl, p] = [Y(rgbOf(f, 'ring')), Y(rgbOf(f, 'fill')), Y(rgbOf(f, 'page'))]
    const [a, b] = [CR(r, fl), CR(r, p)]
    return sw(
      ratio(Math.min(a, b)),
      ratio(Math.max(a, b)),
      ratio(CR(fl, p)),
      ratio(Math.min(CR0(r, fl), CR0(r, p))),
      ratio((a + b) / 2),
    )
  },
  'dcol-dark-text-on-gradient-worst-end': (f) => {
    const [lo, hi] = [num(f, 'lo'), num(f, 'hi')]
    const tc = rgbOf(f, 'text')
    const t = Y(tc)
    return sw(
      ratio(CR(t, G(lo))),
      ratio(CR(t, G(hi))),
      ratio(CR(t, G(Math.round((lo + hi) / 2)))),
      ratio((CR(t, G(lo)) + CR(t, G(hi))) / 2),
      ratio(CR0(t, G(lo))),
      ratio(CR(G(lo), G(hi))),
      ratio(CR(Yenc(tc), lo / 255)),
    )
  },
  'dcol-least-opacity-of-white-text-on-dark': (f) => {
    const bg = num(f, 'bg')
    const b = G(bg)
    const over = (p: number) => half(bg * 100 + (255 - bg) * p, 100)
    const at = (t: number) => first((p) => CR(G(over(p)), b) >= t)
    return sw(
      within(at(4.5)),
      within(first((p) => CR(b + ((1 - b) * p) / 100, b) >= 4.5)),
      within(at(3)),
      within(first((p) => CR(over(p) / 255, bg / 255) >= 4.5)),
      within(first((p) => CR0(G(over(p)), b) >= 4.5)),
      within(at(7)),
      within(100 - at(4.5)),
    )
  },
  'dcol-button-after-darkening-by-mix': (f) => {
    const c = rgbOf(f, 'c')
    const p = num(f, 'p')
    const m = c.map((v) => Math.round((v * (100 - p)) / 100))
    return sw(
      ratio(CR(1, Y(m))),
      ratio(CR(1, Y(c))),
      ratio(CR(1, (Y(c) * (100 - p)) / 100)),
      ratio(1 / Y(m)),
      ratio(CR(1, Yenc(m))),
    )
  },
}

const lv = (x: number) => String(Math.round(x))
const SPACE: Readonly<Record<string, (f: F) => SecondWorking>> = {
  'dcol-blend-two-greys-in-linear-light': (f) => {
    const [a, b, w] = [num(f, 'a'), num(f, 'b'), num(f, 'w') / 100]
    const m = (x: number) => x * dec(a) + (1 - x) * dec(b)
    return sw(
      lv(encL(m(w))),
      lv(half(num(f, 'w') * a + (100 - num(f, 'w')) * b, 100)),
      lv(encL(m(1 - w))),
      lv(255 * m(w)),
      lv(Math.sqrt(w * a * a + (1 - w) * b * b)),
    )
  },
  'dcol-downscaled-dot-texture': (f) => {
    const [l, d, n] = [num(f, 'light'), num(f, 'dark'), num(f, 'n')]
    const s = n / 4
    const avg = s * dec(l) + (1 - s) * dec(d)
    return sw(
      lv(encL(avg)),
      lv(s * l + (1 - s) * d),
      lv(encL((1 - s) * dec(l) + s * dec(d))),
      lv(255 * avg),
      lv(encL((dec(l) + dec(d)) / 2)),
      String(l),
      String(d),
    )
  },
  'dcol-encode-a-linear-value': (f) => {
    const x = num(f, 'x') / 1000
    return sw(
      lv(encL(x)),
      lv(255 * x),
      lv(255 * Math.exp(2.4 * Math.log((x + 0.055) / 1.055))),
      lv(255 * Math.sqrt(x)),
      lv(255 * Math.exp(Math.log(x) / 2.4)),
      lv(Math.min(255, 255 * 12.92 * x)),
    )
  },
  'dcol-near-black-level-to-linear-light': (f) => {
    const c = num(f, 'v') / 255
    const p = (x: number) => `${round(x * 100, 2)}%`
    const pw = (b: number, e: number) => Math.exp(e * Math.log(b))
    return sw(
      p(pw((c + 0.055) / 1.055, 2.4)),
      p(c),
      p(pw(c, 2.2)),
      p(c / 12.92),
      p(pw(c, 2.4)),
      p(pw((c + 0.055) / 1.055, 2.2)),
      p((c + 0.055) / 1.055),
    )
  },
  'dcol-level-with-twice-the-light': (f) => {
    const v = num(f, 'v')
    const L = dec(v)
    return sw(
      lv(encL(2 * L)),
      lv(2 * v),
      lv(Math.SQRT2 * v),
      lv(encL(L / 2)),
      lv(510 * L),
      lv(255 * Math.exp(Math.log(2 * L) / 2.4)),
      lv(255 * Math.sqrt(2 * L)),
    )
  },
  'dcol-level-with-half-the-light': (f) => {
    const v = num(f, 'v')
    const L = dec(v)
    return sw(
      lv(encL(L / 2)),
      lv(v / 2),
      lv(v / Math.SQRT2),
      lv(127.5 * L),
      lv(encL(v / 510)),
      lv(255 * Math.exp(Math.log(L / 2) / 2.4)),
    )
  },
  'dcol-mid-grey-share-of-white-light': (f) => {
    const c = num(f, 'v') / 255
    const p = (x: number) => `${round(x * 100, 1)}%`
    return sw(
      p(Math.exp(2.4 * Math.log((c + 0.055) / 1.055))),
      p(c),
      p(c * c),
      p(c / 12.92),
      p(Math.exp(2.4 * Math.log(c))),
    )
  },
  'dcol-gradient-band-width': (f) => {
    const [a, b, w, dpr] = [num(f, 'a'), num(f, 'b'), num(f, 'w'), num(f, 'dpr')]
    const px = (x: number) => `${round(x, 1)} px`
    const dev = w * dpr
    return sw(
      px(dev / (b - a + 1)),
      px(dev / (b - a)),
      px(dev / 256),
      px(dev / (4 * (b - a) + 1)),
      px(w / (b - a + 1)),
    )
  },
  'dcol-premultiplied-to-straight-colour': (f) => {
    const pm = rgbOf(f, 'pm')
    const al = num(f, 'alpha')
    const each = (g: (v: number) => number) => rgbT(pm.map(g))
    return sw(
      each((v) => (v * 255) / al),
      rgbT(pm),
      each((v) => (v * al) / 255),
      each((v) => (v * 255) / (255 - al)),
      each((v) => v + 255 - al),
    )
  },
  'dcol-straight-to-premultiplied-colour': (f) => {
    const c = rgbOf(f, 'c')
    const al = num(f, 'alpha')
    const each = (g: (v: number) => number) => rgbT(c.map(g))
    return sw(
      each((v) => (v * al) / 255),
      each((v) => (v * 255) / al),
      each((v) => (v * (255 - al)) / 255),
      each((v) => encL((dec(v) * al) / 255)),
      each((v) => v - 255 + al),
    )
  },
  'dcol-levels-stretch-output': (f) => {
    const [lo, hi, v] = [num(f, 'lo'), num(f, 'hi'), num(f, 'v')]
    return sw(
      lv(((v - lo) * 255) / (hi - lo)),
      lv((v * 255) / hi),
      lv(((v - lo) * 255) / hi),
      lv(v - lo),
      lv(((v - lo) * 255) / (255 - lo)),
    )
  },
  'dcol-levels-stretch-missing-codes': (f) => {
    const [lo, hi] = [num(f, 'lo'), num(f, 'hi')]
    const n = (x: number) => `${x} levels`
    return sw(
      n(lo + 255 - hi),
      n(hi - lo + 1),
      n(lo),
      n(255 - hi),
      n(256 - hi),
      n(hi - lo),
      n(256 - lo),
    )
  },
  'dcol-limited-to-full-video-range': (f) => {
    const v = num(f, 'v')
    return sw(
      lv((255 * (v - 16)) / 219),
      lv((255 * v) / 235),
      lv(v - 16),
      lv((255 * v) / 219),
      lv(16 + (219 * v) / 255),
      lv((255 * (v - 16)) / 235),
      lv((255 * v) / 219 - 16),
    )
  },
  'dcol-colours-at-a-bit-depth': (f) => {
    const levels = 1n << BigInt(num(f, 'n'))
    const n = (x: bigint) => `${x.toLocaleString('en-US')} colours`
    return sw(
      n(levels * levels * levels),
      n(3n * levels),
      n(levels),
      n(levels * levels * levels * levels),
      n(levels * levels),
    )
  },
  'dcol-display-p3-red-in-srgb': (f) => {
    const [r, g] = [num(f, 'r') / 100, num(f, 'g') / 100]
    const [R, Gr] = [dec(r * 255), dec(g * 255)]
    const red = 1.2249 * R - 0.2249 * Gr
    return sw(
      lv(encL(red)),
      lv(255 * (1.2249 * r - 0.2249 * g)),
      lv(255 * r),
      lv(encL(1.2249 * R)),
      lv(255 * red),
      lv(encL(0.8225 * R + 0.1775 * Gr)),
      lv(encL(1.2249 * R + 0.2249 * Gr)),
    )
  },
}

const deg = (...hs: number[]) =>
  hs
    .map((h) => ((h % 360) + 360) % 360)
    .sort((a, b) => a - b)
    .map((h) => `${h}°`)
    .join(', ')
const SCHEME: Readonly<Record<string, (f: F) => SecondWorking>> = {
  'dcol-complementary-accent-in-hsl': (f) => {
    const [h, s, l] = [num(f, 'h'), num(f, 's'), num(f, 'l')]
    const t = (x: number, y: number) => `hsl(${((x % 360) + 360) % 360} ${s}% ${y}%)`
    return sw(t(h + 180, l), t(360 - h, l), t(h + 90, l), t(h + 180, 100 - l), t(180 - h, l))
  },
  'dcol-triadic-companions': (f) => {
    const h = num(f, 'h')
    return sw(
      deg(h + 120, h + 240),
      deg(h + 60, h + 300),
      deg(h + 90, h + 270),
      deg(h + 150, h + 210),
      deg(h + 120, h + 180),
    )
  },
  'dcol-analogous-with-a-stated-step': (f) => {
    const [h, s] = [num(f, 'h'), num(f, 'step')]
    return sw(
      deg(h - s, h + s),
      deg(h + s, h + 2 * s),
      deg(h - 2 * s, h + 2 * s),
      deg(h + 180 - s, h + 180 + s),
      deg(h - 30, h + 30),
    )
  },
  'dcol-split-complementary-pair': (f) => {
    const [h, s] = [num(f, 'h'), num(f, 'step')]
    return sw(
      deg(h + 180 - s, h + 180 + s),
      deg(h - s, h + s),
      deg(h + 120, h + 240),
      deg(h + 90, h + 270),
      deg(h + 180, h + 180 + s),
    )
  },
  'dcol-complement-of-a-hex-by-hue-rotation': (f) => {
    const c = rgbOf(f, 'c')
    const [mx, mn] = extremes(c)
    return sw(
      H(c.map((v) => mx + mn - v)),
      H(c.map((v) => 255 - v)),
      H([c[2], c[1], c[0]]),
      H([c[2], c[0], c[1]]),
      H(c.map((v) => 255 - mx - mn + v)),
    )
  },
  'dcol-triadic-hex-by-channel-rotation': (f) => {
    const [r, g, b] = rgbOf(f, 'c')
    const [mx, mn] = extremes([r, g, b])
    return sw(
      H([b, r, g]),
      H([g, b, r]),
      H([255 - r, 255 - g, 255 - b]),
      H([mx + mn - r, mx + mn - g, mx + mn - b]),
      H([b, g, r]),
    )
  },
  'dcol-tint-by-mixing-white': (f) => {
    const c = rgbOf(f, 'c')
    const p = num(f, 'p')
    const each = (g: (v: number) => number) => H(c.map(g))
    return sw(
      each((v) => half(100 * v + (255 - v) * p, 100)),
      each((v) => half(v * (100 - p), 100)),
      each((v) => half(100 * v + (255 - v) * (100 - p), 100)),
      each((v) => half(100 * v + 255 * p, 100)),
      each((v) => half(v * (100 + p), 100)),
    )
  },
  'dcol-shade-by-mixing-black': (f) => {
    const c = rgbOf(f, 'c')
    const p = num(f, 'p')
    const each = (g: (v: number) => number) => H(c.map(g))
    return sw(
      each((v) => half(v * (100 - p), 100)),
      each((v) => half(100 * v + (255 - v) * p, 100)),
      each((v) => half(v * p, 100)),
      each((v) => half(100 * v - 255 * p, 100)),
      each((v) => encL((dec(v) * (100 - p)) / 100)),
    )
  },
  'dcol-color-mix-in-srgb': (f) => {
    const [a, b] = [rgbOf(f, 'a'), rgbOf(f, 'b')]
    const p = num(f, 'p')
    const mix = (wa: number, wb: number) => H(a.map((v, i) => half(v * wa + b[i]! * wb, wa + wb)))
    const lin = (wa: number) => H(a.map((v, i) => encL(wa * dec(v) + (1 - wa) * dec(b[i]!))))
    return sw(mix(p, 100 - p), mix(100 - p, p), lin(p / 100), mix(1, 1), mix(p, 50))
  },
  'dcol-color-mix-in-srgb-linear': (f) => {
    const [a, b] = [rgbOf(f, 'a'), rgbOf(f, 'b')]
    const p = num(f, 'p') / 100
    const mixed = (wa: number) => a.map((v, i) => wa * dec(v) + (1 - wa) * dec(b[i]!))
    return sw(
      H(mixed(p).map(encL)),
      H(a.map((v, i) => half(v * num(f, 'p') + b[i]! * (100 - num(f, 'p')), 100))),
      H(mixed(1 - p).map(encL)),
      H(mixed(p).map((x) => 255 * x)),
      H(mixed(0.5).map(encL)),
    )
  },
  'dcol-lightness-of-a-scale-step': (f) => {
    const [n, top, bottom, k] = [num(f, 'n'), num(f, 'top'), num(f, 'bottom'), num(f, 'k')]
    const gap = (top - bottom) / (n - 1)
    const p = (x: number) => `${Math.round(x)}%`
    return sw(
      p(top - (k - 1) * gap),
      p(top - ((k - 1) * (top - bottom)) / n),
      p(top - k * gap),
      p(bottom + (k - 1) * gap),
      p((top * (n - k)) / n),
    )
  },
  'dcol-semantic-token-name': (f) => {
    const [p, r, s, v] = [f.property, f.role, f.state, f.palette].map(String) as [
      string,
      string,
      string,
      string,
    ]
    return sw(
      ['color', p, r, s].join('-'),
      ['color', p, s, r].join('-'),
      ['color', p, v, s].join('-'),
      ['color', r, p, s].join('-'),
      [p, r, s].join('-'),
    )
  },
  'dcol-tint-steps-by-remaining-lightness': (f) => {
    const [l, r, k] = [num(f, 'l'), num(f, 'r') / 100, num(f, 'k')]
    const p = (x: number) => `${Math.round(x)}%`
    return sw(
      p(100 - (100 - l) * (1 - r) ** k),
      p(l + 100 * r * k),
      p(l * (1 + r) ** k),
      p(100 - (100 - l) * (1 - k * r)),
      p(100 - (100 - l) * (1 - r) ** (k - 1)),
      p(l * (1 - r) ** k),
    )
  },
  'dcol-muted-steps-by-relative-saturation': (f) => {
    const [s, r, k] = [num(f, 's'), num(f, 'r') / 100, num(f, 'k')]
    const p = (x: number) => `${Math.round(x)}%`
    return sw(
      p(s * (1 - r) ** k),
      p(s - 100 * r * k),
      p(s * (1 - k * r)),
      p(s * (1 - r) ** (k + 1)),
      p(s * r ** k),
    )
  },
  'dcol-semantic-token-count': (f) => {
    const [r, p, s, t] = [num(f, 'roles'), num(f, 'props'), num(f, 'states'), num(f, 'themes')]
    const n = (x: number) => `${x} tokens`
    return sw(
      n(r * p * s * t),
      n(r + p + s + t),
      n(r * p * s),
      n(r * p * s + t),
      n(r * p * t),
      n(r * p * (s + 1) * t),
      n(r * p * s * (t + 1)),
      n(r * p * s * t * 2),
    )
  },
  'dcol-square-scheme-hues': (f) => {
    const h = num(f, 'h')
    return sw(
      deg(h + 90, h + 180, h + 270),
      deg(h + 60, h + 180, h + 240),
      deg(h + 120, h + 180, h + 240),
      deg(h + 30, h + 60, h + 90),
      deg(h + 45, h + 90, h + 135),
    )
  },
}

const pc = (x: number) => `${Math.round(x * 100)}%`
const HANDOFF: Readonly<Record<string, (f: F) => SecondWorking>> = {
  'dcol-naive-rgb-to-cmyk-for-a-flyer': (f) => {
    const c = rgbOf(f, 'c')
    const k = (255 - Math.max(...c)) / 255
    const show = (cmy: number[], kk: number) => {
      const v = [...cmy, kk].map((x) => Math.round(x * 100))
      return `C ${v[0]} M ${v[1]} Y ${v[2]} K ${v[3]}`
    }
    const sep = c.map((v) => (1 - v / 255 - k) / (1 - k))
    return sw(
      show(sep, k),
      show(
        c.map((v) => 1 - v / 255),
        0,
      ),
      show(
        c.map((v) => 1 - v / 255 - k),
        k,
      ),
      show(
        c.map((v) => 1 - v / 255),
        k,
      ),
      show(
        c.map((v) => v / 255),
        k,
      ),
      show([sep[2]!, sep[1]!, sep[0]!], k),
    )
  },
  'dcol-naive-cmyk-to-screen-hex': (f) => {
    const ink = [num(f, 'c'), num(f, 'm'), num(f, 'y')]
    const k = num(f, 'k')
    const each = (xs: number[], g: (x: number) => number) => H(xs.map(g))
    return sw(
      each(ink, (x) => half(255 * (100 - x) * (100 - k), 10000)),
      each(ink, (x) => half(255 * (100 - x - k), 100)),
      each(ink, (x) => half(255 * (100 - x), 100)),
      each(ink, (x) => half(255 * x * (100 - k), 10000)),
      each([...ink].reverse(), (x) => half(255 * (100 - x) * (100 - k), 10000)),
    )
  },
  'dcol-translucent-panel-over-coloured-page': (f) => {
    const [c, bg] = [rgbOf(f, 'c'), rgbOf(f, 'bg')]
    const p = num(f, 'a')
    const a = p / 100
    return sw(
      H(c.map((v, i) => half(v * p + bg[i]! * (100 - p), 100))),
      H(c.map((v) => half(v * p + 255 * (100 - p), 100))),
      H(c.map((v) => half(v * p, 100))),
      H(c.map((v, i) => half(v * (100 - p) + bg[i]! * p, 100))),
      H(c.map((v, i) => encL(dec(v) * a + dec(bg[i]!) * (1 - a)))),
    )
  },
  'dcol-stacked-overlays-opacity': (f) => {
    const [a, b] = [num(f, 'a'), num(f, 'b')]
    const p = (x: number) => `${Math.round(x)}%`
    return sw(
      `${half(100 * (a + b) - a * b, 100)}%`,
      p(a + b),
      `${half(a * b, 100)}%`,
      p(Math.max(a, b)),
      `${half((100 - a) * (100 - b), 100)}%`,
    )
  },
  'dcol-opacity-that-matches-a-flat-tint': (f) => {
    const [cv, tv] = [num(f, 'cv'), num(f, 'tv')]
    return sw(
      pc((255 - tv) / (255 - cv)),
      pc(tv / 255),
      pc((tv - cv) / (255 - cv)),
      pc(cv / tv),
      pc((255 - tv) / 255),
    )
  },
  'dcol-multiply-blend-swatch': (f) => {
    const [a, b] = [rgbOf(f, 'a'), rgbOf(f, 'b')]
    const each = (g: (x: number, y: number) => number) => H(a.map((x, i) => g(x, b[i]!)))
    return sw(
      each((x, y) => (x * y) / 255),
      each((x, y) => x + y - (x * y) / 255),
      each((x, y) => (x + y) / 2),
      each((x, y) => Math.min(x, y)),
      each((x, y) => x + y - 255),
    )
  },
  'dcol-screen-blend-glow': (f) => {
    const [a, b] = [rgbOf(f, 'a'), rgbOf(f, 'b')]
    const each = (g: (x: number, y: number) => number) => H(a.map((x, i) => g(x, b[i]!)))
    return sw(
      each((x, y) => x + y - (x * y) / 255),
      each((x, y) => (x * y) / 255),
      each((x, y) => (x + y) / 2),
      each((x, y) => Math.max(x, y)),
      each((x, y) => x + y),
    )
  },
  'dcol-difference-blend-hover': (f) => {
    const [a, b] = [rgbOf(f, 'a'), rgbOf(f, 'b')]
    const each = (g: (x: number, y: number) => number) => H(a.map((x, i) => g(x, b[i]!)))
    return sw(
      each((x, y) => (x > y ? x - y : y - x)),
      each((x, y) => x + y - (2 * x * y) / 255),
      each((x, y) => 255 - (x > y ? x - y : y - x)),
      each((x, y) => (x + y) / 2),
      each((_x, y) => 255 - y),
    )
  },
  'dcol-luma-grey-for-one-colour-print': (f) => {
    const c = rgbOf(f, 'c')
    const g = (v: number) => H([v, v, v])
    const [mx, mn] = extremes(c)
    return sw(
      g(0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2]),
      g((c[0] + c[1] + c[2]) / 3),
      g(mx),
      g((mx + mn) / 2),
      g(0.114 * c[0] + 0.587 * c[1] + 0.299 * c[2]),
    )
  },
  'dcol-alpha-from-mock-ups-on-white-and-black': (f) => {
    const [w, b] = [num(f, 'w'), num(f, 'b')]
    return sw(pc((255 - w + b) / 255), pc((w - b) / 255), pc(b / 255), pc(w / 255), pc(b / w))
  },
  'dcol-colour-from-mock-ups-on-white-and-black': (f) => {
    const [w, b] = [num(f, 'w'), num(f, 'b')]
    const a = (255 - w + b) / 255
    return sw(lv(b / a), lv(b), lv(w), lv((w + b) / 2), lv(b * a))
  },
  'dcol-flatten-a-shadow-for-email': (f) => {
    const bg = rgbOf(f, 'bg')
    const a = num(f, 'a')
    return sw(
      H(bg.map((v) => half(v * (100 - a), 100))),
      H(bg.map((v) => half(v * a, 100))),
      H(bg.map((v) => half(100 * v - 255 * a, 100))),
      H([0, 0, 0].map(() => half(255 * (100 - a), 100))),
      H(bg.map((v) => encL((dec(v) * (100 - a)) / 100))),
    )
  },
  'dcol-overlay-blend-level': (f) => {
    const [b, t] = [num(f, 'base'), num(f, 'top')]
    const ov = (x: number, y: number) =>
      x >= 128 ? 255 - (2 * (255 - x) * (255 - y)) / 255 : (2 * x * y) / 255
    return sw(
      lv(ov(b, t)),
      lv(ov(t, b)),
      lv((b * t) / 255),
      lv(b + t - (b * t) / 255),
      lv((b + t) / 2),
    )
  },
  'dcol-darken-blend-swatch': (f) => {
    const [a, b] = [rgbOf(f, 'a'), rgbOf(f, 'b')]
    const sum = (c: number[]) => c[0]! + c[1]! + c[2]!
    return sw(
      H(a.map((x, i) => Math.min(x, b[i]!))),
      H(a.map((x, i) => Math.max(x, b[i]!))),
      H(a.map((x, i) => (x * b[i]!) / 255)),
      H(sum(a) <= sum(b) ? a : b),
      H(a.map((x, i) => (x + b[i]!) / 2)),
    )
  },
  'dcol-nested-css-opacity': (f) => {
    const [p, q] = [num(f, 'p'), num(f, 'q')]
    const t = (x: number) => `${Math.round(x)}%`
    return sw(
      `${half(p * q, 100)}%`,
      t(q),
      t(Math.min(p, q)),
      `${half(100 * (p + q) - p * q, 100)}%`,
      `${half(p + q, 2)}%`,
    )
  },
  'dcol-composite-in-linear-light': (f) => {
    const [c, bg] = [rgbOf(f, 'c'), rgbOf(f, 'bg')]
    const a = num(f, 'a') / 100
    const mixed = (w: number) => c.map((v, i) => w * dec(v) + (1 - w) * dec(bg[i]!))
    return sw(
      H(mixed(a).map(encL)),
      H(c.map((v, i) => v * a + bg[i]! * (1 - a))),
      H(mixed(1 - a).map(encL)),
      H(mixed(a).map((x) => 255 * x)),
      H(c.map((v) => encL(a * dec(v) + 1 - a))),
    )
  },
}

const SECOND: Readonly<Record<string, (f: F) => SecondWorking>> = {
  ...NOTATION,
  ...CONTRAST,
  ...SPACE,
  ...SCHEME,
  ...HANDOFF,
}

describeEngineIndependent('colour for digital design scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 79,
    second: SECOND,
    route:
      'hex read digit by digit, channel arithmetic and the sRGB curve through exp and log, searched again for thresholds',
    digest: (text) => text,
    models: DCOL_MODELS,
    engines,
  })

  it('offer no mistake one or two units from a whole-number key in the same unit', () => {
    const split = (t: string) => {
      const digits = t.length - t.replace(/^[0-9]+/, '').length
      return digits === 0 || /[0-9]/.test(t.slice(digits))
        ? undefined
        : { n: Number(t.slice(0, digits)), unit: t.slice(digits) }
    }
    const close = DRAWN.filter(({ s }) => {
      const k = split(s.key)
      return s.wrong.some(([t]) => {
        const w = split(t)
        return !!k && !!w && k.unit === w.unit && w.n !== k.n && Math.abs(w.n - k.n) < 3
      })
    })
    expect(close.map((d) => d.family).slice(0, 5)).toEqual([])
  })
})
