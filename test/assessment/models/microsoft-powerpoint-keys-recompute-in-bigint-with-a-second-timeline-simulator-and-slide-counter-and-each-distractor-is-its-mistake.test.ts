import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import {
  MSPPT_MODELS,
  PPT_ANIMATION_FAMILIES,
  PPT_GEOMETRY_FAMILIES,
  PPT_MASTER_FAMILIES,
  PPT_OUTPUT_FAMILIES,
  PPT_SHOW_FAMILIES,
} from '../../../src/assessment/models/msppt/msppt-models.js'
import type { PptScenario } from '../../../src/assessment/models/msppt/msppt-text.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { halfAwayQuotient as q } from './second-route-arithmetic.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...PPT_GEOMETRY_FAMILIES,
  ...PPT_ANIMATION_FAMILIES,
  ...PPT_SHOW_FAMILIES,
  ...PPT_MASTER_FAMILIES,
  ...PPT_OUTPUT_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<PptScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Exact arithmetic in BigInt, rounded half away from zero; nothing shared with the families.
const B = BigInt
/** `n1 × n2 × … ÷ (d1 × d2 × …)` to the nearest whole unit. */
const r = (nums: readonly number[], dens: readonly number[] = [1]) =>
  q(
    nums.reduce((p, x) => p * B(x), 1n),
    dens.reduce((p, x) => p * B(x), 1n),
  )
/** `a ÷ b` rounded down and up, both positive, in BigInt. */
const down = (a: number, b: number) => Number(B(a) / B(b))
const up = (a: number, b: number) => Number((B(a) + B(b) - 1n) / B(b))
/** Hundredths to two places and whole numbers, written out by hand. */
function two(h: number): string {
  const sign = h < 0 ? '-' : ''
  const a = Math.abs(h)
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`
}
/** The option's number, commas dropped: `1,280 px` → `1280`, `slide 7` → `7`. */
const digest = (text: string) => (text.match(/-?[\d,]+(?:\.\d+)?/)?.[0] ?? text).replace(/,/g, '')

type F = Readonly<Record<string, number | string>>
type Expect = { readonly key: string; readonly wrong: readonly string[] }
const hund = (key: number, ...wrong: number[]): Expect => ({ key: two(key), wrong: wrong.map(two) })
const whole = (key: number, ...wrong: number[]): Expect => ({
  key: String(key),
  wrong: wrong.map(String),
})
const n = (f: F, k: string) => Number(f[k])
const ints = (text: string | number | undefined) =>
  String(text ?? '')
    .split(',')
    .filter((x) => x !== '')
    .map(Number)
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

// ---- Geometry: the slide sizes typed again (hundredths of an inch).
const WIDE_W = 1333
const WIDE_H = 750

const GEOMETRY: Readonly<Record<string, (f: F) => Expect>> = {
  'ensure-fit-object-width': (f) => {
    const [from, fromH, to, toH, w] = figuresOf(f, 'from', 'fromH', 'to', 'toH', 'w')
    // Cross-multiplied: the width ratio is the smaller one when to × fromH ≤ toH × from.
    const widthSmaller = B(to) * B(fromH) <= B(toH) * B(from)
    const [sn, sd, ln, ld] = widthSmaller ? [to, from, toH, fromH] : [toH, fromH, to, from]
    return hund(
      r([w, sn], [sd]),
      r([w, ln], [ld]),
      w,
      r([w, sd], [sn]),
      ...(w - (from - to) > 0 ? [w - (from - to)] : []),
      r([w, to, toH], [from, fromH]),
    )
  },
  'ensure-fit-object-top': (f) => {
    const [to, toH, y] = figuresOf(f, 'to', 'toH', 'y')
    const gap = toH * WIDE_W - to * WIDE_H
    const top = r([gap + 2 * to * y], [2 * WIDE_W])
    const scaled = r([y, to], [WIDE_W])
    return hund(
      top,
      scaled,
      y,
      top - scaled + y,
      r([2 * gap + 2 * to * y], [2 * WIDE_W]),
      r([y, toH], [WIDE_H]),
      top - scaled,
      ...(2 * scaled - top > 0 ? [2 * scaled - top] : []),
    )
  },
  'inches-to-points': (f) => {
    const x = n(f, 'x')
    return hund(
      x * 72,
      x * 96,
      x * 100,
      r([x, 254], [100]),
      r([x, 2835], [100]),
      r([x, 2540], [100]),
      x * 6,
      r([x, 72, 254], [100]),
      x * 120,
    )
  },
  'emu-to-centimetres': (f) => {
    const e = n(f, 'e')
    return hund(
      r([e, 100], [360000]),
      r([e, 100], [914400]),
      r([e, 100], [12700]),
      r([e, 100], [9525]),
      r([e, 10000], [914400, 254]),
      r([e, 100], [36000]),
      r([e, 254], [360000]),
    )
  },
  'align-center-selected-objects': (f) => {
    const x = figuresOf(f, 'x0', 'x1', 'x2')
    const w = figuresOf(f, 'w0', 'w1', 'w2')
    const k = n(f, 'k')
    const lo = Math.min(...x)
    const hi = Math.max(...x.map((v, i) => v + w[i]!))
    const wk = w[k]!
    return hund(
      r([lo + hi - wk], [2]),
      r([2 * sum(x) + sum(w) - 3 * wk], [6]),
      r([WIDE_W - wk], [2]),
      r([lo + hi], [2]),
      r([2 * x[0]! + w[0]! - wk], [2]),
      r([lo + Math.max(...x) - wk], [2]),
    )
  },
  'align-right-selected-objects': (f) => {
    const x = figuresOf(f, 'x0', 'x1', 'x2')
    const w = figuresOf(f, 'w0', 'w1', 'w2')
    const k = n(f, 'k')
    const rights = x.map((v, i) => v + w[i]!)
    const hi = Math.max(...rights)
    const far = rights.indexOf(hi)
    return hund(
      hi - w[k]!,
      hi,
      x[far]!,
      WIDE_W - w[k]!,
      hi - w[far]!,
      x[k]! + 2 * (hi - rights[k]!),
      x[k]!,
    )
  },
  'align-center-to-slide': (f) => {
    const w = n(f, 'w')
    return hund(
      r([WIDE_W - w], [2]),
      ...(w < 1000 ? [r([1000 - w], [2])] : []),
      r([WIDE_W], [2]),
      WIDE_W - w,
      r([WIDE_W + w], [2]),
      ...(w < WIDE_H ? [r([WIDE_H - w], [2])] : []),
      ...(2 * w < WIDE_W ? [r([WIDE_W - 2 * w], [2])] : []),
    )
  },
  'distribute-vertically-middle-shape': (f) => {
    const [t0, t1, t2, h0, h1, h2] = figuresOf(f, 't0', 't1', 't2', 'h0', 'h1', 'h2')
    const free = t2 + h2 - t0 - (h0 + h1 + h2)
    return hund(
      t0 + h0 + r([free], [2]),
      r([t0 + t2], [2]),
      r([t0 + t2 + h2 - h1], [2]),
      t0 + h0 + r([free], [3]),
      t0 + r([t2 + h2 - t0 - h1], [2]),
      t1,
    )
  },
  'distribute-horizontally-gap': (f) => {
    const [c, left, right, s] = figuresOf(f, 'n', 'left', 'right', 'sum')
    const free = right - left - s
    return hund(
      r([free], [c - 1]),
      r([free], [c]),
      r([free], [c + 1]),
      r([right - left], [c - 1]),
      r([WIDE_W - s], [c - 1]),
      r([1000 - s], [c - 1]),
    )
  },
  'distribute-to-slide-second-left': (f) => {
    const [c, w, W] = figuresOf(f, 'n', 'w', 'W')
    const other = W === 1000 ? WIDE_W : 1000
    return hund(
      w + r([W - c * w], [c - 1]),
      r([W - c * w], [c - 1]),
      w + r([W - c * w], [c + 1]),
      r([W], [c]),
      w + r([W - c * w], [c]),
      r([W - w], [c - 1]),
      w + r([other - c * w], [c - 1]),
    )
  },
  'picture-fit-height': (f) => {
    const [pw, ph, bw, bh] = figuresOf(f, 'pw', 'ph', 'bw', 'bh')
    return hund(
      r([bw, ph], [pw]),
      bh,
      r([bw, pw], [ph]),
      r([ph, 100], [96]),
      r([bh, ph], [pw]),
      r([bw, 3], [4]),
    )
  },
  'crop-to-fill-each-side': (f) => {
    const [pw, ph, bw, bh] = figuresOf(f, 'pw', 'ph', 'bw', 'bh')
    const scaled = r([bh, pw], [ph])
    return hund(
      r([scaled - bw], [2]),
      scaled - bw,
      r([bh - r([bw, ph], [pw])], [2]),
      scaled,
      r([r([ph, 100], [96]) - bh], [2]),
      r([scaled - bw], [4]),
    )
  },
  'lock-aspect-ratio-height': (f) => {
    const [w, h, w2] = figuresOf(f, 'w', 'h', 'w2')
    return hund(r([h, w2], [w]), h, h + w2 - w, r([h, w], [w2]), r([w2, w], [h]), w2)
  },
  'picture-scale-percentage': (f) => {
    const [ow, oh, cw] = figuresOf(f, 'ow', 'oh', 'cw')
    return hund(
      r([cw, 10000], [ow]),
      r([ow, 10000], [cw]),
      Math.abs(r([cw - ow, 10000], [ow])),
      r([cw, 10000], [oh]),
      r([cw, 10000], [WIDE_W]),
      r([cw, cw, 10000], [ow, ow]),
    )
  },
  'column-grid-width': (f) => {
    const [c, m, g] = figuresOf(f, 'n', 'm', 'g')
    return hund(
      r([WIDE_W - 2 * m - (c - 1) * g], [c]),
      r([WIDE_W - 2 * m], [c]),
      r([WIDE_W - 2 * m - c * g], [c]),
      r([WIDE_W - m - (c - 1) * g], [c]),
      r([1000 - 2 * m - (c - 1) * g], [c]),
      r([WIDE_W], [c]),
    )
  },
  'centimetres-to-inches': (f) => {
    const c = n(f, 'c')
    return hund(
      r([c, 100], [254]),
      r([c, 254], [100]),
      c,
      r([c, 10], [254]),
      r([c, 100], [2835]),
      r([c, 72], [254]),
    )
  },
  'shape-centre-from-left': (f) => {
    const [x, w, h] = figuresOf(f, 'x', 'w', 'h')
    return hund(
      r([2 * x + w], [2]),
      x + w,
      r([w], [2]),
      x,
      r([2 * x + h], [2]),
      x + w + r([w], [2]),
    )
  },
  'custom-size-for-screen': (f) => {
    const [pxw, pxh, w] = figuresOf(f, 'pxw', 'pxh', 'w')
    return hund(
      r([w, pxh], [pxw]),
      r([w, pxw], [pxh]),
      750,
      r([pxh, 100], [96]),
      r([w, 9], [16]),
      r([pxh, 100], [72]),
    )
  },
}

// ---- Animation: a second timeline simulator, written as an event list, not the families' loop.
type Fx = { kind: string; delay: number; dur: number }
/** Effects 0..count−1 from the figures' s{i}, d{i}, t{i}. */
function effects(f: F, from = 0, count = 99): Fx[] {
  const out: Fx[] = []
  for (let i = from; f[`s${i}`] !== undefined && out.length < count; i++)
    out.push({ kind: String(f[`s${i}`]), delay: n(f, `d${i}`), dur: n(f, `t${i}`) })
  return out
}
/**
 * Each effect's [start, end] after a click at 0. `mode` is the misreading: `w2a` takes With
 * Previous as After Previous, `a2w` the reverse, `nodelay` drops delays, `lastonly` lets After
 * Previous wait for the effect listed just before it only.
 */
function timeline(fx: readonly Fx[], mode = ''): [number, number][] {
  const events: [number, number][] = []
  let anchor = 0
  fx.forEach((e, i) => {
    let kind = e.kind
    if (mode === 'w2a' && kind === 'with') kind = 'after'
    if (mode === 'a2w' && kind === 'after') kind = 'with'
    if (i > 0 && kind === 'after') {
      const ends = events.map(([, end]) => end)
      anchor = mode === 'lastonly' ? ends[ends.length - 1]! : Math.max(...ends)
    }
    const begin = anchor + (mode === 'nodelay' ? 0 : e.delay)
    events.push([begin, begin + e.dur])
  })
  return events
}
const finish = (fx: readonly Fx[], mode = '') => Math.max(...timeline(fx, mode).map(([, e]) => e))

const ANIMATION: Readonly<Record<string, (f: F) => Expect>> = {
  'stagger-delays-after-previous': (f) => {
    const [g, t, k] = figuresOf(f, 'g', 't', 'k')
    return hund(g - t, g, g + t, (k - 1) * g, t, r([g - t], [k - 1]))
  },
  'after-previous-chain-end': (f) => {
    const fx = effects(f)
    const all = sum(fx.map((e) => e.delay + e.dur))
    const last = fx[fx.length - 1]!
    return hund(
      all,
      sum(fx.map((e) => e.dur)),
      finish(fx, 'a2w'),
      all - fx[0]!.delay,
      last.delay + last.dur,
      all + fx[0]!.dur,
    )
  },
  'with-previous-group-end': (f) => {
    const fx = effects(f)
    return hund(
      finish(fx),
      finish(fx, 'w2a'),
      Math.max(...fx.map((e) => e.dur)),
      fx[0]!.delay + fx[0]!.dur,
      sum(fx.map((e) => e.delay)) + Math.max(...fx.map((e) => e.dur)),
      fx[2]!.delay + fx[2]!.dur,
    )
  },
  'start-of-fourth-effect': (f) => {
    const fx = effects(f)
    const at = (mode: string) => timeline(fx, mode)[3]![0]
    return hund(
      at(''),
      at('w2a'),
      at('a2w'),
      at('nodelay'),
      at('lastonly'),
      sum(fx.map((e) => e.delay)),
    )
  },
  'repeat-then-after-previous': (f) => {
    const [d, t, k, d2] = figuresOf(f, 'd', 't', 'r', 'd2')
    return hund(
      d + k * t + d2,
      d + t + d2,
      k * (d + t) + d2,
      k * t + d2,
      d + (k + 1) * t + d2,
      d + k * t,
      k * (d + t + d2),
    )
  },
  'clicks-to-next-slide': (f) => {
    const [c, a, all, trig] = figuresOf(f, 'c', 'a', 'n', 'trig')
    return whole(c + 1, c, all + 1, c + a + 1, c + trig + 1, c + trig + a + 1)
  },
  'after-previous-waits-for-group': (f) => {
    const fx = effects(f)
    const at = (mode: string) => timeline(fx, mode)[2]![0]
    return hund(
      at(''),
      at('lastonly'),
      at('w2a'),
      Math.max(fx[0]!.delay + fx[0]!.dur, fx[1]!.delay + fx[1]!.dur),
      fx[0]!.dur + fx[1]!.dur + fx[2]!.delay,
      at('nodelay'),
    )
  },
  'by-letter-total-time': (f) => {
    const [L, t, p] = figuresOf(f, 'letters', 't', 'p')
    return hund(
      t + r([L - 1, t, p], [100]),
      t,
      L * t,
      t + r([L, t, p], [100]),
      r([L - 1, t, p], [100]),
      t + (L - 1) * p,
    )
  },
  'by-paragraph-clicks': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    const key = {
      'As One Object': 1,
      'By 1st Level Paragraphs': a,
      'By 2nd Level Paragraphs': a + b,
    }[String(f.level) as 'As One Object']
    return whole(key, 1, a, a + b, key + 1, b)
  },
  'with-previous-delays-independent': (f) => {
    const [da, db, ta] = figuresOf(f, 'da', 'db', 'ta')
    return hund(db, da + db, da + ta + db, da, db - da, db + ta)
  },
  'stagger-delays-with-previous': (f) => {
    const [k, g, t] = figuresOf(f, 'k', 'g', 't')
    return hund((k - 1) * g, k * g, (k - 1) * (g + t), g, (k - 2) * g, (k - 1) * g + t)
  },
  'equal-delay-to-end-on-time': (f) => {
    const [c, t, T] = figuresOf(f, 'n', 't', 'target')
    return hund(
      r([T - c * t], [c]),
      r([T - c * t], [c - 1]),
      r([T], [c]),
      r([T - t], [c]),
      r([T - c * t], [c + 1]),
      T - c * t,
    )
  },
  'last-effect-after-presenter-clicks': (f) => {
    const [c1, c2] = figuresOf(f, 'c1', 'c2')
    const g1 = effects(f, 0, 2)
    const g2 = effects(f, 2, 2)
    const [l1, l2] = [finish(g1), finish(g2)]
    return hund(
      c2 + l2,
      c1 + l1 + l2,
      l1 + l2,
      c2 + g2[0]!.delay + g2[0]!.dur,
      c1 + c2 + l2,
      c2 + g2[0]!.dur + g2[1]!.dur,
    )
  },
  'automatic-build-after-transition': (f) => {
    const tr = n(f, 'tr')
    const fx = effects(f)
    const [a, b, c] = fx as [Fx, Fx, Fx]
    const auto = a.delay + a.dur + b.delay + b.dur
    return hund(
      tr + auto,
      auto,
      tr + auto + c.delay + c.dur,
      tr + a.dur + b.dur,
      tr + Math.max(a.delay + a.dur, b.delay + b.dur),
      tr + a.delay + a.dur,
      2 * tr + auto,
      tr + auto + c.delay,
    )
  },
  'watching-time-over-clicks': (f) => {
    const fx = effects(f)
    const groups = [fx.slice(0, 2), fx.slice(2, 4), fx.slice(4, 6)]
    const total = (mode: string) => sum(groups.map((g) => finish(g, mode)))
    return hund(
      total(''),
      total('w2a'),
      total('a2w'),
      sum(fx.map((e) => e.dur)),
      sum(fx.map((e) => e.dur + e.delay)),
      finish(groups[2]!),
    )
  },
}

// ---- Slide shows: a deck of slide records walked one by one, not counted by formula.
/** The deck's slides 1..count, each marked hidden or not. */
const deck = (count: number, hidden: readonly number[]) =>
  Array.from({ length: count }, (_, i) => ({ no: i + 1, hidden: hidden.includes(i + 1) }))
/** Seconds (hundredths) the slides in `slides` take, each its time plus a transition. */
const walk = (slides: readonly unknown[], each: number) => slides.reduce<number>((s) => s + each, 0)

const SHOW: Readonly<Record<string, (f: F) => Expect>> = {
  'number-to-type-for-a-hidden-slide': (f) => {
    const [s, x] = figuresOf(f, 's', 'x')
    const hidden = ints(f.hidden)
    // The slide at position p shows s + p − 1; walk the deck to find it.
    const at = deck(n(f, 'n'), hidden).find((d) => s + d.no - 1 === x)!
    const seen = deck(at.no, hidden).filter((d) => !d.hidden || d.no === at.no).length
    return whole(
      at.no,
      x,
      x - s,
      x + s - 1,
      seen,
      seen - 1,
      ...(seen + s - 1 !== at.no ? [seen + s - 1] : []),
    )
  },
  'slides-to-hide-for-a-shorter-loop': (f) => {
    const [c, a, t, limit] = figuresOf(f, 'n', 'a', 't', 'limit')
    const kept = down(limit, a + t)
    const loose = c - down(limit, a)
    const over = c * (a + t) - limit
    return whole(
      c - kept,
      ...(loose > 0 ? [loose] : []),
      c - up(limit, a + t),
      kept,
      up(over, a),
      up(over, a + 2 * t),
    )
  },
  'start-time-of-a-slide': (f) => {
    const [p, a, t] = figuresOf(f, 'p', 'a', 't')
    const earlier = deck(p - 1, ints(f.hidden)).filter((x) => !x.hidden)
    const b = earlier.length
    return hund(
      walk(earlier, a + t),
      (p - 1) * (a + t),
      walk(earlier, a),
      walk(earlier, a + t) + t,
      walk([...earlier, p], a + t),
      b * a + (b - 1) * t,
    )
  },
  'kiosk-mixed-transitions': (f) => {
    const [c, a] = figuresOf(f, 'n', 'a')
    const ts = ints(f.ts)
    const st = sum(ts)
    return hund(
      c * a + st,
      c * a,
      c * (a + ts[0]!),
      c * (a + Math.max(...ts)),
      c * a + st - ts[0]!,
      c * a + 2 * st,
      c * (a + Math.min(...ts)),
      c * a + st + a,
    )
  },
  'kiosk-loop-length': (f) => {
    const [c, a, t] = figuresOf(f, 'n', 'a', 't')
    const slides = deck(c, [])
    return hund(
      walk(slides, a + t),
      walk(slides, a),
      walk(slides, a) + (c - 1) * t,
      walk(slides, a + 2 * t),
      walk(slides, a) + t,
      walk(slides.slice(1), a + t),
      walk(deck(c + 1, []), a + t),
      walk(slides, a + t) + t,
    )
  },
  'kiosk-loop-with-hidden-slides': (f) => {
    const [c, h, a, t] = figuresOf(f, 'n', 'h', 'a', 't')
    const v = c - h
    return hund(v * (a + t), c * (a + t), v * a, c * a, v * a + (v - 1) * t, (v - 1) * (a + t))
  },
  'complete-loops-in-event': (f) => {
    const [c, a, t, mins] = figuresOf(f, 'n', 'a', 't', 'mins')
    const span = mins * 6000
    const loop = c * (a + t)
    return whole(
      down(span, loop),
      up(span, loop),
      down(span, c * a),
      down(span, a + t),
      down(span, c * (a + 2 * t)),
    )
  },
  'animations-hold-the-slide': (f) => {
    const t = n(f, 't')
    const rows = [0, 1, 2, 3].map((i) => [n(f, `a${i}`), n(f, `b${i}`)] as const)
    const add = (g: (a: number, b: number) => number) => sum(rows.map(([a, b]) => g(a, b)))
    return hund(
      add((a, b) => t + Math.max(a, b)),
      add((a) => t + a),
      add((a, b) => t + a + b),
      add((a, b) => Math.max(a, b)),
      add((a, b) => t + Math.min(a, b)),
      add((_, b) => t + b),
      add((a, b) => 2 * t + Math.max(a, b)),
    )
  },
  'number-on-slide-after-hidden': (f) => {
    const [c, s, k] = figuresOf(f, 'n', 's', 'k')
    const pos = deck(c, ints(f.hidden)).filter((x) => !x.hidden)[k - 1]!.no
    return whole(s + pos - 1, s + k - 1, pos, k, s + pos, s + c - 1)
  },
  'from-current-slide-time-left': (f) => {
    const [c, p, a, t] = figuresOf(f, 'n', 'p', 'a', 't')
    const hidden = ints(f.hidden)
    const rest = deck(c, hidden).filter((x) => x.no >= p)
    const shown = rest.filter((x) => !x.hidden)
    return hund(
      walk(shown, a + t),
      walk(rest, a + t),
      walk(shown.slice(1), a + t),
      walk(shown, a),
      (c - hidden.length) * (a + t),
      walk(shown, a + t) - t,
    )
  },
  'after-time-to-fit-a-slot': (f) => {
    const [c, h, t, slot] = figuresOf(f, 'n', 'h', 't', 'slot')
    const v = c - h
    return hund(
      r([slot - v * t], [v]),
      r([slot], [v]),
      r([slot - c * t], [c]),
      r([slot - (v - 1) * t], [v]),
      r([slot - v * t], [v - 1]),
      r([slot], [c]),
    )
  },
  'slide-on-screen-at-time': (f) => {
    const [c, a, t, x] = figuresOf(f, 'n', 'a', 't', 'x')
    const all = deck(c, ints(f.hidden))
    const shown = all.filter((s) => !s.hidden)
    // Step through the loop slide by slide until the clock passes x.
    const onAir = (slides: readonly { no: number }[], slot: number) => {
      let clock = 0
      let i = 0
      while (clock + slot <= x) {
        clock += slot
        i = (i + 1) % slides.length
      }
      return i
    }
    const key = onAir(shown, a + t)
    return whole(
      shown[key]!.no,
      shown[onAir(shown, a)]!.no,
      all[onAir(all, a + t)]!.no,
      all[onAir(all, a)]!.no,
      shown[(key + 1) % shown.length]!.no,
      down(x, a + t) + 1,
    )
  },
  'show-range-slide-count': (f) => {
    const [c, from, to] = figuresOf(f, 'n', 'from', 'to')
    const hidden = ints(f.hidden)
    const range = deck(c, hidden).filter((x) => x.no >= from && x.no <= to)
    const inside = range.filter((x) => x.hidden).length
    return whole(
      range.length - inside,
      range.length,
      to - from - inside,
      c - hidden.length,
      range.length - hidden.length,
      to - inside,
    )
  },
  'numbers-seen-with-title-option': (f) => {
    const [c, T, H] = figuresOf(f, 'n', 'titles', 'hidden')
    return whole(c - T - H, c - T, c - H, c, c - T - H - 1, c - 1 - H)
  },
  'custom-show-duration': (f) => {
    const t = n(f, 't')
    const picked = ints(f.picked)
    const times = ints(f.times)
    const run = (slides: readonly number[]) => sum(slides.map((s) => times[s - 1]! + t))
    const first = picked[0]!
    const last = picked[picked.length - 1]!
    const span = times.map((_, i) => i + 1).filter((s) => s >= first && s <= last)
    return hund(
      run(picked),
      run(span),
      run(picked) - picked.length * t,
      run(times.map((_, i) => i + 1)),
      run([1, 2, 3, 4]),
      run(picked) - t,
    )
  },
  'click-or-after-whichever-first': (f) => {
    const [t, a, c] = figuresOf(f, 't', 'a', 'c')
    const timer = t + a
    return hund(
      Math.min(c, timer),
      Math.max(c, timer),
      timer,
      c + t,
      Math.min(c, a),
      c,
      a,
      ...(c > t ? [c - t] : []),
    )
  },
}

// ---- Masters and themes: the size lists typed again, hex read digit by digit.
const STEPS = [
  8, 9, 10, 10.5, 11, 12, 14, 16, 18, 20, 24, 28, 32, 36, 40, 44, 48, 54, 60, 66, 72, 80, 88, 96,
]
const HEX = '0123456789ABCDEF'

const MASTER: Readonly<Record<string, (f: F) => Expect>> = {
  'font-size-in-screen-pixels': (f) => {
    const [size, ppi] = figuresOf(f, 'f', 'ppi')
    const h = size * 100
    return hund(
      r([h, ppi], [72]),
      h,
      r([h, 72], [ppi]),
      r([h, 96], [72]),
      r([h, ppi], [100]),
      r([h, ppi, 2], [72]),
      r([h, ppi, 100], [2835]),
    )
  },
  'master-change-reaches-which-slides': (f) => {
    const [n1, d1, n2, d2] = figuresOf(f, 'n1', 'd1', 'n2', 'd2')
    return whole(n1 - d1, n1 + n2, n1 + n2 - d1 - d2, n1, n2 - d2, d1 + d2)
  },
  'size-after-reset': (f) => {
    const [m, l, d, ls] = figuresOf(f, 'm', 'l', 'd', 'layoutSets')
    return hund((ls ? l : m) * 100, d * 100, (ls ? m : l) * 100, 1800, (m + d) * 50)
  },
  'master-title-change-through-layouts': (f) => {
    const [m0, m1, l, d, direct] = figuresOf(f, 'm0', 'm1', 'l', 'd', 'direct')
    return hund(
      (direct ? d : l) * 100,
      m1 * 100,
      m0 * 100,
      (direct ? l : r([l, m1], [m0])) * 100,
      (l + m1 - m0) * 100,
    )
  },
  'autofit-shrink-size': (f) => {
    const [size, s, lsr] = figuresOf(f, 'f', 's', 'lsr')
    const h = size * 100
    return hund(
      r([h, s], [1000]),
      h,
      r([h, 1000 - s], [1000]),
      r([h, s, s], [1000, 1000]),
      r([h, s, 100 - lsr], [1000, 100]),
      r([h, 100 - lsr], [100]),
      r([h, 2000 - s], [1000]),
    )
  },
  'theme-tint-luminance': (f) => {
    const [l, x, lighter] = figuresOf(f, 'l', 'x', 'lighter')
    const towardsWhite = l + r([10000 - l, x], [100])
    const scaledDown = r([l, 100 - x], [100])
    return lighter
      ? hund(
          towardsWhite,
          ...(l + 100 * x < 10000 ? [l + 100 * x] : []),
          scaledDown,
          100 * x,
          r([10000 - l, x], [100]),
          r([l, 100 + x], [100]),
        )
      : hund(
          scaledDown,
          ...(l > 100 * x ? [l - 100 * x] : []),
          towardsWhite,
          100 * x,
          r([l, x], [100]),
          r([l, 100], [100 + x]),
        )
  },
  'footer-shown-count': (f) => {
    const [c, T, C] = figuresOf(f, 'n', 'titles', 'custom')
    return whole(c - T - C, c - T, c - C, c, c - T - C - 1, C)
  },
  'line-pitch-in-points': (f) => {
    const [size, m] = figuresOf(f, 'f', 'm')
    return hund(
      r([size, 120, m], [100]),
      size * m,
      size * 120,
      r([size, 120, m, 96], [7200]),
      size * 100 + r([size, 100, m], [100]),
      size * 120 + m * 100,
    )
  },
  'theme-fonts-change-count': (f) => {
    const [h, b, d] = figuresOf(f, 'h', 'b', 'd')
    return whole(h + b, h + b + d, h, b, d, h + d)
  },
  'colour-variant-change-count': (f) => {
    const [a, t, c, p] = figuresOf(f, 'a', 't', 'c', 'p')
    return whole(a + t, a, a + t + c, a + t + c + p, a + c, t, c + p, a + t + p)
  },
  'hex-to-rgb-channel': (f) => {
    const rgb = figuresOf(f, 'r', 'g', 'b')
    const ch = n(f, 'ch')
    const v = rgb[ch]!
    const pair = HEX[Math.floor(v / 16)]! + HEX[v % 16]!
    const back = HEX.indexOf(pair[1]!) * 16 + HEX.indexOf(pair[0]!)
    const decimal = /^[0-9]{2}$/.test(pair) ? [Number(pair)] : []
    return whole(
      v,
      rgb[(ch + 1) % 3]!,
      rgb[(ch + 2) % 3]!,
      ...decimal,
      ...(back !== v ? [back] : []),
      ...(decimal.length === 0 ? [Math.floor(v / 16) * 10 + (v % 16)] : []),
    )
  },
  'demote-bullet-size': (f) => {
    const sizes = [...figuresOf(f, 's0', 's1', 's2'), 18, 16]
    const [k, j] = figuresOf(f, 'k', 'j')
    return hund(
      sizes[k + j - 1]! * 100,
      sizes[k - 1]! * 100,
      ...(j === 2 ? [sizes[k]! * 100] : []),
      ...(k - j >= 1 ? [sizes[k - j - 1]! * 100] : []),
      (sizes[k - 1]! - 4 * j) * 100,
      sizes[Math.min(4, k + j)]! * 100,
    )
  },
  'background-graphic-shown-count': (f) => {
    const [on, hl, hs] = figuresOf(f, 'on', 'hideLayout', 'hideSlide')
    return whole(on - hs, on, on + hl - hs, on + hl, on - hs - hl, hs + hl)
  },
  'increase-font-size-steps': (f) => {
    const [i, k, upward] = figuresOf(f, 'i', 'k', 'up')
    const at = (j: number) => Math.round(STEPS[j < 0 ? 0 : Math.min(j, STEPS.length - 1)]! * 100)
    const dir = upward ? 1 : -1
    const s = at(i)
    return hund(
      at(i + dir * k),
      s + dir * 100 * k,
      s + dir * 200 * k,
      at(i + dir * (k - 1)),
      at(i - dir * k),
      at(i + dir * 2 * k),
    )
  },
  'paragraph-block-height': (f) => {
    const [p, size, after] = figuresOf(f, 'p', 'f', 'after')
    const lines = p * size * 120
    const gaps = (p - 1) * after * 100
    return hund(
      lines + gaps + 720,
      lines + gaps,
      lines + p * after * 100 + 720,
      p * size * 100 + gaps + 720,
      lines + gaps + 360,
      lines + gaps + 1000,
    )
  },
}

// ---- Output: page and pixel counts worked from parsed ranges and exact fractions.
/** The slides a typed range like `1-3,7` names, and how many numbers it holds. */
function parseRange(text: string): { slides: number[]; typed: number; parts: [number, number][] } {
  const parts = text.split(',').map((p) => {
    const [a, b] = p.split('-').map(Number) as [number, number | undefined]
    return [a, b ?? a] as [number, number]
  })
  const slides: number[] = []
  for (const [a, b] of parts) for (let s = a; s <= b; s++) slides.push(s)
  return { slides, typed: text.split(/[,-]/).length, parts }
}
const NEXT_LAYOUT: Readonly<Record<number, number>> = { 2: 3, 3: 4, 4: 6, 6: 9 }
const LAYOUTS = [1, 2, 3, 4, 6, 9]

const OUTPUT: Readonly<Record<string, (f: F) => Expect>> = {
  'export-height-from-width': (f) => {
    const [w, wide] = figuresOf(f, 'w', 'wide')
    const [own, other] = wide
      ? [
          [9, 16],
          [3, 4],
        ]
      : [
          [3, 4],
          [9, 16],
        ]
    return whole(
      r([w, own[0]!], [own[1]!]),
      r([w, other[0]!], [other[1]!]),
      r([w, own[1]!], [own[0]!]),
      720,
      r([w, 10], [16]),
    )
  },
  'video-frame-count': (f) => {
    const [d, fps] = figuresOf(f, 'd', 'fps')
    return whole(
      r([d, fps], [100]),
      r([d, 30], [100]),
      r([d, 60], [100]),
      r([d], [100]),
      r([d, 24], [100]),
    )
  },
  'export-image-pixels': (f) => {
    const [wn, wd, on, od, dpi] = figuresOf(f, 'wn', 'wd', 'on', 'od', 'dpi')
    const width = f.side === 'width'
    return whole(
      r([wn, dpi], [wd]),
      r([wn, 72], [wd]),
      r([on, dpi], [od]),
      r([wn, 96], [wd]),
      ...(width && wn === 40 ? [10 * dpi] : []),
      ...(width && wn !== 40 ? [r([40, dpi], [3])] : []),
      r([wn, dpi, 254], [wd, 100]),
    )
  },
  'resolution-for-target-width': (f) => {
    const p = n(f, 'p')
    return whole(
      r([p, 3], [40]),
      r([p], [10]),
      r([p, 2], [15]),
      r([p], [16]),
      r([p, 300], [10160]),
      r([p, 3, 72], [40, 96]),
    )
  },
  'handout-pages': (f) => {
    const [c, h, k] = figuresOf(f, 'n', 'h', 'k')
    const v = c - h
    return whole(
      up(v, k),
      up(c, k),
      down(v, k),
      v,
      ...(k < 9 ? [up(v, NEXT_LAYOUT[k]!)] : []),
      down(c, k),
    )
  },
  'empty-frames-on-last-handout': (f) => {
    const [c, h, k] = figuresOf(f, 'n', 'h', 'k')
    const v = c - h
    const pad = (x: number) => (k - (x % k)) % k
    return whole(pad(v), v % k, pad(c), k - 1, pad(v) + h, c % k, up(v, k))
  },
  'print-range-slide-count': (f) => {
    const { slides, typed, parts } = parseRange(String(f.range))
    const h = ints(f.hidden).length
    const ends = sum(parts.map(([a, b]) => (a === b ? 1 : b - a)))
    return whole(
      slides.length - h,
      slides.length,
      ends - h,
      parts[parts.length - 1]![1] - parts[0]![0] + 1 - h,
      typed - h,
      n(f, 'n') - h,
    )
  },
  'notes-pages-sheets-duplex': (f) => {
    const [p, c] = figuresOf(f, 'p', 'c')
    return whole(c * up(p, 2), c * p, up(c * p, 2), c * down(p, 2), up(p, 2), c * up(p, 4))
  },
  'video-export-duration': (f) => {
    const [c, h, s, t] = figuresOf(f, 'n', 'h', 's', 't')
    const rec = ints(f.rec)
    const v = c - h
    const timed = rec.length
    return hund(
      sum(rec) + (v - timed) * s + v * t,
      sum(rec) + (v - timed) * s,
      sum(rec) + (c - timed) * s + c * t,
      v * (s + t),
      sum(rec) + v * s + v * t,
      sum(rec) + timed * t,
    )
  },
  'compress-pictures-pixels': (f) => {
    const [w, ppi, orig] = figuresOf(f, 'w', 'ppi', 'orig')
    return whole(
      r([w, ppi], [100]),
      orig,
      r([w, 96], [100]),
      r([w, 72], [100]),
      r([w, ppi], [254]),
      r([orig, ppi], [330]),
    )
  },
  'points-to-export-pixels': (f) => {
    const [w, dpi] = figuresOf(f, 'w', 'dpi')
    return whole(
      r([w, dpi], [72]),
      w,
      r([w, dpi], [96]),
      r([w, 96], [72]),
      r([w, 72], [dpi]),
      w * dpi,
      r([w, dpi, 96], [72, 72]),
      r([w, dpi, 254], [7200]),
    )
  },
  'scale-to-fit-paper': (f) => {
    const [pw, ph, m] = figuresOf(f, 'pw', 'ph', 'm')
    const [aw, ah] = [pw - 2 * m, ph - 2 * m]
    // Compare the two scales aw ÷ (40/3) and ah ÷ (15/2) by cross-multiplying in BigInt.
    const byWidth = B(aw) * 3n * 15n <= B(ah) * 2n * 40n
    const fromH = r([ah, 40, 2], [3, 15])
    return hund(byWidth ? aw : fromH, pw, byWidth ? fromH : aw, r([ah, 4], [3]), pw - m, WIDE_W)
  },
  'handout-layout-to-fit-pages': (f) => {
    const [c, pages] = figuresOf(f, 'n', 'pages')
    const idx = LAYOUTS.findIndex((k) => up(c, k) <= pages)
    const key = LAYOUTS[idx]!
    return whole(
      key,
      ...(up(c, pages) !== key ? [up(c, pages)] : []),
      ...(idx > 0 ? [LAYOUTS[idx - 1]!] : []),
      9,
      ...(idx < 5 ? [LAYOUTS[idx + 1]!] : []),
      down(c, pages),
    )
  },
  'export-pixels-custom-cm': (f) => {
    const [wcm, dpi] = figuresOf(f, 'wcm', 'dpi')
    return whole(
      r([wcm, dpi], [254]),
      r([wcm, dpi], [100]),
      r([wcm, dpi, 254], [10000]),
      r([wcm, 72], [254]),
      r([wcm, 96], [254]),
      r([wcm, dpi], [2540]),
    )
  },
  'effective-picture-resolution': (f) => {
    const [p, w] = figuresOf(f, 'p', 'w')
    return whole(
      r([p, 100], [w]),
      r([p, 3], [40]),
      r([p, 100], [r([w, 254], [100])]),
      r([w, 96], [100]),
      r([p, 7200], [w, 96]),
      r([p, 100], [w, 2]),
    )
  },
  'handout-pages-for-range': (f) => {
    const { slides, typed } = parseRange(String(f.range))
    const [k, c] = figuresOf(f, 'k', 'n')
    const v = slides.length - 1
    return whole(up(v, k), up(v + 1, k), v, down(v, k), up(c - 1, k), up(typed - 1, k))
  },
}

const SECOND: Readonly<Record<string, (f: F) => Expect>> = {
  ...GEOMETRY,
  ...ANIMATION,
  ...SHOW,
  ...MASTER,
  ...OUTPUT,
}

describeEngineIndependent('Microsoft PowerPoint scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    second: SECOND,
    route: 'BigInt, a timeline simulator and a slide walker',
    digest,
    models: MSPPT_MODELS,
    engines,
  })
})
