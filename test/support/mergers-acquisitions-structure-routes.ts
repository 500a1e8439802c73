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
import { dp, writtenAs } from './written-half-up.js'

/*
 * Deal structure and consideration worked again from each draw: prices in cents, exchange ratios
 * in ten-thousandths, share counts in thousands and amounts in tenths of a million dollars as
 * BigInt ratios; each share count is built from its parts and each price from its bound, and
 * every answer is written once (ratios to four places, prices to the cent, shares in millions to
 * three places, shares of ownership and spreads to two places of a percent).
 */

const at3 = writtenAs((x) => dp(x, 3))
const at4 = writtenAs((x) => dp(x, 4))
/** Cents, as dollars. */
const c100 = (c: number): R => r(c, 100)
/** Ten-thousandths, as a ratio. */
const x4 = (t: number): R => r(t, 10000)
/** Thousands of shares, as millions. */
const k1000 = (k: number): R => r(k, 1000)
/** Tenths of a million dollars, as millions. */
const m10 = (t: number): R => r(t, 10)
/** What `k` thousand options at strike `K` add by net exercise at value `v` dollars, in millions. */
const netAt = (k: number, K: number, v: R): R => mul(k1000(k), sub(r(1), div(c100(K), v)))
/** A part over itself plus the rest. */
const shareOf = (part: R, others: R): R => div(part, add(part, others))

export const STRUCTURE_ROUTES: Readonly<Record<string, Route>> = {
  'exchange-ratio-for-a-premium-to-the-unaffected-price': (f) => {
    const [Tu, p, Av, Au, Ac, Tv, Tc] = figuresOf(f, 'Tu', 'p', 'Av', 'Au', 'Ac', 'Tv', 'Tc')
    // Price in cents × (100 + p) over the acquirer price in cents × 100.
    const x = (t: number, a: number) => r(t * (100 + p), a * 100)
    return at4(
      x(Tu, Av),
      x(Tc, Av),
      x(Tu, Ac),
      r(Tu * 100, Av * (100 - p)),
      x(Tu, Au),
      r(Tu, Av),
      x(Tv, Av),
    )
  },
  'target-holders-pro-forma-ownership-with-a-toehold': (f) => {
    const [R0, Td, Tb, H, Ad, Ab, A, Tu] = figuresOf(f, 'R', 'Td', 'Tb', 'H', 'Ad', 'Ab', 'A', 'Tu')
    // New shares in ten-thousandths of a thousand: R × exchanged shares; acquirer counts × 10,000.
    const own = (exchanged: number, acq: number) => r(R0 * exchanged, R0 * exchanged + 10000 * acq)
    return pct2(
      own(Td - H, Ad),
      own(Td, Ad),
      own(Td - H, Ab),
      r(R0 * (Td - H), 10000 * Ad),
      own(Tb - H, Ad),
      r(R0 * (Td - H), 10000 * (Ad + Td)),
      r(Tu * (Td - H), Tu * (Td - H) + A * Ad),
    )
  },
  'value-per-target-share-after-the-acquirer-price-falls': (f) => {
    const [C, R0, A0, A1, Av, Au] = figuresOf(f, 'C', 'R', 'A0', 'A1', 'Av', 'Au')
    // In hundredths of a cent × 100: cash × 10,000 + ratio × price.
    const v = (cash: number, stock: number) => r(cash * 10000 + stock, 1000000)
    return at2(
      v(C, R0 * A1),
      v(C, R0 * A0),
      v(C, R0 * Av),
      v(C, R0 * Au),
      v(0, R0 * A1),
      div(mul(v(C, R0 * A0), r(A1)), r(A0)),
      sub(v(C, R0 * A0), c100(A0 - A1)),
    )
  },
  'shares-issued-under-a-floating-exchange-ratio': (f) => {
    const [V, Am, A0, Ac, Aw, B, U, n0, K] = figuresOf(
      f,
      'V',
      'Am',
      'A0',
      'Ac',
      'Aw',
      'B',
      'U',
      'n0',
      'K',
    )
    const options = netAt(n0, K, c100(V))
    const all = add(k1000(B + U), options)
    const at = (price: number, target: R) => mul(r(V, price), target)
    return at3(
      at(Am, all),
      at(A0, all),
      at(Am, k1000(B)),
      at(Am, add(k1000(B), options)),
      at(Ac, all),
      at(Am, k1000(B + U + n0)),
      at(Aw, all),
    )
  },
  'value-per-target-share-under-a-fixed-value-collar-below-the-floor': (f) => {
    const [C, Vs, A0, , L, H, P] = figuresOf(f, 'C', 'Vs', 'A0', 'b', 'L', 'H', 'P')
    // The shares per target share times the price they are valued at, in cents, then to dollars.
    const v = (cash: number, stockCents: R) => div(add(r(cash), stockCents), r(100))
    const shares = (bound: number) => r(Vs, bound)
    return at2(
      v(C, mul(shares(L), r(P))),
      v(C, r(Vs)),
      v(C, mul(shares(L), r(A0))),
      v(C, mul(r(Vs), r(L, P))),
      v(0, mul(shares(L), r(P))),
      v(C, mul(shares(A0), r(P))),
      v(C, mul(shares(H), r(P))),
      v(0, mul(r(C + Vs, L), r(P))),
    )
  },
  'shares-issued-under-a-fixed-ratio-collar-above-the-cap': (f) => {
    const [R0, A0, , L, H, P, B, U, n0, K] = figuresOf(
      f,
      'R',
      'A0',
      'b',
      'L',
      'H',
      'P',
      'B',
      'U',
      'n0',
      'K',
    )
    const capValue = mul(x4(R0), c100(H))
    const all = add(k1000(B + U), netAt(n0, K, capValue))
    const ratioAt = (bound: number) => r(R0 * bound, 10000 * P)
    return at3(
      mul(ratioAt(H), all),
      mul(x4(R0), all),
      mul(r(R0 * P, 10000 * H), all),
      mul(ratioAt(H), k1000(B + U + n0)),
      mul(ratioAt(L), all),
      mul(ratioAt(A0), all),
      mul(ratioAt(H), k1000(B)),
    )
  },
  'cash-received-when-a-cash-election-is-oversubscribed': (f) => {
    const [T, X, , K, D, Ec, Lt, , En, N] = figuresOf(
      f,
      'T',
      'X',
      'R',
      'K',
      'D',
      'Ec',
      'Lt',
      'Es',
      'En',
      'N',
    )
    // Dollars: the cap is K × 100,000; dissenters take X cents × D thousand = 10 × X × D.
    const left = K * 100000 - 10 * X * D
    const each = (over: number) => r(left, 1000 * over)
    const holder = (per: R) => mul(r(N), per)
    const short = 10 * X * Ec - left
    return at2(
      holder(each(Ec)),
      holder(c100(X)),
      holder(r(K * 100000, 1000 * Ec)),
      holder(sub(c100(X), r(short, 1000 * T))),
      holder(each(T)),
      holder(each(Ec + En)),
      holder(each(Ec + Lt)),
    )
  },
  'premium-implied-by-an-all-stock-exchange-ratio': (f) => {
    const [Tu, R0, Au, Ac, Tc, Tv, Av, rho] = figuresOf(
      f,
      'Tu',
      'R',
      'Au',
      'Ac',
      'Tc',
      'Tv',
      'Av',
      'rho',
    )
    const over = (a: number, t: number) => r(R0 * a - 10000 * t, 10000 * t)
    return pct2(
      over(Au, Tu),
      over(Ac, Tu),
      over(Au, Tc),
      r(R0 * Au - 10000 * Tu, R0 * Au),
      over(Au, Tv),
      r(R0 - rho, rho),
      over(Av, Tu),
    )
  },
  'exchange-ratio-from-the-net-income-contribution': (f) => {
    const [NA, NT, EA, ET, SA, ST, Ad, Ab, Td, Tb] = figuresOf(
      f,
      'NA',
      'NT',
      'EA',
      'ET',
      'SA',
      'ST',
      'Ad',
      'Ab',
      'Td',
      'Tb',
    )
    // Target holders own c = t ÷ (a + t): ratio × Td = c ÷ (1 − c) × Ad.
    const ratioFor = (t: number, a: number, acq: number, tgt: number) => {
      const c = r(t, a + t)
      return div(mul(div(c, sub(r(1), c)), r(acq)), r(tgt))
    }
    return at4(
      ratioFor(NT, NA, Ad, Td),
      ratioFor(ET, EA, Ad, Td),
      ratioFor(NT, NA, Ad, Tb),
      div(mul(r(NT, NA), r(Ad)), mul(sub(r(1), r(NT, NA)), r(Td))),
      ratioFor(NT, NA, Ab, Td),
      ratioFor(ST, SA, Ad, Td),
      r(NT * Ad, (NA + NT) * Td),
    )
  },
  'acquirer-price-at-the-walk-away-threshold': (f) => {
    const [C, R0, A0, Ax, d, Tu] = figuresOf(f, 'C', 'R', 'A0', 'Ax', 'd', 'Tu')
    // Values in cents: at signing C + R·A0; the floor keeps (100 − d) % of it.
    const v0 = add(r(C), mul(x4(R0), r(A0)))
    const keep = r(100 - d, 100)
    const floorC = mul(v0, keep)
    const stockC = sub(floorC, r(C))
    const dollars = (cents: R) => div(cents, r(100))
    return at2(
      dollars(div(stockC, x4(R0))),
      dollars(mul(r(A0), keep)),
      dollars(div(floorC, x4(R0))),
      dollars(sub(r(A0), mul(v0, r(d, 100)))),
      dollars(stockC),
      dollars(sub(mul(r(Ax), keep), div(mul(r(C), r(d, 100)), x4(R0)))),
      dollars(div(sub(mul(r(Tu), keep), r(C)), x4(R0))),
    )
  },
  'target-holders-ownership-on-the-targets-diluted-shares': (f) => {
    const [R0, A, Tu, B, n1, K1, n2, K2, n3, K3, U, Ad, Ab] = figuresOf(
      f,
      'R',
      'A',
      'Tu',
      'B',
      'n1',
      'K1',
      'n2',
      'K2',
      'n3',
      'K3',
      'U',
      'Ad',
      'Ab',
    )
    const value = mul(x4(R0), c100(A))
    const tranches: [number, number][] = [
      [n1, K1],
      [n2, K2],
      [n3, K3],
    ]
    const netBelow = (v: R, all: boolean) =>
      tranches
        .filter(([, K]) => all || K * Number(v[1]) < 100 * Number(v[0]))
        .reduce((s, [k, K]) => add(s, netAt(k, K, v)), r(0))
    const diluted = add(k1000(B + U), netBelow(value, false))
    const own = (t: R, acq: number) => shareOf(mul(x4(R0), t), k1000(acq))
    return pct2(
      own(diluted, Ad),
      own(k1000(B + U + n1 + n2), Ad),
      own(diluted, Ab),
      div(mul(x4(R0), diluted), k1000(Ad)),
      own(k1000(B), Ad),
      own(add(k1000(B + U), netBelow(c100(Tu), false)), Ad),
      own(add(k1000(B + U), netBelow(value, true)), Ad),
    )
  },
  'least-cash-per-share-to-hold-the-acquirers-ownership': (f) => {
    const [X, A, Au, B, U, No, n0, k, Ad, Ab] = figuresOf(
      f,
      'X',
      'A',
      'Au',
      'B',
      'U',
      'No',
      'n0',
      'k',
      'Ad',
      'Ab',
    )
    // New shares may be at most (100 − k) ÷ k of the acquirer's; their value spread per target share.
    const stock = (price: number, acq: number, tgt: number, num: number, den: number) =>
      r(price * acq * num, 100 * tgt * den)
    const most = (price: number, acq: number, tgt: number) => stock(price, acq, tgt, 100 - k, k)
    const cash = (s: R) => sub(c100(X), s)
    const Td = B + U + No
    return at2(
      cash(most(A, Ad, Td)),
      cash(stock(A, Ad, Td, 100 - k, 100)),
      cash(most(A, Ab, Td)),
      cash(most(A, Ad, B + U + n0)),
      cash(most(A, Ad, B)),
      cash(most(A, Ad, B + No)),
      cash(most(Au, Ad, Td)),
    )
  },
  'most-cash-per-share-for-continuity-of-interest': (f) => {
    const [R0, As, Ac, T, D, Vd] = figuresOf(f, 'R', 'As', 'Ac', 'T', 'D', 'Vd')
    // Stock s per share; total cash allowed is (1 − share) ÷ share of the stock, less dissenters'.
    const s = (a: number) => mul(x4(R0), c100(a))
    const cashMax = (stock: R, times: R, over: number) =>
      sub(mul(stock, times), r(Vd * D, 100 * over))
    return at2(
      cashMax(s(As), r(60, 40), T - D),
      mul(s(As), r(60, 40)),
      cashMax(s(As), r(60, 40), T),
      cashMax(s(As), r(100, 40), T - D),
      cashMax(s(As), r(50, 50), T - D),
      cashMax(s(Ac), r(60, 40), T - D),
      cashMax(s(As), r(40, 60), T - D),
    )
  },
  'target-holders-ownership-after-an-equity-raise-for-the-cash': (f) => {
    const [R0, A, C, disc, fee, Td, Tb, Ad, F] = figuresOf(
      f,
      'R',
      'A',
      'C',
      'disc',
      'fee',
      'Td',
      'Tb',
      'Ad',
      'F',
    )
    // Shares sold in millions: dollars needed (in millions) over dollars kept per share.
    const kept = (d: number, fe: number) => r(A * (100 - d) * (100 - fe), 1000000)
    const need = (t: number) => r(C * t, 100000)
    const sold = (dollars: R, each: R) => div(dollars, each)
    const own = (t: number, raise: R) =>
      div(mul(x4(R0), k1000(t)), add(k1000(Ad), mul(x4(R0), k1000(t)), raise))
    const raise = sold(need(Td), kept(disc, fee))
    return pct2(
      own(Td, raise),
      own(Td, r(0)),
      own(Td, sold(need(Td), kept(0, fee))),
      own(Td, sold(need(Td), kept(disc, 0))),
      own(Tb, sold(need(Tb), kept(disc, fee))),
      div(mul(x4(R0), k1000(Td)), add(k1000(Ad + Td), raise)),
      own(Td, sold(add(need(Td), m10(F)), kept(disc, fee))),
    )
  },
  'annualised-merger-arbitrage-spread': (f) => {
    const [R0, A, C, T, d, dT, dA, Tu] = figuresOf(f, 'R', 'A', 'C', 'T', 'd', 'dT', 'dA', 'Tu')
    // Everything in ten-thousandths of a cent, so the ratio times a price stays whole.
    const offer = 10000 * C + R0 * A
    const divs = 10000 * dT - R0 * dA
    const gain = offer + divs - 10000 * T
    const yr = r(365, d)
    return pct2(
      mul(r(gain, 10000 * T), yr),
      r(gain, 10000 * T),
      mul(r(gain, offer), yr),
      mul(r(offer - 10000 * T, 10000 * T), yr),
      mul(r(gain + 2 * R0 * dA, 10000 * T), yr),
      mul(r(gain, 10000 * Tu), yr),
      mul(r(gain + R0 * dA, 10000 * T), yr),
    )
  },
  'acquirer-price-at-the-twenty-percent-listing-threshold': (f) => {
    const [C, Vs, I, Tt, U, n0, K, Ab, Ad] = figuresOf(
      f,
      'C',
      'Vs',
      'I',
      'Tt',
      'U',
      'n0',
      'K',
      'Ab',
      'Ad',
    )
    const value = c100(C + Vs)
    const B = I - Tt
    const exchanged = add(k1000(B + U), netAt(n0, K, value))
    // Price = stock value × shares exchanged ÷ the allowed new shares.
    const at = (stock: R, tgt: R, allowed: R) => div(mul(stock, tgt), allowed)
    const cap = (num: number, den: number, acq: number) => mul(r(num, den), k1000(acq))
    return at2(
      at(c100(Vs), exchanged, cap(1, 5, Ab)),
      at(value, exchanged, cap(1, 5, Ab)),
      at(c100(Vs), k1000(B + U + n0), cap(1, 5, Ab)),
      at(c100(Vs), add(exchanged, k1000(Tt)), cap(1, 5, Ab)),
      at(c100(Vs), exchanged, cap(1, 4, Ab)),
      at(c100(Vs), exchanged, cap(1, 5, Ad)),
      at(c100(Vs), k1000(B), cap(1, 5, Ab)),
    )
  },
  'pro-forma-value-per-target-share-with-synergies': (f) => {
    const [An, A, Tn, R0, Tu, S, X] = figuresOf(f, 'An', 'A', 'Tn', 'R', 'Tu', 'S', 'X')
    // Market values in $ millions: cents × thousands ÷ 100,000.
    const MA = r(A * An, 100000)
    const MT = r(Tu * Tn, 100000)
    const standalone = add(MA, MT)
    const value = (extra: number) => add(standalone, m10(extra))
    const issued = mul(x4(R0), k1000(Tn))
    const shares = add(k1000(An), issued)
    const pro = (v: R) => mul(x4(R0), div(v, shares))
    const stake = div(issued, shares)
    return at2(
      pro(value(S - X)),
      pro(value(S)),
      div(value(S - X), shares),
      div(add(mul(stake, standalone), m10(S - X)), k1000(Tn)),
      pro(value(-X)),
      mul(x4(R0), c100(A)),
      div(mul(div(MT, standalone), value(S - X)), k1000(Tn)),
    )
  },
}
