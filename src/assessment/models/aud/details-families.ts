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
} from './aud-text.js'

// Substantive analytics and tests of details. The slips are an expectation built on the wrong base
// (opening or closing balances for the average, a part-year item for the whole year, a raise or an
// escalation left out or run all year, a discount or the house accounts applied to everything), the
// threshold not subtracted or taken from another base or rule (the recorded amount, overall for
// performance materiality, the larger for the lower), a depreciation convention of another policy
// or method (half-year, a full year for a part year, the rate on cost, the residual deducted or
// left out, a change in estimate worked retrospectively), a day count of another basis, delivery
// terms swapped or an after-year-end item counted, a timing difference treated as an exception or
// the reverse, and a roll-forward or roll-back with its signs or its margin turned round.

const money = usd(2)
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** Tenths of a percent as a rate, and as a stem writes them: 35 → `3.5%`. */
const tc = (t: number): Fraction => frac(t, 1000)
const tcText = (t: number): string => `${fixed(frac(t, 10), 1)}%`
/** Basis points as a rate, and as a stem writes them: 525 → `5.25%`. */
const bp = (b: number): Fraction => frac(b, 10000)
const bpText = (b: number): string => `${fixed(frac(b, 100), 2)}%`
/** Whole cents as dollars, and as a stem writes them. */
const ct = (c: number): Fraction => frac(c, 100)
const $c = (c: number): string => money(ct(c))
/** A fraction as a plain number, only to draw a figure near it (never a key). */
const val = (x: Fraction): number => Number(x.n) / Number(x.d)
/** `x` rounded to a whole multiple of `step`, as a drawn figure. */
const near = (x: number, step: number): number => Math.round(x / step) * step
/**
 * The client's recorded figure for a recalculation, in whole dollars, drawn `z` percent above the
 * largest of the recalculation and every slip's, so each option is the excess of the client's
 * figure over that working: the auditor's misstatement, not the bookkeeping alone.
 */
const recordedAbove = (z: number, xs: readonly Fraction[]): number =>
  Math.ceil(Math.max(...xs.map(val)) * (1 + z / 100))
/** A recalculation family's key and slips as the client's figure less each working. */
const against = (
  R: number,
  key: Fraction,
  wrong: readonly (readonly [Fraction, string])[],
): { key: Fraction; wrong: (readonly [Fraction, string])[] } => ({
  key: sub(R, key),
  wrong: wrong.map(([x, why]) => [sub(R, x), why] as const),
})
/** The smaller and the larger of two amounts. */
const lower = (a: Fraction, b: Fraction): Fraction => (val(a) <= val(b) ? a : b)
const higher = (a: Fraction, b: Fraction): Fraction => (val(a) >= val(b) ? a : b)
const MONTH = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const
/** The name of month `m` (1–12). */
const month = (m: number): string => MONTH[m - 1]!
/** Days in each month of 2025. */
const DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const
/** The day of 2025 that month `m`, day `d` is (January 1 is day 1). */
const dayOf = (m: number, d: number): number =>
  DAYS_IN.slice(0, m - 1).reduce((s, x) => s + x, 0) + d
/** The month and day of day `k` of 2025. */
const dateOf = (k: number): [number, number] => {
  let m = 1
  let left = k
  while (left > DAYS_IN[m - 1]!) left -= DAYS_IN[m++ - 1]!
  return [m, left]
}

export const DETAILS_FAMILIES: ScenarioFamily[] = [
  apart('payroll-expectation-from-average-headcount-and-a-mid-year-raise', (rng) => {
    const n0 = rng.int(40, 160)
    const n1 = n0 + rng.int(2, Math.max(3, Math.floor(n0 / 16)))
    const S = rng.int(80, 180) * 500
    const p = rng.int(2, 6)
    const M = rng.int(3, 10)
    const b = rng.int(8, 16)
    const t = rng.int(3, 6)
    const x = rng.int(45, 110)
    // Salaries for `heads` over the year, the raise running `k` months, with on-costs or without.
    const E = (heads: Fraction, k: number, onCost = true) =>
      mul(heads, S, add(12 - k, mul(k, add(1, pc(p)))), frac(1, 12), onCost ? add(1, pc(b)) : 1)
    const avg = frac(n0 + n1, 2)
    const exp = E(avg, 13 - M)
    const R = Math.round(val(exp) * (1 + (10 * t + x) / 1000))
    const left = (e: Fraction) => sub(R, mul(e, add(1, pc(t))))
    return {
      stem: `To test payroll expense for a calendar year, an audit senior builds an expectation from independent HR data. The client had ${n0} employees on January 1 and ${n1} on December 31; the firm’s method takes the simple average of the two as the headcount for the whole year. The average annual salary was ${dol(S)} until an across-the-board raise of ${p}% took effect on ${month(M)} 1, and employer payroll taxes and benefits add ${b}% to salaries. The general ledger shows payroll expense (salaries, taxes and benefits) of ${dol(R)}. The firm investigates any part of a difference beyond a threshold of ${t}% of the expectation. How much of the excess of recorded payroll over the expectation is left to investigate beyond the threshold, ${CENTS}?`,
      show: money,
      figures: { n0, n1, S, p, M, b, t, R },
      key: left(exp),
      wrong: [
        [left(E(avg, 12)), 'applies the raise to the whole year'],
        [sub(sub(R, exp), mul(R, pc(t))), 'takes the threshold on the recorded amount'],
        [left(E(frac(n1), 13 - M)), 'uses the closing headcount'],
        [left(E(avg, 0)), 'leaves out the raise'],
        [sub(R, exp), 'does not subtract the threshold'],
        [left(E(avg, 13 - M, false)), 'leaves out employer taxes and benefits'],
        [left(E(frac(n0), 13 - M)), 'uses the opening headcount'],
      ],
    }
  }),
  apart('rent-expense-expectation-from-the-lease-schedule', (rng) => {
    const a = rng.int(80, 300) * 50
    const e = rng.int(2, 5)
    const j = rng.int(3, 11)
    const b = rng.int(60, 180) * 50
    const m = rng.int(3, 10)
    const c = rng.int(40, 120) * 50
    const k = rng.int(3, 10)
    // Warehouse before and after its escalation month, the new store, the office that ended.
    const E = (esc: number, storeMonths: number, officeMonths: number) =>
      add(
        mul(a, esc - 1),
        mul(a, add(1, pc(e)), 13 - esc),
        mul(b, storeMonths),
        mul(c, officeMonths),
      )
    const exp = E(j, 13 - m, k)
    const u = Math.max(1, Math.round((val(exp) * rng.int(30, 80)) / 100 / 3000))
    const PM = 3000 * u
    const OM = 4000 * u
    const T = frac(PM, 10)
    const y = rng.int(50, 130)
    const R = Math.round(val(exp) - val(T) - (val(exp) * y) / 1000)
    const left = (x: Fraction, thr: Fraction = T) => sub(sub(x, R), thr)
    return {
      stem: `As stated for this exercise, a retailer with a December 31 year end charges each lease’s monthly rent to expense as billed, and the audit senior’s expectation takes each lease’s rent month by month from the signed agreements. The warehouse lease runs all year at ${dol(a)} a month, rising by ${e}% from ${month(j)} 1 on its anniversary; a new store’s lease began on ${month(m)} 1 at ${dol(b)} a month; an office lease at ${dol(c)} a month ended on ${month(k)} ${DAYS_IN[k - 1]} and was not replaced. Rent expense per the general ledger is ${dol(R)}. Overall materiality is ${dol(OM)} and performance materiality ${dol(PM)}; the firm’s threshold for this analytic is 10% of performance materiality. How much of the shortfall of recorded rent below the expectation is left to investigate beyond the threshold, ${CENTS}?`,
      show: money,
      figures: { a, e, j, b, m, c, k, PM, OM, R },
      key: left(exp),
      wrong: [
        [left(E(j, 12, k)), 'runs the new store’s lease for the whole year'],
        [left(E(j, 13 - m, 12)), 'runs the ended office lease for the whole year'],
        [left(E(1, 13 - m, k)), 'applies the escalation to the whole year'],
        [sub(exp, R), 'does not subtract the threshold'],
        [left(E(13, 13 - m, k)), 'leaves out the escalation'],
        [left(exp, frac(OM, 10)), 'takes 10% of overall materiality'],
        [left(E(j, 12 - m, k)), 'counts the new store’s months as 12 less its start month'],
      ],
    }
  }),
  apart('interest-expense-proof-on-average-debt-with-a-commitment-fee', (rng) => {
    const A0 = rng.int(40, 160) * 50000
    const A1 = A0 - near((A0 * rng.int(6, 16)) / 100, 10000)
    const i1 = rng.int(450, 750)
    const i2 = i1 + rng.int(25, 200)
    const V = rng.int(50, 300) * 10000
    const Lm = (Math.ceil(V / 1000000) + rng.int(1, 3)) * 1000000
    const f = rng.int(20, 50)
    const t = rng.int(3, 8)
    const x = rng.int(40, 100)
    // Term loan on a balance, revolver at a rate, fee on an undrawn amount.
    const E = (term: Fraction, rev: number, undrawn: number) =>
      add(mul(term, bp(i1)), mul(V, bp(rev)), mul(undrawn, bp(f)))
    const avg = frac(A0 + A1, 2)
    const exp = E(avg, i2, Lm - V)
    const R = Math.round(val(exp) * (1 + (10 * t + x) / 1000))
    const left = (e: Fraction) => sub(R, mul(e, add(1, pc(t))))
    return {
      stem: `An audit senior tests a client’s interest expense and fees for a calendar year with a proof in total. The term loan, at a fixed ${bpText(i1)}, stood at ${dol(A0)} on January 1 and ${dol(A1)} on December 31 after scheduled repayments; the firm’s method applies the rate to the simple average of the opening and closing balances. The revolving credit facility, with a limit of ${dol(Lm)}, carried an average drawn balance of ${dol(V)} for the year (from the bank’s monthly statements) at an average rate of ${bpText(i2)}, and a commitment fee of ${bpText(f)} a year on the average undrawn part of the limit. Interest expense and fees per the general ledger are ${dol(R)}. The firm investigates any part of a difference beyond a threshold of ${t}% of the expectation. How much of the excess of the recorded amount over the expectation is left to investigate beyond the threshold, ${CENTS}?`,
      show: money,
      figures: { A0, A1, i1, i2, V, Lm, f, t, R },
      key: left(exp),
      wrong: [
        [left(E(frac(A0), i2, Lm - V)), 'applies the term loan rate to the opening balance'],
        [left(E(avg, i2, Lm)), 'charges the commitment fee on the whole limit'],
        [sub(sub(R, exp), mul(R, pc(t))), 'takes the threshold on the recorded amount'],
        [left(E(frac(A1), i2, Lm - V)), 'applies the term loan rate to the closing balance'],
        [left(E(avg, i2, 0)), 'leaves out the commitment fee'],
        [sub(R, exp), 'does not subtract the threshold'],
        [left(E(avg, i1, Lm - V)), 'charges the revolver at the term loan rate'],
      ],
    }
  }),
  apart('revenue-expectation-from-units-shipped-and-list-prices', (rng) => {
    const q1 = rng.int(200, 800) * 100
    const q2 = rng.int(200, 800) * 100
    const P1 = rng.int(80, 400) * 25
    const P2 = P1 + rng.int(2, 12) * 25
    const s = rng.int(20, 40)
    const k = rng.int(10, 20)
    const r = rng.int(1, 4)
    const y = rng.int(3, 5)
    // Revenue after discounts and returns at prices `a` (first half) and `b` (second half).
    const E = (a: number, b: number, share: Fraction = pc(s), returns = true) =>
      mul(
        add(mul(q1, ct(a)), mul(q2, ct(b))),
        sub(1, mul(share, pc(k))),
        returns ? sub(1, pc(r)) : 1,
      )
    const exp = E(P1, P2)
    const X = near((val(exp) * y * rng.int(60, 140)) / 10000, 1000)
    const thr = (e: Fraction) => lower(frac(X), mul(e, pc(y)))
    const z = rng.int(40, 100)
    const R = Math.round(val(exp) + val(thr(exp)) + (val(exp) * z) / 1000)
    const left = (e: Fraction) => sub(sub(R, e), thr(e))
    if (val(frac(X)) === val(mul(exp, pc(y)))) rest()
    return {
      stem: `An audit senior builds an expectation of a manufacturer’s revenue for a calendar year from units shipped per the warehouse system (tested separately): ${n(q1)} units in January–June and ${n(q2)} in July–December. The list price was ${$c(P1)} a unit until July 1 and ${$c(P2)} from then on. In each half, ${s}% of the units went to distributors at ${an(`${k}%`)} discount off list, the rest at list, and returns and allowances run at ${r}% of sales after discounts (the client’s experience, as stated for this exercise). Revenue per the general ledger is ${dol(R)}. The firm’s threshold is the lower of ${dol(X)} and ${y}% of the expectation. How much of the excess of recorded revenue over the expectation is left to investigate beyond the threshold, ${CENTS}?`,
      show: money,
      figures: { q1, q2, P1, P2, s, k, r, y, X, R },
      key: left(exp),
      wrong: [
        [left(E(P1, P2, pc(s), false)), 'leaves out the returns and allowances'],
        [left(E(P2, P2)), 'prices every unit at the new list price'],
        [left(E(P1, P2, frac(0))), 'leaves out the distributor discount'],
        [
          sub(sub(R, exp), higher(frac(X), mul(exp, pc(y)))),
          'takes the higher of the two thresholds',
        ],
        [left(E(P1, P1)), 'prices every unit at the old list price'],
        [left(E(P1, P2, frac(1))), 'gives every unit the distributor discount'],
        [sub(R, exp), 'does not subtract the threshold'],
      ],
    }
  }),
  apart('commission-expense-as-a-rate-of-commissioned-sales', (rng) => {
    const G = rng.int(50, 200) * 100000
    const Rt = near((G * rng.int(10, 30)) / 1000, 100)
    const H = near((G * rng.int(2, 6)) / 100, 1000)
    const c = rng.int(30, 60)
    const a = rng.int(5, 15)
    const Qt = near((G * rng.int(15, 30)) / 100, 1000)
    const Q = near((Qt * rng.int(10, 25)) / 100, 1000)
    const y = rng.int(5, 10)
    // Base commission on `base`, the accelerator on `over`, less `swap` of base commission.
    const E = (base: number, over: number, swap = 0) =>
      add(mul(tc(c), base - swap), mul(tc(a), over))
    const N = G - Rt - H
    const exp = E(N, Q)
    const X = near((val(exp) * y * rng.int(60, 140)) / 10000, 500)
    const thr = (e: Fraction) => higher(frac(X), mul(e, pc(y)))
    const z = rng.int(60, 150)
    const R = Math.round(val(exp) + val(thr(exp)) + (val(exp) * z) / 1000)
    const left = (e: Fraction) => sub(sub(R, e), thr(e))
    if (val(frac(X)) === val(mul(exp, pc(y)))) rest()
    return {
      stem: `An audit senior builds an expectation of sales commission for a calendar year. Audited gross sales were ${dol(G)}, less returns of ${dol(Rt)}; of the net sales, ${dol(H)} came from house accounts, which earn no commission. Reps earn ${tcText(c)} of their net sales, and an accelerator adds a further ${tcText(a)} on each rep’s net sales above quota: reps who beat quota sold ${dol(Qt)} in all, ${dol(Q)} of it above quota. Commission expense per the general ledger is ${dol(R)}. The firm’s threshold is the higher of ${dol(X)} and ${y}% of the expectation. How much of the excess of recorded commission over the expectation is left to investigate beyond the threshold, ${CENTS}?`,
      show: money,
      figures: { G, Rt, H, c, a, Qt, Q, y, X, R },
      key: left(exp),
      wrong: [
        [left(E(G - H, Q)), 'pays commission on sales before returns'],
        [left(E(G - Rt, Q)), 'pays commission on the house accounts'],
        [left(E(N, Qt)), 'pays the accelerator on all sales of reps over quota'],
        [left(E(N, 0)), 'leaves out the accelerator'],
        [left(E(N, Q, Q)), 'pays the accelerator instead of the base rate above quota'],
        [
          sub(sub(R, exp), lower(frac(X), mul(exp, pc(y)))),
          'takes the lower of the two thresholds',
        ],
        [sub(R, exp), 'does not subtract the threshold'],
      ],
    }
  }),
  apart('straight-line-depreciation-overstatement-with-an-addition-and-a-disposal', (rng) => {
    const C0 = rng.int(100, 500) * 10000
    const Dc = near((C0 * rng.int(5, 15)) / 100, 1000)
    const A = near((C0 * rng.int(10, 30)) / 100, 1000)
    const L = rng.int(5, 12)
    const v = rng.pick([5, 10, 15])
    const ma = rng.int(2, 5)
    const da = rng.int(2, 28)
    const md = rng.int(8, 11)
    const dd = rng.int(2, 28)
    const Rec = Math.round((C0 + A) / L)
    // The year's charge from the months each part is depreciated, with or without the residual.
    const D = (kept: Fraction, sold: Fraction, added: Fraction, residual = true) =>
      mul(add(kept, mul(Dc, sold), mul(A, added)), residual ? sub(1, pc(v)) : 1, frac(1, L))
    const over = (x: Fraction) => sub(Rec, x)
    const stay = frac(C0 - Dc)
    return {
      stem: `An audit senior recalculates depreciation on a client’s machinery for the year ended December 31, 2025. The client’s policy is straight-line over ${L} years to a residual value of ${v}% of cost, charging a full month in the month an asset is bought and none in the month it is sold. Machinery at cost on January 1 was ${dol(C0)}, all in use, with none fully depreciated by the year end. On ${month(ma)} ${da} the client bought a machine for ${dol(A)}; on ${month(md)} ${dd} it sold a machine that had cost ${dol(Dc)} (part of the January 1 cost). The client’s register charged ${dol(Rec)} of depreciation on machinery for the year. By how much does the recorded charge exceed the recalculation, ${CENTS}?`,
      show: money,
      figures: { C0, Dc, A, L, v, ma, md, Rec },
      key: over(D(stay, frac(md - 1, 12), frac(13 - ma, 12))),
      wrong: [
        [over(D(stay, frac(md - 1, 12), frac(1))), 'depreciates the addition for the whole year'],
        [over(D(stay, frac(1), frac(13 - ma, 12))), 'depreciates the sold machine all year'],
        [
          over(D(stay, frac(md - 1, 12), frac(13 - ma, 12), false)),
          'leaves out the residual value',
        ],
        [over(D(stay, frac(md, 12), frac(13 - ma, 12))), 'charges the month of sale'],
        [over(D(stay, frac(0), frac(13 - ma, 12))), 'gives the sold machine no depreciation'],
        [over(D(stay, frac(md - 1, 12), frac(12 - ma, 12))), 'starts the addition the month after'],
        [over(D(stay, frac(1, 2), frac(1, 2))), 'uses a half-year convention'],
      ],
    }
  }),
  apart('reducing-balance-depreciation-misstatement-in-the-third-year', (rng) => {
    const C = rng.int(40, 400) * 1000
    const d = rng.pick([15, 20, 25, 30, 35, 40])
    const m = rng.int(2, 11)
    const V = near((C * rng.int(5, 15)) / 100, 100)
    const rate = pc(d)
    const Rec = (C * d) / 100
    // The 2025 charge after a first-year factor `first` and a second year of `second`.
    const charge = (first: Fraction, second: Fraction = rate) =>
      mul(C, sub(1, mul(rate, first)), sub(1, second), rate)
    const over = (x: Fraction) => sub(Rec, x)
    const p = frac(13 - m, 12)
    const opening = mul(C, sub(1, mul(rate, p)), sub(1, rate))
    return {
      stem: `A client bought delivery vans on ${month(m)} 1, 2023 for ${dol(C)}. Its policy is the reducing balance at ${d}% a year of the opening carrying amount (cost less accumulated depreciation), with no deduction for the vans’ estimated residual value of ${dol(V)}, time-apportioned by whole months only in the year of purchase (counting the month bought). The client’s register charged ${dol(Rec)} of depreciation on the vans for the year ended December 31, 2025. By how much does the recorded charge exceed the audit senior’s recalculation, ${CENTS}?`,
      show: money,
      figures: { C, d, m, V, Rec },
      key: over(charge(p)),
      wrong: [
        [over(charge(p, frac(0))), 'leaves out the 2024 charge'],
        [over(charge(frac(12 - m, 12))), 'counts 2023’s months without the month bought'],
        [over(charge(frac(0))), 'starts depreciating in 2024, the first full year'],
        [over(charge(frac(1))), 'charges a full year in 2023'],
        [over(mul(sub(opening, V), rate)), 'deducts the residual value'],
        [over(mul(charge(p), p)), 'time-apportions the 2025 charge too'],
      ],
    }
  }),
  apart('units-of-production-depreciation-after-a-revised-output-estimate', (rng) => {
    const C = rng.int(50, 300) * 10000
    const V = near((C * rng.int(3, 10)) / 100, 1000)
    const U0 = rng.int(40, 120) * 10000
    const U1 = near((U0 * rng.int(30, 60)) / 100, 1000)
    const U2 = U1 + near(((U0 - U1) * rng.int(60, 90)) / 100, 1000)
    const u = near((U0 * rng.int(8, 18)) / 100, 1000)
    if (2 * u >= U2 - U1) rest()
    const base = C - V
    const CA = sub(C, mul(base, frac(U1, U0)))
    const key = mul(sub(CA, V), frac(u, U2 - U1))
    const slips = [
      [mul(base, frac(u, U0)), 'keeps the original rate per unit'],
      [mul(sub(CA, V), frac(u, U2)), 'divides by the revised total output'],
      [mul(base, frac(u, U2)), 'spreads the cost less residual over the revised total'],
      [mul(CA, frac(u, U2 - U1)), 'leaves out the residual value'],
      [mul(sub(CA, V), frac(u, U2 - U1 - u)), 'takes 2025 output off the remaining units'],
      [
        sub(mul(base, frac(U1 + u, U2)), mul(base, frac(U1, U0))),
        'books the cumulative catch-up in 2025',
      ],
    ] as const
    const R = recordedAbove(rng.int(6, 20), [key, ...slips.map(([x]) => x)])
    return {
      stem: `A client depreciates a stamping press by units of production. It cost ${dol(C)}, has a residual value of ${dol(V)}, and was expected to produce ${n(U0)} units over its life; it produced ${n(U1)} units before 2025. On January 1, 2025 engineers revised its total lifetime output to ${n(U2)} units (including those already produced), with the residual value unchanged. It produced ${n(u)} units in 2025 (per production reports the auditor has tested). The client’s register charged ${dol(R)} of depreciation on the press for 2025. Treating the revision as a change in estimate from January 1, 2025 (the remaining depreciable amount spread over the remaining units), by how much does the recorded charge exceed the audit senior’s recalculation, ${CENTS}?`,
      show: money,
      figures: { C, V, U0, U1, U2, u, R },
      ...against(R, key, slips),
    }
  }),
  apart('depreciation-after-a-mid-year-revision-of-life-and-residual', (rng) => {
    const C = rng.int(50, 400) * 1000
    const V = near((C * rng.int(4, 10)) / 100, 100)
    const L = rng.int(8, 15)
    const k = rng.int(3, L - 3)
    const T = rng.int(k + 2, L - 1)
    const V2 = V + near((C * rng.int(2, 6)) / 100, 100)
    const mr = rng.int(4, 10)
    const Y = 2025 - k
    const monthly = frac(C - V, 12 * L)
    // Carrying amount after `months` of the original charge.
    const ca = (months: number) => sub(C, mul(monthly, months))
    const before = mul(monthly, mr - 1)
    const after = 13 - mr
    const left = 12 * (T - k) - (mr - 1)
    const atRev = ca(12 * k + mr - 1)
    const year = (res: Fraction | number, months: number) =>
      add(before, mul(sub(atRev, res), frac(after, months)))
    const key = year(V2, left)
    const slips = [
      [div(sub(ca(12 * k), V2), T - k), 'applies the revision from January 1'],
      [year(V, left), 'keeps the original residual value'],
      [year(0, left), 'leaves out the residual value'],
      [frac(C - V, L), 'keeps the original charge all year'],
      [year(V2, 12 * (T - k)), 'counts the months left from January 1'],
      [year(V2, 12 * T), 'spreads over the whole new life from the revision'],
      [frac(C - V2, T), 'spreads cost less the new residual over the new life'],
    ] as const
    const R = recordedAbove(rng.int(6, 20), [key, ...slips.map(([x]) => x)])
    return {
      stem: `A client bought a machine on January 1, ${Y} for ${dol(C)} and depreciates it straight-line by month, over ${L} years to a residual value of ${dol(V)}. With effect from ${month(mr)} 1, 2025, management revised the machine’s total useful life to ${T} years from the date of purchase and its residual value to ${dol(V2)}. The client’s register charged ${dol(R)} of depreciation on the machine for 2025. Treating the revision as a change in estimate from that date (the carrying amount then, less the new residual value, spread evenly over the months left, with no restatement of earlier charges), by how much does the recorded charge exceed the audit senior’s recalculation, ${CENTS}?`,
      show: money,
      figures: { C, V, L, k, T, V2, mr, R },
      ...against(R, key, slips),
    }
  }),
  apart('accrued-interest-on-a-loan-after-a-principal-prepayment', (rng) => {
    const P = rng.int(100, 1000) * 10000
    const Q = near((P * rng.int(10, 40)) / 100, 10000)
    const rt = rng.int(450, 850)
    const lm = rng.pick([10, 11])
    const ld = rng.int(1, 28)
    const last = dayOf(lm, ld)
    const D = 365 - last
    const g = rng.int(6, D - 6)
    const [pm, pd] = dateOf(last + g)
    // Interest at the rate on each (balance × days), on a day basis.
    const I = (balanceDays: Fraction | number, basis = 360) =>
      mul(balanceDays, bp(rt), frac(1, basis))
    const key = I((P - Q) * D)
    const slips = [
      [I(P * D), 'accrues on the whole loan as if nothing was prepaid'],
      [I(P * g + (P - Q) * (D - g)), 'accrues on the prepaid principal up to the prepayment'],
      [I((P - Q) * 92), 'accrues the whole quarter’s interest due at the next payment'],
      [I((P - Q) * D, 365), 'uses a 365-day year'],
      [I((P - Q) * (D - g)), 'accrues only from the prepayment date'],
      [I((P - Q) * 31), 'accrues only December’s interest'],
    ] as const
    const R = recordedAbove(rng.int(6, 20), [key, ...slips.map(([x]) => x)])
    return {
      stem: `A client has a term loan of ${dol(P)} at a fixed ${bpText(rt)} (actual/360: each day’s interest is the rate ÷ 360), paid quarterly in arrears. The last payment, on ${month(lm)} ${ld}, 2025, settled interest through that day; the next is due on ${month(lm - 9)} ${ld}, 2026. On ${month(pm)} ${pd}, 2025 the client prepaid ${dol(Q)} of principal together with the interest accrued on that ${dol(Q)} to that day. The client’s ledger shows accrued interest payable on the loan of ${dol(R)} at December 31, 2025. The audit senior recalculates the accrual as interest for each day after the last payment up to and including December 31. By how much does the recorded accrual exceed the recalculation, ${CENTS}?`,
      show: money,
      figures: { P, Q, rt, lm, ld, pm, pd, R },
      ...against(R, key, slips),
    }
  }),
  apart('prepaid-expenses-at-year-end-with-a-mid-term-endorsement', (rng) => {
    const A = rng.int(120, 1200) * 100
    const m = rng.int(3, 10)
    const e = rng.int(m + 1, 12)
    const B = rng.int(20, 200) * 100
    const Qr = rng.int(30, 150) * 100
    const qm = rng.pick([11, 12])
    const term = 12 - e + m
    const pre = (months: number, bShare: Fraction, rent: Fraction) =>
      add(mul(A, frac(months, 12)), mul(B, bShare), mul(Qr, rent))
    const rentLeft = frac(qm - 10, 3)
    const key = pre(m - 1, frac(m - 1, term), rentLeft)
    const slips = [
      [pre(m - 1, frac(m - 1, 12), rentLeft), 'spreads the extra premium over 12 months'],
      [pre(m - 1, frac(0), rentLeft), 'leaves out the extra premium'],
      [pre(m - 1, frac(m - 1, term), frac(0)), 'leaves out the rent paid in advance'],
      [pre(m - 1, frac(1), rentLeft), 'treats the whole extra premium as prepaid'],
      [pre(m - 1, frac(m - 1, term), frac(1)), 'treats the whole rent payment as prepaid'],
      [
        pre(m, frac(m, term), rentLeft),
        'counts the start month of the policy and of the extra premium as unexpired',
      ],
    ] as const
    const R = recordedAbove(rng.int(6, 20), [key, ...slips.map(([x]) => x)])
    return {
      stem: `At December 31, 2025 the client’s ledger shows prepaid expenses of ${dol(R)}, made up of three payments, and the audit senior recalculates them. (1) On ${month(m)} 1, 2025 the client paid ${dol(A)} for a 12-month property policy starting that day. (2) On ${month(e)} 1, 2025 it added a new building to the same policy, paying an extra premium of ${dol(B)} for the rest of the policy’s term. (3) On ${month(qm)} 1, 2025 it paid ${dol(Qr)} of rent for the three months starting that day. Each payment is released to expense evenly by month over the period it covers. By how much are prepaid expenses overstated against the recalculation, ${CENTS}?`,
      show: money,
      figures: { A, m, e, B, Qr, qm, R },
      ...against(R, key, slips),
    }
  }),
  apart('bad-debt-provision-shortfall-from-an-ageing-with-a-specific-account', (rng) => {
    const B0 = rng.int(400, 1200) * 1000
    const B1 = rng.int(100, 400) * 1000
    const B2 = rng.int(40, 150) * 1000
    const B3 = rng.int(20, 80) * 1000
    const B4 = rng.int(30, 100) * 1000
    const K = near((B4 * rng.int(25, 55)) / 100, 100)
    const p0 = rng.int(1, 2)
    const p1 = rng.int(3, 6)
    const p2 = rng.int(8, 15)
    const p3 = rng.int(20, 35)
    const p4 = rng.int(40, 60)
    // The required allowance with the bankrupt account at `kIn` in the bucket and `kFull` in full.
    const need = (kIn: number, kFull: number, current = true) =>
      add(
        current ? mul(B0, pc(p0)) : 0,
        mul(B1, pc(p1)),
        mul(B2, pc(p2)),
        mul(B3, pc(p3)),
        mul(B4 - K + kIn, pc(p4)),
        kFull,
      )
    const req = need(0, K)
    const O = near((val(req) * rng.int(40, 75)) / 100, 100)
    const W = near((O * rng.int(30, 60)) / 100, 100)
    const Rc = near((W * rng.int(5, 20)) / 100, 100)
    const bal = O - W + Rc
    const Pc = near((val(req) - bal) * (rng.int(20, 45) / 100), 100)
    const short = (x: Fraction, booked = bal + Pc) => sub(x, booked)
    return {
      stem: `At December 31, 2025 a client’s aged receivables (tested) are: current ${dol(B0)}; 1–30 days past due ${dol(B1)}; 31–60 days ${dol(B2)}; 61–90 days ${dol(B3)}; over 90 days ${dol(B4)}, which includes ${dol(K)} owed by a customer that filed for bankruptcy in December. The firm’s method provides ${p0}%, ${p1}%, ${p2}%, ${p3}% and ${p4}% of the five buckets, except that the bankrupt customer’s balance is provided in full and left out of the bucket percentages. The allowance stood at ${dol(O)} on January 1; during the year ${dol(W)} of accounts were written off against it and ${dol(Rc)} of accounts written off in earlier years were recovered and credited back to it; at the year end the client charged a provision of ${dol(Pc)}. What further provision does the audit senior propose to bring the allowance to the required balance, ${CENTS}?`,
      show: money,
      figures: { B0, B1, B2, B3, B4, K, p0, p1, p2, p3, p4, O, W, Rc, Pc },
      key: short(req),
      wrong: [
        [short(req, bal), 'leaves out the provision the client charged'],
        [short(req, O - W + Pc), 'leaves out the recoveries'],
        [short(need(K, K)), 'also keeps the bankrupt balance in its bucket'],
        [short(need(K, 0)), 'provides the bankrupt balance at the bucket rate'],
        [short(req, O + Rc + Pc), 'leaves out the write-offs'],
        [short(need(0, K, false)), 'provides nothing on current balances'],
      ],
    }
  }),
  apart('inventory-write-down-to-net-realisable-value-line-by-line', (rng) => {
    const q = rng.int(4, 10)
    const g = rng.int(12, 25)
    const u1 = rng.int(4, 30) * 50
    const c1 = rng.int(2000, 20000)
    const k1 = near((c1 * rng.int(5, 15)) / 100, 5)
    const nrv1 = (c1 * rng.int(70, 92)) / 100
    const s1 = Math.round((nrv1 + k1) / (1 - q / 100))
    const u2 = rng.int(2, 20) * 10
    const c2 = rng.int(3000, 25000)
    const sv = near((c2 * rng.int(10, 35)) / 100, 5)
    const u3 = rng.int(4, 30) * 50
    const c3 = rng.int(2000, 20000)
    const s3 = Math.round((c3 * rng.int(101, 106)) / 100 / (1 - q / 100))
    const u4 = rng.int(4, 30) * 50
    const c4 = rng.int(2000, 20000)
    const k4 = near((c4 * rng.int(5, 15)) / 100, 5)
    const s4 = Math.round(((c4 * rng.int(101, 106)) / 100 + k4) / (1 - q / 100))
    // Net realisable value per unit, in dollars: price less completion less commission.
    const nrv = (s: number, k: number, comm = true, compl = true) =>
      sub(sub(ct(s), compl ? ct(k) : 0), comm ? mul(ct(s), pc(q)) : 0)
    const down = (units: number, cost: number, floor: Fraction) => {
      const gap = sub(ct(cost), floor)
      return val(gap) > 0 ? mul(units, gap) : frac(0)
    }
    const lines = (comm = true, compl = true, scrap: Fraction = ct(sv), margin = 0) =>
      add(
        down(u1, c1, sub(nrv(s1, k1, comm, compl), mul(ct(s1), pc(margin)))),
        down(u2, c2, scrap),
        down(u3, c3, sub(nrv(s3, 0, comm, compl), mul(ct(s3), pc(margin)))),
        down(u4, c4, sub(nrv(s4, k4, comm, compl), mul(ct(s4), pc(margin)))),
      )
    const W = lines()
    if (val(sub(ct(c1), nrv(s1, k1))) <= 0 || val(sub(ct(c3), nrv(s3, 0))) >= 0) rest()
    if (val(sub(ct(c4), nrv(s4, k4))) >= 0) rest()
    const Pr = near((val(W) * rng.int(10, 35)) / 100, 100)
    const net = add(
      mul(u1, sub(ct(c1), nrv(s1, k1))),
      mul(u2, sub(ct(c2), ct(sv))),
      mul(u3, sub(ct(c3), nrv(s3, 0))),
      mul(u4, sub(ct(c4), nrv(s4, k4))),
    )
    return {
      stem: `A client measures inventory (FIFO) at the lower of cost and net realisable value, line by line, where NRV is the estimated selling price less costs to complete and a sales commission of ${q}% of the selling price; its normal profit margin is ${g}% of selling price. At December 31, 2025 the audit senior has these lines (per unit): line 1, ${n(u1)} units at cost ${$c(c1)}, selling price ${$c(s1)}, cost to complete ${$c(k1)}; line 2, ${n(u2)} damaged units at cost ${$c(c2)}, saleable only as scrap for ${$c(sv)} each with no commission; line 3, ${n(u3)} units at cost ${$c(c3)}, selling price ${$c(s3)}, nothing to complete; line 4, ${n(u4)} units at cost ${$c(c4)}, selling price ${$c(s4)}, cost to complete ${$c(k4)}. The client already carries a write-down provision of ${dol(Pr)} against these lines. What further write-down does the audit senior propose, ${CENTS}?`,
      show: money,
      figures: { q, g, u1, c1, k1, s1, u2, c2, sv, u3, c3, s3, u4, c4, k4, s4, Pr },
      key: sub(W, Pr),
      wrong: [
        [W, 'does not deduct the existing provision'],
        [sub(lines(true, true, ct(sv), g), Pr), 'writes down to NRV less the normal profit margin'],
        [sub(lines(true, true, frac(0)), Pr), 'writes the damaged line off in full'],
        [sub(net, Pr), 'compares total cost with total NRV'],
        [sub(lines(false), Pr), 'leaves out the sales commission'],
        [sub(lines(true, false), Pr), 'leaves out the costs to complete'],
      ],
    }
  }),
  apart('warranty-provision-recalculated-after-a-change-in-rate', (rng) => {
    const S0 = rng.int(40, 120) * 100000
    const S1 = rng.int(40, 120) * 100000
    const S2 = rng.int(40, 120) * 100000
    const w = rng.int(15, 40)
    const wo = w - rng.int(3, 10)
    const c0 = near((S0 * wo * rng.int(70, 95)) / 100000, 100)
    const c1 = near((S1 * w * rng.int(30, 55)) / 100000, 100)
    const c1b = near((c1 * rng.int(40, 70)) / 100, 100)
    const c2 = near((S2 * w * rng.int(8, 25)) / 100000, 100)
    const rate = tc(w)
    const key = sub(mul(add(S1, S2), rate), c1 + c2)
    const slips = [
      [add(key, sub(mul(S0, rate), c0)), 'keeps 2023’s out-of-warranty sales'],
      [mul(add(S1, S2), rate), 'does not deduct the claims paid'],
      [add(key, c1 - c1b), 'deducts only the 2025 claims on 2024 sales'],
      [sub(mul(S2, rate), c2), 'provides only for 2025’s sales'],
      [sub(key, mul(S1, tc(w - wo))), 'keeps the old rate for 2024’s sales'],
      [sub(key, c0), 'also deducts the claims on 2023 sales'],
    ] as const
    const R = recordedAbove(rng.int(6, 20), [key, ...slips.map(([x]) => x)])
    return {
      stem: `A client sells equipment with a two-year warranty from the date of sale and provides for expected warranty costs as a rate of revenue, less the claims already paid on those sales. In 2025 it revised the rate from ${tcText(wo)} to ${tcText(w)} of revenue, to apply to all sales still under warranty. Revenue was ${dol(S0)} in 2023, ${dol(S1)} in 2024 and ${dol(S2)} in 2025; 2023’s sales are out of warranty by December 31, 2025. Claims paid to date: ${dol(c0)} on 2023 sales, ${dol(c1)} on 2024 sales (of which ${dol(c1b)} was paid in 2025) and ${dol(c2)} on 2025 sales. The client’s warranty provision at December 31, 2025 is ${dol(R)}. By how much does it exceed the audit senior’s recalculation of the provision, ${CENTS}?`,
      show: money,
      figures: { S0, S1, S2, w, wo, c0, c1, c1b, c2, R },
      ...against(R, key, slips),
    }
  }),
  apart('sales-cut-off-misstatement-from-shipping-terms', (rng) => {
    const A = rng.int(3000000, 6000000)
    const C = rng.int(400000, 1200000)
    const B = rng.int(500000, Math.max(600000, A - C - 300000))
    const D = rng.int(3000000, 6000000)
    const E = rng.int(400000, 1200000)
    const amt = (...xs: number[]) => ct(xs.reduce((s, x) => s + x, 0))
    return {
      stem: `An audit senior tests sales cut-off at December 31, 2025. The client records a sale when it invoices; as stated for this exercise, revenue is earned at shipment under FOB shipping point terms and on delivery under FOB destination terms. Shipments around the year end: (1) ${$c(E)}, FOB destination, shipped December 28, delivered December 30, invoiced January 2; (2) ${$c(B)}, FOB shipping point, shipped December 29, delivered January 2, invoiced December 29; (3) ${$c(A)}, FOB destination, shipped December 30, delivered January 3, invoiced December 30; (4) ${$c(C)}, FOB shipping point, shipped December 31, delivered January 3, invoiced January 2; (5) ${$c(D)}, FOB shipping point, shipped January 2, 2026, but invoiced early, on December 31. By how much is 2025 revenue overstated, net of any understatement, ${CENTS}?`,
      show: money,
      figures: { A, B, C, D, E },
      key: sub(amt(A, D), amt(C, E)),
      wrong: [
        [amt(A, D), 'leaves out the understatements'],
        [amt(A, C, D, E), 'adds the understatements instead of netting them'],
        [sub(amt(A, B, D), amt(C, E)), 'also counts item 2 for its January delivery'],
        [sub(amt(D), amt(C, E)), 'takes item 3 as earned when shipped'],
        [sub(amt(A), amt(C, E)), 'goes by the invoice date for item 5'],
        [sub(amt(B, D), amt(E)), 'swaps the two delivery terms'],
      ],
    }
  }),
  apart('payables-cut-off-goods-received-not-invoiced', (rng) => {
    const q1 = rng.int(40, 200) * 10
    const p1 = rng.int(2000, 9000)
    const Q2 = rng.int(40, 120) * 10
    const q2 = near((Q2 * rng.int(55, 80)) / 100, 10)
    const p2 = rng.int(1500, 6000)
    const q3 = rng.int(20, 100) * 10
    const p3 = rng.int(1500, 6000)
    const q4 = rng.int(10, 60) * 10
    const p4 = rng.int(1500, 6000)
    const q5 = rng.int(20, 100) * 10
    const p5 = rng.int(1500, 6000)
    const v = (q: number, p: number) => mul(q, ct(p))
    const under = add(v(q1, p1), v(q3, p3))
    const over = add(v(Q2 - q2, p2), v(q4, p4))
    return {
      stem: `An audit senior tests purchases cut-off at December 31, 2025, against receiving reports and the accounts payable records (the client records a liability when it records the supplier’s invoice; as stated for this exercise, goods become the client’s at shipment under FOB shipping point terms and on delivery under FOB destination terms). (1) ${n(q1)} units at ${$c(p1)}, received December 29 and counted; invoice dated January 6, recorded in January. (2) An order of ${n(Q2)} units at ${$c(p2)}, FOB destination: ${n(q2)} received December 30, the rest delivered January 8; the supplier invoiced the whole order on December 30 and it was recorded in December. (3) ${n(q3)} units at ${$c(p3)}, FOB shipping point, shipped December 30, received January 4; invoice recorded in January. (4) ${n(q4)} units at ${$c(p4)}, FOB destination, shipped December 31, received January 5; invoice dated December 31, recorded in December. (5) ${n(q5)} units at ${$c(p5)}, FOB destination, shipped January 2, received January 3; invoice recorded in January. By how much are accounts payable understated at December 31, 2025, net of any overstatement, ${CENTS}?`,
      show: money,
      figures: { q1, p1, Q2, q2, p2, q3, p3, q4, p4, q5, p5 },
      key: sub(under, over),
      wrong: [
        [under, 'leaves out the overstatements'],
        [add(under, over), 'adds the overstatements instead of netting them'],
        [add(sub(under, over), v(q5, p5)), 'also counts item 5'],
        [sub(v(q1, p1), over), 'goes by the receipt date for item 3'],
        [sub(under, add(v(Q2, p2), v(q4, p4))), 'takes out the whole of item 2’s invoice'],
        [sub(under, add(v(q2, p2), v(q4, p4))), 'takes out item 2’s received units'],
      ],
    }
  }),
  apart('receivable-confirmation-reconciled-to-the-unexplained-difference', (rng) => {
    const pay = rng.int(500000, 4000000)
    const g = rng.int(500000, 4000000)
    const d = rng.int(100000, 800000)
    const u = rng.int(150000, 600000)
    const e = rng.int(Math.round(u * 0.3), Math.round(u * 0.85))
    const L = rng.int(8000000, 40000000)
    const B = L - pay - g - d - u
    const diff = (...xs: number[]) => ct(L - B - xs.reduce((s, x) => s + x, 0))
    return {
      stem: `A positive confirmation comes back from a customer. The client’s ledger shows the customer owing ${$c(L)} at December 31, 2025; the customer confirms ${$c(B)}. The audit senior finds: the customer mailed a payment of ${$c(pay)} on December 30 that the client received and posted on January 3; the client invoiced ${$c(g)} on December 31 for goods shipped that day FOB shipping point, which the customer recorded on receipt on January 5; the customer disputes ${$c(d)} of an invoice as a price overcharge the client has not accepted; and the customer paid a further ${$c(e)} on January 6, 2026. Timing differences are cleared; anything else, including the disputed amount until it is resolved, is an exception. What difference remains to be treated as an exception, ${CENTS}?`,
      show: money,
      figures: { L, B, pay, g, d, e },
      key: diff(pay, g),
      wrong: [
        [diff(), 'clears none of the reconciling items'],
        [diff(g), 'counts the payment in transit as a difference'],
        [diff(pay), 'counts the goods in transit as a difference'],
        [diff(pay, g, d), 'clears the disputed amount as a timing difference'],
        [diff(pay, g, e), 'also clears the January payment'],
        [diff(pay, g, d, e), 'clears the dispute and the January payment'],
      ],
    }
  }),
  apart('inventory-roll-forward-from-a-count-before-the-year-end', (rng) => {
    const K = rng.int(300, 1500) * 1000 + rng.int(0, 999)
    const P = rng.int(50, 400) * 1000 + rng.int(0, 999)
    const PR = rng.int(2, 20) * 1000 + rng.int(0, 999)
    const S = rng.int(100, 600) * 1000 + rng.int(0, 999)
    const SR = rng.int(3, 30) * 1000 + rng.int(0, 999)
    const m = rng.int(20, 45)
    const cd = rng.int(8, 20)
    const roll = (out: Fraction, pr = PR) => sub(K + P - pr, out)
    const cost = sub(1, pc(m))
    return {
      stem: `A client counted its inventory on December ${cd}, 2025, and the audit senior tested the count at ${dol(K)} at cost. Between the count and December 31 (records tested for cut-off) the client received goods from suppliers costing ${dol(P)}, returned goods to suppliers costing ${dol(PR)}, invoiced and shipped sales of ${dol(S)} at selling price, and took back into stock customer returns of ${dol(SR)} at selling price. The client’s gross margin is ${m}% of selling price. What inventory at cost should the roll-forward give at December 31, 2025, ${CENTS}?`,
      show: money,
      figures: { K, P, PR, S, SR, m, cd },
      key: roll(mul(S - SR, cost)),
      wrong: [
        [roll(frac(S - SR)), 'takes the sales out at selling price'],
        [roll(div(S - SR, add(1, pc(m)))), 'treats the margin as a markup on cost'],
        [roll(mul(S, cost)), 'leaves out the customer returns'],
        [roll(mul(S - SR, cost), 0), 'leaves out the returns to suppliers'],
        [roll(mul(S - SR, pc(m))), 'takes the margin as the cost share of sales'],
        [roll(sub(mul(S, cost), SR)), 'adds the customer returns back at selling price'],
      ],
    }
  }),
  apart('inventory-roll-back-from-a-count-after-the-year-end', (rng) => {
    const K = rng.int(300, 1500) * 1000 + rng.int(0, 999)
    const T = rng.int(10, 60) * 1000 + rng.int(0, 999)
    const P = T + rng.int(30, 150) * 1000 + rng.int(0, 999)
    const S = rng.int(150, 500) * 1000 + rng.int(0, 999)
    const SR = rng.int(3, 30) * 1000 + rng.int(0, 999)
    const mk = rng.int(25, 80)
    const cd = rng.int(7, 16)
    const up = add(1, pc(mk))
    const back = (inOut: number, cogs: Fraction) => add(K - inOut, cogs)
    if (val(div(S - SR, up)) <= P - T) rest()
    return {
      stem: `A client counted its inventory on January ${cd}, 2026, and the audit senior tested the count at ${dol(K)} at cost. Between December 31, 2025 and the count (records tested for cut-off) the client received goods from suppliers costing ${dol(P)}, including ${dol(T)} of goods a supplier shipped on December 29 FOB shipping point that arrived on January 3; it invoiced and shipped sales of ${dol(S)} at selling price; and it took back into stock ${dol(SR)}, at selling price, of goods customers returned from December sales. The client prices at a markup of ${mk}% on cost. Goods in transit are the client’s from shipment under FOB shipping point terms. What inventory at cost should the roll-back give at December 31, 2025, ${CENTS}?`,
      show: money,
      figures: { K, T, P, S, SR, mk, cd },
      key: back(P - T, div(S - SR, up)),
      wrong: [
        [back(P, div(S - SR, up)), 'takes out the goods that were in transit'],
        [back(P - T, mul(S - SR, sub(1, pc(mk)))), 'treats the markup as a margin on price'],
        [sub(add(K, P - T), div(S - SR, up)), 'rolls forward instead of back'],
        [back(P - T, frac(S - SR)), 'adds the sales back at selling price'],
        [back(P - T, div(S, up)), 'leaves out the customer returns'],
        [back(P - T, div(S + SR, up)), 'adds the customer returns instead of taking them out'],
      ],
    }
  }),
  apart('search-for-unrecorded-liabilities-in-post-year-end-payments', (rng) => {
    const L1 = rng.int(500000, 3000000)
    const X2 = rng.int(500000, 3000000)
    const X3 = rng.int(500000, 2000000)
    const U = rng.int(200000, 1200000)
    const s = rng.int(5, 15)
    const G5 = rng.int(500000, 3000000)
    const G6 = rng.int(500000, 3000000)
    const dec = 32 - s
    const found = (util: Fraction, ...xs: number[]) => add(util, ct(xs.reduce((a, b) => a + b, 0)))
    const share = (days: number) => mul(ct(U), frac(days, 31))
    return {
      stem: `In the search for unrecorded liabilities at December 31, 2025, an audit senior reviews payments made in January 2026 against the year-end accounts payable listing: (1) ${$c(L1)} for legal work done in December, invoice dated January 7, not on the listing; (2) ${$c(X2)} for a supplier invoice dated December 18, on the listing; (3) ${$c(X3)} of rent for January 2026; (4) ${$c(U)} for electricity supplied from December ${s}, 2025 to January ${s - 1}, 2026 (31 days), nothing accrued (the firm apportions such a bill by days); (5) ${$c(G5)} for goods a supplier shipped on December 29 FOB shipping point, received January 4, not on the listing; (6) ${$c(G6)} for goods shipped December 30 FOB destination, received January 5, not on the listing. Goods are the client’s from shipment under FOB shipping point terms and on delivery under FOB destination terms. What total of unrecorded liabilities does the search find, ${CENTS}?`,
      show: money,
      figures: { L1, X2, X3, U, s, G5, G6 },
      key: found(share(dec), L1, G5),
      wrong: [
        [found(share(dec), L1, X2, G5), 'counts the invoice already on the listing'],
        [found(ct(U), L1, G5), 'counts the whole electricity bill'],
        [found(share(dec), L1, G5, G6), 'also counts the goods shipped FOB destination'],
        [found(frac(0), L1, G5), 'leaves out the electricity bill'],
        [found(share(s - 1), L1, G5), 'takes the January share of the electricity bill'],
        [found(share(dec), L1), 'leaves out the goods in transit at the year end'],
      ],
    }
  }),
]
