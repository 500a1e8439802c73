import { add, at2, mul, pct2, type Route, r, sub } from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { dl } from './tax-preparation-us-second-working.js'

/** The 2025 senior deduction left at modified AGI `m` over threshold `t`: $6,000 less 6%. */
const senior = (m: number, t: number) => dl(600000 - Math.max(0, m - t) * 6, 100)
const plus = (n: number, s: ReturnType<typeof dl>, k = 1) => add(r(n), mul(s, r(k)))

/** Filing status, dependents and standard deductions worked again from each draw's figures. */
export const STATUS_ROUTES: Readonly<Record<string, Route>> = {
  'cost-of-keeping-up-a-home': (f) => {
    const [R, U, G, P, C, M, V] = figuresOf(f, 'R', 'U', 'G', 'P', 'C', 'M', 'V')
    const home = R + U + G + P
    return at2(
      dl(home),
      dl(home - G),
      dl(home - U),
      dl(R + U),
      dl(home + C),
      dl(home + M),
      dl(home + C + M + V),
    )
  },
  'standard-deduction-of-a-dependent': (f) => {
    const [E, I] = figuresOf(f, 'E', 'I')
    return at2(dl(E + 450), dl(1350), dl(E), dl(I + 450), dl(E + I + 450), dl(15750), dl(E + 1350))
  },
  'single-senior-and-blind-deductions': (f) => {
    const [M] = figuresOf(f, 'M')
    const s = senior(M, 75000)
    return at2(
      plus(19750, s),
      dl(19750),
      plus(17750, s),
      plus(18950, s),
      dl(25750),
      plus(27625, s),
      plus(19750, s, 2),
    )
  },
  'joint-senior-and-blind-deductions': (f) => {
    const [M] = figuresOf(f, 'M')
    const s = senior(M, 150000)
    const cut = (M - 150000) * 6
    return at2(
      plus(36300, s, 2),
      plus(36300, s),
      plus(31500, s, 2),
      dl(36300),
      dl(48300),
      plus(37500, s, 2),
      dl(4830000 - cut, 100),
    )
  },
  'head-of-household-taxable-income': (f) => {
    const [W, I] = figuresOf(f, 'W', 'I')
    const t = W + I
    return at2(
      dl(t - 23625),
      dl(t - 31500),
      dl(W - 23625),
      dl(t - 25825),
      dl(t - 15750),
      dl(t - 22500),
      dl(t - 21900),
    )
  },
  'joint-return-with-a-blind-spouse': (f) => {
    const [W] = figuresOf(f, 'W')
    return at2(
      dl(W - 33100),
      dl(W - 33500),
      dl(W - 34700),
      dl(W - 39100),
      dl(W - 31500),
      dl(W - 31600),
      dl(W - 30800),
    )
  },
  'single-senior-taxable-income': (f) => {
    const [M] = figuresOf(f, 'M')
    return at2(
      dl(M - 23750),
      dl(M - 31625),
      dl(M - 29750),
      dl(M - 25750),
      dl(M - 17750),
      dl(M - 23350),
      dl(M - 23000),
    )
  },
  'gross-income-of-a-qualifying-relative': (f) => {
    const [I, P, Rg, Ex, T, S] = figuresOf(f, 'I', 'P', 'Rg', 'Ex', 'T', 'S')
    const g = I + P + Rg
    return at2(dl(g), dl(g - Ex), dl(I + Rg), dl(I + P), dl(g + T), dl(g + S), dl(g + T + S))
  },
  'total-support-of-a-parent': (f) => {
    const [L, F, C, Md, Li, Tx, Sv] = figuresOf(f, 'L', 'F', 'C', 'Md', 'Li', 'Tx', 'Sv')
    const t = L + F + C + Md
    return at2(
      dl(t),
      dl(t - L),
      dl(t - Md),
      dl(t - C),
      dl(t + Li),
      dl(t + Tx),
      dl(t + Li + Tx + Sv),
    )
  },
  'dependent-taxable-income': (f) => {
    const [E, I] = figuresOf(f, 'E', 'I')
    const income = E + I
    const std = Math.max(E + 450, 1350)
    return at2(
      dl(income - std),
      dl(I - 1800),
      dl(I - 1350),
      dl(I - 2700),
      dl(income - 1350),
      dl(I),
      dl(income - 450),
    )
  },
  'separate-return-when-the-spouse-itemizes': (f) => {
    const [A, S, Cg] = figuresOf(f, 'A', 'S', 'Cg')
    return at2(
      dl(A - S - Cg),
      dl(A - 15750),
      dl(A - 23625),
      dl(A - 31500),
      dl(A),
      dl(A - S),
      dl(A - Cg),
    )
  },
  'surviving-spouse-aged-over-65': (f) => {
    const [W] = figuresOf(f, 'W')
    return at2(
      dl(W - 39100),
      dl(W - 45100),
      dl(W - 40700),
      dl(W - 39500),
      dl(W - 33100),
      dl(W - 31625),
      dl(W - 23750),
    )
  },
  'standard-deduction-of-a-blind-dependent': (f) => {
    const [E] = figuresOf(f, 'E')
    return at2(
      dl(E + 2450),
      dl(E + 450),
      dl(3350),
      dl(E + 2000),
      dl(E + 4450),
      dl(17750),
      dl(E + 3350),
    )
  },
  'joint-return-with-one-spouse-over-65': (f) => {
    const [M] = figuresOf(f, 'M')
    const s = senior(M, 75000)
    return at2(
      dl(M - 39100),
      dl(M - 45100),
      dl(M - 40700),
      dl(M - 46700),
      dl(M - 33100),
      dl(M - 37500),
      sub(r(M - 33100), s),
    )
  },
  'share-of-a-parent’s-support': (f) => {
    const [T, O, S, Sv, Li] = figuresOf(f, 'T', 'O', 'S', 'Sv', 'Li')
    const all = T + O + S
    return pct2(
      r(T, all),
      r(T, all + Sv),
      r(T, all + Li),
      r(T, all + Sv + Li),
      r(T, T + O),
      r(T, T + S),
      r(T + Li, all + Li),
    )
  },
}
