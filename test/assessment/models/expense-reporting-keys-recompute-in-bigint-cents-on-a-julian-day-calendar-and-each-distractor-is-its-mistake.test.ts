import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { APPROVAL_FAMILIES } from '../../../src/assessment/models/expenses/approval-families.js'
import { CURRENCY_FAMILIES } from '../../../src/assessment/models/expenses/currency-families.js'
import { EXPENSE_MODELS } from '../../../src/assessment/models/expenses/expense-models.js'
import type { ExpenseScenario } from '../../../src/assessment/models/expenses/expense-text.js'
import { MILEAGE_FAMILIES } from '../../../src/assessment/models/expenses/mileage-families.js'
import { POLICY_FAMILIES } from '../../../src/assessment/models/expenses/policy-families.js'
import { RECONCILE_FAMILIES } from '../../../src/assessment/models/expenses/reconcile-families.js'
import { drawFamilies } from '../../support/draw-families.js'
import { figuresOf } from '../../support/drawn-figures.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { scenarioKeyChecks } from '../../support/scenario-key-checks.js'
import { dow, jdn, halfAwayQuotient as q, ymd } from './second-route-arithmetic.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...POLICY_FAMILIES,
  ...MILEAGE_FAMILIES,
  ...CURRENCY_FAMILIES,
  ...RECONCILE_FAMILIES,
  ...APPROVAL_FAMILIES,
]
const DRAWS = 200
const DRAWN = drawFamilies<ExpenseScenario>(FAMILIES, DRAWS, 2026_12_05)

// ---- Money in BigInt cents, rounded half away from zero; nothing shared with the families.
/** `a × b × … ÷ den`, to the whole cent. */
const mul = (nums: readonly number[], den: number) =>
  q(
    nums.reduce((p, x) => p * BigInt(x), 1n),
    BigInt(den),
  )
function fmt(c: number): string {
  const sign = c < 0 ? '-' : ''
  const a = Math.abs(c)
  const whole = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}${whole}.${String(a % 100).padStart(2, '0')}`
}
const digest = (text: string) => text.replace(/[€$£]/g, '')

// ---- A second calendar: Julian Day Numbers (Fliegel and Van Flandern's integer algorithm), not
// JavaScript's Date. JDN + 1 modulo 7 is 0 on a Sunday.
const MONTHS =
  'January February March April May June July August September October November December'.split(' ')
const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ')
const shown = (j: number) => {
  const [y, m, d] = ymd(j)
  return `${DAYS[dow(j)]} ${d} ${MONTHS[m - 1]} ${y}`
}
const lastOfMonth = (j: number) => {
  const [y, m] = ymd(j)
  return jdn(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`) - 1
}
/** The same day `n` months on, clamped to the month's length. */
function plusMonths(j: number, n: number): number {
  const [y, m, d] = ymd(j)
  const k = y * 12 + m - 1 + n
  const first = jdn(`${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}-01`)
  return Math.min(first + d - 1, lastOfMonth(first))
}
const workday = (j: number) => dow(j) !== 0 && dow(j) !== 6
/** The `n`th working day counting `j` itself when it is one. */
function nthWorkday(j: number, n: number): number {
  let at = j
  for (let seen = workday(at) ? 1 : 0; seen < n; ) if (workday(++at)) seen++
  while (!workday(at)) at++
  return at
}
const forward = (j: number) => nthWorkday(j, 1)
function back(j: number): number {
  let at = j
  while (!workday(at)) at--
  return at
}

type F = Readonly<Record<string, number | string>>
type Expect = { readonly key: string; readonly wrong: readonly string[] }
const money = (key: number, ...wrong: number[]): Expect => ({
  key: fmt(key),
  wrong: wrong.map(fmt),
})
const dates = (key: number, ...wrong: number[]): Expect => ({
  key: shown(key),
  wrong: wrong.map(shown),
})
const n = (f: F, k: string) => Number(f[k])
const d = (f: F, k: string) => jdn(String(f[k]))
const list = (f: F, k: string) => String(f[k]).split(',').map(Number)
const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)
const pct = (c: number, bp: number) => mul([c, bp], 10000)

const POLICY: Readonly<Record<string, (f: F) => Expect>> = {
  'conference-invoice-exclusions': (f) => {
    const [r, w, g, gu] = [n(f, 'reg'), n(f, 'workshop'), n(f, 'golf'), n(f, 'guest')]
    return money(r + w, r + w + g + gu, r + w + g, r + w + gu, r)
  },
  'phone-bill-business-share': (f) => {
    const [bill, tax, p, cap] = [n(f, 'bill'), n(f, 'tax'), n(f, 'pctBiz'), n(f, 'cap')]
    const k = Math.min(mul([bill, p], 100), cap)
    return money(k, bill, cap, mul([bill - tax, p], 100), bill - k, mul([cap, p], 100), k + tax)
  },
  'rental-car-class-limit': (f) => {
    const [days, c, suv, fuel] = [n(f, 'days'), n(f, 'compact'), n(f, 'suv'), n(f, 'fuel')]
    return money(
      days * c + fuel,
      days * suv + fuel,
      days * c,
      (days + 1) * c + fuel,
      days * (suv - c),
      days * suv,
      c + fuel,
    )
  },
  'hotel-cap-by-city-tier': (f) => {
    const [hi, lo, k, room, t] = [
      n(f, 'high'),
      n(f, 'low'),
      n(f, 'nights'),
      n(f, 'room'),
      n(f, 'taxBp'),
    ]
    const r = room + pct(room, t)
    return money(
      k * Math.min(r, lo),
      k * Math.min(r, hi),
      k * hi,
      k * (r - lo),
      lo,
      (k + 1) * lo,
      k * Math.min(room, lo),
    )
  },
  'hotel-nightly-cap': (f) => {
    const [xs, cap, park] = [list(f, 'nights'), n(f, 'cap'), n(f, 'park')]
    const ok = total(xs.map((x) => Math.min(x, cap)))
    const all = total(xs)
    const parking = park * xs.length
    return money(
      ok + parking,
      all + parking,
      Math.min(all, cap * xs.length) + parking,
      cap * xs.length + parking,
      total(xs.filter((x) => x <= cap)) + parking,
      total(xs.map((x) => Math.min(x + park, cap))),
      ok,
      ok + park * (xs.length + 1),
    )
  },
  'per-meal-caps': (f) => {
    const [s, c] = [list(f, 'spent'), list(f, 'caps')]
    const ok = total(s.map((x, i) => Math.min(x, c[i]!)))
    return money(
      ok,
      Math.min(total(s), total(c)),
      total(s),
      total(c),
      total(s) - ok,
      total(s.filter((x, i) => x <= c[i]!)),
      total(s.map((x) => Math.min(x, c[0]!))),
      total(c.filter((cap, i) => s[i]! >= cap)),
    )
  },
  'alcohol-with-its-tax-and-tip': (f) => {
    const [food, drink, tax, tip] = [n(f, 'food'), n(f, 'drink'), n(f, 'tax'), n(f, 'tip')]
    const fd = food + drink
    const whole = fd + pct(fd, tax) + pct(fd, tip)
    return money(
      food + pct(food, tax) + pct(food, tip),
      whole - drink,
      whole,
      food,
      food + pct(food, tax),
      food + pct(food, tip),
      food + pct(fd, tax) + pct(fd, tip),
    )
  },
  'receipt-threshold-and-lodging': (f) => {
    const k = n(f, 'small') + n(f, 'withReceipt')
    return money(
      k,
      k + n(f, 'exact'),
      k + n(f, 'lodging'),
      n(f, 'withReceipt'),
      k + n(f, 'exact') + n(f, 'lodging') + n(f, 'noReceiptBig'),
      n(f, 'small'),
    )
  },
  'pre-approval-over-limit': (f) => {
    const [l, a, u, s] = [n(f, 'limit'), n(f, 'approved'), n(f, 'unapproved'), n(f, 'under')]
    return money(a + l + s, a + s, a + u + s, 2 * l + s, u - l, l)
  },
  'economy-fare-plus-bag': (f) => {
    const [e, b, bag, seat] = [n(f, 'economy'), n(f, 'business'), n(f, 'bag'), n(f, 'seat')]
    return money(e + bag, e, b + bag, e + bag + seat, b - e, e + seat)
  },
  'personal-nights-on-a-trip': (f) => {
    const [r, b, p] = [n(f, 'rate'), n(f, 'business'), n(f, 'personal')]
    const night = r + pct(r, n(f, 'taxBp'))
    return money(b * night, (b + p) * night, b * r, p * night, (b + 1) * night, (b + p) * r)
  },
  'hotel-folio-non-reimbursable': (f) => {
    const [room, mini, movie, laundry, park] = figuresOf(
      f,
      'room',
      'minibar',
      'movie',
      'laundry',
      'parking',
    )
    const long = n(f, 'nights') >= n(f, 'min')
    const k = room + park + (long ? laundry : 0)
    return money(
      k,
      room + park + (long ? 0 : laundry),
      room + mini + movie + laundry + park,
      room,
      k + mini,
      k - park,
    )
  },
  'gifts-25-per-recipient': (f) => {
    const [a1, a2, b, s] = [n(f, 'a1'), n(f, 'a2'), n(f, 'b'), n(f, 'ship')]
    // the $25.00 per recipient per year of IRC 274(b), as the stem states it
    const A = Math.min(a1 + a2, 2500)
    return money(
      A + b + s,
      2500 + a2 + b + s,
      a1 + a2 + b + s,
      A + b,
      A + Math.min(b + s, 2500),
      2 * 2500 + s,
      Math.min(a1 + a2 + b, 2500) + s,
    )
  },
  'client-meal-per-attendee-cap': (f) => {
    const [g, cap, t, tip] = [n(f, 'guests'), n(f, 'cap'), n(f, 'total'), n(f, 'tip')]
    const k = cap * (g + 1)
    return money(k, cap * g, t, t - k, k + tip, mul([t], g + 1))
  },
  'tip-cap-on-pre-tax-meal': (f) => {
    const [m, tax, tip, c] = [n(f, 'meal'), n(f, 'tax'), n(f, 'tip'), n(f, 'capBp')]
    return money(
      m + tax + pct(m, c),
      m + tax + pct(m + tax, c),
      m + tax + tip,
      m + tax,
      m + pct(m, c),
      m + tax + pct(m + tax + tip, c),
      m,
      m + tax + tip - pct(m, c),
    )
  },
  'spouse-single-room-rate': (f) => {
    const [s, dbl, k, fare] = [n(f, 'single'), n(f, 'double'), n(f, 'nights'), n(f, 'fare')]
    return money(
      k * s + fare,
      k * dbl + fare,
      k * mul([dbl], 2) + fare,
      k * dbl + 2 * fare,
      k * s + 2 * fare,
      k * s,
      k * mul([s], 2) + fare,
    )
  },
  'missing-receipt-affidavit': (f) => {
    const [r, lost, l] = [n(f, 'receipted'), list(f, 'lost'), n(f, 'limit')]
    return money(
      r + l,
      r,
      r + total(lost),
      r + total(lost.map((x) => Math.min(x, l))),
      r + total(lost) - l,
      r + Math.max(...lost),
    )
  },
  'rental-car-refuel-and-cover': (f) => {
    const [r, fu, re, c] = [n(f, 'rental'), n(f, 'fuel'), n(f, 'refuel'), n(f, 'cover')]
    return money(r + fu, r + fu + re, r + fu + c, r, r + re + c + fu, r + re)
  },
}

const MILEAGE: Readonly<Record<string, (f: F) => Expect>> = {
  'gsa-trip-lodging-and-mie': (f) => {
    const [r, days, max, act, tb] = figuresOf(f, 'rate', 'days', 'max', 'actual', 'taxBp')
    const night = (x: number) => x + pct(x, tb)
    const t = mul([r, 3], 4)
    const mie = (days - 2) * r + 2 * t
    const lodging = (days - 1) * night(max)
    return money(
      lodging + mie,
      (days - 1) * night(act) + mie,
      lodging + days * r,
      days * night(max) + mie,
      (days - 1) * max + mie,
      lodging + days * t,
      lodging + (days - 2) * r,
    )
  },
  'hmrc-cycle-and-motorcycle-rates': (f) => {
    // HMRC approved mileage rates: bicycles 20p, motorcycles 24p, cars and vans 45p then 25p
    const [bk, mo, car] = [n(f, 'bike'), n(f, 'moto'), n(f, 'car')]
    return money(
      20 * bk + 24 * mo + 45 * car,
      45 * (bk + mo + car),
      24 * bk + 20 * mo + 45 * car,
      20 * bk + 24 * mo + 25 * car,
      24 * mo + 45 * car,
      20 * bk + 45 * (mo + car),
    )
  },
  'amap-10000-across-two-cars': (f) => {
    const [a, b] = [n(f, 'a'), n(f, 'b')]
    const band = (miles: number) => Math.min(miles, 10000) * 45 + Math.max(0, miles - 10000) * 25
    return money(
      band(a + b),
      45 * (a + b),
      band(a) + band(b),
      25 * (a + b),
      450000,
      45 * Math.max(a, b) + 25 * Math.min(a, b),
      250000 + 45 * (a + b - 10000),
    )
  },
  'irs-mileage-net-of-commute': (f) => {
    const [rate, trip, com, t, p, prev, med] = figuresOf(
      f,
      'rate',
      'trip',
      'commute',
      'tolls',
      'parking',
      'previous',
      'medical',
    )
    // rates in tenths of a cent: 700 is the IRS's 70 cents a mile for 2025 (Notice 2025-5)
    const at = (miles: number, r = rate) => mul([miles, r], 10)
    const mi = trip - com
    return money(
      at(mi) + t + p,
      at(trip) + t + p,
      at(mi),
      at(mi) + t,
      at(2 * trip - com) + t + p,
      at(mi, med) + t + p,
      at(trip - com / 2) + t + p,
      ...(prev ? [at(mi, prev) + t + p] : []),
    )
  },
  'amap-crossing-10000': (f) => {
    // HMRC AMAP: 45p to 10,000 business miles in the tax year from 6 April, 25p after
    const [before, cal, claim] = [n(f, 'before'), n(f, 'calendar'), n(f, 'claim')]
    const split = (done: number) => {
      const high = Math.min(claim, Math.max(0, 10000 - done))
      return high * 45 + (claim - high) * 25
    }
    return money(split(before), claim * 45, claim * 25, split(cal), (10000 - before) * 45)
  },
  'amap-passenger-payment': (f) => {
    const [mi, sh, p] = [n(f, 'miles'), n(f, 'shared'), n(f, 'passengers')]
    return money(
      mi * 45 + sh * p * 5,
      mi * 45,
      mi * 45 + mi * p * 5,
      mi * 45 + sh * 5,
      mi * 45 + sh * (p + 1) * 5,
      mi * 50,
    )
  },
  'amap-taxable-excess': (f) => {
    const [paid, mi, before] = [n(f, 'paid'), n(f, 'miles'), n(f, 'before')]
    const high = 10000 - before
    const approved = high * 45 + (mi - high) * 25
    return money(
      mi * paid - approved,
      mi * (paid - 45),
      mi * (paid - 25),
      mi * paid,
      approved,
      (mi - high) * (paid - 25),
    )
  },
  'mileage-allowance-relief': (f) => {
    const [paid, mi] = [n(f, 'paid'), n(f, 'miles')]
    const approved = 10000 * 45 + (mi - 10000) * 25
    // ITEPA 2003 s 231(2): the approved amount less the year's mileage allowance payments
    const shortfall = approved - mi * paid
    return money(
      shortfall,
      mi * (45 - paid),
      10000 * (45 - paid),
      approved,
      Math.max(0, 10000 * 45 - 10000 * paid) + Math.max(0, (mi - 10000) * (25 - paid)),
      mi * paid,
      pct(shortfall, 2000),
      10000 * 40 + (mi - 10000) * 25 - mi * paid,
    )
  },
  'gsa-first-and-last-day': (f) => {
    // FTR 301-11.101: 75 % of the M&IE rate on the first and last days of travel
    const [r, days] = [n(f, 'rate'), n(f, 'days')]
    const t = mul([r, 3], 4)
    return money(
      (days - 2) * r + 2 * t,
      days * r,
      (days - 1) * r,
      days * t,
      (days - 2) * r,
      (days - 1) * r + t,
    )
  },
  'gsa-provided-meals': (f) => {
    const [r, b, l, dn, days, L, D] = figuresOf(
      f,
      'rate',
      'b',
      'l',
      'd',
      'days',
      'lunches',
      'dinners',
    )
    const full = (days - 2) * r + 2 * mul([r, 3], 4)
    const inc = r - b - l - dn
    return money(
      full - L * l - D * dn,
      full,
      full - (L + D) * mul([r], 3),
      days * r - L * l - D * dn,
      full - L * dn - D * l,
      full - (L + D) * inc - L * l - D * dn,
      full - (L + D) * r,
      full + L * l + D * dn,
    )
  },
  'gsa-rate-of-overnight-city': (f) => {
    const [a, b] = [n(f, 'a'), n(f, 'b')]
    const t = (x: number) => mul([x, 3], 4)
    return money(
      t(a) + b + t(b),
      t(a) + a + t(b),
      a + 2 * b,
      t(a) + b + t(a),
      t(a) + a + t(a),
      t(a) + 2 * t(b),
    )
  },
  'lodging-cap-per-night': (f) => {
    const [cap, night, tb, k] = [n(f, 'cap'), n(f, 'nightly'), n(f, 'taxBp'), n(f, 'nights')]
    const allowed = cap + pct(cap, tb)
    return money(
      k * allowed,
      k * (night + pct(night, tb)),
      k * cap,
      k * (cap + pct(night, tb)),
      (k + 1) * allowed,
    )
  },
  'uk-day-subsistence': (f) => {
    // HMRC benchmark scale rates (EIM05231): £5 from 5 hours, £10 from 10 hours, £25 from 15
    // hours only when ongoing at 8 pm
    const hs = list(f, 'hours')
    const by = (rule: (h: number) => number) => total(hs.map(rule))
    return money(
      by((h) => (h < 5 ? 0 : h < 10 ? 500 : 1000)),
      by((h) => (h <= 5 ? 0 : h <= 10 ? 500 : 1000)),
      by((h) => (h < 5 ? 0 : h < 10 ? 500 : 1500)),
      hs.length * 1000,
      by((h) => (h < 5 ? 0 : 500)),
      by((h) => (h < 10 ? 500 : 1000)),
      by((h) => (h < 10 ? 0 : 1000)),
      by((h) => (h < 5 ? 0 : 1000)),
      by((h) => (h < 5 ? 0 : h < 10 ? 500 : h < 15 ? 1000 : 2500)),
    )
  },
  'odometer-less-personal-detour': (f) => {
    const det = n(f, 'detour')
    const biz = n(f, 'end') - n(f, 'start') - det
    const r = n(f, 'rate')
    return money(
      mul([biz, r], 10),
      mul([biz + det, r], 10),
      mul([biz - det, r], 10),
      mul([biz, n(f, 'previous')], 10),
      mul([biz, n(f, 'medical')], 10),
      mul([2 * (biz + det), r], 10),
    )
  },
  'lesser-of-mileage-or-rental': (f) => {
    const mi = mul([n(f, 'miles'), n(f, 'rate')], 10)
    const [r, fu] = [n(f, 'rental'), n(f, 'fuel')]
    return money(Math.min(mi, r + fu), mi, r, mi - r - fu, mi + fu, mi + r, fu)
  },
}

const CURRENCY: Readonly<Record<string, (f: F) => Expect>> = {
  'foreign-per-diem-converted': (f) => {
    const [r, days, fx] = [n(f, 'rate'), n(f, 'days'), n(f, 'fx')]
    const pd = (days - 2) * r + 2 * mul([r, 3], 4)
    return money(
      pct(pd, fx),
      pct(days * r, fx),
      pct(days * mul([r, 3], 4), fx),
      mul([pd, 10000], fx),
      pd,
      pct((days - 1) * r, fx),
      pct((days - 2) * r, fx),
    )
  },
  'rate-of-the-transaction-date': (f) => {
    const a = n(f, 'amount')
    return money(
      pct(a, n(f, 'rs')),
      pct(a, n(f, 'rp')),
      pct(a, n(f, 'rf')),
      mul([a, 10000], n(f, 'rs')),
      a,
    )
  },
  'foreign-transaction-fee': (f) => {
    const [a, r, fee] = [n(f, 'amount'), n(f, 'r'), n(f, 'feeBp')]
    const base = pct(a, r)
    const inv = mul([a, 10000], r)
    return money(
      base + pct(base, fee),
      base,
      base - pct(base, fee),
      inv + pct(inv, fee),
      base + pct(a, fee),
      mul([base, 10000], 10000 - fee),
      a + pct(a, fee),
    )
  },
  'vat-fraction-standard-rate': (f) => {
    // HMRC VAT Notice 700: the VAT fraction at 20 % is 1/6, at 5 % 1/21, at 17.5 % 7/47
    const g = n(f, 'gross')
    const v = mul([g], 6)
    return money(
      v,
      mul([g, 20], 100),
      mul([g], 21),
      g - v,
      mul([g, 7], 47),
      mul([g, 80, 20], 10000),
      mul([g, 80], 100),
    )
  },
  'vat-mixed-rate-receipt': (f) => {
    const [s, z] = [n(f, 'standard'), n(f, 'zero')]
    return money(
      mul([s], 6),
      mul([s + z], 6),
      mul([s, 20], 100),
      mul([s + z, 20], 100),
      mul([z], 6),
      mul([s], 21),
      mul([s, 80, 20], 10000),
      mul([s, 7], 47),
    )
  },
  'net-cost-after-vat': (f) => {
    const g = n(f, 'gross')
    return money(
      g - mul([g], 6),
      g - mul([g, 20], 100),
      g,
      mul([g], 6),
      g + mul([g, 20], 100),
      g - mul([g], 21),
    )
  },
  'vat-on-mileage-fuel': (f) => {
    const [mi, afr] = [n(f, 'miles'), n(f, 'afr')]
    const fuel = mi * afr
    return money(
      mul([fuel], 6),
      mul([mi * 45], 6),
      mul([fuel, 20], 100),
      fuel,
      mul([mi * (45 - afr)], 6),
      0,
    )
  },
  'tip-outside-vat': (f) => {
    const [food, tip] = [n(f, 'food'), n(f, 'tip')]
    return money(
      mul([food], 6),
      mul([food + tip], 6),
      mul([food, 20], 100),
      mul([food + tip, 20], 100),
      mul([food - tip], 6),
    )
  },
  'simplified-invoice-limit': (f) => {
    // a simplified VAT invoice supports a claim only up to £250 including VAT (Notice 700)
    const rows = [
      [n(f, 'small'), 'simplified'],
      [n(f, 'big'), 'simplified'],
      [n(f, 'full'), 'full'],
    ] as const
    const k = total(
      rows.filter(([g, kind]) => kind === 'full' || g <= 25000).map(([g]) => mul([g], 6)),
    )
    return money(
      k,
      k + mul([n(f, 'big')], 6),
      mul([n(f, 'full')], 6),
      mul([n(f, 'small')], 6),
      mul([n(f, 'small'), 20], 100) + mul([n(f, 'full'), 20], 100),
    )
  },
  'cash-at-withdrawal-rate': (f) => {
    const [got, deb, fee, sp, mid] = figuresOf(f, 'got', 'debited', 'fee', 'spent', 'mid')
    return money(
      mul([sp, deb], got),
      pct(sp, mid),
      deb,
      mul([sp, deb - fee], got),
      mul([sp, deb - fee], got) + fee,
      mul([sp, got], deb),
    )
  },
  'refund-at-a-later-rate': (f) => {
    const [p, r, r1, r2] = [n(f, 'paid'), n(f, 'refunded'), n(f, 'r1'), n(f, 'r2')]
    return money(
      pct(p, r1) - pct(r, r2),
      pct(p - r, r1),
      pct(p - r, r2),
      pct(p, r1),
      pct(p, r1) + pct(r, r2),
      Math.abs(pct(r, r1) - pct(r, r2)),
    )
  },
  'dcc-markup-not-reimbursed': (f) => {
    const [a, r, mark] = [n(f, 'amount'), n(f, 'r'), n(f, 'markBp')]
    const fair = pct(a, r)
    const dcc = pct(a, r + pct(r, mark))
    return money(fair, dcc, dcc - fair, mul([a, 10000], r))
  },
  'receipts-on-their-own-dates': (f) => {
    const [xs, rs] = [list(f, 'xs'), list(f, 'rs')]
    const all = total(xs)
    return money(
      total(xs.map((x, i) => pct(x, rs[i]!))),
      pct(all, rs[0]!),
      pct(all, rs[2]!),
      total(xs.map((x, i) => mul([x, 10000], rs[i]!))),
      pct(all, Math.max(...rs)),
    )
  },
}

const RECONCILE: Readonly<Record<string, (f: F) => Expect>> = {
  'receipt-with-personal-items': (f) => {
    const [b, o, tb] = [n(f, 'biz'), n(f, 'own'), n(f, 'taxBp')]
    const tax = pct(b + o, tb)
    return money(
      b + pct(b, tb),
      b + o + tax,
      b,
      b + tax,
      b + o,
      b + o + pct(b, tb),
      o + pct(o, tb),
      b - pct(b, tb),
    )
  },
  'rebill-with-admin-fee': (f) => {
    const [b, mi, int, fee] = [n(f, 'billable'), n(f, 'mileage'), n(f, 'internal'), n(f, 'fee')]
    const k = b + pct(b, fee) + mi
    return money(
      k,
      b + mi,
      b + mi + pct(b + mi, fee),
      k + int,
      b + pct(b, fee),
      k + int + pct(int, fee),
    )
  },
  'petty-cash-top-up': (f) => {
    const [fl, r, c] = [n(f, 'float'), n(f, 'receipts'), n(f, 'counted')]
    return money(fl - c, r, fl - c - r, fl, fl - r)
  },
  'month-end-accrual-of-unsubmitted': (f) => {
    // claims as [amount, day of the year's calendar, submitted]: 31 March is the close
    const claims = [
      [n(f, 'a'), '2026-03-12', false],
      [n(f, 'b'), '2026-03-20', true],
      [n(f, 'c'), '2026-03-30', false],
      [n(f, 'e'), '2026-04-02', false],
    ] as const
    const close = jdn('2026-03-31')
    const k = total(claims.filter(([, on, sub]) => jdn(on) <= close && !sub).map(([x]) => x))
    const [a, b, c, e] = claims.map(([x]) => x) as [number, number, number, number]
    return money(k, a + c + e, a + b + c, a + b + c + e, a, c + e)
  },
  'advance-netted-off': (f) => {
    const [o, c, a] = [n(f, 'own'), n(f, 'card'), n(f, 'advance')]
    return money(o - a, o + c - a, o, o + c, o + a, o - a - c, o - c)
  },
  'advance-to-repay': (f) => {
    const [a, s, p] = [n(f, 'advance'), n(f, 'spent'), n(f, 'personal')]
    return money(a - (s - p), a - s, a - s - p, p, a - p)
  },
  'duplicate-card-and-receipt': (f) => {
    const [a, dup, rep, hold] = [n(f, 'a'), n(f, 'dup'), n(f, 'repeat'), n(f, 'hold')]
    const draft = a + 2 * dup + 2 * rep + hold
    const ok = a + dup + 2 * rep
    return money(ok, draft, ok + hold, ok + dup, ok + dup - rep, ok - rep, ok - dup, a)
  },
  'card-personal-charges': (f) => {
    const [b, p] = [list(f, 'biz'), list(f, 'personal')]
    const st = total(b) + total(p)
    return money(total(p), total(b), st, p[1]!, st - p[0]!)
  },
  'card-refund-line': (f) => {
    const [c, r] = [list(f, 'charges'), n(f, 'refund')]
    const all = total(c)
    return money(
      all - r,
      all + r,
      all,
      c[0]! + c[1]!,
      all - 2 * r,
      c[0]! + c[1]! + r,
      c[0]! + c[1]! - r,
    )
  },
  'unmatched-card-lines': (f) => {
    // card lines and receipts by day of June; a match needs the same amount within 3 days
    const [a, b, c, dd, bOff] = figuresOf(f, 'a', 'b', 'c', 'd', 'bOff')
    const lines = [
      [a, 2],
      [b, 4],
      [c, 6],
      [dd, 9],
    ] as const
    const receipts = [
      [a, 1],
      [bOff, 4],
      [c, 8],
      [dd, 2],
    ] as const
    const open = (window: number) =>
      total(
        lines
          .filter(
            ([amt, day]) => !receipts.some(([r, rd]) => r === amt && Math.abs(rd - day) <= window),
          )
          .map(([amt]) => amt),
      )
    const matched = a + b + c + dd - open(3)
    const lonely = total(
      receipts
        .filter(([r, rd]) => !lines.some(([amt, day]) => r === amt && Math.abs(rd - day) <= 3))
        .map(([r]) => r),
    )
    // one-sided windows: the receipt may only follow, or only precede, its card line
    const oneSided = (after: boolean) =>
      total(
        lines
          .filter(
            ([amt, day]) =>
              !receipts.some(
                ([r, rd]) =>
                  r === amt && (after ? rd - day : day - rd) >= 0 && Math.abs(rd - day) <= 3,
              ),
          )
          .map(([amt]) => amt),
      )
    return money(
      open(3),
      open(31),
      open(0),
      matched,
      lonely,
      open(3) - b,
      oneSided(true),
      oneSided(false),
    )
  },
  'split-by-project-days': (f) => {
    const [ds, t] = [list(f, 'days'), n(f, 'total')]
    const all = total(ds)
    const k = mul([t, ds[1]!], all)
    return money(
      k,
      mul([t], 3),
      mul([t, ds[1]!], all - 1),
      mul([t, ds[1]!], ds[0]! + ds[2]!),
      t - k,
      mul([t, ds[0]!], all),
      mul([t, ds[2]!], all),
    )
  },
  'cost-centre-rounding-remainder': (f) => {
    const [t, p0, p1, p2] = [n(f, 'total'), n(f, 'p0'), n(f, 'p1'), n(f, 'p2')]
    const [s0, s1] = [pct(t, p0), pct(t, p1)]
    return money(t - s0 - s1, pct(t, p2), mul([t], 3), t - s0, s0 + s1, s0)
  },
  'shared-dinner-own-cap': (f) => {
    const [p, cap, bill] = [n(f, 'people'), n(f, 'cap'), n(f, 'bill')]
    const share = mul([bill], p)
    const k = total(Array.from({ length: p }, () => Math.min(share, cap)))
    return money(k, bill, cap, bill - k, cap * (p - 1))
  },
  'report-total-with-mileage-and-per-diem': (f) => {
    const [r, mi, rate, pd, adv] = figuresOf(f, 'receipts', 'miles', 'rate', 'perDiem', 'advance')
    const m = mul([mi, rate], 10)
    const meals = n(f, 'mealReceipts')
    return money(
      r + m + pd - adv,
      r + m + pd,
      r + m - adv,
      r + pd - adv,
      r + m + pd + adv,
      r + m + pd + meals - adv,
      r + m + meals - adv,
      r + mul([mi, 670], 10) + pd - adv,
    )
  },
}

const APPROVAL: Readonly<Record<string, (f: F) => Expect>> = {
  'settle-advance-after-return': (f) => {
    const [b, l] = [d(f, 'back'), d(f, 'left')]
    return dates(
      nthWorkday(b + 1, 10),
      b + 10,
      nthWorkday(b, 10),
      nthWorkday(l + 1, 10),
      nthWorkday(b + 1, 5),
    )
  },
  // IRS Publication 463, chapter 6: 30 days (advance), 60 (substantiate), 120 (return excess)
  'substantiate-within-60-days': (f) => {
    const paid = d(f, 'paid')
    return dates(
      paid + 60,
      plusMonths(paid, 2),
      d(f, 'end') + 60,
      paid + 120,
      d(f, 'start') + 60,
      paid + 30,
    )
  },
  'return-excess-within-120-days': (f) => {
    const paid = d(f, 'paid')
    return dates(
      paid + 120,
      d(f, 'advanced') + 120,
      d(f, 'filed') + 120,
      plusMonths(paid, 4),
      paid + 60,
    )
  },
  'advance-no-earlier-than-30-days': (f) => {
    const [t, b] = [d(f, 'trip'), d(f, 'booked')]
    return dates(t - 30, b, plusMonths(t, -1), t - 60, b + 30, t + 30)
  },
  'periodic-statement-120-days': (f) => {
    const s = d(f, 'statement')
    return dates(s + 120, d(f, 'paid') + 120, plusMonths(s, 4), s + 60, s + 90)
  },
  'fifth-business-day-next-month': (f) => {
    const e = d(f, 'end')
    const first = lastOfMonth(e) + 1
    return dates(
      nthWorkday(first, 5),
      first + 4,
      nthWorkday(e + 1, 5),
      nthWorkday(first + 1, 5),
      back(lastOfMonth(first)),
    )
  },
  'within-30-days-rolled-forward': (f) => {
    const e = d(f, 'end')
    return dates(
      forward(e + 30),
      e + 30,
      back(e + 30),
      forward(plusMonths(e, 1)),
      nthWorkday(e + 1, 30),
    )
  },
  'payroll-cut-off': (f) => {
    const a = d(f, 'approved')
    const [, , day] = ymd(a)
    const due = day <= n(f, 'cut') ? lastOfMonth(a) : lastOfMonth(lastOfMonth(a) + 1)
    const other = day <= n(f, 'cut') ? lastOfMonth(lastOfMonth(a) + 1) : lastOfMonth(a)
    return dates(back(due), back(other), due, a + 30, forward(due + 1))
  },
  'receipts-due-after-statement': (f) => {
    const c = d(f, 'close')
    return dates(
      forward(c + 10),
      c + 10,
      back(c + 10),
      nthWorkday(c + 1, 10),
      forward(d(f, 'arrived') + 10),
    )
  },
  'stale-after-90-days': (f) => {
    const s = d(f, 'spent')
    return dates(s + 90, plusMonths(s, 3), d(f, 'end') + 90, s + 60, s + 120, s + 89)
  },
  'approver-three-business-days': (f) => {
    const s = d(f, 'submitted')
    return dates(
      nthWorkday(s + 1, 3),
      s + 3,
      nthWorkday(s, 3),
      forward(s + 3),
      nthWorkday(s + 1, 5),
    )
  },
  'fiscal-year-accrual-cut-off': (f) => {
    const [y, k] = [d(f, 'fyEnd'), n(f, 'days')]
    const [year] = ymd(y)
    return dates(
      y + k,
      d(f, 'spent') + k,
      jdn(`${year}-12-31`) + k,
      nthWorkday(y + 1, k),
      lastOfMonth(y + 1) + k,
    )
  },
  'reminder-before-deadline': (f) => {
    const [e, w, l] = [d(f, 'end'), n(f, 'window'), n(f, 'lead')]
    let back5 = e + w
    for (let left = l; left > 0; ) if (workday(--back5)) left--
    return dates(e + w - l, e + l, e + w, e + w + l, plusMonths(e, 1) - l, back5)
  },
  'unsubstantiated-advance-taxable': (f) => {
    const [a, i, l, r] = [n(f, 'advance'), n(f, 'inTime'), n(f, 'late'), n(f, 'returned')]
    return money(a - i - r, a - i - r - l, a - i, a, l + r)
  },
  'approval-threshold-by-report-total': (f) => {
    const [ls, adv, dir] = [list(f, 'lines'), n(f, 'advance'), n(f, 'director')]
    const t = total(ls)
    const route = (x: number) => (x > dir ? "manager's and director's" : "manager's sign-off alone")
    return {
      key: `${fmt(t)}: ${route(t)}`,
      wrong: [
        `${fmt(t - adv)}: ${route(t - adv)}`,
        `${fmt(Math.max(...ls))}: ${route(Math.max(...ls))}`,
        `${fmt(t + adv)}: ${route(t + adv)}`,
        `${fmt(t)}: director's sign-off alone`,
      ],
    }
  },
}

const SECOND: Readonly<Record<string, (f: F) => Expect>> = {
  ...POLICY,
  ...MILEAGE,
  ...CURRENCY,
  ...RECONCILE,
  ...APPROVAL,
}

describeEngineIndependent('expense reporting scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: SECOND,
    route: 'BigInt cents and Julian day numbers',
    digest,
    never: { what: 'amount below zero', pattern: /(^|\s)-[€$£\d]/ },
    readNumber: (t) => {
      const m = /^[€$£]?([\d,]+\.\d{2})$/.exec(t)
      return m ? Number(m[1]!.replace(/,/g, '')) : undefined
    },
    models: EXPENSE_MODELS,
    engines,
  })
})
