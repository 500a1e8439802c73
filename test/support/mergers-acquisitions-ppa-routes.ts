import {
  add,
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
 * Purchase price allocation worked again from each draw: money in whole $ millions or, where a
 * family draws it so, in hundredths of $1 million; prices in cents and discount factors in
 * ten-thousandths, all as BigInt ratios. Each working builds the
 * identifiable net assets (or the liability, revenue or charge) item by item, taking deferred tax
 * as t ÷ 100 of each difference, and writes the answer once: amounts to $0.01 million, a margin
 * to two places of a percent.
 */

/** A whole percent of an amount. */
const pcOf = (x: R, p: number): R => div(mul(x, r(p)), r(100))
/** An amount less deferred tax at a whole-percent rate on it. */
const lessTax = (x: R, t: number): R => sub(x, pcOf(x, t))
/** Cents times millions of shares, in $ millions. */
const value = (cents: number, shares: number): R => r(cents * shares, 100)
/** A discount factor drawn in ten-thousandths. */
const factor = (f: number): R => r(f, 10000)
/** An amount drawn in hundredths of $1 million, in $ millions. */
const h = (x: number): R => r(x, 100)
/** The sum of rationals, from zero. */
const total = (...xs: R[]): R => add(r(0), ...xs)

export const PPA_ROUTES: Readonly<Record<string, Route>> = {
  'goodwill-with-deferred-tax-on-fair-value-step-ups': (f) => {
    const [BV, G0, dP, CR, TN, t, C, K] = figuresOf(f, 'BV', 'G0', 'dP', 'CR', 'TN', 't', 'C', 'K')
    // Identifiable net assets: book without the old goodwill, plus step-ups, less their tax.
    const identifiable = (book: number, ppe: R, intangibles: R) => total(h(book), ppe, intangibles)
    const residual = (na: R) => sub(h(C), na)
    const key = residual(identifiable(BV - G0, lessTax(h(dP), t), lessTax(h(CR + TN), t)))
    return at2(
      key,
      residual(identifiable(BV - G0, h(dP), h(CR + TN))),
      residual(identifiable(BV, lessTax(h(dP), t), lessTax(h(CR + TN), t))),
      residual(identifiable(BV - G0, lessTax(h(dP), t), h(CR + TN))),
      residual(identifiable(BV - G0, lessTax(h(dP), t), r(0))),
      add(key, h(K)),
      residual(h(BV)),
    )
  },
  'bargain-purchase-gain-with-an-earn-out': (f) => {
    const [BV, G0, dP, CR, t, X, p, fd, C] = figuresOf(
      f,
      'BV',
      'G0',
      'dP',
      'CR',
      't',
      'X',
      'p',
      'f',
      'C',
    )
    const steps = h(dP + CR)
    const fvna = add(h(BV - G0), lessTax(steps, t))
    const earnOut = (prob: number, disc: R) => mul(pcOf(h(X), prob), disc)
    const gain = (na: R, paid: R) => sub(na, add(h(C), paid))
    const key = gain(fvna, earnOut(p, factor(fd)))
    return at2(
      key,
      gain(add(h(BV - G0), steps), earnOut(p, factor(fd))),
      gain(add(fvna, h(G0)), earnOut(p, factor(fd))),
      gain(fvna, r(0)),
      lessTax(key, t),
      gain(fvna, earnOut(100, factor(fd))),
      gain(fvna, earnOut(p, r(1))),
    )
  },
  'full-goodwill-with-the-nci-at-fair-value': (f) => {
    const [Sa, Sn, Pq, Pc, FVNA, BV, K] = figuresOf(f, 'Sa', 'Sn', 'Pq', 'Pc', 'FVNA', 'BV', 'K')
    const paid = value(Pc, Sa)
    const outside = r(Sn, Sa + Sn)
    const gw = (nci: R, na: R) => sub(add(paid, nci), na)
    const key = gw(value(Pq, Sn), h(FVNA))
    return at2(
      key,
      gw(mul(outside, h(FVNA)), h(FVNA)),
      gw(r(0), h(FVNA)),
      gw(mul(outside, h(BV)), h(FVNA)),
      gw(value(Pc, Sn), h(FVNA)),
      gw(value(Pq, Sn), mul(r(Sa, Sa + Sn), h(FVNA))),
      add(key, h(K)),
    )
  },
  'nci-at-its-share-of-identifiable-net-assets': (f) => {
    const [BV, G0, dP, CR, t, Sa, Sn, Pq] = figuresOf(
      f,
      'BV',
      'G0',
      'dP',
      'CR',
      't',
      'Sa',
      'Sn',
      'Pq',
    )
    const outside = (x: R) => div(mul(x, r(Sn)), r(Sa + Sn))
    const na = (book: number, ppe: R, cr: R) => total(r(book), ppe, cr)
    const fvna = na(BV - G0, lessTax(r(dP), t), lessTax(r(CR), t))
    return at2(
      outside(fvna),
      value(Pq, Sn),
      outside(na(BV - G0, r(dP), r(CR))),
      outside(na(BV, lessTax(r(dP), t), lessTax(r(CR), t))),
      div(mul(fvna, r(Sa)), r(Sa + Sn)),
      outside(r(BV)),
      outside(na(BV - G0, lessTax(r(dP), t), r(0))),
      outside(na(BV - G0, r(0), lessTax(r(CR), t))),
    )
  },
  'remeasurement-gain-on-a-previously-held-interest': (f) => {
    const [Sh, Sb, Sn, Pq, Pc, P0, cost, prof, dv, L, FVNA] = figuresOf(
      f,
      'Sh',
      'Sb',
      'Sn',
      'Pq',
      'Pc',
      'P0',
      'cost',
      'prof',
      'dv',
      'L',
      'FVNA',
    )
    // The equity-method carrying amount already carries the translation loss taken to OCI.
    const carrying = h(cost + prof - dv - L)
    // Fair value of the old stake, less what it was carried at, less the recycled loss.
    const gain = (fair: R, carried: R, recycled: R) => sub(sub(fair, carried), recycled)
    const loss = h(L)
    return at2(
      gain(value(Pq, Sh), carrying, loss),
      gain(value(Pc, Sh), carrying, loss),
      gain(value(Pq, Sh), h(cost), loss),
      gain(value(Pq, Sh), carrying, r(0)),
      gain(value(Pq, Sh), h(cost + prof - dv), loss),
      gain(value(Pq, Sh), add(carrying, h(dv)), loss),
      gain(value(P0, Sh), carrying, loss),
      gain(div(mul(h(FVNA), r(Sh)), r(Sh + Sb + Sn)), carrying, loss),
    )
  },
  'goodwill-in-a-step-acquisition': (f) => {
    const [Sh, Sb, Sn, Pq, Pc, CA, FVNA, K] = figuresOf(
      f,
      'Sh',
      'Sb',
      'Sn',
      'Pq',
      'Pc',
      'CA',
      'FVNA',
      'K',
    )
    const paid = value(Pc, Sb)
    const gw = (held: R, nci: R) => sub(total(paid, held, nci), h(FVNA))
    const heldFair = value(Pq, Sh)
    const nciFair = value(Pq, Sn)
    const key = gw(heldFair, nciFair)
    return at2(
      key,
      gw(r(0), nciFair),
      gw(h(CA), nciFair),
      gw(heldFair, div(mul(h(FVNA), r(Sn)), r(Sh + Sb + Sn))),
      gw(value(Pc, Sh), nciFair),
      add(key, sub(heldFair, h(CA))),
      add(key, h(K)),
    )
  },
  'goodwill-with-a-two-tier-earn-out': (f) => {
    const [As, Lb, C, A1, A2, p1, p2, fd, K] = figuresOf(
      f,
      'As',
      'Lb',
      'C',
      'A1',
      'A2',
      'p1',
      'p2',
      'f',
      'K',
    )
    const df = factor(fd)
    // Expected payment by outcome: the first tier alone, or both tiers.
    const expected = add(pcOf(h(A1), p1), pcOf(h(A1 + A2), p2))
    const gw = (earn: R) => sub(add(h(C), earn), h(As - Lb))
    const key = gw(mul(expected, df))
    return at2(
      key,
      gw(r(0)),
      gw(mul(add(pcOf(h(A1), p1), pcOf(h(A2), p2)), df)),
      gw(mul(pcOf(h(A1), p1 + p2), df)),
      gw(expected),
      gw(mul(h(A1 + A2), df)),
      add(key, h(K)),
    )
  },
  'change-in-fair-value-of-an-earn-out-liability': (f) => {
    const [X, p0, p1, f1, f2] = figuresOf(f, 'X', 'p0', 'p1', 'f1', 'f2')
    const fair = (p: number, df: R) => mul(pcOf(r(X), p), df)
    const before = fair(p0, factor(f2))
    return at2(
      sub(fair(p1, factor(f1)), before),
      fair(p1, factor(f1)),
      sub(fair(100, factor(f1)), before),
      sub(pcOf(r(X), p1), before),
      fair(p1 - p0, factor(f2)),
      fair(p1 - p0, factor(f1)),
      fair(p0, sub(factor(f1), factor(f2))),
    )
  },
  'first-year-amortisation-of-identified-intangibles': (f) => {
    const [mi, CR, L1, TE, L2, NC, L3, BL, GW] = figuresOf(
      f,
      'mi',
      'CR',
      'L1',
      'TE',
      'L2',
      'NC',
      'L3',
      'BL',
      'GW',
    )
    // August, September or October 1: the months left in the calendar year.
    const months = [5, 4, 3][mi]!
    const monthly = (techLife: number) =>
      total(r(CR, 12 * L1), r(TE, 12 * techLife), r(NC, 12 * L3))
    const year = (m: number, backlog: R, techLife = L2) =>
      add(mul(monthly(techLife), r(m)), backlog)
    const key = year(months, r(BL))
    return at2(
      key,
      year(12, r(BL)),
      add(key, r(GW * months, 120)),
      year(6, r(BL)),
      year(months, r(BL * months, 12)),
      year(months, r(BL), L1),
      year(months - 1, r(BL)),
    )
  },
  'first-quarter-gross-margin-with-an-inventory-step-up': (f) => {
    const [B, SP, CS, PA, x, H, R0, t] = figuresOf(f, 'B', 'SP', 'CS', 'PA', 'x', 'H', 'R', 't')
    const stepUp = r(SP - CS - PA - B)
    const sold = pcOf(stepUp, x)
    const margin = (charge: R) => div(sub(r(R0 - H), charge), r(R0))
    return pct2(
      margin(sold),
      margin(r(0)),
      margin(lessTax(sold, t)),
      div(sub(r(R0 - H), sold), add(r(H), sold)),
      margin(stepUp),
      margin(pcOf(r(SP - CS - B), x)),
      margin(div(mul(stepUp, r(H)), r(B))),
    )
  },
  'revenue-from-acquired-deferred-revenue-under-ifrs-3': (f) => {
    const [rm, k, Dc, Oc, m, CL] = figuresOf(f, 'rm', 'k', 'Dc', 'Oc', 'm', 'CL')
    const cost = r(Dc + Oc)
    const fair = add(cost, pcOf(cost, m))
    const earned = (x: R, months: number) => div(mul(x, r(k)), r(months))
    return at2(
      earned(fair, rm),
      earned(r(CL), rm),
      earned(div(mul(cost, r(100)), r(100 - m)), rm),
      fair,
      earned(cost, rm),
      earned(add(r(Dc), pcOf(r(Dc), m)), rm),
      earned(fair, 12),
    )
  },
  'goodwill-impairment-of-a-reporting-unit-in-one-step': (f) => {
    const [Mc, c, G, CA, FVNA, Dc, t, own, H] = figuresOf(
      f,
      'Mc',
      'c',
      'G',
      'CA',
      'FVNA',
      'Dc',
      't',
      'own',
      'H',
    )
    const fair = add(h(Mc), pcOf(h(Mc), c))
    const loss = sub(h(CA), fair)
    // The old step two: goodwill less implied goodwill (fair value less identifiable net assets).
    const implied = sub(fair, h(FVNA))
    return at2(
      loss,
      sub(h(G), implied),
      sub(h(CA), sub(fair, h(Dc))),
      sub(h(CA), h(Mc)),
      lessTax(loss, t),
      pcOf(loss, own),
      sub(loss, h(H)),
    )
  },
  'net-deferred-tax-liability-in-the-allocation': (f) => {
    const [TB, BVp, FVp, INT, ITB, IFV, PROV, NOL, t] = figuresOf(
      f,
      'TB',
      'BVp',
      'FVp',
      'INT',
      'ITB',
      'IFV',
      'PROV',
      'NOL',
      't',
    )
    const tax = (x: number) => pcOf(r(x), t)
    // Liabilities on the taxable differences, assets on the deductible ones and the losses.
    const liabilities = (ppeBase: number, intangibles: number) =>
      add(tax(FVp - ppeBase), tax(intangibles))
    const assets = (write: boolean, nol: R) => total(write ? tax(ITB - IFV) : r(0), tax(PROV), nol)
    return at2(
      sub(liabilities(TB, INT), assets(true, tax(NOL))),
      liabilities(TB, INT),
      sub(liabilities(TB, INT), assets(true, r(0))),
      sub(liabilities(TB, INT), assets(false, tax(NOL))),
      sub(liabilities(BVp, INT), assets(true, tax(NOL))),
      sub(liabilities(TB, INT), assets(true, r(NOL))),
      sub(liabilities(TB, 0), assets(true, tax(NOL))),
    )
  },
  'goodwill-in-a-taxable-asset-purchase': (f) => {
    const [PPE, PB, AR, SP, CS, PA, CR, AW, AP, CASH, DTL0, t, C, K] = figuresOf(
      f,
      'PPE',
      'PB',
      'AR',
      'SP',
      'CS',
      'PA',
      'CR',
      'AW',
      'AP',
      'CASH',
      'DTL0',
      't',
      'C',
      'K',
    )
    const inventory = SP - CS - PA
    const assets = total(r(AR), r(inventory), r(PPE), r(CR))
    const gw = (extraAssets: number, extraLiabilities: R) =>
      sub(r(C), sub(add(assets, r(extraAssets)), add(r(AP), extraLiabilities)))
    const key = gw(0, r(0))
    return at2(
      key,
      gw(0, pcOf(r(PPE - PB + CR), t)),
      gw(0, r(DTL0)),
      add(key, r(K)),
      gw(CASH, r(0)),
      gw(PA, r(0)),
      gw(AW, r(0)),
    )
  },
  'deferred-tax-liability-after-the-first-year': (f) => {
    const [mi, dP, LP, CR, L1, TE, L2, TN, t] = figuresOf(
      f,
      'mi',
      'dP',
      'LP',
      'CR',
      'L1',
      'TE',
      'L2',
      'TN',
      't',
    )
    // April to September 1: the months left in the calendar year.
    const months = 9 - mi
    const ppeMonth = r(dP, 12 * LP)
    const intMonth = add(r(CR, 12 * L1), r(TE, 12 * L2))
    const opening = pcOf(r(dP + CR + TE + TN), t)
    const after = (charge: R, taxed: boolean) => sub(opening, taxed ? pcOf(charge, t) : charge)
    const both = add(ppeMonth, intMonth)
    const key = after(mul(both, r(months)), true)
    return at2(
      key,
      opening,
      after(mul(intMonth, r(months)), true),
      after(mul(ppeMonth, r(months)), true),
      after(mul(both, r(12)), true),
      sub(key, pcOf(r(TN), t)),
      after(mul(both, r(months)), false),
    )
  },
  'goodwill-after-measurement-period-adjustments': (f) => {
    const [G0, D, L, X, t] = figuresOf(f, 'G0', 'D', 'L', 'X', 't')
    // A higher asset lowers goodwill, a new liability raises it, each net of its deferred tax.
    const adjusted = (asset: R, liability: R) => add(sub(r(G0), asset), liability)
    const key = adjusted(lessTax(r(D), t), lessTax(r(L), t))
    return at2(
      key,
      adjusted(r(D), r(L)),
      adjusted(lessTax(r(D), t), r(0)),
      adjusted(r(D), lessTax(r(L), t)),
      add(key, lessTax(r(X), t)),
      adjusted(r(0), lessTax(r(L), t)),
      adjusted(lessTax(r(D), t), r(L)),
    )
  },
  'consideration-transferred-with-replacement-awards': (f) => {
    const [Cc, Ns, Pcl, Pan, V, R, Q, M, Mr, K, IC] = figuresOf(
      f,
      'Cc',
      'Ns',
      'Pcl',
      'Pan',
      'V',
      'R',
      'Q',
      'M',
      'Mr',
      'K',
      'IC',
    )
    const greater = Math.max(R + Q, V)
    const pre = r(M * R, 100 * greater)
    const paid = (price: number, awards: R) => total(h(Cc), value(price, Ns), awards)
    const key = paid(Pcl, pre)
    return at2(
      key,
      paid(Pan, pre),
      paid(Pcl, r(M * R, 100 * V)),
      paid(Pcl, h(Mr)),
      add(key, h(K)),
      paid(Pcl, r(0)),
      paid(Pcl, r(M * Q, 100 * (R + Q))),
      sub(key, h(IC)),
    )
  },
}
