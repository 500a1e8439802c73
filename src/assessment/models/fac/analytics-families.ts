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
  n,
  pct2,
  plain,
  rest,
  sub,
  usd,
} from './fac-text.js'

// Fraud analytics and red flags. The slips are a Benford test run on the wrong population (the
// amounts under $10 and the credit memos kept in, or the whole file's count or share taken), a
// uniform digit distribution taken for Benford's, a statistic's formula bent (the continuity
// correction left out, the variance for the standard error, the MAD over eight or ten digits, the
// squared deviations left unsquared, divided by the count or by the degrees of freedom, the
// binomial variance for the expected count), a Beneish index turned upside down, built from the
// dollar growth of one line instead of a ratio of ratios, on the wrong base (gross for net
// receivables or sales, total assets for sales, depreciation over PP&E without the depreciation,
// debt over equity, operating for gross margin) or with each year's figure paired with the other
// year's, an M-score with a coefficient's sign or a term dropped or the other threshold, the
// relative size factor against the average, the median or the smallest invoice or with a voided
// or unpaid invoice or a credit memo kept in, a round-number or duplicate
// count on the wrong base or with the wrong groups, and accrual and turnover ratios with cash, debt,
// taxes or depreciation left in or out, the wrong year's assets or sales, or cost of sales for
// credit sales.

const money = usd(2)
const three = plain(3)
const four = plain(4)
const five = plain(5)
const days1 = plain(1, 'days')
const HALF = '(a half rounded up)'
const DP1 = `to one decimal place ${HALF}`
const DP2 = `to two decimal places ${HALF}`
const DP3 = `to three decimal places ${HALF}`
const DP4 = `to four decimal places ${HALF}`
const DP5 = `to five decimal places ${HALF}`
const PCT2 = `as a percentage to two decimal places ${HALF}`
/** Cents as a stem writes them: 123456 → `$1,234.56`. */
const c$ = (c: number): string => money(frac(c, 100))
/** `x` scaled by a drawn percentage from `low` to `high` (tenths allowed), to a whole number. */
const part = (rng: Rng, x: number, low: number, high: number): number =>
  Math.round((x * rng.int(Math.round(low * 10), Math.round(high * 10))) / 1000)
/** The sum of whole numbers. */
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
/** `a ÷ b` of whole numbers. */
const q = (a: number, b: number): Fraction => frac(a, b)
/** The ratio of two ratios, `(a/b) ÷ (c/d)`. */
const rr = (a: number, b: number, c: number, d: number): Fraction => frac(a * d, b * c)

const below = (a: Fraction, b: Fraction): boolean => a.n * b.d < b.n * a.d

/** Benford's first-digit proportions for 1 to 9, in tenths of a percent, as rounded for the test. */
const BENFORD = [301, 176, 125, 97, 79, 67, 58, 51, 46] as const
/** The stated table, so no key relies on a logarithm. */
const BENFORD_TEXT = `Use Benford’s first-digit proportions as rounded for this exercise: ${BENFORD.map((p, i) => `${i + 1} → ${(p / 10).toFixed(1)} %`).join(', ')}`
/** The proportion of a leading digit `d` (1 to 9). */
const ep = (d: number): Fraction => frac(BENFORD[d - 1]!, 1000)
/** Nigrini's first-digit MAD bands, as the stem quotes them. */
const MAD_BANDS =
  'Nigrini’s first-digit conformity ranges are 0.000 to 0.006 close conformity, 0.006 to 0.012 acceptable, 0.012 to 0.015 marginally acceptable and above 0.015 nonconformity'

/** Nine first-digit counts near Benford's, one digit pushed up, summing to the tested count. */
function digitCounts(rng: Rng): number[] {
  const N0 = rng.int(2500, 9000)
  const spike = rng.int(2, 8)
  return BENFORD.map((p, i) => {
    const swing = i === spike ? rng.int(115, 150) : rng.int(85, 112)
    return Math.round((N0 * p * swing) / 100000)
  })
}
/** The absolute deviations of the counts' proportions from Benford's. */
const deviations = (c: readonly number[]): Fraction[] => {
  const N = sum(c)
  return c.map((x, i) => {
    const d = sub(q(x, N), ep(i + 1))
    return d.n < 0n ? frac(-d.n, d.d) : d
  })
}
/** The counts as a stem lists them. */
const countsText = (c: readonly number[]): string => c.map((x, i) => `${i + 1}: ${n(x)}`).join('; ')

/** A figure in thousands of dollars as a Beneish stem writes it. */
const k = (x: number): string => n(x)

export const ANALYTICS_FAMILIES: ScenarioFamily[] = [
  apart('benford-expected-count-of-a-leading-digit', (rng) => {
    const d = rng.int(1, 3)
    const N = rng.int(3000, 15000)
    const s = part(rng, N, 1, 4)
    const c = part(rng, N, 1, 3)
    const u = part(rng, N, 0.5, 2)
    const X = N + s + c
    const p = ep(d)
    return balanced({
      stem: `An examiner runs Nigrini’s first-digit test on a vendor payments file of ${n(X)} records: ${n(s)} are payments under $10 and ${n(c)} are credit memos (negative amounts). As Nigrini recommends, amounts under $10 are left out of the test and credit memos are tested on their own, so the test covers the ${n(N)} payments of $10 or more; ${n(u)} of those are exact duplicates of another payment, which stay in this test (duplicates are the subject of a separate test). ${BENFORD_TEXT}. How many of the tested payments would Benford’s law expect to begin with the digit ${d}, ${DP1}?`,
      show: plain(1),
      figures: { d, N, s, c, u },
      key: mul(N, p),
      wrong: [
        [mul(X, p), 'applies the proportion to every record in the file'],
        [mul(N + s, p), 'keeps the payments under $10 in the test'],
        [mul(N + c, p), 'keeps the credit memos in the test'],
        [q(N, 9), 'takes the nine leading digits as equally likely'],
        [q(N, 10), 'takes ten equally likely digits, 0 included'],
        [mul(N - u, p), 'takes the duplicates out of the test'],
      ],
    })
  }),
  apart('benford-first-digit-mean-absolute-deviation', (rng) => {
    const c = digitCounts(rng)
    const N = sum(c)
    const dev = deviations(c)
    const S = add(...dev)
    const sq = add(...dev.map((x) => mul(x, x)))
    const most = dev.reduce((m, x) => (below(m, x) ? x : m))
    const rel = add(...dev.map((x, i) => div(x, ep(i + 1))))
    const mad = div(S, 9)
    // A mean squared deviation that prints as zero is no option.
    if (below(div(sq, 9), frac(5, 100000))) rest()
    const f: Record<string, number> = {}
    c.forEach((x, i) => {
      f[`c${i + 1}`] = x
    })
    return balanced({
      stem: `A first-digit test of ${n(N)} expense claims of $10 or more found these counts by leading digit: ${countsText(c)}. ${BENFORD_TEXT}. The mean absolute deviation (MAD) is the average, over the nine digits, of |actual proportion − expected proportion|, each actual proportion being the digit’s count ÷ ${n(N)}. (${MAD_BANDS}.) What is the MAD, ${DP5}?`,
      show: five,
      figures: f,
      key: mad,
      wrong: [
        [div(S, 10), 'averages over ten digits, 0 included'],
        [div(S, 18), 'leaves out the digits below their expected share'],
        [div(sq, 9), 'averages the squared deviations'],
        [div(S, 8), 'divides by the eight degrees of freedom'],
        [S, 'reports the sum of the absolute deviations'],
        [most, 'reports the largest single deviation'],
        [div(rel, 9), 'averages each deviation as a share of its expected proportion'],
      ],
    })
  }),
  apart('benford-first-digit-chi-square-statistic', (rng) => {
    const c = digitCounts(rng)
    const N = sum(c)
    const ec = BENFORD.map((p) => frac(N * p, 1000))
    const dsq = c.map((x, i) => {
      const d = sub(x, ec[i]!)
      return mul(d, d)
    })
    const abs = c.map((x, i) => {
      const d = sub(x, ec[i]!)
      return d.n < 0n ? frac(-d.n, d.d) : d
    })
    const chi = add(...dsq.map((x, i) => div(x, ec[i]!)))
    const uni = add(...c.map((x) => mul(sub(x, q(N, 9)), sub(x, q(N, 9)), q(9, N))))
    const binom = add(...dsq.map((x, i) => div(x, mul(ec[i]!, sub(1, ep(i + 1))))))
    const f: Record<string, number> = {}
    c.forEach((x, i) => {
      f[`c${i + 1}`] = x
    })
    return balanced({
      stem: `A first-digit test of ${n(N)} journal entry amounts of $10 or more found these counts by leading digit: ${countsText(c)}. ${BENFORD_TEXT}. The expected count of each digit is ${n(N)} × its proportion, and the chi-square statistic sums (actual count − expected count)² ÷ expected count over the nine digits (8 degrees of freedom; the 5 % critical value is 15.507). What is the chi-square statistic, ${DP2}?`,
      show: plain(2),
      figures: f,
      key: chi,
      wrong: [
        [add(...abs.map((x, i) => div(x, ec[i]!))), 'leaves the deviations unsquared'],
        [div(chi, 8), 'divides by the degrees of freedom'],
        [div(add(...dsq), N), 'divides each squared deviation by the record count'],
        [binom, 'divides by the binomial variance of each count'],
        [uni, 'expects the nine digits equally often'],
        [add(...dsq), 'leaves out the division by the expected count'],
        [add(...dsq.map((x, i) => div(x, c[i]!))), 'divides by the actual count'],
      ],
    })
  }),
  apart('benford-z-statistic-of-a-leading-digit', (rng) => {
    const d = rng.int(1, 2)
    const P = BENFORD[d - 1]!
    const N = rng.int(2000, 9000)
    const s = part(rng, N, 2, 5)
    const cr = part(rng, N, 1, 3)
    const X = N + s + cr
    const EC = frac(N * P, 1000)
    // σ of the count, √(N·p·(1 − p)), stated to two places and used as stated.
    const sigma = Math.round(Math.sqrt((N * P * (1000 - P)) / 1e6) * 100)
    const sg = frac(sigma, 100)
    const dev = Math.round((sigma / 100) * (rng.int(180, 450) / 100) + (X - N) * (P / 1000))
    const A = Math.round((N * P) / 1000) + dev
    const ax = part(rng, s + cr, 15, 30)
    const z = (x: Fraction) => div(x, sg)
    const gap = sub(A, EC)
    const wholeE = sub(A, frac(X * P, 1000))
    const share = sub(frac(A * N, X), EC)
    if (!below(frac(1, 2), wholeE) || !below(frac(1, 2), share)) rest()
    return balanced({
      stem: `A payments file holds ${n(X)} records; ${n(s)} payments under $10 and ${n(cr)} credit memos are left out of the first-digit test, which covers the other ${n(N)} payments. Of those, ${n(A)} begin with the digit ${d} (another ${n(ax)} of the excluded records also begin with ${d}). Benford’s proportion for a leading ${d} is ${(P / 10).toFixed(1)} %. Nigrini’s z-statistic, in counts, is (|actual count − expected count| − ½) ÷ σ, where N is the number of payments tested, p the digit’s proportion, the expected count N × p, the ½ the continuity correction and σ = √(N × p × (1 − p)) the standard deviation of the count; for this test use σ = ${(sigma / 100).toFixed(2)}. What is the z-statistic, ${DP3}?`,
      show: three,
      figures: { d, N, s, cr, A, ax, sigma },
      key: z(sub(gap, frac(1, 2))),
      wrong: [
        [z(gap), 'leaves out the continuity correction'],
        [z(sub(sub(A, q(N, 9)), frac(1, 2))), 'expects the nine digits equally often'],
        [z(sub(sub(A + ax, EC), frac(1, 2))), 'counts the excluded records that begin with it'],
        [z(sub(wholeE, frac(1, 2))), 'takes the expected count on the whole file'],
        [
          z(sub(share, frac(1, 2))),
          'takes the digit’s actual proportion over every record in the file',
        ],
        [div(sub(gap, frac(1, 2)), mul(sg, sg)), 'divides by the variance instead of σ'],
      ],
    })
  }),
  apart('beneish-days-sales-in-receivables-index', (rng) => {
    const S0 = rng.int(40000, 400000)
    const S1 = part(rng, S0, 105, 130)
    const R0 = part(rng, S0, 10, 18)
    // The index is drawn in ten-thousandths and the 2025 receivables rounded from it, so the key
    // prints with any last digit, no rounder than the slips.
    const R1 = Math.round((S1 * R0 * rng.int(11500, 16000)) / (S0 * 10000))
    const A0 = part(rng, R0, 4, 8)
    const A1 = part(rng, R1, 1.5, 3.5)
    const T0 = part(rng, S0, 3, 6)
    const T1 = part(rng, S1, 6, 10)
    const G0 = S0 + T0
    const G1 = S1 + T1
    const g = Math.round((100 * S1) / S0) - 100
    const TA0 = part(rng, S0, 60, 120)
    const TA1 = part(rng, TA0, 100, 100 + Math.max(1, g - 3))
    return balanced({
      stem: `A company’s figures (in thousands of dollars) for 2024 and 2025: gross sales ${k(G0)} and ${k(G1)}, sales returns and allowances ${k(T0)} and ${k(T1)}; net receivables (after the allowance for doubtful accounts) ${k(R0)} and ${k(R1)}; allowance for doubtful accounts ${k(A0)} and ${k(A1)}; total assets ${k(TA0)} and ${k(TA1)}. Beneish’s days sales in receivables index for 2025 is (net receivables ÷ net sales for 2025) ÷ (net receivables ÷ net sales for 2024), net sales being gross sales less returns and allowances. What is the DSRI, ${DP3}?`,
      show: three,
      figures: { G0, G1, T0, T1, R0, R1, A0, A1, TA0, TA1 },
      key: rr(R1, S1, R0, S0),
      wrong: [
        [rr(R0, S0, R1, S1), 'divides the earlier year’s ratio by the later one'],
        [rr(R1 + A1, S1, R0 + A0, S0), 'uses receivables before the allowance'],
        [rr(R1, G1, R0, G0), 'uses gross sales before returns'],
        [q(R1, R0), 'takes the growth in receivables alone'],
        [rr(R1, TA1, R0, TA0), 'scales receivables by total assets instead of sales'],
        [rr(R1, S0, R0, S1), 'pairs each year’s receivables with the other year’s sales'],
      ],
    })
  }),
  apart('beneish-gross-margin-index', (rng) => {
    const S0 = rng.int(40000, 400000)
    const S1 = part(rng, S0, 108, 135)
    const c0 = rng.int(300, 440)
    const c1 = c0 + rng.int(20, 70)
    const C0 = Math.round((S0 * c0) / 1000)
    const C1 = Math.round((S1 * c1) / 1000)
    const a0 = rng.int(100, 180)
    const X0 = Math.round((S0 * a0) / 1000)
    const X1 = Math.round((S1 * (a0 + rng.int(0, 15))) / 1000)
    if (S1 - C1 - X1 <= 0) rest()
    const gm = (s: number, c: number) => q(s - c, s)
    const om = (s: number, c: number, x: number) => q(s - c - x, s)
    return balanced({
      stem: `A company’s figures (in thousands of dollars) for 2024 and 2025: net sales ${k(S0)} and ${k(S1)}; cost of goods sold ${k(C0)} and ${k(C1)}; selling, general and administrative expenses ${k(X0)} and ${k(X1)}. Beneish’s gross margin index for 2025 is the 2024 gross margin ÷ the 2025 gross margin, gross margin being (net sales − cost of goods sold) ÷ net sales. What is the GMI, ${DP3}?`,
      show: three,
      figures: { S0, S1, C0, C1, X0, X1 },
      key: div(gm(S0, C0), gm(S1, C1)),
      wrong: [
        [div(gm(S1, C1), gm(S0, C0)), 'divides the later year’s margin by the earlier one'],
        [rr(C0, S0, C1, S1), 'takes the earlier cost ratio over the later one'],
        [q(S0 - C0, S1 - C1), 'divides the gross profit dollars'],
        [rr(S0 - C0, C0, S1 - C1, C1), 'uses the markup on cost for the margin'],
        [div(om(S0, C0, X0), om(S1, C1, X1)), 'uses the operating margin'],
        [rr(C1, S1, C0, S0), 'takes the later cost ratio over the earlier one'],
      ],
    })
  }),
  apart('beneish-asset-quality-index', (rng) => {
    const TA0 = rng.int(50000, 500000)
    const s0 = rng.int(100, 220)
    // Drawn in ten-thousandths so the key is no rounder than the slips.
    const aqi = rng.int(11500, 16000)
    const TA1 = part(rng, TA0, 105, 125)
    const soft0 = Math.round((TA0 * s0) / 1000)
    const soft1 = Math.round((TA1 * s0 * aqi) / 10000000)
    const L0 = part(rng, soft0, 25, 40)
    const L1 = part(rng, L0, 95, 105)
    const I0 = part(rng, soft0 - L0, 45, 60)
    const O0 = soft0 - L0 - I0
    const I1 = part(rng, soft1 - L1, 62, 78)
    const O1 = soft1 - L1 - I1
    const CA0 = part(rng, TA0 - soft0, 45, 60)
    const P0 = TA0 - soft0 - CA0
    const CA1 = part(rng, TA1 - soft1, 45, 60)
    const P1 = TA1 - soft1 - CA1
    const sh = (ta: number, ca: number, p: number) => sub(1, q(ca + p, ta))
    return balanced({
      stem: `A company’s balance sheets (in thousands of dollars) at the ends of 2024 and 2025: current assets ${k(CA0)} and ${k(CA1)}; net property, plant and equipment ${k(P0)} and ${k(P1)}; long-term investments ${k(L0)} and ${k(L1)}; goodwill and intangible assets ${k(I0)} and ${k(I1)}; other long-term assets (capitalized costs and deferred charges) ${k(O0)} and ${k(O1)}; total assets ${k(TA0)} and ${k(TA1)}. Beneish’s asset quality index for 2025 is [1 − (current assets + net PP&E) ÷ total assets] for 2025 ÷ the same ratio for 2024. What is the AQI, ${DP3}?`,
      show: three,
      figures: { CA0, CA1, P0, P1, L0, L1, I0, I1, O0, O1, TA0, TA1 },
      key: div(sh(TA1, CA1, P1), sh(TA0, CA0, P0)),
      wrong: [
        [
          div(sh(TA0, CA0, P0), sh(TA1, CA1, P1)),
          'divides the earlier year’s ratio by the later one',
        ],
        [rr(CA1 + P1, TA1, CA0 + P0, TA0), 'indexes the hard assets’ share'],
        [div(sh(TA1, CA1, 0), sh(TA0, CA0, 0)), 'leaves PP&E out of the hard assets'],
        [q(TA1 - CA1 - P1, TA0 - CA0 - P0), 'takes the growth in the other assets’ dollars'],
        [
          rr(TA1 - CA1 - P1, CA1 + P1, TA0 - CA0 - P0, CA0 + P0),
          'divides the other assets by the hard assets instead of total assets',
        ],
        [rr(I1, TA1, I0, TA0), 'counts only goodwill and intangibles as soft assets'],
      ],
    })
  }),
  apart('beneish-depreciation-index', (rng) => {
    const P0 = rng.int(20000, 300000)
    const r0 = rng.int(80, 150)
    const r1 = Math.round((r0 * 100) / rng.int(112, 150))
    const P1 = part(rng, P0, 104, 114)
    const D0 = Math.round((P0 * r0) / (1000 - r0))
    const D1 = Math.round((P1 * r1) / (1000 - r1))
    const M0 = part(rng, D0, 30, 50)
    const M1 = part(rng, M0, 40, 70)
    const AD0 = part(rng, P0, 50, 80)
    // Accumulated depreciation grows by the year's charge less what retired assets carried off.
    const AD1 = AD0 + part(rng, D1, 70, 100)
    const rate = (d: number, p: number) => q(d, d + p)
    return balanced({
      stem: `A company’s figures (in thousands of dollars) for 2024 and 2025: depreciation of property, plant and equipment ${k(D0)} and ${k(D1)}; amortization of intangible assets ${k(M0)} and ${k(M1)} (the cash flow statement shows depreciation and amortization of ${k(D0 + M0)} and ${k(D1 + M1)}); net PP&E at year end ${k(P0)} and ${k(P1)}; accumulated depreciation at year end ${k(AD0)} and ${k(AD1)}. Beneish’s depreciation index for 2025 is the 2024 depreciation rate ÷ the 2025 rate, each rate being depreciation of PP&E ÷ (depreciation of PP&E + net PP&E), amortization left out. What is the DEPI, ${DP3}?`,
      show: three,
      figures: { D0, D1, M0, M1, P0, P1, AD0, AD1 },
      key: div(rate(D0, P0), rate(D1, P1)),
      wrong: [
        [div(rate(D1, P1), rate(D0, P0)), 'divides the later year’s rate by the earlier one'],
        [q(D0, D1), 'divides the depreciation dollars'],
        [div(rate(D0, P0), rate(D1, P0)), 'uses the 2024 PP&E in both rates'],
        [div(rate(D0, P1), rate(D1, P1)), 'uses the 2025 PP&E in both rates'],
        [rr(D0, P0, D1, P1), 'leaves the depreciation out of each rate’s base'],
        [div(rate(D0 + M0, P0), rate(D1 + M1, P1)), 'counts the amortization as depreciation'],
        [div(rate(D0, P0 + AD0), rate(D1, P1 + AD1)), 'uses gross PP&E at cost'],
      ],
    })
  }),
  apart('beneish-sales-general-and-administrative-expenses-index', (rng) => {
    const S0 = rng.int(40000, 400000)
    const S1 = part(rng, S0, 106, 130)
    const a0 = rng.int(120, 250)
    const a1 = Math.round((a0 * rng.int(110, 135)) / 100)
    const X0 = Math.round((S0 * a0) / 1000)
    const X1 = Math.round((S1 * a1) / 1000)
    const c0 = rng.int(500, 650)
    const C0 = Math.round((S0 * c0) / 1000)
    const C1 = Math.round((S1 * (c0 + rng.int(5, 20))) / 1000)
    const DA0 = part(rng, S0, 3, 6)
    const DA1 = part(rng, DA0, 100, 110)
    return balanced({
      stem: `A company’s figures (in thousands of dollars) for 2024 and 2025: net sales ${k(S0)} and ${k(S1)}; cost of goods sold ${k(C0)} and ${k(C1)}; selling, general and administrative expenses ${k(X0)} and ${k(X1)}, which exclude depreciation and amortization of ${k(DA0)} and ${k(DA1)} shown on a line of its own. Beneish’s SG&A index for 2025 is (SG&A ÷ net sales for 2025) ÷ (SG&A ÷ net sales for 2024), with SG&A as reported. What is the SGAI, ${DP3}?`,
      show: three,
      figures: { S0, S1, C0, C1, X0, X1, DA0, DA1 },
      key: rr(X1, S1, X0, S0),
      wrong: [
        [rr(X0, S0, X1, S1), 'divides the earlier year’s ratio by the later one'],
        [rr(X1 + C1, S1, X0 + C0, S0), 'adds the cost of goods sold to SG&A'],
        [rr(X1 + DA1, S1, X0 + DA0, S0), 'adds depreciation and amortization to SG&A'],
        [q(X1, X0), 'takes the growth in SG&A alone'],
        [rr(X1, S0, X0, S1), 'pairs each year’s SG&A with the other year’s sales'],
        [rr(X1, S1 - C1, X0, S0 - C0), 'scales SG&A by gross profit instead of sales'],
      ],
    })
  }),
  apart('beneish-leverage-index', (rng) => {
    const TA0 = rng.int(50000, 500000)
    const TA1 = part(rng, TA0, 102, 120)
    const l0 = rng.int(350, 550)
    // The index is drawn in ten-thousandths and the 2025 debt rounded from it, so the key is no
    // rounder than the slips.
    const D0 = Math.round((TA0 * l0) / 1000)
    const D1 = Math.round((TA1 * D0 * rng.int(11000, 13500)) / (TA0 * 10000))
    const CL0 = part(rng, D0, 40, 55)
    const LT0 = D0 - CL0
    const CL1 = part(rng, D1, 50, 65)
    const LT1 = D1 - CL1
    const O0 = part(rng, TA0, 8, 14)
    const O1 = part(rng, O0, 95, 105)
    const E0 = TA0 - D0 - O0
    const E1 = TA1 - D1 - O1
    if (E1 <= 0) rest()
    return balanced({
      stem: `A company’s balance sheets (in thousands of dollars) at the ends of 2024 and 2025: current liabilities ${k(CL0)} and ${k(CL1)}; long-term debt ${k(LT0)} and ${k(LT1)}; deferred taxes and other long-term liabilities ${k(O0)} and ${k(O1)}; shareholders’ equity ${k(E0)} and ${k(E1)}; total assets ${k(TA0)} and ${k(TA1)}. Beneish’s leverage index for 2025 is [(current liabilities + total long-term debt) ÷ total assets] for 2025 ÷ the same ratio for 2024. What is the LVGI, ${DP3}?`,
      show: three,
      figures: { CL0, CL1, LT0, LT1, O0, O1, TA0, TA1 },
      key: rr(D1, TA1, D0, TA0),
      wrong: [
        [rr(D0, TA0, D1, TA1), 'divides the earlier year’s ratio by the later one'],
        [rr(D1 + O1, TA1, D0 + O0, TA0), 'counts every liability, deferred taxes included'],
        [rr(LT1, TA1, LT0, TA0), 'counts only the long-term debt'],
        [q(D1, D0), 'takes the growth in the debt’s dollars'],
        [rr(D1, E1, D0, E0), 'divides by equity instead of total assets'],
        [rr(D1, TA0, D0, TA1), 'pairs each year’s debt with the other year’s assets'],
      ],
    })
  }),
  apart('beneish-total-accruals-to-total-assets', (rng) => {
    const TA0 = rng.int(50000, 500000)
    const TA1 = part(rng, TA0, 104, 125)
    const I1 = part(rng, TA1, 5, 10)
    const F1 = part(rng, I1, 40, 70)
    const I0 = part(rng, I1, 80, 95)
    const DL = part(rng, I1, 8, 25)
    const S1 = part(rng, TA1, 115, 200)
    const EB = part(rng, I1, 130, 160)
    const V1 = part(rng, TA1, 4, 9)
    if (I0 - F1 <= 0) rest()
    const tata = (inc: number, cash: number, base: Fraction | number) => div(inc - cash, base)
    return balanced({
      stem: `A company’s figures (in thousands of dollars) for 2025: net sales ${k(S1)}; operating income ${k(EB)}; income from continuing operations ${k(I1)} (${k(I0)} in 2024); a loss from discontinued operations of ${k(DL)}, so net income was ${k(I1 - DL)}; cash flow from operations ${k(F1)}; cash used in investing activities ${k(V1)}; total assets ${k(TA1)} at the end of 2025 and ${k(TA0)} at the end of 2024. Take Beneish’s total accruals to total assets for 2025, in its cash-flow form as stated for this exercise, as (income from continuing operations − cash flow from operations) ÷ total assets at the end of 2025. What is TATA, ${DP4}?`,
      show: four,
      figures: { TA0, TA1, I1, F1, I0, DL, S1, EB, V1 },
      key: tata(I1, F1, TA1),
      wrong: [
        [tata(I1 - DL, F1, TA1), 'starts from net income after the discontinued loss'],
        [tata(I1, F1, S1), 'scales by net sales instead of total assets'],
        [tata(I0, F1, TA1), 'takes the 2024 income from continuing operations'],
        [tata(EB, F1, TA1), 'starts from operating income'],
        [tata(I1, F1, TA0), 'divides by the 2024 total assets'],
        [tata(I1 + V1, F1, TA1), 'also takes off the investing cash flow'],
      ],
    })
  }),
  apart('beneish-m-score-distance-above-the-threshold', (rng) => {
    const DSRI = rng.int(1200, 1900)
    const GMI = rng.int(1000, 1300)
    const AQI = rng.int(1000, 1600)
    const SGI = rng.int(1200, 1700)
    const DEPI = rng.int(950, 1250)
    const SGAI = rng.int(850, 1250)
    const LVGI = rng.int(850, 1250)
    const TATA = rng.int(10, 50)
    const t = (x: number) => frac(x, 1000)
    const c = (x: number) => frac(x, 1000)
    const core = add(
      frac(-484, 100),
      mul(c(920), t(DSRI)),
      mul(c(528), t(GMI)),
      mul(c(404), t(AQI)),
      mul(c(892), t(SGI)),
      mul(c(115), t(DEPI)),
    )
    const sga = mul(c(172), t(SGAI))
    const lvg = mul(c(327), t(LVGI))
    const acc = mul(c(4679), t(TATA))
    const M = add(core, mul(-1, sga), acc, mul(-1, lvg))
    const over = (m: Fraction, th: Fraction) => sub(m, th)
    const T178 = frac(-178, 100)
    return balanced({
      stem: `Beneish’s eight-variable model gives M = −4.84 + 0.920 × DSRI + 0.528 × GMI + 0.404 × AQI + 0.892 × SGI + 0.115 × DEPI − 0.172 × SGAI + 4.679 × TATA − 0.327 × LVGI, and a score above −1.78 flags a likely manipulator. A company’s 2025 indices are DSRI ${(DSRI / 1000).toFixed(3)}, GMI ${(GMI / 1000).toFixed(3)}, AQI ${(AQI / 1000).toFixed(3)}, SGI ${(SGI / 1000).toFixed(3)}, DEPI ${(DEPI / 1000).toFixed(3)}, SGAI ${(SGAI / 1000).toFixed(3)}, LVGI ${(LVGI / 1000).toFixed(3)} and TATA ${(TATA / 1000).toFixed(3)}. By how much does its M-score exceed the −1.78 threshold, ${DP3}?`,
      show: three,
      figures: { DSRI, GMI, AQI, SGI, DEPI, SGAI, LVGI, TATA },
      key: over(M, T178),
      wrong: [
        [over(add(core, sga, acc, lvg), T178), 'adds the SGAI and LVGI terms'],
        [over(add(core, acc), T178), 'leaves out the SGAI and LVGI terms'],
        [over(M, frac(-222, 100)), 'measures from the −2.22 cut-off'],
        [over(sub(M, acc), T178), 'leaves out the TATA term'],
        [over(sub(M, mul(2, acc)), T178), 'subtracts the TATA term'],
        [
          over(add(M, mul(c(528), sub(div(1, t(GMI)), t(GMI)))), T178),
          'enters the gross margin index upside down',
        ],
      ],
    })
  }),
  apart('relative-size-factor-of-a-vendors-largest-invoice', (rng) => {
    const m = rng.int(5, 8)
    const s2 = rng.int(3000, 40000) * 100 + rng.int(0, 99)
    const L = Math.round((s2 * rng.int(150, 450)) / 100)
    const rest_ = Array.from({ length: m - 2 }, () => Math.round((s2 * rng.int(15, 95)) / 100))
    const all = rng.shuffle([L, s2, ...rest_])
    // Three documents outside the test fall between the two largest paid invoices, so keeping
    // any of them in changes the second-largest; every option stays a ratio of at least 1.
    const between = () => s2 + Math.round(((L - s2) * rng.int(100, 900)) / 1000)
    const V = between()
    const H = between()
    const C = between()
    if (new Set([...all, V, H, C]).size < all.length + 3 || rest_.some((x) => x >= s2)) rest()
    const others = sum(all) - L
    const small = Math.min(...all)
    const sorted = [...all].sort((x, y) => x - y)
    const mid = sorted.length >> 1
    const median = sorted.length % 2 ? frac(sorted[mid]!) : frac(sorted[mid - 1]! + sorted[mid]!, 2)
    const f: Record<string, number> = { V, H, C }
    all.forEach((x, i) => {
      f[`a${i}`] = x
    })
    return balanced({
      stem: `In a relative size factor test of 2025 vendor invoices, one vendor’s paid invoices for the year were: ${all.map(c$).join(', ')}. The vendor’s extract also holds an invoice of ${c$(V)} that was voided before payment, an invoice of ${c$(H)} still on payment hold and a credit memo of ${c$(C)}; the test covers paid invoices only. The relative size factor (RSF) of a vendor is its largest invoice ÷ its second-largest invoice. What is this vendor’s RSF, ${DP2}?`,
      show: plain(2),
      figures: f,
      key: q(L, s2),
      wrong: [
        [q(L * (m - 1), others), 'divides by the average of the other invoices'],
        [q(L * m, sum(all)), 'divides by the average of all the invoices'],
        [q(L, small), 'divides by the smallest invoice'],
        [div(L, median), 'divides by the median invoice'],
        [q(L, V), 'keeps the voided invoice in the test'],
        [q(L, H), 'keeps the invoice on payment hold in the test'],
        [q(L, C), 'takes the credit memo as an invoice'],
      ],
    })
  }),
  apart('round-number-share-of-a-vendors-invoices', (rng) => {
    const N = rng.int(120, 900)
    const k3 = part(rng, N, 8, 22)
    const k4 = part(rng, k3, 15, 40)
    const k2 = part(rng, N, 6, 14)
    const cm = part(rng, N, 3, 10)
    const v = part(rng, N, 2, 8)
    if (k4 < 1) rest()
    return balanced({
      stem: `A vendor’s invoices for the year, as extracted for a round-number test: ${n(N)} paid invoices, plus ${n(cm)} credit memos and ${n(v)} voided invoices that the test leaves out. Of the paid invoices, ${n(k3)} are exact multiples of $1,000 (${n(k4)} of those ${n(k3)} are also multiples of $10,000), and another ${n(k2)} are multiples of $100 but not of $1,000. The test defines a round amount as an exact multiple of $1,000. What share of the vendor’s paid invoices are round amounts, ${PCT2}?`,
      show: pct2,
      figures: { N, k3, k4, k2, cm, v },
      key: q(k3, N),
      wrong: [
        [q(k3 + k2, N), 'counts the multiples of $100 as round'],
        [q(k3, N - k3), 'divides by the invoices that are not round'],
        [q(k3 + k4, N), 'counts the multiples of $10,000 again'],
        [q(k3, N + cm), 'keeps the credit memos in the base'],
        [q(k3, N + v), 'keeps the voided invoices in the base'],
        [q(k3, N + cm + v), 'divides by every document extracted'],
      ],
    })
  }),
  apart('duplicate-payments-not-yet-recovered', (rng) => {
    const a1 = rng.int(1500, 30000) * 100 + rng.int(0, 99)
    const a2 = rng.int(1500, 30000) * 100 + rng.int(0, 99)
    const a3 = part(rng, a1 + a2, 20, 90)
    const a4 = rng.int(1500, 30000) * 100 + rng.int(0, 99)
    const key = 2 * a1 + a2
    const c = (x: number) => frac(x, 100)
    return balanced({
      stem: `A duplicate-payment test matching on vendor and amount flagged four groups of payments: invoice 4471 from one vendor paid three times at ${c$(a1)} each; invoice 118-B from a second vendor paid twice at ${c$(a2)}; invoice 9032 from a third vendor paid twice at ${c$(a3)}, where the vendor has already refunded the second payment; and two payments of ${c$(a4)} to a landlord that matched on amount and vendor but carry different invoice numbers for two months’ rent. The first payment of each invoice was owed. What is the total of the duplicate payments still to be recovered, ${CENTS}?`,
      show: money,
      figures: { a1, a2, a3, a4 },
      key: c(key),
      wrong: [
        [c(3 * a1 + 2 * a2), 'totals every payment in the groups'],
        [c(key + a3), 'counts the duplicate already refunded'],
        [c(key + a4), 'counts the second month’s rent as a duplicate'],
        [c(a1 + a2), 'counts one duplicate in the group paid three times'],
        [c(2 * a1), 'leaves out invoice 118-B'],
        [c(key - a3), 'takes the refund off the other duplicates'],
      ],
    })
  }),
  apart('sloan-balance-sheet-accrual-ratio', (rng) => {
    const TA0 = rng.int(50000, 500000)
    const TA1 = part(rng, TA0, 104, 122)
    const CA0 = part(rng, TA0, 35, 50)
    const dCA = part(rng, TA0, 6, 12)
    const CA1 = CA0 + dCA
    const K0 = part(rng, CA0, 15, 25)
    const K1 = K0 - part(rng, K0, 10, 30)
    const CL0 = part(rng, TA0, 20, 30)
    const dSTD = part(rng, TA0, 0.5, 2)
    const dTP = part(rng, TA0, 0.3, 1)
    const CL1 = CL0 + part(rng, TA0, 0.5, 3) + dSTD + dTP
    const SD0 = part(rng, CL0, 10, 20)
    const SD1 = SD0 + dSTD
    const TP0 = part(rng, CL0, 3, 8)
    const TP1 = TP0 + dTP
    const Dp = part(rng, TA0, 2, 4)
    const acc = (ca: number, cash: number, cl: number, std: number, tp: number, dep: number) =>
      ca - cash - (cl - std - tp) - dep
    const A = acc(CA1 - CA0, K1 - K0, CL1 - CL0, dSTD, dTP, Dp)
    if (A <= 0) rest()
    const avg = frac(TA0 + TA1, 2)
    return balanced({
      stem: `A company’s balance sheets (in thousands of dollars) at the ends of 2024 and 2025: current assets ${k(CA0)} and ${k(CA1)}, of which cash and equivalents ${k(K0)} and ${k(K1)}; current liabilities ${k(CL0)} and ${k(CL1)}, of which short-term debt and current maturities of long-term debt ${k(SD0)} and ${k(SD1)} and income taxes payable ${k(TP0)} and ${k(TP1)}; total assets ${k(TA0)} and ${k(TA1)}. Depreciation and amortization for 2025 was ${k(Dp)}. Sloan’s balance-sheet accruals are (ΔCurrent assets − ΔCash) − (ΔCurrent liabilities − ΔShort-term debt − ΔTaxes payable) − Depreciation and amortization, and the accrual ratio divides them by the average of the two years’ total assets. What is the 2025 accrual ratio, ${PCT2}?`,
      show: pct2,
      figures: { CA0, CA1, K0, K1, CL0, CL1, SD0, SD1, TP0, TP1, TA0, TA1, Dp },
      key: div(A, avg),
      wrong: [
        [div(A + (K1 - K0), avg), 'leaves the change in cash in'],
        [div(A - dSTD, avg), 'leaves the short-term debt in current liabilities'],
        [div(A - dTP, avg), 'leaves the taxes payable in current liabilities'],
        [q(A, TA1), 'divides by the 2025 total assets'],
        [div(A + Dp, avg), 'leaves out depreciation and amortization'],
        [q(A, TA0), 'divides by the 2024 total assets'],
        [div(A + 2 * Dp, avg), 'adds depreciation and amortization back'],
      ],
    })
  }),
  apart('change-in-days-sales-outstanding-on-credit-sales', (rng) => {
    const S0 = rng.int(20000, 300000)
    const S1 = part(rng, S0, 104, 125)
    const cs0 = rng.int(66, 85)
    const cs1 = cs0 + rng.int(-3, 3)
    const C0 = Math.round((S0 * cs0) / 100)
    const C1 = Math.round((S1 * cs1) / 100)
    const R0 = part(rng, C0, 9, 15)
    const Rm = part(rng, R0, 65, 78)
    const R1 = Math.round((C1 * R0 * rng.int(118, 150)) / (C0 * 100))
    const g0 = rng.int(450, 560)
    const G0 = Math.round((S0 * g0) / 1000)
    const G1 = Math.round((S1 * (g0 + rng.int(-10, 10))) / 1000)
    const dso = (ar: Fraction | number, base: number) => div(mul(ar, 365), base)
    const chg = (a: Fraction, b: Fraction) => sub(a, b)
    return balanced({
      stem: `A distributor’s figures (in thousands of dollars): total sales ${k(S0)} in 2024 and ${k(S1)} in 2025, of which credit sales ${k(C0)} and ${k(C1)}; cost of goods sold ${k(G0)} and ${k(G1)}; trade receivables ${k(Rm)} at the end of 2023, ${k(R0)} at the end of 2024 and ${k(R1)} at the end of 2025. The examiner measures days sales outstanding as year-end trade receivables ÷ the year’s credit sales × 365. By how many days did DSO rise from 2024 to 2025, ${DP1}?`,
      show: days1,
      figures: { S0, S1, C0, C1, Rm, R0, R1, G0, G1 },
      key: chg(dso(R1, C1), dso(R0, C0)),
      wrong: [
        [chg(dso(R1, S1), dso(R0, S0)), 'divides by total sales, cash sales included'],
        [chg(dso(frac(R0 + R1, 2), C1), dso(frac(Rm + R0, 2), C0)), 'uses average receivables'],
        [chg(dso(R0, C1), dso(Rm, C0)), 'takes each year’s opening receivables'],
        [chg(dso(R1, G1), dso(R0, G0)), 'divides by the cost of goods sold'],
        [dso(R1 - R0, C1), 'divides the change in receivables by the 2025 credit sales'],
        [dso(R1 - R0, C0), 'divides the change in receivables by the 2024 credit sales'],
      ],
    })
  }),
]
