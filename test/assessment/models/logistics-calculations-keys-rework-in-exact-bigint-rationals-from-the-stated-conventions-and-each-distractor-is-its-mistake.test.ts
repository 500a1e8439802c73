import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import type { UnitsScenario } from '../../../src/assessment/models/egu/egu-text.js'
import { COST_FAMILIES } from '../../../src/assessment/models/lgc/cost-families.js'
import { LANDED_FAMILIES } from '../../../src/assessment/models/lgc/landed-families.js'
import { LGC_MODELS } from '../../../src/assessment/models/lgc/lgc-models.js'
import { LOAD_FAMILIES } from '../../../src/assessment/models/lgc/load-families.js'
import { SERVICE_FAMILIES } from '../../../src/assessment/models/lgc/service-families.js'
import { WEIGHT_FAMILIES } from '../../../src/assessment/models/lgc/weight-families.js'
import { add, div, mul, type R, r, sub } from '../../support/bigint-rationals.js'
import { drawFamilies } from '../../support/draw-families.js'
import { rationalFiguresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { type SecondWorking, scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...WEIGHT_FAMILIES,
  ...LOAD_FAMILIES,
  ...COST_FAMILIES,
  ...LANDED_FAMILIES,
  ...SERVICE_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<UnitsScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Exact rationals (test/support/bigint-rationals.ts), nothing shared with the families' fraction helpers.
const B = BigInt
const norm = ([a, b]: R): R => (b < 0n ? [-a, -b] : [a, b])
const lt = (x: R, y: R) => {
  const [a, b] = norm(x)
  const [c, d] = norm(y)
  return a * d < c * b
}
const mx = (...xs: readonly R[]) => xs.reduce((p, x) => (lt(p, x) ? x : p))
const mn = (...xs: readonly R[]) => xs.reduce((p, x) => (lt(x, p) ? x : p))
/** Whole part, rounded down, of a non-negative rational. */
const fl = (x: R): R => {
  const [a, b] = norm(x)
  return r(a / b)
}
const ce = (x: R): R => {
  const [a, b] = norm(x)
  return r(a / b + (a % b === 0n ? 0n : 1n))
}
/** Up to the next multiple of `step`. */
const upTo = (x: R, step: R) => mul(ce(div(x, step)), step)
const half = r(1, 2)
const upH = (x: R) => upTo(x, half)
const nearest = (x: R) => fl(add(x, half))
const pc = (x: R, p: R) => div(mul(x, p), r(100))
const tot = (xs: readonly R[]) => add(...xs)

// ---- Writing numbers, half away from zero (all shown figures are positive).
function dp(x: R, k: number): string {
  const [a, b] = norm(mul(x, r(10n ** B(k))))
  const q = a / b
  const m = 2n * (a - q * b) >= b ? q + 1n : q
  const s = m.toString().padStart(k + 1, '0')
  const whole = B(k ? s.slice(0, -k) : s).toLocaleString('en-US')
  return k ? `${whole}.${s.slice(-k)}` : whole
}
const txt =
  (k: number) =>
  (...xs: readonly R[]): SecondWorking => ({
    key: dp(xs[0]!, k),
    wrong: xs.slice(1).map((x) => dp(x, k)),
  })
const at0 = txt(0)
const at1 = txt(1)
const at2 = txt(2)
const at3 = txt(3)
const at4 = txt(4)

/** The number an option shows, without its currency sign or unit; a duration stays whole. */
const digest = (text: string) =>
  /^\d+ h \d\d min$/.test(text) ? text : (text.replace(/^[€$]/, '').match(/^[\d,.]+/)?.[0] ?? text)

type F = Readonly<Record<string, number | string>>
// The families record each drawn input as exact `n/d` text; the shared reader keeps it exact
// (`figuresOf` reads plain numbers, which `n/d` is not) and names any figure a draw lacks.
const v = (f: F, k: string): R => rationalFiguresOf(f, k)[0]
const vs = (f: F, ...ks: readonly string[]): R[] => rationalFiguresOf(f, ...ks)
const num = (x: R) => Number(fl(x)[0])

type Route = (f: F) => SecondWorking

// ---- Chargeable weight.
const WEIGHT: Readonly<Record<string, Route>> = {
  'lgc-air-two-carton-lines-chargeable-weight': (f) => {
    const [n1, l1, w1, h1, k1, n2, l2, w2, h2, k2] = vs(
      f,
      'n1',
      'l1',
      'w1',
      'h1',
      'k1',
      'n2',
      'l2',
      'w2',
      'h2',
      'k2',
    )
    const cm1 = mul(n1!, l1!, w1!, h1!)
    const cm2 = mul(n2!, l2!, w2!, h2!)
    const act = add(mul(n1!, k1!), mul(n2!, k2!))
    const vol = div(add(cm1, cm2), r(6000))
    const best = mx(act, vol)
    return at1(
      upH(best),
      upH(add(mx(mul(n1!, k1!), div(cm1, r(6000))), mx(mul(n2!, k2!), div(cm2, r(6000))))),
      upH(mx(act, div(add(cm1, cm2), r(5000)))),
      upH(act),
      best,
      mul(fl(mul(best, r(2))), half),
      upH(add(act, vol)),
    )
  },
  'lgc-courier-per-piece-billed-weight': (f) => {
    const p = [0, 1, 2].map((i) => ({
      cm: mul(...vs(f, `l${i}`, `b${i}`, `h${i}`)),
      a: v(f, `a${i}`),
    }))
    const big = p.map(({ cm, a }) => mx(a, div(cm, r(5000))))
    return at1(
      tot(big.map(upH)),
      upH(mx(tot(p.map((x) => x.a)), div(tot(p.map((x) => x.cm)), r(5000)))),
      tot(p.map(({ cm, a }) => upH(mx(a, div(cm, r(6000)))))),
      upH(tot(big)),
      tot(big.map((x) => ce(x))),
      tot(p.map(({ a }) => upH(a))),
      tot(p.map(({ cm, a }) => upH(add(a, div(cm, r(5000)))))),
    )
  },
  'lgc-sea-lcl-weight-or-measure-freight': (f) => {
    const [n, l, b, h, kgs, rate] = vs(f, 'n', 'l', 'b', 'h', 'kgs', 'rate')
    const m3 = div(mul(n!, l!, b!, h!), r(1_000_000))
    const t = div(kgs!, r(1000))
    const $ = (x: R) => mul(rate!, x)
    return at2(
      $(mx(m3, t)),
      $(mn(m3, t)),
      $(add(m3, t)),
      $(ce(mx(m3, t))),
      $(mx(t, mul(m3, r(333, 1000)))),
      $(mx(div(m3, r(10)), t)),
    )
  },
  'lgc-road-groupage-chargeable-weight': (f) => {
    const [n, l, b, h, a] = vs(f, 'n', 'l', 'b', 'h', 'a')
    const m3 = div(mul(n!, l!, b!, h!), r(1_000_000))
    const road = mul(m3, r(333))
    return at0(
      ce(mx(a!, road)),
      ce(mx(a!, mul(m3, r(250)))),
      ce(mx(a!, mul(m3, r(1000)))),
      ce(mx(a!, div(mul(m3, r(1_000_000)), r(6000)))),
      ce(add(a!, road)),
      ce(mx(a!, div(road, n!))),
      ce(mn(a!, road)),
    )
  },
  'lgc-loading-metres-chargeable-weight': (f) => {
    const [n, a, per, euro] = vs(f, 'n', 'a', 'per', 'euro')
    const area = euro![0] === 1n ? r(96, 100) : r(120, 100)
    const ldm = div(mul(n!, area), r(24, 10))
    return at0(
      mx(a!, mul(ldm, per!)),
      mx(a!, mul(n!, area, per!)),
      mx(a!, mul(n!, euro![0] === 1n ? r(8, 10) : r(1), per!)),
      a!,
      mx(a!, mul(ldm, per!, half)),
      add(a!, mul(ldm, per!)),
      mx(a!, mul(div(mul(n!, area), r(25, 10)), per!)),
    )
  },
  'lgc-air-volumetric-from-cubic-metres': (f) => {
    const [m3, a] = vs(f, 'm3', 'a')
    const air = div(m3!, r(6, 1000))
    return at1(
      upH(mx(a!, air)),
      upH(mx(a!, mul(m3!, r(1000)))),
      upH(mx(a!, mul(m3!, r(200)))),
      upH(mx(a!, mul(m3!, r(333)))),
      upH(a!),
      mx(a!, air),
    )
  },
  'lgc-us-courier-dim-weight-in-pounds': (f) => {
    const d = vs(f, 'l', 'b', 'h')
    const a = v(f, 'a')
    const bill = (div_: number, ds: readonly R[]) => mx(ce(a), ce(div(mul(...ds), r(div_))))
    return at0(
      bill(139, d.map(nearest)),
      bill(166, d.map(nearest)),
      bill(139, d),
      bill(139, d.map(ce)),
      bill(194, d.map(nearest)),
      ce(a),
      bill(139, d.map(fl)),
    )
  },
  'lgc-air-pallet-with-overhang-and-base': (f) => {
    const [n, pl, pb, o, goods, a] = vs(f, 'n', 'pl', 'pb', 'o', 'goods', 'a')
    const vol = (l: R, h: R) => div(mul(n!, l, pb!, h), r(6000))
    const full = add(goods!, r(15))
    const L = add(pl!, mul(r(2), o!))
    return at1(
      upH(mx(a!, vol(L, full))),
      upH(mx(a!, vol(pl!, full))),
      upH(mx(a!, vol(L, goods!))),
      upH(mx(a!, vol(add(pl!, o!), full))),
      upH(mx(a!, div(mul(n!, L, pb!, full), r(5000)))),
      upH(a!),
      upH(mx(a!, vol(pl!, goods!))),
    )
  },
  'lgc-air-dimensions-rounded-to-whole-centimetres': (f) => {
    const d = vs(f, 'l', 'b', 'h')
    const [n, a] = vs(f, 'n', 'a')
    const go = (ds: readonly R[], per = n!, divisor = 6000) =>
      upH(mx(a!, div(mul(per, ...ds), r(divisor))))
    return at1(
      go(d.map(nearest)),
      go(d),
      go(d.map(ce)),
      go(d.map(fl)),
      go(d.map(nearest), n!, 5000),
      go(d.map(nearest), r(1)),
    )
  },
  'lgc-air-volumetric-in-pounds': (f) => {
    const [l, b, h, n, a] = vs(f, 'l', 'b', 'h', 'n', 'a')
    const cu = mul(n!, l!, b!, h!)
    const go = (d: number, c = cu) => ce(mx(a!, div(c, r(d))))
    return at0(go(166), go(139), go(366), go(194), ce(a!), go(166, mul(l!, b!, h!)))
  },
  'lgc-spare-weight-before-the-charge-rises': (f) => {
    const [l, b, h, n, a] = vs(f, 'l', 'b', 'h', 'n', 'a')
    const vk = div(mul(n!, l!, b!, h!), r(6000))
    return at1(
      sub(upH(vk), a!),
      sub(vk, a!),
      upH(vk),
      sub(upH(div(mul(n!, l!, b!, h!), r(5000))), a!),
      div(sub(upH(vk), a!), n!),
      sub(mul(fl(mul(vk, r(2))), half), a!),
    )
  },
  'lgc-consolidation-chargeable-weight-gain': (f) => {
    const [aA, vA, aB, vB] = vs(f, 'aA', 'vA', 'aB', 'vB')
    const houses = add(upH(mx(aA!, vA!)), upH(mx(aB!, vB!)))
    const master = upH(mx(add(aA!, aB!), add(vA!, vB!)))
    return at1(
      sub(houses, master),
      houses,
      master,
      sub(houses, upH(add(aA!, aB!))),
      sub(add(mx(aA!, vA!), mx(aB!, vB!)), mx(add(aA!, aB!), add(vA!, vB!))),
    )
  },
  'lgc-sea-revenue-tons-for-a-bill-of-lading': (f) => {
    const [m1, k1, m2, k2] = vs(f, 'm1', 'k1', 'm2', 'k2')
    const t1 = div(k1!, r(1000))
    const t2 = div(k2!, r(1000))
    const bill = mx(add(m1!, m2!), add(t1, t2))
    return at3(
      bill,
      add(mx(m1!, t1), mx(m2!, t2)),
      add(m1!, m2!),
      add(t1, t2),
      add(m1!, m2!, t1, t2),
      add(mn(m1!, t1), mn(m2!, t2)),
      ce(bill),
    )
  },
  'lgc-breakbulk-freight-tons-at-40-cubic-feet': (f) => {
    const [m3, tt] = vs(f, 'm3', 'tt')
    const ft = r(3048, 10000)
    const cuft = div(m3!, mul(ft, ft, ft))
    const mt = div(cuft, r(40))
    const foot30 = r(3, 10)
    return at2(
      mx(tt!, mt),
      mx(tt!, m3!),
      mx(tt!, div(div(m3!, mul(foot30, foot30, foot30)), r(40))),
      mx(tt!, div(mul(m3!, r(27)), r(40))),
      mx(tt!, div(cuft, r(100))),
      add(tt!, mt),
      mn(tt!, mt),
    )
  },
  'lgc-largest-volume-billed-on-actual-weight': (f) => {
    const [a, n] = vs(f, 'a', 'n')
    const whole = div(mul(a!, r(6000)), r(1_000_000))
    return at3(
      div(whole, n!),
      div(div(mul(a!, r(5000)), r(1_000_000)), n!),
      div(div(a!, r(1000)), n!),
      div(div(a!, r(333)), n!),
      div(mul(whole, r(10)), n!),
      whole,
      mul(whole, r(10)),
    )
  },
  'lgc-express-volumetric-from-inches': (f) => {
    const [l, b, h, a] = vs(f, 'l', 'b', 'h', 'a')
    const cuin = mul(l!, b!, h!)
    const inch = r(254, 100)
    const cm3 = mul(cuin, inch, inch, inch)
    return at1(
      upH(mx(a!, div(cm3, r(5000)))),
      upH(mx(a!, div(mul(cuin, r(125, 8)), r(5000)))),
      upH(mx(a!, div(mul(cuin, inch), r(5000)))),
      upH(mx(a!, div(cm3, r(6000)))),
      upH(mx(a!, div(cuin, r(139)))),
      upH(mx(a!, div(cuin, r(166)))),
      upH(add(a!, div(cm3, r(5000)))),
      upH(a!),
    )
  },
}

// ---- Load planning.
const layerFit = (L: R, W: R, a: R, b: R) => mul(fl(div(L, a)), fl(div(W, b)))
const LOAD: Readonly<Record<string, Route>> = {
  'lgc-cartons-per-layer-best-orientation': (f) => {
    const [a, b, L, W] = vs(f, 'a', 'b', 'L', 'W')
    const isEur = W![0] === 800n
    const [oL, oW] = isEur ? [r(1200), r(1000)] : [r(1200), r(800)]
    return at0(
      mx(layerFit(L!, W!, a!, b!), layerFit(L!, W!, b!, a!)),
      mn(layerFit(L!, W!, a!, b!), layerFit(L!, W!, b!, a!)),
      fl(div(mul(L!, W!), mul(a!, b!))),
      mul(ce(div(L!, a!)), ce(div(W!, b!))),
      mx(layerFit(oL, oW, a!, b!), layerFit(oL, oW, b!, a!)),
      layerFit(L!, W!, a!, a!),
    )
  },
  'lgc-pallet-cartons-limited-by-weight-or-height': (f) => {
    const [c, h, m, H, G] = vs(f, 'c', 'h', 'm', 'H', 'G')
    const byH = fl(div(sub(H!, r(144)), h!))
    const byW = fl(div(sub(G!, r(25)), mul(c!, m!)))
    return at0(
      mul(c!, mn(byH, byW)),
      mul(c!, byH),
      mul(c!, byW),
      fl(div(sub(G!, r(25)), m!)),
      mul(c!, mn(byH, fl(div(sub(G!, r(25)), add(mul(c!, m!), r(25)))))),
      mn(mul(c!, byH), fl(div(sub(G!, r(25)), m!))),
      mul(c!, mn(ce(div(sub(H!, r(144)), h!)), byW)),
      mn(byH, byW),
    )
  },
  'lgc-pallets-in-a-trailer-with-stacking-and-payload': (f) => {
    const [L, Hi, pl, pw, ph, m, P] = vs(f, 'L', 'Hi', 'pl', 'pw', 'ph', 'm', 'P')
    const W = r(2450)
    const floor = mx(layerFit(L!, W, pl!, pw!), layerFit(L!, W, pw!, pl!))
    const tiers = fl(div(Hi!, ph!))
    const cap = fl(div(P!, m!))
    return at0(
      mn(mul(floor, tiers), cap),
      mul(floor, tiers),
      mn(floor, cap),
      cap,
      mn(mul(fl(div(mul(L!, W), mul(pl!, pw!))), tiers), cap),
      mn(mul(layerFit(L!, W, pl!, pw!), tiers), cap),
      mn(mul(floor, ce(div(Hi!, ph!))), cap),
    )
  },
  'lgc-cartons-in-a-container-by-cube-and-payload': (f) => {
    const [V, P, tare, u, l, b, h, mk] = vs(f, 'V', 'P', 'tare', 'u', 'l', 'b', 'h', 'mk')
    const one = div(mul(l!, b!, h!), r(1_000_000))
    const use = pc(V!, u!)
    const byP = fl(div(P!, mk!))
    return at0(
      mn(fl(div(use, one)), byP),
      mn(fl(div(V!, one)), byP),
      fl(div(use, one)),
      mn(fl(div(use, one)), fl(div(add(P!, tare!), mk!))),
      mn(ce(div(use, one)), ce(div(P!, mk!))),
      byP,
      mn(fl(div(pc(V!, sub(r(100), u!)), one)), byP),
    )
  },
  'lgc-containers-needed-for-an-order': (f) => {
    const [m3, kgs, lost, P] = vs(f, 'm3', 'kgs', 'lost', 'P')
    const inside = r(332, 10)
    const byV = div(m3!, pc(inside, sub(r(100), lost!)))
    const byW = div(kgs!, P!)
    return at0(
      mx(ce(byV), ce(byW)),
      ce(byV),
      ce(byW),
      mx(fl(byV), fl(byW)),
      ce(add(byV, byW)),
      mx(ce(div(m3!, inside)), ce(byW)),
      add(ce(byV), ce(byW)),
      mx(ce(div(m3!, pc(inside, lost!))), ce(byW)),
    )
  },
  'lgc-extra-cartons-in-a-high-cube': (f) => {
    const [c, h] = vs(f, 'c', 'h')
    const lay = (H: number) => fl(div(r(H), h!))
    const extra = sub(lay(2698), lay(2393))
    return at0(
      mul(c!, extra),
      extra,
      mul(c!, fl(div(r(305), h!))),
      mul(c!, sub(lay(2896), lay(2591))),
      mul(c!, ce(div(r(305), h!))),
      mul(c!, lay(2698)),
      mul(c!, sub(ce(div(r(2698), h!)), lay(2393))),
    )
  },
  'lgc-loaded-pallet-height': (f) => {
    const [c, n, h] = vs(f, 'c', 'n', 'h')
    const layers = ce(div(n!, c!))
    return at0(
      add(r(144), mul(layers, h!)),
      mul(layers, h!),
      add(r(144), mul(fl(div(n!, c!)), h!)),
      add(r(144), mul(n!, h!)),
      add(r(144), mul(add(layers, r(1)), h!)),
      add(r(150), mul(layers, h!)),
      add(r(144), mul(div(n!, c!), h!)),
    )
  },
  'lgc-pallets-needed-for-an-order': (f) => {
    const [c, L, n] = vs(f, 'c', 'L', 'n')
    const per = mul(c!, L!)
    return at0(
      ce(div(n!, per)),
      fl(div(n!, per)),
      ce(div(n!, c!)),
      ce(div(n!, add(c!, L!))),
      add(ce(div(n!, per)), r(1)),
      ce(div(n!, mul(c!, sub(L!, r(1))))),
    )
  },
  'lgc-stack-layers-under-a-top-load-limit': (f) => {
    const [m, B_, h, H, c] = vs(f, 'm', 'B', 'h', 'H', 'c')
    const byLoad = add(fl(div(B_!, m!)), r(1))
    const byH = fl(div(sub(H!, r(144)), h!))
    return at0(
      mul(c!, mn(byLoad, byH)),
      mul(c!, mn(fl(div(B_!, m!)), byH)),
      mul(c!, byH),
      mul(c!, byLoad),
      mul(c!, mn(add(ce(div(B_!, m!)), r(1)), byH)),
      mul(c!, mn(byLoad, sub(fl(div(H!, h!)), r(1)))),
      mul(c!, mn(byLoad, fl(div(H!, h!)))),
      mul(c!, mn(add(fl(div(B_!, mul(c!, m!))), r(1)), byH)),
    )
  },
  'lgc-cases-shipped-in-full-layers': (f) => {
    const [u, c, U] = vs(f, 'u', 'c', 'U')
    const layers = ce(div(U!, mul(u!, c!)))
    return at0(
      mul(c!, layers),
      ce(div(U!, u!)),
      mul(c!, fl(div(U!, mul(u!, c!)))),
      layers,
      mul(u!, c!, layers),
      mul(c!, ce(div(U!, c!))),
      mul(c!, ce(div(U!, u!))),
    )
  },
  'lgc-pallets-within-a-truck-payload': (f) => {
    const [n, m, P, vt, pos] = vs(f, 'n', 'm', 'P', 'vt', 'pos')
    const net = mul(n!, m!)
    const gross = add(net, r(25))
    return at0(
      mn(pos!, fl(div(P!, gross))),
      mn(pos!, fl(div(add(P!, vt!), gross))),
      mn(pos!, fl(div(P!, net))),
      pos!,
      mn(pos!, ce(div(P!, gross))),
      mn(pos!, fl(div(vt!, gross))),
      mn(pos!, fl(div(P!, mul(n!, add(m!, r(25)))))),
    )
  },
  'lgc-cubic-metres-of-a-shipment': (f) => {
    const [n, l, b, h] = vs(f, 'n', 'l', 'b', 'h')
    const cm3 = mul(n!, l!, b!, h!)
    return at3(
      div(cm3, r(1_000_000)),
      ...[
        div(cm3, r(100_000)),
        div(cm3, r(1000)),
        div(mul(n!, l!, b!), r(10_000)),
        div(cm3, r(1_000_000_000)),
        div(mul(l!, b!, h!), r(1_000_000)),
        div(cm3, r(10_000_000)),
      ].filter((x) => !lt(x, r(5, 10_000))),
    )
  },
  'lgc-cartons-to-top-up-a-part-loaded-container': (f) => {
    const [V, P, u, lv, lw, l, b, h, mk] = vs(f, 'V', 'P', 'u', 'lv', 'lw', 'l', 'b', 'h', 'mk')
    const one = div(mul(l!, b!, h!), r(1_000_000))
    const use = pc(V!, u!)
    const byP = fl(div(sub(P!, lw!), mk!))
    return at0(
      mn(fl(div(sub(use, lv!), one)), byP),
      fl(div(sub(use, lv!), one)),
      byP,
      mn(fl(div(sub(V!, lv!), one)), byP),
      mn(fl(div(use, one)), fl(div(P!, mk!))),
      mn(ce(div(sub(use, lv!), one)), ce(div(sub(P!, lw!), mk!))),
    )
  },
  'lgc-stowage-factor-of-a-cargo': (f) => {
    const [m3, net, gross] = vs(f, 'm3', 'net', 'gross')
    const t = div(gross!, r(1000))
    const cuft = r(353147, 10000)
    return at2(
      div(m3!, t),
      div(m3!, div(net!, r(1000))),
      div(t, m3!),
      div(mul(m3!, cuft), t),
      div(mul(m3!, cuft), mul(t, r(1016047, 1_000_000))),
      div(m3!, div(sub(gross!, net!), r(1000))),
    )
  },
  'lgc-cube-utilisation-of-a-container': (f) => {
    const [il, iw, ih, el, ew, eh, pallets, gh] = vs(
      f,
      'il',
      'iw',
      'ih',
      'el',
      'ew',
      'eh',
      'pallets',
      'gh',
    )
    const mm3 = (...xs: readonly R[]) => div(mul(...xs), r(1_000_000_000))
    const cargo = mm3(pallets!, r(1200), r(800), add(gh!, r(144)))
    const inside = mm3(il!, iw!, ih!)
    const share = (x: R, y: R) => div(mul(x, r(100)), y)
    const nominal = il![0] === 5898n ? r(33) : ih![0] === 2698n ? r(76) : r(67)
    return at1(
      share(cargo, inside),
      share(cargo, mm3(el!, ew!, eh!)),
      share(mm3(pallets!, r(1200), r(800), gh!), inside),
      share(cargo, nominal),
      share(mm3(pallets!, r(1200), r(1000), add(gh!, r(144))), inside),
      share(mul(pallets!, r(96, 100)), div(mul(il!, iw!), r(1_000_000))),
    )
  },
  'lgc-loading-metres-left-on-a-trailer': (f) => {
    const [eur, ind] = vs(f, 'eur', 'ind')
    const left = (perEur: R, perInd: R) =>
      sub(r(136, 10), add(mul(eur!, perEur), mul(ind!, perInd)))
    const wide = (x: R) => div(x, r(25, 10))
    return at1(
      left(r(4, 10), r(5, 10)),
      ...positive([
        left(r(96, 100), r(12, 10)),
        left(r(4, 10), r(4, 10)),
        left(wide(r(96, 100)), wide(r(12, 10))),
        left(r(8, 10), r(1)),
        left(r(5, 10), r(5, 10)),
      ]).filter((x) => !lt(x, r(1, 10))),
    )
  },
}

// ---- Freight cost.
const BREAKS = [0, 45, 100, 300, 500].map((x) => r(x))
const COST: Readonly<Record<string, Route>> = {
  'lgc-air-weight-break-ship-as-heavier': (f) => {
    const cw = v(f, 'cw')
    const rates = [0, 1, 2, 3, 4].map((k) => v(f, `r${k}`))
    let i = 0
    BREAKS.forEach((b, k) => {
      if (!lt(cw, b)) i = k
    })
    const own = mul(rates[i]!, cw)
    const options = [own, ...BREAKS.slice(i + 1).map((b, k) => mul(rates[i + 1 + k]!, b))]
    const next = BREAKS[i + 1]!
    return at2(
      mn(...options),
      own,
      mul(rates[i + 1]!, cw),
      mul(rates[i]!, next),
      mul(rates[0]!, cw),
      ...(i > 0 ? [mul(rates[i - 1]!, cw)] : []),
    )
  },
  'lgc-weight-from-which-the-next-break-pays': (f) => {
    const [r1, r2, b2] = vs(f, 'r1', 'r2', 'b2')
    const even = div(mul(r2!, b2!), r1!)
    return at1(
      upH(even),
      upH(div(mul(r1!, b2!), r2!)),
      b2!,
      mul(fl(mul(even, r(2))), half),
      upH(sub(b2!, mul(b2!, div(sub(r1!, r2!), r2!)))),
      upH(sub(b2!, mul(r(100), sub(r1!, r2!)))),
    )
  },
  'lgc-air-charge-with-per-kg-surcharges': (f) => {
    const [a, vw, rate, fsc, ssc, awb, M] = vs(f, 'a', 'v', 'r', 'fsc', 'ssc', 'awb', 'M')
    const cw = upH(mx(a!, vw!))
    const bill = (base: R, sur: R) => add(mx(M!, mul(rate!, base)), mul(add(fsc!, ssc!), sur), awb!)
    const key = bill(cw, cw)
    return at2(key, bill(cw, a!), bill(a!, a!), sub(key, awb!), add(key, M!), bill(cw, r(1)))
  },
  'lgc-road-fuel-surcharge-from-a-diesel-index': (f) => {
    const [base, step, diesel, F_] = vs(f, 'base', 'step', 'diesel', 'F')
    const rise = sub(diesel!, base!)
    const steps = fl(div(rise, step!))
    const inv = (p: R) => add(F_!, pc(F_!, p))
    return at2(
      inv(steps),
      inv(ce(div(rise, step!))),
      pc(F_!, steps),
      inv(div(mul(rise, r(100)), base!)),
      inv(div(rise, step!)),
      inv(sub(steps, r(1))),
    )
  },
  'lgc-us-ltl-charge-with-discount-minimum-and-fuel': (f) => {
    const [lbs, cwt, d, M, fu] = vs(f, 'lbs', 'cwt', 'd', 'M', 'f')
    const gross = div(mul(cwt!, lbs!), r(100))
    const off = (x: R) => sub(x, pc(x, d!))
    const line = mx(M!, off(gross))
    const fuel = (x: R) => add(x, pc(x, fu!))
    return at2(
      fuel(line),
      line,
      add(line, pc(gross, fu!)),
      fuel(mx(M!, gross)),
      fuel(mx(M!, off(div(mul(cwt!, lbs!), r(1000))))),
      fuel(off(gross)),
      fuel(off(mx(M!, gross))),
    )
  },
  'lgc-delivery-with-accessorials-and-waiting-time': (f) => {
    const [L, fu, lift, resi, rate, waited] = vs(f, 'L', 'f', 'lift', 'resi', 'rate', 'waited')
    const billable = sub(waited!, r(120))
    const fixedAcc = add(lift!, resi!)
    const lh = add(L!, pc(L!, fu!))
    const acc = add(fixedAcc, mul(ce(div(billable, r(60))), rate!))
    return at2(
      add(lh, acc),
      add(add(L!, acc), pc(add(L!, acc), fu!)),
      add(lh, fixedAcc, mul(ce(div(waited!, r(60))), rate!)),
      add(lh, fixedAcc, mul(fl(div(billable, r(60))), rate!)),
      add(lh, fixedAcc, mul(ce(div(sub(waited!, r(60)), r(60))), rate!)),
      add(L!, acc),
      add(lh, fixedAcc, div(mul(billable, rate!), r(60))),
    )
  },
  'lgc-fcl-freight-cost-per-unit': (f) => {
    const [boxes, R_, baf, othc, dthc, docs, cartons, per] = vs(
      f,
      'boxes',
      'R',
      'baf',
      'othc',
      'dthc',
      'docs',
      'cartons',
      'per',
    )
    const box = add(R_!, baf!, othc!, dthc!, docs!)
    const all = mul(boxes!, box)
    const oneBox = mul(cartons!, per!)
    const units = mul(boxes!, oneBox)
    return at2(
      div(all, units),
      div(all, mul(boxes!, cartons!)),
      div(all, oneBox),
      div(box, units),
      div(mul(boxes!, add(R_!, baf!)), units),
      div(mul(boxes!, sub(box, dthc!)), units),
      div(mul(boxes!, R_!), units),
      div(all, mul(boxes!, cartons!, add(per!, r(1)))),
    )
  },
  'lgc-lcl-versus-fcl-break-even-volume': (f) => {
    const [rate, cfs, fx, fcl] = vs(f, 'rate', 'cfs', 'fixed', 'fcl')
    return at2(
      div(sub(fcl!, fx!), add(rate!, cfs!)),
      div(sub(fcl!, fx!), rate!),
      div(fcl!, add(rate!, cfs!)),
      div(fcl!, rate!),
      div(add(fcl!, fx!), add(rate!, cfs!)),
      div(sub(fcl!, fx!), sub(rate!, cfs!)),
    )
  },
  'lgc-tiered-demurrage-charge': (f) => {
    const [free, t1, a, b, out] = vs(f, 'free', 't1', 'a', 'b', 'dayOut')
    const charge = (days: R) => {
      const first = mn(days, t1!)
      const rest = mx(sub(days, t1!), r(0))
      return add(mul(first, a!), mul(rest, b!))
    }
    const over_ = sub(out!, free!)
    return at2(
      charge(over_),
      mul(over_, a!),
      mul(over_, b!),
      charge(sub(over_, r(1))),
      charge(out!),
      charge(add(over_, r(1))),
    )
  },
  'lgc-warehouse-storage-in-part-weeks': (f) => {
    const [p, x, hin, hout, d] = vs(f, 'p', 'x', 'hin', 'hout', 'd')
    const bill = (weeks: R) => mul(p!, add(hin!, hout!, mul(weeks, x!)))
    const wk = ce(div(d!, r(7)))
    return at2(
      bill(wk),
      bill(div(d!, r(7))),
      bill(fl(div(d!, r(7)))),
      sub(bill(wk), mul(p!, hout!)),
      mul(p!, wk, add(hin!, hout!, x!)),
      bill(add(wk, r(1))),
    )
  },
  'lgc-ocean-freight-with-baf-and-caf': (f) => {
    const [n, R_, baf, caf] = vs(f, 'n', 'R', 'baf', 'caf')
    return at2(
      mul(n!, add(R_!, baf!, pc(R_!, caf!))),
      mul(n!, add(R_!, baf!, pc(add(R_!, baf!), caf!))),
      mul(n!, add(R_!, baf!)),
      add(mul(n!, add(R_!, pc(R_!, caf!))), baf!),
      add(mul(n!, add(R_!, baf!)), pc(R_!, caf!)),
    )
  },
  'lgc-freight-by-teu-with-per-box-handling': (f) => {
    const [n20, n40, nhc, rate, thc] = vs(f, 'n20', 'n40', 'nhc', 'rate', 'thc')
    const teu = add(n20!, mul(r(2), n40!), mul(r(2), nhc!))
    const boxes = add(n20!, n40!, nhc!)
    return at2(
      add(mul(teu, rate!), mul(boxes, thc!)),
      add(mul(boxes, rate!), mul(boxes, thc!)),
      add(mul(teu, rate!), mul(teu, thc!)),
      add(mul(add(n20!, mul(r(2), n40!), nhc!), rate!), mul(boxes, thc!)),
      mul(teu, rate!),
      add(mul(add(n20!, mul(r(2), n40!), mul(r(5, 2), nhc!)), rate!), mul(boxes, thc!)),
    )
  },
  'lgc-cost-per-tonne-kilometre': (f) => {
    const [km, t, perKm, fx] = vs(f, 'km', 't', 'perKm', 'fixed')
    const trip = add(fx!, mul(perKm!, km!, r(2)))
    const tkm = mul(t!, km!)
    return at4(
      div(trip, tkm),
      div(trip, mul(tkm, r(2))),
      div(add(fx!, mul(perKm!, km!)), tkm),
      div(mul(perKm!, km!, r(2)), tkm),
      div(trip, t!),
      div(trip, km!),
      div(mul(add(fx!, mul(perKm!, km!)), r(2)), tkm),
    )
  },
  'lgc-freight-allocated-by-volume-per-unit': (f) => {
    const F_ = v(f, 'F')
    const m = [0, 1, 2].map((i) => v(f, `m${i}`))
    const k = [0, 1, 2].map((i) => v(f, `k${i}`))
    const u = [0, 1, 2].map((i) => v(f, `u${i}`))
    const shareA = (xs: readonly R[]) => div(mul(F_, xs[0]!), tot(xs))
    return at2(
      div(shareA(m), u[0]!),
      div(shareA(k), u[0]!),
      div(shareA(m), tot(u)),
      div(F_, tot(u)),
      shareA(m),
      div(div(F_, r(3)), u[0]!),
    )
  },
  'lgc-truck-trip-cost-per-pallet': (f) => {
    const [day, km, perKm, tolls, p] = vs(f, 'day', 'km', 'perKm', 'tolls', 'p')
    const trip = add(day!, mul(perKm!, km!, r(2)), tolls!)
    return at2(
      div(trip, p!),
      div(trip, r(33)),
      div(add(day!, mul(perKm!, km!), tolls!), p!),
      div(sub(trip, tolls!), p!),
      div(sub(trip, day!), p!),
      div(add(trip, tolls!), p!),
    )
  },
  'lgc-consolidation-margin': (f) => {
    const [h0, h1, h2, master, buy, sell] = vs(f, 'h0', 'h1', 'h2', 'master', 'buy', 'sell')
    const hs = add(h0!, h1!, h2!)
    const gain = sub(hs, master!)
    return at2(
      sub(mul(sell!, hs), mul(buy!, master!)),
      mul(sub(sell!, buy!), hs),
      mul(sub(sell!, buy!), master!),
      mul(buy!, gain),
      mul(sell!, hs),
      mul(sell!, gain),
      mul(buy!, master!),
      add(mul(sub(sell!, buy!), hs), mul(sell!, gain)),
    )
  },
}

// ---- Landed cost and customs value.
const PAYS: Readonly<Record<number, string>> = {
  0: 'ABCDEFGH',
  1: 'ACDEFGH',
  2: 'DEFGH',
  3: 'EFGH',
  4: 'FGH',
  5: 'G',
}
const NAMES = ['EXW', 'FCA', 'FOB', 'CFR', 'CIF', 'DAP']
const LANDED: Readonly<Record<string, Route>> = {
  'lgc-eu-customs-value-from-ex-works': (f) => {
    const [exw, pick, exp, sea, ins, inland] = vs(f, 'exw', 'pick', 'exp', 'sea', 'ins', 'inland')
    const cv = add(exw!, pick!, exp!, sea!, ins!)
    return at2(
      cv,
      add(cv, inland!),
      exw!,
      sub(cv, ins!),
      add(exw!, sea!, ins!),
      add(exw!, pick!, exp!),
    )
  },
  'lgc-us-duty-on-a-transaction-value-without-freight': (f) => {
    const [goods, fr, ins, d] = vs(f, 'goods', 'fr', 'ins', 'd')
    return at2(
      pc(goods!, d!),
      pc(add(goods!, fr!, ins!), d!),
      pc(add(goods!, ins!), d!),
      pc(add(goods!, fr!), d!),
      pc(sub(goods!, add(fr!, ins!)), d!),
      div(mul(goods!, d!), add(r(100), d!)),
      pc(add(fr!, ins!), d!),
    )
  },
  'lgc-eu-import-vat-on-duty-and-delivery-costs': (f) => {
    const [cv, d, del, vat] = vs(f, 'cv', 'd', 'del', 'v')
    const duty = pc(cv!, d!)
    const key = pc(add(cv!, duty, del!), vat!)
    return at2(
      key,
      pc(add(cv!, duty), vat!),
      pc(add(cv!, del!), vat!),
      pc(cv!, vat!),
      pc(cv!, add(d!, vat!)),
      add(key, duty),
    )
  },
  'lgc-duty-on-a-two-currency-cif-value': (f) => {
    const [g, fr, rate, bank, d] = vs(f, 'usdGoods', 'fr', 'rate', 'bank', 'd')
    return at2(
      pc(add(div(g!, rate!), fr!), d!),
      pc(add(mul(g!, rate!), fr!), d!),
      pc(add(div(g!, bank!), fr!), d!),
      pc(div(g!, rate!), d!),
      pc(div(add(g!, fr!), rate!), d!),
      pc(add(g!, fr!), d!),
    )
  },
  'lgc-buyers-share-of-costs-under-an-incoterm': (f) => {
    const rule = num(v(f, 'rule'))
    const c = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => v(f, `c${i}`))
    const of = (s: string) => tot([...'ABCDEFGH'].map((l, i) => (s.includes(l) ? c[i]! : r(0))))
    const mine = of(PAYS[rule]!)
    const all: R[] = [
      ...(rule > 0 ? [of(PAYS[rule - 1]!)] : []),
      ...(rule < 5 ? [of(PAYS[rule + 1]!)] : []),
      of('ABCDEFGH'),
      sub(mine, c[6]!),
      add(mine, NAMES[rule] === 'DAP' ? c[7]! : c[1]!),
    ]
    return at2(mine, ...all.filter((x) => norm(x)[0] > 0n))
  },
  'lgc-landed-cost-per-unit-of-one-product-in-a-shared-shipment': (f) => {
    const [ua, ub, pa, pb, fi, da, db, fee] = vs(f, 'ua', 'ub', 'pa', 'pb', 'fi', 'da', 'db', 'fee')
    const va = mul(ua!, pa!)
    const vb = mul(ub!, pb!)
    const byValue = (x: R) => div(mul(x, va), add(va, vb))
    const byUnits = (x: R) => div(mul(x, ua!), add(ua!, ub!))
    const unit = (frA: R, base: R, rate: R, feeA: R) => div(add(va, frA, pc(base, rate), feeA), ua!)
    const cifA = add(va, byValue(fi!))
    return at2(
      unit(byValue(fi!), cifA, da!, byValue(fee!)),
      unit(byValue(fi!), va, da!, byValue(fee!)),
      unit(div(fi!, r(2)), add(va, div(fi!, r(2))), da!, div(fee!, r(2))),
      unit(byValue(fi!), cifA, db!, byValue(fee!)),
      unit(byValue(fi!), cifA, da!, r(0)),
      unit(byUnits(fi!), add(va, byUnits(fi!)), da!, byUnits(fee!)),
    )
  },
  'lgc-cif-from-cfr-insured-at-110-percent': (f) => {
    const [cfr, rate] = vs(f, 'cfr', 'r')
    const k = mul(r(11, 10), div(rate!, r(100)))
    return at2(
      div(cfr!, sub(r(1), k)),
      add(cfr!, mul(cfr!, k)),
      add(cfr!, pc(cfr!, rate!)),
      div(cfr!, sub(r(1), div(rate!, r(100)))),
      mul(cfr!, r(11, 10)),
      add(mul(cfr!, r(11, 10)), mul(cfr!, k)),
    )
  },
  'lgc-compound-duty-ad-valorem-plus-specific': (f) => {
    const [cv, a, s, net, gross] = vs(f, 'cv', 'a', 's', 'net', 'gross')
    const per100 = (kg: R) => div(mul(kg, s!), r(100))
    return at2(
      add(pc(cv!, a!), per100(net!)),
      add(pc(cv!, a!), per100(gross!)),
      add(pc(cv!, a!), mul(net!, s!)),
      pc(cv!, a!),
      per100(net!),
      pc(add(cv!, per100(net!)), a!),
    )
  },
  'lgc-duty-relief-under-a-value-threshold': (f) => {
    const [t, cv, d, vat] = vs(f, 't', 'cv', 'd', 'v')
    const duty = pc(cv!, d!)
    const part = pc(sub(cv!, t!), d!)
    return at2(
      add(duty, pc(add(cv!, duty), vat!)),
      add(part, pc(add(cv!, part), vat!)),
      pc(cv!, vat!),
      pc(cv!, add(d!, vat!)),
      duty,
      pc(add(cv!, duty), vat!),
    )
  },
  'lgc-fob-price-built-up-from-ex-works': (f) => {
    const [exw, pick, exp, thc, sea, ins] = vs(f, 'exw', 'pick', 'exp', 'thc', 'sea', 'ins')
    const fob = add(exw!, pick!, exp!, thc!)
    return at2(
      fob,
      sub(fob, exp!),
      sub(fob, thc!),
      add(fob, sea!),
      add(fob, sea!, ins!),
      add(exw!, pick!),
      add(fob, ins!),
    )
  },
  'lgc-sellers-cost-of-a-ddp-quote': (f) => {
    const [exw, toPort, sea, ins, clear, del, d, vat] = vs(
      f,
      'exw',
      'toPort',
      'sea',
      'ins',
      'clear',
      'del',
      'd',
      'v',
    )
    const cif = add(exw!, toPort!, sea!, ins!)
    const costs = add(cif, clear!, del!)
    const duty = pc(cif, d!)
    return at2(
      add(costs, duty),
      add(costs, pc(exw!, d!)),
      costs,
      add(costs, duty, pc(add(cif, duty), vat!)),
      add(sub(costs, del!), duty),
      add(costs, pc(costs, d!)),
    )
  },
  'lgc-saving-from-preferential-origin-for-a-non-vat-importer': (f) => {
    const [cv, mfn, pref, vat] = vs(f, 'cv', 'mfn', 'pref', 'v')
    const cut = pc(cv!, sub(mfn!, pref!))
    const whole = pc(cv!, mfn!)
    return at2(
      add(cut, pc(cut, vat!)),
      cut,
      whole,
      add(whole, pc(whole, vat!)),
      pc(cut, vat!),
      add(cut, pc(cv!, vat!)),
      add(cut, pc(add(cv!, whole), vat!)),
    )
  },
  'lgc-customs-value-with-commissions-and-royalties': (f) => {
    const [price, sell, buy, roy, fi, inland] = vs(f, 'price', 'sell', 'buy', 'roy', 'fi', 'inland')
    const cv = add(price!, sell!, roy!, fi!)
    return at2(
      cv,
      add(cv, buy!),
      sub(cv, roy!),
      sub(cv, sell!),
      add(cv, inland!),
      add(sub(cv, sell!), buy!),
    )
  },
  'lgc-landed-cost-uplift-on-ex-works': (f) => {
    const [exw, fr, ins, d, br] = vs(f, 'exw', 'f', 'ins', 'd', 'br')
    const cif = add(exw!, fr!, ins!)
    const landed = add(cif, pc(cif, d!), br!)
    const rise = (x: R) => div(mul(sub(x, exw!), r(100)), exw!)
    return at1(
      rise(landed),
      div(mul(sub(landed, exw!), r(100)), landed),
      rise(add(landed, pc(add(cif, pc(cif, d!)), r(20)))),
      rise(add(cif, br!)),
      rise(add(cif, pc(exw!, d!), br!)),
      rise(cif),
      div(mul(landed, r(100)), exw!),
    )
  },
  'lgc-duty-on-goods-returned-after-repair-abroad': (f) => {
    const [value, repair, fr, d] = vs(f, 'value', 'repair', 'fr', 'd')
    return at2(
      pc(add(repair!, fr!), d!),
      pc(add(value!, repair!, fr!), d!),
      pc(repair!, d!),
      pc(add(value!, repair!), d!),
      pc(fr!, d!),
      pc(add(repair!, mul(fr!, r(2))), d!),
    )
  },
  'lgc-us-duty-drawback-on-re-exported-goods': (f) => {
    const [units, duty, out] = vs(f, 'units', 'duty', 'out')
    const each = div(duty!, units!)
    return at2(
      mul(each, out!, r(99, 100)),
      mul(each, out!),
      mul(duty!, r(99, 100)),
      mul(each, sub(units!, out!), r(99, 100)),
      mul(each, out!, r(1, 100)),
      mul(each, out!, r(9, 10)),
    )
  },
}

// ---- Transit and service.
/** Hours from departure to arrival: 9 h driving a day, a 45-minute break once a day passes 4.5 h. */
function journey(drive: R, rest: R, every: R = r(9, 2)): R {
  let left = drive
  let hoursSoFar = r(0)
  for (;;) {
    const today = mn(left, r(9))
    hoursSoFar = add(hoursSoFar, today, lt(every, today) ? r(3, 4) : r(0))
    left = sub(left, today)
    if (norm(left)[0] <= 0n) return hoursSoFar
    hoursSoFar = add(hoursSoFar, rest)
  }
}
const positive = (xs: readonly R[], cap?: R) =>
  xs.filter((x) => norm(x)[0] > 0n && (cap === undefined || !lt(cap, x)))
const share100 = (a: R, b: R) => div(mul(a, r(100)), b)
const SERVICE: Readonly<Record<string, Route>> = {
  'lgc-truck-transit-with-breaks-and-daily-rest': (f) => {
    const [speed, km] = vs(f, 'speed', 'km')
    const d = div(km!, speed!)
    const key = journey(d, r(11))
    return at2(
      key,
      d,
      add(d, r(3, 4)),
      journey(d, r(9)),
      add(d, r(11)),
      add(d, mul(r(3, 4), fl(div(d, r(9, 2))))),
      add(key, r(3, 4)),
    )
  },
  'lgc-sea-transit-days-from-distance-and-speed': (f) => {
    const [nm, kn, port] = vs(f, 'nm', 'kn', 'port')
    const steam = (dist: R, speed: R, perDay = r(24)) => div(dist, mul(speed, perDay))
    return at1(
      add(steam(nm!, kn!), port!),
      steam(nm!, kn!),
      add(steam(nm!, mul(kn!, r(1852, 1000))), port!),
      add(steam(mul(nm!, r(1852, 1000)), kn!), port!),
      add(steam(nm!, kn!, r(12)), port!),
      add(div(div(nm!, kn!), r(8)), port!),
    )
  },
  'lgc-perfect-order-rate': (f) => {
    const rs = vs(f, 'r0', 'r1', 'r2', 'r3')
    return at2(
      div(mul(...rs), r(1_000_000)),
      div(tot(rs), r(4)),
      mn(...rs),
      sub(r(100), tot(rs.map((x) => sub(r(100), x)))),
      div(mul(rs[0]!, rs[1]!), r(100)),
    )
  },
  'lgc-network-on-time-rate-pooled-over-lanes': (f) => {
    const n = vs(f, 'n0', 'n1', 'n2')
    const k = vs(f, 'k0', 'k1', 'k2')
    const each = n.map((x, i) => share100(k[i]!, x))
    const pooled = share100(tot(k), tot(n))
    return at1(
      pooled,
      div(tot(each), r(3)),
      mn(...each),
      share100(tot(k), add(tot(n), tot(k))),
      mx(...each),
      sub(r(100), pooled),
    )
  },
  'lgc-pickers-needed-for-a-shift': (f) => {
    const [lines, rate, brk, u] = vs(f, 'lines', 'rate', 'brk', 'u')
    const share = div(u!, r(100))
    const each = mul(rate!, sub(r(8), brk!), share)
    return at0(
      ce(div(lines!, each)),
      fl(div(lines!, each)),
      ce(div(lines!, mul(rate!, r(8), share))),
      ce(div(lines!, mul(rate!, sub(r(8), brk!)))),
      ce(div(lines!, mul(rate!, r(8)))),
      ce(div(mul(lines!, share), mul(rate!, sub(r(8), brk!)))),
    )
  },
  'lgc-trucks-needed-for-a-days-loads': (f) => {
    const [loads, km, speed, load, unload, shift] = vs(
      f,
      'loads',
      'km',
      'speed',
      'load',
      'unload',
      'shift',
    )
    const round = add(div(mul(r(2), km!), speed!), load!, unload!)
    const trips = fl(div(shift!, round))
    return at0(
      ce(div(loads!, trips)),
      ce(div(loads!, fl(div(shift!, add(div(km!, speed!), load!, unload!))))),
      ce(div(loads!, div(shift!, round))),
      ce(div(loads!, fl(div(shift!, div(mul(r(2), km!), speed!))))),
      fl(div(loads!, trips)),
      ce(div(loads!, ce(div(shift!, round)))),
    )
  },
  'lgc-days-from-cargo-ready-to-sailing': (f) => {
    const [sail, cut, ready, truck] = vs(f, 'sail', 'cut', 'ready', 'truck').map(num)
    const gap = (sail! - ready! + 7) % 7
    const first = (haul: number, cutoff: number) => {
      let s = gap
      while (s - cutoff < haul) s += 7
      return s
    }
    const key = first(truck!, cut!)
    return at0(
      r(key),
      ...positive([
        r(first(0, cut!)),
        r(first(truck!, 0)),
        r(first(truck!, 0) + cut!),
        r(key + 7),
        r(key - cut!),
        r(gap || 7),
        r(gap + truck! + cut!),
      ]),
    )
  },
  'lgc-average-order-cycle-time': (f) => {
    const p = [0, 1, 2, 3, 4].map((i) => v(f, `p${i}`))
    const d = [0, 1, 2, 3, 4].map((i) => v(f, `d${i}`))
    const took = p.map((x, i) => sub(d[i]!, x)).sort((a, b) => (lt(a, b) ? -1 : lt(b, a) ? 1 : 0))
    const mean = div(tot(took), r(5))
    return at1(
      mean,
      add(mean, r(1)),
      took[2]!,
      div(sub(mx(...d), mn(...p)), r(5)),
      div(tot(d), r(5)),
      took[4]!,
    )
  },
  'lgc-flight-time-across-time-zones': (f) => {
    const [dz, az, , , minutes] = vs(f, 'depUtc', 'arrUtc', 'depH', 'depM', 'minutes').map(num)
    const diff = az! - dz!
    const hm = (m: number) => `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`
    const all = [
      minutes! + diff * 60,
      minutes! - diff * 120,
      minutes! + 60,
      minutes! - 60,
      minutes! + diff * 120,
    ]
    return { key: hm(minutes!), wrong: all.filter((m) => m > 0).map(hm) }
  },
  'lgc-vehicle-fill-rate-over-trips': (f) => {
    const c = [0, 1, 2, 3].map((i) => v(f, `c${i}`))
    const l = [0, 1, 2, 3].map((i) => v(f, `l${i}`))
    const each = c.map((x, i) => share100(l[i]!, x))
    const pooled = share100(tot(l), tot(c))
    return at1(
      pooled,
      div(tot(each), r(4)),
      share100(tot(l), r(132)),
      sub(r(100), pooled),
      mx(...each),
      mn(...each),
    )
  },
  'lgc-average-delay-of-late-shipments': (f) => {
    const d = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => v(f, `d${i}`))
    const late = d.filter((x) => norm(x)[0] > 0n)
    const size = d.map((x) => (norm(x)[0] < 0n ? mul(x, r(-1)) : x))
    return at1(
      div(tot(late), r(late.length)),
      ...positive([
        div(tot(late), r(8)),
        div(tot(d), r(8)),
        div(tot(size), r(8)),
        mx(...late),
        div(tot(size), r(late.length)),
      ]),
    )
  },
  'lgc-driving-hours-left-this-week': (f) => {
    const [last, now] = vs(f, 'last', 'now')
    return at0(
      mn(sub(r(56), now!), sub(r(90), add(last!, now!))),
      ...positive([
        sub(r(56), now!),
        sub(r(90), add(last!, now!)),
        sub(r(90), now!),
        sub(sub(r(56), last!), now!),
        sub(sub(r(112), last!), now!),
      ]),
    )
  },
  'lgc-schedule-reliability-within-a-day': (f) => {
    const d = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => v(f, `d${i}`))
    const count = (p: (x: R) => boolean) => d.filter(p).length
    const within = count((x) => !lt(r(1), x) && !lt(x, r(-1)))
    const early = count((x) => lt(x, r(0)))
    return at0(
      r(within * 10),
      ...positive(
        [
          r(count((x) => !lt(r(0), x)) * 10),
          r(count((x) => norm(x)[0] === 0n) * 10),
          r(count((x) => lt(x, r(1)) && lt(r(-1), x)) * 10),
          r((10 - within) * 10),
          r((within + early) * 10),
        ],
        r(100),
      ),
    )
  },
  'lgc-empty-running-share': (f) => {
    const [loaded, empty] = vs(f, 'loaded', 'empty')
    const all = add(loaded!, empty!)
    return at1(
      share100(empty!, all),
      ...positive([
        share100(empty!, loaded!),
        share100(loaded!, all),
        share100(sub(loaded!, empty!), all),
        div(share100(empty!, loaded!), r(2)),
      ]),
    )
  },
  'lgc-delivery-slot-latest-departure': (f) => {
    const [km, speed, , checkin] = vs(f, 'km', 'speed', 'slot', 'checkin')
    const d = div(km!, speed!)
    const brk = lt(r(9, 2), d) ? r(3, 4) : r(0)
    const need = add(d, brk, checkin!)
    return at2(
      need,
      d,
      add(d, checkin!),
      add(d, r(3, 4)),
      add(d, r(3, 4), checkin!),
      add(need, checkin!),
    )
  },
  'lgc-on-time-rate-excluding-excused-failures': (f) => {
    const [n, late, excused] = vs(f, 'n', 'late', 'excused')
    const onTime = sub(n!, late!)
    const base = sub(n!, excused!)
    return at1(
      share100(onTime, base),
      share100(onTime, n!),
      share100(add(onTime, excused!), n!),
      share100(sub(onTime, excused!), base),
      share100(sub(late!, excused!), base),
    )
  },
}

const SECOND: Readonly<Record<string, Route>> = {
  ...WEIGHT,
  ...LOAD,
  ...COST,
  ...LANDED,
  ...SERVICE,
}

describeEngineIndependent('logistics and shipping calculation scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: SECOND,
    route: 'exact BigInt rationals from the conventions each stem states',
    digest,
    models: LGC_MODELS,
    engines,
  })
})
