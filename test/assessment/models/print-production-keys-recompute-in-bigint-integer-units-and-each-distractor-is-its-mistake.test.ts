import { afterAll, expect } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { COLOUR_FAMILIES } from '../../../src/assessment/models/print/colour-families.js'
import { IMPOSE_FAMILIES } from '../../../src/assessment/models/print/impose-families.js'
import { PAPER_FAMILIES } from '../../../src/assessment/models/print/paper-families.js'
import { PRINT_MODELS } from '../../../src/assessment/models/print/print-models.js'
import type { PrintScenario } from '../../../src/assessment/models/print/print-text.js'
import { QUOTE_FAMILIES } from '../../../src/assessment/models/print/quote-families.js'
import { SETUP_FAMILIES } from '../../../src/assessment/models/print/setup-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...SETUP_FAMILIES,
  ...IMPOSE_FAMILIES,
  ...PAPER_FAMILIES,
  ...COLOUR_FAMILIES,
  ...QUOTE_FAMILIES,
]
const DRAWS = 150
const DRAWN = drawFamilies<PrintScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Integer arithmetic in BigInt, nothing shared with the families: R rounds half away from
// zero, F floors, C ceils; every quotient below is of whole numbers.
const big = (x: number) => BigInt(x)
function R(num: number | bigint, den: number | bigint): number {
  const [a, b] = [BigInt(num), BigInt(den)]
  const neg = a < 0n !== b < 0n
  const [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b]
  const r = (2n * x + y) / (2n * y)
  return Number(neg ? -r : r)
}
function F(num: number | bigint, den: number | bigint): number {
  const [a, b] = [BigInt(num), BigInt(den)]
  const q = a / b
  return Number(a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q)
}
const C = (num: number | bigint, den: number | bigint) => -F(-BigInt(num), den)

// ---- Text as the options print it, built by string work, not Intl.
function group(whole: bigint): string {
  return whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
/** An integer `v` in units of 10^-dp shown to `dp` places, grouped unless `plain`. */
function dec(v: number, dp: number, plain = false): string {
  if (!Number.isInteger(v)) return `not a whole number of units: ${v}`
  const sign = v < 0 ? '-' : ''
  const a = big(Math.abs(v))
  const scale = 10n ** big(dp)
  const whole = plain ? (a / scale).toString() : group(a / scale)
  return dp === 0
    ? `${sign}${whole}`
    : `${sign}${whole}.${(a % scale).toString().padStart(dp, '0')}`
}
/** A count with its unit, singular for one: `1 sheet`, `1 copy`. */
const one = (u: string) => (u.endsWith('ies') ? `${u.slice(0, -3)}y` : u.replace(/s$/, ''))
const unit =
  (u: string, dp = 0) =>
  (v: number) =>
    `${dec(v, dp)} ${v === 1 && dp === 0 ? one(u) : u}`
const mm = unit('mm')
const mm1 = unit('mm', 1)
const mm2 = unit('mm', 2)
const inch = unit('in', 3)
const ppi = unit('ppi')
const px = unit('px')
const lb = unit('lb')
const gsm = unit('gsm')
const grams = unit('g')
const PPI = unit('PPI')
const pts = unit('points')
const sheets = unit('sheets')
const pages = unit('pages')
const plates = unit('plates')
const copies = unit('copies')
const pct = (v: number) => `${dec(v, 0)}%`
const pct1 = (v: number) => `${dec(v, 1, true)}%`
const pt = (v: number) => `${dec(v, 2, true)} pt`
const mp = (v: number) => `${dec(v, 1, true)} MP`
const kg = (v: number) => `${dec(v, 1, true)} kg`
const money = (c: number) => dec(c, 2)
const digest = (t: string) => t.replace(/[€$£]/g, '')

type Fig = Readonly<Record<string, number | string>>
interface Expect {
  readonly key: string
  /** Every declared mistake in order; undefined for a case table, whose texts are checked apart. */
  readonly wrong?: readonly string[]
}
const as = (show: (v: number) => string, key: number, ...wrong: number[]): Expect => ({
  key: show(key),
  wrong: wrong.map(show),
})
const n = (f: Fig, k: string) => Number(f[k])

// ISO 216 by a table built again here: each size's sides from the one before.
function series(s0: number, l0: number, upTo: number, halve: (x: number) => number) {
  const out: [number, number][] = [[s0, l0]]
  for (let i = 1; i <= upTo + 1; i++) {
    const [s, l] = out[i - 1]!
    out.push([halve(l), s])
  }
  return out
}
const down = (x: number) => F(x, 2)
const upH = (x: number) => C(x, 2)
const A = series(841, 1189, 10, down)
const B = series(1000, 1414, 10, down)
const Aup = series(841, 1189, 10, upH)
const Bup = series(1000, 1414, 10, upH)
const fitCount = (aw: number, ah: number, w: number, h: number) =>
  Math.max(F(aw, w) * F(ah, h), F(aw, h) * F(ah, w))

const SETUP: Readonly<Record<string, (f: Fig) => Expect>> = {
  'iso-trim-with-bleed-mm': (f) => {
    const [t, b, s] = [n(f, 't'), n(f, 'b'), n(f, 's')]
    return as(mm, t + 2 * b, t + b, t, t + 4 * b, t + 2 * b + 2 * s, t - 2 * s, t + 2 * b - 2 * s)
  },
  'us-trim-with-bleed-inches': (f) => {
    const [t, b, s] = [n(f, 't'), n(f, 'b'), n(f, 's')]
    return as(inch, t + 2 * b, t + b, t, t + 4 * b, t + 2 * b + 2 * s, t - 2 * s)
  },
  'live-area-inside-safe-margin': (f) => {
    const [t, s, b] = [n(f, 't'), n(f, 's'), n(f, 'b')]
    return as(mm, t - 2 * s, t - s, t + 2 * b - 2 * s, t - 2 * s - 2 * b, t + 2 * b, t)
  },
  'iso-a-series-short-side': (f) => {
    const k = n(f, 'n')
    return as(mm, A[k]![0], Aup[k]![0], A[k - 1]![0], A[k + 1]![0], B[k]![0], F(841, 2 ** k))
  },
  'iso-b-series-long-side': (f) => {
    const k = n(f, 'n')
    return as(
      mm,
      B[k]![1],
      Bup[k]![1],
      B[k]![0],
      B[k + 1]![1],
      B[k - 1]![1],
      A[k]![1],
      A[k - 1]![1],
      B[k - 2]![1],
      F(1414, 2 ** k),
    )
  },
  'effective-ppi-after-scaling': (f) => {
    const [nat, s] = [n(f, 'native'), n(f, 'scale')]
    return as(
      ppi,
      R(nat * 100, s),
      R(nat * s, 100),
      nat,
      nat - s + 100,
      R(nat * 100, 2 * s),
      R(7200, s),
    )
  },
  'effective-ppi-from-placed-width': (f) => {
    const [p, w, b] = [n(f, 'px'), n(f, 'w'), n(f, 'b')]
    return as(
      ppi,
      R(p * 254, w * 10),
      R(p * 10, w),
      R(p * 254, (w - 2 * b) * 10),
      R(p * 25, w),
      R(p * 254, (w + 2 * b) * 10),
      R(p * 254, w * 100),
    )
  },
  'pixels-needed-with-bleed': (f) => {
    const [t, r] = [n(f, 't'), n(f, 'ppi')]
    const at = (len: number, res: number) => C(len * res, 1000)
    return as(
      px,
      at(t + 250, r),
      at(t, r),
      at(t + 125, r),
      at(t + 250, 72),
      at(t + 250, 150),
      at(t + 500, r),
    )
  },
  'pixels-from-line-screen': (f) => {
    const [l, w] = [n(f, 'lpi'), n(f, 'w')]
    return as(
      px,
      C(2 * l * w, 1000),
      C(l * w, 1000),
      C(300 * w, 1000),
      C(3 * l * w, 2000),
      C(4 * l * w, 1000),
      C(2 * l * w * 100, 254_000),
    )
  },
  'largest-print-at-minimum-ppi': (f) => {
    const [p, m] = [n(f, 'px'), n(f, 'min')]
    const at = (r: number) => F(p * 254, r * 10)
    return as(mm, at(m), at(72), at(2 * m), F(p * 10, m), F(p * 254, m * 100), at(F(m, 2)))
  },
  'largest-scale-percent': (f) => {
    const [nat, m] = [n(f, 'native'), n(f, 'min')]
    return as(
      (v) => `${v}%`,
      F(nat * 100, m),
      F(m * 100, nat),
      100 + F((nat - m) * 100, nat),
      100 + nat - m,
      F(nat * 100, 300),
      F(nat * 200, m),
    )
  },
  'bleed-in-points': (f) => {
    const b = n(f, 'b')
    return as(
      pt,
      R(b * 72000, 254),
      R(b * 25400, 720),
      R(b * 72000, 2540),
      R(b * 722700, 2540),
      R(b * 7200, 25),
      R(b * 720000, 254),
      R(b * 72000, 254 * 12),
    )
  },
  'spread-document-width': (f) => {
    const [w, h, b] = [n(f, 'w'), n(f, 'h'), n(f, 'b')]
    return as(mm, 2 * w + 2 * b, 2 * w + 4 * b, 2 * w, w + 2 * b, 2 * h + 2 * b, 2 * w + b)
  },
  'scaled-artwork-ppi': (f) => {
    const [k, r] = [n(f, 'k'), n(f, 'ppi')]
    return as(ppi, r * k, R(r, k), r, r * k * k, 300 * k, r + 100 * k)
  },
  'fill-frame-effective-ppi': (f) => {
    const [pw, ph, fw, fh, w, h] = figuresOf(f, 'pw', 'ph', 'fw', 'fh', 'w', 'h')
    const lo = (a: number, b: number, c: number, d: number) => Math.min(F(a, b), F(c, d))
    return as(
      ppi,
      lo(pw * 254, fw * 10, ph * 254, fh * 10),
      Math.max(F(pw * 254, fw * 10), F(ph * 254, fh * 10)),
      lo(pw * 254, w * 10, ph * 254, h * 10),
      lo(pw * 10, fw, ph * 10, fh),
      F(pw * 254 * fh + ph * 254 * fw, 2 * fw * fh * 10),
    )
  },
  'megapixels-for-print': (f) => {
    const [w, h, r] = [n(f, 'w'), n(f, 'h'), n(f, 'ppi')]
    const m = (pixels: bigint) => R(pixels, 100_000)
    const all = big(w * h) * big(r * r)
    return as(
      mp,
      m(all),
      m(
        (big(R(all, 1n)) * 1_000_000n) / 1_048_576n === 0n
          ? 0n
          : big(R(all * 1_000_000n, 1_048_576n)),
      ),
      m(all / 4n),
      m(big(w * h) * big(72 * 72)),
      m(all * 4n),
      m((big(4 * w + 1) * big(4 * h + 1) * big(r * r)) / 16n),
    )
  },
  'fit-page-onto-another-size': (f) => {
    const [fw, fh, tw, th] = figuresOf(f, 'fw', 'fh', 'tw', 'th')
    const t = (a: number, b: number) => F(a * 1000, b)
    return as(
      pct1,
      Math.min(t(tw, fw), t(th, fh)),
      Math.max(t(tw, fw), t(th, fh)),
      t(tw * th, fw * fh),
      Math.min(t(fw, tw), t(fh, th)),
      500,
      t(tw + th, fw + fh),
    )
  },
}

const IMPOSE: Readonly<Record<string, (f: Fig) => Expect>> = {
  'n-up-with-gripper-and-bleed': (f) => {
    const [sw, sh, w, h, g, b] = figuresOf(f, 'sw', 'sh', 'w', 'h', 'g', 'b')
    const [cw, ch, ah] = [w + 2 * b, h + 2 * b, sh - g]
    return as(
      (v) => `${v}-up`,
      fitCount(sw, ah, cw, ch),
      fitCount(sw, sh, cw, ch),
      fitCount(sw, ah, w, h),
      F(sw * ah, cw * ch),
      F(sw, cw) * F(ah, ch),
      fitCount(sw, sh - 2 * g, cw, ch),
      fitCount(sw, ah, w + b, h + b),
      fitCount(sw - g, sh, cw, ch),
      fitCount(sw - g, sh - g, cw, ch),
      fitCount(sw - 2 * b, ah - 2 * b, cw, ch),
      fitCount(sw, sh, w, h),
      fitCount(sw, ah, w + 4 * b, h + 4 * b),
      F(sw * ah, w * h),
      2 * fitCount(sw, ah, cw, ch),
    )
  },
  'sheets-with-overs-percent': (f) => {
    const [up, q, p] = [n(f, 'n'), n(f, 'q'), n(f, 'p')]
    const net = C(q, up)
    return as(
      sheets,
      C(net * (100 + p), 100),
      net,
      C(q * (100 + p), 100),
      net + p,
      C(net * 100, 100 - p),
      C(q, 2 * up),
      C(net * (100 + 2 * p), 100),
    )
  },

  'saddle-stitch-text-sheets': (f) => {
    const [p, q] = [n(f, 'p'), n(f, 'q')]
    return as(
      sheets,
      (q * p) / 4,
      (q * (p + 4)) / 4,
      (q * p) / 2,
      (q * p) / 8,
      (q * (p - 4)) / 4,
      q * p,
    )
  },
  'signature-padding-blanks': (f) => {
    const [s, p] = [n(f, 's'), n(f, 'p')]
    const pad = (m: number) => C(p, m) * m - p
    return as(pages, pad(s), p % s, pad(4), pad(2 * s), pad(s / 2), s, C(p, s) * s)
  },
  'signatures-needed': (f) => {
    const [s, p] = [n(f, 's'), n(f, 'p')]
    return as(unit('signatures'), C(p, s), F(p, s), C(p, 2 * s), C(p, s / 2), C(p, 4), C(p, 8))
  },
  'creep-of-centre-spread': (f) => {
    const [k, c] = [n(f, 'n'), n(f, 'cal')]
    return as(
      mm2,
      ((k - 1) * c) / 10,
      (k * c) / 10,
      ((4 * k - 1) * c) / 10,
      ((2 * k - 1) * c) / 10,
      R((k - 1) * c, 20),
      ((k - 1) * c) / 5,
    )
  },
  'creep-of-sheet-k': (f) => {
    const [sh, k, c] = [n(f, 'n'), n(f, 'k'), n(f, 'cal')]
    return as(
      mm2,
      ((k - 1) * c) / 10,
      (k * c) / 10,
      ((sh - k) * c) / 10,
      ((sh - 1) * c) / 10,
      ((2 * k - 1) * c) / 10,
      ((k - 1) * c) / 5,
    )
  },
  'parent-sheets-to-order': (f) => {
    const [up, q, p, c] = [n(f, 'n'), n(f, 'q'), n(f, 'p'), n(f, 'c')]
    const press = C(C(q, up) * (100 + p), 100)
    return as(
      sheets,
      C(press, c),
      press,
      press * c,
      C(C(q, up), c),
      C(C(q * (100 + p), 100), c),
      C(C(q, up * c) * (100 + p), 100),
      C(C(q, up) + p, c),
      C(q, c),
    )
  },
  'make-ready-plus-run-spoilage': (f) => {
    const [up, q, m, p] = [n(f, 'n'), n(f, 'q'), n(f, 'm'), n(f, 'p')]
    const net = C(q, up)
    return as(
      sheets,
      net + m + C(net * p, 100),
      net + C(net * p, 100),
      net + m,
      net + C((net + m) * p, 100) + m,
      q + m + C(q * p, 100),
      net + m + C(q * p, 100),
      net + m * up + C(net * p, 100),
      C((net + m) * (100 + p), 100),
    )
  },
  'pages-per-signature-sheet': (f) => {
    const [a, d] = [n(f, 'across'), n(f, 'down')]
    const side = a * d
    return as(pages, 2 * side, side, 4 * side, a + d, side / 2, 2 * (a + d), 8 * side, side + 2)
  },
  'plates-for-sheetwise-signatures': (f) => {
    const [s, p, c] = [n(f, 's'), n(f, 'p'), n(f, 'c')]
    return as(
      plates,
      (p / s) * 2 * c,
      (p / s) * c,
      (p / s) * 2,
      p * c,
      p / s,
      2 * c,
      (2 * p * 2 * c) / s,
      (p / s) * 8,
    )
  },
  'stock-on-hand-copies': (f) => {
    const [st, up, p] = [n(f, 'stock'), n(f, 'n'), n(f, 'p')]
    const pieces = unit('pieces')
    return as(
      pieces,
      F(st * 100, 100 + p) * up,
      st * up,
      F(st * (100 - p), 100) * up,
      F(st * 100, 100 + p),
      F(st * (100 + p), 100) * up,
    )
  },
  'printer-spread-partner-page': (f) => {
    const [t, k] = [n(f, 'total'), n(f, 'k')]
    const pg = (v: number) => `page ${v}`
    const half = t / 2 + k > t ? k - t / 2 : t / 2 + k
    return as(pg, t + 1 - k, k % 2 === 0 ? k + 1 : k - 1, t - k, half, k % 2 === 1 ? k + 1 : k - 1)
  },
  'sheet-carrying-a-page': (f) => {
    const [sh, k] = [n(f, 'n'), n(f, 'k')]
    const t = sh * 4
    const inner = Math.min(k, t + 1 - k)
    const s = (v: number) => `sheet ${v}`
    return as(
      s,
      C(inner, 2),
      C(k, 4),
      C(k, 2),
      sh + 1 - C(inner, 2),
      C(inner, 4),
      C(t + 1 - inner, 2),
      inner,
    )
  },
  'copies-from-a-ream-count': (f) => {
    const [q, up, p] = [n(f, 'q'), n(f, 'n'), n(f, 'p')]
    const net = C(q, up)
    const wo = C(net * (100 + p), 100)
    return as(
      unit('reams'),
      C(wo, 500),
      F(wo, 500),
      C(net, 500),
      C(C(q * (100 + p), 100), 500),
      C(wo, 250),
      C(2 * wo, 500),
      C(q, 500),
      C(wo, 1000),
    )
  },
}

const FACT = [6757, 3698, 2660] as const
const PAPER: Readonly<Record<string, (f: Fig) => Expect>> = {
  'gsm-to-text-basis-weight': (f) => {
    const g = n(f, 'g')
    return as(
      lb,
      R(g * FACT[0], 10000),
      R(g * FACT[1], 10000),
      R(g * FACT[2], 10000),
      R(g * 10000, FACT[0]),
      g,
      R(g * 10000, FACT[1]),
    )
  },
  'basis-weight-to-gsm': (f) => {
    const [p, fa, other] = [n(f, 'p'), n(f, 'f'), n(f, 'other')]
    // The drawn grade's factor is cover's or bond's, and the other one is the other.
    expect([fa, other].sort()).toEqual([FACT[1], FACT[2]].sort())
    return as(
      gsm,
      R(p * 10000, fa),
      R(p * 10000, FACT[0]),
      R(p * fa, 10000),
      p,
      R(p * 10000, other),
      R(p * 10000, fa * 2),
    )
  },
  'text-to-cover-equivalent': (f) => {
    const t = n(f, 't')
    return as(
      lb,
      R(t * FACT[1], FACT[0]),
      R(t * FACT[0], FACT[1]),
      t,
      R(t * FACT[2], FACT[0]),
      R(2 * t * FACT[1], FACT[0]),
      R(t * FACT[2], FACT[1]),
      R(t * 10000, FACT[0]),
    )
  },
  'spine-from-pages-per-inch': (f) => {
    const [p, r] = [n(f, 'p'), n(f, 'ppi')]
    return as(
      inch,
      R(p * 1000, r),
      R((p / 2) * 1000, r),
      R(2 * p * 1000, r),
      R(r * 1000, p),
      R((p + 4) * 1000, r),
    )
  },
  'spine-from-caliper': (f) => {
    const [p, c, cv] = [n(f, 'p'), n(f, 'cal'), n(f, 'cover')]
    const h = (um: number) => R(um, 10)
    return as(
      mm2,
      h((p / 2) * c + 2 * cv),
      h(p * c + 2 * cv),
      h((p / 2) * c),
      h((p / 2) * c + cv),
      h((p / 4) * c + 2 * cv),
      h(p * c),
      h((p / 2) * c + 4 * cv),
      h(p * c + 4 * cv),
    )
  },
  'pages-per-inch-from-caliper': (f) => {
    const c = n(f, 'cal')
    return as(
      PPI,
      R(20000, c),
      R(10000, c),
      R(40000, c),
      R(2000, c),
      R(200000, c),
      R(2 * 10000 * 100, 254 * c),
    )
  },
  'tri-fold-fold-in-panel': (f) => {
    const [o, d, w] = [n(f, 'o'), n(f, 'd'), n(f, 'w')]
    return as(
      mm1,
      (o - d) * 10,
      R(w * 10, 3),
      o * 10,
      R(w * 10, 3) - d * 10,
      (o + d) * 10,
      R((w - d) * 10, 3),
    )
  },
  'tri-fold-outer-panel': (f) => {
    const [o, d, w] = [n(f, 'o'), n(f, 'd'), n(f, 'w')]
    return as(
      mm1,
      o * 10,
      R(w * 10, 3),
      (o - d) * 10,
      R((w - d) * 10, 3),
      R((w + 2 * d) * 10, 3),
      ((w - (o - d)) * 10) / 2 + d * 10,
      R((w + d) * 10, 2),
      (o + d) * 10,
    )
  },
  'gate-fold-flap': (f) => {
    const [fl, d, w] = [n(f, 'f'), n(f, 'd'), n(f, 'w')]
    return as(
      mm1,
      fl * 10,
      R(w * 10, 4),
      R(w * 10, 3),
      (2 * fl + 2 * d) * 10,
      R((w - d) * 10, 4),
      (fl - d) * 10,
      2 * fl * 10,
      R(w * 10, 2),
    )
  },
  'perfect-bound-cover-spread': (f) => {
    const [w, st, b] = [n(f, 'w'), n(f, 'st'), n(f, 'b')]
    return as(
      mm1,
      20 * w + st + 20 * b,
      20 * w + st,
      20 * w + 20 * b,
      20 * w + st + 40 * b,
      20 * w + 2 * st + 20 * b,
      10 * w + st + 20 * b,
    )
  },
  'booklet-weight-per-copy': (f) => {
    const [w, h, p, g, cg] = figuresOf(f, 'w', 'h', 'p', 'g', 'cg')
    const wt = (textLeaves: number, coverLeaves: number, coverG = cg) =>
      R(big(w * h) * big(textLeaves * g + coverLeaves * coverG), 1_000_000)
    return as(
      grams,
      wt(p / 2, 2),
      wt(p, 4),
      wt(p / 2, 0),
      wt(p / 2 + 2, 0),
      wt(p / 4, 1),
      wt(p / 2, 4),
    )
  },

  'sheets-from-paper-weight': (f) => {
    const [sw, sh, g, k] = [n(f, 'sw'), n(f, 'sh'), n(f, 'g'), n(f, 'kg')]
    const per = sw * sh * g
    const of = (grams: number, each: number) => F(big(grams) * 1_000_000n, each)
    return as(
      sheets,
      of(k * 1000, per),
      of(k * 1000, 2 * per),
      F(k * 1000, g),
      of(k * 10000, per),
      of(k * 100, per),
      of(k * 1000, F(per, 2)),
    )
  },
  'paper-weight-of-order': (f) => {
    const [sw, sh, g, k] = [n(f, 'sw'), n(f, 'sh'), n(f, 'g'), n(f, 'n')]
    const t = R(big(k * sw * sh) * big(g), 100_000_000)
    return as(kg, t, R(big(k * sw * sh) * big(2 * g), 100_000_000), R(k * g, 100), t * 10, R(t, 10))
  },
  'pages-under-postage-limit': (f) => {
    const [g, cg, lim] = [n(f, 'g'), n(f, 'cg'), n(f, 'limit')]
    const [area, cap] = [148 * 210, lim * 1_000_000]
    const leaf = area * g
    const cover = 2 * area * cg
    const maxL = F(cap - cover, leaf)
    const four = (leaves: number) => F(leaves * 2, 4) * 4
    return as(
      pages,
      four(maxL),
      F(maxL, 4) * 4,
      four(F(cap, leaf)),
      maxL * 2,
      four(F(cap - cover / 2, leaf)),
      four(F(cap - 2 * cover, leaf)),
    )
  },
  'binding-by-page-count': (f) => {
    const [sm, pm, p] = [n(f, 'saddleMax'), n(f, 'perfectMin'), n(f, 'p')]
    const pick = (x: number) =>
      x <= sm ? 'Saddle stitch' : x >= pm ? 'Perfect binding' : 'Wire-O binding'
    const key = pick(p)
    return {
      key,
      wrong: [
        'Saddle stitch',
        'Perfect binding',
        'Wire-O binding',
        'Case binding (hardback)',
      ].filter((t) => t !== key),
    }
  },
  'score-before-folding': (f) => {
    const score = n(f, 'g') >= n(f, 'limit') || f.grain === 'across'
    const [yes, no] = ['Score it first, then fold', 'Fold it as it is, unscored']
    return {
      key: score ? yes : no,
      wrong: [
        score ? no : yes,
        'Perforate, then fold',
        'Fold, then score',
        'Use a lighter stock',
        'Crease it by hand after folding',
      ],
    }
  },
  'spine-mm-from-pages-per-inch': (f) => {
    const [p, r] = [n(f, 'p'), n(f, 'ppi')]
    return as(
      mm1,
      R(p * 254, r),
      R((p / 2) * 254, r),
      R(2 * p * 254, r),
      R(p * 10, r),
      R(p * 254, 10 * r),
      R(p * 25, r) * 10,
    )
  },
}

const tacOf = (f: Fig) => n(f, 'c') + n(f, 'm') + n(f, 'y') + n(f, 'k')
const COLOUR: Readonly<Record<string, (f: Fig) => Expect>> = {
  'tac-over-the-limit': (f) => {
    const [s, l, k] = [tacOf(f), n(f, 'limit'), n(f, 'k')]
    return as(
      pts,
      s - l,
      s - k - l,
      400 - l,
      s,
      R((s - l) * 100, l),
      s - 300,
      k,
      s - l + k,
      R(s - l, 4),
    )
  },
  'gcr-grey-swap-to-limit': (f) => {
    const [c, m, y, k, l] = figuresOf(f, 'c', 'm', 'y', 'k', 'limit')
    const over = c + m + y + k - l
    return as(pts, C(over, 2), over, C(over, 3), C(over, 4), Math.min(c, m, y), C(over + k, 2))
  },
  'rich-black-largest-cmy': (f) => {
    const [l, c] = [n(f, 'limit'), n(f, 'c')]
    return as(
      pct,
      Math.min(100, F(l - 100 - c, 2)),
      Math.min(100, l - 100 - c),
      Math.min(100, F(l - c, 2)),
      F(l - 100, 3),
      Math.min(100, F(400 - l, 2)),
      F(l - c, 3),
    )
  },
  'plates-with-spot-colours': (f) => {
    const [fr, sp, bk, v] = [n(f, 'front'), n(f, 'spots'), n(f, 'back'), n(f, 'varnish')]
    return as(
      plates,
      fr + sp + bk + v,
      fr + bk + v,
      fr + sp + v,
      Math.max(fr + sp + v, bk),
      fr + sp + bk,
      2 * (fr + sp + v),
      fr + 2 * sp + bk + v,
      2 * (fr + sp + bk + v),
    )
  },
  'tac-over-by-stock': (f) => {
    const s = tacOf(f)
    const lim = n(f, String(f.stock))
    return as(
      pts,
      s - lim,
      s - n(f, 'coated'),
      s - n(f, 'uncoated'),
      s - n(f, 'newsprint'),
      s - n(f, 'k') - lim,
      s - 300,
    )
  },
  'tint-of-build-total': (f) => {
    const t = n(f, 't')
    const [c, m, y, k] = figuresOf(f, 'c', 'm', 'y', 'k')
    const tt = (v: number) => R(v * t, 100)
    return as(
      pct,
      tt(c) + tt(m) + tt(y) + tt(k),
      c + m + y + k,
      c + m + y + k - 100 + t,
      tt(c) + tt(m) + tt(y) + k,
      4 * t,
    )
  },
  'registration-colour-coverage': (f) => {
    const t = n(f, 't')
    return as(pct, 4 * t, t, 3 * t, 2 * t, 4 * t + 100)
  },
  'overprint-black-text-coverage': (f) => {
    const [c, m, y, k] = figuresOf(f, 'c', 'm', 'y', 'k')
    return as(
      pct,
      c + m + y + 100,
      c + m + y + k + 100,
      100,
      c + m + y + k,
      Math.min(400, m + y + k + 100),
      Math.max(k, 100) + Math.max(c, m, y),
    )
  },
}

/** The case tables' keys, restated: the call each situation takes. */
const CASE_KEYS: Readonly<Record<string, readonly string[]>> = {
  'overprint-or-knockout': [
    'Overprint it, so no gap shows',
    'Knock it out of the panel so the paper shows',
    'A green logo, yellow over cyan',
    'Knock it out, keeping the build',
  ],
  'pdfx-standard-facts': [
    'PDF/X-4',
    'PDF/X-4 with a CMYK output intent',
    'Every font used, embedded',
    'PDF/X-4',
  ],
  'spot-or-process': [
    'Pantone 286 as a spot plus black',
    'CMYK plus the Pantone as a fifth spot colour',
    'CMYK plus a metallic Pantone spot',
    'CMYK process only',
  ],
  'black-for-the-element': ['K100', 'C60 M40 Y40 K100', 'K100', 'K100'],
  'pantone-to-cmyk-advice': [
    'It will be close, not exact',
    'Pick from the U swatches',
    'Add it as a fifth, spot ink',
  ],
}

const QUOTE: Readonly<Record<string, (f: Fig) => Expect>> = {
  'unit-cost-make-ready-and-run': (f) => {
    const [mr, run, q] = [n(f, 'mr'), n(f, 'run'), n(f, 'q')]
    const total = mr + R(run * q, 1000)
    return as(
      money,
      R(total, q),
      R(run, 1000),
      R(mr, q),
      R(mr + run, q),
      R(mr, 1000) + R(run, 1000),
      R(mr + run * q, q),
    )
  },
  'break-even-digital-offset': (f) => {
    const [d, o, mr] = [n(f, 'd'), n(f, 'o'), n(f, 'mr')]
    return as(
      copies,
      C(mr, d - o),
      C(mr, d),
      C(mr, o),
      C(mr, d + o),
      F(mr, d - o),
      C(2 * mr, d - o),
    )
  },
  'cheaper-method-cost': (f) => {
    const [d, o, mr, q] = [n(f, 'd'), n(f, 'o'), n(f, 'mr'), n(f, 'q')]
    const [dig, off] = [d * q, mr + o * q]
    return as(
      money,
      Math.min(dig, off),
      Math.max(dig, off),
      o * q,
      mr + d * q,
      Math.abs(dig - off),
      mr,
    )
  },
  'markup-on-print-cost': (f) => {
    const [c, m] = [n(f, 'cost'), n(f, 'm')]
    return as(
      money,
      R(c * (100 + m), 100),
      R(c * 100, 100 - m),
      R(c * m, 100),
      R(c * (100 - m), 100),
      c + 100 * m,
      R(c * (100 + 2 * m), 100),
      R(c * (200 + m), 200),
    )
  },
  'margin-on-selling-price': (f) => {
    const [c, m] = [n(f, 'cost'), n(f, 'm')]
    return as(
      money,
      R(c * 100, 100 - m),
      R(c * (100 + m), 100),
      R(c * m, 100),
      R(c * (100 - m), 100),
      R(c * (100 + 2 * m), 100),
    )
  },
  'extra-thousands-run-on': (f) => {
    const [b, p, r, q] = [n(f, 'base'), n(f, 'price'), n(f, 'runOn'), n(f, 'q')]
    return as(
      money,
      p + R(r * (q - b), 1000),
      R(p * q, b),
      p + r * C(q - b, 1000),
      p + R(r * q, 1000),
      p + r,
      p + R(r * (q - b), 100),
      R(r * q, 1000),
    )
  },
  'overs-billed-within-tolerance': (f) => {
    const [o, t, d, p, r] = [
      n(f, 'ordered'),
      n(f, 'tol'),
      n(f, 'delivered'),
      n(f, 'price'),
      n(f, 'runOn'),
    ]
    const billed = Math.min(d - o, (o * t) / 100)
    return as(
      money,
      p + R(r * billed, 1000),
      p + R(r * (d - o), 1000),
      p,
      R(p * d, o),
      p + R((r * o * t) / 100, 100),
    )
  },
  'paper-cost-by-kilogram': (f) => {
    const [sw, sh, g, k, pk] = figuresOf(f, 'sw', 'sh', 'g', 'n', 'perKg')
    const micro = big(k * sw * sh) * big(g * pk)
    return as(
      money,
      R(micro, 1_000_000_000),
      R(micro * 2n, 1_000_000_000),
      R(k * g * pk, 1000),
      R(micro, 100_000_000),
      R(micro, 10_000_000_000),
      k * pk,
      R(big(k * sw * sh) * big(pk), 1_000_000),
    )
  },
  'digital-click-charges': (f) => {
    const [q, p, c] = [n(f, 'q'), n(f, 'p'), n(f, 'click')]
    return as(
      money,
      ((q * p) / 2) * c,
      q * p * c,
      ((q * p) / 4) * c,
      ((q * p) / 8) * c,
      2 * q * p * c,
      (p / 2) * c,
    )
  },
  'reprint-without-plates': (f) => {
    const [pl, each, mr, run, q] = figuresOf(f, 'plates', 'plate', 'mr', 'run', 'q')
    const rc = R(run * q, 1000)
    return as(money, mr + rc, pl * each + mr + rc, rc, each + mr + rc, mr + run)
  },
  'marginal-cost-between-quantities': (f) => {
    const [q1, q2, p1, p2] = [n(f, 'q1'), n(f, 'q2'), n(f, 'p1'), n(f, 'p2')]
    return as(money, R(p2 - p1, q2 - q1), R(p2, q2), R(p1, q1), R(p2 - p1, q2), R(p2, q2 - q1))
  },
  'finishing-minimum-charge': (f) => {
    const [r, mn, q] = [n(f, 'rate'), n(f, 'min'), n(f, 'q')]
    const th = C(q, 1000)
    return as(
      money,
      Math.max(mn, th * r),
      th * r,
      Math.max(mn, R(q * r, 1000)),
      mn + th * r,
      Math.max(mn, F(q, 1000) * r),
      th * mn,
      C(q, 500) * r,
      r,
      R(q * r, 1000),
    )
  },
  'tiered-price-per-thousand': (f) => {
    const [t1, t2, t3, q] = [n(f, 't1'), n(f, 't2'), n(f, 't3'), n(f, 'q')]
    const rate = q < 5000 ? t1 : q < 10000 ? t2 : t3
    let marginal = 0
    for (const [from, to, r] of [
      [0, 4999, t1],
      [4999, 9999, t2],
      [9999, Number.MAX_SAFE_INTEGER, t3],
    ] as const)
      marginal += Math.max(0, Math.min(q, to) - from) * r
    return as(
      money,
      R(rate * q, 1000),
      R(marginal, 1000),
      R(t1 * q, 1000),
      R(t3 * q, 1000),
      rate,
      R(rate * q, 100),
      rate * F(q, 1000),
    )
  },
  'designer-invoice-print-and-hours': (f) => {
    const [h, r, p, m] = [n(f, 'hours'), n(f, 'rate'), n(f, 'print'), n(f, 'm')]
    const hrs = h * r
    return as(
      money,
      hrs + R(p * (100 + m), 100),
      R((hrs + p) * (100 + m), 100),
      hrs + p,
      hrs + R(p * m, 100),
      hrs + R(p * 100, 100 - m),
      R(p * (100 + m), 100),
      hrs,
      R(hrs * (100 + m), 100) + p,
    )
  },
  'unit-cost-with-overs-ordered': (f) => {
    const [nd, sp, pk, su] = [n(f, 'needed'), n(f, 'spare'), n(f, 'perK'), n(f, 'setup')]
    const ord = C(nd * (100 + sp), 100)
    const run = R(pk * ord, 1000)
    const total = su + run
    return as(
      money,
      R(total, nd),
      R(total, ord),
      R(su + R(pk * nd, 1000), nd),
      R(pk, 1000),
      R(run, nd),
      R(su, 1000) + R(pk, 1000),
      R(2 * su + run, nd),
    )
  },
  'split-print-cost-by-copies': (f) => {
    const [mr, run, a, b] = [n(f, 'mr'), n(f, 'run'), n(f, 'a'), n(f, 'b')]
    const total = mr + R(run * (a + b), 1000)
    return as(
      money,
      R(total * a, a + b),
      R(mr, 2) + R(run * a, 1000),
      R(total, 2),
      R(total * b, a + b),
      mr + R(run * a, 1000),
    )
  },
  'price-per-thousand-from-total': (f) => {
    const [q, t] = [n(f, 'q'), n(f, 'total')]
    return as(
      money,
      R(t * 1000, q),
      R(t, q),
      R(t, C(q, 1000)),
      R(t, F(q, 1000)),
      R(t * q, 1000),
      R(t * 100, q),
    )
  },
  'copies-within-budget': (f) => {
    const [mr, run, bu] = [n(f, 'mr'), n(f, 'run'), n(f, 'budget')]
    return as(
      copies,
      F((bu - mr) * 1000, run),
      F(bu * 1000, run),
      F((bu - mr) * 100, run),
      F(bu - mr, run) * 1000,
      F((bu + mr) * 1000, run),
      F((bu - 2 * mr) * 1000, run),
    )
  },
}

const SECOND: Readonly<Record<string, (f: Fig) => Expect>> = {
  ...SETUP,
  ...IMPOSE,
  ...PAPER,
  ...COLOUR,
  ...QUOTE,
  ...Object.fromEntries(
    Object.entries(CASE_KEYS).map(([id, keys]) => [id, (f: Fig) => ({ key: keys[n(f, 'case')]! })]),
  ),
}

describeEngineIndependent('print production scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 80,
    second: SECOND,
    route: 'BigInt integer units',
    digest,
    never: { what: 'answer of zero or below', pattern: /(^|\s)-[€$£\d]|^0(\.0+)?( |%|$)/ },
    models: PRINT_MODELS,
    engines,
  })
})
