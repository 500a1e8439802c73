import type { Rng } from '../../rng.js'
import { MONTH_NAMES as MONTHS } from '../month-names.js'
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

// SAFEs and convertible notes. The slips are a SAFE or note left out of the capitalization it
// belongs in (or only the holder's own counted), the round's pool increase or new shares counted
// in a capitalization that leaves them out, the discount taken off the cap price or the higher of
// the two prices taken, the round price for the conversion price, the discount turned into extra
// shares, interest left out, run to maturity, counted in whole months, at another note's rate or
// from another note's date, an earlier SAFE's cap taken under a most-favoured-nation clause, the
// pre-money taken for the post-money, and the conversion shares left out of, or counted twice in,
// the round's price. A slip that only moves the key in its third significant figure (a 360-day
// year or monthly compounding on a total dominated by principal) is left out as a near-copy.

const money = usd(2)
const price = usd(4)
const PRICE = 'in dollars to four decimal places (a half rounded up)'
const PCT = 'as a percentage to two decimal places (a half rounded up)'
/** A whole number of shares as an option shows it. */
const shares = (x: Fraction): string => `${fixed(x, 0)} shares`
/** `x > 0` rounded down to a whole number. */
const down = (x: Fraction): Fraction => frac(x.n / x.d)
/** A drawn whole percent as a fraction of one. */
const pc = (p: number): Fraction => frac(p, 100)
/** A share count drawn in thousands. */
const k = (thousands: number): number => thousands * 1000
/** A price drawn in ten-thousandths of a dollar. */
const t4 = (t: number): Fraction => frac(t, 10000)
/** The ten-thousandths of a dollar nearest `x` at or above it, so a stated price is exact. */
const up4 = (x: Fraction): number => Number((x.n * 10000n + x.d - 1n) / x.d)
/** Principal with simple interest at `rate` % a year for `months` months. */
const simple = (principal: number, rate: number, months: number): Fraction =>
  mul(principal, add(1, mul(pc(rate), frac(months, 12))))
/** Principal with simple interest at `rate` % a year for `days` days of a 365-day year. */
const daily = (principal: number, rate: number, days: number): Fraction =>
  mul(principal, add(1, mul(pc(rate), frac(days, 365))))
/** Whether `a < b`. */
const lt = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d
/** Whether `x` lies within 1% of `y > 0` either way, too near to stand as a distractor. */
const near = (x: Fraction, y: Fraction): boolean =>
  lt(mul(y, frac(99, 100)), x) && lt(x, mul(y, frac(101, 100)))
/** A capitalization grossed up for post-money SAFEs owning `owned` of it: base ÷ (1 − owned). */
const grossed = (base: Fraction | number, owned: Fraction): Fraction => div(base, sub(1, owned))

/** The capitalization sentence of a company before its Series A. */
const before = (C: number, O: number, U: number): string =>
  `Immediately before the Series A the company has ${n(C)} shares issued (common, and preferred as converted), ${n(O)} shares under outstanding options and warrants and an unissued option pool of ${n(U)} shares; no options are promised.`
/** The post-money SAFE's capitalization and Safe Price, as its definitions state them. */
const POST_SAFE =
  'As the post-money SAFE defines them, the Safe Price is the post-money valuation cap divided by the Company Capitalization, which counts, as converted to common immediately before the Series A, every issued share, every share under outstanding options and warrants, the unissued pool as it stood before the round (an increase made for the round is left out, as no promised options exceed the pool), and every converting security, this SAFE and the other SAFEs and notes included, as converted; the Series A shares are not counted.'
/** Dates a stem writes, from days since the epoch. */
const DAY = 86400000
const dateText = (day: number): string => {
  const d = new Date(day * DAY)
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
}
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY
/** Whole calendar months from `a` to `b` (days since the epoch), the odd days left over. */
const wholeMonths = (a: number, b: number): number => {
  const x = new Date(a * DAY)
  const y = new Date(b * DAY)
  let m = (y.getUTCFullYear() - x.getUTCFullYear()) * 12 + y.getUTCMonth() - x.getUTCMonth()
  if (y.getUTCDate() < x.getUTCDate()) m--
  return m
}
/** A day in a year, drawn between two month-days. */
const drawDay = (rng: Rng, y: number, m0: number, m1: number): number =>
  dayOf(y, rng.int(m0, m1), rng.int(1, 28))

export const CONVERT_FAMILIES: ScenarioFamily[] = [
  apart('post-money-safe-conversion-price-when-the-cap-applies', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U = k(rng.int(300, 1000))
    const E0 = C + O + U
    const K = rng.int(24, 60) * 250000
    const P1 = Math.round((K * rng.int(4, 10)) / 100 / 25000) * 25000
    const P2 = Math.round((K * rng.int(4, 10)) / 100 / 25000) * 25000
    const d = rng.pick([15, 20, 25])
    const X = k(rng.int(500, 1500))
    const PA = up4(div(mul(div(K, E0), frac(rng.int(104, 135), 100)), pc(100 - d)))
    const I = rng.int(50, 150) * 100000
    const ra = t4(PA)
    const DP = mul(ra, pc(100 - d))
    const SP = div(K - P1 - P2, E0)
    return {
      stem: `A company issued two post-money SAFEs (the Y Combinator form): ${dol(P1)} to Fund A and ${dol(P2)} to Fund B, each with a post-money valuation cap of ${dol(K)} and a discount of ${d}% (a Discount Rate of ${100 - d}%). Its Series A now sells Standard Preferred at ${price(ra)} a share, raising ${dol(I)}, and ${n(X)} shares are added to the option pool for the round. ${before(C, O, U)} ${POST_SAFE} The Discount Price is the Series A price times the Discount Rate, and a SAFE converts at whichever of the two prices gives it more shares. What is Fund A’s conversion price, ${PRICE}?`,
      show: price,
      figures: { C, O, U, K, P1, P2, d, X, PA, I },
      key: SP,
      wrong: [
        [div(K, E0), 'leaves the SAFEs out of the capitalization'],
        [div(K - P1, E0), 'counts only Fund A’s SAFE in the capitalization'],
        [DP, 'takes the Discount Price though the Safe Price is lower'],
        [ra, 'converts at the Series A price'],
        [mul(SP, pc(100 - d)), 'takes the discount off the Safe Price'],
        [div(K - P1 - P2, E0 + X), 'counts the round’s pool increase in the capitalization'],
        [div(K - P1 - P2, add(E0, div(I, ra))), 'counts the Series A shares in the capitalization'],
      ],
    }
  }),
  apart('post-money-safes-with-different-caps-shares-to-one-holder', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U = k(rng.int(300, 1000))
    const E0 = C + O + U
    const caps = [rng.int(16, 28), rng.int(30, 44), rng.int(46, 64)].map((c) => c * 250000)
    const [K1, K2, K3] = caps as [number, number, number]
    const amt = (cap: number) => Math.round((cap * rng.int(3, 7)) / 100 / 25000) * 25000
    const [P1, P2, P3] = [amt(K1), amt(K2), amt(K3)]
    const owned = add(frac(P1, K1), frac(P2, K2), frac(P3, K3))
    const CC = grossed(E0, owned)
    const PA = up4(mul(div(K3, CC), frac(rng.int(110, 140), 100)))
    const ra = t4(PA)
    const X = k(rng.int(500, 1500))
    const I = rng.int(60, 160) * 100000
    const NA = div(I, ra)
    const got = (cc: Fraction) => down(mul(frac(P2, K2), cc))
    return {
      stem: `A company has three post-money SAFEs (the Y Combinator form, caps only, no discount): Fund A ${dol(P1)} at a post-money valuation cap of ${dol(K1)}, Fund B ${dol(P2)} at ${dol(K2)} and Fund C ${dol(P3)} at ${dol(K3)}. Its Series A sells Standard Preferred at ${price(ra)} a share, raising ${dol(I)}, and ${n(X)} shares are added to the option pool for the round. ${before(C, O, U)} ${POST_SAFE} Each SAFE converts at its own Safe Price (unrounded) into its purchase amount divided by that price, rounded down to a whole share. How many shares does Fund B receive?`,
      show: shares,
      figures: { C, O, U, K1, K2, K3, P1, P2, P3, PA, X, I },
      key: got(CC),
      wrong: [
        [got(frac(E0)), 'leaves the SAFEs out of the capitalization'],
        [got(grossed(E0, frac(P2, K2))), 'counts only Fund B’s SAFE in the capitalization'],
        [down(div(P2, ra)), 'converts at the Series A price'],
        [got(grossed(E0 + X, owned)), 'counts the round’s pool increase in the capitalization'],
        [got(grossed(add(E0, NA), owned)), 'counts the Series A shares in the capitalization'],
        [got(add(CC, X, NA)), 'applies its cap percentage to the shares after the round'],
      ],
    }
  }),
  apart('post-money-safe-holder-ownership-after-the-series-a', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U = k(rng.int(300, 1000))
    const E0 = C + O + U
    const K1 = rng.int(24, 48) * 250000
    const K2 = rng.int(24, 48) * 250000
    const P1 = Math.round((K1 * rng.int(5, 10)) / 100 / 25000) * 25000
    const P2 = Math.round((K2 * rng.int(4, 10)) / 100 / 25000) * 25000
    const X = k(rng.int(600, 1600))
    const Pre = Math.round((Math.max(K1, K2) * rng.int(170, 300)) / 100 / 500000) * 500000
    const I = Math.round((Pre * rng.int(20, 40)) / 100 / 100000) * 100000
    const Post = Pre + I
    const s1 = frac(P1, K1)
    const owned = add(s1, frac(P2, K2))
    const own = (cc: Fraction) => div(mul(s1, cc, Pre), mul(add(cc, X), Post))
    const CC = grossed(E0, owned)
    if (!lt(div(Math.max(K1, K2), CC), div(Pre, add(CC, X)))) rest()
    const out = div(mul(s1, E0), mul(add(mul(E0, add(1, owned)), X), frac(Post, Pre)))
    return {
      stem: `Fund A holds a post-money SAFE (the Y Combinator form, cap only) for ${dol(P1)} at a post-money valuation cap of ${dol(K1)}; Fund B holds one for ${dol(P2)} at a cap of ${dol(K2)}. The company’s Series A raises ${dol(I)} at a pre-money valuation of ${dol(Pre)}, priced on fully diluted pre-money shares that count the SAFEs’ conversion shares and ${n(X)} shares added to the option pool for the round. ${before(C, O, U)} ${POST_SAFE} Both SAFEs convert at their Safe Prices. Working with unrounded share counts, what is Fund A’s fully diluted ownership after the Series A closes, ${PCT}?`,
      show: pct2,
      figures: { C, O, U, K1, K2, P1, P2, X, Pre, I },
      key: own(CC),
      wrong: [
        [s1, 'stops at its post-money SAFE percentage'],
        [mul(s1, frac(Pre, Post)), 'dilutes it by the new money only'],
        [div(mul(s1, CC), add(CC, X)), 'stops before the Series A money'],
        [frac(P1, Post), 'converts at the Series A price'],
        [out, 'leaves the SAFEs out of the capitalization'],
        [
          mul(s1, sub(1, frac(I, Pre)), div(CC, add(CC, X))),
          'takes the new money’s stake as the investment over the pre-money',
        ],
      ],
    }
  }),
  apart('pre-money-safe-conversion-price-lower-of-cap-and-discount', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U = k(rng.int(300, 1000))
    const E0 = C + O + U
    const X = k(rng.int(500, 1500))
    const K = rng.int(24, 60) * 250000
    const P1 = Math.round((K * rng.int(6, 10)) / 100 / 25000) * 25000
    const P2 = Math.round((K * rng.int(6, 10)) / 100 / 25000) * 25000
    const capCase = rng.next() < 0.5
    const d = capCase ? rng.pick([15, 20, 25]) : rng.pick([15, 20])
    const SP = div(K, E0 + X)
    const PA = capCase
      ? up4(div(mul(div(K, E0), frac(rng.int(103, 130), 100)), pc(100 - d)))
      : up4(div(SP, frac(d === 15 ? rng.int(875, 950) : rng.int(840, 900), 1000)))
    const ra = t4(PA)
    const DP = mul(ra, pc(100 - d))
    const I = rng.int(60, 160) * 100000
    const NA = div(I, ra)
    const inCap = div(K - P1 - P2, E0 + X)
    const withNew = div(K, add(E0 + X, NA))
    if (capCase !== lt(SP, DP)) rest()
    const wrong: [Fraction, string][] = capCase
      ? [
          [div(K, E0), 'leaves the round’s pool increase out of the capitalization'],
          [DP, 'takes the Discount Price though the Safe Price is lower'],
          [ra, 'converts at the Series A price'],
          [mul(SP, pc(100 - d)), 'takes the discount off the Safe Price'],
          [inCap, 'counts the SAFEs in the capitalization'],
          [withNew, 'counts the Series A shares in the capitalization'],
        ]
      : [
          [SP, 'takes the Safe Price though the Discount Price is lower'],
          [ra, 'converts at the Series A price'],
          [div(ra, pc(100 + d)), 'turns the discount into extra shares'],
          [mul(SP, pc(100 - d)), 'takes the discount off the Safe Price'],
          [inCap, 'counts the SAFEs in the capitalization'],
          [withNew, 'counts the Series A shares in the capitalization'],
        ]
    if (!capCase && !(lt(inCap, DP) && lt(withNew, DP) && lt(div(ra, pc(100 + d)), SP))) rest()
    return {
      stem: `Fund A holds a pre-money SAFE (the original Y Combinator form) for ${dol(P1)} with a valuation cap of ${dol(K)} and a discount of ${d}%; Fund B holds one for ${dol(P2)} on the same terms. The company’s Series A sells Standard Preferred at ${price(ra)} a share, raising ${dol(I)}, and ${n(X)} shares are added to the option pool in connection with it. ${before(C, O, U)} As this SAFE defines them, the Safe Price is the valuation cap divided by the Company Capitalization: every issued share and every share under outstanding options and warrants, as converted, and every share reserved for future grant under the equity plan, including the increase made in connection with the Series A, but not this SAFE, the other SAFEs or any convertible notes. The Discount Price is the Series A price less the discount. The SAFE converts at whichever price gives more shares. What is Fund A’s conversion price, ${PRICE}?`,
      show: price,
      figures: { C, O, U, X, K, P1, P2, d, PA, I },
      key: capCase ? SP : DP,
      wrong,
    }
  }),
  apart('convertible-note-shares-with-accrued-interest-at-the-cap-or-discount', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U = k(rng.int(300, 1000))
    const E0 = C + O + U
    const X = k(rng.int(500, 1500))
    const Pn = rng.int(10, 40) * 25000
    const r = rng.int(4, 10)
    const m = rng.int(10, 22)
    const M = m + rng.int(4, 12)
    const d = rng.pick([15, 20, 25])
    const Kn = rng.int(24, 60) * 250000
    const SP = div(Kn, E0 + X)
    const capCase = rng.next() < 0.5
    const PA = capCase
      ? up4(div(mul(div(Kn, E0), frac(rng.int(103, 130), 100)), pc(100 - d)))
      : up4(div(SP, frac(rng.int(Math.ceil(1000 - 10 * d) + 20, 970), 1000)))
    const ra = t4(PA)
    const DP = mul(ra, pc(100 - d))
    if (capCase !== lt(SP, DP)) rest()
    const I = rng.int(60, 160) * 100000
    const withNew = div(Kn, add(E0 + X, div(I, ra)))
    const A = simple(Pn, r, m)
    const at = (amount: Fraction, p: Fraction) => down(div(amount, p))
    const cp = capCase ? SP : DP
    const wrong: [Fraction, string][] = [
      [at(frac(Pn), cp), 'converts the principal only'],
      capCase
        ? [at(A, DP), 'takes the discount price though the cap price is lower']
        : [at(A, SP), 'takes the cap price though the discount price is lower'],
      [at(A, ra), 'converts at the Series A price'],
      [at(simple(Pn, r, M), cp), 'accrues interest to maturity'],
      [
        at(A, lt(withNew, DP) ? withNew : DP),
        'counts the Series A shares in the cap price’s capitalization',
      ],
      [at(A, mul(SP, pc(100 - d))), 'takes the discount off the cap price'],
    ]
    if (capCase)
      wrong.push([at(A, div(Kn, E0)), 'leaves the round’s pool increase out of the cap price'])
    return {
      stem: `A convertible note of ${dol(Pn)} carries simple interest at ${r}% a year, accrued monthly (${r}% ÷ 12 for each month, never compounded), and matures ${M} months after issue. At a qualified financing its principal and accrued interest convert into the round’s preferred at the lower of the cap price, ${dol(Kn)} divided by the company’s fully diluted capitalization immediately before the financing (issued shares, shares under outstanding options and warrants, and the option pool including any increase made for the round, but not the notes or the new money), and the discount price, the round’s price less ${d}%. The Series A closes ${m} months after the note was issued, selling preferred at ${price(ra)} a share and raising ${dol(I)}. ${before(C, O, U)} The pool is increased by ${n(X)} shares for the round. How many shares does the noteholder receive, rounded down to a whole share?`,
      show: shares,
      figures: { C, O, U, X, Pn, r, m, M, d, Kn, PA, I },
      key: at(A, cp),
      wrong,
    }
  }),
  apart('discount-only-notes-total-conversion-shares', (rng) => {
    const Pn1 = rng.int(8, 30) * 25000
    const Pn2 = rng.int(8, 30) * 25000
    const r1 = rng.int(4, 8)
    const r2 = r1 + rng.int(2, 4)
    const t1 = rng.int(380, 650)
    const t2 = rng.int(90, t1 - 120)
    const d = rng.pick([15, 20, 25])
    const PA = rng.int(9000, 30000)
    const ra = t4(PA)
    const DP = mul(ra, pc(100 - d))
    const conv = (a1: Fraction, a2: Fraction, p: Fraction) =>
      add(down(div(a1, p)), down(div(a2, p)))
    /** Each note's principal and interest for its days at its rate. */
    const A = (days1: number, days2: number, rate1 = r1) =>
      [daily(Pn1, rate1, days1), daily(Pn2, r2, days2)] as const
    const [A1, A2] = A(t1, t2)
    const both = (days1: number, days2: number, p: Fraction, rate1 = r1) => {
      const [a1, a2] = A(days1, days2, rate1)
      return conv(a1, a2, p)
    }
    return {
      stem: `Two convertible notes carry simple interest on an actual/365 basis and have no valuation cap: a ${dol(Pn1)} note at ${r1}% a year issued ${t1} days before the Series A closes and a ${dol(Pn2)} note at ${r2}% a year issued ${t2} days before it. Each matures 730 days after its issue. At the Series A each note’s principal and accrued interest convert into preferred at the Series A price less a ${d}% discount. The Series A price is ${price(ra)} a share. Each note’s shares are rounded down to a whole share separately. How many shares do the two noteholders receive in all?`,
      show: shares,
      figures: { Pn1, Pn2, r1, r2, t1, t2, d, PA },
      key: conv(A1, A2, DP),
      wrong: [
        [conv(frac(Pn1), frac(Pn2), DP), 'converts the principal only'],
        [conv(A1, A2, ra), 'converts at the Series A price'],
        [
          add(down(div(mul(A1, pc(100 + d)), ra)), down(div(mul(A2, pc(100 + d)), ra))),
          'turns the discount into extra shares',
        ],
        [both(t2, t2, DP), 'accrues both notes from the later note’s date'],
        [both(t1, t1, DP), 'accrues both notes from the earlier note’s date'],
        [both(730, 730, DP), 'accrues interest to maturity'],
        [both(t1, t2, DP, r2), 'applies the later note’s rate to both notes'],
      ],
    }
  }),
  apart('mfn-safe-takes-a-later-safes-cap', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U = k(rng.int(300, 1000))
    const E0 = C + O + U
    const KA = rng.int(20, 36) * 250000
    const KC = rng.int(40, 64) * 250000
    const PAm = Math.round((KA * rng.int(4, 8)) / 100 / 25000) * 25000
    const PB = rng.int(4, 16) * 25000
    const PC = Math.round((KC * rng.int(4, 8)) / 100 / 25000) * 25000
    const X = k(rng.int(500, 1500))
    const I = rng.int(60, 160) * 100000
    const owned = (capB: number) => add(frac(PAm, KA), frac(PB, capB), frac(PC, KC))
    const CC = grossed(E0, owned(KC))
    const PA = up4(mul(div(KC, CC), frac(rng.int(110, 140), 100)))
    const ra = t4(PA)
    const got = (cap: number, cc: Fraction) => down(mul(frac(PB, cap), cc))
    return {
      stem: `A company issued three post-money SAFEs (the Y Combinator form), in this order: Fund A ${dol(PAm)} with a post-money valuation cap of ${dol(KA)}; Fund B ${dol(PB)} with no cap and no discount but a most-favoured-nation clause letting it adopt the terms of any SAFE the company issues after it and before it converts; and Fund C ${dol(PC)} with a cap of ${dol(KC)}. Fund B elects the most favourable terms its clause allows. The Series A now sells Standard Preferred at ${price(ra)} a share, raising ${dol(I)}, and ${n(X)} shares are added to the option pool for the round. ${before(C, O, U)} ${POST_SAFE} Each SAFE converts at its Safe Price (unrounded) into its purchase amount divided by that price, rounded down to a whole share. How many shares does Fund B receive?`,
      show: shares,
      figures: { C, O, U, KA, KC, PAm, PB, PC, X, I, PA },
      key: got(KC, CC),
      wrong: [
        [down(div(PB, ra)), 'converts at the Series A price, as if uncapped'],
        [got(KC, frac(E0)), 'leaves the SAFEs out of the capitalization'],
        [
          got(KC, grossed(E0, add(frac(PAm, KA), frac(PC, KC)))),
          'leaves Fund B’s own SAFE out of the capitalization',
        ],
        [got(KA, grossed(E0, owned(KA))), 'takes Fund A’s earlier, lower cap'],
        [
          got(KC, grossed(E0 + X, owned(KC))),
          'counts the round’s pool increase in the capitalization',
        ],
        [
          got(KC, grossed(add(E0, div(I, ra)), owned(KC))),
          'counts the Series A shares in the capitalization',
        ],
      ],
    }
  }),
  apart('series-a-price-with-post-money-safes-in-the-pre-money', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U = k(rng.int(300, 1000))
    const E0 = C + O + U
    const K = rng.int(24, 60) * 250000
    const P1 = Math.round((K * rng.int(5, 10)) / 100 / 25000) * 25000
    const P2 = Math.round((K * rng.int(4, 10)) / 100 / 25000) * 25000
    const X = k(rng.int(600, 1600))
    const Pre = Math.round((K * rng.int(150, 300)) / 100 / 500000) * 500000
    const I = Math.round((Pre * rng.int(20, 40)) / 100 / 100000) * 100000
    const owned = frac(P1 + P2, K)
    const CC = grossed(E0, owned)
    const PA = div(Pre, add(CC, X))
    if (!lt(div(K - P1 - P2, E0), PA)) rest()
    return {
      stem: `A company has two post-money SAFEs (the Y Combinator form, cap only): ${dol(P1)} and ${dol(P2)}, both with a post-money valuation cap of ${dol(K)}. Its Series A term sheet offers ${dol(I)} at a pre-money valuation of ${dol(Pre)}, and its fully diluted pre-money shares count the SAFEs’ conversion shares and ${n(X)} shares added to the option pool before the closing. ${before(C, O, U)} ${POST_SAFE} Working with unrounded share counts, what is the Series A price per share, ${PRICE}?`,
      show: price,
      figures: { C, O, U, K, P1, P2, X, Pre, I },
      key: PA,
      wrong: [
        [div(Pre, E0 + X), 'leaves the SAFE shares out of the pre-money shares'],
        [div(Pre, CC), 'leaves the pool increase out of the pre-money shares'],
        [div(Pre + I, add(CC, X)), 'divides the post-money valuation'],
        [
          div(Pre - I, add(CC, X)),
          'takes the pre-money as the post-money and deducts the investment',
        ],
        [
          div(Pre, add(grossed(E0 + X, owned), X)),
          'counts the pool increase in the SAFEs’ capitalization',
        ],
        [mul(PA, frac(Pre, Pre + I)), 'divides the pre-money by the post-money share count'],
      ],
    }
  }),
  apart('convertible-note-conversion-at-maturity-at-the-maturity-cap', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U = k(rng.int(300, 1000))
    const FD = C + O + U
    const Au = k(Math.ceil((FD * rng.int(125, 160)) / 100 / 1000))
    const Pn = rng.int(10, 40) * 25000
    const r = rng.int(4, 10)
    const M = rng.pick([12, 18, 24, 30, 36])
    const d = rng.pick([15, 20, 25])
    const Km = rng.int(16, 40) * 250000
    const Kf = Km + rng.int(8, 24) * 250000
    const A = simple(Pn, r, M)
    const at = (amount: Fraction, p: Fraction) => down(div(amount, p))
    const cp = div(Km, FD)
    return {
      stem: `A convertible note of ${dol(Pn)} carries simple interest at ${r}% a year, accrued monthly (${r}% ÷ 12 a month, never compounded), and matures ${M} months after issue. At a qualified financing it would convert at the lower of a ${dol(Kf)} cap price and the round’s price less ${d}%. No financing has happened by maturity, so the holder elects the maturity conversion: principal and accrued interest convert into common at ${dol(Km)} divided by the company’s fully diluted capitalization at maturity (issued shares, shares under outstanding options and warrants, and the unissued option pool, but not the notes). At maturity the company has ${n(C)} shares issued, ${n(O)} shares under outstanding options and warrants and an unissued pool of ${n(U)} shares; its charter authorizes ${n(Au)} shares of common. How many shares does the holder receive, rounded down to a whole share?`,
      show: shares,
      figures: { C, O, U, Au, Pn, r, M, d, Km, Kf },
      key: at(A, cp),
      wrong: [
        [at(frac(Pn), cp), 'converts the principal only'],
        [at(A, div(Kf, FD)), 'uses the financing cap'],
        [at(A, div(Km, C + O)), 'leaves the unissued pool out of the capitalization'],
        [at(A, frac(Km, Au)), 'divides the maturity cap by the authorized shares'],
        [
          down(div(mul(A, FD), sub(Km, A))),
          'counts the note’s own conversion shares in the capitalization',
        ],
        [at(A, mul(cp, pc(100 - d))), 'takes the financing discount off the maturity price'],
      ],
    }
  }),
  apart('convertible-notes-accrued-interest-across-dated-tranches', (rng) => {
    const y = rng.pick([2024, 2025])
    const D = [drawDay(rng, y, 1, 3), drawDay(rng, y, 5, 7), drawDay(rng, y, 9, 11)]
    const Dc = drawDay(rng, y + 1, 2, 8)
    const P = [rng.int(4, 20) * 25000, rng.int(4, 20) * 25000, rng.int(4, 20) * 25000]
    const r1 = rng.int(4, 8)
    const r2 = r1 + rng.int(2, 4)
    const rates = [r1, r2, r2]
    const days = D.map((d) => Dc - d)
    const toMaturity = D.map((d) => {
      const x = new Date(d * DAY)
      return dayOf(x.getUTCFullYear() + 2, x.getUTCMonth() + 1, x.getUTCDate()) - d
    })
    /** The notes' simple interest for `ts` days each at the rates `rs`, on a 365-day year. */
    const interest = (ts: readonly number[], rs: readonly number[] = rates) =>
      add(...P.map((p, i) => mul(p, pc(rs[i]!), frac(ts[i]!, 365))))
    const months = D.map((d) => wholeMonths(d, Dc))
    const key = interest(days)
    const byMonths = add(...P.map((p, i) => mul(p, pc(rates[i]!), frac(months[i]!, 12))))
    // The odd days must count for something: whole months at least 1% short of the key.
    if (!lt(byMonths, mul(key, frac(99, 100)))) rest()
    const [P1, P2, P3] = P as [number, number, number]
    return {
      stem: `A start-up sold three convertible notes, each with simple interest on an actual/365 basis (days counted from the issue date up to but not including the conversion date) and each maturing two years after its issue: ${dol(P1)} at ${r1}% a year on ${dateText(D[0]!)}, then ${dol(P2)} on ${dateText(D[1]!)} and ${dol(P3)} on ${dateText(D[2]!)}, both at ${r2}% a year. All three convert, principal and accrued interest, at a Series A that closes on ${dateText(Dc)}. What is the total accrued interest that converts along with the principal, ${CENTS}?`,
      show: money,
      figures: { y, D0: D[0]!, D1: D[1]!, D2: D[2]!, Dc, P1, P2, P3, r1, r2 },
      key,
      wrong: [
        [interest(days.map(() => days[2]!)), 'accrues every note from the last note’s date'],
        [byMonths, 'counts whole months only'],
        [interest(days, [r1, r1, r1]), 'applies the first note’s rate to every note'],
        [interest(days.map(() => days[0]!)), 'accrues every note from the first note’s date'],
        [interest(toMaturity), 'accrues interest to maturity'],
        [interest(days, [r2, r2, r2]), 'applies the later notes’ rate to every note'],
      ],
    }
  }),
  apart('founders-ownership-after-pre-money-safes-convert-in-the-round', (rng) => {
    const F = k(rng.int(5500, 8000))
    const G = k(rng.int(500, 1500))
    const O = k(rng.int(500, 1200))
    const U = k(rng.int(300, 900))
    const E0 = F + G + O + U
    const X = k(rng.int(300, 700))
    const K = rng.int(24, 48) * 250000
    const P1 = Math.round((K * rng.int(8, 12)) / 100 / 25000) * 25000
    const P2 = Math.round((K * rng.int(8, 12)) / 100 / 25000) * 25000
    const Pre = Math.round((K * rng.int(160, 280)) / 100 / 500000) * 500000
    const I = Math.round((Pre * rng.int(20, 40)) / 100 / 100000) * 100000
    const s = frac(P1 + P2, K)
    const base = mul(E0 + X, add(1, s))
    if (!lt(div(K, E0 + X), div(Pre, base))) rest()
    const after = (count: Fraction, post: number, pre: number) =>
      div(F, mul(count, frac(post, pre)))
    // Post-money conversion lands on either side of the key; refuse draws where it nearly meets it.
    const asPost = after(add(grossed(E0, s), X), Pre + I, Pre)
    if (near(asPost, after(base, Pre + I, Pre))) rest()
    return {
      stem: `A company’s founders hold ${n(F)} shares; there are ${n(G)} other issued shares, ${n(O)} shares under outstanding options and warrants and an unissued option pool of ${n(U)} shares. Two pre-money SAFEs (the original Y Combinator form, cap only) of ${dol(P1)} and ${dol(P2)} have a valuation cap of ${dol(K)}. Each converts at the cap divided by the Company Capitalization, which counts every issued share and every share under outstanding options and warrants, and every share reserved under the equity plan including the increase made in connection with the round, but not the SAFEs themselves. The Series A raises ${dol(I)} at a pre-money valuation of ${dol(Pre)}, priced on fully diluted pre-money shares that count the SAFEs’ conversion shares and ${n(X)} shares added to the pool for the round. The founders buy nothing. Working with unrounded share counts, what is the founders’ fully diluted ownership after the Series A, ${PCT}?`,
      show: pct2,
      figures: { F, G, O, U, X, K, P1, P2, Pre, I },
      key: after(base, Pre + I, Pre),
      wrong: [
        [after(frac(E0 + X), Pre + I, Pre), 'leaves the SAFE shares out'],
        [after(mul(E0, add(1, s)), Pre + I, Pre), 'leaves out the pool increase'],
        [div(F, base), 'stops before the Series A money'],
        [asPost, 'converts the SAFEs as post-money SAFEs'],
        [
          after(base, Pre, Pre - I),
          'takes the pre-money as the post-money and deducts the investment',
        ],
        [after(base, Pre + I + P1 + P2, Pre), 'counts the SAFE money as new money in the round'],
      ],
    }
  }),
  apart('post-money-safe-payout-in-an-acquisition-before-a-priced-round', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const Pm = k(rng.int(100, 400))
    const U = k(rng.int(500, 1500))
    const K = rng.int(24, 60) * 250000
    const P1 = Math.round((K * rng.int(4, 9)) / 100 / 25000) * 25000
    const P2 = Math.round((K * rng.int(4, 9)) / 100 / 25000) * 25000
    const s = frac(P1 + P2, K)
    const Pacq = up4(mul(div(K, C + O), frac(rng.int(115, 220), 100)))
    const pa = t4(Pacq)
    const pay = (cap: Fraction) => mul(frac(P1, K), cap, pa)
    const LC = grossed(C + O, s)
    return {
      stem: `Before any priced round, a company is acquired. Fund A holds a post-money SAFE (the Y Combinator form) for ${dol(P1)} with a post-money valuation cap of ${dol(K)}; Fund B holds one for ${dol(P2)} on the same terms. On a Liquidity Event each SAFE receives the greater of its purchase amount (the Cash-Out Amount) and the proceeds on its purchase amount divided by the Liquidity Price, the cap divided by the Liquidity Capitalization. That capitalization counts, as converted, every issued share, every share under outstanding options and warrants, promised options only if they receive proceeds, and the SAFEs that convert rather than cash out; it leaves out the unissued option pool. The company has ${n(C)} shares issued, ${n(O)} shares under outstanding options and warrants (all receiving proceeds), ${n(Pm)} promised options that lapse unpaid in the sale and an unissued pool of ${n(U)} shares. The buyer pays ${price(pa)} for each common share as converted; both SAFEs convert. Working with the unrounded share count, what does Fund A receive, ${CENTS}?`,
      show: money,
      figures: { C, O, Pm, U, K, P1, P2, Pacq },
      key: pay(LC),
      wrong: [
        [frac(P1), 'takes the Cash-Out Amount'],
        [pay(frac(C + O)), 'leaves the SAFEs out of the Liquidity Capitalization'],
        [
          pay(grossed(C + O, frac(P1, K))),
          'counts only Fund A’s SAFE in the Liquidity Capitalization',
        ],
        [pay(grossed(C + O + U, s)), 'counts the unissued pool'],
        [pay(grossed(C + O + Pm, s)), 'counts the promised options that receive nothing'],
        [add(P1, pay(LC)), 'adds the Cash-Out Amount to the conversion proceeds'],
      ],
    }
  }),
  apart('noteholders-ownership-when-the-conversion-sits-outside-the-pre-money', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U = k(rng.int(300, 1000))
    const E0 = C + O + U
    const X = k(rng.int(500, 1500))
    const Pre = rng.int(100, 300) * 100000
    const Pn = Math.round((Pre * rng.int(6, 16)) / 100 / 25000) * 25000
    const r = rng.int(5, 10)
    const m = rng.int(12, 24)
    const M = m + rng.int(6, 12)
    const d = rng.pick([15, 20, 25])
    const I = Math.round((Pre * rng.int(20, 40)) / 100 / 100000) * 100000
    // In dollars at the Series A price: the notes’ shares are worth amount ÷ (1 − d), the other
    // shares the pre-money and the new money.
    const own = (worth: Fraction, others: Fraction) => div(worth, add(others, worth))
    const disc = (a: Fraction) => div(a, pc(100 - d))
    const A = simple(Pn, r, m)
    const full = frac(Pre + I)
    return {
      stem: `A company’s convertible notes total ${dol(Pn)} of principal, with simple interest at ${r}% a year accrued monthly (${r}% ÷ 12 a month, never compounded), maturing ${M} months after issue, and no cap: at a qualified financing principal and accrued interest convert at the round’s price less ${d}%. The Series A closes ${m} months after the notes were issued: ${dol(I)} at a pre-money valuation of ${dol(Pre)}, priced on fully diluted pre-money shares that count every issued share, the shares under outstanding options and warrants and the option pool including ${n(X)} shares added before the closing, but not the notes’ conversion shares, which the term sheet leaves outside the pre-money. ${before(C, O, U)} Working with unrounded share counts, what is the noteholders’ fully diluted ownership after the closing, ${PCT}?`,
      show: pct2,
      figures: { C, O, U, X, Pn, r, m, M, d, Pre, I },
      key: own(disc(A), full),
      wrong: [
        [div(disc(A), full), 'counts the note shares inside the pre-money'],
        [
          own(disc(A), frac(Pre)),
          'takes the pre-money as the post-money and deducts the investment',
        ],
        [own(disc(simple(Pn, r, M)), full), 'accrues interest to maturity'],
        [own(disc(frac(Pn)), full), 'converts the principal only'],
        [own(A, full), 'converts the notes at the Series A price'],
        [own(mul(A, pc(100 + d)), full), 'turns the discount into extra shares'],
        [
          own(disc(A), frac(Pre * (E0 + X) + I * E0, E0)),
          'leaves the pool increase out of the price',
        ],
      ],
    }
  }),
  apart('post-money-safe-shares-when-a-note-converts-alongside', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U = k(rng.int(300, 1000))
    const E0 = C + O + U
    const X = k(rng.int(500, 1500))
    const Pn = rng.int(20, 60) * 25000
    const r = rng.int(4, 10)
    const m = rng.int(10, 20)
    const M = m + rng.int(4, 12)
    const d = rng.pick([15, 20, 25])
    const K = rng.int(24, 60) * 250000
    const P1 = Math.round((K * rng.int(4, 9)) / 100 / 25000) * 25000
    const P2 = Math.round((K * rng.int(4, 9)) / 100 / 25000) * 25000
    const owned = frac(P1 + P2, K)
    const I = rng.int(60, 160) * 100000
    const guess = grossed(E0 + Number(Pn) / 2, owned)
    const PA = up4(mul(div(K, guess), frac(rng.int(125, 160), 100)))
    const ra = t4(PA)
    const DP = mul(ra, pc(100 - d))
    const noteShares = (a: Fraction) => div(a, DP)
    const A = simple(Pn, r, m)
    const CC = grossed(add(E0, noteShares(A)), owned)
    if (!lt(div(K, CC), ra)) rest()
    const got = (cc: Fraction) => down(mul(frac(P1, K), cc))
    return {
      stem: `A company has a convertible note of ${dol(Pn)} (simple interest at ${r}% a year accrued monthly, ${r}% ÷ 12 a month and never compounded, maturing ${M} months after issue, no cap) that converts principal and interest at the round price less ${d}%, and two post-money SAFEs (the Y Combinator form, cap only): Fund A ${dol(P1)} and Fund B ${dol(P2)}, both with a post-money valuation cap of ${dol(K)}. The Series A closes ${m} months after the note was issued, selling Standard Preferred at ${price(ra)} a share and raising ${dol(I)}; ${n(X)} shares are added to the pool for the round. ${before(C, O, U)} ${POST_SAFE} Count the note’s conversion shares unrounded in the Company Capitalization. Fund A’s shares are its purchase amount divided by its Safe Price, rounded down to a whole share. How many shares does Fund A receive?`,
      show: shares,
      figures: { C, O, U, X, Pn, r, m, M, d, K, P1, P2, I, PA },
      key: got(CC),
      wrong: [
        [got(grossed(E0, owned)), 'leaves the note out of the capitalization'],
        [
          got(grossed(add(E0, noteShares(A)), frac(P1, K))),
          'counts only Fund A’s SAFE in the capitalization',
        ],
        [got(add(E0, noteShares(A))), 'leaves the SAFEs out of the capitalization'],
        [
          got(grossed(add(E0 + X, noteShares(A)), owned)),
          'counts the round’s pool increase in the capitalization',
        ],
        [
          got(grossed(add(E0, noteShares(A), div(I, ra)), owned)),
          'counts the Series A shares in the capitalization',
        ],
        [got(add(CC, X, div(I, ra))), 'applies its cap percentage to the shares after the round'],
      ],
    }
  }),
  apart('series-a-price-with-discount-only-safes-in-the-pre-money', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U = k(rng.int(300, 1000))
    const E0 = C + O + U
    const X = k(rng.int(500, 1500))
    const Pre = rng.int(100, 300) * 100000
    const S = Math.round((Pre * rng.int(10, 25)) / 100 / 25000) * 25000
    const d = rng.pick([15, 20, 25])
    const I = Math.round((Pre * rng.int(20, 40)) / 100 / 100000) * 100000
    const base = E0 + X
    const grossS = div(S, pc(100 - d))
    const PA = div(sub(Pre, grossS), base)
    const P0 = div(Pre, base)
    const S0 = div(grossS, P0)
    return {
      stem: `A company’s post-money SAFEs (the Y Combinator discount-only form: no cap) total ${dol(S)} and convert at the Series A price times a Discount Rate of ${100 - d}%. The Series A raises ${dol(I)} at a pre-money valuation of ${dol(Pre)}, priced on fully diluted pre-money shares that count every issued share, the shares under outstanding options and warrants, the option pool including ${n(X)} shares added before the closing, and the SAFEs’ conversion shares, so the price and the SAFE shares are worked out together. ${before(C, O, U)} Working with unrounded share counts, what is the Series A price per share, ${PRICE}?`,
      show: price,
      figures: { C, O, U, X, S, d, Pre, I },
      key: PA,
      wrong: [
        [div(Pre, base), 'leaves the SAFE shares out of the pre-money shares'],
        [div(Pre - S, base), 'converts the SAFEs at the Series A price'],
        [div(Pre, add(base, S0)), 'discounts the price before the SAFE shares are counted'],
        [
          div(sub(Pre - I, grossS), base),
          'takes the pre-money as the post-money and deducts the investment',
        ],
        [mul(PA, frac(Pre, Pre + I)), 'divides the pre-money by the post-money share count'],
        [
          div(sub(Pre, grossS), add(base, div(grossS, PA))),
          'takes the SAFEs out of the value and adds their shares too',
        ],
      ],
    }
  }),
  apart('effective-discount-a-post-money-safe-cap-gives-to-the-series-a-price', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U = k(rng.int(300, 1000))
    const E0 = C + O + U
    const K = rng.int(24, 48) * 250000
    const P1 = Math.round((K * rng.int(5, 10)) / 100 / 25000) * 25000
    const P2 = Math.round((K * rng.int(4, 10)) / 100 / 25000) * 25000
    const X = k(rng.int(600, 1600))
    const Pre = Math.round((K * rng.int(180, 320)) / 100 / 500000) * 500000
    const I = Math.round((Pre * rng.int(20, 35)) / 100 / 100000) * 100000
    const owned = frac(P1 + P2, K)
    const CC = grossed(E0, owned)
    const PA = div(Pre, add(CC, X))
    const SP = div(K - P1 - P2, E0)
    const off = (safe: Fraction, round: Fraction) => sub(1, div(safe, round))
    return {
      stem: `A company has two post-money SAFEs (the Y Combinator form, cap only): Fund A ${dol(P1)} and Fund B ${dol(P2)}, both with a post-money valuation cap of ${dol(K)}. Its Series A raises ${dol(I)} at a pre-money valuation of ${dol(Pre)}, priced on fully diluted pre-money shares that count the SAFEs’ conversion shares and ${n(X)} shares added to the pool before the closing. ${before(C, O, U)} ${POST_SAFE} By what percentage is Fund A’s conversion price below the Series A price, ${PCT}?`,
      show: pct2,
      figures: { C, O, U, K, P1, P2, X, Pre, I },
      key: off(SP, PA),
      wrong: [
        [off(SP, div(Pre, E0 + X)), 'leaves the SAFE shares out of the Series A price'],
        [sub(1, frac(K, Pre)), 'compares the cap with the pre-money valuation'],
        [sub(1, frac(K, Pre + I)), 'compares the cap with the post-money valuation'],
        [off(div(K, E0), PA), 'leaves the SAFEs out of their capitalization'],
        [off(div(K - P1, E0), PA), 'counts only Fund A’s SAFE in the capitalization'],
        [
          off(SP, div(Pre - I, add(CC, X))),
          'takes the pre-money as the post-money and deducts the investment',
        ],
      ],
    }
  }),
  apart('post-money-safe-shares-beside-an-older-pre-money-safe', (rng) => {
    const C = k(rng.int(7000, 10000))
    const O = k(rng.int(600, 1500))
    const U = k(rng.int(300, 1000))
    const E0 = C + O + U
    const X = k(rng.int(500, 1500))
    const Kp = rng.int(12, 28) * 250000
    const Pp = Math.round((Kp * rng.int(4, 9)) / 100 / 25000) * 25000
    const Kq = rng.int(32, 60) * 250000
    const Pq = Math.round((Kq * rng.int(5, 10)) / 100 / 25000) * 25000
    const sq = frac(Pq, Kq)
    const preShares = (base: number) => mul(Pp, frac(base, Kp))
    const CC = grossed(add(E0, preShares(E0 + X)), sq)
    const PA = up4(mul(div(Kq, CC), frac(rng.int(110, 140), 100)))
    const ra = t4(PA)
    const I = rng.int(60, 160) * 100000
    const NA = div(I, ra)
    if (!lt(frac(Kp, E0 + X), ra)) rest()
    const got = (cc: Fraction) => down(mul(sq, cc))
    return {
      stem: `Fund A holds an older pre-money SAFE (the original Y Combinator form, cap only) for ${dol(Pp)} with a valuation cap of ${dol(Kp)}: it converts at the cap divided by its Company Capitalization, which counts every issued share, every share under outstanding options and warrants and every share reserved under the equity plan, including the increase made in connection with the round, but no SAFEs or notes. Fund B holds a post-money SAFE (the Y Combinator form, cap only) for ${dol(Pq)} with a post-money valuation cap of ${dol(Kq)}. The Series A sells Standard Preferred at ${price(ra)} a share, raising ${dol(I)}, and ${n(X)} shares are added to the option pool in connection with it. ${before(C, O, U)} ${POST_SAFE} Working with Fund A’s conversion shares unrounded, Fund B’s shares are its purchase amount divided by its Safe Price, rounded down to a whole share. How many shares does Fund B receive?`,
      show: shares,
      figures: { C, O, U, X, Kp, Pp, Kq, Pq, PA, I },
      key: got(CC),
      wrong: [
        [got(grossed(E0, sq)), 'leaves Fund A’s SAFE out of the capitalization'],
        [down(div(Pq, ra)), 'converts at the Series A price'],
        [got(add(E0, preShares(E0 + X))), 'leaves Fund B’s own SAFE out of the capitalization'],
        [
          got(grossed(add(E0 + X, preShares(E0 + X)), sq)),
          'counts the round’s pool increase in Fund B’s capitalization',
        ],
        [
          got(grossed(add(E0, preShares(E0 + X), NA), sq)),
          'counts the Series A shares in the capitalization',
        ],
        [got(add(CC, X, NA)), 'applies its cap percentage to the shares after the round'],
      ],
    }
  }),
]
