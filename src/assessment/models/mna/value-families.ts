import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  balanced,
  CENTS,
  div,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  pct2,
  power,
  rest,
  sub,
  usd,
} from './mna-text.js'

// Valuation for a deal. The slips are a bridge item left out, signed the wrong way or counted
// twice (cash left out or deducted as debt, associates left out or deducted, preferred stock or
// non-controlling interests left in the common equity, an undrawn revolver, operating leases or a
// pension before tax counted as debt, restricted cash deducted, notes at book value), the wrong
// share count (basic for diluted, options gross with no buyback, an out-of-the-money tranche
// netted, the treasury method run at the unaffected price, RSUs or a convertible left out, PSUs at
// maximum, a net-settled convertible counted as fully converted), the wrong earnings base (the
// fiscal year, the year to date, an annualised stub, operating income without D&A, a one-off gain
// left in, add-backs the policy excludes), the wrong peer set or statistic (a bid-inflated or
// distressed comparable kept in, the mean for the median, a group multiple for the parts), the
// wrong premium base (the post-leak price, a 52-week high or low, a VWAP, the offer price) and
// the wrong discounting (a terminal value undiscounted or discounted a year too few or too many,
// with the wrong factor, without growth, or at the WACC without deducting g).

const M1 = 'in millions of dollars to one decimal place (a half rounded up)'
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
const X2 = 'as a multiple to two decimal places (a half rounded up)'
const SH3 = 'in millions of shares to three decimal places (a half rounded up)'
/** An answer in millions of dollars. */
const millions = (x: Fraction): string => `$${fixed(x, 1)} million`
/** A price per share. */
const perShare = usd(2)
/** A multiple of EBITDA. */
const times = (x: Fraction): string => `${fixed(x, 2)}x`
/** A share count in millions. */
const shares = (x: Fraction): string => `${fixed(x, 3)} million shares`
/** An amount drawn in tenths of a million dollars, as millions, and as a stem writes it. */
const tm = (t: number): Fraction => frac(t, 10)
const mText = (t: number): string => `$${fixed(tm(t), 1)} million`
/** A price drawn in cents, as dollars, and as a stem writes it. */
const ct = (c: number): Fraction => frac(c, 100)
const pText = (c: number): string => `$${fixed(ct(c), 2)}`
/** A share count drawn in thousands, as millions, and as a stem writes it. */
const ks = (k: number): Fraction => frac(k, 1000)
const sText = (k: number): string => `${fixed(ks(k), 3)} million`
/** A rate drawn in tenths of a percent, and as a stem writes it. */
const tp = (t: number): Fraction => frac(t, 1000)
const tpText = (t: number): string => `${fixed(frac(t, 10), 1)}%`
/** A multiple drawn in tenths, and as a stem writes it. */
const mx = (t: number): Fraction => frac(t, 10)
const mxText = (t: number): string => `${fixed(mx(t), 1)}x`
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** `x` scaled by a drawn percentage from `low` to `high`, to a whole number. */
const part = (rng: Rng, x: number, low: number, high: number): number =>
  Math.round((x * rng.int(Math.round(low * 10), Math.round(high * 10))) / 1000)
/** The sum of whole numbers. */
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
/** The median of whole numbers, exactly. */
function median(xs: readonly number[]): Fraction {
  const s = [...xs].sort((a, b) => a - b)
  const h = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? frac(s[h]!) : frac(s[h - 1]! + s[h]!, 2)
}
/** `x` rounded half up to four places, as a stated discount factor. */
const round4 = (x: Fraction): Fraction => frac((2n * x.n * 10000n + x.d) / (2n * x.d), 10000)
/** ⌊√v⌋ for a whole v ≥ 0, by Newton's method. */
function isqrt(v: bigint): bigint {
  if (v < 2n) return v
  let y = v
  let z = (v + 1n) / 2n
  while (z < y) {
    y = z
    z = (v / z + z) / 2n
  }
  return y
}
/** √x rounded half up to four places, exactly: the m with (2m − 1)² ≤ 4x·10⁸ < (2m + 1)². */
const root4 = (x: Fraction): Fraction =>
  frac((isqrt((4n * x.n * 10n ** 8n) / x.d) + 1n) / 2n, 10000)
/** A factor written as a stem states it. */
const fText = (t: number): string => fixed(frac(t, 10000), 4)

const below = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d

const PEERS = ['Alder', 'Brisk', 'Corvid', 'Dunmore', 'Elkhorn', 'Fenwick'] as const
const DEALS = [
  'Quill Systems (2021)',
  'Bexley Tools (2022)',
  'Marrow Labs (2022)',
  'Tolland Group (2023)',
  'Vance Metrics (2024)',
  'Orrin Data (2025)',
] as const
const MONTHS = ['January', 'February', 'March', 'April', 'May'] as const

export const VALUE_FAMILIES: ScenarioFamily[] = [
  apart('equity-value-from-enterprise-value-through-the-bridge', (rng) => {
    const EV = rng.int(20000, 90000)
    const D = part(rng, EV, 15, 35)
    const C = part(rng, EV, 3, 10)
    const P = part(rng, EV, 2, 6)
    const M = part(rng, EV, 2, 6)
    const A = part(rng, EV, 2, 6)
    const eq = EV - D + C - P - M + A
    return balanced({
      stem: `A buyer’s DCF gives a target an enterprise value of ${mText(EV)}. The target’s latest balance sheet shows total debt of ${mText(D)}, cash and cash equivalents of ${mText(C)}, preferred stock of ${mText(P)} (not convertible, redeemed at that amount in the deal), non-controlling interests of ${mText(M)} in subsidiaries it consolidates, and equity-method investments in associates of ${mText(A)}. The DCF values the consolidated free cash flows (all of each consolidated subsidiary, none of the associates’ earnings), and the book amounts stand in for market values. What equity value for the common shareholders does the enterprise value imply, ${M1}?`,
      show: millions,
      figures: { EV, D, C, P, M, A },
      key: tm(eq),
      wrong: [
        [tm(eq - C), 'leaves out the cash'],
        [tm(eq - 2 * C), 'deducts the cash as if it were debt'],
        [tm(eq - A), 'leaves out the associates'],
        [tm(eq - 2 * A), 'deducts the associates as a claim'],
        [tm(eq + P), 'leaves the preferred stock in the common equity'],
        [tm(eq + M), 'leaves out the non-controlling interests'],
        [tm(eq + P + M), 'deducts only the net debt'],
      ],
    })
  }),
  apart('enterprise-value-from-the-share-price-and-diluted-shares', (rng) => {
    const Pc = rng.int(1500, 12000)
    const B = rng.int(40000, 200000)
    const Nd = part(rng, B, 1, 5)
    const E0 = Math.round((Pc * B) / 10000)
    const D = part(rng, E0, 15, 50)
    const Pf = part(rng, E0, 2, 6)
    const M = part(rng, E0, 2, 6)
    const C = part(rng, E0, 3, 12)
    const A = part(rng, E0, 2, 6)
    const eqv = (k: number) => mul(ct(Pc), ks(k))
    const ev = (k: number, others: number) => add(eqv(k), tm(others))
    const net = D + Pf + M - C - A
    return balanced({
      stem: `A target’s shares closed at ${pText(Pc)}. It has ${sText(B)} basic shares outstanding, and its in-the-money options and RSUs add ${sText(Nd)} net shares by the treasury stock method at that price. Its balance sheet shows total debt of ${mText(D)}, preferred stock of ${mText(Pf)}, non-controlling interests of ${mText(M)}, cash of ${mText(C)} and equity-method investments in associates of ${mText(A)}; book amounts stand in for market values. The buyer measures enterprise value on the consolidated business without the associates, to compare with consolidated EBITDA. What is the target’s enterprise value, ${M1}?`,
      show: millions,
      figures: { Pc, B, Nd, D, Pf, M, C, A },
      key: ev(B + Nd, net),
      wrong: [
        [ev(B, net), 'values the equity on the basic shares'],
        [ev(B + Nd, net - M), 'leaves out the non-controlling interests'],
        [ev(B + Nd, net - Pf), 'leaves out the preferred stock'],
        [ev(B + Nd, net + 2 * C), 'adds the cash instead of deducting it'],
        [ev(B + Nd, net + A), 'leaves the associates in'],
        [ev(B + Nd, net + 2 * A), 'adds the associates'],
      ],
    })
  }),
  apart('diluted-shares-by-the-treasury-stock-method-at-the-offer-price', (rng) => {
    const U = rng.int(2000, 8000)
    const O = part(rng, U, 120, 145)
    const B = rng.int(30000, 150000)
    const n1 = part(rng, B, 1, 3)
    const K1 = part(rng, U, 40, 70)
    const n2 = part(rng, B, 1, 3)
    const K2 = part(rng, U, 75, 95)
    const n3 = part(rng, B, 0.5, 2)
    const K3 = rng.int(Math.ceil(U * 1.02), Math.floor(O * 0.95))
    const n4 = part(rng, B, 0.5, 2)
    const K4 = part(rng, O, 105, 130)
    const R = part(rng, B, 0.5, 2)
    const Pt = part(rng, B, 0.3, 1)
    const F = rng.int(500, 4000)
    const CP = part(rng, U, 70, 90)
    // Net new shares of a tranche by the treasury method at a price: n × (1 − K ÷ price).
    const tsm = (k: number, K: number, p: number) => mul(ks(k), sub(1, div(K, p)))
    // The notes as converted: face ÷ conversion price, in millions of shares.
    const conv = div(tm(F), ct(CP))
    const itm = add(tsm(n1, K1, O), tsm(n2, K2, O), tsm(n3, K3, O))
    const others = add(ks(B + R + Pt), conv)
    const key = add(others, itm)
    return balanced({
      stem: `A buyer offers ${pText(O)} per share for a target whose unaffected price was ${pText(U)}. The target has ${sText(B)} basic shares; options over ${sText(n1)} shares at ${pText(K1)}, ${sText(n2)} at ${pText(K2)}, ${sText(n3)} at ${pText(K3)} and ${sText(n4)} at ${pText(K4)}; ${sText(R)} RSUs; PSUs over ${sText(Pt)} shares at target (they can vest at up to 200 % of target, but the merger agreement converts them at target); and ${mText(F)} of convertible notes that convert at ${pText(CP)} per share. Every award vests on the change of control. Count options by the treasury stock method at the offer price (only tranches whose strike is below the offer price, with the exercise proceeds buying back shares at the offer price), RSUs and PSUs as shares, and the notes as converted (if-converted). How many fully diluted shares does the offer buy, ${SH3}?`,
      show: shares,
      figures: { U, O, B, n1, K1, n2, K2, n3, K3, n4, K4, R, Pt, F, CP },
      key,
      wrong: [
        [add(others, ks(n1 + n2 + n3)), 'counts the in-the-money options gross, with no buyback'],
        [add(others, ks(n1 + n2 + n3 + n4)), 'counts every tranche gross'],
        [add(key, ks(Pt)), 'counts the PSUs at their maximum'],
        [sub(key, ks(R)), 'leaves out the RSUs'],
        [add(key, tsm(n4, K4, O)), 'nets the out-of-the-money tranche too'],
        [
          add(others, tsm(n1, K1, U), tsm(n2, K2, U)),
          'tests and nets the options at the unaffected price',
        ],
        [sub(key, conv), 'leaves out the convertible notes'],
      ],
    })
  }),
  apart('implied-share-price-from-the-median-trading-multiple', (rng) => {
    const five = [...new Set(Array.from({ length: 5 }, () => rng.int(60, 140)))]
    if (five.length < 5) rest()
    const x = rng.int(0, 5)
    const top = Math.max(...five) + rng.int(15, 40)
    const m = [...five.slice(0, x), top, ...five.slice(x)]
    const E = rng.int(1500, 8000)
    const EV0 = Number((median(five).n * BigInt(E)) / (10n * median(five).d))
    const D = part(rng, EV0, 20, 40)
    const C = part(rng, EV0, 3, 10)
    const P = part(rng, EV0, 2, 5)
    const M = part(rng, EV0, 1, 4)
    const A = part(rng, EV0, 2, 5)
    const Sd = rng.int(30000, 150000)
    const Sb = part(rng, Sd, 93, 98)
    const price = (mult: Fraction, claims: number, k: number) =>
      div(add(mul(mult, tm(E)), tm(claims)), ks(k))
    const med = div(median(five), 10)
    const bridge = -D + C - P - M + A
    const list = m.map((v, i) => `${PEERS[i]} ${mxText(v)}`).join(', ')
    return balanced({
      stem: `Six listed peers trade at these multiples of enterprise value to LTM EBITDA: ${list}. ${PEERS[x]} is the subject of a pending takeover bid and its price reflects it, so it is left out of the peer set. The target’s LTM EBITDA is ${mText(E)}; it has total debt of ${mText(D)}, cash of ${mText(C)}, preferred stock of ${mText(P)}, non-controlling interests of ${mText(M)} and equity-method investments in associates of ${mText(A)} (book amounts stand in for market values; the peers’ multiples are on consolidated EBITDA without associates), and ${sText(Sd)} diluted shares (${sText(Sb)} basic). Applying the peer set’s median multiple to the target’s LTM EBITDA and bridging to equity, what price per diluted share is implied, ${CENTS}?`,
      show: perShare,
      figures: {
        m0: m[0]!,
        m1: m[1]!,
        m2: m[2]!,
        m3: m[3]!,
        m4: m[4]!,
        m5: m[5]!,
        x,
        E,
        D,
        C,
        P,
        M,
        A,
        Sd,
        Sb,
      },
      key: price(med, bridge, Sd),
      wrong: [
        [price(div(median(m), 10), bridge, Sd), 'keeps the peer under a takeover bid in the set'],
        [price(med, bridge + P, Sd), 'leaves the preferred stock in the common equity'],
        [price(med, bridge, Sb), 'divides by the basic shares'],
        [price(med, bridge + M, Sd), 'leaves out the non-controlling interests'],
        [price(med, bridge - C, Sd), 'leaves out the cash'],
        [price(med, bridge - 2 * C, Sd), 'deducts the cash along with the debt'],
        [price(med, bridge - A, Sd), 'leaves out the associates'],
      ],
    })
  }),
  apart('ltm-ebitda-multiple-from-the-annual-and-year-to-date-reports', (rng) => {
    const F = rng.int(3000, 15000)
    const Yp = F - part(rng, F, 18, 23)
    const Yc = part(rng, Yp, 106, 120)
    const q3 = part(rng, Yc, 36, 40)
    const ltm0 = F - Yp + Yc
    // The deal value is drawn to the tenth of a million in its own right (8x to 14x LTM), not
    // as the LTM times a round multiple, so the key is no rounder than its slips.
    const EV = rng.int(ltm0 * 8, ltm0 * 14)
    const over = (ebitda: Fraction | number) => div(tm(EV), div(ebitda, 10))
    return balanced({
      stem: `A target with a December 31 fiscal year end has just reported its third quarter of 2026. Its EBITDA was ${mText(F)} for fiscal 2025, ${mText(Yc)} for the nine months to September 30, 2026 and ${mText(Yp)} for the nine months to September 30, 2025; the third quarter of 2026 alone was ${mText(q3)}. The business is seasonal, with its strongest quarter in the third. At a deal enterprise value of ${mText(EV)}, what is the multiple of LTM EBITDA (the twelve months to September 30, 2026), ${X2}?`,
      show: times,
      figures: { F, Yp, Yc, q3, EV },
      key: over(ltm0),
      wrong: [
        [over(F), 'divides by the last fiscal year’s EBITDA'],
        [over(Yc), 'takes the nine months of 2026 as the LTM'],
        [over(F - Yc + Yp), 'swaps the two year-to-date periods'],
        [over(F + Yc), 'adds the nine months without taking off the prior nine months'],
        [over(frac(4 * Yc, 3)), 'annualises the nine months of 2026'],
        [over(4 * q3), 'annualises the third quarter of 2026'],
      ],
    })
  }),
  apart('adjusted-ebitda-with-stated-add-backs', (rng) => {
    const OI = rng.int(800, 4000) * 1000 + rng.int(0, 999)
    const DA = part(rng, OI, 15, 40)
    const RS = part(rng, OI, 3, 10)
    const TC = part(rng, OI, 2, 6)
    const OS = rng.int(400, 900) * 1000
    const MS = part(rng, OS, 40, 70)
    const G = part(rng, OI, 2, 8)
    const SB = part(rng, OI, 2, 6)
    const RF = part(rng, OI, 1, 3)
    const key = OI + DA + RS + TC + OS - MS - G
    return balanced({
      stem: `A private equity buyer is normalising an owner-run target’s EBITDA for the last twelve months. Operating income was $${n(OI)} after depreciation and amortisation of $${n(DA)}, a one-off restructuring charge of $${n(RS)}, $${n(TC)} of one-off legal and advisory costs of this sale process, stock-based compensation of $${n(SB)}, recruiting fees of $${n(RF)} (the business pays such fees every year) and the owner’s salary of $${n(OS)}; it also includes a one-off gain of $${n(G)} on the sale of surplus equipment. A market-rate chief executive to replace the owner would cost $${n(MS)}. The buyer’s policy adds back non-recurring charges and the owner’s pay above the market rate, takes out non-recurring gains, and does not add back stock-based compensation or recurring costs. What is the adjusted EBITDA, to the nearest dollar (a half rounded up)?`,
      show: usd(0),
      figures: { OI, DA, RS, TC, OS, MS, G, SB, RF },
      key: frac(key),
      wrong: [
        [frac(key + MS), 'adds back the owner’s whole salary'],
        [frac(key + SB), 'adds back the stock-based compensation'],
        [frac(key + G), 'leaves the one-off gain in'],
        [frac(key + RF), 'adds back the recurring recruiting fees'],
        [frac(key - DA), 'adjusts operating income without adding back the D&A'],
        [frac(key - OS + MS), 'leaves out the owner’s pay above the market rate'],
        [frac(key - TC), 'leaves out the sale-process costs'],
      ],
    })
  }),
  apart('premium-implied-by-the-median-precedent-multiple', (rng) => {
    const four = [...new Set(Array.from({ length: 4 }, () => rng.int(70, 120)))]
    if (four.length < 4) rest()
    const hi = Math.max(...four) + rng.int(25, 50)
    const lo = rng.int(35, 55)
    const z = rng.int(0, 5)
    const inSet = rng.shuffle([...four, hi])
    const k = [...inSet.slice(0, z), lo, ...inSet.slice(z)]
    const e = k.map(() => rng.int(80, 600))
    const E = rng.int(1000, 6000)
    const Efy = part(rng, E, 88, 96)
    const med = div(median(inSet), 10)
    const EV0 = Number(mul(med, E).n / mul(med, E).d)
    const D = part(rng, EV0, 15, 35)
    const C = part(rng, EV0, 3, 8)
    const eq0 = (EV0 - D + C) / 10
    const Sd = Math.round((eq0 * 100000) / rng.int(2000, 9000))
    const Sb = part(rng, Sd, 93, 98)
    const implied = (mult: Fraction, ebitda: number, claims: number, k: number) =>
      div(add(mul(mult, tm(ebitda)), tm(claims)), ks(k))
    const Pimp = implied(med, E, C - D, Sd)
    // The unaffected price is drawn to the cent in its own right (the implied price 22 % to 45 %
    // above it), not as the implied price over a whole-percent premium.
    const cents = Number(Pimp.n * 100n) / Number(Pimp.d)
    const U = rng.int(Math.ceil(cents / 1.45), Math.floor(cents / 1.22))
    const prem = (p: Fraction) => sub(div(p, ct(U)), 1)
    const mean = div(sum(inSet), 50)
    const list = k.map(
      (v, i) => `${DEALS[i]} ${mText(e[i]! * v)} for LTM EBITDA of ${mText(e[i]! * 10)}`,
    )
    return balanced({
      stem: `Six precedent acquisitions of comparable businesses, each at an enterprise value for the target’s LTM EBITDA: ${list.join('; ')}. ${DEALS[z]} was a distressed sale out of administration and is left out of the set. The target’s LTM EBITDA is ${mText(E)} (${mText(Efy)} for its last fiscal year), with total debt of ${mText(D)}, cash of ${mText(C)} and ${sText(Sd)} diluted shares (${sText(Sb)} basic); its unaffected share price is ${pText(U)}. The price per diluted share implied by the set’s median EV/LTM EBITDA multiple (the implied enterprise value less debt plus cash, over the diluted shares) is what premium to the unaffected price, ${PCT2}?`,
      show: pct2,
      figures: {
        k0: k[0]!,
        k1: k[1]!,
        k2: k[2]!,
        k3: k[3]!,
        k4: k[4]!,
        k5: k[5]!,
        e0: e[0]!,
        e1: e[1]!,
        e2: e[2]!,
        e3: e[3]!,
        e4: e[4]!,
        e5: e[5]!,
        z,
        E,
        Efy,
        D,
        C,
        Sd,
        Sb,
        U,
      },
      key: prem(Pimp),
      wrong: [
        [prem(implied(mean, E, C - D, Sd)), 'takes the mean multiple'],
        [prem(implied(med, E, C - D, Sb)), 'divides by the basic shares'],
        [prem(implied(med, E, 0, Sd)), 'leaves out the net debt'],
        [prem(implied(div(median(k), 10), E, C - D, Sd)), 'keeps the distressed sale in the set'],
        [sub(1, div(ct(U), Pimp)), 'measures the premium on the implied price'],
        [prem(implied(med, Efy, C - D, Sd)), 'applies the multiple to the fiscal-year EBITDA'],
      ],
    })
  }),
  apart('present-value-of-a-gordon-growth-terminal-value', (rng) => {
    const F5 = rng.int(500, 5000)
    const W = part(rng, F5, 5, 15)
    const g = rng.int(15, 35)
    const w = rng.int(75, 125)
    const F = F5 - W
    const tv = (flow: number, grow: boolean, rate: Fraction) =>
      div(mul(tm(flow), grow ? add(1, tp(g)) : 1), rate)
    const at = (x: Fraction, years: number) => div(x, power(add(1, tp(w)), years))
    const spread = sub(tp(w), tp(g))
    return balanced({
      stem: `A five-year DCF of a target forecasts year-5 unlevered free cash flow of ${mText(F5)}, which includes a one-off working-capital release of ${mText(W)} that will not recur. The terminal value at the end of year 5 is the normalised year-5 flow grown by ${tpText(g)} a year for ever (Gordon growth, the first terminal flow in year 6), at a WACC of ${tpText(w)}; cash flows are discounted with end-of-year factors 1 ÷ (1 + WACC)^t. What is the present value today of the terminal value, ${M1}?`,
      show: millions,
      figures: { F5, W, g, w },
      key: at(tv(F, true, spread), 5),
      wrong: [
        [tv(F, true, spread), 'leaves the terminal value undiscounted'],
        [at(tv(F, true, spread), 4), 'discounts over four years'],
        [at(tv(F5, true, spread), 5), 'grows the year-5 flow with the one-off release in it'],
        [at(tv(F, false, spread), 5), 'does not grow the final-year flow'],
        [at(tv(F, true, tp(w)), 5), 'capitalises at the WACC without deducting the growth'],
        [at(tv(F, true, spread), 6), 'discounts over six years'],
      ],
    })
  }),
  apart('perpetual-growth-implied-by-an-exit-multiple', (rng) => {
    const E5 = rng.int(1000, 8000)
    const DA = part(rng, E5, 15, 30)
    const t = rng.int(21, 28)
    const CX = part(rng, DA, 105, 140)
    const N = part(rng, E5, 1, 4)
    const w = rng.int(75, 110)
    const ke = w + rng.int(15, 40)
    const ebit = E5 - DA
    const nopat = mul(tm(ebit), sub(1, pc(t)))
    const fcf = sub(add(nopat, tm(DA)), tm(CX + N))
    // g with TV = FCF × (1 + g) ÷ (r − g): g = (TV × r − FCF) ÷ (TV + FCF).
    const grow = (tv: Fraction, flow: Fraction, r: Fraction) =>
      div(sub(mul(tv, r), flow), add(tv, flow))
    // The exit multiple is drawn among those whose implied growth is one a practitioner would
    // defend (0.5 % to 4.5 %) and whose EBIT slip stays positive, rather than drawn blind and
    // refused: a blind draw threw away about a third of the draws.
    const fits = Array.from({ length: 56 }, (_, i) => 75 + i).filter((x) => {
      const g = grow(mul(mx(x), tm(E5)), fcf, tp(w))
      const onEbit = grow(mul(mx(x), tm(ebit)), fcf, tp(w))
      return !below(g, frac(5, 1000)) && !below(frac(45, 1000), g) && below(frac(1, 1000), onEbit)
    })
    if (fits.length === 0) rest()
    const m = fits[rng.int(0, fits.length - 1)]!
    const TV = mul(mx(m), tm(E5))
    const key = grow(TV, fcf, tp(w))
    return balanced({
      stem: `A DCF of a target ends with year-5 EBITDA of ${mText(E5)}, after which depreciation and amortisation of ${mText(DA)} leaves EBIT; tax is ${t}% of EBIT, and year 5 has capital expenditure of ${mText(CX)} and an increase in net working capital of ${mText(N)}. Unlevered free cash flow is EBIT less the tax on it, plus D&A, less capital expenditure, less the increase in net working capital. The terminal value at the end of year 5 is an exit multiple of ${mxText(m)} year-5 EBITDA. The WACC is ${tpText(w)} (the cost of equity is ${tpText(ke)}). What perpetual growth rate of the year-5 unlevered free cash flow does that terminal value imply under the Gordon growth model (terminal value = year-5 free cash flow × (1 + g) ÷ (WACC − g)), ${PCT2}?`,
      show: pct2,
      figures: { E5, DA, t, CX, N, m, w, ke },
      key,
      wrong: [
        [sub(tp(w), div(fcf, TV)), 'does not grow the final-year flow'],
        [grow(TV, fcf, tp(ke)), 'uses the cost of equity'],
        [grow(TV, sub(fcf, tm(DA)), tp(w)), 'leaves out the D&A add-back'],
        [grow(TV, nopat, tp(w)), 'takes NOPAT as the free cash flow'],
        [grow(mul(mx(m), tm(ebit)), fcf, tp(w)), 'applies the multiple to EBIT'],
        [grow(TV, add(fcf, tm(N)), tp(w)), 'leaves out the working-capital investment'],
      ],
    })
  }),
  apart('enterprise-value-from-a-dcf-with-mid-year-factors', (rng) => {
    const w = rng.int(80, 120)
    const F1 = rng.int(500, 3000)
    const Fs = [F1]
    for (let i = 1; i < 5; i++) Fs.push(part(rng, Fs[i - 1]!, 103, 110))
    const E5 = part(rng, Fs[4]!, 150, 220)
    const m = rng.int(70, 120)
    const base = frac(1000 + w, 1000)
    const d = [1, 2, 3, 4, 5].map((y) => round4(div(1, power(base, y))))
    const h = [1, 2, 3, 4, 5].map((y) => root4(div(1, power(base, 2 * y - 1))))
    const dt = d.map((x) => Number((x.n * 10000n) / x.d))
    const ht = h.map((x) => Number((x.n * 10000n) / x.d))
    const flows = (fac: readonly Fraction[]) => add(...Fs.map((f, i) => mul(tm(f), fac[i]!)))
    const TV = mul(mx(m), tm(E5))
    const mid = flows(h)
    const tvAt = (x: Fraction, fac: Fraction | number) => mul(x, fac)
    const years = Fs.map((f, i) => `year ${i + 1} ${mText(f)}`).join(', ')
    return balanced({
      stem: `A DCF of a target forecasts unlevered free cash flows of ${years}, and year-5 EBITDA of ${mText(E5)}. The terminal value at the end of year 5 is ${mxText(m)} year-5 EBITDA. At a WACC of ${tpText(w)}, the end-of-year discount factors for years 1 to 5 are ${dt.map(fText).join(', ')}, and the mid-year factors are ${ht.map(fText).join(', ')}. The bank’s convention discounts each year’s flow with its mid-year factor (flows arrive through the year) and the exit-multiple terminal value with the year-5 end-of-year factor (it is a value at the end of year 5). Using the factors as stated, what is the enterprise value, ${M1}?`,
      show: millions,
      figures: {
        w,
        F1: Fs[0]!,
        F2: Fs[1]!,
        F3: Fs[2]!,
        F4: Fs[3]!,
        F5: Fs[4]!,
        E5,
        m,
        d1: dt[0]!,
        d2: dt[1]!,
        d3: dt[2]!,
        d4: dt[3]!,
        d5: dt[4]!,
        h1: ht[0]!,
        h2: ht[1]!,
        h3: ht[2]!,
        h4: ht[3]!,
        h5: ht[4]!,
      },
      key: add(mid, tvAt(TV, d[4]!)),
      wrong: [
        [add(mid, tvAt(TV, h[4]!)), 'discounts the terminal value with the mid-year factor'],
        [add(mid, TV), 'leaves the terminal value undiscounted'],
        [add(tm(sum(Fs)), tvAt(TV, d[4]!)), 'leaves the yearly flows undiscounted'],
        [add(flows(d), tvAt(TV, d[4]!)), 'discounts the flows with end-of-year factors'],
        [
          add(mid, tvAt(mul(mx(m), tm(Fs[4]!)), d[4]!)),
          'applies the exit multiple to year-5 free cash flow',
        ],
        [add(mid, div(TV, power(base, 6))), 'discounts the terminal value over six years'],
      ],
    })
  }),
  apart('control-premium-on-the-unaffected-price', (rng) => {
    const U = rng.int(1500, 9000)
    const W = part(rng, U, 90, 97)
    const Wk = part(rng, U, 88, 98)
    const H = part(rng, U, 105, 115)
    // The cash offer is drawn to the cent in its own right (25 % to 50 % above the unaffected
    // price), not as the unaffected price times a round premium.
    const Oc = rng.int(Math.ceil(U * 1.25), Math.floor(U * 1.5))
    const Cp = part(rng, U, 108, 120)
    const V = part(rng, Oc, 3, 8)
    const L = part(rng, U, 65, 85)
    const prem = (offer: number, base: number) => sub(frac(offer, base), 1)
    return balanced({
      stem: `A buyer offers ${pText(Oc)} per share in cash plus one contingent value right per share, which the buyer’s adviser values at ${pText(V)}. The target’s shares closed at ${pText(U)} on the last trading day before a press report of the talks (the unaffected date), and at ${pText(Cp)} on the day before the announcement. A week before the unaffected date they closed at ${pText(Wk)}; their 30-day VWAP to the unaffected date was ${pText(W)}, their 52-week high ${pText(H)} and their 52-week low ${pText(L)}. The fairness opinion states the premium as the upfront cash over the unaffected price, less one (the CVR is shown apart). What premium does the offer pay, ${PCT2}?`,
      show: pct2,
      figures: { U, W, Wk, H, L, Oc, Cp, V },
      key: prem(Oc, U),
      wrong: [
        [prem(Oc, Cp), 'measures against the price after the press report'],
        [prem(Oc, H), 'measures against the 52-week high'],
        [frac(Oc - U, Oc), 'divides the premium by the offer price'],
        [prem(Oc, W), 'measures against the 30-day VWAP'],
        [prem(Oc, Wk), 'measures against the close a week before'],
        [prem(Oc + V, U), 'counts the CVR in the offer'],
        [prem(Oc, L), 'measures against the 52-week low'],
      ],
    })
  }),
  apart('offer-enterprise-value-to-ltm-ebitda', (rng) => {
    const O = rng.int(2000, 9000)
    const B = rng.int(30000, 150000)
    const n1 = part(rng, B, 1, 3)
    const K1 = part(rng, O, 40, 75)
    const n2 = part(rng, B, 1, 3)
    const K2 = part(rng, O, 78, 95)
    const n3 = part(rng, B, 0.5, 2)
    const K3 = part(rng, O, 105, 130)
    const R = part(rng, B, 0.5, 2)
    const Eq0 = Math.round((O * B) / 10000)
    const D = part(rng, Eq0, 20, 60)
    const C = part(rng, Eq0, 5, 15)
    const P = part(rng, Eq0, 2, 6)
    const M = part(rng, Eq0, 2, 5)
    const A = part(rng, Eq0, 2, 6)
    const E = Math.round(((Eq0 + D + P + M - C - A) * 10) / rng.int(80, 140))
    const net = (k: number, K: number) => mul(ks(k), sub(1, frac(K, O)))
    const dil = add(ks(B + R), net(n1, K1), net(n2, K2))
    const mult = (sh: Fraction, claims: number) => div(add(mul(ct(O), sh), tm(claims)), tm(E))
    const claims = D + P + M - C - A
    return balanced({
      stem: `A buyer offers ${pText(O)} per share in cash. The target has ${sText(B)} basic shares, ${sText(R)} RSUs, and options over ${sText(n1)} shares at ${pText(K1)}, ${sText(n2)} at ${pText(K2)} and ${sText(n3)} at ${pText(K3)}; all awards vest on the change of control, and options count by the treasury stock method at the offer price (only those with a strike below it). The target has debt of ${mText(D)}, preferred stock of ${mText(P)}, non-controlling interests of ${mText(M)}, cash of ${mText(C)} and equity-method investments in associates of ${mText(A)} (book amounts stand in for market values), and consolidated LTM EBITDA of ${mText(E)}, which includes none of the associates’ earnings. What is the offer’s enterprise value to LTM EBITDA multiple, ${X2}?`,
      show: times,
      figures: { O, B, n1, K1, n2, K2, n3, K3, R, D, C, P, M, A, E },
      key: mult(dil, claims),
      wrong: [
        [mult(ks(B + R + n1 + n2), claims), 'counts the in-the-money options gross'],
        [mult(dil, claims + 2 * C), 'adds the cash instead of deducting it'],
        [mult(dil, claims + A), 'leaves the associates in'],
        [mult(ks(B), claims), 'values the equity on the basic shares'],
        [mult(dil, 0), 'divides the equity value by EBITDA'],
        [mult(dil, claims - P - M), 'leaves out the preferred stock and minority interests'],
      ],
    })
  }),
  apart('net-debt-with-debt-like-items', (rng) => {
    const TL = rng.int(1000, 8000)
    const NF = rng.int(1000, 6000)
    const NB = part(rng, NF, 95, 99)
    const RV = part(rng, TL, 5, 20)
    const RU = part(rng, RV, 100, 300)
    const FL = part(rng, TL, 3, 10)
    const OL = part(rng, TL, 10, 30)
    const PD = part(rng, TL, 5, 15)
    const t = rng.int(21, 30)
    const CA = part(rng, TL, 15, 40)
    const RC = part(rng, CA, 5, 15)
    const pension = mul(tm(PD), sub(1, pc(t)))
    const key = add(tm(TL + NF + RV + FL - CA + RC), pension)
    return balanced({
      stem: `A buyer is bridging a target’s enterprise value to equity. The target has a term loan of ${mText(TL)}, senior notes with a face value of ${mText(NF)} (carried at ${mText(NB)} after an unamortised discount), ${mText(RV)} drawn on its revolver (with ${mText(RU)} undrawn), finance lease liabilities of ${mText(FL)}, operating lease liabilities of ${mText(OL)}, an unfunded pension deficit of ${mText(PD)}, and cash of ${mText(CA)}, of which ${mText(RC)} is restricted as collateral. The buyer’s definition of net debt: borrowings at face value, finance leases, and the pension deficit net of tax at ${t}%, less cash that is free to use; operating leases are left out because the EBITDA it values is after operating lease costs, as stated for this exercise. What is the net debt, ${M1}?`,
      show: millions,
      figures: { TL, NF, NB, RV, RU, FL, OL, PD, t, CA, RC },
      key,
      wrong: [
        [add(key, tm(OL)), 'counts the operating lease liabilities'],
        [add(key, mul(tm(PD), pc(t))), 'counts the pension deficit before tax'],
        [add(key, tm(RU)), 'counts the undrawn revolver'],
        [sub(key, tm(FL)), 'leaves out the finance leases'],
        [sub(key, tm(RC)), 'deducts the restricted cash'],
        [sub(key, tm(NF - NB)), 'takes the notes at their carrying amount'],
        [sub(key, pension), 'leaves out the pension deficit'],
      ],
    })
  }),
  apart('implied-share-price-with-circular-treasury-dilution', (rng) => {
    const EV = rng.int(20000, 80000)
    const D = part(rng, EV, 15, 35)
    const C = part(rng, EV, 3, 10)
    const P = part(rng, EV, 2, 5)
    const A = part(rng, EV, 2, 5)
    const E = EV - D + C - P + A
    const B = Math.round((10000 * E) / rng.int(2000, 8000))
    const p0 = (E * 10000) / B
    const n0 = part(rng, B, 3, 8)
    const K = Math.round((p0 * rng.int(50, 85)) / 100)
    const R = part(rng, B, 1, 3)
    const proceeds = mul(ks(n0), ct(K))
    const price = (eq: number, withProceeds: boolean, k: number) =>
      div(add(tm(eq), withProceeds ? proceeds : 0), ks(k))
    const key = price(E, true, B + n0 + R)
    if (!below(ct(K), key)) rest()
    return balanced({
      stem: `A DCF values a target’s enterprise at ${mText(EV)}. The target has debt of ${mText(D)}, cash of ${mText(C)}, preferred stock of ${mText(P)} and equity-method investments in associates of ${mText(A)} (the DCF leaves out the associates’ earnings; book amounts stand in for market values). It has ${sText(B)} basic shares, ${sText(R)} RSUs and options over ${sText(n0)} shares at a strike of ${pText(K)}. The options count by the treasury stock method at the implied price itself, so the price and the diluted shares are solved together: price = (equity value + exercise proceeds) ÷ (basic shares + options + RSUs) while the price is above the strike. What is the implied price per diluted share, ${CENTS}?`,
      show: perShare,
      figures: { EV, D, C, P, A, B, n0, K, R },
      key,
      wrong: [
        [price(E, false, B), 'divides by the basic shares'],
        [price(E, true, B + n0), 'leaves out the RSUs'],
        [price(E + P, true, B + n0 + R), 'leaves the preferred stock in'],
        [price(E, false, B + n0 + R), 'counts the options gross, with no exercise proceeds'],
        [price(E - C, true, B + n0 + R), 'leaves out the cash'],
        [price(E - 2 * A, true, B + n0 + R), 'deducts the associates'],
      ],
    })
  }),
  apart('calendarised-ebitda-multiple-for-an-off-cycle-year-end', (rng) => {
    const mo = rng.int(1, 5)
    const e1 = rng.int(1000, 8000)
    const e2 = part(rng, e1, 105, 125)
    const e3 = part(rng, e2, 105, 120)
    const cy = frac(mo * e1 + (12 - mo) * e2, 120)
    // The enterprise value is drawn to the tenth of a million in its own right (7x to 14x the
    // calendar-year EBITDA), not as that EBITDA times a round multiple.
    const wt = mo * e1 + (12 - mo) * e2
    const EV = rng.int(Math.ceil((wt * 7) / 12), Math.floor((wt * 14) / 12))
    const D = part(rng, EV, 15, 35)
    const C = part(rng, EV, 3, 10)
    const MC = EV - D + C
    const month = MONTHS[mo - 1]!
    const ev = tm(EV)
    const over = (value: Fraction, ebitda: Fraction) => div(value, ebitda)
    return balanced({
      stem: `A peer’s fiscal year ends on the last day of ${month}. Its EBITDA is ${mText(e1)} for the fiscal year ending in ${month} 2026 (actual), and ${mText(e2)} and ${mText(e3)} for the years ending in ${month} 2027 and ${month} 2028 (consensus), earned evenly through each year as stated for this exercise. Its equity market value is ${mText(MC)}, with debt of ${mText(D)} and cash of ${mText(C)}. To compare with peers on calendar years, what is its enterprise value to calendar-2026 EBITDA (each fiscal year weighted by its months that fall in 2026), ${X2}?`,
      show: times,
      figures: { mo, e1, e2, e3, MC, D, C },
      key: over(ev, cy),
      wrong: [
        [over(ev, tm(e1)), 'uses the fiscal year ending in 2026'],
        [over(ev, frac(e1 + e2, 20)), 'weights the two fiscal years equally'],
        [over(ev, frac((12 - mo) * e1 + mo * e2, 120)), 'swaps the weights of the two years'],
        [over(ev, tm(e2)), 'uses the fiscal year ending in 2027'],
        [over(tm(MC), cy), 'divides the equity value by EBITDA'],
        [
          over(ev, frac(mo * e2 + (12 - mo) * e3, 120)),
          'weights the years ending in 2027 and 2028',
        ],
      ],
    })
  }),
  apart('sum-of-the-parts-equity-value-per-share', (rng) => {
    const m = [...new Set(Array.from({ length: 3 }, () => rng.int(60, 150)))]
    if (m.length < 3) rest()
    const e = m.map(() => rng.int(500, 4000))
    const total = sum(e)
    const CC = part(rng, total, 5, 10)
    const gross = add(...e.map((x, i) => mul(tm(x), mx(m[i]!))))
    const blended = div(gross, tm(total))
    const gm = Math.floor(Number((blended.n * 10n * 85n) / (blended.d * 100n)))
    const EV0 = Number(gross.n / gross.d)
    const D = part(rng, EV0 * 10, 15, 35)
    const C = part(rng, EV0 * 10, 3, 10)
    const Sd = Math.round((EV0 * 100000) / rng.int(2000, 9000))
    const Sb = part(rng, Sd, 93, 98)
    const per = (ev: Fraction, cash: boolean, k: number) =>
      div(add(ev, tm(cash ? C - D : -D)), ks(k))
    const sotp = (capRate: Fraction) => sub(gross, mul(tm(CC), capRate))
    const names = ['Industrial', 'Software', 'Services']
    const segs = e.map((x, i) => `${names[i]} ${mText(x)} at ${mxText(m[i]!)}`).join(', ')
    return balanced({
      stem: `A sum-of-the-parts valuation of a group values each segment’s EBITDA at its peers’ EV/EBITDA multiple: ${segs}. Unallocated corporate costs are ${mText(CC)} a year; they are capitalised at the segments’ EBITDA-weighted average multiple and deducted. The group itself trades at ${mxText(gm)} its consolidated EBITDA (after corporate costs). It has debt of ${mText(D)}, cash of ${mText(C)} and ${sText(Sd)} diluted shares (${sText(Sb)} basic). What equity value per diluted share does the sum of the parts imply, ${CENTS}?`,
      show: perShare,
      figures: {
        m0: m[0]!,
        m1: m[1]!,
        m2: m[2]!,
        e0: e[0]!,
        e1: e[1]!,
        e2: e[2]!,
        CC,
        gm,
        D,
        C,
        Sd,
        Sb,
      },
      key: per(sotp(blended), true, Sd),
      wrong: [
        [per(gross, true, Sd), 'leaves out the corporate costs'],
        [per(sotp(blended), true, Sb), 'divides by the basic shares'],
        [per(sotp(mx(Math.min(...m))), true, Sd), 'capitalises the costs at the lowest multiple'],
        [
          per(mul(mx(gm), tm(total - CC)), true, Sd),
          'applies the group’s own multiple to consolidated EBITDA',
        ],
        [per(sotp(mx(Math.max(...m))), true, Sd), 'capitalises the costs at the highest multiple'],
        [per(sotp(blended), false, Sd), 'leaves out the cash'],
      ],
    })
  }),
  apart('diluted-shares-with-net-share-settled-convertible-notes', (rng) => {
    const O = rng.int(3000, 12000)
    const CP = part(rng, O, 60, 85)
    const r0 = Math.round(1e9 / CP)
    const y = part(rng, r0, 2, 8)
    const N = rng.int(200, 900) * 1000
    const B = rng.int(40000, 200000)
    const R = part(rng, B, 0.5, 2)
    const n0 = part(rng, B, 2, 5)
    const K = part(rng, O, 40, 85)
    const rate = frac(r0 + y, 10000)
    const notes = frac(N, 1000000)
    // Shares per note: conversion value above the $1,000 principal, paid in shares at the offer.
    const excess = sub(mul(rate, ct(O)), 1000)
    const netNotes = mul(notes, div(excess, ct(O)))
    const opts = mul(ks(n0), sub(1, frac(K, O)))
    const base = add(ks(B + R), opts)
    const key = add(base, netNotes)
    return balanced({
      stem: `A buyer offers ${pText(O)} per share in cash. The target has ${sText(B)} basic shares, ${sText(R)} RSUs, options over ${sText(n0)} shares at ${pText(K)} (treasury stock method at the offer price), and ${n(N)} convertible notes of $1,000 principal each. Each note converts into ${fixed(frac(r0, 10000), 4)} shares, and on this change of control the make-whole table adds ${fixed(frac(y, 10000), 4)} shares per note. The indenture requires net share settlement: the principal is paid in cash and only the conversion value above the principal is delivered in shares, valued at the offer price. How many fully diluted shares does the offer buy, ${SH3}?`,
      show: shares,
      figures: { O, r0, y, N, B, R, n0, K },
      key,
      wrong: [
        [add(base, mul(notes, rate)), 'counts the notes as fully converted'],
        [add(ks(B + R + n0), netNotes), 'counts the options gross'],
        [
          add(base, mul(notes, div(mul(excess, r0), 10000000))),
          'divides the excess value by the conversion price',
        ],
        [
          add(base, mul(notes, div(sub(mul(frac(r0, 10000), ct(O)), 1000), ct(O)))),
          'leaves out the make-whole shares',
        ],
        [base, 'leaves out the notes because the principal is paid in cash'],
        [sub(key, ks(R)), 'leaves out the RSUs'],
      ],
    })
  }),
]
