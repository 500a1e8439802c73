import { MONTH_NAMES as MONTHS } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  CENTS,
  div,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  pct2,
  plain,
  rest,
  sub,
  usd,
} from './vcp-text.js'

// Anti-dilution and vesting. The slips are a narrow base for a broad one or the reverse, the
// ungranted pool or the new shares counted in A, the options left out of it, a full ratchet for a
// weighted average or none at all, the extra conversion shares confused with the total, a note’s
// shares counted without its consideration; the cliff ignored or read as a year’s delay, vesting
// taken by whole years, a partial month counted, vesting run from the wrong date or through the
// exercise window, acceleration on the whole grant or on the wrong base, a repurchase at fair value
// or of the vested shares, and exercised, granted, forfeited or repurchased shares counted the wrong
// way in the shares outstanding.

const money = usd(2)
const price4 = (x: Fraction): string => `$${fixed(x, 4)}`
const FOUR = 'to four decimal places (a half rounded up)'
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
const shares = plain(0, 'shares')
const options = plain(0, 'options')
/** A price drawn in ten-thousandths of a dollar, and as a stem writes it. */
const px = (t: number): Fraction => frac(t, 10000)
const pxText = (t: number): string => `$${fixed(px(t), 4)}`
/** Cents as a stem writes them. */
const cents = (c: number): string => `$${fixed(frac(c, 100), 2)}`
/** `x ≥ 0` rounded down to a whole number. */
const floor = (x: Fraction): Fraction => frac(x.n / x.d)
/** `x ≥ 0` rounded half up to four places. */
const round4 = (x: Fraction): Fraction => frac((x.n * 20000n + x.d) / (2n * x.d), 10000)
/** `x` as a plain number, for the draw's own comparisons (never shown). */
const num = (x: Fraction): number => Number(x.n) / Number(x.d)

/**
 * The broad-based or narrow-based weighted average: CP2 = CP1 × (A + B) ÷ (A + C), B being the
 * money ÷ CP1 and C the new shares, so CP2 = (A × CP1 + money) ÷ (A + C); rounded to four places.
 */
const weighted = (cp1: Fraction, a: number, money: Fraction, c: number): Fraction =>
  round4(div(add(mul(a, cp1), money), a + c))
/** Common shares a holding of `s` preferred bought at `oip` converts into at `cp`, rounded down. */
const converts = (s: number, oip: Fraction, cp: Fraction): Fraction => floor(div(mul(s, oip), cp))

/** The charter sentence of the weighted-average formula and its roundings. */
const FORMULA =
  'CP2 = CP1 × (A + B) ÷ (A + C), where CP1 is the conversion price before the issue, B is the new money divided by CP1 and C is the number of new shares issued; CP2 is rounded to four decimal places (a half rounded up)'
const CONVERTS =
  'each holding of preferred converts into its original issue price times its shares divided by the conversion price, rounded down to a whole share'

/** A calendar date, its month counted from year 0, as a stem writes it. */
interface Day {
  readonly m: number
  readonly d: number
}
const on = (y: number, month: number, d: number): Day => ({ m: y * 12 + month - 1, d })
const dateText = ({ m, d }: Day): string => `${MONTHS[m % 12]} ${d}, ${Math.floor(m / 12)}`
/** The same day `k` months later, moved `e` days on (the day stays within 1–28). */
const later = ({ m, d }: Day, k: number, e = 0): Day => ({ m: m + k, d: d + e })
/** Whole months completed from `a` to `b`. */
const monthsFrom = (a: Day, b: Day): number => b.m - a.m - (b.d < a.d ? 1 : 0)
/** `k` days after a date, as a Day (through the calendar). */
function daysAfter({ m, d }: Day, k: number): Day {
  const t = new Date(Date.UTC(Math.floor(m / 12), m % 12, d + k))
  return on(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())
}
/** A date as figures for the key test: `{ vy, vm, vd }`. */
const fig = (k: string, { m, d }: Day): Record<string, number> => ({
  [`${k}y`]: Math.floor(m / 12),
  [`${k}m`]: (m % 12) + 1,
  [`${k}d`]: d,
})
/** A vesting commencement date from 2021 to 2023, on day 1–14 of its month. */
const drawStart = (rng: { int: (a: number, b: number) => number }): Day =>
  on(rng.int(2021, 2023), rng.int(1, 12), rng.int(1, 14))

/** Four-year monthly vesting with a one-year cliff: grant × months ÷ 48, rounded down. */
const vested = (g: number, months: number): Fraction =>
  months < 12 ? frac(0) : floor(frac(g * Math.min(months, 48), 48))
const SCHEDULE =
  'over four years from the vesting commencement date with a one-year cliff: nothing vests before the first anniversary; from then on the vested number is the grant × whole months completed ÷ 48, rounded down to a whole share (25% at the cliff, then 1/48 a month)'
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** A whole number of months before the year's end, from 13 to `high`, refusing whole years. */
function monthsPast(rng: { int: (a: number, b: number) => number }, low: number, high: number) {
  const m = rng.int(low, high)
  if (m % 12 === 0) rest()
  return m
}

export const PROTECT_FAMILIES: ScenarioFamily[] = [
  apart('broad-based-weighted-average-conversion-price-after-a-down-round', (rng) => {
    const Co = rng.int(500, 900) * 10000
    const Ss = rng.int(100, 200) * 10000
    const SA = rng.int(200, 400) * 10000
    const Op = rng.int(80, 200) * 10000
    const U = rng.int(50, 150) * 10000
    const N = rng.int(150, 500) * 10000
    const pA = rng.int(10000, 30000)
    const pB = rng.int(Math.ceil(pA * 0.45), Math.floor(pA * 0.85))
    const cp1 = px(pA)
    const M = mul(N, px(pB))
    const A = Co + Ss + SA + Op
    const cp = (a: number) => weighted(cp1, a, M, N)
    return {
      stem: `A start-up’s Series A (${n(SA)} shares, original issue price and conversion price ${pxText(pA)}) has broad-based weighted-average anti-dilution protection. It now sells ${n(N)} Series B shares at ${pxText(pB)}. Before the issue it has ${n(Co)} common shares, ${n(Ss)} Series Seed shares (each convertible into one common share), the ${n(SA)} Series A shares, ${n(Op)} options outstanding and an ungranted pool of ${n(U)} shares. As the charter states, ${FORMULA}; A counts the common outstanding, all preferred as converted and the options outstanding, but not the ungranted pool. What is the Series A’s new conversion price, ${FOUR}?`,
      show: price4,
      figures: { Co, Ss, SA, Op, U, N, pA, pB },
      key: cp(A),
      wrong: [
        [cp(Ss + SA), 'counts only the preferred in A (a narrow base)'],
        [px(pB), 'takes the new price (a full ratchet)'],
        [cp(Co + Ss + SA), 'leaves the outstanding options out of A'],
        [cp(A + U), 'counts the ungranted pool in A'],
        [cp(A + N), 'counts the new Series B shares in A'],
        [cp(A + N + U), 'takes A as the fully diluted count after the round'],
      ],
    }
  }),
  apart('narrow-based-weighted-average-extra-conversion-shares', (rng) => {
    const Co = rng.int(500, 900) * 10000
    const Ss = rng.int(100, 200) * 10000
    const SA = rng.int(200, 400) * 10000
    const Op = rng.int(80, 200) * 10000
    const N = rng.int(150, 500) * 10000
    const pA = rng.int(10000, 30000)
    const pB = rng.int(Math.ceil(pA * 0.45), Math.floor(pA * 0.85))
    const cp1 = px(pA)
    const M = mul(N, px(pB))
    const extra = (cp: Fraction) => sub(converts(SA, cp1, cp), SA)
    const cp = (a: number) => weighted(cp1, a, M, N)
    const narrow = cp(Ss + SA)
    return {
      stem: `A start-up’s Series A (${n(SA)} shares, original issue price and conversion price ${pxText(pA)}) has narrow-based weighted-average anti-dilution protection. It now sells ${n(N)} Series B shares at ${pxText(pB)}. Before the issue it has ${n(Co)} common shares, ${n(Ss)} Series Seed shares, the ${n(SA)} Series A shares and ${n(Op)} options outstanding. As the charter states, ${FORMULA}; A counts only the preferred outstanding (Seed and Series A, as converted). Then ${CONVERTS}. How many more common shares does the Series A now convert into than before?`,
      show: shares,
      figures: { Co, Ss, SA, Op, N, pA, pB },
      key: extra(narrow),
      wrong: [
        [extra(px(pB)), 'converts at the new price (a full ratchet)'],
        [extra(cp(SA)), 'counts only the Series A in A'],
        [extra(cp(Ss)), 'leaves the Series A’s own shares out of A'],
        [extra(cp(Co + Ss + SA + Op)), 'uses the broad base'],
        [floor(mul(SA, sub(1, div(narrow, cp1)))), 'takes the fall in price over the old price'],
        [extra(cp(Ss + SA + N)), 'counts the new Series B shares in A'],
      ],
    }
  }),
  apart('series-a-fully-diluted-ownership-after-a-full-ratchet', (rng) => {
    const Co = rng.int(500, 900) * 10000
    const Op = rng.int(80, 200) * 10000
    const U = rng.int(50, 150) * 10000
    const SA = rng.int(200, 400) * 10000
    const N = rng.int(150, 400) * 10000
    const pA = rng.int(10000, 30000)
    const pB = rng.int(Math.ceil(pA * 0.45), Math.floor(pA * 0.85))
    const cp1 = px(pA)
    const M = mul(N, px(pB))
    const rest0 = Co + Op + U
    const own = (a: Fraction, base: Fraction | number) => div(a, base)
    const ratchet = converts(SA, cp1, px(pB))
    const after = (a: Fraction) => add(rest0 + N, a)
    const wa = (base: number) => converts(SA, cp1, weighted(cp1, base, M, N))
    return {
      stem: `A start-up’s Series A (${n(SA)} shares, original issue price and conversion price ${pxText(pA)}) has full-ratchet anti-dilution protection: on any issue below its conversion price, the conversion price falls to the new price. It now sells ${n(N)} Series B shares at ${pxText(pB)}, each convertible into one common share. Before the issue there are ${n(Co)} common shares, ${n(Op)} options outstanding and an ungranted pool of ${n(U)} shares. ${CONVERTS[0]!.toUpperCase()}${CONVERTS.slice(1)}. What share of the company does the Series A hold after the round, fully diluted (common, options outstanding, the pool and all preferred as converted), ${PCT2}?`,
      show: pct2,
      figures: { Co, Op, U, SA, N, pA, pB },
      key: own(ratchet, after(ratchet)),
      wrong: [
        [own(frac(SA), after(frac(SA))), 'leaves out the adjustment'],
        [own(wa(Co + Op + SA), after(wa(Co + Op + SA))), 'applies a broad-based weighted average'],
        [own(wa(SA), after(wa(SA))), 'applies a narrow-based weighted average'],
        [own(ratchet, after(frac(SA))), 'leaves the extra shares out of the total'],
        [own(ratchet, add(rest0, ratchet)), 'leaves the Series B shares out of the total'],
        [own(ratchet, add(Co + Op + N, ratchet)), 'leaves the ungranted pool out of the total'],
      ],
    }
  }),
  apart('founder-fully-diluted-ownership-after-a-broad-based-adjustment', (rng) => {
    const Co = rng.int(500, 900) * 10000
    const Ff = Math.round((Co * rng.int(40, 70)) / 1000000) * 10000
    const Op = rng.int(80, 200) * 10000
    const U = rng.int(50, 150) * 10000
    const SA = rng.int(200, 400) * 10000
    const N = rng.int(150, 400) * 10000
    const pA = rng.int(10000, 30000)
    const pB = rng.int(Math.ceil(pA * 0.4), Math.floor(pA * 0.7))
    const cp1 = px(pA)
    const M = mul(N, px(pB))
    const conv = (a: number) => converts(SA, cp1, weighted(cp1, a, M, N))
    const total = (a: Fraction, pool = U, opts = Op) => add(Co + opts + pool + N, a)
    const own = (base: Fraction) => div(Ff, base)
    const key = conv(Co + Op + SA)
    return {
      stem: `A founder holds ${n(Ff)} of a start-up’s ${n(Co)} common shares. There are also ${n(Op)} options outstanding, an ungranted pool of ${n(U)} shares and ${n(SA)} Series A shares (original issue price and conversion price ${pxText(pA)}) with broad-based weighted-average anti-dilution protection. The company now sells ${n(N)} Series B shares at ${pxText(pB)}, each convertible into one common share. As the charter states, ${FORMULA}; A counts the common outstanding, the preferred as converted and the options outstanding, but not the pool. Then ${CONVERTS}. What share of the company does the founder hold after the round, fully diluted (common, options outstanding, the pool and all preferred as converted), ${PCT2}?`,
      show: pct2,
      figures: { Co, Ff, Op, U, SA, N, pA, pB },
      key: own(total(key)),
      wrong: [
        [own(total(frac(SA))), 'leaves out the adjustment'],
        [own(total(key, 0)), 'leaves the ungranted pool out of the total'],
        [own(total(key, U, 0)), 'leaves the options out of the total'],
        [own(total(converts(SA, cp1, px(pB)))), 'applies a full ratchet'],
        [own(total(conv(SA))), 'applies a narrow base'],
        [own(total(add(key, SA))), 'adds the conversion shares to the Series A shares'],
      ],
    }
  }),
  apart('broad-based-conversion-shares-when-a-note-converts-in-the-round', (rng) => {
    const Co = rng.int(500, 900) * 10000
    const SA = rng.int(200, 400) * 10000
    const Op = rng.int(80, 200) * 10000
    const U = rng.int(50, 150) * 10000
    const Nc = rng.int(150, 400) * 10000
    const pA = rng.int(10000, 30000)
    const pB = rng.int(Math.ceil(pA * 0.55), Math.floor(pA * 0.9))
    const d = rng.pick([15, 20, 25])
    const Q = rng.int(50, 200) * 10000
    const pd = mul(px(pB), frac(100 - d, 100))
    const Nn = Number(floor(div(Q, pd)).n)
    const cp1 = px(pA)
    const A = Co + SA + Op
    const cash = mul(Nc, px(pB))
    const conv = (cp: Fraction) => converts(SA, cp1, cp)
    const wa = (a: number, money: Fraction, c: number) => conv(weighted(cp1, a, money, c))
    return {
      stem: `A start-up’s Series A (${n(SA)} shares, original issue price and conversion price ${pxText(pA)}) has broad-based weighted-average anti-dilution protection. In its Series B, investors buy ${n(Nc)} shares for cash at ${pxText(pB)}, and a convertible note’s principal and interest of $${n(Q)} converts at a ${d}% discount into ${n(Nn)} Series B shares. Before the round there are ${n(Co)} common shares, the ${n(SA)} Series A shares, ${n(Op)} options outstanding and an ungranted pool of ${n(U)} shares. As the charter states, ${FORMULA}; the new money counts all consideration received, the cash and the note amount cancelled, and C all the new shares; A counts the common outstanding, the preferred as converted and the options outstanding, not the pool. Then ${CONVERTS}. How many common shares does the Series A now convert into?`,
      show: shares,
      figures: { Co, SA, Op, U, Nc, pA, pB, d, Q, Nn },
      key: wa(A, add(cash, Q), Nc + Nn),
      wrong: [
        [wa(A, cash, Nc), 'leaves the note out of the formula'],
        [wa(A + U, add(cash, Q), Nc + Nn), 'counts the ungranted pool in A'],
        [wa(A + Nc + Nn, add(cash, Q), Nc + Nn), 'counts the new shares in A'],
        [wa(A, cash, Nc + Nn), 'counts the note’s shares but not its amount'],
        [wa(SA, add(cash, Q), Nc + Nn), 'counts only the Series A in A (a narrow base)'],
        [conv(px(pB)), 'converts at the Series B price (a full ratchet)'],
      ],
    }
  }),
  apart('most-new-shares-a-round-can-issue-above-a-conversion-price-floor', (rng) => {
    const Co = rng.int(500, 900) * 10000
    const Ss = rng.int(100, 200) * 10000
    const SA = rng.int(200, 400) * 10000
    const Op = rng.int(80, 200) * 10000
    const U = rng.int(50, 150) * 10000
    const pA = rng.int(10000, 30000)
    const fl = rng.int(Math.ceil(pA * 0.88), Math.floor(pA * 0.96))
    const M = rng.int(30, 120) * 100000
    const cp1 = px(pA)
    const Ft = px(fl)
    const A = Co + Ss + SA + Op
    // CP1 × (A + M ÷ CP1) ÷ (A + C) = Ft, so C = (A × CP1 + M) ÷ Ft − A.
    const most = (a: number, b: Fraction = div(M, cp1)) =>
      floor(sub(div(mul(cp1, add(a, b)), Ft), a))
    return {
      stem: `A start-up wants to raise $${n(M)} in a Series B at a price below its Series A conversion price of ${pxText(pA)}. The Series A investors will accept the round only if their conversion price stays at or above ${pxText(fl)} under their broad-based weighted-average protection: ${FORMULA.replace(/; CP2 is rounded.*$/, '')}, CP2 here taken exactly, without rounding. Before the round there are ${n(Co)} common shares, ${n(Ss)} Series Seed shares and ${n(SA)} Series A shares (each convertible into one common share), ${n(Op)} options outstanding and an ungranted pool of ${n(U)} shares; A counts the common outstanding, all preferred as converted and the options outstanding, not the pool. What is the largest number of Series B shares the round can issue for the $${n(M)}, rounded down to a whole share?`,
      show: shares,
      figures: { Co, Ss, SA, Op, U, pA, fl, M },
      key: most(A),
      wrong: [
        [most(Ss + SA), 'counts only the preferred in A (a narrow base)'],
        [floor(div(M, Ft)), 'prices the new shares at the floor (a full ratchet)'],
        [most(Co + Ss + SA), 'leaves the outstanding options out of A'],
        [most(A + U), 'counts the ungranted pool in A'],
        [most(A, div(M, Ft)), 'works B at the floor price instead of CP1'],
        [
          floor(div(add(mul(A, sub(cp1, Ft)), M), sub(mul(2, Ft), cp1))),
          'counts the new shares in A as well as in C',
        ],
      ],
    }
  }),
  apart('conversion-price-after-two-successive-down-rounds', (rng) => {
    const Co = rng.int(500, 900) * 10000
    const SA = rng.int(200, 400) * 10000
    const Op = rng.int(80, 200) * 10000
    const U = rng.int(50, 150) * 10000
    const N1 = rng.int(150, 400) * 10000
    const N2 = rng.int(150, 400) * 10000
    const pA = rng.int(15000, 30000)
    const p1 = rng.int(Math.ceil(pA * 0.6), Math.floor(pA * 0.85))
    const cp1 = px(pA)
    const M1 = mul(N1, px(p1))
    const cp2 = weighted(cp1, Co + SA + Op, M1, N1)
    const p2 = rng.int(Math.ceil(num(cp2) * 10000 * 0.55), Math.floor(num(cp2) * 10000 * 0.85))
    const M2 = mul(N2, px(p2))
    const conv2 = converts(SA, cp1, cp2)
    const A2 = add(Co + Op + N1, conv2)
    const second = (from: Fraction, a: Fraction | number) =>
      round4(div(add(mul(a, from), M2), add(a, N2)))
    return {
      stem: `A start-up’s Series A (${n(SA)} shares, original issue price and conversion price ${pxText(pA)}) has broad-based weighted-average anti-dilution protection. As the charter states, ${FORMULA}; A counts the common outstanding, the options outstanding and all preferred as converted at its conversion price at that time, not the ungranted pool; ${CONVERTS}. Before its Series B there were ${n(Co)} common shares, the Series A, ${n(Op)} options outstanding and an ungranted pool of ${n(U)} shares. The Series B sold ${n(N1)} shares at ${pxText(p1)} (each convertible into one common share); a year later, with no other changes, the Series C sells ${n(N2)} shares at ${pxText(p2)}. What is the Series A’s conversion price after the Series C, ${FOUR}?`,
      show: price4,
      figures: { Co, SA, Op, U, N1, N2, pA, p1, p2 },
      key: second(cp2, A2),
      wrong: [
        [px(p2), 'takes the Series C price (a full ratchet)'],
        [second(cp2, SA), 'counts only the Series A in A (a narrow base)'],
        [second(cp2, sub(A2, N1)), 'leaves the Series B shares out of the second A'],
        [second(cp1, A2), 'starts the second adjustment from the original price'],
        [second(cp2, add(A2, U)), 'counts the ungranted pool in A'],
        [second(cp2, add(A2, N2)), 'counts the new Series C shares in A'],
      ],
    }
  }),
  apart('unvested-options-returned-to-the-pool-on-departure', (rng) => {
    const G = rng.int(2000, 12000) * 10
    const start = drawStart(rng)
    const vcd = { m: start.m + rng.int(5, 8), d: rng.int(1, 14) }
    const m = rng.int(14, 40)
    if (m % 12 === 0) rest()
    const last = later(vcd, m, rng.int(1, 13))
    const notice = later(vcd, m - 1, rng.int(1, 13))
    const window = daysAfter(last, 90)
    const left = (k: number) => sub(G, vested(G, k))
    return {
      stem: `An engineer was granted ${n(G)} options; she started work on ${dateText(start)}, and the board set the vesting commencement date at the grant date, ${dateText(vcd)}. The grant vests ${SCHEDULE}. Vesting stops on her last day of employment, and unvested options return to the pool that day; vested options may be exercised within 90 days after it. She gave notice on ${dateText(notice)} and her last day was ${dateText(last)}. How many of her options return to the pool?`,
      show: options,
      figures: { G, ...fig('s', start), ...fig('v', vcd), ...fig('l', last), ...fig('n', notice) },
      key: left(m),
      wrong: [
        [left(monthsFrom(start, last)), 'counts from her start date'],
        [left(monthsFrom(vcd, window)), 'keeps vesting through the exercise window'],
        [left(m + 1), 'counts the part month to her last day'],
        [left(m - 1), 'stops vesting on the day she gave notice'],
        [left(12 * Math.floor(m / 12)), 'vests by whole years after the cliff'],
        [sub(G, floor(frac(G * (m - 12), 48))), 'counts the monthly vesting from the cliff'],
      ],
    }
  }),
  apart('vested-shares-after-double-trigger-acceleration', (rng) => {
    const G = rng.int(2000, 12000) * 10
    const a = rng.pick([25, 50])
    const vcd = drawStart(rng)
    const m1 = rng.int(12, 18)
    const m2 = rng.int(m1 + 2, 23)
    const close = later(vcd, m1, rng.int(1, 13))
    const term = later(vcd, m2, rng.int(1, 13))
    const [v1, v2] = [vested(G, m1), vested(G, m2)]
    const acc = (base: Fraction | number) => floor(mul(base, pc(a)))
    return {
      stem: `A vice president holds ${n(G)} shares of restricted stock that vest ${SCHEDULE}; her vesting commencement date is ${dateText(vcd)}. Her agreement gives double-trigger acceleration: if she is terminated without cause within 12 months after a change of control, ${a}% of her shares still unvested at the termination vest at once (rounded down to a whole share); until then the shares keep vesting on the schedule. The company was acquired on ${dateText(close)}, and she was terminated without cause on ${dateText(term)}. How many of her shares have vested once the termination takes effect?`,
      show: shares,
      figures: { G, a, ...fig('v', vcd), ...fig('c', close), ...fig('t', term) },
      key: add(v2, acc(sub(G, v2))),
      wrong: [
        [add(v2, acc(G)), 'accelerates the percentage of the whole grant'],
        [frac(G), 'accelerates all the unvested shares'],
        [add(v2, acc(sub(G, v1))), 'applies the percentage to the shares unvested at the closing'],
        [v2, 'leaves out the acceleration'],
        [add(v1, acc(sub(G, v1))), 'stops the vesting at the closing'],
        [add(v2, acc(v2)), 'takes the percentage of the vested shares'],
      ],
    }
  }),
  apart('founder-cash-at-closing-with-single-trigger-acceleration', (rng) => {
    const G = rng.int(100, 400) * 10000 + rng.int(1, 99) * 10
    const X = rng.int(150, 900)
    const h = rng.int(10, 15)
    const vcd = drawStart(rng)
    const m = monthsPast(rng, 13, 34)
    const close = later(vcd, m, rng.int(1, 13))
    const net = mul(frac(X, 100), pc(100 - h))
    const pay = (k: Fraction | number) => mul(k, net)
    return {
      stem: `A founder holds ${n(G)} shares of restricted stock that vest ${SCHEDULE}; the vesting commencement date is ${dateText(vcd)}. Her single-trigger acceleration vests, at the closing of a sale of the company, the shares that would have vested had 12 more months been completed. The company is sold on ${dateText(close)} for ${cents(X)} a common share, ${h}% of which is held in escrow for a year; at closing each vested share is paid the price less the escrow in cash, and unvested shares are exchanged for the buyer’s restricted stock. What cash does the founder receive at closing, ${CENTS}?`,
      show: money,
      figures: { G, X, h, ...fig('v', vcd), ...fig('c', close) },
      key: pay(vested(G, m + 12)),
      wrong: [
        [pay(vested(G, m)), 'leaves out the acceleration'],
        [pay(sub(vested(G, m + 12), vested(G, m))), 'pays for the accelerated shares only'],
        [pay(vested(G, 12 * Math.floor(m / 12) + 12)), 'vests by whole years after the cliff'],
        [pay(G), 'accelerates every unvested share'],
        [mul(vested(G, m + 12), frac(X, 100)), 'leaves out the escrow'],
        [pay(vested(G, m + 13)), 'counts the part month before the closing'],
      ],
    }
  }),
  apart('early-exercised-unvested-shares-repurchased-on-departure', (rng) => {
    const G = rng.int(2000, 12000) * 10
    const K = rng.int(20, 150)
    const F = rng.int(K * 2, K * 6)
    const start = drawStart(rng)
    const vcd = { m: start.m + rng.int(5, 8), d: rng.int(1, 14) }
    const m = rng.int(13, 23)
    const last = later(vcd, m, rng.int(1, 13))
    const k = frac(K, 100)
    const unvested = (months: number) => sub(G, vested(G, months))
    return {
      stem: `An employee early-exercised all ${n(G)} options of her grant at the exercise price of ${cents(K)} on the grant date, so she holds ${n(G)} shares, and the company may repurchase those still unvested if she leaves. The shares vest as the options would have: the grant vests ${SCHEDULE}. Her vesting commencement date is ${dateText(vcd)} (she started work on ${dateText(start)}). She leaves on ${dateText(last)}, when the fair market value is ${cents(F)} a share, and the company repurchases every unvested share at the lower of the price she paid and the fair market value. What does the company pay her, ${CENTS}?`,
      show: money,
      figures: { G, K, F, ...fig('s', start), ...fig('v', vcd), ...fig('l', last) },
      key: mul(unvested(m), k),
      wrong: [
        [mul(unvested(m), frac(F, 100)), 'repurchases at the fair market value'],
        [mul(G, k), 'repurchases the whole grant'],
        [mul(unvested(12 * Math.floor(m / 12)), k), 'vests by whole years after the cliff'],
        [mul(unvested(m + 1), k), 'counts the part month to her last day'],
        [mul(vested(G, m), k), 'repurchases the vested shares'],
        [mul(unvested(monthsFrom(start, last)), k), 'counts from her start date'],
      ],
    }
  }),
  apart('spread-on-vested-options-exercised-after-departure', (rng) => {
    const G = rng.int(2000, 12000) * 10
    const K = rng.int(20, 150)
    const F = rng.int(K * 2 + 10, K * 6)
    const vcd = drawStart(rng)
    const m = monthsPast(rng, 13, 46)
    const last = later(vcd, m, rng.int(1, 13))
    const spread = frac(F - K, 100)
    return {
      stem: `An employee holds ${n(G)} options with an exercise price of ${cents(K)}; the grant vests ${SCHEDULE}, and vesting stops on her last day. Her vesting commencement date is ${dateText(vcd)} and her last day is ${dateText(last)}. Within the 90-day window she exercises every vested option, when the fair market value (the latest 409A valuation) is ${cents(F)} a share. What is the spread on the options she exercises (the fair market value less the exercise price, on each), ${CENTS}?`,
      show: money,
      figures: { G, K, F, ...fig('v', vcd), ...fig('l', last) },
      key: mul(vested(G, m), spread),
      wrong: [
        [mul(G, spread), 'takes the spread on the whole grant'],
        [mul(vested(G, m), frac(F, 100)), 'leaves out the exercise price'],
        [mul(vested(G, m + 1), spread), 'counts the part month to her last day'],
        [mul(vested(G, m), frac(K, 100)), 'gives the exercise cost instead of the spread'],
        [mul(vested(G, 12 * Math.floor(m / 12)), spread), 'vests by whole years after the cliff'],
        [mul(floor(frac(G * (m - 12), 48)), spread), 'counts the monthly vesting from the cliff'],
      ],
    }
  }),
  apart('shares-issued-on-a-net-exercise-of-vested-options', (rng) => {
    const G = rng.int(2000, 12000) * 10
    const K = rng.int(20, 150)
    const F = rng.int(K * 2 + 10, K * 6)
    const vcd = drawStart(rng)
    const m = monthsPast(rng, 13, 46)
    const date = later(vcd, m, rng.int(1, 13))
    const issued = (v: Fraction | number) => floor(div(mul(v, F - K), F))
    return {
      stem: `An employee holds ${n(G)} options with an exercise price of ${cents(K)}; the grant vests ${SCHEDULE}. Her vesting commencement date is ${dateText(vcd)}. On ${dateText(date)} she net exercises every option vested by that day, when the fair market value is ${cents(F)} a share: the company withholds enough of the shares, at the fair market value, to pay the exercise price and issues her the rest, rounded down to a whole share. How many shares does she receive?`,
      show: shares,
      figures: { G, K, F, ...fig('v', vcd), ...fig('d', date) },
      key: issued(vested(G, m)),
      wrong: [
        [vested(G, m), 'gives a share for every vested option'],
        [issued(G), 'net exercises the whole grant'],
        [issued(vested(G, m + 1)), 'counts the part month'],
        [floor(div(mul(vested(G, m), K), F)), 'gives the shares withheld'],
        [issued(vested(G, 12 * Math.floor(m / 12))), 'vests by whole years after the cliff'],
        [issued(floor(frac(G * (m - 12), 48))), 'counts the monthly vesting from the cliff'],
      ],
    }
  }),
  apart('vested-options-across-an-initial-grant-and-a-refresh', (rng) => {
    const G1 = rng.int(2000, 12000) * 10
    const G2 = rng.int(1000, 6000) * 10
    const granted = drawStart(rng)
    const vcd = { m: granted.m - rng.int(2, 5), d: rng.int(1, 14) }
    const r = rng.int(24, 36)
    const m = monthsPast(rng, r + 3, Math.min(r + 11, 47))
    const refresh = later(vcd, r)
    const date = later(vcd, m, rng.int(1, 13))
    return {
      stem: `An engineer’s first grant of ${n(G1)} options was approved by the board on ${dateText(granted)}; it vests ${SCHEDULE}, and its vesting commencement date is her start date, ${dateText(vcd)}. On ${dateText(refresh)} she received a refresh grant of ${n(G2)} options that vests on the same schedule from its own grant date (a one-year cliff, then monthly). How many of her options, across both grants, have vested by ${dateText(date)}?`,
      show: options,
      figures: {
        G1,
        G2,
        ...fig('g', granted),
        ...fig('v', vcd),
        ...fig('r', refresh),
        ...fig('d', date),
      },
      key: add(vested(G1, m), vested(G2, m - r)),
      wrong: [
        [add(vested(G1, m), floor(frac(G2 * (m - r), 48))), 'ignores the refresh’s own cliff'],
        [add(vested(G1, m), vested(G2, m)), 'vests the refresh from the first grant’s start'],
        [add(vested(G1, m + 1), vested(G2, m - r + 1)), 'counts the part month'],
        [vested(G1, 12 * Math.floor(m / 12)), 'vests the first grant by whole years'],
        [floor(frac(G1 * (m - 12), 48)), 'counts the first grant’s monthly vesting from the cliff'],
        [vested(G1, monthsFrom(granted, date)), 'counts the first grant from its board grant date'],
      ],
    }
  }),
  apart('common-shares-outstanding-after-a-quarter-of-vesting-events', (rng) => {
    const Co = rng.int(800, 1200) * 10000
    const Op = rng.int(100, 250) * 10000
    const U = rng.int(50, 150) * 10000
    const gA = rng.int(40, 120) * 1000
    const vA = Math.round((gA * rng.int(30, 70)) / 10000) * 100
    const eB = rng.int(20, 80) * 1000
    const fT = rng.int(150, 300) * 10000
    const uF = Math.round((fT * rng.int(30, 70)) / 1000000) * 10000
    const gN = rng.int(30, 100) * 1000
    const xC = rng.int(10, 50) * 1000
    const key = Co + vA + eB - uF + xC
    return {
      stem: `At the start of a quarter a start-up had ${n(Co)} common shares issued and outstanding, ${n(Op)} options outstanding and an ungranted pool of ${n(U)} shares. During the quarter: an engineer left holding ${n(gA)} options, of which ${n(vA)} had vested; she exercised all the vested ones and the rest returned to the pool. A designer early-exercised ${n(eB)} unvested options, so those shares are issued now, subject to repurchase if she leaves before they vest. A co-founder holding ${n(fT)} shares left; the company repurchased his ${n(uF)} unvested shares at cost and retired them. A new hire was granted ${n(gN)} options from the pool, and a product manager exercised ${n(xC)} vested options. How many common shares are issued and outstanding at the end of the quarter?`,
      show: shares,
      figures: { Co, Op, U, gA, vA, eB, fT, uF, gN, xC },
      key: frac(key),
      wrong: [
        [frac(key + gA - vA), 'counts her unvested options as exercised'],
        [frac(key + uF), 'leaves the repurchased shares in'],
        [frac(key + gN), 'counts the new grant as issued shares'],
        [frac(key - eB), 'leaves out the early-exercised unvested shares'],
        [frac(key - vA), 'leaves out the departing engineer’s exercise'],
        [frac(key + uF - fT), 'removes all the co-founder’s shares'],
      ],
    }
  }),
  apart('founder-unvested-shares-repurchased-after-re-vesting-at-the-series-a', (rng) => {
    const Fs = rng.int(200, 500) * 10000 + rng.int(1, 99) * 10
    const c = rng.int(10, 100)
    const fmv = rng.int(50, 300)
    const close = drawStart(rng)
    const founded = { m: close.m - rng.int(8, 24), d: rng.int(1, 14) }
    const t = rng.int(2, 11)
    const leave = later(close, t, rng.int(1, 13))
    // 25% at the closing, then the other 75% over 36 months: Fs × (36 + 3k) ÷ 144.
    const held = (k: number) => floor(frac(Fs * (36 + 3 * k), 144))
    const back = (k: number) => sub(Fs, held(k))
    return {
      stem: `At a start-up’s Series A closing on ${dateText(close)}, a founder’s ${n(Fs)} common shares (bought at ${pxText(c)} a share when the company was founded on ${dateText(founded)}) were put under a re-vesting agreement with no cliff: 25% vested at the closing for time already served, and the other 75% vest in 36 equal monthly instalments, on each monthly anniversary of the closing; the vested number is rounded down to a whole share. He leaves on ${dateText(leave)}, when the fair market value is ${cents(fmv)} a share, and the company repurchases all his unvested shares at the price he paid. What does the company pay him, ${CENTS}?`,
      show: money,
      figures: { Fs, c, fmv, ...fig('c', close), ...fig('f', founded), ...fig('l', leave) },
      key: mul(back(t), px(c)),
      wrong: [
        [mul(sub(Fs, floor(frac(Fs * t, 48))), px(c)), 'ignores the credit for time served'],
        [
          mul(sub(Fs, floor(frac(Fs * (48 + 3 * t), 192))), px(c)),
          'spreads the 75% over 48 months',
        ],
        [mul(back(t), frac(fmv, 100)), 'repurchases at the fair market value'],
        [mul(back(t + 1), px(c)), 'counts the part month'],
        [
          mul(back(t + monthsFrom(founded, close)), px(c)),
          'counts the 36 months from the founding',
        ],
        [mul(held(t), px(c)), 'pays for the vested shares'],
        [
          mul(sub(Fs, floor(frac(Fs, 4))), px(c)),
          'applies a one-year cliff to the monthly vesting',
        ],
      ],
    }
  }),
  apart('vested-shares-under-a-back-loaded-vesting-schedule', (rng) => {
    const G = rng.int(2000, 12000) * 10
    const vcd = drawStart(rng)
    const m = monthsPast(rng, 13, 47)
    const date = later(vcd, m, rng.int(1, 13))
    const YEAR = [10, 20, 30, 40]
    const SO_FAR = [0, 10, 30, 60, 100]
    const y = Math.floor(m / 12)
    /** Percent vested after `k` whole months (k from 12). */
    const pctAt = (k: number): Fraction =>
      k >= 48
        ? frac(100)
        : add(SO_FAR[Math.floor(k / 12)]!, mul(YEAR[Math.floor(k / 12)]!, frac(k % 12, 12)))
    const of = (p: Fraction) => floor(mul(G, p, frac(1, 100)))
    return {
      stem: `A start-up grants an executive ${n(G)} restricted stock units on a back-loaded schedule from the vesting commencement date, ${dateText(vcd)}: nothing vests before the first anniversary, when 10% vests; then each later year’s share (20% in year two, 30% in year three, 40% in year four) vests in 12 equal monthly instalments on the monthly anniversaries, and the vested number is rounded down to a whole unit. How many units have vested by ${dateText(date)}?`,
      show: plain(0, 'units'),
      figures: { G, ...fig('v', vcd), ...fig('d', date) },
      key: of(pctAt(m)),
      wrong: [
        [vested(G, m), 'vests evenly, 25% a year'],
        [of(pctAt(m + 1)), 'counts the part month'],
        [of(frac(SO_FAR[y + 1]!)), 'vests the whole of the current year’s share'],
        [of(frac(SO_FAR[y]!)), 'vests by whole years'],
        [of(frac(10 * m, 12)), 'uses the first year’s 10% a year throughout'],
        [of(sub(pctAt(m), 10)), 'leaves out the 10% that vests at the cliff'],
      ],
    }
  }),
]
