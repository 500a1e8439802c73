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
  plain,
  power,
  rest,
  sub,
  usd,
} from './frm-text.js'

// Interest rate risk. The slips are modified and Macaulay duration swapped or converted twice (or
// by the annual factor for a semiannual yield), face or clean value for the full market value,
// undiscounted or coupon-only weights, par for the price, accrued interest subtracted instead of
// added, one side of a two-sided bump or the wrong price under it, the convexity term left out, its sign flipped or its ½ dropped, equal or
// face weights for market-value weights, cash left out, a futures contract valued at its face or
// its tenor taken as its duration, the conversion factor or yield beta left out or inverted, an
// item slotted in the wrong repricing bucket (demand deposits, long CDs, floaters by maturity, a
// whole amortizing balance), bucket ends or starts for midpoints, the liabilities left out of the
// repricing or unweighted by leverage, equity for assets as the base, a bucket or a sign lost in
// a twist, the short bond's duration ignored in an immunizing split, and a duration estimate in
// place of a full revaluation.

const money = usd(0)
const DOLLAR = 'to the nearest dollar (a half rounded up)'
const HALF = '(a half rounded up)'
/** Whole dollars as a stem writes them. */
const $ = (d: number): string => `$${d.toLocaleString('en-US')}`
/** A rate in basis points as a stem writes it: 525 → `5.25 %`. */
const bp = (b: number): string => `${fixed(frac(b, 100), 2)} %`
/** A figure drawn in hundredths, as a stem writes it: 725 → `7.25`. */
const h2 = (x: number): string => fixed(frac(x, 100), 2)
/** A rate in basis points as a fraction of one. */
const rate = (b: number): Fraction => frac(b, 10000)
const years = (dp: number) => plain(dp, 'years')
const contracts = plain(0, 'contracts')
/** A draw of `x` scaled by a whole percentage from `low` to `high`, rounded. */
const part = (rng: Rng, x: number, low: number, high: number): number =>
  Math.round((x * rng.int(low, high)) / 100)

/** The sum of fractions. */
const total = (xs: readonly Fraction[]): Fraction => add(frac(0), ...xs)

export const RATES_FAMILIES: ScenarioFamily[] = [
  apart('macaulay-duration-of-an-annual-coupon-bond', (rng) => {
    const N = rng.int(2, 3)
    const c = rng.int(8, 28) * 25
    const y = c + rng.int(5, 30) * 10
    const coupon = frac(c, 100)
    const times = Array.from({ length: N }, (_, i) => i + 1)
    const flow = (t: number) => (t < N ? coupon : add(coupon, 100))
    const disc = (t: number, r: number) => power(frac(10000, 10000 + r), t)
    // Time-weighted and plain sums of the cash flows each way of weighting them.
    const weighted = (cf: (t: number) => Fraction, w: (t: number) => Fraction) =>
      div(total(times.map((t) => mul(t, cf(t), w(t)))), total(times.map((t) => mul(cf(t), w(t)))))
    const atYield = (t: number) => disc(t, y)
    const key = weighted(flow, atYield)
    const couponsOnly = weighted(() => coupon, atYield)
    const principalUndiscounted = div(
      add(total(times.map((t) => mul(t, coupon, atYield(t)))), N * 100),
      add(total(times.map((t) => mul(coupon, atYield(t)))), 100),
    )
    return balanced({
      stem: `A ${N}-year bond pays an annual coupon of ${bp(c)} on a face value of 100 and is priced at a yield to maturity of ${bp(y)} (annual compounding). What is its Macaulay duration, in years to four decimal places ${HALF}?`,
      show: years(4),
      figures: { N, c, y },
      key,
      wrong: [
        [div(key, add(1, rate(y))), 'gives the modified duration'],
        [couponsOnly, 'weights the times by the coupons’ present values alone'],
        [
          weighted((t) => (t < N ? coupon : frac(100)), atYield),
          'leaves out the coupon paid at maturity',
        ],
        [weighted(flow, () => frac(1)), 'weights the times by undiscounted cash flows'],
        [weighted(flow, (t) => disc(t, c)), 'discounts at the coupon rate instead of the yield'],
        [principalUndiscounted, 'leaves the principal undiscounted'],
      ],
    })
  }),
  apart('price-fall-from-modified-duration-of-a-semiannual-bond', (rng) => {
    const F = rng.int(10, 200) * 100000
    const p = rng.int(9000, 9700)
    const a = rng.int(10, 250)
    const D = rng.int(300, 1400)
    const y = rng.int(60, 150) * 5
    const dy = rng.int(2, 15) * 5
    const V = frac(F * (p + a), 10000)
    const fall = (dur: Fraction, value: Fraction | number, move: Fraction) => mul(dur, value, move)
    const mac = frac(D, 100)
    const mod = div(mac, add(1, frac(y, 20000)))
    return balanced({
      stem: `A portfolio holds ${$(F)} face value of a bond quoted at a clean price of ${h2(p)} per 100 of face, with accrued interest of ${h2(a)} per 100. The bond pays semiannual coupons; its yield is ${bp(y)} (bond-equivalent, compounded semiannually) and its Macaulay duration is ${h2(D)} years. Using modified duration and the full (dirty) value of the position, by how much would its value fall if the yield rose by ${dy} basis points, ${DOLLAR}?`,
      show: money,
      figures: { F, p, a, D, y, dy },
      key: fall(mod, V, rate(dy)),
      wrong: [
        [fall(mac, V, rate(dy)), 'uses the Macaulay duration'],
        [
          fall(mul(mac, add(1, frac(y, 20000))), V, rate(dy)),
          'multiplies by 1 plus half the yield instead of dividing',
        ],
        [fall(mod, F, rate(dy)), 'values the position at face'],
        [fall(div(mac, add(1, rate(y))), V, rate(dy)), 'divides by 1 plus the whole yield'],
        [
          fall(mod, frac(F * (p - a), 10000), rate(dy)),
          'subtracts the accrued interest from the clean price instead of adding it',
        ],
        [fall(mod, frac(F * p, 10000), rate(dy)), 'values the position at its clean price'],
      ],
    })
  }),
  apart('net-dv01-of-a-long-bond-and-a-short-hedge', (rng) => {
    const F1 = rng.int(20, 500) * 100000
    const p1 = rng.int(10100, 11200)
    const a1 = rng.int(100, 250)
    // Modified durations a 5-year premium bond and a 10-year discount bond can have.
    const D1 = rng.int(400, 460)
    const p2 = rng.int(8500, 9800)
    const a2 = rng.int(10, 80)
    const D2 = rng.int(760, 900)
    const MV1 = frac(F1 * (p1 + a1), 10000)
    // The hedge covers 30–80 % of the long bond's DV01, in whole $100,000 of face.
    const cover = rng.int(30, 80)
    const F2 = Math.round((D1 * F1 * (p1 + a1) * cover) / (100 * D2 * (p2 + a2)) / 100000) * 100000
    if (F2 <= 0) rest()
    const MV2 = frac(F2 * (p2 + a2), 10000)
    const dv = (dur: number, value: Fraction | number) => mul(frac(dur, 100), value, frac(1, 10000))
    const key = sub(dv(D1, MV1), dv(D2, MV2))
    const net = sub(MV1, MV2)
    return balanced({
      stem: `A dealer is long ${$(F1)} face of a 5-year bond (clean price ${h2(p1)}, accrued interest ${h2(a1)} per 100, modified duration ${h2(D1)}) and short ${$(F2)} face of a 10-year bond (clean price ${h2(p2)}, accrued interest ${h2(a2)} per 100, modified duration ${h2(D2)}). Each bond’s DV01 is its modified duration × its full (dirty) market value × 0.0001. What is the position’s net DV01 (its loss for a 1-basis-point parallel rise in yields), ${CENTS}?`,
      show: usd(2),
      figures: { F1, p1, a1, D1, F2, p2, a2, D2 },
      key,
      wrong: [
        [add(dv(D1, MV1), dv(D2, MV2)), 'adds the short bond’s DV01'],
        [dv(D1, MV1), 'leaves out the short position'],
        [dv(D1, net), 'nets the market values and applies the long bond’s duration'],
        [dv(D2, net), 'nets the market values and applies the short bond’s duration'],
        [sub(dv(D1, F1), dv(D2, MV2)), 'values the long bond at face'],
        [sub(dv(D1, MV1), dv(D2, F2)), 'values the short bond at face'],
        [
          sub(dv(D1, frac(F1 * p1, 10000)), dv(D2, frac(F2 * p2, 10000))),
          'values both bonds at their clean prices',
        ],
      ],
    })
  }),
  apart('effective-duration-from-bumped-prices', (rng) => {
    // A bond above par, so dividing by par (100) instead of today's price overstates the duration.
    const P0 = rng.int(100500, 118000)
    // The duration in thousandths, so the key's last printed digit is not always a zero.
    const D = rng.int(3000, 12000)
    const C = Math.round((D * D * rng.int(80, 140)) / 100000000)
    const dy = rng.pick([25, 50, 100])
    const y = rng.int(60, 140) * 5
    // Prices per 100 in thousandths after a rise (Pr) and a fall (Pf) of dy, from the bond's
    // duration and convexity, rounded as a pricing system would show them.
    const bump = (sign: number) =>
      Math.round(P0 * (1 - (sign * D * dy) / 10000000 + (C * dy * dy) / (2 * 100000000)))
    const Pr = bump(1)
    const Pf = bump(-1)
    const move = rate(dy)
    const key = div(Pf - Pr, mul(2, P0, move))
    return balanced({
      stem: `A risk system reprices a bond at ${h3(P0)} per 100 of face today, ${h3(Pf)} if its yield falls by ${dy} basis points and ${h3(Pr)} if its yield rises by ${dy} basis points. The bond’s yield is ${bp(y)}. What is the bond’s effective duration from these three prices (central difference), to three decimal places ${HALF}?`,
      show: plain(3),
      figures: { P0, Pf, Pr, dy, y },
      key,
      wrong: [
        [div(Pf - Pr, mul(2, 100000, move)), 'divides by par (100) instead of today’s price'],
        [div(Pf - P0, mul(P0, move)), 'uses only the fall in yield'],
        [div(Pf - Pr, mul(2, Pr, move)), 'divides by the price after the rise'],
        [div(P0 - Pr, mul(P0, move)), 'uses only the rise in yield'],
        [div(Pf - Pr, mul(2, Pf, move)), 'divides by the price after the fall'],
        [div(key, add(1, rate(y))), 'divides by 1 plus the yield as if converting from Macaulay'],
      ],
    })
  }),
  apart('loss-from-duration-and-convexity-for-a-rate-rise', (rng) => {
    const F = rng.int(10, 300) * 100000
    const p = rng.int(8800, 9800)
    const a = rng.int(10, 250)
    const D = rng.int(300, 1200)
    const C = Math.round((D * D * rng.int(80, 140)) / 100000)
    const y = rng.int(60, 140) * 5
    const dy = rng.int(10, 40) * 5
    const V = frac(F * (p + a), 10000)
    const mod = frac(D, 100)
    const conv = frac(C, 10)
    const move = rate(dy)
    const loss = (dur: Fraction, half: Fraction, value: Fraction | number) =>
      mul(value, sub(mul(dur, move), mul(half, conv, move, move)))
    const half = frac(1, 2)
    return balanced({
      stem: `A fund holds ${$(F)} face value of a bond at a clean price of ${h2(p)} per 100 with accrued interest of ${h2(a)} per 100. At its yield of ${bp(y)} the bond’s modified duration is ${h2(D)} and its convexity ${fixed(conv, 1)}, in the convention where the relative price change is −(modified duration) × Δy + ½ × convexity × Δy². Applied to the full (dirty) value of the position, how much would the position lose if the yield rose by ${dy} basis points, ${DOLLAR}?`,
      show: money,
      figures: { F, p, a, D, C, y, dy },
      key: loss(mod, half, V),
      wrong: [
        [loss(mod, frac(0), V), 'leaves out the convexity term'],
        [loss(mod, frac(-1, 2), V), 'adds the convexity term to the loss'],
        [loss(mod, half, F), 'values the position at face'],
        [loss(mod, frac(1), V), 'drops the ½ from the convexity term'],
        [loss(mod, half, frac(F * p, 10000)), 'values the position at its clean price'],
        [
          loss(div(mod, add(1, rate(y))), half, V),
          'divides the modified duration by 1 plus the yield',
        ],
      ],
    })
  }),
  apart('market-value-weighted-duration-of-a-bond-portfolio-with-cash', (rng) => {
    // The 20-year bond is the largest holding, so the equal-weight average falls below the key
    // (a portfolio weighted otherwise left too few slips above it and was refused in 26 % of draws).
    const F1 = rng.int(100, 300) * 100000
    const p1 = rng.int(10100, 10600)
    // Each duration one that a bond of that maturity and price can have (under its maturity).
    const D1 = rng.int(180, 195)
    const F2 = rng.int(100, 300) * 100000
    const p2 = rng.int(9700, 10300)
    const D2 = rng.int(420, 470)
    const F3 = rng.int(400, 900) * 100000
    const p3 = rng.int(7000, 9000)
    const D3 = rng.int(1200, 1500)
    const K = rng.int(20, 150) * 100000
    const mv = [frac(F1 * p1, 10000), frac(F2 * p2, 10000), frac(F3 * p3, 10000)]
    const ds = [frac(D1, 100), frac(D2, 100), frac(D3, 100)]
    const faces = [F1, F2, F3]
    const dollar = total(mv.map((v, i) => mul(v, ds[i]!)))
    const value = total(mv)
    const key = div(dollar, add(value, K))
    return balanced({
      stem: `A bond portfolio holds ${$(F1)} face of a 2-year bond priced at ${h2(p1)} per 100 (modified duration ${h2(D1)}), ${$(F2)} face of a 5-year bond at ${h2(p2)} (duration ${h2(D2)}), ${$(F3)} face of a 20-year bond at ${h2(p3)} (duration ${h2(D3)}) and ${$(K)} in cash, which has a duration of zero. Prices are full prices. What is the modified duration of the whole portfolio, weighting by market value, to two decimal places ${HALF}?`,
      show: years(2),
      figures: { F1, p1, D1, F2, p2, D2, F3, p3, D3, K },
      key,
      wrong: [
        [div(dollar, value), 'leaves the cash out'],
        [
          div(total(faces.map((f, i) => mul(f, ds[i]!))), F1 + F2 + F3 + K),
          'weights by face value instead of market value',
        ],
        [
          div(total(mv.map((v, i) => mul(v, ds[i]!, ds[i]!))), dollar),
          'weights each duration by its dollar duration',
        ],
        [div(total(ds), 3), 'averages the three durations equally'],
        [div(total(ds), 4), 'averages equally with the cash as a fourth holding'],
        [div(dollar, F1 + F2 + F3 + K), 'divides the dollar duration by total face value'],
      ],
    })
  }),
  apart('futures-to-shorten-portfolio-duration-to-a-target', (rng) => {
    const five = rng.int(0, 1) === 1
    const T = five ? 5 : 10
    const DF = five ? rng.int(400, 470) : rng.int(600, 720)
    const f = five ? rng.int(10500, 11000) : rng.int(10800, 11800)
    const DP = rng.int(DF + 50, Math.min(DF + 400, 1100))
    const DT = rng.int(100, Math.floor(DP / 2) - 20)
    const P = rng.int(200, 4000) * 100000
    const fv = mul(frac(f, 10000), 100000)
    const n = (change: number, dur: Fraction | number, per: Fraction | number) =>
      div(mul(frac(change, 100), P), mul(dur, per))
    const dF = frac(DF, 100)
    return balanced({
      stem: `A manager’s ${$(P)} bond portfolio has a modified duration of ${h2(DP)}; ahead of an expected rise in rates she wants it at ${h2(DT)} by selling ${T}-year Treasury note futures. Each contract is on $100,000 face, the futures price is ${h2(f)} per 100 and the futures’ duration (that of the cheapest-to-deliver note) is ${h2(DF)}. How many contracts should she sell, to the nearest whole contract ${HALF}?`,
      show: contracts,
      figures: { T, DF, f, DP, DT, P },
      key: n(DP - DT, dF, fv),
      wrong: [
        [n(DP, dF, fv), 'hedges to zero duration instead of the target'],
        [n(DP - DT, dF, 100000), 'values each contract at its face of $100,000'],
        [n(DP - DT, 1, fv), 'leaves out the futures’ duration'],
        [n(DT, dF, fv), 'uses the target duration as the change'],
        [
          n(DP - DT, frac(DP, 100), fv),
          'divides by the portfolio’s duration instead of the futures’',
        ],
        [n(DP - DT, T, fv), 'takes the contract’s tenor as its duration'],
      ],
    })
  }),
  apart('treasury-futures-hedge-by-dv01-with-conversion-factor-and-yield-beta', (rng) => {
    const F = rng.int(200, 3000) * 100000
    const p = rng.int(10100, 11000)
    const a = rng.int(20, 250)
    const D = rng.int(400, 900)
    const beta = rng.int(70, 95)
    const pc = rng.int(8500, 9900)
    // A 10-year note contract's cheapest-to-deliver (a note of about 6½–8 years).
    const Dc = rng.int(520, 680)
    const cf = rng.int(7000, 9500)
    const dvP = (value: Fraction | number) => mul(frac(D, 100), value, frac(1, 10000))
    const V = frac(F * (p + a), 10000)
    // The cheapest-to-deliver's DV01 per $100,000 contract.
    const dvC = (price: number) => mul(frac(Dc, 100), frac(price, 10000), 100000, frac(1, 10000))
    const b = frac(beta, 100)
    const k = frac(cf, 10000)
    const n = (port: Fraction, yb: Fraction | number, fut: Fraction) => div(mul(port, yb), fut)
    return balanced({
      stem: `A treasurer hedges a corporate bond portfolio of ${$(F)} face (clean price ${h2(p)}, accrued interest ${h2(a)} per 100, modified duration ${h2(D)}) with 10-year Treasury note futures on $100,000 face. The cheapest-to-deliver note has a full price of ${h2(pc)} per 100, a modified duration of ${h2(Dc)} and a conversion factor of ${fixed(k, 4)}; as stated for this exercise, the futures’ DV01 is the cheapest-to-deliver’s DV01 per contract divided by its conversion factor. Corporate yields move ${fixed(b, 2)} basis points for each basis point of Treasury yields (yield beta). Matching DV01s on the portfolio’s full value, how many contracts should be sold, to the nearest whole contract ${HALF}?`,
      show: contracts,
      figures: { F, p, a, D, beta, pc, Dc, cf },
      key: n(dvP(V), b, div(dvC(pc), k)),
      wrong: [
        [n(dvP(V), b, dvC(pc)), 'leaves out the conversion factor'],
        [n(dvP(V), b, mul(dvC(pc), k)), 'multiplies by the conversion factor instead of dividing'],
        [n(dvP(V), 1, div(dvC(pc), k)), 'leaves out the yield beta'],
        [n(dvP(V), b, div(dvC(10000), k)), 'values the cheapest-to-deliver at par'],
        [n(dvP(F), b, div(dvC(pc), k)), 'values the portfolio at face'],
        [n(dvP(frac(F * p, 10000)), b, div(dvC(pc), k)), 'values the portfolio at its clean price'],
      ],
    })
  }),
  apart('one-year-repricing-gap-and-the-change-in-nii', (rng) => {
    const G = rng.int(8000, 40000)
    const FF = rng.int(2000, 10000)
    const FL = rng.int(20000, 80000)
    const S1 = rng.int(5000, 25000)
    const RSA = FF + FL + S1
    const OB = part(rng, G, 20, 80)
    const C1 = part(rng, G, 30, 90)
    const MM = RSA + G - C1 - OB
    const S2 = part(rng, G, 20, 90)
    const FX = rng.int(60000, 200000)
    const DD = rng.int(15000, 60000)
    const C2 = rng.int(10000, 40000)
    const dr = rng.int(1, 6) * 25
    const k = (x: number) => $(x * 1000)
    const nii = (gap: number) => frac(gap * 1000 * dr, 10000)
    return balanced({
      stem: `A bank’s balance sheet: fed funds sold and overnight placements ${k(FF)}; floating-rate loans resetting monthly ${k(FL)}; securities maturing within a year ${k(S1)}; securities maturing in 2–5 years ${k(S2)}; fixed-rate loans maturing after a year ${k(FX)}. Funding: money market and savings deposits (rates reset at the bank’s discretion at any time) ${k(MM)}; CDs maturing within a year ${k(C1)}; overnight borrowings ${k(OB)}; CDs maturing in 2–3 years ${k(C2)}; noninterest-bearing demand deposits ${k(DD)}, which pay no interest and so do not reprice. If all market and deposit rates fall by ${dr} basis points at once and stay there, with items repricing within a year repricing immediately and balances unchanged, by how much does net interest income over the next year rise, ${DOLLAR}?`,
      show: money,
      figures: { FF, FL, S1, S2, FX, MM, C1, OB, C2, DD, dr },
      key: nii(G),
      wrong: [
        [nii(MM + C1 + OB), 'applies the fall only to the rate-sensitive liabilities'],
        [nii(G + DD), 'counts the demand deposits as rate-sensitive'],
        [nii(G + C2), 'counts the CDs maturing after a year'],
        [nii(G - C1), 'leaves out the CDs maturing within the year'],
        [nii(G - S2), 'counts the securities maturing after a year'],
        [nii(G - OB), 'leaves out the overnight borrowings'],
      ],
    })
  }),
  apart('nii-change-from-periodic-gaps-repricing-at-midpoints', (rng) => {
    const g1 = rng.int(10000, 40000)
    const g2 = part(rng, g1, 30, 100)
    const g3 = part(rng, g1, 20, 90)
    const A1 = g1 + rng.int(20000, 80000)
    const A2 = g2 + rng.int(20000, 80000)
    const A3 = g3 + rng.int(20000, 80000)
    const L1 = A1 - g1
    const L2 = A2 - g2
    const L3 = A3 - g3
    const dr = rng.int(1, 8) * 25
    const k = (x: number) => $(x * 1000)
    // Months of the year left after each bucket reprices, times its gap, in $ thousands.
    const ni = (w1: number, w2: number, w3: number, x1 = g1, x2 = g2, x3 = g3) =>
      frac((x1 * w1 + x2 * w2 + x3 * w3) * 1000 * dr, 12 * 10000)
    return balanced({
      stem: `A bank’s repricing schedule for the next year: 0–3 months, assets ${k(A1)} and liabilities ${k(L1)}; 3–6 months, assets ${k(A2)} and liabilities ${k(L2)}; 6–12 months, assets ${k(A3)} and liabilities ${k(L3)}. As stated for this exercise, each bucket’s items reprice at its midpoint (1.5, 4.5 and 9 months) and earn or pay the new rate for the rest of the 12 months. If all rates rise by ${dr} basis points today, by how much does net interest income over the next 12 months rise, ${DOLLAR}?`,
      show: money,
      figures: { A1, L1, A2, L2, A3, L3, dr },
      key: ni(10.5, 7.5, 3),
      wrong: [
        [ni(12, 12, 12), 'applies the rise for the whole year to the cumulative gap'],
        [ni(12, 9, 6), 'reprices each bucket at its start'],
        [ni(10.5, 7.5, 3, A1, A2, A3), 'reprices only the assets'],
        [ni(9, 6, 0), 'reprices each bucket at its end'],
        [ni(1.5, 4.5, 9), 'weights by the months before repricing instead of after'],
        [ni(10.5, 7.5, 0), 'leaves out the 6–12 month bucket'],
      ],
    })
  }),
  apart('duration-gap-and-the-change-in-equity-value', (rng) => {
    const A = rng.int(100, 2000) * 1000
    const L = part(rng, A, 88, 94)
    const DA = rng.int(250, 600)
    const DL = rng.int(50, Math.floor(DA / 1.5))
    const y = rng.int(60, 140) * 5
    const dy = rng.int(2, 8) * 25
    const E = A - L
    const move = div(rate(dy), add(1, rate(y)))
    const k = (x: number) => $(x * 1000)
    const fall = (gap: Fraction, base: number, m: Fraction = move) => mul(gap, base * 1000, m)
    const da = frac(DA, 100)
    const dl = frac(DL, 100)
    const gap = sub(da, mul(frac(L, A), dl))
    return balanced({
      stem: `A bank has assets of ${k(A)} with a Macaulay duration of ${h2(DA)} years and liabilities of ${k(L)} with a Macaulay duration of ${h2(DL)} years, both at market value; the rate on its balance sheet is ${bp(y)} (annual compounding). As stated for this exercise, a value’s change for a rate change Δr is −(Macaulay duration) × value × Δr ÷ (1 + ${bp(y)}). Using the bank’s duration gap, by how much would the market value of its equity fall if rates rose by ${dy} basis points, ${DOLLAR}?`,
      show: money,
      figures: { A, L, DA, DL, y, dy },
      key: fall(gap, A),
      wrong: [
        [fall(gap, A, rate(dy)), 'does not divide by 1 plus the rate'],
        [fall(da, A), 'leaves out the liabilities'],
        [fall(add(da, mul(frac(L, A), dl)), A), 'adds the liabilities’ duration'],
        [fall(sub(da, dl), A), 'does not weight the liabilities’ duration by L/A'],
        [fall(gap, E), 'applies the gap to equity instead of assets'],
        [fall(sub(da, mul(frac(A, L), dl)), A), 'weights the liabilities’ duration by A/L'],
      ],
    })
  }),
  apart('loss-from-key-rate-dv01s-under-a-steepening-twist', (rng) => {
    const d2 = rng.int(20, 150) * 100
    const d5 = rng.int(40, 250) * 100
    const d10 = rng.int(60, 350) * 100
    const d30 = rng.int(20, 200) * 100
    const s2 = rng.int(2, 10)
    const s5 = rng.int(3, 12)
    const s10 = s5 + rng.int(3, 15)
    const s30 = s10 + rng.int(3, 15)
    const all = d2 + d5 + d10 + d30
    const key = d5 * s5 + d10 * s10 + d30 * s30 - d2 * s2
    if (key <= 0) rest()
    return balanced({
      stem: `A portfolio’s key-rate DV01s (its loss for a 1-basis-point rise at one key rate alone) are ${$(d2)} at 2 years, ${$(d5)} at 5 years, ${$(d10)} at 10 years and ${$(d30)} at 30 years. Overnight the curve twists: the 2-year rate falls ${s2} basis points while the 5-, 10- and 30-year rates rise ${s5}, ${s10} and ${s30} basis points. Using the key-rate DV01s, what is the portfolio’s loss, ${DOLLAR}?`,
      show: money,
      figures: { d2, d5, d10, d30, s2, s5, s10, s30 },
      key: frac(key),
      wrong: [
        [frac(key + 2 * d2 * s2), 'treats the 2-year fall as a rise'],
        [frac(key + d2 * s2), 'leaves out the 2-year bucket'],
        [frac(all * s30), 'applies the 30-year rise to the total DV01'],
        [frac(key - d30 * s30), 'leaves out the 30-year bucket'],
        [frac(d10 * s10), 'takes only the 10-year bucket'],
        [frac(all * s5), 'applies the 5-year rise to the total DV01'],
        [frac(all * (s5 + s10 + s30 - s2), 4), 'applies the average shift to the total DV01'],
      ],
    })
  }),
  apart('immunizing-a-liability-with-two-bonds', (rng) => {
    const FV = rng.int(1000, 50000) * 1000
    const T = rng.int(4, 9)
    const y = rng.int(12, 24) * 25
    const D1 = rng.int(80, 300)
    // The longer bond sits nearer the payment than the shorter one, so most money goes long.
    const D2 = T * 100 + rng.int(120, Math.min(600, T * 100 - D1 - 20))
    const PV = div(FV, power(add(1, rate(y)), T))
    const d1 = frac(D1, 100)
    const d2 = frac(D2, 100)
    const share = (top: Fraction | number, bottom: Fraction | number) => div(top, bottom)
    return balanced({
      stem: `A pension fund must pay ${$(FV)} in ${T} years. The yield curve is flat at ${bp(y)} (annual compounding). It immunizes the payment with two bonds whose Macaulay durations are ${h2(D1)} and ${h2(D2)} years, investing the payment’s present value so that the portfolio’s Macaulay duration (the value-weighted average) equals the payment’s. How much should it invest in the longer bond, ${DOLLAR}?`,
      show: money,
      figures: { FV, T, y, D1, D2 },
      key: mul(PV, share(sub(T, d1), sub(d2, d1))),
      wrong: [
        [
          mul(FV, share(sub(T, d1), sub(d2, d1))),
          'weights the amount due instead of its present value',
        ],
        [mul(PV, share(T, d2)), 'ignores the shorter bond’s duration'],
        [
          mul(PV, share(sub(mul(T, add(1, rate(y))), d1), sub(d2, d1))),
          'multiplies the payment’s duration by 1 plus the yield before matching',
        ],
        [mul(PV, share(sub(d2, T), sub(d2, d1))), 'gives the amount for the shorter bond'],
        [mul(PV, share(sub(T, d1), d2)), 'divides by the longer duration instead of the spread'],
        [div(PV, 2), 'splits the money equally between the bonds'],
      ],
    })
  }),
  apart('one-year-cumulative-gap-with-slotting-rules', (rng) => {
    const G = rng.int(15000, 50000)
    const FL = rng.int(20000, 60000)
    const pa = rng.int(25, 40)
    const AB = Math.round((part(rng, G, 30, 90) * 100) / (100 - pa))
    const AP = Math.round((AB * pa) / 100)
    const TB = rng.int(5000, 20000)
    const TN = part(rng, G, 20, 90)
    const x = rng.int(4, 8) * 5
    const SV = Math.round((part(rng, G, 30, 90) * 100) / x)
    const DD = rng.int(20000, 60000)
    const OB = rng.int(3000, 15000)
    const C2 = rng.int(10000, 40000)
    const RSA = FL + AP + TB
    // CDs maturing within the year close the gap at G (all in $ thousands).
    const C1 = frac(RSA * 100 + G * 100 - SV * x - OB * 100, 100)
    if (C1.n <= 0n) rest()
    const slotted = frac(SV * x, 100)
    const k = (v: number | Fraction) => money(mul(v, 1000))
    const gap = (extra: Fraction | number) => mul(add(G, extra), 1000)
    return balanced({
      stem: `A bank builds its one-year repricing gap. Assets: commercial loans of ${k(FL)} maturing in 3–5 years at floating rates reset every quarter; auto loans of ${k(AB)} at fixed rates, of which scheduled principal of ${k(AP)} is repaid within 12 months; Treasury bills of ${k(TB)} maturing within 6 months; Treasury notes of ${k(TN)} maturing in 4 years. Liabilities: savings deposits of ${k(SV)}, of which its model slots ${x} % as repricing within a year; noninterest-bearing demand deposits of ${k(DD)}, which pay no interest and so do not reprice; CDs of ${k(C1)} maturing within a year and ${k(C2)} maturing in 2–3 years; overnight borrowings of ${k(OB)}. Items reprice at their next rate reset or, if fixed, when principal is repaid or matures. By how much do the liabilities repricing within one year exceed the assets repricing within one year, ${DOLLAR}?`,
      show: money,
      figures: { FL, AB, AP, TB, TN, x, SV, DD, C1d: Number((C1.n * 1000n) / C1.d), OB, C2 },
      key: gap(0),
      wrong: [
        [gap(sub(SV, slotted)), 'counts all the savings deposits as repricing'],
        [gap(DD), 'counts the demand deposits as repricing'],
        [gap(FL), 'slots the floating-rate loans by maturity'],
        [gap(-(AB - AP)), 'counts the whole auto loan balance'],
        [gap(mul(-1, slotted)), 'leaves the savings deposits out'],
        [gap(-TN), 'counts the Treasury notes'],
      ],
    })
  }),
  apart('nii-change-with-deposit-betas', (rng) => {
    const S = rng.int(30000, 120000)
    const M = rng.int(20000, 80000)
    const C1 = rng.int(10000, 50000)
    const W = rng.int(5000, 30000)
    const bs = rng.int(4, 9) * 5
    const bm = rng.int(10, 16) * 5
    const RSA = S + M + C1 + W + part(rng, S + M + C1 + W, 5, 30)
    const FL = part(rng, RSA, 55, 80)
    const SC = RSA - FL
    const dr = rng.int(1, 8) * 25
    // Assets repricing less each funding item times the share of the rise it passes on.
    const net = (s: Fraction | number, m: Fraction | number, full: number) =>
      sub(RSA, add(mul(s, S), mul(m, M), full))
    const betaS = frac(bs, 100)
    const betaM = frac(bm, 100)
    const key0 = net(betaS, betaM, C1 + W)
    const DD = Math.round((Number(key0.n / key0.d) * rng.int(20, 90)) / 100)
    const k = (x: number) => $(x * 1000)
    const nii = (x: Fraction) => mul(x, 1000, rate(dr))
    return balanced({
      stem: `Over the next year a bank’s floating-rate loans of ${k(FL)} and short-term securities of ${k(SC)} reprice fully with market rates. Its funding: savings deposits of ${k(S)} (deposit beta ${bs} %), money market deposit accounts of ${k(M)} (beta ${bm} %), CDs maturing within the year of ${k(C1)} and wholesale borrowings of ${k(W)} (both reprice fully), and noninterest-bearing demand deposits of ${k(DD)} (beta 0). A deposit beta is the share of a market rate change passed on to the deposit rate. If market rates rise ${dr} basis points at once and, as stated for this exercise, every item reprices immediately by its beta (no lag), balances unchanged, by how much does net interest income over the year rise, ${DOLLAR}?`,
      show: money,
      figures: { FL, SC, S, M, C1, W, DD, bs, bm, dr },
      key: nii(key0),
      wrong: [
        [nii(net(0, 0, C1 + W)), 'leaves the savings and money market deposits out'],
        [nii(net(betaS, betaS, C1 + W)), 'applies the savings beta to the money market accounts'],
        [nii(net(betaS, betaM, C1)), 'leaves out the wholesale borrowings'],
        [nii(net(1, 1, C1 + W)), 'reprices the deposits fully, ignoring their betas'],
        [nii(net(betaM, betaM, C1 + W)), 'applies the money market beta to the savings deposits'],
        [nii(net(betaS, betaM, C1 + W + DD)), 'reprices the demand deposits fully'],
      ],
    })
  }),
  apart('swap-notional-to-bring-eve-dv01-within-a-limit', (rng) => {
    const A = rng.int(500, 5000) * 1000
    const DA = rng.int(300, 600)
    const L = part(rng, A, 88, 94)
    const DL = rng.int(50, 250)
    const T = rng.pick([5, 7, 10])
    const s = Math.round((T * 100 * rng.int(86, 94)) / 100)
    // DV01s in dollars per basis point; balances in $ thousands.
    const dv = (dur: number, bal: number) => frac(dur * bal * 1000, 100 * 10000)
    const a = dv(DA, A)
    const l = dv(DL, L)
    const net = sub(a, l)
    const Lim = Math.round((Number(net.n / net.d) * rng.int(10, 45)) / 100000) * 1000
    if (Lim <= 0) rest()
    const notional = (exposure: Fraction | number, per: number) => mul(div(exposure, per), 1000000)
    const k = (x: number) => $(x * 1000)
    return balanced({
      stem: `A bank’s assets of ${k(A)} have a modified duration of ${h2(DA)} and its liabilities of ${k(L)} a modified duration of ${h2(DL)}, both at market value, so its economic value of equity loses as rates rise. Its limit is an EVE DV01 (loss per basis point of parallel rise) of ${$(Lim)}. It will pay fixed on ${T}-year interest rate swaps, whose DV01 is ${$(s)} per $1 million of notional. What notional brings its EVE DV01 down to the limit, ${DOLLAR}?`,
      show: money,
      figures: { A, DA, L, DL, T, s, Lim },
      key: notional(sub(net, Lim), s),
      wrong: [
        [notional(net, s), 'hedges the whole DV01 instead of the excess over the limit'],
        [notional(sub(a, Lim), s), 'leaves out the liabilities’ DV01'],
        [notional(sub(add(a, l), Lim), s), 'adds the liabilities’ DV01'],
        [notional(sub(net, Lim), T * 100), 'takes the swap’s tenor as its duration'],
        [notional(sub(dv(DA - DL, A), Lim), s), 'nets the durations without weighting by balances'],
        [notional(Lim, s), 'hedges the limit instead of the excess'],
      ],
    })
  }),
  apart('loss-on-a-zero-coupon-bond-by-full-revaluation', (rng) => {
    const F = rng.int(10, 500) * 100000
    const T = rng.int(3, 10)
    const y = rng.int(40, 120) * 5
    const dy = rng.int(1, 8) * 25
    const price = (r: number, t: number) => div(F, power(add(1, rate(r)), t))
    const P0 = price(y, T)
    const P1 = price(y + dy, T)
    return balanced({
      stem: `A fund holds a zero-coupon bond paying ${$(F)} in ${T} years, priced at a yield of ${bp(y)} (annual compounding). Revaluing the bond in full at the new yield (no duration or convexity approximation), how much would it lose if its yield rose by ${dy} basis points, ${DOLLAR}?`,
      show: money,
      figures: { F, T, y, dy },
      key: sub(P0, P1),
      wrong: [
        [mul(P0, div(T, add(1, rate(y))), rate(dy)), 'estimates with modified duration instead'],
        [mul(P0, T, rate(dy)), 'estimates with Macaulay duration instead'],
        [mul(F, div(T, add(1, rate(y))), rate(dy)), 'applies modified duration to the face value'],
        [
          mul(P1, div(T, add(1, rate(y + dy))), rate(dy)),
          'estimates with the price and duration after the rise',
        ],
        [sub(price(y, T - 1), price(y + dy, T - 1)), 'discounts for one year fewer'],
        [
          mul(P0, div(rate(dy), add(1, rate(y + dy)))),
          'applies the higher yield for one year only',
        ],
      ],
    })
  }),
]

/** A price drawn in thousandths, per 100 of face: 98452 → `98.452`. */
function h3(x: number): string {
  return fixed(frac(x, 1000), 3)
}
