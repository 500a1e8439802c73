import { quantileNormal } from 'vega-statistics'
import { expect, it } from 'vitest'
import { FORECAST_FAMILIES } from '../../../src/assessment/models/scm/forecast-families.js'
import { FREIGHT_FAMILIES } from '../../../src/assessment/models/scm/freight-families.js'
import { INCOTERM_FAMILIES } from '../../../src/assessment/models/scm/incoterm-families.js'
import { METRIC_FAMILIES } from '../../../src/assessment/models/scm/metric-families.js'
import { POLICY_FAMILIES } from '../../../src/assessment/models/scm/policy-families.js'
import { SCM_OPERATION_FAMILIES } from '../../../src/assessment/models/scm/scm-models.js'
import { type ScmScenario, Z_TABLE } from '../../../src/assessment/models/scm/scm-text.js'
import { drawFamilies, familiesNeverDrawn, optionSetProblems } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'

const FAMILIES = [
  ...POLICY_FAMILIES,
  ...METRIC_FAMILIES,
  ...FORECAST_FAMILIES,
  ...INCOTERM_FAMILIES,
  ...FREIGHT_FAMILIES,
  ...SCM_OPERATION_FAMILIES,
]
const DRAWS = 50

type In = Readonly<Record<string, number>>
type Twin = (x: In) => number | string

// ---- A second implementation: EOQ found by searching the cost curve (no square-root formula),
// sums and means by loops, dates by a month table of our own, sets by filtering.

/** The order quantity minimising ordering plus holding cost, by golden-section search. */
function eoqSearch(D: number, S: number, H: number): number {
  const cost = (q: number) => (D * S) / q + (H * q) / 2
  let lo = 1e-6
  let hi = D * 10 + 10
  const g = (Math.sqrt(5) - 1) / 2
  for (let n = 0; n < 300; n++) {
    const a = hi - g * (hi - lo)
    const b = lo + g * (hi - lo)
    if (cost(a) < cost(b)) hi = b
    else lo = a
  }
  return (lo + hi) / 2
}
const costAt = (D: number, S: number, H: number, q: number) => (D * S) / q + (H * q) / 2
const total = (xs: number[]) => {
  let s = 0
  for (const x of xs) s += x
  return s
}
const avg = (xs: number[]) => total(xs) / xs.length
const list = (x: In, p: string, n: number) => Array.from({ length: n }, (_, k) => x[`${p}${k}`]!)
/** Up to the next half kilogram: count half-kilo steps. */
const halfKg = (kg: number) => {
  let steps = Math.floor(kg * 2)
  if (steps / 2 < kg - 1e-9) steps++
  return steps / 2
}
const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(' ')
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
/** Day `n` of 2026 counted from 1 January (day 0), walked month by month. */
function dateOf(n: number): string {
  let d = n
  let y = 2026
  for (;;) {
    const days = MONTH_DAYS.map((m, k) => (k === 1 && y % 4 === 0 ? 29 : m))
    const yearDays = total(days)
    if (d < 0) {
      y--
      d += y % 4 === 0 ? 366 : 365
      continue
    }
    if (d >= yearDays) {
      d -= yearDays
      y++
      continue
    }
    for (let k = 0; k < 12; k++) {
      if (d < days[k]!) return `${d + 1} ${MONTH_NAMES[k]} ${y}`
      d -= days[k]!
    }
  }
}

const errs = (x: In) =>
  list(x, 'a', 6)
    .map((a, k) => (Number.isFinite(a) ? a - x[`f${k}`]! : Number.NaN))
    .filter(Number.isFinite)
const acts = (x: In) => list(x, 'a', 6).filter(Number.isFinite)
const fcs = (x: In) => list(x, 'f', 6).filter(Number.isFinite)

const SKU = (n: number) => `P0${n + 1}`
function abc(w: number[], order: number[], limit: number): string {
  const sum = total(w)
  const picked: string[] = []
  let run = 0
  for (const n of order) {
    run += w[n]!
    if (run <= limit * sum + 1e-9) picked.push(SKU(n))
  }
  return picked.length === 0 ? 'no SKU' : picked.sort().join(', ')
}
const rankBy = (w: number[]) =>
  w
    .map((v, n) => [v, n] as const)
    .sort((a, b) => b[0] - a[0])
    .map(([, n]) => n)

interface Lot {
  id: string
  r: number
  e: number
  u: number
}
const lotsOf = (x: In): Lot[] =>
  Object.keys(x)
    .filter((k) => k.startsWith('rL-'))
    .map((k) => ({
      id: k.slice(1),
      r: x[k]!,
      e: x[`e${k.slice(1)}`] ?? 0,
      u: x[`u${k.slice(1)}`] ?? 0,
    }))
const earliest = (ls: Lot[], f: (l: Lot) => number) => ls.reduce((b, l) => (f(l) < f(b) ? l : b)).id
function allocate(x: In, ls: Lot[]): string {
  let left = x.want!
  const parts: string[] = []
  for (const l of ls) {
    if (left === 0) break
    const t = Math.min(l.u, left)
    parts.push(`${t} from ${l.id}`)
    left -= t
  }
  return parts.join(', ')
}
const sorted = (ls: Lot[], f: (l: Lot) => number) => [...ls].sort((a, b) => f(a) - f(b))

function bestBreak(x: In, withPurchase: boolean): number {
  const { D, S, P0, P1, P2, i, B1, B2 } = x as Record<string, number>
  const tiers: [number, number, number][] = [
    [1, P0!, B1! - 1],
    [B1!, P1!, B2! - 1],
    [B2!, P2!, Number.POSITIVE_INFINITY],
  ]
  let best = Number.POSITIVE_INFINITY
  let bestQ = 0
  for (const [low, price, high] of tiers) {
    const q = Math.max(low, Math.round(eoqSearch(D!, S!, i! * price)))
    if (q > high) continue
    const c = costAt(D!, S!, i! * price, q) + (withPurchase ? D! * price : 0)
    if (c < best) {
      best = c
      bestQ = q
    }
  }
  return bestQ
}

const TWINS: Record<string, Record<string, Twin>> = {
  'eoq-holding-as-rate-of-price': {
    key: (x) => Math.round(eoqSearch(x.D!, x.S!, x.P! * x.i!)),
    noTwo: (x) => Math.round(eoqSearch(x.D!, x.S!, x.P! * x.i!) / Math.SQRT2),
    monthly: (x) => Math.round(eoqSearch(x.D! / 12, x.S!, x.P! * x.i!)),
    priceAsH: (x) => Math.round(eoqSearch(x.D!, x.S!, x.P!)),
    swap: (x) => Math.round(eoqSearch(x.D!, x.P! * x.i!, x.S!)),
  },
  'eoq-orders-per-year': {
    key: (x) => x.D! / eoqSearch(x.D!, x.S!, x.H!),
    noTwo: (x) => (x.D! / eoqSearch(x.D!, x.S!, x.H!)) * Math.SQRT2,
    avgStock: (x) => (2 * x.D!) / eoqSearch(x.D!, x.S!, x.H!),
    monthly: (x) => x.D! / eoqSearch(x.D! / 12, x.S!, x.H!),
    perMonth: (x) => x.D! / eoqSearch(x.D!, x.S!, x.H!) / 12,
  },
  'eoq-annual-ordering-and-holding-cost': {
    key: (x) => costAt(x.D!, x.S!, x.H!, eoqSearch(x.D!, x.S!, x.H!)),
    fullQ: (x) => {
      const q = eoqSearch(x.D!, x.S!, x.H!)
      return (x.D! * x.S!) / q + x.H! * q
    },
    orderingOnly: (x) => (x.D! * x.S!) / eoqSearch(x.D!, x.S!, x.H!),
    holdingOnly: (x) => (x.H! * eoqSearch(x.D!, x.S!, x.H!)) / 2,
    monthlyCost: (x) => costAt(x.D!, x.S!, x.H!, eoqSearch(x.D!, x.S!, x.H!)) / 12,
    monthlyDemand: (x) => costAt(x.D! / 12, x.S!, x.H!, eoqSearch(x.D! / 12, x.S!, x.H!)),
    noTwoQ: (x) => costAt(x.D!, x.S!, x.H!, eoqSearch(x.D!, x.S!, x.H!) / Math.SQRT2),
  },
  'eoq-days-between-orders': {
    key: (x) => (eoqSearch(x.D!, x.S!, x.H!) * x.Y!) / x.D!,
    calendar: (x) => (eoqSearch(x.D!, x.S!, x.H!) * 365) / x.D!,
    weeks: (x) => (eoqSearch(x.D!, x.S!, x.H!) * 52) / x.D!,
    noTwo: (x) => (eoqSearch(x.D!, x.S!, x.H!) * x.Y!) / x.D! / Math.SQRT2,
    halfQ: (x) => (eoqSearch(x.D!, x.S!, x.H!) * x.Y!) / x.D! / 2,
  },
  'eoq-when-demand-changes': {
    // EOQ is proportional to the square root of demand: search both and scale.
    key: (x) => Math.round((x.Q! * eoqSearch(x.k!, 1, 1)) / eoqSearch(1, 1, 1)),
    linear: (x) => x.Q! * x.k!,
    same: (x) => x.Q!,
    inverse: (x) => Math.round((x.Q! * eoqSearch(1, 1, 1)) / eoqSearch(x.k!, 1, 1)),
    squared: (x) => x.Q! * x.k! ** 2,
  },
  'reorder-point-weekly-demand-lead-days': {
    key: (x) => Math.round((x.W! * x.L!) / 5),
    sevenDay: (x) => Math.round((x.W! * x.L!) / 7),
    daysAsWeeks: (x) => x.W! * x.L!,
    roundWeeks: (x) => x.W! * Math.ceil(x.L! / 5),
    oneWeek: (x) => x.W!,
  },
  'safety-stock-demand-variability': {
    // σ over L days from a weekly σ: daily variance is a fifth of weekly variance.
    key: (x) => Math.round(x.z! * Math.sqrt((x.sw! ** 2 / 5) * x.L!)),
    daysAsWeeks: (x) => Math.round(x.z! * Math.sqrt(x.sw! ** 2 * x.L!)),
    noSqrt: (x) => Math.round(x.z! * x.sw! * (x.L! / 5)),
    noZ: (x) => Math.round(Math.sqrt((x.sw! ** 2 / 5) * x.L!)),
    oneWeek: (x) => Math.round(x.z! * x.sw!),
  },
  'safety-stock-lead-time-variability': {
    key: (x) => Math.round(x.z! * x.d! * x.sL!),
    meanLead: (x) => Math.round(x.z! * x.d! * x.L!),
    noZ: (x) => x.d! * x.sL!,
    sqrtLead: (x) => Math.round(x.z! * x.d! * x.sL! ** 0.5),
    plusDemand: (x) => Math.round(x.d! * x.L! + x.z! * x.d! * x.sL!),
  },
  'safety-stock-both-variabilities': {
    key: (x) => Math.round(x.z! * Math.hypot(x.sd! * Math.sqrt(x.L!), x.d! * x.sL!)),
    sumParts: (x) => Math.round(x.z! * (x.sd! * x.L! ** 0.5 + x.d! * x.sL!)),
    demandOnly: (x) => Math.round(x.z! * x.sd! * x.L! ** 0.5),
    leadOnly: (x) => Math.round(x.z! * x.d! * x.sL!),
    noZ: (x) => Math.round(Math.hypot(x.sd! * Math.sqrt(x.L!), x.d! * x.sL!)),
  },
  'reorder-point-with-safety-stock': {
    key: (x) => Math.round(x.d! * x.L! + x.z! * x.sd! * x.L! ** 0.5),
    noSafety: (x) => x.d! * x.L!,
    safetyOnly: (x) => Math.round(x.z! * x.sd! * x.L! ** 0.5),
    noSqrt: (x) => Math.round(x.L! * (x.d! + x.z! * x.sd!)),
    noZ: (x) => Math.round(x.d! * x.L! + x.sd! * x.L! ** 0.5),
  },
  'order-up-to-periodic-review': {
    key: (x) =>
      Math.round(
        x.d! * (x.R! + x.L!) + x.z! * x.sd! * (x.R! + x.L!) ** 0.5 - x.onHand! - x.onOrder!,
      ),
    onHandOnly: (x) =>
      Math.round(x.d! * (x.R! + x.L!) + x.z! * x.sd! * (x.R! + x.L!) ** 0.5 - x.onHand!),
    leadOnly: (x) => Math.round(x.d! * x.L! + x.z! * x.sd! * x.L! ** 0.5 - x.onHand! - x.onOrder!),
    noSafety: (x) => x.d! * (x.R! + x.L!) - x.onHand! - x.onOrder!,
    target: (x) => Math.round(x.d! * (x.R! + x.L!) + x.z! * x.sd! * (x.R! + x.L!) ** 0.5),
  },
  'inventory-position': {
    key: (x) => x.onHand! + x.onOrder! - x.back!,
    onHand: (x) => x.onHand!,
    noBack: (x) => x.onHand! + x.onOrder!,
    addBack: (x) => x.onHand! + x.onOrder! + x.back!,
    noOrder: (x) => x.onHand! - x.back!,
  },
  'moq-above-eoq-annual-cost': {
    key: (x) => costAt(x.D!, x.S!, x.H!, x.M!),
    atEoq: (x) => costAt(x.D!, x.S!, x.H!, eoqSearch(x.D!, x.S!, x.H!)),
    fullM: (x) => costAt(x.D!, x.S!, 2 * x.H!, x.M!),
    holdingOnly: (x) => (x.M! * x.H!) / 2,
    orderingOnly: (x) => (x.D! * x.S!) / x.M!,
  },
  'quantity-discount-best-order-size': {
    key: (x) => bestBreak(x, true),
    eoqBase: (x) => Math.round(eoqSearch(x.D!, x.S!, x.i! * x.P0!)),
    eoqCheapest: (x) => Math.round(eoqSearch(x.D!, x.S!, x.i! * x.P2!)),
    biggestBreak: (x) => x.B2!,
    firstBreak: (x) => x.B1!,
    noPurchase: (x) => bestBreak(x, false),
  },
  'inventory-turnover': {
    key: (x) => (2 * x.cogs!) / (x.open! + x.close!),
    sales: (x) => (2 * x.sales!) / (x.open! + x.close!),
    closing: (x) => x.cogs! / x.close!,
    noHalf: (x) => x.cogs! / (x.open! + x.close!),
    opening: (x) => x.cogs! / x.open!,
  },
  'days-of-inventory': {
    key: (x) => 365 / (x.cogs! / x.avg!),
    sales: (x) => 365 / (x.sales! / x.avg!),
    turns: (x) => x.cogs! / x.avg!,
    weeks: (x) => 52 / (x.cogs! / x.avg!),
    y360: (x) => 360 / (x.cogs! / x.avg!),
  },
  'unit-fill-rate': {
    key: (x) => x.shipped! / x.units!,
    line: (x) => x.fullLines! / x.lines!,
    order: (x) => x.fullOrders! / x.orders!,
    short: (x) => (x.units! - x.shipped!) / x.units!,
    linesShort: (x) => (x.lines! - x.fullLines!) / x.lines!,
  },
  'line-fill-rate': {
    key: (x) => x.fullLines! / x.lines!,
    unit: (x) => x.shipped! / x.units!,
    order: (x) => x.fullOrders! / x.orders!,
    linesShort: (x) => (x.lines! - x.fullLines!) / x.lines!,
    short: (x) => (x.units! - x.shipped!) / x.units!,
  },
  'cycle-service-level-vs-fill-rate': {
    key: (x) => (x.csl ? (x.N! - x.k!) / x.N! : (x.demand! - x.short!) / x.demand!),
    other: (x) => (x.csl ? (x.demand! - x.short!) / x.demand! : (x.N! - x.k!) / x.N!),
    cycleShort: (x) => x.k! / x.N!,
    unitShort: (x) => x.short! / x.demand!,
  },
  'otif-on-time-and-in-full': {
    // Orders with neither failure, by inclusion–exclusion.
    key: (x) => 1 - (x.late! + x.short! - x.both!) / x.N!,
    twice: (x) => 1 - (x.late! + x.short!) / x.N!,
    onTime: (x) => 1 - x.late! / x.N!,
    inFull: (x) => 1 - x.short! / x.N!,
    product: (x) => (1 - x.late! / x.N!) * (1 - x.short! / x.N!),
  },
  'supplier-on-time-window': {
    key: (x) => (x.b! + x.c!) / (x.a! + x.b! + x.c! + x.d!),
    anyEarly: (x) => (x.a! + x.b! + x.c!) / (x.a! + x.b! + x.c! + x.d!),
    dayOnly: (x) => x.c! / (x.a! + x.b! + x.c! + x.d!),
    lateOut: (x) => (x.b! + x.c!) / (x.b! + x.c! + x.d!),
    window: (x) => (x.b! + x.c! + x.d!) / (x.a! + x.b! + x.c! + x.d!),
  },
  gmroi: {
    key: (x) => (x.sales! - x.cogs!) / x.avg!,
    sales: (x) => x.sales! / x.avg!,
    turnover: (x) => x.cogs! / x.avg!,
    marginPct: (x) => 1 - x.cogs! / x.sales!,
    retail: (x) => ((x.sales! - x.cogs!) * (x.cogs! / x.sales!)) / x.avg!,
  },
  'xyz-coefficient-of-variation': {
    key: (x) => sdOf(list(x, 'm', 6), 0) / avg(list(x, 'm', 6)),
    sample: (x) => sdOf(list(x, 'm', 6), 1) / avg(list(x, 'm', 6)),
    sd: (x) => sdOf(list(x, 'm', 6), 0),
    inverse: (x) => avg(list(x, 'm', 6)) / sdOf(list(x, 'm', 6), 0),
    range: (x) =>
      (Math.max(...list(x, 'm', 6)) - Math.min(...list(x, 'm', 6))) / avg(list(x, 'm', 6)),
    mad: (x) => {
      const xs = list(x, 'm', 6)
      return avg(xs.map((v) => Math.abs(v - avg(xs)))) / avg(xs)
    },
    variance: (x) => sdOf(list(x, 'm', 6), 0) ** 2 / avg(list(x, 'm', 6)),
  },
  'abc-class-a-items': {
    key: (x) => {
      const v = list(x, 'u', 8).map((u, n) => u * x[`c${n}`]!)
      return abc(v, rankBy(v), 0.8)
    },
    units: (x) => abc(list(x, 'u', 8), rankBy(list(x, 'u', 8)), 0.8),
    cost: (x) => {
      const v = list(x, 'u', 8).map((u, n) => u * x[`c${n}`]!)
      return abc(v, rankBy(list(x, 'c', 8)), 0.8)
    },
    topFifth: (x) => {
      const v = list(x, 'u', 8).map((u, n) => u * x[`c${n}`]!)
      return rankBy(v).slice(0, 2).map(SKU).sort().join(', ')
    },
    unsorted: (x) => {
      const v = list(x, 'u', 8).map((u, n) => u * x[`c${n}`]!)
      return abc(v, [0, 1, 2, 3, 4, 5, 6, 7], 0.8)
    },
    seventy: (x) => {
      const v = list(x, 'u', 8).map((u, n) => u * x[`c${n}`]!)
      return abc(v, rankBy(v), 0.7)
    },
    // Pareto cut taken one SKU past the stated rule: the SKU that crosses 80% is included.
    crossing: (x) => {
      const v = list(x, 'u', 8).map((u, n) => u * x[`c${n}`]!)
      const sum = total(v)
      const order = rankBy(v)
      let run = 0
      const out: number[] = []
      for (const n of order) {
        out.push(n)
        run += v[n]!
        if (run / sum > 0.8) break
      }
      return out.map(SKU).sort().join(', ')
    },
  },
  'holding-cost-of-average-stock': {
    key: (x) => x.c! * x.i! * (x.Q! / 2 + x.SS!),
    noSS: (x) => (x.c! * x.i! * x.Q!) / 2,
    fullQ: (x) => x.c! * x.i! * (x.Q! + x.SS!),
    halfSS: (x) => (x.c! * x.i! * (x.Q! + x.SS!)) / 2,
    value: (x) => x.c! * (x.Q! / 2 + x.SS!),
  },
  'three-period-moving-average': {
    key: (x) => avg(list(x, 'x', 6).slice(3)),
    all: (x) => avg(list(x, 'x', 6)),
    oldest: (x) => avg(list(x, 'x', 3)),
    naive: (x) => x.x5!,
    four: (x) => avg(list(x, 'x', 6).slice(2)),
  },
  'weighted-moving-average': {
    key: (x) => x.w1! * x.x4! + x.w2! * x.x3! + x.w3! * x.x2!,
    reversed: (x) => x.w3! * x.x4! + x.w2! * x.x3! + x.w1! * x.x2!,
    simple: (x) => (x.x4! + x.x3! + x.x2!) / 3,
    firstThree: (x) => x.w1! * x.x0! + x.w2! * x.x1! + x.w3! * x.x2!,
    naive: (x) => x.x4!,
  },
  'exponential-smoothing-one-step': {
    // The weighted-average form: α A + (1 − α) F.
    key: (x) => x.alpha! * x.A! + (1 - x.alpha!) * x.F!,
    swapAlpha: (x) => (1 - x.alpha!) * x.A! + x.alpha! * x.F!,
    naive: (x) => x.A!,
    sign: (x) => (1 + x.alpha!) * x.F! - x.alpha! * x.A!,
    alphaTimesActual: (x) => x.alpha! * x.A!,
  },
  'exponential-smoothing-two-steps': {
    key: (x) => smooth(x.F1!, [x.A1!, x.A2!], x.alpha!),
    oneStep: (x) => smooth(x.F1!, [x.A1!], x.alpha!),
    fromF1: (x) => smooth(x.F1!, [x.A2!], x.alpha!),
    swapAlpha: (x) => smooth(x.F1!, [x.A1!, x.A2!], 1 - x.alpha!),
    average: (x) => (x.A1! + x.A2!) / 2,
  },
  'mean-absolute-deviation': {
    key: (x) => avg(errs(x).map(Math.abs)),
    bias: (x) => Math.abs(avg(errs(x))),
    sum: (x) => total(errs(x).map(Math.abs)),
    mse: (x) => avg(errs(x).map((e) => e * e)),
    rmse: (x) => Math.sqrt(avg(errs(x).map((e) => e * e))),
    nMinus1: (x) => total(errs(x).map(Math.abs)) / (errs(x).length - 1),
  },
  'mean-absolute-percentage-error': {
    key: (x) => avg(errs(x).map((e, k) => Math.abs(e / acts(x)[k]!))),
    byForecast: (x) => avg(errs(x).map((e, k) => Math.abs(e / fcs(x)[k]!))),
    wape: (x) => total(errs(x).map(Math.abs)) / total(acts(x)),
    signed: (x) => Math.abs(avg(errs(x).map((e, k) => e / acts(x)[k]!))),
    madOverMean: (x) => avg(errs(x).map(Math.abs)) / avg(fcs(x)),
  },
  'weighted-absolute-percentage-error': {
    key: (x) => total(errs(x).map(Math.abs)) / total(acts(x)),
    mape: (x) => avg(errs(x).map((e, k) => Math.abs(e / acts(x)[k]!))),
    byForecast: (x) => total(errs(x).map(Math.abs)) / total(fcs(x)),
    net: (x) => Math.abs(total(errs(x))) / total(acts(x)),
  },
  'forecast-bias-signed': {
    key: (x) => avg(errs(x)),
    flipped: (x) => avg(errs(x).map((e) => -e)),
    mad: (x) => avg(errs(x).map(Math.abs)),
    sum: (x) => total(errs(x)),
    lastError: (x) => errs(x).at(-1)!,
  },
  'tracking-signal': {
    key: (x) => total(errs(x)) / avg(errs(x).map(Math.abs)),
    meanError: (x) => avg(errs(x)) / avg(errs(x).map(Math.abs)),
    inverse: (x) => avg(errs(x).map(Math.abs)) / total(errs(x)),
    flipped: (x) => -total(errs(x)) / avg(errs(x).map(Math.abs)),
    absSum: (x) => errs(x).length,
  },
  'root-mean-squared-error': {
    key: (x) => Math.hypot(...errs(x)) / Math.sqrt(errs(x).length),
    mse: (x) => avg(errs(x).map((e) => e * e)),
    mad: (x) => avg(errs(x).map(Math.abs)),
    nMinus1: (x) => Math.hypot(...errs(x)) / Math.sqrt(errs(x).length - 1),
    rootOfMean: (x) => Math.sqrt(Math.abs(avg(errs(x)))),
  },
  'seasonal-index-quarter-forecast': {
    key: (x) => Math.round(x.Y! * x.idx! * 0.25),
    noQuarter: (x) => Math.round(x.Y! * x.idx!),
    divide: (x) => Math.round((x.Y! * 0.25) / x.idx!),
    noIndex: (x) => x.Y! * 0.25,
    month: (x) => Math.round((x.Y! * x.idx!) / 12),
  },
  'bullwhip-variance-ratio': {
    key: (x) => (x.so! * x.so!) / (x.sd! * x.sd!),
    sdRatio: (x) => x.so! / x.sd!,
    inverse: (x) => (x.sd! * x.sd!) / (x.so! * x.so!),
    cvDiff: (x) => x.so! / x.mu! - x.sd! / x.mu!,
    dispersion: (x) => x.so! ** 2 / x.mu!,
  },
  'air-chargeable-weight': {
    key: (x) => halfKg(Math.max(x.n! * x.kg!, (x.n! * x.L! * x.W! * x.H!) / 6000)),
    actual: (x) => x.n! * x.kg!,
    volume: (x) => halfKg((x.n! * x.L! * x.W! * x.H!) / 6000),
    courier: (x) => halfKg(Math.max(x.n! * x.kg!, (x.n! * x.L! * x.W! * x.H!) / 5000)),
    onePiece: (x) => halfKg(Math.max(x.kg!, (x.L! * x.W! * x.H!) / 6000)),
    sum: (x) => halfKg(x.n! * x.kg! + (x.n! * x.L! * x.W! * x.H!) / 6000),
    // Sea freight's revenue tonne: 1 m³ (10⁶ cm³) counts as 1,000 kg.
    seaRatio: (x) => halfKg(Math.max(x.n! * x.kg!, (x.n! * x.L! * x.W! * x.H! * 1000) / 1e6)),
  },
  'courier-chargeable-weight': {
    key: (x) => halfKg(Math.max(x.kg!, (x.L! * x.W! * x.H!) / 5000)),
    air: (x) => halfKg(Math.max(x.kg!, (x.L! * x.W! * x.H!) / 6000)),
    actual: (x) => x.kg!,
    volume: (x) => halfKg((x.L! * x.W! * x.H!) / 5000),
    sum: (x) => halfKg(x.kg! + (x.L! * x.W! * x.H!) / 5000),
  },
  'air-freight-charge-with-minimum': {
    key: (x) =>
      Math.max(
        x.min!,
        x.rate! * halfKg(Math.max(x.n! * x.kg!, (x.n! * x.L! * x.W! * x.H!) / 6000)),
      ),
    noMin: (x) => x.rate! * halfKg(Math.max(x.n! * x.kg!, (x.n! * x.L! * x.W! * x.H!) / 6000)),
    actual: (x) => Math.max(x.min!, x.rate! * x.n! * x.kg!),
    courier: (x) =>
      Math.max(
        x.min!,
        x.rate! * halfKg(Math.max(x.n! * x.kg!, (x.n! * x.L! * x.W! * x.H!) / 5000)),
      ),
    plusMin: (x) =>
      x.min! + x.rate! * halfKg(Math.max(x.n! * x.kg!, (x.n! * x.L! * x.W! * x.H!) / 6000)),
    onePiece: (x) =>
      Math.max(x.min!, x.rate! * halfKg(Math.max(x.kg!, (x.L! * x.W! * x.H!) / 6000))),
  },
  'cartons-in-a-container': {
    key: (x) => piecesAlong(x.CL!, x.l!) * piecesAlong(x.CW!, x.w!) * piecesAlong(x.CH!, x.h!),
    volume: (x) => Math.floor((x.CL! * x.CW! * x.CH!) / (x.l! * x.w! * x.h!)),
    oneLayer: (x) => piecesAlong(x.CL!, x.l!) * piecesAlong(x.CW!, x.w!),
    oneRow: (x) => piecesAlong(x.CL!, x.l!) * piecesAlong(x.CH!, x.h!),
    floorArea: (x) => Math.floor((x.CL! * x.CW!) / (x.l! * x.w!)) * piecesAlong(x.CH!, x.h!),
    turned: (x) => piecesAlong(x.CL!, x.w!) * piecesAlong(x.CW!, x.l!) * piecesAlong(x.CH!, x.h!),
    roundUp: (x) => Math.ceil(x.CL! / x.l!) * Math.ceil(x.CW! / x.w!) * Math.ceil(x.CH! / x.h!),
    rounded: (x) => Math.round(x.CL! / x.l!) * Math.round(x.CW! / x.w!) * Math.round(x.CH! / x.h!),
  },
  'cartons-on-a-pallet': {
    key: (x) =>
      piecesAlong(x.PL!, x.l!) * piecesAlong(x.PW!, x.w!) * piecesAlong(x.maxH! - x.base!, x.h!),
    turned: (x) =>
      piecesAlong(x.PW!, x.l!) * piecesAlong(x.PL!, x.w!) * piecesAlong(x.maxH! - x.base!, x.h!),
    palletHeight: (x) =>
      piecesAlong(x.PL!, x.l!) * piecesAlong(x.PW!, x.w!) * piecesAlong(x.maxH!, x.h!),
    volume: (x) => Math.floor((x.PL! * x.PW! * (x.maxH! - x.base!)) / (x.l! * x.w! * x.h!)),
    oneLayer: (x) => piecesAlong(x.PL!, x.l!) * piecesAlong(x.PW!, x.w!),
    roundUp: (x) =>
      Math.ceil(x.PL! / x.l!) * Math.ceil(x.PW! / x.w!) * Math.ceil((x.maxH! - x.base!) / x.h!),
  },
  'landed-cost-per-unit': {
    key: (x) =>
      (x.units! * x.price! +
        x.freight! +
        x.ins! +
        x.duty! * (x.units! * x.price! + x.freight! + x.ins!) +
        x.fees!) /
      x.units!,
    dutyFob: (x) =>
      (x.units! * x.price! * (1 + x.duty!) + x.freight! + x.ins! + x.fees!) / x.units!,
    noDuty: (x) => (x.units! * x.price! + x.freight! + x.ins! + x.fees!) / x.units!,
    noFreight: (x) => (x.units! * x.price! * (1 + x.duty!) + x.fees!) / x.units!,
    dutyAll: (x) =>
      ((x.units! * x.price! + x.freight! + x.ins! + x.fees!) * (1 + x.duty!)) / x.units!,
  },
  'import-duty-on-cif-value': {
    key: (x) => x.duty! * x.goods! + x.duty! * x.freight! + x.duty! * x.ins!,
    fob: (x) => x.duty! * x.goods!,
    inland: (x) => x.duty! * (x.goods! + x.freight! + x.ins! + x.inland!),
    noIns: (x) => x.duty! * (x.goods! + x.freight!),
    freightOnly: (x) => x.duty! * (x.freight! + x.ins!),
  },
  'cargo-insurance-premium': {
    key: (x) => (x.cif! * 110 * x.rate!) / 100,
    noMargin: (x) => x.cif! * x.rate!,
    fob: (x) => (x.fob! * 110 * x.rate!) / 100,
    percentWhole: (x) => x.cif! * 110 * x.rate!,
    sumInsured: (x) => (x.cif! * 110) / 100,
    perMille: (x) => (x.cif! * 110 * x.rate!) / 1000,
  },
  'freight-allocated-by-weight': {
    key: (x) => (x.freight! * x.k0!) / (x.k0! + x.k1! + x.k2!),
    value: (x) => (x.freight! * x.v0!) / (x.v0! + x.v1! + x.v2!),
    units: (x) => (x.freight! * x.u0!) / (x.u0! + x.u1! + x.u2!),
    equal: (x) => x.freight! / 3,
  },
  'pipeline-inventory-carrying-cost': {
    key: (x) => (x.D! / 365) * x.days! * x.c! * x.i!,
    value: (x) => (x.D! / 365) * x.days! * x.c!,
    wholeYear: (x) => x.D! * x.c! * x.i!,
    halved: (x) => (x.D! * x.days! * x.c! * x.i!) / 730,
    noYear: (x) => x.D! * x.days! * x.c! * x.i!,
  },
  'fefo-lot-to-pick': {
    key: (x) =>
      earliest(
        lotsOf(x).filter((l) => l.e - x.today! >= x.minLife!),
        (l) => l.e,
      ),
    fifo: (x) =>
      earliest(
        lotsOf(x).filter((l) => l.e - x.today! >= x.minLife!),
        (l) => l.r,
      ),
    shortDated: (x) => earliest(lotsOf(x), (l) => l.e),
    lifo: (x) =>
      earliest(
        lotsOf(x).filter((l) => l.e - x.today! >= x.minLife!),
        (l) => -l.r,
      ),
    latest: (x) =>
      earliest(
        lotsOf(x).filter((l) => l.e - x.today! >= x.minLife!),
        (l) => -l.e,
      ),
  },
  'fifo-allocation-of-a-pick': {
    key: (x) =>
      allocate(
        x,
        sorted(lotsOf(x), (l) => l.r),
      ),
    lifo: (x) =>
      allocate(
        x,
        sorted(lotsOf(x), (l) => -l.r),
      ),
    largest: (x) =>
      allocate(
        x,
        sorted(lotsOf(x), (l) => -l.u),
      ),
    lotNumber: (x) =>
      allocate(
        x,
        sorted(lotsOf(x), (l) => Number(l.id.replace('L-', ''))),
      ),
    smallest: (x) =>
      allocate(
        x,
        sorted(lotsOf(x), (l) => l.u),
      ),
  },
  'latest-purchase-order-date': {
    key: (x) => dateOf(x.need! - x.P! - x.T! - x.R!),
    noReceiving: (x) => dateOf(x.need! - x.P! - x.T!),
    noTransit: (x) => dateOf(x.need! - x.P! - x.R!),
    productionOnly: (x) => dateOf(x.need! - x.P!),
    noProduction: (x) => dateOf(x.need! - x.T! - x.R!),
  },
  'three-way-match-amount-to-pay': {
    key: (x) => Math.min(x.q!, x.r!) * x.p!,
    invoice: (x) => x.q! * x.pi!,
    ordered: (x) => x.q! * x.p!,
    invoicePrice: (x) => x.r! * x.pi!,
  },
  'days-until-reorder': {
    key: (x) => (x.onHand! - (x.d! * x.L! + x.SS!)) / x.d!,
    noLead: (x) => (x.onHand! - x.SS!) / x.d!,
    noSafety: (x) => x.onHand! / x.d! - x.L!,
    cover: (x) => x.onHand! / x.d!,
    units: (x) => x.onHand! - x.SS! - x.d! * x.L!,
  },
  'cycle-count-workload': {
    key: (x) => x.a! * 12 + x.b! * 4 + x.c! * 1,
    skus: (x) => x.a! + x.b! + x.c!,
    reversed: (x) => x.a! + x.b! * 4 + x.c! * 12,
    weekly: (x) => x.a! * 52 + x.b! * 4 + x.c!,
    aOnly: (x) => x.a! * 12,
  },
  'economic-production-quantity': {
    // EPQ: the EOQ with holding charged on the peak stock fraction (1 − d/p).
    key: (x) => Math.round(eoqSearch(x.D!, x.S!, x.H! * (1 - x.D! / x.Y! / x.p!))),
    eoq: (x) => Math.round(eoqSearch(x.D!, x.S!, x.H!)),
    plus: (x) => Math.round(eoqSearch(x.D!, x.S!, x.H! * (1 + x.D! / x.Y! / x.p!))),
    noTwo: (x) => Math.round(eoqSearch(x.D!, x.S!, x.H! * (1 - x.D! / x.Y! / x.p!)) / Math.SQRT2),
    timesF: (x) => Math.round(eoqSearch(x.D!, x.S!, x.H!) * (1 - x.D! / x.Y! / x.p!)),
    overF: (x) => Math.round(eoqSearch(x.D!, x.S!, x.H!) / (1 - x.D! / x.Y! / x.p!)),
  },
  'eoq-holding-cost-per-month': {
    // Consistent monthly units give the same quantity as annual ones.
    key: (x) => Math.round(eoqSearch(x.D! / 12, x.S!, x.h!)),
    monthlyH: (x) => Math.round(eoqSearch(x.D!, x.S!, x.h!)),
    noTwo: (x) => Math.round(eoqSearch(x.D! / 12, x.S!, x.h!) / Math.SQRT2),
    monthlyD: (x) => Math.round(eoqSearch(x.D! / 12, x.S!, 12 * x.h!)),
    swap: (x) => Math.round(eoqSearch(x.D!, 12 * x.h!, x.S!)),
  },
  'min-max-order-quantity': {
    key: (x) => x.max! - (x.onHand! + x.onOrder!),
    onHandOnly: (x) => x.max! - x.onHand!,
    gap: (x) => x.max! - x.min!,
    max: (x) => x.max!,
    toMin: (x) => x.min! - (x.onHand! + x.onOrder!),
  },
  'safety-stock-for-a-higher-service-level': {
    key: (x) => Math.round(x.z2! * x.sd! * x.L! ** 0.5 - x.z1! * x.sd! * x.L! ** 0.5),
    whole: (x) => Math.round(x.z2! * x.sd! * x.L! ** 0.5),
    noSqrt: (x) => Math.round((x.z2! - x.z1!) * x.sd! * x.L!),
    percent: (x) => {
      const p = (z: number) => Z_TABLE.find(([, v]) => v === z)![0]
      return Math.round(x.z1! * x.sd! * x.L! ** 0.5 * (p(x.z2!) / p(x.z1!) - 1))
    },
    oneDay: (x) => Math.round((x.z2! - x.z1!) * x.sd!),
  },
  'saving-from-moving-to-eoq': {
    key: (x) =>
      costAt(x.D!, x.S!, x.H!, x.Q0!) - costAt(x.D!, x.S!, x.H!, eoqSearch(x.D!, x.S!, x.H!)),
    current: (x) => costAt(x.D!, x.S!, x.H!, x.Q0!),
    fullQ: (x) =>
      costAt(x.D!, x.S!, 2 * x.H!, x.Q0!) -
      costAt(x.D!, x.S!, 2 * x.H!, eoqSearch(x.D!, x.S!, x.H!)),
    ordering: (x) => Math.abs((x.D! * x.S!) / x.Q0! - (x.D! * x.S!) / eoqSearch(x.D!, x.S!, x.H!)),
    holding: (x) => Math.abs((x.H! * x.Q0!) / 2 - (x.H! * eoqSearch(x.D!, x.S!, x.H!)) / 2),
  },
  'order-fill-rate': {
    key: (x) => x.fullOrders! / x.orders!,
    line: (x) => x.fullLines! / x.lines!,
    unit: (x) => x.shipped! / x.units!,
    ordersShort: (x) => (x.orders! - x.fullOrders!) / x.orders!,
  },
  'weeks-of-supply': {
    key: (x) => (13 * x.onHand!) / x.sold!,
    days: (x) => (91 * x.onHand!) / x.sold!,
    monthly: (x) => (3 * x.onHand!) / x.sold!,
    quarter: (x) => (52 * x.onHand!) / x.sold!,
  },
  'stock-out-lost-margin': {
    key: (x) => x.days! * x.d! * x.price! - x.days! * x.d! * x.cost!,
    revenue: (x) => x.days! * x.d! * x.price!,
    cost: (x) => x.days! * x.d! * x.cost!,
    perDay: (x) => x.d! * (x.price! - x.cost!),
  },
  'inventory-record-accuracy': {
    key: (x) => 1 - x.outside! / (x.exact! + x.within! + x.outside!),
    exactOnly: (x) => x.exact! / (x.exact! + x.within! + x.outside!),
    outside: (x) => x.outside! / (x.exact! + x.within! + x.outside!),
    ofExact: (x) => (x.exact! + x.within!) / (x.exact! + x.outside!),
    withinOnly: (x) => x.within! / (x.exact! + x.within! + x.outside!),
  },
  'seasonal-index-from-two-years': {
    key: (x) => (x[`q${x.q}`]! + x[`q${x.q! + 4}`]!) / 2 / avg(list(x, 'q', 8)),
    share: (x) => (x[`q${x.q}`]! + x[`q${x.q! + 4}`]!) / total(list(x, 'q', 8)),
    lastYear: (x) => x[`q${x.q! + 4}`]! / avg(list(x, 'q', 8).slice(4)),
    inverse: (x) => avg(list(x, 'q', 8)) / ((x[`q${x.q}`]! + x[`q${x.q! + 4}`]!) / 2),
    firstYear: (x) => x[`q${x.q}`]! / avg(list(x, 'q', 4)),
  },
  'seasonal-naive-with-growth': {
    key: (x) => Math.round(x[`x${x.k}`]! + x[`x${x.k}`]! * x.g!),
    lastMonth: (x) => Math.round(x.x11! + x.x11! * x.g!),
    noGrowth: (x) => x[`x${x.k}`]!,
    average: (x) => Math.round(avg(list(x, 'x', 12)) * (1 + x.g!)),
  },
  'fuel-surcharge-on-the-weight-charge': {
    key: (x) => x.kg! * x.rate! + x.kg! * x.rate! * x.fs! + x.fees!,
    onFees: (x) => (x.kg! * x.rate! + x.fees!) * (1 + x.fs!),
    noFuel: (x) => x.kg! * x.rate! + x.fees!,
    surchargeOnly: (x) => x.kg! * x.rate! * x.fs! + x.fees!,
    noFees: (x) => x.kg! * x.rate! * (1 + x.fs!),
  },
  'unit-cost-converted-from-a-foreign-currency': {
    key: (x) => x.usd! * (1 / x.rate!) + x.freight!,
    multiply: (x) => x.usd! * x.rate! + x.freight!,
    noFreight: (x) => x.usd! * (1 / x.rate!),
    noConversion: (x) => x.usd! + x.freight!,
    freightConverted: (x) => (x.usd! + x.freight!) * (1 / x.rate!),
  },
  'import-vat-base': {
    key: (x) => (x.cif! + x.cif! * x.duty!) * x.vat!,
    noDuty: (x) => x.cif! * x.vat!,
    dutyOnly: (x) => x.cif! * x.duty! * x.vat!,
    added: (x) => x.cif! * x.vat! + x.cif! * x.duty!,
  },
  'bullwhip-across-two-tiers': {
    // Variances chain: factory/customer = (factory/retailer) × (retailer/customer).
    key: (x) => Math.exp(Math.log(x.r1!) + Math.log(x.r2!)),
    sum: (x) => x.r1! + x.r2!,
    larger: (x) => [x.r1!, x.r2!].sort((a, b) => b - a)[0]!,
    lastTier: (x) => x.r2!,
    sdChain: (x) => (x.r1! * x.r2!) ** 0.5,
  },
  'supplier-scorecard-weighted-score': {
    key: (x) => total([0, 1, 2, 3].map((k) => x[`s${k}`]! * x[`w${k}`]!)),
    unweighted: (x) => avg(list(x, 's', 4)),
    reversed: (x) => total([0, 1, 2, 3].map((k) => x[`s${k}`]! * x[`w${3 - k}`]!)),
    divided: (x) => total([0, 1, 2, 3].map((k) => x[`s${k}`]! * x[`w${k}`]!)) / 4,
  },
}

function sdOf(xs: number[], ddof: number): number {
  const m = avg(xs)
  return Math.sqrt(total(xs.map((v) => (v - m) ** 2)) / (xs.length - ddof))
}
function smooth(start: number, actuals: number[], a: number): number {
  let f = start
  for (const y of actuals) f = a * y + (1 - a) * f
  return f
}
/** Whole items that fit along a side: repeated subtraction, not division. */
function piecesAlong(side: number, piece: number): number {
  let n = 0
  for (let left = side; left >= piece; left -= piece) n++
  return n
}

/** The figure an answer shows and the half-step of its last shown digit. */
function shown(text: string): [number, number] {
  const digits = text.replace(/[^0-9.-]/g, '')
  const dp = digits.includes('.') ? digits.split('.')[1]!.length : 0
  const value = Number(digits)
  return [
    text.trim().endsWith('%') ? value / 100 : value,
    (text.trim().endsWith('%') ? 0.5 / 100 : 0.5) * 10 ** -dp,
  ]
}
const agrees = (text: string, want: number | string) => {
  if (typeof want === 'string') return text === want
  const [v, half] = shown(text)
  return Math.abs(v - want) <= half + 1e-9 * Math.max(1, Math.abs(want))
}

// ---- Incoterms 2020, written again from the ICC rules (Incoterms® 2020, A2/B2 delivery and
// risk, A4 carriage, A5 insurance, A6 unloading at destination, A7/B7 clearance).
type P = 'premises' | 'carrier' | 'alongside' | 'onBoard' | 'arrived' | 'unloaded'
const ICC: Record<
  string,
  {
    risk: P
    pays: 'S' | 'B'
    ins: '-' | 'C' | 'A'
    exp: 'S' | 'B'
    imp: 'S' | 'B'
    unl: 'S' | 'B'
    sea: boolean
  }
> = {
  EXW: { risk: 'premises', pays: 'B', ins: '-', exp: 'B', imp: 'B', unl: 'B', sea: false },
  FCA: { risk: 'carrier', pays: 'B', ins: '-', exp: 'S', imp: 'B', unl: 'B', sea: false },
  FAS: { risk: 'alongside', pays: 'B', ins: '-', exp: 'S', imp: 'B', unl: 'B', sea: true },
  FOB: { risk: 'onBoard', pays: 'B', ins: '-', exp: 'S', imp: 'B', unl: 'B', sea: true },
  CFR: { risk: 'onBoard', pays: 'S', ins: '-', exp: 'S', imp: 'B', unl: 'B', sea: true },
  CIF: { risk: 'onBoard', pays: 'S', ins: 'C', exp: 'S', imp: 'B', unl: 'B', sea: true },
  CPT: { risk: 'carrier', pays: 'S', ins: '-', exp: 'S', imp: 'B', unl: 'B', sea: false },
  CIP: { risk: 'carrier', pays: 'S', ins: 'A', exp: 'S', imp: 'B', unl: 'B', sea: false },
  DAP: { risk: 'arrived', pays: 'S', ins: '-', exp: 'S', imp: 'B', unl: 'B', sea: false },
  DPU: { risk: 'unloaded', pays: 'S', ins: '-', exp: 'S', imp: 'B', unl: 'S', sea: false },
  DDP: { risk: 'arrived', pays: 'S', ins: '-', exp: 'S', imp: 'S', unl: 'B', sea: false },
}
/** How an answer phrases each delivery point, read from its words. */
const POINT_WORDS: [P, RegExp][] = [
  ['premises', /seller’s premises, not loaded/i],
  ['carrier', /handed over to the carrier/i],
  ['alongside', /alongside the vessel/i],
  ['onBoard', /on board the vessel/i],
  ['arrived', /ready for unloading/i],
  ['unloaded', /have been unloaded/i],
]
const pointIn = (text: string): P | undefined => POINT_WORDS.find(([, re]) => re.test(text))?.[0]
const party = (w: string) => (w.toLowerCase() === 'seller' ? 'S' : 'B')

/** What an Incoterms answer says, read from its text, as a comparable code. */
function incoMeaning(ask: string, text: string, rule?: string): string {
  switch (ask) {
    case 'risk':
      return pointIn(text) ?? 'none'
    case 'clearance': {
      const both = /The (seller|buyer) clears the goods for both/.exec(text)
      if (both) return `${party(both[1]!)}${party(both[1]!)}`
      const m =
        /The (seller|buyer) clears the goods for export; the (seller|buyer) clears them for import/.exec(
          text,
        )!
      return `${party(m[1]!)}${party(m[2]!)}`
    }
    case 'insurance':
      if (/^None/.test(text)) return '-'
      return `${/\(A\)/.test(text) ? 'A' : 'C'}${/110%/.test(text) ? '' : '@100'}`
    case 'carriageRisk': {
      const m = /The (seller|buyer) contracts the main carriage/.exec(text)!
      return `${party(m[1]!)}${/country of shipment/.test(text) ? 'origin' : 'destination'}`
    }
    case 'loss':
      if (/^The seller/.test(text)) return 'seller'
      return pointIn(text) ?? (/ship’s rail/.test(text) ? 'rail' : 'none')
    case 'unload':
      // An answer naming a party by its role names that party under the rule, and is the key's
      // answer whenever the role falls to the party that unloads.
      if (rule && /paid the main carriage/.test(text)) return ICC[rule]!.pays
      if (rule && /clears the goods for import/.test(text)) return ICC[rule]!.imp
      return /^The seller/.test(text) ? 'S' : /^The buyer/.test(text) ? 'B' : 'other'
    case 'place':
      return /port of shipment/.test(text)
        ? 'shipPort'
        : /port of destination/.test(text)
          ? 'destPort'
          : /place of delivery/.test(text)
            ? 'deliveryPlace'
            : 'destPlace'
    case 'bl':
      return /buyer’s carrier gives the seller a document noting the goods are on board/.test(text)
        ? 'option'
        : 'other'
    case 'load':
      return /^The seller loads, and risk passes once the goods are loaded/.test(text)
        ? 'seller loads, risk on loading'
        : /^The buyer loads; risk passed when the goods were placed at its disposal/.test(text)
          ? 'buyer loads, risk at disposal'
          : 'other'
    default:
      return text
  }
}

/** The code the ICC table gives for a rule and question; for rule-choice items, the rule. */
function incoKey(ask: string, rule: string, stem: string): string {
  const r = ICC[rule]!
  switch (ask) {
    case 'risk':
    case 'loss':
      return r.risk
    case 'clearance':
      return `${r.exp}${r.imp}`
    case 'insurance':
      return r.ins
    case 'carriageRisk':
      return `${r.pays}${r.risk === 'arrived' || r.risk === 'unloaded' ? 'destination' : 'origin'}`
    case 'unload':
      return r.unl
    case 'place': {
      // ICC 2020: EXW, FCA, FAS and FOB name the place (port) of delivery or shipment; the C
      // and D rules name the place (port) of destination.
      const origin = ['EXW', 'FCA', 'FAS', 'FOB'].includes(rule)
      return r.sea ? (origin ? 'shipPort' : 'destPort') : origin ? 'deliveryPlace' : 'destPlace'
    }
    case 'dat':
      // Incoterms 2020 introduction: DAT was renamed DPU, delivery unloaded at any place.
      return 'DPU'
    case 'bl':
      // FCA A6/B6 (2020): if agreed, the buyer instructs its carrier to issue an on-board bill to the seller.
      return 'option'
    case 'load':
      // FCA A2: at the seller's premises, delivered once loaded on the buyer's vehicle; EXW A2:
      // placed at the buyer's disposal, not loaded.
      return rule === 'FCA' ? 'seller loads, risk on loading' : 'buyer loads, risk at disposal'
    case 'container': {
      const pays = /the buyer books/.test(stem) ? 'B' : 'S'
      const ins = /insures it/.test(stem) ? 'A' : '-'
      return Object.keys(ICC)
        .filter(
          (k) =>
            !ICC[k]!.sea &&
            ICC[k]!.risk === 'carrier' &&
            ICC[k]!.pays === pays &&
            ICC[k]!.ins === ins,
        )
        .join()
    }
    case 'rule': {
      const point = pointIn(stem)
      const pays = party(/the (seller|buyer) contracts and pays/.exec(stem)![1]!)
      const ins = /no duty to insure/.test(stem) ? '-' : /ICC \(A\)/.test(stem) ? 'A' : 'C'
      const cl = /the (seller|buyer) clears export and the (seller|buyer) clears import/.exec(stem)!
      const unl = party(/the (seller|buyer) unloads at destination/.exec(stem)![1]!)
      return Object.keys(ICC)
        .filter((k) => {
          const x = ICC[k]!
          return (
            x.risk === point &&
            x.pays === pays &&
            x.ins === ins &&
            x.exp === party(cl[1]!) &&
            x.imp === party(cl[2]!) &&
            x.unl === unl
          )
        })
        .join()
    }
    default:
      throw new Error(`no table entry for ${ask}`)
  }
}

/** Named practices, each recognised by words only its own description uses. */
const PRACTICE_WORDS: Record<string, RegExp> = {
  'Cross-dock operation': /straight to outbound trailers/,
  'Drop-ship fulfilment': /supplier sends the goods straight to the customer/,
  'Consignment inventory': /remain the supplier’s property/,
  'Vendor-managed inventory': /supplier sees the client’s stock levels/,
  'Product postponement': /generic form/,
  'Cycle counting programme': /checked every day on a schedule/,
  'Blanket purchase order': /calls off deliveries/,
  'Kanban replenishment': /empty container or card/,
  'Milk-run supplier pickup': /fixed route on a fixed timetable/,
  'Wave-based order picking': /batches timed to each carrier/,
  'Velocity-based slotting': /pick faces nearest the dispatch area/,
  'Third-party logistics': /outside company receives, stores, picks and ships/,
}
/** The names each practice goes by in the trade, as options may show them. */
const PRACTICE_NAMES: Record<string, string> = {
  'Cross-docking': 'Cross-dock operation',
  'Cross-dock operation': 'Cross-dock operation',
  'Cross-dock flow-through': 'Cross-dock operation',
  'Drop shipping': 'Drop-ship fulfilment',
  'Drop-ship fulfilment': 'Drop-ship fulfilment',
  'Drop-ship order fulfilment': 'Drop-ship fulfilment',
  'Consignment stock': 'Consignment inventory',
  'Consignment inventory': 'Consignment inventory',
  'Supplier-owned consignment stock': 'Consignment inventory',
  'Vendor-managed inventory': 'Vendor-managed inventory',
  VMI: 'Vendor-managed inventory',
  'Vendor-managed inventory (VMI)': 'Vendor-managed inventory',
  Postponement: 'Product postponement',
  'Product postponement': 'Product postponement',
  'Delayed differentiation (postponement)': 'Product postponement',
  'Cycle counting': 'Cycle counting programme',
  'Cycle counting programme': 'Cycle counting programme',
  'Rolling cycle counts': 'Cycle counting programme',
  'Blanket order': 'Blanket purchase order',
  'Blanket purchase order': 'Blanket purchase order',
  'Blanket PO': 'Blanket purchase order',
  Kanban: 'Kanban replenishment',
  'Kanban replenishment': 'Kanban replenishment',
  'Kanban pull system': 'Kanban replenishment',
  'Milk run': 'Milk-run supplier pickup',
  'Milk-run supplier pickup': 'Milk-run supplier pickup',
  'Milk-run collection round': 'Milk-run supplier pickup',
  'Wave picking': 'Wave-based order picking',
  'Wave-based order picking': 'Wave-based order picking',
  'Picking in waves': 'Wave-based order picking',
  'Velocity slotting': 'Velocity-based slotting',
  'Velocity-based slotting': 'Velocity-based slotting',
  'Slotting by pick velocity': 'Velocity-based slotting',
  '3PL': 'Third-party logistics',
  'Third-party logistics': 'Third-party logistics',
  'Third-party logistics (3PL)': 'Third-party logistics',
}
const practiceWords = (name: string) => PRACTICE_WORDS[PRACTICE_NAMES[name] ?? '']

describeEngineIndependent('supply chain and inventory basics', () => {
  const drawn = drawFamilies(FAMILIES, DRAWS, 2026)

  it('draws every family, and each draw offers three distinct distractors naming their mistakes', () => {
    expect(FAMILIES.length).toBeGreaterThanOrEqual(95)
    expect(familiesNeverDrawn(FAMILIES, drawn)).toEqual([])
    // Families offer every distinct mistake and the item model picks three to place the key, so
    // each draw needs at least three, and any three of them make a well-formed option set.
    expect(drawn.filter(({ s }) => s.wrong.length < 3).map((d) => d.family)).toEqual([])
    const threes = drawn.map(({ family, s }) => ({ family, s: { ...s, wrong: s.wrong.slice(-3) } }))
    const firsts = drawn.map(({ family, s }) => ({
      family,
      s: { ...s, wrong: s.wrong.slice(0, 3) },
    }))
    expect(optionSetProblems([...threes, ...firsts], { capitalStem: true })).toEqual([])
  })

  it('states z values that match the normal quantile of the service level named', () => {
    for (const [p, z] of Z_TABLE) expect(Math.abs(quantileNormal(p) - z)).toBeLessThan(0.005)
    for (const { s } of drawn) {
      const m = /([\d.]+)% cycle service level \(z = ([\d.]+)\)/.exec(s.stem)
      if (m) expect(Math.abs(quantileNormal(Number(m[1]) / 100) - Number(m[2]))).toBeLessThan(0.005)
    }
  })

  it('works out every figure and list again: the key is the rule’s, each distractor its named slip’s', () => {
    const problems: string[] = []
    for (const { family, s } of drawn as { family: string; s: ScmScenario }[]) {
      if (!s.calc) continue
      const twins = TWINS[family]
      if (!twins) {
        problems.push(`${family}: no second implementation`)
        continue
      }
      const options = [s.key, ...s.wrong.map(([t]) => t)]
      for (const text of options) {
        const slip = s.calc.slips[text]
        if (slip === undefined || twins[slip] === undefined) {
          problems.push(`${family}: answer ${text} has no known slip (${slip})`)
          continue
        }
        if ((slip === 'key') !== (text === s.key))
          problems.push(`${family}: ${text} tagged ${slip}`)
        const want = twins[slip]!(s.calc.in)
        if (!agrees(text, want))
          problems.push(`${family}/${slip}: shows ${text}, works out ${want}`)
        const key = twins.key!(s.calc.in)
        if (slip !== 'key' && (want === key || text === s.key))
          problems.push(`${family}/${slip}: ${text} is the key's value`)
      }
    }
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys every Incoterms answer to the ICC 2020 table, and no distractor says what the table says', () => {
    const problems: string[] = []
    let checked = 0
    for (const { family, s } of drawn as { family: string; s: ScmScenario }[]) {
      if (!s.inco) continue
      checked++
      const { rule, ask } = s.inco
      const want = incoKey(ask, rule, s.stem)
      const meaning = (t: string) =>
        ['container', 'rule', 'dat'].includes(ask) ? t : incoMeaning(ask, t, rule)
      if (meaning(s.key) !== want)
        problems.push(`${family} ${rule}: key ${s.key} means ${meaning(s.key)}, table ${want}`)
      for (const [t] of s.wrong)
        if (meaning(t) === want)
          problems.push(`${family} ${rule}: distractor ${t} is the table's answer`)
    }
    expect(checked).toBeGreaterThan(300)
    expect(problems.slice(0, 12)).toEqual([])
  })

  it('keys each named practice by its description, and bullwhip items to a remedy, not a cause', () => {
    const problems: string[] = []
    for (const { family, s } of drawn) {
      if (family.startsWith('practice-')) {
        if (!practiceWords(s.key)?.test(s.stem))
          problems.push(`${family}: key ${s.key} not described`)
        for (const [t] of s.wrong) {
          const words = practiceWords(t)
          if (!words) problems.push(`${family}: unknown practice ${t}`)
          else if (words.test(s.stem)) problems.push(`${family}: ${t} is described too`)
          else if (PRACTICE_NAMES[t] === PRACTICE_NAMES[s.key])
            problems.push(`${family}: ${t} is another name for the key`)
        }
      }
      if (family === 'bullwhip-remedy') {
        // Lee, Padmanabhan & Whang (1997): demand signal processing, order batching, price
        // fluctuation and rationing gaming cause it; sharing sell-through data counters it.
        if (!/point-of-sale demand data/.test(s.key)) problems.push(`bullwhip key ${s.key}`)
        for (const [t] of s.wrong)
          if (!/batches|promotions|orders received|supply is short/.test(t))
            problems.push(`bullwhip distractor ${t}`)
      }
    }
    expect(problems).toEqual([])
  })
})
