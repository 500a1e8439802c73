import type { Rng } from '../../rng.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  apart,
  balanced,
  CENTS,
  div,
  type Fraction,
  frac,
  mul,
  pct2,
  plain,
  rest,
  sub,
  usd,
} from './hca-text.js'

// Revenue cycle metrics. The slips are a measure of another definition (gross for net charges, net
// for gross, counts for dollars, payments for charges), a term the stated definition counts left
// out (refunds, patient or time-of-service payments, agency recoveries, benefits, telehealth) or one
// it leaves out counted in (bad debt or write-offs as contractual, rejections as denials, prior
// balances, charity care, scheduling staff), the wrong period or day count (90 days for a quarter,
// the last month only, six months, the whole annual fee), the wrong bucket boundary, and a target
// applied to the wrong base.

const money = usd(2)
const days = plain(1, 'days')
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
const DAYS1 = 'to one decimal place (a half rounded up)'
/** Whole dollars as a stem writes them. */
const $ = (d: number): string => `$${d.toLocaleString('en-US')}`
/** A whole count as a stem writes it. */
const n = (x: number): string => x.toLocaleString('en-US')
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** `x` scaled by a drawn percentage from `low` to `high`, to whole dollars. */
const part = (rng: Rng, x: number, low: number, high: number): number =>
  Math.round((x * rng.int(Math.round(low * 10), Math.round(high * 10))) / 1000)
/** The sum of whole numbers. */
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)

/** Quarters of 2026 whose calendar days are not 90, with the quarter before each. */
const QUARTERS = [
  {
    months: ['April', 'May', 'June'],
    days: [30, 31, 30],
    end: 'June 30, 2026',
    start: 'March 31, 2026',
    before: [31, 28, 31],
  },
  {
    months: ['July', 'August', 'September'],
    days: [31, 31, 30],
    end: 'September 30, 2026',
    start: 'June 30, 2026',
    before: [30, 31, 30],
  },
  {
    months: ['October', 'November', 'December'],
    days: [31, 30, 31],
    end: 'December 31, 2026',
    start: 'September 30, 2026',
    before: [31, 31, 30],
  },
] as const

/** Three months of rising gross charges in whole dollars. */
function risingCharges(rng: Rng): [number, number, number] {
  const c1 = rng.int(150000, 450000)
  const c2 = part(rng, c1, 101, 106)
  const c3 = part(rng, c2, 103, 109)
  return [c1, c2, c3]
}

export const REVENUE_FAMILIES: ScenarioFamily[] = [
  apart('days-in-ar-on-a-quarter-of-gross-charges', (rng) => {
    const qi = rng.int(0, 2)
    const q = QUARTERS[qi]!
    const [c1, c2, c3] = risingCharges(rng)
    const C = c1 + c2 + c3
    const D = sum(q.days)
    const e = [part(rng, c1, 85, 97), part(rng, c1, 85, 97), part(rng, c1, 85, 97)]
    const Cp = sum(e)
    const Dp = sum(q.before)
    const K = part(rng, C, 35, 55)
    const P = part(rng, C - K, 88, 100)
    const E = Math.round((C * rng.int(300, 600)) / (10 * D))
    const B0 = part(rng, E, 85, 97)
    const over = (ar: Fraction | number, charges: number, period: number) =>
      div(mul(ar, period), charges)
    return balanced({
      stem: `A practice’s accounts receivable were ${$(E)} on ${q.end} (${$(B0)} on ${q.start}). In the quarter it posted gross charges of ${$(c1)} in ${q.months[0]}, ${$(c2)} in ${q.months[1]} and ${$(c3)} in ${q.months[2]}, contractual adjustments of ${$(K)} and payments of ${$(P)}; in the quarter before, its gross charges were ${$(e[0]!)}, ${$(e[1]!)} and ${$(e[2]!)}. The practice measures days in A/R as ending A/R ÷ average daily gross charges over the last three months (their gross charges ÷ their calendar days). What were its days in A/R on ${q.end}, ${DAYS1}?`,
      show: days,
      figures: { qi, c1, c2, c3, e1: e[0]!, e2: e[1]!, e3: e[2]!, K, P, E, B0 },
      key: over(E, C, D),
      wrong: [
        [over(E, C, 90), 'divides the quarter’s charges by 90 days'],
        [over(E, c3, q.days[2]), 'uses only the last month’s charges'],
        [over(frac(E + B0, 2), C, D), 'uses the average of the beginning and ending A/R'],
        [over(E, C - K, D), 'uses charges net of contractual adjustments'],
        [over(E, P, D), 'divides by average daily payments'],
        [over(E, C + Cp, D + Dp), 'averages over six months of charges'],
      ],
    })
  }),
  apart('gross-collection-rate-of-a-quarter', (rng) => {
    const C = rng.int(300000, 900000)
    const K = part(rng, C, 38, 58)
    const W = part(rng, C, 1, 3)
    const Pi = part(rng, C - K, 72, 82)
    const Pm = part(rng, C - K, 6, 10)
    const Ps = part(rng, C - K, 4, 8)
    const Rf = part(rng, C - K, 0.5, 1.5)
    const P = Pi + Pm + Ps
    const key = frac(P - Rf, C)
    return balanced({
      stem: `In a quarter a practice posted gross charges of ${$(C)}, contractual adjustments of ${$(K)} and bad-debt write-offs of ${$(W)}. It received ${$(Pi)} from insurers, ${$(Pm)} in patient payments by mail and online and ${$(Ps)} collected from patients at the time of service, and issued ${$(Rf)} of refunds. The practice defines its gross collection rate as all payments received (insurance and patient, less refunds issued) ÷ gross charges of the same period. What was its gross collection rate, ${PCT2}?`,
      show: pct2,
      figures: { C, K, W, Pi, Pm, Ps, Rf },
      key,
      wrong: [
        [frac(P - Rf, C - K), 'divides by charges net of contractual adjustments'],
        [frac(P, C), 'leaves the refunds in'],
        [frac(P - Rf, C - W), 'takes the bad debt off the charges'],
        [frac(Pi - Rf, C), 'counts only the insurance payments'],
        [frac(Pi + Pm - Rf, C), 'leaves out the time-of-service payments'],
        [frac(P - Rf - W, C), 'takes the bad-debt write-offs off the payments'],
      ],
    })
  }),
  apart('net-collection-rate-with-the-adjustments-it-excludes', (rng) => {
    const C = rng.int(300000, 900000)
    const K = part(rng, C, 38, 58)
    const N = C - K
    const W = part(rng, N, 1.5, 3)
    const SB = part(rng, N, 0.2, 0.6)
    const TF = part(rng, N, 0.5, 1.5)
    const Pi = part(rng, N, 72, 78)
    const Pp = part(rng, N, 10, 14)
    const RC = part(rng, N, 0.3, 0.8)
    const Rf = part(rng, N, 0.5, 1.5)
    const P = Pi + Pp + RC
    return balanced({
      stem: `For the year a practice posted gross charges of ${$(C)} and contractual adjustments of ${$(K)}, and wrote off ${$(W)} of bad debt, ${$(SB)} of small balances and ${$(TF)} of claims denied for late filing. It received ${$(Pi)} from insurers, ${$(Pp)} from patients and ${$(RC)} from its collection agency on accounts written off earlier, and refunded ${$(Rf)}. Its net collection rate is payments (all of the above, less refunds) ÷ (gross charges − contractual adjustments); bad debt, small-balance and late-filing write-offs are not contractual adjustments and stay in the denominator. What was its net collection rate, ${PCT2}?`,
      show: pct2,
      figures: { C, K, W, SB, TF, Pi, Pp, RC, Rf },
      key: frac(P - Rf, N),
      wrong: [
        [frac(P - Rf, C), 'divides by gross charges'],
        [frac(Pi + RC - Rf, N), 'leaves out the patient payments'],
        [frac(Pi + Pp - Rf, N), 'leaves out the collection agency’s recoveries'],
        [frac(P - Rf, N - W), 'takes the bad debt off the denominator'],
        [frac(P - Rf, N - W - SB - TF), 'takes every write-off off the denominator'],
        [frac(P, N), 'leaves the refunds in'],
      ],
    })
  }),
  apart('payments-needed-to-reach-a-target-net-collection-rate', (rng) => {
    const C = rng.int(400000, 1500000)
    const K = part(rng, C, 38, 58)
    const N = C - K
    const t = rng.int(94, 98)
    const r0 = rng.int((t - 5) * 10, (t - 1) * 10 - 5)
    const Rf = part(rng, N, 0.5, 1.5)
    const P = Math.round((N * r0) / 1000) + Rf
    const W = part(rng, N, 1.5, 3)
    const T = pc(t)
    const now = frac(P - Rf, N)
    const gap = sub(T, now)
    return balanced({
      stem: `So far this year a practice has posted gross charges of ${$(C)}, contractual adjustments of ${$(K)} and bad-debt write-offs of ${$(W)}, and received payments of ${$(P)}, of which it has refunded ${$(Rf)}. Its net collection rate is payments less refunds ÷ (gross charges − contractual adjustments), with bad debt staying in the denominator. How much more must it collect on these charges, with no further charges or adjustments, to bring the rate to its target of ${t} %, ${CENTS}?`,
      show: money,
      figures: { C, K, t, Rf, P, W },
      key: sub(mul(T, N), P - Rf),
      wrong: [
        [sub(mul(T, C), P - Rf), 'applies the target to gross charges'],
        [sub(N, P - Rf), 'aims at 100 %'],
        [mul(gap, C), 'applies the gap in rate to gross charges'],
        [sub(mul(T, N), P), 'leaves the refunds in the payments'],
        [sub(mul(T, N - W), P - Rf), 'takes the bad debt off the denominator'],
        [mul(gap, P - Rf), 'applies the gap in rate to the payments'],
      ],
    })
  }),
  apart('clean-claim-rate-of-first-submissions', (rng) => {
    const N = rng.int(1200, 4000)
    const r1 = part(rng, N, 3, 6)
    const r2 = part(rng, N, 1, 2.5)
    const wn = part(rng, N, 1, 4)
    const d = part(rng, N, 5, 12)
    const S = part(rng, N, 6, 12)
    const clean = N - r1 - r2
    return balanced({
      stem: `In a month a practice sent ${n(N)} claims for the first time and ${n(S)} corrected claims resubmitted after earlier rejections. Of the first submissions, the clearinghouse rejected ${n(r1)} and payers’ front-end edits rejected ${n(r2)}; ${n(wn)} more drew clearinghouse warnings but went through unchanged. Payers later denied ${n(d)} of the accepted first submissions. The practice’s clean claim rate is first submissions accepted by the clearinghouse and the payer without correction ÷ first submissions; denials after acceptance do not count against it. What was its clean claim rate, ${PCT2}?`,
      show: pct2,
      figures: { N, r1, r2, wn, d, S },
      key: frac(clean, N),
      wrong: [
        [frac(N - r1, N), 'counts only the clearinghouse rejections'],
        [frac(N - r2, N), 'counts only the payer rejections'],
        [frac(clean + S, N + S), 'counts the resubmitted claims as clean first submissions'],
        [frac(clean - d, N), 'also counts the later denials against it'],
        [frac(clean, N + S), 'adds the resubmitted claims to the claims sent'],
        [frac(clean - wn, N), 'counts the claims with warnings against it'],
      ],
    })
  }),
  apart('initial-denial-rate-by-dollars', (rng) => {
    const nC = rng.int(2000, 6000)
    const A = rng.int(400, 1500) * 1000 + rng.int(0, 999)
    const k = part(rng, nC, 6, 14)
    const D = Math.round((A * k * rng.int(60, 88)) / (nC * 100))
    const Rj = part(rng, A, 2, 5)
    const Pd = part(rng, A, 8, 20)
    const O = part(rng, D, 20, 50)
    return balanced({
      stem: `In a month payers adjudicated ${n(nC)} of a practice’s claims, billed at ${$(A)}; they denied ${n(k)} claims billed at ${$(D)}, of which claims billed at ${$(O)} were later paid on appeal. Another ${$(Rj)} of claims were rejected before adjudication and ${$(Pd)} were still pending. The practice measures its initial denial rate by dollars: billed dollars of claims denied on first adjudication ÷ billed dollars of claims adjudicated in the month. What was its denial rate, ${PCT2}?`,
      show: pct2,
      figures: { nC, A, k, D, Rj, Pd, O },
      key: frac(D, A),
      wrong: [
        [frac(D, A - D), 'divides by the dollars not denied'],
        [frac(D + Rj, A), 'counts the rejections as denials'],
        [frac(k, nC), 'measures by count of claims'],
        [frac(D - O, A), 'counts only the denials not overturned on appeal'],
        [frac(D, A + Pd), 'adds the claims still pending'],
        [frac(D, A + D), 'adds the denied dollars to the adjudicated dollars again'],
      ],
    })
  }),
  apart('first-pass-resolution-rate-of-adjudicated-claims', (rng) => {
    const p = rng.int(1500, 4000)
    const z = part(rng, p, 8, 15)
    const q = part(rng, p, 3, 7)
    const d = part(rng, p, 8, 14)
    const ap = part(rng, d, 20, 45)
    const rj = part(rng, p, 3, 7)
    const s = part(rng, p, 4, 9)
    const N = p + z + q + d
    return balanced({
      stem: `In a month payers adjudicated ${n(N)} of a practice’s first-submission claims: ${n(p)} were paid as billed, ${n(z)} were correctly processed to the patient’s deductible with no payment, ${n(q)} were paid only after the practice called and the payer reprocessed them, and ${n(d)} were denied (${n(ap)} of those were later paid on appeal). The clearinghouse also rejected ${n(rj)} claims before they reached payers, and payers adjudicated ${n(s)} resubmitted claims. The practice’s first-pass resolution rate is first-submission claims resolved (paid or correctly processed to patient responsibility) with no follow-up ÷ first-submission claims adjudicated. What was the rate, ${PCT2}?`,
      show: pct2,
      figures: { p, z, q, d, ap, rj, s },
      key: frac(p + z, N),
      wrong: [
        [frac(p + z + q, N), 'counts the reprocessed claims as resolved'],
        [frac(p + z + ap, N), 'counts the denials paid on appeal as resolved'],
        [frac(p + z, p + z + d), 'leaves the reprocessed claims out of the count'],
        [frac(p, N), 'leaves out the claims processed to the deductible'],
        [frac(p + z, N + rj), 'adds the clearinghouse rejections to the claims'],
        [frac(p + z, N + s), 'adds the resubmitted claims to the claims'],
      ],
    })
  }),
  apart('share-of-accounts-receivable-over-90-days', (rng) => {
    const I0 = rng.int(150000, 400000)
    const I = [
      I0,
      part(rng, I0, 45, 60),
      part(rng, I0, 22, 32),
      part(rng, I0, 10, 16),
      part(rng, I0, 8, 14),
    ]
    const P0 = part(rng, I0, 12, 20)
    const Pt = [
      P0,
      part(rng, P0, 70, 90),
      part(rng, P0, 55, 75),
      part(rng, P0, 45, 65),
      part(rng, P0, 60, 90),
    ]
    const T = sum(I) + sum(Pt)
    const O = I[3]! + I[4]! + Pt[3]! + Pt[4]!
    const row = (xs: readonly number[]) => xs.map($).join(', ')
    return balanced({
      stem: `A practice’s accounts receivable by age from the date of service (0–30, 31–60, 61–90, 91–120 and over 120 days): insurance ${row(I)}; patient ${row(Pt)}. What share of its total A/R is more than 90 days old, ${PCT2}?`,
      show: pct2,
      figures: {
        i0: I[0]!,
        i1: I[1]!,
        i2: I[2]!,
        i3: I[3]!,
        i4: I[4]!,
        p0: Pt[0]!,
        p1: Pt[1]!,
        p2: Pt[2]!,
        p3: Pt[3]!,
        p4: Pt[4]!,
      },
      key: frac(O, T),
      wrong: [
        [frac(O + I[2]! + Pt[2]!, T), 'counts the 61–90-day balances as over 90 days'],
        [frac(O, T - O), 'divides by the A/R under 90 days'],
        [frac(Pt[3]! + Pt[4]!, sum(Pt)), 'measures the patient A/R only'],
        [frac(I[4]! + Pt[4]!, T), 'counts only the balances over 120 days'],
        [frac(I[3]! + Pt[3]!, T), 'counts only the 91–120-day balances'],
        [frac(I[3]! + I[4]!, sum(I)), 'measures the insurance A/R only'],
      ],
    })
  }),
  apart('bad-debt-rate-of-net-patient-revenue', (rng) => {
    const C = rng.int(500000, 1800000)
    const K = part(rng, C, 38, 58)
    const CH = part(rng, C, 1, 3)
    const N = C - K - CH
    const W = part(rng, N, 2, 5)
    const SB = part(rng, N, 0.3, 0.8)
    const RC = part(rng, W, 8, 20)
    return balanced({
      stem: `In a year a practice posted gross charges of ${$(C)}, contractual adjustments of ${$(K)} and charity care adjustments of ${$(CH)}. It wrote off ${$(W)} of patient balances as bad debt (placed with its collection agency) and ${$(SB)} of small balances as an administrative adjustment, and the agency recovered ${$(RC)} on accounts written off. The practice’s bad debt rate is bad debt written off, before recoveries, ÷ net patient revenue (gross charges less contractual adjustments and charity care). What was its bad debt rate, ${PCT2}?`,
      show: pct2,
      figures: { C, K, CH, W, SB, RC },
      key: frac(W, N),
      wrong: [
        [frac(W + CH, N), 'counts the charity care as bad debt'],
        [frac(W + SB, N), 'counts the small-balance write-offs as bad debt'],
        [frac(W, N - W), 'takes the bad debt off the denominator too'],
        [frac(W, C), 'divides by gross charges'],
        [frac(W, C - K), 'leaves the charity care in the denominator'],
        [frac(W - RC, N), 'nets the agency’s recoveries'],
      ],
    })
  }),
  apart('cost-to-collect-of-a-month', (rng) => {
    const S = rng.int(18000, 45000)
    const Bn = part(rng, S, 20, 30)
    const CL = rng.int(600, 2000)
    const ST = rng.int(400, 1600)
    const AG = rng.int(800, 3500)
    const SWy = rng.int(6000, 24000) * 2
    const X = rng.int(9000, 20000)
    const Pi = rng.int(400000, 1200000)
    const Pp = part(rng, Pi, 10, 18)
    const Rf = part(rng, Pi, 0.5, 1.5)
    const C = part(rng, Pi + Pp, 180, 240)
    const cost = S + Bn + CL + ST + AG
    const cash = Pi + Pp - Rf
    const sw = frac(SWy, 12)
    const rate = (c: Fraction | number, base: number) => div(c, base)
    return balanced({
      stem: `A practice’s revenue cycle costs for a month: billing and collections staff wages ${$(S)} and their benefits ${$(Bn)}, clearinghouse fees ${$(CL)}, patient statements and postage ${$(ST)}, collection agency fees ${$(AG)}, and its billing software, whose ${$(SWy)} annual fee was invoiced this month. Its front-desk scheduling staff cost ${$(X)}. In the month it posted gross charges of ${$(C)}, received ${$(Pi)} from insurers and ${$(Pp)} from patients, and refunded ${$(Rf)}. Its cost to collect is the month’s revenue cycle costs (the billing software at one twelfth of its annual fee; scheduling staff not included) ÷ cash collected net of refunds. What was its cost to collect, ${PCT2}?`,
      show: pct2,
      figures: { S, Bn, CL, ST, AG, SWy, X, Pi, Pp, Rf, C },
      key: rate(add(cost, sw), cash),
      wrong: [
        [rate(add(cost + X, sw), cash), 'counts the scheduling staff'],
        [rate(cost + SWy, cash), 'counts the whole annual software fee'],
        [rate(add(cost, sw), Pi - Rf), 'divides by the insurance payments only'],
        [rate(add(cost - Bn, sw), cash), 'leaves out the staff benefits'],
        [rate(add(cost - AG, sw), cash), 'leaves out the collection agency fees'],
        [rate(add(cost, sw), C), 'divides by gross charges'],
      ],
    })
  }),
  apart('point-of-service-collection-rate', (rng) => {
    const CD = rng.int(15000, 60000)
    const CC = part(rng, CD, 88, 98)
    const ED = part(rng, CD, 60, 140)
    const EC = part(rng, ED, 40, 70)
    const PB = part(rng, CD, 8, 20)
    const PBo = part(rng, CD, 25, 50)
    const LM = part(rng, ED - EC, 20, 45)
    const PR = CD + ED + part(rng, ED, 40, 90)
    return balanced({
      stem: `In a month a practice’s patients owed ${$(CD)} of copays and ${$(ED)} of estimated deductible and coinsurance at the time of their visits, of which the front desk collected ${$(CC)} of the copays and ${$(EC)} of the estimates. It also collected ${$(PB)} toward prior balances at those visits (the patients seen had ${$(PBo)} of prior balances outstanding), and later received ${$(LM)} by mail toward the month’s visits. After adjudication, patient responsibility for the month’s visits came to ${$(PR)}. Its point-of-service collection rate is amounts collected toward the day’s visits at check-in or check-out ÷ amounts due for those visits at the time of service; prior balances are left out of both. What was the rate, ${PCT2}?`,
      show: pct2,
      figures: { CD, CC, ED, EC, PB, PBo, LM, PR },
      key: frac(CC + EC, CD + ED),
      wrong: [
        [frac(CC + EC + PB, CD + ED), 'counts the prior-balance collections'],
        [frac(CC + EC + LM, CD + ED), 'counts the payments received later by mail'],
        [frac(CC, CD), 'measures the copays only'],
        [frac(EC, ED), 'measures the estimates only'],
        [frac(CC + EC, CD + ED + PBo), 'adds the prior balances to the amount due'],
        [frac(CC + EC, PR), 'divides by patient responsibility after adjudication'],
      ],
    })
  }),
  apart('days-in-ar-rolled-forward-after-a-month', (rng) => {
    const [c1, c2, c3] = risingCharges(rng)
    const c4 = part(rng, c1, 86, 97)
    const E0 = Math.round(((c1 + c2 + c3) * rng.int(350, 550)) / 910)
    const k4 = part(rng, c4, 40, 55)
    const pi = part(rng, c4 - k4, 70, 85)
    const pp = part(rng, c4 - k4, 10, 18)
    const w4 = part(rng, c4 - k4, 2, 5)
    const rf = part(rng, c4 - k4, 0.5, 2)
    const rc = part(rng, c4 - k4, 0.5, 2)
    // The refunds and the agency’s recoveries are different sums, so neither reads as the other.
    if (rf === rc) rest()
    const E1 = E0 + c4 - pi - pp - k4 - w4 + rf
    const newDays = (ar: number) => div(mul(ar, 92), c2 + c3 + c4)
    return balanced({
      stem: `A practice’s A/R (net of patient credit balances) was ${$(E0)} on June 30, 2026, after gross charges of ${$(c1)} in April, ${$(c2)} in May and ${$(c3)} in June. In July it posted gross charges of ${$(c4)}, insurance payments of ${$(pi)}, patient payments of ${$(pp)}, contractual adjustments of ${$(k4)} and bad-debt and small-balance write-offs of ${$(w4)}, and refunded ${$(rf)} of patient credit balances. It also received ${$(rc)} from its collection agency on accounts written off last year, which are no longer in A/R. Days in A/R are ending A/R ÷ average daily gross charges over the last three months (their charges ÷ their calendar days). What were its days in A/R on July 31, 2026, ${DAYS1}?`,
      show: days,
      figures: { c1, c2, c3, c4, E0, k4, pi, pp, w4, rf, rc },
      key: newDays(E1),
      wrong: [
        [newDays(E1 + k4), 'does not subtract the contractual adjustments'],
        [newDays(E1 + w4), 'does not subtract the write-offs'],
        [newDays(E1 + pp), 'subtracts only the insurance payments'],
        [div(mul(E1, 91), c1 + c2 + c3), 'keeps April’s charges in the three months'],
        [newDays(E1 - 2 * rf), 'treats the refunds like payments'],
        [newDays(E1 - rc), 'subtracts the agency’s recoveries'],
      ],
    })
  }),
  apart('expected-collections-from-aged-receivables', (rng) => {
    const b0 = rng.int(150000, 400000)
    const b = [
      b0,
      part(rng, b0, 45, 65),
      part(rng, b0, 20, 32),
      part(rng, b0, 10, 18),
      part(rng, b0, 10, 20),
    ]
    const p = [rng.int(94, 98), rng.int(82, 90), rng.int(65, 78), rng.int(40, 55), rng.int(12, 25)]
    const CR = part(rng, b0, 3, 8)
    const at = (i: number) => mul(b[i]!, pc(p[i]!))
    const key = add(...b.map((_, i) => at(i)))
    return balanced({
      stem: `A practice’s debit balances in A/R by age from the date of service are ${$(b[0]!)} (0–30 days), ${$(b[1]!)} (31–60), ${$(b[2]!)} (61–90), ${$(b[3]!)} (91–120) and ${$(b[4]!)} (over 120); it also carries ${$(CR)} of credit balances owed back to patients and payers. From its history it expects to collect ${p[0]} %, ${p[1]} %, ${p[2]} %, ${p[3]} % and ${p[4]} % of the balances in those buckets. How much does it expect to collect on its debit balances, ${CENTS}?`,
      show: money,
      figures: {
        b0: b[0]!,
        b1: b[1]!,
        b2: b[2]!,
        b3: b[3]!,
        b4: b[4]!,
        p0: p[0]!,
        p1: p[1]!,
        p2: p[2]!,
        p3: p[3]!,
        p4: p[4]!,
        CR,
      },
      key,
      wrong: [
        [mul(sum(b), pc(p[0]!)), 'applies the 0–30-day rate to every bucket'],
        [
          add(at(0), at(1), mul(b[2]! + b[3]! + b[4]!, pc(p[2]!))),
          'applies the 61–90-day rate to everything over 60 days',
        ],
        [add(key, CR), 'counts the credit balances as collectible'],
        [mul(sum(b), frac(sum(p), 500)), 'applies the simple average of the rates'],
        [sub(key, at(4)), 'leaves out the balances over 120 days'],
        [add(at(0), at(1), at(2)), 'treats the balances over 90 days as worthless'],
      ],
    })
  }),
  apart('ar-reduction-needed-to-reach-target-days-in-ar', (rng) => {
    const qi = rng.int(0, 2)
    const q = QUARTERS[qi]!
    const [c1, c2, c3] = risingCharges(rng)
    const C = c1 + c2 + c3
    const D = sum(q.days)
    const T = rng.int(30, 40)
    const E = Math.round((C * rng.int((T + 5) * 10, (2 * T - 3) * 10)) / (10 * D))
    const B0 = part(rng, E, 90, 97)
    const K = part(rng, C, 35, 55)
    const P = part(rng, C - K, 88, 100)
    const target = (ar: Fraction | number, charges: number, period: number) =>
      sub(ar, div(mul(T, charges), period))
    return balanced({
      stem: `A practice’s A/R was ${$(E)} on ${q.end} (${$(B0)} on ${q.start}). In the quarter it posted gross charges of ${$(c1)} in ${q.months[0]}, ${$(c2)} in ${q.months[1]} and ${$(c3)} in ${q.months[2]}, contractual adjustments of ${$(K)} and payments of ${$(P)}. It measures days in A/R as ending A/R ÷ average daily gross charges over the last three months (their charges ÷ their calendar days). By how much would its A/R on ${q.end} have had to be lower for days in A/R to be ${T}.0, ${CENTS}?`,
      show: money,
      figures: { qi, c1, c2, c3, T, E, B0, K, P },
      key: target(E, C, D),
      wrong: [
        [div(mul(T, C), D), 'gives the target A/R, not the reduction'],
        [target(E, C - K, D), 'uses charges net of contractual adjustments'],
        [target(E, P, D), 'uses average daily payments'],
        [target(E, C, 90), 'divides the quarter’s charges by 90 days'],
        [target(E, c3, q.days[2]), 'uses only the last month’s charges'],
        [target(frac(E + B0, 2), C, D), 'starts from the average of the beginning and ending A/R'],
      ],
    })
  }),
  apart('collection-agency-net-recovery-rate', (rng) => {
    const PL = rng.int(80000, 300000)
    const RCL = part(rng, PL, 4, 10)
    const AC = part(rng, PL - RCL, 12, 22)
    const DP = part(rng, PL - RCL, 3, 7)
    const ACp = part(rng, PL, 4, 9)
    const PLo = part(rng, PL, 60, 120)
    const f = rng.int(25, 40)
    const net = sub(1, pc(f))
    const base = PL - RCL
    return balanced({
      stem: `A practice placed ${$(PL)} of bad-debt balances with a collection agency this year and recalled ${$(RCL)} of them unworked; balances of ${$(PLo)} placed in earlier years are still open with the agency. On this year’s placements the agency collected ${$(AC)} and patients paid ${$(DP)} directly to the practice; on earlier years’ placements the agency collected ${$(ACp)}. The agency’s contingency fee is ${f} % of all amounts paid on accounts placed with it, including payments made directly to the practice. The practice’s net recovery rate for this year’s placements is what it keeps after the fee ÷ balances placed less balances recalled. What was the rate, ${PCT2}?`,
      show: pct2,
      figures: { PL, RCL, AC, DP, ACp, PLo, f },
      key: div(mul(AC + DP, net), base),
      wrong: [
        [frac(AC + DP, base), 'leaves out the agency’s fee'],
        [
          div(sub(AC + DP, mul(AC, pc(f))), base),
          'takes the fee only on the agency’s own collections',
        ],
        [div(mul(AC + DP + ACp, net), base), 'counts collections on earlier years’ placements'],
        [div(mul(AC, net), base), 'leaves out the payments made to the practice directly'],
        [div(mul(AC + DP, net), PL), 'keeps the recalled balances in'],
        [div(mul(AC + DP, net), base + PLo), 'divides by all balances open with the agency'],
      ],
    })
  }),
  apart('patient-collection-rate-on-patient-responsibility', (rng) => {
    const CP = rng.int(15000, 50000)
    const DC = part(rng, CP, 120, 220)
    const SPc = part(rng, CP, 20, 50)
    const SD = part(rng, SPc, 25, 40)
    const R = CP + DC + SPc - SD
    const POS = part(rng, R, 30, 40)
    const ST = part(rng, R, 25, 35)
    const PP = part(rng, R, 5, 10)
    const Rfp = part(rng, R, 0.5, 2)
    const RC = part(rng, R, 2, 5)
    const paid = POS + ST + PP
    return balanced({
      stem: `In a month a practice posted patient responsibility of ${$(CP)} in copays and ${$(DC)} in deductibles and coinsurance from remittances, and ${$(SPc)} of self-pay charges, less its ${$(SD)} self-pay discount. Patients paid ${$(POS)} at the time of service, ${$(ST)} by statement and online and ${$(PP)} in payment-plan instalments; the practice refunded ${$(Rfp)} to patients and received ${$(RC)} from its collection agency on bad-debt accounts. Its patient collection rate is patient payments (less refunds to patients, without agency recoveries) ÷ patient responsibility posted (with self-pay charges after the discount). What was the rate, ${PCT2}?`,
      show: pct2,
      figures: { CP, DC, SPc, SD, POS, ST, PP, Rfp, RC },
      key: frac(paid - Rfp, R),
      wrong: [
        [frac(paid - Rfp + RC, R), 'counts the agency’s recoveries'],
        [frac(paid, R), 'leaves the refunds in'],
        [frac(paid - Rfp, CP + DC), 'leaves the self-pay charges out of the responsibility'],
        [frac(paid - Rfp, R + SD), 'takes the self-pay charges before the discount'],
        [frac(ST + PP - Rfp, R), 'leaves out the time-of-service payments'],
        [frac(POS + ST - Rfp, R), 'leaves out the payment-plan instalments'],
      ],
    })
  }),
  apart('denied-dollars-to-prevent-to-reach-a-target-denial-rate', (rng) => {
    const A = rng.int(400, 1500) * 1000 + rng.int(0, 999)
    const t = rng.int(4, 8)
    const r0 = rng.int(t * 10 + 15, t * 10 + 50)
    const D = Math.round((A * r0) / 1000)
    const Rj = part(rng, A, 2, 5)
    const Pd = part(rng, A, 8, 20)
    const O = part(rng, D - (A * t) / 100, 10, 60)
    // The pending claims are not the denied dollars under another name.
    if (Pd === D) rest()
    const T = pc(t)
    const key = sub(D, mul(T, A))
    return balanced({
      stem: `In a month payers adjudicated claims billed at ${$(A)} for a practice and denied claims billed at ${$(D)} on first adjudication; claims billed at ${$(O)} of those were later paid on appeal. A further ${$(Rj)} of claims were rejected before adjudication and ${$(Pd)} were still pending. The practice measures its initial denial rate by dollars (billed dollars denied on first adjudication ÷ billed dollars adjudicated) and wants it at ${t} %. Assuming each prevented denial would be paid on first adjudication, so the dollars adjudicated stay the same, how many billed dollars of that month’s denials would it have had to prevent, ${CENTS}?`,
      show: money,
      figures: { A, t, D, Rj, Pd, O },
      key,
      wrong: [
        [mul(T, A), 'gives the denied dollars at the target, not the reduction'],
        [sub(D, mul(T, A - D)), 'applies the target to the dollars not denied'],
        [sub(D + Rj, mul(T, A)), 'counts the rejections as denials'],
        [sub(D, mul(T, A + Rj)), 'adds the rejected claims to the dollars adjudicated'],
        [sub(D, mul(T, A + Pd)), 'adds the claims still pending'],
        [sub(D - O, mul(T, A)), 'counts only the denials not overturned on appeal'],
      ],
    })
  }),
]
