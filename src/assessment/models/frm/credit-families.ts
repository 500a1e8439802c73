import type { Rng } from '../../rng.js'
import type { Worked } from '../rmm/rmm-text.js'
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
  rest,
  sub,
  usd,
} from './frm-text.js'

// Credit risk. The slips are an exposure at the wrong amount (the whole limit, the drawn balance
// only, the CCF on the whole limit, the undrawn commitment in full, a trade outside the netting
// agreement netted in, positive values added without netting), the recovery rate used as the LGD
// or the LGD left out, a haircut left out, applied to the exposure or grossed up the wrong way, a
// threshold or minimum transfer amount handled like the other, conditional, unconditional and
// cumulative default probabilities read for one another (added, compounded, divided by the wrong
// survival, a year's rate applied to every year), a standard deviation left as a variance or a PD
// used in its place, correlation assumed away, the wrong recovery class, discounting left out or at
// the wrong tenor, a stage of IFRS 9 measured over the wrong horizon, a ratio inverted or over the
// wrong base (all loans, closing or opening balances, loans held for sale, loans net of the
// allowance), a quarter not annualised, and the SA-CCR alpha or collateral applied to the wrong
// term.

const money = usd(2)
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
/** Whole dollars as a stem writes them. */
const $ = (d: number): string => `$${n(d)}`
/** A whole percent and a basis-point rate as fractions of one. */
const pc = (p: number): Fraction => frac(p, 100)
const bp = (b: number): Fraction => frac(b, 10000)
/** Basis points as a stem writes a rate or probability: 125 → `1.25%`. */
const bpText = (b: number): string => `${fixed(frac(b, 100), 2)}%`
/** Tenths of a percent as a stem writes them: 5 → `0.5%`. */
const tenthText = (t: number): string => `${fixed(frac(t, 10), 1)}%`
/** A hundredth as a stem writes a correlation or factor: 35 → `0.35`. */
const hundredth = (h: number): string => fixed(frac(h, 100), 2)
/** A factor drawn in ten-thousandths as a stem writes it: 9615 → `0.9615`. */
const df4 = (d: number): string => fixed(frac(d, 10000), 4)
/** `x` scaled by a drawn percentage from `low` to `high`, rounded to a multiple of `unit`. */
const part = (rng: Rng, x: number, low: number, high: number, unit = 1): number =>
  Math.round((x * rng.int(low, high)) / 100 / unit) * unit
/** A whole number drawn from `low`% to `high`% of `x`, to the unit, so its digits are its own. */
const within = (rng: Rng, x: number, low: number, high: number): number =>
  rng.int(Math.round((x * low) / 100), Math.round((x * high) / 100))
/** The sum of fractions or whole numbers. */
const sum = (xs: readonly (Fraction | number)[]): Fraction => add(...xs)

const below = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d

/** A draw none of whose slips prints as a figure the stem gives is kept; any other is refused. */
function unechoed(w: Worked, printed: readonly string[]): Worked {
  if (w.wrong.some(([x]) => printed.includes(w.show(x)))) rest()
  return w
}

/**
 * One-year PDs in basis points whose binomial standard deviation √(PD(1 − PD)) is exact, with that
 * deviation in ten-thousandths: 2% → 0.14, 3.2% → 0.176, 7.84% → 0.2688, 10% → 0.3, 20% → 0.4.
 */
const EXACT_PDS = [
  { p: 200, s: 1400 },
  { p: 320, s: 1760 },
  { p: 784, s: 2688 },
  { p: 1000, s: 3000 },
  { p: 2000, s: 4000 },
] as const

/** A discount factor at an annual rate of `r` basis points for `t` years, to four places. */
const discount = (r: number, t: number): number => Math.round(10000 / (1 + r / 10000) ** t)

export const CREDIT_FAMILIES: ScenarioFamily[] = [
  apart('expected-loss-on-a-partly-drawn-credit-line', (rng) => {
    const L = rng.int(20, 150) * 100000
    const D = part(rng, L, 30, 85, 1000)
    const U = L - D
    const c = rng.pick([20, 40, 50, 75])
    const p = rng.int(40, 450)
    const g = rng.int(30, 45)
    const ead = add(D, mul(pc(c), U))
    const el = (exposure: Fraction | number, loss: Fraction) => mul(bp(p), loss, exposure)
    return balanced({
      stem: `A bank has granted a corporate borrower a committed revolving credit facility of ${$(L)}, of which ${$(D)} is drawn. Its internal model gives the facility a one-year probability of default (PD) of ${bpText(p)}, a loss given default (LGD) of ${g}% and a credit conversion factor (CCF) of ${c}% on the undrawn commitment, so that exposure at default (EAD) = drawn amount + CCF × undrawn amount. What is the facility’s one-year expected loss, EL = PD × LGD × EAD, ${CENTS}?`,
      show: money,
      figures: { L, D, c, p, g },
      key: el(ead, pc(g)),
      wrong: [
        [el(L, pc(g)), 'takes the whole limit as the exposure'],
        [el(D, pc(g)), 'leaves the undrawn commitment out'],
        [el(mul(pc(c), L), pc(g)), 'applies the CCF to the whole limit'],
        [el(mul(pc(c), U), pc(g)), 'leaves the drawn balance out of the EAD'],
        [el(ead, pc(100 - g)), 'uses the recovery rate in place of the LGD'],
        [el(ead, frac(1)), 'leaves the LGD out'],
      ],
    })
  }),
  apart('loss-given-default-after-haircut-collateral-and-workout-costs', (rng) => {
    const E = rng.int(150, 900) * 10000
    const C = part(rng, E, 35, 75, 10000)
    const h = rng.pick([10, 15, 20, 25, 30, 40])
    const r = rng.int(55, 70)
    const W = part(rng, E, 1, 4, 1000)
    const kind = rng.pick(['commercial property', 'a fleet of vehicles', 'listed shares'])
    const Ca = mul(C, pc(100 - h))
    // (exposure − collateral counted) × (1 − recovery rate on the rest) + workout costs, over EAD.
    const lgd = (coll: Fraction | number, rec: Fraction, exposure: Fraction | number = E) =>
      div(add(mul(sub(exposure, coll), sub(1, rec)), W), E)
    return balanced({
      stem: `A bank’s defaulted loan has an exposure at default (EAD) of ${$(E)}. It is secured by ${kind} with a current market value of ${$(C)}; the bank’s LGD model counts the collateral at its market value less a haircut of ${h}% (for price falls and sale costs), sets that amount against the exposure, and expects to recover ${r}% of the unsecured remainder. Workout costs (legal and collection) are expected to be ${$(W)}. The loss given default is (unsecured remainder × (1 − recovery rate) + workout costs) ÷ EAD. What is the LGD, ${PCT2}?`,
      show: pct2,
      figures: { E, C, h, r, W },
      key: lgd(Ca, pc(r)),
      wrong: [
        [lgd(C, pc(r)), 'counts the collateral at market value, without the haircut'],
        [div(mul(sub(E, Ca), pc(100 - r)), E), 'leaves the workout costs out'],
        [
          lgd(div(C, pc(100 + h)), pc(r)),
          'treats the haircut as a margin: divides the collateral value by one plus it',
        ],
        [lgd(Ca, frac(0)), 'leaves out the recovery on the unsecured remainder'],
        [lgd(0, pc(r)), 'leaves the collateral out'],
        [lgd(Ca, pc(100 - r)), 'takes the recovery rate as the loss rate'],
        [
          lgd(C, pc(r), mul(E, pc(100 + h))),
          'adds the haircut to the exposure instead of taking it off the collateral',
        ],
      ],
    })
  }),
  apart('cumulative-default-probability-from-conditional-annual-pds', (rng) => {
    const q1 = rng.int(80, 300)
    const q2 = q1 + rng.int(40, 250)
    const q3 = q2 + rng.int(40, 250)
    const surv = (a: number, b: number, c: number) =>
      mul(sub(1, bp(a)), sub(1, bp(b)), sub(1, bp(c)))
    return unechoed(
      balanced({
        stem: `A bank’s rating model gives a borrower’s probability of default in each of the next three years conditional on its having survived to the start of that year: ${bpText(q1)} in year 1, ${bpText(q2)} in year 2 and ${bpText(q3)} in year 3. What is the probability that the borrower defaults at some time within the three years, ${PCT2}?`,
        show: pct2,
        figures: { q1, q2, q3 },
        key: sub(1, surv(q1, q2, q3)),
        wrong: [
          [bp(q1 + q2 + q3), 'adds the three conditional PDs'],
          [sub(1, surv(q3, q3, q3)), 'applies the year-3 PD to all three years'],
          [
            add(bp(q1), mul(sub(1, bp(q1)), bp(q2 + q3))),
            'weights the year-2 and year-3 PDs by survival of year 1 only',
          ],
          [
            mul(sub(1, bp(q1)), sub(1, bp(q2)), bp(q3)),
            'gives the probability of default in year 3 alone',
          ],
          [sub(1, surv(q1, q1, q1)), 'applies the year-1 PD to all three years'],
          [frac(q1 + q2 + q3, 30000), 'takes the average annual PD'],
        ],
      }),
      [q1, q2, q3].map(bpText),
    )
  }),
  apart('conditional-default-probability-from-a-cumulative-table', (rng) => {
    const m1 = rng.int(200, 500)
    const m2 = m1 + rng.int(20, 120)
    const m3 = m2 + rng.int(20, 120)
    const m4 = m3 + rng.int(20, 120)
    const C1 = m1
    const C2 = C1 + m2
    const C3 = C2 + m3
    const C4 = C3 + m4
    return balanced({
      stem: `A rating agency’s table gives the cumulative default rates of issuers with a single-B rating: ${bpText(C1)} after one year, ${bpText(C2)} after two years, ${bpText(C3)} after three years and ${bpText(C4)} after four years. An analyst treats them as cumulative default probabilities for a single-B issuer rated today. What is the probability that the issuer defaults during year 3, given that it has not defaulted by the end of year 2, ${PCT2}?`,
      show: pct2,
      figures: { C1, C2, C3, C4 },
      key: frac(m3, 10000 - C2),
      wrong: [
        [bp(m3), 'gives the unconditional probability of default in year 3'],
        [frac(C3, 30000), 'divides the three-year cumulative rate by three'],
        [frac(m3, 10000 - C1), 'divides by survival to the end of year 1'],
        [frac(m3, 10000 - C3), 'divides by survival to the end of year 3'],
        [
          frac(C3, 10000 - C2),
          'conditions the three-year cumulative rate, not the year-3 increase, on survival',
        ],
        [bp(C3 - C1), 'subtracts the one-year cumulative rate'],
      ],
    })
  }),
  apart('unconditional-default-probability-in-year-three', (rng) => {
    const q1 = rng.int(150, 400)
    const q2 = q1 + rng.int(50, 250)
    const q3 = q2 + rng.int(50, 250)
    const s1 = sub(1, bp(q1))
    const s2 = sub(1, bp(q2))
    const s3 = sub(1, bp(q3))
    return unechoed(
      balanced({
        stem: `A credit model gives an obligor’s one-year probabilities of default conditional on survival to the start of each year: ${bpText(q1)} for year 1, ${bpText(q2)} for year 2 and ${bpText(q3)} for year 3. Seen from today, what is the probability that the obligor defaults in year 3 (surviving years 1 and 2 and then defaulting), ${PCT2}?`,
        show: pct2,
        figures: { q1, q2, q3 },
        key: mul(s1, s2, bp(q3)),
        wrong: [
          [bp(q3 - q2), 'subtracts the conditional PDs as if they were cumulative'],
          [mul(s1, s2, s3, bp(q3)), 'also applies the survival of year 3'],
          [mul(s1, s1, bp(q1)), 'applies the year-1 PD to every year'],
          [mul(s1, bp(q3)), 'applies only the survival of year 1'],
          [div(bp(q3), mul(s1, s2)), 'divides by the survival probability instead of multiplying'],
          [sub(1, mul(s1, s2, s3)), 'gives the cumulative PD over the three years'],
        ],
      }),
      [q1, q2, q3].map(bpText),
    )
  }),
  apart('default-intensity-implied-by-a-credit-spread', (rng) => {
    const w = rng.int(350, 480)
    const s = rng.int(80, 450)
    const y = w + s
    const R = rng.int(35, 45)
    const Rs = R + rng.int(15, 25)
    const Rb = R - rng.int(12, 22)
    const lam = (spread: number, lgd: number) => frac(spread * 100, 10000 * lgd)
    return balanced({
      stem: `A five-year senior unsecured bond of an industrial issuer yields ${bpText(y)}. The five-year SOFR swap rate, which the desk uses as the risk-free rate, is ${bpText(w)}. The desk’s recovery assumptions, as a share of par, are ${Rs}% for senior secured debt, ${R}% for senior unsecured debt and ${Rb}% for subordinated debt. Using the approximation λ ≈ s ÷ (1 − R), where s is the bond’s credit spread over the risk-free rate and R its expected recovery rate, what average annual default intensity (hazard rate) does the bond’s yield imply, ${PCT2}?`,
      show: pct2,
      figures: { w, s, R, Rs, Rb },
      key: lam(s, 100 - R),
      wrong: [
        [bp(s), 'takes the spread itself as the default intensity'],
        [mul(bp(s), pc(100 - R)), 'multiplies by the LGD instead of dividing'],
        [lam(s, 100 - Rb), 'uses the subordinated recovery rate'],
        [lam(y, 100 - R), 'uses the bond’s yield instead of its spread'],
        [lam(s, R), 'divides by the recovery rate instead of the LGD'],
        [lam(s, 100 - Rs), 'uses the senior secured recovery rate'],
      ],
    })
  }),
  apart('unexpected-loss-of-a-single-facility', (rng) => {
    const { p, s } = EXACT_PDS[rng.int(0, EXACT_PDS.length - 1)]!
    const L = rng.int(20, 150) * 100000
    const D = part(rng, L, 40, 85, 1000)
    const c = rng.pick([40, 50, 75])
    const g = rng.int(30, 45)
    const ead = add(D, mul(pc(c), L - D))
    const sd = bp(s)
    const pd = bp(p)
    const ul = (exposure: Fraction | number, loss: Fraction, spread: Fraction) =>
      mul(exposure, loss, spread)
    return balanced({
      stem: `A committed facility of ${$(L)}, of which ${$(D)} is drawn, has a one-year probability of default (PD) of ${bpText(p)}, a loss given default (LGD) of ${g}% and a credit conversion factor of ${c}% on the undrawn amount (EAD = drawn + CCF × undrawn). Treating EAD and LGD as known, the bank measures the facility’s unexpected loss as the standard deviation of its one-year loss: UL = EAD × LGD × √(PD × (1 − PD)). What is the UL, ${CENTS}?`,
      show: money,
      figures: { p, L, D, c, g },
      key: ul(ead, pc(g), sd),
      wrong: [
        [
          ul(ead, pc(g), mul(pd, sub(1, pd))),
          'uses the variance PD × (1 − PD) without the square root',
        ],
        [ul(ead, pc(g), pd), 'gives the expected loss'],
        [ul(D, pc(g), sd), 'leaves the undrawn commitment out'],
        [ul(ead, frac(1), sd), 'leaves the LGD out'],
        [ul(L, pc(g), sd), 'takes the whole limit as the exposure'],
        [ul(ead, pc(100 - g), sd), 'uses the recovery rate in place of the LGD'],
        [ul(ead, pc(g), add(pd, sd)), 'adds the expected loss to the UL'],
      ],
    })
  }),
  apart('expected-loss-with-a-correlated-guarantor', (rng) => {
    const bi = rng.int(1, EXACT_PDS.length - 1)
    const gi = rng.int(0, Math.min(bi - 1, 1))
    const b = EXACT_PDS[bi]!
    const gu = EXACT_PDS[gi]!
    const rho = rng.int(10, 40)
    const EAD = rng.int(100, 2000) * 10000
    const g = rng.int(35, 55)
    const pb = bp(b.p)
    const pg = bp(gu.p)
    const joint = add(mul(pb, pg), mul(pc(rho), bp(b.s), bp(gu.s)))
    // The guarantee helps only when both defaulting together is less likely than the guarantor alone.
    if (!below(joint, pg)) rest()
    const el = (pd: Fraction, loss: Fraction = pc(g)) => mul(EAD, loss, pd)
    return balanced({
      stem: `A bank’s loan of ${$(EAD)} to a borrower with a one-year probability of default (PD) of ${bpText(b.p)} is fully guaranteed by another bank with a one-year PD of ${bpText(gu.p)}. The lender loses only if both default within the year (double default); it estimates the joint PD as PD_B × PD_G + ρ × √(PD_B × (1 − PD_B)) × √(PD_G × (1 − PD_G)), with a default correlation ρ = ${hundredth(rho)}, and expects a loss given default of ${g}% if both default. What is the loan’s one-year expected loss, ${CENTS}?`,
      show: money,
      figures: { pb: b.p, pg: gu.p, rho, EAD, g },
      key: el(joint),
      wrong: [
        [el(mul(pb, pg)), 'assumes the two defaults are independent'],
        [el(mul(pb, pg, pc(100 + rho))), 'uses the PDs in place of their standard deviations'],
        [
          el(add(mul(pb, pg), mul(pc(rho), pb, sub(1, pb), pg, sub(1, pg)))),
          'uses the variances in place of the standard deviations',
        ],
        [el(pb), 'ignores the guarantee'],
        [el(pg), 'uses the guarantor’s PD alone (substitution)'],
        [el(joint, frac(1)), 'leaves the LGD out'],
      ],
    })
  }),
  apart('current-exposure-after-netting-and-collateral', (rng) => {
    const a = rng.int(800, 3000) * 1000
    const b2 = rng.int(800, 3000) * 1000
    const c = rng.int(300, 1200) * 1000
    const d = rng.int(300, 1200) * 1000
    const N = a + b2 - c - d
    if (N < (a + b2) * 0.3) rest()
    const h = rng.pick([2, 4, 5, 8, 10, 15])
    const M = part(rng, N, 25, 60, 10000)
    const e = rng.int(100, 600) * 1000
    const held = mul(M, pc(100 - h))
    return unechoed(
      balanced({
        stem: `A bank has four derivatives with a corporate counterparty under one ISDA master agreement with close-out netting, whose values to the bank are +${$(a)}, +${$(b2)}, −${$(c)} and −${$(d)}. It also has a fifth trade, worth −${$(e)} to the bank, with another company of the same group that is not a party to that agreement. Under the agreement’s credit support annex the bank holds government bonds with a market value of ${$(M)}, which it counts at a haircut of ${h}%. Current exposure to a party is the positive part of what that party would owe on close-out, less the value of the collateral counted. What is the bank’s current exposure under the master agreement, ${CENTS}?`,
        show: money,
        figures: { a, b: b2, c, d, e, M, h },
        key: sub(N, held),
        wrong: [
          [sub(a + b2, held), 'adds only the positive values, without netting'],
          [frac(N), 'leaves the collateral out'],
          [frac(a + b2), 'neither nets nor counts the collateral'],
          [sub(N - e, held), 'nets the trade outside the agreement'],
          [frac(N - M), 'counts the collateral without its haircut'],
          [sub(N, mul(M, pc(100 + h))), 'adds the haircut to the collateral value'],
        ],
      }),
      [a, b2, c, d, e, M].map((x) => money(frac(x))),
    )
  }),
  apart('collateral-to-call-under-a-csa-with-threshold-and-haircut', (rng) => {
    const E = rng.int(60, 250) * 100000
    const Th = rng.int(5, 30) * 100000
    const M = rng.pick([100000, 250000, 500000])
    const h = rng.pick([2, 4, 5, 8, 10, 15])
    const B = part(rng, E - Th, 30, 70, 10000)
    const keep = pc(100 - h)
    // Market value of bonds to call: the cover still missing, grossed up for the haircut.
    const call = (exposure: number, threshold: number, held: Fraction | number) =>
      div(sub(exposure - threshold, held), keep)
    const key = call(E, Th, mul(B, keep))
    // The transfer must reach the minimum transfer amount for a call to be made at all.
    if (below(mul(key, keep), frac(M + M))) rest()
    return balanced({
      stem: `A bank’s exposure to a hedge fund on a netting set of derivatives is ${$(E)}. The credit support annex gives the fund a threshold of ${$(Th)} and a minimum transfer amount of ${$(M)}: the fund must post collateral whose value after haircut covers the exposure above the threshold, and no transfer is made for less than the minimum transfer amount. The bank already holds corporate bonds with a market value of ${$(B)}, which the annex values at a haircut of ${h}%. What market value of further bonds of the same kind (same haircut) should the bank call, ${CENTS}?`,
      show: money,
      figures: { E, Th, M, h, B },
      key,
      wrong: [
        [sub(E - Th, mul(B, keep)), 'calls the shortfall without grossing it up for the haircut'],
        [call(E, Th, B), 'values the bonds already held without their haircut'],
        [
          mul(sub(E - Th, mul(B, keep)), pc(100 + h)),
          'grosses up by one plus the haircut instead of dividing by one minus it',
        ],
        [call(E, Th + M, mul(B, keep)), 'deducts the minimum transfer amount like a threshold'],
        [call(E, 0, mul(B, keep)), 'leaves the threshold out'],
        [call(E, Th, 0), 'ignores the bonds already held'],
        [call(E, -Th, mul(B, keep)), 'adds the threshold to the exposure'],
      ],
    })
  }),
  apart('cva-from-an-expected-exposure-profile', (rng) => {
    const e1 = rng.int(800, 2000)
    const e2 = part(rng, e1, 110, 140)
    const e3 = part(rng, e2, 80, 110)
    const e4 = part(rng, e3, 40, 70)
    const EE = [e1, e2, e3, e4].map((x) => x * 1000)
    const m1 = rng.int(60, 200)
    const m = [m1]
    for (let t = 1; t < 4; t++) m.push(m[t - 1]! + rng.int(10, 80))
    const cum = m.map((_, t) => m.slice(0, t + 1).reduce((x, y) => x + y, 0))
    const r = rng.int(350, 500)
    const DF = [1, 2, 3, 4].map((t) => discount(r, t))
    const g = rng.int(55, 65)
    // LGD × Σ EE(t) × PD(t) × DF(t), each PD and factor as drawn.
    const cva = (lgd: Fraction, pds: readonly number[], dfs: readonly Fraction[]) =>
      mul(lgd, sum(EE.map((x, t) => mul(x, bp(pds[t]!), dfs[t]!))))
    const dfs = DF.map((x) => frac(x, 10000))
    return balanced({
      stem: `A bank’s exposure model gives the expected exposure (EE) to a counterparty on an uncollateralised interest rate swap at the end of each of the next four years as ${EE.map($).join(', ')}. The counterparty’s cumulative default probabilities are ${cum.map(bpText).join(', ')} by the end of years 1 to 4, so the probability of default in each year is the rise in the cumulative figure; the discount factors are ${DF.map(df4).join(', ')}; the loss given default is ${g}%. With CVA = LGD × Σ EE(t) × PD(year t) × DF(t), what is the CVA, ${CENTS}?`,
      show: money,
      figures: {
        e1: EE[0]!,
        e2: EE[1]!,
        e3: EE[2]!,
        e4: EE[3]!,
        c1: cum[0]!,
        c2: cum[1]!,
        c3: cum[2]!,
        c4: cum[3]!,
        d1: DF[0]!,
        d2: DF[1]!,
        d3: DF[2]!,
        d4: DF[3]!,
        g,
      },
      key: cva(pc(g), m, dfs),
      wrong: [
        [
          cva(
            pc(g),
            m,
            [1, 1, 1, 1].map((x) => frac(x)),
          ),
          'leaves out the discount factors',
        ],
        [cva(pc(g), cum, dfs), 'uses the cumulative PDs in place of each year’s PD'],
        [cva(frac(1), m, dfs), 'leaves the LGD out'],
        [cva(pc(100 - g), m, dfs), 'uses the recovery rate in place of the LGD'],
        [
          cva(
            pc(g),
            m,
            dfs.map(() => dfs[3]!),
          ),
          'discounts every year at the year-4 factor',
        ],
        [
          cva(
            pc(g),
            m.map(() => m1),
            dfs,
          ),
          'applies the year-1 PD to every year',
        ],
      ],
    })
  }),
  apart('two-year-default-probability-from-a-migration-matrix', (rng) => {
    const AD = rng.int(1, 8)
    const AC = rng.int(8, 30)
    const AB = rng.int(50, 110)
    const AA = 1000 - AB - AC - AD
    const BA = rng.int(30, 70)
    const BD = rng.int(10, 40)
    const BC = rng.int(40, 90)
    const BB = 1000 - BA - BC - BD
    const CA = rng.int(0, 5)
    const CB = rng.int(60, 120)
    const CD = rng.int(120, 300)
    const CC = 1000 - CA - CB - CD
    const pm = (x: number) => frac(x, 1000)
    const row = (name: string, xs: readonly number[]) =>
      `from ${name}: to A ${tenthText(xs[0]!)}, to B ${tenthText(xs[1]!)}, to C ${tenthText(xs[2]!)}, to default ${tenthText(xs[3]!)}`
    const second = add(mul(pm(AA), pm(AD)), mul(pm(AB), pm(BD)), mul(pm(AC), pm(CD)))
    const key = add(second, pm(AD))
    return balanced({
      stem: `A bank’s one-year rating migration matrix is ${row('A', [AA, AB, AC, AD])}; ${row('B', [BA, BB, BC, BD])}; ${row('C', [CA, CB, CC, CD])}. Default is absorbing, and the bank assumes the same matrix applies in each year (a time-homogeneous Markov chain). What is the probability that an obligor rated A today has defaulted by the end of two years, ${PCT2}?`,
      show: pct2,
      figures: { AA, AB, AC, AD, BA, BB, BC, BD, CA, CB, CC, CD },
      key,
      wrong: [
        [
          sub(1, mul(sub(1, pm(AD)), sub(1, pm(AD)))),
          'ignores migration: applies the A default rate in both years',
        ],
        [second, 'leaves out the defaults of the first year'],
        [add(mul(pm(AA), pm(AD)), pm(AD)), 'counts only the obligors that stay rated A'],
        [add(key, pm(AD)), 'counts the first-year defaults twice'],
        [pm(AD + BD + CD), 'adds up the default column'],
        [
          add(pm(AD), mul(sub(1, pm(AD)), frac(AD + BD + CD, 3000))),
          'weights the three grades’ default rates equally in year 2 instead of by the A row',
        ],
      ],
    })
  }),
  apart('ifrs-9-allowance-across-three-stages', (rng) => {
    // Balances to the dollar, so each stage's loss carries its own cents.
    const D1 = rng.int(20000000, 80000000)
    const U1 = within(rng, D1, 15, 40)
    const c = rng.pick([40, 50, 75])
    const a12 = rng.int(30, 120)
    const aL = a12 * rng.int(3, 5) + rng.int(0, 40)
    const g1 = rng.int(35, 45)
    const E2 = within(rng, D1, 6, 14)
    const b12 = rng.int(300, 800)
    const bL = rng.int(1500, 3000)
    const g2 = rng.int(35, 50)
    const E3 = within(rng, D1, 2, 5)
    const g3 = rng.int(40, 65)
    const ecl = (e1: Fraction | number, p1: number, p2: number, s3: Fraction) =>
      add(mul(e1, bp(p1), pc(g1)), mul(E2, bp(p2), pc(g2)), mul(E3, s3, pc(g3)))
    const e1 = add(D1, mul(pc(c), U1))
    return balanced({
      stem: `A bank measures expected credit losses (ECL) under IFRS 9 as PD × LGD × EAD, without discounting (as stated for this exercise). Stage 1 (no significant increase in credit risk): drawn loans of ${$(D1)} and undrawn commitments of ${$(U1)} with a credit conversion factor of ${c}%, a 12-month PD of ${bpText(a12)}, a lifetime PD of ${bpText(aL)} and an LGD of ${g1}%. Stage 2 (significant increase in credit risk): loans of ${$(E2)} with a 12-month PD of ${bpText(b12)}, a lifetime PD of ${bpText(bL)} and an LGD of ${g2}%. Stage 3 (credit-impaired, so PD is 100%): loans of ${$(E3)} with an LGD of ${g3}%. What total loss allowance should the bank hold, ${CENTS}?`,
      show: money,
      figures: { D1, U1, c, a12, aL, g1, E2, b12, bL, g2, E3, g3 },
      key: ecl(e1, a12, bL, frac(1)),
      wrong: [
        [ecl(e1, a12, b12, frac(1)), 'measures stage 2 at 12-month ECL'],
        [ecl(e1, a12, bL, bp(bL)), 'applies the stage 2 lifetime PD to stage 3 instead of 100%'],
        [ecl(D1, a12, bL, frac(1)), 'leaves out the stage 1 undrawn commitments'],
        [ecl(e1, aL, bL, frac(1)), 'measures stage 1 at lifetime ECL'],
        [
          add(ecl(e1, a12, bL, frac(0)), E3),
          'provides for the whole stage 3 exposure, without its LGD',
        ],
        [ecl(D1 + U1, a12, bL, frac(1)), 'counts the undrawn commitments in full'],
      ],
    })
  }),
  apart('annualised-net-charge-off-rate-of-a-quarter', (rng) => {
    const L0 = rng.int(2000, 9000) * 1000
    const L1 = part(rng, L0, 102, 106, 1000)
    const H0 = part(rng, L0, 2, 6)
    const H1 = part(rng, L0, 2, 6)
    const G = Math.round((L0 * rng.int(60, 150)) / 10000)
    const Rc = part(rng, G, 10, 30)
    const Aw = part(rng, L1, 4, 8)
    const P = part(rng, G, 70, 130)
    const avg = frac(L0 + L1, 2)
    const rate = (loss: number, base: Fraction | number, k = 4) => div(mul(loss, k), base)
    return balanced({
      stem: `In a quarter a credit card lender (all amounts in thousands of dollars) charged off ${$(G)} of loans and recovered ${$(Rc)} on loans charged off earlier; its provision expense was ${$(P)}. Its card loans held for investment were ${$(L0)} at the start of the quarter and ${$(L1)} at the end, its loans held for sale ${$(H0)} and ${$(H1)}, and its allowance for credit losses ${$(Aw)} at the end. The bank reports the net charge-off rate as (gross charge-offs − recoveries) × 4 ÷ average loans held for investment, the average being (start + end) ÷ 2. What is the annualised net charge-off rate, ${PCT2}?`,
      show: pct2,
      figures: { L0, L1, H0, H1, G, Rc, Aw, P },
      key: rate(G - Rc, avg),
      wrong: [
        [rate(G - Rc, avg, 1), 'does not annualise the quarter'],
        [rate(G - Rc, L1), 'divides by the loans at the end of the quarter'],
        [rate(G - Rc, frac(L0 + L1 + H0 + H1, 2)), 'counts the loans held for sale in the average'],
        [rate(G, avg), 'uses the gross charge-offs'],
        [rate(G - Rc, L0), 'divides by the loans at the start of the quarter'],
        [rate(G + Rc, avg), 'adds the recoveries instead of netting them'],
        [rate(G - Rc, sub(avg, Aw)), 'divides by loans net of the allowance'],
      ],
    })
  }),
  apart('total-coverage-ratio-of-non-performing-loans', (rng) => {
    const L = rng.int(3000, 12000) * 1000
    const N = part(rng, L, 2, 5, 100)
    const S2 = part(rng, L, 4, 10, 100)
    const a3 = part(rng, N, 35, 55)
    const a2 = part(rng, S2, 2, 5)
    const a1 = Math.round(((L - N - S2) * rng.int(20, 50)) / 10000)
    const K = part(rng, N, 30, 50)
    const A = a1 + a2 + a3
    return balanced({
      stem: `At year-end a bank (all amounts in thousands of dollars) has gross loans of ${$(L)}, of which ${$(S2)} are in stage 2 and ${$(N)} are non-performing (stage 3). Its loss allowances are ${$(a1)} for stage 1, ${$(a2)} for stage 2 and ${$(a3)} for stage 3, and the collateral securing the non-performing loans is valued, after haircuts, at ${$(K)}. The board reports a total coverage ratio: the total loss allowance of all stages ÷ non-performing loans. What is the ratio, ${PCT2}?`,
      show: pct2,
      figures: { L, S2, N, a1, a2, a3, K },
      key: frac(A, N),
      wrong: [
        [frac(a3, N), 'counts only the stage 3 allowance'],
        [frac(A, L), 'divides by all loans'],
        [frac(A, N + S2), 'counts the stage 2 loans as non-performing'],
        [frac(A + K, N), 'adds the collateral to the allowance'],
        [frac(N, A), 'inverts the ratio'],
        [frac(A, N - a3), 'divides by non-performing loans net of their allowance'],
      ],
    })
  }),
  apart('sa-ccr-exposure-at-default-of-an-unmargined-netting-set', (rng) => {
    // Values, collateral balances and add-ons to the dollar, so no slip shares the key's last digits.
    const v1 = rng.int(800000, 3000000)
    const v2 = rng.int(300000, 1500000)
    const v3 = rng.int(200000, 1200000)
    const V = v1 - v2 + v3
    if (V < 400000) rest()
    const Ch = within(rng, V, 20, 50)
    const Cp = within(rng, V, 5, 20)
    const A = within(rng, V, 20, 60)
    const As = within(rng, A, 130, 180)
    const alpha = frac(14, 10)
    const ead = (rc: number, addOn: number) => mul(alpha, rc + addOn)
    const RC = V - Ch + Cp
    return balanced({
      stem: `A bank works out the exposure at default of an unmargined netting set under the Basel III standardised approach for counterparty credit risk (SA-CCR): EAD = α × (RC + PFE) with α = 1.4; RC = max(V − C, 0), where V is the netting set’s value and C the net collateral held (collateral received less collateral the bank has posted, all in cash here, so no haircuts); PFE = multiplier × aggregate add-on, and the multiplier is 1 because V − C is positive. The three trades in the netting set are worth +${$(v1)}, −${$(v2)} and +${$(v3)} to the bank. The bank holds ${$(Ch)} of cash collateral from the counterparty and has posted ${$(Cp)} of cash collateral to it (not held in a bankruptcy-remote way). The aggregate add-on after offsets within hedging sets is ${$(A)} (the trades’ stand-alone add-ons sum to ${$(As)}). What is the EAD, ${CENTS}?`,
      show: money,
      figures: { v1, v2, v3, Ch, Cp, A, As },
      key: ead(RC, A),
      wrong: [
        [frac(RC + A), 'leaves out α'],
        [add(mul(alpha, RC), A), 'applies α to the replacement cost only'],
        [ead(V - Ch, A), 'ignores the collateral the bank has posted'],
        [ead(v1 + v3 - Ch + Cp, A), 'adds only the positive values, without netting'],
        [ead(V + Cp, A), 'ignores the collateral held'],
        [ead(RC, As), 'sums the trades’ stand-alone add-ons'],
      ],
    })
  }),
  apart('lifetime-ecl-of-an-amortising-stage-2-loan', (rng) => {
    const E1 = rng.int(300, 1500) * 10000
    const E2 = part(rng, E1, 60, 70, 10000)
    const E3 = part(rng, E1, 28, 36, 10000)
    const m = [rng.int(250, 500), rng.int(250, 500), rng.int(250, 500)]
    const e = rng.int(500, 900)
    const DF = [1, 2, 3].map((t) => discount(e, t))
    const g = rng.int(35, 55)
    const bal = [E1, E2, E3]
    const dfs = DF.map((x) => frac(x, 10000))
    const ecl = (
      balances: readonly number[],
      pds: readonly number[],
      factors: readonly Fraction[],
      years = 3,
    ) => mul(pc(g), sum(balances.slice(0, years).map((x, t) => mul(x, bp(pds[t]!), factors[t]!))))
    const cum = m.map((_, t) => m.slice(0, t + 1).reduce((x, y) => x + y, 0))
    return balanced({
      stem: `A three-year amortising loan has moved to stage 2 under IFRS 9. Its balance (the EAD) at the start of years 1, 2 and 3 is ${$(E1)}, ${$(E2)} and ${$(E3)}; it is repaid in full at the end of year 3. The bank’s PD model gives the probability of default in each year, seen from today (unconditional), as ${m.map(bpText).join(', ')}; the LGD is ${g}%. Losses are assumed to arise at the end of the year of default and are discounted at the loan’s effective interest rate, with discount factors ${DF.map(df4).join(', ')} for years 1 to 3. What loss allowance should the bank hold, ${CENTS}?`,
      show: money,
      figures: {
        E1,
        E2,
        E3,
        m1: m[0]!,
        m2: m[1]!,
        m3: m[2]!,
        d1: DF[0]!,
        d2: DF[1]!,
        d3: DF[2]!,
        g,
      },
      key: ecl(bal, m, dfs),
      wrong: [
        [ecl(bal, m, dfs, 1), 'gives the 12-month ECL of stage 1'],
        [ecl([E2, E3, 0], m, dfs), 'uses each year’s closing balance'],
        [
          ecl(
            bal,
            m,
            dfs.map(() => dfs[2]!),
          ),
          'discounts every year at the year-3 factor',
        ],
        [
          ecl(
            bal,
            m,
            [1, 1, 1].map((x) => frac(x)),
          ),
          'leaves out discounting',
        ],
        [ecl([E1, E1, E1], m, dfs), 'keeps the opening balance for every year'],
        [ecl(bal, cum, dfs), 'uses the cumulative PDs in place of each year’s PD'],
      ],
    })
  }),
]
