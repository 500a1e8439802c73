import { cmp } from './bigint-rationals.js'
import {
  add,
  at0,
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
import { dp, writtenAs } from './written-half-up.js'

/*
 * Financing and closing mechanics worked again from each draw: amounts as BigInt ratios (whole
 * dollars, or tenths of a million written as millions), each price or payment built from its
 * parts (sources against uses, a price on final against estimated figures, claims net of the
 * basket), each return found by its own root search, and every answer written once, half up.
 */

const ZERO = r(0)
/** A whole percent, a tenth of a percent, a basis point. */
const pc = (p: number): R => r(p, 100)
const tenth = (t: number): R => r(t, 1000)
/** Tenths of a million as millions. */
const mn = (t: number): R => r(t, 10)
const lesser = (a: R, b: R): R => (cmp(a, b) <= 0 ? a : b)
const atLeast0 = (x: R): R => (cmp(x, ZERO) < 0 ? ZERO : x)
/** The sum of the rationals given. */
const total = (xs: readonly R[]): R => add(ZERO, ...xs)
/** `x` to a whole power. */
const pow = (x: R, k: number): R => mul(r(1), ...Array.from({ length: k }, () => x))
/** A rate as a percentage to one place. */
const pct1 = writtenAs((x) => dp(mul(x, r(100)), 1))

/**
 * The yearly rate g with (1 + g)^years = ratio, rounded half up to a thousandth: from a float
 * guess, moved until (1 + (k − ½)/1000)^years ≤ ratio < (1 + (k + ½)/1000)^years holds exactly.
 */
function rateOf(ratio: R, years: number): R {
  const guess = (Number(ratio[0]) / Number(ratio[1])) ** (1 / years) - 1
  let k = BigInt(Math.round(guess * 1000))
  const edge = (j: bigint) => pow(r(2000n + 2n * j - 1n, 2000n), years)
  while (cmp(edge(k), ratio) > 0) k--
  while (cmp(edge(k + 1n), ratio) <= 0) k++
  return r(k, 1000n)
}

/** Days of 2026 before each month, so a date's distance from December 31, 2025. */
const BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const
const daysFromYearEnd = (month: number, day: number): number => BEFORE_MONTH[month - 1]! + day

export const CLOSING_ROUTES: Readonly<Record<string, Route>> = {
  'sponsor-equity-as-the-plug-of-sources-and-uses': (f) => {
    const [E, m, D, s, j, fee, A, C, R0] = figuresOf(f, 'E', 'm', 'D', 's', 'j', 'f', 'A', 'C', 'R')
    // Everything in hundredths of a million: EBITDA (tenths) times a multiple (tenths).
    const ev = r(E * m, 100)
    const term = r(E * s, 100)
    const notes = r(E * j, 100)
    const raised = add(term, notes)
    const financing = mul(raised, tenth(fee))
    const uses = (fin: R, adv: number, cash: number) => total([ev, fin, mn(adv), mn(cash)])
    const plug = (u: R, others: R) => sub(u, others)
    const sources = add(raised, mn(R0))
    return at2(
      plug(uses(financing, A, C), sources),
      plug(uses(r(0), A, C), sources),
      plug(uses(financing, 0, C), sources),
      plug(sub(uses(financing, A, C), mn(D)), sources),
      plug(uses(financing, A, 0), sources),
      plug(uses(financing, A, C), raised),
      plug(uses(financing, A, C), add(term, mn(R0))),
      plug(uses(mul(ev, tenth(fee)), A, C), sources),
    )
  },
  'pro-forma-total-net-leverage-after-an-add-on': (f) => {
    const [E1, E2, c, S, T1, T2, V, VC, K, K0] = figuresOf(
      f,
      'E1',
      'E2',
      'c',
      'S',
      'T1',
      'T2',
      'V',
      'VC',
      'K',
      'K0',
    )
    // Tenths of a million throughout; the units cancel in the ratio.
    const ebitda = (base: number, capped: boolean) =>
      add(r(base), capped ? lesser(r(S), mul(r(base), pc(c))) : r(S))
    const both = ebitda(E1 + E2, true)
    const ratio = (debt: number, e: R) => div(r(debt), e)
    return at2(
      ratio(T1 + T2 + V - K, both),
      ratio(T1 + T2 + V, both),
      ratio(T1 + T2 + V - K, r(E1 + E2)),
      ratio(T1 + T2 + V - K, ebitda(E1 + E2, false)),
      ratio(T1 + V - K, both),
      ratio(T1 + T2 + V - K, ebitda(E1, true)),
      ratio(T1 + T2 + VC - K, both),
      ratio(T1 + T2 + V - K0, both),
    )
  },
  'term-loan-balance-after-a-stepped-cash-sweep': (f) => {
    const [B, F1, F2, F3] = figuresOf(f, 'B', 'F1', 'F2', 'F3')
    const amort = r(B, 1000)
    const fcf = [mn(F1), mn(F2), mn(F3)]
    const share = [r(50, 100), r(50, 100), r(25, 100)]
    // Year by year: the amortisation, then the sweep of the year's base.
    const roll = (years: number, a: R, sweep: (i: number) => R) => {
      let bal = mn(B)
      for (let i = 0; i < years; i++) bal = sub(sub(bal, a), sweep(i))
      return bal
    }
    const excess = (i: number) => sub(fcf[i]!, amort)
    return at2(
      roll(3, amort, (i) => mul(share[i]!, excess(i))),
      roll(3, amort, (i) => mul(share[i]!, fcf[i]!)),
      roll(3, amort, (i) => mul(r(1, 2), excess(i))),
      roll(3, amort, excess),
      roll(3, ZERO, (i) => mul(share[i]!, fcf[i]!)),
      roll(3, amort, () => ZERO),
      roll(2, amort, (i) => mul(share[i]!, excess(i))),
    )
  },
  'sponsor-irr-from-entry-and-exit-equity': (f) => {
    const [T, E0, D0, Dx, Cx, XC, EVx] = figuresOf(f, 'T', 'E0', 'D0', 'Dx', 'Cx', 'XC', 'EVx')
    const proceeds = EVx - Dx + Cx - XC
    const multiple = r(proceeds, E0)
    return pct1(
      rateOf(multiple, T),
      div(sub(multiple, r(1)), r(T)),
      rateOf(r(EVx, E0 + D0), T),
      rateOf(r(EVx - XC, E0), T),
      rateOf(r(EVx - Dx + Cx, E0), T),
      rateOf(r(EVx - Dx - XC, E0), T),
      rateOf(multiple, T + 1),
      sub(multiple, r(1)),
    )
  },
  'sponsor-moic-with-a-dividend-recap-and-incentive-pool': (f) => {
    const [S, p, D, Dx, Cx, EVx, m] = figuresOf(f, 'S', 'p', 'D', 'Dx', 'Cx', 'EVx', 'm')
    const equity = EVx - Dx + Cx
    // The shareholders' part of the exit after the plan, and the sponsor's part of a sum.
    const afterPlan = (x: number) => mul(r(x), pc(100 - m))
    const sponsor = (x: R) => mul(x, pc(p))
    const over = (x: R, cost: R) => div(x, cost)
    return at2(
      over(sponsor(add(r(D), afterPlan(equity))), r(S)),
      over(sponsor(afterPlan(equity)), r(S)),
      over(sponsor(add(r(D), afterPlan(equity - D))), r(S)),
      over(sponsor(add(r(D), sub(r(equity), mul(r(EVx), pc(m))))), r(S)),
      over(sponsor(add(r(D), afterPlan(EVx - Dx))), r(S)),
      over(sponsor(r(D + equity)), r(S)),
      over(add(r(D), afterPlan(equity)), r(S)),
      over(sponsor(afterPlan(equity)), sub(r(S), sponsor(r(D)))),
    )
  },
  'management-sweet-equity-proceeds-behind-pik-loan-notes': (f) => {
    const [E0, I, L, Om, sh, i, T, Ex, mx, Dx, Cx, XC] = figuresOf(
      f,
      'E0',
      'I',
      'L',
      'Om',
      'sh',
      'i',
      'T',
      'Ex',
      'mx',
      'Dx',
      'Cx',
      'XC',
    )
    // Tenths of a million until the end.
    const rolled = mul(r(L), pow(r(100 + i, 100), T))
    const simple = mul(r(L), r(100 + i * T, 100))
    const ordinary = (ebitda: number, notes: R, costs: number, cash: number) =>
      sub(r(ebitda * mx - 10 * (Dx - cash + costs), 10), notes)
    const part = (share: R, x: R) => mul(share, x, r(1, 10))
    const mine = pc(sh)
    return at2(
      part(mine, ordinary(Ex, rolled, XC, Cx)),
      part(mine, ordinary(Ex, simple, XC, Cx)),
      part(mine, ordinary(Ex, r(L), XC, Cx)),
      part(mine, ordinary(Ex, rolled, 0, Cx)),
      part(r(Om, I + Om), ordinary(Ex, rolled, XC, Cx)),
      part(mine, ordinary(Ex, rolled, XC, 0)),
      part(mine, ordinary(E0, rolled, XC, Cx)),
    )
  },
  'equity-price-from-a-cash-free-debt-free-bridge': (f) => {
    const [H, C, Tc, TL, V, VC, FL, B, Tx, P, N] = figuresOf(
      f,
      'H',
      'C',
      'Tc',
      'TL',
      'V',
      'VC',
      'FL',
      'B',
      'Tx',
      'P',
      'N',
    )
    const free = C - Tc
    const bridge = (cash: number, debt: number[], like: number[], nwc: number) =>
      r(H + cash + nwc - [...debt, ...like].reduce((a, x) => a + x, 0))
    const debt = [TL, V, FL]
    const like = [B, Tx]
    return at0(
      bridge(free, debt, like, N - P),
      bridge(free, debt, like, P - N),
      bridge(free, debt, like, 0),
      bridge(0, debt, like, N - P),
      bridge(free, [TL, VC, FL], like, N - P),
      bridge(C, debt, like, N - P),
      bridge(free, debt, [], N - P),
      bridge(free, [TL, V], like, N - P),
    )
  },
  'working-capital-shortfall-beyond-a-collar': (f) => {
    const [AR, IG, OP, PP, AP, AC, DP, CA, TX, CD, PEG, Q] = figuresOf(
      f,
      'AR',
      'IG',
      'OP',
      'PP',
      'AP',
      'AC',
      'DP',
      'CA',
      'TX',
      'CD',
      'PEG',
      'Q',
    )
    const assets = (cash: number, provision: number) => AR + IG - provision + PP + cash
    const liabilities = (deposits: number, extra: number) => AP + AC + deposits + extra
    const cut = (nwc: number, collar: number) => r(PEG - nwc - collar)
    const nwc = assets(0, OP) - liabilities(DP, 0)
    return at0(
      cut(nwc, Q),
      cut(nwc, 0),
      cut(assets(CA, OP) - liabilities(DP, 0), Q),
      cut(assets(0, 0) - liabilities(DP, 0), Q),
      cut(assets(0, OP) - liabilities(0, 0), Q),
      cut(assets(0, OP) - liabilities(DP, CD), Q),
      cut(assets(0, OP) - liabilities(DP, TX), Q),
    )
  },
  'locked-box-leakage-the-buyer-can-claim': (f) => {
    const [DV, PL, MF, TB, PT, AV, W, SA, TF] = figuresOf(
      f,
      'DV',
      'PL',
      'MF',
      'TB',
      'PT',
      'AV',
      'W',
      'SA',
      'TF',
    )
    const sum = (...xs: number[]) => r(xs.reduce((a, x) => a + x, 0))
    const fees = MF - PL
    return at0(
      sum(DV, fees, TB, PT, AV, W),
      sum(DV, fees, TB, AV, W),
      sum(DV, fees, TB, PT, AV),
      sum(DV, TB, PT, AV, W),
      sum(DV, MF, TB, PT, AV, W),
      sum(DV, fees, TB, PT, AV, W, SA),
      sum(DV, fees, TB, PT, AV, W, TF),
    )
  },
  'locked-box-completion-payment-with-a-ticking-fee': (f) => {
    const [EQ, ND, t, sm, sd, cm, cd, L, PL] = figuresOf(
      f,
      'EQ',
      'ND',
      't',
      'sm',
      'sd',
      'cm',
      'cd',
      'L',
      'PL',
    )
    const days = daysFromYearEnd(cm, cd)
    const fromSigning = days - daysFromYearEnd(sm, sd)
    // Interest in thousandths of a percent-day over the year's days.
    const fee = (base: number, d: number, year: number) => r(base * t * d, 1000 * year)
    // The payments to the seller are drawn in cents.
    const paid = (ticking: R, deductedCents: number) =>
      sub(add(r(EQ), ticking), r(deductedCents, 100))
    return at2(
      paid(fee(EQ, days, 365), L - PL),
      paid(fee(EQ, days, 360), L - PL),
      paid(fee(EQ + ND, days, 365), L - PL),
      paid(fee(EQ, days, 365), 0),
      paid(ZERO, L - PL),
      paid(fee(EQ, fromSigning, 365), L - PL),
      paid(fee(EQ, days, 365), L),
    )
  },
  'three-year-earn-out-with-an-annual-cap': (f) => {
    const [T1, T2, T3, s, Cy, g, R1, R2, R3] = figuresOf(
      f,
      'T1',
      'T2',
      'T3',
      's',
      'Cy',
      'g',
      'R1',
      'R2',
      'R3',
    )
    const thr = [T1, T2, T3]
    const reported = [R1, R2, R3]
    const earn = reported.map((x) => x + g)
    const cap = r(Cy)
    const pay = (x: number, t: number) => (x > t ? lesser(r((x - t) * s, 100), cap) : ZERO)
    const paid = earn.map((x, i) => pay(x, thr[i]!))
    return at0(
      total(paid),
      total(earn.map((x, i) => (x > thr[i]! ? r((x - thr[i]!) * s, 100) : ZERO))),
      total(earn.map((x, i) => (x > thr[i]! ? lesser(r(x * s, 100), cap) : ZERO))),
      sub(total(paid), r((T3 - earn[2]!) * s, 100)),
      total(reported.map((x, i) => pay(x, thr[i]!))),
      total(earn.map((x, i) => mul(pc(s), lesser(atLeast0(r(x - thr[i]!)), cap)))),
      total(earn.map((x) => pay(x, T1))),
    )
  },
  'general-escrow-release-net-of-claims': (f) => {
    const [P, e, St, P1, P2, P3, In] = figuresOf(f, 'P', 'e', 'St', 'P1', 'P2', 'P3', 'In')
    const general = r(P * e, 1000)
    // The balance on the release date less what is kept back.
    const release = (balance: R, kept: number) => sub(balance, r(kept))
    const balance = add(general, r(In - P1))
    return at0(
      release(balance, P2),
      release(sub(balance, r(In)), P2),
      release(balance, P2 + P1),
      release(balance, P2 + P3),
      release(add(balance, r(St)), P2),
      release(balance, 0),
      release(add(balance, r(P1)), P2),
    )
  },
  'indemnity-recovery-under-a-deductible-basket': (f) => {
    const [P, ND, bp, dm, k1, k2, k3, s1, s2, x, tc] = figuresOf(
      f,
      'P',
      'ND',
      'bp',
      'dm',
      'k1',
      'k2',
      'k3',
      's1',
      's2',
      'x',
      'tc',
    )
    const over = (claims: number[], minimum: number) =>
      claims.filter((c) => c >= minimum).reduce((a, c) => a + c, 0)
    const basket = (base: number) => r(base * bp, 10000)
    const warranty = (claims: R, b: R) => atLeast0(sub(claims, b))
    const general = r(over([k1, k2, k3, s1, s2], dm))
    return at0(
      add(warranty(general, basket(P)), r(tc)),
      r(k1 + k2 + k3 + tc),
      add(warranty(r(k1 + k2 + k3 + s1 + s2), basket(P)), r(tc)),
      add(warranty(add(general, r(x)), basket(P)), r(tc)),
      add(warranty(r(k1 + k2 + k3 - 3 * dm), basket(P)), r(tc)),
      add(warranty(general, basket(P + ND)), r(tc)),
      warranty(general, basket(P)),
    )
  },
  'rw-insurance-payment-above-the-retention': (f) => {
    const [EV, EQ, LA, DA, LB, LC, LD] = figuresOf(f, 'EV', 'EQ', 'LA', 'DA', 'LB', 'LC', 'LD')
    const retention = (base: number, pct: number) => r(base * pct, 1000)
    const pays = (losses: number[], ret: R) => sub(r(losses.reduce((a, x) => a + x, 0)), ret)
    const one = retention(EV, 10)
    return at0(
      pays([LA, DA, LB], one),
      pays([LA, LB], one),
      add(atLeast0(pays([LA, DA], one)), atLeast0(pays([LB], one))),
      pays([LA, DA, LB], retention(EV, 15)),
      pays([LA, DA, LB], retention(EV, 5)),
      pays([LA, DA, LB, LC], one),
      pays([LA, DA, LB, LD], one),
      pays([LA, DA, LB], retention(EQ, 10)),
    )
  },
  'termination-fee-on-diluted-equity-value': (f) => {
    const [Pr, Pu, B, N1, K1, N2, U, ND, t] = figuresOf(
      f,
      'Pr',
      'Pu',
      'B',
      'N1',
      'K1',
      'N2',
      'U',
      'ND',
      't',
    )
    // Shares by the treasury stock method at a price in cents, then value in dollars.
    const diluted = (price: number, extra: number, rsu: number) =>
      sub(r(B + rsu + N1 + extra), r(N1 * K1, price))
    const value = (price: number, shares: R) => mul(shares, r(price, 100))
    const fee = (x: R) => mul(x, tenth(t))
    return at2(
      fee(value(Pr, diluted(Pr, 0, U))),
      fee(add(value(Pr, diluted(Pr, 0, U)), r(ND))),
      fee(value(Pr, r(B + U + N1))),
      fee(value(Pr, diluted(Pr, N2, U))),
      fee(value(Pr, r(B))),
      fee(value(Pr, diluted(Pr, 0, 0))),
      fee(value(Pu, diluted(Pu, 0, U))),
    )
  },
  'ebitda-cushion-under-a-first-lien-leverage-covenant': (f) => {
    const [E, A, L1, F, V, S2, C] = figuresOf(f, 'E', 'A', 'L1', 'F', 'V', 'S2', 'C')
    // EBITDA at which net debt meets the maximum, against the EBITDA there is.
    const fall = (net: number, ebitda: number, level: number) => {
      const floor = div(r(net * 100), r(level))
      return div(sub(r(ebitda), floor), r(ebitda))
    }
    const CE = E + A
    const net = F + V - C
    return pct2(
      fall(net, CE, L1 - 25),
      div(sub(r(CE * (L1 - 25)), r(net * 100)), r(net * 100)),
      fall(F - C, CE, L1 - 25),
      fall(net, CE, L1),
      fall(net, CE, L1 - 50),
      fall(net + S2, CE, L1 - 25),
      fall(F + V, CE, L1 - 25),
      fall(net, E, L1 - 25),
    )
  },
  'post-closing-true-up-against-the-closing-estimates': (f) => {
    const [P, Ne, Nb, X, Ce, Cf, De, Df] = figuresOf(
      f,
      'P',
      'Ne',
      'Nb',
      'X',
      'Ce',
      'Cf',
      'De',
      'Df',
    )
    // Each price less the enterprise value, which both share.
    const price = (cash: number, debt: number, nwc: number, peg: number) => cash - debt + nwc - peg
    const Nf = Nb + X
    const atClose = price(Ce, De, Ne, P)
    const refund = (paid: number, final: number) => r(paid - final)
    return at0(
      refund(atClose, price(Cf, Df, Nf, P)),
      refund(price(Ce, De, P, P), price(Cf, Df, Nf, P)),
      refund(atClose, price(Cf, De, Nf, P)),
      refund(atClose, price(Cf, 2 * De - Df, Nf, P)),
      refund(atClose, price(Ce, Df, Nf, P)),
      refund(atClose, price(2 * Ce - Cf, Df, Nf, P)),
      refund(atClose, price(Cf, Df, Nb, P)),
    )
  },
}
