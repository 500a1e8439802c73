import type { Rng } from '../../rng.js'
import { MONTH_NAMES as MONTHS } from '../month-names.js'
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
  rest,
  sub,
  usd,
} from './hca-text.js'

// Fee schedules and reimbursement. The slips are an index or a factor left out (one GPCI, the wage
// index, sequestration, the deductible), the practice expense RVU or fee schedule amount of the
// other setting, a percentage of another case (100 % for a secondary procedure, the physician
// assistant-at-surgery rate for a physician assistant, 100 % for a co-surgeon, 200 % for a
// bilateral procedure), a reduction ranked by the wrong amount or in claim order, the limiting
// charge taken on the full fee schedule amount, the billed charge ignored where it is lower, the
// arithmetic mean length of stay for the geometric, charges for costs, and a threshold or
// conversion factor of another year or payment system.

const money = usd(2)
/** Whole cents as dollars. */
const ct = (c: number): Fraction => frac(c, 100)
/** Whole cents as a stem writes them. */
const $ = (c: number): string => money(ct(c))
/** An amount in cents from `low` to `high` whole dollars and any cents. */
const cents = (rng: Rng, low: number, high: number): number =>
  rng.int(low, high) * 100 + rng.int(0, 99)
/** A whole percent as a rate. */
const pc = (p: number): Fraction => frac(p, 100)
/** Hundredths (RVUs) and thousandths (GPCIs) as fractions and as a stem writes them. */
const hu = (x: number): Fraction => frac(x, 100)
const huText = (x: number): string => fixed(hu(x), 2)
const th = (x: number): Fraction => frac(x, 1000)
const thText = (x: number): string => fixed(th(x), 3)
/** Ten-thousandths (wage indices, conversion factors) as fractions and as a stem writes them. */
const tt = (x: number): Fraction => frac(x, 10000)
const ttText = (x: number): string => fixed(tt(x), 4)
/** The CY 2026 conversion factor for clinicians who are not qualifying APM participants, and CY 2025's. */
const CF26 = tt(334009)
const CF25 = tt(323465)
/** What Medicare pays of an allowed amount once the deductible is met: 80 %, less 2 % sequestration. */
const PAYS = mul(pc(80), pc(98))
const SEQ =
  'Medicare pays 80 % of the allowed amount once the Part B deductible is met and reduces its payment by 2 % for sequestration'

const below = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d

/** Dates of 2026, in UTC days. */
const dayOf = (month: number, day: number, year = 2026): number =>
  Date.UTC(year, month - 1, day) / 86400000
const dateText = (d: number): string => {
  const t = new Date(d * 86400000)
  return `${MONTHS[t.getUTCMonth()]} ${t.getUTCDate()}, ${t.getUTCFullYear()}`
}
/** A time of day from minutes after midnight: 475 → `7:55 a.m.`. */
const clock = (m: number): string => {
  const h = Math.floor(m / 60)
  const mm = String(m % 60).padStart(2, '0')
  return `${h > 12 ? h - 12 : h}:${mm} ${h >= 12 ? 'p.m.' : 'a.m.'}`
}

/** The total of amounts in cents, as dollars. */
const sumCt = (xs: readonly number[]): Fraction => ct(xs.reduce((a, b) => a + b, 0))
/** The multiple procedure reduction: the largest at 100 %, every other at 50 %. */
const mppr = (xs: readonly Fraction[]): Fraction => {
  const sorted = [...xs].sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0))
  return add(sorted[0]!, mul(pc(50), add(...sorted.slice(1))))
}

export const FEES_FAMILIES: ScenarioFamily[] = [
  apart('medicare-physician-fee-schedule-amount-from-rvus-gpcis-and-setting', (rng) => {
    const w = rng.int(50, 400)
    const pf = rng.int(20, 150)
    const pn = pf + rng.int(30, 220)
    const m = rng.int(3, 40)
    const office = rng.int(0, 1)
    const gw = rng.int(1005, 1090)
    const gp = rng.int(850, 990)
    const gm = office ? rng.int(450, 950) : rng.int(1050, 1700)
    const [pe, other] = office ? [pn, pf] : [pf, pn]
    const amt = (g1: Fraction, g2: Fraction, g3: Fraction, p = pe, cf = CF26): Fraction =>
      mul(add(mul(hu(w), g1), mul(hu(p), g2), mul(hu(m), g3)), cf)
    const [W, P, M] = [th(gw), th(gp), th(gm)]
    const one = frac(1)
    const where = office
      ? 'in its own office'
      : 'in a hospital outpatient department (the practice bills only the professional service)'
    return balanced({
      stem: `A physician practice in a Medicare payment locality whose geographic practice cost indices (GPCIs) are ${thText(gw)} for work, ${thText(gp)} for practice expense and ${thText(gm)} for malpractice performs a service ${where}. The service’s relative value units are: work ${huText(w)}, non-facility practice expense ${huText(pn)}, facility practice expense ${huText(pf)}, malpractice ${huText(m)}. Using the CY 2026 conversion factor for clinicians who are not qualifying APM participants, $33.4009, what is the Medicare physician fee schedule amount for the service, ${CENTS}?`,
      show: money,
      figures: { w, pf, pn, m, gw, gp, gm, office },
      key: amt(W, P, M),
      wrong: [
        [
          amt(W, P, M, other),
          office
            ? 'uses the facility practice expense RVU for an office service'
            : 'uses the non-facility practice expense RVU for a hospital service',
        ],
        [amt(one, one, one), 'leaves out the GPCIs (the national amount)'],
        [amt(one, P, M), 'leaves out the work GPCI'],
        [amt(W, one, M), 'leaves out the practice expense GPCI'],
        [amt(W, P, one), 'leaves out the malpractice GPCI'],
        [amt(W, P, M, pe, CF25), 'uses the CY 2025 conversion factor, $32.3465'],
        [amt(W, W, W), 'applies the work GPCI to all three RVUs'],
      ],
    })
  }),
  apart('medicare-payment-after-part-b-deductible-coinsurance-and-sequestration', (rng) => {
    const A = cents(rng, 300, 650)
    const d = rng.int(20, 130)
    const R = 283 - d
    const pay = (allowed: Fraction, ded: number) => mul(PAYS, sub(allowed, ded))
    return balanced({
      stem: `A participating practice submits a Medicare Part B claim with an allowed amount of ${$(A)} for a service subject to the deductible and coinsurance. The patient had already met $${d} of the 2026 Part B deductible of $283 before this claim. Medicare pays 80 % of the allowed amount after the deductible and reduces its own payment (not the patient’s share) by 2 % for sequestration. What does Medicare pay on the claim, ${CENTS}?`,
      show: money,
      figures: { A, d },
      key: pay(ct(A), R),
      wrong: [
        [pay(ct(A), 0), 'leaves out the deductible still to be met'],
        [mul(pc(80), sub(ct(A), R)), 'leaves out the sequestration reduction'],
        [pay(ct(A), d), 'subtracts the part of the deductible already met'],
        [pay(ct(A), 283), 'subtracts the whole deductible though part was met'],
        [
          mul(pc(98), sub(mul(pc(80), ct(A)), R)),
          'takes 80 % of the allowed amount before subtracting the deductible',
        ],
        [
          sub(mul(pc(80), sub(ct(A), R)), mul(pc(2), ct(A))),
          'takes the 2 % of the allowed amount rather than of Medicare’s payment',
        ],
      ],
    })
  }),
  apart('non-participating-assigned-claim-at-the-lesser-of-charge-and-fee-schedule', (rng) => {
    // Participating amounts in multiples of 20 cents, so 95 % of each is a whole cent.
    const n1 = rng.int(400, 1000) * 20
    const n2 = rng.int(150, 500) * 20
    const n3 = rng.int(300, 900) * 20
    const f1 = n1 - rng.int(50, 200) * 20
    const f2 = n2 - rng.int(30, 100) * 20
    const f3 = n3 - rng.int(50, 200) * 20
    const u1 = Math.ceil((n1 * rng.int(120, 180)) / 10000) * 100
    const u2 = Math.floor((n2 * rng.int(70, 90)) / 10000) * 100
    const u3 = Math.ceil((n3 * rng.int(120, 180)) / 10000) * 100
    const N = [n1, n2, n3]
    const Fc = [f1, f2, f3]
    const U = [u1, u2, u3]
    const lesser = (caps: readonly number[], rate: Fraction) =>
      add(
        ...caps.map((c, i) => {
          const a = mul(ct(c), rate)
          const u = ct(U[i]!)
          return below(u, a) ? u : a
        }),
      )
    const key = mul(PAYS, lesser(N, pc(95)))
    return balanced({
      stem: `A practice that does not participate in Medicare but accepts assignment on this claim bills three services done in its office. Medicare allows a non-participating provider 95 % of the participating fee schedule amount, or the billed charge if that is lower, line by line; ${SEQ}; the deductible is already met. Line 1: billed ${$(u1)}, participating amount ${$(n1)} non-facility, ${$(f1)} facility. Line 2: billed ${$(u2)}, participating amount ${$(n2)} non-facility, ${$(f2)} facility. Line 3: billed ${$(u3)}, participating amount ${$(n3)} non-facility, ${$(f3)} facility. What does Medicare pay on the claim (worked exactly, only the total rounded to the nearest cent, a half rounded up)?`,
      show: money,
      figures: { n1, n2, n3, f1, f2, f3, u1, u2, u3 },
      key,
      wrong: [
        [mul(PAYS, lesser(N, frac(1))), 'pays the participating amounts'],
        [mul(PAYS, mul(pc(95), sumCt(N))), 'ignores the lower billed charge on line 2'],
        [mul(PAYS, lesser(N, frac(437, 400))), 'allows up to the limiting charge'],
        [mul(PAYS, lesser(Fc, pc(95))), 'uses the facility amounts for office services'],
        [
          mul(PAYS, pc(95), lesser(N, frac(1))),
          'takes 95 % of the lesser of the billed charge and the participating amount',
        ],
        [
          mul(pc(75), pc(98), lesser(N, frac(1))),
          'adds the 5 % reduction to the 20 % coinsurance and pays 75 % of the participating amounts',
        ],
      ],
    })
  }),
  apart('non-participating-unassigned-claim-patient-cost-after-medicare-reimbursement', (rng) => {
    // The participating amount in multiples of $4, so the limiting charge is a whole cent.
    const f = rng.int(30, 130) * 400
    const R = rng.int(10, 120)
    const U = Math.ceil((f * rng.int(125, 170)) / 10000) * 100
    const F = ct(f)
    const lc = mul(F, pc(95), pc(115))
    const back = (base: Fraction, ded: number) => mul(PAYS, sub(base, ded))
    const np = mul(F, pc(95))
    const key = sub(lc, back(np, R))
    return balanced({
      stem: `A Medicare patient sees a physician who does not participate in Medicare and does not accept assignment. The participating fee schedule amount for the service is ${$(f)}; the physician’s usual charge is ${$(U)}. A non-participating physician’s fee schedule amount is 95 % of the participating amount, and on an unassigned claim the physician may charge at most the limiting charge, 115 % of that non-participating amount; the physician collects that maximum from the patient. Medicare then pays the patient 80 % of the non-participating amount after the deductible ($${R} of the 2026 Part B deductible remains) and reduces that payment by 2 % for sequestration. What does the visit cost the patient after Medicare’s payment, ${CENTS}?`,
      show: money,
      figures: { f, R, U },
      key,
      wrong: [
        [lc, 'leaves out Medicare’s payment to the patient'],
        [
          sub(mul(F, pc(115)), back(np, R)),
          'takes the limiting charge as 115 % of the participating amount',
        ],
        [sub(ct(U), back(np, R)), 'charges the physician’s usual fee'],
        [sub(lc, back(F, R)), 'figures Medicare’s payment on the participating amount'],
        [sub(lc, back(np, 0)), 'leaves out the deductible still to be met'],
        [
          add(R, mul(pc(20), sub(np, R))),
          'gives the deductible and coinsurance of an assigned claim',
        ],
      ],
    })
  }),
  apart('multiple-surgery-allowed-amount-ranked-by-fee-schedule-amount', (rng) => {
    const top = cents(rng, 700, 1500)
    const mid = top - cents(rng, 100, 400)
    const low = mid - cents(rng, 80, 300)
    if (low < 15000) rest()
    // Line 0 is listed first but is not the highest; the highest billed charge is on the other line.
    const h = rng.int(1, 2)
    const b = 3 - h
    const first = rng.int(0, 1) ? mid : low
    const f = [0, 0, 0]
    f[0] = first
    f[h] = top
    f[b] = first === mid ? low : mid
    const B = f.map((x) => Math.round((x * rng.int(160, 230)) / 10000) * 100)
    B[b] = Math.max(...B) + rng.int(20, 150) * 100
    const F = f.map(ct)
    const others = (i: number) => add(...F.filter((_, j) => j !== i))
    const at = (i: number) => add(F[i]!, mul(pc(50), others(i)))
    const key = at(h)
    return balanced({
      stem: `A surgeon performs three procedures in one operative session in a hospital and lists them on the claim in this order: procedure A (billed ${$(B[0]!)}, Medicare facility fee schedule amount ${$(f[0]!)}), procedure B (billed ${$(B[1]!)}, fee schedule amount ${$(f[1]!)}) and procedure C (billed ${$(B[2]!)}, fee schedule amount ${$(f[2]!)}). All three carry Medicare’s standard multiple procedure indicator: the procedure with the highest fee schedule amount is allowed at 100 % and each other at 50 %. What is the total Medicare allowed amount for the three procedures, ${CENTS}?`,
      show: money,
      figures: { f0: f[0]!, f1: f[1]!, f2: f[2]!, B0: B[0]!, B1: B[1]!, B2: B[2]! },
      key,
      wrong: [
        [add(...F), 'allows every procedure at 100 %'],
        [add(ct(top), ct(mid), mul(pc(50), ct(low))), 'allows the second procedure at 100 % too'],
        [mppr(B.map(ct)), 'applies the reduction to the billed charges'],
        [at(0), 'allows the first procedure listed at 100 %'],
        [at(b), 'ranks the procedures by billed charge'],
        [
          add(ct(top), mul(pc(50), ct(mid)), mul(pc(25), ct(low))),
          'halves again for the third procedure (100 %, 50 %, 25 %)',
        ],
      ],
    })
  }),
  apart('bilateral-procedure-at-150-percent-ranked-with-another-procedure', (rng) => {
    const a = cents(rng, 300, 900)
    const b = Math.round((a * rng.int(108, 142)) / 100)
    const A = ct(a)
    const Bv = ct(b)
    const key = add(mul(pc(150), A), mul(pc(50), Bv))
    return balanced({
      stem: `A surgeon performs, in one session, a procedure on both sides (reported once with modifier 50; Medicare facility fee schedule amount ${$(a)} for one side) and a different procedure (fee schedule amount ${$(b)}). Medicare allows a bilateral procedure with bilateral indicator 1 at 150 % of its one-side amount, and that adjusted amount is then ranked with the other procedure for the multiple procedure reduction (100 % for the higher amount, 50 % for the other). The billed charges exceed these amounts. What is the total Medicare allowed amount, ${CENTS}?`,
      show: money,
      figures: { a, b },
      key,
      wrong: [
        [add(mul(2, A), mul(pc(50), Bv)), 'allows the bilateral procedure at 200 %'],
        [add(mul(pc(150), A), Bv), 'leaves out the multiple procedure reduction'],
        [add(Bv, A), 'treats each side as a separate procedure under the reduction'],
        [add(Bv, mul(pc(50), A)), 'allows the bilateral procedure at 100 %'],
        [add(Bv, mul(pc(50), pc(150), A)), 'ranks on the one-side amounts before the 150 %'],
        [mul(pc(80), key), 'gives Medicare’s 80 % share, not the allowed amount'],
      ],
    })
  }),
  apart('physician-assistant-as-assistant-at-surgery-allowed-amount', (rng) => {
    const lo = cents(rng, 400, 1100)
    const hi = lo + cents(rng, 150, 900)
    const b1 = Math.round((lo * rng.int(170, 240)) / 10000) * 100
    const b2 = Math.round((hi * rng.int(170, 240)) / 10000) * 100
    const rate = mul(pc(16), pc(85))
    const both = add(ct(hi), mul(pc(50), ct(lo)))
    const key = mul(rate, both)
    return balanced({
      stem: `A physician assistant assists at surgery (modifier AS) on two procedures. On the claim the first line is a procedure with a Medicare fee schedule amount of ${$(lo)} (surgeon’s billed charge ${$(b1)}) and the second a procedure with a fee schedule amount of ${$(hi)} (billed ${$(b2)}). Medicare allows an assistant at surgery 16 % of the fee schedule amount of each procedure, and a physician assistant billing as assistant at surgery 85 % of that; the multiple procedure reduction applies to the assistant’s claim as to the surgeon’s (100 % for the procedure with the higher amount, 50 % for the other). What is the total Medicare allowed amount for the physician assistant’s services, ${CENTS}?`,
      show: money,
      figures: { lo, hi, b1, b2 },
      key,
      wrong: [
        [
          mul(pc(16), both),
          'allows the physician’s 16 % without the 85 % for a physician assistant',
        ],
        [mul(rate, add(ct(lo), ct(hi))), 'leaves out the multiple procedure reduction'],
        [mul(rate, mppr([ct(b1), ct(b2)])), 'applies the percentages to the billed charges'],
        [mul(rate, add(ct(lo), mul(pc(50), ct(hi)))), 'allows the first line at 100 %'],
        [mul(rate, ct(hi)), 'allows only the procedure with the higher amount'],
        [mul(pc(80), key), 'gives Medicare’s 80 % share, not the allowed amount'],
      ],
    })
  }),
  apart('co-surgeons-medicare-payment-each-at-62-5-percent', (rng) => {
    const lo = cents(rng, 500, 1300)
    const hi = lo + cents(rng, 200, 1200)
    const both = add(ct(hi), mul(pc(50), ct(lo)))
    const share = frac(625, 1000)
    const key = mul(PAYS, share, both)
    return balanced({
      stem: `Two surgeons of different specialties perform two procedures as co-surgeons, each reporting both with modifier 62. The first procedure listed has a Medicare facility fee schedule amount of ${$(lo)} and the second ${$(hi)}. Medicare allows each co-surgeon 62.5 % of each procedure’s amount after the multiple procedure reduction (100 % for the procedure with the higher amount, 50 % for the other). ${SEQ}; the deductible is met. What does Medicare pay each surgeon, ${CENTS}?`,
      show: money,
      figures: { lo, hi },
      key,
      wrong: [
        [mul(PAYS, pc(50), both), 'splits the amount 50/50 between the surgeons'],
        [
          mul(PAYS, frac(3125, 10000), both),
          'halves the amount before taking 62.5 % for each surgeon',
        ],
        [
          mul(PAYS, share, add(ct(lo), mul(pc(50), ct(hi)))),
          'allows the first procedure listed at 100 %',
        ],
        [mul(PAYS, share, add(ct(lo), ct(hi))), 'leaves out the multiple procedure reduction'],
        [mul(share, both), 'gives the allowed amount, not Medicare’s payment'],
        [mul(PAYS, both), 'pays each surgeon the full amount'],
      ],
    })
  }),
  apart('percent-of-medicare-contract-with-lesser-of-and-modifier-52', (rng) => {
    const X = rng.int(22, 32) * 5
    const n1 = cents(rng, 90, 250)
    const n2 = cents(rng, 40, 140)
    const n3 = cents(rng, 150, 500)
    const f1 = n1 - cents(rng, 15, 60)
    const f2 = n2 - cents(rng, 8, 30)
    const f3 = n3 - cents(rng, 20, 90)
    const c = (n: number) => mul(pc(X), ct(n))
    const b1 = Math.ceil((n1 * X * rng.int(115, 160)) / 1000000) * 100
    // Line 2's charge lies between the Medicare amount and the contract rate.
    const b2 = Math.round((n2 * (100 + ((X - 100) * rng.int(25, 75)) / 100)) / 10000) * 100
    const b3 = Math.ceil((n3 * X * rng.int(115, 160)) / 1000000) * 100
    if (!below(ct(n2), ct(b2)) || !below(ct(b2), c(n2))) rest()
    const key = add(c(n1), ct(b2), mul(pc(50), c(n3)))
    const lesser = (x: Fraction, bill: number) => (below(ct(bill), x) ? ct(bill) : x)
    return balanced({
      stem: `A commercial plan’s contract pays a practice ${X} % of the current Medicare participating fee schedule amount for its locality, or the billed charge if that is lower, line by line; a line with modifier 52 (reduced services) is paid at 50 % of its contract rate (the plan’s policy, as stated for this exercise). A claim for services in the practice’s office: line 1, billed ${$(b1)}, Medicare amount ${$(n1)} non-facility and ${$(f1)} facility; line 2, billed ${$(b2)}, Medicare amount ${$(n2)} non-facility and ${$(f2)} facility; line 3 with modifier 52, billed ${$(b3)}, Medicare amount ${$(n3)} non-facility and ${$(f3)} facility. What is the plan’s total allowed amount for the claim (worked exactly, only the total rounded to the nearest cent, a half rounded up)?`,
      show: money,
      figures: { X, n1, n2, n3, f1, f2, f3, b1, b2, b3 },
      key,
      wrong: [
        [add(c(n1), c(n2), mul(pc(50), c(n3))), 'ignores the lower billed charge on line 2'],
        [add(c(n1), ct(b2), c(n3)), 'pays the modifier 52 line in full'],
        [add(ct(b1), ct(b2), mul(pc(50), ct(b3))), 'pays the billed charges'],
        [
          add(ct(n1), ct(n2), mul(pc(50), ct(n3))),
          'pays the Medicare amounts without the contract percentage',
        ],
        [
          add(c(f1), lesser(c(f2), b2), mul(pc(50), c(f3))),
          'uses the Medicare facility amounts for office services',
        ],
        [
          add(c(n1), ct(b2), mul(pc(50), ct(n3))),
          'pays the modifier 52 line at 50 % of the Medicare amount',
        ],
      ],
    })
  }),
  apart('inpatient-ms-drg-operating-payment-with-the-wage-index', (rng) => {
    const S = rng.int(640000, 720000)
    const wi = rng.int(0, 1) ? rng.int(10250, 13500) : rng.int(8400, 9750)
    const mcc = rng.int(17000, 26000)
    const cc = mcc - rng.int(4000, 8000)
    const none = cc - rng.int(2000, 4000)
    const cap = rng.int(400, 900)
    if (none < 5000) rest()
    const L = wi > 10000 ? pc(66) : pc(62)
    const L2 = wi > 10000 ? pc(62) : pc(66)
    const WI = tt(wi)
    const pay = (share: Fraction, rw: number) =>
      mul(ct(S), add(mul(share, WI), sub(1, share)), tt(rw))
    return balanced({
      stem: `A hospital in a wage area with a wage index of ${ttText(wi)} discharges a Medicare inpatient grouped to the MS-DRG "with CC" of a family whose relative weights are ${ttText(mcc)} (with MCC), ${ttText(cc)} (with CC) and ${ttText(none)} (without CC/MCC). As stated for this exercise: the operating standardized amount is ${$(S)}; its labor-related share (federal fiscal year 2026: 66 % where the wage index is above 1.0000, 62 % where it is 1.0000 or below) is multiplied by the wage index, the rest is not; the result times the relative weight is the DRG operating payment, without outlier or add-on payments. The hospital’s capital payment for the case, $${cap}, is paid separately. What is the DRG operating payment, ${CENTS}?`,
      show: money,
      figures: { S, wi, mcc, cc, none, cap },
      key: pay(L, cc),
      wrong: [
        [mul(ct(S), tt(cc)), 'leaves out the wage index'],
        [mul(ct(S), WI, tt(cc)), 'applies the wage index to the whole standardized amount'],
        [pay(L2, cc), 'uses the labor-related share of the other wage index case'],
        [pay(L, mcc), 'uses the relative weight of the DRG with MCC'],
        [pay(L, none), 'uses the relative weight of the DRG without CC/MCC'],
        [
          mul(ct(S), add(L, mul(sub(1, L), WI)), tt(cc)),
          'applies the wage index to the non-labor share',
        ],
        [add(pay(L, cc), cap), 'adds the capital payment'],
      ],
    })
  }),
  apart('inpatient-cost-outlier-payment-above-the-fixed-loss-threshold', (rng) => {
    const P = rng.int(8000, 30000)
    const ccr = rng.int(220, 450)
    const T26 = 40397
    const T25 = 46217
    const cost = Math.ceil(1.25 * (P + T26)) + rng.int(6000, 60000)
    const C = Math.ceil((cost * 1000) / ccr)
    const cst = mul(C, th(ccr))
    const mon = rng.pick([10, 11, 12])
    const key = mul(pc(80), sub(cst, P + T26))
    return balanced({
      stem: `A hospital discharges a Medicare inpatient on ${MONTHS[mon - 1]} ${rng.int(3, 27)}, 2025. The claim has covered charges of $${C.toLocaleString('en-US')}, the hospital’s cost-to-charge ratio is ${thText(ccr)} and the MS-DRG operating payment (without outlier) is $${P.toLocaleString('en-US')}. As stated for this exercise: the case’s cost is its charges times the cost-to-charge ratio, and Medicare pays an outlier payment of 80 % of the cost above the outlier threshold, which is the DRG payment plus the fixed-loss amount: $40,397 for discharges in federal fiscal year 2026 (October 1, 2025 to September 30, 2026) and $46,217 in fiscal year 2025. What is the outlier payment, ${CENTS}?`,
      show: money,
      figures: { P, ccr, C },
      key,
      wrong: [
        [sub(cst, P + T26), 'pays 100 % of the cost above the threshold'],
        [mul(pc(80), sub(cst, T26)), 'leaves the DRG payment out of the threshold'],
        [
          mul(pc(80), th(ccr), sub(C, P + T26)),
          'applies the cost-to-charge ratio to the charges above the threshold',
        ],
        [
          sub(mul(pc(80), cst), P + T26),
          'takes 80 % of the whole cost, then subtracts the threshold',
        ],
        [mul(pc(80), sub(cst, P + T25)), 'uses the fiscal year 2025 fixed-loss amount'],
        [
          sub(mul(pc(80), sub(cst, P)), T26),
          'takes 80 % of the cost above the DRG payment, then subtracts the fixed-loss amount',
        ],
      ],
    })
  }),
  apart('post-acute-transfer-per-diem-payment-under-the-drg', (rng) => {
    const P = cents(rng, 9000, 40000)
    const g = rng.int(65, 110)
    const a = g + rng.int(5, 20)
    const L = rng.int(3, Math.floor((g - 1) / 20))
    const m = rng.int(1, 11)
    const d0 = rng.int(1, 20)
    const admit = dayOf(m, d0)
    const pd = (len: number) => div(ct(P), frac(len, 10))
    return balanced({
      stem: `A hospital admits a Medicare patient on ${dateText(admit)} and transfers them to a skilled nursing facility on ${dateText(admit + L)}, under the post-acute care transfer policy. The full MS-DRG payment for the case would be ${$(P)}; the DRG’s geometric mean length of stay is ${fixed(frac(g, 10), 1)} days and its arithmetic mean length of stay ${fixed(frac(a, 10), 1)} days. The transferring hospital is paid a per diem (the full payment ÷ the geometric mean length of stay) for each day of the stay, with the per diem paid twice for the first day, up to the full payment; the stay’s days count the admission date and not the transfer date. What is the transfer payment, ${CENTS}?`,
      show: money,
      figures: { P, g, a, L, m, d0 },
      key: mul(pd(g), L + 1),
      wrong: [
        [mul(pd(g), L), 'leaves out the second per diem for the first day'],
        [mul(pd(a), L + 1), 'divides by the arithmetic mean length of stay'],
        [mul(pd(a), L), 'divides by the arithmetic mean and pays the first day once'],
        [ct(P), 'pays the full DRG amount'],
        [mul(pd(g), L + 2), 'counts the transfer date as a day of the stay'],
        [mul(pd(g), 2 * L), 'pays the per diem twice for every day'],
      ],
    })
  }),
  apart('capitation-monthly-payment-with-withhold-and-retroactive-recoupment', (rng) => {
    const ra = cents(rng, 28, 60)
    const rc = cents(rng, 12, 27)
    const na = rng.int(600, 2400)
    const nc = rng.int(300, 1500)
    const t = rng.int(8, 40)
    const nn = rng.int(10, 60)
    const k = rng.int(5, 30)
    const w = rng.int(5, 15)
    const keep = sub(1, pc(w))
    const roster = (adults: number) => add(mul(adults, ct(ra)), mul(nc, ct(rc)))
    const key = mul(sub(roster(na), mul(k, ct(ra))), keep)
    return balanced({
      stem: `A primary care practice is paid capitation by a health plan: ${$(ra)} per member per month for adult members and ${$(rc)} for child members, for every member eligible on the first day of the month, less a ${w} % withhold. On the first of this month the practice’s roster has ${na.toLocaleString('en-US')} adults and ${nc.toLocaleString('en-US')} children; ${t} of those adults leave the plan during the month, and ${nn} new adults join effective the 15th. The plan also retroactively terminates ${k} adults as of the first of last month, none of them on this month’s roster, and recoups from this month’s check what it paid for them last month (capitation net of the withhold). What is this month’s capitation check, ${CENTS}?`,
      show: money,
      figures: { ra, rc, na, nc, t, nn, k, w },
      key,
      wrong: [
        [sub(roster(na), mul(k, ct(ra))), 'leaves out the withhold'],
        [mul(roster(na), keep), 'leaves out the recoupment'],
        [
          mul(sub(roster(na + nn), mul(k, ct(ra))), keep),
          'pays for the adults who joined mid-month',
        ],
        [
          sub(mul(roster(na), keep), mul(k, ct(ra))),
          'recoups the full rate, not what was paid net of the withhold',
        ],
        [
          mul(sub(roster(na - t), mul(k, ct(ra))), keep),
          'drops the adults who left during the month',
        ],
        [
          mul(sub(roster(na), mul(2 * k, ct(ra))), keep),
          'also recoups this month for the terminated members',
        ],
      ],
    })
  }),
  apart('capitation-effective-revenue-per-capitated-visit', (rng) => {
    const c = cents(rng, 22, 48)
    const m1 = rng.int(1500, 4000)
    const m2 = m1 + rng.int(15, 120)
    const m3 = m2 + rng.int(15, 120)
    const V = rng.int(1500, 3500)
    const T = rng.int(150, 600)
    const Vf = rng.int(150, 700)
    const Ff = cents(rng, 4000, 20000)
    const w = rng.int(5, 15)
    const cap = mul(ct(c), m1 + m2 + m3)
    const key = div(cap, V + T)
    return balanced({
      stem: `A practice receives capitation of ${$(c)} per member per month covering its office and telehealth visits. In the quarter its membership was ${m1.toLocaleString('en-US')}, ${m2.toLocaleString('en-US')} and ${m3.toLocaleString('en-US')} in the three months; it saw capitated patients in ${V.toLocaleString('en-US')} office visits and ${T.toLocaleString('en-US')} telehealth visits, and billed ${Vf.toLocaleString('en-US')} vaccine-only nurse visits fee-for-service outside the capitation, for ${$(Ff)}. The plan withholds ${w} % of capitation until year end; the practice measures capitation earned before the withhold. What was the capitation revenue per capitated visit in the quarter, ${CENTS}?`,
      show: money,
      figures: { c, m1, m2, m3, V, T, Vf, Ff, w },
      key,
      wrong: [
        [div(add(cap, ct(Ff)), V + T), 'adds the fee-for-service revenue'],
        [div(mul(ct(c), 3 * m3), V + T), 'counts the last month’s membership for all three months'],
        [div(cap, V), 'leaves out the telehealth visits'],
        [div(cap, V + T + Vf), 'counts the vaccine-only visits paid outside the capitation'],
        [
          div(mul(ct(c), 3 * m1), V + T),
          'counts the first month’s membership for all three months',
        ],
        [div(mul(cap, sub(1, pc(w))), V + T), 'takes the withhold off'],
      ],
    })
  }),
  apart('anesthesia-allowed-amount-from-base-and-time-units', (rng) => {
    const b = rng.int(3, 15)
    const start = rng.int(7 * 60, 11 * 60 + 30)
    const M = rng.int(40, 300)
    if (M % 15 === 0) rest()
    const pre = rng.int(10, 25)
    const cf = rng.int(195000, 235000)
    const CF = tt(cf)
    const tenths = (mins: number) => frac(Math.floor((mins * 20 + 15) / 30), 10)
    const key = mul(add(b, tenths(M)), CF)
    return balanced({
      stem: `An anesthesiologist personally performs the anesthesia (modifier AA) for a procedure whose anesthesia code has ${b} base units. The pre-anesthesia evaluation began at ${clock(start - pre)}; anesthesia time began at ${clock(start)}, when the anesthesiologist began preparing the patient for induction in the operating room, and ended at ${clock(start + M)}, when the patient was handed over to postoperative care. Medicare’s time units are the anesthesia minutes ÷ 15, rounded to one decimal place (a half rounded up), and the allowed amount is (base units + time units) × the anesthesia conversion factor, here the locality’s $${ttText(cf)} (as stated for this exercise). What is the Medicare allowed amount, ${CENTS}?`,
      show: money,
      figures: { b, start, M, pre, cf },
      key,
      wrong: [
        [mul(add(b, Math.ceil(M / 15)), CF), 'rounds the time up to whole 15-minute units'],
        [
          mul(add(b, tenths(M + pre)), CF),
          'counts the pre-anesthesia evaluation as anesthesia time',
        ],
        [mul(add(b, tenths(M)), CF26), 'uses the physician fee schedule conversion factor'],
        [mul(add(b, Math.floor(M / 15)), CF), 'counts only whole 15-minute units'],
        [mul(tenths(M), CF), 'leaves out the base units'],
        [mul(pc(50), key), 'allows 50 %, as for a medically directed service'],
      ],
    })
  }),
  apart('multiple-endoscopy-in-one-family-less-the-base-endoscopy', (rng) => {
    const B = cents(rng, 160, 230)
    const a1 = B + cents(rng, 15, 60)
    const a2 = a1 + cents(rng, 20, 70)
    const Bn = B + cents(rng, 150, 350)
    const a1n = a1 + (Bn - B) + cents(rng, 10, 60)
    const a2n = a2 + (Bn - B) + cents(rng, 10, 60)
    const key = add(ct(a2), sub(ct(a1), ct(B)))
    return balanced({
      stem: `A gastroenterologist performs a colonoscopy in a hospital outpatient department and reports 45380 (with biopsy) and 45385 (with snare removal of a lesion), both in the family of the base endoscopy 45378 (diagnostic colonoscopy). Medicare fee schedule amounts, facility and non-facility: 45378 ${$(B)} and ${$(Bn)}; 45380 ${$(a1)} and ${$(a1n)}; 45385 ${$(a2)} and ${$(a2n)}. Under Medicare’s rule for endoscopies in one family, the highest-valued endoscopy is allowed in full and each other at its fee schedule amount less that of the base endoscopy. What is the total Medicare allowed amount for the two codes, ${CENTS}?`,
      show: money,
      figures: { B, a1, a2, Bn, a1n, a2n },
      key,
      wrong: [
        [
          add(ct(a2), mul(pc(50), ct(a1))),
          'applies the standard 50 % multiple procedure reduction',
        ],
        [add(ct(a1), ct(a2)), 'leaves out the reduction'],
        [add(ct(a2n), sub(ct(a1n), ct(Bn))), 'uses the non-facility amounts'],
        [sub(add(ct(a1), ct(a2)), mul(2, ct(B))), 'subtracts the base endoscopy from both codes'],
        [
          add(ct(a2), mul(pc(50), sub(ct(a1), ct(B)))),
          'allows half of the second code’s value above the base',
        ],
        [ct(a2), 'allows only the highest-valued endoscopy'],
      ],
    })
  }),
  apart('imaging-multiple-procedure-reduction-on-technical-and-professional-components', (rng) => {
    const t1 = cents(rng, 240, 360)
    const t2 = t1 - cents(rng, 15, 60)
    const t3 = t2 - cents(rng, 15, 60)
    // The study with the highest technical component is not the one with the highest professional
    // component, so ranking each component by its own amount matters.
    const ps = [cents(rng, 35, 75), cents(rng, 35, 75), cents(rng, 35, 75)].sort((x, y) => y - x)
    const p = rng.int(0, 1) ? [ps[1]!, ps[0]!, ps[2]!] : [ps[2]!, ...rng.shuffle([ps[0]!, ps[1]!])]
    if (ps[0] === ps[1]) rest()
    const t = [t1, t2, t3]
    const order = rng.shuffle([0, 1, 2])
    const T = order.map((i) => t[i]!)
    const Pc = order.map((i) => p[i]!)
    const sorted = (xs: readonly number[]) => [...xs].sort((x, y) => y - x).map(ct)
    const reduce = (xs: readonly number[], rest1: Fraction, rest2 = rest1) => {
      const [x, y, z] = sorted(xs)
      return add(x!, mul(rest1, y!), mul(rest2, z!))
    }
    const G = T.map((x, i) => x + Pc[i]!)
    const key = add(reduce(T, pc(50)), reduce(Pc, pc(95)))
    return balanced({
      stem: `An imaging center owned by a radiology practice performs three CT studies on one patient in one session and bills each globally. Medicare fee schedule amounts, technical component and professional component: study A ${$(T[0]!)} and ${$(Pc[0]!)}; study B ${$(T[1]!)} and ${$(Pc[1]!)}; study C ${$(T[2]!)} and ${$(Pc[2]!)}. Medicare’s multiple procedure reduction for imaging allows the highest technical component in full and each other at 50 %, and the highest professional component in full and each other at 95 %, each component ranked by its own amount. What is the total Medicare allowed amount, ${CENTS}?`,
      show: money,
      figures: { tA: T[0]!, tB: T[1]!, tC: T[2]!, pA: Pc[0]!, pB: Pc[1]!, pC: Pc[2]! },
      key,
      wrong: [
        [add(...G.map(ct)), 'leaves out the reduction'],
        [add(reduce(T, pc(50)), sumCt(Pc)), 'leaves the professional components unreduced'],
        [add(reduce(T, pc(95)), reduce(Pc, pc(50))), 'swaps the two reductions'],
        [reduce(G, pc(50)), 'takes 50 % off the whole global amount of the other studies'],
        [
          add(reduce(T, pc(50)), reduce(Pc, pc(50))),
          'takes 50 % off the other professional components too',
        ],
        [
          add(reduce(T, pc(50), pc(25)), reduce(Pc, pc(95))),
          'halves again for the third technical component',
        ],
      ],
    })
  }),
  apart('postoperative-care-only-share-of-a-global-surgery-fee', (rng) => {
    const F = cents(rng, 800, 2200)
    const pre = rng.int(8, 12)
    const post = rng.int(10, 22)
    const intra = 100 - pre - post
    const m = rng.int(1, 6)
    const surgery = dayOf(m, rng.int(1, 28))
    const k = rng.int(6, 35)
    const days = 90 - k + 1
    const share = mul(ct(F), pc(post))
    const key = mul(share, frac(days, 90))
    return balanced({
      stem: `A surgeon operates on ${dateText(surgery)} (a procedure with a 90-day global period, Medicare facility fee schedule amount ${$(F)}; pre-operative ${pre} %, intra-operative ${intra} %, post-operative ${post} %) and then transfers the patient’s post-operative care to another physician, who assumes it on ${dateText(surgery + k)} and bills with modifier 55. The global period ends on ${dateText(surgery + 90)}. Medicare pays the physician who furnishes only post-operative care the post-operative share pro-rated by the days of that care out of the 90-day global period, counting from the date care was assumed through the end of the global period, both dates included. What is that physician’s allowed amount, ${CENTS}?`,
      show: money,
      figures: { F, pre, post, m, k, surgery },
      key,
      wrong: [
        [share, 'allows the whole post-operative share'],
        [mul(ct(F), pc(pre + intra)), 'gives the surgeon’s share (modifier 54)'],
        [mul(ct(F), pc(pre + post), frac(days, 90)), 'adds the pre-operative share'],
        [mul(pc(80), key), 'gives Medicare’s 80 % share, not the allowed amount'],
        [mul(share, frac(90 - days, 90)), 'pro-rates on the days before care was assumed'],
        [mul(pc(50), share), 'splits the post-operative share evenly'],
      ],
    })
  }),
]
