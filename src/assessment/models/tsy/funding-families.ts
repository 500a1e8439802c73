import type { ScenarioFamily } from '../scenario/scenario-model.js'
import {
  add,
  an,
  apart,
  CENTS,
  cap,
  div,
  dol,
  type Fraction,
  fixed,
  frac,
  mul,
  pct2,
  sub,
  usd,
} from './tsy-text.js'

// Funding and bank facilities. The slips are a fee charged on the whole facility, the drawn or
// the undrawn part when the terms name the other, an opening, closing or peak balance taken for
// the daily average, a 365-day year for an actual/360 market (or a quarter taken as a quarter of
// a year), a day counted twice at the ends of a period, a base rate of another tenor, a spread
// adjustment, margin, minimum or fixed fee left out or counted twice, a covenant level of another
// test date, a gross figure where the definition nets one (or the reverse), and an ineligible
// item counted in.

const money = usd(2)
const PCT2 = 'as a percentage to two decimal places (a half rounded up)'
const X2 = 'to two decimal places (a half rounded up)'
/** Basis points as a stem writes the rate: 35 → `0.35%`. */
const bpText = (b: number): string => `${fixed(frac(b, 100), 2)}%`
/** A ratio drawn in hundredths: 350 → `3.50x`. */
const times = (h: number): string => `${fixed(frac(h, 100), 2)}x`
const ratio = (x: Fraction): string => `${fixed(x, 2)}x`
/** `amount` at `b` basis points a year for `days` over a `basis`-day year. */
const acc = (amount: number | Fraction, b: number, days: number, basis: number): Fraction =>
  mul(amount, frac(b * days, 10000 * basis))

/** Calendar quarters of 91 or 92 days, so a quarter of a year is never the actual/360 fraction. */
const QUARTERS: readonly (readonly [string, number])[] = [
  ['April 1 to June 30, 2026', 91],
  ['July 1 to September 30, 2026', 92],
  ['October 1 to December 31, 2026', 92],
]

export const FUNDING_FAMILIES: ScenarioFamily[] = [
  apart('commitment-fee-on-the-average-undrawn-amount-for-a-quarter', (rng) => {
    const L = rng.int(8, 30) * 5_000_000
    const D = (L / 100) * rng.int(20, 60)
    const S = D - rng.int(3, 10) * 250_000
    const E = D + rng.int(3, 10) * 250_000
    const c = rng.pick([25, 30, 35, 40, 45, 50])
    const [q, d] = rng.pick(QUARTERS)
    return {
      stem: `A company has ${an(dol(L))} revolving credit facility. The commitment fee is ${bpText(c)} a year on the undrawn amount, measured on the average daily drawn balance over the quarter, actual/360, paid quarterly in arrears. For the quarter ${q} (${d} days) the drawn balance was ${dol(S)} at the start, ${dol(E)} at the end and averaged ${dol(D)} over the days. What commitment fee is due for the quarter, ${CENTS}?`,
      show: money,
      figures: { L, D, S, E, c, d },
      key: acc(L - D, c, d, 360),
      wrong: [
        [acc(L, c, d, 360), 'charges the fee on the whole facility'],
        [acc(L - S, c, d, 360), 'uses the undrawn amount at the start of the quarter'],
        [acc(L - D, c, d + 1, 360), 'counts both the first and the last day'],
        [acc(L - E, c, d, 360), 'uses the undrawn amount at the end of the quarter'],
        [acc(L - D, c, d, 365), 'uses a 365-day year'],
        [frac((L - D) * c, 40000), 'takes a quarter of the annual fee'],
      ],
    }
  }),
  apart('utilisation-fee-at-the-band-of-the-drawn-share', (rng) => {
    const L = rng.int(10, 40) * 3_000_000
    const u = rng.pick([41, 43, 45, 47, 52, 54, 56, 58, 61, 63])
    const D = (L / 100) * u
    const P = D + (L / 50) * rng.int(2, 8)
    const [q, d] = rng.pick(QUARTERS)
    return {
      stem: `${cap(an(dol(L)))} revolving credit facility charges a utilisation fee, actual/360, on the whole average drawn amount at the rate of the band the utilisation reaches: 0.10% a year when average drawings are one third or less of the commitments, 0.20% when they are over one third and up to two thirds, and 0.40% when they are over two thirds. In the quarter ${q} (${d} days) drawings averaged ${dol(D)} and peaked at ${dol(P)}. What utilisation fee is due for the quarter, ${CENTS}?`,
      show: money,
      figures: { L, D, P, d },
      key: acc(D, 20, d, 360),
      wrong: [
        [acc(L, 20, d, 360), 'charges the fee on the whole facility'],
        [acc(D, 40, d, 360), 'measures utilisation against the undrawn amount'],
        [acc(P, 20, d, 360), 'uses the peak drawn balance'],
        [acc(D, 10, d, 360), 'takes the lowest band'],
        [
          add(acc(L / 3, 10, d, 360), acc(D - L / 3, 20, d, 360)),
          'charges each band only on the slice within it',
        ],
        [acc(D, 20, d, 365), 'uses a 365-day year'],
      ],
    }
  }),
  apart('drawn-interest-at-term-sofr-plus-spread-adjustment-and-margin', (rng) => {
    const A = rng.int(10, 80) * 500_000
    const s3 = rng.int(380, 460)
    const s1 = s3 - rng.int(2, 9)
    const s6 = s3 + rng.int(2, 9)
    const m = rng.pick([125, 150, 175, 200, 225])
    const c = rng.pick([30, 35, 40, 50])
    const [p, d] = rng.pick([
      ['March 16 to June 16, 2026', 92],
      ['June 16 to September 16, 2026', 92],
      ['September 16 to December 16, 2026', 91],
    ] as const)
    return {
      stem: `A company draws ${dol(A)} under its revolving credit facility for the three-month interest period ${p} (${d} days). A drawing pays Term SOFR for the period’s tenor plus a credit spread adjustment of 0.10% plus a margin of ${bpText(m)}, actual/360, at the end of the period; a commitment fee of ${bpText(c)} a year is charged on the undrawn amount only. On the fixing date Term SOFR was ${bpText(s1)} for one month, ${bpText(s3)} for three months and ${bpText(s6)} for six months. What interest is due on the drawing at the end of the period, ${CENTS}?`,
      show: money,
      figures: { A, s1, s3, s6, m, c, d },
      key: acc(A, s3 + 10 + m, d, 360),
      wrong: [
        [acc(A, s6 + 10 + m, d, 360), 'uses the six-month rate'],
        [acc(A, s3 + 10 + m, d + 1, 360), 'counts both the first and the last day'],
        [acc(A, s3 + 10 + m + c, d, 360), 'adds the commitment fee to the drawn rate'],
        [acc(A, s3 + m, d, 360), 'leaves out the credit spread adjustment'],
        [acc(A, s3 + 10 + m, d, 365), 'uses a 365-day year'],
        [acc(A, s1 + 10 + m, d, 360), 'uses the one-month rate'],
        [acc(A, s3 + 10, d, 360), 'leaves out the margin'],
      ],
    }
  }),
  apart('average-drawn-balance-over-a-quarter-from-dated-drawings', (rng) => {
    const B = rng.int(4, 20) * 500_000
    const X = rng.int(8, 24) * 500_000
    const Y = rng.int(2, 7) * 500_000
    const a = rng.int(3, 12)
    const b = rng.int(18, 28)
    // July 1 to September 30: B until July a, B + X until August b, B + X − Y to the end.
    const n1 = a - 1
    const n2 = 31 - a + 1 + (b - 1)
    const n3 = 31 - b + 1 + 30
    const sumOf = (k1: number, k2: number, k3: number) => B * k1 + (B + X) * k2 + (B + X - Y) * k3
    return {
      stem: `A revolving credit facility’s fees are charged on the average daily drawn balance: the sum of each day’s closing balance divided by the number of days in the quarter. For the quarter July 1 to September 30, 2026 (92 days), ${dol(B)} was drawn on July 1. A further ${dol(X)} was drawn with value July ${a}, and ${dol(Y)} was repaid with value August ${b}; each change counts from its value date. What was the average daily drawn balance for the quarter, ${CENTS}?`,
      show: money,
      figures: { B, X, Y, a, b },
      key: frac(sumOf(n1, n2, n3), 92),
      wrong: [
        [frac(sumOf(n1, n2, n3), 90), 'divides by a 90-day quarter'],
        [frac(sumOf(0, n2 + n1, n3), 92), 'counts the further drawing from July 1'],
        [frac(sumOf(n1, n2 + n3, 0), 92), 'leaves out the repayment'],
        [frac(2 * B + X - Y, 2), 'averages the opening and closing balances'],
        [frac(3 * B + 2 * X - Y, 3), 'averages the three balances without their days'],
        [
          frac(sumOf(n1 + 1, n2, n3 - 1), 92),
          'counts each change from the day after its value date',
        ],
      ],
    }
  }),
  apart('first-year-cost-of-a-facility-with-an-amortised-upfront-fee', (rng) => {
    const L = rng.int(10, 40) * 5_000_000
    const D = (L / 100) * rng.int(20, 60)
    const T = rng.int(3, 5)
    const u = rng.pick([50, 60, 75, 80, 100])
    const s = rng.int(380, 450)
    const m = rng.pick([125, 150, 175, 200])
    const c = rng.pick([30, 35, 40, 50])
    const g = rng.int(20, 40) * 1000
    const interest = acc(D, s + m, 365, 360)
    const commitment = acc(L - D, c, 365, 360)
    const upfront = frac(L * u, 10000 * T)
    return {
      stem: `A company signs ${an(dol(L))}, ${T}-year revolving credit facility with an upfront fee of ${bpText(u)} of the commitments, paid at signing and spread straight-line over the term in the budget. Drawings pay Term SOFR (take ${bpText(s)} all year, as stated for this exercise) plus a margin of ${bpText(m)}; the commitment fee is ${bpText(c)} a year on the undrawn amount; both run actual/360. The agent charges ${dol(g)} a year. The budget expects average drawings of ${dol(D)} through the first year (365 days). What is the facility’s budgeted cost for the first year, ${CENTS}?`,
      show: money,
      figures: { L, D, T, u, s, m, c, g },
      key: add(interest, commitment, upfront, g),
      wrong: [
        [
          add(interest, commitment, frac(L * u, 10000), g),
          'books the whole upfront fee in year one',
        ],
        [
          add(interest, acc(L, c, 365, 360), upfront, g),
          'charges the commitment fee on the whole facility',
        ],
        [add(acc(L, s + m, 365, 360), upfront, g), 'charges interest on the whole facility'],
        [add(interest, commitment, upfront), 'leaves out the agency fee'],
        [add(interest, upfront, g), 'leaves out the commitment fee'],
        [
          add(frac(D * (s + m), 10000), frac((L - D) * c, 10000), upfront, g),
          'takes the annual rates without the actual/360 day count',
        ],
      ],
    }
  }),
  apart('all-in-cost-of-commercial-paper-with-dealer-and-backup-line-fees', (rng) => {
    const F = rng.int(5, 40) * 5_000_000
    const d = rng.pick([30, 45, 60, 90])
    const q = rng.int(400, 480)
    const f = rng.int(5, 15)
    const b = rng.int(10, 25)
    const P = sub(F, acc(F, q, d, 360))
    const cost = (rate: number) => acc(F, rate, d, 360)
    const annual = (costs: Fraction, year: number) => mul(div(costs, P), frac(year, d))
    return {
      stem: `A company issues ${dol(F)} face of ${d}-day commercial paper at a discount rate of ${bpText(q)} (actual/360). The dealer charges ${bpText(f)} a year on the face, and the programme keeps a backup line equal to the face at a commitment fee of ${bpText(b)} a year; both fees run actual/360 for the paper’s ${d} days. The all-in cost is the discount and both fees for the period, divided by the proceeds of the sale, annualised over a 360-day year. What is the all-in cost, ${PCT2}?`,
      show: pct2,
      figures: { F, d, q, f, b },
      key: annual(cost(q + f + b), 360),
      wrong: [
        [annual(cost(q + f + b), 365), 'annualises over a 365-day year'],
        [
          annual(add(cost(q + b), frac(F * f, 10000)), 360),
          'takes the dealer fee as a flat charge',
        ],
        [
          annual(add(cost(q + f), frac(F * b, 10000)), 360),
          'charges a whole year of the backup line to this issue',
        ],
        [frac(q, 10000), 'quotes the discount rate alone'],
        [annual(cost(q), 360), 'leaves out both fees'],
        [frac(q + f + b, 10000), 'divides by the face instead of the proceeds'],
      ],
    }
  }),
  apart('term-loan-interest-on-the-balance-after-equal-principal-payments', (rng) => {
    const N = rng.pick([8, 12, 16, 20])
    const P = rng.int(5, 30) * 200_000 * N
    const k = rng.int(2, N - 2)
    const i = rng.int(500, 700)
    const d = rng.pick([91, 92])
    const left = (j: number) => (P / N) * (N - j)
    return {
      stem: `${cap(an(dol(P)))} term loan is repaid in ${N} equal quarterly instalments of principal, with interest at a fixed ${bpText(i)} a year, actual/360, paid on each instalment date on the balance outstanding during the quarter. Instalment ${k} has just been paid. What interest falls due at instalment ${k + 1}, for the ${d}-day quarter between them, ${CENTS}?`,
      show: money,
      figures: { N, P, k, i, d },
      key: acc(left(k), i, d, 360),
      wrong: [
        [acc(P, i, d, 360), 'charges interest on the original principal'],
        [acc(left(k - 1), i, d, 360), 'uses the balance before the instalment just paid'],
        [acc(left(k), i, d + 1, 360), 'counts both the first and the last day'],
        [acc(left(k + 1), i, d, 360), 'uses the balance after the next instalment'],
        [acc(left(k), i, d, 365), 'uses a 365-day year'],
        [frac(left(k) * i, 40000), 'takes a quarter of the annual rate'],
      ],
    }
  }),
  apart('commercial-paper-face-to-raise-stated-net-proceeds', (rng) => {
    const X = rng.int(10, 60) * 1_000_000
    const q1 = rng.int(400, 440)
    const q2 = q1 + rng.int(3, 10)
    const q3 = q2 + rng.int(3, 10)
    const f = rng.int(5, 12)
    const b = rng.int(10, 20)
    const face = (rate: number, days: number, basis: number) =>
      mul(X, frac(basis * 10000, basis * 10000 - rate * days))
    return {
      stem: `A company needs ${dol(X)} of cash from a 60-day commercial paper issue. Dealers quote discount rates (actual/360) of ${bpText(q1)} for 30 days, ${bpText(q2)} for 60 days and ${bpText(q3)} for 90 days. The dealer’s fee of ${bpText(f)} a year on the face for the paper’s days is deducted from the proceeds; the backup line’s fee of ${bpText(b)} a year is paid separately by the company. What face value must it issue to receive the ${dol(X)}, ${CENTS}?`,
      show: money,
      figures: { X, q1, q2, q3, f, b },
      key: face(q2 + f, 60, 360),
      wrong: [
        [face(q3 + f, 60, 360), 'uses the 90-day rate'],
        [face(q2 + f + b, 60, 360), 'deducts the backup line fee from the proceeds too'],
        [
          mul(X, frac(3_600_000, 3_600_000 - q2 * 60 - f * 360)),
          'takes the dealer fee as a flat charge',
        ],
        [face(q1 + f, 60, 360), 'uses the 30-day rate'],
        [face(q2, 60, 360), 'leaves out the dealer fee'],
        [face(q2 + f, 60, 365), 'uses a 365-day year'],
      ],
    }
  }),
  apart('net-leverage-covenant-headroom-as-further-debt', (rng) => {
    const E = rng.int(20, 80) * 1_000_000
    const t = E / 100
    const Bk = t * 10 * rng.int(6, 10)
    const Bo = t * 10 * rng.int(8, 12)
    const Le = t * 10 * rng.int(2, 5)
    const Cu = t * 10 * rng.int(3, 8)
    const Cr = t * rng.int(1, 9)
    const U = t * (10 * rng.int(3, 7) + 5)
    const room = (level: number, net: number) => frac(level * t - net)
    const net = Bk + Bo + Le - Cu
    return {
      stem: `A company’s facility agreement requires net leverage (net debt ÷ EBITDA for the last 12 months) of no more than 3.75x at the last test date, 3.50x at this one and 3.25x from the next. Net debt is bank borrowings, bonds and lease liabilities less unrestricted cash; restricted cash does not count and undrawn commitments are not debt. At this test date the company has EBITDA of ${dol(E)}, bank borrowings of ${dol(Bk)}, bonds of ${dol(Bo)}, lease liabilities of ${dol(Le)}, unrestricted cash of ${dol(Cu)}, restricted cash of ${dol(Cr)} and ${dol(U)} undrawn under its revolving facility. How much more debt (spent, not held as cash) could it have carried at this test date and still met the covenant, ${CENTS}?`,
      show: money,
      figures: { E, Bk, Bo, Le, Cu, Cr, U },
      key: room(350, net),
      wrong: [
        [room(350, net - Le), 'leaves out the lease liabilities'],
        [room(350, net - Cr), 'nets the restricted cash too'],
        [room(375, net), 'uses the last test date’s level'],
        [room(350, net + Cu), 'takes gross debt, ignoring the cash'],
        [room(325, net), 'uses the next test date’s level'],
        [room(350, net + U), 'counts the undrawn commitment as debt'],
      ],
    }
  }),
  apart('interest-cover-headroom-as-a-fall-in-ebitda', (rng) => {
    const E = rng.int(30, 90) * 1_000_000
    const h = E / 200
    const Ip = h * 2 * rng.int(8, 14)
    const Li = h * rng.int(1, 3)
    const Ir = h * rng.int(1, 4)
    const Da = h * 2 * rng.int(10, 20)
    const nfc = Ip + Li - Ir
    const fall = (base: number, level: number, charges: number) =>
      frac(base * 100 - level * charges, base * 100)
    return {
      stem: `A company’s interest cover covenant requires EBITDA ÷ net finance charges of at least 3.50x at the last test date, 4.00x at this one and 4.50x from the next. Net finance charges are interest payable on borrowings plus interest on lease liabilities less interest receivable. For the last 12 months EBITDA was ${dol(E)}, depreciation and amortisation ${dol(Da)}, interest payable on borrowings ${dol(Ip)}, lease interest ${dol(Li)} and interest receivable ${dol(Ir)}. By what share of its EBITDA could EBITDA fall, charges unchanged, before the covenant is breached at this test date, ${PCT2}?`,
      show: pct2,
      figures: { E, Ip, Li, Ir, Da },
      key: fall(E, 400, nfc),
      wrong: [
        [fall(E, 400, nfc - Li), 'leaves out the lease interest'],
        [fall(E, 350, nfc), 'uses the last test date’s level'],
        [frac(E * 100 - 400 * nfc, 400 * nfc), 'divides the headroom by the required EBITDA'],
        [fall(E, 400, nfc + Ir), 'takes gross interest, not net'],
        [fall(E, 450, nfc), 'uses the next test date’s level'],
        [fall(E - Da, 400, nfc), 'works from EBIT instead of EBITDA'],
      ],
    }
  }),
  apart('fixed-charge-cover-with-rent-on-both-sides', (rng) => {
    const E = rng.int(20, 60) * 1_000_000
    const t = E / 100
    const R = t * rng.int(15, 30)
    const I = t * rng.int(8, 15)
    const Ii = t * rng.int(1, 3)
    const Dp = t * rng.int(15, 30)
    const Pr = t * rng.int(10, 20)
    return {
      stem: `A facility agreement defines fixed charge cover as (EBITDA + rent) ÷ (gross interest payable + rent), measured over the last 12 months; interest receivable and principal repayments play no part. A company reports EBITDA of ${dol(E)} (after its rent), rent of ${dol(R)}, gross interest payable of ${dol(I)}, interest receivable of ${dol(Ii)}, depreciation of ${dol(Dp)} and scheduled principal repayments of ${dol(Pr)}. What is its fixed charge cover, ${X2}?`,
      show: ratio,
      figures: { E, R, I, Ii, Dp, Pr },
      key: frac(E + R, I + R),
      wrong: [
        [frac(E + R, I), 'leaves the rent out of the charges'],
        [frac(E, I), 'works out interest cover instead'],
        [frac(E + R, I - Ii + R), 'nets the interest receivable'],
        [frac(E, I + R), 'leaves the rent out of the earnings'],
        [frac(E + R, I + R + Pr), 'adds the principal repayments to the charges'],
        [frac(E - Dp + R, I + R), 'starts from EBIT instead of EBITDA'],
      ],
    }
  }),
  apart('standby-letter-of-credit-fees-with-a-minimum', (rng) => {
    const a = rng.pick([75, 100, 125, 150])
    const M = rng.pick([250, 350, 500])
    const S1 = rng.int(10, 60) * 50_000
    const t1 = rng.int(90, 350)
    const S2 = rng.int(10, 60) * 50_000
    const t2 = rng.int(90, 350)
    const S3 = rng.int(2, 8) * 5_000
    const t3 = rng.int(30, 90)
    const S = [S1, S2, S3]
    const t = [t1, t2, t3]
    const fee = (j: number, extra = 0, basis = 360) => acc(S[j]!, a, t[j]! + extra, basis)
    const withMin = (x: Fraction) => (x.n < BigInt(M) * x.d ? frac(M) : x)
    return {
      stem: `A bank issues standby letters of credit for a company at a commission of ${bpText(a)} a year on the face amount, pro rata for the days from issue to expiry on actual/360, with a minimum commission of ${dol(M)} for each letter. This month it issued three: ${dol(S1)} for ${t1} days, ${dol(S2)} for ${t2} days and ${dol(S3)} for ${t3} days. What total commission does the company pay, ${CENTS}?`,
      show: money,
      figures: { a, M, S1, t1, S2, t2, S3, t3 },
      key: add(fee(0), fee(1), frac(M)),
      wrong: [
        [add(fee(0), fee(1), fee(2), frac(3 * M)), 'adds the minimum to every letter'],
        [
          add(frac((S1 + S2) * a, 10000), withMin(frac(S3 * a, 10000))),
          'charges a full year on each letter',
        ],
        [add(fee(0, 1), fee(1, 1), frac(M)), 'counts both the issue and the expiry day'],
        [add(fee(0), fee(1), fee(2)), 'leaves out the minimum'],
        [add(fee(0), fee(1)), 'leaves out the letter under the minimum'],
        [add(withMin(fee(0, 0, 365)), withMin(fee(1, 0, 365)), frac(M)), 'uses a 365-day year'],
      ],
    }
  }),
  apart('letter-of-credit-amendment-increase-and-extension', (rng) => {
    const S = rng.int(20, 80) * 50_000
    const dS = rng.int(4, 16) * 25_000
    const c = rng.pick([75, 100, 125, 150])
    const T = rng.pick([180, 270, 365])
    const at = rng.int(40, T - 60)
    const e = rng.int(3, 9) * 10
    const A = rng.pick([150, 200, 250])
    const cm = (amount: number, days: number, basis = 360) => acc(amount, c, days, basis)
    return {
      stem: `A company’s ${dol(S)} letter of credit was issued for ${T} days, its commission of ${bpText(c)} a year (actual/360) paid in full at issue. On day ${at} after issue it is amended: the amount rises by ${dol(dS)} and the expiry is extended by ${e} days. The bank charges a flat amendment fee of ${dol(A)} for each amendment (one amendment may make several changes), plus commission at the same rate on the increase from the amendment date to the new expiry and on the original amount for the extension. What does the amendment cost, ${CENTS}?`,
      show: money,
      figures: { S, dS, c, T, at, e, A },
      key: add(cm(dS, T - at + e), cm(S, e), A),
      wrong: [
        [add(cm(S + dS, T - at + e), A), 'charges the whole new amount from the amendment date'],
        [add(cm(dS, T + e), cm(S, e), A), 'charges the increase from the issue date'],
        [add(cm(dS, T - at + e), cm(S, e), 2 * A), 'charges a flat fee for each change'],
        [add(cm(dS, T - at), cm(S, e), A), 'charges the increase only to the old expiry'],
        [add(cm(S + dS, e), A), 'charges only the extension'],
        [add(cm(dS, T - at + e, 365), cm(S, e, 365), A), 'uses a 365-day year'],
        [add(cm(dS, T - at + e), cm(S, e)), 'leaves out the amendment fee'],
      ],
    }
  }),
  apart('commitment-fee-at-35-percent-of-a-ratcheted-margin', (rng) => {
    const E = rng.int(20, 60) * 1_000_000
    const t = E / 100
    const x = rng.int(230, 295)
    const C = t * (300 - x + rng.int(5, 40))
    const G = t * x + C
    const L = rng.int(8, 30) * 5_000_000
    const D = (L / 100) * rng.int(20, 60)
    const [q, d] = rng.pick(QUARTERS)
    const fee = (amount: number, margin: number, days = d, basis = 360) =>
      mul(acc(amount, margin, days, basis), frac(35, 100))
    return {
      stem: `${cap(an(dol(L)))} revolving credit facility’s margin follows net leverage (net debt ÷ EBITDA) in the latest compliance certificate: 1.25% below 1.50x, 1.50% from 1.50x to below 2.25x, 1.75% from 2.25x to below 3.00x and 2.00% at 3.00x or more. The commitment fee is 35% of the applicable margin a year on the average undrawn amount, actual/360. The certificate delivered before the quarter ${q} (${d} days) shows EBITDA of ${dol(E)}, gross debt of ${dol(G)} and cash of ${dol(C)}; the one before it showed 2.10x. Drawings averaged ${dol(D)} over the quarter. What commitment fee is due for the quarter, ${CENTS}?`,
      show: money,
      figures: { E, C, G, L, D, d },
      key: fee(L - D, 175),
      wrong: [
        [fee(L - D, 200), 'sets the margin from gross leverage'],
        [acc(L - D, 175, d, 360), 'charges the full margin as the fee'],
        [fee(L, 175), 'charges the fee on the whole facility'],
        [fee(L - D, 150), 'uses the earlier certificate’s margin'],
        [fee(L - D, 175, d, 365), 'uses a 365-day year'],
        [mul(frac((L - D) * 175, 40000), frac(35, 100)), 'takes a quarter of the annual fee'],
      ],
    }
  }),
  apart('supply-chain-finance-proceeds-to-a-supplier', (rng) => {
    const I = rng.int(40, 400) * 500
    const due = rng.pick([60, 90, 120])
    const f = rng.int(10, 30)
    const s = rng.int(400, 450)
    const p = rng.int(100, 200)
    const own = rng.int(800, 1100)
    const P = rng.pick([25, 40, 50])
    const t = due - f
    const disc = (rate: number, days: number, basis = 360) => acc(I, rate, days, basis)
    return {
      stem: `Under a buyer’s supply chain finance programme a supplier sells an approved invoice of ${dol(I)}, due ${due} days after the invoice date, to the bank on day ${f} after the invoice date. The bank deducts a discount of Term SOFR (${bpText(s)}) plus a spread of ${bpText(p)} on the invoice amount for the days from funding to the due date, actual/360, and a platform fee of ${dol(P)} per invoice. The supplier’s own overdraft costs ${bpText(own)}. How much does the supplier receive, ${CENTS}?`,
      show: money,
      figures: { I, due, f, s, p, own, P },
      key: sub(I, add(disc(s + p, t), P)),
      wrong: [
        [sub(I, disc(s + p, t)), 'leaves out the platform fee'],
        [sub(I, add(disc(s + p, t, 365), P)), 'uses a 365-day year'],
        [sub(I, add(disc(p, t), P)), 'charges the spread without Term SOFR'],
        [
          sub(mul(I, frac(360 * 10000, 360 * 10000 + (s + p) * t)), P),
          'discounts at the rate as a yield instead of a discount',
        ],
        [sub(I, add(disc(s + p, due), P)), 'counts the days from the invoice date'],
        [sub(I, add(disc(own, t), P)), 'uses the supplier’s own borrowing rate'],
        [sub(I, add(disc(s + p, t + 1), P)), 'counts both the funding and the due date'],
      ],
    }
  }),
  apart('borrowing-base-availability-under-a-receivables-facility', (rng) => {
    const T = rng.int(20, 60) * 250_000
    const t = T / 100
    const O = t * rng.int(4, 10)
    const Co = t * rng.int(1, 4)
    const Cx = t * rng.int(22, 30)
    const Dr = t * rng.int(25, 40)
    /** Eligible receivables after the other exclusions `base`, then the 20% single-customer cap. */
    const capped = (base: number, capOn = base) => sub(base, Math.max(0, Cx - capOn / 5))
    const avail = (eligible: Fraction, rate = 85) => sub(mul(eligible, frac(rate, 100)), Dr)
    const E0 = T - O - Co
    return {
      stem: `A receivables facility advances 85% of eligible receivables (80% while the company is in breach of its leverage covenant; it is not). Ineligible: balances more than 90 days past invoice, and contras (balances of customers the company also owes). The excess of any one customer over 20% of the receivables still eligible after those exclusions is ineligible too. The company’s receivables are ${dol(T)}, of which ${dol(O)} is over 90 days and ${dol(Co)} contras; its largest customer owes ${dol(Cx)}, all current and not a contra. It has drawn ${dol(Dr)}. How much more can it draw, ${CENTS}?`,
      show: money,
      figures: { T, O, Co, Cx, Dr },
      key: avail(capped(E0)),
      wrong: [
        [avail(frac(E0)), 'leaves out the concentration limit'],
        [avail(capped(T - Co)), 'keeps the balances over 90 days'],
        [avail(capped(T - O)), 'keeps the contras'],
        [avail(frac(E0 - Cx)), 'excludes the whole of the largest customer'],
        [
          sub(mul(T, frac(85, 100)), add(O, Co, Dr, Math.max(0, Cx - E0 / 5))),
          'applies the advance rate before taking out the ineligibles',
        ],
        [avail(capped(E0), 80), 'uses the advance rate for a covenant breach'],
      ],
    }
  }),
  apart('excess-cash-flow-sweep-after-voluntary-prepayments', (rng) => {
    const E = rng.int(40, 100) * 1_000_000
    const t = E / 100
    const I = t * rng.int(8, 12)
    const Tx = t * rng.int(8, 12)
    const Tp = Tx + t * rng.int(1, 4)
    const Cap = t * rng.int(15, 25)
    const Sp = t * rng.int(5, 10)
    const W = t * rng.int(2, 8)
    const Da = t * rng.int(10, 20)
    const Vp = t * rng.int(1, 3)
    const lev = rng.int(205, 295)
    const ecf = E - I - Tx - Cap - Sp - W
    const sweep = (base: number, share: number, less = Vp) => sub(frac(base * share, 100), less)
    return {
      stem: `A term loan requires a prepayment of a share of each year’s excess cash flow: 75% when net leverage is 3.00x or more, 50% from 2.00x to below 3.00x and 25% below 2.00x, less any voluntary prepayments made in the year, dollar for dollar. Excess cash flow is EBITDA less cash interest paid, cash tax paid, capital expenditure, scheduled principal repayments and the increase in working capital. This year: EBITDA ${dol(E)}, cash interest ${dol(I)}, cash tax paid ${dol(Tx)} (tax charge in the accounts ${dol(Tp)}), capital expenditure ${dol(Cap)}, scheduled repayments ${dol(Sp)}, working capital up ${dol(W)}, depreciation ${dol(Da)} and voluntary prepayments ${dol(Vp)}; net leverage at year end is ${times(lev)}. What prepayment is due, ${CENTS}?`,
      show: money,
      figures: { E, I, Tx, Tp, Cap, Sp, W, Da, Vp, lev },
      key: sweep(ecf, 50),
      wrong: [
        [sweep(ecf, 75), 'uses the 75% band'],
        [sweep(ecf + W, 50), 'leaves out the working capital increase'],
        [frac(ecf * 50, 100), 'does not deduct the voluntary prepayments'],
        [sweep(ecf, 25), 'uses the 25% band'],
        [sweep(ecf - Da, 50), 'deducts depreciation as if it were cash'],
        [sweep(ecf - (Tp - Tx), 50), 'deducts the tax charge instead of tax paid'],
      ],
    }
  }),
]
