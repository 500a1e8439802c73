import {
  add,
  at1,
  at2,
  div,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/*
 * Asset misappropriation and financial statement schemes worked again from each draw: amounts in
 * cents or dollars as BigInt ratios, losses as what was paid out less what was due, ratios from
 * corrected numerators and denominators, each answer written once (money to the cent, days to one
 * place, ratios to two places, rates to two places of a percent).
 */

/** Dollars from cents. */
const c = (x: number): R => r(x, 100)
/** A whole percent. */
const P = (p: number): R => r(p, 100)
/** The employer's Social Security (6.2 %) and Medicare (1.45 %) share. */
const SS_MED = add(r(62, 1000), r(145, 10000))
/** Wages for a workweek of `h` hours at `rate`: 40 at the rate, the rest at one and a half. */
const wages = (rate: R, h: number): R =>
  h > 40 ? add(mul(rate, r(40)), mul(rate, r(3, 2), r(h - 40))) : mul(rate, r(h))

export const SCHEMES_ROUTES: Readonly<Record<string, Route>> = {
  'lapping-shortfall-at-a-date': (f) => {
    const [a, b, cc, d, e1, e2, ff, d1, d3, d5, d6, T] = figuresOf(
      f,
      'a',
      'b',
      'c',
      'd',
      'e1',
      'e2',
      'f',
      'd1',
      'd3',
      'd5',
      'd6',
      'T',
    )
    // The receipts kept, each with its day; those on or before the date are the shortfall.
    const kept: [number, number][] = [
      [d1, a],
      [d3, cc],
      [d5, e1 + e2],
      [d6, ff],
    ]
    const upTo = (day: number) => kept.filter(([k]) => k <= day).reduce((s, [, x]) => s + x, 0)
    const short = upTo(T)
    return at2(
      c(short),
      c(upTo(d3)),
      c(short - upTo(d3)),
      c(short - upTo(d1)),
      c(upTo(d6)),
      c(short + a + a + cc),
      c(short + b + d),
    )
  },
  'skimming-estimated-from-the-pour-cost': (f) => {
    const [BI, EI, Pu, w, pcost, Kd, t, St] = figuresOf(
      f,
      'BI',
      'EI',
      'P',
      'w',
      'pcost',
      'Kd',
      't',
      'St',
    )
    // Sales a dollar of liquor supports, and recorded sales net of tax, as ratios of whole numbers.
    const expected = (used: number, spill: number) => r(used * (100 - spill), pcost)
    // Comps and register sales are in cents; the tax-inclusive total is divided by 1 + the rate.
    const netSales = r(St, 100 + t)
    const used = BI + Pu - EI
    const less = (x: R, comps: number, rec: R) => sub(sub(x, c(comps)), rec)
    const key = less(expected(used, w), Kd, netSales)
    return at2(
      key,
      less(expected(Pu, w), Kd, netSales),
      less(expected(used, w), Kd, c(St)),
      mul(key, P(pcost)),
      less(expected(BI + Pu, w), Kd, netSales),
      less(expected(used, 0), Kd, netSales),
      less(expected(used, w), 0, netSales),
      less(expected(used, w), Kd, r(St * (100 - t), 10000)),
    )
  },
  'ghost-employee-loss-over-pay-periods': (f) => {
    const [first, raise, last, G1, G2, N1, N2] = figuresOf(
      f,
      'first',
      'raise',
      'last',
      'G1',
      'G2',
      'N1',
      'N2',
    )
    const before = (raise - first) / 14
    const after = (last - raise) / 14 + 1
    const g = c(before * G1 + after * G2)
    const net = c(before * N1 + after * N2)
    const loaded = (x: R) => add(x, mul(x, SS_MED))
    return at2(
      loaded(g),
      net,
      g,
      loaded(c((before + after) * G1)),
      loaded(c(before * G1 + (after - 1) * G2)),
      loaded(c((before + after) * G2)),
      add(loaded(g), sub(g, net)),
      add(g, mul(r(2), SS_MED, g)),
    )
  },
  'overtime-padding-against-access-records': (f) => {
    const [w, ...hours] = figuresOf(f, 'w', 'r0', 'r1', 'r2', 'r3', 'b0', 'b1', 'b2', 'b3')
    const rep = hours.slice(0, 4)
    const acc = hours.slice(4)
    const rate = c(w)
    const owed = rep.reduce<R>((s, h, i) => add(s, sub(wages(rate, h), wages(rate, acc[i]!))), r(0))
    const padded = rep.reduce((s, h, i) => s + h - acc[i]!, 0)
    const ot = (hs: readonly number[]) => hs.reduce((s, h) => s + Math.max(0, h - 40), 0)
    const tax = (x: R) => mul(x, add(r(1), SS_MED))
    const half = mul(rate, r(3, 2))
    return at2(
      tax(owed),
      owed,
      tax(mul(rate, r(padded))),
      tax(mul(rate, r(padded, 2))),
      tax(mul(half, r(ot(rep) - ot(acc)))),
      tax(mul(half, r(padded))),
      tax(mul(half, r(ot(rep)))),
      mul(owed, add(r(1), SS_MED, SS_MED)),
    )
  },
  'mileage-padding-at-the-company-rate': (f) => {
    const [rc, k, mo0, mo1, co0, co1, mh0, mh1, ch0, ch1, ff] = figuresOf(
      f,
      'r',
      'k',
      'mo0',
      'mo1',
      'co0',
      'co1',
      'mh0',
      'mh1',
      'ch0',
      'ch1',
      'f',
    )
    // Miles over what policy allows, trip by trip, with the commute taken off each home trip.
    const excess = (homeCut: number, officeCut: number, fict: number) =>
      co0 -
      (mo0 - officeCut) +
      (co1 - (mo1 - officeCut)) +
      (ch0 - (mh0 - homeCut)) +
      (ch1 - (mh1 - homeCut)) +
      fict
    const at = (miles: number, cents = rc) => r(miles * cents, 100)
    return at2(
      at(excess(2 * k, 0, ff)),
      at(excess(0, 0, ff)),
      at(excess(k, 0, ff)),
      at(excess(2 * k, 0, 0)),
      at(excess(2 * k, 2 * k, ff)),
      at(excess(2 * k, 0, ff), 70),
      at(co0 - mo0 + co1 - mo1 + ch0 + ch1 + ff),
    )
  },
  'unexplained-inventory-shrinkage-after-cutoff': (f) => {
    const [B, CS, Sr, a, T, D, K, C] = figuresOf(f, 'B', 'CS', 'Sr', 'a', 'T', 'D', 'K', 'C')
    const normal = r(a * CS, 1000)
    // Book, count and cutoff items in cents; the allowance in dollars.
    const gap = (count: number, allowance: R) => sub(sub(c(B), c(count)), allowance)
    const adjusted = C - K + T + D
    return at2(
      gap(adjusted, normal),
      gap(adjusted + K, normal),
      gap(adjusted + 2 * K, normal),
      gap(adjusted, r(a * Sr, 1000)),
      gap(adjusted - T, normal),
      gap(adjusted - D, normal),
      gap(adjusted, r(0)),
    )
  },
  'gross-profit-method-estimate-of-missing-stock': (f) => {
    const [BI, Pu, PR, FI, g, GS, SR, Gr] = figuresOf(
      f,
      'BI',
      'P',
      'PR',
      'FI',
      'g',
      'GS',
      'SR',
      'Gr',
    )
    // Goods available in cents (returns, freight and the count are to the cent).
    const goods = (BI + Pu) * 100 - PR + FI
    const sales = GS - SR
    // Cost of sales at the cost share of sales, then the stock the books expect less what is left.
    const cost = (x: number, share: R) => mul(r(x), share)
    const gone = (availCents: number, cogs: R) => sub(c(availCents - Gr), cogs)
    const share = r(100 - g, 100)
    return at2(
      gone(goods, cost(sales, share)),
      gone(goods, div(r(sales * 100), r(100 + g))),
      gone(goods, cost(GS, share)),
      gone(goods - FI, cost(sales, share)),
      gone(goods, cost(sales, r(g, 100))),
      gone(goods + PR, cost(sales, share)),
      sub(c(goods), cost(sales, share)),
    )
  },
  'fictitious-revenue-corrected-days-sales-outstanding': (f) => {
    const [Rv, E, O, F, C] = figuresOf(f, 'R', 'E', 'O', 'F', 'C')
    // Days: the receivables' balance as days of revenue.
    const days = (receivables: number, halves: number, revenue: number, year = 365) =>
      r(receivables * year, halves * revenue)
    const closing = E - (F - C)
    return at1(
      days(O + closing, 2, Rv - F),
      days(O + E - F, 2, Rv - F),
      days(O + closing, 2, Rv),
      days(O + closing, 2, Rv - F, 360),
      days(O + E, 2, Rv),
      days(O + E, 2, Rv - F),
      days(closing, 1, Rv - F),
    )
  },
  'channel-stuffing-gross-profit-to-reverse': (f) => {
    const [L, Q, Nn, p, d, cu, rr] = figuresOf(f, 'L', 'Q', 'Nn', 'p', 'd', 'c', 'r')
    const sale = r(p * (100 - d), 100)
    const kept = r(100 - rr, 100)
    // Revenue less cost on the units, each net of the reserve.
    const gp = (units: number, price: R, revShare: R, costShare: R) =>
      sub(mul(r(units), price, revShare), mul(r(units * cu), costShare))
    const held = L - Q
    return at2(
      gp(held, sale, kept, kept),
      gp(held, sale, kept, r(1)),
      gp(held - Nn, sale, kept, kept),
      gp(Q, sale, kept, kept),
      gp(held, sale, r(1), r(1)),
      gp(held, r(p), kept, kept),
      gp(L, sale, kept, kept),
    )
  },
  'capitalised-expense-overstatement-in-year-two': (f) => {
    const [E1, E2, n, m1, m2] = figuresOf(f, 'E1', 'E2', 'n', 'm1', 'm2')
    // Depreciation for `months` months of a cost spread over 12n months.
    const dep = (cost: number, months: number) => r(cost * months, 12 * n)
    const y2 = sub(r(E2), add(dep(E2, 13 - m2), dep(E1, 12)))
    const y1 = sub(r(E1), dep(E1, 13 - m1))
    return at2(
      y2,
      sub(r(E2), add(dep(E2, 12), dep(E1, 12))),
      sub(y2, dep(E1, 13 - m1)),
      mul(y2, r(79, 100)),
      sub(r(E2), dep(E2, 13 - m2)),
      sub(r(E2), add(dep(E2, 12 - m2), dep(E1, 12))),
      add(y1, y2),
      sub(r(E2), add(dep(E2, 13 - m2), dep(E1, 13 - m1))),
    )
  },
  'cookie-jar-reserve-release-underlying-eps-growth': (f) => {
    const [N0, N1, PI0, Jt, J, Rl, PI] = figuresOf(f, 'N0', 'N1', 'PI0', 'Jt', 'J', 'Rl', 'PI')
    // After-tax earnings per share; the 79 % kept after tax cancels in every ratio.
    const eps = (pre: number, shares: number) => r(79n * BigInt(pre), 100n * BigInt(shares))
    const rise = (now: R, was: R) => sub(div(now, was), r(1))
    const now = eps(PI - Rl, N1)
    const was = eps(PI0 + J, N0)
    return pct2(
      rise(now, was),
      rise(r(PI - Rl), r(PI0 + J)),
      div(sub(now, was), now),
      rise(now, eps(PI0 + Jt, N0)),
      rise(eps(PI, N1), eps(PI0, N0)),
      rise(now, eps(PI0, N0)),
      rise(eps(PI, N1), was),
    )
  },
  'shell-company-billing-loss': (f) => {
    const [f1, f2, f3, U, Bp, Q, rb] = figuresOf(f, 'f1', 'f2', 'f3', 'U', 'Bp', 'Q', 'rb')
    const paid = (billed: number) => r(billed * 98, 10000)
    const direct = r(Q * (100 - rb), 10000)
    const fict = f1 + f2 + f3
    const loss = add(paid(fict), sub(paid(Bp), direct))
    return at2(
      loss,
      paid(fict),
      sub(paid(Bp), direct),
      sub(paid(fict + Bp), c(Q)),
      add(loss, c(U)),
      paid(fict + Bp),
      sub(c(fict + Bp), direct),
    )
  },
  'kickback-overpricing-loss-by-index': (f) => {
    const [P0, I0, I1, I2, p1, p2, u1, u2, K1, K2, K3, bid] = figuresOf(
      f,
      'P0',
      'I0',
      'I1',
      'I2',
      'p1',
      'p2',
      'u1',
      'u2',
      'K1',
      'K2',
      'K3',
      'bid',
    )
    // Fair prices in cents per unit, then paid less fair, year by year.
    const fair = (I: number) => r(P0 * I, I0)
    const over = (a: R, b: R) =>
      div(add(mul(r(u1), sub(r(p1), a)), mul(r(u2), sub(r(p2), b))), r(100))
    const loss = over(fair(I1), fair(I2))
    const K = K1 + K2 + K3
    return at2(
      loss,
      c(K),
      sub(loss, c(K)),
      over(fair(I2), fair(I2)),
      over(r(P0), r(P0)),
      over(fair(I1), fair(I1)),
      over(r(bid), r(bid)),
    )
  },
  'refund-fraud-excess-over-the-store-rate': (f) => {
    const [Ss, Rs, Rrs, Sc, Rc, Rrc] = figuresOf(f, 'Ss', 'Rs', 'Rrs', 'Sc', 'Rc', 'Rrc')
    // The cashier's refunds less what a rate (refunds ÷ sales) would give on the cashier's sales.
    const less = (mine: number, refunds: number, sales: number) =>
      sub(r(mine), r(Sc * refunds, sales))
    const mine = Rc - Rrc
    const others = Rs - Rrs - mine
    return at2(
      less(mine, others, Ss - Sc),
      less(mine, Rs - Rrs, Ss),
      less(mine, Rs - Rc, Ss - Sc),
      less(Rc, Rs - Rc, Ss - Sc),
      r(mine),
      less(Rc, others, Ss - Sc),
      less(mine, others, Ss),
    )
  },
  'current-ratio-corrected-for-a-scheme': (f) => {
    const [CA, CL, Fk, V, U, Lt, Lc, W] = figuresOf(f, 'CA', 'CL', 'Fk', 'V', 'U', 'Lt', 'Lc', 'W')
    const assets = CA - Fk - V + W
    const debts = CL + U + Lc + W
    return at2(
      r(assets, debts),
      r(assets, debts - Lc + Lt),
      r(assets - W, debts),
      r(assets - U, debts),
      r(assets, CL),
      r(assets - W, debts - W),
      r(assets + U, debts),
    )
  },
  'inflated-pay-rate-loss-with-employer-costs': (f) => {
    const [a, p, H, O, m] = figuresOf(f, 'a', 'p', 'H', 'O', 'm')
    const step = c(p - a)
    // Hours in half-hour units so overtime at one and a half stays whole.
    const paidHours = r(2 * H + 3 * O, 2)
    const cost = (x: R) => add(x, mul(x, SS_MED), mul(x, P(m)))
    const excess = mul(step, paidHours)
    return at2(
      cost(excess),
      cost(mul(step, r(H + O))),
      excess,
      cost(mul(step, r(H))),
      cost(mul(c(p), paidHours)),
      add(cost(excess), mul(excess, SS_MED)),
      add(excess, mul(excess, SS_MED), mul(c(p), paidHours, P(m))),
    )
  },
  'expense-report-over-reimbursement': (f) => {
    const [D1, D2, P1, A1t, A1c, A2t, A2c, k, cap, M, Ur, Uc] = figuresOf(
      f,
      'D1',
      'D2',
      'P1',
      'A1t',
      'A1c',
      'A2t',
      'A2c',
      'k',
      'cap',
      'M',
      'Ur',
      'Uc',
    )
    const meal = M - 100 * cap * k
    const parts = [D1, D2, P1, A1c - A1t, A2c - A2t, meal]
    const all = parts.reduce((s, x) => s + x, 0)
    return at2(
      c(all),
      c(all - Ur + Uc),
      c(all - meal),
      c(all - P1),
      c(all + A1t + A2t),
      c(all + D1 + D2),
      add(c(all - meal), r(M - 100 * cap * k, 100 * k)),
      c(all + Ur - Uc),
    )
  },
}
