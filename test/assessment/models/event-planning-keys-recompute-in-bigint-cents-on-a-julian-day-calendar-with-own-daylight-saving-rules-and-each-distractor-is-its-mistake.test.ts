import { afterAll, expect } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { BUDGET_FAMILIES } from '../../../src/assessment/models/events/budget-families.js'
import { CATERING_FAMILIES } from '../../../src/assessment/models/events/catering-families.js'
import { EVP_MODELS } from '../../../src/assessment/models/events/evp-models.js'
import type { EventScenario } from '../../../src/assessment/models/events/evp-text.js'
import { ROOMS_FAMILIES } from '../../../src/assessment/models/events/rooms-families.js'
import { SCHEDULE_FAMILIES } from '../../../src/assessment/models/events/schedule-families.js'
import { VENUE_FAMILIES } from '../../../src/assessment/models/events/venue-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { dow, jdn, ymd } from './second-route-arithmetic.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...VENUE_FAMILIES,
  ...CATERING_FAMILIES,
  ...ROOMS_FAMILIES,
  ...BUDGET_FAMILIES,
  ...SCHEDULE_FAMILIES,
]
const DRAWS = 200
const DRAWN = drawFamilies<EventScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Integers in BigInt: whole-unit division up and down, and cents rounded half up.
const B = BigInt
/** ⌈a ÷ b⌉ for a ≥ 0, b > 0. */
const ceil = (a: number, b: number) => Number((B(a) + B(b) - 1n) / B(b))
/** ⌊a ÷ b⌋ for a ≥ 0, b > 0. */
const floor = (a: number, b: number) => Number(B(a) / B(b))
/** a × num ÷ den to the nearest whole unit, halves up (a ≥ 0). */
const part = (a: number, num: number, den: number) =>
  Number((2n * B(a) * B(num) + B(den)) / (2n * B(den)))
const pct = (a: number, p: number) => part(a, p, 100)
const bp = (a: number, b: number) => part(a, b, 10000)
const grouped = (n: number) => {
  const s = String(Math.abs(n))
  let out = ''
  for (let i = 0; i < s.length; i++) out += (i > 0 && (s.length - i) % 3 === 0 ? ',' : '') + s[i]
  return (n < 0 ? '-' : '') + out
}
const cash = (c: number) =>
  `${c < 0 ? '-' : ''}${grouped(Math.trunc(Math.abs(c) / 100))}.${String(Math.abs(c) % 100).padStart(2, '0')}`
const digest = (text: string) => text.replace(/\$/g, '')

// ---- A second calendar: Julian Day Numbers (Fliegel and Van Flandern), not JavaScript's Date.
const div = (a: number, b: number) => Math.trunc(a / b)
const MONTHS =
  'January February March April May June July August September October November December'.split(' ')
const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ')
const day = (j: number) => {
  const [y, m, d] = ymd(j)
  return `${DAYS[dow(j)]} ${d} ${MONTHS[m - 1]} ${y}`
}
const workday = (j: number) => dow(j) !== 0 && dow(j) !== 6
function workdaysBack(j: number, n: number, closed: readonly number[] = []): number {
  let at = j
  for (let seen = 0; seen < n; ) {
    at--
    if (workday(at) && !closed.includes(at)) seen++
  }
  return at
}
const time = (mins: number) => {
  const m = ((mins % 1440) + 1440) % 1440
  const h = div(m, 60)
  return `${h % 12 || 12}:${String(m % 60).padStart(2, '0')} ${h >= 12 ? 'pm' : 'am'}`
}

// ---- Own daylight-saving rules, as the 2027 IANA data has them, in UTC minutes from JDN 0.
/** The `nth` Sunday of a month (n = -1: the last). */
function sunday(y: number, m: number, nth: number): number {
  if (nth < 0) {
    const next = m === 12 ? jdn(`${y + 1}-01-01`) : jdn(`${y}-${String(m + 1).padStart(2, '0')}-01`)
    let j = next - 1
    while (dow(j) !== 0) j--
    return j
  }
  let j = jdn(`${y}-${String(m).padStart(2, '0')}-01`)
  while (dow(j) !== 0) j++
  return j + 7 * (nth - 1)
}
const STD: Readonly<Record<string, number>> = {
  'America/New_York': -300,
  'America/Chicago': -360,
  'America/Los_Angeles': -480,
  'Europe/London': 0,
  'Europe/Berlin': 60,
  'Asia/Tokyo': 540,
  'Australia/Sydney': 600,
}
/** The zone's offset at UTC minute `u` of year `y`. */
function offset(zone: string, u: number, y: number): number {
  const s = STD[zone]!
  if (zone.startsWith('America/')) {
    const on = sunday(y, 3, 2) * 1440 + 120 - s
    const off = sunday(y, 11, 1) * 1440 + 120 - (s + 60)
    return u >= on && u < off ? s + 60 : s
  }
  if (zone.startsWith('Europe/')) {
    const on = sunday(y, 3, -1) * 1440 + 60
    const off = sunday(y, 10, -1) * 1440 + 60
    return u >= on && u < off ? s + 60 : s
  }
  if (zone === 'Australia/Sydney') {
    const off = sunday(y, 4, 1) * 1440 + 180 - (s + 60)
    const on = sunday(y, 10, 1) * 1440 + 120 - s
    return u < off || u >= on ? s + 60 : s
  }
  return s
}
const wall = (u: number) => `${DAYS[dow(Math.floor(u / 1440))]} ${time(u % 1440)}`

type F = Readonly<Record<string, number | string>>
type Expect = { readonly key: string; readonly wrong: readonly string[] }
const money = (key: number, ...wrong: number[]): Expect => ({
  key: cash(key),
  wrong: wrong.map(cash),
})
const unit =
  (suffix: string) =>
  (key: number, ...wrong: number[]): Expect => ({
    key: `${grouped(key)}${suffix}`,
    wrong: wrong.map((w) => `${grouped(w)}${suffix}`),
  })
const counts = unit('')
const n = (f: F, k: string) => Number(f[k])
const list = (f: F, k: string) => String(f[k]).split(',').map(Number)
const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

const VENUE: Readonly<Record<string, (f: F) => Expect>> = {
  'theatre-capacity-less-stage': (f) => {
    const [a, s, p, c] = [n(f, 'area'), n(f, 'stage'), n(f, 'per'), n(f, 'cls')]
    return counts(
      floor(a - s, p),
      floor(a, p),
      ceil(a - s, p),
      floor(a - s, c),
      floor(a - 2 * s, p),
      floor(a + s, p),
    )
  },
  'banquet-rounds-with-head-table': (f) => {
    const [g, h, p] = [n(f, 'guests'), n(f, 'head'), n(f, 'per')]
    const r = g - h
    return counts(
      ceil(r, p) + 1,
      ceil(g, p) + 1,
      ceil(r, p),
      ceil(r, 18 - p) + 1,
      ceil(g, p),
      floor(r, p),
    )
  },
  'rounds-of-8-with-spares': (f) => {
    const [g, s] = [n(f, 'guests'), n(f, 'spare')]
    const t = ceil(g, 8)
    const t10 = ceil(g, 10)
    return counts(
      t + ceil(t * s, 100),
      t,
      t10 + ceil(t10 * s, 100),
      t + floor(t * s, 100),
      ceil(g + ceil(g * s, 100), 10),
      t + ceil(g * s, 100),
      ceil(g, 6) + ceil(ceil(g, 6) * s, 100),
      t + s,
    )
  },
  'classroom-tables': (f) => {
    const [p, t] = [n(f, 'people'), n(f, 'trainers')]
    return counts(
      ceil(p, 3) + 1,
      ceil(p, 3),
      ceil(p, 2) + 1,
      ceil(p, 4) + 1,
      floor(p, 3),
      ceil(p + t, 3),
      ceil(p, 3) + t,
    )
  },
  'cabaret-rounds': (f) => {
    const [p, s] = [n(f, 'people'), n(f, 'seats')]
    return counts(
      ceil(p, s),
      ceil(p, 10),
      floor(p, s),
      ceil(p, 10 - s),
      ceil(p, s + 1),
      ceil(p, s - 1),
    )
  },
  'reception-less-footprints': (f) => {
    const [a, k, b, u, p] = [n(f, 'area'), n(f, 'bars'), n(f, 'bar'), n(f, 'buffet'), n(f, 'per')]
    const net = a - k * b - u
    return counts(
      floor(net, p),
      floor(a, p),
      floor(a - b - u, p),
      floor(a - k * b, p),
      ceil(net, p),
      floor(a - u, p),
    )
  },
  'lesser-of-posted-and-floor-capacity': (f) => {
    const [a, p, posted, st] = [n(f, 'area'), n(f, 'per'), n(f, 'posted'), n(f, 'standing')]
    const fl = floor(a, p)
    const lo = Math.min(posted, fl)
    const hi = Math.max(posted, fl)
    const stand = floor(a, st)
    return counts(lo, hi, fl, posted, floor(posted + fl, 2), Math.min(posted, stand), stand)
  },
  'ada-wheelchair-spaces': (f) => {
    const s = n(f, 'seats')
    return counts(
      6 + ceil(s - 500, 150),
      6 + floor(s - 500, 150),
      ceil(s, 150),
      ceil(s - 500, 150),
      6 + ceil(s, 150),
      6 + ceil(s - 500, 200),
    )
  },
  'staff-ratio-with-supervisors': (f) => {
    const [g, c, r, sup] = [n(f, 'guests'), n(f, 'crew'), n(f, 'ratio'), n(f, 'sup')]
    const s = ceil(g, r)
    const all = ceil(g + c, r)
    return counts(
      s + ceil(s, sup),
      s,
      all + ceil(all, sup),
      floor(g, r) + floor(floor(g, r), sup),
      s + floor(s, sup),
      s + ceil(g, sup),
      ceil(s, sup),
      all,
      ceil(g, sup) + ceil(ceil(g, sup), sup),
    )
  },
  'theatre-rows-with-reserved-row': (f) => {
    const [p, r] = [n(f, 'people'), n(f, 'perRow')]
    return counts(
      ceil(p, r) + 1,
      ceil(p, r),
      floor(p, r),
      ceil(p, r / 2) + 1,
      ceil(p, r - 2) + 1,
      ceil(p, r - 4) + 1,
    )
  },
  'metric-banquet-area': (f) => {
    const [g, p, d, s] = [n(f, 'guests'), n(f, 'per'), n(f, 'dance'), n(f, 'stage')]
    const seated = ceil(g * p, 10)
    return unit(' m²')(seated + d + s, seated, seated + d, g + d + s, seated + s)
  },
  'square-metres-to-capacity': (f) => {
    const [m, p] = [n(f, 'm2'), n(f, 'per')]
    return counts(
      floor(m * 107639, p * 10000),
      floor(m, p),
      ceil(m * 107639, p * 10000),
      floor(m * 10, p),
      floor(m * 10000, p * 1076),
      floor(m * 3281, p * 1000),
    )
  },
  'exhibit-booths-net-area': (f) => {
    const [g, net, side] = [n(f, 'gross'), n(f, 'net'), n(f, 'side')]
    const sell = (g / 100) * net
    return counts(
      floor(sell, side * 10),
      floor(g, side * 10),
      floor((g / 100) * (100 - net), side * 10),
      floor(g * net * net, side * 10 * 10000),
      floor(sell, 100),
      ceil(sell, side * 10),
    )
  },
  'check-in-stations-for-peak': (f) => {
    const [p, k, r] = [n(f, 'people'), n(f, 'peak'), n(f, 'rate')]
    const arr = ceil(p * k, 100)
    return counts(
      ceil(arr, r),
      ceil(p, r),
      floor(arr, r),
      ceil(arr, 2 * r),
      ceil(p * (100 - k), 100 * r),
      ceil(arr, r) + ceil(p - arr, r),
      ceil(2 * arr, r),
      ceil(p, 4 * r),
      ceil(p - arr, 3 * r),
      ceil(p + arr, r),
    )
  },
  'chairs-with-overset-and-panel': (f) => {
    const [r, o, p] = [n(f, 'reg'), n(f, 'over'), n(f, 'panel')]
    return counts(
      r + ceil(r * o, 100) + p,
      r + p,
      r + ceil(r * o, 100),
      r + floor(r * o, 100) + p,
      ceil((r + p) * (100 + o), 100),
      ceil(r * o, 100) + p,
    )
  },
  'restroom-fixtures-by-ratio': (f) => {
    const [g, w, m] = [n(f, 'guests'), n(f, 'wRatio'), n(f, 'mRatio')]
    const h = g / 2
    return counts(
      ceil(h, w) + ceil(h, m),
      ceil(g, w),
      ceil(g, m),
      floor(h, w) + floor(h, m),
      ceil(g, w) + ceil(g, m),
      2 * ceil(h, m),
    )
  },
}

const CATERING: Readonly<Record<string, (f: F) => Expect>> = {
  'overset-on-guarantee': (f) => {
    const [g, o] = [n(f, 'g'), n(f, 'over')]
    return counts(
      g + ceil(g * o, 100),
      g,
      g + floor(g * o, 100),
      g + ceil(g * (8 - o), 100),
      g + o,
      ceil(g * 100, 100 - o),
    )
  },
  'bill-greater-of-guarantee-or-served': (f) => {
    const [g, s, p, set, v, vp] = figuresOf(f, 'g', 'served', 'price', 'set', 'v', 'vp')
    expect(set).toBe(g + ceil(g * 3, 100))
    const hi = Math.max(g, s)
    const lo = Math.min(g, s)
    const crew = v * vp
    return money(
      hi * p + crew,
      s * p + crew,
      g * p + crew,
      set * p + crew,
      lo * p + crew,
      hi * p,
      (hi + v) * p,
      Math.max(g, s + v) * p,
    )
  },
  'service-charge-then-tax-on-both': (f) => {
    const [fb, sc, t] = [n(f, 'fb'), n(f, 'sc'), n(f, 'taxBp')]
    const svc = pct(fb, sc)
    const taxFb = bp(fb, t)
    return money(
      fb + svc + bp(fb + svc, t),
      fb + svc + taxFb,
      fb + svc,
      fb + taxFb,
      fb + svc + bp(svc, t),
    )
  },
  'fnb-minimum-shortfall': (f) => {
    const [m, s, sc] = [n(f, 'min'), n(f, 'spent'), n(f, 'sc')]
    const short = m - s
    const counted = m - s - pct(s, sc)
    return money(short, m, Math.max(counted, 0), short + pct(short, sc), s, pct(m, sc))
  },
  'guests-to-reach-minimum': (f) => {
    const [m, p, sc] = [n(f, 'min'), n(f, 'price'), n(f, 'sc')]
    const withSc = p + pct(p, sc)
    return counts(
      ceil(m, p),
      floor(m, p),
      ceil(m, withSc),
      ceil(m + pct(m, sc), p),
      floor(m, withSc),
      ceil(m, p - pct(p, sc)),
      ceil(ceil(m, p), 10) * 10,
    )
  },
  'hosted-bar-on-consumption': (f) => {
    const [g, h, d] = [n(f, 'guests'), n(f, 'hours'), n(f, 'drink')]
    return money(
      g * (h + 1) * d,
      g * h * d,
      2 * g * h * d,
      g * (h + 2) * d,
      2 * g * d,
      3 * g * d,
      g * (h - 1) * d,
    )
  },
  'coffee-gallons': (f) => {
    const [p, c, per] = [n(f, 'people'), n(f, 'cups'), n(f, 'per')]
    const cups = (p * per) / 10
    return unit(' gallons')(
      ceil(cups, c),
      floor(cups, c),
      ceil(p, c),
      ceil(cups, 16),
      ceil(2 * cups, c),
      ceil(cups, 35 - c),
    )
  },
  'hors-doeuvres-by-the-dozen': (f) => {
    const [g, h, a, b] = [n(f, 'guests'), n(f, 'hours'), n(f, 'first'), n(f, 'after')]
    const pieces = g * a + g * b * (h - 1)
    return unit(' dozen')(
      ceil(pieces, 12),
      floor(pieces, 12),
      ceil(g * a * h, 12),
      ceil(g * (a + b), 12),
      ceil(g * a, 12),
      ceil(pieces, 10),
    )
  },
  'server-labour-with-minimum-hours': (f) => {
    const [g, per, h, r] = [n(f, 'guests'), n(f, 'per'), n(f, 'hours'), n(f, 'rate')]
    const s = ceil(g, per)
    const billed = Math.max(h, 4)
    return money(
      s * billed * r,
      s * h * r,
      floor(g, per) * billed * r,
      s * (h + 4) * r,
      s * 4 * r,
      ceil(g, 10) * billed * r,
      floor(g, per) * h * r,
      ceil(g, 8) * billed * r,
    )
  },
  'bartenders-fee-waived-over-sales': (f) => {
    const [g, per, fee, th] = [n(f, 'guests'), n(f, 'per'), n(f, 'fee'), n(f, 'threshold')]
    const sales = list(f, 'sales')
    expect(sales.length).toBe(ceil(g, per))
    const below = sales.filter((s) => s < th).length
    const shortfalls = total(sales.map((s) => (s < th ? th - s : 0)))
    return money(
      below * fee,
      shortfalls,
      sales.length * fee,
      (sales.length - below) * fee,
      total(sales) >= th * sales.length ? 0 : sales.length * fee,
      floor(g, per) * fee,
      0,
      below * fee + shortfalls,
      total(sales.map((s) => (s < th ? Math.min(fee, th - s) : 0))),
    )
  },
  'wine-bottles-for-toast': (f) => {
    const [g, gl, pb, c] = [n(f, 'guests'), n(f, 'glasses'), n(f, 'perBottle'), n(f, 'corkage')]
    return money(
      ceil(g * gl, pb) * c,
      floor(g * gl, pb) * c,
      g * c,
      ceil(g, pb) * c,
      ceil(g * gl, 11 - pb) * c,
      ceil(g * gl, 4) * c,
    )
  },
  'late-additions-over-guarantee': (f) => {
    const [g, a, p, s] = [n(f, 'g'), n(f, 'added'), n(f, 'price'), n(f, 'sur')]
    const extra = pct(p, s)
    return money(
      g * p + a * (p + extra),
      (g + a) * p,
      (g + a) * (p + extra),
      g * p + a * extra,
      g * p,
      g * (p + extra) + a * p,
      (g + a) * p + a * (p + extra),
      g * p + a * (p + s * 100),
    )
  },
  'dietary-meals-rounded-up': (f) => {
    const [g, v, gf] = [n(f, 'g'), n(f, 'veg'), n(f, 'gf')]
    const [veg, free] = [ceil(g * v, 100), ceil(g * gf, 100)]
    return counts(
      g - veg - free,
      g - floor(g * v, 100) - floor(g * gf, 100),
      g - veg,
      g - ceil(g * (v + gf), 100) + 1,
      g,
      veg + free,
      g - ceil(veg, 10) * 10 - ceil(free, 10) * 10,
      g - v - gf,
    )
  },
  'buffet-per-person-vs-plated': (f) => {
    const [g, b, m, p, s] = [
      n(f, 'g'),
      n(f, 'buffet'),
      n(f, 'minBuffet'),
      n(f, 'plated'),
      n(f, 'sur'),
    ]
    expect(g >= m).toBe(true)
    return money(g * b, g * (b + s), g * p, m * b, (g - m) * b, g * (b - s))
  },
  'taxable-service-charge-split': (f) => {
    const [fb, sc, ad, t] = [n(f, 'fb'), n(f, 'sc'), n(f, 'admin'), n(f, 'taxBp')]
    const svc = pct(fb, sc)
    const adm = pct(fb, ad)
    return money(
      fb + svc + bp(fb + svc, t),
      fb + svc - adm + bp(fb + svc - adm, t),
      fb + svc + adm + bp(fb + svc + adm, t),
      fb + svc + bp(fb, t),
      fb + svc,
      fb + bp(fb, t),
    )
  },
  'meals-from-rsvp-no-show': (f) => {
    const [y, ns, w] = [n(f, 'yes'), n(f, 'noShow'), n(f, 'walkIn')]
    return counts(
      ceil(y * (100 - ns + w), 100),
      ceil(y * (100 - ns), 100),
      y,
      floor(y * (100 - ns + w), 100),
      ceil(y * (100 - ns - w), 100),
      ceil(y * (100 + w), 100),
    )
  },
}

const ROOMS: Readonly<Record<string, (f: F) => Expect>> = {
  'cumulative-attrition-fee': (f) => {
    const [b, al, p, r] = [n(f, 'block'), n(f, 'allow'), n(f, 'pickup'), n(f, 'rate')]
    const need = ceil(b * (100 - al), 100)
    return money(
      (need - p) * r,
      (b - p) * r,
      pct((b - p) * r, 100 - al),
      (need - p) * pct(r, 100 - al),
      pct(b * r, al),
      pct((need - p) * r, al),
      (need - p - floor((need - p) * al, 100)) * r,
    )
  },
  'nightly-vs-cumulative-attrition': (f) => {
    const [bl, pk, r] = [list(f, 'blocks'), list(f, 'pick'), n(f, 'rate')]
    const need = bl.map((b) => ceil(b * 80, 100))
    const gaps = need.map((x, i) => x - pk[i]!)
    const cum = ceil(total(bl) * 80, 100) - total(pk)
    const net = total(gaps)
    return money(
      total(gaps.map((g) => Math.max(g, 0))) * r,
      Math.max(cum, 0) * r,
      (total(bl) - total(pk)) * r,
      net > 0 ? net * r : 0,
      total(bl.map((b, i) => Math.max(0, floor(b * 80, 100) - pk[i]!))) * r,
      Math.max(...gaps) * r,
      total(bl.map((b, i) => (pk[i]! < need[i]! ? b - pk[i]! : 0))) * r,
      total(need.map((x, i) => (pk[i]! < x ? x : 0))) * r,
    )
  },
  'comp-rooms-per-paid-nights': (f) => {
    const nights = String(f.nights).split(',').map(Number)
    const per = n(f, 'per')
    const p = nights.reduce((a, b) => a + b, 0)
    return counts(
      floor(p, per),
      ceil(p, per),
      nights.reduce((a, b) => a + floor(b, per), 0),
      floor(p, per + 1),
      floor(p, 90 - per),
      floor(2 * p, per),
      floor(p, per) + 1,
    )
  },
  'cancellation-scale-by-date': (f) => {
    const d = jdn(String(f.arrive)) - jdn(String(f.cancel))
    const rev = n(f, 'revenue')
    const band = d >= 181 ? 25 : d >= 91 ? 50 : d >= 31 ? 75 : 100
    return money(
      pct(rev, band),
      ...[25, 50, 75, 100].filter((b) => b !== band).map((b) => pct(rev, b)),
      pct(rev, 100 - band),
      rev,
    )
  },
  'block-size-from-attendance': (f) => {
    const [a, o, s, k] = [n(f, 'att'), n(f, 'out'), n(f, 'share'), n(f, 'nights')]
    const tr = ceil(a * o, 100)
    const sh = ceil(tr * s, 100)
    const rooms = tr - sh + ceil(sh, 2)
    return counts(
      rooms * k,
      tr * k,
      rooms,
      (tr - ceil(sh, 2)) * k,
      tr * k - sh,
      (a - sh + ceil(sh, 2)) * k,
    )
  },
  'folio-rate-tax-and-fee': (f) => {
    const [r, k, t, fee, on] = [
      n(f, 'rate'),
      n(f, 'nights'),
      n(f, 'taxBp'),
      n(f, 'fee'),
      n(f, 'taxOnFee'),
    ]
    const both = r + fee + bp(r + fee, t)
    const roomOnly = r + fee + bp(r, t)
    const key = on ? both : roomOnly
    return money(
      key * k,
      (r + bp(r, t)) * k,
      (on ? roomOnly : both) * k,
      (r + fee) * k,
      (r + bp(r, t)) * k + fee,
      both * (k + 1),
    )
  },
  'block-reduction-allowance': (f) => {
    const [b, c, w] = [n(f, 'block'), n(f, 'cut'), n(f, 'want')]
    return counts(
      b - floor(b * c, 100),
      b - floor(b * w, 100),
      floor(b * c, 100),
      b,
      floor(b * (100 - w), 100) + floor(b * c, 100),
    )
  },
  'resold-rooms-credit': (f) => {
    const [b, p, s, r] = [n(f, 'block'), n(f, 'pick'), n(f, 'resold'), n(f, 'rate')]
    const short = ceil(b * 80, 100) - p
    return money(
      (short - s) * r,
      short * r,
      (b - p - s) * r,
      (short + s) * r,
      (b - p) * r,
      s * r,
      pct((short - s) * r, 20),
      pct((short - s) * r, 80),
    )
  },
  'first-night-deposits': (f) => {
    const [k, r, t, c] = [n(f, 'rooms'), n(f, 'rate'), n(f, 'taxBp'), n(f, 'cancels')]
    const d = r + bp(r, t)
    return money((k - c) * d, k * d, (k - c) * r, c * d, (k + c) * d, 2 * (k - c) * d)
  },
  'peak-night-rooms': (f) => {
    const [a, d] = [list(f, 'a'), list(f, 'd')]
    const occ: number[] = []
    let now = 0
    for (let i = 0; i < 3; i++) {
      now += a[i]! - d[i]!
      occ.push(now)
    }
    const [n1, n2, n3] = occ as [number, number, number]
    return counts(
      Math.max(...occ),
      total(a),
      Math.max(...a),
      Math.max(n1, n1 + a[1]!, n1 + a[1]! + a[2]! - d[2]!),
      total(occ),
      Math.max(n1, n2 + d[1]!, n3 + d[1]!),
    )
  },
  'commission-on-actualised-rooms': (f) => {
    const [r, p, c, k] = [n(f, 'rate'), n(f, 'pickup'), n(f, 'comp'), n(f, 'pct')]
    expect(c).toBe(floor(p, 50))
    return money(
      pct((p - c) * r, k),
      pct(p * r, k),
      pct((p + c) * r, k),
      (p - c) * r,
      pct((p - c) * r, 18 - k),
      pct((p - 2 * c) * r, k),
    )
  },
  'rooming-list-rooms': (f) => {
    const [s, d, t] = [n(f, 'single'), n(f, 'dbl'), n(f, 'triple')]
    return counts(
      s + d / 2 + t / 3,
      s + d + t,
      s + d / 2 + ceil(t, 2),
      s + d / 2,
      s + ceil(d + t, 2),
      d / 2 + t / 3,
      s + d / 2 + t,
      s + ceil(d, 3) + t / 3,
    )
  },
  'attrition-with-outside-block-pickup': (f) => {
    const [b, al, i, o, r] = [
      n(f, 'block'),
      n(f, 'allow'),
      n(f, 'inBlock'),
      n(f, 'outside'),
      n(f, 'rate'),
    ]
    const need = ceil(b * (100 - al), 100)
    return money(
      (need - i - o) * r,
      (need - i) * r,
      (b - i - o) * r,
      (need - i + o) * r,
      pct((need - i - o) * r, 100 - al),
      (b - i) * r,
    )
  },
  'cancellation-on-rooms-and-fnb': (f) => {
    const [r, fb, rp, fp] = [n(f, 'rooms'), n(f, 'fnb'), n(f, 'rp'), n(f, 'fp')]
    const k = pct(r, rp) + pct(fb, fp)
    return money(
      k,
      pct(r + fb, rp),
      pct(r, rp),
      pct(r, fp) + pct(fb, rp),
      pct(r + fb, fp),
      r + fb - k,
    )
  },
  'rooms-to-release-at-review': (f) => {
    const [b, p, k] = [n(f, 'block'), n(f, 'pick'), n(f, 'keep')]
    const cushion = ceil(p * k, 100)
    return counts(
      b - p - cushion,
      b - p,
      b - p - ceil(b * k, 100),
      p + cushion,
      b - p - floor(p * k, 100),
      cushion,
    )
  },
  'no-show-night-charge': (f) => {
    const [r, t, k, ns] = [n(f, 'rate'), n(f, 'taxBp'), n(f, 'nights'), n(f, 'noShows')]
    const night = r + bp(r, t)
    return money(ns * night, ns * night * k, ns * r, night, ns * night * (k - 1), ns * r * k)
  },
}

const BUDGET: Readonly<Record<string, (f: F) => Expect>> = {
  'cost-per-head': (f) => {
    const [v, a, m, p] = [n(f, 'venue'), n(f, 'av'), n(f, 'meal'), n(f, 'people')]
    return money(
      part(v + a + m * p, 1, p),
      part(v + a, 1, p),
      part(v + a, 1, p) + 2 * m,
      part(v + a + m, 1, p),
      part(v, 1, p) + m,
      part(v + a + m * p, 1, p + 10),
      v + a + m,
      part(v + 2 * a + m * p, 1, p),
    )
  },
  'contingency-on-subtotal': (f) => {
    const [xs, c] = [list(f, 'lines'), n(f, 'cont')]
    const s = total(xs)
    return money(
      s + pct(s, c),
      s,
      pct(s, c),
      part(s, 100, 100 - c),
      s + pct(xs[0]!, c),
      s + 2 * pct(s, c),
    )
  },
  'break-even-fee': (f) => {
    const [fx, v, p] = [n(f, 'fixed'), n(f, 'variable'), n(f, 'people')]
    return money(
      ceil(fx + v * p, p * 100) * 100,
      ceil(fx, p * 100) * 100,
      floor(fx + v * p, p * 100) * 100,
      ceil(fx, p * 100) * 100 + 2 * v,
      v,
      ceil(fx + v, p * 100) * 100,
    )
  },
  'early-bird-by-date': (f) => {
    const late = jdn(String(f.paid)) - jdn(String(f.close))
    const [e, r, k, m] = [n(f, 'early'), n(f, 'regular'), n(f, 'n'), n(f, 'member')]
    const isMember = n(f, 'isMember') === 1
    const disc = r - pct(r, m)
    const reg = isMember ? disc : r
    const inTime = late <= 0
    return money(
      k * (inTime ? e : reg),
      k * (late < 0 ? e : reg),
      k * (inTime ? e : isMember ? r : disc),
      k * reg,
      k * e,
      k * (e - pct(e, m)),
      k * (late <= 1 ? e : reg),
      k * (isMember ? r : disc),
    )
  },
  'deposit-schedule-balance': (f) => {
    const [c, a, b] = [n(f, 'contract'), n(f, 'p1'), n(f, 'p2')]
    const [d1, d2] = [pct(c, a), pct(c, b)]
    return money(c - d1 - d2, c - d1, d1 + d2, c - d2, pct(c, 100 - a) - pct(c - d1, b), c)
  },
  'eur-quote-to-usd-with-fee': (f) => {
    const [e, r, fee] = [n(f, 'eur'), n(f, 'rateMilli'), n(f, 'fee')]
    const usd = part(e, r, 1000)
    const inv = part(e, 1000, r)
    return money(
      usd + pct(usd, fee),
      usd,
      inv + pct(inv, fee),
      e + pct(e, fee),
      inv,
      usd + 2 * pct(e, fee),
    )
  },
  'shuttle-buses-round-up': (f) => {
    const [a, s, seats] = [n(f, 'att'), n(f, 'share'), n(f, 'seats')]
    const riders = ceil(a * s, 100)
    return counts(
      ceil(riders, seats),
      floor(riders, seats),
      ceil(a, seats),
      ceil(a * (100 - s), 100 * seats),
      ceil(riders, 60),
      ceil(riders, 2 * seats),
      2 * ceil(riders, seats),
    )
  },
  'shuttle-loop-fleet': (f) => {
    const [r, c, l, w] = [n(f, 'riders'), n(f, 'cap'), n(f, 'loop'), n(f, 'window')]
    const trips = floor(w, l)
    return counts(
      ceil(r, c * trips),
      ceil(r, c),
      ceil(r * l, c * w),
      floor(r, c * trips),
      ceil(r, 2 * c * trips),
      ceil(r * l, c * 60),
      ceil(2 * r, c * trips),
      ceil(r, c * floor(w, 2 * l)),
    )
  },
  'speaker-travel-package': (f) => {
    const [air, k, h, t, pd] = [
      n(f, 'air'),
      n(f, 'nights'),
      n(f, 'hotel'),
      n(f, 'taxBp'),
      n(f, 'perDiem'),
    ]
    const room = h + bp(h, t)
    const edge = pct(pd, 75)
    const days = k + 1
    const meals = 2 * edge + (days - 2) * pd
    return money(
      air + k * room + meals,
      air + k * room + days * pd,
      air + k * h + meals,
      air + k * room + k * pd,
      air + days * room + meals,
      air + k * room + edge + (days - 1) * pd,
    )
  },
  'group-registration-free-place': (f) => {
    const [k, fee] = [n(f, 'n'), n(f, 'fee')]
    const free = floor(k, 11)
    return money(
      (k - free) * fee,
      k * fee,
      (k - floor(k, 10)) * fee,
      (k - ceil(k, 11)) * fee,
      free * fee,
      (k - 1) * fee,
    )
  },
  'no-show-attendance-forecast': (f) => {
    const [r, p, o] = [n(f, 'rsvp'), n(f, 'rate'), n(f, 'other')]
    return counts(
      floor(r * (100 - p), 100),
      ceil(r * (100 - p), 100),
      floor(r * (100 - o), 100),
      floor(r * p, 100),
      r,
      floor(r * 100, 100 + p),
    )
  },
  'refund-less-admin-fee': (f) => {
    const [fee, a, p] = [n(f, 'fee'), n(f, 'admin'), n(f, 'pctBack')]
    return money(
      pct(fee, p) - a,
      pct(fee, p),
      pct(fee - a, p),
      fee - a,
      pct(fee, 100 - p) + a,
      pct(fee, p) - 2 * a,
    )
  },
  'sponsorship-net-cost-per-head': (f) => {
    const [t, s1, s2, p] = [n(f, 'total'), n(f, 's1'), n(f, 's2'), n(f, 'people')]
    const net = t - s1 - s2
    return money(
      part(net, 1, p),
      part(t, 1, p),
      part(t - s1, 1, p),
      part(t + s1 + s2, 1, p),
      part(s1 + s2, 1, p),
      part(net, 1, p + 2),
    )
  },
  'av-labour-overtime': (f) => {
    const [k, r, h, ot] = [n(f, 'techs'), n(f, 'rate'), n(f, 'hours'), n(f, 'ot')]
    const day = (mult: number) => 8 * r + (h - 8) * pct(r, mult)
    return money(
      k * day(ot),
      k * h * r,
      k * h * pct(r, ot),
      k * day(ot - 100),
      day(ot),
      k * day(350 - ot),
    )
  },
  'ticket-revenue-tiers': (f) => {
    const [eb, rg, vip, ep, rp, fee] = figuresOf(f, 'eb', 'reg', 'vip', 'ebP', 'regP', 'feeBp')
    const gross = eb * ep + rg * rp + vip * 2 * rp
    const flat = (eb + rg + vip) * rp
    const noVip = eb * ep + rg * rp
    return money(
      gross - bp(gross, fee),
      gross,
      flat - bp(flat, fee),
      gross + bp(gross, fee),
      noVip - bp(noVip, fee),
      bp(gross, fee),
    )
  },
  'budget-variance-per-line': (f) => {
    const [b, a] = [list(f, 'budget'), list(f, 'actual')]
    const diffs = a.map((x, i) => x - b[i]!)
    const net = total(diffs)
    return money(
      total(diffs.filter((d) => d > 0)),
      net < 0 ? -net : net,
      total(diffs.map((d) => (d < 0 ? -d : d))),
      -total(diffs.filter((d) => d < 0)),
      total(a),
      Math.max(...diffs),
    )
  },
}

const zone = (f: F): Expect => {
  const [from, to] = [String(f.zoneFrom), String(f.zoneTo)]
  const [fs, ts] = [n(f, 'fromStd'), n(f, 'toStd')]
  expect([STD[from], STD[to]]).toEqual([fs, ts])
  const local = jdn(String(f.date)) * 1440 + n(f, 'at')
  const fromOff = offset(from, local - fs, 2027)
  const u = local - fromOff
  const toOff = offset(to, u, 2027)
  const uStd = u + (fromOff - fs)
  return {
    key: wall(u + toOff),
    wrong: [
      wall(u + ts + (fromOff - fs)),
      wall(uStd + ts),
      wall(u + ts),
      wall(uStd + toOff),
      wall(u - 2 * (toOff - fromOff) + toOff),
      wall(u + fromOff),
    ],
  }
}
const clocks = (key: number, ...wrong: number[]): Expect => ({
  key: time(key),
  wrong: wrong.map(time),
})
const days = (key: number, ...wrong: number[]): Expect => ({ key: day(key), wrong: wrong.map(day) })

const SCHEDULE: Readonly<Record<string, (f: F) => Expect>> = {
  'hybrid-new-york-to-london': zone,
  'hybrid-london-to-los-angeles': zone,
  'hybrid-chicago-to-sydney': zone,
  'hybrid-berlin-to-tokyo': zone,
  'agenda-end-with-breaks-and-lunch': (f) => {
    const [s, k, l, b, lu] = [n(f, 'start'), n(f, 'k'), n(f, 'len'), n(f, 'brk'), n(f, 'lunch')]
    return clocks(
      s + k * l + (k - 2) * b + lu,
      s + k * l + (k - 1) * b + lu,
      s + k * l + (k - 1) * b,
      s + k * l + k * b + lu,
      s + k * l + lu,
      s + (k - 1) * l + (k - 2) * b + lu,
    )
  },
  'overrun-absorbed-by-break': (f) => {
    const [s, l, b, o] = [n(f, 'start'), n(f, 'len'), n(f, 'brk'), n(f, 'over')]
    const end = s + l + o
    const gap = Math.max(b - o, 10)
    return clocks(end + gap, s + l + b, end + b, end, s + l + b + o - 10, s + l + 10)
  },
  'latest-start-before-curfew': (f) => {
    const [c, p, o, e] = [n(f, 'curfew'), n(f, 'prog'), n(f, 'out'), n(f, 'egress')]
    return clocks(c - o - e - p, c - p, c - o - p, c - e - p, c - o - e, c - Math.max(o, e) - p)
  },
  'guarantee-due-business-days': (f) => {
    const [ev, k, hol] = [jdn(String(f.event)), n(f, 'n'), jdn(String(f.holiday))]
    return days(
      workdaysBack(ev, k, [hol]),
      workdaysBack(ev, k),
      ev - k,
      workdaysBack(ev + 1, k, [hol]),
      workdaysBack(ev, k + 1, [hol]),
      ev - k - 1,
    )
  },
  'room-block-cut-off': (f) => {
    const [ar, k] = [jdn(String(f.arrive)), n(f, 'n')]
    const raw = ar - k
    let back = raw
    while (!workday(back)) back--
    let fwd = raw
    while (!workday(fwd)) fwd++
    return days(back, raw, fwd, workdaysBack(ar, k), raw - 1, raw + 1)
  },
  'sessions-that-fit-a-window': (f) => {
    const [s, w, l, g] = [n(f, 'start'), n(f, 'window'), n(f, 'len'), n(f, 'gap')]
    const k = floor(w + g, l + g)
    const end = (r: number) => s + r * l + (r - 1) * g
    return clocks(
      end(k),
      s + floor(w, l + g) * (l + g),
      s + floor(w, l) * l,
      end(k + 1),
      s + floor(w, l + 2 * g) * (l + 2 * g),
      end(k - 1),
      s + w,
      s + k * (l + g),
    )
  },
  'crew-call-from-run-of-show': (f) => {
    const [k, d, c, cr] = [n(f, 'keynote'), n(f, 'doors'), n(f, 'check'), n(f, 'crew')]
    return clocks(k - d - c - cr, k - cr, k - d - cr, k - c - cr, k - d - c, k + d - c - cr)
  },
  'speaker-arrival-local': (f) => {
    const [dep, fly, diff, east, g] = [
      n(f, 'dep'),
      n(f, 'fly'),
      n(f, 'diff'),
      n(f, 'east'),
      n(f, 'ground'),
    ]
    const shift = (east ? 60 : -60) * diff
    return clocks(
      dep + fly + shift + g,
      dep + fly + g,
      dep + fly - shift + g,
      dep + fly + shift,
      dep + fly + 2 * shift + g,
      dep + g + shift,
    )
  },
  'set-up-finish-from-crew-hours': (f) => {
    const [s, ch, c] = [n(f, 'start'), n(f, 'crewHours'), n(f, 'crew')]
    const work = ceil(ch * 60, c)
    return clocks(
      s + work + 30,
      s + work,
      s + ch * 60 + 30,
      s + ceil(ch * 60, c + 1) + 30,
      s + work + 60,
      s + ceil(ch * 60, c - 1) + 30,
    )
  },
  'breakout-rotations-end': (f) => {
    const [s, r, l, m] = [n(f, 'start'), n(f, 'rot'), n(f, 'len'), n(f, 'move')]
    return clocks(
      s + r * l + (r - 1) * m,
      s + r * (l + m),
      s + r * l,
      s + (r - 1) * (l + m),
      s + (r + 1) * l + r * m,
      s + r * l + 2 * (r - 1) * m,
    )
  },
  'count-due-hours-before': (f) => {
    const [ev, at, h] = [jdn(String(f.event)), n(f, 'at'), n(f, 'h')]
    const dd = h / 24
    const t = time(at)
    return {
      key: `${day(ev - dd)}, ${t}`,
      wrong: [
        `${day(workdaysBack(ev, dd))}, ${t}`,
        `${day(ev - dd + 1)}, ${t}`,
        `${day(ev - dd)}, 11:59 pm`,
        `${day(ev - dd - 1)}, ${t}`,
        `${day(ev - dd)}, 9:00 am`,
        `${day(workdaysBack(ev, dd))}, 11:59 pm`,
        `${day(ev - dd - 1)}, 9:00 am`,
        `${day(ev - dd + 1)}, 11:59 pm`,
      ],
    }
  },
  'rsvp-deadline-weeks-before': (f) => {
    const [ev, w] = [jdn(String(f.event)), n(f, 'w')]
    return days(
      ev - 7 * w,
      ev - 5 * w,
      ev - 7 * w + 1,
      ev - 7 * (w + 1),
      ev - 7 * (w - 1),
      ev - 10 * w,
    )
  },
}

const SECOND: Readonly<Record<string, (f: F) => Expect>> = {
  ...VENUE,
  ...CATERING,
  ...ROOMS,
  ...BUDGET,
  ...SCHEDULE,
}

describeEngineIndependent('event planning logistics families', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 80,
    second: SECOND,
    route: 'BigInt, Julian day numbers and own daylight-saving rules',
    digest,
    never: { what: 'amount or count below zero', pattern: /(^|\s)-[$\d]/ },
    models: EVP_MODELS,
    engines,
  })
})
