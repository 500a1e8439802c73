import { halfUpOf } from './bigint-rationals.js'
import {
  add,
  at2,
  div,
  dp,
  mul,
  pct2,
  type R,
  type Route,
  r,
  sub,
} from './corporate-finance-second-working.js'
import { figuresOf } from './drawn-figures.js'
import { downR, writtenAs } from './written-half-up.js'

/*
 * Priced rounds worked again from each draw as a cap table in share counts: the round's shares
 * from the money over the price, the post-round count built up class by class, and an option pool
 * target met by solving for the post-round count (the shares not in the pool or the new money over
 * one less the new money's and the pool's percentages), then each stake read off as shares over
 * that count.
 */

const at4 = writtenAs((x) => dp(x, 4))
const whole = writtenAs((x) => dp(downR(x), 0))
const ONE = r(1)
const pc = (p: number): R => r(p, 100)
/** Half up to four places, as the term sheet states a price. */
const four = (x: R): R => r(halfUpOf(mul(x, r(10000))), 10000)
/** The post-round count when the new money takes `money` of it and the pool `pool`, netting `old`. */
const postCount = (fd: number | R, old: number, money: R, pool: R): R =>
  div(sub(typeof fd === 'number' ? r(fd) : fd, r(old)), sub(sub(ONE, money), pool))

/** Priced rounds and the cap table families worked again from each draw's figures. */
export const ROUND_ROUTES: Readonly<Record<string, Route>> = {
  'series-a-price-per-share-on-the-fully-diluted-pre-money-basis': (f) => {
    const [C, S, O, U, W, K, Pre, I] = figuresOf(f, 'C', 'S', 'O', 'U', 'W', 'K', 'Pre', 'I')
    const per = (v: number, count: number) => r(v, count)
    const issued = C + S
    const fd = issued + O + U + W
    return at4(
      per(Pre, fd),
      per(Pre, issued),
      per(Pre, issued + O + W),
      per(Pre, issued + O + U),
      per(Pre + I, fd),
      per(Pre - I, fd),
      per(Pre, fd + O),
      per(Pre, fd + K),
    )
  },
  'series-a-shares-issued-under-a-post-money-term-sheet': (f) => {
    const [C, O, U, W, A, V, I] = figuresOf(f, 'C', 'O', 'U', 'W', 'A', 'V', 'I')
    const fd = C + O + U + W
    const pre = V - I
    const buys = (value: number, count: number) => div(r(I), four(r(value, count)))
    return whole(
      buys(pre, fd),
      buys(V, fd),
      buys(pre, C),
      buys(pre, C + O + W),
      buys(pre, A),
      buys(pre, fd + O),
      // Stake I ÷ (V − I) of the post-round count: n = stake × (fd + n).
      div(mul(r(I, pre), r(fd)), sub(ONE, r(I, pre))),
    )
  },
  'series-a-price-with-the-option-pool-enlarged-inside-the-pre-money': (f) => {
    const [C, O, U0, Pre, I, p] = figuresOf(f, 'C', 'O', 'U0', 'Pre', 'I', 'p')
    const E = C + O + U0
    const post = Pre + I
    const T = postCount(E, U0, r(I, post), pc(p))
    const price = div(r(post), T)
    const naive = mul(r(E), r(post, Pre))
    const added0 = sub(mul(pc(p), naive), r(U0))
    const added = sub(mul(pc(p), T), r(U0))
    return at4(
      price,
      r(Pre, E),
      div(r(Pre), div(r(E - U0), sub(ONE, pc(p)))),
      div(r(Pre), add(r(E), added0)),
      div(r(post), postCount(E, 0, r(I, post), pc(p))),
      div(r(Pre), postCount(E, U0, r(I, Pre), pc(p))),
      div(mul(price, r(E - U0)), add(r(E), added)),
    )
  },
  'effective-pre-money-valuation-after-an-option-pool-top-up': (f) => {
    const [C, O, U0, Pre, I, p] = figuresOf(f, 'C', 'O', 'U0', 'Pre', 'I', 'p')
    const E = C + O + U0
    const post = Pre + I
    const T = postCount(E, U0, r(I, post), pc(p))
    const price = div(r(post), T)
    const added = sub(mul(pc(p), T), r(U0))
    const effective = sub(r(Pre), mul(added, price))
    const prePost = div(r(Pre), postCount(E, U0, r(I, Pre), pc(p)))
    return at2(
      effective,
      sub(r(Pre), mul(pc(p), r(post))),
      sub(r(Pre), mul(added, r(Pre, E))),
      mul(prePost, r(E)),
      r(Pre),
      mul(div(r(Pre), div(r(E - U0), sub(ONE, pc(p)))), r(E)),
      add(effective, r(I)),
    )
  },
  'founders-dilution-from-a-round-with-the-pool-topped-up-in-the-pre-money': (f) => {
    const [F, G, O, U0, a, p] = figuresOf(f, 'F', 'G', 'O', 'U0', 'a', 'p')
    const E = F + G + O + U0
    const start = r(F, E)
    const fall = (T: R, from = start) => sub(from, div(r(F), T))
    const T = postCount(E, U0, pc(a), pc(p))
    const outside = div(sub(div(r(E), sub(ONE, pc(a))), r(U0)), sub(ONE, pc(p)))
    return writtenAs((x) => dp(mul(x, r(100)), 2))(
      fall(T),
      fall(div(r(E), sub(ONE, pc(a)))),
      fall(outside),
      fall(div(div(r(E - U0), sub(ONE, pc(p))), sub(ONE, pc(a)))),
      fall(postCount(E, U0 + O, pc(a), pc(p))),
      fall(postCount(E, 0, pc(a), pc(p))),
      pc(a + p),
      fall(T, r(F, F + G)),
    )
  },
  'lead-investor-ownership-when-a-seed-investor-takes-its-pro-rata': (f) => {
    const [C, sA, sB, O, U, Pre, L] = figuresOf(f, 'C', 'sA', 'sB', 'O', 'U', 'Pre', 'L')
    const E = C + sA + sB + O + U
    const lead = mul(r(L), r(E, Pre))
    // Fund A's shares x with x = f × (lead + x), the round growing by its purchase.
    const grown = (share: R) => div(mul(share, lead), sub(ONE, share))
    const stake = (extra: R, own = lead) => div(own, add(r(E), lead, extra))
    const after = div(r(sA), add(r(E), lead))
    return pct2(
      stake(grown(r(sA, E))),
      stake(r(0)),
      stake(mul(r(sA, E), lead)),
      stake(grown(after)),
      stake(grown(r(sA, C + sA + sB))),
      stake(r(0), mul(sub(ONE, r(sA, E)), lead)),
      stake(grown(r(sA + sB, E))),
    )
  },
  'founders-ownership-after-a-round-with-a-secondary-sale': (f) => {
    const [F, G, O, U, Pre, I, ks, cents] = figuresOf(
      f,
      'F',
      'G',
      'O',
      'U',
      'Pre',
      'I',
      'ks',
      'cents',
    )
    const E = F + G + O + U
    const price = r(Pre, E)
    const sp = r(cents, 100)
    const newShares = div(r(I), price)
    const sold = mul(r(ks), sp)
    const stake = (held: R, count: R) => div(held, count)
    const left = r(F - ks)
    return pct2(
      stake(left, add(r(E), newShares)),
      stake(r(F), add(r(E), newShares)),
      stake(left, r(E)),
      stake(left, add(r(F + G), newShares)),
      stake(left, add(r(E - U), newShares)),
      stake(left, add(r(E + ks), newShares)),
      stake(left, add(r(E), div(add(r(I), sold), price))),
      stake(left, add(r(E), div(r(I), sp))),
    )
  },
  'down-round-price-decline-from-the-last-round': (f) => {
    const [C, SA, O, U, W, P1, Pre2, X, I2] = figuresOf(
      f,
      'C',
      'SA',
      'O',
      'U',
      'W',
      'P1',
      'Pre2',
      'X',
      'I2',
    )
    const E = C + SA + O + U + W
    const last = r(P1, 10000)
    const lastPost = mul(last, r(E))
    const price = r(Pre2, E + X)
    const fall = (p: R) => div(sub(last, p), last)
    const afterCount = add(r(E + X), div(r(I2), price))
    return pct2(
      fall(price),
      fall(div(sub(r(Pre2), mul(r(X), price)), r(E + X))),
      fall(div(r(Pre2), afterCount)),
      fall(r(Pre2 - I2, E + X)),
      div(sub(lastPost, r(Pre2)), lastPost),
      div(sub(lastPost, r(Pre2 + I2)), lastPost),
      fall(r(Pre2, C + SA)),
    )
  },
  'post-money-valuation-implied-by-a-round-price': (f) => {
    const [C, SA, O, U, W, P, N, A] = figuresOf(f, 'C', 'SA', 'O', 'U', 'W', 'P', 'N', 'A')
    const price = r(P, 10000)
    const value = (count: number) => mul(price, r(count))
    const fd = C + SA + O + U + W
    return at2(
      value(fd + N),
      value(C + SA + N),
      value(C + SA + O + W + N),
      value(fd),
      value(A),
      add(value(fd + N), value(N)),
      value(fd + O + N),
    )
  },
  'founders-ownership-after-three-priced-rounds': (f) => {
    const [F, G, U0, Pre1, I1, Pre2, I2, p, Pre3, I3] = figuresOf(
      f,
      'F',
      'G',
      'U0',
      'Pre1',
      'I1',
      'Pre2',
      'I2',
      'p',
      'Pre3',
      'I3',
    )
    const E0 = F + G + U0
    // Each round grows the count; a round that takes `stake` of the new count divides it by 1 − stake.
    const grow = (count: R, stake: R) => div(count, sub(ONE, stake))
    const T1 = grow(r(E0), r(I1, Pre1 + I1))
    const a2 = r(I2, Pre2 + I2)
    const T2 = postCount(T1, U0, a2, pc(p))
    const T3 = grow(T2, r(I3, Pre3 + I3))
    const share = (count: R) => div(r(F), count)
    const last = (t2: R) => share(grow(t2, r(I3, Pre3 + I3)))
    const outside = div(sub(grow(T1, a2), r(U0)), sub(ONE, pc(p)))
    const q1 = div(r(E0), sub(ONE, r(I1, Pre1)))
    const q2 = postCount(q1, U0, r(I2, Pre2), pc(p))
    const q3 = div(q2, sub(ONE, r(I3, Pre3)))
    const lost = add(sub(ONE, div(r(E0), T1)), sub(ONE, div(T1, T2)), sub(ONE, div(T2, T3)))
    return pct2(
      share(T3),
      last(grow(T1, a2)),
      last(grow(div(sub(T1, r(U0)), sub(ONE, pc(p))), a2)),
      last(outside),
      last(postCount(T1, 0, a2, pc(p))),
      share(q3),
      mul(r(F, E0), sub(ONE, lost)),
    )
  },
  'seed-fund-holding-marked-at-the-series-a-price': (f) => {
    const [C, s, O, U, X, Pre, I, J, P0] = figuresOf(
      f,
      'C',
      's',
      'O',
      'U',
      'X',
      'Pre',
      'I',
      'J',
      'P0',
    )
    const E = C + s + O + U
    const price = r(Pre, E + X)
    const count = add(r(E + X), div(r(I), price))
    const mine = add(r(s), div(r(J), price))
    const plusJ = (x: R) => add(x, r(J))
    return at2(
      mul(mine, price),
      plusJ(mul(r(s), r(Pre, E))),
      plusJ(mul(r(s, E), r(Pre + I))),
      plusJ(mul(r(s), r(Pre, C + s))),
      plusJ(mul(r(s), r(P0, 10000))),
      mul(r(s), price),
      mul(div(mine, count), r(Pre)),
    )
  },
  'option-pool-top-up-shares-for-a-post-money-target': (f) => {
    const [C, O, U0, a, p] = figuresOf(f, 'C', 'O', 'U0', 'a', 'p')
    const E = C + O + U0
    const [A, P] = [pc(a), pc(p)]
    const keep = sub(sub(ONE, A), P)
    // Pool U0 + X = p × count and new shares = a × count, count = E + X + new shares.
    const X = div(sub(mul(P, r(E)), mul(r(U0), sub(ONE, A))), keep)
    const gross = (base: number) => div(r(base), keep)
    return whole(
      X,
      sub(mul(P, div(r(E), sub(ONE, A))), r(U0)),
      div(sub(mul(P, r(E)), r(U0)), sub(ONE, P)),
      sub(mul(P, gross(E - U0 - O)), r(U0 + O)),
      mul(P, gross(E - U0)),
      mul(P, gross(E)),
      sub(mul(P, gross(E)), r(U0)),
    )
  },
  'founders-ownership-when-the-pool-is-topped-up-after-the-closing': (f) => {
    const [F, G, O, U0, Pre, I, p] = figuresOf(f, 'F', 'G', 'O', 'U0', 'Pre', 'I', 'p')
    const E = F + G + O + U0
    const P = pc(p)
    // After the closing the pool U0 + X is p of the count E + N + X.
    const topped = (N: R) => {
      const before = add(r(E), N)
      const X = div(sub(mul(P, before), r(U0)), sub(ONE, P))
      return div(r(F), add(before, X))
    }
    const N = div(mul(r(I), r(E)), r(Pre))
    const before = add(r(E), N)
    return pct2(
      topped(N),
      div(r(F), before),
      div(r(F), add(before, sub(mul(P, before), r(U0)))),
      topped(div(mul(r(I), r(F + G)), r(Pre))),
      div(r(F), div(before, sub(ONE, P))),
      div(r(F), postCount(E, U0, r(I, Pre + I), P)),
      topped(div(mul(r(I), r(E)), r(Pre - I))),
    )
  },
  'investor-ownership-after-a-tranched-series-a': (f) => {
    const [C, O, U, Pre, I1, I2, V2] = figuresOf(f, 'C', 'O', 'U', 'Pre', 'I1', 'I2', 'V2')
    const E = C + O + U
    const n1 = div(r(I1), r(Pre, E))
    const p2 = div(r(V2), add(r(E), n1))
    const n2 = div(r(I2), p2)
    const stake = (held: R, count: R) => div(held, count)
    const atOne = (p: R) => {
      const n = div(r(I1 + I2), p)
      return stake(n, add(r(E), n))
    }
    const n2e = div(r(I2), r(V2, E))
    return pct2(
      stake(add(n1, n2), add(r(E), n1, n2)),
      atOne(r(Pre, E)),
      add(stake(n1, add(r(E), n1)), stake(n2, add(r(E), n1, n2))),
      stake(add(n1, n2), add(r(E), n1)),
      stake(n1, add(r(E), n1)),
      atOne(p2),
      stake(add(n1, n2e), add(r(E), n1, n2e)),
    )
  },
  'lowest-pre-money-for-the-founders-to-keep-a-stake': (f) => {
    const [F, G, O, U0, I, p, fp] = figuresOf(f, 'F', 'G', 'O', 'U0', 'I', 'p', 'f')
    const E = F + G + O + U0
    const P = pc(p)
    const want = pc(fp)
    // The new money's stake a the founders can bear; the pre-money is then I × (1 − a) ÷ a.
    const pre = (a: R) => div(mul(r(I), sub(ONE, a)), a)
    const a = sub(sub(ONE, P), div(mul(want, r(E - U0)), r(F)))
    const notNetted = sub(sub(ONE, P), div(mul(want, r(E)), r(F)))
    const inBase = sub(sub(ONE, P), div(mul(want, r(E)), add(r(F), mul(want, r(U0)))))
    const outsideKeep = div(mul(r(E), want), add(mul(r(F), sub(ONE, P)), mul(want, r(U0))))
    return at2(
      pre(a),
      pre(sub(ONE, div(mul(want, r(E)), r(F)))),
      pre(sub(ONE, div(mul(want, r(E - U0)), mul(r(F), sub(ONE, P))))),
      pre(sub(ONE, outsideKeep)),
      pre(notNetted),
      pre(inBase),
      div(r(I), a),
    )
  },
  'blended-entry-valuation-of-a-primary-and-secondary-purchase': (f) => {
    const [F, G, O, U, Pre, I, ks, cents] = figuresOf(
      f,
      'F',
      'G',
      'O',
      'U',
      'Pre',
      'I',
      'ks',
      'cents',
    )
    const E = F + G + O + U
    const n = div(r(I), r(Pre, E))
    const count = add(r(E), n)
    const paid = add(r(I), mul(r(ks), r(cents, 100)))
    const held = add(n, r(ks))
    const entry = (stake: R) => div(paid, stake)
    return at2(
      entry(div(held, count)),
      entry(div(held, add(count, r(ks)))),
      entry(div(n, count)),
      r(Pre + I),
      mul(r(cents, 100), count),
      entry(div(held, r(E))),
      entry(div(held, add(r(F + G), n))),
    )
  },
  'series-a-investor-stake-on-an-issued-and-outstanding-basis': (f) => {
    const [C, Sp, O, U, W, Pre, I] = figuresOf(f, 'C', 'Sp', 'O', 'U', 'W', 'Pre', 'I')
    const E = C + Sp + O + U + W
    const bought = (pre: number) => div(r(I), r(pre, E))
    const share = (n: R, count: R) => div(n, count)
    const n = bought(Pre)
    return pct2(
      share(n, add(r(C + Sp), n)),
      share(n, add(r(E), n)),
      share(n, add(r(C + Sp + O), n)),
      share(n, add(r(C + Sp + W), n)),
      share(n, r(C + Sp)),
      share(n, add(r(C), n)),
      share(bought(Pre - I), add(r(C + Sp), bought(Pre - I))),
    )
  },
}
