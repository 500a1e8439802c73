import {
  add,
  at2,
  div,
  dp,
  mul,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { writtenAs } from './written-half-up.js'

/*
 * Short-term investment worked again from each draw: prices as face × (1 − rate × days ÷ year),
 * yields as gain over price × year ÷ days, rates drawn in thousandths of a percent or basis points.
 */

/** A percentage to three places. */
const pc3 = writtenAs((x) => dp(mul(x, r(100)), 3))
/** Basis points to one place. */
const inBp = writtenAs((x) => dp(mul(x, r(10000)), 1))
/** Thousandths of a percent and basis points as fractions of one. */
const th = (x: number): R => r(x, 100000)
const bp = (x: number): R => r(x, 10000)
/** The price of `face` discounted at `rate` over `days` of a `year`. */
const price = (face: number, rate: R, days: number, year: number): R =>
  sub(r(face), mul(r(face), rate, r(days, year)))
/** Gain over price on a 365-day year, per unit of face. */
const bey = (rate: R, days: number): R => {
  const p = price(1, rate, days, 360)
  return mul(div(sub(r(1), p), p), r(365, days))
}

/** Short-term investment worked again from each draw's face, days, quotes, rates and limits. */
export const MONEY_ROUTES: Readonly<Record<string, Route>> = {
  'treasury-bill-sale-proceeds-at-the-bid-discount': (f) => {
    const [F, t, b, a, d0] = figuresOf(f, 'F', 't', 'b', 'a', 'd0')
    return at2(
      price(F, th(b), t, 360),
      price(F, th(a), t, 360),
      price(F, th(b), t, 365),
      div(r(F), add(r(1), mul(th(b), r(t, 360)))),
      price(F, th(b), 91, 360),
      price(F, th(b), t + 1, 360),
      price(F, th(d0), t, 360),
    )
  },
  'treasury-bill-bond-equivalent-yield': (f) => {
    const [t, a, b] = figuresOf(f, 't', 'a', 'b')
    const p = price(1, th(a), t, 360)
    return pc3(
      bey(th(a), t),
      bey(th(b), t),
      bey(th(a), 182),
      bey(r(a + b, 200000), t),
      mul(div(sub(r(1), p), p), r(360, t)),
      th(a),
      mul(th(a), r(365, 360)),
    )
  },
  'treasury-bill-gain-when-sold-before-maturity': (f) => {
    const [F, t1, h, d1, d2, d2a] = figuresOf(f, 'F', 't1', 'h', 'd1', 'd2', 'd2a')
    const bought = (y: number) => price(F, th(d1), t1, y)
    return at2(
      sub(price(F, th(d2), t1 - h, 360), bought(360)),
      sub(r(F), bought(360)),
      sub(price(F, th(d2a), t1 - h, 360), bought(360)),
      sub(price(F, th(d2), h, 360), bought(360)),
      sub(price(F, th(d1), t1 - h, 360), bought(360)),
      sub(price(F, th(d2), t1 - h, 365), bought(365)),
      sub(price(F, th(d2), t1, 360), bought(360)),
    )
  },
  'commercial-paper-purchase-price-from-dealer-quotes': (f) => {
    const [F, i, m, d60, d90, s, c] = figuresOf(f, 'F', 'i', 'm', 'd60', 'd90', 's', 'c')
    // 2027: February has 28 days, March 31.
    const t = 28 - i + 31 + m
    const t30 = 2 * 30 + (m - i)
    return at2(
      price(F, bp(d90), t, 360),
      price(F, bp(d90), t, 365),
      div(r(F), add(r(1), mul(bp(d90), r(t, 360)))),
      price(F, bp(d60), t, 360),
      price(F, bp(d90), t30, 360),
      price(F, bp(d90 + s), t, 360),
      price(F, bp(d90 + c), t, 360),
    )
  },
  'certificate-of-deposit-maturity-value': (f) => {
    const [P, i, m, r1, r2, r3] = figuresOf(f, 'P', 'i', 'm', 'r1', 'r2', 'r3')
    // May has 31 days, June 30, July 31.
    const t = 31 - i + 30 + 31 + m
    const t30 = 3 * 30 + (m - i)
    const v = (rate: number, days: number, y: number) => add(r(P), mul(r(P), bp(rate), r(days, y)))
    return at2(
      v(r2, t, 360),
      v(r3, t, 360),
      v(r2 + 25, t, 360),
      v(r2, t + 1, 360),
      v(r2, t, 365),
      v(r2, t30, 360),
      v(r1, t, 360),
    )
  },
  'reverse-repo-repurchase-price-with-a-haircut': (f) => {
    const [Fc, cl, ai, h, rr, t] = figuresOf(f, 'Fc', 'cl', 'ai', 'h', 'rr', 't')
    const mv = (px: number) => r(Fc * px, 100000)
    const paid = (px: number) => mul(mv(px), r(100 - h, 100))
    const back = (x: R, y = 360) => add(x, mul(x, bp(rr), r(t, y)))
    return at2(
      back(paid(cl + ai)),
      back(mv(cl + ai)),
      back(div(mv(cl + ai), r(100 + h, 100))),
      add(paid(cl + ai), mul(mv(cl + ai), bp(rr), r(t, 360))),
      back(paid(cl)),
      back(paid(cl + ai), 365),
      paid(cl + ai),
    )
  },
  'money-market-fund-seven-day-yield': (f) => {
    const [A, G, X, W, Rg, S] = figuresOf(f, 'A', 'G', 'X', 'W', 'R', 'S')
    const nii = G - (X - W)
    const y = (x: number, base: number, year: number, days: number) =>
      mul(r(x, base), r(year, days))
    return pc3(
      y(nii, A, 365, 7),
      y(nii + Rg, A, 365, 7),
      y(G, A, 365, 7),
      y(nii, A, 365, 5),
      y(nii, A, 360, 7),
      y(nii, A + S + nii + Rg, 365, 7),
      y(G - X, A, 365, 7),
    )
  },
  'investment-policy-room-under-the-issuer-limit': (f) => {
    const [Tp, N, p2, q, h, H2] = figuresOf(f, 'Tp', 'N', 'p2', 'q', 'h', 'H2')
    const cap = (pct: number, base: number) => r(pct * base, 100)
    return at2(
      sub(cap(p2, Tp + N), r(h)),
      sub(cap(p2 + 2, Tp + N), r(h)),
      sub(cap(q, Tp + N), r(H2)),
      cap(p2, Tp + N),
      sub(cap(p2, Tp), r(h)),
      cap(p2, N),
      sub(cap(p2, Tp + N), r(H2)),
    )
  },
  'investment-policy-room-under-the-tenor-limit': (f) => {
    const [Tp, N, q, a1, a2, a3, a4, a5] = figuresOf(
      f,
      'Tp',
      'N',
      'q',
      'a1',
      'a2',
      'a3',
      'a4',
      'a5',
    )
    const room = (base: number, held: number[]) =>
      sub(r(q * base, 100), r(held.reduce((s, x) => s + x, 0)))
    return at2(
      room(Tp + N, [a2, a3, a5]),
      room(Tp + N, []),
      room(Tp + N, [a2, a5]),
      room(Tp + N, [a3, a5]),
      room(Tp, [a2, a3, a5]),
      room(Tp + N, [a1, a2, a3, a4, a5]),
      room(Tp + N, [a1, a2, a3, a5]),
    )
  },
  'reverse-repo-collateral-face-required': (f) => {
    const [C, cl, ai, h, rr, t] = figuresOf(f, 'C', 'cl', 'ai', 'h', 'rr', 't')
    const per = (px: R) => div(px, r(100))
    const dirty = r(cl + ai, 1000)
    const net = r(100 - h, 100)
    const need = (cash: R, px: R) => div(cash, per(px))
    return at2(
      need(r(C), mul(dirty, net)),
      need(r(C), mul(r(cl, 1000), net)),
      need(add(r(C), mul(r(C), bp(rr), r(t, 360))), mul(dirty, net)),
      need(r(C), sub(dirty, r(h))),
      div(r(C), net),
      need(mul(r(C), r(100 + h, 100)), dirty),
      need(r(C), dirty),
    )
  },
  'treasury-bill-cost-of-a-non-competitive-auction-award': (f) => {
    const [F, hi, med, inv, d26] = figuresOf(f, 'F', 'hi', 'med', 'inv', 'd26')
    return at2(
      price(F, th(hi), 91, 360),
      price(F, th(hi), 91, 365),
      price(F, th(med), 91, 360),
      div(r(F), add(r(1), mul(th(hi), r(91, 360)))),
      price(F, th(inv), 91, 360),
      price(F, th(d26), 91, 360),
      price(F, th(hi), 91 + 3, 360),
    )
  },
  'certificate-of-deposit-bought-in-the-secondary-market': (f) => {
    const [P, Tm, t, c, y] = figuresOf(f, 'P', 'Tm', 't', 'c', 'y')
    const mv = add(r(P), mul(r(P), bp(c), r(Tm, 360)))
    const pv = (x: R, rate: number, days: number, yr: number) =>
      div(x, add(r(1), mul(bp(rate), r(days, yr))))
    return at2(
      pv(mv, y, t, 360),
      pv(mv, c, t, 360),
      pv(mv, y, t, 365),
      add(pv(mv, y, t, 360), mul(r(P), bp(c), r(Tm - t, 360))),
      pv(r(P), y, t, 360),
      sub(mv, mul(mv, bp(y), r(t, 360))),
      pv(mv, y, Tm, 360),
    )
  },
  'sterling-time-deposit-interest-on-actual-365': (f) => {
    const [P, i, m, r1, r2, r3] = figuresOf(f, 'P', 'i', 'm', 'r1', 'r2', 'r3')
    // July and August have 31 days each.
    const t = 31 - i + 31 + m
    const t30 = 2 * 30 + (m - i)
    const int = (rate: number, days: number, yr: number) => mul(r(P), bp(rate), r(days, yr))
    return at2(
      int(r2, t, 365),
      int(r2, t, 360),
      int(r3, t, 365),
      int(r2, t + 1, 365),
      int(r2, t30, 365),
      int(r1, t, 365),
      mul(r(P), bp(r2), r(2, 12)),
    )
  },
  'open-repo-interest-over-a-repriced-week': (f) => {
    const [C, r1, r2, r3, r4, r5, h] = figuresOf(f, 'C', 'r1', 'r2', 'r3', 'r4', 'r5', 'h')
    const rates = [r1, r2, r3, r4, r5]
    const week = (cash: R, fri: number, yr: number) =>
      add(...rates.map((q, k) => mul(cash, bp(q), r(k === 4 ? fri : 1, yr))))
    let grown = r(C)
    rates.forEach((q, k) => {
      grown = add(grown, mul(grown, bp(q), r(k === 4 ? 3 : 1, 360)))
    })
    return at2(
      week(r(C), 3, 360),
      mul(r(C), bp(r1), r(7, 360)),
      mul(r(C), r(r1 + r2 + r3 + r4 + r5, 50000), r(7, 360)),
      sub(grown, r(C)),
      week(r(C), 1, 360),
      week(r(C), 3, 365),
      week(mul(r(C), r(100 - h, 100)), 3, 360),
    )
  },
  'investment-policy-room-under-the-tier-2-total-limit': (f) => {
    const [Tp, N, q, H2, Hs, X] = figuresOf(f, 'Tp', 'N', 'q', 'H2', 'Hs', 'X')
    const cap = (pct: number, base: number) => r(pct * base, 100)
    const held = H2 + Hs
    return at2(
      sub(cap(q, Tp + N), r(held)),
      sub(cap(q, Tp + N), r(H2)),
      cap(5, Tp + N),
      cap(q, Tp + N),
      sub(cap(q, Tp), r(held)),
      cap(q, N),
      sub(cap(q, Tp + N), r(held + X)),
    )
  },
  'treasury-bill-money-market-yield': (f) => {
    const [t, a, b] = figuresOf(f, 't', 'a', 'b')
    const gainOverPrice = (rate: R, yr: number) => {
      const p = price(1, rate, t, yr)
      return div(sub(r(1), p), p)
    }
    return pc3(
      mul(gainOverPrice(th(a), 360), r(360, t)),
      mul(gainOverPrice(th(b), 360), r(360, t)),
      mul(gainOverPrice(r(a + b, 200000), 360), r(360, t)),
      mul(gainOverPrice(th(a), 360), r(365, t)),
      th(a),
      mul(th(a), r(360, 365)),
      mul(gainOverPrice(th(a), 365), r(360, t)),
    )
  },
  'certificate-of-deposit-pickup-over-a-treasury-bill': (f) => {
    const [t, a, b, cd] = figuresOf(f, 't', 'a', 'b', 'cd')
    const yieldOf = (rate: R, yr: number, priceYear = 360) => {
      const p = price(1, rate, t, priceYear)
      return mul(div(sub(r(1), p), p), r(yr, t))
    }
    const gap = (x: R) => sub(bp(cd), x)
    return inBp(
      gap(yieldOf(th(a), 360)),
      gap(th(a)),
      mul(gap(yieldOf(th(a), 360)), r(365, 360)),
      gap(yieldOf(th(a), 360, 365)),
      gap(yieldOf(th(a), 365)),
      gap(yieldOf(th(b), 360)),
      gap(yieldOf(r(a + b, 200000), 360)),
    )
  },
}
