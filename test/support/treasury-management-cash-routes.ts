import {
  add,
  at2,
  div,
  mul,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/*
 * Cash positioning and pooling worked again from each draw: balances and fees in whole dollars or
 * cents, rates in basis points, interest as balance × rate × days ÷ the year's days.
 */

/** Interest on `x` at `bp` basis points for `days` of a `basis`-day year. */
const int = (x: R | number, bp: number, days: number, basis: number): R =>
  mul(typeof x === 'number' ? r(x) : x, r(bp * days, 10000 * basis))
/** Dollars as a rational. */
const d = (x: number): R => r(x)
/** A rate drawn in ten-thousandths. */
const q = (x: number): R => r(x, 10000)

/** Cash positioning and pooling worked again from each draw's balances, rates, days and fees. */
export const CASH_ROUTES: Readonly<Record<string, Route>> = {
  'daily-cash-position-surplus-to-invest': (f) => {
    const [L, F1, F2, Rw, Ac, D, W, T, D2] = figuresOf(
      f,
      'L',
      'F1',
      'F2',
      'Rw',
      'Ac',
      'D',
      'W',
      'T',
      'D2',
    )
    const avail = d(L - F2)
    const pos = (a: R, ...minus: number[]) =>
      sub(add(a, d(Rw + Ac)), d(minus.reduce((s, x) => s + x, 0)))
    return at2(
      pos(avail, D, W, T),
      pos(d(L), D, W, T),
      pos(avail, D, W),
      pos(avail, W, T),
      pos(avail, D, W, T, F1),
      sub(pos(avail, D, W, T), d(Ac)),
      pos(avail, D, W, T, D2),
    )
  },
  'borrowing-need-across-accounts-against-target-balances': (f) => {
    const [hL, fl, Th, b1, t1, o2, t2, P, P2] = figuresOf(
      f,
      'hL',
      'f',
      'Th',
      'b1',
      't1',
      'o2',
      't2',
      'P',
      'P2',
    )
    const ha = hL - fl
    const need = (targets: number, pay: number, have: number) => d(targets + pay - have)
    return at2(
      need(Th + t1 + t2, P, ha + b1 - o2),
      need(t1 + t2, P, ha + b1 - o2),
      need(Th + t1 + t2, P, hL + b1 - o2),
      need(Th, P, ha + b1 - o2),
      need(Th + t2, P, ha - o2),
      need(Th + t1 + t2, P + P2, ha + b1 - o2),
      need(Th + t1 + t2, P, b1 - o2),
    )
  },
  'zero-balancing-header-closing-balance': (f) => {
    const [H, P, P2, b1, R0, b2, o3, I3, T, b4] = figuresOf(
      f,
      'H',
      'P',
      'P2',
      'b1',
      'R',
      'b2',
      'o3',
      'I3',
      'T',
      'b4',
    )
    const close = (s1: number, s3: number, s4: number, out: number) =>
      d(H - out + s1 + b2 - s3 + s4)
    return at2(
      close(b1 - R0, o3, b4 - T, P),
      close(b1 - R0, 0, b4 - T, P),
      close(b1 - R0, o3, b4, P),
      close(b1, o3, b4 - T, P),
      close(b1 - R0, o3, 0, P),
      close(b1 - R0, o3, b4 - T, P + P2),
      close(b1 - R0, I3, b4 - T, P),
    )
  },
  'notional-pool-interest-advantage-on-a-net-credit-pool': (f) => {
    const [P1, P2, N3, base, m, cs, ds, D] = figuresOf(
      f,
      'P1',
      'P2',
      'N3',
      'base',
      'm',
      'cs',
      'ds',
      'D',
    )
    const pos = P1 + P2
    const alone = (cr: number, dr: number, y: number) => sub(int(pos, cr, D, y), int(N3, dr, D, y))
    const pool = (bal: number, rate: number, y: number) => int(bal, rate, D, y)
    return at2(
      sub(pool(pos - N3, base - m, 360), alone(cs, ds, 360)),
      sub(pool(pos - N3, base, 360), alone(cs, ds, 360)),
      pool(pos - N3, base - m, 360),
      sub(pool(pos + N3, base - m, 360), alone(cs, ds, 360)),
      sub(pool(pos - N3, base - m, 365), alone(cs, ds, 365)),
      sub(pool(pos - N3, base - m, 360), alone(cs, 0, 360)),
      sub(pool(pos - N3, base - m, 360), alone(cs, cs, 360)),
    )
  },
  'notional-pool-saving-on-a-net-debit-pool': (f) => {
    const [C1, N2, N3, base, m, cs, ds, D] = figuresOf(
      f,
      'C1',
      'N2',
      'N3',
      'base',
      'm',
      'cs',
      'ds',
      'D',
    )
    const neg = N2 + N3
    const alone = (y: number, credit = true) =>
      sub(int(neg, ds, D, y), credit ? int(C1, cs, D, y) : r(0))
    const pool = (bal: number, rate: number, y: number) => int(bal, rate, D, y)
    return at2(
      sub(alone(360), pool(neg - C1, base + m, 360)),
      sub(alone(360), pool(neg - C1, base, 360)),
      alone(360, false),
      sub(alone(360, false), pool(neg - C1, base + m, 360)),
      sub(alone(365), pool(neg - C1, base + m, 365)),
      sub(alone(360), pool(neg - C1, ds, 360)),
      sub(alone(360), pool(neg - C1, base + m + m, 360)),
    )
  },
  'notional-pool-interest-allocated-to-a-participant': (f) => {
    const [P1, P2, P3, N, base, m, cs, D] = figuresOf(
      f,
      'P1',
      'P2',
      'P3',
      'N',
      'base',
      'm',
      'cs',
      'D',
    )
    const pos = P1 + P2 + P3
    const part = (rate: number, y: number, over: number) =>
      div(mul(int(pos - N, rate, D, y), d(P1)), d(over))
    return at2(
      part(base - m, 360, pos),
      part(base - m, 360, pos - N),
      int(P1, base - m, D, 360),
      part(base, 360, pos),
      part(base - m, 365, pos),
      part(base - m, 360, pos + N),
      int(P1, cs, D, 360),
    )
  },
  'multilateral-netting-payment-of-a-net-payer': (f) => {
    const [e, g, p1, p2, r1, r2] = figuresOf(f, 'e', 'g', 'p1', 'p2', 'r1', 'r2')
    const E = q(e)
    const G = q(g)
    const owe = add(mul(d(p1), E), mul(d(p2), G))
    const owed = add(d(r1), mul(d(r2), E))
    return at2(
      sub(owe, owed),
      sub(owe, mul(d(r2), E)),
      sub(owe, d(r1)),
      owe,
      sub(add(div(d(p1), E), mul(d(p2), G)), add(d(r1), div(d(r2), E))),
      sub(add(mul(d(p1), E), mul(d(p2), E)), owed),
      sub(owe, add(d(r1), mul(d(r2), G))),
    )
  },
  'lockbox-net-annual-benefit': (f) => {
    const [V, m1, p1, a1, m2, i, c, N, Fm] = figuresOf(
      f,
      'V',
      'm1',
      'p1',
      'a1',
      'm2',
      'i',
      'c',
      'N',
      'Fm',
    )
    const now = m1 + p1 + a1
    const box = m2 + 0 + 1
    const val = (days: number) => mul(d(V * days), r(i, 10000))
    const cost = (bd: number, months: number) => add(r(c * N * bd, 100), d(Fm * months))
    return at2(
      sub(val(now - box), cost(250, 12)),
      val(now - box),
      sub(val(now), cost(250, 12)),
      sub(val(now - box), cost(250, 1)),
      sub(val(m1 + p1 - m2), cost(250, 12)),
      sub(val(now - box), cost(365, 12)),
      sub(val(m1 - m2), cost(250, 12)),
    )
  },
  'lockbox-break-even-daily-receipts': (f) => {
    const [m1, p1, a1, m2, i, c, N, Fm] = figuresOf(f, 'm1', 'p1', 'a1', 'm2', 'i', 'c', 'N', 'Fm')
    const now = m1 + p1 + a1
    const box = m2 + 1
    const cost = (bd: number, months: number, items = 1) =>
      add(r(c * N * bd * items, 100), d(Fm * months))
    const v = (x: R, days: number) => div(x, r(days * i, 10000))
    return at2(
      v(cost(250, 12), now - box),
      v(cost(250, 12), m1 + p1 - m2),
      v(cost(250, 12), m1 - m2),
      v(cost(365, 12), now - box),
      v(cost(250, 1), now - box),
      v(cost(250, 12), now),
      v(d(Fm * 12), now - box),
    )
  },
  'overnight-sweep-interest-over-a-holiday-week': (f) => {
    const [T, b0, b1, b2, b3, y, fee] = figuresOf(f, 'T', 'b0', 'b1', 'b2', 'b3', 'y', 'f')
    const [b4] = figuresOf(f, 'b4')
    const bal = [b0, b1, b2, b3, b4]
    const week = (less: number, rate: number, fri: number, y365: number) =>
      add(...bal.map((b, k) => int(b - less, rate, k === 4 ? fri : 1, y365)))
    return at2(
      week(T, y - fee, 4, 360),
      week(T, y, 4, 360),
      week(0, y - fee, 4, 360),
      sub(week(0, y - fee, 4, 360), int(T, y - fee, 1, 360)),
      week(T, y - fee, 3, 360),
      week(T, y - fee, 1, 360),
      week(T, y - fee, 4, 365),
    )
  },
  'concentration-wire-versus-ach-break-even-deposit': (f) => {
    const [wo, wi, a, i, o] = figuresOf(f, 'wo', 'wi', 'a', 'i', 'o')
    // The wire pays when a day's interest on the deposit over the lost nights exceeds the fee gap.
    const x = (cents: number, bp: number, nights: number, y: number) =>
      div(r(cents, 100), int(1, bp, nights, y))
    return at2(
      x(wo + wi - a, i, 4, 360),
      x(wo + wi - a, i, 4, 365),
      x(wo + wi - a, i, 3, 360),
      x(wo + wi, i, 4, 360),
      x(wo + wi - a, o, 4, 360),
      x(wo + wi - a, i, 5, 360),
      x(wo - a, i, 4, 360),
    )
  },
  'netting-annual-transfer-cost-saved': (f) => {
    const [k, m, p, j, w, F] = figuresOf(f, 'k', 'm', 'p', 'j', 'w', 'F')
    const year = (payments: number, fees: number) => d(12 * (m - payments) * w - fees)
    return at2(
      year(k, 12 * F),
      year(j, 12 * F),
      year(k, 0),
      year(k, F),
      year(p, 12 * F),
      year(2 * k, 12 * F),
      year(k, 12 * k * F),
    )
  },
  'multilateral-netting-receipt-of-a-net-receiver': (f) => {
    const [e, g, a, b, c, dd] = figuresOf(f, 'e', 'g', 'a', 'b', 'c', 'd')
    const E = q(e)
    const G = q(g)
    const usdToEur = (x: number) => div(d(x), E)
    const receipt = (gbp: R, cc: number, ddd: number) =>
      sub(add(usdToEur(a), gbp), add(d(cc), usdToEur(ddd)))
    return at2(
      receipt(div(mul(d(b), G), E), c, dd),
      receipt(div(mul(d(b), G), E), 0, dd),
      receipt(div(mul(d(b), G), E), c, 0),
      receipt(mul(d(b), G), c, dd),
      receipt(div(mul(d(b), E), G), c, dd),
      receipt(d(b), c, dd),
      receipt(r(0), c, dd),
    )
  },
  'controlled-disbursement-float-net-annual-value': (f) => {
    const [D, c1, c2, i, ec, f0, fc, N, Fm] = figuresOf(
      f,
      'D',
      'c1',
      'c2',
      'i',
      'ec',
      'f0',
      'f',
      'N',
      'Fm',
    )
    const val = (days: number, bp: number) => mul(d(D * days), r(bp, 10000))
    const cost = (cents: number, bd: number, months: number) =>
      add(r(cents * N * bd, 100), d(Fm * months))
    return at2(
      sub(val(c2 - c1, i), cost(fc - f0, 250, 12)),
      val(c2 - c1, i),
      sub(val(c2, i), cost(fc - f0, 250, 12)),
      sub(val(c2 - c1, i), cost(fc - f0, 250, 1)),
      sub(val(c2 - c1, i), cost(fc, 250, 12)),
      sub(val(c2 - c1, i), cost(fc - f0, 365, 12)),
      sub(val(c2 - c1, ec), cost(fc - f0, 250, 12)),
    )
  },
  'remote-deposit-capture-net-annual-benefit': (f) => {
    const [Lc, V, c, i, K, S, e, N] = figuresOf(f, 'Lc', 'V', 'c', 'i', 'K', 'S', 'e', 'N')
    const year = (days: number, couriers: number, leases: number, itemDays: number) =>
      sub(
        add(mul(d(V * days), r(i, 10000)), d(12 * K * couriers)),
        add(d(12 * S * leases), r(e * N * itemDays, 100)),
      )
    return at2(
      year(c, Lc, Lc, 250),
      year(c, Lc, Lc, 0),
      year(c, Lc, 1, 250),
      year(c + 1, Lc, Lc, 250),
      year(c, 0, Lc, 250),
      year(c, Lc, Lc, 365),
      year(c, 1, Lc, 250),
    )
  },
  'zero-balancing-intercompany-interest-of-a-lending-participant': (f) => {
    const [P1, P2, P3, base, m] = figuresOf(f, 'P1', 'P2', 'P3', 'base', 'm')
    const month = (a: number, b: number, c: number, bp: number, yr = 360) =>
      add(int(P1, bp, a, yr), int(P2, bp, b, yr), int(P3, bp, c, yr))
    return at2(
      month(10, 10, 11, base - m),
      month(0, 0, 31, base - m),
      month(10, 10, 11, base + m),
      month(10, 10, 11, base),
      month(10, 10, 11, base - m, 365),
      month(31, 0, 0, base - m),
      month(10, 10, 10, base - m),
    )
  },
}
