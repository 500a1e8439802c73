import {
  add,
  at2,
  div,
  mul,
  P,
  pw,
  type R,
  type Route,
  r,
  sub,
  sum,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/*
 * Economic damages worked again from each draw: whole dollars, units, whole percents and day
 * numbers as BigInt ratios; margins as the share of each sales dollar left after the costs that
 * go, present values as each year's loss over its own compound factor, interest as a growth
 * factor less one, and every answer written to the cent.
 */

/** Whole days between two day numbers, and the calendar year, month and day of a day number. */
const DAY_MS = 86400000
const ymd = (day: number): [number, number, number] => {
  const t = new Date(day * DAY_MS)
  return [t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()]
}
/** Completed years from `from` to `to` counted on the calendar, and the day of the last one. */
function lastAnniversary(from: number, to: number): [number, number] {
  const [y, m, d] = ymd(from)
  let years = 0
  let at = from
  for (;;) {
    const next = Date.UTC(y + years + 1, m, d) / DAY_MS
    if (next > to) return [years, at]
    years += 1
    at = next
  }
}
/** 1 + a whole percent. */
const onePlus = (p: number): R => r(100 + p, 100)
/** A stream of year-end amounts (year 1 first) discounted at `rate` from `lag` years late. */
const pvOf = (xs: readonly R[], rate: R, lag: number): R =>
  sum(xs.map((x, i) => div(x, pw(add(r(1), rate), i + 1 + lag))))

export const DAMAGES_ROUTES: Readonly<Record<string, Route>> = {
  'lost-profits-on-lost-sales-less-avoided-costs': (f) => {
    const [Q, p, v, c, f0, S, R0, A, nm] = figuresOf(
      f,
      'Q',
      'p',
      'v',
      'c',
      'f',
      'S',
      'R',
      'A',
      'nm',
    )
    const sales = Q * p
    // In hundredths of a dollar: each sales dollar keeps 100 − the variable percentages.
    const kept = (pct: number, less: number) => r(sales * pct - 100 * less, 100)
    const contribution = 100 - v - c - f0
    return at2(
      kept(contribution, S),
      r(sales),
      kept(100 - v, 0),
      kept(contribution, 0),
      kept(contribution, S + R0),
      kept(contribution, S + R0 + A),
      kept(nm, 0),
    )
  },
  'before-and-after-lost-profits-on-a-straight-line-trend': (f) => {
    const [Y1, Y2, Y3, A4, A5, m, gm, nm] = figuresOf(
      f,
      'Y1',
      'Y2',
      'Y3',
      'A4',
      'A5',
      'm',
      'gm',
      'nm',
    )
    // But-for 2024 and 2025 from a 2023 level and a yearly step, less actual sales.
    const gap = (level: R, step: R) => sub(add(level, step, level, step, step), r(A4 + A5))
    const half = r(Y3 - Y1, 2)
    const lost = gap(r(Y3), half)
    return at2(
      mul(lost, P(m)),
      lost,
      mul(lost, P(gm)),
      mul(gap(r(Y3), r(Y3 - Y1)), P(m)),
      mul(gap(r(Y3), r(0)), P(m)),
      mul(gap(r(Y1 + Y2 + Y3, 3), r(0)), P(m)),
      mul(lost, P(nm)),
    )
  },
  'yardstick-lost-profits-on-comparables-growth': (f) => {
    const [B0, A1, X0, X1, Y0, Y1, m, gm, om] = figuresOf(
      f,
      'B0',
      'A1',
      'X0',
      'X1',
      'Y0',
      'Y1',
      'm',
      'gm',
      'om',
    )
    // The simple average of the two ratios, as one fraction over 2·X0·Y0.
    const avg = r(X1 * Y0 + Y1 * X0, 2 * X0 * Y0)
    const lost = sub(mul(r(B0), avg), r(A1))
    return at2(
      mul(lost, P(m)),
      mul(r(2 * (B0 - A1) + X1 - X0 + Y1 - Y0, 2), P(m)),
      lost,
      mul(lost, P(gm)),
      mul(r(B0 - A1), P(m)),
      mul(sub(r(B0 * (X1 + Y1), X0 + Y0), r(A1)), P(m)),
      mul(lost, P(om)),
    )
  },
  'lost-profits-on-a-cancelled-contract-less-mitigation': (f) => {
    const [Q, Pc, v, f0, Pm, Qm, K] = figuresOf(f, 'Q', 'P', 'v', 'f', 'Pm', 'Qm', 'K')
    // Units lost on net: the contract's less the resold ones, each at its own unit margin.
    const at = (contractMargin: number, resoldMargin: number, cost: number) =>
      r(Q * contractMargin - Qm * resoldMargin + cost)
    return at2(
      at(Pc - v, Pm - v, K),
      at(Pc - v, 0, K),
      at(Pc, Pm, K),
      at(Pc - v, Pm - v - f0, K),
      at(Pc - v, Pm, K),
      at(Pc - v, Pm - v, 0),
      at(Pc - v - f0, Pm - v - f0, K),
    )
  },
  'builders-damages-on-a-repudiated-contract': (f) => {
    const [Pc, O, I, Cd, Pd, S] = figuresOf(f, 'P', 'O', 'I', 'Cd', 'Pd', 'S')
    const promised = (...less: number[]) => r(less.reduce((a, x) => a - x, Pc))
    return at2(
      promised(Pd, Cd, S),
      promised(Cd, S),
      promised(Pd, S),
      promised(Pd, Cd),
      promised(Pd, Cd, S, O),
      promised(I, Cd, O),
      r(I - Pd - S),
    )
  },
  'present-value-of-lost-profits-at-year-end': (f) => {
    const [rate, L1, L2, L3, L4] = figuresOf(f, 'r', 'L1', 'L2', 'L3', 'L4')
    const xs = [L1, L2, L3, L4].map((x) => r(x))
    const k = P(rate)
    return at2(
      pvOf(xs, k, 0),
      sum(xs),
      pvOf(xs, k, -1),
      sum(xs.map((x, i) => div(x, r(100 + rate * (i + 1), 100)))),
      pvOf(xs, k, 1),
      div(sum(xs), pw(add(r(1), k), 4)),
      sum(xs.map((x, i) => mul(x, pw(r(100 - rate, 100), i + 1)))),
    )
  },
  'present-value-of-growing-lost-profits-at-mid-year': (f) => {
    const [s, L1, g] = figuresOf(f, 's', 'L1', 'g')
    // Year t (1–4) grown `extra + t − 1` years and discounted by s for each half-year `halves(t)`.
    const pv = (grow: number, extra: number, halves: (t: number) => number) =>
      sum(
        [1, 2, 3, 4].map((t) =>
          div(mul(r(L1), pw(onePlus(grow), t - 1 + extra)), pw(r(s, 100), halves(t))),
        ),
      )
    return at2(
      pv(g, 0, (t) => 2 * t - 1),
      pv(g, 0, () => 0),
      pv(g, 0, (t) => 2 * (t - 1)),
      pv(g, 1, (t) => 2 * t - 1),
      pv(g, 0, (t) => 2 * t),
      pv(0, 0, (t) => 2 * t - 1),
      pv(g, 0, (t) => 2 * t + 1),
    )
  },
  'prejudgment-simple-interest-on-several-losses': (f) => {
    const [a1, a2, a3, d1, d2, d3, C, J, rate] = figuresOf(
      f,
      'a1',
      'a2',
      'a3',
      'd1',
      'd2',
      'd3',
      'C',
      'J',
      'r',
    )
    const sums = [
      [a1, d1],
      [a2, d2],
      [a3, d3],
    ] as const
    // Dollar-days at the rate over a year of `basis` days.
    const simple = (days: (d: number) => number, basis: number) =>
      r(sums.reduce((acc, [x, d]) => acc + x * days(d), 0) * rate, 100 * basis)
    const yearly = sum(
      sums.map(([x, d]) => {
        const whole = Math.floor((J - d) / 365)
        const left = J - d - whole * 365
        const grown = mul(pw(onePlus(rate), whole), r(36500 + rate * left, 36500))
        return mul(r(x), sub(grown, r(1)))
      }),
    )
    return at2(
      simple((d) => J - d, 365),
      simple((d) => J - d, 360),
      simple(() => J - d1, 365),
      yearly,
      simple(() => J - C, 365),
      simple(() => J - d3, 365),
      simple((d) => Math.floor((J - d) / 365) * 365, 365),
    )
  },
  'prejudgment-interest-compounded-on-anniversaries': (f) => {
    const [L, D0, J, Dd, rate] = figuresOf(f, 'L', 'D0', 'J', 'Dd', 'r')
    // The award from `from`: L × (1 + r)^years × (1 + r × stub ÷ basis).
    const award = (from: number, basis: number) => {
      const [years, last] = lastAnniversary(from, J)
      return mul(r(L), pw(onePlus(rate), years), r(100 * basis + rate * (J - last), 100 * basis))
    }
    const [years, last] = lastAnniversary(D0, J)
    const less = (x: R) => sub(x, r(L))
    // Year-end compounding: days to the breach year's December 31, whole calendar years, days
    // from December 31, 2025 to judgment.
    const [y0] = ymd(D0)
    const dec31 = (y: number) => Date.UTC(y, 11, 31) / DAY_MS
    const byYearEnd = mul(
      r(L),
      r(36500 + rate * (dec31(y0) - D0), 36500),
      pw(onePlus(rate), 2025 - y0),
      r(36500 + rate * (J - dec31(2025)), 36500),
    )
    // Stub interest on L alone: the anniversaries' growth plus L × r × stub ÷ 365.
    const stubOnL = add(less(mul(r(L), pw(onePlus(rate), years))), r(L * rate * (J - last), 36500))
    return at2(
      less(award(D0, 365)),
      less(mul(r(L), pw(onePlus(rate), years + 1))),
      less(byYearEnd),
      less(award(D0, 360)),
      r(L * rate * (J - D0), 36500),
      less(mul(r(L), pw(onePlus(rate), years))),
      stubOnL,
      less(award(Dd, 365)),
    )
  },
  'present-value-of-an-injured-workers-lost-earnings': (f) => {
    const [W, g, fb, M, rate] = figuresOf(f, 'W', 'g', 'f', 'M', 'r')
    const k = P(rate)
    const ts = [1, 2, 3]
    const wage = (t: number) => mul(r(W), pw(onePlus(g), t))
    const full = (t: number) => mul(wage(t), onePlus(fb))
    const net = ts.map((t) => sub(full(t), r(M)))
    return at2(
      pvOf(net, k, 0),
      pvOf(
        ts.map((t) => sub(wage(t), r(M))),
        k,
        0,
      ),
      pvOf(
        ts.map((t) => mul(sub(wage(t), r(M)), onePlus(fb))),
        k,
        0,
      ),
      pvOf(
        ts.map(() => r(W * (100 + fb) - 100 * M, 100)),
        k,
        0,
      ),
      pvOf(ts.map(full), k, 0),
      sum(net),
      pvOf(net, k, -1),
    )
  },
  'past-lost-earnings-net-of-income-tax': (f) => {
    const [W1, W2, E1, E2, fb, tx, B] = figuresOf(f, 'W1', 'W2', 'E1', 'E2', 'f', 'tx', 'B')
    const wages = r(W1 - E1 + W2 - E2)
    const fringe = r((W1 + W2) * fb, 100)
    const after = r(100 - tx, 100)
    const key = add(mul(wages, after), fringe)
    return at2(
      key,
      add(wages, fringe),
      add(mul(r(W1 + W2), after), fringe),
      add(div(wages, after), fringe),
      sub(key, r(B)),
      mul(add(wages, fringe), after),
      mul(wages, after),
    )
  },
  'business-interruption-claim-over-the-period-of-restoration': (f) => {
    const [S0, t, nm, gm, E, s, X, T, v] = figuresOf(
      f,
      'S0',
      't',
      'nm',
      'gm',
      'E',
      's',
      'X',
      'T',
      'v',
    )
    const projected = mul(r(S0), onePlus(t))
    const temp = r(T * (100 - v), 100)
    // Net income + expenses that went on + extra expense − what the temporary premises earned.
    const claim = (sales: R, margin: number, going: number, extra: number) =>
      add(mul(sales, P(margin)), r(going + extra), mul(temp, r(-1)))
    const key = claim(projected, nm, E - s, X)
    return at2(
      key,
      claim(projected, nm, E, X),
      add(mul(projected, P(nm)), r(E - s + X)),
      claim(projected, gm, E - s, X),
      claim(r(S0), nm, E - s, X),
      claim(projected, nm, 0, X),
      claim(projected, nm, E - s, 0),
      sub(key, r(T * v, 100)),
    )
  },
  'disgorgement-of-an-infringers-profits': (f) => {
    const [Q, Pc, c, k, Y, G, Nr, nm] = figuresOf(f, 'Q', 'P', 'c', 'k', 'Y', 'G', 'Nr', 'nm')
    const revenue = Q * Pc
    // Revenue less unit costs and commissions, in hundredths, less proven overhead.
    const profit = (overhead: number) => r(100 * (revenue - Q * c - overhead) - k * revenue, 100)
    return at2(
      profit(Y),
      r(revenue),
      add(profit(Y), r(Nr)),
      profit(0),
      profit(Y + G),
      r(revenue * nm, 100),
      mul(profit(Y), r(79, 100)),
    )
  },
  'reasonable-royalty-on-the-net-sales-base': (f) => {
    const [G, Rt, D, B, A, N, rate, om, gp] = figuresOf(
      f,
      'G',
      'Rt',
      'D',
      'B',
      'A',
      'N',
      'r',
      'om',
      'gp',
    )
    const net = G - Rt - D
    const royalty = (base: number) => r(base * rate, 100)
    return at2(
      royalty(net),
      royalty(G),
      royalty(net + B),
      royalty(net + A),
      royalty(N),
      r(net * rate * gp, 10000),
      r(net * om, 400),
    )
  },
  'lost-value-of-a-destroyed-business': (f) => {
    const [Er, O, Mk, X, Ea, k, g, Z] = figuresOf(f, 'Er', 'O', 'Mk', 'X', 'Ea', 'k', 'g', 'Z')
    const before = Er + (O - Mk) + X
    // Capitalized value: earnings × growth factor ÷ a whole-percent rate.
    const value = (e: number, growth: number, rate: number) => r(e * (100 + growth), rate)
    const key = value(before - Ea, g, k - g)
    return at2(
      key,
      value(before + Mk - Ea, g, k - g),
      value(before, g, k - g),
      add(key, r(Z)),
      value(before - Ea, 0, k - g),
      value(before - Ea, g, k),
      value(Er - Ea, g, k - g),
    )
  },
  'price-erosion-over-two-years': (f) => {
    const [P0, Lp, g, P1, P2, Q1, Q2, C, k] = figuresOf(
      f,
      'P0',
      'Lp',
      'g',
      'P1',
      'P2',
      'Q1',
      'Q2',
      'C',
      'k',
    )
    const bf = (base: number, years: number) => mul(r(base), pw(onePlus(g), years))
    // Year-1 and year-2 price gaps over the eroded units, net of the commission.
    const lost = (gap1: R, gap2: R, contract: number, net: boolean) =>
      mul(
        add(mul(gap1, r(Q1 - contract)), mul(gap2, r(Q2 - contract))),
        net ? r(100 - k, 100) : r(1),
      )
    return at2(
      lost(sub(bf(P0, 1), r(P1)), sub(bf(P0, 2), r(P2)), C, true),
      lost(sub(bf(P0, 1), r(P1)), sub(bf(P0, 2), r(P2)), 0, true),
      lost(sub(bf(Lp, 1), r(P1)), sub(bf(Lp, 2), r(P2)), C, true),
      lost(sub(bf(P0, 1), r(P1)), sub(bf(P0, 2), r(P2)), C, false),
      lost(r(P0 - P1), r(P0 - P2), C, true),
      lost(sub(bf(P0, 1), r(P1)), sub(bf(P0, 1), r(P2)), C, true),
      lost(sub(bf(P0, 1), r(P1)), sub(bf(P0, 1), r(P1)), C, true),
    )
  },
  'market-share-lost-profits-with-a-royalty-on-the-rest': (f) => {
    const [sp, si, mm, K, Pp, vp, Pi, rate] = figuresOf(
      f,
      'sp',
      'si',
      'mm',
      'K',
      'Pp',
      'vp',
      'Pi',
      'r',
    )
    const units = mm * (100 - si)
    const fair = mm * sp
    const captured = Math.min(fair, K)
    // Royalty per unit in hundredths of a dollar.
    const perUnit = r(Pi * rate, 100)
    const damages = (lost: R, profitEach: number) =>
      add(mul(lost, r(profitEach)), mul(sub(r(units), lost), perUnit))
    const key = damages(r(captured), Pp - vp)
    const above = [
      r(units * (Pp - vp)),
      damages(r(captured), Pp),
      add(key, mul(r(captured), perUnit)),
    ]
    const capacity = K < fair ? [damages(r(fair), Pp - vp)] : []
    return at2(
      key,
      ...above,
      ...capacity,
      damages(r(units * sp, 100), Pp - vp),
      r(captured * (Pp - vp)),
      mul(r(units), perUnit),
    )
  },
}
