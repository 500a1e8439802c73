import {
  add,
  at2,
  div,
  mul,
  pct2,
  pw,
  type R,
  type Route,
  r,
  sub,
  sum,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { list } from './written-half-up.js'

/*
 * Fund economics worked again from each draw: fees as rate × base × years, waterfalls tier by tier
 * (capital, preferred return, catch-up, split), multiples as value over paid-in, and the venture
 * capital method as exit value × retention ÷ target.
 */

/** A whole percent and basis points as rationals. */
const P = (x: number): R => r(x, 100)
const BP = (x: number): R => r(x, 10000)
const ONE = r(1)

/**
 * The GP's whole-fund carry on distributions `D` over contributed capital `K`, with a preferred
 * return `pref`, a catch-up giving the GP `s` (a fraction) until it has `c` of the profit, and the
 * split after: tier by tier, in BigInt rationals.
 */
function gpCarry(D: R, K: R, pref: R, s: R, c: R): R {
  const cmpR = (a: R, b: R) => a[0] * b[1] - b[0] * a[1]
  const left1 = sub(D, K)
  if (cmpR(left1, pref) <= 0) return r(0)
  const afterPref = sub(left1, pref)
  // The catch-up tier's size: s·Y = c·(pref + Y).
  const tier = div(mul(c, pref), sub(s, c))
  if (cmpR(afterPref, tier) <= 0) return mul(s, afterPref)
  return add(mul(s, tier), mul(c, sub(afterPref, tier)))
}

/** Fund economics and returns families worked again from each draw's figures. */
export const FUND_ROUTES: Readonly<Record<string, Route>> = {
  'management-fees-over-the-fund-life-with-a-step-down-to-invested-capital': (f) => {
    const [C, fr, f2, p] = figuresOf(f, 'C', 'f', 'f2', 'p')
    const N = list(f, 'n')
    const years = 10 - p
    const first = mul(r(C * p), BP(fr))
    const laterFees = (rate: number) => sum(N.map((x) => mul(r(x), BP(rate))))
    return at2(
      add(first, laterFees(f2)),
      mul(r(C * 10), BP(fr)),
      add(first, mul(r(C * years), BP(f2))),
      add(first, laterFees(fr)),
      add(first, mul(r(N[0]! * years), BP(f2))),
      first,
      add(first, mul(r(N[N.length - 1]! * years), BP(f2))),
      add(mul(r(C * p), BP(f2)), laterFees(f2)),
    )
  },
  'investable-capital-after-fees-expenses-and-recycling': (f) => {
    const [C, fr, f2, p, E, Rc, Pr] = figuresOf(f, 'C', 'f', 'f2', 'p', 'E', 'R', 'P')
    const feeTotal = add(mul(r(C * p), BP(fr)), mul(r(C * (10 - p)), BP(f2)))
    const net = sub(sub(r(C), feeTotal), r(E))
    const recycled = mul(r(C), P(Rc))
    return at2(
      add(net, recycled),
      net,
      add(net, r(Pr)),
      mul(net, P(100 + Rc)),
      add(sub(r(C - E), mul(r(C * 10), BP(fr))), recycled),
      add(sub(r(C - E), mul(r(C * p), BP(fr))), recycled),
      add(sub(r(C), feeTotal), recycled),
    )
  },
  'whole-fund-carry-with-a-preferred-return-and-a-complete-catch-up': (f) => {
    const [K, Fe, U, h, t, c, s, D] = figuresOf(f, 'K', 'Fe', 'U', 'h', 't', 'c', 's', 'D')
    const pref = mul(r(K), P(h * t))
    const carry = (capital: number) => gpCarry(r(D), r(capital), pref, P(s), P(c))
    const tier = div(mul(P(c), pref), P(s - c))
    const cPref = mul(P(c), pref)
    return at2(
      carry(K),
      mul(P(c), r(D)),
      mul(P(c), r(D - K + Fe)),
      add(mul(P(s), tier), mul(P(c), sub(r(D - K), pref))),
      mul(P(c), sub(r(D - K), pref)),
      add(cPref, mul(P(c), sub(sub(r(D - K), pref), div(cPref, P(s))))),
      carry(K + U),
    )
  },
  'whole-fund-carry-inside-a-split-catch-up': (f) => {
    const [K, U, h, t, c, s, D] = figuresOf(f, 'K', 'U', 'h', 't', 'c', 's', 'D')
    const pref = mul(r(K), P(h * t))
    const above = sub(r(D - K), pref)
    const prefOnCommitments = mul(r(K + U), P(h * t))
    return at2(
      gpCarry(r(D), r(K), pref, P(s), P(c)),
      mul(P(c), r(D - K)),
      above,
      mul(P(c), r(D)),
      mul(P(c), above),
      mul(P(100 - s), above),
      gpCarry(r(D), r(K), prefOnCommitments, P(s), P(c)),
    )
  },
  'whole-fund-carry-due-on-a-new-distribution-after-carry-already-paid': (f) => {
    const [K, h, t, c, G1, D1, Dn] = figuresOf(f, 'K', 'h', 't', 'c', 'G1', 'D1', 'Dn')
    const D = D1 + Dn
    const pref = mul(r(K), P(h * t))
    const due = gpCarry(r(D), r(K), pref, ONE, P(c))
    const paid = r(G1)
    const tier = div(mul(P(c), pref), P(100 - c))
    return at2(
      sub(due, paid),
      due,
      sub(mul(P(c), r(D)), paid),
      sub(add(tier, mul(P(c), sub(r(D - K), pref))), paid),
      mul(P(c), r(Dn)),
      sub(mul(P(c), sub(r(D - K), pref)), paid),
      sub(sub(due, mul(P(c), P(c), pref)), paid),
    )
  },
  'deal-by-deal-carry-on-one-exit-after-earlier-losses': (f) => {
    const [c, Cx, Px, fr, h, y, A1, B1, A2, B2, W] = figuresOf(
      f,
      'c',
      'Cx',
      'Px',
      'f',
      'h',
      'y',
      'A1',
      'B1',
      'A2',
      'B2',
      'W',
    )
    const losses = r(A1 - B1 + A2 - B2)
    const fees = mul(r(Cx), P(fr))
    const recovered = add(r(Cx), fees)
    const simple = mul(recovered, P(h * y))
    const carryAfter = (...tiers: R[]) => mul(P(c), sub(r(Px), sum(tiers)))
    const key = carryAfter(recovered, simple, losses)
    return at2(
      key,
      carryAfter(r(Cx), mul(r(Cx), P(h * y)), losses),
      carryAfter(recovered, simple),
      carryAfter(recovered, losses),
      carryAfter(r(Cx)),
      sub(key, mul(P(c), r(W))),
      carryAfter(mul(recovered, pw(P(100 + h), y)), losses),
      carryAfter(recovered, simple, losses, mul(losses, P(h * y))),
    )
  },
  'gp-clawback-when-whole-fund-carry-falls-short-of-deal-by-deal-carry': (f) => {
    const [c, a1, b1, a2, b2, a3, b3, a4, b4, Fe, U, h, t, tax] = figuresOf(
      f,
      'c',
      'a1',
      'b1',
      'a2',
      'b2',
      'a3',
      'b3',
      'a4',
      'b4',
      'Fe',
      'U',
      'h',
      't',
      'tax',
    )
    const K = a1 + a2 + a3 + a4 + Fe
    const D = b1 + b2 + b3 + b4
    const pref = mul(r(K), P(h * t))
    // Carry received: c on each gain; nothing on the losses.
    const received = sum(
      [
        [a1, b1],
        [a2, b2],
        [a3, b3],
        [a4, b4],
      ]
        .filter(([a, b]) => b! > a!)
        .map(([a, b]) => mul(P(c), r(b! - a!))),
    )
    const whole = gpCarry(r(D), r(K), pref, ONE, P(c))
    const excess = sub(received, whole)
    const capped = mul(received, P(100 - tax))
    // The after-tax cap binds any excess above it, the key's or a slip's.
    const atMost = (x: R): R => (x[0] * capped[1] <= capped[0] * x[1] ? x : capped)
    const key = atMost(excess)
    return at2(
      key,
      atMost(sub(received, mul(P(c), sub(r(D - K), pref)))),
      received,
      atMost(sub(received, mul(P(c), r(D - K - U)))),
      mul(excess, P(100 - tax)),
      sub(received, mul(P(c), r(b1 + b2 + b3 + b4 - (a1 + a2 + a3 + a4)))),
      sub(received, mul(P(c), r(b1 - a1 + b2 - a2 - Fe))),
    )
  },
  'gp-receipts-from-its-own-commitment-and-carry': (f) => {
    const [C, g, D, c] = figuresOf(f, 'C', 'g', 'D', 'c')
    // Each side's paid-in and distributions, the GP's share by its paid-in commitment.
    const gpIn = mul(r(C), P(g))
    const lpIn = sub(r(C), gpIn)
    const gpOut = mul(r(D), r(g * C, C * 100))
    const lpOut = sub(r(D), gpOut)
    const carryOn = (base: R) => mul(P(c), base)
    return at2(
      add(gpOut, carryOn(sub(lpOut, lpIn))),
      add(gpOut, carryOn(r(D - C))),
      add(gpOut, carryOn(lpOut)),
      add(gpOut, carryOn(r(D))),
      carryOn(sub(lpOut, lpIn)),
      gpOut,
      add(gpIn, carryOn(sub(lpOut, lpIn))),
    )
  },
  'lp-dpi-with-a-distribution-in-kind': (f) => {
    const [Cm, Ki, Fc, D1, p, k, q, Gc, V] = figuresOf(
      f,
      'Cm',
      'Ki',
      'Fc',
      'D1',
      'p',
      'k',
      'q',
      'Gc',
      'V',
    )
    const paidIn = r(Ki + Fc)
    const kind = r(k * p, 100)
    const dist = add(r(D1), kind)
    return at2(
      div(dist, paidIn),
      div(add(dist, r(V)), paidIn),
      div(dist, r(Ki)),
      div(add(dist, r(Gc)), paidIn),
      div(dist, r(Cm)),
      div(add(r(D1), r(k * q, 100)), paidIn),
      div(r(D1), paidIn),
    )
  },
  'lp-rvpi-from-a-rolled-forward-net-asset-value': (f) => {
    const [Cm, K, V0, Q, B, S, U, A, Dc] = figuresOf(
      f,
      'Cm',
      'K',
      'V0',
      'Q',
      'B',
      'S',
      'U',
      'A',
      'Dc',
    )
    // Opening value, plus the call invested, less the company sold at its carrying value, plus
    // the write-up, less the accrued carry.
    const roll = (out: number, call: number, carry: number) => r(V0 + call - out + U - carry)
    const paid = r(K)
    return at2(
      div(roll(B, Q, A), paid),
      div(roll(0, Q, A), paid),
      div(roll(B, Q, 0), paid),
      div(add(roll(B, Q, A), r(Dc)), paid),
      div(roll(S, Q, A), paid),
      div(roll(B, 0, A), paid),
      div(roll(B, Q, A), r(Cm)),
    )
  },
  'net-tvpi-from-gross-value-after-fees-and-carry': (f) => {
    const [I, Fe, V, c] = figuresOf(f, 'I', 'Fe', 'V', 'c')
    const K = I + Fe
    const carry = mul(P(c), r(V - K))
    const net = sub(r(V), carry)
    return at2(
      div(net, r(K)),
      r(V, I),
      r(V, K),
      div(net, r(I)),
      div(sub(r(V), mul(P(c), r(V - I))), r(K)),
      div(mul(r(V), P(100 - c)), r(K)),
      div(sub(net, r(Fe)), r(K)),
    )
  },
  'deal-moic-with-a-follow-on-and-a-partial-secondary-sale': (f) => {
    const [N1, p1, N2, p2, S, ps, p3] = figuresOf(f, 'N1', 'p1', 'N2', 'p2', 'S', 'ps', 'p3')
    const paid = r(N1 * p1 + N2 * p2)
    const sold = r(S * ps)
    const kept = (price: number) => r((N1 + N2 - S) * price)
    return at2(
      div(add(sold, kept(p3)), paid),
      div(add(sold, kept(p3)), r(N1 * p1)),
      div(r((N1 + N2) * p3), paid),
      div(add(sold, r((N1 + N2) * p3)), paid),
      div(kept(p3), paid),
      div(sold, paid),
      div(add(sold, kept(p2)), paid),
    )
  },
  'venture-capital-method-pre-money-with-a-target-multiple-and-dilution': (f) => {
    const [Rv, k, M, d1, d2, I] = figuresOf(f, 'Rv', 'k', 'M', 'd1', 'd2', 'I')
    const exit = r(Rv * k)
    const retained = mul(P(100 - d1), P(100 - d2))
    const postFor = (keep: R, target: number) => div(mul(exit, keep), r(target))
    const post = postFor(retained, M)
    const inv = r(I)
    return at2(
      sub(post, inv),
      post,
      sub(postFor(ONE, M), inv),
      sub(postFor(P(100 - d1), M), inv),
      sub(postFor(div(ONE, retained), M), inv),
      sub(postFor(P(100 - d1 - d2), M), inv),
      sub(postFor(retained, M + 1), inv),
      sub(post, div(inv, retained)),
    )
  },
  'venture-capital-method-ownership-to-buy-at-a-target-rate': (f) => {
    const [NI, k, Rev, rate, T, rho, I] = figuresOf(f, 'NI', 'k', 'Rev', 'r', 'T', 'rho', 'I')
    const future = mul(r(I), pw(P(100 + rate), T))
    const exit = r(NI * k)
    const exitOwn = div(future, exit)
    const post = div(mul(exit, P(rho)), pw(P(100 + rate), T))
    return pct2(
      div(exitOwn, P(rho)),
      exitOwn,
      mul(exitOwn, P(rho)),
      div(mul(r(I), add(ONE, P(rate * T))), mul(exit, P(rho))),
      div(future, mul(r(Rev * k), P(rho))),
      div(r(I), sub(post, r(I))),
      add(exitOwn, P(100 - rho)),
      div(exitOwn, P(100 - rho)),
    )
  },
  'exit-value-needed-for-a-target-multiple-after-dilution': (f) => {
    const [V, I, M, a1, a2] = figuresOf(f, 'V', 'I', 'M', 'a1', 'a2')
    // Ownership at entry, then what it keeps after each round that adds a% new shares.
    const own = r(I, V + I)
    const kept = div(ONE, mul(P(100 + a1), P(100 + a2)))
    const need = (multiple: number, ownAtExit: R) => div(r(multiple * I), ownAtExit)
    return at2(
      need(M, mul(own, kept)),
      need(M, mul(own, P(100 - a1), P(100 - a2))),
      need(M, mul(own, P(100 - a1 - a2))),
      need(M + 1, mul(own, kept)),
      need(M, own),
      need(M, mul(r(I, V), kept)),
      need(M, div(own, P(100 + a1))),
      need(M, mul(own, P(100 + a1), P(100 + a2))),
    )
  },
  'portfolio-exit-value-to-return-a-target-multiple-net-of-carry': (f) => {
    const [C, N10, c, o, d1, d2] = figuresOf(f, 'C', 'N10', 'c', 'o', 'd1', 'd2')
    const target = mul(r(C), r(N10, 10))
    // LPs get G − c(G − C) = target, so G = (target − cC) / (1 − c).
    const gross = div(sub(target, mul(P(c), r(C))), P(100 - c))
    const atExit = mul(P(o), P(100 - d1), P(100 - d2))
    return at2(
      div(gross, atExit),
      div(target, atExit),
      div(gross, P(o)),
      div(mul(gross, P(100 - d1), P(100 - d2)), P(o)),
      div(div(target, P(100 - c)), atExit),
      div(mul(target, P(100 + c)), atExit),
      div(gross, mul(P(o), P(100 - d1 - d2))),
    )
  },
  'net-management-fee-after-the-portfolio-fee-offset': (f) => {
    const [C, f2, A, W, FV, o, Tx, phi, Mo, Di] = figuresOf(
      f,
      'C',
      'f2',
      'A',
      'W',
      'FV',
      'o',
      'Tx',
      'phi',
      'Mo',
      'Di',
    )
    const fundFees = add(mul(r(Tx), P(phi)), r(Mo + Di))
    const offsetAt = (share: number, fees: R) => mul(P(share), fees)
    const feeOn = (base: number) => mul(r(base), BP(f2))
    const off = offsetAt(o, fundFees)
    return at2(
      sub(feeOn(A - W), off),
      feeOn(A - W),
      sub(feeOn(A), off),
      sub(feeOn(C), off),
      sub(feeOn(A - W), offsetAt(100 - o, fundFees)),
      sub(feeOn(A - W), fundFees),
      sub(feeOn(A - W), offsetAt(o, r(Tx + Mo + Di))),
      sub(feeOn(FV), off),
    )
  },
  'subsequent-close-equalisation-payment-of-a-new-lp': (f) => {
    const [C1, Cn, K1, K2, t0, t1, t2, e, fr] = figuresOf(
      f,
      'C1',
      'Cn',
      'K1',
      'K2',
      't0',
      't1',
      't2',
      'e',
      'f',
    )
    const part = (K: number, base: number) => r(Cn * K, base)
    const withInterest = (K: number, days: number, year: number, base: number) =>
      mul(part(K, base), add(ONE, mul(P(e), r(days, year))))
    const backFees = (days: number) => mul(r(Cn), BP(fr), r(days, 365))
    const equalised = (year: number, base: number, d1: number, d2: number) =>
      add(withInterest(K1, d1, year, base), withInterest(K2, d2, year, base))
    return at2(
      add(equalised(365, C1, t1, t2), backFees(t0)),
      add(part(K1, C1), part(K2, C1), backFees(t0)),
      equalised(365, C1, t1, t2),
      add(equalised(365, C1 + Cn, t1, t2), backFees(t0)),
      add(equalised(360, C1, t1, t2), backFees(t0)),
      add(equalised(365, C1, t1, t2), backFees(365)),
      add(equalised(365, C1, t1, t1), backFees(t0)),
    )
  },
  'preferred-return-accrued-on-staggered-calls-and-a-return-of-capital': (f) => {
    const [K1, K2, K3, F1, F2, F3, Cm, tR, T, Rt, h] = figuresOf(
      f,
      'K1',
      'K2',
      'K3',
      'F1',
      'F2',
      'F3',
      'Cm',
      'tR',
      'T',
      'R',
      'h',
    )
    // Capital outstanding year by year, times the simple rate.
    const accrue = (flows: readonly (readonly [number, number])[]) => {
      let out = r(0)
      for (let year = 0; year < T; year++) {
        const balance = flows.filter(([, at]) => at <= year).reduce((s, [x]) => s + x, 0)
        out = add(out, mul(r(balance), P(h)))
      }
      return out
    }
    const back: [number, number] = [-Rt, tR]
    const Kt = K1 + K2 + K3
    return at2(
      accrue([[K1, 0], [K2, 1], [K3, 2], back]),
      accrue([
        [K1, 0],
        [K2, 1],
        [K3, 2],
      ]),
      accrue([[Kt, 0], back]),
      accrue([[Cm, 0], back]),
      accrue([[Kt, 2], back]),
      accrue([
        [K1, 0],
        [K2, 1],
        [K3, 2],
        [-Rt, 0],
      ]),
      accrue([[K1 - F1, 0], [K2 - F2, 1], [K3 - F3, 2], back]),
    )
  },
  'kaplan-schoar-public-market-equivalent-of-a-fund': (f) => {
    const [C0, C1, D3, D4, V, I0, I1, I3, I4, I5] = figuresOf(
      f,
      'C0',
      'C1',
      'D3',
      'D4',
      'V',
      'I0',
      'I1',
      'I3',
      'I4',
      'I5',
    )
    const fwd = (x: number, at: number) => div(mul(r(x), r(I5)), r(at))
    const back = (x: number, at: number) => div(mul(r(x), r(at)), r(I5))
    const calls = add(fwd(C0, I0), fwd(C1, I1))
    const dists = add(fwd(D3, I3), fwd(D4, I4))
    const tvpi = r(D3 + D4 + V, C0 + C1)
    return at2(
      div(add(dists, r(V)), calls),
      tvpi,
      div(add(dists, r(V)), r(C0 + C1)),
      div(add(back(D3, I3), back(D4, I4), r(V)), add(back(C0, I0), back(C1, I1))),
      div(r(D3 + D4 + V), calls),
      div(dists, calls),
      div(tvpi, r(I5, I0)),
    )
  },
}
