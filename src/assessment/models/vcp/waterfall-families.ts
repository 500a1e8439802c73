import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  an,
  apart,
  CENTS,
  div,
  dol,
  type Fraction,
  fixed,
  frac,
  mul,
  n,
  rest,
  sub,
  usd,
} from './vcp-text.js'

// Liquidation preferences and exit waterfalls. The slips are the preference taken without the
// comparison with converting, participation and conversion both taken, a participation cap left
// out or read as a multiple on top of the preference, a senior series ranked pari passu or a pari
// passu stack ranked by seniority, a pro rata share by share count instead of by preference
// amount, cumulative dividends left out, compounded or cut to whole years, a carve-out, fee or
// escrow left out or taken on the wrong base, the ungranted pool counted among the shares that
// share in a sale, and a holder’s stake taken on the wrong base.

const money = usd(2)
/** A price per share to four places. */
const price4 = (x: Fraction): string => `$${fixed(x, 4)}`
const FOUR = 'to four decimal places (a half rounded up)'
/** A multiple of invested capital to two places. */
const times = (x: Fraction): string => `${fixed(x, 2)}x`
/** A price per share drawn in ten-thousandths of a dollar, and as a stem writes it. */
const px = (t: number): Fraction => frac(t, 10000)
const pxText = (t: number): string => `$${fixed(px(t), 4)}`
/** A multiple drawn in tenths, as a stem writes it: 25 → `2.5x`. */
const mx = (k: number): string => `${fixed(frac(k, 10), k % 10 === 0 ? 0 : 1)}x`
/** `x` as a plain number, for the draw's own comparisons (never shown). */
const num = (x: Fraction | number): number =>
  typeof x === 'number' ? x : Number(x.n) / Number(x.d)
/** The smaller of two fractions. */
const least = (a: Fraction, b: Fraction): Fraction => (num(a) <= num(b) ? a : b)
/** The larger of two fractions. */
const most = (a: Fraction, b: Fraction): Fraction => (num(a) >= num(b) ? a : b)
/** A whole number of `unit` dollars from `low` to `high` dollars (floats allowed), or a refusal. */
function dollarsBetween(rng: Rng, low: number, high: number, unit: number): number {
  const a = Math.ceil(low / unit)
  const b = Math.floor(high / unit)
  if (b < a) rest()
  return rng.int(a, b) * unit
}
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)

/** The class terms a stem repeats. */
const NONPART =
  'a 1x non-participating liquidation preference (on a sale it takes either its original issue price per share or, by converting one for one into common, its share of the proceeds as common, whichever is more)'
const POOL = (u: number) =>
  `an ungranted option pool of ${n(u)} shares (reserved, never issued, so it receives nothing)`

export const WATERFALL_FAMILIES: ScenarioFamily[] = [
  apart('non-participating-series-a-proceeds-when-conversion-beats-the-preference', (rng) => {
    const S = rng.int(20, 45) * 100000
    const p = rng.int(8000, 25000)
    const C0 = rng.int(40, 90) * 100000
    const D = rng.int(5, 40) * 10000
    const U = rng.int(5, 15) * 100000
    const X = rng.int(8, 40) * 50000
    const C = C0 + D
    const P = mul(S, px(p))
    const T = num(mul(S + C, px(p)))
    const E0 = dollarsBetween(rng, T * 1.3 + X, T * 4 + X, 1000000)
    const E = E0 - X
    const f = frac(S, S + C)
    return {
      stem: `A start-up is sold for ${dol(E0)}. Transaction fees of ${dol(X)} are paid out of the price before anything reaches the stockholders. Its only preferred stock is ${n(S)} Series A shares (original issue price ${pxText(p)}) with ${NONPART}. At the Series A closing ${n(C0)} common shares were outstanding; employees have since exercised options for ${n(D)} more, and there is ${POOL(U)}. What does the Series A receive, ${CENTS}?`,
      show: money,
      figures: { S, p, C0, D, U, X, E0 },
      key: mul(E, f),
      wrong: [
        [P, 'takes the preference without comparing it with converting'],
        [mul(sub(E, P), f), 'deducts the preference first, then takes the as-converted share'],
        [mul(E, frac(S, S + C + U)), 'counts the ungranted pool among the shares'],
        [add(P, mul(sub(E, P), f)), 'takes the preference and its as-converted share of the rest'],
        [mul(E0, f), 'leaves out the transaction fees'],
        [mul(E, frac(S, S + C0)), 'uses the common outstanding at the Series A closing'],
      ],
    }
  }),
  apart('sale-price-at-which-non-participating-series-a-converts', (rng) => {
    const S = rng.int(20, 45) * 100000
    const p = rng.int(8000, 25000)
    const C = rng.int(4500, 9500) * 1000
    const U = rng.int(5, 15) * 100000
    const X = rng.int(8, 40) * 50000
    const P = mul(S, px(p))
    const at = (shares: number) => mul(shares, px(p))
    return {
      stem: `A venture analyst is modelling a sale of a start-up. Its only preferred stock is ${n(S)} Series A shares (original issue price ${pxText(p)}) with ${NONPART}. There are ${n(C)} common shares outstanding and ${POOL(U)}. Transaction fees of ${dol(X)} come off the price before the stockholders are paid. At what sale price, before the fees, does the Series A receive exactly as much by converting as by taking its preference, ${CENTS}?`,
      show: money,
      figures: { S, p, C, U, X },
      key: add(at(S + C), X),
      wrong: [
        [add(P, X), 'gives the price that just covers the preference and the fees'],
        [at(S + C), 'leaves out the fees'],
        [add(at(C), X), 'compares the issue price with the proceeds per common share alone'],
        [add(at(S + C + U), X), 'counts the ungranted pool among the shares'],
        [add(at(S + C), mul(X, frac(S + C, S))), 'takes the fees out of the Series A’s share'],
        [add(P, at(S + C), X), 'compares the preference with a share of what is left after it'],
      ],
    }
  }),
  apart('proceeds-per-common-share-behind-fully-participating-preferred', (rng) => {
    const S = rng.int(20, 50) * 100000
    const p = rng.int(8000, 30000)
    const C = rng.int(4500, 9500) * 1000
    const U = rng.int(5, 15) * 100000
    const X = rng.int(8, 40) * 50000
    const P = mul(S, px(p))
    const E0 = dollarsBetween(rng, num(P) * 1.5 + X, num(P) * 6 + X, 500000)
    const E = E0 - X
    const left = sub(E, P)
    return {
      stem: `A start-up is sold for ${dol(E0)}, and transaction fees of ${dol(X)} are paid from the price first. Its ${n(S)} Series A shares (original issue price ${pxText(p)}) are fully participating preferred: each first receives its original issue price, then shares what is left with the common as if converted one for one. There are ${n(C)} common shares outstanding and ${POOL(U)}. How much does each common share receive, in dollars ${FOUR}?`,
      show: price4,
      figures: { S, p, C, U, X, E0 },
      key: div(left, S + C),
      wrong: [
        [div(sub(E0, P), S + C), 'leaves out the transaction fees'],
        [div(E, S + C), 'lets the Series A convert instead of taking its preference'],
        [div(left, C), 'gives the Series A its preference but no share of the rest'],
        [div(left, S + C + U), 'counts the ungranted pool among the shares'],
        [
          div(sub(mul(E, frac(C, S + C)), P), C),
          'lets the Series A participate in the whole proceeds, not what is left',
        ],
        [sub(div(sub(E0, P), S + C), frac(X, C)), 'takes the fees from the common’s share only'],
      ],
    }
  }),
  apart('founder-proceeds-when-capped-participation-reaches-its-cap', (rng) => {
    const S = rng.int(20, 45) * 100000
    const p = rng.int(8000, 25000)
    const C = rng.int(5000, 9500) * 1000
    const F = Math.round((C * rng.int(20, 45)) / 100000) * 1000
    const U = rng.int(5, 15) * 100000
    const X = rng.int(8, 40) * 50000
    const k = rng.pick([20, 25, 30])
    const P = mul(S, px(p))
    const capAmt = mul(P, frac(k, 10))
    const f = frac(S, S + C)
    // Participation reaches the cap at E1; converting beats the cap above E2.
    const E1 = num(add(P, div(sub(capAmt, P), f)))
    const E2 = num(div(capAmt, f))
    const E0 = dollarsBetween(rng, E1 + 0.15 * (E2 - E1) + X, E2 - 0.15 * (E2 - E1) + X, 100000)
    const E = E0 - X
    const fc = frac(F, C)
    return {
      stem: `A start-up is sold for ${dol(E0)}; transaction fees of ${dol(X)} are paid from the price first. Its ${n(S)} Series A shares (original issue price ${pxText(p)}) are participating preferred with a cap: each first receives its original issue price, then shares what is left with the common as if converted one for one, until its total reaches ${mx(k)} its original issue price; the Series A may instead convert to common if that gives it more. There are ${n(C)} common shares outstanding, of which a founder holds ${n(F)}, and ${POOL(U)}. What does the founder receive, ${CENTS}?`,
      show: money,
      figures: { S, p, C, F, U, X, k, E0 },
      key: mul(sub(E, capAmt), fc),
      wrong: [
        [mul(sub(E, P), frac(F, S + C)), 'leaves out the cap'],
        [
          mul(sub(E, capAmt), frac(F, S + C)),
          'gives the founder a fully diluted share of the rest',
        ],
        [mul(sub(E, capAmt), frac(F, C + U)), 'counts the ungranted pool as common'],
        [mul(E, frac(F, S + C)), 'lets the Series A convert'],
        [mul(sub(E, P), fc), 'gives the Series A its preference only'],
        [mul(sub(E0, capAmt), fc), 'leaves out the transaction fees'],
      ],
    }
  }),
  apart('capped-participating-series-a-proceeds-below-the-cap-or-converted', (rng) => {
    const S = rng.int(20, 45) * 100000
    const p = rng.int(8000, 25000)
    const C = rng.int(5000, 9500) * 1000
    const X = rng.int(8, 40) * 50000
    const k = rng.pick([20, 25, 30])
    const P = mul(S, px(p))
    const capAmt = mul(P, frac(k, 10))
    const f = frac(S, S + C)
    const E1 = num(add(P, div(sub(capAmt, P), f)))
    const E2 = num(div(capAmt, f))
    const converts = rng.int(0, 1) === 1
    const E0 = converts
      ? dollarsBetween(rng, E2 * 1.15 + X, E2 * 2.5 + X, 500000)
      : dollarsBetween(rng, num(P) * 1.4 + X, E1 * 0.9 + X, 100000)
    const E = E0 - X
    const part = add(P, mul(sub(E, P), f))
    const wrong: [Fraction, string][] = converts
      ? [
          [capAmt, 'stops at the cap instead of converting'],
          [P, 'takes only its preference'],
          [mul(sub(E, P), f), 'deducts the preference before converting'],
          [part, 'participates without the cap'],
          [mul(E0, f), 'leaves out the transaction fees'],
          [add(capAmt, mul(sub(E, capAmt), f)), 'takes the cap and then a share of the rest'],
        ]
      : [
          [mul(E, f), 'converts instead of participating'],
          [P, 'takes only its preference'],
          [mul(sub(E, P), f), 'takes the share of the rest without the preference'],
          [capAmt, 'takes the cap'],
          [add(P, mul(E, f)), 'participates in the whole proceeds, not what is left'],
          [add(P, mul(sub(E0, P), f)), 'leaves out the transaction fees'],
        ]
    return {
      stem: `A start-up is sold for ${dol(E0)}; transaction fees of ${dol(X)} are paid from the price first. Its ${n(S)} Series A shares (original issue price ${pxText(p)}) are participating preferred with a cap: each first receives its original issue price, then shares what is left with the common as if converted one for one, until its total reaches ${mx(k)} its original issue price; the Series A may instead convert to common if that gives it more. There are ${n(C)} common shares outstanding and no other shares or options. What does the Series A receive, ${CENTS}?`,
      show: money,
      figures: { S, p, C, X, k, E0 },
      key: converts ? mul(E, f) : part,
      wrong,
    }
  }),
  apart('founder-proceeds-behind-a-senior-two-times-preference', (rng) => {
    const SA = rng.int(20, 40) * 100000
    const pA = rng.int(6000, 15000)
    const SB = rng.int(12, 30) * 100000
    const pB = rng.int(Math.ceil(pA * 1.5), pA * 3)
    const C = rng.int(5000, 9000) * 1000
    const F = Math.round((C * rng.int(30, 55)) / 100000) * 1000
    const U = rng.int(5, 15) * 100000
    const PA = mul(SA, px(pA))
    const PB = mul(SB, px(pB))
    const T = SA + SB + C
    // The Series B takes its 2x (though at 1x it would convert) and the Series A converts.
    const low = Math.max(num(div(mul(PB, T), SB)), num(add(mul(PB, 2), div(mul(PA, SA + C), SA))))
    const E = dollarsBetween(rng, low * 1.03, num(div(mul(PB, 2 * T), SB)) * 0.97, 100000)
    const B2 = mul(PB, 2)
    // No other settlement: the Series B converting with the Series A on its preference.
    if (num(mul(sub(E, PA), frac(SB, SB + C))) >= num(B2) && num(mul(E, frac(SA, T))) <= num(PA))
      rest()
    if (num(mul(E, frac(SA, T))) <= num(PA)) rest()
    const left = sub(E, B2)
    return {
      stem: `A start-up is sold and ${dol(E)} is available to its stockholders. Its Series B (${n(SB)} shares, original issue price ${pxText(pB)}) has a 2x non-participating liquidation preference, senior to the Series A: it takes twice its original issue price per share or converts one for one into common, whichever is more. The Series A (${n(SA)} shares, original issue price ${pxText(pA)}) has ${NONPART}. There are ${n(C)} common shares outstanding, of which a founder holds ${n(F)}, and ${POOL(U)}. What does the founder receive, ${CENTS}?`,
      show: money,
      figures: { SA, pA, SB, pB, C, F, U, E },
      key: mul(left, frac(F, SA + C)),
      wrong: [
        [mul(E, frac(F, T)), 'reads the Series B preference as 1x, so it converts'],
        [mul(sub(left, PA), frac(F, C)), 'has the Series A take its preference without comparing'],
        [mul(left, frac(F, C)), 'leaves the converted Series A out of the sharing'],
        [mul(sub(left, PA), frac(F, SA + C)), 'gives the Series A its preference and a share'],
        [mul(left, frac(F, T)), 'lets the Series B share in the rest after its 2x'],
        [mul(left, frac(F, SA + C + U)), 'counts the ungranted pool among the shares'],
      ],
    }
  }),
  apart('series-a-proceeds-pari-passu-with-series-b-behind-a-senior-series-c', (rng) => {
    const SA = rng.int(20, 40) * 100000
    const pA = rng.int(5000, 12000)
    const SB = rng.int(15, 30) * 100000
    const pB = rng.int(Math.ceil(pA * 1.6), pA * 3)
    const SC = rng.int(4, 10) * 100000
    const pC = rng.int(Math.ceil(pB * 1.3), pB * 2)
    const r = rng.int(6, 8)
    const t = rng.int(2, 4)
    const X = rng.int(8, 40) * 50000
    const [PA, PB, PC] = [mul(SA, px(pA)), mul(SB, px(pB)), mul(SC, px(pC))]
    const mC = mul(PC, frac(3, 2))
    const AB = add(PA, PB)
    // What is left after the Series C covers the Series B and part of the Series A.
    const E0 = dollarsBetween(
      rng,
      num(add(mC, PB, mul(PA, frac(1, 10)))) + X,
      num(add(mC, PB, mul(PA, frac(11, 20)))) + X,
      100000,
    )
    const E = E0 - X
    const divs = mul(PC, pc(r), t)
    if (num(sub(E, add(mC, divs))) <= 0 || num(sub(E, PC)) >= num(AB)) rest()
    // Pari passu up to the full amounts owed; anything beyond them would go to the common.
    const shareA = (left: Fraction) => mul(least(left, AB), div(PA, AB))
    return {
      stem: `A start-up is sold for ${dol(E0)}; transaction fees of ${dol(X)} are paid first. Its Series C (${n(SC)} shares, original issue price ${pxText(pC)}) has a 1.5x liquidation preference senior to all other stock, and ${an(r)}% non-cumulative dividend of which none has been declared in the ${t} years since it was issued. The Series B (${n(SB)} shares, original issue price ${pxText(pB)}) and the Series A (${n(SA)} shares, original issue price ${pxText(pA)}) each have a 1x liquidation preference and rank pari passu with each other, behind the Series C. All preferred is non-participating, converts one for one, and the proceeds fall short of the preferences, so none converts. What does the Series A receive, ${CENTS}?`,
      show: money,
      figures: { SA, pA, SB, pB, SC, pC, r, t, X, E0 },
      key: shareA(sub(E, mC)),
      wrong: [
        [shareA(sub(E, PC)), 'gives the Series C a 1x preference'],
        [shareA(sub(E0, mC)), 'leaves out the transaction fees'],
        [mul(E, div(PA, add(mC, AB))), 'ranks all three series pari passu'],
        [sub(sub(E, mC), PB), 'ranks the Series B ahead of the Series A'],
        [shareA(sub(E, add(mC, divs))), 'adds undeclared non-cumulative dividends to the Series C'],
        [mul(sub(E, mC), div(PA, add(PA, mul(PB, frac(3, 2))))), 'gives the Series B the 1.5x too'],
      ],
    }
  }),
  apart('series-b-proceeds-pari-passu-with-cumulative-dividends-below-the-stack', (rng) => {
    const SA = rng.int(20, 40) * 100000
    const pA = rng.int(6000, 14000)
    const SB = rng.int(12, 30) * 100000
    const pB = rng.int(Math.ceil(pA * 1.5), pA * 3)
    const r = rng.int(6, 10)
    const tA = rng.int(40, 72)
    const tB = rng.int(14, tA - 18)
    const X = rng.int(8, 40) * 50000
    const [PA, PB] = [mul(SA, px(pA)), mul(SB, px(pB))]
    const accrued = (P: Fraction, months: number) => mul(P, add(1, mul(pc(r), frac(months, 12))))
    const [QA, QB] = [accrued(PA, tA), accrued(PB, tB)]
    const Q = add(QA, QB)
    const E0 = dollarsBetween(rng, num(QA) * 1.08 + X, num(Q) * 0.92 + X, 100000)
    const E = E0 - X
    if (E0 >= num(Q) || num(sub(E, QA)) <= 0) rest()
    const comp = (P: Fraction, months: number) => {
      const y = Math.floor(months / 12)
      return mul(P, mul(frac((100 + r) ** y, 100 ** y), add(1, mul(pc(r), frac(months % 12, 12)))))
    }
    const [KA, KB] = [comp(PA, tA), comp(PB, tB)]
    return {
      stem: `A start-up is sold for ${dol(E0)}; transaction fees of ${dol(X)} are paid first. The Series A (${n(SA)} shares, original issue price ${pxText(pA)}, issued ${tA} months ago) and the Series B (${n(SB)} shares, original issue price ${pxText(pB)}, issued ${tB} months ago) each have a 1x non-participating liquidation preference plus cumulative dividends of ${r}% a year on the original issue price, accrued simply (not compounded) by whole months and never paid, and they rank pari passu: if the proceeds fall short, each series takes them in proportion to the full amount it is owed. The proceeds fall short, so neither converts and the common receives nothing. What does the Series B receive, ${CENTS}?`,
      show: money,
      figures: { SA, pA, SB, pB, r, tA, tB, X, E0 },
      key: mul(E, div(QB, Q)),
      wrong: [
        [mul(E, div(PB, add(PA, PB))), 'leaves out the dividends'],
        [least(QB, frac(E)), 'ranks the later Series B ahead of the Series A'],
        [mul(E0, div(QB, Q)), 'leaves out the transaction fees'],
        [mul(E, frac(SB, SA + SB)), 'splits by share count instead of amount owed'],
        [mul(E, div(KB, add(KA, KB))), 'compounds the dividends yearly'],
        [sub(E, QA), 'ranks the earlier Series A ahead of the Series B'],
      ],
    }
  }),
  apart('common-proceeds-after-cumulative-dividends-on-the-preference', (rng) => {
    const S = rng.int(20, 45) * 100000
    const p = rng.int(8000, 25000)
    const C = rng.int(5000, 9500) * 1000
    const r = rng.int(6, 10)
    const t = rng.int(26, 70)
    if (t % 12 === 0) rest()
    const P = mul(S, px(p))
    const D = mul(P, pc(r), frac(t, 12))
    const f = frac(S, S + C)
    // Conversion beats the bare preference but not the preference with its dividends.
    const E = dollarsBetween(
      rng,
      num(div(P, f)) + 0.15 * num(div(D, f)),
      num(div(add(P, D), f)) - 0.15 * num(div(D, f)),
      100000,
    )
    const y = Math.floor(t / 12)
    const compounded = mul(P, frac((100 + r) ** y, 100 ** y), add(1, mul(pc(r), frac(t % 12, 12))))
    const cf = frac(C, S + C)
    return {
      stem: `A start-up is sold and ${dol(E)} is available to its stockholders. Its ${n(S)} Series A shares (original issue price ${pxText(p)}) carry a 1x non-participating liquidation preference with cumulative dividends of ${r}% a year on the original issue price, accrued simply (not compounded) by whole months and never paid: on a sale it takes either its original issue price plus the accrued dividends per share or, by converting one for one into common (the accrued dividends then lapse), its share of the proceeds as common, whichever is more. The Series A was issued ${t} months before the sale. There are ${n(C)} common shares outstanding and no options. What do the common stockholders receive in total, ${CENTS}?`,
      show: money,
      figures: { S, p, C, r, t, E },
      key: sub(E, add(P, D)),
      wrong: [
        [sub(E, P), 'leaves out the accrued dividends'],
        [mul(E, cf), 'compares converting with the preference without its dividends'],
        [sub(E, mul(P, add(1, mul(pc(r), y)))), 'accrues the dividends for whole years only'],
        [sub(E, compounded), 'compounds the dividends yearly'],
        [mul(sub(E, add(P, D)), cf), 'lets the Series A participate after its preference'],
        [sub(mul(E, cf), D), 'has the Series A convert and collect its dividends as well'],
      ],
    }
  }),
  apart('manager-payout-from-a-tiered-carve-out-plan', (rng) => {
    const E0 = rng.int(30, 90) * 1000000
    const X = rng.int(8, 40) * 50000
    const N = E0 - X
    const T = rng.int(10, Math.floor(N / 2000000)) * 1000000
    if (T >= N) rest()
    const c1 = rng.int(5, 8)
    const c2 = rng.int(c1 + 2, 14)
    const K = rng.int(60, 100) * 10
    const k = rng.int(5, 20) * 10
    const Ku = rng.int(10, 30) * 10
    const PS = rng.int(Math.ceil((N * 1.15) / 1000000), Math.ceil((N * 1.8) / 1000000)) * 1000000
    const pool = (net: number, a = c1, b = c2) =>
      add(mul(pc(a), Math.min(net, T)), mul(pc(b), Math.max(0, net - T)))
    const share = frac(k, K)
    return {
      stem: `A start-up is sold for ${dol(E0)}; transaction fees of ${dol(X)} are paid first, leaving net proceeds of less than the ${dol(PS)} of liquidation preferences, so the common would receive nothing. The board adopted a management carve-out plan paid off the top of the net proceeds, before any preference: ${c1}% of the net proceeds up to ${dol(T)} plus ${c2}% of the net proceeds above ${dol(T)}. The whole pool is shared among the plan points granted, in proportion: ${n(K)} points have been granted (the finance manager holds ${n(k)} of them), and ${n(Ku)} more are authorised but ungranted, which share in nothing. What does the finance manager receive from the plan, ${CENTS}?`,
      show: money,
      figures: { E0, X, T, c1, c2, K, k, Ku, PS },
      key: mul(pool(N), share),
      wrong: [
        [mul(pc(c2), N, share), 'applies the higher rate to all the net proceeds'],
        [mul(pool(E0), share), 'takes the plan on the price before fees'],
        [
          mul(add(mul(pc(c1), N), mul(pc(c2), N - T)), share),
          'applies the first rate to all as well',
        ],
        [mul(pc(c1), N, share), 'applies the first rate to all the net proceeds'],
        [mul(pool(N), frac(k, K + Ku)), 'counts the ungranted points'],
        [mul(pc(c2), N - T, share), 'leaves out the first tier'],
      ],
    }
  }),
  apart('founder-closing-proceeds-after-fees-and-an-escrow-holdback', (rng) => {
    const S = rng.int(20, 45) * 100000
    const p = rng.int(8000, 25000)
    const C = rng.int(5000, 9500) * 1000
    const F = Math.round((C * rng.int(25, 50)) / 100000) * 1000
    const U = rng.int(5, 15) * 100000
    const X = rng.int(8, 40) * 50000
    const h = rng.int(8, 15)
    const P = mul(S, px(p))
    const T = num(mul(S + C, px(p)))
    const E0 = dollarsBetween(rng, (T * 1.4 + X) / (1 - h / 100), T * 4 + X, 1000000)
    const H = mul(E0, pc(h))
    const close = sub(sub(E0, X), H)
    if (num(mul(close, frac(S, S + C))) <= num(P)) rest()
    const fd = frac(F, S + C)
    return {
      stem: `A start-up is sold for ${dol(E0)}. Transaction fees of ${dol(X)} are paid first, and ${h}% of the sale price is held in escrow for a year against claims; the closing cash (the price less the fees and the escrow) is paid out now by the waterfall. The ${n(S)} Series A shares (original issue price ${pxText(p)}) carry ${NONPART}. There are ${n(C)} common shares outstanding, of which a founder holds ${n(F)}, and ${POOL(U)}. What does the founder receive at closing, ${CENTS}?`,
      show: money,
      figures: { S, p, C, F, U, X, h, E0 },
      key: mul(close, fd),
      wrong: [
        [mul(sub(E0, X), fd), 'leaves out the escrow'],
        [mul(sub(E0, H), fd), 'leaves out the transaction fees'],
        [mul(mul(sub(E0, X), pc(100 - h)), fd), 'takes the escrow on the price after fees'],
        [mul(sub(close, P), fd), 'gives the Series A its preference and a share of the rest'],
        [mul(close, frac(F, S + C + U)), 'counts the ungranted pool among the shares'],
        [mul(sub(close, P), frac(F, C)), 'has the Series A take its preference without comparing'],
        [
          sub(mul(sub(E0, H), fd), mul(X, frac(F, C))),
          'charges the fees to the common holders only',
        ],
      ],
    }
  }),
  apart('founder-gain-between-two-offers-across-the-conversion-point', (rng) => {
    const S = rng.int(20, 45) * 100000
    const p = rng.int(8000, 25000)
    const C = rng.int(5000, 9500) * 1000
    const F = Math.round((C * rng.int(25, 50)) / 100000) * 1000
    const U = rng.int(5, 15) * 100000
    const P = mul(S, px(p))
    const T = num(mul(S + C, px(p)))
    const lo = dollarsBetween(rng, num(P) * 1.3, T * 0.9, 100000)
    const hi = dollarsBetween(rng, T * 1.15, T * 2.5, 100000)
    const fd = frac(F, S + C)
    const fc = frac(F, C)
    const loCommon = mul(sub(lo, P), fc)
    return {
      stem: `A founder is weighing two offers for her start-up: one leaves ${dol(lo)} for the stockholders, the other ${dol(hi)}. The ${n(S)} Series A shares (original issue price ${pxText(p)}) carry ${NONPART}. There are ${n(C)} common shares outstanding, of which the founder holds ${n(F)}, and ${POOL(U)}. How much more does the founder receive under the higher offer than under the lower, ${CENTS}?`,
      show: money,
      figures: { S, p, C, F, U, lo, hi },
      key: sub(mul(hi, fd), loCommon),
      wrong: [
        [mul(hi - lo, fd), 'has the Series A convert under both offers'],
        [
          sub(mul(hi, frac(F, S + C + U)), loCommon),
          'counts the ungranted pool in the higher offer',
        ],
        [
          sub(mul(sub(hi, P), fd), loCommon),
          'gives the Series A its preference and a share when higher',
        ],
        [mul(hi - lo, fc), 'has the Series A take its preference under both offers'],
        [
          sub(mul(hi, fd), mul(sub(lo, P), fd)),
          'applies the fully diluted stake in the lower offer',
        ],
        [sub(mul(hi, fc), loCommon), 'leaves the converted Series A out in the higher offer'],
      ],
    }
  }),
  apart('employee-option-cash-out-at-the-common-price-less-strike', (rng) => {
    const S = rng.int(20, 40) * 100000
    const p = rng.int(8000, 20000)
    const C = rng.int(5000, 9000) * 1000
    const O1 = rng.int(40, 90) * 10000
    const O2 = rng.int(20, 60) * 10000
    const K1 = rng.int(15, 60)
    const K2 = rng.int(K1 + 20, 150)
    const Uo = rng.int(30, 80) * 10000
    const v = rng.int(10, 40) * 1000
    const u = rng.int(5, 30) * 1000
    if (u * 10000 > Uo * 5000) rest()
    const P = mul(S, px(p))
    const T = num(mul(S + C, px(p)))
    const E = dollarsBetween(rng, T * 1.4, T * 4, 1000000)
    const cash = frac(O1 * K1 + O2 * K2, 100)
    const base = S + C + O1 + O2
    const pps = div(add(E, cash), base)
    const k1 = frac(K1, 100)
    if (num(mul(S, pps)) <= num(P)) rest()
    // Both strikes below the price per share: an option under water would be cancelled, not paid.
    if (num(pps) <= (K2 / 100) * 1.05) rest()
    const spread = (each: Fraction) => mul(v, sub(each, k1))
    return {
      stem: `A start-up is sold and ${dol(E)} is available to its equity holders. Vested options are cashed out: as the merger agreement states, each vested option receives the price per common share less its exercise price, the price per common share being the proceeds that go to the common (after any preference the Series A takes) plus the exercise prices of all vested options, divided by the common shares (counting any preferred that converts) plus the vested options. Unvested options are assumed by the buyer and take nothing now. The ${n(S)} Series A shares (original issue price ${pxText(p)}) carry ${NONPART}. There are ${n(C)} common shares outstanding, ${n(O1)} vested options at $${fixed(k1, 2)}, ${n(O2)} vested options at $${fixed(frac(K2, 100), 2)} and ${n(Uo)} unvested options. An engineer holds ${n(v)} of the vested options at $${fixed(k1, 2)} and ${n(u)} of the unvested ones. What does the engineer receive for her options, ${CENTS}?`,
      show: money,
      figures: { S, p, C, O1, O2, K1, K2, Uo, v, u, E },
      key: spread(pps),
      wrong: [
        [mul(v, pps), 'leaves out the exercise price'],
        [spread(div(E, S + C)), 'leaves the options out of the share count'],
        [mul(v + u, sub(pps, k1)), 'cashes out her unvested options too'],
        [spread(div(E, base)), 'divides by all shares without adding the exercise prices'],
        [spread(div(add(E, cash), base + Uo)), 'counts the unvested options in the share count'],
        [spread(div(add(sub(E, P), cash), base)), 'gives the Series A its preference and a share'],
      ],
    }
  }),
  apart('sale-price-at-which-common-first-receives-proceeds', (rng) => {
    const SA = rng.int(20, 40) * 100000
    const pA = rng.int(6000, 14000)
    const SB = rng.int(12, 30) * 100000
    const pB = rng.int(Math.ceil(pA * 1.5), pA * 3)
    const r = rng.int(6, 10)
    const t = rng.int(14, 60)
    if (t % 12 === 0) rest()
    const c = rng.int(5, 12)
    const X = rng.int(8, 40) * 50000
    const [PA, PB] = [mul(SA, px(pA)), mul(SB, px(pB))]
    const D = mul(PB, pc(r), frac(t, 12))
    const y = Math.floor(t / 12)
    const DC = sub(
      mul(PB, frac((100 + r) ** y, 100 ** y), add(1, mul(pc(r), frac(t % 12, 12)))),
      PB,
    )
    const stack = (d: Fraction, b = mul(PB, 2)) => add(PA, b, d)
    const gross = (s: Fraction) => add(X, div(s, pc(100 - c)))
    return {
      stem: `A venture analyst needs the sale price above which the common would start to receive anything. Transaction fees of ${dol(X)} come off the price first, then a management carve-out of ${c}% of the price less the fees, then the preferences. The Series B (${n(SB)} shares, original issue price ${pxText(pB)}) has a 2x non-participating preference plus cumulative dividends of ${r}% a year on its original issue price, accrued simply by whole months for the ${t} months since it was issued and never paid. The Series A (${n(SA)} shares, original issue price ${pxText(pA)}) has a 1x non-participating preference and no dividends. What is that sale price (the price at which the fees, the carve-out and the preferences take exactly all of it), ${CENTS}?`,
      show: money,
      figures: { SA, pA, SB, pB, r, t, c, X },
      key: gross(stack(D)),
      wrong: [
        [gross(stack(frac(0))), 'leaves out the dividends'],
        [gross(stack(D, PB)), 'gives the Series B a 1x preference'],
        [add(X, mul(stack(D), pc(100 + c))), 'takes the carve-out as a share of the preferences'],
        [gross(stack(DC)), 'compounds the dividends yearly'],
        [div(add(stack(D), X), pc(100 - c)), 'takes the carve-out on the price before fees'],
        [gross(stack(mul(D, 2))), 'accrues the dividends on the 2x preference'],
      ],
    }
  }),
  apart('series-b-return-multiple-as-senior-participating-preferred', (rng) => {
    const SA = rng.int(20, 40) * 100000
    const pA = rng.int(6000, 14000)
    const SB = rng.int(12, 30) * 100000
    const pB = rng.int(Math.ceil(pA * 1.5), pA * 3)
    const C = rng.int(5000, 9000) * 1000
    const U = rng.int(5, 15) * 100000
    const X = rng.int(8, 40) * 50000
    const [PA, PB] = [mul(SA, px(pA)), mul(SB, px(pB))]
    const T = SA + SB + C
    // The Series A converts once its share of what follows the Series B preference beats it.
    const low = num(add(PB, div(mul(PA, T), SA)))
    const E0 = dollarsBetween(rng, low * 1.15 + X, low * 3 + X, 1000000)
    const E = E0 - X
    const got = (total: Fraction) => div(total, PB)
    const part = (e: Fraction | number, base: number) => add(PB, mul(sub(e, PB), frac(SB, base)))
    const nonpart = most(PB, mul(E, frac(SB, T)))
    return {
      stem: `A start-up is sold for ${dol(E0)}; transaction fees of ${dol(X)} are paid first. Its Series B (${n(SB)} shares, original issue price ${pxText(pB)}) is fully participating preferred, senior to the Series A: it first receives its original issue price, then shares what is left with the common as if converted one for one. The Series A (${n(SA)} shares, original issue price ${pxText(pA)}) has ${NONPART}. There are ${n(C)} common shares outstanding and ${POOL(U)}. What multiple of its investment (the shares times the original issue price) does the Series B receive, to two decimal places (a half rounded up)?`,
      show: times,
      figures: { SA, pA, SB, pB, C, U, X, E0 },
      key: got(part(E, T)),
      wrong: [
        [got(part(E0, T)), 'leaves out the transaction fees'],
        [got(add(PB, mul(E, frac(SB, T)))), 'participates in the whole proceeds, not what is left'],
        [
          got(add(PB, mul(sub(E, add(PB, PA)), frac(SB, SB + C)))),
          'has the Series A take its preference',
        ],
        [got(nonpart), 'treats the Series B as non-participating'],
        [got(part(E, T + U)), 'counts the ungranted pool among the shares'],
        [sub(got(part(E, T)), 1), 'gives the gain as a multiple instead of the whole return'],
      ],
    }
  }),
  apart('sale-price-for-a-founder-to-receive-a-target', (rng) => {
    const S = rng.int(20, 45) * 100000
    const p = rng.int(8000, 25000)
    const C = rng.int(5000, 9500) * 1000
    const F = Math.round((C * rng.int(25, 50)) / 100000) * 1000
    const U = rng.int(5, 15) * 100000
    const X = rng.int(8, 40) * 50000
    const P = mul(S, px(p))
    // The target lies above the point at which the Series A converts.
    const Y = dollarsBetween(rng, num(div(mul(P, F), S)) * 1.15, num(div(mul(P, F), S)) * 3, 10000)
    const g = frac(S + C, F)
    return {
      stem: `A founder wants to receive ${dol(Y)} from the sale of her start-up and asks what price that takes. Transaction fees of ${dol(X)} come off the price first. The ${n(S)} Series A shares (original issue price ${pxText(p)}) carry ${NONPART}. There are ${n(C)} common shares outstanding, of which the founder holds ${n(F)}, and ${POOL(U)}. At what sale price, before fees, does the founder receive exactly ${dol(Y)}, ${CENTS}?`,
      show: money,
      figures: { S, p, C, F, U, X, Y },
      key: add(X, mul(Y, g)),
      wrong: [
        [add(X, mul(Y, frac(C, F))), 'divides by the common shares only'],
        [mul(Y, g), 'leaves out the fees'],
        [add(X, P, mul(Y, frac(C, F))), 'has the Series A take its preference without comparing'],
        [add(X, P, mul(Y, g)), 'gives the Series A its preference and a share'],
        [add(X, mul(Y, frac(S + C + U, F))), 'counts the ungranted pool among the shares'],
        [mul(X + Y, g), 'scales the fees up by the founder’s stake too'],
      ],
    }
  }),
  apart('non-participating-series-a-beside-a-senior-participating-series-b', (rng) => {
    const SA = rng.int(20, 40) * 100000
    const pA = rng.int(6000, 14000)
    const SB = rng.int(12, 30) * 100000
    const pB = rng.int(Math.ceil(pA * 1.5), pA * 3)
    const C = rng.int(5000, 9000) * 1000
    const U = rng.int(5, 15) * 100000
    const [PA, PB] = [mul(SA, px(pA)), mul(SB, px(pB))]
    const T = SA + SB + C
    const low = num(add(PB, div(mul(PA, T), SA)))
    const E = dollarsBetween(rng, low * 1.1, low * 3, 100000)
    const fA = frac(SA, T)
    const left = sub(E, PB)
    return {
      stem: `A start-up is sold and ${dol(E)} is available to its stockholders. Its Series B (${n(SB)} shares, original issue price ${pxText(pB)}) is fully participating preferred, senior to the Series A: it first receives its original issue price, then shares what is left with the common as if converted one for one. The Series A (${n(SA)} shares, original issue price ${pxText(pA)}) has ${NONPART}. There are ${n(C)} common shares outstanding and ${POOL(U)}. What does the Series A receive, ${CENTS}?`,
      show: money,
      figures: { SA, pA, SB, pB, C, U, E },
      key: mul(left, fA),
      wrong: [
        [PA, 'takes its preference without comparing it with converting'],
        [mul(left, frac(SA, T + U)), 'counts the ungranted pool among the shares'],
        [mul(sub(left, PA), fA), 'deducts its own preference before converting'],
        [add(PA, mul(sub(left, PA), fA)), 'takes its preference and a share of the rest'],
        [mul(E, fA), 'leaves out the Series B preference'],
        [mul(left, frac(SA, SA + C)), 'leaves the Series B out of the sharing'],
      ],
    }
  }),
]
