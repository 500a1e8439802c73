import { cmp } from './bigint-rationals.js'
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
 * Fee schedules and reimbursement worked again from each draw: RVUs in hundredths, GPCIs in
 * thousandths, indices and factors in ten-thousandths, amounts in cents, every rate a BigInt ratio,
 * each answer written once to the cent.
 */

/** Cents, a whole percent, thousandths and ten-thousandths as ratios. */
const cts = (x: number): R => r(x, 100)
const pct = (x: number): R => r(x, 100)
const k = (x: number): R => r(x, 1000)
const tk = (x: number): R => r(x, 10000)
/** 80 % after a met deductible, less 2 % sequestration: 98/125. */
const NET = r(98 * 80, 100 * 100)
/** The sum of ratios. */
const total = (xs: readonly R[]): R => add(r(0), ...xs)
/** The larger and smaller of ratios. */
const hi = (...xs: readonly R[]): R => xs.reduce((a, b) => (cmp(a, b) >= 0 ? a : b))
const lo = (...xs: readonly R[]): R => xs.reduce((a, b) => (cmp(a, b) <= 0 ? a : b))
/** Amounts sorted from the largest down. */
const desc = (xs: readonly R[]): R[] => [...xs].sort((a, b) => cmp(b, a))
/** `first` in full and every other amount at `rate`. */
const ranked = (xs: readonly R[], rate: R): R => {
  const [top, ...rest] = desc(xs)
  return add(top!, mul(rate, total(rest)))
}
const HALF = r(1, 2)

export const FEES_ROUTES: Readonly<Record<string, Route>> = {
  'medicare-physician-fee-schedule-amount-from-rvus-gpcis-and-setting': (f) => {
    const [w, pf, pn, m, gw, gp, gm, office] = figuresOf(
      f,
      'w',
      'pf',
      'pn',
      'm',
      'gw',
      'gp',
      'gm',
      'office',
    )
    const pe = office === 1 ? pn : pf
    const other = office === 1 ? pf : pn
    // Each component in RVU-thousandths of a GPCI point, then times the factor.
    const fee = (a: number, b: number, c: number, p = pe, cf = 334009) =>
      mul(r(w * a + p * b + m * c, 100000), tk(cf))
    return at2(
      fee(gw, gp, gm),
      fee(gw, gp, gm, other),
      fee(1000, 1000, 1000),
      fee(1000, gp, gm),
      fee(gw, 1000, gm),
      fee(gw, gp, 1000),
      fee(gw, gp, gm, pe, 323465),
      fee(gw, gw, gw),
    )
  },
  'medicare-payment-after-part-b-deductible-coinsurance-and-sequestration': (f) => {
    const [A, d] = figuresOf(f, 'A', 'd')
    const left = 283 - d
    const pays = (ded: number) => mul(NET, sub(cts(A), r(ded)))
    const eighty = mul(pct(80), sub(cts(A), r(left)))
    return at2(
      pays(left),
      pays(0),
      eighty,
      pays(d),
      pays(283),
      mul(pct(98), sub(mul(pct(80), cts(A)), r(left))),
      sub(eighty, mul(pct(2), cts(A))),
    )
  },
  'non-participating-assigned-claim-at-the-lesser-of-charge-and-fee-schedule': (f) => {
    const [n1, n2, n3, f1, f2, f3, u1, u2, u3] = figuresOf(
      f,
      'n1',
      'n2',
      'n3',
      'f1',
      'f2',
      'f3',
      'u1',
      'u2',
      'u3',
    )
    const bills = [u1, u2, u3].map(cts)
    const allowed = (amounts: readonly number[], rate: R) =>
      total(amounts.map((a, i) => lo(bills[i]!, mul(cts(a), rate))))
    const par = [n1, n2, n3]
    return at2(
      mul(NET, allowed(par, r(95, 100))),
      mul(NET, allowed(par, r(1))),
      mul(NET, r(95, 100), total(par.map(cts))),
      mul(NET, allowed(par, r(10925, 10000))),
      mul(NET, allowed([f1, f2, f3], r(95, 100))),
      mul(NET, r(95, 100), allowed(par, r(1))),
      mul(r(75 * 98, 10000), allowed(par, r(1))),
    )
  },
  'non-participating-unassigned-claim-patient-cost-after-medicare-reimbursement': (f) => {
    const [fs, R0, U] = figuresOf(f, 'f', 'R', 'U')
    const nonpar = mul(cts(fs), r(19, 20))
    const limit = mul(nonpar, r(23, 20))
    const repay = (base: R, ded: number) => mul(NET, sub(base, r(ded)))
    return at2(
      sub(limit, repay(nonpar, R0)),
      limit,
      sub(mul(cts(fs), r(23, 20)), repay(nonpar, R0)),
      sub(cts(U), repay(nonpar, R0)),
      sub(limit, repay(cts(fs), R0)),
      sub(limit, repay(nonpar, 0)),
      add(r(R0), mul(r(1, 5), sub(nonpar, r(R0)))),
    )
  },
  'multiple-surgery-allowed-amount-ranked-by-fee-schedule-amount': (f) => {
    const [f0, f1, f2, B0, B1, B2] = figuresOf(f, 'f0', 'f1', 'f2', 'B0', 'B1', 'B2')
    const fs = [f0, f1, f2].map(cts)
    const billed = [B0, B1, B2].map(cts)
    const [top, mid, low] = desc(fs)
    // The line with the highest billed charge, at 100 % of its own fee schedule amount.
    const byBill = billed.indexOf(desc(billed)[0]!)
    const full = (i: number) => add(fs[i]!, mul(HALF, sub(total(fs), fs[i]!)))
    return at2(
      ranked(fs, HALF),
      total(fs),
      add(top!, mid!, mul(HALF, low!)),
      ranked(billed, HALF),
      full(0),
      full(byBill),
      add(top!, mul(HALF, mid!), mul(r(1, 4), low!)),
    )
  },
  'bilateral-procedure-at-150-percent-ranked-with-another-procedure': (f) => {
    const [a, b] = figuresOf(f, 'a', 'b')
    const one = cts(a)
    const other = cts(b)
    const bilat = mul(r(3, 2), one)
    const key = ranked([bilat, other], HALF)
    return at2(
      key,
      ranked([mul(r(2), one), other], HALF),
      add(bilat, other),
      ranked([one, one, other], HALF),
      ranked([one, other], HALF),
      add(hi(one, other), mul(HALF, mul(r(3, 2), lo(one, other)))),
      mul(r(4, 5), key),
    )
  },
  'physician-assistant-as-assistant-at-surgery-allowed-amount': (f) => {
    const [l, hh, b1, b2] = figuresOf(f, 'lo', 'hi', 'b1', 'b2')
    const pa = r(16 * 85, 10000)
    const key = mul(pa, ranked([cts(l), cts(hh)], HALF))
    return at2(
      key,
      mul(r(16, 100), ranked([cts(l), cts(hh)], HALF)),
      mul(pa, add(cts(l), cts(hh))),
      mul(pa, ranked([cts(b1), cts(b2)], HALF)),
      mul(pa, add(cts(l), mul(HALF, cts(hh)))),
      mul(pa, cts(hh)),
      mul(r(4, 5), key),
    )
  },
  'co-surgeons-medicare-payment-each-at-62-5-percent': (f) => {
    const [l, hh] = figuresOf(f, 'lo', 'hi')
    const adj = ranked([cts(l), cts(hh)], HALF)
    const co = r(5, 8)
    return at2(
      mul(NET, co, adj),
      mul(NET, HALF, adj),
      mul(NET, co, HALF, adj),
      mul(NET, co, add(cts(l), mul(HALF, cts(hh)))),
      mul(NET, co, add(cts(l), cts(hh))),
      mul(co, adj),
      mul(NET, adj),
    )
  },
  'percent-of-medicare-contract-with-lesser-of-and-modifier-52': (f) => {
    const [X, n1, n2, n3, f1, f2, f3, b1, b2, b3] = figuresOf(
      f,
      'X',
      'n1',
      'n2',
      'n3',
      'f1',
      'f2',
      'f3',
      'b1',
      'b2',
      'b3',
    )
    const rate = (n: number) => mul(pct(X), cts(n))
    const line = (n: number, b: number, reduced = false) =>
      mul(reduced ? HALF : r(1), lo(rate(n), cts(b)))
    return at2(
      add(line(n1, b1), line(n2, b2), line(n3, b3, true)),
      add(rate(n1), rate(n2), mul(HALF, rate(n3))),
      add(line(n1, b1), line(n2, b2), line(n3, b3)),
      add(cts(b1), cts(b2), mul(HALF, cts(b3))),
      add(lo(cts(n1), cts(b1)), lo(cts(n2), cts(b2)), mul(HALF, lo(cts(n3), cts(b3)))),
      add(line(f1, b1), line(f2, b2), line(f3, b3, true)),
      add(line(n1, b1), line(n2, b2), mul(HALF, cts(n3))),
    )
  },
  'inpatient-ms-drg-operating-payment-with-the-wage-index': (f) => {
    const [S, wi, mcc, cc, none, cap] = figuresOf(f, 'S', 'wi', 'mcc', 'cc', 'none', 'cap')
    const high = wi > 10000
    const share = high ? r(66, 100) : r(62, 100)
    const otherShare = high ? r(62, 100) : r(66, 100)
    const W = tk(wi)
    const adjusted = (s: R) => add(mul(cts(S), s, W), mul(cts(S), sub(r(1), s)))
    const key = mul(adjusted(share), tk(cc))
    return at2(
      key,
      mul(cts(S), tk(cc)),
      mul(cts(S), W, tk(cc)),
      mul(adjusted(otherShare), tk(cc)),
      mul(adjusted(share), tk(mcc)),
      mul(adjusted(share), tk(none)),
      mul(add(mul(cts(S), share), mul(cts(S), sub(r(1), share), W)), tk(cc)),
      add(key, r(cap)),
    )
  },
  'inpatient-cost-outlier-payment-above-the-fixed-loss-threshold': (f) => {
    const [P, ccr, C] = figuresOf(f, 'P', 'ccr', 'C')
    const cost = mul(r(C), k(ccr))
    const eighty = r(4, 5)
    const threshold = (fixedLoss: number) => r(P + fixedLoss)
    return at2(
      mul(eighty, sub(cost, threshold(40397))),
      sub(cost, threshold(40397)),
      mul(eighty, sub(cost, r(40397))),
      mul(eighty, k(ccr), sub(r(C), threshold(40397))),
      sub(mul(eighty, cost), threshold(40397)),
      mul(eighty, sub(cost, threshold(46217))),
      sub(mul(eighty, sub(cost, r(P))), r(40397)),
    )
  },
  'post-acute-transfer-per-diem-payment-under-the-drg': (f) => {
    const [P, g, a, L] = figuresOf(f, 'P', 'g', 'a', 'L')
    const perDiem = (tenths: number) => div(mul(cts(P), r(10)), r(tenths))
    const full = cts(P)
    const capped = (x: R) => lo(x, full)
    return at2(
      capped(mul(perDiem(g), r(L + 1))),
      mul(perDiem(g), r(L)),
      mul(perDiem(a), r(L + 1)),
      mul(perDiem(a), r(L)),
      full,
      mul(perDiem(g), r(L + 2)),
      mul(perDiem(g), r(2 * L)),
    )
  },
  'capitation-monthly-payment-with-withhold-and-retroactive-recoupment': (f) => {
    const [ra, rc, na, nc, t, nn, kk, w] = figuresOf(f, 'ra', 'rc', 'na', 'nc', 't', 'nn', 'k', 'w')
    const net = r(100 - w, 100)
    // Gross capitation in cents for a roster of adults and the children.
    const gross = (adults: number) => cts(adults * ra + nc * rc)
    const recoup = cts(kk * ra)
    return at2(
      sub(mul(gross(na), net), mul(recoup, net)),
      sub(gross(na), recoup),
      mul(gross(na), net),
      mul(sub(gross(na + nn), recoup), net),
      sub(mul(gross(na), net), recoup),
      mul(sub(gross(na - t), recoup), net),
      mul(sub(gross(na), mul(r(2), recoup)), net),
    )
  },
  'capitation-effective-revenue-per-capitated-visit': (f) => {
    const [c, m1, m2, m3, V, T, Vf, Ff, w] = figuresOf(
      f,
      'c',
      'm1',
      'm2',
      'm3',
      'V',
      'T',
      'Vf',
      'Ff',
      'w',
    )
    const memberMonths = m1 + m2 + m3
    const per = (cents: number, visits: number) => r(cents, 100 * visits)
    return at2(
      per(c * memberMonths, V + T),
      per(c * memberMonths + Ff, V + T),
      per(c * 3 * m3, V + T),
      per(c * memberMonths, V),
      per(c * memberMonths, V + T + Vf),
      per(c * 3 * m1, V + T),
      mul(per(c * memberMonths, V + T), r(100 - w, 100)),
    )
  },
  'anesthesia-allowed-amount-from-base-and-time-units': (f) => {
    const [b, , M, pre, cf] = figuresOf(f, 'b', 'start', 'M', 'pre', 'cf')
    // Time units to one decimal, a half up: whole tenths of (minutes × 10 ÷ 15) + ½.
    const units = (mins: number) => r(Math.floor((2 * mins * 10 + 15) / 30), 10)
    const whole = (mins: number, up: boolean) =>
      r(up ? Math.ceil(mins / 15) : Math.floor(mins / 15))
    const allowed = (u: R, factor = tk(cf)) => mul(add(r(b), u), factor)
    const key = allowed(units(M))
    return at2(
      key,
      allowed(whole(M, true)),
      allowed(units(M + pre)),
      allowed(units(M), tk(334009)),
      allowed(whole(M, false)),
      mul(units(M), tk(cf)),
      mul(HALF, key),
    )
  },
  'multiple-endoscopy-in-one-family-less-the-base-endoscopy': (f) => {
    const [B, a1, a2, Bn, a1n, a2n] = figuresOf(f, 'B', 'a1', 'a2', 'Bn', 'a1n', 'a2n')
    // In cents: the higher code in full, the other less the base.
    const family = (base: number, x: number, y: number) =>
      cts(Math.max(x, y) + Math.min(x, y) - base)
    return at2(
      family(B, a1, a2),
      add(cts(Math.max(a1, a2)), mul(HALF, cts(Math.min(a1, a2)))),
      cts(a1 + a2),
      family(Bn, a1n, a2n),
      cts(a1 + a2 - 2 * B),
      add(cts(a2), mul(HALF, cts(a1 - B))),
      cts(a2),
    )
  },
  'imaging-multiple-procedure-reduction-on-technical-and-professional-components': (f) => {
    const [tA, tB, tC, pA, pB, pC] = figuresOf(f, 'tA', 'tB', 'tC', 'pA', 'pB', 'pC')
    const tc = [tA, tB, tC].map(cts)
    const pc = [pA, pB, pC].map(cts)
    const global = [tA + pA, tB + pB, tC + pC].map(cts)
    const [t1, t2, t3] = desc(tc)
    return at2(
      add(ranked(tc, HALF), ranked(pc, r(95, 100))),
      total(global),
      add(ranked(tc, HALF), total(pc)),
      add(ranked(tc, r(95, 100)), ranked(pc, HALF)),
      ranked(global, HALF),
      add(ranked(tc, HALF), ranked(pc, HALF)),
      add(t1!, mul(HALF, t2!), mul(r(1, 4), t3!), ranked(pc, r(95, 100))),
    )
  },
  'postoperative-care-only-share-of-a-global-surgery-fee': (f) => {
    const [F, pre, post, , kk, surgery] = figuresOf(f, 'F', 'pre', 'post', 'm', 'k', 'surgery')
    const assumed = surgery + kk
    const end = surgery + 90
    const days = end - assumed + 1
    const postShare = mul(cts(F), pct(post))
    const key = mul(postShare, r(days, 90))
    return at2(
      key,
      postShare,
      mul(cts(F), pct(100 - post)),
      mul(cts(F), pct(pre + post), r(days, 90)),
      mul(r(4, 5), key),
      mul(postShare, r(assumed - surgery - 1, 90)),
      mul(HALF, postShare),
    )
  },
}
