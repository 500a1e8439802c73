import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { CHECKS_FAMILIES } from '../../../src/assessment/models/egu/checks-families.js'
import { EGU_MODELS } from '../../../src/assessment/models/egu/egu-models.js'
import type { UnitsScenario } from '../../../src/assessment/models/egu/egu-text.js'
import { ENERGY_FAMILIES } from '../../../src/assessment/models/egu/energy-families.js'
import { FLOW_FAMILIES } from '../../../src/assessment/models/egu/flow-families.js'
import { FORCE_FAMILIES } from '../../../src/assessment/models/egu/force-families.js'
import { LENGTH_FAMILIES } from '../../../src/assessment/models/egu/length-families.js'
import { add, div, mul, type R, r, sub } from '../../support/bigint-rationals.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { type SecondWorking, scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...LENGTH_FAMILIES,
  ...FORCE_FAMILIES,
  ...ENERGY_FAMILIES,
  ...FLOW_FAMILIES,
  ...CHECKS_FAMILIES,
]
const DRAWS = 120
const DRAWN = drawFamilies<UnitsScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Exact rationals (test/support/bigint-rationals.ts), nothing shared with the families' fraction helpers.
const B = BigInt
/** A decimal literal read digit by digit: `dec('0.3048')`. */
function dec(text: string): R {
  const at = text.indexOf('.')
  return at < 0 ? r(B(text)) : r(B(text.replace('.', '')), 10n ** B(text.length - at - 1))
}
const ten = (e: number): R => (e >= 0 ? r(10n ** B(e)) : r(1n, 10n ** B(-e)))

// ---- The units from their SI definitions: each customary unit is built from the metre, the
// kilogram and standard gravity, not from the rounded-out factors the stems quote.
const IN = dec('0.0254') // m
const MM_IN = mul(IN, r(1000))
const FT = mul(r(12), IN)
const YD = mul(r(3), FT)
const MILE = mul(r(1760), YD) // m
const L_USGAL = mul(r(231), IN, IN, IN, r(1000)) // litres in 231 in³
const L_IMPGAL = dec('4.54609')
const LB = dec('0.45359237')
const G0 = dec('9.80665')
const LBF = mul(LB, G0)
const PSI = div(LBF, mul(IN, IN)) // Pa
const BTU = dec('1055.05585262')
const CAL = dec('4.184')
const HP = mul(r(550), FT, LBF) // W
const PS = mul(r(75), G0) // W
const NMI = r(1852)
const F95 = r(9, 5)
const F59 = r(5, 9)

// ---- Rounding and writing numbers, half away from zero, done again here.
const absR = ([a, b]: R): R => [a < 0n ? -a : a, b < 0n ? -b : b]
const neg = ([a, b]: R) => a < 0n !== b < 0n && a !== 0n
/** Whole part of |x| × 10^k rounded: half away, up or down. */
function scaledInt(x: R, k: number, how: 'half' | 'up' | 'down' = 'half'): bigint {
  const [a, b] = absR(mul(x, ten(k)))
  const q = a / b
  const rem = a - q * b
  if (how === 'half') return 2n * rem >= b ? q + 1n : q
  if (how === 'up') return rem > 0n ? q + 1n : q
  return q
}
/** The decimal exponent of |x|: the e with 10^e ≤ |x| < 10^(e+1). */
function exponent(x: R): number {
  const [a, b] = absR(x)
  let e = 0
  while (a * 1n >= b * 10n ** B(e + 1)) e++
  while (e > -40 && a * 10n ** B(-Math.min(e, 0)) < b * 10n ** B(Math.max(e, 0))) e--
  return e
}
function write(m: bigint, k: number, minus: boolean): string {
  const sign = minus ? '-' : ''
  if (k <= 0) return `${sign}${(m * 10n ** B(-k)).toLocaleString('en-US')}`
  const s = m.toString().padStart(k + 1, '0')
  return `${sign}${B(s.slice(0, -k)).toLocaleString('en-US')}.${s.slice(-k)}`
}
function sfDigits(x: R, n: number): [bigint, number] {
  let k = n - 1 - exponent(x)
  let m = scaledInt(x, k)
  if (m >= 10n ** B(n)) {
    m = scaledInt(x, k - 1)
    k--
  }
  return [m, k]
}
const sf = (x: R, n = 4) => {
  const [m, k] = sfDigits(x, n)
  return write(m, k, neg(x))
}
const sfCut = (x: R, n: number) => {
  const k = n - 1 - exponent(x)
  return write(scaledInt(x, k, 'down'), k, false)
}
const dp = (x: R, n: number, how: 'half' | 'up' | 'down' = 'half') =>
  write(scaledInt(x, n, how), n, neg(x))
function exact(x: R): string {
  for (let k = 0; k < 13; k++) {
    const [a, b] = absR(mul(x, ten(k)))
    if (a % b === 0n) return write(a / b, k, neg(x))
  }
  throw new Error('not a terminating decimal')
}
const SUP: Readonly<Record<string, string>> = Object.fromEntries(
  [...'0123456789-'].map((c, i) => [c, '⁰¹²³⁴⁵⁶⁷⁸⁹⁻'[i]!]),
)
function sci3(x: R): string {
  const [m, k] = sfDigits(x, 3)
  const d = m.toString()
  const e = String(2 - k)
    .split('')
    .map((c) => SUP[c])
    .join('')
  return `${d[0]}.${d.slice(1)} × 10${e}`
}

/** The number an option shows, without its unit or a tolerance's ±. */
const digest = (text: string) =>
  text.replace(/^±/, '').match(/^-?[\d,.]+(?: × 10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?/)?.[0] ?? text

type F = Readonly<Record<string, number | string>>
/** A drawn input, `n/d`, as a rational. */
const v = (f: F, k: string): R => {
  const [n, d] = String(f[k]).split('/')
  return r(B(n!), B(d ?? '1'))
}
const s4 = (...xs: readonly R[]): SecondWorking => ({
  key: sf(xs[0]!),
  wrong: xs.slice(1).map((x) => sf(x)),
})
const at = (n: number, ...xs: readonly R[]): SecondWorking => ({
  key: dp(xs[0]!, n),
  wrong: xs.slice(1).map((x) => dp(x, n)),
})
const sci = (...xs: readonly R[]): SecondWorking => ({
  key: sci3(xs[0]!),
  wrong: xs.slice(1).map(sci3),
})

type Route = (f: F) => SecondWorking
const sq = (x: R) => mul(x, x)
const cu = (x: R) => mul(x, x, x)

const LENGTH: Readonly<Record<string, Route>> = {
  'feet-inches-to-mm': (f) => {
    const [ft, i] = [v(f, 'ft'), v(f, 'inch')]
    const ins = add(mul(ft, r(12)), i)
    const dotted = add(mul(ft, r(10)), i) // "5 ft 7 in" read as 5.7 ft, in tenths of a foot
    return s4(
      mul(ins, MM_IN),
      mul(div(dotted, r(10)), FT, r(1000)),
      mul(ins, r(25)),
      mul(dotted, MM_IN),
      mul(ins, MM_IN, r(12, 10)),
      mul(ins, MM_IN, r(1, 10)),
      add(mul(ft, FT, r(1000)), i),
    )
  },
  'mm-to-inches': (f) => {
    const x = v(f, 'mm')
    return s4(
      div(x, MM_IN),
      div(x, r(254, 100)),
      div(x, sq(MM_IN)),
      div(x, mul(FT, r(1000))),
      mul(x, MM_IN),
    )
  },
  'square-feet-to-square-metres': (f) => {
    const a = v(f, 'a')
    return s4(
      mul(a, sq(FT)),
      mul(a, FT),
      div(a, sq(FT)),
      mul(a, cu(FT)),
      mul(a, r(9, 100)),
      div(a, r(10)),
    )
  },
  'square-metres-to-square-feet': (f) => {
    const a = v(f, 'a')
    return s4(
      div(a, sq(FT)),
      div(a, FT),
      mul(a, sq(FT)),
      div(a, cu(FT)),
      mul(a, r(10)),
      div(a, sq(YD)),
      mul(a, r(9)),
      div(a, sq(IN)),
    )
  },
  'square-inches-to-square-millimetres': (f) => {
    const a = v(f, 'a')
    return s4(
      mul(a, sq(MM_IN)),
      mul(a, MM_IN),
      mul(a, r(625)),
      mul(a, sq(div(MM_IN, r(10)))),
      mul(a, cu(MM_IN)),
      div(a, sq(MM_IN)),
      mul(a, sq(div(MM_IN, r(10))), r(1000)),
    )
  },
  'cubic-yards-to-cubic-metres': (f) => {
    const x = v(f, 'v')
    return s4(
      mul(x, cu(YD)),
      mul(x, YD),
      mul(x, sq(YD)),
      div(x, cu(YD)),
      mul(x, cu(FT)),
      mul(x, r(76, 100)),
    )
  },
  'tank-cubic-inches-to-us-gallons': (f) => {
    const [l, b, h] = [v(f, 'l'), v(f, 'b'), v(f, 'h')]
    const vol = mul(l, b, h)
    return s4(
      div(mul(vol, cu(IN), r(1000)), L_USGAL),
      div(vol, r(1728)),
      div(vol, r(144)),
      mul(vol, cu(IN), r(1000)),
      div(vol, dec('277.42')),
      div(add(add(l, b), h), r(231)),
    )
  },
  'cubic-metres-to-us-gallons': (f) => {
    const x = v(f, 'v')
    return s4(
      div(mul(x, r(1000)), L_USGAL),
      div(mul(x, r(1000)), L_IMPGAL),
      mul(x, r(1000), L_USGAL),
      mul(x, r(1000)),
      div(x, cu(FT)),
    )
  },
  'miles-to-kilometres': (f) => {
    const x = v(f, 'mi')
    return s4(
      mul(x, MILE, r(1, 1000)),
      div(x, mul(MILE, r(1, 1000))),
      mul(x, NMI, r(1, 1000)),
      mul(x, r(5000), FT, r(1, 1000)),
      mul(x, r(16, 10)),
    )
  },
  'acres-to-hectares': (f) => {
    const ac = mul(v(f, 'ac'), r(43560))
    return s4(
      mul(ac, sq(FT), r(1, 10000)),
      mul(ac, FT, r(1, 10000)),
      mul(ac, sq(FT), r(1, 1000)),
      mul(v(f, 'ac'), r(4840), sq(FT), r(1, 10000)), // 4,840 yd² an acre, read as ft²
      div(ac, mul(sq(FT), r(10000))),
    )
  },
  'plate-inches-to-square-metres': (f) => {
    const a = mul(v(f, 'l'), v(f, 'b'))
    return s4(
      mul(a, sq(IN)),
      mul(a, IN),
      mul(a, sq(MM_IN), r(1, 1000)),
      mul(a, sq(MM_IN), r(1, 1000000000)),
      mul(a, sq(FT)),
    )
  },
  'cubic-feet-to-litres': (f) => {
    const x = v(f, 'v')
    return s4(
      mul(x, cu(FT), r(1000)),
      mul(x, FT, r(1000)),
      mul(x, sq(FT), r(1000)),
      mul(x, cu(FT)),
      mul(x, r(1728, 231)),
      div(x, mul(cu(FT), r(1000))),
    )
  },
  'millimetres-to-thou': (f) => {
    const x = v(f, 'mm')
    return s4(
      div(mul(x, r(1000)), MM_IN),
      div(x, MM_IN),
      mul(x, r(1000)),
      div(mul(x, r(100)), MM_IN),
      div(mul(x, r(1000000)), MM_IN),
      mul(x, r(40)),
      div(mul(x, r(1000)), dec('2.54')),
    )
  },
  'imperial-to-us-gallons': (f) => {
    const g = v(f, 'g')
    return s4(
      div(mul(g, L_IMPGAL), L_USGAL),
      g,
      div(mul(g, L_USGAL), L_IMPGAL),
      mul(g, L_IMPGAL),
      mul(g, L_USGAL),
      div(mul(g, L_IMPGAL), r(4)),
    )
  },
  'cubic-metres-to-cubic-yards': (f) => {
    const x = v(f, 'v')
    return s4(
      div(x, cu(YD)),
      div(x, YD),
      div(x, sq(YD)),
      mul(x, cu(YD)),
      div(x, cu(FT)),
      div(x, mul(r(9), cu(FT))),
      mul(x, r(13, 10)),
    )
  },
  'yards-to-metres': (f) => {
    const y = v(f, 'yd')
    return s4(mul(y, YD), mul(y, FT), y, mul(y, r(3)), div(y, YD), mul(y, r(36), IN, r(100)))
  },
}

const FORCE: Readonly<Record<string, Route>> = {
  'pounds-to-kilograms': (f) => {
    const x = v(f, 'lb')
    return s4(mul(x, LB), div(x, LB), div(x, r(2)), mul(x, dec('0.3732417216')), mul(x, LBF))
  },
  'kilogram-force-to-newtons': (f) => {
    const x = v(f, 'kgf')
    return s4(mul(x, G0), div(x, G0), mul(x, r(10)), x, mul(x, LBF))
  },
  'pound-force-to-newtons': (f) => {
    const x = v(f, 'lbf')
    return s4(mul(x, LBF), mul(x, LB), mul(x, LB, r(10)), mul(x, G0), div(x, LBF))
  },
  'psi-to-kilopascals': (f) => {
    const p = v(f, 'p')
    return s4(
      mul(p, PSI, r(1, 1000)),
      div(mul(p, LBF), mul(IN, r(1000))),
      div(mul(p, LB), mul(sq(IN), r(1000))),
      mul(p, G0, r(10)),
      div(p, PSI),
      mul(p, PSI),
      mul(p, PSI, r(1, 100000)),
    )
  },
  'bar-to-psi': (f) => {
    const b = v(f, 'b')
    return s4(
      div(mul(b, r(100000)), PSI),
      div(mul(b, r(101325)), PSI),
      div(mul(b, r(10000)), PSI),
      mul(b, r(100)),
      div(mul(b, r(100000)), div(LB, sq(IN))),
      div(mul(b, PSI), r(100000)),
    )
  },
  'ksi-to-megapascals': (f) => {
    const s = v(f, 's')
    return s4(
      mul(s, r(1000), PSI, r(1, 1000000)),
      mul(s, PSI, r(1, 1000000)),
      div(mul(s, r(1000), LB), mul(sq(IN), r(1000000))),
      div(mul(s, r(1000), LBF), mul(IN, r(1000000))),
      div(mul(s, r(1000)), PSI),
    )
  },
  'newtons-per-square-millimetre-to-psi': (f) => {
    const s = v(f, 's')
    return s4(
      div(mul(s, r(1000000)), PSI),
      div(mul(s, MM_IN), LBF),
      div(mul(s, sq(MM_IN)), G0),
      div(mul(s, sq(MM_IN)), LB),
      div(mul(s, r(1000)), PSI),
      div(mul(s, r(1000000000)), PSI),
      div(mul(s, sq(r(254, 100))), LBF),
    )
  },
  'load-over-area-to-megapascals': (f) => {
    const [l, a] = [v(f, 'f'), v(f, 'a')]
    const n = mul(l, r(1000))
    return s4(
      div(n, a),
      div(l, a),
      div(mul(n, G0), a),
      div(n, mul(a, r(100))),
      div(mul(l, r(1000000)), a),
      div(a, l),
      div(n, mul(a, G0)), // kgf/mm²
    )
  },
  'water-head-to-kilopascals': (f) => {
    const h = v(f, 'h')
    const pa = mul(h, r(1000), G0)
    return s4(
      mul(pa, r(1, 1000)),
      pa,
      h,
      mul(h, G0, r(1, 1000)),
      mul(pa, r(1, 100000)),
      mul(h, r(10)),
    )
  },
  'gauge-psi-to-absolute-kilopascals': (f) => {
    const p = v(f, 'p')
    const atm = dec('101.325')
    const g = mul(p, PSI, r(1, 1000))
    return s4(
      add(g, atm),
      g,
      sub(g, atm),
      add(g, dec('14.696')),
      mul(add(p, atm), PSI, r(1, 1000)),
      add(g, mul(atm, r(2))),
    )
  },
  'kgf-per-square-centimetre-to-megapascals': (f) => {
    const x = v(f, 'x')
    return s4(
      mul(x, G0, r(1, 100)),
      mul(x, G0, r(1, 10000)),
      div(x, r(10)),
      mul(x, G0, r(1, 10)),
      mul(x, G0),
      div(x, mul(G0, r(100))),
    )
  },
  'short-tons-to-tonnes': (f) => {
    const t = v(f, 't')
    return s4(
      mul(t, r(2000), LB, r(1, 1000)),
      mul(t, r(2240), LB, r(1, 1000)),
      t,
      mul(t, LB),
      div(t, mul(r(2), LB)),
      mul(t, r(9, 10)),
    )
  },
  'mass-to-weight-in-pound-force': (f) => {
    const m = v(f, 'm')
    return s4(div(m, LB), mul(m, G0), mul(m, LB), div(mul(m, G0), LB), div(m, LBF))
  },
  'kgf-per-square-millimetre-to-megapascals': (f) => {
    const x = v(f, 'x')
    return s4(mul(x, G0), mul(x, G0, r(1, 100)), mul(x, r(10)), div(x, G0), x)
  },
  'spring-rate-lbf-per-inch-to-newtons-per-millimetre': (f) => {
    const k = v(f, 'k')
    return s4(
      div(mul(k, LBF), MM_IN),
      mul(k, LBF, MM_IN),
      div(mul(k, LBF, r(10)), MM_IN),
      div(mul(k, LB), MM_IN),
      div(mul(k, LBF), sq(MM_IN)),
    )
  },
  'inches-of-water-to-pascals': (f) => {
    const x = v(f, 'x')
    return s4(
      mul(x, IN, r(1000), G0),
      mul(x, IN, r(1000)),
      mul(x, MM_IN, r(1000), G0),
      mul(x, FT, r(1000), G0),
      mul(x, sq(IN), r(1000), G0),
    )
  },
}

const ENERGY: Readonly<Record<string, Route>> = {
  'celsius-to-fahrenheit': (f) => {
    const c = v(f, 'c')
    return at(
      1,
      add(mul(c, F95), r(32)),
      mul(c, F95),
      mul(add(c, r(32)), F95),
      add(mul(c, F59), r(32)),
      add(mul(c, r(2)), r(30)),
      add(mul(c, F95), r(273)),
      add(c, dec('273.15')),
    )
  },
  'fahrenheit-to-celsius': (f) => {
    const t = v(f, 'f')
    return at(
      1,
      mul(sub(t, r(32)), F59),
      sub(mul(t, F59), r(32)),
      mul(t, F59),
      mul(sub(t, r(32)), F95),
      div(sub(t, r(30)), r(2)),
    )
  },
  'temperature-rise-fahrenheit-to-kelvin': (f) => {
    const d = v(f, 'd')
    return at(
      1,
      mul(d, F59),
      mul(sub(d, r(32)), F59),
      mul(d, F95),
      add(mul(sub(d, r(32)), F59), dec('273.15')),
      d,
    )
  },
  'temperature-tolerance-celsius-to-fahrenheit': (f) => {
    const t = v(f, 't')
    return at(2, mul(t, F95), add(mul(t, F95), r(32)), mul(t, F59), t, mul(add(t, r(32)), F95))
  },
  'fahrenheit-to-kelvin': (f) => {
    const t = v(f, 'f')
    const c = mul(sub(t, r(32)), F59)
    return at(
      2,
      add(c, dec('273.15')),
      add(mul(t, F59), dec('273.15')),
      c,
      add(c, r(273)),
      add(t, dec('459.67')),
    )
  },
  'kelvin-to-fahrenheit': (f) => {
    const k = v(f, 'k')
    const c = sub(k, dec('273.15'))
    return at(
      2,
      add(mul(c, F95), r(32)),
      add(mul(k, F95), r(32)),
      mul(c, F95),
      c,
      add(mul(sub(k, r(273)), F95), r(32)),
      sub(mul(k, F95), r(32)),
    )
  },
  'kilowatt-hours-to-megajoules': (f) => {
    const e = v(f, 'e')
    const j = mul(e, r(1000), r(3600))
    return s4(
      mul(j, r(1, 1000000)),
      div(e, r(36, 10)),
      mul(j, r(1, 1000)),
      mul(e, r(36, 100)),
      mul(e, r(6, 100)),
    )
  },
  'btu-to-kilojoules': (f) => {
    const j = mul(v(f, 'b'), BTU)
    const b = v(f, 'b')
    return s4(
      mul(j, r(1, 1000)),
      div(mul(b, r(1000)), BTU),
      j,
      div(j, r(3600)),
      mul(b, CAL),
      div(j, r(3600000)),
      div(j, r(1000000)),
    )
  },
  'btu-per-hour-to-kilowatts': (f) => {
    const p = v(f, 'p')
    const watts = div(mul(p, BTU), r(3600))
    return s4(
      mul(watts, r(1, 1000)),
      mul(p, BTU, r(1, 1000)),
      div(mul(p, BTU), r(60000)),
      mul(watts, r(1, 1000000)),
      div(p, r(12000)),
      div(mul(p, r(1000)), mul(BTU, r(3600))),
      div(mul(p, CAL), r(3600)),
    )
  },
  'horsepower-to-kilowatts': (f) => {
    const hp = v(f, 'hp')
    return s4(
      mul(hp, HP, r(1, 1000)),
      mul(hp, dec('735.49875'), r(1, 1000)),
      div(mul(hp, r(1000)), HP),
      mul(hp, r(550), FT, LB, r(1, 1000)),
      mul(hp, HP),
      mul(hp, HP, r(1, 60000)),
      mul(hp, r(3, 4)),
    )
  },
  'kilowatts-to-metric-horsepower': (f) => {
    const w = mul(v(f, 'kw'), r(1000))
    return s4(
      div(w, PS),
      div(w, HP),
      mul(v(f, 'kw'), PS, r(1, 1000)),
      div(w, r(75)),
      div(w, r(750)),
      div(w, G0),
    )
  },
  'kilocalories-to-kilojoules': (f) => {
    const c = v(f, 'c')
    return s4(
      mul(c, CAL),
      div(c, CAL),
      mul(c, CAL, r(1000, 3600)),
      div(mul(c, CAL, r(1000)), BTU),
      c,
      mul(c, CAL, r(1, 3600)),
      mul(c, r(3600)),
    )
  },
  'power-and-hours-to-kilowatt-hours': (f) => {
    const wh = mul(v(f, 'p'), v(f, 'h'))
    return s4(
      mul(wh, r(1, 1000)),
      wh,
      div(wh, r(3600)),
      mul(wh, r(3600, 1000000)),
      mul(v(f, 'p'), r(1, 1000)),
      div(wh, r(60000)),
      mul(wh, r(24, 1000)),
    )
  },
  'heat-to-warm-water-with-fahrenheit-rise': (f) => {
    const [m, t1, t2] = [v(f, 'm'), v(f, 't1'), v(f, 't2')]
    const mc = mul(m, dec('4.186'))
    const rise = sub(t2, t1)
    return s4(
      mul(mc, rise, F59),
      mul(mc, rise),
      mul(mc, sub(rise, r(32)), F59),
      mul(mc, rise, F95),
      mul(mc, sub(t2, r(32)), F59),
    )
  },
  'foot-pound-force-to-joules': (f) => {
    const e = v(f, 'e')
    return s4(
      mul(e, FT, LBF),
      mul(e, FT, LB),
      div(mul(e, FT), LBF),
      mul(e, FT, G0),
      div(mul(e, LBF), FT),
    )
  },
  'therms-to-kilowatt-hours': (f) => {
    const t = v(f, 't')
    const j = mul(t, r(100000), BTU)
    return s4(
      div(j, r(3600000)),
      div(mul(t, r(100000)), r(3600)),
      div(j, r(1000000)),
      mul(div(j, r(1000000)), dec('3.6')),
      div(mul(t, r(100000)), mul(div(BTU, r(1000)), r(3600))),
    )
  },
}

const FLOW: Readonly<Record<string, Route>> = {
  'litres-per-minute-to-us-gpm': (f) => {
    const q = v(f, 'f')
    return s4(
      div(q, L_USGAL),
      div(q, L_IMPGAL),
      mul(q, L_USGAL),
      div(mul(q, r(60)), L_USGAL),
      div(q, mul(L_USGAL, r(60))),
      div(q, mul(cu(FT), r(1000))),
    )
  },
  'us-gpm-to-cubic-metres-per-hour': (f) => {
    const q = v(f, 'f')
    const lpm = mul(q, L_USGAL)
    return s4(
      mul(lpm, r(60, 1000)),
      mul(lpm, r(1, 1000)),
      mul(lpm, r(1, 60000)),
      mul(q, L_IMPGAL, r(60, 1000)),
      mul(lpm, r(60)),
      div(lpm, r(60)),
    )
  },
  'kilometres-per-hour-to-mph': (f) => {
    const x = v(f, 'v')
    const km = mul(MILE, r(1, 1000))
    return s4(
      div(x, km),
      mul(x, km),
      div(x, dec('1.852')),
      mul(x, r(1000, 3600)),
      div(x, dec('1.6')),
    )
  },
  'knots-to-mph': (f) => {
    const x = v(f, 'v')
    const mh = mul(x, NMI) // metres an hour
    return s4(
      div(mh, MILE),
      mul(mh, r(1, 1000)),
      div(mul(x, MILE), NMI),
      x,
      div(mh, mul(FT, r(3600))),
      div(mh, mul(FT, r(60))),
      div(mh, r(3600)),
    )
  },
  'metres-per-second-to-feet-per-minute': (f) => {
    const x = v(f, 'v')
    return s4(
      div(mul(x, r(60)), FT),
      div(x, FT),
      mul(x, FT, r(60)),
      div(x, mul(FT, r(60))),
      div(mul(x, r(3600)), FT),
      mul(x, r(200)),
    )
  },
  'density-kg-per-cubic-metre-to-lb-per-cubic-foot': (f) => {
    const d = v(f, 'd')
    return s4(
      div(mul(d, cu(FT)), LB),
      div(mul(d, FT), LB),
      mul(d, cu(FT), LB),
      mul(d, cu(FT)),
      div(d, mul(cu(FT), LB)),
    )
  },
  'mud-weight-pounds-per-us-gallon-to-kg-per-cubic-metre': (f) => {
    const d = v(f, 'd')
    const kg = mul(d, LB) // kilograms in one US gallon's worth of mud
    return s4(
      div(mul(kg, r(1000)), L_USGAL),
      div(mul(kg, r(1000)), L_IMPGAL),
      div(kg, L_USGAL),
      div(mul(d, r(1000)), L_USGAL),
      mul(kg, L_USGAL, r(1000)),
      div(kg, cu(FT)),
      div(mul(d, r(1000)), mul(LB, L_USGAL)),
    )
  },
  'torque-newton-metres-to-pound-force-feet': (f) => {
    const t = v(f, 't')
    return s4(
      div(t, mul(LBF, FT)),
      mul(t, LBF, FT),
      div(t, mul(LB, FT)),
      div(t, mul(LBF, IN)),
      div(t, mul(G0, FT)),
    )
  },
  'torque-pound-force-inches-to-newton-metres': (f) => {
    const t = v(f, 't')
    return s4(
      mul(t, LBF, IN),
      mul(t, LBF, FT),
      mul(t, LB, IN),
      div(t, mul(LBF, IN)),
      mul(t, LBF, MM_IN),
    )
  },
  'miles-per-gallon-to-litres-per-100-km': (f) => {
    const mpg = v(f, 'mpg')
    const kmPerMile = mul(MILE, r(1, 1000))
    return s4(
      div(mul(r(100), L_USGAL), mul(mpg, kmPerMile)),
      div(mul(r(100), L_IMPGAL), mul(mpg, kmPerMile)),
      div(L_USGAL, mul(mpg, kmPerMile)),
      div(mul(r(100), L_USGAL, kmPerMile), mpg),
      div(mul(mpg, kmPerMile), L_USGAL),
    )
  },
  'cubic-metres-per-hour-to-cfm': (f) => {
    const q = v(f, 'f')
    return s4(
      div(q, mul(cu(FT), r(60))),
      div(q, cu(FT)),
      div(q, mul(FT, r(60))),
      div(q, mul(cu(FT), r(3600))),
      div(mul(q, r(60)), cu(FT)),
    )
  },
  'pounds-per-hour-to-kilograms-per-second': (f) => {
    const kg = mul(v(f, 'm'), LB)
    return s4(
      div(kg, r(3600)),
      div(kg, r(60)),
      div(v(f, 'm'), mul(LB, r(3600))),
      kg,
      div(kg, r(86400)),
    )
  },
  'pressure-drop-psi-per-100-ft-to-kpa-per-metre': (f) => {
    const pa = mul(v(f, 'p'), PSI)
    return s4(
      div(pa, mul(r(100), FT, r(1000))),
      div(pa, r(100000)),
      div(mul(pa, FT), r(100000)),
      div(pa, mul(FT, r(1000))),
      div(pa, mul(r(100), FT)),
      div(pa, mul(r(100000), sq(FT))),
      div(pa, r(30000)),
      div(mul(v(f, 'p'), LB), mul(sq(IN), r(100000), FT)),
    )
  },
  'u-value-imperial-to-si': (f) => {
    const u = v(f, 'u')
    const perSecond = div(mul(u, BTU), r(3600))
    return s4(
      div(mul(perSecond, F95), sq(FT)),
      div(perSecond, sq(FT)),
      div(mul(perSecond, F59), sq(FT)),
      div(mul(perSecond, F95), FT),
      div(mul(u, BTU, F95), mul(r(60), sq(FT))),
      div(mul(perSecond, F95), mul(sq(FT), r(1000))),
      div(mul(u, BTU, F95), sq(FT)),
    )
  },
  'pipe-flow-gpm-to-velocity': (f) => {
    const inPerMin = div(mul(v(f, 'f'), r(231)), v(f, 'a'))
    return s4(
      div(inPerMin, r(12 * 60)),
      div(inPerMin, r(60)),
      div(inPerMin, r(12)),
      div(inPerMin, r(144 * 60)),
      div(inPerMin, r(12 * 3600)),
    )
  },
  'linear-mass-kg-per-metre-to-lb-per-foot': (f) => {
    const m = v(f, 'm')
    return s4(div(mul(m, FT), LB), div(m, mul(FT, LB)), mul(m, FT, LB), div(m, LB), mul(m, FT))
  },
}

const sfText = (x: R, n: number) => `${sf(x, n)}`
const CHECKS: Readonly<Record<string, Route>> = {
  'micrometres-to-millimetres': (f) => {
    const um = v(f, 'um')
    return s4(
      mul(um, ten(-3)),
      mul(um, ten(-6)),
      mul(um, ten(3)),
      mul(um, ten(-2)),
      mul(um, ten(-4)),
      mul(um, ten(6)),
      div(mul(um, ten(-3)), MM_IN),
    )
  },
  'square-millimetres-to-square-metres': (f) => {
    const a = v(f, 'a')
    return sci(mul(a, ten(-6)), mul(a, ten(-3)), mul(a, ten(-9)), mul(a, ten(-4)), mul(a, ten(6)))
  },
  'cubic-centimetres-to-cubic-metres': (f) => {
    const x = v(f, 'v')
    return sci(mul(x, ten(-6)), mul(x, ten(-2)), mul(x, ten(-4)), mul(x, ten(-9)), mul(x, ten(-3)))
  },
  'gigapascals-to-newtons-per-square-millimetre': (f) => {
    const e = v(f, 'e')
    return s4(mul(e, ten(3)), e, mul(e, ten(6)), mul(e, ten(-3)), mul(e, ten(9)))
  },
  'nanofarads-to-microfarads': (f) => {
    const c = v(f, 'c')
    return s4(
      mul(c, ten(-3)),
      mul(c, ten(3)),
      mul(c, ten(-6)),
      mul(c, ten(-2)),
      mul(c, ten(-4)),
      mul(c, ten(-1)),
    )
  },
  'milliamps-through-kilohms-to-volts': (f) => {
    const [i, res] = [v(f, 'i'), v(f, 'r')]
    const volts = mul(i, ten(-3), res, ten(3))
    return s4(
      volts,
      mul(i, res, ten(3)),
      mul(i, res, ten(-3)),
      div(res, i),
      div(i, res),
      mul(sq(mul(i, ten(-3))), res, ten(3)),
    )
  },
  'kilowatts-over-volts-to-amps': (f) => {
    const [p, u] = [v(f, 'p'), v(f, 'v')]
    return s4(
      div(mul(p, ten(3)), u),
      div(p, u),
      div(mul(p, ten(6)), u),
      div(u, mul(p, ten(3))),
      div(mul(p, ten(2)), u),
      mul(p, ten(3), u),
      div(mul(p, ten(3)), mul(u, r(8, 10))),
      div(mul(p, ten(3)), mul(u, dec('1.732'))),
    )
  },
  'pressure-on-area-to-kilonewtons': (f) => {
    const [p, a] = [v(f, 'p'), v(f, 'a')]
    const n = mul(p, ten(6), a, ten(-6)) // pascals on square metres: newtons
    return s4(
      mul(n, ten(-3)),
      n,
      mul(n, ten(-6)),
      mul(n, ten(-1)),
      div(a, mul(p, ten(3))),
      mul(n, ten(-4)),
    )
  },
  'kinetic-energy-from-grams-and-km-per-hour': (f) => {
    const [m, kmh] = [v(f, 'm'), v(f, 'v')]
    const kg = mul(m, ten(-3))
    const ms = mul(kmh, r(1000, 3600))
    return s4(
      mul(r(1, 2), kg, sq(ms)),
      mul(r(1, 2), m, sq(ms)),
      mul(r(1, 2), kg, sq(kmh)),
      mul(kg, sq(ms)),
      mul(r(1, 2), kg, ms),
    )
  },
  'die-area-from-micrometres': (f) => {
    const [a, b] = [v(f, 'a'), v(f, 'b')]
    return sci(
      mul(a, b, ten(-6)),
      mul(a, b, ten(-3)),
      mul(a, b, ten(-12)),
      mul(a, b),
      mul(add(a, b), ten(-3)),
    )
  },
  'round-a-conversion-to-significant-figures': (f) => {
    const mm = mul(v(f, 'x'), MM_IN)
    const n = Number(f.n)
    return {
      key: sfText(mm, n),
      wrong: [dp(mm, n), sfCut(mm, n), sf(mm, n + 1), sf(mm, n - 1)],
    }
  },
  'report-a-conversion-to-the-measured-figures': (f) => {
    const x = v(f, 'x')
    const mm = mul(x, MM_IN)
    // The measurement as the stem shows it, its decimal places kept, and its significant figures
    // counted from that text: leading zeros never count, a zero after the point always does.
    const places = Number(f.places)
    const text = dp(x, places)
    const digits = text.replace('.', '').replace(/^0+/, '')
    const n = digits.length
    const lead = text.replace('.', '').length - n
    return {
      key: sf(mm, n),
      wrong: [
        ...(lead > 0 ? [sf(mm, n + lead)] : []),
        exact(mm),
        dp(mm, places),
        sf(mm, n - 1),
        sfCut(mm, n),
        sf(mm, n + 1),
      ],
    }
  },
  'sum-of-lengths-to-fewest-decimal-places': (f) => {
    const s = add(add(v(f, 'a'), v(f, 'b')), v(f, 'c'))
    return { key: dp(s, 1), wrong: [exact(s), dp(s, 2), dp(s, 1, 'down'), sf(s, 4), dp(s, 0)] }
  },
  'lower-limit-inches-to-millimetres-rounded-inside': (f) => {
    const [x, t] = [v(f, 'x'), v(f, 't')]
    const lo = mul(sub(x, t), MM_IN)
    return {
      key: dp(lo, 2, 'up'),
      wrong: [
        dp(lo, 2, 'down'),
        dp(mul(sub(x, t), r(25)), 2, 'up'),
        dp(mul(add(x, t), MM_IN), 2, 'down'),
        dp(sub(mul(x, MM_IN), t), 2, 'up'),
        dp(mul(sub(x, mul(t, r(2))), MM_IN), 2, 'up'),
        dp(mul(x, MM_IN), 2, 'up'),
      ],
    }
  },
  'upper-limit-millimetres-to-inches-rounded-inside': (f) => {
    const [x, t] = [v(f, 'x'), v(f, 't')]
    const hi = div(add(x, t), MM_IN)
    return {
      key: dp(hi, 4, 'down'),
      wrong: [
        dp(hi, 4, 'up'),
        dp(div(add(x, t), r(25)), 4, 'down'),
        dp(div(sub(x, t), MM_IN), 4, 'down'),
        dp(add(div(x, MM_IN), div(t, r(25))), 4, 'down'),
        dp(div(add(x, mul(t, r(2))), MM_IN), 4, 'down'),
      ],
    }
  },
  'tolerance-inches-to-millimetres-rounded-down': (f) => {
    const t = v(f, 't')
    const mm = mul(t, MM_IN)
    return {
      key: dp(mm, 3, 'down'),
      wrong: [
        dp(mm, 3, 'up'),
        dp(mul(mm, r(1, 10)), 3, 'down'),
        dp(mul(mm, r(2)), 3, 'down'),
        dp(mul(t, r(25)), 3, 'down'),
        dp(div(t, MM_IN), 3, 'down'),
        dp(mul(mm, r(1, 2)), 3, 'down'),
      ],
    }
  },
}

const SECOND: Readonly<Record<string, Route>> = {
  ...LENGTH,
  ...FORCE,
  ...ENERGY,
  ...FLOW,
  ...CHECKS,
}

describeEngineIndependent('engineering unit conversion scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: SECOND,
    route: 'exact BigInt rationals from the SI definitions of each unit',
    digest,
    models: EGU_MODELS,
    engines,
  })
})
