import {
  add,
  at2,
  div,
  mul,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { at0, at1, at3, at4 } from './written-half-up.js'

/** A quote drawn in units of 0.0001 (or 0.01 for yen) as a rate. */
const q = (x: number): R => r(x, 10000)
const yq = (x: number): R => r(x, 100)
/** 1 + rate × days ÷ year, the rate drawn in basis points. */
const grow = (bp: number, days: number, year: number): R =>
  add(r(1), mul(r(bp, 10000), r(days, year)))

/** Fx families worked again from each draw's figures. */
export const FX_ROUTES: Readonly<Record<string, Route>> = {
  'sterling-paid-for-euros-through-two-dollar-quotes': (f) => {
    const [eb, eo, gb, go, A] = figuresOf(f, 'eb', 'eo', 'gb', 'go', 'A')
    const a = r(A)
    return at2(
      mul(a, div(q(eo), q(gb))),
      mul(a, div(q(eb), q(go))),
      mul(a, div(q(eo), q(go))),
      mul(a, div(q(eb + eo), q(gb + go))),
      mul(a, div(q(gb), q(eo))),
      mul(a, q(eo), q(gb)),
      mul(a, q(eo)),
    )
  },
  'dollars-received-selling-a-euro-receipt': (f) => {
    const [X, b, o, F] = figuresOf(f, 'X', 'b', 'o', 'F')
    const x = r(X)
    const fee = r(F)
    return at2(
      sub(mul(x, q(b)), fee),
      sub(mul(x, q(o)), fee),
      sub(mul(x, q(b + o), r(1, 2)), fee),
      mul(x, q(b)),
      sub(div(x, q(b)), fee),
      sub(div(x, q(o)), fee),
      sub(mul(x, q(b)), mul(r(2), fee)),
    )
  },
  'sterling-forward-rate-by-covered-interest-parity': (f) => {
    const [S, iU, iG, d] = figuresOf(f, 'S', 'iU', 'iG', 'd')
    const s = q(S)
    const fw = (u: R, g: R) => mul(s, div(u, g))
    const key = fw(grow(iU, d, 360), grow(iG, d, 365))
    return at4(
      key,
      fw(grow(iU, d, 360), grow(iG, d, 360)),
      fw(grow(iU, d, 365), grow(iG, d, 365)),
      fw(grow(iU, d, 365), grow(iG, d, 360)),
      fw(grow(iU, 1, 1), grow(iG, 1, 1)),
      fw(grow(iG, d, 365), grow(iU, d, 360)),
      sub(s, sub(key, s)),
      fw(grow(iU, d, 360), r(1)),
    )
  },
  'euro-forward-points-on-actual-360': (f) => {
    const [S, iE, iU, d] = figuresOf(f, 'S', 'iE', 'iU', 'd')
    const s = q(S)
    const pips = (u: R, e: R) => mul(sub(mul(s, div(u, e)), s), r(10000))
    return at1(
      pips(grow(iU, d, 360), grow(iE, d, 360)),
      pips(grow(iU, d, 360), grow(iE, d, 365)),
      pips(grow(iU, 1, 1), grow(iE, 1, 1)),
      pips(grow(iU, d, 360), r(1)),
      pips(grow(iU, d, 365), grow(iE, d, 360)),
      pips(grow(iU, d, 365), grow(iE, d, 365)),
      pips(grow(iU, 180, 360), grow(iE, 180, 360)),
    )
  },
  'dollars-received-on-a-partly-hedged-receivable': (f) => {
    const [X, h, F, b, o] = figuresOf(f, 'X', 'h', 'F', 'b', 'o')
    const x = r(X)
    const mix = (hedged: number, spot: R) =>
      add(mul(x, r(hedged, 100), q(F)), mul(x, r(100 - hedged, 100), spot))
    return at2(
      mix(h, q(b)),
      mul(x, q(F)),
      mix(h, q(o)),
      mix(h, mul(q(b + o), r(1, 2))),
      mul(x, q(b)),
      mix(100 - h, q(b)),
      mul(x, r(h, 100), q(F)),
    )
  },
  'non-deliverable-forward-settled-in-dollars': (f) => {
    const [N, K, Fx, S2, F1, S0, d] = figuresOf(f, 'N', 'K', 'Fx', 'S2', 'F1', 'S0', 'd')
    const reais = (fix: number, contract: number) => mul(r(N), sub(q(fix), q(contract)))
    return at2(
      div(reais(Fx, K), q(Fx)),
      div(reais(Fx, K), q(K)),
      reais(Fx, K),
      div(reais(Fx, S0), q(Fx)),
      div(reais(S2, K), q(S2)),
      div(reais(F1, K), q(F1)),
      mul(div(reais(Fx, K), q(Fx)), r(d, 360)),
    )
  },
  'worst-case-cost-of-a-euro-call-hedge': (f) => {
    const [X, F, K, p, i, d] = figuresOf(f, 'X', 'F', 'K', 'p', 'i', 'd')
    const x = r(X)
    const prem = q(p)
    const cost = (strike: R, premium: R) => mul(x, add(strike, premium))
    return at2(
      cost(q(K), mul(prem, grow(i, d, 360))),
      mul(x, q(K)),
      cost(q(K), prem),
      cost(q(F), mul(prem, grow(i, d, 360))),
      cost(q(K), mul(prem, grow(i, d, 365))),
      mul(cost(q(K), prem), grow(i, d, 360)),
      cost(q(K), mul(prem, grow(i, 1, 1))),
      cost(add(q(K), prem), mul(prem, grow(i, d, 360))),
    )
  },
  'option-premium-quoted-as-a-percent-of-the-euro-notional': (f) => {
    const [X, P, b, o, F, K, i, d] = figuresOf(f, 'X', 'P', 'b', 'o', 'F', 'K', 'i', 'd')
    const eur = mul(r(X), r(P, 10000))
    return at2(
      mul(eur, q(o)),
      mul(eur, q(b)),
      mul(eur, q(b + o), r(1, 2)),
      eur,
      div(eur, q(o)),
      mul(eur, q(K)),
      mul(eur, q(F)),
      mul(eur, q(o), grow(i, d, 360)),
    )
  },
  'euro-hedge-still-needed-under-a-policy-ratio': (f) => {
    const [R1, R2, R3, P1, P2, h, H] = figuresOf(f, 'R1', 'R2', 'R3', 'P1', 'P2', 'h', 'H')
    const ratio = r(h, 100)
    const net = R1 + R2 - P1
    const need = (x: number) => sub(mul(ratio, r(x)), r(H))
    return at0(
      need(net),
      need(R1 + R2),
      mul(ratio, r(net)),
      need(net + R3),
      r(net - H),
      need(net - P2),
      sub(need(R1 + R2), r(P1)),
      sub(mul(r(100 - h, 100), r(net)), r(H)),
    )
  },
  'dollar-cost-of-a-layered-euro-hedge': (f) => {
    const [X, w1, w2, w3, F1, F2, F3, ST, B] = figuresOf(
      f,
      'X',
      'w1',
      'w2',
      'w3',
      'F1',
      'F2',
      'F3',
      'ST',
      'B',
    )
    const x = r(X)
    const share = (w: number) => r(w, 100)
    const hedged = add(mul(share(w1), q(F1)), mul(share(w2), q(F2)), mul(share(w3), q(F3)))
    const openShare = share(100 - w1 - w2 - w3)
    const avg = mul(add(q(F1), q(F2), q(F3)), r(1, 3))
    // Each later layer a share of what is still open.
    const s1 = share(w1)
    const s2 = mul(share(w2), sub(r(1), s1))
    const s3 = mul(share(w3), sub(sub(r(1), s1), s2))
    const left = sub(sub(sub(r(1), s1), s2), s3)
    return at2(
      mul(x, add(hedged, mul(openShare, q(ST)))),
      mul(x, q(ST)),
      mul(x, add(mul(share(w1 + w2 + w3), avg), mul(openShare, q(ST)))),
      mul(x, add(mul(s1, q(F1)), mul(s2, q(F2)), mul(s3, q(F3)), mul(left, q(ST)))),
      mul(x, div(hedged, share(w1 + w2 + w3))),
      mul(x, add(hedged, mul(openShare, q(B)))),
      mul(x, hedged),
    )
  },
  'dollars-received-after-rolling-a-euro-forward': (f) => {
    const [X, Fo, Sb, So, pb, po] = figuresOf(f, 'X', 'Fo', 'Sb', 'So', 'pb', 'po')
    const x = r(X)
    const closeOut = sub(q(Fo), q(So))
    return at2(
      mul(x, add(closeOut, q(Sb), q(pb))),
      mul(x, add(q(Fo), q(pb))),
      mul(x, add(closeOut, q(Sb), q(po))),
      mul(x, add(closeOut, q(Fo), q(pb))),
      mul(x, add(q(Sb), q(pb))),
      mul(x, add(closeOut, q(Sb))),
      mul(x, sub(add(closeOut, q(Sb)), q(pb))),
    )
  },
  'unrealised-gain-on-a-euro-receivable-at-year-end': (f) => {
    const [X, Y, H, C, A, P, L] = figuresOf(f, 'X', 'Y', 'H', 'C', 'A', 'P', 'L')
    const open = r(X - Y)
    const move = (to: number, from: number) => sub(q(to), q(from))
    return at2(
      mul(open, move(C, H)),
      mul(r(X), move(C, H)),
      mul(open, move(L, H)),
      add(mul(open, move(C, H)), mul(r(Y), move(P, H))),
      mul(open, move(A, H)),
      mul(open, move(C, P)),
      div(mul(open, move(C, H)), q(C)),
    )
  },
  'yen-received-for-euros-through-the-dollar': (f) => {
    const [X, eb, eo, jb, jo] = figuresOf(f, 'X', 'eb', 'eo', 'jb', 'jo')
    const x = r(X)
    return at0(
      mul(x, q(eb), yq(jb)),
      mul(x, q(eb), yq(jo)),
      mul(x, q(eo), yq(jb)),
      mul(x, q(eo), yq(jo)),
      mul(x, yq(jb)),
      div(mul(x, yq(jb)), q(eb)),
      div(mul(x, yq(jo)), q(eo)),
    )
  },
  'outright-forward-from-discount-points': (f) => {
    const [X, Sb, So, pb, po] = figuresOf(f, 'X', 'Sb', 'So', 'pb', 'po')
    const x = r(X)
    return at2(
      mul(x, sub(q(So), q(po))),
      mul(x, sub(q(So), q(pb))),
      mul(x, sub(q(Sb), q(pb))),
      mul(x, sub(q(Sb), q(po))),
      mul(x, add(q(So), q(po))),
      mul(x, q(So)),
      mul(x, add(q(So), q(pb))),
    )
  },
  'dollar-yen-forward-by-covered-interest-parity': (f) => {
    const [S, iU, iJ, d] = figuresOf(f, 'S', 'iU', 'iJ', 'd')
    const s = yq(S)
    const fw = (j: R, u: R) => mul(s, div(j, u))
    return at3(
      fw(grow(iJ, d, 365), grow(iU, d, 360)),
      fw(grow(iJ, d, 360), grow(iU, d, 360)),
      fw(grow(iJ, d, 365), grow(iU, d, 365)),
      fw(grow(iU, d, 360), grow(iJ, d, 365)),
      fw(grow(iJ, 1, 1), grow(iU, 1, 1)),
      div(s, grow(iU, d, 360)),
      mul(s, sub(grow(iJ, d, 365), mul(r(iU, 10000), r(d, 360)))),
    )
  },
  'non-deliverable-forward-selling-dollars-for-won': (f) => {
    const [N, K, Fx, S2, F1, S0, d] = figuresOf(f, 'N', 'K', 'Fx', 'S2', 'F1', 'S0', 'd')
    const won = (contract: number, fix: number) => mul(r(N), sub(yq(contract), yq(fix)))
    return at2(
      div(won(K, Fx), yq(Fx)),
      won(K, Fx),
      div(won(K, F1), yq(F1)),
      div(won(S0, Fx), yq(Fx)),
      div(won(K, Fx), yq(K)),
      div(won(K, S2), yq(S2)),
      mul(div(won(K, Fx), yq(Fx)), r(d, 360)),
    )
  },
  'break-even-spot-of-a-euro-call-against-the-forward': (f) => {
    const [S0, F, K, p, i, d] = figuresOf(f, 'S0', 'F', 'K', 'p', 'i', 'd')
    const prem = q(p)
    const carried = mul(prem, grow(i, d, 360))
    return at4(
      sub(q(F), carried),
      sub(q(F), prem),
      add(q(F), carried),
      sub(q(K), carried),
      sub(q(F), mul(prem, grow(i, 1, 1))),
      sub(q(S0), carried),
      sub(sub(q(F), carried), carried),
    )
  },
}
