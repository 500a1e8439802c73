import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  CENTS,
  div,
  dol,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  pct2,
  rest,
  sub,
  usd,
} from './vcp-text.js'

// Priced rounds and the cap table. The slips are a basis that leaves out or double-counts a class
// (issued shares only, the unallocated pool or the warrants left out, granted options counted in
// the plan reserve and again, the authorized shares, a pool increase made after the closing), the
// pre-money taken for the post-money or the reverse, the option pool put outside the pre-money,
// sized on the pre-money count, not netted against the existing pool or counted twice, a secondary
// sale counted as new shares, a price of another tranche or another sale, and dilution added up
// rather than compounded.

const money = usd(2)
const price = usd(4)
const PRICE = 'in dollars to four decimal places (a half rounded up)'
const PCT = 'as a percentage to two decimal places (a half rounded up)'
const PTS = 'in percentage points to two decimal places (a half rounded up)'
/** A whole number of shares as an option shows it. */
const shares = (x: Fraction): string => `${fixed(x, 0)} shares`
/** A difference of two fractions of one in percentage points. */
const points = (x: Fraction): string => `${fixed(mul(x, 100), 2)} points`
/** `x > 0` rounded down to a whole number. */
const down = (x: Fraction): Fraction => frac(x.n / x.d)
/** `x > 0` rounded half up to four decimal places, as a term sheet states a price. */
const px4 = (x: Fraction): Fraction => frac((2n * x.n * 10000n + x.d) / (2n * x.d), 10000)
/** A price drawn in ten-thousandths of a dollar, as a stem writes it. */
const p4 = (t: number): string => price(frac(t, 10000))
/** A drawn whole percent as a fraction of one. */
const pc = (p: number): Fraction => frac(p, 100)
/** Refuses a draw whose share count is not positive (a pool that would have to shrink). */
const grows = (x: Fraction): void => {
  if (x.n <= 0n) rest()
}
/** A share count drawn in thousands. */
const k = (rngInt: number): number => rngInt * 1000

export const ROUND_FAMILIES: ScenarioFamily[] = [
  apart('series-a-price-per-share-on-the-fully-diluted-pre-money-basis', (rng) => {
    const C = k(rng.int(6000, 9000))
    const S = k(rng.int(1500, 3000))
    const O = k(rng.int(500, 1200))
    const U = k(rng.int(400, 1000))
    const W = k(rng.int(50, 250))
    const K = k(rng.int(600, 1500))
    const Pre = rng.int(120, 400) * 100000
    const I = Math.round((Pre * rng.int(20, 40)) / 100 / 100000) * 100000
    const R = O + U
    const E = C + S + R + W
    return {
      stem: `A Series A term sheet values a company at ${dol(Pre)} pre-money for an investment of ${dol(I)}, and prices the shares on a fully diluted pre-money basis: every issued share (common, and preferred as converted), every share reserved under the equity plan (granted options and the unallocated pool alike) and every share under an outstanding warrant, all counted before the new shares. The cap table shows ${n(C)} shares of common issued, ${n(S)} shares of Seed preferred (each converting into one common share), an equity plan reserve of ${n(R)} shares of which ${n(O)} are subject to granted options and the rest are unallocated, and warrants over ${n(W)} shares. The board will add ${n(K)} shares to the plan after the closing; that increase is not part of the pre-money basis. What is the Series A price per share, ${PRICE}?`,
      show: price,
      figures: { C, S, O, U, W, K, Pre, I },
      key: div(Pre, E),
      wrong: [
        [div(Pre, C + S), 'divides by the issued shares only'],
        [div(Pre, C + S + O + W), 'counts the granted options but leaves out the unallocated pool'],
        [div(Pre, C + S + R), 'leaves out the warrants'],
        [div(Pre + I, E), 'divides the post-money valuation by the pre-money shares'],
        [div(Pre - I, E), 'takes the pre-money as the post-money and deducts the investment'],
        [div(Pre, E + O), 'counts the granted options twice, as granted and in the plan reserve'],
        [div(Pre, E + K), 'counts the pool increase made after the closing'],
      ],
    }
  }),
  apart('series-a-shares-issued-under-a-post-money-term-sheet', (rng) => {
    const C = k(rng.int(7000, 11000))
    const O = k(rng.int(600, 1400))
    const U = k(rng.int(400, 1200))
    const W = k(rng.int(50, 300))
    const R = O + U
    const E = C + R + W
    const A = k(Math.ceil((E * rng.int(130, 170)) / 100 / 1000))
    const V = rng.int(150, 500) * 100000
    const I = Math.round((V * rng.int(15, 30)) / 100 / 100000) * 100000
    const issue = (p: Fraction) => down(div(I, px4(p)))
    return {
      stem: `A Series A term sheet offers ${dol(I)} at a post-money valuation of ${dol(V)}; the post-money is fully diluted, counting the new shares, every issued share, every share reserved under the equity plan and every share under an outstanding warrant. Before the round the company has ${n(C)} shares issued, an equity plan reserve of ${n(R)} shares (${n(O)} under granted options, the rest unallocated), and warrants over ${n(W)} shares; its charter authorizes ${n(A)} shares of common. As the term sheet provides, the price per share is the pre-money valuation divided by the fully diluted pre-money shares, rounded to four decimal places (a half rounded up) before it is used, and the investor’s shares are its investment divided by that price, rounded down to a whole share. How many shares does the investor receive?`,
      show: shares,
      figures: { C, O, U, W, A, V, I },
      key: issue(div(V - I, E)),
      wrong: [
        [issue(div(V, E)), 'divides the post-money valuation by the pre-money shares'],
        [issue(div(V - I, C)), 'prices on the issued shares only'],
        [issue(div(V - I, C + O + W)), 'leaves the unallocated pool out of the basis'],
        [issue(div(V - I, A)), 'divides by the authorized shares'],
        [issue(div(V - I, E + O)), 'counts the granted options twice, as granted and in the plan'],
        [
          down(mul(E, div(I, V - 2 * I))),
          'takes the investment over the pre-money as the post-round stake',
        ],
      ],
    }
  }),
  apart('series-a-price-with-the-option-pool-enlarged-inside-the-pre-money', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U0 = k(rng.int(200, 600))
    const E = C + O + U0
    const Pre = rng.int(100, 400) * 100000
    const I = Math.round((Pre * rng.int(20, 45)) / 100 / 100000) * 100000
    const p = rng.int(8, 15)
    const Post = Pre + I
    const key = div(sub(Pre, mul(pc(p), Post)), E - U0)
    const T0 = mul(E, div(Post, Pre))
    const X0 = sub(mul(pc(p), T0), U0)
    const X = sub(mul(pc(p), div(Post, key)), U0)
    if (X0.n <= 0n) rest()
    return {
      stem: `A company raises ${dol(I)} in a Series A at a pre-money valuation of ${dol(Pre)}. Its fully diluted capitalization is ${n(C)} issued shares, ${n(O)} shares under granted options and an unallocated option pool of ${n(U0)} shares. The investors require the unallocated pool to be ${p}% of the fully diluted capitalization after the closing, and the increase is made before the closing and counted in the pre-money: the price per share is the pre-money valuation divided by the fully diluted pre-money shares including the increase. What is the price per share, ${PRICE}?`,
      show: price,
      figures: { C, O, U0, Pre, I, p },
      key,
      wrong: [
        [div(Pre, E), 'leaves the pool increase out of the pre-money'],
        [div(mul(Pre, pc(100 - p)), E - U0), 'sizes the pool on the pre-money shares'],
        [div(Pre, add(E, X0)), 'sizes the pool on a post-money count that leaves out the increase'],
        [div(sub(Pre, mul(pc(p), Post)), E), 'does not net the existing pool against the target'],
        [
          div(sub(Pre - I, mul(pc(p), Pre)), E - U0),
          'takes the pre-money as the post-money and deducts the investment',
        ],
        [
          div(sub(Pre, mul(pc(p), Post)), add(E, X)),
          'takes the pool out of both the value and the shares',
        ],
      ],
    }
  }),
  apart('effective-pre-money-valuation-after-an-option-pool-top-up', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U0 = k(rng.int(200, 600))
    const E = C + O + U0
    const Pre = rng.int(100, 400) * 100000
    const I = Math.round((Pre * rng.int(20, 45)) / 100 / 100000) * 100000
    const p = rng.int(8, 15)
    const Post = Pre + I
    const P = div(sub(Pre, mul(pc(p), Post)), E - U0)
    const X = sub(mul(pc(p), div(Post, P)), U0)
    grows(X)
    const Pq = div(sub(Pre - I, mul(pc(p), Pre)), E - U0)
    return {
      stem: `A Series A term sheet offers ${dol(I)} at a headline pre-money valuation of ${dol(Pre)}, on condition that the unallocated option pool is enlarged before the closing to ${p}% of the fully diluted capitalization after the closing, the increase counted in the pre-money. The company has ${n(C)} issued shares, ${n(O)} shares under granted options and an unallocated pool of ${n(U0)} shares. The founders’ adviser reports the effective pre-money valuation: the headline pre-money less the value, at the round price, of the shares added to the pool for the round. Working with the unrounded price, what is the effective pre-money valuation, ${CENTS}?`,
      show: money,
      figures: { C, O, U0, Pre, I, p },
      key: mul(P, E),
      wrong: [
        [sub(Pre, mul(pc(p), Post)), 'deducts the value of the whole pool after the round'],
        [sub(Pre, mul(X, div(Pre, E))), 'values the added shares at the price before the increase'],
        [mul(Pq, E), 'takes the pre-money as the post-money and deducts the investment'],
        [frac(Pre), 'leaves out the pool increase'],
        [mul(div(mul(Pre, pc(100 - p)), E - U0), E), 'sizes the pool on the pre-money shares'],
        [add(mul(P, E), I), 'adds the investment, giving the effective post-money'],
      ],
    }
  }),
  apart('founders-dilution-from-a-round-with-the-pool-topped-up-in-the-pre-money', (rng) => {
    const F = k(rng.int(5000, 8000))
    const G = k(rng.int(800, 2000))
    const O = k(rng.int(300, 900))
    const U0 = k(rng.int(200, 600))
    const E = F + G + O + U0
    const a = rng.int(15, 30)
    const p = rng.int(10, 18)
    const f0 = frac(F, E)
    const after = (base: number, keep: Fraction) => mul(F, div(keep, base))
    grows(sub(mul(pc(p), div(E - U0 - O, pc(100 - a - p))), U0 + O))
    const key = sub(f0, after(E - U0, pc(100 - a - p)))
    const outside = div(F * (100 - p), sub(mul(E, frac(100, 100 - a)), U0))
    return {
      stem: `A company’s fully diluted capitalization is ${n(F)} founders’ shares, ${n(G)} other issued shares, ${n(O)} shares under granted options and an unallocated option pool of ${n(U0)} shares. Its Series A gives the new investors ${a}% of the fully diluted capitalization after the closing, and requires the unallocated pool to be ${p}% of it, the increase made before the closing and counted in the pre-money. The founders buy nothing. By how much does the founders’ fully diluted ownership fall, ${PTS}?`,
      show: points,
      figures: { F, G, O, U0, a, p },
      key,
      wrong: [
        [sub(f0, after(E, pc(100 - a))), 'leaves out the pool increase'],
        [sub(f0, div(outside, 100)), 'tops the pool up after the closing instead'],
        [
          sub(f0, after(E - U0, mul(pc(100 - a), pc(100 - p)))),
          'sizes the pool on the pre-money shares',
        ],
        [
          sub(f0, after(E - U0 - O, pc(100 - a - p))),
          'counts the granted options toward the target',
        ],
        [sub(f0, after(E, pc(100 - a - p))), 'does not net the existing pool against the target'],
        [pc(a + p), 'takes the investors’ and the pool’s percentages as the founders’ loss'],
        [
          sub(frac(F, F + G), after(E - U0, pc(100 - a - p))),
          'measures the starting stake on issued shares only',
        ],
      ],
    }
  }),
  apart('lead-investor-ownership-when-a-seed-investor-takes-its-pro-rata', (rng) => {
    const C = k(rng.int(7000, 10000))
    const sA = k(rng.int(1500, 2800))
    const sB = k(rng.int(600, 1200))
    const O = k(rng.int(600, 1400))
    const U = k(rng.int(400, 1000))
    const issued = C + sA + sB
    const E = issued + O + U
    const Pre = rng.int(150, 400) * 100000
    const L = Math.round((Pre * rng.int(30, 60)) / 100 / 100000) * 100000
    const lead = (f: Fraction) => div(L, add(Pre, div(L, sub(1, f))))
    const fA = frac(sA, E)
    const f2 = div(sA, add(E, mul(L, div(E, Pre))))
    return {
      stem: `A company’s fully diluted capitalization is ${n(C)} shares of common, ${n(sA)} Seed preferred shares held by Fund A, ${n(sB)} Seed preferred shares held by Fund B (each converting into one common share), ${n(O)} shares under granted options and an unallocated pool of ${n(U)} shares. A lead invests ${dol(L)} in the Series A at a pre-money valuation of ${dol(Pre)}, priced on that fully diluted count. Each Seed fund has a pro rata right to buy, at the round price, its fully diluted percentage (its shares over the fully diluted pre-money count) of all the shares sold in the round. Fund A takes its right in full, the round growing by its purchase; Fund B waives; no one else buys. What is the lead’s fully diluted ownership after the closing, ${PCT}?`,
      show: pct2,
      figures: { C, sA, sB, O, U, Pre, L },
      key: lead(fA),
      wrong: [
        [frac(L, Pre + L), 'leaves out Fund A’s purchase'],
        [
          div(L, add(Pre + L, mul(fA, L))),
          'takes Fund A’s purchase as its percentage of the lead’s money',
        ],
        [lead(f2), 'measures Fund A’s percentage after the lead’s shares'],
        [lead(frac(sA, issued)), 'measures Fund A’s percentage on issued shares only'],
        [div(mul(L, sub(1, fA)), Pre + L), 'carves Fund A’s purchase out of the lead’s money'],
        [lead(frac(sA + sB, E)), 'counts Fund B’s waived right too'],
      ],
    }
  }),
  apart('founders-ownership-after-a-round-with-a-secondary-sale', (rng) => {
    const F = k(rng.int(5000, 8000))
    const G = k(rng.int(1000, 2500))
    const O = k(rng.int(500, 1200))
    const U = k(rng.int(500, 1200))
    const E = F + G + O + U
    const Pre = rng.int(150, 400) * 100000
    const I = Math.round((Pre * rng.int(20, 40)) / 100 / 100000) * 100000
    const P = div(Pre, E)
    const ks = k(rng.int(150, 500))
    const cents = Number(down(mul(P, rng.int(60, 85))).n)
    const sp = frac(cents, 100)
    const S = mul(ks, sp)
    const N = div(I, P)
    const own = (held: Fraction | number, count: Fraction) => div(held, count)
    return {
      stem: `A company’s fully diluted capitalization is ${n(F)} founders’ shares, ${n(G)} other issued shares, ${n(O)} shares under granted options and an unallocated pool of ${n(U)} shares. A Series A investor puts ${dol(I)} into the company at a pre-money valuation of ${dol(Pre)}, priced on that fully diluted count, and at the same closing buys ${n(ks)} of the founders’ shares from them for ${money(sp)} a share (a secondary sale: no new shares are issued for it). What is the founders’ fully diluted ownership after the closing, ${PCT}?`,
      show: pct2,
      figures: { F, G, O, U, Pre, I, ks, cents },
      key: own(F - ks, add(E, N)),
      wrong: [
        [own(F, add(E, N)), 'leaves out the founders’ sale'],
        [own(F - ks, frac(E)), 'leaves out the new shares'],
        [own(F - ks, add(F + G, N)), 'measures on issued shares only'],
        [own(F - ks, add(E - U, N)), 'leaves the unallocated pool out of the count'],
        [own(F - ks, add(E + ks, N)), 'treats the secondary shares as newly issued'],
        [own(F - ks, add(E, div(add(I, S), P))), 'counts the secondary money as primary'],
        [own(F - ks, add(E, div(I, sp))), 'prices the new shares at the secondary price'],
      ],
    }
  }),
  apart('down-round-price-decline-from-the-last-round', (rng) => {
    const C = k(rng.int(7000, 10000))
    const SA = k(rng.int(2500, 4500))
    const O = k(rng.int(800, 1600))
    const U = k(rng.int(300, 900))
    const W = k(rng.int(50, 250))
    const E = C + SA + O + U + W
    const P1 = rng.int(15000, 30000)
    const V1 = mul(frac(P1, 10000), E)
    const Pre2 = Math.round((Number(V1.n / V1.d) * rng.int(45, 70)) / 100 / 100000) * 100000
    const X = k(rng.int(500, 1500))
    const I2 = Math.round((Pre2 * rng.int(20, 35)) / 100 / 100000) * 100000
    const last = frac(P1, 10000)
    const P2 = div(Pre2, E + X)
    const fall = (p: Fraction) => sub(1, div(p, last))
    if (fall(div(Pre2, C + SA)).n <= 0n) rest()
    return {
      stem: `A company’s Series A preferred was sold at ${p4(P1)} a share, when the round’s post-money valuation was ${money(V1)}; its fully diluted capitalization has not changed since: ${n(C)} shares of common, ${n(SA)} shares of Series A preferred (each converting into one common share), ${n(O)} shares under granted options, an unallocated pool of ${n(U)} shares and warrants over ${n(W)} shares. The Series B term sheet offers ${dol(I2)} at a pre-money valuation of ${dol(Pre2)}, priced on the fully diluted pre-money shares including ${n(X)} shares added to the pool before the closing. By what percentage is the Series B price below the Series A price, ${PCT}?`,
      show: pct2,
      figures: { C, SA, O, U, W, P1, Pre2, X, I2 },
      key: fall(P2),
      wrong: [
        [
          fall(div(sub(Pre2, mul(X, P2)), E + X)),
          'takes the pool out of both the value and the shares',
        ],
        [
          fall(mul(P2, frac(Pre2, Pre2 + I2))),
          'divides the pre-money by the post-money share count',
        ],
        [
          fall(div(Pre2 - I2, E + X)),
          'takes the pre-money as the post-money and deducts the investment',
        ],
        [sub(1, div(Pre2, V1)), 'compares the new pre-money with the last post-money'],
        [sub(1, div(Pre2 + I2, V1)), 'compares the new post-money with the last post-money'],
        [fall(div(Pre2, C + SA)), 'prices on the issued shares only'],
      ],
    }
  }),
  apart('post-money-valuation-implied-by-a-round-price', (rng) => {
    const C = k(rng.int(7000, 10000))
    const SA = k(rng.int(2500, 4500))
    const O = k(rng.int(800, 1600))
    const U = k(rng.int(500, 1500))
    const W = k(rng.int(50, 250))
    const R = O + U
    const E = C + SA + R + W
    const P = rng.int(15000, 40000)
    const N = k(rng.int(2500, 6000))
    const A = k(Math.ceil(((E + N) * rng.int(125, 160)) / 100 / 1000))
    const pr = frac(P, 10000)
    const I = mul(pr, N)
    return {
      stem: `A company sells ${n(N)} shares of Series B preferred at ${p4(P)} a share, raising ${money(I)}. Before the round its capitalization is ${n(C)} shares of common, ${n(SA)} shares of Series A preferred (each converting into one common share), an equity plan reserve of ${n(R)} shares (${n(O)} under granted options, the rest unallocated) and warrants over ${n(W)} shares; its charter authorizes ${n(A)} shares of common. What post-money valuation does the round price imply on a fully diluted basis (every issued share as converted, the whole plan reserve and the warrants, with the new shares), ${CENTS}?`,
      show: money,
      figures: { C, SA, O, U, W, P, N, A },
      key: mul(pr, E + N),
      wrong: [
        [mul(pr, C + SA + N), 'counts the issued shares only'],
        [mul(pr, C + SA + O + W + N), 'leaves out the unallocated pool'],
        [mul(pr, E), 'gives the pre-money valuation'],
        [mul(pr, A), 'multiplies by the authorized shares'],
        [add(mul(pr, E + N), I), 'adds the investment to the post-money again'],
        [mul(pr, E + O + N), 'counts the granted options twice, as granted and in the plan'],
      ],
    }
  }),
  apart('founders-ownership-after-three-priced-rounds', (rng) => {
    const F = k(rng.int(6000, 8500))
    const G = k(rng.int(500, 1500))
    const U0 = k(rng.int(300, 800))
    const E0 = F + G + U0
    const Pre1 = rng.int(40, 100) * 100000
    const I1 = Math.round((Pre1 * rng.int(15, 30)) / 100 / 50000) * 50000
    const Pre2 = rng.int(150, 350) * 100000
    const I2 = Math.round((Pre2 * rng.int(20, 40)) / 100 / 100000) * 100000
    const p = rng.int(10, 15)
    const Pre3 = rng.int(600, 1500) * 100000
    const I3 = Math.round((Pre3 * rng.int(20, 35)) / 100 / 100000) * 100000
    const f0 = frac(F, E0)
    const u0 = frac(U0, E0)
    const r = (pre: number, i: number) => frac(pre, pre + i)
    const [r1, r2, r3] = [r(Pre1, I1), r(Pre2, I2), r(Pre3, I3)]
    const u1 = mul(u0, r1)
    // The Series A pool must grow: p of the count after it exceeds the old pool.
    grows(sub(mul(pc(p), div(sub(div(E0, r1), U0), sub(r2, pc(p)))), U0))
    const shuffle = (keep: Fraction, u: Fraction) => div(sub(keep, pc(p)), sub(1, u))
    const key = mul(f0, r1, shuffle(r2, u1), r3)
    const q = (pre: number, i: number) => sub(1, frac(i, pre))
    const d2 = sub(1, shuffle(r2, u1))
    const added = sub(sub(sub(1, sub(1, r1)), d2), sub(1, r3))
    return {
      stem: `A company’s founders hold ${n(F)} shares; there are ${n(G)} other issued shares and an unallocated option pool of ${n(U0)} shares, and no options are granted between the rounds below. The company then raises three rounds, each priced on its fully diluted pre-money shares: a Seed of ${dol(I1)} at ${dol(Pre1)} pre-money; a Series A of ${dol(I2)} at ${dol(Pre2)} pre-money, for which the unallocated pool is enlarged before the closing to ${p}% of the fully diluted shares after the closing, the increase counted in the pre-money; and a Series B of ${dol(I3)} at ${dol(Pre3)} pre-money with no change to the pool. The founders buy nothing. What is the founders’ fully diluted ownership after the Series B, ${PCT}?`,
      show: pct2,
      figures: { F, G, U0, Pre1, I1, Pre2, I2, p, Pre3, I3 },
      key,
      wrong: [
        [mul(f0, r1, r2, r3), 'leaves out the pool increase'],
        [
          mul(f0, r1, div(mul(r2, pc(100 - p)), sub(1, u1)), r3),
          'sizes the pool on the pre-money shares',
        ],
        [
          mul(f0, r1, div(mul(r2, pc(100 - p)), sub(1, mul(u1, r2))), r3),
          'tops the pool up after the Series A closing instead',
        ],
        [mul(f0, r1, sub(r2, pc(p)), r3), 'does not net the existing pool against the target'],
        [
          mul(f0, q(Pre1, I1), shuffle(q(Pre2, I2), mul(u0, q(Pre1, I1))), q(Pre3, I3)),
          'takes each investor’s stake as its investment over the pre-money',
        ],
        [mul(f0, added), 'adds up the rounds’ dilution instead of compounding it'],
      ],
    }
  }),
  apart('seed-fund-holding-marked-at-the-series-a-price', (rng) => {
    const C = k(rng.int(7000, 10000))
    const s = k(rng.int(1200, 2500))
    const O = k(rng.int(500, 1200))
    const U = k(rng.int(300, 900))
    const issued = C + s
    const E = issued + O + U
    const X = k(rng.int(600, 1500))
    const Pre = rng.int(150, 400) * 100000
    const I = Math.round((Pre * rng.int(25, 45)) / 100 / 100000) * 100000
    const J = Math.round((I * rng.int(8, 20)) / 100 / 10000) * 10000
    const P = div(Pre, E + X)
    const P0 = Number(down(mul(P, rng.int(3500, 7000))).n)
    const Post = Pre + I
    const T = div(Post, P)
    return {
      stem: `A seed fund holds ${n(s)} shares of Seed preferred (each converting into one common share), bought at ${p4(P0)} a share. The company’s fully diluted capitalization is ${n(C)} shares of common, the fund’s ${n(s)} Seed shares, ${n(O)} shares under granted options and an unallocated pool of ${n(U)} shares. Its Series A raises ${dol(I)} at a pre-money valuation of ${dol(Pre)}, priced on the fully diluted pre-money shares including ${n(X)} shares added to the pool before the closing; the fund puts ${dol(J)} of the ${dol(I)} into the round. Marking every share it holds at the Series A price (unrounded), what is the fund’s holding worth after the closing, ${CENTS}?`,
      show: money,
      figures: { C, s, O, U, X, Pre, I, J, P0 },
      key: add(mul(s, P), J),
      wrong: [
        [add(mul(s, div(Pre, E)), J), 'leaves the pool increase out of the price'],
        [add(mul(frac(s, E), Post), J), 'applies its pre-round percentage to the post-money'],
        [add(mul(s, div(Pre, issued)), J), 'prices on the issued shares only'],
        [add(mul(s, frac(P0, 10000)), J), 'keeps the Seed shares at cost'],
        [mul(s, P), 'leaves out its Series A shares'],
        [mul(div(add(s, div(J, P)), T), Pre), 'applies its post-round percentage to the pre-money'],
      ],
    }
  }),
  apart('option-pool-top-up-shares-for-a-post-money-target', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(300, 800))
    const U0 = k(rng.int(200, 600))
    const E = C + O + U0
    const a = rng.int(15, 30)
    const p = rng.int(12, 18)
    const grow = (base: number, keep: number) => div(base, pc(keep))
    const T = grow(E - U0, 100 - a - p)
    const key = down(sub(mul(pc(p), T), U0))
    const Tg = grow(E - U0 - O, 100 - a - p)
    return {
      stem: `A company’s fully diluted capitalization is ${n(C)} issued shares, ${n(O)} shares under granted options and an unallocated option pool of ${n(U0)} shares. Its Series A term sheet gives the new investors ${a}% of the fully diluted capitalization after the closing and requires the unallocated pool to be ${p}% of it, the increase made before the closing and counted in the pre-money. How many shares must the board add to the pool, rounded down to a whole share?`,
      show: shares,
      figures: { C, O, U0, a, p },
      key,
      wrong: [
        [
          down(sub(mul(pc(p), grow(E, 100 - a)), U0)),
          'sizes the pool on a post-money count that leaves out the increase',
        ],
        [down(div(sub(mul(pc(p), E), U0), pc(100 - p))), 'sizes the pool on the pre-money shares'],
        [down(sub(sub(mul(pc(p), Tg), U0), O)), 'counts the granted options toward the target'],
        [down(mul(pc(p), T)), 'gives the whole pool after the round, not the increase'],
        [
          down(mul(pc(p), grow(E, 100 - a - p))),
          'adds the whole target without netting the existing pool',
        ],
        [
          down(sub(mul(pc(p), grow(E, 100 - a - p)), U0)),
          'keeps the existing pool in the base, then nets it',
        ],
      ],
    }
  }),
  apart('founders-ownership-when-the-pool-is-topped-up-after-the-closing', (rng) => {
    const F = k(rng.int(5000, 8000))
    const G = k(rng.int(1000, 2500))
    const O = k(rng.int(400, 1000))
    const U0 = k(rng.int(200, 600))
    const E = F + G + O + U0
    const Pre = rng.int(150, 400) * 100000
    const I = Math.round((Pre * rng.int(25, 45)) / 100 / 100000) * 100000
    const p = rng.int(10, 16)
    const N = (base: number, pre: number) => mul(I, div(base, pre))
    grows(sub(mul(pc(p), add(E, N(F + G, Pre))), U0))
    const after = (n: Fraction) => div(mul(F, pc(100 - p)), sub(add(E, n), U0))
    return {
      stem: `A company’s fully diluted capitalization is ${n(F)} founders’ shares, ${n(G)} other issued shares, ${n(O)} shares under granted options and an unallocated pool of ${n(U0)} shares. Its Series A raises ${dol(I)} at a pre-money valuation of ${dol(Pre)}, priced on that fully diluted count with no change to the pool before the closing. The founders negotiated the pool outside the pre-money: just after the closing the board enlarges the unallocated pool so that it is ${p}% of the fully diluted capitalization after the enlargement. The founders buy nothing. What is their fully diluted ownership after the enlargement, ${PCT}?`,
      show: pct2,
      figures: { F, G, O, U0, Pre, I, p },
      key: after(N(E, Pre)),
      wrong: [
        [div(F, add(E, N(E, Pre))), 'leaves out the enlargement'],
        [
          div(F, sub(mul(add(E, N(E, Pre)), pc(100 + p)), U0)),
          'sizes the enlargement on the count before it',
        ],
        [after(N(F + G, Pre)), 'prices the round on the issued shares only'],
        [
          div(mul(F, pc(100 - p)), add(E, N(E, Pre))),
          'does not net the existing pool against the target',
        ],
        [
          div(mul(F, sub(frac(Pre, Pre + I), pc(p))), E - U0),
          'puts the enlargement in the pre-money',
        ],
        [after(N(E, Pre - I)), 'takes the pre-money as the post-money and deducts the investment'],
      ],
    }
  }),
  apart('investor-ownership-after-a-tranched-series-a', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1400))
    const U = k(rng.int(400, 1000))
    const E = C + O + U
    const Pre = rng.int(150, 400) * 100000
    const I1 = Math.round((Pre * rng.int(15, 30)) / 100 / 100000) * 100000
    const I2 = Math.round((Pre * rng.int(15, 30)) / 100 / 100000) * 100000
    const V2 = Math.round(((Pre + I1) * rng.int(130, 200)) / 100 / 100000) * 100000
    const P1 = div(Pre, E)
    const N1 = div(I1, P1)
    const P2 = div(V2, add(E, N1))
    const N2 = div(I2, P2)
    const own = (held: Fraction, count: Fraction) => div(held, count)
    const both = (p: Fraction) => own(div(I1 + I2, p), add(E, div(I1 + I2, p)))
    const N2e = div(I2, div(V2, E))
    return {
      stem: `A company’s fully diluted capitalization is ${n(C)} issued shares, ${n(O)} shares under granted options and an unallocated pool of ${n(U)} shares. A Series A investor buys ${dol(I1)} of shares at the first closing, at a pre-money valuation of ${dol(Pre)} on that fully diluted count, and commits a second tranche of ${dol(I2)} payable on a product milestone, at a pre-money valuation of ${dol(V2)} on the fully diluted shares then outstanding (after the first tranche). The milestone is met; nothing else changes. What is the investor’s fully diluted ownership after the second tranche, ${PCT}?`,
      show: pct2,
      figures: { C, O, U, Pre, I1, I2, V2 },
      key: own(add(N1, N2), add(E, N1, N2)),
      wrong: [
        [both(P1), 'buys both tranches at the first price'],
        [
          add(own(N1, add(E, N1)), own(N2, add(E, N1, N2))),
          'adds each tranche’s stake at its own closing',
        ],
        [own(add(N1, N2), add(E, N1)), 'divides by the shares after the first tranche'],
        [own(N1, add(E, N1)), 'leaves out the second tranche'],
        [both(P2), 'buys both tranches at the second price'],
        [
          own(add(N1, N2e), add(E, N1, N2e)),
          'measures the second pre-money on the shares before the round',
        ],
      ],
    }
  }),
  apart('lowest-pre-money-for-the-founders-to-keep-a-stake', (rng) => {
    const F = k(rng.int(6000, 8500))
    const G = k(rng.int(800, 2000))
    const O = k(rng.int(400, 1000))
    const U0 = k(rng.int(200, 600))
    const E = F + G + O + U0
    const I = rng.int(30, 120) * 100000
    const p = rng.int(10, 15)
    const f = Math.floor((((F / E) * (100 - p)) / 100) * rng.int(65, 85))
    const fr = pc(f)
    const solve = (num: Fraction, den: Fraction) => {
      if (den.n <= 0n) rest()
      return div(mul(I, num), den)
    }
    const key = solve(
      add(mul(fr, E - U0), mul(pc(p), F)),
      sub(mul(F, pc(100 - p)), mul(fr, E - U0)),
    )
    // Founders at F·q ÷ (E − U0·q) for q = 1 − investors − pool: the base keeps the old pool.
    const q = div(mul(fr, E), add(F, mul(fr, U0)))
    const keptInBase = solve(add(pc(p), q), sub(sub(1, pc(p)), q))
    // At the key the count after the round is F ÷ f, of which the pool is p.
    grows(sub(mul(pc(p), div(F, fr)), U0))
    return {
      stem: `A company’s fully diluted capitalization is ${n(F)} founders’ shares, ${n(G)} other issued shares, ${n(O)} shares under granted options and an unallocated pool of ${n(U0)} shares. It will raise ${dol(I)} in a Series A priced on the fully diluted pre-money shares, with the unallocated pool enlarged before the closing to ${p}% of the fully diluted shares after the closing, the increase counted in the pre-money. The founders buy nothing and want to keep at least ${f}% of the fully diluted shares after the closing. What is the lowest pre-money valuation that lets them, ${CENTS}?`,
      show: money,
      figures: { F, G, O, U0, I, p, f },
      key,
      wrong: [
        [solve(mul(fr, E), sub(frac(F), mul(fr, E))), 'leaves out the pool increase'],
        [
          solve(mul(fr, E - U0), sub(mul(F, pc(100 - p)), mul(fr, E - U0))),
          'sizes the pool on the pre-money shares',
        ],
        [
          solve(mul(fr, E), sub(mul(F, pc(100 - p)), mul(fr, E - U0))),
          'tops the pool up after the closing instead',
        ],
        [
          solve(add(mul(fr, E), mul(pc(p), F)), sub(mul(F, pc(100 - p)), mul(fr, E))),
          'does not net the existing pool against the target',
        ],
        [keptInBase, 'keeps the existing pool in the base, then nets it'],
        [add(key, I), 'gives the post-money valuation'],
      ],
    }
  }),
  apart('blended-entry-valuation-of-a-primary-and-secondary-purchase', (rng) => {
    const F = k(rng.int(5000, 8000))
    const G = k(rng.int(1000, 2500))
    const O = k(rng.int(500, 1200))
    const U = k(rng.int(500, 1200))
    const issued = F + G
    const E = issued + O + U
    const Pre = rng.int(150, 400) * 100000
    const I = Math.round((Pre * rng.int(20, 40)) / 100 / 100000) * 100000
    const P = div(Pre, E)
    const ks = k(rng.int(200, 700))
    const cents = Number(down(mul(P, rng.int(55, 80))).n)
    const sp = frac(cents, 100)
    const paid = add(I, mul(ks, sp))
    const N = div(I, P)
    const T = add(E, N)
    const at = (stake: Fraction) => div(paid, stake)
    return {
      stem: `A company’s fully diluted capitalization is ${n(F)} founders’ shares, ${n(G)} other issued shares, ${n(O)} shares under granted options and an unallocated pool of ${n(U)} shares. A Series A investor puts ${dol(I)} into the company at a pre-money valuation of ${dol(Pre)}, priced on that fully diluted count, and at the same closing buys ${n(ks)} common shares from the founders at ${money(sp)} a share (a secondary sale: no new shares). The investor reports its blended entry valuation: everything it paid divided by its fully diluted ownership after the closing. What is that valuation, ${CENTS}?`,
      show: money,
      figures: { F, G, O, U, Pre, I, ks, cents },
      key: at(div(add(N, ks), T)),
      wrong: [
        [at(div(add(N, ks), add(T, ks))), 'treats the secondary shares as newly issued'],
        [at(div(N, T)), 'leaves the secondary shares out of its stake'],
        [frac(Pre + I), 'gives the round’s headline post-money'],
        [mul(sp, T), 'values the company at the secondary price'],
        [at(div(add(N, ks), E)), 'measures its stake on the pre-round shares'],
        [at(div(add(N, ks), add(issued, N))), 'measures its stake on issued shares only'],
      ],
    }
  }),
  apart('series-a-investor-stake-on-an-issued-and-outstanding-basis', (rng) => {
    const C = k(rng.int(6000, 9000))
    const Sp = k(rng.int(1500, 3000))
    const O = k(rng.int(800, 1800))
    const U = k(rng.int(500, 1500))
    const W = k(rng.int(150, 400))
    const issued = C + Sp
    const E = issued + O + U + W
    const Pre = rng.int(150, 400) * 100000
    const I = Math.round((Pre * rng.int(20, 40)) / 100 / 100000) * 100000
    const N = mul(I, frac(E, Pre))
    const stake = (held: Fraction, others: number) => div(held, add(others, held))
    return {
      stem: `A company’s fully diluted capitalization is ${n(C)} shares of common and ${n(Sp)} shares of Seed preferred (each converting into, and voting as, one common share), ${n(O)} shares under granted options, an unallocated pool of ${n(U)} shares and warrants over ${n(W)} shares. A Series A investor puts ${dol(I)} into the company at a pre-money valuation of ${dol(Pre)}, priced on that fully diluted count. The stockholder votes are counted on issued and outstanding shares: common and preferred as converted, while options, the pool and warrants count only once exercised and none are. What percentage of the issued and outstanding shares does the investor hold after the closing, ${PCT}?`,
      show: pct2,
      figures: { C, Sp, O, U, W, Pre, I },
      key: stake(N, issued),
      wrong: [
        [stake(N, E), 'gives its fully diluted stake'],
        [stake(N, issued + O), 'counts the granted options as outstanding'],
        [stake(N, issued + W), 'counts the warrants as outstanding'],
        [div(N, issued), 'leaves its own new shares out of the count'],
        [stake(N, C), 'leaves the Seed preferred out of the count'],
        [
          stake(mul(I, frac(E, Pre - I)), issued),
          'takes the pre-money as the post-money and deducts the investment',
        ],
      ],
    }
  }),
]
