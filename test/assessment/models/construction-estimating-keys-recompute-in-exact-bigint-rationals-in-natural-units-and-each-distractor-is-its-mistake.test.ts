import { afterAll, expect } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { BID_FAMILIES } from '../../../src/assessment/models/construction/bid-families.js'
import { CONSTRUCTION_MODELS } from '../../../src/assessment/models/construction/cest-models.js'
import type { EstimateScenario } from '../../../src/assessment/models/construction/cest-text.js'
import { CONCRETE_FAMILIES } from '../../../src/assessment/models/construction/concrete-families.js'
import { FINISH_FAMILIES } from '../../../src/assessment/models/construction/finish-families.js'
import { FRAMING_FAMILIES } from '../../../src/assessment/models/construction/framing-families.js'
import { PRICING_FAMILIES } from '../../../src/assessment/models/construction/pricing-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...CONCRETE_FAMILIES,
  ...FRAMING_FAMILIES,
  ...FINISH_FAMILIES,
  ...PRICING_FAMILIES,
  ...BID_FAMILIES,
]
const DRAWS = 150
const DRAWN = drawFamilies<EstimateScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Exact rationals in BigInt: each quantity is worked in its natural unit (feet, cubic yards,
// metres, dollars) from the drawn figures, not in the families' scaled whole numbers, and only
// rounded at the end to the increment the stem orders in. Nothing is shared with the families.
interface R {
  readonly n: bigint
  readonly d: bigint
}
function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b]
  while (y) [x, y] = [y, x % y]
  return x || 1n
}
function norm(n: bigint, d: bigint): R {
  const s = d < 0n ? -1n : 1n
  const g = gcd(n, d)
  return { n: (s * n) / g, d: (s * d) / g }
}
const r = (n: number, d = 1): R => norm(BigInt(n), BigInt(d))
const ONE = r(1)
const TENTH = r(1, 10)
const HUNDREDTH = r(1, 100)
const QUARTER = r(1, 4)
const mul = (...xs: R[]): R => xs.reduce((a, b) => norm(a.n * b.n, a.d * b.d), ONE)
const div = (a: R, b: R): R => norm(a.n * b.d, a.d * b.n)
const add = (a: R, b: R): R => norm(a.n * b.d + b.n * a.d, a.d * b.d)
const sub = (a: R, b: R): R => add(a, { n: -b.n, d: b.d })
/** 1 + p/100. */
const plus = (p: number): R => r(100 + p, 100)
const floorBig = (n: bigint, d: bigint) => (n >= 0n ? n / d : -((-n + d - 1n) / d))
/** `x` rounded up, down or to nearest (halves up) to a whole number of `step`s. */
const ceilTo = (x: R, step: R): R => {
  const k = div(x, step)
  return mul({ n: -floorBig(-k.n, k.d), d: 1n }, step)
}
const floorTo = (x: R, step: R): R => {
  const k = div(x, step)
  return mul({ n: floorBig(k.n, k.d), d: 1n }, step)
}
const nearTo = (x: R, step: R): R => {
  const k = div(x, step)
  return mul({ n: floorBig(2n * k.n + k.d, 2n * k.d), d: 1n }, step)
}
/** `x` to exactly `dp` places with thousands commas; it must already be exact at `dp`. */
function fixed(x: R, dp: number): string {
  const scaled = mul(x, r(10 ** dp))
  if (scaled.d !== 1n) throw new Error(`not exact at ${dp} places: ${x.n}/${x.d}`)
  const neg = scaled.n < 0n
  const digits = (neg ? -scaled.n : scaled.n).toString().padStart(dp + 1, '0')
  const whole = digits.slice(0, digits.length - dp).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${neg ? '-' : ''}${whole}${dp ? `.${digits.slice(digits.length - dp)}` : ''}`
}

type F = Readonly<Record<string, number | string>>
type Expect = { readonly key: string; readonly wrong: readonly string[] }
type Table = Readonly<Record<string, (f: F) => Expect>>
const ns = <K extends string[]>(f: F, ...keys: K): { [I in keyof K]: number } =>
  keys.map((k) => {
    const v = Number(f[k])
    if (!Number.isFinite(v)) throw new Error(`no figure ${k}`)
    return v
  }) as { [I in keyof K]: number }
/** The key first, then every declared mistake in order, each shown to `dp` places. */
const out = (dp: number, [key, ...wrong]: R[]): Expect => ({
  key: fixed(key!, dp),
  wrong: wrong.map((w) => fixed(w, dp)),
})
/** Money held in cents, shown in currency units to the cent. */
const cash = (xs: R[]): Expect =>
  out(
    2,
    xs.map((x) => div(nearTo(x, ONE), r(100))),
  )
/** What an option shows once its currency sign, unit words and percent sign are set aside. */
const digest = (text: string) => text.replace(/[^\d.,-]/g, '').replace(/^[.,]+|[.,]+$/g, '')

// ---- Concrete, earthwork and reinforcement, worked in rational feet, yards and metres.
const CONCRETE: Table = {
  'slab-order-quarter-yard': (f) => {
    const [l, w, t, waste] = ns(f, 'l', 'w', 't', 'waste')
    const vol = (th: R) => mul(r(l * w), th, r(1, 27))
    const net = vol(r(t, 12))
    const grow = plus(waste)
    return out(2, [
      ceilTo(mul(net, grow), QUARTER),
      ceilTo(net, QUARTER),
      ceilTo(mul(net, grow), ONE),
      nearTo(mul(net, grow), QUARTER),
      ceilTo(mul(vol(r(t, 10)), grow), QUARTER),
      ceilTo(mul(net, r(3), grow), QUARTER),
      ceilTo(mul(net, plus(-waste)), QUARTER),
    ])
  },
  'strip-footing-centreline': (f) => {
    const [ld, wd, b, d, waste] = ns(f, 'ld', 'wd', 'b', 'd', 'waste')
    const outside = mul(r(2), add(r(ld, 10), r(wd, 10)))
    const bm = r(b, 1000)
    const section = mul(bm, r(d, 1000))
    const vol = (len: R, pct: number) => mul(len, section, plus(pct))
    const centre = sub(outside, mul(r(4), bm))
    return out(1, [
      ceilTo(vol(centre, waste), TENTH),
      ceilTo(vol(outside, waste), TENTH),
      ceilTo(vol(sub(outside, mul(r(8), bm)), waste), TENTH),
      ceilTo(vol(centre, 0), TENTH),
      nearTo(vol(centre, waste), TENTH),
      ceilTo(vol(sub(div(outside, r(2)), mul(r(2), bm)), waste), TENTH),
    ])
  },
  'wall-less-openings-metric': (f) => {
    const [ld, h, t, n, a, b, waste] = ns(f, 'ld', 'h', 't', 'n', 'a', 'b', 'waste')
    const face = mul(r(ld, 10), r(h, 1000))
    const hole = mul(r(a, 1000), r(b, 1000))
    const vol = (holes: number, pct: number) =>
      mul(sub(face, mul(r(holes), hole)), r(t, 1000), plus(pct))
    return out(1, [
      ceilTo(vol(n, waste), TENTH),
      ceilTo(vol(0, waste), TENTH),
      ceilTo(vol(2 * n, waste), TENTH),
      ceilTo(vol(n, 0), TENTH),
      ceilTo(vol(n, waste), ONE),
      ceilTo(vol(1, waste), TENTH),
      ceilTo(vol(n, -waste), TENTH),
      ceilTo(mul(vol(n, waste), plus(waste)), TENTH),
    ])
  },
  'round-columns-pi': (f) => {
    const [n, d, h, waste] = ns(f, 'n', 'd', 'h', 'waste')
    const PI = r(31416, 10000)
    const cyl = (count: number, radiusIn: R) =>
      mul(r(count), PI, radiusIn, radiusIn, r(1, 144), r(h), r(1, 27))
    const rad = r(d, 2)
    const grow = plus(waste)
    return out(2, [
      ceilTo(mul(cyl(n, rad), grow), QUARTER),
      ceilTo(mul(cyl(n, r(d)), grow), QUARTER),
      ceilTo(mul(r(n * d * d * h), r(1, 144), r(1, 27), grow), QUARTER),
      ceilTo(cyl(n, rad), QUARTER),
      ceilTo(mul(cyl(1, rad), grow), QUARTER),
      ceilTo(mul(cyl(n, rad), grow), ONE),
    ])
  },
  'premix-bags-for-a-pad': (f) => {
    const [l, w, t] = ns(f, 'l', 'w', 't')
    const ft3 = mul(r(l * w), r(t, 12))
    const bags = (v: R, pct: number, yieldFt3: R, round = ceilTo) =>
      round(div(mul(v, plus(pct)), yieldFt3), ONE)
    const y = r(60, 100)
    return out(0, [
      bags(ft3, 10, y),
      bags(ft3, 0, y),
      bags(ft3, 10, r(45, 100)),
      bags(ft3, 10, y, floorTo),
      bags(mul(r(l * w), r(t, 10)), 10, y),
      bags(ft3, -10, y),
      bags(mul(ft3, plus(10)), 10, y),
    ])
  },
  'ready-mix-short-load-fee': (f) => {
    const [v, p, fee, full] = ns(f, 'v', 'p', 'fee', 'full')
    const yd = r(v, 4)
    const conc = mul(yd, r(p))
    return cash([
      add(conc, r(fee)),
      conc,
      add(conc, r(fee * (full + 1))),
      r((full + 1) * 10 * p),
      r(full * 10 * p + 6 * p),
      r(full * 10 * p + fee),
    ])
  },
  'trench-spoil-truckloads': (f) => {
    const [l, w, d, s, c] = ns(f, 'l', 'w', 'd', 's', 'c')
    const bank = mul(r(l), r(w, 12), r(d))
    const trucks = (ft3: R, pct: number, perYd: number, round = ceilTo) =>
      round(div(mul(ft3, plus(pct), r(1, perYd)), r(c)), ONE)
    return out(0, [
      trucks(bank, s, 27),
      trucks(bank, 0, 27),
      trucks(bank, s, 27, floorTo),
      trucks(bank, -s, 27),
      trucks(bank, s, 9),
      trucks(bank, 2 * s, 27),
      trucks(mul(r(l), r(w, 10), r(d)), s, 27),
      ceilTo(div(div(div(bank, r(27)), plus(-s)), r(c)), ONE),
    ])
  },
  'imported-fill-shrink-and-swell': (f) => {
    const [v, s, w, c] = ns(f, 'v', 's', 'w', 'c')
    const bank = div(r(v), plus(-s))
    const t = (x: R, round = ceilTo) => round(div(x, r(c)), ONE)
    return out(0, [
      t(mul(bank, plus(w))),
      t(mul(r(v), plus(s), plus(w))),
      t(bank),
      t(mul(r(v), plus(w))),
      t(mul(bank, plus(w)), floorTo),
      t(r(v)),
      t(div(r(v), mul(plus(-s), plus(-w)))),
      t(mul(bank, plus(w), plus(w))),
    ])
  },
  'slab-rebar-grid-length': (f) => {
    const [l, w, c, s] = ns(f, 'l', 'w', 'c', 's')
    // Metres throughout: a bar count is a clear width over the spacing, rounded up, plus `plus`.
    const count = (width: number, cov: number, plus1: number, round = ceilTo) =>
      Number(round(div(r(width - 2 * cov, 1000), r(s, 1000)), ONE).n) + plus1
    const clear = (x: number, cov: number) => r(x - 2 * cov, 1000)
    const grid = (cov: number, plus1: number) =>
      add(mul(r(count(w, cov, plus1)), clear(l, cov)), mul(r(count(l, cov, plus1)), clear(w, cov)))
    return out(1, [
      nearTo(grid(c, 1), TENTH),
      nearTo(grid(c, 0), TENTH),
      nearTo(grid(0, 1), TENTH),
      nearTo(mul(r(count(w, c, 1)), clear(l, c)), TENTH),
      nearTo(add(mul(r(count(w, c, 1)), clear(w, c)), mul(r(count(l, c, 1)), clear(l, c))), TENTH),
      nearTo(grid(c, 2), TENTH),
    ])
  },
  'beam-stirrups-total-length': (f) => {
    const [l, sp, b, h] = ns(f, 'l', 'sp', 'b', 'h')
    const n = (span: number) => Number(ceilTo(r(span, sp), ONE).n) + 1
    const loop = (cover: number, hooks: number) =>
      r(2 * (b - 2 * cover) + 2 * (h - 2 * cover) + 75 * hooks, 1000)
    return out(1, [
      nearTo(mul(r(n(l - 100)), loop(25, 2)), TENTH),
      nearTo(mul(r(n(l - 100) - 1), loop(25, 2)), TENTH),
      nearTo(mul(r(n(l - 100)), loop(0, 2)), TENTH),
      nearTo(mul(r(n(l - 100)), loop(25, 0)), TENTH),
      nearTo(mul(r(n(l)), loop(25, 2)), TENTH),
      nearTo(mul(r(n(l - 100)), loop(12.5, 2)), TENTH),
      nearTo(mul(r(n(l - 100)), loop(25, 1)), TENTH),
    ])
  },
  'rebar-mass-from-schedule': (f) => {
    const [n, len, waste, g, upG, downG] = ns(f, 'n', 'len', 'waste', 'g', 'up', 'down')
    const metres = mul(r(n), r(len, 10))
    const kg = (grams: number, grow: R) => nearTo(mul(metres, r(grams, 1000), grow), ONE)
    return out(0, [
      kg(g, plus(waste)),
      kg(upG, plus(waste)),
      kg(downG, plus(waste)),
      kg(g, ONE),
      kg(g, mul(plus(waste), plus(waste))),
      kg(g, plus(-waste)),
    ])
  },
  'slab-with-thickened-edge': (f) => {
    const [l, w, t, e, b] = ns(f, 'l', 'w', 't', 'e', 'b')
    const yd3 = (x: R) => div(x, r(27))
    const slab = mul(r(l * w), r(t, 12))
    const band = (sides: number, depthIn: number, widthScale: R) =>
      mul(r(sides * (l + w)), r(b, 12), r(depthIn, 12), widthScale)
    return out(2, [
      ceilTo(yd3(add(slab, band(2, e, ONE))), QUARTER),
      ceilTo(yd3(slab), QUARTER),
      ceilTo(yd3(add(slab, band(2, e + t, ONE))), QUARTER),
      ceilTo(yd3(add(slab, band(1, e, ONE))), QUARTER),
      nearTo(yd3(add(slab, band(2, e, ONE))), QUARTER),
      ceilTo(yd3(add(slab, band(2, e, r(12)))), QUARTER),
    ])
  },
  'stone-base-tonnes': (f) => {
    const [a, dep, c, rho] = ns(f, 'a', 'dep', 'c', 'rho')
    const m3 = mul(r(a), r(dep, 1000))
    const t = (x: R, round = ceilTo) => round(x, ONE)
    const dens = r(rho, 10)
    return out(0, [
      t(mul(m3, plus(c), dens)),
      t(mul(m3, dens)),
      t(mul(m3, plus(c))),
      t(div(mul(m3, plus(c)), dens)),
      t(mul(m3, plus(-c), dens)),
      t(mul(m3, plus(c), dens), floorTo),
      t(mul(m3, plus(c), plus(c), dens)),
      t(div(mul(m3, dens), plus(-c))),
    ])
  },
  'topsoil-strip-truckloads': (f) => {
    const [l, w, dep, s, c] = ns(f, 'l', 'w', 'dep', 's', 'c')
    const bank = (scale: number) => mul(r(l * w), r(dep, scale))
    const t = (x: R, round = ceilTo) => round(div(x, r(c)), ONE)
    return out(0, [
      t(mul(bank(1000), plus(s))),
      t(bank(1000)),
      t(mul(bank(1000), plus(s)), floorTo),
      t(mul(bank(1000), plus(-s))),
      t(mul(bank(1000), plus(s), plus(s))),
      t(mul(bank(100), plus(s))),
    ])
  },
  'basement-backfill-bank-volume': (f) => {
    const [l, w, d, g, s] = ns(f, 'l', 'w', 'd', 'g', 's')
    const box = (x: number, y: number) => mul(r(x, 10), r(y, 10), r(d, 10))
    const ex = box(l, w)
    const fill = sub(ex, box(l - 2 * g, w - 2 * g))
    const bank = (x: R) => ceilTo(div(x, plus(-s)), ONE)
    return out(0, [
      bank(fill),
      bank(ex),
      ceilTo(mul(fill, plus(s)), ONE),
      ceilTo(fill, ONE),
      bank(sub(ex, box(l - g, w - g))),
      bank(box(l - 2 * g, w - 2 * g)),
      ceilTo(mul(fill, plus(-s)), ONE),
    ])
  },
  'mesh-sheets-with-laps': (f) => {
    const [l, w] = ns(f, 'l', 'w')
    const area = r(l * w)
    const sheets = (a: R, b: R, round = ceilTo) => round(div(area, mul(a, b)), ONE)
    const [L, W] = [r(48, 10), r(24, 10)]
    const lap = r(2, 10)
    return out(0, [
      sheets(sub(L, lap), sub(W, lap)),
      sheets(L, W),
      sheets(sub(L, lap), W),
      sheets(sub(L, mul(r(2), lap)), sub(W, mul(r(2), lap))),
      sheets(sub(L, lap), sub(W, lap), floorTo),
      sheets(L, sub(W, lap)),
      sheets(sub(L, mul(r(4), lap)), sub(W, mul(r(4), lap))),
      mul(ceilTo(div(r(l), sub(L, lap)), ONE), ceilTo(div(r(w), sub(W, lap)), ONE)),
    ])
  },
}

// ---- Masonry, framing, lumber and drywall, worked in rational feet, inches and metres.
/** Dressed widths of 2 × lumber in inches, by nominal width, from the dressing table. */
const DRESSED_IN: Readonly<Record<number, R>> = {
  4: r(7, 2),
  6: r(11, 2),
  8: r(29, 4),
  10: r(37, 4),
  12: r(45, 4),
}
const FRAMING: Table = {
  'block-wall-less-openings': (f) => {
    const [l, h, n, a, b, w] = ns(f, 'l', 'h', 'n', 'a', 'b', 'w')
    const gross = r(l * h)
    const net = sub(gross, r(21 + n * a * b))
    const per = r(9, 8)
    return out(0, [
      ceilTo(mul(net, per, plus(w)), ONE),
      ceilTo(mul(gross, per, plus(w)), ONE),
      ceilTo(mul(net, per), ONE),
      ceilTo(mul(net, plus(w)), ONE),
      floorTo(mul(net, per, plus(w)), ONE),
      ceilTo(div(mul(net, plus(w)), per), ONE),
    ])
  },
  'brick-half-wall-metric': (f) => {
    const [l, h, n, w] = ns(f, 'l', 'h', 'n', 'w')
    const gross = mul(r(l, 10), r(h, 10))
    const net = sub(gross, mul(r(n), r(126, 100)))
    const bricks = (a: R, per: R, pct: number, round = ceilTo) => round(mul(a, per, plus(pct)), ONE)
    return out(0, [
      bricks(net, r(60), w),
      bricks(net, r(60), 0),
      bricks(net, r(120), w),
      bricks(net, div(ONE, mul(r(215, 1000), r(65, 1000))), w),
      bricks(net, r(60), w, floorTo),
      bricks(gross, r(60), w),
      bricks(net, r(48), w),
    ])
  },
  'mortar-bags-per-hundred-blocks': (f) => {
    const [n, rate, w] = ns(f, 'n', 'rate', 'w')
    const base = mul(r(n, 100), r(rate, 10))
    return out(0, [
      ceilTo(mul(base, plus(w)), ONE),
      ceilTo(base, ONE),
      floorTo(mul(base, plus(w)), ONE),
      ceilTo(mul(base, r(1, 10), plus(w)), ONE),
      ceilTo(mul(base, plus(w), plus(w)), ONE),
      ceilTo(mul(base, plus(-w)), ONE),
    ])
  },
  'studs-at-centres-with-extras': (f) => {
    const [l, s, c, n, other] = ns(f, 'l', 's', 'c', 'n', 'other')
    const spaces = (sp: number, round = ceilTo) => Number(round(r(l * 12, sp), ONE).n)
    const extra = 2 * (c + n)
    return out(0, [
      r(spaces(s) + 1 + extra),
      r(spaces(s) + extra),
      r(spaces(other) + 1 + extra),
      r(spaces(s) + 1),
      r(spaces(s, floorTo) + 1 + extra),
      r(spaces(s) + 1 + c + n),
      r(spaces(s) + 1 + 2 * c + 4 * n),
      r(spaces(s) + 2 + extra),
    ])
  },
  'plates-in-stock-lengths': (f) => {
    const [l, stock, w] = ns(f, 'l', 'stock', 'w')
    const p = (plates: number, pct: number, round = ceilTo) =>
      round(div(mul(r(plates * l), plus(pct)), r(stock)), ONE)
    return out(0, [p(3, w), p(2, w), p(3, 0), p(3, w, floorTo), p(4, w), p(1, w)])
  },
  'board-feet-nominal': (f) => {
    const [n, a, b, len] = ns(f, 'n', 'a', 'b', 'len')
    const bf = (count: number, t: R, wid: R, ft: number, den = 12) =>
      nearTo(div(mul(r(count), t, wid, r(ft)), r(den)), HUNDREDTH)
    return out(2, [
      bf(n, r(a), r(b), len),
      bf(n, r(3, 2), DRESSED_IN[b]!, len),
      bf(n, r(a), r(b), len, 144),
      bf(1, r(a), r(b), len),
      bf(n, r(a), r(b), len, 1),
      bf(n, r(1), r(b), len),
      bf(n, r(a), r(b), len + 2),
      bf(n, r(a), r(b + 2), len),
    ])
  },
  'lumber-cost-per-mbf': (f) => {
    const [n1, b1, l1, n2, b2, l2, price] = ns(f, 'n1', 'b1', 'l1', 'n2', 'b2', 'l2', 'price')
    const bf = (t: R, w1: R, w2: R) =>
      add(mul(r(n1), t, w1, r(l1, 12)), mul(r(n2), t, w2, r(l2, 12)))
    const nominal = bf(r(2), r(b1), r(b2))
    const per = (x: R, unit: number) => nearTo(mul(x, r(price, unit)), ONE)
    return cash([
      per(nominal, 1000),
      per(nominal, 100),
      per(r(n1 * l1 + n2 * l2), 1000),
      per(bf(r(3, 2), DRESSED_IN[b1]!, DRESSED_IN[b2]!), 1000),
      per(mul(r(n1), r(2), r(b1), r(l1, 12)), 1000),
      per(mul(nominal, r(2)), 1000),
    ])
  },
  'drywall-room-walls-and-ceiling': (f) => {
    const [l, w, h, n, sheet] = ns(f, 'l', 'w', 'h', 'n', 'sheet')
    const walls = r(2 * (l + w) * h)
    const ceiling = r(l * w)
    const holes = add(r(3 * 7), mul(r(n), r(3 * 4)))
    const s = (area: R, size: number, pct: number) =>
      ceilTo(div(mul(area, plus(pct)), r(size)), ONE)
    const net = sub(add(walls, ceiling), holes)
    return out(0, [
      s(net, sheet, 10),
      s(sub(walls, holes), sheet, 10),
      s(add(walls, ceiling), sheet, 10),
      s(net, sheet === 32 ? 48 : 32, 10),
      s(net, sheet, 0),
      s(sub(add(r((l + w) * h), ceiling), holes), sheet, 10),
    ])
  },
  'plasterboard-partition-both-sides': (f) => {
    const [l, h, n] = ns(f, 'l', 'h', 'n')
    const face = mul(r(l, 10), r(h, 1000))
    const door = mul(r(926, 1000), r(2040, 1000))
    const board = mul(r(24, 10), r(12, 10))
    const b = (area: R, pct: number, round = ceilTo) => round(div(mul(area, plus(pct)), board), ONE)
    const net = (faces: number, doors: number) => sub(mul(r(faces), face), mul(r(doors * n), door))
    return out(0, [
      b(net(2, 2), 10),
      b(net(1, 1), 10),
      b(net(2, 0), 10),
      b(net(2, 1), 10),
      b(net(2, 2), 0),
      b(net(2, 2), 10, floorTo),
    ])
  },
  'floor-joists-linear-metres': (f) => {
    const [l, s, span] = ns(f, 'l', 's', 'span')
    const count = (along: number, round = ceilTo) => Number(round(r(along, s), ONE).n) + 1
    const len = (c: number, each: number) => nearTo(mul(r(c), r(each, 1000)), TENTH)
    return out(1, [
      len(count(l), span + 200),
      len(count(l) - 1, span + 200),
      len(count(l), span),
      len(count(l), span + 100),
      len(count(span), l + 200),
      len(count(l, floorTo), span + 200),
    ])
  },
  'headers-two-ply-with-bearing': (f) => {
    const ws = String(f.ws).split(',').map(Number)
    const ft = (plies: number, bearingEach: R, round = ceilTo) =>
      round(
        mul(
          r(plies),
          ws.reduce((acc, x) => add(acc, add(r(x, 12), mul(r(2), bearingEach, r(1, 12)))), r(0)),
        ),
        ONE,
      )
    const half = r(3, 2)
    return out(0, [
      ft(2, half),
      ft(1, half),
      ft(2, r(0)),
      ft(2, r(3, 4)),
      ft(2, r(3)),
      ft(2, half, floorTo),
    ])
  },
  'cavity-wall-ties': (f) => {
    const [area, n, h, open] = ns(f, 'area', 'n', 'h', 'open')
    const net = r(area - n * open)
    const perJamb = (round = ceilTo) => Number(round(r(h, 300), ONE).n)
    const t = (a: R, rate: R, jambs: number, each = perJamb()) =>
      add(ceilTo(mul(a, rate), ONE), r(n * jambs * each))
    const rate = r(5, 2)
    return out(0, [
      t(net, rate, 2),
      t(r(area), rate, 2),
      t(net, rate, 0),
      t(net, rate, 1),
      t(r(area), rate, 0),
      t(net, rate, 2, perJamb(floorTo)),
      t(net, r(2, 5), 2),
    ])
  },
  'cut-list-from-stock': (f) => {
    const [n, a, stock] = ns(f, 'n', 'a', 'stock')
    const s = stock * 12
    const per = (round = floorTo) => round(r(s, a), ONE)
    return out(0, [
      ceilTo(div(r(n), per()), ONE),
      ceilTo(r(n * a, s), ONE),
      floorTo(div(r(n), per()), ONE),
      ceilTo(div(r(n), per(ceilTo)), ONE),
      r(n),
      ceilTo(r(n * a, 12), ONE),
    ])
  },
  'insulation-batt-bags': (f) => {
    const [l, w, h, cov, n] = ns(f, 'l', 'w', 'h', 'cov', 'n')
    const walls = r(2 * (l + w) * h)
    const holes = r(15 * n)
    const b = (a: R, round = ceilTo) => round(div(a, r(cov)), ONE)
    return out(0, [
      b(sub(walls, holes)),
      b(walls),
      b(sub(walls, holes), floorTo),
      b(sub(r((l + w) * h), holes)),
      b(r(l * w)),
      b(sub(walls, r(15))),
    ])
  },
  'gable-wall-sheathing': (f) => {
    const [w, h, rise] = ns(f, 'w', 'h', 'rise')
    const rect = r(w * h)
    const tri = mul(r(1, 2), r(w), r(rise))
    const p = (a: R, pct: number, round = ceilTo) => round(div(mul(a, plus(pct)), r(32)), ONE)
    return out(0, [
      p(add(rect, tri), 10),
      p(rect, 10),
      p(add(rect, mul(r(2), tri)), 10),
      p(add(rect, tri), 0),
      p(add(rect, tri), 10, floorTo),
      p(add(rect, tri), 20),
    ])
  },
  'grouted-block-cells': (f) => {
    const [l, h, s, per] = ns(f, 'l', 'h', 's', 'per')
    const cells = (sp: number) => Number(ceilTo(r(l * 12, sp), ONE).n) + 1
    const yd = (c: number, perYd = 27) => div(mul(r(c), r(h), r(per, 100)), r(perYd))
    return out(2, [
      ceilTo(yd(cells(s)), QUARTER),
      ceilTo(yd(cells(s) - 1), QUARTER),
      ceilTo(yd(cells(s === 32 ? 48 : 32)), QUARTER),
      ceilTo(yd(cells(8)), QUARTER),
      nearTo(yd(cells(s)), QUARTER),
      ceilTo(yd(cells(s), 9), QUARTER),
    ])
  },
}

// ---- Finishes and roofing, in rational metres and feet; slopes through an integer square root.
function isqrt(n: bigint): bigint {
  if (n < 2n) return n
  let x = BigInt(Math.floor(Math.sqrt(Number(n))))
  while (x * x > n) x--
  while ((x + 1n) * (x + 1n) <= n) x++
  return x
}
/** √x rounded to the nearest whole number, halves up, for a rational x ≥ 0. */
function roundSqrt(x: R): R {
  const k = isqrt(x.n / x.d)
  // k + ½ ≤ √x exactly when (2k + 1)² ≤ 4x.
  return { n: (2n * k + 1n) ** 2n * x.d <= 4n * x.n ? k + 1n : k, d: 1n }
}
/** The fewest whole `unit`s whose length reaches √x, for a rational x ≥ 0. */
function leastUnits(x: R, unit: number): R {
  const u = BigInt(unit)
  let k = isqrt(x.n / (x.d * u * u))
  while (k * u * (k * u) * x.d < x.n) k++
  return { n: k, d: 1n }
}
const FINISH: Table = {
  'paint-tins-walls-metric': (f) => {
    const [l, w, h, nd, nw, coats, rate, tin] = ns(
      f,
      'l',
      'w',
      'h',
      'nd',
      'nw',
      'coats',
      'rate',
      'tin',
    )
    const walls = mul(r(2), add(r(l, 10), r(w, 10)), r(h, 1000))
    const open = add(r(2 * nd), mul(r(nw), r(3, 2)))
    const t = (area: R, c: number, size = r(tin, 10), round = ceilTo) =>
      round(div(mul(area, r(c), r(1, rate)), size), ONE)
    return out(0, [
      t(sub(walls, open), coats),
      t(sub(walls, open), 1),
      t(walls, coats),
      t(sub(walls, open), coats, r(tin, 10), floorTo),
      t(add(sub(walls, open), mul(r(l, 10), r(w, 10))), coats),
      t(sub(div(walls, r(2)), open), coats),
      t(sub(walls, open), coats, ONE),
    ])
  },
  'primer-and-finish-gallons-cost': (f) => {
    const [a, pp, fp] = ns(f, 'a', 'pp', 'fp')
    const gal = (area: number, cover: number, round = ceilTo) => round(r(area, cover), ONE)
    const cost = (p: R, fin: R) => add(mul(p, r(pp)), mul(fin, r(fp)))
    return cash([
      cost(gal(a, 300), gal(2 * a, 350)),
      cost(r(0), gal(2 * a, 350)),
      cost(gal(a, 300), gal(a, 350)),
      cost(gal(2 * a, 300), gal(2 * a, 350)),
      mul(add(gal(a, 300), gal(2 * a, 350)), r(fp)),
      cost(gal(a, 300, floorTo), gal(2 * a, 350, floorTo)),
      cost(gal(a, 350), gal(2 * a, 350)),
    ])
  },
  'tile-boxes-less-cabinets': (f) => {
    const [l, w, k, waste, box] = ns(f, 'l', 'w', 'k', 'waste', 'box')
    const net = r(l * w - k)
    const b = (x: R, round = ceilTo) => round(div(x, r(box)), ONE)
    return out(0, [
      b(mul(net, plus(waste))),
      b(mul(r(l * w), plus(waste))),
      b(net),
      b(mul(net, plus(waste)), floorTo),
      b(sub(mul(r(l * w), plus(waste)), r(k))),
      b(mul(net, plus(2 * waste))),
      b(mul(net, plus(-waste))),
    ])
  },
  'floor-tiles-metric-count': (f) => {
    const [l, w, waste, a, b] = ns(f, 'l', 'w', 'waste', 'a', 'b')
    const floor = mul(r(l, 10), r(w, 10))
    const tile = (x: number, y: number) => mul(r(x, 1000), r(y, 1000))
    const t = (grow: R, size: R, round = ceilTo) => round(div(mul(floor, grow), size), ONE)
    const along = mul(
      ceilTo(div(r(l, 10), r(a, 1000)), ONE),
      ceilTo(div(r(w, 10), r(b, 1000)), ONE),
    )
    return out(0, [
      t(plus(waste), tile(a, b)),
      t(ONE, tile(a, b)),
      t(plus(waste), tile(a, b), floorTo),
      t(plus(-waste), tile(a, b)),
      t(mul(plus(waste), plus(waste)), tile(a, b)),
      t(plus(waste), tile(a + 10, b + 10)),
      ceilTo(mul(along, plus(waste)), ONE),
    ])
  },
  'plank-cartons-diagonal': (f) => {
    const [l, w, carton] = ns(f, 'l', 'w', 'carton')
    const c = (pct: number, round = ceilTo) => round(div(mul(r(l * w), plus(pct)), r(carton)), ONE)
    return out(0, [
      c(15),
      c(8),
      c(0),
      c(15, floorTo),
      c(23),
      c(30),
      ceilTo(div(r(l * w), mul(r(carton), plus(-15))), ONE),
    ])
  },
  'carpet-roll-strips': (f) => {
    const [l, w, roll] = ns(f, 'l', 'w', 'roll')
    const strips = (across: number) => ceilTo(div(r(across, 10), r(roll)), ONE)
    const room = mul(r(l, 10), r(w, 10))
    return out(1, [
      mul(strips(w), add(r(l, 10), TENTH), r(roll)),
      nearTo(room, TENTH),
      mul(strips(w), r(l, 10), r(roll)),
      mul(strips(l), add(r(w, 10), TENTH), r(roll)),
      mul(strips(w), add(r(l, 10), r(2, 10)), r(roll)),
      nearTo(mul(room, plus(10)), TENTH),
    ])
  },
  'baseboard-stock-pieces': (f) => {
    const [l, w, n, stock, other] = ns(f, 'l', 'w', 'n', 'stock', 'other')
    const p = (len: number, st: number, pct: number, round = ceilTo) =>
      round(div(mul(r(len), plus(pct)), r(st)), ONE)
    const net = 2 * (l + w) - 3 * n
    return out(0, [
      p(net, stock, 10),
      p(2 * (l + w), stock, 10),
      p(net, stock, 0),
      p(net, stock, 10, floorTo),
      p(net, other, 10),
      p(l + w - 3 * n, stock, 10),
    ])
  },
  'shingle-bundles-stated-pitch-factor': (f) => {
    const [a, factor, waste] = ns(f, 'a', 'factor', 'waste')
    const squares = (fac: R, pct: number) => mul(r(a), fac, plus(pct), r(1, 100))
    const F = r(factor, 1000)
    return out(0, [
      ceilTo(mul(squares(F, waste), r(3)), ONE),
      ceilTo(mul(squares(ONE, waste), r(3)), ONE),
      ceilTo(mul(squares(F, 0), r(3)), ONE),
      mul(ceilTo(squares(F, waste), ONE), r(3)),
      ceilTo(mul(squares(F, waste), r(4)), ONE),
      floorTo(mul(squares(F, waste), r(3)), ONE),
      ceilTo(mul(squares(div(ONE, F), waste), r(3)), ONE),
    ])
  },
  'roof-area-from-rise-and-run': (f) => {
    const [l, w, rise] = ns(f, 'l', 'w', 'rise')
    const plan = r(l * w)
    const hyp2 = r(144 + rise * rise)
    return out(0, [
      roundSqrt(div(mul(plan, plan, hyp2), r(144))),
      plan,
      nearTo(mul(plan, r(12 + rise, 12)), ONE),
      nearTo(div(mul(plan, hyp2), r(144)), ONE),
      roundSqrt(div(mul(plan, plan, r(144)), hyp2)),
      roundSqrt(div(mul(plan, plan, hyp2), r(576))),
    ])
  },
  'rafter-order-length': (f) => {
    const [run, rise, o] = ns(f, 'run', 'rise', 'o')
    const sloped = (levelIn: number) => mul(r(levelIn * levelIn), r(144 + rise * rise, 144))
    const level = run * 12 + o
    const even = (x: R) => mul(r(2), x)
    return out(0, [
      even(leastUnits(sloped(level), 24)),
      even(ceilTo(r(level, 24), ONE)),
      even(leastUnits(sloped(run * 12), 24)),
      leastUnits(sloped(level), 12),
      even(ceilTo(r(level + run * rise, 24), ONE)),
      even(leastUnits(sloped(run * 24 + o), 24)),
    ])
  },
  'underlayment-rolls': (f) => {
    const [a, factor, net, g] = ns(f, 'a', 'factor', 'net', 'g')
    const sloped = mul(r(a), r(factor, 1000))
    const rl = (x: R, per: number, round = ceilTo) => round(div(x, r(per)), ONE)
    return out(0, [
      rl(sloped, net),
      rl(sloped, g),
      rl(r(a), net),
      rl(sloped, net, floorTo),
      rl(r(a), g),
      rl(mul(sloped, plus(10)), net),
    ])
  },
  'drip-edge-pieces-with-overlap': (f) => {
    const [l, rake, lap] = ns(f, 'l', 'rake', 'lap')
    const p = (ft: number, cover: R, round = ceilTo) => round(div(r(ft), cover), ONE)
    const each = sub(r(10), r(lap, 12))
    const all = 2 * l + 4 * rake
    return out(0, [
      p(all, each),
      p(all, r(10)),
      p(2 * l, each),
      p(2 * l + 2 * rake, each),
      p(all, each, floorTo),
      p(all, sub(r(10), r(2 * lap, 12))),
      p(6 * l, each),
      add(mul(r(2), p(l, each)), mul(r(4), p(rake, each))),
    ])
  },
  'wallpaper-rolls-with-repeat': (f) => {
    const [perim, h, rep] = ns(f, 'perim', 'h', 'rep')
    const roll = r(1005, 100)
    const drop = r(h + rep + 100, 1000)
    const drops = ceilTo(div(r(perim, 1000), r(53, 100)), ONE)
    const per = (d: R, round = floorTo) => round(div(roll, d), ONE)
    return out(0, [
      ceilTo(div(drops, per(drop)), ONE),
      ceilTo(div(mul(r(perim, 1000), r(h, 1000)), mul(roll, r(53, 100))), ONE),
      ceilTo(div(drops, per(r(h + 100, 1000))), ONE),
      ceilTo(div(drops, per(drop, ceilTo)), ONE),
      ceilTo(div(mul(drops, drop), roll), ONE),
      drops,
      ceilTo(div(drops, per(r(h + rep, 1000))), ONE),
      ceilTo(div(drops, per(r(h + 2 * rep + 100, 1000))), ONE),
      ceilTo(mul(ceilTo(div(drops, per(drop)), ONE), plus(10)), ONE),
    ])
  },
  'deck-boards-with-gaps': (f) => {
    const [w, gap] = ns(f, 'w', 'gap')
    const rows = (width: R, board: R, round = ceilTo) => round(div(width, board), ONE)
    const inches = r(w * 12)
    const board = add(r(11, 2), r(gap, 8))
    return out(0, [
      rows(inches, board),
      rows(inches, r(11, 2)),
      rows(inches, r(6)),
      rows(inches, board, floorTo),
      rows(inches, add(r(11, 2), r(gap === 1 ? 2 : 1, 8))),
      rows(r(w), board),
    ])
  },
  'ceiling-tiles-two-by-four': (f) => {
    const [l, w, waste] = ns(f, 'l', 'w', 'waste')
    const t = (tile: number, pct: number, round = ceilTo) =>
      round(div(mul(r(l * w), plus(pct)), r(tile)), ONE)
    return out(0, [
      t(8, waste),
      t(4, waste),
      t(8, 0),
      t(8, waste, floorTo),
      ceilTo(mul(ceilTo(r(l, 4), ONE), ceilTo(r(w, 2), ONE), plus(waste)), ONE),
      t(8, 2 * waste),
    ])
  },
  'siding-squares-with-gables': (f) => {
    const [l, w, h, rise, n] = ns(f, 'l', 'w', 'h', 'rise', 'n')
    const walls = r(2 * (l + w) * h)
    const gable = mul(r(1, 2), r(w), r(rise))
    const sq = (gables: R, holes: number, pct: number) =>
      ceilTo(div(mul(sub(add(walls, gables), r(15 * holes)), plus(pct)), r(100)), TENTH)
    return out(1, [
      sq(mul(r(2), gable), n, 10),
      sq(r(0), n, 10),
      sq(mul(r(4), gable), n, 10),
      sq(mul(r(2), gable), 0, 10),
      sq(mul(r(2), gable), n, 0),
      sq(gable, n, 10),
      sq(mul(r(2), gable), n, 20),
      sq(mul(r(2), gable), n, -10),
      floorTo(div(mul(sub(add(walls, mul(r(2), gable)), r(15 * n)), plus(10)), r(100)), TENTH),
    ])
  },
}

// ---- Labour, plant and unit rates: money in rational cents, rounded to the cent at the end.
const PRICING: Table = {
  'labour-cost-from-crew-productivity': (f) => {
    const [qty, p, n, c] = ns(f, 'qty', 'p', 'n', 'c')
    const hours = r(qty, p)
    return cash([
      mul(hours, r(n * c)),
      mul(hours, r(c)),
      mul(ceilTo(div(hours, r(8)), ONE), r(8 * n * c)),
      mul(div(hours, r(8)), r(n * c)),
      mul(hours, r(n * n * c)),
      mul(div(hours, r(n)), r(c)),
    ])
  },
  'crew-days-to-the-half-day': (f) => {
    const [qty, o, d, k] = ns(f, 'qty', 'o', 'd', 'k')
    const days = r(qty, o)
    const half = r(1, 2)
    return cash([
      mul(ceilTo(days, half), r(d)),
      mul(ceilTo(days, ONE), r(d)),
      mul(days, r(d)),
      mul(floorTo(days, half), r(d)),
      mul(ceilTo(days, half), r(d * k)),
      mul(ceilTo(div(days, r(k)), half), r(d)),
    ])
  },
  'labour-with-payroll-burden': (f) => {
    const [qty, u, w, b, mat] = ns(f, 'qty', 'u', 'w', 'b', 'mat')
    const hours = mul(r(qty), r(u, 100))
    const lab = (x: R) => nearTo(mul(hours, r(w), x), ONE)
    const mats = r(qty * mat)
    return cash([
      add(lab(plus(b)), mats),
      add(lab(ONE), mats),
      mul(add(mul(hours, r(w)), mats), plus(b)),
      lab(plus(b)),
      add(nearTo(mul(div(r(qty), r(u, 100)), r(w), plus(b)), ONE), mats),
      add(lab(plus(-b)), mats),
    ])
  },
  'overtime-week-time-and-a-half': (f) => {
    const [n, h, c] = ns(f, 'n', 'h', 'c')
    const week = (straight: number, over: number, factor: R) =>
      add(r(straight * c), mul(r(over * c), factor))
    const ot = h - 40
    return cash([
      mul(r(n), week(40, ot, r(3, 2))),
      r(n * h * c),
      mul(r(n), week(40, ot, r(2))),
      mul(r(n * h * c), r(3, 2)),
      week(40, ot, r(3, 2)),
      mul(r(n), week(40, ot, r(1, 2))),
    ])
  },
  'plant-hire-weeks-and-days': (f) => {
    const [days, d, wk, fee] = ns(f, 'days', 'd', 'wk', 'fee')
    const hire = (per: number, cap: boolean) => {
      const weeks = Math.floor(days / per)
      const rest = (days - weeks * per) * d
      return weeks * wk + (cap ? Math.min(rest, wk) : rest)
    }
    const k = hire(7, true)
    return cash([
      r(k + 2 * fee),
      r(days * d + 2 * fee),
      r(hire(7, false) + 2 * fee),
      r(k + fee),
      r(hire(5, true) + 2 * fee),
      add(mul(ceilTo(r(days, 7), ONE), r(wk)), r(2 * fee)),
      r(k),
    ])
  },
  'unit-rate-build-up-metric': (f) => {
    const [mat, waste, hrs, rate, plant, qty] = ns(f, 'mat', 'waste', 'hrs', 'rate', 'plant', 'qty')
    const cent = (x: R) => nearTo(x, ONE)
    const unit = (w: number, h: R, pl: number) =>
      add(add(cent(mul(r(mat), plus(w))), cent(mul(h, r(rate)))), r(pl))
    const h = r(hrs, 10)
    return cash([
      mul(r(qty), unit(waste, h, plant)),
      mul(r(qty), unit(0, h, plant)),
      mul(r(qty), unit(waste, h, 0)),
      mul(r(qty), unit(waste, r(hrs), plant)),
      mul(r(qty), cent(mul(add(r(mat + plant), cent(mul(h, r(rate)))), plus(waste)))),
      unit(waste, h, plant),
    ])
  },
  'composite-crew-hour-rate': (f) => {
    const [a, b, c, s, k] = ns(f, 'a', 'b', 'c', 's', 'k')
    const crew = r(a + s * b + k * c)
    const heads = 1 + s + k
    return cash([
      crew,
      mul(r(a + b + c, 3), r(heads)),
      r(s * b + k * c),
      r(a + b + c),
      div(crew, r(heads)),
      r(a * heads),
      r(c * heads),
    ])
  },
  'crew-cost-from-worker-days': (f) => {
    const [qty, p, n, d] = ns(f, 'qty', 'p', 'n', 'd')
    const perDay = p * 8
    const crewDays = (round = ceilTo) => round(r(qty, n * perDay), ONE)
    return cash([
      mul(crewDays(), r(n * d)),
      mul(r(qty, perDay), r(d)),
      mul(ceilTo(r(qty, perDay), ONE), r(d)),
      mul(ceilTo(r(qty, perDay), ONE), r(n * d)),
      mul(crewDays(floorTo), r(n * d)),
      mul(crewDays(), r(d)),
      mul(ceilTo(r(qty, n * perDay * 5), ONE), r(5 * n * d)),
    ])
  },
  'unit-price-per-ft2-to-per-m2': (f) => {
    const [c] = ns(f, 'c')
    const ft = r(3048, 10000)
    const ft2 = mul(ft, ft)
    return cash([
      div(r(c), ft2),
      mul(r(c), ft2),
      div(r(c), ft),
      r(c * 9),
      r(c * 10),
      mul(r(c), r(33, 10), r(33, 10)),
      r(c * 11),
    ])
  },
  'price-per-m3-to-per-yd3': (f) => {
    const [c] = ns(f, 'c')
    const yd = r(9144, 10000)
    return cash([
      mul(r(c), yd, yd, yd),
      div(r(c), mul(yd, yd, yd)),
      mul(r(c), yd),
      mul(r(c), yd, yd),
      mul(r(c), r(9, 10), r(9, 10), r(9, 10)),
      mul(r(c), r(1000000, 35314667)),
      mul(r(c), r(27000000, 35314667)),
    ])
  },
  'concrete-pump-minimum-hours': (f) => {
    const [v, rate, hour, est] = ns(f, 'v', 'rate', 'hour', 'est')
    const half = r(1, 2)
    const pumping = r(v, rate)
    const max = (x: R, y: R) => (x.n * y.d >= y.n * x.d ? x : y)
    const billed = (setup: R, min: R, step = half) => max(ceilTo(add(pumping, setup), step), min)
    const cost = (hours: R, fee = est) => add(mul(hours, r(hour)), r(fee))
    return cash([
      cost(billed(ONE, r(4))),
      cost(billed(ONE, r(0))),
      cost(billed(r(0), r(4))),
      cost(billed(ONE, r(4)), 0),
      cost(billed(ONE, r(4), ONE)),
      cost(add(billed(r(0), r(4)), r(4))),
      cost(billed(r(2), r(4))),
      cost(add(billed(r(0), r(4)), ONE)),
    ])
  },
  'productivity-factor-at-height': (f) => {
    const [qty, p, fp, c] = ns(f, 'qty', 'p', 'f', 'c')
    const hours = (out: R) => div(r(qty), out)
    return cash([
      mul(hours(mul(r(p), plus(-fp))), r(c)),
      mul(hours(r(p)), r(c)),
      mul(hours(r(p)), plus(-fp), r(c)),
      mul(hours(mul(r(p), plus(fp))), r(c)),
      mul(hours(r(p)), plus(fp), r(c)),
      mul(hours(mul(r(p), plus(-fp), plus(-fp))), r(c)),
    ])
  },
  'materials-tax-delivery-labour': (f) => {
    const [mat, t, del, lab] = ns(f, 'mat', 't', 'del', 'lab')
    const rate = r(t, 10000)
    const tax = nearTo(mul(r(mat), rate), ONE)
    const rest = r(del + lab)
    return cash([
      add(add(r(mat), tax), rest),
      add(r(mat), rest),
      mul(r(mat + del + lab), add(ONE, rate)),
      add(mul(r(mat + del), add(ONE, rate)), r(lab)),
      add(add(r(mat), tax), r(lab)),
      add(sub(r(mat), tax), rest),
      add(add(r(mat), nearTo(mul(r(mat), rate, r(10)), ONE)), rest),
    ])
  },
  'haulage-per-tonne-km-with-minimum': (f) => {
    const [tonnes, km, rate, cap, min] = ns(f, 'tonnes', 'km', 'rate', 'cap', 'min')
    const load = (t: number) => Math.max(t * km * rate, min)
    const full = Math.floor(tonnes / cap)
    const last = tonnes % cap
    const key = full * load(cap) + (last ? load(last) : 0)
    const loads = full + (last ? 1 : 0)
    return cash([
      r(key),
      r(tonnes * km * rate),
      r(loads * load(cap)),
      r(2 * key),
      r(full * load(cap) + min),
      r(loads * min),
      r(loads * cap * km * rate),
      r(full * load(cap) + last * km * rate + min),
    ])
  },
  'weekly-site-preliminaries': (f) => {
    const [n, o, t, k, sk, mob] = ns(f, 'n', 'o', 't', 'k', 'sk', 'mob')
    const weekly = (skips: number) => r(o + t + skips * sk)
    return cash([
      add(mul(r(n), weekly(k)), r(mob)),
      add(mul(r(n), weekly(1)), r(mob)),
      mul(r(n), weekly(k)),
      add(mul(r(n), weekly(k)), r(2 * mob)),
      add(mul(r(n), weekly(0)), r(k * sk + mob)),
      mul(r(n), add(weekly(k), r(mob))),
    ])
  },
  'small-tools-and-consumables': (f) => {
    const [lab, mat, tools, cons] = ns(f, 'lab', 'mat', 'tools', 'cons')
    const pctOf = (x: number, p: number) => cents(mul(r(x), r(p, 100)))
    const base = r(lab + mat)
    return cash([
      add(add(base, pctOf(lab, tools)), pctOf(mat, cons)),
      add(base, pctOf(lab + mat, tools + cons)),
      add(add(base, pctOf(mat, tools)), pctOf(lab, cons)),
      add(base, pctOf(lab, tools)),
      add(base, pctOf(mat, cons)),
      add(base, pctOf(lab, tools + cons)),
      add(base, pctOf(lab + mat, tools)),
    ])
  },
}

// ---- Markup, bids and contract money in rational cents; percentages as exact fractions.
const pcOf = (x: R) => out(2, [nearTo(mul(x, r(100)), HUNDREDTH)]).key
const percents = (xs: R[]): Expect => ({
  key: pcOf(xs[0]!),
  wrong: xs.slice(1).map(pcOf),
})
const cents = (x: R) => nearTo(x, ONE)
const BID: Table = {
  'price-from-markup-on-cost': (f) => {
    const [c, k] = ns(f, 'c', 'k')
    return cash([
      mul(r(c), plus(k)),
      div(r(c), plus(-k)),
      mul(r(c), r(k, 100)),
      mul(r(c), plus(-k)),
      mul(r(c), plus(2 * k)),
      div(r(c), plus(k)),
      mul(r(c), plus(k), plus(k)),
    ])
  },
  'price-from-target-margin': (f) => {
    const [c, g] = ns(f, 'c', 'g')
    return cash([
      div(r(c), plus(-g)),
      mul(r(c), plus(g)),
      mul(r(c), plus(-g)),
      div(r(c), plus(g)),
      div(r(c), plus(-2 * g)),
      mul(r(c), plus(g), plus(g)),
    ])
  },
  'markup-to-margin-percent': (f) => {
    const [k] = ns(f, 'k')
    return percents([
      r(k, 100 + k),
      r(k, 100),
      r(k, 100 - k),
      r(100, 100 + k),
      r(k * k, 100 * (100 + k)),
      r(2 * k, 100 + k),
    ])
  },
  'overhead-then-profit-stacked': (f) => {
    const [c, o, p] = ns(f, 'c', 'o', 'p')
    const oh = cents(mul(r(c), r(o, 100)))
    const withOh = add(r(c), oh)
    const key = add(withOh, cents(mul(withOh, r(p, 100))))
    return cash([
      key,
      add(r(c), cents(mul(r(c), r(o + p, 100)))),
      withOh,
      add(r(c), cents(mul(r(c), r(p, 100)))),
      div(r(c), plus(-o - p)),
      add(key, cents(mul(oh, r(p, 100)))),
      add(withOh, cents(mul(r(c), r(p, 100)))),
    ])
  },
  'contingency-conditions-markup-bond': (f) => {
    const [d, cont, g, k, b] = ns(f, 'd', 'cont', 'g', 'k', 'b')
    const contingency = cents(mul(r(d), r(cont, 100)))
    const bondOn = (x: R, rate = r(b, 10000)) => add(x, cents(mul(x, rate)))
    const marked = cents(mul(add(add(r(d), contingency), r(g)), plus(k)))
    const plain = cents(mul(r(d + g), plus(k)))
    return cash([
      bondOn(marked),
      marked,
      add(
        add(add(r(d), contingency), r(g)),
        add(cents(mul(r(d + g), r(k, 100))), cents(mul(marked, r(b, 10000)))),
      ),
      bondOn(plain),
      add(add(cents(mul(add(r(d), contingency), plus(k))), r(g)), cents(mul(marked, r(b, 10000)))),
      add(bondOn(marked), contingency),
      bondOn(marked, r(b, 100)),
    ])
  },
  'escalation-to-midpoint': (f) => {
    const [c, e, s, dur] = ns(f, 'c', 'e', 's', 'dur')
    const at = (months: R, perMonth = r(e, 1200)) => add(r(c), cents(mul(r(c), perMonth, months)))
    const mid = add(r(s), r(dur, 2))
    return cash([
      at(mid),
      at(r(s)),
      at(r(s + dur)),
      at(r(dur, 2)),
      at(mid, r(e, 100)),
      at(r(12)),
      at(r(s + 2 * dur)),
    ])
  },
  'bid-tab-with-accepted-alternate': (f) => {
    const base = String(f.base).split(',').map(Number)
    const alt = String(f.alt).split(',').map(Number)
    const tot = base.map((b, i) => b + alt[i]!)
    const order = [...tot.keys()].sort((i, j) => tot[i]! - tot[j]!)
    const lowBase = [...base.keys()].sort((i, j) => base[i]! - base[j]!)[0]!
    const w = order[0]!
    return cash(
      [
        tot[w]!,
        tot[lowBase]!,
        base[lowBase]!,
        base[lowBase]! + Math.min(...alt),
        tot[order[order.length - 1]!]!,
        base[w]! - alt[w]!,
        tot[order[1]!]!,
      ].map((x) => r(x)),
    )
  },
  'change-order-markups-and-bond': (f) => {
    const [lab, mat, eq, sub, own, subK, bond] = ns(
      f,
      'lab',
      'mat',
      'eq',
      'sub',
      'own',
      'subK',
      'bond',
    )
    const ownWork = r(lab + mat + eq)
    const withBond = (x: R) => add(x, cents(mul(x, r(bond, 100))))
    const up1 = (x: R, k: number) => cents(mul(x, plus(k)))
    return cash([
      withBond(add(up1(ownWork, own), up1(r(sub), subK))),
      withBond(up1(add(ownWork, r(sub)), own)),
      add(up1(ownWork, own), up1(r(sub), subK)),
      withBond(add(ownWork, r(sub))),
      withBond(add(up1(ownWork, own), r(sub))),
      withBond(up1(add(ownWork, r(sub)), own + subK)),
    ])
  },
  'deductive-change-credit': (f) => {
    const [del, added, k, cr] = ns(f, 'del', 'add', 'k', 'cr')
    const credit = cents(mul(r(del), plus(cr)))
    const charge = cents(mul(r(added), plus(k)))
    return cash([
      sub(credit, charge),
      cents(mul(r(del - added), plus(k))),
      r(del - added),
      sub(cents(mul(r(del), plus(k))), charge),
      sub(credit, r(added)),
      credit,
      sub(credit, cents(mul(r(added), plus(2 * k)))),
      sub(cents(mul(r(del), plus(-cr))), charge),
    ])
  },
  'progress-payment-with-retainage': (f) => {
    const [done, stored, prevPaid, ret] = ns(f, 'done', 'stored', 'prevPaid', 'ret')
    const earned = r(done + stored)
    const held = (x: R, rate = ret) => cents(mul(x, r(rate, 100)))
    const due = (h: R) => sub(sub(earned, h), r(prevPaid))
    return cash([
      due(held(earned)),
      due(r(0)),
      sub(sub(r(done), held(r(done))), r(prevPaid)),
      sub(earned, held(earned)),
      due(held(sub(earned, r(prevPaid)))),
      due(held(r(done))),
      due(held(earned, 2 * ret)),
    ])
  },
  'retainage-halved-after-half-complete': (f) => {
    const [contract, done] = ns(f, 'contract', 'done')
    const half = r(contract, 2)
    const pctOf = (x: R, p: number) => cents(mul(x, r(p, 100)))
    return cash([
      add(pctOf(half, 10), pctOf(sub(r(done), half), 5)),
      pctOf(r(done), 10),
      pctOf(r(done), 5),
      pctOf(half, 10),
      add(pctOf(half, 5), pctOf(sub(r(done), half), 10)),
      cents(mul(r(done), r(75, 1000))),
    ])
  },
  'unit-price-overrun-repriced': (f) => {
    const [eq, u, aq, cap, lower] = ns(f, 'eq', 'u', 'aq', 'cap', 'lower')
    expect(cap).toBe(Number(nearTo(mul(r(eq), r(5, 4)), ONE).n))
    return cash([
      r(cap * u + (aq - cap) * lower),
      r(aq * u),
      r(aq * lower),
      r(eq * u + (aq - eq) * lower),
      r(cap * u),
      r(cap * lower + (aq - cap) * u),
    ])
  },
  'bond-premium-tiers': (f) => {
    const [c] = ns(f, 'c')
    // Bands in dollars: $100,000, $400,000, $2,000,000, then the rest.
    const dollars = r(c, 100)
    const bands: readonly [R, R][] = [
      [r(100000), r(25, 1000)],
      [r(400000), r(15, 1000)],
      [r(2000000), r(1, 100)],
    ]
    let left = dollars
    let premium = r(0)
    let top = r(75, 10000)
    for (const [size, rate] of bands) {
      if (left.n <= 0n) break
      const part = left.n * size.d <= size.n * left.d ? left : size
      premium = add(premium, cents(mul(part, rate, r(100))))
      if (part === left) top = rate
      left = sub(left, part)
    }
    if (left.n > 0n) premium = add(premium, cents(mul(left, r(75, 10000), r(100))))
    const whole = (rate: R) => cents(mul(r(c), rate))
    return cash([
      premium,
      whole(top),
      whole(r(25, 1000)),
      whole(r(75, 10000)),
      whole(r(15, 1000)),
      whole(r(1, 100)),
    ])
  },
  'bid-spread-over-low': (f) => {
    const [low, second] = ns(f, 'low', 'second')
    return percents([
      r(second - low, low),
      r(second - low, second),
      r(second, low),
      r(2 * (second - low), low + second),
      r(low, second),
      r(second - low, low + second),
    ])
  },
  'final-payment-releasing-retainage': (f) => {
    const [c, co, paid, lastCert, ret] = ns(f, 'c', 'co', 'paid', 'lastCert', 'ret')
    const total = r(c + co)
    return cash([
      sub(total, r(paid)),
      r(c - paid),
      r(lastCert - paid),
      sub(cents(mul(total, plus(-ret))), r(paid)),
      sub(total, r(lastCert)),
      r(c - co - paid),
      r(c + co - paid + lastCert - paid),
      r(c + 2 * co - paid),
    ])
  },
  'subcontract-bid-leveling': (f) => {
    const [a, b, permits, cleanup] = ns(f, 'a', 'b', 'permits', 'cleanup')
    const low = (x: number, y: number) => r(Math.min(x, y))
    return cash([
      low(a + permits + cleanup, b + cleanup),
      low(a, b),
      low(a + permits, b),
      low(a + permits + cleanup, b + permits + cleanup),
      r(Math.max(a + permits + cleanup, b + cleanup)),
      low(a + cleanup, b + permits + cleanup),
    ])
  },
}

const SECOND: Table = {
  ...CONCRETE,
  ...FRAMING,
  ...FINISH,
  ...PRICING,
  ...BID,
}

describeEngineIndependent('construction estimating scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    keptShare: 0.67,
    atLeast: 80,
    second: SECOND,
    route: 'exact BigInt rationals',
    digest,
    never: { what: 'quantity or amount below zero', pattern: /(^|\s)-[€$£\d]/ },
    readNumber: (t) => {
      const n = Number(digest(t).replace(/,/g, ''))
      return Number.isNaN(n) ? undefined : n
    },
    models: CONSTRUCTION_MODELS,
    engines,
  })
})
