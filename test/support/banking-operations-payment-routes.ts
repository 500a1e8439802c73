import {
  add,
  at0,
  at2,
  mul,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'

/** Whole cents as dollars. */
export const c = (x: number): R => r(x, 100)
/** `x` at `b` basis points. */
export const bp = (x: R, b: number): R => mul(x, r(b, 10000))
/** The sum of whole cents, as dollars. */
const cs = (...xs: number[]): R => c(xs.reduce((s, v) => s + v, 0))

/** The ABA check digit: weights 3, 7, 1 over the nine digits sum to a multiple of ten. */
const check = (p8: bigint): bigint => {
  const d = p8.toString().padStart(8, '0')
  const w = [3, 7, 1, 3, 7, 1, 3, 7]
  let s = 0
  for (let i = 0; i < 8; i++) s += Number(d[i]) * w[i]!
  return BigInt((10 - (s % 10)) % 10)
}
const low10 = (x: bigint): R => r(x % 10000000000n)

/** Payment families worked again from each draw's figures. */
export const PAYMENT_ROUTES: Readonly<Record<string, Route>> = {
  'card-batch-net-deposit-after-interchange-assessment-and-markup': (f) => {
    const [nS, S, k, Rf, ic, icc, as, mk, mkc] = figuresOf(
      f,
      'nS',
      'S',
      'k',
      'Rf',
      'ic',
      'icc',
      'as',
      'mk',
      'mkc',
    )
    const interchange = add(bp(c(S), ic), c(nS * icc))
    const assessment = bp(c(S), as)
    const markup = add(bp(c(S), mk), c(nS * mkc))
    const net = sub(c(S - Rf), add(interchange, assessment, markup))
    return at2(
      net,
      add(net, c(nS * icc)),
      add(net, assessment),
      add(net, c(Rf)),
      sub(net, c(k * icc + k * mkc)),
      sub(net, bp(c(Rf), ic + as + mk)),
      sub(net, c(Rf)),
    )
  },
  'merchant-chargebacks-representments-and-retrieval-fees': (f) => {
    const [D, k, C, j, W, fee, q, g] = figuresOf(f, 'D', 'k', 'C', 'j', 'W', 'f', 'q', 'g')
    const net = sub(add(c(D - C + W)), r(k * fee + q * g))
    return at2(
      net,
      add(net, r(k * fee)),
      add(net, r(j * fee)),
      add(net, r(q * g)),
      sub(net, c(W)),
      sub(net, r(j * fee)),
      sub(net, r(q * (fee + 10))),
    )
  },
  'nacha-entry-hash-of-a-batch': (f) => {
    let sum = 0n
    let sum9 = 0n
    let each = 0n
    let cr = 0n
    let db = 0n
    for (let i = 0; i < 5; i++) {
      const [p, cc, dd] = figuresOf(f, `p${i}`, `c${i}`, `d${i}`).map(BigInt) as [
        bigint,
        bigint,
        bigint,
      ]
      sum += p * (cc + dd)
      sum9 += (p * 10n + check(p)) * (cc + dd)
      each += p
      cr += p * cc
      db += p * dd
    }
    return at0(low10(sum), low10(sum9), r(sum), r(sum / 10n), low10(each), low10(cr), low10(db))
  },
  'monthly-wire-transfer-fees-by-type': (f) => {
    const [no, fo, ni, fi, nx, fx, nr, fr] = figuresOf(
      f,
      'no',
      'fo',
      'ni',
      'fi',
      'nx',
      'fx',
      'nr',
      'fr',
    )
    const fees = (inFree: number, outFree: number, inFee: number, xFee: number, repairs: number) =>
      r((no - outFree) * fo + (ni - inFree) * inFee + nx * xFee + repairs * fr)
    return at2(
      fees(5, 0, fi, fx, nr),
      fees(0, 0, fi, fx, nr),
      fees(5, 0, fi, fx, nx),
      fees(5, 0, fo, fx, nr),
      fees(5, 0, fi, fo, nr),
      fees(5, 0, fi, fx, 0),
      fees(5, 5, fi, fx, nr),
    )
  },
  'cross-border-wire-sha-amount-the-beneficiary-receives': (f) => {
    const [U, m, s, I, B, F] = figuresOf(f, 'U', 'm', 's', 'I', 'B', 'F')
    const at = (usd: number, rateBp: number) => mul(r(usd), r(m * (10000 + rateBp), 10000 * 10000))
    const less = (x: R) => sub(x, r(I + B))
    return at2(
      less(at(U, -s)),
      less(at(U, 0)),
      at(U, -s),
      less(at(U, s)),
      less(at(U - F, -s)),
      less(at(U, -2 * s)),
      sub(less(at(U, -s)), r(F)),
    )
  },
  'cross-border-wire-our-total-debit-in-dollars': (f) => {
    const [E, m, s, F, O, cc] = figuresOf(f, 'E', 'm', 's', 'F', 'O', 'c')
    const usd = (gbp: number, spread: number) => mul(r(gbp), r(m * (10000 + spread), 10 ** 8))
    const debit = add(usd(E, s), r(F + O))
    return at2(
      debit,
      add(usd(E, 0), r(F + O)),
      add(usd(E, -s), r(F + O)),
      add(usd(E, s), r(F)),
      add(debit, usd(cc, s)),
      add(debit, r((F + O) * s, 10000)),
      add(usd(E, 2 * s), r(F + O)),
    )
  },
  'positive-pay-exception-count': (f) => {
    const [a, b, cc, d, e, g, u] = figuresOf(f, 'a', 'b', 'c', 'd', 'e', 'g', 'u')
    const ex = b + cc + d + e + g
    return at0(
      r(ex),
      r(ex + u),
      r(a + ex),
      r(2 * b + cc + d + e + g),
      r(b + cc + d + e),
      r(b + cc + d + g),
      r(b + cc + e + g),
    )
  },
  'same-day-ach-eligible-amount': (f) => {
    const [big, iat, mid1, mid2, low1, low2, sm1, sm2] = figuresOf(
      f,
      'big',
      'iat',
      'mid1',
      'mid2',
      'low1',
      'low2',
      'sm1',
      'sm2',
    )
    const under = (cap: number, xs: number[]) => cs(...xs.filter((x) => x <= cap * 100))
    const plain = [mid1, mid2, low1, low2, sm1, sm2, big]
    return at2(
      under(1000000, plain),
      cs(...plain),
      under(1000000, [...plain, iat]),
      add(under(1000000, plain), r(1000000)),
      under(100000, plain),
      under(25000, plain),
      cs(mid1, mid2, low1, low2),
    )
  },
  'late-ach-returns-by-return-code-deadline': (f) => {
    const [e2, L1, t2, t3, L2, L3] = figuresOf(f, 'e2', 'L1', 't2', 't3', 'L2', 'L3')
    return at0(
      r(L1 + L2 + L3),
      r(L1 + t2 + t3 + L2 + L3),
      r(L1 + t3 + L2 + L3),
      r(e2 + L1 + L2 + L3),
      r(L2 + L3),
      r(L1 + L3),
      r(L1),
    )
  },
  'interchange-on-regulated-exempt-debit-and-credit': (f) => {
    const [n1, D1, n2, D2, n3, D3, p] = figuresOf(f, 'n1', 'D1', 'n2', 'D2', 'n3', 'D3', 'p')
    const fee = (cnt: number, amt: number, perItem: number, b: number) =>
      add(c(cnt * perItem), bp(c(amt), b))
    const reg = fee(n1, D1, 21 + 1, 5)
    const ex = fee(n2, D2, 15, 80)
    const cr = fee(n3, D3, 10, p)
    return at2(
      add(reg, ex, cr),
      add(fee(n1, D1, 21, 5), ex, cr),
      add(reg, fee(n2, D2, 22, 5), cr),
      add(reg, ex, bp(c(D3), p)),
      add(fee(n1, D1, 15, 80), ex, cr),
      add(fee(n1, D1, 22, 50), ex, cr),
      add(reg, fee(n2, D2, 10, p), cr),
    )
  },
  'tiered-card-pricing-statement': (f) => {
    const [Q, M, N, tx, q, mr, nr, pc] = figuresOf(f, 'Q', 'M', 'N', 'tx', 'q', 'mr', 'nr', 'pc')
    const bill = (a: number, b: number, d: number, perTx: number, extra: number) =>
      add(bp(c(Q), a), bp(c(M), b), bp(c(N), d), c(tx * perTx + 995 + extra))
    return at2(
      bill(q, mr, nr, pc, 0),
      bill(q, q, q, pc, 0),
      bill(q, mr, mr, pc, 0),
      bill(q, mr, nr, 0, 0),
      bill(nr, nr, nr, pc, 0),
      bill(q, nr, nr, pc, 0),
      bill(q, mr, nr, pc, 1995),
    )
  },
  'clearing-house-net-settlement-owed': (f) => {
    const [xB, xC, xD, yB, yC, yD, Rin, Rout] = figuresOf(
      f,
      'xB',
      'xC',
      'xD',
      'yB',
      'yC',
      'yD',
      'Rin',
      'Rout',
    )
    const pays = yB + yC + yD
    const gets = xB + xC + xD
    const pos = (v: number) => Math.max(0, v)
    return at2(
      c(pays - gets + Rin - Rout),
      c(pays),
      c(pays - gets + Rin),
      c(pos(yB - xB) + pos(yC - xC) + pos(yD - xD) + Rin - Rout),
      c(pays - gets - Rout),
      c(pays - gets),
      c(pays - gets - Rin + Rout),
    )
  },
  'merchant-deposit-with-a-rolling-reserve': (f) => {
    const [S, Rf, d, h, Rr] = figuresOf(f, 'S', 'Rf', 'd', 'h', 'Rr')
    const dep = (reserveBase: R, feeBase: number, release: number) =>
      sub(
        add(c(S - Rf), release < 0 ? sub(r(0), c(-release)) : c(release)),
        add(bp(c(feeBase), d), mul(reserveBase, r(h, 100))),
      )
    return at2(
      dep(c(S), S, Rr),
      dep(r(0), S, Rr),
      dep(c(S - Rf), S, Rr),
      dep(sub(c(S), bp(c(S), d)), S, Rr),
      dep(c(S), S, 0),
      dep(c(S), S, -Rr),
      dep(c(S), S + Rf, Rr),
    )
  },
  'check-float-cost-of-a-friday-cash-letter': (f) => {
    const [on, L, O, rr] = figuresOf(f, 'on', 'L', 'O', 'rr')
    const cost = (dollarDays: R, basis: number) => mul(dollarDays, r(rr, 10000 * basis))
    const dd = (...pairs: [number, number][]) => add(r(0), ...pairs.map(([x, t]) => c(x * t)))
    return at2(
      cost(dd([L, 3], [O, 4]), 360),
      cost(dd([L, 1], [O, 2]), 360),
      cost(dd([L, 3], [O, 4]), 365),
      cost(dd([O, 4]), 360),
      cost(dd([on, 3], [L, 3], [O, 4]), 360),
      cost(dd([L, 4], [O, 4]), 360),
      cost(dd([L, 4], [O, 5]), 360),
    )
  },
  'remittance-transfer-amount-received': (f) => {
    const [U, F, mid, sp, T] = figuresOf(f, 'U', 'F', 'mid', 'sp', 'T')
    const pesos = (usd: number, margin: number) =>
      mul(r(usd), r(mid * (10000 - margin), 1000 * 10000))
    return at2(
      sub(pesos(U - F, sp), r(T)),
      sub(pesos(U, sp), r(T)),
      sub(pesos(U - F, 0), r(T)),
      pesos(U - F, sp),
      sub(pesos(U - 2 * F, sp), r(T)),
      pesos(U - F - T, sp),
      sub(pesos(U - F, 2 * sp), r(T)),
    )
  },
  'ach-batch-total-credit-amount': (f) => {
    const [c22, c32, d27, d37] = figuresOf(f, 'c22', 'c32', 'd27', 'd37')
    return at2(
      cs(c22, c32),
      cs(c22, c32, d27, d37),
      cs(c22, c32, d37),
      cs(c22, c32, d27),
      cs(c22),
      sub(cs(c22, c32), cs(d27, d37)),
      sub(c(c22), c(d27)),
    )
  },
  'compensation-for-a-late-wire': (f) => {
    const [A, ff, io, pr] = figuresOf(f, 'A', 'ff', 'io', 'pr')
    // Friday to the next Wednesday: Fri, Sat, Sun, Mon, Tue late; banking days Fri, Mon, Tue.
    const late = (days: number, rate: number, basis: number) => r(A * rate * days, 10000 * basis)
    return at2(
      late(5, ff, 360),
      late(5, pr, 360),
      late(6, ff, 360),
      late(7, ff, 360),
      late(5, ff, 365),
      late(3, ff, 360),
      late(5, io, 360),
    )
  },
}
