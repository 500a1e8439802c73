import { cmp } from './bigint-rationals.js'
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

/*
 * Tracing funds worked again from each draw: every account is replayed entry by entry with the
 * wrongdoer's own money and the claimants' money kept apart as BigInt ratios (own money spent
 * first, first in first out as a queue, pro rata as a product of the shares each withdrawal
 * leaves), shares of assets as contribution ÷ total, Ponzi pools by testing each candidate tide,
 * and every answer written to the cent.
 */

const Z = r(0)
const least = (a: R, b: R): R => (cmp(a, b) <= 0 ? a : b)
const most = (a: R, b: R): R => (cmp(a, b) >= 0 ? a : b)
/** max(0, x). */
const pos = (x: R): R => most(x, Z)

/** Own and trust money in an account, withdrawals taking own money first. */
class OwnFirst {
  own: R = Z
  held: R = Z
  pay(own: number, trust = 0): void {
    this.own = add(this.own, r(own))
    this.held = add(this.held, r(trust))
  }
  take(w: number): R {
    const fromOwn = least(this.own, r(w))
    this.own = sub(this.own, fromOwn)
    const fromTrust = sub(r(w), fromOwn)
    this.held = sub(this.held, fromTrust)
    return fromTrust
  }
}

/** Lots in order of arrival, `true` for the claimant's; withdrawals from the front or back. */
function lots(entries: readonly (readonly [number, boolean] | number)[], front: boolean): number {
  const q: [number, boolean][] = []
  for (const e of entries) {
    if (typeof e !== 'number') {
      q.push([e[0], e[1]])
      continue
    }
    let w = e
    while (w > 0 && q.length) {
      const i = front ? 0 : q.length - 1
      const lot = q[i]!
      const t = Math.min(w, lot[0])
      lot[0] -= t
      w -= t
      if (lot[0] === 0) q.splice(i, 1)
    }
  }
  return q.filter(([, mine]) => mine).reduce((s, [x]) => s + x, 0)
}

/** Simple interest at 9 % a year on actual days ÷ 365. */
const nine = (x: number, days: number): R => mul(r(x), add(r(1), r(9 * days, 36500)))
/** Workings in cents, written as dollars to the cent. */
const cents2 = (...xs: readonly R[]) => at2(...xs.map((x) => div(x, r(100))))

export const TRACING_ROUTES: Readonly<Record<string, Route>> = {
  'lowest-intermediate-balance-after-a-trust-deposit': (f) => {
    const [O0, T, w1, w2, d1, w3, d2] = figuresOf(f, 'O0', 'T', 'w1', 'w2', 'd1', 'w3', 'd2')
    const acct = new OwnFirst()
    acct.pay(O0)
    acct.pay(0, T)
    acct.take(w1)
    acct.take(w2)
    acct.pay(d1)
    acct.take(w3)
    acct.pay(d2)
    // Pro rata: the trust money keeps the share of each withdrawal's balance it had.
    const b1 = O0 + T
    const b2 = b1 - w1
    const b3 = b2 - w2
    const b4 = b3 + d1
    const b5 = b4 - w3
    const shared = mul(r(T), r(b2, b1), r(b3, b2), r(b5, b4))
    const fifo = lots([[O0, false], [T, true], w1, w2, [d1, false], w3, [d2, false]], true)
    const lifo = lots([[O0, false], [T, true], w1, w2, [d1, false], w3, [d2, false]], false)
    return cents2(acct.held, r(fifo), shared, r(lifo), r(b5 + d2), r(b5), r(b1))
  },
  'first-in-first-out-share-of-a-withdrawal': (f) => {
    const [a, W1, b, c, d, W2] = figuresOf(f, 'a', 'W1', 'b', 'c', 'd', 'W2')
    const fromA = a - W1
    const fromB = W2 - fromA
    const ofB = (pool: number) => mul(r(W2), r(b, pool))
    return cents2(
      r(fromB),
      r(W2 - a),
      ofB(fromA + b + c + d),
      ofB(a + b + c + d),
      ofB(fromA + b),
      r(b - fromB),
      r(fromB + W1),
      r(fromA),
    )
  },
  'pro-rata-share-of-an-asset-bought-from-a-mixed-account': (f) => {
    const [O, x, y, W1, D, C, V] = figuresOf(f, 'O', 'x', 'y', 'W1', 'D', 'C', 'V')
    const total = O + x + y
    const after = total - W1 + D
    // X's money after the spending, as a share of the balance the painting was bought from.
    const xMoney = sub(r(x), r(x * W1, total))
    const frac = div(xMoney, r(after))
    const xIfClaimantsPay = sub(r(x), r(x * W1, x + y))
    return at2(
      mul(r(V), frac),
      mul(r(C), frac),
      mul(r(V - C), frac),
      div(mul(r(V), xIfClaimantsPay), r(after)),
      r(V * x, total),
      r(V * x, x + y),
      r(V * x, after),
    )
  },
  'house-bought-partly-with-traced-funds': (f) => {
    const [Ta, Tb, O, M, Mb, S, s] = figuresOf(f, 'Ta', 'Tb', 'O', 'M', 'Mb', 'S', 's')
    // In dollars: the traced and own cash and the payoff were drawn in cents.
    const traced = r(Ta + Tb, 100)
    const cash = r(O, 100)
    const payoff = r(Mb, 100)
    const price = add(traced, cash, r(M))
    const net = r(S * (100 - s), 100)
    const of = (base: R, share: R) => mul(base, share)
    const shareOfPrice = div(traced, price)
    const shareOfDown = div(traced, add(traced, cash))
    return at2(
      of(net, shareOfPrice),
      traced,
      of(sub(net, payoff), shareOfPrice),
      of(sub(net, price), shareOfPrice),
      sub(sub(net, payoff), cash),
      of(r(S), shareOfPrice),
      of(net, shareOfDown),
      of(sub(net, payoff), shareOfDown),
    )
  },
  'ponzi-distribution-by-the-net-investment-method': (f) => {
    const { inv, wd, Iw, Ww, pool, x } = ponziOf(f)
    const claims = inv.map((v, j) => v - wd[j]!)
    const all = claims.reduce((s, v) => s + v, 0)
    const invested = inv.reduce((s, v) => s + v, 0)
    const level = tideOf(inv, wd, pool)
    const of = (cash: number, mine: number, base: number) => mul(r(cash), r(mine, base))
    return cents2(
      of(pool, claims[x]!, all),
      of(pool, inv[x]!, invested),
      of(pool, inv[x]!, invested + Iw),
      of(pool, claims[x]!, all + Iw),
      sub(mul(level, r(inv[x]!)), r(wd[x]!)),
      r(claims[x]!),
      of(pool + Ww - Iw, claims[x]!, all),
    )
  },
  'ponzi-distribution-by-the-rising-tide-method': (f) => {
    const { inv, wd, Iw, pool, x } = ponziOf(f)
    const level = tideOf(inv, wd, pool)
    const lifted = (l: R) => sub(mul(l, r(inv[x]!)), r(wd[x]!))
    const invested = inv.reduce((s, v) => s + v, 0)
    const withdrawn = wd.reduce((s, v) => s + v, 0)
    const claims = inv.map((v, j) => v - wd[j]!)
    // Those under the tide are the investors whose withdrawals fall short of it.
    const underWd = wd
      .filter((w, j) => cmp(r(w), mul(level, r(inv[j]!))) < 0)
      .reduce((s, v) => s + v, 0)
    return cents2(
      lifted(level),
      mul(r(pool), r(inv[x]!, invested)),
      lifted(tideOf([...inv, Iw], [...wd, 0], pool)),
      lifted(r(pool + withdrawn, invested)),
      mul(
        r(pool),
        r(
          claims[x]!,
          claims.reduce((s, v) => s + v, 0),
        ),
      ),
      mul(level, r(inv[x]!)),
      mul(level, r(claims[x]!)),
      lifted(r(pool + underWd, invested)),
    )
  },
  'net-winner-fictitious-profit-to-claw-back': (f) => {
    const [I1, I2, e0, e1, e2, e3, e4, l0, l1, Tx] = figuresOf(
      f,
      'I1',
      'I2',
      'e0',
      'e1',
      'e2',
      'e3',
      'e4',
      'l0',
      'l1',
      'Tx',
    )
    const principal = I1 + I2
    const before = e0 + e1 + e2 + e3 + e4
    const recent = l0 + l1
    // Principal still to come back when the two-year period opens comes first out of it.
    const stillOwed = Math.max(0, principal - before)
    const profitRecent = Math.max(0, recent - stillOwed)
    const allOut = before + recent
    return cents2(
      r(profitRecent),
      r(recent - principal),
      mul(r(recent), r(allOut - principal, allOut)),
      r(allOut - principal - Tx),
      r(recent),
      r(allOut),
      r(allOut - I1),
    )
  },
  'tracing-through-two-accounts': (f) => {
    const [oA, T, a1, X, dA, a2, oB, b1, b2, dB] = figuresOf(
      f,
      'oA',
      'T',
      'a1',
      'X',
      'dA',
      'a2',
      'oB',
      'b1',
      'b2',
      'dB',
    )
    const A = new OwnFirst()
    A.pay(oA, T)
    A.take(a1)
    const moved = A.take(X)
    A.take(a2)
    A.pay(dA)
    const B = new OwnFirst()
    B.pay(oB)
    B.own = add(B.own, sub(r(X), moved))
    B.held = moved
    B.take(b1)
    B.take(b2)
    B.pay(dB)
    // Pro rata: each outflow, the transfer included, carries the trust share of the balance.
    const balA1 = oA + T - a1
    const tA1 = mul(r(T), r(balA1, oA + T))
    const carried = mul(tA1, r(X, balA1))
    const balA2 = balA1 - X
    const tA2 = mul(sub(tA1, carried), r(balA2 - a2, balA2))
    const balB = oB + X
    const tB = mul(carried, r(balB - b1, balB), r(balB - b1 - b2, balB - b1))
    const endA = balA2 - a2 + dA
    const endB = balB - b1 - b2 + dB
    // The transfer also left in A: A worked with only the spending taken out.
    const kept = new OwnFirst()
    kept.pay(oA, T)
    kept.take(a1)
    kept.take(a2)
    return cents2(
      add(A.held, B.held),
      A.held,
      B.held,
      add(tA2, tB),
      add(least(sub(r(T), moved), r(endA)), least(moved, r(endB))),
      r(endA + endB),
      add(kept.held, B.held),
    )
  },
  'traced-balance-with-prejudgment-interest': (f) => {
    const [D0, Dl, J, O0, T, w1, w2, d, w3] = figuresOf(
      f,
      'D0',
      'Dl',
      'J',
      'O0',
      'T',
      'w1',
      'w2',
      'd',
      'w3',
    )
    const low = Math.min(T, O0 + T - w1, O0 + T - w1 - w2)
    const days = J - D0
    const whole = Math.floor(days / 365)
    let grown = r(low)
    for (let y = 0; y < whole; y++) grown = mul(grown, r(109, 100))
    return cents2(
      nine(low, days),
      r(low),
      nine(low, J - Dl),
      mul(r(low), add(r(1), r(9 * whole, 100))),
      nine(T, days),
      nine(low + d - w3, days),
      mul(grown, add(r(1), r(9 * (days - 365 * whole), 36500))),
    )
  },
  'lowest-balance-with-a-restoring-deposit': (f) => {
    const [T, O0, w1, R0, d0, w2, d1] = figuresOf(f, 'T', 'O0', 'w1', 'R', 'd0', 'w2', 'd1')
    const acct = new OwnFirst()
    acct.pay(O0, T)
    acct.take(w1)
    // The restoring deposit is trust money up to what is missing, the rest his own.
    const missing = sub(r(T), acct.held)
    const back = least(missing, r(R0))
    acct.held = add(acct.held, back)
    acct.own = add(acct.own, sub(r(R0), back))
    acct.pay(d0)
    acct.take(w2)
    acct.pay(d1)
    const plain = new OwnFirst()
    plain.pay(O0, T)
    plain.take(w1)
    plain.pay(R0 + d0)
    plain.take(w2)
    plain.pay(d1)
    const seq = [[O0, false], [T, true], w1, [R0, true], [d0, false], w2, [d1, false]] as const
    // Pro rata: trust keeps its share of the balance at each withdrawal.
    const bal1 = O0 + T - w1
    const t1 = mul(r(T), r(bal1, O0 + T))
    const bal2 = bal1 + R0 + d0
    const t2 = mul(add(t1, r(R0)), r(bal2 - w2, bal2))
    // His salary paid in as trust money, so nothing of his own is left for the withdrawal.
    const salary = new OwnFirst()
    salary.pay(O0, T)
    salary.take(w1)
    salary.pay(0, R0 + d0)
    salary.take(w2)
    // Only the last deposit paid in as trust money.
    const last = new OwnFirst()
    last.pay(O0, T)
    last.take(w1)
    last.pay(0, R0)
    last.pay(d0)
    last.take(w2)
    last.pay(0, d1)
    return cents2(
      acct.held,
      plain.held,
      r(lots(seq, true)),
      t2,
      r(bal2 - w2 + d1),
      salary.held,
      last.held,
    )
  },
  'claim-to-an-asset-bought-before-the-account-was-drained': (f) => {
    const [O, T, W1, w2, w3, d, V] = figuresOf(f, 'O', 'T', 'W1', 'w2', 'w3', 'd', 'V')
    const low = O + T - W1 - w2 - w3
    const close = low + d
    const sharesPart = (left: number, value: R) => mul(value, r(T - left, W1))
    const allIn = mul(r(V), r(T, W1))
    return cents2(
      add(r(low), sharesPart(low, r(V))),
      r(low),
      add(r(low), sharesPart(low, r(V - W1))),
      add(r(close), sharesPart(close, r(V))),
      r(low + V),
      add(r(low), allIn),
      allIn,
    )
  },
  'rolling-charge-share-of-the-closing-balance': (f) => {
    const [a, w1, b, w2, c, w3] = figuresOf(f, 'a', 'w1', 'b', 'w2', 'c', 'w3')
    const before2 = a - w1 + b
    const before3 = before2 - w2 + c
    const left = before3 - w3
    const paid = a + b + c
    // C's share of what is left when the last withdrawal meets a balance of `met`.
    const after = (met: number) => mul(r(c), r(met - w3, met))
    return cents2(
      mul(r(c), r(left, before3)),
      r(Math.max(0, c - w3)),
      mul(r(left), r(c, paid)),
      mul(r(c), r(before2 + c - w2, before2 + c), r(left, before3)),
      after(before3 + w1),
      after(before3 + w2),
      sub(r(c), mul(r(w3), r(c, paid))),
    )
  },
  'share-of-a-life-policy-paid-partly-with-traced-money': (f) => {
    const [k, j, po, pt, B] = figuresOf(f, 'k', 'j', 'po', 'pt', 'B')
    const traced = j * pt
    const all = k * po + traced
    const share = mul(r(B), r(traced, all))
    return cents2(
      share,
      r(traced),
      mul(r(B), r(j, k + j)),
      mul(r(B - all), r(traced, all)),
      r(B - k * po),
      mul(r(B), r(traced, k * po)),
      add(share, r(traced)),
    )
  },
  'two-trusts-sharing-the-lowest-balance': (f) => {
    const [O0, T1, w1, T2, w2, d, w3] = figuresOf(f, 'O0', 'T1', 'w1', 'T2', 'w2', 'd', 'w3')
    const acct = new OwnFirst()
    acct.pay(O0, T1)
    acct.take(w1)
    const pMoney = acct.held
    // Q's deposit, then a withdrawal the trusts share by their money in the account.
    const both = add(pMoney, r(T2))
    const out2 = r(w2)
    const pShare = mul(pMoney, sub(r(1), div(out2, both)))
    const kept = sub(both, out2)
    const fin = add(kept, r(d - w3))
    return cents2(
      pShare,
      sub(pMoney, out2),
      sub(pMoney, r(w2, 2)),
      mul(pShare, div(sub(kept, r(w3)), kept)),
      pMoney,
      mul(r(T1, T1 + T2), kept),
      div(mul(fin, pMoney), both),
    )
  },
  'recovery-with-an-unsecured-claim-for-the-untraced-part': (f) => {
    const [O0, T, w1, w2, A, U] = figuresOf(f, 'O0', 'T', 'w1', 'w2', 'A', 'U')
    const low = Math.min(T, O0 + T - w1 - w2)
    const short = T - low
    const dividend = (assets: number, claims: number) => r(assets, claims)
    return cents2(
      add(r(low), mul(r(short), dividend(A, U + short))),
      r(low),
      mul(r(short), dividend(A, U + short)),
      mul(r(T), dividend(A, U + T)),
      add(r(low), mul(r(T), dividend(A, U + T))),
      add(r(low), mul(r(short), dividend(A, U))),
      add(r(low), mul(r(short), dividend(A + low, U + short))),
    )
  },
  'ponzi-net-equity-with-an-inter-account-transfer': (f) => {
    const [D1, W1, X, S1, D2, W2] = figuresOf(f, 'D1', 'W1', 'X', 'S1', 'D2', 'W2')
    const carried = Math.min(X, Math.max(0, D1 - W1))
    const second = D2 - W2
    return cents2(
      r(carried + second),
      r(second),
      add(mul(r(X), r(D1 - W1, S1)), r(second)),
      r(carried + second - (X - carried)),
      r(X + second),
      r(D1 - W1 + D2),
      r(D1 + second),
    )
  },
  'subrogation-to-a-mortgage-paid-with-traced-funds': (f) => {
    const [B0, a, Pc, E] = figuresOf(f, 'B0', 'a', 'Pc', 'E')
    const pay = r(Pc, 100)
    const monthly = r(a, 12000)
    // Balances before each month's payment, the prepayment coming off after month 3.
    const open: R[] = [r(B0)]
    const princ: R[] = []
    for (let m = 0; m < 4; m++) {
      const p = sub(pay, mul(open[m]!, monthly))
      princ.push(p)
      open.push(sub(sub(open[m]!, p), m === 2 ? r(E) : Z))
    }
    const key = add(princ[1]!, princ[2]!, princ[3]!)
    const close = (m: number) => sub(pay, mul(open[m + 1]!, monthly))
    return at2(
      key,
      mul(r(3), sub(pay, mul(r(B0), monthly))),
      add(princ[0]!, princ[1]!, princ[2]!),
      add(princ[1]!, princ[2]!, sub(pay, mul(add(open[3]!, r(E)), monthly))),
      mul(r(3), pay),
      add(key, princ[0]!),
      add(close(1), close(2), close(3)),
    )
  },
}

/** The investors of a Ponzi draw, the pool and the investor asked about. */
function ponziOf(f: Parameters<Route>[0]) {
  const [i0, i1, i2, i3, w0, w1, w2, w3, Iw, Ww, pool, x] = figuresOf(
    f,
    'i0',
    'i1',
    'i2',
    'i3',
    'w0',
    'w1',
    'w2',
    'w3',
    'Iw',
    'Ww',
    'P',
    'x',
  )
  return { inv: [i0, i1, i2, i3], wd: [w0, w1, w2, w3], Iw, Ww, pool, x }
}

/**
 * The rising tide: for each investor taken as the last one lifted, the level that spends the pool
 * on him and everyone who withdrew a smaller share; the level that pays out exactly the pool
 * when every investor is lifted to it (or left where he is) is the tide.
 */
function tideOf(inv: readonly number[], wd: readonly number[], pool: number): R {
  const paidAt = (l: R) => inv.reduce<R>((s, v, j) => add(s, pos(sub(mul(l, r(v)), r(wd[j]!)))), Z)
  for (let m = 0; m < inv.length; m++) {
    const ratio = (j: number) => r(wd[j]!, inv[j]!)
    const lifted = inv.map((_, j) => j).filter((j) => cmp(ratio(j), ratio(m)) <= 0)
    const level = r(
      pool + lifted.reduce((s, j) => s + wd[j]!, 0),
      lifted.reduce((s, j) => s + inv[j]!, 0),
    )
    if (cmp(paidAt(level), r(pool)) === 0) return level
  }
  throw new Error('no rising tide level pays out the pool')
}
