import { add, at2, type Route, r, sub } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import {
  dl,
  HOH_2025,
  hp,
  JOINT_2025,
  SINGLE_2025,
  taxOn,
} from './tax-preparation-us-second-working.js'

/** Tax computations and payments worked again from each draw's incomes, taxes and dates. */
export const COMPUTATION_ROUTES: Readonly<Record<string, Route>> = {
  'head-of-household-regular-tax': (f) => {
    const [A] = figuresOf(f, 'A')
    return at2(
      taxOn(A - 23625, HOH_2025),
      taxOn(A - 31500, JOINT_2025),
      taxOn(A - 31500, HOH_2025),
      taxOn(A - 23625, JOINT_2025),
      taxOn(A - 15750, SINGLE_2025),
      taxOn(A - 23625, SINGLE_2025),
      taxOn(A - 15750, HOH_2025),
    )
  },
  'qualified-dividend-and-capital-gain-worksheet': (f) => {
    const [O, Q] = figuresOf(f, 'O', 'Q')
    const ordinary = taxOn(O, SINGLE_2025)
    const top = O + Q
    return at2(
      add(ordinary, hp(top - 48350, 1500)),
      ordinary,
      add(ordinary, hp(top - 64750, 1500)),
      add(ordinary, hp(Q - 48350, 1500)),
      add(ordinary, hp(Q, 1500)),
      taxOn(top, SINGLE_2025),
      add(ordinary, hp(top - 48350, 2000)),
    )
  },
  'capital-gain-at-the-20%-rate': (f) => {
    const [O, Q] = figuresOf(f, 'O', 'Q')
    const ordinary = taxOn(O, SINGLE_2025)
    const at = (from20: number) => add(ordinary, hp(from20 - O, 1500), hp(O + Q - from20, 2000))
    return at2(
      at(533400),
      add(ordinary, hp(Q, 1500)),
      at(600050),
      sub(at(533400), hp(48350, 1500)),
      add(ordinary, hp(Q, 2000)),
      taxOn(O + Q, SINGLE_2025),
      at(518900),
    )
  },
  'net-investment-income-tax': (f) => {
    const [W, Int, Qd, G, T, P] = figuresOf(f, 'W', 'Int', 'Qd', 'G', 'T', 'P')
    const nii = Int + Qd + G
    return at2(
      hp(nii, 380),
      hp(nii - Qd, 380),
      hp(nii - G, 380),
      hp(nii, 90),
      hp(W + nii + P - 200000, 380),
      hp(nii + T, 380),
      hp(nii + P, 380),
    )
  },
  'additional-medicare-tax-on-a-joint-return': (f) => {
    const [W1, W2] = figuresOf(f, 'W1', 'W2')
    const over = W1 + W2 - 250000
    return at2(
      hp(over, 90),
      hp(W1 - 200000, 90),
      hp(over - (W1 - 200000), 90),
      hp(W1 - 250000, 90),
      hp(W1 + W2 - 200000, 90),
      hp(over, 235),
      hp(over, 380),
    )
  },
  'balance-due-with-estimated-payments': (f) => {
    const [T, Se, Wh, Q, Ov, Rf] = figuresOf(f, 'T', 'Se', 'Wh', 'Q', 'Ov', 'Rf')
    const due = T + Se - Wh - 4 * Q - Ov
    return at2(
      dl(due),
      dl(due - Se),
      dl(due - Rf),
      dl(due - Se / 2),
      dl(due + Ov),
      dl(due + Q),
      dl(due + Q + Ov),
    )
  },
  'estimated-tax-safe-harbour-at-110%': (f) => {
    const [P, C, Wt] = figuresOf(f, 'P', 'C', 'Wt')
    const each = (pct: number, of: number) => dl(of * pct - Wt * 100, 400)
    return at2(
      each(110, P),
      each(100, P),
      each(90, P),
      dl(P * 110 - Wt * 400, 400),
      each(90, C),
      dl(P * 110, 400),
      each(100, C),
    )
  },
  'estimated-tax-safe-harbour-at-100%': (f) => {
    const [P, C, Wt] = figuresOf(f, 'P', 'C', 'Wt')
    const each = (pct: number, of: number, less = 0) => dl(of * pct - less * 100 - Wt * 100, 400)
    return at2(
      each(100, P),
      each(90, P),
      dl(P * 100 - Wt * 400, 400),
      each(100, P, 1000),
      each(110, P),
      each(90, C),
      dl(P * 100, 400),
    )
  },
  'late-filing-and-late-payment-penalties': (f) => {
    const [Tt, B, m] = figuresOf(f, 'Tt', 'B', 'm')
    const months = m + 1
    return at2(
      hp(B * months, 500),
      hp(B * m, 500),
      hp(B * months, 450),
      hp(B * months, 50),
      hp(B * months, 550),
      hp(B, 2500 + 50 * months),
      hp(Tt * months, 500),
    )
  },
  'tax-on-a-year-end-bonus': (f) => {
    const [X, TI] = figuresOf(f, 'X', 'TI')
    const before = taxOn(TI, SINGLE_2025)
    return at2(
      taxOn(X, SINGLE_2025, TI),
      hp(X, 1200),
      hp(X, 1000),
      add(r(0), [before[0] * BigInt(X), before[1] * BigInt(TI)]),
      hp(X, 2200),
      hp(X, 2400),
      hp(X, 2965),
    )
  },
  'excess-social-security-withheld': (f) => {
    const [W1, W2] = figuresOf(f, 'W1', 'W2')
    const excess = (base: number) => hp(W1 + W2 - base, 620)
    return at2(
      excess(176100),
      excess(184500),
      excess(200000),
      hp(W1 + W2 - 176100, 145),
      excess(168600),
      hp(W1 + W2 - 176100, 765),
      hp(W2, 620),
    )
  },
  'total-tax-on-the-return': (f) => {
    const [I, S, D, N, St, F] = figuresOf(f, 'I', 'S', 'D', 'N', 'St', 'F')
    const total = add(r(I + S + N), hp(D, 1000))
    return at2(
      total,
      sub(total, r(S)),
      sub(total, r(N)),
      r(I + S + N),
      add(total, r(St)),
      add(total, r(F)),
      add(total, hp(D, 2000)),
    )
  },
  'refund-with-refundable-credits': (f) => {
    const [Tt, Wh, A, R, Ex, Sw] = figuresOf(f, 'Tt', 'Wh', 'A', 'R', 'Ex', 'Sw')
    const refund = Wh + A + R + Ex - Tt
    const nonref = add(r(R), r(R, 2))
    return at2(
      dl(refund),
      dl(refund - A),
      dl(refund - R),
      dl(refund - Ex),
      dl(refund + Sw),
      add(r(refund), nonref),
      add(r(refund + Sw), nonref),
    )
  },
  'additional-tax-on-an-early-ira-distribution': (f) => {
    const [D, E, H, Md, Fl, C] = figuresOf(f, 'D', 'E', 'H', 'Md', 'Fl', 'C')
    const medical = Md - Fl
    const home = Math.min(H, 10000)
    const owed = D - E - home - medical
    return at2(
      hp(owed, 1000),
      hp(D - E - H - medical, 1000),
      hp(D - E - home - Md, 1000),
      hp(owed - C, 1000),
      hp(D, 1000),
      hp(D - home - medical, 1000),
      hp(owed, 2000),
    )
  },
  'extra-withholding-per-paycheck': (f) => {
    const [T, Wy, Ep, Rf, mth] = figuresOf(f, 'T', 'Wy', 'Ep', 'Rf', 'mth')
    const need = T - Wy - Ep
    const n = 2 * mth
    return at2(
      dl(need, n),
      dl(need, 24),
      dl(need - Rf, n),
      dl((T * 9) / 10 - Wy - Ep, n),
      dl(need + Ep, n),
      dl(need, n - 1),
      dl(need, mth),
    )
  },
}
