import { figuresOf } from './drawn-figures.js'
import {
  add,
  at2,
  C,
  ceilR,
  dates,
  div,
  floorR,
  mul,
  onWeekdays,
  pct1,
  type R,
  type Route,
  r,
  up,
} from './online-store-administration-second-working.js'

/** The stem's weight bands read again: cents for a parcel of `g` grams. */
function band(g: number): number {
  if (g > 5000) throw new Error(`a parcel of ${g} g is over the table`)
  if (g > 2000) return 1195
  if (g > 1000) return 795
  if (g > 500) return 595
  return 395
}
/** Kilograms rounded up to the next half kilogram. */
const halfKg = (kg: R): R => div(ceilR(mul(kg, r(2))), r(2))
const each = (n: number, cents: number): R => C(n * cents)

/** Orders and fulfilment worked again from each draw's weights, rates, days and stated rules. */
export const ORDERS_ROUTES: Readonly<Record<string, Route>> = {
  'shipping-charge-from-a-weight-band-table-with-a-zone-surcharge': (f) => {
    const [k, w, p, x] = figuresOf(f, 'k', 'w', 'p', 'x')
    const parcel = band(k * w + p)
    const bare = band(k * w)
    return at2(
      C(parcel + x),
      C(bare + x),
      C(parcel),
      C(parcel + k * x),
      C(bare),
      C(band(k * (w + p)) + x),
    )
  },
  'dimensional-weight-charge-by-a-stated-divisor': (f) => {
    const [l, wd, h, a, b, rate] = figuresOf(f, 'l', 'wd', 'h', 'a', 'b', 'rate')
    const dim = r(l * wd * h, 5000)
    const actual = r(a + b, 1000)
    const bill = (kg: R) => mul(kg, C(rate))
    return at2(
      bill(halfKg(dim)),
      bill(halfKg(actual)),
      bill(dim),
      bill(ceilR(dim)),
      bill(halfKg(r(l * wd * h, 6000))),
      bill(halfKg(add(dim, actual))),
    )
  },
  'order-total-when-a-code-drops-it-below-free-shipping': (f) => {
    const [, x, s, cart] = figuresOf(f, 'tt', 'x', 's', 'sub0')
    const paid = mul(C(cart), r(100 - x, 100))
    return at2(
      add(paid, C(s)),
      paid,
      C(cart + s),
      C(cart),
      add(C(cart), mul(C(s), r(100 - x, 100))),
    )
  },
  'dispatch-date-after-a-cut-off-across-a-weekend': (f) => {
    const [day, hour, h] = figuresOf(f, 'day', 'hour', 'h')
    const isIn = hour >= 14 ? onWeekdays(day, 1) : day
    const key = onWeekdays(isIn, h)
    return dates(
      key,
      isIn + h,
      onWeekdays(isIn, h - 1),
      onWeekdays(day, h),
      onWeekdays(isIn, h, [], true),
      day + h,
      onWeekdays(onWeekdays(day, 1), h),
    )
  },
  'charge-captured-for-the-lines-shipped-first': (f) => {
    const [a, b, c, x, s] = figuresOf(f, 'a', 'b', 'c', 'x', 's')
    const lines = mul(C(a + b), r(100 - x, 100))
    return at2(
      add(lines, C(s)),
      C(a + b + s),
      lines,
      add(mul(C(a + b + c), r(100 - x, 100)), C(s)),
      add(lines, mul(C(s), r(2, 3))),
      add(lines, mul(C(s), r(a + b, a + b + c))),
      mul(C(a + b + s), r(100 - x, 100)),
    )
  },
  'carrier-charge-with-a-fuel-surcharge-and-a-flat-fee': (f) => {
    const [g, rate, fu, res] = figuresOf(f, 'g', 'r', 'f', 'res')
    const weight = C(Math.ceil(g / 1000) * rate)
    return at2(
      add(up(weight, fu), C(res)),
      up(add(weight, C(res)), fu),
      add(weight, C(res)),
      add(up(mul(r(g, 1000), C(rate)), fu), C(res)),
      up(weight, fu),
    )
  },
  'third-party-warehouse-invoice-for-a-month': (f) => {
    const [o, u, a, b, c, pl, st] = figuresOf(f, 'o', 'u', 'a', 'b', 'c', 'pl', 'st')
    const orders = each(o, a)
    const extra = each(u - o, b)
    const pack = each(o, c)
    const store = each(pl, st)
    return at2(
      add(orders, extra, pack, store),
      add(orders, each(u, b), pack, store),
      add(orders, pack, store),
      add(orders, extra, store),
      add(orders, extra, pack),
    )
  },
  'shipping-profile-charge-for-first-and-additional-items': (f) => {
    const [a1, a2, b1, b2, q1, q2] = figuresOf(f, 'a1', 'a2', 'b1', 'b2', 'q1', 'q2')
    return at2(
      add(C(a1), each(q1 - 1, b1), each(q2, b2)),
      add(C(a1), each(q1 - 1, b1), C(a2), each(q2 - 1, b2)),
      add(each(q1, a1), each(q2, a2)),
      add(each(q1, b1), each(q2, b2)),
      add(C(a1), each(q1 + q2 - 1, b1)),
      add(C(a2), each(q1, b1), each(q2 - 1, b2)),
    )
  },
  'extra-insurance-charged-per-hundred-or-part': (f) => {
    const [cover, v, c] = figuresOf(f, 'cover', 'v', 'c')
    const above = r(v - cover * 100, 10000)
    const whole = r(v, 10000)
    return at2(
      mul(ceilR(above), C(c)),
      mul(ceilR(whole), C(c)),
      mul(above, C(c)),
      mul(floorR(whole), C(c)),
      mul(whole, C(c)),
    )
  },
  'import-charges-for-a-delivered-duty-paid-order': (f) => {
    const [g, s, d, v, fee] = figuresOf(f, 'g', 's', 'd', 'v', 'fee')
    const value = C(g + s)
    const duty = mul(value, r(d, 100))
    const vat = mul(add(value, duty), r(v, 100))
    const feeGross = up(C(fee), v)
    const goodsDuty = mul(C(g), r(d, 100))
    return at2(
      add(duty, vat, feeGross),
      add(duty, mul(value, r(v, 100)), feeGross),
      add(duty, vat, C(fee)),
      add(duty, vat),
      add(goodsDuty, mul(add(C(g), goodsDuty), r(v, 100)), feeGross),
      add(duty, vat, up(C(fee), v + d)),
    )
  },
  'on-time-dispatch-rate-excluding-cancelled-orders': (f) => {
    const [x, c, l] = figuresOf(f, 'x', 'c', 'l')
    return pct1(r(x - c - l, x - c), r(x - c - l, x), r(x - l, x), r(x - l, x - c), r(l, x - c))
  },
  'delivery-date-with-working-day-transit-over-a-holiday': (f) => {
    const [day, t, hol] = figuresOf(f, 'day', 't', 'hol')
    return dates(
      onWeekdays(day, t, [hol]),
      onWeekdays(day, t),
      day + t,
      onWeekdays(day, t - 1),
      onWeekdays(day, t + 1, [hol]),
      onWeekdays(day, t, [hol], true),
    )
  },
  'per-kilogram-rate-after-the-first-with-parts-rounded-up': (f) => {
    const [a, b, it, p] = figuresOf(f, 'a', 'b', 'it', 'p')
    const g = it + p
    const extra = (kg: number) => add(C(a), each(kg - 1, b))
    return at2(
      extra(Math.ceil(g / 1000)),
      extra(Math.ceil(g / 1000) + 1),
      add(C(a), mul(r(g - 1000, 1000), C(b))),
      extra(Math.ceil(it / 1000)),
      extra(Math.floor(g / 1000)),
      C(Math.ceil(g / 1000) * a),
      extra(Math.ceil(it / 1000) + Math.ceil(p / 1000)),
    )
  },
  'average-postage-subsidy-per-order': (f) => {
    const [o, m, s, p] = figuresOf(f, 'o', 'm', 's', 'p')
    const absorbed = C(o * p - m * s)
    return at2(
      div(absorbed, r(o)),
      div(absorbed, r(m)),
      C(p),
      div(C((o - m) * p), r(o)),
      div(absorbed, r(o - m)),
    )
  },
  'carrier-adjustment-for-under-declared-weights': (f) => {
    const [k, d, w, rate, a] = figuresOf(f, 'k', 'd', 'w', 'r', 'a')
    const perKg = C(rate)
    const extra = mul(r(d, 1000), perKg)
    return at2(
      mul(r(k), add(extra, C(a))),
      mul(r(k), extra),
      add(extra, C(a)),
      mul(r(k), add(mul(r(w, 1000), perKg), C(a))),
      add(mul(r(k), extra), C(a)),
      mul(r(k), add(mul(ceilR(r(d, 1000)), perKg), C(a))),
    )
  },
}
