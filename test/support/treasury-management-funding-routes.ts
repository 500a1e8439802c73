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

/** Whole dollars or a rational amount as a rational. */
const R_ = (x: R | number): R => (typeof x === 'number' ? r(x) : x)
/** `amount` at `b` basis points a year for `days` of a `basis`-day year. */
const yr = (amount: R | number, b: number, days: number, basis: number): R =>
  mul(R_(amount), r(b, 10000), r(days, basis))
/** The larger of a rational and a whole-dollar floor. */
const atLeast = (x: R, floor: number): R => (x[0] < BigInt(floor) * x[1] ? r(floor) : x)
/** A third of a whole amount, exactly. */
const third = (a: number): R => r(a, 3)

/** Funding families worked again from each draw's figures. */
export const FUNDING_ROUTES: Readonly<Record<string, Route>> = {
  'commitment-fee-on-the-average-undrawn-amount-for-a-quarter': (f) => {
    const [L, D, S, E, c, d] = figuresOf(f, 'L', 'D', 'S', 'E', 'c', 'd')
    const undrawn = L - D
    return at2(
      yr(undrawn, c, d, 360),
      yr(L, c, d, 360),
      yr(L - S, c, d, 360),
      yr(undrawn, c, d + 1, 360),
      yr(L - E, c, d, 360),
      yr(undrawn, c, d, 365),
      yr(undrawn, c, 1, 4),
    )
  },
  'utilisation-fee-at-the-band-of-the-drawn-share': (f) => {
    const [L, D, P, d] = figuresOf(f, 'L', 'D', 'P', 'd')
    return at2(
      yr(D, 20, d, 360),
      yr(L, 20, d, 360),
      yr(D, 40, d, 360),
      yr(P, 20, d, 360),
      yr(D, 10, d, 360),
      add(yr(third(L), 10, d, 360), yr(sub(r(D), third(L)), 20, d, 360)),
      yr(D, 20, d, 365),
    )
  },
  'drawn-interest-at-term-sofr-plus-spread-adjustment-and-margin': (f) => {
    const [A, s1, s3, s6, m, c, d] = figuresOf(f, 'A', 's1', 's3', 's6', 'm', 'c', 'd')
    const on = (b: number, days = d, basis = 360) => yr(A, b, days, basis)
    return at2(
      on(s3 + 10 + m),
      on(s6 + 10 + m),
      on(s3 + 10 + m, d + 1),
      on(s3 + 10 + m + c),
      on(s3 + m),
      on(s3 + 10 + m, d, 365),
      on(s1 + 10 + m),
      on(s3 + 10),
    )
  },
  'average-drawn-balance-over-a-quarter-from-dated-drawings': (f) => {
    const [B, X, Y, a, b] = figuresOf(f, 'B', 'X', 'Y', 'a', 'b')
    // Day by day through July (31), August (31) and September (30).
    const days: [number, number][] = []
    for (let m = 0; m < 3; m++)
      for (let day = 1; day <= [31, 31, 30][m]!; day++) days.push([m, day])
    const sum = (drawFrom: number, repayFrom: number | null, shift: number) =>
      days.reduce((acc, [m, day], i) => {
        let bal = B
        const drawIndex = drawFrom - 1 + shift
        if (i >= drawIndex) bal += X
        if (repayFrom !== null && i >= 31 + repayFrom - 1 + shift) bal -= Y
        void m
        void day
        return acc + bal
      }, 0)
    const true_ = sum(a, b, 0)
    return at2(
      r(true_, 92),
      r(true_, 90),
      r(sum(1, b, 0), 92),
      r(sum(a, null, 0), 92),
      div(r(B + (B + X - Y)), r(2)),
      div(r(B + (B + X) + (B + X - Y)), r(3)),
      r(sum(a, b, 1), 92),
    )
  },
  'first-year-cost-of-a-facility-with-an-amortised-upfront-fee': (f) => {
    const [L, D, T, u, s, m, c, g] = figuresOf(f, 'L', 'D', 'T', 'u', 's', 'm', 'c', 'g')
    const interest = yr(D, s + m, 365, 360)
    const commitment = yr(L - D, c, 365, 360)
    const fee = yr(L, u, 1, T)
    return at2(
      add(interest, commitment, fee, r(g)),
      add(interest, commitment, yr(L, u, 1, 1), r(g)),
      add(interest, yr(L, c, 365, 360), fee, r(g)),
      add(yr(L, s + m, 365, 360), fee, r(g)),
      add(interest, commitment, fee),
      add(interest, fee, r(g)),
      add(yr(D, s + m, 1, 1), yr(L - D, c, 1, 1), fee, r(g)),
    )
  },
  'all-in-cost-of-commercial-paper-with-dealer-and-backup-line-fees': (f) => {
    const [F, d, q, fd, b] = figuresOf(f, 'F', 'd', 'q', 'f', 'b')
    const proceeds = sub(r(F), yr(F, q, d, 360))
    const annual = (cost: R, year: number) => mul(div(cost, proceeds), r(year, d))
    const flat = (b_: number) => mul(r(F), r(b_, 10000))
    return pct2(
      annual(yr(F, q + fd + b, d, 360), 360),
      annual(yr(F, q + fd + b, d, 360), 365),
      annual(add(yr(F, q + b, d, 360), flat(fd)), 360),
      annual(add(yr(F, q + fd, d, 360), flat(b)), 360),
      r(q, 10000),
      annual(yr(F, q, d, 360), 360),
      r(q + fd + b, 10000),
    )
  },
  'term-loan-interest-on-the-balance-after-equal-principal-payments': (f) => {
    const [N, P, k, i, d] = figuresOf(f, 'N', 'P', 'k', 'i', 'd')
    const left = (j: number) => mul(r(P), r(N - j, N))
    return at2(
      yr(left(k), i, d, 360),
      yr(P, i, d, 360),
      yr(left(k - 1), i, d, 360),
      yr(left(k), i, d + 1, 360),
      yr(left(k + 1), i, d, 360),
      yr(left(k), i, d, 365),
      yr(left(k), i, 1, 4),
    )
  },
  'commercial-paper-face-to-raise-stated-net-proceeds': (f) => {
    const [X, q1, q2, q3, fd, b] = figuresOf(f, 'X', 'q1', 'q2', 'q3', 'f', 'b')
    // Face × (1 − rate × days ÷ year) = the cash wanted.
    const face = (off: R) => div(r(X), sub(r(1), off))
    const at = (b_: number, basis = 360) => face(yr(1, b_, 60, basis))
    return at2(
      at(q2 + fd),
      at(q3 + fd),
      at(q2 + fd + b),
      face(add(yr(1, q2, 60, 360), r(fd, 10000))),
      at(q1 + fd),
      at(q2),
      at(q2 + fd, 365),
    )
  },
  'net-leverage-covenant-headroom-as-further-debt': (f) => {
    const [E, Bk, Bo, Le, Cu, Cr, U] = figuresOf(f, 'E', 'Bk', 'Bo', 'Le', 'Cu', 'Cr', 'U')
    const room = (level: number, net: number) => sub(mul(r(E), r(level, 100)), r(net))
    const net = Bk + Bo + Le - Cu
    return at2(
      room(350, net),
      room(350, Bk + Bo - Cu),
      room(350, net - Cr),
      room(375, net),
      room(350, Bk + Bo + Le),
      room(325, net),
      room(350, net + U),
    )
  },
  'interest-cover-headroom-as-a-fall-in-ebitda': (f) => {
    const [E, Ip, Li, Ir, Da] = figuresOf(f, 'E', 'Ip', 'Li', 'Ir', 'Da')
    const charges = Ip + Li - Ir
    const fall = (base: number, level: number, c: number) =>
      div(sub(r(base), mul(r(level, 100), r(c))), r(base))
    const need = mul(r(4), r(charges))
    return pct2(
      fall(E, 400, charges),
      fall(E, 400, Ip - Ir),
      fall(E, 350, charges),
      div(sub(r(E), need), need),
      fall(E, 400, Ip + Li),
      fall(E, 450, charges),
      fall(E - Da, 400, charges),
    )
  },
  'fixed-charge-cover-with-rent-on-both-sides': (f) => {
    const [E, R, I, Ii, Dp, Pr] = figuresOf(f, 'E', 'R', 'I', 'Ii', 'Dp', 'Pr')
    const cover = (top: number, bottom: number) => r(top, bottom)
    return at2(
      cover(E + R, I + R),
      cover(E + R, I),
      cover(E, I),
      cover(E + R, I - Ii + R),
      cover(E, I + R),
      cover(E + R, I + R + Pr),
      cover(E - Dp + R, I + R),
    )
  },
  'standby-letter-of-credit-fees-with-a-minimum': (f) => {
    const [a, M, S1, t1, S2, t2, S3, t3] = figuresOf(
      f,
      'a',
      'M',
      'S1',
      't1',
      'S2',
      't2',
      'S3',
      't3',
    )
    const one = (S: number, t: number, basis = 360) => yr(S, a, t, basis)
    const big = add(one(S1, t1), one(S2, t2))
    return at2(
      add(big, atLeast(one(S3, t3), M)),
      add(big, one(S3, t3), r(3 * M)),
      add(yr(S1 + S2, a, 1, 1), atLeast(yr(S3, a, 1, 1), M)),
      add(one(S1, t1 + 1), one(S2, t2 + 1), atLeast(one(S3, t3 + 1), M)),
      add(big, one(S3, t3)),
      big,
      add(atLeast(one(S1, t1, 365), M), atLeast(one(S2, t2, 365), M), atLeast(one(S3, t3, 365), M)),
    )
  },
  'letter-of-credit-amendment-increase-and-extension': (f) => {
    const [S, dS, c, T, at, e, A] = figuresOf(f, 'S', 'dS', 'c', 'T', 'at', 'e', 'A')
    const cm = (amount: number, days: number, basis = 360) => yr(amount, c, days, basis)
    const rest = T - at
    return at2(
      add(cm(dS, rest + e), cm(S, e), r(A)),
      add(cm(S + dS, rest + e), r(A)),
      add(cm(dS, T + e), cm(S, e), r(A)),
      add(cm(dS, rest + e), cm(S, e), r(2 * A)),
      add(cm(dS, rest), cm(S, e), r(A)),
      add(cm(S + dS, e), r(A)),
      add(cm(dS, rest + e, 365), cm(S, e, 365), r(A)),
      add(cm(dS, rest + e), cm(S, e)),
    )
  },
  'commitment-fee-at-35-percent-of-a-ratcheted-margin': (f) => {
    const [E, C, G, L, D, d] = figuresOf(f, 'E', 'C', 'G', 'L', 'D', 'd')
    // The grid read from the certificate's net leverage, in hundredths of a turn.
    const grid = (debt: number) => {
      const x = (100 * debt) / E
      return x < 150 ? 125 : x < 225 ? 150 : x < 300 ? 175 : 200
    }
    const margin = grid(G - C)
    const fee = (amount: number, m: number, days = d, basis = 360) =>
      mul(yr(amount, m, days, basis), r(7, 20))
    return at2(
      fee(L - D, margin),
      fee(L - D, grid(G)),
      yr(L - D, margin, d, 360),
      fee(L, margin),
      fee(L - D, 150),
      fee(L - D, margin, d, 365),
      mul(yr(L - D, margin, 1, 4), r(7, 20)),
    )
  },
  'supply-chain-finance-proceeds-to-a-supplier': (f) => {
    const [I, due, fday, s, p, own, P] = figuresOf(f, 'I', 'due', 'f', 's', 'p', 'own', 'P')
    const t = due - fday
    const paid = (rate: number, days: number, basis = 360, fee = P) =>
      sub(r(I), add(yr(I, rate, days, basis), r(fee)))
    return at2(
      paid(s + p, t),
      paid(s + p, t, 360, 0),
      paid(s + p, t, 365),
      paid(p, t),
      sub(div(r(I), add(r(1), yr(1, s + p, t, 360))), r(P)),
      paid(s + p, due),
      paid(own, t),
      paid(s + p, t + 1),
    )
  },
  'borrowing-base-availability-under-a-receivables-facility': (f) => {
    const [T, O, Co, Cx, Dr] = figuresOf(f, 'T', 'O', 'Co', 'Cx', 'Dr')
    const over = (pool: number) => {
      const x = sub(r(Cx), r(pool, 5))
      return x[0] > 0n ? x : r(0)
    }
    const eligible = (pool: number) => sub(r(pool), over(pool))
    const draw = (base: R, pc = 85) => sub(mul(base, r(pc, 100)), r(Dr))
    const pool = T - O - Co
    return at2(
      draw(eligible(pool)),
      draw(r(pool)),
      draw(eligible(T - Co)),
      draw(eligible(T - O)),
      draw(r(pool - Cx)),
      sub(mul(r(T), r(85, 100)), add(r(O + Co + Dr), over(pool))),
      draw(eligible(pool), 80),
    )
  },
  'excess-cash-flow-sweep-after-voluntary-prepayments': (f) => {
    const [E, I, Tx, Tp, Cap, Sp, W, Da, Vp] = figuresOf(
      f,
      'E',
      'I',
      'Tx',
      'Tp',
      'Cap',
      'Sp',
      'W',
      'Da',
      'Vp',
    )
    const cash = E - I - Tx - Cap - Sp - W
    const due = (base: number, pc: number, less = Vp) => sub(mul(r(base), r(pc, 100)), r(less))
    return at2(
      due(cash, 50),
      due(cash, 75),
      due(cash + W, 50),
      due(cash, 50, 0),
      due(cash, 25),
      due(cash - Da, 50),
      due(E - I - Tp - Cap - Sp - W, 50),
    )
  },
}
