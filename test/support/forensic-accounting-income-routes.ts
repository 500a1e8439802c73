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
 * Indirect methods of proving income worked again from each draw: whole dollars and cents as
 * BigInt ratios, each method's total rebuilt from its parts (net worth from the statements,
 * receipts from the deposits, sales from cost of sales), taxes from the bands and rates the stems
 * state, every answer written once to the cent or to two places of a percent.
 */

/** Whole dollars as a rational. */
const d = (x: number): R => r(x)
/** A whole percent as a rational. */
const pc = (p: number): R => r(p, 100)
/** The 2025 single-filer bands: [bottom, rate %], the last open-ended. */
const BANDS_2025: readonly (readonly [number, number])[] = [
  [0, 10],
  [11925, 12],
  [48475, 22],
  [103350, 24],
  [197300, 32],
  [250525, 35],
  [626350, 37],
]
/** Tax on `income` under bands given by their bottoms, each taxing what lies above its bottom. */
function tax(income: number, bands: readonly (readonly [number, number])[]): R {
  let t = r(0)
  bands.forEach(([bottom, rate], i) => {
    const top = bands[i + 1]?.[0] ?? Number.POSITIVE_INFINITY
    if (income > bottom) t = add(t, r((Math.min(income, top) - bottom) * rate, 100))
  })
  return t
}
/** Self-employment tax in cents ÷ 100, from profit with wages and a wage base, 92.35 % counted. */
function se(profit: number, wages: number, base: number): R {
  const earnings = r(profit * 9235, 10000)
  const room = r(Math.max(0, base - wages))
  const [a, b] = earnings
  const capped = a * room[1] <= room[0] * b ? earnings : room
  return add(mul(capped, r(124, 1000)), mul(earnings, r(29, 1000)))
}

export const INCOME_ROUTES: Readonly<Record<string, Route>> = {
  'net-worth-method-understatement-of-income': (f) => {
    const [A0, A1, M0, M1, L0, L1, B, P, T, H, G, R_] = figuresOf(
      f,
      'A0',
      'A1',
      'M0',
      'M1',
      'L0',
      'L1',
      'B',
      'P',
      'T',
      'H',
      'G',
      'R',
    )
    // Corrected income from net worths on a basis, less what was reported.
    const under = (a0: number, a1: number, l0: number, l1: number, spent: number, free: number) =>
      d(a1 - l1 - (a0 - l0) + spent - free - R_)
    return at2(
      under(A0, A1, L0, L1, P + T, H + G),
      under(M0, M1, L0, L1, P + T, H + G),
      under(A0, A1, L0, L1, P + T, 0),
      under(A0, A1, 0, 0, P + T, H + G),
      under(A0, A1, L0, L1, T, H + G),
      under(A0, A1, L0, L1, P, H + G),
      under(A0, A1, L0, L1, P + T, H + G + B),
    )
  },
  'increase-in-net-worth-from-two-statements-at-cost': (f) => {
    const [b0, b1, h0, h1, Hc, Hm0, Hm1, s0, s1, sm0, sm1, V, CLn, Mo, m0, m1, cc0, cc1] =
      figuresOf(
        f,
        'b0',
        'b1',
        'h0',
        'h1',
        'Hc',
        'Hm0',
        'Hm1',
        's0',
        's1',
        'sm0',
        'sm1',
        'V',
        'CLn',
        'Mo',
        'm0',
        'm1',
        'cc0',
        'cc1',
      )
    // Each statement's assets less its liabilities, with the pieces a slip changes as arguments.
    const change = (o: {
      cash?: boolean
      house?: [number, number]
      stock?: [number, number]
      car?: boolean
      carLoan?: boolean
      mortgage?: [number, number]
      cards?: boolean
    }) => {
      const [ha, hb] = o.house ?? [Hc, Hc]
      const [sa, sb] = o.stock ?? [s0, s1]
      const [ma, mb] = o.mortgage ?? [m0, m1]
      const start = b0 + (o.cash === false ? 0 : h0) + ha + sa - ma - (o.cards === false ? 0 : cc0)
      const end =
        b1 +
        (o.cash === false ? 0 : h1) +
        hb +
        sb +
        (o.car === false ? 0 : V) -
        mb -
        (o.carLoan === false ? 0 : CLn) -
        (o.cards === false ? 0 : cc1)
      return d(end - start)
    }
    return at2(
      change({}),
      change({ house: [Hm0, Hm1], stock: [sm0, sm1] }),
      change({ cards: false }),
      change({ carLoan: false }),
      change({ cash: false }),
      change({ mortgage: [Mo, Mo] }),
      change({ car: false }),
    )
  },
  'net-worth-understatement-after-a-tested-cash-hoard': (f) => {
    const [SR, ST, SP, SB, H, N0, C1, N1, P, Rf, G, R_] = figuresOf(
      f,
      'SR',
      'ST',
      'SP',
      'SB',
      'H',
      'N0',
      'C1',
      'N1',
      'P',
      'Rf',
      'G',
      'R',
    )
    // The opening currency accepted is the claim, capped at what the years could have saved.
    const accepted = (saved: number) => Math.min(H, saved)
    const under = (hoard: number, closing: number, free: number) =>
      d(closing - (N0 + hoard) + P - free - R_)
    const saved = SR - ST - SP - SB
    return at2(
      under(accepted(saved), N1, Rf + G),
      under(0, N1, Rf + G),
      under(accepted(saved), N1, G),
      under(accepted(saved), N1, Rf),
      under(H, N1, Rf + G),
      under(accepted(saved + ST), N1, Rf + G),
      under(accepted(saved + SB), N1, Rf + G),
      under(accepted(saved), N1 - C1, Rf + G),
    )
  },
  'personal-living-expenses-for-a-net-worth-computation': (f) => {
    const [K, Cc, Cp, Mi, Mpr, Pt, X, Vd] = figuresOf(
      f,
      'K',
      'Cc',
      'Cp',
      'Mi',
      'Mpr',
      'Pt',
      'X',
      'Vd',
    )
    const housing = Mi + Pt
    return at2(
      d(K + Cc + housing + X),
      d(K + Cc + Cp + housing + X),
      d(K + Cc + housing + Mpr + X),
      d(K + Cc + housing + X + Vd),
      d(K + Cc + housing),
      d(K + Cp + housing + X),
      d(K + Cc + X),
    )
  },
  'expenditures-method-understatement-of-income': (f) => {
    const [P, Ap, Lp, Lr, dB, G, Sa, dC, R_] = figuresOf(
      f,
      'P',
      'Ap',
      'Lp',
      'Lr',
      'dB',
      'G',
      'Sa',
      'dC',
      'R',
    )
    const gap = (applied: number, sources: number) => d(applied - sources - R_)
    const applied = P + Ap + Lr + dB
    const sources = Lp + G + Sa + dC
    return at2(
      gap(applied, sources),
      gap(applied, sources - Lp),
      gap(applied, sources - G),
      gap(applied + dC, sources - dC),
      gap(applied - P, sources),
      gap(applied - Lr, sources),
      gap(applied - dB, sources),
    )
  },
  'bank-deposits-method-unreported-gross-receipts': (f) => {
    const [D, T, Rd, Lp, G, X, Rg] = figuresOf(f, 'D', 'T', 'Rd', 'Lp', 'G', 'X', 'Rg')
    const receipts = (nonIncome: number, currency: number) => d(D - nonIncome + currency - Rg)
    const all = T + Rd + Lp + G
    return at2(
      receipts(all, X),
      receipts(all - T, X),
      receipts(all - Rd, X),
      receipts(all - Lp, X),
      receipts(all, 0),
      receipts(all, -X),
      receipts(all + T, X),
    )
  },
  'currency-expenditures-to-add-in-a-bank-deposits-case': (f) => {
    const [Xp, Xb, Xa, W1, W2, C0, C1, Gc, Kv] = figuresOf(
      f,
      'Xp',
      'Xb',
      'Xa',
      'W1',
      'W2',
      'C0',
      'C1',
      'Gc',
      'Kv',
    )
    const spent = Xp + Xb + Xa
    const explained = W1 + W2 + (C0 - C1) + Gc
    return at2(
      d(spent - explained),
      d(spent - (explained - W2)),
      d(spent - (explained - (C0 - C1))),
      d(spent - (explained - Gc)),
      d(spent - explained - Kv),
      d(spent - Xb - explained),
      d(spent - Xa - explained),
    )
  },
  'markup-on-cost-method-unreported-sales': (f) => {
    const [OI, CI, Pu, PR, W, m, Rs] = figuresOf(f, 'OI', 'CI', 'Pu', 'PR', 'W', 'm', 'Rs')
    const onCost = (cost: number) => sub(r(cost * (100 + m), 100), d(Rs))
    const cogs = OI + Pu - PR - W - CI
    return at2(
      onCost(cogs),
      sub(r(cogs * 100, 100 - m), d(Rs)),
      onCost(cogs + PR),
      onCost(cogs + W),
      onCost(Pu - PR - W),
      onCost(Pu - PR - W - CI),
      onCost(Pu - PR - W + CI - OI),
    )
  },
  'gross-profit-percentage-method-unreported-sales': (f) => {
    const [OI, CI, Pu, Fr, W, g, Rs] = figuresOf(f, 'OI', 'CI', 'Pu', 'Fr', 'W', 'g', 'Rs')
    const onSales = (cost: number) => sub(r(cost * 100, 100 - g), d(Rs))
    const cogs = OI + Pu + Fr - W - CI
    return at2(
      onSales(cogs),
      sub(r(cogs * (100 + g), 100), d(Rs)),
      onSales(Pu + Fr - W - CI),
      onSales(OI + Pu - W - CI),
      onSales(Pu + Fr - W),
      onSales(Pu + Fr - W + CI - OI),
      onSales(OI + Pu + Fr - CI),
    )
  },
  'unit-and-volume-method-unreported-bar-sales': (f) => {
    const [bo, bp, bc, k, s, pf, ph, hh, beer, pb, Rs] = figuresOf(
      f,
      'bo',
      'bp',
      'bc',
      'k',
      's',
      'pf',
      'ph',
      'hh',
      'beer',
      'pb',
      'Rs',
    )
    // Cents of liquor sales from bottles used, the share of pours sold and a price per drink.
    const liquor = (bottles: number, sold: R, price: R) => mul(r(bottles * k), sold, price)
    const mix = r((100 - hh) * pf + hh * ph, 100)
    const kept = pc(100 - s)
    const used = bo + bp - bc
    const unreported = (cents: R) => div(sub(cents, r(Rs)), r(100))
    const beerCents = r(beer * pb)
    return at2(
      unreported(add(liquor(used, kept, mix), beerCents)),
      unreported(add(liquor(bp, kept, mix), beerCents)),
      unreported(add(liquor(used, r(1), mix), beerCents)),
      unreported(add(liquor(used, kept, r(pf)), beerCents)),
      unreported(add(liquor(used, kept, r(ph)), beerCents)),
      unreported(add(liquor(used, kept, mix), mul(beerCents, kept))),
      unreported(add(liquor(bp - bc, kept, mix), beerCents)),
    )
  },
  'cash-t-shortfall-of-a-schedule-c-return': (f) => {
    const [GR, E, Dp, Wg, Wn, Lp, G, P, Ap, Lr] = figuresOf(
      f,
      'GR',
      'E',
      'Dp',
      'Wg',
      'Wn',
      'Lp',
      'G',
      'P',
      'Ap',
      'Lr',
    )
    const excess = (out: number, inn: number) => d(out - inn)
    const out = E - Dp + P + Ap + Lr
    const inn = GR + Wn + Lp + G
    return at2(
      excess(out, inn),
      excess(out + Dp, inn),
      excess(out, inn - Lp),
      excess(out, inn - E),
      excess(out, inn - Wn + Wg),
      excess(out - Ap, inn),
      excess(out - Lr, inn),
    )
  },
  'omitted-gross-income-share-for-the-six-year-statute': (f) => {
    const [GR, C, E, W, I, Ba, Pr, D, O, Oc] = figuresOf(
      f,
      'GR',
      'C',
      'E',
      'W',
      'I',
      'Ba',
      'Pr',
      'D',
      'O',
      'Oc',
    )
    const gain = Pr - Ba
    const stated = GR + W + I + gain
    const agi = GR - C - E + W + I + gain
    return pct2(
      r(O, stated),
      r(O, GR - C + W + I + gain),
      r(O, agi),
      r(O, agi - D),
      r(O, stated + O),
      r(O, GR + W + I + Pr),
      r(O - Oc, stated),
    )
  },
  'additional-income-tax-on-an-understatement-across-brackets': (f) => {
    const [R_, C] = figuresOf(f, 'R', 'C')
    const extra = sub(tax(C, BANDS_2025), tax(R_, BANDS_2025))
    // Reported income sits in the 24 % band and corrected income in the 35 % band.
    const noTop = BANDS_2025.filter(([bottom]) => bottom < 250525)
    return at2(
      extra,
      r((C - R_) * 35, 100),
      sub(r(C * 35, 100), r(R_ * 24, 100)),
      tax(C, BANDS_2025),
      r((C - R_) * 24, 100),
      tax(C - R_, BANDS_2025),
      sub(tax(C, noTop), tax(R_, BANDS_2025)),
    )
  },
  'self-employment-tax-on-unreported-net-profit': (f) => {
    const [W, S0, U] = figuresOf(f, 'W', 'S0', 'U')
    const inc = (base: number) => sub(se(S0 + U, W, base), se(S0, W, base))
    const medicare = r(U * 9235 * 29, 10000 * 1000)
    // What the wages and the reported earnings leave of the 2025 base, in ten-thousandths.
    const left = (176100 - W) * 10000 - S0 * 9235
    return at2(
      inc(176100),
      r(U * 9235 * 153, 10000 * 1000),
      r(U * 153, 1000),
      se(S0 + U, W, 176100),
      medicare,
      sub(inc(176100), medicare),
      r(left * 153, 10000 * 1000),
    )
  },
  'civil-fraud-and-accuracy-related-penalties-on-an-underpayment': (f) => {
    const [Ts, Tc, X, Wh] = figuresOf(f, 'Ts', 'Tc', 'X', 'Wh')
    const U = Tc - Ts
    // Penalties in hundredths: 75 on the fraud part, 20 on the part shown not to be fraud.
    const pen = (fraud: number, rate1: number, other: number, rate2: number) =>
      r(fraud * rate1 + other * rate2, 100)
    return at2(
      pen(U - X, 75, X, 20),
      pen(U, 75, 0, 0),
      pen(U - X, 75, U, 20),
      pen(U, 75, X, 20),
      pen(U - X, 75, 0, 0),
      pen(0, 0, U, 20),
      pen(X, 75, U - X, 20),
      pen(Tc - Wh - X, 75, X, 20),
    )
  },
  'markup-derived-from-a-sample-of-sales-invoices': (f) => {
    const [OI, CI, Pu, PR, Rs] = figuresOf(f, 'OI', 'CI', 'Pu', 'PR', 'Rs')
    const c = figuresOf(f, 'c0', 'c1', 'c2', 'c3', 'c4')
    const p = figuresOf(f, 'p0', 'p1', 'p2', 'p3', 'p4')
    const sc = c.reduce((a, b) => a + b, 0)
    const sp = p.reduce((a, b) => a + b, 0)
    const cogs = OI + Pu - PR - CI
    // Sales as cost times a multiplier, less reported sales.
    const at = (cost: number, times: R) => sub(mul(r(cost), times), d(Rs))
    const ratio = r(sp, sc)
    const average = add(...c.map((x, i) => r(p[i]!, 5 * x)))
    return at2(
      at(cogs, ratio),
      at(cogs, average),
      at(cogs, r(2 * sp - sc, sp)),
      at(Pu - PR, ratio),
      at(Pu - PR - CI, ratio),
      at(cogs, r(sc, 2 * sc - sp)),
      at(cogs + PR, ratio),
      at(cogs, r(sp + sc, sc)),
    )
  },
  'net-worth-understatement-in-the-later-of-two-years': (f) => {
    const [NW0, NW1, NW2, P1, P2, T1, T2, N1, N2, R1, R2] = figuresOf(
      f,
      'NW0',
      'NW1',
      'NW2',
      'P1',
      'P2',
      'T1',
      'T2',
      'N1',
      'N2',
      'R1',
      'R2',
    )
    const year = (from: number, to: number, spent: number, free: number, reported: number) =>
      to - from + spent - free - reported
    const u2 = year(NW1, NW2, P2 + T2, N2, R2)
    return at2(
      d(u2),
      d(year(NW0, NW2, P2 + T2, N2, R2)),
      d(u2 + year(NW0, NW1, P1 + T1, N1, R1)),
      d(year(NW1, NW2, P2 + T2, N2, R1)),
      d(year(NW1, NW2, P1 + T2, N2, R2)),
      d(year(NW1, NW2, P2 + T2, N1 + N2, R2)),
      d(year(NW1, NW2, P2, N2, R2)),
    )
  },
}
