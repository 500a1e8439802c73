import { expect, it } from 'vitest'
import {
  PS_BLEND_FAMILIES,
  PS_COLOUR_FAMILIES,
  PS_EXPORT_FAMILIES,
  PS_LAYER_FAMILIES,
  PS_SIZE_FAMILIES,
} from '../../../src/assessment/models/photoshop/photoshop-models.js'
import type { PsScenario } from '../../../src/assessment/models/photoshop/ps-text.js'
import { distinctWrongs } from '../../../src/assessment/models/scenario/scenario-model.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...PS_SIZE_FAMILIES,
  ...PS_BLEND_FAMILIES,
  ...PS_LAYER_FAMILIES,
  ...PS_COLOUR_FAMILIES,
  ...PS_EXPORT_FAMILIES,
]
const DRAWS = 30

type F = Record<string, unknown>
const num = (f: F, k: string) => f[k] as number

// Figures printed as the items print them, written again with Intl: whole numbers grouped, and
// lengths to at most two decimals without trailing zeros.
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const upTo2 = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })
const oneDp = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const W = (v: number) => whole.format(Math.round(v))
const px = (v: number) => `${W(v)} px`
const pair = (a: number, b: number, unit: string, f = W) => `${f(a)} × ${f(b)} ${unit}`
const len = (v: number) => upTo2.format(Math.round(v * 100) / 100)

/*
 * Blend modes over 0..1, as the Adobe PDF Reference (ISO 32000-1, 11.3.5) defines Adobe's
 * separable blend modes, B(cb, cs) with cb the backdrop and cs the source: Overlay is Hard Light
 * with the arguments swapped, Hard Light multiplies or screens by the source at 0.5. Compositing
 * at opacity α: (1 − α)·cb + α·B(cb, cs). The named slips are the same functions misapplied.
 */
const multiply = (cb: number, cs: number) => cb * cs
const screen = (cb: number, cs: number) => cb + cs - cb * cs
const hardLight = (cb: number, cs: number) =>
  cs <= 0.5 ? multiply(cb, 2 * cs) : screen(cb, 2 * cs - 1)
const B: Record<string, (cb: number, cs: number) => number> = {
  multiply,
  screen,
  overlay: (cb, cs) => hardLight(cs, cb),
  hardlight: hardLight,
  darken: Math.min,
  lighten: Math.max,
  difference: (cb, cs) => Math.abs(cb - cs),
  normal: (_cb, cs) => cs,
  average: (cb, cs) => 0.5 * cb + 0.5 * cs,
  base: (cb) => cb,
  linearburn: (cb, cs) => Math.max(0, cb + cs - 1),
  lineardodge: (cb, cs) => Math.min(1, cb + cs),
  subtract: (cb, cs) => Math.max(0, cb - cs),
  invert: (cb, cs) => 1 - Math.abs(cb - cs),
  black: () => 0,
  white: () => 1,
}
const to8 = (v: number) => Math.round(v * 255)
const over = (cb: number, blended: number, alpha: number) => (1 - alpha) * cb + alpha * blended
const blend8 = (mode: string, a: number, b: number, alpha = 1) =>
  to8(over(a / 255, B[mode]!(a / 255, b / 255), alpha))

/** Pixels covered by a rectangle set, counted on a 50 px grid (every drawn edge lies on it). */
function cells(r: readonly number[]): Set<string> {
  const out = new Set<string>()
  for (let x = r[0]!; x < r[0]! + r[2]!; x += 50)
    for (let y = r[1]!; y < r[1]! + r[3]!; y += 50) out.add(`${x},${y}`)
  return out
}
const count = (s: Set<string>) => s.size * 2500

/** Every answer a computed family can show, by slip, worked out here from the drawn figures. */
const WORKED: Record<string, (f: F) => Record<string, string>> = {
  blend: (f) => {
    const [a, b] = [num(f, 'a'), num(f, 'b')]
    return Object.fromEntries(
      Object.keys(B)
        .map((m) => [m, String(blend8(m, a, b))])
        .concat([['key', String(blend8(f.mode as string, a, b))]]),
    )
  },
  'blend-rgb': (f) => {
    const base = f.base as number[]
    const top = f.top as number[]
    const rgb = (c: number[]) => `R ${c[0]} G ${c[1]} B ${c[2]}`
    const per = (m: string) => rgb(base.map((x, i) => blend8(m, x, top[i]!)))
    const luma = (c: number[]) => 0.3 * c[0]! + 0.59 * c[1]! + 0.11 * c[2]!
    const darker = luma(base) <= luma(top) ? base : top
    const lighter = darker === base ? top : base
    return {
      ...Object.fromEntries(Object.keys(B).map((m) => [m, per(m)])),
      key: per(f.mode as string),
      'whole-darken': rgb(darker),
      'whole-lighten': rgb(lighter),
    }
  },
  faded: (f) => {
    const [a, b, o] = [num(f, 'a') / 255, num(f, 'b') / 255, num(f, 'opacity') / 100]
    const blended = B[f.mode as string]!(a, b)
    return {
      key: String(to8(over(a, blended, o))),
      'other-mode': String(to8(over(a, B.multiply!(a, b), o))),
      prefaded: String(to8(B.multiply!(a, over(a, b, o)))),
      scaled: String(to8(blended * o)),
      swapped: String(to8(over(a, blended, 1 - o))),
      added: String(to8(Math.min(1, a + b * o))),
      full: String(to8(blended)),
      average: String(to8((a + b) / 2)),
      'over-white': String(to8(1 - (1 - blended) * o)),
      'both-weighted': String(to8(Math.min(1, (a + blended) * o))),
    }
  },
  stack: (f) => {
    const a = num(f, 'a') / 255
    const [[l1, o1], [l2, o2]] = (f.layers as [number, number][]).map(([v, o]) => [
      v / 255,
      o / 100,
    ]) as [[number, number], [number, number]]
    return {
      key: String(to8(over(over(a, l1!, o1!), l2!, o2!))),
      order: String(to8(over(over(a, l2!, o2!), l1!, o1!))),
      'top-only': String(to8(over(a, l2!, o2!))),
      'lower-only': String(to8(over(a, l1!, o1!))),
      averaged: String(to8(over(a, (l1! + l2!) / 2, (o1! + o2!) / 2))),
    }
  },
  fill: (f) => {
    const [a, b, fi, o] = [
      num(f, 'a') / 255,
      num(f, 'b') / 255,
      num(f, 'fill') / 100,
      num(f, 'opacity') / 100,
    ]
    return {
      key: String(to8(over(a, b, fi * o))),
      'opacity-only': String(to8(over(a, b, o))),
      'fill-only': String(to8(over(a, b, fi))),
      added: String(to8(over(a, b, Math.min(1, fi + o)))),
      swapped: String(to8(over(a, b, 1 - fi * o))),
    }
  },
  shadow: (f) => {
    const [o, e] = [num(f, 'opacity'), num(f, 'effect')]
    const pc = (v: number) => `${Math.round(v)}%`
    return {
      key: pc((o * e) / 100),
      'fill-hides': '0%',
      'effect-only': pc(e),
      'layer-only': pc(o),
      added: pc(Math.min(100, o + e)),
    }
  },
  'print-size': (f) => {
    const [w, h, ppi] = [num(f, 'w'), num(f, 'h'), num(f, 'ppi')]
    const two = (v: number) => (Math.round(v * 100) / 100).toFixed(2)
    const at = (d: number) => pair(w / d, h / d, 'in', two)
    return {
      key: at(ppi),
      'at-72': at(72),
      'cm-as-in': pair((w * 254) / (ppi * 100), (h * 254) / (ppi * 100), 'in', two),
      'per-cm': pair((w * 100) / (ppi * 254), (h * 100) / (ppi * 254), 'in', two),
      'printer-dpi': at(600),
    }
  },
  'pixels-for-print': (f) => {
    const [iw, ih, ppi] = [num(f, 'iw'), num(f, 'ih'), num(f, 'ppi')]
    const d = (x: number, y: number) => pair(x, y, 'px')
    return {
      key: d(iw * ppi, ih * ppi),
      'at-72': d(iw * 72, ih * 72),
      'times-2.54': d((iw * ppi * 254) / 100, (ih * ppi * 254) / 100),
      'per-cm': d((iw * ppi * 100) / 254, (ih * ppi * 100) / 254),
      double: d(2 * iw * ppi, 2 * ih * ppi),
      'cm-times-ppi': d((iw * 254 * ppi) / 100, (ih * 254 * ppi) / 100),
      twice: d((iw * 100 * ppi) / 254, (ih * 100 * ppi) / 254),
      'cm-72': d((iw * 254 * 72) / 100, (ih * 254 * 72) / 100),
    }
  },
  'effective-ppi': (f) => {
    const [w, h, iw] = [num(f, 'w'), num(f, 'h'), num(f, 'iw')]
    const p = (v: number) => `${len(v)} ppi`
    return {
      key: p(w / iw),
      stored: '300 ppi',
      screen: '72 ppi',
      printer: '600 ppi',
      height: p(h / iw),
      'per-cm': p((w * 100) / (iw * 254)),
      'width-as-cm': p((w * 254) / (iw * 100)),
    }
  },
  'resample-off': (f): Record<string, string> => {
    const [w, p1, p2] = [num(f, 'w'), num(f, 'p1'), num(f, 'p2')]
    if (f.ask === 'pixels') {
      const h = num(f, 'h')
      const d = (x: number, y: number) => pair(x, y, 'px')
      return {
        key: d(w, h),
        scaled: d((w * p2) / p1, (h * p2) / p1),
        inverse: d((w * p1) / p2, (h * p1) / p2),
        'width-only': d((w * p2) / p1, h),
      }
    }
    const i = (v: number) => `${len(v)} in`
    return {
      key: i(w / p2),
      unchanged: i(w / p1),
      'at-72': i(w / 72),
      with: i((w * p2) / (p1 * p1)),
      'cm-as-in': i((w * 254) / (p2 * 100)),
      'per-cm': i((w * 100) / (p2 * 254)),
    }
  },
  'resample-on': (f) => {
    const [iw, p1, p2] = [num(f, 'iw'), num(f, 'p1'), num(f, 'p2')]
    return {
      key: px(iw * p2),
      unchanged: px(iw * p1),
      inverse: px((iw * p1 * p1) / p2),
      'at-72': px(iw * 72),
      added: px(iw * (p1 + p2)),
    }
  },
  'resample-percent': (f) => {
    const [w, h, p] = [num(f, 'w'), num(f, 'h'), num(f, 'p')]
    const n = (v: number) => `${W(v)} pixels`
    // Integer arithmetic: the resampled sides are whole pixels (w·p/100 and h·p/100).
    return {
      key: n(((w * p) / 100) * ((h * p) / 100)),
      linear: n((w * h * p) / 100),
      unchanged: n(w * h),
      inverse: n((w * h * 10000) / (p * p)),
      summed: n((2 * w * h * p) / 100),
    }
  },
  'print-mm': (f) => {
    const [w, ppi] = [num(f, 'w'), num(f, 'ppi')]
    const mm = (v: number) => `${len(v)} mm`
    return {
      key: mm((w * 254) / (ppi * 10)),
      'in-as-cm': mm((w * 10) / ppi),
      'at-300': mm((w * 254) / 3000),
      'px-as-mm': mm(w),
      'at-96': mm((w * 254) / 960),
      'at-600': mm((w * 254) / 6000),
      'at-72': mm((w * 254) / 720),
      divided: mm((w * 10) / (ppi * 254)),
    }
  },
  'canvas-relative': (f) => {
    const [w, h, x, y] = [num(f, 'w'), num(f, 'h'), num(f, 'x'), num(f, 'y')]
    const d = (p: number, q: number) => pair(p, q, 'px')
    return {
      key: d(w + x, h + y),
      'each-side': d(w + 2 * x, h + 2 * y),
      half: d(w + x / 2, h + y / 2),
      absolute: d(x, y),
      subtract: d(w - x, h - y),
    }
  },
  'canvas-anchor': (f) => {
    const x = num(f, 'x')
    const lr = (l: number, r: number) => `${l} px on the left, ${r} px on the right`
    return { key: lr(0, x), centre: lr(x / 2, x / 2), reversed: lr(x, 0), 'both-sides': lr(x, x) }
  },
  'canvas-crop': (f) => {
    const cut = num(f, 'cut')
    return {
      key: `${cut / 2} px is cut from each side`,
      'full-each': `${cut} px is cut from each side`,
      'right-only': `${cut} px is cut from the right side only`,
      scaled: 'It is scaled down to fit, with nothing cut',
    }
  },
  'canvas-percent': (f) => {
    const [w, p] = [num(f, 'w'), num(f, 'p')]
    return {
      key: px((w * p) / 100),
      'as-px': px(w + p),
      'added-only': px((w * (p - 100)) / 100),
      'each-side': px((w * (2 * p - 100)) / 100),
      divided: px((w * 100) / p),
      subtract: px((w * (200 - p)) / 100),
      squared: px((w * p * p) / 10000),
    }
  },
  'crop-ratio': (f) => {
    const [w, h, a, b] = [num(f, 'w'), num(f, 'h'), num(f, 'a'), num(f, 'b')]
    return {
      key: px((h * a) / b),
      inverted: px((h * b) / a),
      'from-width': px((w * a) / b),
      'cut-away': px(w - (h * a) / b),
      both: px((w * b) / a),
    }
  },
  'round-trip': (f) => {
    const [w, p] = [num(f, 'w'), num(f, 'p')]
    const kept = px(w)
    const lost = px((w * p) / 100)
    return {
      key: f.smart ? kept : lost,
      kept,
      lost,
      twice: px((w * p * p) / 10000),
      removed: px(w - (w * p) / 100),
      enlarged: px((w * 100) / p),
    }
  },
  'scale-styles': (f) => {
    const [s, p] = [num(f, 's'), num(f, 'p')]
    const v = (x: number) => `${len(x)} px`
    return {
      key: v((s * p) / 100),
      kept: v(s),
      inverse: v((s * 100) / p),
      area: v((s * p * p) / 10000),
    }
  },
  'mask-share': (f) => {
    const [g, o] = [num(f, 'g'), num(f, 'opacity')]
    const pc = (v: number) => `${Math.round(v)}%`
    return {
      key: pc((o * g) / 255),
      inverted: pc((o * (255 - g)) / 255),
      full: '100%',
      none: '0%',
      halved: pc((50 * g) / 255),
      'opacity-only': pc(o),
      'mask-only': pc((100 * g) / 255),
      lower: pc(Math.min(o, (100 * g) / 255)),
    }
  },
  'mask-value': (f) => {
    const [a, b, g] = [num(f, 'a'), num(f, 'b'), num(f, 'g')]
    return {
      key: String(blend8('normal', a, b, g / 255)),
      inverted: String(blend8('normal', a, b, 1 - g / 255)),
      unmasked: String(b),
      hidden: String(a),
      half: String(blend8('normal', a, b, 0.5)),
    }
  },
  modify: (f) => {
    const [w, h, n] = [num(f, 'w'), num(f, 'h'), num(f, 'n')]
    const sign = f.op === 'expand' ? 1 : -1
    const d = (p: number, q: number) => `${len(p)} × ${len(q)} px`
    return {
      key: d(w + sign * 2 * n, h + sign * 2 * n),
      once: d(w + sign * n, h + sign * n),
      [f.op === 'expand' ? 'contract' : 'expand']: d(w - sign * 2 * n, h - sign * 2 * n),
      double: d(w + sign * 4 * n, h + sign * 4 * n),
      percent: d((w * (100 + sign * n)) / 100, (h * (100 + sign * n)) / 100),
    }
  },
  border: (f) => {
    const n = num(f, 'n')
    const out = (v: number) => `${v} px outside the old edge`
    return {
      key: out(n / 2),
      outside: out(n),
      inside: '0 px: it lies inside the old edge',
      double: out(2 * n),
    }
  },
  selection: (f) => {
    const a = cells(f.a as number[])
    const b = cells(f.b as number[])
    const union = new Set([...a, ...b])
    const minus = new Set([...a].filter((c) => !b.has(c)))
    const both = new Set([...a].filter((c) => b.has(c)))
    const t = (v: number) => `${W(v)} pixels`
    const by = { add: t(count(union)), subtract: t(count(minus)), intersect: t(count(both)) }
    return {
      ...by,
      key: by[f.op as keyof typeof by],
      sum: t(count(a) + count(b)),
      replace: t(count(b)),
    }
  },
  'data-size': (f) => {
    const [w, h, ch, bits] = [num(f, 'w'), num(f, 'h'), num(f, 'channels'), num(f, 'bits')]
    const bytes = bits / 8
    const mb = (v: number) => `${W(v / 1_000_000)} MB`
    return {
      key: mb(w * h * ch * bytes),
      'bits-as-bytes': mb(w * h * ch * bits),
      'one-channel': mb(w * h * bytes),
      three: mb(w * h * 3 * bytes),
      alpha: mb(w * h * 4 * bytes),
      'one-byte': mb(w * h * ch),
      'two-bytes': mb(w * h * ch * 2),
    }
  },
  doubling: (f) => {
    const base = num(f, 'base')
    const mb = (v: number) => `${oneDp.format(v / 1_000_000)} MB`
    return {
      key: mb(base * 4),
      double: mb(base * 2),
      same: mb(base),
      eight: mb(base * 8),
      half: mb(base / 2),
    }
  },
  'export-scale': (f) => {
    const [w, h, s] = [num(f, 'w'), num(f, 'h'), num(f, 's')]
    const d = (p: number, q: number) => pair(p, q, 'px')
    return {
      key: d(w * s, h * s),
      unscaled: d(w, h),
      divided: d(w / s, h / s),
      squared: d(w * s * s, h * s * s),
      'width-only': d(w * s, h),
    }
  },
}

/**
 * The documented answer of every rule family: its helpx.adobe.com page and a pattern every true
 * wording of the key matches and no distractor does, written here from the pages apart from the
 * families, so a key that drifts from the rule fails.
 */
const RULES: Record<string, readonly [answer: string, page: string, marker: RegExp]> = {
  'resample-for-enlargement': ['enlargement', 'resizing-image', /\(enlargement\)$/],
  'resample-for-reduction': ['reduction', 'resizing-image', /^Bicubic Sharper/],
  'resample-hard-edges': ['nearest', 'resizing-image', /^Nearest Neighbor/],
  'resample-off-changes-print-size': [
    'print-size-only',
    'resizing-image',
    /print size smaller|Shrinks the print|Smaller print size/,
  ],
  'screen-size-is-pixels': [
    'pixels',
    'image-size-resolution',
    /^(The same|No different|No change)/,
  ],
  'canvas-extension-transparent': ['transparent', 'adjust-crop-rotation-canvas', /^Transparen/],
  'border-with-canvas-size': ['canvas-size', 'adjust-crop-rotation-canvas', /Canvas Size/],
  'crop-delete-cropped-pixels': ['untick', 'crop-straighten-photos', /Untick|Pixels off/],
  'shortcut-image-size': ['Alt+Ctrl+I', 'default-keyboard-shortcuts', /^Alt\+Ctrl\+I$/],
  'shortcut-free-transform': ['Ctrl+T', 'default-keyboard-shortcuts', /^Ctrl\+T$/],
  'multiply-drops-white-paper': ['multiply', 'blending-modes', /^Multiply/],
  'screen-drops-black': ['screen', 'blending-modes', /^Screen/],
  'difference-aligns-layers': ['black', 'blending-modes', /^Black/],
  'overlay-neutral-grey': ['grey', 'layer-opacity-blending', /^50% grey/],
  'group-pass-through': ['pass-through', 'layer-opacity-blending', /^Pass Through/],
  'mask-black-hides': ['black', 'masking-layers', /^Black/],
  'mask-reveal-all-white': ['white', 'masking-layers', /[Ww]hite/],
  'mask-view-alone': ['alt-click', 'masking-layers', /^Alt-click/],
  'mask-unlink-to-move': ['link-icon', 'masking-layers', /link icon|chain icon/],
  'mask-density': ['more-visible', 'masking-layers', /show partly|becomes visible/],
  'adjustment-affects-below': ['below', 'adjustment-fill-layers', /Every layer below|beneath it/],
  'adjustment-clip-to-one': ['clip', 'clipping-masks', /[Cc]lipping [Mm]ask/],
  'clipping-base-defines': [
    'base',
    'clipping-masks',
    /[Ii]nside the letters|text layer beneath has pixels/,
  ],
  'shortcut-clipping-mask': ['Alt+Ctrl+G', 'default-keyboard-shortcuts', /^Alt\+Ctrl\+G$/],
  'adjustment-layer-nondestructive': [
    'adjustment-layer',
    'adjustment-fill-layers',
    /[Aa]djustment [Ll]ayer/,
  ],
  'smart-object-paint': ['rasterize', 'create-smart-objects', /rasterized/],
  'smart-filters-editable': ['smart-filter', 'apply-smart-filters', /[Ss]mart [Ff]ilter/],
  'smart-object-copies-share-contents': [
    'both-update',
    'create-smart-objects',
    /share|changes too/,
  ],
  'history-default-states': ['50', 'undo-history', /^50/],
  'history-snapshot': ['snapshot', 'undo-history', /[Ss]napshot/],
  'history-cleared-on-close': ['cleared', 'undo-history', /cleared|gone|opening state|fresh/],
  'feather-softens-edge': [
    'transition',
    'softening-edges-selections',
    /gradual|soft blend|soft transition/,
  ],
  'anti-alias-before-selecting': ['before', 'softening-edges-selections', /[Bb]efore/],
  'save-selection-alpha': [
    'alpha-channel',
    'saving-selections-alpha-channel-masks',
    /alpha channel/,
  ],
  'shortcut-inverse-selection': ['Shift+Ctrl+I', 'default-keyboard-shortcuts', /^Shift\+Ctrl\+I$/],
  'shortcut-layer-via-copy': ['Ctrl+J', 'default-keyboard-shortcuts', /^Ctrl\+J$/],
  'shortcut-feather': ['Shift+F6', 'default-keyboard-shortcuts', /^Shift\+F6$/],
  'web-export-srgb': [
    'srgb',
    'export-artboards-layers',
    /sRGB conversion|converts colours to sRGB/,
  ],
  'convert-vs-assign-profile': ['convert', 'color-profiles', /Convert to Profile/],
  'convert-modes-once': ['once', 'converting-between-color-modes', /once|Once/],
  'bitmap-needs-grayscale': ['grayscale-first', 'color-modes', /Grayscale/],
  'duotone-needs-grayscale': [
    'grayscale-8',
    'color-modes',
    /^(8-bit Grayscale|Grayscale at 8 bits)/,
  ],
  'indexed-256-colours': ['256', 'color-modes', /^256/],
  'eight-bit-values': ['256-values', 'bit-depth', /^256/],
  'grayscale-discards-colour': ['discards', 'color-modes', /discarded/],
  'lab-device-independent': ['lab', 'color-modes', /^Lab/],
  'jpeg-no-transparency': ['filled', 'file-formats', /no transparency|opaque/],
  'logo-soft-shadow-png': ['png-24', 'optimizing-images', /^PNG(-24| \(24-bit\))/],
  'jpeg-lowers-16-bit': ['8-bit', 'saving-images', /^8 bits per channel/],
  'gif-256-colours': ['256', 'file-formats', /256/],
  'gif-transparency-one-level': [
    'one-level',
    'optimizing-images',
    /on or off|fully transparent or fully opaque|[Nn]o partial transparency/,
  ],
  'psd-keeps-layers': ['psd', 'file-formats', /PSD/],
  'psb-over-30000': ['psb', 'file-formats', /PSB/],
  'psb-limit': ['300000', 'file-formats', /^300,000/],
  'tiff-layers-flattened-elsewhere': ['flattened-elsewhere', 'file-formats', /flattened image/],
  'jpeg-quality-range': ['0-12', 'saving-images', /0 to 12/],
  'jpeg-lossy-keep-master': ['master', 'file-formats', /PSD/],
  'jpeg-flattens': ['flattened', 'file-formats', /flattened/],
  'web-image-pixel-dimensions': [
    'pixels',
    'export-artboards-layers',
    /[Ww]idth in pixels|Pixel width/,
  ],
}

describeEngineIndependent('Photoshop keys', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026)

  it('draw every family into a well-formed option set', () => {
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    expect(drawn.filter(({ s }) => distinctWrongs(s).length < 3).map((d) => d.family)).toEqual([])
    const firsts = drawn.map((d) => ({
      ...d,
      s: { ...d.s, wrong: distinctWrongs(d.s).slice(0, 3) },
    }))
    const lasts = drawn.map((d) => ({ ...d, s: { ...d.s, wrong: distinctWrongs(d.s).slice(-3) } }))
    expect(optionSetProblems([...firsts, ...lasts], { capitalStem: true })).toEqual([])
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length)
  })

  it('work every computed key and distractor again by its slip: float compositing and integer sizes', () => {
    const problems = new Set<string>()
    let checked = 0
    for (const { family, s } of drawn) {
      const f = (s as PsScenario).facts as F
      if (f.kind === 'rule') continue
      const work = WORKED[f.kind as string]
      if (!work) {
        problems.add(`${family}: no second implementation for ${String(f.kind)}`)
        continue
      }
      const want = work(f)
      const slips = f.slips as Record<string, string> | undefined
      if (!slips) {
        problems.add(`${family}: answers carry no slips`)
        continue
      }
      expect(slips[s.key], family).toBe('key')
      for (const text of [s.key, ...distinctWrongs(s).map(([t]) => t)]) {
        const slip = slips[text]
        if (slip === undefined) problems.add(`${family}: "${text}" has no slip`)
        else if (want[slip] === undefined) problems.add(`${family}: slip ${slip} not worked here`)
        else if (want[slip] !== text)
          problems.add(`${family}: ${slip} shows ${text}, works out ${want[slip]}`)
        else checked++
      }
      for (const [t] of distinctWrongs(s))
        if (t === want.key) problems.add(`${family}: a distractor is the key`)
    }
    expect([...problems]).toEqual([])
    expect(checked).toBeGreaterThan(1500)
  })

  it('cite helpx.adobe.com for every rule family, each true wording fitting the rule and no distractor', () => {
    const ruleDraws = drawn.filter((d) => (d.s as PsScenario).facts.kind === 'rule')
    expect(new Set(ruleDraws.map((d) => d.family))).toEqual(new Set(Object.keys(RULES)))
    for (const { family, s } of ruleDraws) {
      const f = (s as PsScenario).facts as F
      const [answer, page, marker] = RULES[family]!
      expect(f.answer, family).toBe(answer)
      expect(f.source as string, family).toMatch(
        new RegExp(`helpx\\.adobe\\.com/photoshop/using/[a-z-]*${page}`),
      )
      for (const k of f.keys as string[]) expect(k, family).toMatch(marker)
      for (const [t] of distinctWrongs(s))
        expect(t, `${family}: a distractor fits the rule`).not.toMatch(marker)
    }
  })

  it('compute blends as Adobe documents them at the ends: white and black leave Multiply and Screen unchanged, white inverts Difference', () => {
    for (let v = 0; v <= 255; v += 17) {
      expect(blend8('multiply', v, 255)).toBe(v)
      expect(blend8('screen', v, 0)).toBe(v)
      expect(blend8('difference', v, 255)).toBe(255 - v)
      expect(blend8('difference', v, 0)).toBe(v)
      expect(blend8('multiply', v, 0)).toBe(0)
      expect(blend8('screen', v, 255)).toBe(255)
    }
  })
})
