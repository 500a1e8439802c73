import { afterAll } from 'vitest'
import { closeTaskEngines, createTaskEngines } from '../../../src/assessment/index.js'
import { DISPATCH_FAMILIES } from '../../../src/assessment/models/opr/dispatch-families.js'
import { OPR_MODELS } from '../../../src/assessment/models/opr/opr-models.js'
import type { OrderScenario } from '../../../src/assessment/models/opr/opr-text.js'
import { RECORDS_FAMILIES } from '../../../src/assessment/models/opr/records-families.js'
import { REFUNDS_FAMILIES } from '../../../src/assessment/models/opr/refunds-families.js'
import { STOCK_FAMILIES } from '../../../src/assessment/models/opr/stock-families.js'
import { TOTALS_FAMILIES } from '../../../src/assessment/models/opr/totals-families.js'
import {
  add,
  ceilOf,
  div,
  floorOf,
  halfUpOf,
  mul,
  type R,
  r,
  sub,
} from '../../support/bigint-rationals.js'
import { drawFamilies } from '../../support/draw-families.js'
import { describeEngineIndependent } from '../../support/engine-independent.js'
import { type SecondWorking, scenarioKeyChecks } from '../../support/scenario-key-checks.js'

const engines = createTaskEngines()
afterAll(() => closeTaskEngines(engines))

const FAMILIES = [
  ...TOTALS_FAMILIES,
  ...DISPATCH_FAMILIES,
  ...STOCK_FAMILIES,
  ...REFUNDS_FAMILIES,
  ...RECORDS_FAMILIES,
]
const DRAWS = 30
const DRAWN = drawFamilies<OrderScenario>(FAMILIES, DRAWS, 2026_12_06)

// ---- Exact rationals as BigInt pairs from the shared support file, nothing shared with the
// families' helpers. Amounts are cents; a rate in basis points is a pair over 10,000.
const B = BigInt
const rate = (bp: number): R => r(bp, 10000)
/** `x` with `bp` basis points added (+1) or taken off (-1). */
const adj = (x: R, bp: number, sign: 1 | -1): R => mul(x, r(10000 + sign * bp, 10000))

/** Cents as the shop writes dollars: half a cent up, grouped in thousands. */
function $(x: R): string {
  const c = halfUpOf(x)
  const whole = (c / 100n).toLocaleString('en-US')
  return `$${whole}.${String(c % 100n).padStart(2, '0')}`
}
const n = (x: R | bigint | number, noun: string): string =>
  `${(typeof x === 'object' ? halfUpOf(x) : B(x)).toLocaleString('en-US')} ${noun}`
/** A percentage to one place, half up, from a fraction of one. */
function pc(x: R): string {
  const t = halfUpOf(mul(x, r(1000)))
  return `${(t / 10n).toLocaleString('en-US')}.${t % 10n}%`
}

// ---- A second calendar: weekdays of March 2027 from the platform's date arithmetic.
const dow = (d: number) => new Date(Date.UTC(2027, 2, d)).getUTCDay()
const works = (d: number, off: readonly number[]) => dow(d) % 6 !== 0 && !off.includes(d)
function later(d: number, k: number, off: readonly number[]): number {
  let at = d
  let left = k
  while (left > 0) if (works(++at, off)) left--
  return at
}

type F = Readonly<Record<string, number | string>>
const g = (f: F, k: string): number => Number(f[k])
type Route = (f: F) => SecondWorking
const money = (...xs: readonly R[]): SecondWorking => ({
  key: $(xs[0]!),
  wrong: xs.slice(1).map($),
})
const counted =
  (noun: string) =>
  (...xs: readonly (R | bigint | number)[]): SecondWorking => ({
    key: n(xs[0]!, noun),
    wrong: xs.slice(1).map((x) => n(x, noun)),
  })
/** An answer day as options show it, with no weekday; the route still finds it by the calendar. */
const shown = (d: number) => `${d} March`
const days = (...xs: readonly number[]): SecondWorking => ({
  key: shown(xs[0]!),
  wrong: xs.slice(1).map(shown),
})
const pcs = (...xs: readonly R[]): SecondWorking => ({
  key: pc(xs[0]!),
  wrong: xs.slice(1).map(pc),
})

const TOTALS: Readonly<Record<string, Route>> = {
  'percent-sale-then-fixed-coupon': (f) => {
    const [s, p, c] = [r(g(f, 's')), g(f, 'p'), r(g(f, 'f'))]
    return money(
      sub(adj(s, p, -1), c),
      adj(sub(s, c), p, -1),
      adj(s, p, -1),
      sub(s, c),
      adj(adj(s, p, -1), g(f, 'f'), -1),
    )
  },
  'tax-on-the-discounted-price': (f) => {
    const [s, c, t] = [r(g(f, 's')), g(f, 'c'), g(f, 't')]
    const net = adj(s, c, -1)
    return money(adj(net, t, 1), add(net, mul(s, rate(t))), net, adj(s, t, 1), mul(net, rate(t)))
  },
  'net-price-from-a-tax-inclusive-price': (f) => {
    const [x, t] = [r(g(f, 'g')), g(f, 't')]
    return money(
      div(x, r(10000 + t, 10000)),
      adj(x, t, -1),
      adj(x, t, 1),
      mul(x, r(t, 10000 + t)),
      div(x, r(10000 - t, 10000)),
    )
  },
  'tax-rounded-per-unit-then-multiplied': (f) => {
    const [q1, u1, q2, u2, t] = ['q1', 'u1', 'q2', 'u2', 't'].map((k) => g(f, k)) as [
      number,
      number,
      number,
      number,
      number,
    ]
    const up = (u: number) => halfUpOf(adj(r(u), t, 1))
    const cut = (u: number) => floorOf(adj(r(u), t, 1))
    const goods = q1 * u1 + q2 * u2
    return money(
      r(B(q1) * up(u1) + B(q2) * up(u2)),
      r(halfUpOf(adj(r(goods), t, 1))),
      r(B(q1) * cut(u1) + B(q2) * cut(u2)),
      r(goods),
      r(up(u1) + up(u2)),
    )
  },
  'all-units-quantity-break': (f) => {
    const [a, b, c, q] = [g(f, 'a'), g(f, 'b'), g(f, 'c'), g(f, 'qn')]
    return money(r(q * b), r(q * a), r(q * c), r(49 * a + (q - 49) * b), r(100 * c))
  },
  'graduated-quantity-tiers': (f) => {
    const [a, b, c, q] = [g(f, 'a'), g(f, 'b'), g(f, 'c'), g(f, 'qn')]
    return money(
      r(50 * a + 50 * b + (q - 100) * c),
      r(q * c),
      r(q * a),
      r(50 * a + (q - 50) * b),
      r(q * b),
    )
  },
  'buy-three-get-one-free': (f) => {
    const [q, u] = [g(f, 'qn'), g(f, 'u')]
    const paid = (free: number) => r((q - free) * u)
    return money(
      paid(Math.trunc(q / 4)),
      paid(Math.trunc(q / 3)),
      paid(Math.trunc((q + 3) / 4)),
      r(q * u),
      r(q * u * 3, 4),
      paid(Math.trunc(q / 5)),
      r((q - 1) * u),
    )
  },
  'second-item-half-price-on-the-cheaper': (f) => {
    const [hi, lo] = [g(f, 'hi'), g(f, 'lo')]
    return money(
      r(2 * hi + lo, 2),
      r(2 * lo + hi, 2),
      r(hi + lo),
      r(3 * (hi + lo), 4),
      r(hi + lo, 2),
    )
  },
  'coupon-minimum-measured-after-the-sale': (f) => {
    const [s, p, c] = [r(g(f, 's')), g(f, 'p'), r(g(f, 'f'))]
    return money(
      adj(s, p, -1),
      sub(adj(s, p, -1), c),
      sub(s, c),
      adj(sub(s, c), p, -1),
      s,
      sub(s, r(p)),
      adj(adj(s, p, -1), g(f, 'f'), -1),
    )
  },
  'tax-on-goods-and-shipping': (f) => {
    const [x, c, sh, t] = [r(g(f, 'g')), g(f, 'c'), r(g(f, 'sh')), g(f, 't')]
    const net = adj(x, c, -1)
    return money(
      adj(add(net, sh), t, 1),
      add(adj(net, t, 1), sh),
      adj(add(x, sh), t, 1),
      add(net, sh),
      sub(adj(add(x, sh), t, 1), mul(x, rate(c))),
    )
  },
  'two-percent-discounts-stacked': (f) => {
    const [s, a, b] = [r(g(f, 's')), g(f, 'a'), g(f, 'b')]
    return money(
      adj(adj(s, a, -1), b, -1),
      adj(s, a + b, -1),
      adj(s, a, -1),
      adj(s, b, -1),
      div(s, mul(r(10000 + a, 10000), r(10000 + b, 10000))),
    )
  },
  'tax-inside-a-discounted-inclusive-total': (f) => {
    const [x, c, t] = [r(g(f, 'g')), g(f, 'c'), g(f, 't')]
    const paid = adj(x, c, -1)
    return money(
      mul(paid, r(t, 10000 + t)),
      mul(paid, rate(t)),
      mul(x, r(t, 10000 + t)),
      div(paid, r(10000 + t, 10000)),
      mul(x, rate(t)),
    )
  },
  'whole-packs-for-a-unit-quantity': (f) => {
    const [k, u, pk] = [g(f, 'k'), g(f, 'n'), g(f, 'pk')]
    const packs = r(u, k)
    return money(
      r(ceilOf(packs) * B(pk)),
      r(floorOf(packs) * B(pk)),
      r(halfUpOf(mul(packs, r(pk)))),
      r(ceilOf(packs) * B(2 * pk)),
      r(B(u) * B(pk)),
      r((ceilOf(packs) + 1n) * B(pk)),
    )
  },
  'deposit-on-the-tax-inclusive-total': (f) => {
    const [x, t, d] = [r(g(f, 'g')), g(f, 't'), g(f, 'd')]
    const total = adj(x, t, 1)
    return money(
      adj(total, d, -1),
      sub(total, mul(x, rate(d))),
      adj(x, d, -1),
      mul(total, rate(d)),
      total,
      x,
      mul(x, rate(d)),
    )
  },
  'gift-card-is-payment-not-discount': (f) => {
    const [s, t, c] = [r(g(f, 's')), g(f, 't'), r(g(f, 'gc'))]
    return money(
      sub(adj(s, t, 1), c),
      adj(sub(s, c), t, 1),
      adj(s, t, 1),
      sub(s, c),
      s,
      mul(s, rate(t)),
    )
  },
  'per-unit-discount-on-a-line': (f) => {
    const [q, u, x] = [g(f, 'qn'), g(f, 'u'), g(f, 'x')]
    return money(r(q * (u - x)), r(q * u - x), r(q * u), r(q * u - 10 * x), adj(r(q * u), x, -1))
  },
}

const DISPATCH: Readonly<Record<string, Route>> = {
  'first-kilogram-then-each-further-kilogram-or-part': (f) => {
    const [b, a, kg10] = [g(f, 'b'), g(f, 'a'), g(f, 'kg10')]
    const extra = r(kg10 - 10, 10)
    return money(
      r(B(b) + ceilOf(extra) * B(a)),
      r(B(b) + floorOf(extra) * B(a)),
      r(B(b) + ceilOf(r(kg10, 10)) * B(a)),
      r(ceilOf(r(kg10, 10)) * B(a)),
      add(r(b), mul(extra, r(a))),
    )
  },
  'free-shipping-threshold-after-the-discount': (f) => {
    const [c, s, sh] = [g(f, 'c'), r(g(f, 's')), r(g(f, 'sh'))]
    return money(add(adj(s, c, -1), sh), adj(s, c, -1), add(s, sh), s, adj(add(s, sh), c, -1))
  },
  'list-price-to-add-for-free-shipping': (f) => {
    const [c, m, now] = [g(f, 'c'), g(f, 'm'), g(f, 'now')]
    const gap = r(m - now)
    return money(
      r(ceilOf(div(gap, r(10000 - c, 10000)))),
      gap,
      r(ceilOf(adj(gap, c, -1))),
      r(ceilOf(adj(gap, c, 1))),
      r(ceilOf(div(r(m), r(10000 - c, 10000)))),
      r(ceilOf(div(gap, r(c, 10000)))),
      r(ceilOf(sub(div(r(m), r(10000 - c, 10000)), r(now)))),
    )
  },
  'delivery-business-days-after-dispatch': (f) => {
    const [d, k, h] = [g(f, 'd'), g(f, 'k'), g(f, 'h')]
    return days(
      later(d, k, [h]),
      d + k,
      later(d, k, []),
      later(d, k - 1, [h]),
      d + k + 1,
      later(d, k - 1, []),
      later(d + k - 1, 1, []),
    )
  },
  'business-days-from-order-to-delivery': (f) => {
    const [a, b, h] = [g(f, 'a'), g(f, 'b'), g(f, 'h')]
    const span = (from: number, off: readonly number[]) =>
      Array.from({ length: b - from + 1 }, (_, i) => from + i).filter((x) => works(x, off)).length
    return counted('business days')(
      span(a + 1, [h]),
      b - a,
      span(a + 1, []),
      span(a, [h]),
      b - a - 1,
      span(a + 1, [h]) - 1,
    )
  },
  'dispatch-deadline-in-business-days': (f) => {
    const [d, k, h] = [g(f, 'd'), g(f, 'k'), g(f, 'h')]
    return days(
      later(d, k, [h]),
      d + k,
      later(d, k, []),
      later(d, k - 1, [h]),
      later(d, k + 1, [h]),
      later(d, k - 1, []),
      later(d, k + 1, []),
      later(d + k - 1, 1, []),
    )
  },
  'weight-band-table-two-parcels': (f) => {
    const bands = [g(f, 'b1'), g(f, 'b2'), g(f, 'b3'), g(f, 'b4')]
    const limits = [1000, 2000, 5000, 10000]
    const band = (grams: number) => bands[limits.findIndex((l) => grams <= l)]!
    const lower = (grams: number) => bands[Math.max(0, limits.findIndex((l) => grams <= l) - 1)]!
    const upper = (grams: number) => bands[Math.min(3, limits.findIndex((l) => grams <= l) + 1)]!
    const [g1, g2] = [g(f, 'g1'), g(f, 'g2')]
    return money(
      r(band(g1) + band(g2)),
      r(band(g1 + g2)),
      r(2 * band(g1)),
      r(lower(g1) + lower(g2)),
      r(band(g1)),
      r(upper(g1) + upper(g2)),
      r(2 * band(g1 + g2)),
      r(band(g2)),
    )
  },
  'per-order-charge-plus-each-further-item': (f) => {
    const [b, p, k] = [g(f, 'b'), g(f, 'p'), g(f, 'n')]
    return money(r(b + (k - 1) * p), r(b + k * p), r(k * b), r(k * p), r(k * (b + p)))
  },
  'free-shipping-threshold-before-tax': (f) => {
    const [t, x, sh] = [g(f, 't'), r(g(f, 'g')), r(g(f, 'sh'))]
    return money(add(adj(x, t, 1), sh), adj(x, t, 1), add(x, sh), adj(add(x, sh), t, 1), x)
  },
  'fuel-surcharge-on-the-base-rate-only': (f) => {
    const [base, fu, res] = [r(g(f, 'base')), g(f, 'f'), r(g(f, 'res'))]
    return money(
      add(adj(base, fu, 1), res),
      adj(add(base, res), fu, 1),
      add(base, res),
      adj(base, fu, 1),
      add(mul(base, rate(fu)), res),
    )
  },
  'order-shipping-allocated-by-weight': (f) => {
    const [sh, g1, g2, g3, v1, v2, v3] = ['sh', 'g1', 'g2', 'g3', 'v1', 'v2', 'v3'].map((k) =>
      g(f, k),
    ) as number[] as [number, number, number, number, number, number, number]
    const all = g1 + g2 + g3
    return money(
      r(sh * g1, all),
      r(sh * v1, v1 + v2 + v3),
      r(sh, 3),
      r(sh * g1, g2 + g3),
      r(sh * (g2 + g3), all),
    )
  },
  'zone-rate-per-started-kilogram': (f) => {
    const rows = [
      [g(f, 'a0'), g(f, 'a1')],
      [g(f, 'b0'), g(f, 'b1')],
      [g(f, 'c0'), g(f, 'c1')],
    ] as const
    const [z, kg10] = [g(f, 'z'), g(f, 'kg10')]
    const [base, per] = rows[z]!
    const up = ceilOf(r(kg10, 10))
    const [ob, op] = rows[(z + 1) % 3]!
    return money(
      r(B(base) + up * B(per)),
      r(B(base) + floorOf(r(kg10, 10)) * B(per)),
      r(B(ob) + up * B(op)),
      r(up * B(per)),
      add(r(base), mul(r(kg10, 10), r(per))),
    )
  },
  'gift-cards-do-not-count-toward-free-shipping': (f) => {
    const [e, c, sh] = [g(f, 'e'), g(f, 'gc'), g(f, 'sh')]
    return money(r(e + c + sh), r(e + c), r(e + sh), r(e), r(e + sh - c))
  },
  'parcels-by-maximum-weight-plus-handling': (f) => {
    const [mx, p, hd, kg] = [g(f, 'mx'), g(f, 'p'), g(f, 'hd'), g(f, 'kg')]
    const parcels = ceilOf(r(kg, mx))
    return money(
      r(parcels * B(p) + B(hd)),
      r(floorOf(r(kg, mx)) * B(p) + B(hd)),
      add(mul(r(kg, mx), r(p)), r(hd)),
      r(parcels * B(p)),
      r(parcels * B(p + hd)),
    )
  },
  'per-started-kilogram-with-a-minimum-charge': (f) => {
    const [a, kg10, least] = [g(f, 'a'), g(f, 'kg10'), g(f, 'least')]
    const whole = ceilOf(r(kg10, 10))
    if (whole * B(a) <= B(least)) throw new Error('the minimum binds')
    return money(
      r(whole * B(a)),
      r(floorOf(r(kg10, 10)) * B(a)),
      r(kg10 * a, 10),
      r(B(least) + whole * B(a)),
      r(least),
      r((whole + 1n) * B(a)),
    )
  },
  'shipping-band-by-order-value-after-the-coupon': (f) => {
    const [x, y, c, s] = [g(f, 'x'), g(f, 'y'), g(f, 'c'), g(f, 's')]
    const net = adj(r(s), c, -1)
    if (s < 10000 || halfUpOf(net) >= 10000n || halfUpOf(net) < 5000n)
      throw new Error('not in the middle band')
    return money(add(net, r(y)), net, r(s + y), add(net, r(x)), adj(r(s + y), c, -1), r(s))
  },
}

const units = counted('units')
const STOCK: Readonly<Record<string, Route>> = {
  'available-to-promise-less-reserved-and-safety': (f) => {
    const [h, rs, sf] = [g(f, 'h'), g(f, 'r'), g(f, 'sf')]
    return units(h - rs - sf, h - rs, h - sf, h, h - rs + sf)
  },
  'available-to-promise-with-incoming-and-backorders': (f) => {
    const [h, rs, i, b] = [g(f, 'h'), g(f, 'r'), g(f, 'i'), g(f, 'b')]
    return units(
      h - rs + i - b,
      h - rs - b,
      h - rs + i,
      h + i - b,
      h - rs + i + b,
      i - b,
      h - rs + i - 2 * b,
    )
  },
  'pro-rata-share-rounded-down': (f) => {
    const [s, q1, q2, q3] = [g(f, 'n'), g(f, 'q1'), g(f, 'q2'), g(f, 'q3')]
    const share = floorOf(r(s * q1, q1 + q2 + q3))
    return units(
      share,
      floorOf(r(s, 3)),
      Math.min(q1, s),
      floorOf(r(s * q1, q2 + q3)),
      B(q1) - share,
    )
  },
  'priority-customer-served-first': (f) => {
    const [s, q1, q2, q3] = [g(f, 'n'), g(f, 'q1'), g(f, 'q2'), g(f, 'q3')]
    const left = s - q2
    return units(
      Math.min(q1, left),
      Math.min(q1, s),
      floorOf(r(s * q1, q1 + q2 + q3)),
      q1 - left,
      floorOf(r(left * q1, q1 + q3)),
    )
  },
  'backorder-after-reserved-stock': (f) => {
    const [h, rs, q] = [g(f, 'h'), g(f, 'r'), g(f, 'q')]
    const free = h - rs
    return units(q - free, q - h, free, q - rs, q)
  },
  'charge-only-what-ships-in-a-partial-shipment': (f) => {
    const [q1, u1, q2, u2, s2] = [g(f, 'q1'), g(f, 'u1'), g(f, 'q2'), g(f, 'u2'), g(f, 's2')]
    const [first, ship] = [q1 * u1, g(f, 'sh')]
    return money(
      r(first + s2 * u2 + ship),
      r(first + q2 * u2 + ship),
      r(first + ship),
      r(first + (q2 - s2) * u2 + ship),
      r(s2 * u2 + ship),
      r(first + s2 * u2),
      r(first + s2 * u2 + 2 * ship),
    )
  },
  'stock-after-a-day-of-movements': (f) => {
    const [h, sh, rg, rd, rc] = [g(f, 'h'), g(f, 'sh'), g(f, 'rg'), g(f, 'rd'), g(f, 'rc')]
    return units(
      h - sh + rg + rc,
      h - sh + rg + rd + rc,
      h - sh - rg + rc,
      h - sh + rg,
      h - sh + rg - rd + rc,
    )
  },
  'bundles-from-component-stock': (f) => {
    const [a, b, c] = [g(f, 'a'), g(f, 'b'), g(f, 'c')]
    const [byA, byC] = [Math.trunc(a / 2), Math.trunc(c / 3)]
    return counted('bundles')(
      Math.min(byA, b, byC),
      Math.trunc((a + b + c) / 6),
      b,
      byA,
      Math.trunc(c / 2),
      Math.trunc(c / 6),
      Math.min(Math.trunc(a / 3), b, Math.trunc(c / 2)),
    )
  },
  'stock-held-back-for-the-marketplace': (f) => {
    const [h, p, o] = [g(f, 'h'), g(f, 'p'), g(f, 'o')]
    const held = floorOf(r(h * p, 10000))
    return units(
      B(h - o) - held,
      h - o,
      B(h) - held,
      B(h - o) - ceilOf(r(h * p, 10000)),
      B(h - o) - floorOf(r((h - o) * p, 10000)),
    )
  },
  'units-to-pick-for-paid-orders': (f) => {
    const q = [0, 1, 2, 3, 4].map((i) => g(f, `q${i}`))
    const [q0, q1, q2, q3, q4] = q as [number, number, number, number, number]
    const paid = q0 + q2 + q4
    return units(paid, q0 + q1 + q2 + q3 + q4, paid + q1, paid + q3, q0, paid - q4)
  },
  'pre-orders-open-against-an-incoming-delivery': (f) => {
    const [i, b, p] = [g(f, 'i'), g(f, 'b'), g(f, 'p')]
    const buf = floorOf(r(i * b, 10000))
    return units(
      B(i - p) - buf,
      i - p,
      B(i) - buf,
      B(i + p) - buf,
      floorOf(mul(r(i - p), r(10000 - b, 10000))),
    )
  },
  'balance-owed-on-backordered-units-with-tax': (f) => {
    const [q, u, t, s] = [g(f, 'qn'), g(f, 'u'), g(f, 't'), g(f, 's')]
    const owed = r((q - s) * u)
    return money(
      adj(owed, t, 1),
      owed,
      adj(r(s * u), t, 1),
      adj(r(q * u), t, 1),
      add(owed, mul(r(q * u), rate(t))),
    )
  },
  'line-fill-rate': (f) => {
    const [o, c, uo, us] = [g(f, 'ordered'), g(f, 'complete'), g(f, 'unitsOrd'), g(f, 'unitsShip')]
    return pcs(r(c, o), r(us, uo), r(o - c, o), r(c, uo), r(uo - us, uo))
  },
  'split-shipment-from-two-warehouses': (f) => {
    const [s1, s2] = [g(f, 's1'), g(f, 's2')]
    if (g(f, 'q') <= g(f, 'x')) throw new Error('the nearer warehouse could fill it alone')
    return money(r(s1 + s2), r(s1), r(s2), r(2 * s1), r(2 * s2))
  },
  'days-of-cover-for-backorder-promise': (f) => {
    const [d, h, rs] = [g(f, 'd'), g(f, 'h'), g(f, 'r')]
    const cover = floorOf(r(h - rs, d))
    return counted('days')(
      cover,
      floorOf(r(h, d)),
      cover + 1n,
      floorOf(r(h + rs, d)),
      ceilOf(r(h, d)),
      halfUpOf(r(h, d)),
      floorOf(r(rs, d)),
    )
  },
  'allocated-by-order-date-not-by-list-order': (f) => {
    const [s, q1, q2, q3] = [g(f, 'n'), g(f, 'q1'), g(f, 'q2'), g(f, 'q3')]
    const left = s - q2 - q3
    return units(
      left,
      Math.min(q1, s),
      floorOf(r(s * q1, q1 + q2 + q3)),
      q1 - left,
      Math.min(q1, Math.trunc(s / 3)),
    )
  },
}

const REFUNDS: Readonly<Record<string, Route>> = {
  'refund-with-the-order-coupon-prorated-by-price': (f) => {
    const [a, b, c, cp, t] = [g(f, 'a'), g(f, 'b'), g(f, 'c'), g(f, 'f'), g(f, 't')]
    const share = sub(r(b), r(cp * b, a + b + c))
    return money(
      adj(share, t, 1),
      adj(r(b), t, 1),
      adj(r(b - cp), t, 1),
      adj(sub(r(b), r(cp, 3)), t, 1),
      share,
    )
  },
  'restocking-fee-on-the-pre-tax-price': (f) => {
    const [p, t, fee] = [r(g(f, 'p')), g(f, 't'), g(f, 'r')]
    return money(
      sub(adj(p, t, 1), mul(p, rate(fee))),
      adj(adj(p, t, 1), fee, -1),
      adj(p, t, 1),
      adj(p, fee, -1),
      mul(p, rate(fee)),
    )
  },
  'capture-only-what-ships': (f) => {
    const [a, b, c, sh, t] = [g(f, 'a'), g(f, 'b'), g(f, 'c'), r(g(f, 'sh')), g(f, 't')]
    const auth = add(adj(r(a + b + c), t, 1), sh)
    return money(
      add(adj(r(a + b), t, 1), sh),
      auth,
      adj(r(a + b), t, 1),
      add(r(a + b), sh),
      sub(auth, r(c)),
    )
  },
  'payment-fees-kept-on-a-full-refund': (f) => {
    const [tot, p, fx] = [r(g(f, 'tot')), g(f, 'p'), g(f, 'f')]
    const fee = add(mul(tot, rate(p)), r(fx))
    return money(
      fee,
      mul(tot, rate(p)),
      r(fx),
      mul(fee, r(2)),
      mul(tot, rate(p + fx)),
      add(tot, fee),
    )
  },
  'last-day-of-the-return-window': (f) => {
    const [o, d, k] = [g(f, 'o'), g(f, 'd'), g(f, 'k')]
    return days(d + k, d + k - 1, o + k, o + k - 1, d + k + 1, later(d, k, []), later(d, k - 1, []))
  },
  'store-credit-bonus-after-restocking-fee': (f) => {
    const [p, fee, bn] = [r(g(f, 'p')), g(f, 'r'), g(f, 'bn')]
    const cash = adj(p, fee, -1)
    return money(adj(cash, bn, 1), adj(p, bn, 1), adj(p, fee - bn, -1), cash, adj(cash, bn, -1))
  },
  'return-label-deducted-shipping-kept': (f) => {
    const [x, t, sh, l] = [g(f, 'g'), g(f, 't'), r(g(f, 'sh')), r(g(f, 'l'))]
    const back = sub(adj(r(x), t, 1), l)
    return money(
      back,
      add(back, sh),
      adj(r(x), t, 1),
      sub(r(x), l),
      adj(sub(r(x), l), t, 1),
      add(adj(r(x), t, 1), sh),
    )
  },
  'exchange-for-a-dearer-item': (f) => {
    const [old, nw, t] = [g(f, 'old'), g(f, 'nw'), g(f, 't')]
    return money(
      adj(r(nw - old), t, 1),
      r(nw - old),
      sub(adj(r(nw), t, 1), r(old)),
      adj(r(nw), t, 1),
      mul(r(nw - old), rate(t)),
    )
  },
  'returning-the-full-price-item-of-a-half-price-pair': (f) => {
    const [hi, lo] = [g(f, 'hi'), g(f, 'lo')]
    return money(r(2 * hi - lo, 2), r(hi), r(hi, 2), r(hi - lo), r(3 * hi, 4), r(2 * hi + lo, 2))
  },
  'refund-under-a-percentage-order-coupon': (f) => {
    const [b, c, t] = [r(g(f, 'b')), g(f, 'c'), g(f, 't')]
    return money(
      adj(adj(b, c, -1), t, 1),
      adj(b, t, 1),
      adj(b, c, -1),
      sub(adj(b, t, 1), mul(b, rate(c))),
      mul(adj(b, c, -1), rate(t)),
    )
  },
  'refund-to-the-card-first-then-store-credit': (f) => {
    const [card, gift, rf] = [g(f, 'card'), g(f, 'gift'), g(f, 'rf')]
    return money(r(rf - card), r(rf * gift, card + gift), r(gift), r(card), r(rf - gift), r(rf))
  },
  'capture-after-a-cancelled-line-with-tax': (f) => {
    const [q, u, t, x] = [g(f, 'qn'), g(f, 'u'), g(f, 't'), g(f, 'x')]
    return money(
      adj(r((q - x) * u), t, 1),
      sub(adj(r(q * u), t, 1), r(x * u)),
      adj(r(q * u), t, 1),
      r((q - x) * u),
      adj(r(x * u), t, 1),
    )
  },
  'marketplace-refund-keeps-an-admin-fee': (f) => {
    const [p, k] = [g(f, 'p'), g(f, 'k')]
    const comm = r(p * k, 10000)
    const fifth = mul(comm, r(1, 5))
    const admin = fifth[0] <= 500n * fifth[1] ? fifth : r(500)
    const kept = sub(r(p), comm)
    return money(
      add(kept, admin),
      r(p),
      kept,
      add(kept, fifth),
      add(r(p), admin),
      sub(comm, admin),
      sub(kept, admin),
    )
  },
  'points-clawed-back-on-a-return': (f) => {
    const [b, c, per] = [g(f, 'b'), g(f, 'c'), g(f, 'rate')]
    const spent = mul(r(b, 100), r(10000 - c, 10000))
    return counted('points')(
      floorOf(spent) * B(per),
      B(Math.trunc(b / 100) * per),
      halfUpOf(spent) * B(per),
      floorOf(spent),
      floorOf(mul(r(b, 100), rate(c))) * B(per),
      ceilOf(spent) * B(per),
      floorOf(mul(r(b, 100), r(10000 - 2 * c, 10000))) * B(per),
    )
  },
  'chargeback-loss-with-fee-and-goods': (f) => {
    const [d, fee] = [g(f, 'd'), g(f, 'fee')]
    return money(r(d + fee), r(d), r(fee), r(2 * d + fee), r(2 * d), r(d - fee), r(d + 2 * fee))
  },
  'authorisation-hold-released-after-capture': (f) => {
    const [gd, se, b, sa] = [g(f, 'gd'), g(f, 'se'), g(f, 'b'), g(f, 'sa')]
    const hold = adj(r(gd + se), b, 1)
    return money(
      sub(hold, r(gd + sa)),
      sub(hold, r(gd + se)),
      sub(hold, r(gd)),
      r(gd + sa),
      sub(add(adj(r(gd), b, 1), r(se)), r(gd + sa)),
      sub(add(r(gd), adj(r(se), b, 1)), r(gd + sa)),
    )
  },
}

const RECORDS: Readonly<Record<string, Route>> = {
  'payout-after-commission-fees-and-refunds': (f) => {
    const [gross, k, cnt, fx, rf] = [g(f, 'g'), g(f, 'k'), g(f, 'n'), g(f, 'f'), g(f, 'rf')]
    const comm = mul(r(gross), rate(k))
    return money(
      sub(r(gross - cnt * fx - rf), comm),
      sub(r(gross - fx - rf), comm),
      sub(r(gross - cnt * fx), comm),
      sub(r(gross - cnt * fx - rf), mul(r(gross - rf), rate(k))),
      sub(r(gross - rf), comm),
    )
  },
  'commission-on-item-price-and-shipping': (f) => {
    const [p, sh, k] = [g(f, 'p'), g(f, 'sh'), g(f, 'k')]
    return money(
      adj(r(p + sh), k, -1),
      add(adj(r(p), k, -1), r(sh)),
      mul(r(p + sh), rate(k)),
      adj(r(p), k, -1),
      r(p + sh),
    )
  },
  'missing-invoice-numbers-in-a-range': (f) => {
    const [a, b, m] = [g(f, 'a'), g(f, 'b'), g(f, 'm')]
    const run = b - a + 1
    return counted('invoices')(run - m, run - 1 - m, run, run + 1 - m, run - 2 - m, m)
  },
  'unique-orders-after-duplicates': (f) => {
    const [rows, p2, p3] = [g(f, 'n'), g(f, 'pairs'), g(f, 'triples')]
    const o = counted('orders')
    return o(
      rows - p2 - 2 * p3,
      rows - 2 * p2 - 3 * p3,
      rows - p2 - p3,
      rows,
      rows - p2,
      rows - 2 * p2 - 2 * p3,
      rows - p2 - 3 * p3,
    )
  },
  'orders-awaiting-dispatch-from-status-counts': (f) => {
    const [pend, paid, hold, picked] = [g(f, 'pending'), g(f, 'paid'), g(f, 'hold'), g(f, 'picked')]
    const o = counted('orders')
    return o(paid + picked, paid + picked + hold, paid + picked + pend, paid, paid + picked - hold)
  },
  'net-sales-excluding-tax-and-refunds': (f) => {
    const [gross, t, d, rf] = [g(f, 'g'), g(f, 't'), g(f, 'd'), g(f, 'rf')]
    const ex = (x: number) => div(r(x), r(10000 + t, 10000))
    return money(
      ex(gross - d - rf),
      r(gross - d - rf),
      adj(r(gross - d - rf), t, -1),
      ex(gross - d),
      sub(ex(gross), r(d + rf)),
      sub(ex(gross - d), r(rf)),
    )
  },
  'average-order-value-excluding-cancelled': (f) => {
    const [cnt, c, rev, can, t] = [g(f, 'n'), g(f, 'c'), g(f, 'rev'), g(f, 'can'), g(f, 't')]
    const aov = r(rev - can, cnt - c)
    return money(aov, r(rev, cnt), r(rev - can, cnt), r(rev, cnt - c), adj(aov, t, 1))
  },
  'payout-with-a-rolling-reserve': (f) => {
    const [s, k, rs, rel] = [g(f, 's'), g(f, 'k'), g(f, 'r'), g(f, 'rel')]
    const net = adj(r(s), k, -1)
    const held = mul(r(s), rate(rs))
    return money(
      add(sub(net, held), r(rel)),
      sub(net, held),
      add(sub(net, mul(net, rate(rs))), r(rel)),
      add(net, r(rel)),
      sub(sub(net, held), r(rel)),
    )
  },
  'processor-fees-on-a-batch-of-orders': (f) => {
    const [cnt, tot, p, fx] = [g(f, 'n'), g(f, 'tot'), g(f, 'p'), g(f, 'f')]
    const pctFee = mul(r(tot), rate(p))
    const fees = add(pctFee, r(cnt * fx))
    return money(
      fees,
      add(pctFee, r(fx)),
      pctFee,
      r(cnt * fx),
      sub(r(tot), fees),
      add(mul(r(tot + cnt * fx), rate(p)), r(cnt * fx)),
    )
  },
  'tiered-commission-on-one-sale': (f) => {
    const [hi, lo, cut, p] = [g(f, 'hi'), g(f, 'lo'), g(f, 'cut'), g(f, 'p')]
    return money(
      add(mul(r(cut), rate(hi)), mul(r(p - cut), rate(lo))),
      mul(r(p), rate(hi)),
      mul(r(p), rate(lo)),
      add(mul(r(cut), rate(lo)), mul(r(p - cut), rate(hi))),
      mul(r(cut), rate(hi)),
    )
  },
  'payout-converted-less-a-conversion-fee': (f) => {
    const [e, fx, fee] = [g(f, 'e'), g(f, 'rate'), g(f, 'f')]
    const usdAmount = r(e * fx, 1000)
    return money(
      adj(usdAmount, fee, -1),
      adj(r(e * 1000, fx), fee, -1),
      usdAmount,
      sub(usdAmount, mul(r(e), rate(fee))),
      mul(usdAmount, rate(fee)),
      r(e * 1000, fx),
    )
  },
  'units-sold-net-of-returns': (f) => {
    const [o, c, rt, x] = [g(f, 'ord'), g(f, 'can'), g(f, 'ret'), g(f, 'exch')]
    return units(o - c - rt, o - c - rt - x, o - rt, o - c, o - c - rt + x)
  },
  'refund-rate-by-orders': (f) => {
    const [placed, cnt, rf, rv, tv] = ['placed', 'n', 'r', 'rv', 'tv'].map((k) => g(f, k)) as [
      number,
      number,
      number,
      number,
      number,
    ]
    return pcs(r(rf, cnt), r(rv, tv), r(rf, placed), r(rf, cnt - rf), r(cnt - rf, cnt))
  },
  'sales-tax-to-remit-after-refunds': (f) => {
    const [coll, refd, mf] = [g(f, 'coll'), g(f, 'refd'), g(f, 'mf')]
    return money(r(coll - refd), r(coll), r(coll - refd + mf), r(coll + refd), r(coll + mf))
  },
  'transitions-a-workflow-does-not-allow': (f) => {
    const [c, d, e] = [g(f, 'c'), g(f, 'd'), g(f, 'e')]
    return counted('changes')(c + d, c, d, c + d + e, d + e, g(f, 'b') + c + d + e, c + e)
  },
  'orders-in-an-export-date-range': (f) => {
    const [, tue, wed, thu, fri] = ['mon', 'tue', 'wed', 'thu', 'fri'].map((k) => g(f, k)) as [
      number,
      number,
      number,
      number,
      number,
    ]
    return counted('orders')(
      tue + wed + thu,
      tue + wed,
      wed + thu,
      wed,
      tue + wed + thu + fri,
      g(f, 'mon') + tue + wed + thu,
      g(f, 'mon') + tue + wed + thu + fri,
    )
  },
}

const SECOND: Readonly<Record<string, Route>> = {
  ...TOTALS,
  ...DISPATCH,
  ...STOCK,
  ...REFUNDS,
  ...RECORDS,
}

describeEngineIndependent('order processing scenarios', () => {
  scenarioKeyChecks({
    families: FAMILIES,
    drawn: DRAWN,
    draws: DRAWS,
    atLeast: 75,
    second: SECOND,
    route: 'BigInt cents and rationals and a second calendar of March 2027',
    digest: (text) => text,
    models: OPR_MODELS,
    engines,
  })
})
