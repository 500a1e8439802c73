import { add, at2, type Route, r } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { dl, hp } from './tax-preparation-us-second-working.js'

/** $50 for each $1,000 or part of $1,000 of `m` over `t`. */
const reduction = (m: number, t: number) => 50 * Math.ceil((m - t) / 1000)
/** The care credit percentage at AGI `a`, one point off for each `step` or part over $15,000. */
const carePct = (a: number, step: number) => {
  let p = 35
  for (let over = a - 15000; over > 0 && p > 20; over -= step) p--
  return p
}
/** The American opportunity credit on `x` dollars of expenses, $4,000 or less. */
const aoc = (x: number) => add(r(Math.min(x, 2000)), r(Math.max(0, x - 2000), 4))

/** Credits worked again from each draw's children, incomes, expenses and ranges. */
export const CREDIT_ROUTES: Readonly<Record<string, Route>> = {
  'child-tax-credit-on-a-joint-return': (f) => {
    const [k, M] = figuresOf(f, 'k', 'M')
    const cut = reduction(M, 400000)
    return at2(
      dl(2200 * k + 1000 - cut),
      dl(2000 * k + 1000 - cut),
      dl(2200 * k - cut),
      dl(2200 * k + 1000 - (k + 2) * cut),
      dl(2200 * k + 1000),
      dl(2200 * k + 2200 + 500 - cut),
      dl((2200 + 1700) * k + 1000 - cut),
    )
  },
  'child-tax-credit-of-a-head-of-household': (f) => {
    const [k, M] = figuresOf(f, 'k', 'M')
    const cut = reduction(M, 200000)
    return at2(
      dl(2200 * k + 500 - cut),
      dl(1700 * k + 500 - cut),
      dl(2200 * k - cut),
      dl(2200 * k + 500 - (k + 1) * cut),
      dl(2200 * k + 500),
      dl(2200 * k + 2200 - cut),
      dl((2200 + 1700) * k + 500 - cut),
    )
  },
  'additional-child-tax-credit': (f) => {
    const [k, Wg, P, h, T] = figuresOf(f, 'k', 'Wg', 'P', 'h', 'T')
    const earned = Wg + P - h
    return at2(
      hp(earned - 2500, 1500),
      hp(Wg - 2500, 1500),
      hp(earned - 3000, 1500),
      hp(Wg - 3000, 1500),
      hp(earned, 1500),
      dl(1700 * k),
      dl(2200 * k - T),
      hp(Wg + P - 2500, 1500),
    )
  },
  'american-opportunity-credit': (f) => {
    const [Tu, Bk, S] = figuresOf(f, 'Tu', 'Bk', 'S')
    const q = Tu + Bk - S
    return at2(
      aoc(q),
      hp(q, 2000),
      dl(2000),
      aoc(Tu - S),
      dl(2500),
      aoc(Tu + Bk),
      hp(aoc(q), 14000),
    )
  },
  'american-opportunity-credit-in-the-phase-out': (f) => {
    const [M] = figuresOf(f, 'M')
    const left = 90000 - M
    return at2(
      dl(2500 * left, 10000),
      dl(2500 * (M - 80000), 10000),
      dl(2000 * left, 10000),
      dl(1000 * left, 10000),
      dl(2500),
      dl(2500 * (100000 - M), 20000),
      add(dl(2000 * left, 10000), r(500)),
    )
  },
  'lifetime-learning-credit': (f) => {
    const [E1, E2, F, S, Bs, R] = figuresOf(f, 'E1', 'E2', 'F', 'S', 'Bs', 'R')
    const q = E1 + E2 + F - S
    return at2(
      hp(q, 2000),
      hp(E1 + F - S, 2000),
      hp(E1 + E2 - S, 2000),
      hp(Math.min(2000, E1 - S) + Math.min(2000, E2 + F), 2000),
      hp(q + S, 2000),
      hp(q + Bs, 2000),
      hp(Math.min(10000, q + R), 2000),
    )
  },
  'child-and-dependent-care-credit': (f) => {
    const [A, Ex, F] = figuresOf(f, 'A', 'Ex', 'F')
    const p = carePct(A, 2000)
    return at2(
      hp(6000 - F, p * 100),
      hp(6000 - F, 2000),
      hp(3000 - F, p * 100),
      hp(6000 - F, carePct(A, 1000) * 100),
      hp(6000, p * 100),
      hp(Ex - F, p * 100),
      hp(6000 - F, 3500),
    )
  },
  'saver’s-credit-on-a-joint-return': (f) => {
    const [c1, c2, d2] = figuresOf(f, 'c1', 'c2', 'd2')
    const wife = Math.min(2000, c2 - d2)
    return at2(
      hp(2000 + wife, 2000),
      hp(2000 + wife, 1000),
      hp(2000, 2000),
      hp(2000 - d2, 2000),
      hp(2000 + wife, 5000),
      hp(c1 + c2 - d2, 2000),
      hp(2000 + Math.min(2000, c2), 2000),
    )
  },
  'saver’s-credit-of-a-single-filer': (f) => {
    const [i, k, d, m] = figuresOf(f, 'i', 'k', 'd', 'm')
    const e = i + k - d
    return at2(
      hp(e, 5000),
      hp(e, 2000),
      hp(e, 1000),
      hp(i - d, 5000),
      hp(i + k, 5000),
      hp(e + m, 5000),
      dl(1000),
    )
  },
  'residential-clean-energy-credit': (f) => {
    const [Pn, In, Bt, Ur, Sc, Rf] = figuresOf(f, 'Pn', 'In', 'Bt', 'Ur', 'Sc', 'Rf')
    const cost = Pn + In + Bt - Ur
    return at2(
      hp(cost, 3000),
      hp(cost, 2600),
      hp(cost - In, 3000),
      hp(cost - Sc, 3000),
      hp(cost + Ur, 3000),
      hp(cost + Rf, 3000),
      hp(cost + Ur + Rf, 3000),
    )
  },
  'energy-efficient-home-improvement-credit': (f) => {
    const [W, D, In] = figuresOf(f, 'W', 'D', 'In')
    const insulation = hp(In, 3000)
    return at2(
      add(r(850), insulation),
      dl(850),
      add(r(600), insulation),
      add(r(500), insulation),
      add(hp(W, 3000), r(250), insulation),
      add(r(600), hp(D, 3000), insulation),
      add(hp(W + D, 3000), insulation),
    )
  },
  'earned-income-credit-in-the-phase-out': (f) => {
    const [A] = figuresOf(f, 'A')
    const credit = (max: number, rate: number, from: number) => add(r(max), hp(-(A - from), rate))
    return at2(
      credit(7152, 2106, 23350),
      credit(7152, 2106, 17880),
      credit(7152, 4000, 23350),
      credit(4328, 2106, 23350),
      dl(7152),
      credit(7152, 2106, 30470),
      credit(7152, 1598, 23350),
    )
  },
  'earned-income-credit-in-the-phase-in': (f) => {
    const [W, N, I] = figuresOf(f, 'W', 'N', 'I')
    return at2(
      hp(W + N, 4000),
      hp(W, 4000),
      hp(W + N, 3400),
      hp(W + N, 765),
      hp(W + N, 4500),
      dl(7152),
      hp(W + N + I, 4000),
    )
  },
  'care-credit-limited-by-the-lower-earner': (f) => {
    const [A, L, Ex] = figuresOf(f, 'A', 'L', 'Ex')
    const p = carePct(A, 2000)
    return at2(
      hp(L, p * 100),
      hp(L, 2000),
      hp(L, carePct(A, 1000) * 100),
      hp(3000, p * 100),
      hp(6000, p * 100),
      hp(Ex, p * 100),
      hp(L, 3500),
    )
  },
  'taxable-dependent-care-benefits': (f) => {
    const [B, Ex, L] = figuresOf(f, 'B', 'Ex', 'L')
    return at2(
      dl(B - Math.min(5000, Ex, L)),
      dl(B - 5000),
      dl(B - Math.min(Ex, 6000)),
      dl(B - 6000),
      dl(B),
      dl(B - 3000),
      dl(B - 2500),
    )
  },
}
