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
 * Substantive analytics and tests of details worked again from each draw: expectations summed
 * month by month, thresholds compared as exact rationals, depreciation charged month by month from
 * a register, day counts from calendar dates, and cut-off and reconciling items signed one by one.
 */

/** A whole percent, tenths of a percent and basis points as fractions of one; cents as dollars. */
const P = (x: number): R => r(x, 100)
const T = (x: number): R => r(x, 1000)
const BP = (x: number): R => r(x, 10000)
const CT = (x: number): R => r(x, 100)
/** The total of the rationals given. */
const tot = (...xs: readonly R[]): R => add(r(0), ...xs)
/** The smaller and the larger of two rationals. */
const least = (a: R, b: R): R => (cmp(a, b) <= 0 ? a : b)
const most = (a: R, b: R): R => (cmp(a, b) >= 0 ? a : b)
/** Days from one 2025 or 2026 date to another, from the calendar. */
const days = (y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): number =>
  (Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86400000
/** A recalculation family's answers: the client's recorded figure less each working. */
const excess = (recorded: number, ...workings: readonly R[]) =>
  at2(...workings.map((x) => sub(r(recorded), x)))
/** The months 1–12 of a year for which `on` holds. */
const monthsWhere = (on: (mo: number) => boolean): number =>
  Array.from({ length: 12 }, (_, i) => i + 1).filter(on).length

/** Substantive analytics and tests of details worked again from each draw's figures. */
export const DETAILS_ROUTES: Readonly<Record<string, Route>> = {
  'payroll-expectation-from-average-headcount-and-a-mid-year-raise': (f) => {
    const [n0, n1, S, p, M, b, t, Rec] = figuresOf(f, 'n0', 'n1', 'S', 'p', 'M', 'b', 't', 'R')
    // Twelve monthly payrolls for a headcount, the raise applying from month `from`.
    const year = (heads: R, from: number, on = true): R => {
      let sum = r(0)
      for (let mo = 1; mo <= 12; mo++) {
        const pay = mo >= from ? mul(r(S), P(100 + p)) : r(S)
        sum = add(sum, mul(heads, pay, r(1, 12)))
      }
      return on ? mul(sum, P(100 + b)) : sum
    }
    const avg = r(n0 + n1, 2)
    const exp = year(avg, M)
    const thr = (e: R) => mul(e, P(t))
    const over = (e: R) => sub(sub(r(Rec), e), thr(e))
    return at2(
      over(exp),
      over(year(avg, 1)),
      sub(sub(r(Rec), exp), mul(r(Rec), P(t))),
      over(year(r(n1), M)),
      over(year(avg, 13)),
      sub(r(Rec), exp),
      over(year(avg, M, false)),
      over(year(r(n0), M)),
    )
  },
  'rent-expense-expectation-from-the-lease-schedule': (f) => {
    const [a, e, j, b, m, c, k, PM, OM, Rec] = figuresOf(
      f,
      'a',
      'e',
      'j',
      'b',
      'm',
      'c',
      'k',
      'PM',
      'OM',
      'R',
    )
    // Rent month by month: the warehouse escalating from `esc`, the store from `start`, the
    // office to `end`.
    const rent = (esc: number, start: number, end: number): R => {
      let sum = r(0)
      for (let mo = 1; mo <= 12; mo++) {
        sum = add(sum, mo >= esc ? mul(r(a), P(100 + e)) : r(a))
        if (mo >= start) sum = add(sum, r(b))
        if (mo <= end) sum = add(sum, r(c))
      }
      return sum
    }
    const exp = rent(j, m, k)
    const short = (x: R, thr = r(PM, 10)) => sub(sub(x, r(Rec)), thr)
    return at2(
      short(exp),
      short(rent(j, 1, k)),
      short(rent(j, m, 12)),
      short(rent(1, m, k)),
      sub(exp, r(Rec)),
      short(rent(13, m, k)),
      short(exp, r(OM, 10)),
      short(rent(j, m + 1, k)),
    )
  },
  'interest-expense-proof-on-average-debt-with-a-commitment-fee': (f) => {
    const [A0, A1, i1, i2, V, Lm, fee, t, Rec] = figuresOf(
      f,
      'A0',
      'A1',
      'i1',
      'i2',
      'V',
      'Lm',
      'f',
      't',
      'R',
    )
    const termOn = (bal: R) => mul(bal, BP(i1))
    const revolver = mul(r(V), BP(i2))
    const feeOn = (undrawn: number) => mul(r(undrawn), BP(fee))
    const mid = div(r(A0 + A1), r(2))
    const exp = tot(termOn(mid), revolver, feeOn(Lm - V))
    const over = (e: R) => sub(r(Rec), mul(e, P(100 + t)))
    return at2(
      over(exp),
      over(tot(termOn(r(A0)), revolver, feeOn(Lm - V))),
      over(tot(termOn(mid), revolver, feeOn(Lm))),
      sub(sub(r(Rec), exp), mul(r(Rec), P(t))),
      over(tot(termOn(r(A1)), revolver, feeOn(Lm - V))),
      over(tot(termOn(mid), revolver)),
      sub(r(Rec), exp),
      over(tot(termOn(mid), mul(r(V), BP(i1)), feeOn(Lm - V))),
    )
  },
  'revenue-expectation-from-units-shipped-and-list-prices': (f) => {
    const [q1, q2, P1, P2, s, k, rr, y, X, Rec] = figuresOf(
      f,
      'q1',
      'q2',
      'P1',
      'P2',
      's',
      'k',
      'r',
      'y',
      'X',
      'R',
    )
    // Each half: list-price units plus distributor units at the discount, then returns.
    const half = (units: number, price: number, share: R) =>
      add(mul(r(units), sub(r(1), share), CT(price)), mul(r(units), share, CT(price), P(100 - k)))
    const exp = (a: number, b: number, share = P(s), ret = true) =>
      mul(add(half(q1, a, share), half(q2, b, share)), ret ? P(100 - rr) : r(1))
    const E = exp(P1, P2)
    const over = (e: R) => sub(sub(r(Rec), e), least(r(X), mul(e, P(y))))
    return at2(
      over(E),
      over(exp(P1, P2, P(s), false)),
      over(exp(P2, P2)),
      over(exp(P1, P2, r(0))),
      sub(sub(r(Rec), E), most(r(X), mul(E, P(y)))),
      over(exp(P1, P1)),
      over(exp(P1, P2, r(1))),
      sub(r(Rec), E),
    )
  },
  'commission-expense-as-a-rate-of-commissioned-sales': (f) => {
    const [G, Rt, H, c, a, Qt, Q, y, X, Rec] = figuresOf(
      f,
      'G',
      'Rt',
      'H',
      'c',
      'a',
      'Qt',
      'Q',
      'y',
      'X',
      'R',
    )
    const net = G - Rt - H
    // Below-quota and above-quota sales at their rates.
    const comm = (base: number, accelOn: number, baseAbove = true) =>
      add(mul(r(base - Q), T(c)), mul(r(Q), baseAbove ? T(c) : r(0)), mul(r(accelOn), T(a)))
    const E = comm(net, Q)
    const over = (e: R) => sub(sub(r(Rec), e), most(r(X), mul(e, P(y))))
    return at2(
      over(E),
      over(comm(G - H, Q)),
      over(comm(G - Rt, Q)),
      over(comm(net, Qt)),
      over(comm(net, 0)),
      over(comm(net, Q, false)),
      sub(sub(r(Rec), E), least(r(X), mul(E, P(y)))),
      sub(r(Rec), E),
    )
  },
  'straight-line-depreciation-overstatement-with-an-addition-and-a-disposal': (f) => {
    const [C0, Dc, A, L, v, ma, md, Rec] = figuresOf(
      f,
      'C0',
      'Dc',
      'A',
      'L',
      'v',
      'ma',
      'md',
      'Rec',
    )
    // Month by month over a register: the kept assets, the sold machine up to `soldTo`, the
    // addition from `addFrom`.
    const charge = (soldTo: number, addFrom: number, keepResidual = true) => {
      const per = (cost: number) => div(mul(r(cost), keepResidual ? P(100 - v) : r(1)), r(12 * L))
      let sum = r(0)
      for (let mo = 1; mo <= 12; mo++) {
        sum = add(sum, per(C0 - Dc))
        if (mo <= soldTo) sum = add(sum, per(Dc))
        if (mo >= addFrom) sum = add(sum, per(A))
      }
      return sub(r(Rec), sum)
    }
    const perYear = (cost: number) => div(mul(r(cost), P(100 - v)), r(L))
    return at2(
      charge(md - 1, ma),
      charge(md - 1, 1),
      charge(12, ma),
      charge(md - 1, ma, false),
      charge(md, ma),
      charge(0, ma),
      charge(md - 1, ma + 1),
      sub(r(Rec), tot(perYear(C0 - Dc), div(perYear(Dc), r(2)), div(perYear(A), r(2)))),
    )
  },
  'reducing-balance-depreciation-misstatement-in-the-third-year': (f) => {
    const [C, d, m, V, Rec] = figuresOf(f, 'C', 'd', 'm', 'V', 'Rec')
    // Carrying amounts year by year: 2023 for `months`, 2024 for `y2` of a year.
    const run = (months: number, y2 = 1) => {
      const c2023 = mul(r(C), P(d), r(months, 12))
      const after23 = sub(r(C), c2023)
      return sub(after23, mul(after23, P(d), r(y2)))
    }
    const over = (opening: R, part = r(1)) => sub(r(Rec), mul(opening, P(d), part))
    return at2(
      over(run(13 - m)),
      over(run(13 - m, 0)),
      over(run(12 - m)),
      over(run(0)),
      over(run(12)),
      over(sub(run(13 - m), r(V))),
      over(run(13 - m), r(13 - m, 12)),
    )
  },
  'units-of-production-depreciation-after-a-revised-output-estimate': (f) => {
    const [C, V, U0, U1, U2, u, Rec] = figuresOf(f, 'C', 'V', 'U0', 'U1', 'U2', 'u', 'R')
    const perUnitOld = r(C - V, U0)
    const nbv = sub(r(C), mul(perUnitOld, r(U1)))
    const perUnitNew = div(sub(nbv, r(V)), r(U2 - U1))
    return excess(
      Rec,
      mul(perUnitNew, r(u)),
      mul(perUnitOld, r(u)),
      mul(div(sub(nbv, r(V)), r(U2)), r(u)),
      mul(r(C - V, U2), r(u)),
      mul(div(nbv, r(U2 - U1)), r(u)),
      mul(div(sub(nbv, r(V)), r(U2 - U1 - u)), r(u)),
      sub(mul(r(C - V, U2), r(U1 + u)), mul(perUnitOld, r(U1))),
    )
  },
  'depreciation-after-a-mid-year-revision-of-life-and-residual': (f) => {
    const [C, V, L, k, T2, V2, mr, Rec] = figuresOf(f, 'C', 'V', 'L', 'k', 'T', 'V2', 'mr', 'R')
    // Month by month through 2025: the old monthly charge before the revision, the new one after.
    const oldMonth = div(r(C - V), r(12 * L))
    const used = 12 * k + (mr - 1)
    const nbvAtRevision = sub(r(C), mul(oldMonth, r(used)))
    const run = (residual: number, monthsLeft: number) => {
      const newMonth = div(sub(nbvAtRevision, r(residual)), r(monthsLeft))
      let sum = r(0)
      for (let mo = 1; mo <= 12; mo++) sum = add(sum, mo < mr ? oldMonth : newMonth)
      return sum
    }
    const left = 12 * T2 - used
    const nbvJan = sub(r(C), mul(oldMonth, r(12 * k)))
    return excess(
      Rec,
      run(V2, left),
      mul(div(sub(nbvJan, r(V2)), r(12 * (T2 - k))), r(12)),
      run(V, left),
      run(0, left),
      mul(oldMonth, r(12)),
      run(V2, 12 * (T2 - k)),
      run(V2, 12 * T2),
      div(r(C - V2), r(T2)),
    )
  },
  'accrued-interest-on-a-loan-after-a-principal-prepayment': (f) => {
    const [Pr, Q, rt, lm, ld, pm, pd, Rec] = figuresOf(
      f,
      'P',
      'Q',
      'rt',
      'lm',
      'ld',
      'pm',
      'pd',
      'R',
    )
    const accrued = days(2025, lm, ld, 2025, 12, 31)
    const before = days(2025, lm, ld, 2025, pm, pd)
    const quarter = days(2025, lm, ld, 2026, lm - 9, ld)
    const i = (principal: number, n: number, basis = 360) =>
      div(mul(r(principal), BP(rt), r(n)), r(basis))
    return excess(
      Rec,
      i(Pr - Q, accrued),
      i(Pr, accrued),
      add(i(Pr, before), i(Pr - Q, accrued - before)),
      i(Pr - Q, quarter),
      i(Pr - Q, accrued, 365),
      i(Pr - Q, accrued - before),
      i(Pr - Q, 31),
    )
  },
  'prepaid-expenses-at-year-end-with-a-mid-term-endorsement': (f) => {
    const [A, m, e, B, Qr, qm, Rec] = figuresOf(f, 'A', 'm', 'e', 'B', 'Qr', 'qm', 'R')
    // Months of each period that fall after December 31, 2025, counted from the calendar.
    const policyAfter = monthsWhere((mo) => mo < m)
    const endorsementTerm = monthsWhere((mo) => mo >= e) + policyAfter
    const rentAfter = 3 - monthsWhere((mo) => mo >= qm)
    const policy = (months: number) => div(mul(r(A), r(months)), r(12))
    const extra = (share: R) => mul(r(B), share)
    const rent = (share: R) => mul(r(Qr), share)
    const keyRent = rent(r(rentAfter, 3))
    const keyExtra = extra(r(policyAfter, endorsementTerm))
    return excess(
      Rec,
      tot(policy(policyAfter), keyExtra, keyRent),
      tot(policy(policyAfter), extra(r(policyAfter, 12)), keyRent),
      tot(policy(policyAfter), keyRent),
      tot(policy(policyAfter), keyExtra),
      tot(policy(policyAfter), r(B), keyRent),
      tot(policy(policyAfter), keyExtra, r(Qr)),
      tot(policy(policyAfter + 1), extra(r(policyAfter + 1, endorsementTerm)), keyRent),
    )
  },
  'bad-debt-provision-shortfall-from-an-ageing-with-a-specific-account': (f) => {
    const [B0, B1, B2, B3, B4, K, p0, p1, p2, p3, p4, O, W, Rc, Pc] = figuresOf(
      f,
      'B0',
      'B1',
      'B2',
      'B3',
      'B4',
      'K',
      'p0',
      'p1',
      'p2',
      'p3',
      'p4',
      'O',
      'W',
      'Rc',
      'Pc',
    )
    const general = tot(
      mul(r(B1), P(p1)),
      mul(r(B2), P(p2)),
      mul(r(B3), P(p3)),
      mul(r(B4 - K), P(p4)),
    )
    const current = mul(r(B0), P(p0))
    const required = tot(current, general, r(K))
    // The allowance after the year's activity and the client's own provision.
    const booked = (open: number, offs: number, back: number, prov: number) =>
      r(open - offs + back + prov)
    const now = booked(O, W, Rc, Pc)
    return at2(
      sub(required, now),
      sub(required, booked(O, W, Rc, 0)),
      sub(required, booked(O, W, 0, Pc)),
      sub(add(required, mul(r(K), P(p4))), now),
      sub(tot(current, general, mul(r(K), P(p4))), now),
      sub(required, booked(O, 0, Rc, Pc)),
      sub(add(general, r(K)), now),
    )
  },
  'inventory-write-down-to-net-realisable-value-line-by-line': (f) => {
    const [q, g, u1, c1, k1, s1, u2, c2, sv, u3, c3, s3, u4, c4, k4, s4, Pr] = figuresOf(
      f,
      'q',
      'g',
      'u1',
      'c1',
      'k1',
      's1',
      'u2',
      'c2',
      'sv',
      'u3',
      'c3',
      's3',
      'u4',
      'c4',
      'k4',
      's4',
      'Pr',
    )
    // Everything in cents per unit, then the total in dollars.
    const lines = [
      { u: u1, c: c1, s: s1, k: k1 },
      { u: u3, c: c3, s: s3, k: 0 },
      { u: u4, c: c4, s: s4, k: k4 },
    ]
    const nrvC = (s: number, k: number, comm: boolean, compl: boolean, margin: number) =>
      sub(r(s - (compl ? k : 0)), mul(r(s), P((comm ? q : 0) + margin)))
    const loss = (units: number, cost: number, floor: R) =>
      cmp(r(cost), floor) > 0 ? mul(r(units), sub(r(cost), floor)) : r(0)
    const writeDown = (comm = true, compl = true, scrap = sv, margin = 0) =>
      div(
        tot(
          loss(u2, c2, r(scrap)),
          ...lines.map((l) => loss(l.u, l.c, nrvC(l.s, l.k, comm, compl, margin))),
        ),
        r(100),
      )
    const aggregate = div(
      tot(
        mul(r(u2), r(c2 - sv)),
        ...lines.map((l) => mul(r(l.u), sub(r(l.c), nrvC(l.s, l.k, true, true, 0)))),
      ),
      r(100),
    )
    const W = writeDown()
    return at2(
      sub(W, r(Pr)),
      W,
      sub(writeDown(true, true, sv, g), r(Pr)),
      sub(writeDown(true, true, 0), r(Pr)),
      sub(aggregate, r(Pr)),
      sub(writeDown(false), r(Pr)),
      sub(writeDown(true, false), r(Pr)),
    )
  },
  'warranty-provision-recalculated-after-a-change-in-rate': (f) => {
    const [S0, S1, S2, w, wo, c0, c1, c1b, c2, Rec] = figuresOf(
      f,
      'S0',
      'S1',
      'S2',
      'w',
      'wo',
      'c0',
      'c1',
      'c1b',
      'c2',
      'R',
    )
    // Each year's remaining exposure: expected cost at a rate less claims deducted.
    const left = (sales: number, rate: number, claims: number) =>
      sub(mul(r(sales), T(rate)), r(claims))
    const y24 = left(S1, w, c1)
    const y25 = left(S2, w, c2)
    return excess(
      Rec,
      add(y24, y25),
      tot(left(S0, w, c0), y24, y25),
      mul(r(S1 + S2), T(w)),
      add(left(S1, w, c1b), y25),
      y25,
      add(left(S1, wo, c1), y25),
      sub(add(y24, y25), r(c0)),
    )
  },
  'sales-cut-off-misstatement-from-shipping-terms': (f) => {
    const [A, B, C, D, E] = figuresOf(f, 'A', 'B', 'C', 'D', 'E')
    // Each shipment: amount, terms, shipped and delivered (days from December 31; January
    // positive), and whether the client invoiced it in 2025.
    const items = [
      { amt: E, fob: 'dest', ship: -3, arrive: -1, in2025: false },
      { amt: B, fob: 'sp', ship: -2, arrive: 2, in2025: true },
      { amt: A, fob: 'dest', ship: -1, arrive: 3, in2025: true },
      { amt: C, fob: 'sp', ship: 0, arrive: 3, in2025: false },
      { amt: D, fob: 'sp', ship: 2, arrive: 3, in2025: true },
    ]
    type Item = (typeof items)[number]
    const earned = (it: Item, swap = false) =>
      ((it.fob === 'sp') !== swap ? it.ship : it.arrive) <= 0
    // Signed misstatement of each item: + overstated, − understated.
    const sign = (it: Item, swap = false) =>
      it.in2025 && !earned(it, swap) ? 1 : !it.in2025 && earned(it, swap) ? -1 : 0
    const net = (rule: (it: Item, i: number) => number) =>
      CT(items.reduce((s, it, i) => s + rule(it, i) * it.amt, 0))
    return at2(
      net((it) => sign(it)),
      net((it) => Math.max(0, sign(it))),
      net((it) => Math.abs(sign(it))),
      net((it, i) => (i === 1 ? 1 : sign(it))),
      net((it, i) => (i === 2 ? 0 : sign(it))),
      net((it, i) => (i === 4 ? 0 : sign(it))),
      net((it) => sign(it, true)),
    )
  },
  'payables-cut-off-goods-received-not-invoiced': (f) => {
    const [q1, p1, Q2, q2, p2, q3, p3, q4, p4, q5, p5] = figuresOf(
      f,
      'q1',
      'p1',
      'Q2',
      'q2',
      'p2',
      'q3',
      'p3',
      'q4',
      'p4',
      'q5',
      'p5',
    )
    // Cents: owed at the year end less recorded at the year end, item by item.
    const owedLessRecorded = [q1 * p1, q2 * p2 - Q2 * p2, q3 * p3, -q4 * p4, 0]
    const net = (xs: readonly number[]) => CT(xs.reduce((s, x) => s + x, 0))
    const [i1, i2, i3, i4] = owedLessRecorded as [number, number, number, number, number]
    return at2(
      net(owedLessRecorded),
      net([i1, i3]),
      net([i1, -i2, i3, -i4]),
      net([...owedLessRecorded, q5 * p5]),
      net([i1, i2, i4]),
      net([i1, i3, -Q2 * p2, i4]),
      net([i1, i3, -q2 * p2, i4]),
    )
  },
  'receivable-confirmation-reconciled-to-the-unexplained-difference': (f) => {
    const [L, B, pay, g, d, e] = figuresOf(f, 'L', 'B', 'pay', 'g', 'd', 'e')
    // The customer's balance brought up to the ledger by each cleared item; what is left over.
    const left = (...cleared: number[]) => CT(L - cleared.reduce((s, x) => s + x, B))
    return at2(
      left(pay, g),
      left(),
      left(g),
      left(pay),
      left(pay, g, d),
      left(pay, g, e),
      left(pay, g, d, e),
    )
  },
  'inventory-roll-forward-from-a-count-before-the-year-end': (f) => {
    const [K, Pu, PR, S, SR, m] = figuresOf(f, 'K', 'P', 'PR', 'S', 'SR', 'm')
    const inward = r(Pu - PR)
    const fwd = (costOut: R, ins = inward) => sub(add(r(K), ins), costOut)
    const atCost = (sales: number) => mul(r(sales), P(100 - m))
    return at2(
      fwd(atCost(S - SR)),
      fwd(r(S - SR)),
      fwd(div(mul(r(S - SR), r(100)), r(100 + m))),
      fwd(atCost(S)),
      fwd(atCost(S - SR), r(Pu)),
      fwd(mul(r(S - SR), P(m))),
      fwd(sub(atCost(S), r(SR))),
    )
  },
  'inventory-roll-back-from-a-count-after-the-year-end': (f) => {
    const [K, Tr, Pu, S, SR, mk] = figuresOf(f, 'K', 'T', 'P', 'S', 'SR', 'mk')
    const cost = (sales: number) => div(mul(r(sales), r(100)), r(100 + mk))
    const back = (received: number, cogs: R) => add(sub(r(K), r(received)), cogs)
    return at2(
      back(Pu - Tr, cost(S - SR)),
      back(Pu, cost(S - SR)),
      back(Pu - Tr, mul(r(S - SR), P(100 - mk))),
      sub(add(r(K), r(Pu - Tr)), cost(S - SR)),
      back(Pu - Tr, r(S - SR)),
      back(Pu - Tr, cost(S)),
      back(Pu - Tr, cost(S + SR)),
    )
  },
  'search-for-unrecorded-liabilities-in-post-year-end-payments': (f) => {
    const [L1, X2, U, s, G5, G6] = figuresOf(f, 'L1', 'X2', 'U', 's', 'G5', 'G6')
    const bill = days(2025, 12, s, 2026, 1, s)
    const inDec = days(2025, 12, s, 2026, 1, 1)
    const part = (n: number) => div(mul(CT(U), r(n)), r(bill))
    const sum = (util: R, ...cents: number[]) => add(util, CT(cents.reduce((a, b) => a + b, 0)))
    return at2(
      sum(part(inDec), L1, G5),
      sum(part(inDec), L1, X2, G5),
      sum(CT(U), L1, G5),
      sum(part(inDec), L1, G5, G6),
      sum(r(0), L1, G5),
      sum(part(bill - inDec), L1, G5),
      sum(part(inDec), L1),
    )
  },
}
