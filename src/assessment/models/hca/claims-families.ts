import type { Rng } from '../../rng.js'
import { MONTH_NAMES as MONTHS } from '../month-names.js'
import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  an,
  apart,
  CENTS,
  type Fraction,
  frac,
  mul,
  plain,
  rest,
  sub,
  usd,
} from './hca-text.js'

// Claims and coordination of benefits. The slips are the wrong plan taken as primary (the older
// parent’s, the birthday rule where custody decides, the non-custodial parent before the
// stepparent, Medicare before a large employer’s plan), the secondary paying its full benefit or
// another coordination method’s amount, the balance measured on the billed charge or the other
// plan’s allowed amount, remittance group codes posted to the wrong side (patient responsibility
// written off, contractual adjustments billed), reversals and provider-level adjustments left
// out or counted twice, and deadlines counted from the wrong date, under another payer’s or
// level’s limit, or in business days.

const money = usd(2)
const days = plain(0, 'days')
/** Whole cents as dollars. */
const ct = (c: number): Fraction => frac(c, 100)
/** Whole cents as a stem writes them. */
const $ = (c: number): string => money(ct(c))
/** An amount in cents from `low` to `high` whole dollars and any cents. */
const cents = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100 + rng.int(0, 99)
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
const lt = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d
const least = (a: Fraction, b: Fraction): Fraction => (lt(b, a) ? b : a)
const most = (a: Fraction, b: Fraction): Fraction => (lt(a, b) ? b : a)
/** Whole cents scaled by a whole percent, kept in cents. */
const scaled = (c: number, p: number): number => Math.round((c * p) / 100)
/** What a plan pays on an allowed amount after what is left of its deductible, at its share. */
const benefit = (ded: Fraction, allowed: Fraction, coins: number): Fraction =>
  mul(pc(100 - coins), sub(allowed, least(ded, allowed)))
/** An amount in whole cents, a half rounded up, as a payer pays or posts it. */
const toCents = (x: Fraction): number => Number((200n * x.n + x.d) / (2n * x.d))
/** Whether an amount ends in exactly half a cent (where rounding it first would move the key). */
const halfCent = (x: Fraction): boolean =>
  (200n * x.n) % x.d === 0n && ((200n * x.n) / x.d) % 2n === 1n

const DAY = 86400000
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY
/** Federal holidays of 2026 and 2027 as observed. */
const HOLIDAYS = new Set(
  [
    [2026, 1, 1],
    [2026, 1, 19],
    [2026, 2, 16],
    [2026, 5, 25],
    [2026, 6, 19],
    [2026, 7, 3],
    [2026, 9, 7],
    [2026, 10, 12],
    [2026, 11, 11],
    [2026, 11, 26],
    [2026, 12, 25],
    [2027, 1, 1],
    [2027, 1, 18],
    [2027, 2, 15],
    [2027, 5, 31],
    [2027, 6, 18],
    [2027, 7, 5],
    [2027, 9, 6],
    [2027, 10, 11],
    [2027, 11, 11],
    [2027, 11, 25],
    [2027, 12, 24],
  ].map(([y, m, d]) => dayOf(y!, m!, d!)),
)
/** Whether a deadline falls on a business day, so no weekend or holiday carry-over moves it. */
const workday = (day: number): boolean => {
  const w = new Date(day * DAY).getUTCDay()
  return w !== 0 && w !== 6 && !HOLIDAYS.has(day)
}
/** The stem's sentence that the deadline is a business day. */
const ON_A_WORKDAY = 'That last day falls on a business day.'
const parts = (day: number): [number, number, number] => {
  const t = new Date(day * DAY)
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()]
}
/** A day number (days since 1970-01-01) as a stem writes the date. */
const on = (day: number): string => {
  const [y, m, d] = parts(day)
  return `${MONTHS[m - 1]} ${d}, ${y}`
}
/** A month and day without the year. */
const monthDay = (m: number, d: number): string => `${MONTHS[m - 1]} ${d}`
/** The same date one calendar year later. */
const yearAfter = (day: number): number => {
  const [y, m, d] = parts(day)
  return dayOf(y + 1, m, d)
}
/** December 31 of the year of `day`, `plus` years on. */
const yearEnd = (day: number, plus = 0): number => dayOf(parts(day)[0] + plus, 12, 31)
/** The day `n` business days (Monday to Friday) after `day`. */
const businessDaysAfter = (day: number, n: number): number => {
  let t = day
  for (let k = 0; k < n; ) {
    t++
    const w = new Date(t * DAY).getUTCDay()
    if (w !== 0 && w !== 6) k++
  }
  return t
}
/** A date drawn in 2026 from month `m0` to `m1`, days 1–28. */
const in2026 = (rng: Rng, m0: number, m1: number): number =>
  dayOf(2026, rng.int(m0, m1), rng.int(1, 28))

/** Two parents’ birth dates: the younger parent’s birthday falls earlier in the year. */
function parentBirthdays(rng: Rng) {
  const m1 = rng.int(1, 6)
  const m2 = rng.int(m1 + 1, 12)
  const older = rng.int(1978, 1990)
  return {
    early: { m: m1, d: rng.int(1, 28), y: older + rng.int(1, 8) },
    late: { m: m2, d: rng.int(1, 28), y: older },
  }
}

export const CLAIMS_FAMILIES: ScenarioFamily[] = [
  apart('birthday-rule-secondary-payment-for-a-child', (rng) => {
    const A = cents(rng, 300, 2500)
    const B = scaled(A, rng.int(140, 220))
    const Dx = rng.int(Math.round(A * 0.05), Math.round(A * 0.45))
    const cx = rng.pick([10, 15, 20, 25, 30])
    const Dy = rng.int(0, Math.round(A * 0.15))
    const cy = rng.pick([10, 15, 20])
    const Px = benefit(ct(Dx), ct(A), cx)
    const Ny = benefit(ct(Dy), ct(A), cy)
    const balance = sub(ct(A), Px)
    if (!lt(add(balance, ct(500)), Ny) || !lt(add(Px, ct(500)), Ny) || halfCent(Px)) rest()
    const { early, late } = parentBirthdays(rng)
    const motherEarly = rng.next() < 0.5
    const mother = motherEarly ? early : late
    const father = motherEarly ? late : early
    const planOf = (who: 'mother' | 'father') =>
      (who === 'mother') === motherEarly
        ? `what is left of its deductible is ${$(Dx)}, then ${cx}% coinsurance`
        : `what is left of its deductible is ${$(Dy)}, then ${cy}% coinsurance`
    const age = rng.int(3, 15)
    return {
      stem: `A married couple cover their ${age}-year-old child on both their employer plans. The mother was born on ${monthDay(mother.m, mother.d)}, ${mother.y}, the father on ${monthDay(father.m, father.d)}, ${father.y}. Under the birthday rule, the plan of the parent whose birthday (month and day, not year) falls earlier in the calendar year is primary. The practice is in network with both plans, and each allows ${$(A)} for the child’s claim (billed ${$(B)}). The mother’s plan: ${planOf('mother')}. The father’s plan: ${planOf('father')}. The secondary plan uses standard coordination of benefits: it pays the lesser of what it would have paid as primary and the balance left after the primary’s payment, measured on the allowed amount. What does the secondary plan pay, ${CENTS}?`,
      show: money,
      figures: { A, B, Dx, cx, Dy, cy },
      key: least(Ny, balance),
      wrong: [
        [least(Px, sub(ct(A), Ny)), 'takes the older parent’s plan as primary'],
        [Ny, 'pays its full normal benefit'],
        [sub(ct(B), Px), 'pays the billed charge less the primary’s payment, beyond its benefit'],
        [benefit(ct(Dy), ct(B), cy), 'figures its normal benefit on the billed charge'],
        [sub(Ny, Px), 'pays its normal benefit less the primary’s payment (non-duplication)'],
        [
          mul(pc(cx), sub(ct(A), ct(Dx))),
          'pays only the primary’s coinsurance, leaving its deductible to the patient',
        ],
        [mul(pc(100 - cy), balance), 'applies its own coinsurance to the balance'],
      ],
    }
  }),
  apart('secondary-payment-under-non-duplication', (rng) => {
    const A1 = cents(rng, 400, 2500)
    const d1 = rng.int(Math.round(A1 * 0.15), Math.round(A1 * 0.4))
    const c1 = rng.pick([20, 25, 30])
    // The primary pays and posts whole cents: its coinsurance rounded, its payment the rest.
    const co1c = toCents(mul(pc(c1), ct(A1 - d1)))
    const co1 = ct(co1c)
    const P1 = ct(A1 - d1 - co1c)
    const A2 = scaled(A1, rng.int(105, 130))
    const D2 = rng.int(0, Math.round(d1 * 0.6))
    const c2 = rng.pick([10, 15, 20])
    const N2 = benefit(ct(D2), ct(A2), c2)
    const key = sub(N2, P1)
    if (!lt(ct(2000), key)) rest()
    return {
      stem: `A patient is covered by her own employer’s plan and, as a dependent, by her husband’s; the plan covering her as an employee is primary. The primary’s remittance for an in-network claim: allowed ${$(A1)}, deductible ${$(d1)} (PR-1), coinsurance ${money(co1)} (PR-2), paid ${money(P1)}. The husband’s plan, also in network, allows ${$(A2)} for the same service; what is left of its deductible is ${$(D2)} and its coinsurance is ${c2}%. It coordinates by non-duplication (also called carve-out): it pays what it would have paid as primary less the primary’s payment, and nothing if that is negative. What does the husband’s plan pay, ${CENTS}?`,
      show: money,
      figures: { A1, d1, c1, A2, D2, c2 },
      key,
      wrong: [
        [
          least(N2, sub(ct(A1), P1)),
          'pays the balance up to its normal benefit (standard coordination)',
        ],
        [N2, 'pays its normal benefit in full'],
        [
          benefit(ct(D2), sub(ct(A2), P1), c2),
          'subtracts the primary’s payment before applying its coinsurance',
        ],
        [sub(mul(pc(100 - c2), ct(A2)), P1), 'leaves out its own deductible'],
        [
          sub(benefit(ct(D2), ct(A1), c2), P1),
          'figures its normal benefit on the primary’s allowed amount',
        ],
        [
          sub(sub(mul(pc(100 - c2), ct(A2)), ct(D2)), P1),
          'takes its deductible off after the coinsurance',
        ],
        [sub(benefit(ct(d1), ct(A2), c2), P1), 'applies the primary’s deductible'],
      ],
    }
  }),
  apart('dental-secondary-payment-under-maintenance-of-benefits', (rng) => {
    const A1f = cents(rng, 140, 260)
    const A1c = cents(rng, 800, 1300)
    const P1f = ct(toCents(mul(pc(80), ct(A1f - 5000))))
    const P1c = ct(toCents(mul(pc(50), ct(A1c))))
    const A2f = scaled(A1f, rng.int(108, 135))
    const A2c = scaled(A1c, rng.int(108, 135))
    const mob = (basic: number, major: number, ded = 5000, after = false) =>
      add(
        after
          ? sub(mul(pc(basic), sub(ct(A2f), P1f)), ct(ded))
          : mul(pc(basic), sub(sub(ct(A2f), P1f), ct(ded))),
        mul(pc(major), sub(ct(A2c), P1c)),
      )
    const nonDup = add(
      most(frac(0), sub(mul(pc(80), ct(A2f - 5000)), P1f)),
      most(frac(0), sub(mul(pc(50), ct(A2c)), P1c)),
    )
    if (!lt(ct(1000), nonDup)) rest()
    return {
      stem: `A dental office posts a secondary claim for a filling and a crown. The primary dental plan paid ${money(P1f)} on the filling and ${money(P1c)} on the crown. The secondary plan’s fee schedule allows ${$(A2f)} for the filling and ${$(A2c)} for the crown; it covers basic services (fillings) at 80% and major services (crowns) at 50%, after a $50 deductible, not yet met, taken from the first line. It coordinates by maintenance of benefits: on each line it subtracts the primary’s payment from its own allowed amount, takes any deductible from what is left, and pays its coverage percentage of the rest. What does the secondary plan pay in all, ${CENTS}?`,
      show: money,
      figures: { A1f, A1c, A2f, A2c },
      key: mob(80, 50),
      wrong: [
        [nonDup, 'pays its normal benefit less the primary’s payment (non-duplication)'],
        [
          add(sub(ct(A2f), P1f), sub(ct(A2c), P1c)),
          'pays all of its allowed amount left after the primary',
        ],
        [mob(80, 50, 0), 'leaves out the deductible'],
        [mob(80, 80), 'covers the crown at the basic rate'],
        [mob(80, 50, 5000, true), 'takes the deductible off after the coverage percentage'],
        [
          add(mul(pc(80), ct(A2f - 5000)), mul(pc(50), ct(A2c))),
          'pays its normal benefit, ignoring the primary',
        ],
        [mob(50, 50), 'covers the filling at the major rate'],
      ],
    }
  }),
  apart('medicare-secondary-payment-behind-an-employer-plan', (rng) => {
    const N = rng.int(20, 480)
    const age = rng.int(66, 72)
    const B = cents(rng, 250, 900)
    const A = scaled(B, rng.int(45, 75))
    const Dp = rng.int(0, Math.round(A * 0.3))
    const cp = rng.pick([10, 15, 20, 25, 30])
    const P = ct(toCents(benefit(ct(Dp), ct(A), cp)))
    const M = scaled(A, rng.int(105, 135))
    const met = rng.int(15000, 28000)
    const Drem = 28300 - met
    const asPrimary = mul(pc(80), ct(M - Drem))
    const key = sub(ct(A), P)
    const other = [sub(ct(B), P), asPrimary, sub(most(ct(M), ct(A)), P)]
    if (other.some((x) => !lt(add(key, ct(100)), x))) rest()
    if (!lt(add(P, ct(500)), asPrimary) || !lt(ct(Drem + 500), key)) rest()
    if (!lt(asPrimary, ct(A))) rest()
    return {
      stem: `A ${age}-year-old patient still working for an employer with ${N} employees is covered by the employer’s group health plan and by Medicare Part B. Under the Medicare secondary payer rules the group plan is primary for a working beneficiary aged 65 or over when the employer has 20 or more employees. The practice’s charge is ${$(B)}; the group plan allowed ${$(A)} and paid ${money(P)}, and the practice’s contract with it obliges the practice to accept ${$(A)} as payment in full. The Medicare allowed amount is ${$(M)}; the patient has met ${$(met)} of the $283 Part B deductible, and Medicare pays 80% after it. As stated for this exercise, Medicare as secondary pays the lowest of: the charge less the primary’s payment; what Medicare would pay as primary; the higher of the Medicare and the primary’s allowed amounts, less the primary’s payment; and the amount the practice must accept as payment in full, less the primary’s payment. What does Medicare pay, ${CENTS}?`,
      show: money,
      figures: { N, B, A, Dp, cp, M, met },
      key,
      wrong: [
        [asPrimary, 'pays what Medicare would pay as primary'],
        [sub(ct(B), P), 'pays the charge less the primary’s payment'],
        [sub(ct(M), P), 'takes the higher allowed amount, ignoring what the practice must accept'],
        [mul(pc(80), key), 'pays 80% of the balance'],
        [sub(key, ct(Drem)), 'takes the unmet Part B deductible off the balance'],
        [sub(asPrimary, P), 'pays its primary amount less the primary’s payment'],
      ],
    }
  }),
  apart('remittance-contractual-adjustment-to-post', (rng) => {
    const a1 = cents(rng, 90, 220)
    const b1 = scaled(a1, rng.int(150, 240))
    const K = rng.pick([20, 25, 30, 35, 40]) * 100
    const a2 = cents(rng, 200, 900)
    const b2 = scaled(a2, rng.int(150, 240))
    const d = rng.int(0, Math.round(a2 * 0.5))
    const c = rng.pick([10, 15, 20, 25, 30])
    const co = ct(toCents(mul(pc(c), ct(a2 - d))))
    const paid2 = sub(ct(a2 - d), co)
    const b3 = cents(rng, 40, 180)
    const b4 = cents(rng, 50, 250)
    const key = ct(b1 - a1 + b2 - a2 + b3)
    const pr = add(ct(K + d), co)
    return {
      stem: `A billing administrator posts a commercial remittance (ERA) for one in-network claim. Line 1, office visit: billed ${$(b1)}, allowed ${$(a1)}, paid ${$(a1 - K)}; CO-45 ${$(b1 - a1)}, PR-3 (copay) ${$(K)}. Line 2, procedure: billed ${$(b2)}, allowed ${$(a2)}, paid ${money(paid2)}; CO-45 ${$(b2 - a2)}, PR-1 (deductible) ${$(d)}, PR-2 (coinsurance) ${money(co)}. Line 3, add-on service: billed ${$(b3)}, paid $0.00; CO-97 (included in another service) ${$(b3)}. Line 4, a service the plan does not cover, for which the patient signed a financial waiver: billed ${$(b4)}, paid $0.00; PR-96 ${$(b4)}. Group code CO marks amounts the practice may not bill the patient; PR marks the patient’s responsibility. What total does the administrator write off on the claim (adjustments neither paid nor billed to the patient), ${CENTS}?`,
      show: money,
      figures: { a1, b1, K, a2, b2, d, c, b3, b4 },
      key,
      wrong: [
        [ct(b1 - a1 + b2 - a2), 'leaves out the bundled line’s denial'],
        [add(key, ct(b4)), 'writes off the non-covered line too'],
        [add(key, pr, ct(b4)), 'writes off the charge less the payment on every line'],
        [add(pr, ct(b4)), 'posts the patient-responsibility amounts as the write-off'],
        [ct(b3 + b4), 'writes off only the denied lines'],
        [add(key, pr), 'writes off the deductible, coinsurance and copay as well'],
      ],
    }
  }),
  apart('remittance-patient-balance-after-check-in-payments', (rng) => {
    const a1 = cents(rng, 90, 220)
    const b1 = scaled(a1, rng.int(150, 240))
    const K = rng.pick([20, 25, 30, 35, 40]) * 100
    const a2 = cents(rng, 300, 1200)
    const b2 = scaled(a2, rng.int(150, 240))
    const d = rng.int(Math.round(a2 * 0.2), Math.round(a2 * 0.6))
    const c = rng.pick([10, 15, 20, 25, 30])
    const co = ct(toCents(mul(pc(c), ct(a2 - d))))
    const b3 = cents(rng, 40, 180)
    const b4 = cents(rng, 60, 250)
    const E = rng.pick([25, 50, 75]) * 100
    const key = sub(add(ct(d + b4), co), ct(E))
    if (!lt(ct(Math.max(d, b4) + 1000), key)) rest()
    return {
      stem: `At check-in a patient paid the ${$(K)} copay and a ${$(E)} deposit toward the rest of the visit. The remittance for the in-network claim: line 1, office visit (billed ${$(b1)}, allowed ${$(a1)}): PR-3 (copay) ${$(K)}, CO-45 ${$(b1 - a1)}; line 2, procedure (billed ${$(b2)}, allowed ${$(a2)}): PR-1 (deductible) ${$(d)}, PR-2 (coinsurance) ${money(co)}, CO-45 ${$(b2 - a2)}; line 3, add-on (billed ${$(b3)}): CO-97 (included in another service) ${$(b3)}; line 4, a service the plan does not cover, for which the patient signed a financial waiver (billed ${$(b4)}): PR-96 ${$(b4)}. The patient owes the PR amounts, less what was paid at check-in; CO amounts are written off. What balance goes on the patient’s statement, ${CENTS}?`,
      show: money,
      figures: { a1, b1, K, a2, b2, d, c, b3, b4, E },
      key,
      wrong: [
        [add(key, ct(K + E)), 'does not credit the payments made at check-in'],
        [add(key, ct(b3)), 'bills the patient for the bundled line'],
        [add(key, ct(b1 - a1 + b2 - a2)), 'bills the contractual adjustments to the patient'],
        [sub(key, ct(b4)), 'leaves out the non-covered line'],
        [sub(key, ct(d)), 'posts the deductible as a write-off'],
        [sub(key, ct(K)), 'credits the check-in copay twice'],
      ],
    }
  }),
  apart('era-deposit-after-reversals-and-provider-level-adjustments', (rng) => {
    const p1 = cents(rng, 80, 900)
    const p2 = cents(rng, 80, 900)
    const p3 = cents(rng, 80, 900)
    const r = cents(rng, 60, 400)
    const q = r + cents(rng, 20, 300)
    const i = cents(rng, 2, 30)
    const w = cents(rng, 50, 400)
    const key = ct(p1 + p2 + p3 - r + q + i - w)
    return {
      stem: `A payer’s remittance (ERA) to a practice lists claim payments of ${$(p1)}, ${$(p2)} and ${$(p3)}; a reversal of an earlier payment on a claim the payer reprocessed (claim status 22, ${$(r)} taken back) and that claim’s corrected payment of ${$(q)}; and provider-level adjustments of ${$(i)} interest on late payments (L6, paid to the practice) and ${$(w)} recovered for an overpayment on another claim (WO, taken from the practice). What should the electronic funds transfer for this remittance be, ${CENTS}?`,
      show: money,
      figures: { p1, p2, p3, r, q, i, w },
      key,
      wrong: [
        [add(key, ct(w - i)), 'leaves out the provider-level adjustments'],
        [add(key, ct(r)), 'leaves out the reversal'],
        [add(key, ct(2 * r)), 'counts the reversal as a payment'],
        [sub(key, ct(2 * i)), 'subtracts the interest'],
        [sub(key, ct(w)), 'takes the overpayment recovery off twice'],
        [sub(key, ct(q - r)), 'leaves out both the reversal and the corrected payment'],
      ],
    }
  }),
  apart('medicare-timely-filing-days-left-on-an-institutional-claim', (rng) => {
    const F = in2026(rng, 2, 8)
    let Tt = F + rng.int(3, 20)
    // The deadline, a year after discharge, is kept to a business day.
    while (!workday(yearAfter(Tt))) Tt++
    const S = Tt + rng.int(5, 20)
    const R = S + rng.int(3, 15)
    const T = R + rng.int(5, 30)
    return {
      stem: `A hospital’s inpatient claim for a Medicare patient admitted on ${on(F)} and discharged on ${on(Tt)} was submitted on ${on(S)} and returned on ${on(R)} as unprocessable (a rejection, not a denial, so it was never filed). Medicare’s rule: a claim must be filed within one calendar year after the date of service, and for an institutional claim with a span of dates the “through” date (here the discharge date) is the date of service. The hospital’s commercial contracts mostly allow 180 days from the date of service. ${ON_A_WORKDAY} Today is ${on(T)}. How many calendar days are left until the last day to file the corrected claim?`,
      show: days,
      figures: { F, Tt, S, R, T },
      key: frac(yearAfter(Tt) - T),
      wrong: [
        [frac(yearAfter(F) - T), 'counts from the admission date'],
        [frac(yearEnd(Tt) - T), 'ends the year on December 31 of the year of service'],
        [frac(Tt + 180 - T), 'uses the commercial 180-day limit'],
        [
          frac(yearEnd(Tt, 1) - T),
          'uses the old rule: the end of the calendar year after the year of service',
        ],
        [frac(yearAfter(R) - T), 'starts the year again from the rejection'],
        [frac(yearAfter(S) - T), 'counts from the first submission'],
      ],
    }
  }),
  apart('commercial-timely-filing-days-left-for-a-secondary-claim', (rng) => {
    const [N, M] = rng.pick([
      [90, 60],
      [120, 75],
      [120, 90],
      [150, 90],
    ] as const)
    const d = in2026(rng, 1, 8)
    const s = d + rng.int(2, 10)
    let r = d + rng.int(N - M + 5, N - M + 24)
    // The later limit, r + M, is the deadline; move the remittance date so it is a business day.
    while (!workday(r + M)) r++
    const p = r + rng.int(2, 8)
    const T = p + rng.int(1, 6)
    if (d + M <= T + 3 || s + M <= T + 3) rest()
    return {
      stem: `A practice bills a patient’s secondary commercial plan after the primary plan paid. The secondary plan’s filing limit: claims within ${N} days of the date of service, or, when it is secondary, within ${M} days of the date of the primary plan’s remittance, whichever is later. The date of service was ${on(d)}; the claim went to the primary plan on ${on(s)}; the primary’s remittance is dated ${on(r)}; the practice posted it on ${on(p)}. ${ON_A_WORKDAY} Today is ${on(T)}, and the secondary claim has not been sent. How many calendar days are left until the last day to file it?`,
      show: days,
      figures: { N, M, d, s, r, p, T },
      key: frac(Math.max(d + N, r + M) - T),
      wrong: [
        [frac(d + N - T), 'uses only the date-of-service limit'],
        [frac(d + M - T), 'counts the secondary limit from the date of service'],
        [frac(s + M - T), 'counts from the date the primary claim was sent'],
        [frac(p + M - T), 'counts from the date the practice posted the remittance'],
        [frac(r + N - T), 'counts the date-of-service limit from the remittance'],
        [frac(businessDaysAfter(r, M) - T), 'counts the limit in business days'],
      ],
    }
  }),
  apart('medicare-redetermination-days-left', (rng) => {
    const d = in2026(rng, 1, 9)
    let n = d + rng.int(14, 40)
    // The deadline, 125 days after the notice's date, is kept to a business day.
    while (!workday(n + 125)) n++
    const s = d + rng.int(2, 9)
    const p = n + rng.int(10, 20)
    const T = p + rng.int(3, 20)
    if (T >= d + 112) rest()
    return {
      stem: `Medicare denied a line on a practice’s claim for a service on ${on(d)}, submitted on ${on(s)}; the remittance advice (the initial determination) is dated ${on(n)}, and the practice posted it on ${on(p)}. A request for redetermination must be filed within 120 days of receiving the initial determination, and the notice is presumed received 5 calendar days after its date. (The next level, a reconsideration by the qualified independent contractor, must be requested within 180 days of receiving the redetermination.) ${ON_A_WORKDAY} Today is ${on(T)}. How many calendar days are left until the last day to request redetermination?`,
      show: days,
      figures: { d, s, n, p, T },
      key: frac(n + 125 - T),
      wrong: [
        [frac(n + 120 - T), 'leaves out the five-day mailing presumption'],
        [frac(d + 120 - T), 'counts from the date of service'],
        [frac(s + 120 - T), 'counts from the date the claim was submitted'],
        [frac(n + 185 - T), 'uses the 180-day limit for a reconsideration'],
        [frac(p + 120 - T), 'counts from the date the remittance was posted'],
        [frac(businessDaysAfter(n + 5, 120) - T), 'counts the 120 days as business days'],
      ],
    }
  }),
  apart('medicare-overpayment-return-days-left', (rng) => {
    const dos = in2026(rng, 1, 10)
    const P = dos + rng.int(10, 20)
    const V = P + rng.int(3, 12)
    let I = V + rng.int(3, 12)
    // The deadline, 60 days after identification, is kept to a business day.
    while (!workday(I + 60)) I++
    const Rs = I + rng.int(3, 10)
    const Ap = Rs + rng.int(2, 7)
    const T = I + rng.int(1, 8)
    if (dos + 60 <= T + 2) rest()
    return {
      stem: `A practice’s monthly compliance review, begun on ${on(V)}, found that Medicare paid a claim for a service on ${on(dos)} twice; the duplicate payment arrived on ${on(P)}. The review identified and quantified the overpayment on ${on(I)}; the compliance officer signed the review report on ${on(Rs)}, and the refund was approved on ${on(Ap)}. An overpayment must be reported and returned within 60 days after the date it was identified; no further investigation is under way. ${ON_A_WORKDAY} Today is ${on(T)}. How many calendar days are left until the deadline?`,
      show: days,
      figures: { dos, P, V, I, Rs, Ap, T },
      key: frac(I + 60 - T),
      wrong: [
        [frac(P + 60 - T), 'counts from the date the duplicate payment arrived'],
        [frac(V + 60 - T), 'counts from the date the review began'],
        [frac(dos + 60 - T), 'counts from the date of service'],
        [frac(Rs + 60 - T), 'counts from the date the report was signed'],
        [frac(Ap + 60 - T), 'counts from the date the refund was approved'],
        [frac(businessDaysAfter(I, 60) - T), 'counts 60 business days'],
      ],
    }
  }),
  apart('credit-balance-refund-after-both-plans-pay', (rng) => {
    const K = rng.pick([20, 25, 30, 40, 50]) * 100
    const d = cents(rng, 20, 250)
    const co = cents(rng, 20, 200)
    const PR1 = K + d + co
    const PR2 = rng.int(500, Math.round(PR1 * 0.4))
    const S = PR1 - PR2
    const Q = cents(rng, 15, 120)
    const Qb = Q + cents(rng, 60, 300)
    const E = PR1 + Q + cents(rng, 10, 200) - K
    const A = PR1 + cents(rng, 150, 900)
    const key = ct(K + E - PR2 - Q)
    if (K + E - PR2 - Qb < 1000 || E - PR2 - Q < 1000) rest()
    return {
      stem: `A patient paid ${$(K + E)} at check-in: the ${$(K)} copay and ${an($(E))} estimate of the rest. The primary plan then allowed ${$(A)} and paid ${$(A - PR1)}, leaving ${$(PR1)} of patient responsibility (copay, deductible and coinsurance); the secondary plan paid ${$(S)} of it, leaving the patient ${$(PR2)}. Another visit, already adjudicated, left the patient owing ${$(Q)} (its charge was ${$(Qb)}), and the patient has agreed in writing that a credit may be applied to it. Both payers paid correctly. How much should the practice refund to the patient, ${CENTS}?`,
      show: money,
      figures: { K, d, co, PR2, Q, Qb, E, A },
      key,
      wrong: [
        [add(key, ct(Q)), 'does not apply the credit to the other visit’s balance'],
        [ct(K + E - Q), 'refunds all the patient paid at check-in, less the other balance'],
        [add(key, ct(S)), 'posts the secondary payment twice'],
        [ct(K + E - PR1 - Q), 'ignores the secondary payment'],
        [ct(E - PR2 - Q), 'credits only the estimate payment, not the copay'],
        [ct(K + E - PR2 - Qb), 'applies the other visit’s charge instead of its balance'],
      ],
    }
  }),
  apart('patient-bill-after-medicare-denials-with-and-without-an-abn', (rng) => {
    const a1 = cents(rng, 120, 260)
    const b1 = scaled(a1, rng.int(130, 200))
    const met = rng.int(8000, 26000)
    const Drem = 28300 - met
    if (Drem > a1 - 2000) rest()
    const b2 = cents(rng, 60, 260)
    const f2 = scaled(b2, rng.int(40, 75))
    const b3 = cents(rng, 60, 300)
    const b4 = cents(rng, 30, 150)
    const coins = mul(pc(20), ct(a1 - Drem))
    const paid = mul(pc(80), ct(a1 - Drem))
    const key = add(ct(Drem + b2), coins)
    return {
      stem: `A participating practice posts a Medicare remittance. Line 1, office visit: billed ${$(b1)}, allowed ${$(a1)}, paid ${money(paid)}; PR-1 (Part B deductible) ${$(Drem)}, PR-2 (coinsurance) ${money(coins)}, CO-45 ${$(b1 - a1)}. Line 2, a screening test beyond Medicare’s frequency limit, billed with the GA modifier because the patient signed a valid Advance Beneficiary Notice: billed ${$(b2)} (Medicare fee schedule ${$(f2)}), denied, PR-50. Line 3, a service Medicare found not reasonable and necessary, billed with the GZ modifier because no notice was given: billed ${$(b3)}, denied, CO-50. Line 4, a service bundled into line 1: billed ${$(b4)}, CO-97. A valid notice makes the patient liable for the practice’s charge; CO amounts may not be billed to the patient. What does the practice bill the patient, ${CENTS}?`,
      show: money,
      figures: { a1, b1, met, b2, f2, b3, b4 },
      key,
      wrong: [
        [add(key, ct(b3)), 'bills the line denied without a notice'],
        [add(key, ct(b4)), 'bills the bundled line'],
        [add(key, ct(b1 - a1)), 'bills the difference between the charge and the allowed amount'],
        [sub(key, ct(b2)), 'leaves out the line the patient signed a notice for'],
        [sub(key, ct(Drem)), 'leaves out the deductible'],
        [sub(key, ct(b2 - f2)), 'bills the noticed line at the Medicare fee schedule amount'],
      ],
    }
  }),
  apart('secondary-payment-for-a-child-of-divorced-parents', (rng) => {
    const A = cents(rng, 300, 2500)
    const B = scaled(A, rng.int(140, 220))
    const Dm = rng.int(Math.round(A * 0.55), Math.round(A * 0.8))
    const cm = rng.pick([20, 25, 30])
    const Ds = rng.int(Math.round(A * 0.3), Math.round(A * 0.55))
    const cs = rng.pick([10, 15, 20])
    const Df = rng.int(0, Math.round(A * 0.1))
    const cf = rng.pick([10, 15])
    const Nm = benefit(ct(Dm), ct(A), cm)
    const Ns = benefit(ct(Ds), ct(A), cs)
    const Nf = benefit(ct(Df), ct(A), cf)
    // The stepfather’s plan’s own benefit is what limits it here.
    const key = least(Ns, sub(ct(A), Nm))
    if (!lt(ct(500), sub(Ns, Nm)) || !lt(add(Ns, ct(500)), sub(ct(A), Nm))) rest()
    const fm = rng.int(1, 4)
    const mm = rng.int(fm + 1, 8)
    const sm = rng.int(mm + 1, 12)
    return {
      stem: `A child of divorced parents is covered by three plans: the mother’s (she has custody and has remarried; birthday ${monthDay(mm, rng.int(1, 28))}), the stepfather’s (birthday ${monthDay(sm, rng.int(1, 28))}) and the father’s (birthday ${monthDay(fm, rng.int(1, 28))}). No court decree assigns responsibility for the child’s health care. The order of benefits for a child of divorced parents with no decree: the custodial parent’s plan, then the plan of the custodial parent’s spouse, then the non-custodial parent’s plan, then that parent’s spouse’s plan; the birthday rule applies only to parents who are married or living together. All three plans are in network and allow ${$(A)} for the child’s claim (billed ${$(B)}). What is left of each deductible, and the coinsurance: mother’s plan ${$(Dm)}, ${cm}%; stepfather’s ${$(Ds)}, ${cs}%; father’s ${$(Df)}, ${cf}%. The secondary plan pays the lesser of what it would have paid as primary and the balance after the primary’s payment, measured on the allowed amount. What does the secondary plan pay, ${CENTS}?`,
      show: money,
      figures: { A, B, Dm, cm, Ds, cs, Df, cf },
      key,
      wrong: [
        [
          least(Nm, sub(ct(A), Nf)),
          'applies the birthday rule: the father’s plan first, the mother’s second',
        ],
        [least(Nf, sub(ct(A), Nm)), 'puts the father’s plan before the stepfather’s'],
        [benefit(ct(Ds), ct(B), cs), 'figures its normal benefit on the billed charge'],
        [sub(ct(B), Nm), 'pays the billed charge less the primary’s payment'],
        [sub(Ns, Nm), 'pays its normal benefit less the primary’s payment (non-duplication)'],
        [
          mul(pc(cm), sub(ct(A), ct(Dm))),
          'pays only the primary’s coinsurance, leaving its deductible to the patient',
        ],
      ],
    }
  }),
  apart('prompt-pay-interest-on-a-late-clean-claim', (rng) => {
    const dos = in2026(rng, 1, 6)
    const R = dos + rng.int(3, 20)
    const P = R + rng.int(75, 160)
    const rate = rng.pick([10, 12, 15, 18])
    const X = cents(rng, 300, 5000)
    const Bc = scaled(X, rng.int(140, 220))
    const late = P - R - 30
    const interest = (amount: number, n: number, year = 365) =>
      mul(ct(amount), pc(rate), frac(n, year))
    const monthly = mul(ct(X), pc(rate), frac(Math.floor(late / 30), 12))
    const key = interest(X, late)
    if (!lt(monthly, key)) rest()
    return {
      stem: `As stated for this exercise, a state’s prompt-pay law requires an insurer to pay a clean electronic claim within 30 days of receiving it (45 days for a paper claim); on a late payment it owes simple interest at ${rate}% a year on the amount it paid, for each day after the 30th day following receipt up to and including the day of payment, on a 365-day year. A practice’s clean electronic claim for a service on ${on(dos)} (charge ${$(Bc)}) was received on ${on(R)} and paid ${$(X)} on ${on(P)}. How much interest does the insurer owe, ${CENTS}?`,
      show: money,
      figures: { dos, R, P, rate, X, Bc },
      key,
      wrong: [
        [interest(X, P - dos - 30), 'counts the days from the date of service'],
        [interest(X, P - R), 'charges interest from the day of receipt'],
        [interest(X, late, 360), 'uses a 360-day year'],
        [interest(Bc, late), 'charges interest on the practice’s charge'],
        [interest(X, P - R - 45), 'uses the 45-day limit for paper claims'],
        [interest(X, P - businessDaysAfter(R, 30)), 'counts the 30 days as business days'],
        [monthly, 'charges a twelfth of the rate for each whole 30 days late'],
      ],
    }
  }),
  apart('refund-owed-when-both-plans-paid-as-primary', (rng) => {
    const Ax = cents(rng, 300, 2000)
    const Ay = scaled(Ax, rng.int(108, 135))
    const B = scaled(Ay, rng.int(130, 200))
    const Dx = rng.int(Math.round(Ax * 0.05), Math.round(Ax * 0.25))
    const Dy = rng.int(0, Math.round(Ax * 0.2))
    const cx = rng.pick([10, 15, 20, 25])
    const cy = rng.pick([10, 15, 20, 25])
    const Nx = ct(toCents(benefit(ct(Dx), ct(Ax), cx)))
    const Ny = ct(toCents(benefit(ct(Dy), ct(Ay), cy)))
    const correct = least(Ny, sub(ct(Ax), Nx))
    const key = sub(Ny, correct)
    if (!lt(ct(1000), sub(add(Nx, Ny), ct(Ay)))) rest()
    const gap = lt(Nx, Ny) ? sub(Ny, Nx) : sub(Nx, Ny)
    return {
      stem: `A patient is covered by her own employer’s plan and, as a dependent, by her husband’s plan; the plan covering her as an employee is primary. By mistake both plans paid the practice’s claim (billed ${$(B)}) as primary: her plan allowed ${$(Ax)} and paid ${money(Nx)}; her husband’s plan allowed ${$(Ay)} and paid ${money(Ny)}. The husband’s plan, as secondary, would have paid the lesser of its normal benefit (what it paid) and the balance after the primary’s payment, measured on the primary’s allowed amount. The practice refunds the plan that overpaid the difference between what it paid and what it owed as secondary. How much is the refund, ${CENTS}?`,
      show: money,
      figures: { Ax, Ay, B, Dx, Dy, cx, cy },
      key,
      wrong: [
        [Ny, 'refunds all of the husband’s plan’s payment'],
        [
          sub(Ny, least(Ny, sub(ct(Ay), Nx))),
          'measures the balance on the husband’s plan’s allowed amount',
        ],
        [
          sub(Ny, most(frac(0), sub(Ny, Nx))),
          'works the secondary’s payment by non-duplication instead',
        ],
        [
          sub(Ny, least(Ny, mul(pc(cx), ct(Ax - Dx)))),
          'assumes the secondary owed only the primary’s coinsurance, not its deductible',
        ],
        [
          sub(Ny, least(Ny, ct(Dx))),
          'assumes the secondary owed only the primary’s deductible, not its coinsurance',
        ],
        [sub(ct(Ax), Nx), 'refunds the patient’s share of the primary claim'],
        [gap, 'refunds the difference between the two payments'],
      ],
    }
  }),
  apart('medigap-plan-n-payment-on-a-crossover-claim', (rng) => {
    const v = cents(rng, 160, 320)
    const q = cents(rng, 300, 1200)
    const met = rng.int(18000, 27500)
    const Drem = 28300 - met
    if (v - Drem < 12000) rest()
    const visitCoins = mul(pc(20), ct(v - Drem))
    const key = add(sub(visitCoins, frac(20)), mul(pc(20), ct(q)))
    return {
      stem: `A Medicare patient with a Medigap Plan N policy has an office visit (Medicare allowed ${$(v)}) and a minor procedure (allowed ${$(q)}) on one claim, which crosses over from Medicare to the Medigap insurer. The patient has met ${$(met)} of the $283 Part B deductible; Medicare takes what is left of it from the office visit line and pays 80% of the rest of each line. Plan N pays the Part B coinsurance (the other 20%), except that the patient pays a copayment of up to $20 for an office visit; it does not pay the Part B deductible. What does the Medigap plan pay, ${CENTS}?`,
      show: money,
      figures: { v, q, met },
      key,
      wrong: [
        [add(key, frac(20)), 'leaves out the Plan N office visit copayment'],
        [add(key, ct(Drem)), 'pays the Part B deductible as well'],
        [
          add(key, mul(pc(20), ct(Drem))),
          'takes 20% of the allowed amounts as if the deductible were met',
        ],
        [sub(key, frac(20)), 'takes the copayment off each line'],
        [
          sub(mul(pc(20), pc(80), ct(v - Drem + q)), frac(20)),
          'takes 20% of Medicare’s payment instead of the allowed amounts',
        ],
        [sub(key, ct(Drem)), 'subtracts the Part B deductible from its payment'],
      ],
    }
  }),
]
