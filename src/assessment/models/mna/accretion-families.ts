import type { Rng } from '../../rng.js'
import type { Worked } from '../rmm/rmm-text.js'
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
  rest,
  sub,
  usd,
} from './mna-text.js'

// Accretion and dilution. The slips are a financing cost or an amortisation charge taken before
// tax (or a pre-tax shortfall left without its gross-up, or grossed up by one plus the rate), a
// synergy taken before tax or left out, the amortisation or a fee left out, expensed at once or
// counted for the wrong months, the new shares priced at the target's undisturbed value, the
// target's net income taxed again as if it were pre-tax, the cost of cash taken at the revolver
// rate, at the debt rate or on the whole cash pile, the base rate without its margin, the rates of
// cash and debt swapped, the preferred dividend tax-effected or left out, debt taken on the whole
// price beside the preferred, the target's old interest or old amortisation kept, a backlog spread
// over the customer life, the offer P/E taken on pre-tax income, enterprise value taken for equity
// value, and the accretion measured against pro forma rather than standalone EPS.

const eps = usd(2)
const price = usd(2)
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
const MILLIONS = 'in $ millions to two decimal places (a half rounded up)'
/** Dollars in millions to two places: `$12.35 million`. */
const millions = (x: Fraction): string => `$${fixed(x, 2)} million`
/** A multiple to two places: `18.45x`. */
const times = (x: Fraction): string => `${fixed(x, 2)}x`
/** A per-share amount to three places: `$0.142`. */
const perShare = usd(3)
/** Whole dollars in millions as a stem writes them. */
const m$ = (x: number): string => `$${n(x)} million`
/** A price drawn in cents as a stem writes it. */
const c$ = (c: number): string => `$${fixed(frac(c, 100), 2)}`
/** A rate drawn in basis points as a stem writes it: 525 → `5.25%`. */
const bpText = (b: number): string => `${fixed(frac(b, 100), 2)}%`
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** A rate in basis points as a fraction of one. */
const bp = (b: number): Fraction => frac(b, 10000)
/** `x` scaled by a drawn whole percent from `lo` to `hi`, to a whole number. */
const part = (rng: Rng, x: number, lo: number, hi: number): number =>
  Math.round((x * rng.int(lo, hi)) / 100)
/** Tax rates a stem states. */
const TAX = [21, 23, 25, 26, 27] as const
const taxRate = (rng: Rng): number => TAX[rng.int(0, TAX.length - 1)]!

const below = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d
/**
 * A draw whose key has at least three named slips on each side, so the key's rank among the values
 * can be aimed; any other draw is refused. So is a draw where a slip falls under a tenth of the key
 * (a near-zero synergy need or dilution beside a real one reads as a throwaway option).
 */
function balanced(w: Worked): Worked {
  const under = w.wrong.filter(([x]) => below(x, w.key)).length
  const over = w.wrong.filter(([x]) => below(w.key, x)).length
  if (under < 3 || over < 3) rest()
  if (w.wrong.some(([x]) => below(mul(x, 10), w.key))) rest()
  return w
}

/**
 * An acquirer and a target: net incomes in whole $ millions, share counts in whole millions,
 * prices in cents. The acquirer's count follows from its price and a drawn P/E, the target's from
 * its undisturbed price and P/E; the offer is a premium on the undisturbed price.
 */
interface Deal {
  readonly NA: number
  readonly SA: number
  readonly PA: number
  readonly NT: number
  readonly ST: number
  readonly PT: number
  readonly O: number
}
interface DealShape {
  /** The target's net income as whole percents of the acquirer's. */
  readonly size: readonly [number, number]
  /** P/E ratios in tenths. */
  readonly peA: readonly [number, number]
  readonly peT: readonly [number, number]
  /** The premium in whole percents. */
  readonly prem: readonly [number, number]
}
const USUAL: DealShape = { size: [15, 45], peA: [140, 220], peT: [120, 200], prem: [20, 45] }
function drawDeal(rng: Rng, shape: DealShape = USUAL): Deal {
  const NA = rng.int(60, 240) * 10
  const PA = rng.int(80, 160) * 100 + rng.int(0, 99)
  const SA = Math.round((NA * rng.int(shape.peA[0], shape.peA[1]) * 10) / PA)
  const NT = part(rng, NA, shape.size[0], shape.size[1])
  const PT = rng.int(20, 50) * 100 + rng.int(0, 99)
  const ST = Math.round((NT * rng.int(shape.peT[0], shape.peT[1]) * 10) / PT)
  const O = Math.round((PT * (100 + rng.int(shape.prem[0], shape.prem[1]))) / 100)
  return { NA, SA, PA, NT, ST, PT, O }
}
/** The offer's equity value and the target's undisturbed market value, in $ millions. */
const offerValue = (d: Deal): Fraction => frac(d.O * d.ST, 100)
const undisturbed = (d: Deal): Fraction => frac(d.PT * d.ST, 100)
/** The acquirer and target sentences most stems share. */
const acquirerText = (d: Deal): string =>
  `An acquirer has net income of ${m$(d.NA)} and ${n(d.SA)} million shares outstanding, trading at ${c$(d.PA)}.`
const targetText = (d: Deal): string =>
  `The target has ${n(d.ST)} million shares, which traded at ${c$(d.PT)} before the offer, and net income of ${m$(d.NT)}.`
const dealFigures = (d: Deal) => ({
  NA: d.NA,
  SA: d.SA,
  PA: d.PA,
  NT: d.NT,
  ST: d.ST,
  PT: d.PT,
  O: d.O,
})

export const ACCRETION_FAMILIES: ScenarioFamily[] = [
  apart('pro-forma-eps-of-an-all-stock-deal', (rng) => {
    const d = drawDeal(rng)
    const t = taxRate(rng)
    const S = part(rng, d.NT, 8, 20)
    const A = part(rng, d.NT, 4, 12)
    const keep = sub(1, pc(t))
    const N = frac(d.O * d.ST, d.PA)
    const N0 = frac(d.PT * d.ST, d.PA)
    // `nt` is the target's contribution: its net income, or that income taxed again by mistake.
    const pf = (
      syn: Fraction | number,
      am: Fraction | number,
      shares: Fraction | number,
      nt: Fraction | number = d.NT,
    ) => div(sub(add(d.NA, nt, syn), am), add(d.SA, shares))
    return balanced({
      stem: `${acquirerText(d)} It buys all the shares of a target for ${c$(d.O)} a share, paid entirely in new acquirer shares issued at ${c$(d.PA)}. ${targetText(d)} The deal brings run-rate pre-tax synergies of ${m$(S)} a year, and the purchase price allocation adds ${m$(A)} a year of pre-tax amortisation of acquired intangibles. Tax both at ${t}%, take the number of new shares unrounded and assume no other changes to either company’s earnings. What is the pro forma EPS for the first full year, ${CENTS}?`,
      show: eps,
      figures: { ...dealFigures(d), t, S, A },
      key: pf(mul(S, keep), mul(A, keep), N),
      wrong: [
        [pf(mul(S, keep), A, N), 'deducts the amortisation before tax'],
        [pf(0, mul(A, keep), N), 'leaves out the synergies'],
        [
          pf(mul(S, keep), mul(A, keep), N, mul(d.NT, keep)),
          'taxes the target’s net income again as if it were pre-tax',
        ],
        [pf(mul(S, keep), 0, N), 'leaves out the amortisation'],
        [pf(S, mul(A, keep), N), 'adds the synergies before tax'],
        [pf(mul(S, keep), mul(A, keep), N0), 'issues shares for the undisturbed value'],
      ],
    })
  }),
  apart('pro-forma-eps-of-a-cash-deal-paid-from-cash-on-hand', (rng) => {
    const d = drawDeal(rng, { size: [10, 30], peA: [140, 220], peT: [120, 200], prem: [20, 45] })
    const t = taxRate(rng)
    const S = part(rng, d.NT, 8, 20)
    const E = offerValue(d)
    const C = Math.ceil((Number(E.n) / Number(E.d)) * (rng.int(130, 220) / 100))
    const rc = rng.int(60, 100) * 5
    const rv = rc + rng.int(30, 70) * 5
    const keep = sub(1, pc(t))
    const pf = (syn: Fraction | number, cost: Fraction | number) =>
      div(sub(add(d.NA, d.NT, syn), cost), d.SA)
    const after = (x: Fraction | number, b: number) => mul(x, bp(b), keep)
    return balanced({
      stem: `${acquirerText(d)} It buys all the shares of a target for ${c$(d.O)} a share in cash, paid from its ${m$(C)} of cash on hand, which earns ${bpText(rc)} a year before tax; its undrawn revolving credit facility would cost ${bpText(rv)}. ${targetText(d)} The deal brings run-rate pre-tax synergies of ${m$(S)} a year. Tax the interest and the synergies at ${t}%; no shares are issued and nothing else changes. What is the pro forma EPS for the first full year, ${CENTS}?`,
      show: eps,
      figures: { ...dealFigures(d), t, S, C, rc, rv },
      key: pf(mul(S, keep), after(E, rc)),
      wrong: [
        [pf(mul(S, keep), mul(E, bp(rc))), 'takes the interest forgone before tax'],
        [pf(mul(S, keep), after(E, rv)), 'charges the revolver rate on the cash used'],
        [pf(0, after(E, rc)), 'leaves out the synergies'],
        [pf(mul(S, keep), after(C, rc)), 'charges the interest forgone on all the cash on hand'],
        [pf(mul(S, keep), 0), 'treats the cash as free'],
        [pf(S, after(E, rc)), 'adds the synergies before tax'],
        [pf(mul(S, keep), after(undisturbed(d), rc)), 'prices the cash at the undisturbed value'],
      ],
    })
  }),
  apart('pro-forma-eps-of-a-debt-financed-deal-with-financing-fees', (rng) => {
    const d = drawDeal(rng, { size: [10, 30], peA: [140, 220], peT: [120, 180], prem: [20, 40] })
    const t = taxRate(rng)
    const S = part(rng, d.NT, 8, 20)
    const E = offerValue(d)
    const F = Math.max(2, Math.round(((Number(E.n) / Number(E.d)) * rng.int(150, 300)) / 10000))
    const T = rng.int(5, 8)
    const s = rng.int(76, 90) * 5
    const g = rng.int(40, 70) * 5
    const keep = sub(1, pc(t))
    const interest = (debt: Fraction, b: number, tax: Fraction) => mul(debt, bp(b), tax)
    const pf = (syn: Fraction | number, int: Fraction, fee: Fraction) =>
      div(sub(add(d.NA, d.NT, syn), add(int, fee)), d.SA)
    const fee = mul(frac(F, T), keep)
    const debt = add(E, F)
    return balanced({
      stem: `${acquirerText(d)} It buys all the shares of a target for ${c$(d.O)} a share in cash, borrowing the purchase price and the ${m$(F)} of financing fees under a ${T}-year term loan at SOFR (${bpText(s)}, taken as fixed for the year) plus a margin of ${bpText(g)}; the fees are capitalised and amortised straight line over the loan’s term, as stated for this exercise (rather than by the effective-interest method). ${targetText(d)} The deal brings run-rate pre-tax synergies of ${m$(S)} a year. Tax the interest, the fee amortisation and the synergies at ${t}%; no shares are issued, no debt is repaid in the year and nothing else changes. What is the pro forma EPS for the first full year, ${CENTS}?`,
      show: eps,
      figures: { ...dealFigures(d), t, S, F, T, s, g },
      key: pf(mul(S, keep), interest(debt, s + g, keep), fee),
      wrong: [
        [pf(mul(S, keep), interest(debt, s + g, frac(1)), fee), 'deducts the interest before tax'],
        [
          pf(mul(S, keep), interest(debt, s + g, keep), mul(F, keep)),
          'expenses the whole fee in the first year',
        ],
        [pf(0, interest(debt, s + g, keep), fee), 'leaves out the synergies'],
        [pf(S, interest(debt, s + g, keep), fee), 'adds the synergies before tax'],
        [
          pf(mul(S, keep), interest(add(undisturbed(d), F), s + g, keep), fee),
          'borrows the undisturbed value instead of the offer value',
        ],
        [pf(mul(S, keep), interest(debt, s, keep), fee), 'charges SOFR without the margin'],
      ],
    })
  }),
  apart('pro-forma-eps-of-a-deal-paid-in-stock-cash-and-new-debt', (rng) => {
    const d = drawDeal(rng)
    const t = taxRate(rng)
    const S = part(rng, d.NT, 8, 20)
    const sp = rng.int(6, 10) * 5
    const cp = rng.int(2, 5) * 5
    const dp = 100 - sp - cp
    const rc = rng.int(60, 90) * 5
    const rd = rng.int(110, 160) * 5
    const E = offerValue(d)
    const keep = sub(1, pc(t))
    const cost = (cashRate: number, debtRate: number, tax: Fraction) =>
      mul(E, add(mul(pc(cp), bp(cashRate)), mul(pc(dp), bp(debtRate))), tax)
    const N = div(mul(E, pc(sp)), frac(d.PA, 100))
    const pf = (syn: Fraction | number, fin: Fraction | number, shares: Fraction | number) =>
      div(sub(add(d.NA, d.NT, syn), fin), add(d.SA, shares))
    return balanced({
      stem: `${acquirerText(d)} It buys all the shares of a target for ${c$(d.O)} a share: ${sp}% of the price in new acquirer shares issued at ${c$(d.PA)}, ${cp}% from cash on hand that earns ${bpText(rc)} a year before tax, and ${dp}% with new debt at ${bpText(rd)}. ${targetText(d)} The deal brings run-rate pre-tax synergies of ${m$(S)} a year. Tax the interest and the synergies at ${t}%, take the number of new shares unrounded and assume nothing else changes. What is the pro forma EPS for the first full year, ${CENTS}?`,
      show: eps,
      figures: { ...dealFigures(d), t, S, sp, cp, rc, rd },
      key: pf(mul(S, keep), cost(rc, rd, keep), N),
      wrong: [
        [pf(mul(S, keep), cost(rc, rd, frac(1)), N), 'takes the financing costs before tax'],
        [pf(0, cost(rc, rd, keep), N), 'leaves out the synergies'],
        [pf(mul(S, keep), cost(rd, rd, keep), N), 'charges the debt rate on the cash part too'],
        [pf(mul(S, keep), cost(0, rd, keep), N), 'treats the cash as free'],
        [pf(mul(S, keep), cost(rd, rc, keep), N), 'swaps the cash and debt rates'],
        [pf(S, cost(rc, rd, keep), N), 'adds the synergies before tax'],
      ],
    })
  }),
  apart('accretion-of-a-debt-financed-deal-in-percent', (rng) => {
    const d = drawDeal(rng, { size: [15, 40], peA: [140, 220], peT: [100, 140], prem: [20, 35] })
    const t = taxRate(rng)
    const S = part(rng, d.NT, 10, 20)
    const A = part(rng, d.NT, 4, 10)
    const rd = rng.int(90, 120) * 5
    const E = offerValue(d)
    const keep = sub(1, pc(t))
    const gain = (syn: Fraction | number, am: Fraction | number, int: Fraction) =>
      sub(add(d.NT, syn), add(am, int))
    const base = gain(mul(S, keep), mul(A, keep), mul(E, bp(rd), keep))
    return balanced({
      stem: `${acquirerText(d)} It buys all the shares of a target for ${c$(d.O)} a share in cash, borrowing the whole price at ${bpText(rd)}. ${targetText(d)} The deal brings run-rate pre-tax synergies of ${m$(S)} a year, and the purchase price allocation adds ${m$(A)} a year of pre-tax amortisation of acquired intangibles. Tax the interest, the synergies and the amortisation at ${t}%; no shares are issued and nothing else changes. The deal is accretive. By how much does it raise the acquirer’s EPS in the first full year, measured against its standalone EPS, ${PCT2}?`,
      show: pct2,
      figures: { ...dealFigures(d), t, S, A, rd },
      key: div(base, d.NA),
      wrong: [
        [div(base, add(d.NA, base)), 'measures the change against pro forma EPS'],
        [
          div(gain(mul(S, keep), mul(A, keep), mul(E, bp(rd))), d.NA),
          'deducts the interest before tax',
        ],
        [div(gain(0, mul(A, keep), mul(E, bp(rd), keep)), d.NA), 'leaves out the synergies'],
        [
          div(gain(mul(S, keep), A, mul(E, bp(rd), keep)), d.NA),
          'deducts the amortisation before tax',
        ],
        [div(gain(mul(S, keep), 0, mul(E, bp(rd), keep)), d.NA), 'leaves out the amortisation'],
        [div(gain(S, mul(A, keep), mul(E, bp(rd), keep)), d.NA), 'adds the synergies before tax'],
        [
          div(gain(mul(S, keep), mul(A, keep), mul(undisturbed(d), bp(rd), keep)), d.NA),
          'borrows the undisturbed value instead of the offer value',
        ],
      ],
    })
  }),
  apart('highest-offer-pe-for-an-eps-neutral-stock-deal', (rng) => {
    const X = rng.int(140, 240)
    const t = taxRate(rng)
    const B = rng.int(60, 400)
    const S = part(rng, B, 10, 25)
    const A = part(rng, B, 4, 12)
    const keep = sub(1, pc(t))
    const NT = mul(B, keep)
    const pe = frac(X, 10)
    const most = (earnings: Fraction | number, syn: Fraction | number, am: Fraction | number) =>
      div(mul(pe, sub(add(earnings, syn), am)), NT)
    return balanced({
      stem: `An acquirer whose shares trade at ${fixed(pe, 1)} times its earnings offers to buy a target entirely with new shares issued at its market price. The target’s pre-tax income is ${m$(B)} and its tax rate, like the acquirer’s, is ${t}%. The deal brings run-rate pre-tax synergies of ${m$(S)} a year and ${m$(A)} a year of pre-tax amortisation of acquired intangibles, both taxed at ${t}%. The offer P/E is the offer’s equity value ÷ the target’s standalone net income. What is the highest offer P/E at which the deal leaves the acquirer’s first-full-year EPS unchanged, as a multiple to two decimal places (a half rounded up)?`,
      show: times,
      figures: { X, t, B, S, A },
      key: most(NT, mul(S, keep), mul(A, keep)),
      wrong: [
        [most(NT, mul(S, keep), A), 'deducts the amortisation before tax'],
        [most(NT, 0, mul(A, keep)), 'leaves out the synergies'],
        [
          div(mul(most(NT, mul(S, keep), mul(A, keep)), NT), B),
          'divides the offer value by the target’s pre-tax income',
        ],
        [most(NT, S, mul(A, keep)), 'adds the synergies before tax'],
        [most(NT, mul(S, keep), 0), 'leaves out the amortisation'],
        [most(B, mul(S, keep), mul(A, keep)), 'capitalises the target’s pre-tax income'],
      ],
    })
  }),
  apart('pre-tax-synergies-to-break-even-in-a-stock-deal', (rng) => {
    const d = drawDeal(rng, { size: [15, 40], peA: [120, 160], peT: [150, 190], prem: [15, 30] })
    const t = taxRate(rng)
    const A = part(rng, d.NT, 4, 12)
    const T = pc(t)
    const keep = sub(1, T)
    const epsA = frac(d.NA, d.SA)
    const N = frac(d.O * d.ST, d.PA)
    const N0 = frac(d.PT * d.ST, d.PA)
    /** The after-tax earnings the new shares need beyond the target's own. */
    const short = (shares: Fraction | number, earned: Fraction | number) =>
      sub(mul(epsA, shares), earned)
    const ND = part(rng, d.NT, 100, 300)
    const NEV = frac(d.O * d.ST + ND * 100, d.PA)
    const gap = short(N, d.NT)
    const needAfterTax = add(gap, mul(A, keep))
    return balanced({
      stem: `${acquirerText(d)} It buys all the shares of a target for ${c$(d.O)} a share, paid entirely in new acquirer shares issued at ${c$(d.PA)}. ${targetText(d)} The target also has ${m$(ND)} of net debt, which stays in place (its interest is already in the target’s net income). The purchase price allocation adds ${m$(A)} a year of pre-tax amortisation of acquired intangibles. Tax the synergies and the amortisation at ${t}%, take the number of new shares and the EPS unrounded and assume nothing else changes. What run-rate pre-tax synergies would leave the acquirer’s first-full-year EPS exactly at its standalone EPS, ${MILLIONS}?`,
      show: millions,
      figures: { ...dealFigures(d), t, A, ND },
      key: div(needAfterTax, keep),
      wrong: [
        [needAfterTax, 'does not gross the after-tax shortfall up for tax'],
        [mul(needAfterTax, add(1, T)), 'grosses up by multiplying by one plus the tax rate'],
        [div(gap, keep), 'leaves out the amortisation'],
        [add(div(short(N0, d.NT), keep), A), 'issues shares for the undisturbed value'],
        [div(add(gap, A), keep), 'grosses the amortisation up as if it were after tax'],
        [
          add(div(short(NEV, d.NT), keep), A),
          'issues shares for the enterprise value instead of the equity value',
        ],
        [add(div(short(N, mul(d.NT, keep)), keep), A), 'taxes the target’s net income again'],
      ],
    })
  }),
  apart('pre-tax-synergies-to-break-even-in-a-debt-financed-deal', (rng) => {
    const d = drawDeal(rng, { size: [10, 30], peA: [140, 220], peT: [150, 210], prem: [20, 40] })
    const t = taxRate(rng)
    const A = part(rng, d.NT, 5, 15)
    const rd = rng.int(130, 180) * 5
    const keep = sub(1, pc(t))
    const E = offerValue(d)
    const grossNT = div(d.NT, keep)
    return balanced({
      stem: `${acquirerText(d)} It buys all the shares of a target for ${c$(d.O)} a share in cash, borrowing the whole price at ${bpText(rd)}. ${targetText(d)} The purchase price allocation adds ${m$(A)} a year of pre-tax amortisation of acquired intangibles. Tax the interest, the amortisation and the synergies at ${t}%; no shares are issued and nothing else changes. What run-rate pre-tax synergies would leave the acquirer’s first-full-year EPS exactly at its standalone EPS, ${MILLIONS}?`,
      show: millions,
      figures: { ...dealFigures(d), t, A, rd },
      key: sub(add(mul(E, bp(rd)), A), grossNT),
      wrong: [
        [
          sub(mul(add(mul(E, bp(rd)), A), keep), d.NT),
          'does not gross the after-tax shortfall up for tax',
        ],
        [sub(mul(E, bp(rd)), grossNT), 'leaves out the amortisation'],
        [
          sub(add(mul(undisturbed(d), bp(rd)), A), grossNT),
          'borrows the undisturbed value instead of the offer value',
        ],
        [
          div(sub(add(mul(E, bp(rd)), mul(A, keep)), d.NT), keep),
          'leaves out the tax shield on the interest',
        ],
        [sub(add(mul(E, bp(rd)), div(A, keep)), grossNT), 'grosses the amortisation up again'],
        [sub(add(mul(E, bp(rd)), A), d.NT), 'treats the target’s net income as pre-tax'],
      ],
    })
  }),
  apart('highest-price-per-share-for-an-eps-neutral-debt-financed-deal', (rng) => {
    const d = drawDeal(rng, { size: [10, 30], peA: [140, 220], peT: [100, 160], prem: [20, 40] })
    const t = taxRate(rng)
    const S = part(rng, d.NT, 10, 25)
    const A = part(rng, d.NT, 4, 12)
    const rd = rng.int(110, 160) * 5
    const F = Math.max(5, part(rng, d.NT, 15, 40))
    const keep = sub(1, pc(t))
    const most = (syn: Fraction | number, am: Fraction | number, tax: Fraction, fees: number) =>
      div(sub(div(sub(add(d.NT, syn), am), mul(bp(rd), tax)), fees), d.ST)
    return balanced({
      stem: `${acquirerText(d)} It plans to buy all the shares of a target in cash, borrowing the whole equity price and the ${m$(F)} of transaction fees and expenses at ${bpText(rd)} (the fees are expensed at closing and left out of run-rate EPS, but their debt bears interest). ${targetText(d)} The deal brings run-rate pre-tax synergies of ${m$(S)} a year and ${m$(A)} a year of pre-tax amortisation of acquired intangibles. Tax the interest, the synergies and the amortisation at ${t}%; no shares are issued and nothing else changes. What is the highest price per target share at which the acquirer’s first-full-year EPS is not diluted, ${CENTS}?`,
      show: price,
      figures: { ...dealFigures(d), t, S, A, rd, F },
      key: most(mul(S, keep), mul(A, keep), keep, F),
      wrong: [
        [most(mul(S, keep), mul(A, keep), frac(1), F), 'takes the interest before tax'],
        [most(0, mul(A, keep), keep, F), 'leaves out the synergies'],
        [most(mul(S, keep), A, keep, F), 'deducts the amortisation before tax'],
        [most(S, mul(A, keep), keep, F), 'adds the synergies before tax'],
        [most(mul(S, keep), 0, keep, F), 'leaves out the amortisation'],
        [most(mul(S, keep), mul(A, keep), keep, 0), 'leaves out the borrowed fees'],
      ],
    })
  }),
  apart('highest-interest-rate-for-an-eps-neutral-debt-financed-deal', (rng) => {
    const d = drawDeal(rng, { size: [10, 35], peA: [140, 220], peT: [100, 180], prem: [20, 40] })
    const t = taxRate(rng)
    const S = part(rng, d.NT, 10, 25)
    const A = part(rng, d.NT, 4, 12)
    const keep = sub(1, pc(t))
    const E = offerValue(d)
    const rate = (syn: Fraction | number, am: Fraction | number, tax: Fraction, value: Fraction) =>
      div(sub(add(d.NT, syn), am), mul(tax, value))
    return balanced({
      stem: `${acquirerText(d)} It buys all the shares of a target for ${c$(d.O)} a share in cash, borrowing the whole price. ${targetText(d)} The deal brings run-rate pre-tax synergies of ${m$(S)} a year and ${m$(A)} a year of pre-tax amortisation of acquired intangibles. Tax the interest, the synergies and the amortisation at ${t}%; no shares are issued and nothing else changes. What is the highest pre-tax interest rate on the new debt at which the acquirer’s first-full-year EPS is not diluted, ${PCT2}?`,
      show: pct2,
      figures: { ...dealFigures(d), t, S, A },
      key: rate(mul(S, keep), mul(A, keep), keep, E),
      wrong: [
        [rate(mul(S, keep), mul(A, keep), frac(1), E), 'gives the after-tax rate'],
        [rate(0, mul(A, keep), keep, E), 'leaves out the synergies'],
        [rate(mul(S, keep), A, keep, E), 'deducts the amortisation before tax'],
        [rate(S, mul(A, keep), keep, E), 'adds the synergies before tax'],
        [rate(mul(S, keep), 0, keep, E), 'leaves out the amortisation'],
        [
          rate(mul(S, keep), mul(A, keep), keep, undisturbed(d)),
          'borrows the undisturbed value instead of the offer value',
        ],
      ],
    })
  }),
  apart('first-year-eps-with-phased-synergies-and-integration-costs', (rng) => {
    const d = drawDeal(rng)
    const t = taxRate(rng)
    const S = part(rng, d.NT, 10, 25)
    const p = rng.int(5, 12) * 5
    const C = part(rng, S, 50, 120)
    const keep = sub(1, pc(t))
    const N = frac(d.O * d.ST, d.PA)
    const pf = (
      syn: Fraction | number,
      cost: Fraction | number,
      shares: Fraction | number,
      nt: Fraction | number = d.NT,
    ) => div(sub(add(d.NA, nt, syn), cost), add(d.SA, shares))
    const phased = mul(S, pc(p))
    return balanced({
      stem: `${acquirerText(d)} It buys all the shares of a target for ${c$(d.O)} a share, paid entirely in new acquirer shares issued at ${c$(d.PA)}. ${targetText(d)} Run-rate pre-tax synergies are ${m$(S)} a year, of which ${p}% are achieved in the first year; one-off pre-tax integration costs of ${m$(C)} are expensed in the first year and counted in its reported EPS. Tax the synergies and the costs at ${t}%, take the number of new shares unrounded and assume nothing else changes. What is the reported pro forma EPS for the first year, ${CENTS}?`,
      show: eps,
      figures: { ...dealFigures(d), t, S, p, C },
      key: pf(mul(phased, keep), mul(C, keep), N),
      wrong: [
        [pf(mul(S, keep), mul(C, keep), N), 'counts the full run-rate synergies'],
        [pf(mul(phased, keep), 0, N), 'leaves out the integration costs'],
        [pf(phased, mul(C, keep), N), 'adds the synergies before tax'],
        [pf(mul(phased, keep), C, N), 'deducts the integration costs before tax'],
        [pf(0, mul(C, keep), N), 'leaves out the synergies'],
        [
          pf(mul(phased, keep), mul(C, keep), N, mul(d.NT, keep)),
          'taxes the target’s net income again as if it were pre-tax',
        ],
      ],
    })
  }),
  apart('pro-forma-eps-to-common-with-new-preferred-stock', (rng) => {
    const d = drawDeal(rng, { size: [10, 30], peA: [140, 220], peT: [120, 180], prem: [20, 40] })
    const t = taxRate(rng)
    const S = part(rng, d.NT, 8, 20)
    const E = offerValue(d)
    const P = Math.round(((Number(E.n) / Number(E.d)) * rng.int(25, 50)) / 100)
    const D = sub(E, P)
    const rp = rng.int(130, 180) * 5
    const rd = rng.int(100, 140) * 5
    const d0 = part(rng, d.NA, 2, 6)
    const keep = sub(1, pc(t))
    const pf = (syn: Fraction | number, int: Fraction, pref: Fraction | number, old: number) =>
      div(sub(add(d.NA, d.NT, syn), add(int, pref, old)), d.SA)
    const int = mul(D, bp(rd), keep)
    const pref = mul(P, bp(rp))
    return balanced({
      stem: `An acquirer has net income of ${m$(d.NA)}, pays ${m$(d0)} a year of dividends on its existing preferred stock and has ${n(d.SA)} million common shares outstanding. It buys all the shares of a target for ${c$(d.O)} a share in cash, funding ${m$(P)} of the price by issuing new preferred stock with a ${bpText(rp)} dividend and borrowing the rest at ${bpText(rd)}. ${targetText(d)} The deal brings run-rate pre-tax synergies of ${m$(S)} a year. Tax the interest and the synergies at ${t}%; preferred dividends are not tax-deductible. No common shares are issued and nothing else changes. What is the pro forma EPS to common shareholders for the first full year, ${CENTS}?`,
      show: eps,
      figures: { ...dealFigures(d), t, S, P, rp, rd, d0 },
      key: pf(mul(S, keep), int, pref, d0),
      wrong: [
        [
          pf(mul(S, keep), int, mul(pref, keep), d0),
          'deducts the new preferred dividend after tax',
        ],
        [pf(mul(S, keep), int, pref, 0), 'leaves out the existing preferred dividends'],
        [pf(mul(S, keep), int, 0, d0), 'leaves out the new preferred dividend'],
        [pf(S, int, pref, d0), 'adds the synergies before tax'],
        [pf(mul(S, keep), mul(D, bp(rd)), pref, d0), 'deducts the interest before tax'],
        [
          pf(mul(S, keep), mul(E, bp(rd), keep), pref, d0),
          'borrows the whole price as well as issuing the preferred',
        ],
        [pf(0, int, pref, d0), 'leaves out the synergies'],
      ],
    })
  }),
  apart('acquirer-share-price-for-an-eps-neutral-stock-deal', (rng) => {
    const d = drawDeal(rng)
    const t = taxRate(rng)
    const S = part(rng, d.NT, 8, 20)
    const A = part(rng, d.NT, 4, 12)
    const ND = part(rng, d.NT, 100, 300)
    const keep = sub(1, pc(t))
    const E = offerValue(d)
    const epsA = frac(d.NA, d.SA)
    const neutral = (value: Fraction, syn: Fraction | number, am: Fraction | number) =>
      div(mul(value, epsA), sub(add(d.NT, syn), am))
    return balanced({
      stem: `${acquirerText(d)} It agrees to buy all the shares of a target for ${c$(d.O)} a share, paid in acquirer shares at a fixed value: each target share receives acquirer shares worth ${c$(d.O)} at the acquirer’s price at closing. ${targetText(d)} The target also has ${m$(ND)} of net debt, which stays in place (its interest is already in the target’s net income). The deal brings run-rate pre-tax synergies of ${m$(S)} a year and ${m$(A)} a year of pre-tax amortisation of acquired intangibles, both taxed at ${t}%; take the number of new shares and the EPS unrounded and assume nothing else changes. At what acquirer share price at closing would the deal leave first-full-year EPS exactly at the acquirer’s standalone EPS, ${CENTS}?`,
      show: price,
      figures: { ...dealFigures(d), t, S, A, ND },
      key: neutral(E, mul(S, keep), mul(A, keep)),
      wrong: [
        [neutral(E, S, mul(A, keep)), 'adds the synergies before tax'],
        [
          neutral(undisturbed(d), mul(S, keep), mul(A, keep)),
          'issues shares for the undisturbed value',
        ],
        [neutral(E, mul(S, keep), 0), 'leaves out the amortisation'],
        [neutral(E, 0, mul(A, keep)), 'leaves out the synergies'],
        [neutral(E, mul(S, keep), A), 'deducts the amortisation before tax'],
        [
          neutral(add(E, ND), mul(S, keep), mul(A, keep)),
          'pays shares for the enterprise value instead of the equity value',
        ],
      ],
    })
  }),
  apart('pro-forma-eps-when-the-targets-debt-is-refinanced', (rng) => {
    const d = drawDeal(rng, { size: [10, 30], peA: [140, 220], peT: [100, 160], prem: [20, 40] })
    const t = taxRate(rng)
    const S = part(rng, d.NT, 8, 20)
    const DT = part(rng, d.NT, 150, 350)
    const iT = rng.int(80, 130) * 5
    const rd = rng.int(100, 150) * 5
    const keep = sub(1, pc(t))
    const E = offerValue(d)
    const pf = (syn: Fraction | number, back: Fraction | number, int: Fraction) =>
      div(sub(add(d.NA, d.NT, syn, back), int), d.SA)
    const back = mul(DT, bp(iT), keep)
    const int = mul(add(E, DT), bp(rd), keep)
    return balanced({
      stem: `${acquirerText(d)} It buys all the shares of a target for ${c$(d.O)} a share in cash and repays the target’s ${m$(DT)} of debt, which carried interest at ${bpText(iT)} (that interest is deducted in the target’s net income), borrowing both amounts at ${bpText(rd)}. ${targetText(d)} The deal brings run-rate pre-tax synergies of ${m$(S)} a year. Tax all interest and the synergies at ${t}%; no shares are issued and nothing else changes. What is the pro forma EPS for the first full year, ${CENTS}?`,
      show: eps,
      figures: { ...dealFigures(d), t, S, DT, iT, rd },
      key: pf(mul(S, keep), back, int),
      wrong: [
        [pf(mul(S, keep), back, mul(add(E, DT), bp(rd))), 'deducts the new interest before tax'],
        [pf(mul(S, keep), 0, int), 'does not add back the target’s old interest'],
        [pf(0, back, int), 'leaves out the synergies'],
        [pf(mul(S, keep), back, mul(E, bp(rd), keep)), 'charges interest only on the equity price'],
        [pf(mul(S, keep), mul(DT, bp(iT)), int), 'adds back the old interest before tax'],
        [pf(S, back, int), 'adds the synergies before tax'],
      ],
    })
  }),
  apart('fiscal-year-eps-of-a-stock-deal-closed-during-the-year', (rng) => {
    const d = drawDeal(rng)
    const t = taxRate(rng)
    const A = part(rng, d.NT, 6, 15)
    const MONTHS = ['February', 'March', 'April', 'May'] as const
    const mi = rng.int(0, MONTHS.length - 1)
    const k = 11 - mi
    const f = frac(k, 12)
    const keep = sub(1, pc(t))
    const N = frac(d.O * d.ST, d.PA)
    const pf = (earned: Fraction, am: Fraction | number, shares: Fraction) =>
      div(sub(add(d.NA, earned), am), add(d.SA, shares))
    const NTf = mul(d.NT, f)
    const Af = mul(A, keep, f)
    const Nf = mul(N, f)
    return balanced({
      stem: `${acquirerText(d)} Its fiscal year is calendar 2026, and its own net income is earned evenly through the year. On ${MONTHS[mi]} 1, 2026 it buys all the shares of a target for ${c$(d.O)} a share, paid entirely in new acquirer shares issued at ${c$(d.PA)} on that day. The target has ${n(d.ST)} million shares, which traded at ${c$(d.PT)} before the offer, and earns net income of ${m$(d.NT)} a year, evenly through the year. The purchase price allocation adds ${m$(A)} a year of pre-tax amortisation of acquired intangibles, taxed at ${t}% and charged from closing. The target’s earnings count from closing, and the new shares enter the weighted average share count from closing, weighted by whole months; take the count unrounded and assume nothing else changes. What is the acquirer’s reported EPS for 2026, ${CENTS}?`,
      show: eps,
      figures: { ...dealFigures(d), t, A, k },
      key: pf(sub(NTf, Af), 0, Nf),
      wrong: [
        [pf(sub(d.NT, mul(A, keep)), 0, Nf), 'counts a full year of the target’s earnings'],
        [pf(sub(NTf, Af), 0, N), 'counts the new shares for the whole year'],
        [pf(NTf, 0, Nf), 'leaves out the amortisation'],
        [pf(sub(NTf, mul(A, f)), 0, Nf), 'deducts the amortisation before tax'],
        [pf(NTf, mul(A, keep), Nf), 'charges a full year of amortisation'],
        [
          pf(sub(NTf, Af), 0, mul(N, sub(1, f))),
          'weights the new shares by the months before closing',
        ],
      ],
    })
  }),
  apart('eps-cost-of-the-new-amortisation-per-share', (rng) => {
    const d = drawDeal(rng)
    const t = taxRate(rng)
    const L1 = rng.int(10, 15)
    const L2 = rng.int(4, 7)
    const CR = part(rng, d.NT, 150, 400)
    const TE = part(rng, d.NT, 60, 200)
    const BL = part(rng, d.NT, 5, 15)
    const OLD = part(rng, d.NT, 3, 10)
    const keep = sub(1, pc(t))
    const N = frac(d.O * d.ST, d.PA)
    const charge = (lifeTech: number, backlog: Fraction | number, old: number) =>
      sub(add(frac(CR, L1), frac(TE, lifeTech), backlog), old)
    const key = div(mul(charge(L2, BL, OLD), keep), add(d.SA, N))
    return balanced({
      stem: `${acquirerText(d)} It buys all the shares of a target for ${c$(d.O)} a share, paid entirely in new acquirer shares issued at ${c$(d.PA)}, at the start of its fiscal year. ${targetText(d)} The purchase price allocation identifies customer relationships of ${m$(CR)} (useful life ${L1} years), developed technology of ${m$(TE)} (${L2} years) and an order backlog of ${m$(BL)}, all filled within the first year; each is amortised straight line. The target’s own amortisation of its old intangibles, ${m$(OLD)} a year before tax, is deducted in its net income and ends at the acquisition. Tax amortisation at ${t}% and take the number of new shares unrounded. By how much does the change in amortisation reduce first-year pro forma EPS, in dollars per share to three decimal places (a half rounded up)?`,
      show: perShare,
      figures: { ...dealFigures(d), t, L1, L2, CR, TE, BL, OLD },
      key,
      wrong: [
        [
          div(mul(charge(L2, BL, 0), keep), add(d.SA, N)),
          'does not take out the target’s old amortisation',
        ],
        [div(charge(L2, BL, OLD), add(d.SA, N)), 'takes the amortisation before tax'],
        [div(mul(charge(L2, BL, OLD), keep), d.SA), 'divides by the acquirer’s old shares only'],
        [div(mul(charge(L2, 0, OLD), keep), add(d.SA, N)), 'leaves out the backlog'],
        [
          div(mul(charge(L1, BL, OLD), keep), add(d.SA, N)),
          'amortises the technology over the customer life',
        ],
        [
          div(mul(charge(L2, frac(BL, L1), OLD), keep), add(d.SA, N)),
          'amortises the backlog over the customer relationships’ life',
        ],
      ],
    })
  }),
  apart('dilution-of-an-all-stock-deal-in-percent', (rng) => {
    const d = drawDeal(rng, { size: [15, 40], peA: [120, 160], peT: [150, 200], prem: [20, 35] })
    const t = taxRate(rng)
    const S = part(rng, d.NT, 5, 12)
    const A = part(rng, d.NT, 4, 10)
    const keep = sub(1, pc(t))
    const epsA = frac(d.NA, d.SA)
    const N = frac(d.O * d.ST, d.PA)
    const N0 = frac(d.PT * d.ST, d.PA)
    const pf = (
      syn: Fraction | number,
      am: Fraction | number,
      shares: Fraction | number,
      nt: Fraction | number = d.NT,
    ) => div(sub(add(d.NA, nt, syn), am), add(d.SA, shares))
    const loss = (x: Fraction) => sub(1, div(x, epsA))
    const PF = pf(mul(S, keep), mul(A, keep), N)
    return balanced({
      stem: `${acquirerText(d)} It buys all the shares of a target for ${c$(d.O)} a share, paid entirely in new acquirer shares issued at ${c$(d.PA)}. ${targetText(d)} The deal brings run-rate pre-tax synergies of ${m$(S)} a year and ${m$(A)} a year of pre-tax amortisation of acquired intangibles, both taxed at ${t}%; take the number of new shares and the EPS unrounded and assume nothing else changes. The deal is dilutive. By how much does it lower the acquirer’s first-full-year EPS, measured against its standalone EPS, ${PCT2}?`,
      show: pct2,
      figures: { ...dealFigures(d), t, S, A },
      key: loss(PF),
      wrong: [
        [div(sub(epsA, PF), PF), 'measures the change against pro forma EPS'],
        [loss(pf(S, mul(A, keep), N)), 'adds the synergies before tax'],
        [loss(pf(0, mul(A, keep), N)), 'leaves out the synergies'],
        [loss(pf(mul(S, keep), 0, N)), 'leaves out the amortisation'],
        [loss(pf(mul(S, keep), A, N)), 'deducts the amortisation before tax'],
        [loss(pf(mul(S, keep), mul(A, keep), N0)), 'issues shares for the undisturbed value'],
        [
          loss(pf(mul(S, keep), mul(A, keep), N, mul(d.NT, keep))),
          'taxes the target’s net income again as if it were pre-tax',
        ],
      ],
    })
  }),
]
