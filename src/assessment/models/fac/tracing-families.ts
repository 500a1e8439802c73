import type { Rng } from '../../rng.js'
import { MONTH_NAMES } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  balanced,
  CENTS,
  div,
  dol,
  type Fraction,
  fixed,
  frac,
  mul,
  power,
  rest,
  sub,
  usd,
} from './fac-text.js'

// Tracing funds. The slips are another tracing rule than the one the stem states (first in, first
// out for the lowest intermediate balance, last in, first out, pro rata for own-money-first, own
// money first where the claimant may elect the asset), later own deposits treated as restoring the
// trust money or a restoring deposit ignored, the closing balance or the balance at the wrong
// moment for the lowest one, the whole asset claimed, a share taken at cost (a lien) or of the gain
// only, the wrong base of a share (the down payment for the price, the claimants without the
// wrongdoer, a count for an amount, a ratio for a proportion, a fictitious statement for cash), a
// withdrawal or a deposit left out or counted twice, the selling costs left in, a Ponzi pool
// shared by gross investment or with the investors above the tide counted, interest on the wrong
// sum, from the wrong date or compounded, and a claim's untraced part left out or ranked on the
// whole sum.
//
// Bank entries are drawn in cents, as statements show them, so that a key is no more often a
// whole number of dollars than the slips around it (a pro rata slip in cents among whole-dollar
// keys would point away from itself).

const money = usd(2)
/** Whole dollars as a stem writes them. */
const $ = (d: number): string => dol(d)
/** An amount in cents as a stem writes it: whole dollars bare, the rest to the cent. */
const m$ = (c: number): string => (c % 100 === 0 ? $(c / 100) : money(frac(c, 100)))
/** An amount in cents (or a fraction of cents) in dollars. */
const dc = (c: number | Fraction): Fraction => div(c, 100)
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** `x` scaled by a drawn percentage from `low` to `high`, to whole units. */
const part = (rng: Rng, x: number, low: number, high: number): number =>
  Math.round((x * rng.int(Math.round(low * 10), Math.round(high * 10))) / 1000)
/** The sum of whole numbers. */
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
/** The smaller of two fractions. */
const least = (a: Fraction, b: Fraction): Fraction => (below(a, b) ? a : b)
/** A whole amount drawn in thousands of dollars. */
const k$ = (rng: Rng, low: number, high: number): number => rng.int(low, high) * 1000
/** An amount in cents drawn from `low` to `high` thousand dollars. */
const c$ = (rng: Rng, low: number, high: number): number => rng.int(low * 100000, high * 100000)

const below = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d

/** One entry on an account: a deposit of the wrongdoer's own money or trust money, or a withdrawal. */
type Entry = { readonly kind: 'own' | 'trust' | 'out'; readonly amt: number }
const own = (amt: number): Entry => ({ kind: 'own', amt })
const trust = (amt: number): Entry => ({ kind: 'trust', amt })
const out = (amt: number): Entry => ({ kind: 'out', amt })

/** Trust money left under the lowest intermediate balance rule (own money withdrawn first). */
function lowestBalance(entries: readonly Entry[]): number {
  let bal = 0
  let t = 0
  for (const e of entries) {
    if (e.kind === 'out') {
      bal -= e.amt
      t = Math.min(t, bal)
    } else {
      bal += e.amt
      if (e.kind === 'trust') t += e.amt
    }
  }
  return t
}
/** Trust money left when each withdrawal takes the earliest (`fifo`) or latest money in. */
function queued(entries: readonly Entry[], fifo: boolean): number {
  const q: { trust: boolean; amt: number }[] = []
  for (const e of entries) {
    if (e.kind !== 'out') {
      q.push({ trust: e.kind === 'trust', amt: e.amt })
      continue
    }
    let left = e.amt
    while (left > 0 && q.length > 0) {
      const lot = fifo ? q[0]! : q[q.length - 1]!
      const take = Math.min(lot.amt, left)
      lot.amt -= take
      left -= take
      if (lot.amt === 0) {
        if (fifo) q.shift()
        else q.pop()
      }
    }
  }
  return sum(q.filter((l) => l.trust).map((l) => l.amt))
}
/** Trust money left when each withdrawal takes trust and own money pro rata to what is in. */
function proRata(entries: readonly Entry[]): Fraction {
  let t = frac(0)
  let o = frac(0)
  for (const e of entries) {
    if (e.kind === 'trust') t = add(t, e.amt)
    else if (e.kind === 'own') o = add(o, e.amt)
    else {
      const keep = sub(1, div(e.amt, add(t, o)))
      t = mul(t, keep)
      o = mul(o, keep)
    }
  }
  return t
}
/** The balance after every entry. */
const closing = (entries: readonly Entry[]): number =>
  sum(entries.map((e) => (e.kind === 'out' ? -e.amt : e.amt)))

/** Days since the epoch of a calendar date, and the date a stem writes. */
const DAY = 86400000
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY
const dateText = (day: number): string => {
  const d = new Date(day * DAY)
  return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
}

/** The rising-tide rate: the r with Σ max(0, r·invested − withdrawn) = pool. */
function tide(inv: readonly number[], wd: readonly number[], pool: number): Fraction {
  const order = inv.map((_, i) => i).sort((a, b) => wd[a]! * inv[b]! - wd[b]! * inv[a]!)
  for (let k = 1; k <= order.length; k++) {
    const s = order.slice(0, k)
    const r = frac(pool + sum(s.map((i) => wd[i]!)), sum(s.map((i) => inv[i]!)))
    const next = order[k]
    if (next === undefined || !below(frac(wd[next]!, inv[next]!), r)) return r
  }
  return rest()
}

const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const

export const TRACING_FAMILIES: ScenarioFamily[] = [
  apart('lowest-intermediate-balance-after-a-trust-deposit', (rng) => {
    const T = c$(rng, 20, 80)
    const m = part(rng, T, 15, 60)
    const O0 = part(rng, m, 10, 60)
    const drop = O0 + T - m
    const w1 = part(rng, drop, 30, 60)
    const w2 = drop - w1
    const d1 = c$(rng, 5, 30)
    const w3 = Math.min(part(rng, d1, 20, 80), part(rng, m, 20, 90))
    const d2 = c$(rng, 3, 20)
    const acct = [own(O0), trust(T), out(w1), out(w2), own(d1), out(w3), own(d2)]
    return balanced({
      stem: `An agent held ${m$(O0)} of his own in his personal account when he paid in ${m$(T)} belonging to his principal. He then withdrew ${m$(w1)} and ${m$(w2)}, paid in ${m$(d1)} of his own wages, withdrew ${m$(w3)} and paid in ${m$(d2)} of his own, in that order; everything withdrawn was spent and cannot be traced. Apply the lowest intermediate balance rule with the presumption in Re Hallett’s Estate: withdrawals come from the agent’s own money first, so the principal’s money left is the lowest balance the account reaches after the deposit (never more than the deposit), and later deposits of the agent’s own money do not restore it. How much can the principal trace to the account, ${CENTS}?`,
      show: money,
      figures: { O0, T, w1, w2, d1, w3, d2 },
      key: dc(lowestBalance(acct)),
      wrong: [
        [dc(queued(acct, true)), 'applies first in, first out'],
        [dc(proRata(acct)), 'shares every withdrawal pro rata'],
        [dc(queued(acct, false)), 'takes the latest money in, the principal’s, out first'],
        [dc(closing(acct)), 'takes the closing balance'],
        [dc(m + d1 - w3), 'takes the balance after the last withdrawal'],
        [dc(O0 + T), 'claims the balance right after the deposit'],
      ],
    })
  }),
  apart('first-in-first-out-share-of-a-withdrawal', (rng) => {
    const a = c$(rng, 20, 60)
    const W1 = part(rng, a, 30, 60)
    const b = c$(rng, 30, 90)
    const key = part(rng, b, 30, 48)
    const W2 = a - W1 + key
    const c = c$(rng, 20, 60)
    const d = c$(rng, 20, 60)
    if (W2 <= a) rest()
    const held = a - W1 + b + c + d
    return balanced({
      stem: `A solicitor’s client account, holding no money of his own, received ${m$(a)} from client A and then ${m$(b)} from client B. He took ${m$(W1)} and spent it; the account then received ${m$(c)} from client C and ${m$(d)} from client D, after which he took ${m$(W2)} and bought shares in his own name. The clients are all innocent and, as stated for this exercise, the rule in Clayton’s Case (first in, first out) applies between them: each withdrawal comes from the earliest money still in the account. How much of the money that bought the shares was client B’s, ${CENTS}?`,
      show: money,
      figures: { a, W1, b, c, d, W2 },
      key: dc(W1 + W2 - a),
      wrong: [
        [dc(W2 - a), 'leaves out the earlier withdrawal from A’s money'],
        [dc(mul(W2, frac(b, held))), 'shares the withdrawal pro rata to the balances then held'],
        [dc(mul(W2, frac(b, a + b + c + d))), 'shares the withdrawal pro rata to the deposits'],
        [
          dc(mul(W2, frac(b, a - W1 + b))),
          'shares the withdrawal pro rata between A’s and B’s money, leaving out C’s and D’s',
        ],
        [dc(b - key), 'gives B’s money left in the account'],
        [dc(key + W1), 'counts the earlier withdrawal twice'],
        [dc(a - W1), 'gives client A’s part of the purchase'],
      ],
    })
  }),
  apart('pro-rata-share-of-an-asset-bought-from-a-mixed-account', (rng) => {
    const O = k$(rng, 20, 60)
    const x = k$(rng, 20, 80)
    const y = k$(rng, 20, 80)
    const B0 = O + x + y
    const W1 = part(rng, O, 40, 90)
    const D = k$(rng, 5, 40)
    const B1 = B0 - W1 + D
    const C = part(rng, B1, 40, 80)
    const V = part(rng, C, 115, 180)
    const xLeft = mul(x, frac(B0 - W1, B0))
    const share = div(xLeft, B1)
    return balanced({
      stem: `A trustee paid ${$(x)} of beneficiary X’s money and ${$(y)} of beneficiary Y’s into an account that held ${$(O)} of his own. He withdrew ${$(W1)} and spent it, paid in ${$(D)} of his own, and then withdrew ${$(C)} to buy a painting now worth ${$(V)}. As stated for this exercise, every withdrawal is shared pro rata among all the money then in the account (his and the two beneficiaries’), a deposit adds only to its owner’s money, and each owner shares in the painting’s value in proportion to the money it took from them. What is X’s share of the painting’s value, ${CENTS}?`,
      show: money,
      figures: { O, x, y, W1, D, C, V },
      key: mul(V, share),
      wrong: [
        [mul(C, share), 'takes X’s share at cost'],
        [mul(V - C, share), 'gives X’s share of the gain only'],
        [
          mul(V, div(sub(x, mul(W1, frac(x, x + y))), B1)),
          'charges the spending to the beneficiaries alone',
        ],
        [mul(V, frac(x, B0)), 'leaves out the trustee’s later deposit'],
        [mul(V, frac(x, x + y)), 'shares the painting between the beneficiaries only'],
        [mul(V, frac(x, B1)), 'takes the spending from the trustee’s own money first'],
      ],
    })
  }),
  apart('house-bought-partly-with-traced-funds', (rng) => {
    // The down payment and price are round; the traced part came from the accounts in cents.
    const down = k$(rng, 70, 300)
    const Tc = rng.int(down * 50, down * 85)
    const Ta = rng.int(Math.round(Tc / 10), Math.round(Tc * 0.3))
    const Tb = Tc - Ta
    const O = down * 100 - Tc
    const M = Math.round((down * rng.int(20, 40)) / 10 / 1000) * 1000
    const H = down + M
    const Mb = rng.int(M * 80, M * 97)
    const S = Math.round((H * rng.int(110, 160)) / 100 / 1000) * 1000
    const s = rng.int(5, 7)
    const net = mul(S, pc(100 - s))
    const share = frac(Tc, H * 100)
    const ofDown = frac(Tc, down * 100)
    return balanced({
      stem: `An embezzler bought a house for ${$(H)}: he paid a deposit of ${m$(Ta)} and, at closing, a further ${m$(Tb)}, both traced company money, and ${m$(O)} of his own, and borrowed ${$(M)} on a mortgage. The house has now sold for ${$(S)}, with selling costs of ${s} % of the price, and the mortgage payoff is ${m$(Mb)}. As stated for this exercise, the company takes the share of the net proceeds (after selling costs, before the mortgage is repaid) that its money bore to the purchase price, and the mortgage, the embezzler’s own borrowing, is repaid from his share. What does the company recover from the proceeds, ${CENTS}?`,
      show: money,
      figures: { Ta, Tb, O, M, Mb, S, s },
      key: mul(net, share),
      wrong: [
        [dc(Tc), 'takes a lien for the sum traced'],
        [mul(sub(net, dc(Mb)), share), 'shares the proceeds after the mortgage is repaid'],
        [mul(sub(net, H), share), 'gives the share of the gain only'],
        [sub(net, dc(Mb + O)), 'gives the company the equity less the embezzler’s own cash'],
        [mul(S, share), 'shares the price before the selling costs'],
        [mul(net, ofDown), 'takes the share of the down payment'],
        [mul(sub(net, dc(Mb)), ofDown), 'takes the share of the down payment in the equity'],
      ],
    })
  }),
  apart('ponzi-distribution-by-the-net-investment-method', (rng) => {
    const { inv, wd, Iw, Ww, P, order } = ponzi(rng)
    const x = order[0]!
    const claims = inv.map((i, j) => i - wd[j]!)
    const mine = claims[x]!
    const r = tide(inv, wd, P)
    // A tide that lifts only this investor would pay him the whole pool, a figure in the stem.
    if (!below(sub(mul(r, inv[x]!), wd[x]!), frac(P))) rest()
    return balanced({
      stem: `A receiver has ${m$(P)} to distribute among the victims of a Ponzi scheme. ${investors(inv, wd, Iw, Ww)} The court has approved the net investment method: each investor’s claim is cash invested less cash withdrawn, an investor who withdrew more than he invested (a net winner) has no claim, and the pool is shared pro rata to the claims. What does investor ${LETTERS[x]} receive, ${CENTS}?`,
      show: money,
      figures: { ...ponziFigures(inv, wd, Iw, Ww, P), x },
      key: dc(mul(P, frac(mine, sum(claims)))),
      wrong: [
        [dc(mul(P, frac(inv[x]!, sum(inv)))), 'shares the pool pro rata to the sums invested'],
        [
          dc(mul(P, frac(inv[x]!, sum(inv) + Iw))),
          'shares the pool pro rata to the sums invested, the net winner included',
        ],
        [dc(mul(P, frac(mine, sum(claims) + Iw))), 'counts the net winner’s investment as a claim'],
        [dc(sub(mul(r, inv[x]!), wd[x]!)), 'applies the rising tide method'],
        [dc(mine), 'pays the claim in full'],
        [
          dc(mul(P + Ww - Iw, frac(mine, sum(claims)))),
          'adds the net winner’s profit to the pool before it is recovered',
        ],
      ],
    })
  }),
  apart('ponzi-distribution-by-the-rising-tide-method', (rng) => {
    const { inv, wd, Iw, Ww, P, order } = ponzi(rng)
    const x = order[0]!
    const r = tide(inv, wd, P)
    const key = sub(mul(r, inv[x]!), wd[x]!)
    // A tide that lifts only this investor would pay him the whole pool, a figure in the stem.
    if (!below(frac(0), key) || !below(key, frac(P))) rest()
    const claims = inv.map((i, j) => i - wd[j]!)
    const withWinner = tide([...inv, Iw], [...wd, 0], P)
    const under = inv.map((_, j) => j).filter((j) => below(frac(wd[j]!, inv[j]!), r))
    const spread = frac(P + sum(under.map((j) => wd[j]!)), sum(inv))
    const low = frac(P + sum(wd), sum(inv))
    return balanced({
      stem: `A receiver has ${m$(P)} to distribute among the victims of a Ponzi scheme. ${investors(inv, wd, Iw, Ww)} The court has approved the rising tide method: every investor is brought up to the same fraction of the cash he invested, counting what he has already withdrawn; an investor whose withdrawals already exceed that fraction receives nothing (and pays nothing back from the pool). What does investor ${LETTERS[x]} receive, ${CENTS}?`,
      show: money,
      figures: { ...ponziFigures(inv, wd, Iw, Ww, P), x },
      key: dc(key),
      wrong: [
        [dc(mul(P, frac(inv[x]!, sum(inv)))), 'shares the pool pro rata to the sums invested'],
        [dc(sub(mul(withWinner, inv[x]!), wd[x]!)), 'leaves out the net winner’s withdrawals'],
        [
          dc(sub(mul(low, inv[x]!), wd[x]!)),
          'counts the investors above the tide as paying into the pool',
        ],
        [dc(mul(P, frac(claims[x]!, sum(claims)))), 'applies the net investment method'],
        [dc(mul(r, inv[x]!)), 'does not deduct the investor’s withdrawals'],
        [dc(mul(r, claims[x]!)), 'applies the fraction to the net investment'],
        [
          dc(sub(mul(spread, inv[x]!), wd[x]!)),
          'divides by every investment, the investor above the tide included',
        ],
      ],
    })
  }),
  apart('net-winner-fictitious-profit-to-claw-back', (rng) => {
    const I1 = c$(rng, 100, 600)
    const I2 = c$(rng, 50, 400)
    const I = I1 + I2
    const Wb = part(rng, I, 30, 80)
    const W2y = part(rng, I, 105, 160)
    const wts = Array.from({ length: 5 }, () => rng.int(1, 9))
    const early = wts.map((w) => Math.round((Wb * w) / sum(wts)))
    const a24 = Math.round((W2y * rng.int(30, 70)) / 100)
    const late = [a24, W2y - a24]
    const Wbefore = sum(early)
    const W = Wbefore + W2y
    const profit = W - I
    const Tx = part(rng, profit, 15, 30)
    const St = part(rng, I, 80, 200)
    const years = early.map((w, j) => `${m$(w)} in ${2019 + j}`).join(', ')
    return balanced({
      stem: `An investor in a Ponzi scheme deposited ${m$(I1)} in 2015 and ${m$(I2)} in 2017, and withdrew ${years}, ${m$(late[0]!)} in 2024 and ${m$(late[1]!)} in 2025. The scheme filed for bankruptcy on December 31, 2025, when his last statement showed a fictitious balance of ${m$(St)}; he paid ${m$(Tx)} of income tax over the years on the profits the statements reported. Under the net investment method every withdrawal returns principal until all the cash he deposited is back, and only later withdrawals are fictitious profit; the trustee can recover fictitious profit he received in the two years before the filing (2024 and 2025; 11 U.S.C. § 548), and the taxes he paid are not deducted. How much can the trustee recover, ${CENTS}?`,
      show: money,
      figures: {
        I1,
        I2,
        e0: early[0]!,
        e1: early[1]!,
        e2: early[2]!,
        e3: early[3]!,
        e4: early[4]!,
        l0: late[0]!,
        l1: late[1]!,
        Tx,
        St,
      },
      key: dc(Math.min(profit, W2y)),
      wrong: [
        [dc(W2y - I), 'nets all the principal against the last two years’ withdrawals'],
        [dc(mul(W2y, frac(profit, W))), 'treats each withdrawal as part principal, part profit'],
        [dc(profit - Tx), 'deducts the taxes paid'],
        [dc(W2y), 'takes every withdrawal in the two years'],
        [dc(W), 'takes every withdrawal'],
        [dc(W - I1), 'leaves out the 2017 deposit'],
      ],
    })
  }),
  apart('tracing-through-two-accounts', (rng) => {
    const oA = c$(rng, 10, 40)
    const T = c$(rng, 30, 90)
    const a1 = part(rng, oA, 20, 60)
    // The transfer takes all her own money left in A and some of the employer's.
    const X = oA - a1 + part(rng, T, 20, 50)
    const a2 = part(rng, oA + T - a1 - X, 40, 85)
    const dA = c$(rng, 3, 15)
    const oB = c$(rng, 2, 10)
    const b1 = part(rng, oB + X, 30, 60)
    const b2 = part(rng, oB + X - b1, 20, 60)
    const dB = c$(rng, 5, 20)
    const two = (spread: boolean) => {
      // Account A to the transfer, then the trust money the transfer carries into B.
      let bal = frac(oA + T)
      let t = frac(T)
      const spend = (w: number) => {
        const keep = spread ? mul(t, sub(1, div(w, bal))) : least(t, sub(bal, w))
        bal = sub(bal, w)
        t = keep
      }
      spend(a1)
      const ownA = sub(bal, t)
      const moved = spread ? mul(X, div(t, bal)) : below(ownA, frac(X)) ? sub(X, ownA) : frac(0)
      t = sub(t, moved)
      bal = sub(bal, X)
      spend(a2)
      const tA = t
      bal = add(frac(oB), X)
      t = moved
      spend(b1)
      spend(b2)
      return [tA, t] as const
    }
    const [tA, tB] = two(false)
    const [pA, pB] = two(true)
    // Later deposits restoring the employer's money up to what each account received.
    const endA = oA + T - a1 - X - a2 + dA
    const endB = oB + X - b1 - b2 + dB
    const movedIn = X - (oA - a1)
    const restored = add(least(frac(T - movedIn), frac(endA)), least(frac(movedIn), frac(endB)))
    // Deposits large enough to restore all of it would print the sum paid in: refused.
    if (!below(restored, frac(T))) rest()
    const finals = endA + endB
    // The transfer left in A as well: A's lowest balance with only the spending taken out.
    const twice = add(least(frac(T), frac(oA + T - a1 - a2)), tB)
    return balanced({
      stem: `A bookkeeper paid ${m$(T)} of her employer’s money into account A, which held ${m$(oA)} of her own. From A she spent ${m$(a1)}, then transferred ${m$(X)} to account B (which held ${m$(oB)} of her own), then spent ${m$(a2)} from A and later paid ${m$(dA)} of her own into it. From B she spent ${m$(b1)} and then ${m$(b2)}, and later paid in ${m$(dB)} of her own. As stated for this exercise, in each account every withdrawal, the transfer included, takes her own money first, a transfer carries into B whatever of the employer’s money left A with it, and the employer’s money in an account can never exceed the lowest balance it reaches afterwards (her later deposits do not restore it). How much can the employer trace into the two accounts together, ${CENTS}?`,
      show: money,
      figures: { oA, T, a1, X, dA, a2, oB, b1, b2, dB },
      key: dc(add(tA, tB)),
      wrong: [
        [dc(tA), 'traces only what is left in account A'],
        [dc(tB), 'traces only what reached account B'],
        [dc(add(pA, pB)), 'shares every withdrawal pro rata'],
        [dc(restored), 'lets her later deposits restore the employer’s money'],
        [dc(finals), 'takes the two closing balances'],
        [dc(twice), 'leaves the transfer in account A as well as tracing it into B'],
      ],
    })
  }),
  apart('traced-balance-with-prejudgment-interest', (rng) => {
    const y0 = rng.int(2021, 2022)
    const D0 = dayOf(y0, rng.int(1, 12), rng.int(1, 28))
    const D1 = D0 + rng.int(5, 30)
    const Dl = D1 + rng.int(20, 120)
    const Dd = Dl + rng.int(20, 90)
    const Dw = Dd + rng.int(10, 60)
    const J = D0 + rng.int(760, 1290)
    const O0 = c$(rng, 2, 15)
    const T = c$(rng, 30, 120)
    const L = part(rng, T, 20, 70)
    const drop = O0 + T - L
    const w1 = part(rng, drop, 30, 70)
    const w2 = drop - w1
    const d = c$(rng, 10, 40)
    const w3 = part(rng, d, 20, 70)
    const F = L + d - w3
    const days = J - D0
    const yrs = Math.floor(days / 365)
    const simple = (x: number, dd: number) => mul(dc(x), add(1, mul(pc(9), frac(dd, 365))))
    return balanced({
      stem: `On ${dateText(D0)} an attorney paid ${m$(T)} of a client’s settlement into his operating account, which then held ${m$(O0)} of his own. He withdrew ${m$(w1)} on ${dateText(D1)} and ${m$(w2)} on ${dateText(Dl)}, paid in ${m$(d)} of fees on ${dateText(Dd)} and withdrew ${m$(w3)} on ${dateText(Dw)}. The client traces by the lowest intermediate balance rule (his own money withdrawn first; his later deposits do not restore the client’s money), and the court adds simple prejudgment interest at 9 % a year (the New York statutory rate) on the traced sum from the day the money was paid in to the judgment on ${dateText(J)}, counting actual days ÷ 365. What is the traced sum with interest, ${CENTS}?`,
      show: money,
      figures: { D0, D1, Dl, Dd, Dw, J, O0, T, w1, w2, d, w3 },
      key: simple(L, days),
      wrong: [
        [dc(L), 'leaves out the interest'],
        [simple(L, J - Dl), 'counts interest from the day of the lowest balance'],
        [mul(dc(L), add(1, mul(pc(9), yrs))), 'counts whole years only'],
        [simple(T, days), 'charges interest on the whole sum paid in'],
        [simple(F, days), 'traces the closing balance'],
        [
          mul(dc(L), power(frac(109, 100), yrs), add(1, mul(pc(9), frac(days - 365 * yrs, 365)))),
          'compounds the interest yearly',
        ],
      ],
    })
  }),
  apart('lowest-balance-with-a-restoring-deposit', (rng) => {
    const T = c$(rng, 30, 90)
    const O0 = c$(rng, 3, 15)
    const m1 = part(rng, T, 10, 40)
    const w1 = O0 + T - m1
    const R = part(rng, T - m1, 30, 70)
    const gap = T - m1 - R
    const d0 = part(rng, gap, 20, 45)
    const w2 = part(rng, d0, 30, 90)
    const d1 = part(rng, gap, 10, 40)
    const acct = [own(O0), trust(T), out(w1), trust(R), own(d0), out(w2), own(d1)]
    const plain = [own(O0), trust(T), out(w1), own(R), own(d0), out(w2), own(d1)]
    return balanced({
      stem: `A trustee paid ${m$(T)} of trust money into his account, which held ${m$(O0)} of his own, and then withdrew ${m$(w1)} for himself. Later he paid in ${m$(R)} with a letter to the beneficiaries saying it was to make good what he had taken; after that he paid in ${m$(d0)} of his own salary, withdrew ${m$(w2)} and paid in ${m$(d1)} of his own. The lowest intermediate balance rule applies (his own money is withdrawn first; an ordinary later deposit of his own does not restore trust money), except that, as stated for this exercise, a deposit shown to be made to restore the trust money counts as trust money up to the amount then missing. How much trust money is in the account at the end, ${CENTS}?`,
      show: money,
      figures: { T, O0, w1, R, d0, w2, d1 },
      key: dc(lowestBalance(acct)),
      wrong: [
        [dc(lowestBalance(plain)), 'ignores the restoring deposit'],
        [dc(queued(acct, true)), 'applies first in, first out'],
        [dc(proRata(acct)), 'shares every withdrawal pro rata'],
        [dc(closing(acct)), 'treats every later deposit as restoring'],
        // His salary as trust money leaves no money of his own, so the withdrawal after it is
        // the trust's.
        [dc(m1 + R + d0 - w2), 'treats the next deposit of his salary as restoring too'],
        [dc(m1 + R + d1), 'treats his last deposit as restoring too'],
      ],
    })
  }),
  apart('claim-to-an-asset-bought-before-the-account-was-drained', (rng) => {
    const T = c$(rng, 20, 80)
    const W1 = part(rng, T, 105, 160)
    const O = part(rng, W1, 105, 150)
    const L = part(rng, T, 20, 70)
    const drain = O + T - W1 - L
    const w2 = part(rng, drain, 30, 70)
    const w3 = drain - w2
    const d = part(rng, T - L, 20, 70)
    const V = part(rng, W1, 120, 200)
    const F = L + d
    const inShares = (left: number) => dc(mul(T - left, frac(V, W1)))
    return balanced({
      stem: `A company director held ${m$(O)} of his own in an account when he paid in ${m$(T)} taken from the company. He then withdrew ${m$(W1)} to buy shares now worth ${m$(V)}, withdrew ${m$(w2)} and ${m$(w3)} and spent them, and later paid in ${m$(d)} of his own. As stated for this exercise (the approach of Re Oatway, with a proportionate share as in Foskett v McKeown), the company may treat its money as having bought the shares to the extent that it could not have stayed in the account: the shares hold the company’s money less the lowest balance the account reached after the purchase (never more than their cost), the company takes that proportion of the shares’ value, and the rest of its money is the lowest balance. What does the company recover in all, ${CENTS}?`,
      show: money,
      figures: { O, T, W1, w2, w3, d, V },
      key: add(dc(L), inShares(L)),
      wrong: [
        [dc(L), 'lets the shares be bought with his own money first'],
        [add(dc(L), dc(mul(T - L, frac(V - W1, W1)))), 'takes the gain on the shares only'],
        [add(dc(F), inShares(F)), 'uses the closing balance, not the lowest'],
        [dc(L + V), 'claims all of the shares'],
        [
          add(dc(L), dc(mul(T, frac(V, W1)))),
          'puts all its money in the shares and the lowest balance too',
        ],
        [dc(mul(T, frac(V, W1))), 'puts all its money in the shares and none in the account'],
      ],
    })
  }),
  apart('rolling-charge-share-of-the-closing-balance', (rng) => {
    // Investors paid in round sums; the promoter's takings are in cents.
    const a = k$(rng, 20, 80) * 100
    const w1 = part(rng, a, 10, 40) + rng.int(1, 99)
    const b = k$(rng, 20, 80) * 100
    const B2 = a - w1 + b
    const w2 = part(rng, B2, 10, 40) + rng.int(1, 99)
    const c = k$(rng, 20, 80) * 100
    const B3 = B2 - w2 + c
    const w3 = part(rng, B3, 10, 40) + rng.int(1, 99)
    const F = B3 - w3
    // C's money after the last withdrawal, charged its share of the balance then.
    const mineOf = (before: number) => mul(c, sub(1, frac(w3, before)))
    const acct = [own(a), out(w1), own(b), out(w2), trust(c), out(w3)]
    return balanced({
      stem: `A fraudulent investment fund kept investors’ money in one account: investor A paid in ${m$(a)}; the promoter took ${m$(w1)}; investor B paid in ${m$(b)}; the promoter took ${m$(w2)}; investor C paid in ${m$(c)}; the promoter took ${m$(w3)}, leaving ${m$(F)}. The court applies the rolling charge (the North American method, as described in Barlow Clowes International v Vaughan): each withdrawal is borne by the investors with money in the account at the time, in proportion to their balances then. What is C’s share of the balance left, ${CENTS}?`,
      show: money,
      figures: { a, w1, b, w2, c, w3 },
      key: dc(mineOf(B3)),
      wrong: [
        [dc(queued(acct, false)), 'applies last in, first out'],
        [dc(mul(F, frac(c, a + b + c))), 'shares the balance left pro rata to the sums paid in'],
        [
          dc(mul(c, sub(1, frac(w2, B2 + c)), sub(1, frac(w3, B3)))),
          'also charges C with the withdrawal made before it paid in',
        ],
        [dc(mineOf(B3 + w1)), 'leaves out the first withdrawal'],
        [dc(mineOf(B3 + w2)), 'leaves out the second withdrawal'],
        [
          dc(sub(c, mul(w3, frac(c, a + b + c)))),
          'charges the last withdrawal pro rata to the sums paid in',
        ],
      ],
    })
  }),
  apart('share-of-a-life-policy-paid-partly-with-traced-money', (rng) => {
    const k = rng.int(4, 9)
    const j = rng.int(2, Math.max(2, k - 3))
    const po = rng.int(200000, 1000000)
    const pt = part(rng, po, 120, 180)
    const traced = j * pt
    if (traced >= k * po) rest()
    const total = k * po + traced
    // The sum assured is round; the insurer added interest to the day it paid.
    const B = Math.round((total * rng.int(30, 120)) / 10 / 100000) * 100000 + rng.int(100, 500000)
    const share = frac(traced, total)
    return balanced({
      stem: `A man paid ${k} annual premiums of ${m$(po)} on a policy on his own life with his own money, and the next ${j} annual premiums of ${m$(pt)} with money he had taken from a trust. He then died and the insurer paid ${m$(B)}, the sum assured with interest. Following Foskett v McKeown, the trust may claim the share of the payout that its money bore to all the premiums paid (by amount). What is the trust’s share of the payout, ${CENTS}?`,
      show: money,
      figures: { k, j, po, pt, B },
      key: dc(mul(B, share)),
      wrong: [
        [dc(traced), 'takes a lien for the premiums paid with trust money'],
        [dc(mul(B, frac(j, k + j))), 'shares the payout by the number of premiums'],
        [dc(mul(B - total, share)), 'gives the share of the payout above the premiums only'],
        [dc(B - k * po), 'gives the trust all but the man’s own premiums'],
        [
          dc(mul(B, frac(traced, k * po))),
          'divides by the man’s own premiums instead of all the premiums',
        ],
        [add(dc(mul(B, share)), dc(traced)), 'adds the traced premiums to the share'],
      ],
    })
  }),
  apart('two-trusts-sharing-the-lowest-balance', (rng) => {
    const O0 = c$(rng, 2, 10)
    const T1 = c$(rng, 20, 80)
    const m1 = part(rng, T1, 20, 60)
    const w1 = O0 + T1 - m1
    const T2 = part(rng, m1, 120, 300)
    const w2 = part(rng, m1, 20, 70)
    const d = c$(rng, 5, 20)
    const w3 = part(rng, d, 20, 80)
    const pool = m1 + T2
    const left = pool - w2
    const F = left + d - w3
    const key = mul(m1, frac(left, pool))
    return balanced({
      stem: `A solicitor paid ${m$(T1)} of Trust P’s money into his own account, which held ${m$(O0)} of his own, and withdrew ${m$(w1)}. He then paid in ${m$(T2)} of Trust Q’s money, withdrew ${m$(w2)}, paid in ${m$(d)} of his own and withdrew ${m$(w3)}. As stated for this exercise, every withdrawal comes from his own money first; trust money can never exceed the lowest balance after it was paid in (his later deposits do not restore it); and a withdrawal that must come from trust money is shared between the trusts in proportion to their money in the account at the time. How much of the account belongs to Trust P at the end, ${CENTS}?`,
      show: money,
      figures: { O0, T1, w1, T2, w2, d, w3 },
      key: dc(key),
      wrong: [
        [dc(m1 - w2), 'takes the second withdrawal from P’s money first'],
        [dc(sub(m1, frac(w2, 2))), 'shares the second withdrawal equally'],
        [dc(mul(key, frac(left - w3, left))), 'takes the last withdrawal from trust money'],
        [dc(m1), 'takes the second withdrawal from Q’s money, the last in'],
        [dc(mul(T1, frac(left, T1 + T2))), 'shares by the sums the trusts paid in'],
        [dc(mul(F, frac(m1, pool))), 'shares the closing balance, his deposit included'],
      ],
    })
  }),
  apart('recovery-with-an-unsecured-claim-for-the-untraced-part', (rng) => {
    const O0 = c$(rng, 2, 10)
    const T = c$(rng, 40, 150)
    const L = part(rng, T, 15, 50)
    const drop = O0 + T - L
    const w1 = part(rng, drop, 30, 70)
    const w2 = drop - w1
    const dd = c$(rng, 5, 30)
    const A = c$(rng, 50, 400)
    const U = part(rng, A, 200, 600)
    const gap = T - L
    const paid = (claim: number, assets: number, base: number) => dc(mul(claim, frac(assets, base)))
    return balanced({
      stem: `A fund manager paid ${m$(T)} of a client’s money into an account holding ${m$(O0)} of his own, withdrew ${m$(w1)} and ${m$(w2)} and spent them, and later paid in ${m$(dd)} of his own. He is now bankrupt. The client takes the lowest intermediate balance (his own money withdrawn first; later deposits of his own do not restore it) ahead of the creditors, and proves for the rest of its loss as an unsecured creditor. The estate has ${m$(A)} of free assets (the traced money not included) and ${m$(U)} of other unsecured claims, all paid the same dividend. What does the client recover in all, ${CENTS}?`,
      show: money,
      figures: { O0, T, w1, w2, dd, A, U },
      key: add(dc(L), paid(gap, A, U + gap)),
      wrong: [
        [dc(L), 'leaves out the dividend on the untraced part'],
        [paid(gap, A, U + gap), 'leaves out the traced balance'],
        [paid(T, A, U + T), 'proves for the whole sum and traces nothing'],
        [add(dc(L), paid(T, A, U + T)), 'proves for the whole sum as well as tracing'],
        [add(dc(L), paid(gap, A, U)), 'leaves its own claim out of the dividend’s base'],
        [add(dc(L), paid(gap, A + L, U + gap)), 'adds the traced balance to the free assets'],
      ],
    })
  }),
  apart('ponzi-net-equity-with-an-inter-account-transfer', (rng) => {
    const D1 = c$(rng, 100, 800)
    const W1 = part(rng, D1, 20, 60)
    const prin = D1 - W1
    const X = part(rng, prin, 110, 150)
    const S1 = part(rng, X, 120, 180)
    const D2 = c$(rng, 100, 500)
    const W2 = part(rng, D2, 20, 70)
    const key = prin + D2 - W2
    const S2 = part(rng, key, 130, 220)
    return balanced({
      stem: `In a Ponzi scheme an investor’s first account received ${m$(D1)} of deposits and paid out ${m$(W1)}; when its statement showed a fictitious ${m$(S1)}, he had ${m$(X)} of that balance transferred to his second account. The second account received ${m$(D2)} of deposits and paid out ${m$(W2)}, and its last statement showed ${m$(S2)}. The trustee values each account’s net equity as cash deposited less cash withdrawn, and, under the inter-account method (the method the Second Circuit upheld in the Madoff liquidation in 2017), a transfer between accounts carries only the principal the transferring account still had (its deposits less its withdrawals), never fictitious profit. What is the second account’s net equity claim, ${CENTS}?`,
      show: money,
      figures: { D1, W1, X, S1, D2, W2, S2 },
      key: dc(key),
      wrong: [
        [dc(D2 - W2), 'gives the transfer no value'],
        [
          dc(add(mul(X, frac(prin, S1)), D2 - W2)),
          'carries principal in proportion to the statement',
        ],
        [dc(key - (X - prin)), 'deducts the transfer’s fictitious part as a withdrawal'],
        [dc(X + D2 - W2), 'carries the transfer at its face value'],
        [dc(prin + D2), 'leaves out the second account’s withdrawals'],
        [dc(D1 + D2 - W2), 'carries the first account’s deposits without its withdrawals'],
      ],
    })
  }),
  apart('subrogation-to-a-mortgage-paid-with-traced-funds', (rng) => {
    const B0 = k$(rng, 150, 600)
    const a = rng.int(40, 80)
    const i = frac(a, 12000)
    // A payment of 1.5 months' opening interest would make three months' principal on the opening
    // balance print as the payment itself: that multiple is skipped.
    const times = rng.int(130, 189)
    const Pc = Math.round((B0 * a * (times < 150 ? times : times + 1)) / 12000)
    const P = frac(Pc, 100)
    const E = k$(rng, 5, 30)
    const interest = (bal: Fraction) => mul(i, bal)
    let bal = frac(B0)
    const prin: Fraction[] = []
    const after: Fraction[] = []
    for (let m = 1; m <= 4; m++) {
      const p = sub(P, interest(bal))
      prin.push(p)
      bal = sub(bal, p)
      if (m === 3) bal = sub(bal, E)
      after.push(bal)
    }
    const key = add(prin[1]!, prin[2]!, prin[3]!)
    const noPrepay = sub(P, interest(add(after[2]!, E)))
    return balanced({
      stem: `A man’s mortgage had a balance of ${$(B0)} at an annual rate of ${fixed(frac(a, 10), 1)} %, with interest each month at the balance × the annual rate ÷ 12 (carried unrounded) and a fixed monthly payment of ${money(P)}, applied to the month’s interest first and the rest to principal. He made the first month’s payment with his own money and the next three with money taken from his employer; with the third month’s payment he also prepaid ${$(E)} of principal with his own money. As stated for this exercise, the employer is subrogated to the lender’s charge for the principal its money discharged. For how much principal is the employer subrogated, ${CENTS}?`,
      show: money,
      figures: { B0, a, Pc, E },
      key,
      wrong: [
        [mul(3, sub(P, interest(frac(B0)))), 'works every month’s interest on the opening balance'],
        [add(prin[0]!, prin[1]!, prin[2]!), 'takes the principal of the first three months'],
        [add(prin[1]!, prin[2]!, noPrepay), 'leaves out the prepayment'],
        [mul(3, P), 'counts the whole payments made with its money'],
        [add(key, prin[0]!), 'counts the principal of his own payment too'],
        [
          add(
            sub(P, interest(after[1]!)),
            sub(P, interest(after[2]!)),
            sub(P, interest(after[3]!)),
          ),
          'works the interest on the balance after each payment',
        ],
      ],
    })
  }),
]

/**
 * Four investors who lost money, each withdrawing a different share, and one net winner, in cents:
 * the sums invested are round, the withdrawals and the receiver's cash are not.
 */
function ponzi(rng: Rng) {
  const inv = Array.from({ length: 4 }, () => k$(rng, 20, 300) * 100)
  const shares = rng.shuffle([rng.int(3, 15), rng.int(20, 45), rng.int(50, 70), rng.int(75, 95)])
  const wd = inv.map((x, j) => (x * shares[j]!) / 100 + rng.int(1, 99999))
  const Iw = k$(rng, 20, 200) * 100
  const Ww = part(rng, Iw, 120, 200) + rng.int(1, 99)
  const P = Math.round((sum(inv.map((x, j) => x - wd[j]!)) * rng.int(20, 55)) / 100)
  const order = inv.map((_, j) => j).sort((x, y) => wd[x]! * inv[y]! - wd[y]! * inv[x]!)
  return { inv, wd, Iw, Ww, P, order }
}
/** The investors as a stem lists them. */
const investors = (inv: readonly number[], wd: readonly number[], Iw: number, Ww: number) =>
  `${inv.map((x, j) => `Investor ${LETTERS[j]} invested ${m$(x)} and withdrew ${m$(wd[j]!)}`).join('; ')}; investor ${LETTERS[4]} invested ${m$(Iw)} and withdrew ${m$(Ww)}.`
const ponziFigures = (
  inv: readonly number[],
  wd: readonly number[],
  Iw: number,
  Ww: number,
  P: number,
) => ({
  i0: inv[0]!,
  i1: inv[1]!,
  i2: inv[2]!,
  i3: inv[3]!,
  w0: wd[0]!,
  w1: wd[1]!,
  w2: wd[2]!,
  w3: wd[3]!,
  Iw,
  Ww,
  P,
})
