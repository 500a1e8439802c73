import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `financial-risk-management` test’s 86 families (market risk and
 * value at risk 17; interest rate risk 17; credit risk 17; derivatives and hedging 17; capital,
 * liquidity and operational risk 18), read as a risk analyst and as a guessing candidate, by five
 * reviewers who did not write them, each taking a whole domain.
 *
 * Cues: every family at most 0.45 on the cue gate and every model at most 0.325 on the guessing
 * harness. Slips that printed exactly half or double the key, a slip that was the key divided by a
 * hundred, slips that were always far from the key, and an MDA slip that repeated the earnings
 * printed in the stem were replaced with real mistakes. The standard rules missed digit cues, found
 * with two more rules (pick the roundest option; pick the option sharing most trailing digits with
 * the others): an effective duration drawn in hundredths made the key end in zero, and share
 * holdings in whole hundreds tied the delta-hedge keys to their slips’ last digits; both are now
 * drawn at their natural precision, and no family exceeds 0.40 on either rule.
 *
 * Keys: every family drawn on two seeds and each key worked by hand from its stem alone; no key was
 * wrong. Durations impossible for their bonds’ maturities were redrawn; a long put whose value at
 * risk exceeded its premium is now refused; a put-call parity stem with a second reading (the
 * stated six-month factor squared) now refuses such draws; a horizon at which two slips printed
 * alike was dropped. Stems now state the conventions their keys rely on: the EWMA update, the CTD
 * DV01 and conversion factor, deposit betas and repricing midpoints, the duration-gap formula,
 * noninterest-bearing deposits, goodwill in the leverage exposure and the LCR caps. Facts checked:
 * the 1996 backtesting plus factors, Basel 2.5 and FRTB expected shortfall, the Basel III
 * standardised weights and conversion factors, capital buffers and MDA quartiles, the leverage
 * ratio, LCR and NSFR factors, the business indicator and its marginal coefficients (ILM 1 as a
 * national discretion the EU’s CRR3 takes), the output floor, SA-CCR, IFRS 9 stages and the
 * futures, FRA and swap conventions. The notes below give the keys worked by hand. The key test
 * re-derives every key and named slip by an independent route.
 */
export const FINANCIAL_RISK_MANAGEMENT_REVIEW: TestFamilyReview = {
  testId: 'financial-risk-management',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-08',
  families: {
    'frm-market/h-day-var-of-a-stock-position-from-annual-volatility': {
      verdict: 'ok',
      fingerprint: 'a3a2adc1a501bdd8',
      note: 'Worked seed 11: 21,400 × $139.54 = $2,986,156 × (0.34 ÷ 15.8745) × 2.326 × √16 = $595,060, keyed; the quantile and √252 slips are named rightly and none lies near the key.',
    },
    'frm-market/var-rescaled-to-a-new-horizon-and-confidence': {
      verdict: 'ok',
      fingerprint: 'f632504357189e67',
      note: 'Worked seed 11: $470,252 × 2.326 ÷ 1.645 × 4 = $2,659,711, keyed; the horizon is no longer 4 days, because (1.645 ÷ 2.326)² ≈ ½ made the inverted-ratio slip print all but alike the one-day slip in 27 % of draws.',
    },
    'frm-market/var-of-two-long-positions-with-correlation': {
      verdict: 'ok',
      fingerprint: '4579ecc6791808cc',
      note: 'Worked seed 11: VaRs $1,830,466 and $3,993,745 (value × σ × 2.326 × 4), √(a² + b² + ab) = $5,158,587, keyed; the cross-term and unweighted slips checked against their names.',
    },
    'frm-market/var-of-a-long-short-pair': {
      verdict: 'ok',
      fingerprint: 'd0048feab485b3b2',
      note: 'Worked seed 11: VaRs $1,237,757 and $4,569,971, P&L correlation −0.5, √(a² + b² − ab) = $4,093,973, keyed; the short-as-long and perfect-hedge slips are named rightly.',
    },
    'frm-market/mean-adjusted-var-over-a-horizon': {
      verdict: 'ok',
      fingerprint: '754710b032a86ce1',
      note: 'Worked seed 11: $20,952,000 × (2.326 × 1.85 % × 4 − 0.06 % × 16) = $3,405,203, keyed; the stem now says the return over several days is the sum of the daily returns, closing a compounding reading.',
    },
    'frm-market/historical-var-from-ranked-returns-scaled-to-h-days': {
      verdict: 'ok',
      fingerprint: '91dd6e2da9415f32',
      note: 'Worked seed 11: 10th worst = 4.94 % × $8,645,000 = $427,063 × √9 = $1,281,189, keyed; the k = 1 % × N convention is stated and the rank slips checked.',
    },
    'frm-market/historical-expected-shortfall-from-the-tail': {
      verdict: 'ok',
      fingerprint: '91eba38a94925de6',
      note: 'Worked seed 11: mean of the worst 10 of 400 = 6.62 % × $5,766,000 = $381,709, keyed; the FRTB 97.5 % tail rule is stated; the 99 % tail slip averages the worst 4.',
    },
    'frm-market/normal-expected-shortfall-over-a-horizon': {
      verdict: 'ok',
      fingerprint: '5693568bf92ca80a',
      note: 'Worked seed 11: $20,952,000 × 1.70 % × 2.338 × 4 = $3,331,033, keyed; the factors 2.338 and 2.665 checked as φ(z) ÷ tail.',
    },
    'frm-market/backtesting-exceptions-and-the-capital-multiplier': {
      verdict: 'ok',
      fingerprint: '7446972d0f7185a4',
      note: 'Worked seed 11: 7 exceptions (the tie on day 4 excluded) → 3.65 × $865,608 × 3.1623 = $9,991,189 > $1,004,105 × 3.1623, keyed; the 1996 table checked; the stem now says as stated for this exercise (no specific risk charge).',
    },
    'frm-market/basel-2-5-market-risk-charge-with-stressed-var': {
      verdict: 'ok',
      fingerprint: 'fa0a49a88de9b56b',
      note: 'Worked seed 11: 3.65 × ($1,684,608 + $4,430,519) + $808,612 = $23,128,826, keyed; the Basel 2.5 multipliers checked; the stem now excludes incremental and comprehensive risk charges for the exercise.',
    },
    'frm-market/delta-normal-var-of-a-long-put-position': {
      verdict: 'ok',
      fingerprint: 'b6544b40c967dd48',
      note: 'Worked seed 11: 0.37 × 15,800 × $168.39 × 2.10 % × 2.326 × √9 = $144,253 (premium paid $361,978), keyed; the key could exceed the premium paid, now refused above 60 % with the premium tied to volatility; the ÷100 contract-size slip (a digit twin of the key) is replaced by the 2.576 slip.',
    },
    'frm-market/var-of-a-bond-position-from-dv01-and-yield-volatility': {
      verdict: 'ok',
      fingerprint: '62c0678f873e62f8',
      note: 'Worked seed 11: 8.47 × $24,489,630 × 0.0001 = $20,742.72 DV01 × 11 bp × 2.326 × 4 = $2,122,893, keyed; Macaulay 8.90 = 8.47 × 1.0507 is consistent.',
    },
    'frm-market/incremental-var-of-adding-a-position': {
      verdict: 'ok',
      fingerprint: '7e3e0fc269ec41c0',
      note: 'Worked seed 11: √(265,656² + 121,759² + 265,656 × 121,759) = $343,139 − $265,656 = $77,483, keyed; the component and diversification slips checked.',
    },
    'frm-market/component-var-of-a-position': {
      verdict: 'ok',
      fingerprint: '5288b4af8d4e461d',
      note: 'Worked seed 11: $121,759 × ($121,759 + 0.5 × $265,656) ÷ $343,139 = $90,337, keyed; the Euler allocation checked and the proportional and incremental slips named rightly.',
    },
    'frm-market/ewma-volatility-update-then-var': {
      verdict: 'ok',
      fingerprint: 'e3d209afa7fe81bd',
      note: 'Worked seed 11: √(0.94 × 1.71² + 0.06 × 6.21²) = 2.25 % × $21,668,000 × 2.326 = $1,133,995, keyed; the update rule σ²_today = λσ²_yesterday + (1 − λ)r² is now written in the stem.',
    },
    'frm-market/liquidity-adjusted-var-with-a-bid-ask-spread': {
      verdict: 'ok',
      fingerprint: 'd597da8fda02c7b6',
      note: 'Worked seed 11: $20,952,000 × 0.78 % × 2.326 × 4 + ½ × 2.02 % × $20,952,000 = $1,732,127, keyed; half the spread follows from mid valuation and a sale at the bid.',
    },
    'frm-market/diversification-benefit-of-two-desks-over-a-horizon': {
      verdict: 'ok',
      fingerprint: '3ca686b33554d826',
      note: 'Worked seed 11: ($163,202 + $602,592 − √(a² + b² − ab) = $539,722) × √16 = $903,888, keyed; the correlation-sign and −1 slips checked.',
    },
    'frm-rates/macaulay-duration-of-an-annual-coupon-bond': {
      verdict: 'ok',
      fingerprint: '4ee431d0cc1c0628',
      note: 'Worked seed 11: (1×4.4496 + 2×4.1683 + 3×86.1094) ÷ 94.7273 = 271.1143 ÷ 94.7273 = 2.8621 years, keyed; seed 12 (1.9776) checked; annual compounding and a face of 100 are stated.',
    },
    'frm-rates/price-fall-from-modified-duration-of-a-semiannual-bond': {
      verdict: 'ok',
      fingerprint: '3db89085d936a130',
      note: 'Worked seed 11: $10,700,000 × 95.27 % = $10,193,890 × (9.49 ÷ 1.03425 = 9.1757) × 0.0045 = $420,914, keyed; the slip printing exactly half the key is replaced by subtracting the accrued interest from the clean price ($407,129), route updated.',
    },
    'frm-rates/net-dv01-of-a-long-bond-and-a-short-hedge': {
      verdict: 'ok',
      fingerprint: '054f4d0966ef8326',
      note: 'Worked seed 11: 4.35 × $28,924,840 × 0.0001 − 7.71 × $9,267,840 × 0.0001 = $12,582.31 − $7,145.50 = $5,436.80, keyed; durations impossible for the maturities are now 4.00–4.60 and 7.60–9.00, which took the cue rule from 0.46 to under 0.40.',
    },
    'frm-rates/effective-duration-from-bumped-prices': {
      verdict: 'ok',
      fingerprint: '12ff40e02c531483',
      note: 'Worked seed 11: (113.802 − 105.298) ÷ (2 × 109.453 × 0.005) = 8.504 ÷ 1.09453 = 7.770, keyed; the 2× slip is replaced by dividing by par instead of today’s price, with bonds drawn above par; route updated. The duration is now drawn in thousandths, so the key’s last digit is no longer nearly always a zero (the roundest option found it in 0.65 of draws, now 0.19).',
    },
    'frm-rates/loss-from-duration-and-convexity-for-a-rate-rise': {
      verdict: 'ok',
      fingerprint: 'd46500a885edad37',
      note: 'Worked seed 11: $14,987,880 × (8.31 × 0.006 − ½ × 90.5 × 0.006²) = $14,987,880 × 0.048231 = $722,880, keyed; the convexity convention is stated and the slips are named rightly.',
    },
    'frm-rates/market-value-weighted-duration-of-a-bond-portfolio-with-cash': {
      verdict: 'ok',
      fingerprint: 'bd27ed17223fba48',
      note: 'Worked seed 11: $629,246,896 dollar duration ÷ ($78,665,680 of bonds + $7,800,000 cash) = 7.28 years, keyed; durations impossible for the maturities are now realistic, and refusals fell from 28 % to 3 %.',
    },
    'frm-rates/futures-to-shorten-portfolio-duration-to-a-target': {
      verdict: 'ok',
      fingerprint: '9c731b1b2bd515cb',
      note: 'Worked seed 11: (6.94 − 2.93) × $224,500,000 ÷ (4.37 × $108,040) = 1,906.8 → 1,907 contracts, keyed; the formula and the deliverable durations checked.',
    },
    'frm-rates/treasury-futures-hedge-by-dv01-with-conversion-factor-and-yield-beta': {
      verdict: 'ok',
      fingerprint: '84b00dbd45ac05b0',
      note: 'Worked seed 11: 0.92 × $121,783.35 ÷ ($49.226 ÷ 0.8326 = $59.123) = 1,895 contracts, keyed; Treasury bond futures with a deliverable duration of 5–8 are now 10-year Treasury note futures, and the CTD DV01 ÷ conversion factor rule is stated for the exercise.',
    },
    'frm-rates/one-year-repricing-gap-and-the-change-in-nii': {
      verdict: 'ok',
      fingerprint: '43f001ba2cd29c79',
      note: 'Worked seed 11: ($71,488,000 + $15,110,000 + $17,303,000 − $6,240,000 − $56,487,000 − $16,803,000) = $24,371,000 × 0.0075 = $182,783, keyed; the stem now says the noninterest-bearing demand deposits do not reprice.',
    },
    'frm-rates/nii-change-from-periodic-gaps-repricing-at-midpoints': {
      verdict: 'ok',
      fingerprint: '3af7e9da2f9a5981',
      note: 'Worked seed 11: ($25,348,000 × 10.5/12 + $16,983,000 × 7.5/12 + $15,969,000 × 3/12) × 0.0025 = $91,965, keyed; the midpoint convention is stated.',
    },
    'frm-rates/duration-gap-and-the-change-in-equity-value': {
      verdict: 'ok',
      fingerprint: 'ac7816ca44481c31',
      note: 'Worked seed 11: (4.63 − 0.91 × 2.02 = 2.7918) × $1,072,000,000 × 0.0125 ÷ 1.064 = $35,159,887, keyed; the stem now states the rule outright for the exercise.',
    },
    'frm-rates/loss-from-key-rate-dv01s-under-a-steepening-twist': {
      verdict: 'ok',
      fingerprint: 'd1c3e8120b84f1e4',
      note: 'Worked seed 11: $13,500 × 9 + $19,900 × 20 + $17,200 × 25 − $9,900 × 5 = $900,000, keyed; the 2-year fall counts as a gain and the slips are distinct.',
    },
    'frm-rates/immunizing-a-liability-with-two-bonds': {
      verdict: 'ok',
      fingerprint: 'f1cb3e36f926046f',
      note: 'Worked seed 11: $26,068,000 ÷ 1.0475⁷ = $18,837,770 × (7 − 2.10) ÷ (11.18 − 2.10) = $10,165,757, keyed; one slip renamed to say what it computes.',
    },
    'frm-rates/one-year-cumulative-gap-with-slotting-rules': {
      verdict: 'ok',
      fingerprint: 'ab5963f7ff4ca627',
      note: 'Worked seed 11: (20 % × $102,010,000 + $74,079,000 + $8,404,000 = $102,885,000) − ($41,198,000 + $11,019,000 + $17,762,000 = $69,979,000) = $32,906,000, keyed; the stem now says the demand deposits do not reprice.',
    },
    'frm-rates/nii-change-with-deposit-betas': {
      verdict: 'ok',
      fingerprint: '358cabe82215714d',
      note: 'Worked seed 11: ($194,653,000 − 0.45 × $76,043,000 − 0.65 × $51,797,000 − $34,325,000 − $19,754,000 = $72,686,600) × 0.0125 = $908,583, keyed; immediate repricing by beta is stated for the exercise.',
    },
    'frm-rates/swap-notional-to-bring-eve-dv01-within-a-limit': {
      verdict: 'ok',
      fingerprint: '1017a88c9d71b641',
      note: 'Worked seed 11: (4.59 × $2,802,000,000 − 1.68 × $2,577,840,000) × 0.0001 = $853,040.88; ($853,040.88 − $102,000) ÷ $900 × $1,000,000 = $834,489,867, keyed; swap DV01s per $1 million are realistic.',
    },
    'frm-rates/loss-on-a-zero-coupon-bond-by-full-revaluation': {
      verdict: 'ok',
      fingerprint: 'ccf9ce3b0af8771e',
      note: 'Worked seed 11: $26,100,000 ÷ 1.0445⁷ − $26,100,000 ÷ 1.057⁷ = $19,243,382 − $17,705,802 = $1,537,580, keyed; the duration-estimate slips are named rightly.',
    },
    'frm-credit/expected-loss-on-a-partly-drawn-credit-line': {
      verdict: 'ok',
      fingerprint: '6780f283a8669dfc',
      note: 'Worked seed 11: 2.82% × 43% × ($5,133,000 + 50% × $3,567,000) = $83,869.48, keyed; the EAD, CCF and LGD slips checked; the stem states the EL formula.',
    },
    'frm-credit/loss-given-default-after-haircut-collateral-and-workout-costs': {
      verdict: 'ok',
      fingerprint: '2a3dd0bbf4a0489f',
      note: 'Worked seed 11: (($5,340,000 − 75% × $2,990,000) × 36% + $214,000) ÷ $5,340,000 = 24.89%, keyed; two slips renamed to say what they compute.',
    },
    'frm-credit/cumulative-default-probability-from-conditional-annual-pds': {
      verdict: 'ok',
      fingerprint: 'c3d7bfbca757ce03',
      note: 'Worked seed 11: 1 − 0.9807 × 0.9656 × 0.9488 = 10.15%, keyed; a weak slip replaced by weighting years 2 and 3 by survival of year 1 alone; draws where a slip equals a stated PD are refused.',
    },
    'frm-credit/conditional-default-probability-from-a-cumulative-table': {
      verdict: 'ok',
      fingerprint: '7156ed9d09a3caeb',
      note: 'Worked seed 11: (12.86% − 7.79%) ÷ (1 − 7.79%) = 5.50%, keyed; two weak slips replaced by the cumulative rate divided by three and the cumulative rate conditioned on survival.',
    },
    'frm-credit/unconditional-default-probability-in-year-three': {
      verdict: 'ok',
      fingerprint: 'e4702b6e0723c337',
      note: 'Worked seed 11: 0.9722 × 0.9566 × 6.06% = 5.64%, keyed; draws where a slip equals the year-1 PD are refused.',
    },
    'frm-credit/default-intensity-implied-by-a-credit-spread': {
      verdict: 'ok',
      fingerprint: '68e71cf8afd6e55d',
      note: 'Worked seed 11: (6.93% − 4.17%) ÷ (1 − 41%) = 4.68%, keyed; the senior unsecured recovery is the right class.',
    },
    'frm-credit/unexpected-loss-of-a-single-facility': {
      verdict: 'ok',
      fingerprint: '79f36c2058090473',
      note: 'Worked seed 11: ($5,963,000 + 50% × $2,937,000) × 43% × √(0.0784 × 0.9216) = $858,962.50, keyed; stating the formula is needed for one answer, and the exact roots checked.',
    },
    'frm-credit/expected-loss-with-a-correlated-guarantor': {
      verdict: 'ok',
      fingerprint: 'be7b7664b9c634d3',
      note: 'Worked seed 11: $12,210,000 × 52% × (0.10 × 0.032 + 0.28 × 0.3 × 0.176) = $114,184.01, keyed; the joint PD is below the guarantor’s, and the substitution slip is a real Basel approach.',
    },
    'frm-credit/current-exposure-after-netting-and-collateral': {
      verdict: 'ok',
      fingerprint: 'fc3011ae9b4295b0',
      note: 'Worked seed 11: $1,926,000 + $1,966,000 − $847,000 − $831,000 − 85% × $970,000 = $1,389,500.00, keyed; the trade outside the netting agreement is excluded; draws where a slip equals a stated amount are refused.',
    },
    'frm-credit/collateral-to-call-under-a-csa-with-threshold-and-haircut': {
      verdict: 'ok',
      fingerprint: '04fa6ba7db58ff3a',
      note: 'Worked seed 11: ($15,700,000 − $1,800,000 − 92% × $8,900,000) ÷ 92% = $6,208,695.65, keyed; the minimum transfer amount only decides whether a call is made.',
    },
    'frm-credit/cva-from-an-expected-exposure-profile': {
      verdict: 'ok',
      fingerprint: 'd6d83460366e43a0',
      note: 'Worked seed 11: 59% × ($1,414,000 × 1.79% × 0.9578 + $1,782,000 × 2.27% × 0.9173 + $1,746,000 × 2.42% × 0.8786 + $1,013,000 × 2.89% × 0.8415) = $72,633.56, keyed; the discount factors match 4.41% compounded annually.',
    },
    'frm-credit/two-year-default-probability-from-a-migration-matrix': {
      verdict: 'ok',
      fingerprint: 'bcacceb6bc91f5ef',
      note: 'Worked seed 11: 0.5% + 88.8% × 0.5% + 8.7% × 3.6% + 2.0% × 23.0% = 1.72%, keyed; a weak slip replaced by equal weights on the grades in year 2.',
    },
    'frm-credit/ifrs-9-allowance-across-three-stages': {
      verdict: 'ok',
      fingerprint: '2ba88af3f523320d',
      note: 'Worked seed 11: ($50,695,223 + 50% × $14,320,721) × 0.83% × 35% + $5,193,241 × 21.75% × 42% + $2,296,779 × 50% = $1,790,862.54, keyed; balances now drawn to the dollar (shared-suffix 0.42 → under 0.30); undiscounted as stated.',
    },
    'frm-credit/annualised-net-charge-off-rate-of-a-quarter': {
      verdict: 'ok',
      fingerprint: 'fe3239e39622c66f',
      note: 'Worked seed 11: ($76,460 − $16,057) × 4 ÷ (($5,581,000 + $5,804,000) ÷ 2) = 4.24%, keyed; the base is stated.',
    },
    'frm-credit/total-coverage-ratio-of-non-performing-loans': {
      verdict: 'ok',
      fingerprint: 'a0e8af343a07f987',
      note: 'Worked seed 11: ($24,089 + $30,415 + $142,974) ÷ $304,200 = 64.92%, keyed; the ratio is defined in the stem.',
    },
    'frm-credit/sa-ccr-exposure-at-default-of-an-unmargined-netting-set': {
      verdict: 'ok',
      fingerprint: '90b93433a0180c3a',
      note: 'Worked seed 11: 1.4 × (($1,925,492 − $935,936 + $808,119) − ($677,809 − $319,297) + $746,411) = $3,059,803.60, keyed; checked against CRE52 (posted collateral not bankruptcy-remote lowers C, multiplier 1, α = 1.4); figures now drawn to the dollar.',
    },
    'frm-credit/lifetime-ecl-of-an-amortising-stage-2-loan': {
      verdict: 'ok',
      fingerprint: '4cb5fd43a238fea0',
      note: 'Worked seed 11: 46% × ($9,140,000 × 3.98% × 0.9495 + $5,940,000 × 4.63% × 0.9015 + $3,020,000 × 3.85% × 0.8560) = $318,716.04, keyed; year-end loss timing and start-of-year EAD are stated.',
    },
    'frm-hedge/cross-hedge-contracts-by-minimum-variance': {
      verdict: 'ok',
      fingerprint: '793ea8eb4891d545',
      note: 'Worked seed 11: 0.885 × 0.0308 ÷ 0.0317 × 5,300,000 ÷ 42,000 = 108.51 → 109 contracts, keyed; h* = ρσS ÷ σF and rounding to the nearest contract are stated, on the scale of Hull’s jet-fuel example.',
    },
    'frm-hedge/tailed-hedge-contracts-from-return-statistics': {
      verdict: 'ok',
      fingerprint: 'bd1feafea6be45d3',
      note: 'Worked seed 11: (3.04304 ÷ 3.3124) × (2,500,000 × $4.4359) ÷ (25,000 × $4.5167) = 90.2 → 90 contracts, keyed; one slip renamed to say it uses a hedge ratio of 1 by value.',
    },
    'frm-hedge/index-futures-to-cut-a-portfolio-beta': {
      verdict: 'ok',
      fingerprint: '30c7ad9839273357',
      note: 'Worked seed 11: β = (96 × 1.34 + 39 × 0.88) ÷ 135 = 1.20711; (1.20711 − 0.47) × $135,000,000 ÷ (5,645.63 × $50) = 352.5 → 353 contracts, keyed; the E-mini multiplier and the futures premium over spot are realistic.',
    },
    'frm-hedge/forward-price-of-a-share-with-a-known-dividend': {
      verdict: 'ok',
      fingerprint: '164bcf64c25caadc',
      note: 'Worked seed 11: ($96.27 − $2.70 ÷ 1.048) × 1.048² = $102.90, keyed; the dividend-discounting slips are named rightly.',
    },
    'frm-hedge/peso-forward-rate-by-covered-interest-parity': {
      verdict: 'ok',
      fingerprint: '510f0f4870788754',
      note: 'Worked seed 11: 18.5463 × (1 + 0.0936 × 183 ÷ 360) ÷ (1 + 0.0441 × 183 ÷ 360) = 19.0027, keyed; both money markets use actual/360 as stated.',
    },
    'frm-hedge/net-cost-of-a-partly-hedged-purchase-with-basis': {
      verdict: 'ok',
      fingerprint: 'a626fec8734e4ce7',
      note: 'Worked seed 11: 510,000 × $5.29 − 75 × 5,000 × ($5.44 − $4.73) = $2,431,650.00, keyed; CBOT corn contract size and the contract month checked.',
    },
    'frm-hedge/shares-to-delta-hedge-an-option-book': {
      verdict: 'ok',
      fingerprint: 'fa5de08ad36a0a7c',
      note: 'Worked seed 11: 328 × 56 − 69 × 32 + 144 × 44 − 780 = 21,716 shares, keyed; shares held are now drawn to the share (they were whole hundreds), shared-suffix cue 0.43 → 0.32.',
    },
    'frm-hedge/gamma-and-vega-neutral-then-delta-neutral': {
      verdict: 'ok',
      fingerprint: 'e62ad238b71cbe32',
      note: 'Worked seed 11: 0.046x + 0.023y = 296.7 and 0.16x + 0.41y = 3,441 give x = 2,800 and y = 7,300; 3,843 + 0.55 × 2,800 + 0.62 × 7,300 = 9,909 shares, keyed; the book’s delta is now drawn to the share, shared-suffix cue 0.42 → under 0.30.',
    },
    'frm-hedge/put-price-by-put-call-parity-with-a-dividend': {
      verdict: 'ok',
      fingerprint: '3eda63983277a001',
      note: 'Worked seed 11: $10.57 − $83.04 + $80 ÷ 1.047 + $1.07 × 0.9773 = $4.98, keyed; draws where squaring the stated six-month factor would give another cent (a second reading) are refused.',
    },
    'frm-hedge/maximum-loss-of-a-protective-collar': {
      verdict: 'ok',
      fingerprint: 'd8d3274f59bc2619',
      note: 'Worked seed 11: 5,600 × ($98.29 − $86.00 + $4.48 − $3.74) = $72,968.00, keyed; the premium slips have the right signs.',
    },
    'frm-hedge/settlement-of-a-forward-rate-agreement': {
      verdict: 'ok',
      fingerprint: '88c9be8f57cb9df2',
      note: 'Worked seed 11: €56,000,000 × 0.61 % × 184 ÷ 360 ÷ (1 + 3.47 % × 184 ÷ 360) = €171,552.97, keyed; settlement in advance discounted at the fixing on actual/360 is the market convention.',
    },
    'frm-hedge/net-payment-on-a-pay-fixed-interest-rate-swap': {
      verdict: 'ok',
      fingerprint: '3b088f5ecfe3e93b',
      note: 'Worked seed 11: $107,000,000 × (5.75 % ÷ 2 − 4.33 % × 182 ÷ 360) = $733,960.56, keyed; the conventions are stated and realistic; an out-of-scale slip is replaced by FRA-style discounting.',
    },
    'frm-hedge/value-of-an-outstanding-currency-forward': {
      verdict: 'ok',
      fingerprint: '734e440d268a504f',
      note: 'Worked seed 11: €2,100,000 × (1.1359 − 1.0918) ÷ (1 + 3.62 % × 182 ÷ 360) = $90,945.59, keyed; the standard valuation method.',
    },
    'frm-hedge/strike-of-index-puts-insuring-a-beta-portfolio': {
      verdict: 'ok',
      fingerprint: 'b7b5110710e44455',
      note: 'Worked seed 11: Rp = −14.06 %; Rm = 2.195 % + (−14.06 % − 2.195 %) ÷ 1.65 = −7.6565 %; 5,412 × (1 − 7.6565 % − 0.94 %) = 4,946.76, keyed; the method reproduces Hull’s portfolio-insurance example.',
    },
    'frm-hedge/euro-value-of-a-dollar-holding-with-a-forward-hedge': {
      verdict: 'ok',
      fingerprint: 'bac805d82b0909cc',
      note: 'Worked seed 11: $46,000,000 × €0.9018 + $10,120,000 × €0.8564 = €50,149,568.00, keyed; the forward sits below spot as higher dollar rates imply.',
    },
    'frm-hedge/proceeds-of-a-stack-and-roll-oil-hedge': {
      verdict: 'ok',
      fingerprint: '1f09bb4e4b9cefda',
      note: 'Worked seed 11: 300,000 × $67.68 + 228,000 × ($1.98 + $1.85 + $1.83) = $21,594,480.00, keyed; the WTI contract size checked.',
    },
    'frm-hedge/quarterly-borrowing-cost-under-an-interest-rate-cap': {
      verdict: 'ok',
      fingerprint: '8b0b8e499b862792',
      note: 'Worked seed 11: $107,000,000 × (4.11 % + 2.15 %) × 92 ÷ 360 + $1,113,000 ÷ 12 = $1,804,512.22, keyed; the caplet formula and premium spreading are stated.',
    },
    'frm-capital/credit-rwa-under-standardised-weights-and-conversion-factors': {
      verdict: 'ok',
      fingerprint: '610f78b6d5c5c001',
      note: 'Worked seed 11: 936×20% + 3,629 + 2,771×30% + 1,777×75% + 1,307×40% + 700×10%×75% + 365×20% = $6,628.55 million, keyed; weights, 2017 conversion factors and the Basel II slips (20 % for a year or less, 0 % for cancellable lines) are true; seed 12 ($5,763.25 million) agrees.',
    },
    'frm-capital/tier-1-capital-ratio-after-deductions-with-market-and-operational-charges': {
      verdict: 'ok',
      fingerprint: 'e42a0f429e65e7e7',
      note: 'Worked seed 11: (5,403 + 6,228 + 156 − 937 − 404 − 163 + 2,234) ÷ (61,529 + 12.5 × 3,128) = 12,517 ÷ 100,629 = 12.44%, keyed; the deductions and the below-threshold treatment of temporary-difference tax assets are stated; seed 12 (7.31%) agrees.',
    },
    'frm-capital/cet1-to-raise-for-the-minimum-and-combined-buffer-in-a-stress': {
      verdict: 'ok',
      fingerprint: 'eae40db6e04170a4',
      note: 'Worked seed 11: 11% × 101,529 − (7,706 − 345) = 11,168.19 − 7,361 = $3,807.19 million, keyed; the buffer is taken at its in-force rate, the AT1 ≥ 1.5 % and Tier 2 > 2 % conditions hold; seed 12 ($2,930.24 million) agrees.',
    },
    'frm-capital/maximum-distributable-amount-from-the-buffer-quartile': {
      verdict: 'ok',
      fingerprint: '765198bd7fe23f7d',
      note: 'Worked seed 11: 9.92% − (1.5% − 0.46%) − 4.5% = 4.38%, in the top quartile of a 5% buffer (above 3.75%), so 60% × (1,515 − 379) = $681.60 million, keyed; the stem now gives profit before tax and tax so the unrestricted slip no longer equals a printed figure (it did on 157 of 300 draws); seed 12 ($2,233.80 million) agrees.',
    },
    'frm-capital/tier-1-needed-for-the-leverage-ratio-with-the-g-sib-buffer': {
      verdict: 'ok',
      fingerprint: '8f834e9fca60df1d',
      note: 'Worked seed 11: 4% × (389,608 + 13,500 + 26,250 − 4,000 + 6,400 + 1,400 + 600) − 14,878 = 17,350.32 − 14,878 = $2,472.32 million, keyed; goodwill is now stated as included in the assets and Tier 1 as after its deduction, closing a double deduction; seed 12 ($648.25 million) agrees.',
    },
    'frm-capital/lcr-with-level-2-haircuts-and-caps': {
      verdict: 'ok',
      fingerprint: 'a4bf06c337be0095',
      note: 'Worked seed 11: HQLA = (14,139 + 3,535×85%) × 100/85 = 20,169.12 (Level 2B capped at 15/85 × 17,143.75, the 40% cap not binding) ÷ (64,662 − 48,496.5) = 124.77%, keyed; the caps are now stated as shares of the stock after the caps, matching Basel’s adjustment formula; seed 12 (107.67%) agrees.',
    },
    'frm-capital/lcr-net-cash-outflows-from-run-off-and-inflow-rates': {
      verdict: 'ok',
      fingerprint: '7bcef469a886090b',
      note: 'Worked seed 11: outflows 367.9 + 580.4 + 709.75 + 1,524 + 1,321 + 346.6 + 136.5 = 4,986.15 − inflows (624.5 + 526) = $3,835.65 million, keyed; run-off, drawdown and inflow rates match Basel; seed 12 ($2,379.70 million) agrees.',
    },
    'frm-capital/nsfr-from-available-and-required-stable-funding-factors': {
      verdict: 'ok',
      fingerprint: 'f18b3844c72fcbfd',
      note: 'Worked seed 11: ASF 45,546.05 ÷ RSF 38,877.6 = 117.15%, keyed; the factors are true and the secured interbank loan and mortgage lines now use the terms of the factor list; seed 12 (111.15%) agrees.',
    },
    'frm-capital/business-indicator-from-its-components': {
      verdict: 'ok',
      fingerprint: '978d136a6f32a640',
      note: 'Worked seed 11: min(1,899, 2.25% × 51,529 = 1,159.40) + 85 + max(130, 269) + max(436, 223) + 266 + 257 = €2,472.40 million, keyed; the formula matches the 2017 text; seed 12 (€2,977.19 million) agrees.',
    },
    'frm-capital/operational-risk-capital-from-marginal-bic-coefficients': {
      verdict: 'ok',
      fingerprint: '6dce44092c404d71',
      note: 'Worked seed 11: 1,000×12% + 29,000×15% + 31,184×18% = €10,083.12 million, keyed; the ILM wording now says the jurisdiction sets 1 for all banks (a Basel III national discretion the EU’s CRR3 takes); a mislabelled slip renamed; seed 12 (€7,710.18 million) agrees.',
    },
    'frm-capital/basic-indicator-approach-capital-with-a-loss-year': {
      verdict: 'ok',
      fingerprint: 'ad0fde97cfb935d1',
      note: 'Worked seed 11: 2023 = 811 − 264 − 37 = 510, 2024 = −235 (left out), 2025 = 588 + 230 − 53 = 765, so 15% × (510 + 765) ÷ 2 = €95.63 million, keyed; Basel II’s rule for negative years and securities gains checked; seed 12 (€127.35 million) agrees.',
    },
    'frm-capital/loss-component-from-ten-years-of-operational-losses': {
      verdict: 'ok',
      fingerprint: '71b60f1127057d67',
      note: 'Worked seed 11: 15 × (112.09 − 19.28) ÷ 10 = €139.22 million, keyed; net-of-recoveries, the €20,000 cut-off and the credit and market boundary rules are true; seed 12 (€89.91 million) agrees.',
    },
    'frm-capital/expected-annual-operational-loss-net-of-per-event-insurance': {
      verdict: 'ok',
      fingerprint: '0ab3f9b4fd3208f5',
      note: 'Worked seed 11: 125/8 × (79% × 25,500 + 16% × 135,000 + 5% × 4,235,000) = 15.625 × 253,495 = $3,960,859.38, keyed; the per-event deductible and limit apply before averaging; seed 12 ($1,683,324.00) agrees.',
    },
    'frm-capital/raroc-of-a-loan': {
      verdict: 'ok',
      fingerprint: '042d237e89d2d75c',
      note: 'Worked seed 11: (14,851,600 − 8,132,000 − 1,733,400 − 1,751,376 + 520,448) ÷ 13,696,000 = 27.42%, keyed; the pre-tax formula is stated in full; seed 12 (22.46%) agrees.',
    },
    'frm-capital/loan-rate-that-meets-a-raroc-hurdle': {
      verdict: 'ok',
      fingerprint: '4ad562f4f5612c1a',
      note: 'Worked seed 11: 3.8% + 0.83% + 1.64%×55% + (15% − 3.12%) × 9.2% = 6.62%, keyed; the hurdle applies to capital only; seed 12 (5.41%) agrees.',
    },
    'frm-capital/economic-capital-at-a-quantile-of-a-loss-distribution': {
      verdict: 'ok',
      fingerprint: '404607234b8f9a5a',
      note: 'Worked seed 11: the 99.9% quantile is $871 million (cumulative 99.98%) − expected loss 36.0498 = $834.95 million, keyed; the quantile definition is stated; seed 12 ($612.81 million) agrees.',
    },
    'frm-capital/cet1-ratio-under-the-output-floor': {
      verdict: 'ok',
      fingerprint: '5bc182d1b595f61d',
      note: 'Worked seed 11: 9,651 ÷ max(62,159, 72.5% × 101,461 = 73,559.23) = 13.12%, keyed; the fully phased-in 72.5% needs no jurisdiction; the 65% slip is named as Basel’s 2026 transition step; seed 12 (12.29%) agrees.',
    },
    'frm-capital/countercyclical-buffer-from-jurisdictional-rates': {
      verdict: 'ok',
      fingerprint: 'c8700997e4193ef9',
      note: 'Worked seed 11: (1% × 11,451 + 1% × 8,821) ÷ 66,440 × 115,452 = $352.26 million, keyed; weighting by private-sector credit RWA and the 12-month lag on a rise are true; seed 12 ($272.78 million) agrees.',
    },
  },
}
