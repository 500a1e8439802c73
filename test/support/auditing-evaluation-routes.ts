import {
  add,
  at0,
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
 * Evaluating misstatements worked again from each draw: every summary rebuilt as signed items
 * (an overstatement of the measure asked plus, an understatement minus), each method or line
 * keeping only the items that belong to it, tax taken as a ratio of whole numbers.
 */

/** A ratio to two places. */
const ratio2 = writtenAs((x) => dp(x, 2))
/** The signed total of whole-dollar items. */
const tally = (...xs: number[]): R => r(xs.reduce((a, b) => a + b, 0))
/** `x` after tax at `t` percent. */
const afterTax = (x: R, t: number): R => sub(x, mul(x, r(t, 100)))

/** Evaluating misstatements families worked again from each draw's figures. */
export const EVALUATION_ROUTES: Readonly<Record<string, Route>> = {
  'uncorrected-misstatements-net-effect-on-profit-before-tax': (f) => {
    const [F1, F2, J1, J2, K, P, C] = figuresOf(f, 'F1', 'F2', 'J1', 'J2', 'K', 'P', 'C')
    const factual = F1 + F2
    const judgemental = J1 - J2
    return at0(
      tally(factual, judgemental, P),
      tally(factual, J1 + J2, P),
      tally(factual, judgemental, P, C),
      tally(factual, judgemental, P, K),
      tally(factual, judgemental),
      tally(factual, P),
      tally(factual),
    )
  },
  'uncorrected-misstatements-effect-on-profit-after-tax': (f) => {
    const [F, N, J, P, R_, t] = figuresOf(f, 'F', 'N', 'J', 'P', 'R', 't')
    const deductible = F - J + P
    return at2(
      add(afterTax(r(deductible), t), r(N)),
      tally(deductible, N),
      add(afterTax(r(deductible + R_), t), r(N)),
      add(afterTax(r(F + J + P), t), r(N)),
      afterTax(r(deductible + N), t),
      add(afterTax(r(F - J), t), r(N)),
      r(deductible * t, 100),
    )
  },
  'uncorrected-misstatements-effect-on-current-assets': (f) => {
    const [F, P, U, R_, A, D, C] = figuresOf(f, 'F', 'P', 'U', 'R', 'A', 'D', 'C')
    // Current-asset items only: receivables, inventory, the prepayment and the deposit.
    const lines = { receivables: F, inventory: P, prepayments: -U, deposit: R_ }
    const ca = Object.values(lines).reduce((a, b) => a + b, 0)
    return at0(
      r(ca),
      r(ca - R_),
      r(ca - P),
      r(ca + A),
      r(ca + D),
      r(ca + 2 * U),
      r(ca + C),
      r(ca - F),
    )
  },
  'uncorrected-misstatements-effect-on-working-capital': (f) => {
    const [F, A, L, P, Dr, X, C] = figuresOf(f, 'F', 'A', 'L', 'P', 'Dr', 'X', 'C')
    const caOver = F + P
    // Current liabilities understated by the accrual and the loan, overstated by deferred revenue.
    const clUnder = A + L - Dr
    return at0(
      r(caOver + clUnder),
      r(caOver + A - Dr),
      r(caOver - A + L - Dr),
      r(caOver),
      r(caOver + A + L + Dr),
      r(caOver + clUnder + X),
      r(caOver + clUnder + C),
    )
  },
  'uncorrected-misstatements-effect-on-closing-equity': (f) => {
    const [E1, E2, Y, U, R_, t] = figuresOf(f, 'E1', 'E2', 'Y', 'U', 'R', 't')
    // Opening equity overstated by last year's items, this year's profit by this year's less the
    // reversal; closing equity is the two together, plus the surplus in other comprehensive income.
    const opening = Y + U
    const profit = E1 + E2 - U
    const closing = opening + profit + R_
    return at2(
      afterTax(r(closing), t),
      r(closing),
      afterTax(r(closing + U), t),
      add(afterTax(r(closing - R_), t), r(R_)),
      afterTax(r(closing - R_), t),
      afterTax(r(profit), t),
      afterTax(r(closing - Y), t),
    )
  },
  'prior-year-misstatements-by-the-rollover-method': (f) => {
    const [A, U, d, n, I0, I1] = figuresOf(f, 'A', 'U', 'd', 'n', 'I0', 'I1')
    const thisYear = A + d + I1
    const reversals = U + I0
    return at0(
      r(thisYear - reversals),
      r(A + n * d + I1),
      r(thisYear),
      r(A + n * d + I1 - reversals),
      r(A + I1 - reversals),
      r(A + d - U - (I1 - I0)),
      r(A + d - U),
    )
  },
  'prior-year-misstatements-by-the-iron-curtain-method': (f) => {
    const [R1, R0, w0, w1, E, L] = figuresOf(f, 'R1', 'R0', 'w0', 'w1', 'E', 'L')
    const closing = R1 + w1 + E
    return at0(
      r(closing),
      r(closing + R0 + w0),
      r(closing + R0),
      r(closing + L),
      r(closing - R0 - w0),
      r(closing - w0),
      r(closing - R0),
    )
  },
  'difference-between-iron-curtain-and-rollover-amounts': (f) => {
    const [d, n, S0, S1, A] = figuresOf(f, 'd', 'n', 'S0', 'S1', 'A')
    const ic = n * d + S1 + A
    const ro = d + S1 + A - S0
    return at0(r(ic - ro), r(ic), r(ro), r(ic - ro + d), r(ic - ro - S0), r(ic - ro - 2 * S0))
  },
  'room-left-under-overall-materiality': (f) => {
    const [M, PM, F, J1, J2, P, Tt, C, t] = figuresOf(
      f,
      'M',
      'PM',
      'F',
      'J1',
      'J2',
      'P',
      'Tt',
      'C',
      't',
    )
    const total = F + J1 - J2 + P
    return at0(
      r(M - total),
      r(PM - total),
      r(M - (F + J1 + J2 + P)),
      r(M - total - C),
      r(M - total - Tt),
      r(M - (F + J1 - J2)),
      sub(r(M), afterTax(r(total), t)),
      r(M - F - P),
    )
  },
  'correction-needed-to-bring-uncorrected-misstatements-to-performance-materiality': (f) => {
    const [M, PM, F, J1, J2, P, U, Tt, C] = figuresOf(
      f,
      'M',
      'PM',
      'F',
      'J1',
      'J2',
      'P',
      'U',
      'Tt',
      'C',
    )
    const total = F + J1 - J2 + P - U
    if (total - PM > F) throw new Error('correcting all the factual misstatement is not enough')
    return at0(
      r(total - PM),
      r(F + J1 + J2 + P - U - PM),
      r(F + J1 - J2 + P - PM),
      r(total + C - PM),
      r(total - M),
      r(F + J1 - J2 - U - PM),
      r(total - Tt - PM),
    )
  },
  'uncorrected-misstatements-effect-on-gross-profit': (f) => {
    const [S, Cs, P, G, B, D, A] = figuresOf(f, 'S', 'Cs', 'P', 'G', 'B', 'D', 'A')
    // Revenue overstated by the early sale; cost of sales understated by the inventory items and
    // the unrecorded purchases, overstated by the missing rebate and the freight.
    const revenue = S
    const cosUnder = P + G - B - D
    return at0(
      r(revenue + cosUnder),
      r(S - Cs + cosUnder),
      r(revenue + G - B - D),
      r(revenue + P - B - D),
      r(revenue + cosUnder + A),
      r(revenue + P + G - B),
      r(revenue + P + G + B - D),
    )
  },
  'uncorrected-projection-after-the-known-sample-errors-are-corrected': (f) => {
    const [V, Np, ns, Sv, K, F, J] = figuresOf(f, 'V', 'Np', 'ns', 'Sv', 'K', 'F', 'J')
    // What stays uncorrected of the projection is its part in the balances not tested.
    const rest = div(r(K * (V - Sv)), r(Sv))
    const projected = div(r(K * V), r(Sv))
    return at0(
      add(r(F + J), rest),
      add(r(F + J), projected),
      add(r(F + J - K), div(r(K * Np), r(ns))),
      add(r(F + J + K), projected),
      r(F + J),
      add(r(F + J - K), rest),
      add(r(F), rest),
    )
  },
  'opening-effect-of-a-prior-year-cut-off-error-on-current-profit': (f) => {
    const [S0, C0, S1, C1, O, t] = figuresOf(f, 'S0', 'C0', 'S1', 'C1', 'O', 't')
    const pre = S1 - C1 + O - (S0 - C0)
    return at2(
      afterTax(r(pre), t),
      r(pre),
      afterTax(r(S1 - C1 + O), t),
      afterTax(r(S1 + O - S0 + C0), t),
      afterTax(r(S1 - C1 + O - S0), t),
      afterTax(r(S1 - C1 + O - S0 - C0), t),
      sub(afterTax(r(S1 - C1 + O), t), r(S0 - C0)),
    )
  },
  'summary-total-leaving-off-clearly-trivial-misstatements': (f) => {
    const [M, F1, F2, J, P, Bq, t1, t2, t3, C] = figuresOf(
      f,
      'M',
      'F1',
      'F2',
      'J',
      'P',
      'Bq',
      't1',
      't2',
      't3',
      'C',
    )
    // Every item signed; a threshold keeps those larger than it.
    const items = [F1, F2, -J, P, -Bq, -t1, t2, -t3]
    const above = (thr: R) =>
      r(items.filter((x) => BigInt(Math.abs(x)) * thr[1] > thr[0]).reduce((a, b) => a + b, 0))
    const ct = r(M * 5, 100)
    return at0(
      above(ct),
      above(r(0)),
      above(r(M * 375, 10000)),
      sub(above(ct), r(P)),
      add(above(ct), r(2 * J)),
      add(above(ct), r(J)),
      add(above(ct), r(C)),
    )
  },
  'judgemental-misstatement-from-the-auditors-range': (f) => {
    const [L1, H1, X1, L2, H2, X2, L3, H3, X3] = figuresOf(
      f,
      'L1',
      'H1',
      'X1',
      'L2',
      'H2',
      'X2',
      'L3',
      'H3',
      'X3',
    )
    // Each estimate against a point of the team's range: a provision or allowance below the point
    // overstates profit by the gap, one above understates it; an asset the other way round.
    const provision = (point: R) => sub(point, r(X1))
    const allowance = (point: R) => sub(point, r(X2))
    const asset = (point: R) => sub(r(X3), point)
    const mid = (a: number, b: number) => r(a + b, 2)
    const key = add(provision(r(L1)), allowance(r(H2)))
    return at0(
      key,
      add(provision(r(H1)), allowance(r(H2))),
      add(provision(mid(L1, H1)), allowance(r(H2))),
      sub(provision(r(L1)), allowance(r(H2))),
      add(provision(r(L1)), allowance(r(L2))),
      add(provision(r(L1)), allowance(mid(L2, H2))),
      add(key, asset(mid(L3, H3))),
    )
  },
  'current-ratio-after-uncorrected-misstatements': (f) => {
    const [CA, CL, F, P, A, L, LT, X] = figuresOf(f, 'CA', 'CL', 'F', 'P', 'A', 'L', 'LT', 'X')
    const q = (a: number, b: number) => div(r(a), r(b))
    return ratio2(
      q(CA - F - P, CL + A + L),
      q(CA, CL),
      q(CA - F - P, CL + A),
      q(CA - F, CL + A + L),
      q(CA - F - P - A, CL + A + L),
      q(CA - F - P, CL + A + LT),
      q(CA - F - P - X, CL + A + L),
    )
  },
  'room-left-under-materiality-by-the-dual-approach': (f) => {
    const [M, PM, A, V, d, n, Tt, t] = figuresOf(f, 'M', 'PM', 'A', 'V', 'd', 'n', 'Tt', 't')
    const rollover = A + V + d
    const ironCurtain = A + n * d
    const larger = Math.max(rollover, ironCurtain)
    const smaller = Math.min(rollover, ironCurtain)
    return at0(
      r(M - larger),
      r(M - smaller),
      r(M - A),
      sub(r(M), afterTax(r(larger), t)),
      r(PM - larger),
      r(M - A - V - n * d),
      r(M - larger - Tt),
    )
  },
}
