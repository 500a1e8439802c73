import {
  add,
  at0,
  at2,
  div,
  mul,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { at4 } from './written-half-up.js'

/*
 * Derivatives and hedging worked again from each draw's figures: prices in cents or
 * ten-thousandths, rates in basis points or tenths of a percent, deltas, betas and correlations in
 * hundredths or thousandths, every working a BigInt ratio written once the way its options show
 * it (contracts and shares whole, money to the cent, rates to four places, index levels to two).
 * Hedge ratios are built as one ratio of whole numbers, carry as whole-number products over a
 * power of ten, and the two-option hedge is solved again by Cramer's rule.
 */

const ONE = r(1)
/** Basis points as a ratio. */
const bp = (b: number): R => r(b, 10000)
/** Money in cents as dollars. */
const cents = (c: number | bigint): R => r(c, 100)
/** Money in euros, written like dollars (the digest strips the sign). */
const euros = at2

export const HEDGE_ROUTES: Readonly<Record<string, Route>> = {
  'cross-hedge-contracts-by-minimum-variance': (f) => {
    const [QA, sS, sF, rho] = figuresOf(f, 'QA', 'sS', 'sF', 'rho')
    // Contracts = ratio × QA ÷ 42,000, the ratio as a whole-number fraction.
    const n = (top: number, bottom: number) => r(top * QA, bottom * 42000)
    return at0(
      n(rho * sS, 1000 * sF),
      n(rho * sS * sS, 1000 * sF * sF),
      n(rho * rho, 1000000),
      n(rho * rho * sS, 1000000 * sF),
      n(sS, sF),
      n(rho * sF, 1000 * sS),
      n(1, 1),
    )
  },
  'tailed-hedge-contracts-from-return-statistics': (f) => {
    const [QA, S, F, sS, sF, rho] = figuresOf(f, 'QA', 'S', 'F', 'sS', 'sF', 'rho')
    // Covariance ÷ variance of futures = ρ σS ÷ σF; tailing multiplies by S ÷ F.
    const tail = r(S * QA, F * 25000)
    const h = r(rho * sS, 100 * sF)
    return at0(
      mul(h, tail),
      mul(r(rho * sF, 100 * sS), tail),
      mul(r(rho, 100), tail),
      mul(r(rho * rho, 10000), tail),
      tail,
      mul(r(sS, sF), tail),
      mul(h, r(QA, 25000)),
    )
  },
  'index-futures-to-cut-a-portfolio-beta': (f) => {
    const [V1, V2, b1, b2, bt, F, S] = figuresOf(f, 'V1', 'V2', 'b1', 'b2', 'bt', 'F', 'S')
    const V = V1 + V2
    // Dollar beta to remove (in hundredths of beta × $ million) over one contract's value.
    const n = (dollarBeta: number, level = F) => r(dollarBeta * 1000000 * 100, 100 * level * 50)
    const weighted = V1 * b1 + V2 * b2
    return at0(
      n(weighted - bt * V),
      div(n((b1 + b2 - 2 * bt) * V), r(2)),
      n(bt * V),
      n((100 - bt) * V),
      n(weighted),
      n(weighted - bt * V, S),
      n((b1 - bt) * V),
    )
  },
  'forward-price-of-a-share-with-a-known-dividend': (f) => {
    const [S, I, rt] = figuresOf(f, 'S', 'I', 'r')
    // Growth factors in thousandths, g = (1000 + r) ÷ 1000; prices in cents over 100 × 1000².
    const g = BigInt(1000 + rt)
    const k = 1000n
    const over = (x: bigint) => r(x, 100n * k * k)
    return at2(
      over(BigInt(S) * g * g - BigInt(I) * g * k),
      over(BigInt(S) * g * g),
      over(BigInt(S) * g * g + BigInt(I) * g * k),
      over(BigInt(S) * g * g - BigInt(I) * k * k),
      over(BigInt(S - I) * g * g),
      over((BigInt(S) * g - BigInt(I) * k) * k),
      over((BigInt(S) * BigInt(1000 + 2 * rt) - BigInt(I) * g) * k),
    )
  },
  'peso-forward-rate-by-covered-interest-parity': (f) => {
    const [S, rM, rU, d] = figuresOf(f, 'S', 'rM', 'rU', 'd')
    // S × (y × 10⁴ + i_MXN × t) ÷ (y × 10⁴ + i_USD × t), spot in ten-thousandths.
    const fwd = (up: number, down: number, y: number, t: number) =>
      r(S * (y * 10000 + up * t), 10000 * (y * 10000 + down * t))
    return at4(
      fwd(rM, rU, 360, d),
      fwd(rU, rM, 360, d),
      fwd(rM, rU, 365, d),
      fwd(rM, rU, 360, 180),
      fwd(rM, rU, 1, 1),
      fwd(rM, 0, 360, d),
      r(S * (3600000 + (rM - rU) * d), 10000 * 3600000),
    )
  },
  'net-cost-of-a-partly-hedged-purchase-with-basis': (f) => {
    const [QA, Nc, F1, S1, F2, S2] = figuresOf(f, 'QA', 'Nc', 'F1', 'S1', 'F2', 'S2')
    const hedged = Nc * 5000
    const open = QA - hedged
    // The hedged bushels cost spot less the futures gain; the rest cost spot.
    const mix = (hedgedPrice: number, openPrice: number) =>
      cents(hedged * hedgedPrice + open * openPrice)
    return at2(
      mix(S2 - (F2 - F1), S2),
      cents(QA * (S2 - F2 + F1)),
      mix(S2 - (F2 - F1), S1),
      mix(S1, S2),
      cents(QA * S2),
      mix(S2 + (F2 - F1), S2),
      mix(F1, S2),
    )
  },
  'shares-to-delta-hedge-an-option-book': (f) => {
    const [N1, d1, N2, d2, N3, d3, H] = figuresOf(f, 'N1', 'd1', 'N2', 'd2', 'N3', 'd3', 'H')
    // The book's delta in shares: short calls, long calls, long puts, shares held.
    const book = -N1 * d1 + N2 * d2 - N3 * d3 + H
    return at0(
      r(-book),
      r(-book - 2 * N3 * d3),
      r(-book - N3 * d3),
      r(N1 * d1 - H),
      r(-book + 2 * N2 * d2),
      r(-book + H),
      r(-book + 2 * H),
    )
  },
  'gamma-and-vega-neutral-then-delta-neutral': (f) => {
    const [d1, g1, v1, d2, g2, v2, w1, w2, DB] = figuresOf(
      f,
      'd1',
      'g1',
      'v1',
      'd2',
      'g2',
      'v2',
      'w1',
      'w2',
      'DB',
    )
    // The book's gamma (thousandths) and vega (hundredths) to offset, as the stem prints them.
    const G = r(w1 * g1 + w2 * g2, 1000)
    const V = r(w1 * v1 + w2 * v2, 100)
    const gam1 = r(g1, 1000)
    const gam2 = r(g2, 1000)
    const veg1 = r(v1, 100)
    const veg2 = r(v2, 100)
    // Cramer's rule on x γ1 + y γ2 = G, x ν1 + y ν2 = V.
    const det = sub(mul(gam1, veg2), mul(gam2, veg1))
    const x = div(sub(mul(G, veg2), mul(gam2, V)), det)
    const y = div(sub(mul(gam1, V), mul(G, veg1)), det)
    const dl = (a: R, b: R) => add(mul(a, r(d1, 100)), mul(b, r(d2, 100)))
    const zero = r(0)
    return at0(
      add(r(DB), dl(x, y)),
      dl(x, y),
      sub(dl(x, y), r(DB)),
      add(r(DB), dl(zero, div(V, veg2))),
      add(r(DB), dl(div(G, gam1), div(V, veg2))),
      add(r(DB), dl(zero, div(G, gam2))),
      add(r(DB), dl(div(V, veg1), zero)),
      add(r(DB), add(mul(x, r(d2, 100)), mul(y, r(d1, 100)))),
    )
  },
  'put-price-by-put-call-parity-with-a-dividend': (f) => {
    const [S, K, rt, D, d6, C] = figuresOf(f, 'S', 'K', 'r', 'D', 'd6', 'C')
    const pvK = r(1000 * K, 1000 + rt)
    const pvD = r(D * d6, 10000)
    // P = C − S + PV(K) + PV(D), all in cents.
    const put = (strike: R, dividend: R) => div(add(r(C - S), strike, dividend), r(100))
    return at2(
      put(pvK, pvD),
      put(pvK, r(0)),
      put(pvK, r(-D * d6, 10000)),
      put(r(K * (1000 - rt), 1000), pvD),
      put(r(K), pvD),
      put(r(K * d6, 10000), pvD),
      put(r(K), r(0)),
    )
  },
  'maximum-loss-of-a-protective-collar': (f) => {
    const [nS, S0, K1, K2, p, c] = figuresOf(f, 'nS', 'S0', 'K1', 'K2', 'p', 'c')
    // Worst case: the stock at or below the put strike; the loss per share, times the shares.
    const lose = (perShare: number) => mul(r(nS), cents(perShare))
    const drop = S0 - K1
    return at2(
      lose(drop + (p - c)),
      lose(drop),
      lose(drop - (p - c)),
      lose(drop - p - c),
      lose(drop + p),
      lose(drop + p + c),
      lose(K2 - K1 + p - c),
    )
  },
  'settlement-of-a-forward-rate-agreement': (f) => {
    const [N, K, L, d] = figuresOf(f, 'N', 'K', 'L', 'd')
    const std = d < 100 ? 90 : 180
    // N (L − K) t ÷ (1 + L' t'), t = days ÷ year, rates in basis points.
    const fra = (days: number, year: number, disc: number, discDays: number) =>
      div(r(N * (L - K) * days), r(10000 * year + disc * discDays))
    return euros(
      fra(d, 360, L, d),
      r(N * (L - K) * d, 10000 * 360),
      fra(d, 360, K, d),
      r(N * (L - K), 10000 + L),
      fra(d, 365, L, d),
      fra(d, 360, L, 360),
      fra(std, 360, L, std),
    )
  },
  'net-payment-on-a-pay-fixed-interest-rate-swap': (f) => {
    const [N, L1, L2, K, d] = figuresOf(f, 'N', 'L1', 'L2', 'K', 'd')
    // Each leg as N × rate × days ÷ (10⁴ × year).
    const leg = (rate: number, days: number, year: number) => r(N * rate * days, 10000 * year)
    const fix = leg(K, 180, 360)
    return at2(
      sub(fix, leg(L1, d, 360)),
      sub(fix, leg(L2, d, 360)),
      sub(fix, r(N * (L1 + L2) * d, 2 * 10000 * 360)),
      sub(leg(K, d, 365), leg(L1, d, 360)),
      sub(fix, leg(L1, 180, 360)),
      sub(leg(K, d, 360), leg(L1, d, 360)),
      div(sub(fix, leg(L1, d, 360)), r(10000 * 360 + L1 * d, 10000 * 360)),
      sub(fix, leg(L1, d, 365)),
    )
  },
  'value-of-an-outstanding-currency-forward': (f) => {
    const [N, K, St, Ft, d, d0, rU] = figuresOf(f, 'N', 'K', 'St', 'Ft', 'd', 'd0', 'rU')
    // N × (rate − K) ÷ 10⁴ dollars, over 1 + i t ÷ year.
    const pv = (to: number, t: number, year = 360) =>
      mul(r(N * (to - K), 10000), r(10000 * year, 10000 * year + rU * t))
    return at2(
      pv(Ft, d),
      pv(St, d),
      pv(Ft, 360),
      pv(Ft, d0),
      r(N * (Ft - K), 10000),
      pv(Ft, d, 365),
      mul(r(N * (Ft - K), 10000), r(3600000 + rU * d, 3600000)),
    )
  },
  'strike-of-index-puts-insuring-a-beta-portfolio': (f) => {
    const [S, beta, rt, q, m, fl] = figuresOf(f, 'S', 'beta', 'r', 'q', 'm', 'f')
    // K = S (1 + rT + (Rp − rT) ÷ β − qT), Rp = floor − 1 + qT, rates over the period.
    const strike = (rT: R, qPort: R, qIndex: R, over: R) => {
      const Rp = add(r(fl - 100, 100), qPort)
      return mul(r(S), add(ONE, rT, div(sub(Rp, rT), over), r(0), mul(r(-1), qIndex)))
    }
    const per = (rate: number) => r(rate * m, 120000)
    const b = r(beta, 100)
    const zero = r(0)
    return at2(
      strike(per(rt), per(q), per(q), b),
      r(S * fl, 100),
      strike(zero, per(q), per(q), b),
      strike(per(rt), per(q), per(q), r(100, beta)),
      strike(per(rt), zero, zero, b),
      strike(per(rt), per(q), mul(r(-1), per(q)), b),
      strike(bp(rt), bp(q), bp(q), b),
    )
  },
  'euro-value-of-a-dollar-holding-with-a-forward-hedge': (f) => {
    const [V0, S0, F, S1, V1] = figuresOf(f, 'V0', 'S0', 'F', 'S1', 'V1')
    // Dollars × euros per dollar (ten-thousandths) for each part.
    const eur = (a: number, ra: number, b: number, rb: number) => r(a * ra + b * rb, 10000)
    const gain = V1 - V0
    return euros(
      eur(V0, F, gain, S1),
      eur(V1, S1, 0, 0),
      eur(V0, F, 0, 0),
      eur(gain, F, V0, S1),
      eur(V1, F, 0, 0),
      eur(V1, S0, 0, 0),
      eur(V0, F, gain, S0),
    )
  },
  'proceeds-of-a-stack-and-roll-oil-hedge': (f) => {
    const [Q, Nc, o1, c1, o2, c2, o3, c3, ST] = figuresOf(
      f,
      'Q',
      'Nc',
      'o1',
      'c1',
      'o2',
      'c2',
      'o3',
      'c3',
      'ST',
    )
    const hedged = 1000 * Nc
    // Each short contract gains its opening less its closing price.
    const legs = [o1 - c1, o2 - c2, o3 - c3]
    const gain = legs.reduce((a, b) => a + b, 0)
    const sale = Q * ST
    return at2(
      cents(sale + hedged * gain),
      cents(sale + hedged * legs[2]!),
      cents(sale - hedged * gain),
      cents(sale),
      cents(sale + Q * gain),
      cents(sale + hedged * (o1 - c3)),
      cents(hedged * o1 + (Q - hedged) * ST),
    )
  },
  'quarterly-borrowing-cost-under-an-interest-rate-cap': (f) => {
    const [N, m, K, L, d, P] = figuresOf(f, 'N', 'm', 'K', 'L', 'd', 'P')
    // Interest on the loan less the caplet's payment, plus a twelfth of the premium.
    const int = (rate: number, days: number, year = 360) => r(N * rate * days, 10000 * year)
    const twelfth = r(P, 12)
    const caplet = int(L - K, d)
    return at2(
      add(sub(int(L + m, d), caplet), twelfth),
      add(sub(int(L, d), caplet), twelfth),
      sub(int(L + m, d), caplet),
      add(int(K + m, d, 365), twelfth),
      add(int(K + m, 90), twelfth),
      add(int(L + m, d), twelfth),
      add(int(L + m, d), caplet, twelfth),
      add(sub(int(L + m, d), caplet), r(P)),
    )
  },
}
