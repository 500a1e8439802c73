import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `forensic-accounting` test’s 85 families (fraud analytics and red
 * flags 17; indirect methods of proving income 17; asset misappropriation and financial statement
 * schemes 17; tracing funds 17; economic damages 17), read as a forensic accountant and as a
 * guessing candidate, by five reviewers who did not write them, each taking a whole domain.
 *
 * Cues: every family at most 0.46 on the cue gate and every model at most 0.340 on the guessing
 * harness. The standard rules missed digit cues, found with two more rules (pick the roundest
 * option; pick the option sharing most trailing digits with the others): Beneish indices, an
 * omitted-income share and a cookie-jar growth rate drawn as round figures made the key the
 * roundest option in up to 88 % of draws, and tracing keys were whole dollars beside slips in
 * cents; inputs are now drawn at their natural precision. Slips that repeated a figure printed in
 * the stem (the whole sum paid in, a deposit, a statement balance), slips below one for a ratio of
 * the largest to the second-largest invoice, slips a fixed amount from the key ($930, $1,596.75)
 * and an award-for-interest misreading that was always the largest option were replaced with real
 * mistakes.
 *
 * Keys: every family drawn on two seeds and each key worked by hand from its stem alone; no key was
 * wrong. One slip was wrong (a salary treated as restoring that left out the withdrawal after it).
 * Facts mended: State Industries v. Mor-Flo applied the share of the whole market, which is this
 * test’s slip, so the market-share family states its rule for the exercise without the case; the
 * Second Circuit upheld the Madoff inter-account method in 2017, not 2021; Re Oatway, Barlow Clowes
 * and Liepelt are now framed as what they held. Facts checked: Benford proportions and Nigrini’s
 * MAD bands, the Beneish 1999 coefficients, Sloan accruals, the 2025 brackets and wage base, IRC
 * 6501(e), 6662 and 6663, CPLR 5004, 11 U.S.C. § 548, the FLSA overtime rule and the FICA rates.
 * Stems now define the underpayment, the z-statistic’s terms, the duplicate test, the straight-line
 * trend and the disgorgement base. The notes below give the keys worked by hand. The key test
 * re-derives every key and named slip by an independent route.
 */
export const FORENSIC_ACCOUNTING_REVIEW: TestFamilyReview = {
  testId: 'forensic-accounting',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-08',
  families: {
    'fac-analytics/benford-expected-count-of-a-leading-digit': {
      verdict: 'ok',
      fingerprint: 'b8f4802b358f642d',
      note: 'Worked seed 11: 9,359 tested payments × 17.6 % = 1,647.184 → 1,647.2, keyed; Nigrini’s under-$10 and credit-memo exclusions checked, and duplicates stay in (the removes-duplicates slip is a real cleaning mistake).',
    },
    'fac-analytics/benford-first-digit-mean-absolute-deviation': {
      verdict: 'ok',
      fingerprint: 'a7abe2f4af6cb139',
      note: 'Worked seed 11: Σ|count ÷ 5,993 − Benford p| over nine digits = 0.05284 ÷ 9 = 0.00587, keyed; the MAD bands checked against Nigrini; one slip renamed to what it computes.',
    },
    'fac-analytics/benford-first-digit-chi-square-statistic': {
      verdict: 'ok',
      fingerprint: '4c61e42489258e0a',
      note: 'Worked seed 11: Σ(actual − 5,993 × p)² ÷ (5,993 × p) over nine digits = 52.54, keyed; the 15.507 critical value at 8 degrees of freedom and each slip checked.',
    },
    'fac-analytics/benford-z-statistic-of-a-leading-digit': {
      verdict: 'ok',
      fingerprint: '7b6884b081a4c617',
      note: 'Worked seed 11: (|1,183 − 5,710 × 0.176| − ½) ÷ 28.78 = 177.54 ÷ 28.78 = 6.169, keyed; the stem now defines N, p and the expected count N × p; one slip renamed.',
    },
    'fac-analytics/beneish-days-sales-in-receivables-index': {
      verdict: 'ok',
      fingerprint: 'e736b1dbc64589ab',
      note: 'Worked seed 11: (55,935 ÷ 265,194) ÷ (33,401 ÷ 224,171) = 1.416, keyed; the key was nearly always the roundest option (0.86), now 0.27, by drawing the index in ten-thousandths and rounding 2025 receivables from it.',
    },
    'fac-analytics/beneish-gross-margin-index': {
      verdict: 'ok',
      fingerprint: '6efdf6e1da743723',
      note: 'Worked seed 11: (137,865 ÷ 224,171) ÷ (154,901 ÷ 274,161) = 1.088, keyed; Beneish’s formula checked; middle value 0.46 on the cue gate, under 0.50.',
    },
    'fac-analytics/beneish-asset-quality-index': {
      verdict: 'ok',
      fingerprint: '6e72a502952e72a3',
      note: 'Worked seed 11: [1 − 250,872 ÷ 327,290] ÷ [1 − 234,259 ÷ 280,214] = 1.424, keyed; roundest-option cue 0.82 → 0.25 by drawing the index in ten-thousandths; each year’s components add up to its total assets.',
    },
    'fac-analytics/beneish-depreciation-index': {
      verdict: 'ok',
      fingerprint: 'bd1b1df547cec3b3',
      note: 'Worked seed 11: [21,630 ÷ 184,874] ÷ [17,096 ÷ 196,501] = 1.345, keyed; the stem now says depreciation of PP&E with amortization left out.',
    },
    'fac-analytics/beneish-sales-general-and-administrative-expenses-index': {
      verdict: 'ok',
      fingerprint: 'ca6253bdaee7bf02',
      note: 'Worked seed 11: (66,257 ÷ 266,091) ÷ (44,610 ÷ 224,171) = 1.251, keyed; “SG&A as reported” closes the D&A reading.',
    },
    'fac-analytics/beneish-leverage-index': {
      verdict: 'ok',
      fingerprint: 'dd8870b194084965',
      note: 'Worked seed 11: (184,970 ÷ 312,439) ÷ (132,261 ÷ 280,214) = 1.247, keyed; roundest-option cue 0.41 → 0.28 by drawing 2025 debt from an index in ten-thousandths; each balance sheet balances.',
    },
    'fac-analytics/beneish-total-accruals-to-total-assets': {
      verdict: 'ok',
      fingerprint: 'e9747e898ac61c30',
      note: 'Worked seed 11: (26,125 − 15,074) ÷ 322,526 = 0.0343, keyed; the cash-flow form is marked as stated for this exercise.',
    },
    'fac-analytics/beneish-m-score-distance-above-the-threshold': {
      verdict: 'ok',
      fingerprint: '429ca874568ccfea',
      note: 'Worked seed 11: M = −4.84 + 0.920×1.558 + 0.528×1.159 + 0.404×1.365 + 0.892×1.495 + 0.115×1.206 − 0.172×1.065 + 4.679×0.031 − 0.327×0.882 = −1.097543, exceeding −1.78 by 0.683, keyed; the 1999 coefficients and threshold checked; the −2.22 slip is a real mix-up.',
    },
    'fac-analytics/relative-size-factor-of-a-vendors-largest-invoice': {
      verdict: 'ok',
      fingerprint: '00a309ea412004b9',
      note: 'Worked seed 11: $73,930.12 ÷ $22,608.60 = 3.27, keyed; three impossible below-1 slips replaced with a voided invoice, an invoice on payment hold and a credit memo kept in the test; route rewritten; refusals 15 %.',
    },
    'fac-analytics/round-number-share-of-a-vendors-invoices': {
      verdict: 'ok',
      fingerprint: '987805dede95b59c',
      note: 'Worked seed 11: 80 ÷ 519 = 15.41 %, keyed; the population and the $1,000 definition are stated.',
    },
    'fac-analytics/duplicate-payments-not-yet-recovered': {
      verdict: 'ok',
      fingerprint: '1b74e837e9677ded',
      note: 'Worked seed 11: 2 × $16,080.52 + $18,831.59 = $50,992.63, keyed; the stem’s test now matches on vendor and amount, so the rent pair no longer contradicts it; one slip renamed.',
    },
    'fac-analytics/sloan-balance-sheet-accrual-ratio': {
      verdict: 'ok',
      fingerprint: '2dc6c83c66cbbffb',
      note: 'Worked seed 11: (26,620 + 6,040) − (10,087 − 3,643 − 1,961) − 7,846 = 20,331; 20,331 ÷ 299,128.5 = 6.80 %, keyed; Sloan’s 1996 definition and the average-assets base checked.',
    },
    'fac-analytics/change-in-days-sales-outstanding-on-credit-sales': {
      verdict: 'ok',
      fingerprint: 'f45e846e34708487',
      note: 'Worked seed 11: 25,116 ÷ 148,436 × 365 − 17,954 ÷ 127,330 × 365 = 61.76 − 51.47 = 10.3 days, keyed; two slips renamed to say what they divide.',
    },
    'fac-income/net-worth-method-understatement-of-income': {
      verdict: 'ok',
      fingerprint: '81e55f5016ebf082',
      note: 'Worked seed 11: ($1,030,136 − $413,106) − ($760,529 − $367,336) = $223,837 + $108,419 + $30,681 − $33,178 − $12,395 − $166,119 = $151,245.00, keyed; assets at cost, the car loan not taken off twice; seed 12 ($150,616.00) checked.',
    },
    'fac-income/increase-in-net-worth-from-two-statements-at-cost': {
      verdict: 'ok',
      fingerprint: '3bbc97f74f09daa4',
      note: 'Worked seed 11: $383,020 − $288,800 = $94,220.00, keyed; the cost, unpaid-balance and no-depreciation conventions are stated; seed 12 ($134,800.00) checked.',
    },
    'fac-income/net-worth-understatement-after-a-tested-cash-hoard': {
      verdict: 'ok',
      fingerprint: '9fdeaf0f86eeefc2',
      note: 'Worked seed 11: cap $252,529 − $42,677 − $161,366 − $27,778 = $20,708 (of the $87,465 claimed); $702,026 − ($412,607 + $20,708) + $80,681 − $1,178 − $10,395 − $244,693 = $93,126.00, keyed; the cap is now labelled a simplified test, as stated for this exercise.',
    },
    'fac-income/personal-living-expenses-for-a-net-worth-computation': {
      verdict: 'ok',
      fingerprint: 'bc11a751aed67d4a',
      note: 'Worked seed 11: $40,529 + $33,590 + $17,080 + $6,480 + $27,419 = $125,098.00, keyed; card purchases counted when charged and mortgage interest and property tax as living expenses, both stated; seed 12 ($110,068.00) checked.',
    },
    'fac-income/expenditures-method-understatement-of-income': {
      verdict: 'ok',
      fingerprint: '921d145c18b2377d',
      note: 'Worked seed 11: ($66,529 + $89,590 + $17,080 + $78,607) − ($58,771 + $8,480 + $18,419 + $8,681) − $58,882 = $98,573.00, keyed; seed 12 ($87,236.00) checked.',
    },
    'fac-income/bank-deposits-method-unreported-gross-receipts': {
      verdict: 'ok',
      fingerprint: '9650788827eb6d06',
      note: 'Worked seed 11: $809,529 − $114,144 − $17,810 − $71,538 − $6,530 + $42,450 − $475,078 = $166,879.00, keyed; redeposits are first deposited in 2024, so taking them off is right; seed 12 ($101,645.00) checked.',
    },
    'fac-income/currency-expenditures-to-add-in-a-bank-deposits-case': {
      verdict: 'ok',
      fingerprint: 'dcff016b62c991ed',
      note: 'Worked seed 11: $25,529 + $21,590 + $23,538 − $5,718 − $7,189 − ($9,450 − $3,704) − $5,419 = $46,585.00, keyed; checks to suppliers rightly play no part; seed 12 ($22,527.00) checked.',
    },
    'fac-income/markup-on-cost-method-unreported-sales': {
      verdict: 'ok',
      fingerprint: '6ea87c744843efda',
      note: 'Worked seed 11: ($81,529 + $654,850 − $23,575 − $7,203 − $59,761) × 1.44 − $690,716 = $239,293.60, keyed; seed 12 ($289,956.12) checked.',
    },
    'fac-income/gross-profit-percentage-method-unreported-sales': {
      verdict: 'ok',
      fingerprint: '9278892e61fa7325',
      note: 'Worked seed 11: ($66,529 + $575,850 + $16,124 − $6,334 − $90,679) ÷ 0.64 − $649,082 = $228,246.13 (half up), keyed; seed 12 ($347,618.55) checked.',
    },
    'fac-income/unit-and-volume-method-unreported-bar-sales': {
      verdict: 'ok',
      fingerprint: 'cf2fa715b794e6cb',
      note: 'Worked seed 11: (106 + 2,825 − 213) × 17 × 0.92 = 42,509.52 drinks × $10.535 + 15,960 × $6.50 − $397,136.00 = $154,441.79, keyed; seed 12 ($117,138.37) checked.',
    },
    'fac-income/cash-t-shortfall-of-a-schedule-c-return': {
      verdict: 'ok',
      fingerprint: '275388b58f9d13b4',
      note: 'Worked seed 11: $411,281 − $331,754 = $79,527.00, keyed; depreciation is non-cash and wages count as paid; seed 12 ($105,971.00) checked.',
    },
    'fac-income/omitted-gross-income-share-for-the-six-year-statute': {
      verdict: 'ok',
      fingerprint: '6a1da8b92db5d939',
      note: 'Worked seed 11: $251,693 ÷ ($558,529 + $108,538 + $1,530 + ($80,293 − $57,450) = $691,440) = 36.40 %, keyed; the omission is now drawn to the dollar, not as a round share of the base (roundest option 0.85 → 0.24); the 6501(e) base rules checked.',
    },
    'fac-income/additional-income-tax-on-an-understatement-across-brackets': {
      verdict: 'ok',
      fingerprint: '2b986e81583231c7',
      note: 'Worked seed 11: tax($441,122) = $123,939.95 less tax($151,043) = $29,097.32, = $94,842.63, keyed; the 2025 brackets are right; a slip always $1,596.75 above the key is replaced by the whole tax on the corrected income.',
    },
    'fac-income/self-employment-tax-on-unreported-net-profit': {
      verdict: 'ok',
      fingerprint: '92f63dd1bfc2c380',
      note: 'Worked seed 11: 12.4 % × ($176,100 − $101,529 − 92.35 % × $26,590 = $50,015.135) + 2.9 % × 92.35 % × $142,538 = $10,019.26, keyed; the $176,100 wage base confirmed; the 2024-base slip (always $930 below the key) is replaced by capping the Medicare part at the wage base too.',
    },
    'fac-income/civil-fraud-and-accuracy-related-penalties-on-an-underpayment': {
      verdict: 'ok',
      fingerprint: '227adf761d94e77b',
      note: 'Worked seed 11: 75 % × $66,712 + 20 % × $36,878 = $57,409.60, keyed; the stem now defines the underpayment and names careless, unsupported deductions rather than a preparer’s error; a new slip measures the underpayment from the tax withheld.',
    },
    'fac-income/markup-derived-from-a-sample-of-sales-invoices': {
      verdict: 'ok',
      fingerprint: 'ea311c7f538efe96',
      note: 'Worked seed 11: $4,522.20 ÷ $2,934.40 = 1.54110 × $721,082 − $698,205 = $413,053.53, keyed; the cost weighting is stated; seed 12 ($274,429.18) checked.',
    },
    'fac-income/net-worth-understatement-in-the-later-of-two-years': {
      verdict: 'ok',
      fingerprint: '6c6cb90911fa67ce',
      note: 'Worked seed 11: ($616,657 − $437,119) + $61,980 + $19,843 − $15,160 − $115,468 = $130,733.00, keyed; each slip uses the wrong year’s figure as named; seed 12 ($57,983.00) checked.',
    },
    'fac-schemes/lapping-shortfall-at-a-date': {
      verdict: 'ok',
      fingerprint: 'aeb40b4b3358f415',
      note: 'Worked seed 11: $2,437.52 + $3,523.53 + ($1,372.45 + $1,168.84) = $8,502.34 (F’s August 20 check falls after August 18), keyed; E now pays with two checks and a slip now treats the first receipt as repaid, so no slip is a figure printed in the stem.',
    },
    'fac-schemes/skimming-estimated-from-the-pour-cost': {
      verdict: 'ok',
      fingerprint: 'eeb5c57ebc12ddd8',
      note: 'Worked seed 11: ($14,139 + $66,487 − $13,192) × 96 % ÷ 23 % − $7,880.98 − $238,793.76 ÷ 1.05 = $46,160.04, keyed; comps and register sales now drawn to the cent (shared-suffix 0.42 → 0.31).',
    },
    'fac-schemes/ghost-employee-loss-over-pay-periods': {
      verdict: 'ok',
      fingerprint: '76bbe181b6080b9d',
      note: 'Worked seed 11: (9 × $2,626.85 + 9 × $2,776.58) × 1.0765 = $52,351.13 (Feb 28–Jun 20 and Jul 4–Oct 24, all Fridays), keyed; 7.65 % and the wage-base note checked.',
    },
    'fac-schemes/overtime-padding-against-access-records': {
      verdict: 'ok',
      fingerprint: '6d8abee7567b9f12',
      note: 'Worked seed 11: (12 + 4.5 + 15 + 9) = 40.5 straight-time hours × $31.52 × 1.0765 = $1,374.22, keyed; the FLSA 40-hour workweek rule is stated correctly.',
    },
    'fac-schemes/mileage-padding-at-the-company-rate': {
      verdict: 'ok',
      fingerprint: 'fe4c8bdc577f7fb8',
      note: 'Worked seed 11: (44 + 31 + 43 + 39 + 127) = 284 miles × $0.61 = $173.24, keyed; the IRS 2025 rate of 70¢ is right and the company rate is stated.',
    },
    'fac-schemes/unexplained-inventory-shrinkage-after-cutoff': {
      verdict: 'ok',
      fingerprint: '029fcb24656f1ec0',
      note: 'Worked seed 11: $962,746.52 − ($867,007.48 − $10,667.23 + $21,565.52 + $19,842.21) − 0.6 % × $3,851,574 = $41,889.10, keyed; amounts now in cents (shared-suffix 0.38 → 0.23), and draws where an option printed as a cutoff item are refused.',
    },
    'fac-schemes/gross-profit-method-estimate-of-missing-stock': {
      verdict: 'ok',
      fingerprint: '9786baf25dc021a5',
      note: 'Worked seed 11: ($329,055 + $677,853 − $25,758.41 + $21,691.30) − $1,078,814 × 66 % − $113,421.22 = $177,402.43, keyed; returns, freight and count now to the cent (0.42 → 0.28); the key never prints as the count.',
    },
    'fac-schemes/fictitious-revenue-corrected-days-sales-outstanding': {
      verdict: 'ok',
      fingerprint: '06fbda1e9af7c355',
      note: 'Worked seed 11: ($2,524,096 + $2,842,451) ÷ 2 ÷ ($22,906,000 − $1,236,924) × 365 = 45.2 days, keyed; reversing the round trip checked.',
    },
    'fac-schemes/channel-stuffing-gross-profit-to-reverse': {
      verdict: 'ok',
      fingerprint: '508bd38b809f4d52',
      note: 'Worked seed 11: (7,100 − 1,463) × 97 % × ($253 × 77 % − $123) = $392,649.18, keyed; the ASC 606 consignment reading checked, and the stem now says the reserve on units already resold is released separately, closing a second reading.',
    },
    'fac-schemes/capitalised-expense-overstatement-in-year-two': {
      verdict: 'ok',
      fingerprint: '89434fa2c8a03c10',
      note: 'Worked seed 11: $3,079,000 − $3,079,000 × 2/48 − $1,730,000 ÷ 4 = $2,518,208.33, keyed; a slip that always printed as the 2025 cost is replaced by taking no depreciation for the month it was recorded.',
    },
    'fac-schemes/cookie-jar-reserve-release-underlying-eps-growth': {
      verdict: 'ok',
      fingerprint: 'f9f3d8efa187fb53',
      note: 'Worked seed 11: ($72,863,904 − $2,288,795)/11,821,800 ÷ (($62,568,000 + $3,165,691)/12,200,000) − 1 = 10.80 %, keyed; underlying growth now drawn to 0.01 % (roundest option 0.88 → 0.27).',
    },
    'fac-schemes/shell-company-billing-loss': {
      verdict: 'ok',
      fingerprint: '092dbd6d99cb06ac',
      note: 'Worked seed 11: ($14,743.52 + $16,771.59 + $21,867.53 + $84,696.45) × 98 % − $56,746.62 × 95 % = $81,408.22, keyed; the 2/10 net 30 terms and the rebate are stated.',
    },
    'fac-schemes/kickback-overpricing-loss-by-index': {
      verdict: 'ok',
      fingerprint: '58f80c7e0c60590e',
      note: 'Worked seed 11: 23,568 × ($63.07 − $49.52 × 275.9/264.3) + 26,271 × ($61.57 − $49.52 × 290.8/264.3) = $454,250.50, keyed; units are no longer multiples of 100 and kickbacks are three transfers in cents, so no slip is always whole or a printed figure.',
    },
    'fac-schemes/refund-fraud-excess-over-the-store-rate': {
      verdict: 'ok',
      fingerprint: 'b26de7f54fc84851',
      note: 'Worked seed 11: $52,554 − $710,190 × $107,196 ÷ $5,359,810 = $38,350.23, keyed; recall refunds are left out on both sides.',
    },
    'fac-schemes/current-ratio-corrected-for-a-scheme': {
      verdict: 'ok',
      fingerprint: '53ac100c29aae001',
      note: 'Worked seed 11: ($9,501,547 − $394,508 − $511,067 + $370,110) ÷ ($5,070,000 + $288,990 + $471,510 + $370,110) = 1.45, keyed; the held checks go back to both cash and payables.',
    },
    'fac-schemes/inflated-pay-rate-loss-with-employer-costs': {
      verdict: 'ok',
      fingerprint: '7ee2f82f975866ab',
      note: 'Worked seed 11: $4.24 × (778 + 1.5 × 176) × (1 + 7.65 % + 5 %) = $4,976.97, keyed; the overtime excess and the match basis are stated.',
    },
    'fac-schemes/expense-report-over-reimbursement': {
      verdict: 'ok',
      fingerprint: '837eb226921d7dc2',
      note: 'Worked seed 11: $224.52 + $259.59 + $518.53 + $30.76 + $95.38 + ($567.27 − 5 × $77) = $1,311.05, keyed; amounts now to the cent and a slip that kept the key’s cents replaced (0.42 → 0.24).',
    },
    'fac-tracing/lowest-intermediate-balance-after-a-trust-deposit': {
      verdict: 'ok',
      fingerprint: '082877f7baea8bdf',
      note: 'Worked seed 11: $7,967.06 + $50,695.22 − $18,575.26 − $20,366.58 = $19,720.44, the lowest balance (later balances $40,941.43 and up), keyed; figures now in cents, and the whole-sum slip (a stem figure) replaced by taking the balance after the last withdrawal.',
    },
    'fac-tracing/first-in-first-out-share-of-a-withdrawal': {
      verdict: 'ok',
      fingerprint: '71315d2f48bcca94',
      note: 'Worked seed 11: $48,884.51 − ($40,463.48 − $18,572.74) = $26,993.77, keyed; B’s whole deposit and the whole withdrawal (stem figures) replaced by real slips; middle-value cue 0.45 → 0.40.',
    },
    'fac-tracing/pro-rata-share-of-an-asset-bought-from-a-mixed-account': {
      verdict: 'ok',
      fingerprint: 'de2d14d91debf218',
      note: 'Worked seed 11: $115,468 × [$52,000 × $121,200 ÷ $149,000] ÷ $156,200 = $31,268.01, keyed; each slip’s name checked against its working.',
    },
    'fac-tracing/house-bought-partly-with-traced-funds': {
      verdict: 'ok',
      fingerprint: '69743c33a80b79b2',
      note: 'Worked seed 11: $1,082,000 × 95 % × ($28,560.75 + $100,309.72) ÷ $790,000 = $167,678.43, keyed; the traced sum is split into deposit and closing payment so the lien is not a stem figure; cash and payoff in cents.',
    },
    'fac-tracing/ponzi-distribution-by-the-net-investment-method': {
      verdict: 'ok',
      fingerprint: '60bf18f927d30b97',
      note: 'Worked seed 11: $130,095.82 × $144,060.02 ÷ $382,634.76 = $48,980.41, keyed; withdrawals and pool in cents; draws where the rising tide pays the whole pool are refused.',
    },
    'fac-tracing/ponzi-distribution-by-the-rising-tide-method': {
      verdict: 'ok',
      fingerprint: '2945d4550976c35b',
      note: 'Worked seed 11: tide = $312,437.54 ÷ $543,000 (B, C, D lifted, A above it); 0.575391 × $168,000 − $23,939.98 = $72,725.78, keyed; pays out exactly the pool.',
    },
    'fac-tracing/net-winner-fictitious-profit-to-claw-back': {
      verdict: 'ok',
      fingerprint: 'dd98762dc12fa753',
      note: 'Worked seed 11: principal left at 2024 $591,274.76 − $357,129.96 = $234,144.80; $813,002.80 − $234,144.80 = $578,858.00, keyed; the § 548 two-year rule checked; the statement-balance slip replaced by leaving out the 2017 deposit.',
    },
    'fac-tracing/tracing-through-two-accounts': {
      verdict: 'ok',
      fingerprint: '74158f08b356ff35',
      note: 'Worked seed 11: A $61,796.78 − $23,297.39 moved − $30,145.02 = $8,354.37; B $23,297.39 − $1,626.97 − $9,600 = $12,070.42; total $20,424.79, keyed; the whole-sum slip replaced by leaving the transfer in account A as well.',
    },
    'fac-tracing/traced-balance-with-prejudgment-interest': {
      verdict: 'ok',
      fingerprint: 'b4da098fbde357e8',
      note: 'Worked seed 11: $31,032.87 × (1 + 9 % × 1,041 ÷ 365) = $38,998.54, keyed; CPLR 5004’s 9 % simple checked; figures in cents so no option is the lone whole one.',
    },
    'fac-tracing/lowest-balance-with-a-restoring-deposit': {
      verdict: 'ok',
      fingerprint: '92e66e15b9135f71',
      note: 'Worked seed 11: $60,695.22 + $9,359.36 − $52,877.83 = $17,176.75, + $23,325.90 restoring = $40,502.65, keyed; the salary-restoring slip now takes the later withdrawal from trust money; a stem-figure slip replaced.',
    },
    'fac-tracing/claim-to-an-asset-bought-before-the-account-was-drained': {
      verdict: 'ok',
      fingerprint: '33d3c041d23c1450',
      note: 'Worked seed 11: $25,094.13 lowest + ($50,695.22 − $25,094.13) ÷ $68,032.99 × $85,993.70 = $57,453.91, keyed; the rule is now stated for the exercise (the approach of Re Oatway, with a proportionate share as in Foskett v McKeown).',
    },
    'fac-tracing/rolling-charge-share-of-the-closing-balance': {
      verdict: 'ok',
      fingerprint: '873fd219ac6a3724',
      note: 'Worked seed 11: $24,000 × (1 − $21,693.54 ÷ $83,756.47) = $17,783.82, keyed; the first-in-first-out slip (C’s whole deposit) replaced by leaving out the second withdrawal; “as described in Barlow Clowes International v Vaughan”.',
    },
    'fac-tracing/share-of-a-life-policy-paid-partly-with-traced-money': {
      verdict: 'ok',
      fingerprint: 'ce2e47ea4df4e3fb',
      note: 'Worked seed 11: $859,690.57 × $32,004.39 ÷ ($48,054.65 + $32,004.39) = $343,669.78, keyed; the own-premiums slip can no longer exceed the payout.',
    },
    'fac-tracing/two-trusts-sharing-the-lowest-balance': {
      verdict: 'ok',
      fingerprint: '38801d6dcd97e516',
      note: 'Worked seed 11: $22,945.97 × $60,485.57 ÷ $74,849.75 = $18,542.48, keyed; the rule is stated for the exercise; one slip renamed.',
    },
    'fac-tracing/recovery-with-an-unsecured-claim-for-the-untraced-part': {
      verdict: 'ok',
      fingerprint: 'a6928a68f74c3440',
      note: 'Worked seed 11: $35,680.76 + $62,613.35 × $238,307.80 ÷ ($552,874.10 + $62,613.35) = $59,923.74, keyed; figures in cents so the traced-only slip is not a lone whole figure.',
    },
    'fac-tracing/ponzi-net-equity-with-an-inter-account-transfer': {
      verdict: 'ok',
      fingerprint: '61720386c607a951',
      note: 'Worked seed 11: ($458,110.93 − $188,741.70 = $269,369.23 carried) + $440,310.68 − $206,505.71 = $503,174.20, keyed; the Second Circuit year corrected from 2021 to 2017; the last-statement slip replaced.',
    },
    'fac-tracing/subrogation-to-a-mortgage-paid-with-traced-funds': {
      verdict: 'ok',
      fingerprint: 'f5cdb25b44a6a61b',
      note: 'Worked seed 11: principal of months 2–4 at 6.1 % ÷ 12 on $380,000, $20,000 prepaid after month 3: $1,300.79 + $1,307.40 + $1,415.72 = $4,023.91, keyed; interest carried unrounded is stated.',
    },
    'fac-damages/lost-profits-on-lost-sales-less-avoided-costs': {
      verdict: 'ok',
      fingerprint: '54617ca08a5ce9da',
      note: 'Worked seed 11: 17,301 × $86 = $1,487,886 × (100 − 49 − 6 − 5) % = $595,154.40 − $77,370 shift = $517,784.40, keyed; seed 12 ($144,109.76) agrees; the rent and salaried staff rightly stay out.',
    },
    'fac-damages/before-and-after-lost-profits-on-a-straight-line-trend': {
      verdict: 'ok',
      fingerprint: 'bc182f65e7bd51ee',
      note: 'Worked seed 11: step ($2,180,830 − $1,926,529) ÷ 2 = $127,150.50; but-for $2,307,980.50 + $2,435,131 − actual $3,528,583 = $1,214,528.50 × 26 % = $315,777.41, keyed; the stem now says the trend starts from actual 2023 sales and is not a fitted regression line.',
    },
    'fac-damages/yardstick-lost-profits-on-comparables-growth': {
      verdict: 'ok',
      fingerprint: '2d83d44f3bdd00e4',
      note: 'Worked seed 11: ½($4,494,693 ÷ $4,188,903 + $2,027,795 ÷ $1,848,491) × $658,529 − $507,067 = $207,437.04 × 33 % = $68,454.22, keyed; the dollar-increase and combined-growth slips are real yardstick mistakes.',
    },
    'fac-damages/lost-profits-on-a-cancelled-contract-less-mitigation': {
      verdict: 'ok',
      fingerprint: '45df6e581a16c79c',
      note: 'Worked seed 11: 19,255 × ($82 − $39) − 6,450 × ($76 − $39) + $10,784 = $600,099.00, keyed; the full-capacity fact rules out a lost-volume reading.',
    },
    'fac-damages/builders-damages-on-a-repudiated-contract': {
      verdict: 'ok',
      fingerprint: '449d7139013a2b5a',
      note: 'Worked seed 11: $1,828,529 − $621,897 paid − $655,513 saved − $30,868 salvage = $520,251.00, keyed; the expectation measure is stated and the reliance and profit-only slips checked.',
    },
    'fac-damages/present-value-of-lost-profits-at-year-end': {
      verdict: 'ok',
      fingerprint: 'f7af040873a4de76',
      note: 'Worked seed 11: $259,608 ÷ 1.13 + $277,261 ÷ 1.13² + $310,810 ÷ 1.13³ + $328,837 ÷ 1.13⁴ = $863,966.44, keyed; seed 12 ($409,602.71) agrees.',
    },
    'fac-damages/present-value-of-growing-lost-profits-at-mid-year': {
      verdict: 'ok',
      fingerprint: 'ad32f86c22285d1d',
      note: 'Worked seed 11: Σ $389,608 × 1.04^(t−1) ÷ 1.09^(2t−1) for t = 1–4 = $1,183,943.49, keyed; the stem prints the square root (1.09² = 1 + 18.81 %); one slip renamed “a whole year too many”.',
    },
    'fac-damages/prejudgment-simple-interest-on-several-losses': {
      verdict: 'ok',
      fingerprint: '67ea38d9533ed486',
      note: 'Worked seed 11: 9 % × ($87,529 × 970 + $99,590 × 825 + $131,538 × 702) ÷ 365 = $63,962.77, keyed; the compounding and whole-year slip names now say 365-day years, as computed.',
    },
    'fac-damages/prejudgment-interest-compounded-on-anniversaries': {
      verdict: 'ok',
      fingerprint: 'ca39c22f1aca8f5f',
      note: 'Worked seed 11: $509,529 × (1.08² × (1 + 8 % × 344 ÷ 365) − 1) = $129,595.32, keyed; the award-for-interest misreading (always the largest option) is replaced by December 31 compounding ($130,387.16) and stub interest on the original sum ($123,202.72), route updated.',
    },
    'fac-damages/present-value-of-an-injured-workers-lost-earnings': {
      verdict: 'ok',
      fingerprint: 'd7dd342feef6f975',
      note: 'Worked seed 11: Σ ($68,529 × 1.03^t × 1.25 − $35,155) ÷ 1.06^t for t = 1–3 = $148,740.28, keyed; seed 12 ($161,917.47) agrees.',
    },
    'fac-damages/past-lost-earnings-net-of-income-tax': {
      verdict: 'ok',
      fingerprint: 'fe934c2b27a9d690',
      note: 'Worked seed 11: ($68,529 + $71,544 − $18,983 − $39,778) × 88 % + 23 % × $140,073 = $103,771.35, keyed; Liepelt is now framed as a FELA after-tax measure where jurisdictions differ, and the disability policy is self-bought so the collateral-source rule is clean.',
    },
    'fac-damages/business-interruption-claim-over-the-period-of-restoration': {
      verdict: 'ok',
      fingerprint: 'ee5d822bc11ac7d5',
      note: 'Worked seed 11: $963,529 × 1.06 × 10 % + ($236,065 − $13,692) + $39,505 − $110,806 × 38 % = $321,905.79, keyed; the formula follows standard business-income forms and is stated for the exercise.',
    },
    'fac-damages/disgorgement-of-an-infringers-profits': {
      verdict: 'ok',
      fingerprint: 'd8c2284d44744f09',
      note: 'Worked seed 11: $4,283,422 − 22,906 × $88 − $231,305 − 7 % × $4,283,422 = $1,736,549.46, keyed; the stem now excludes the bulbs and shades and any apportionment.',
    },
    'fac-damages/reasonable-royalty-on-the-net-sales-base': {
      verdict: 'ok',
      fingerprint: '0b49ef45a6e9bf0e',
      note: 'Worked seed 11: ($5,581,529 − $212,098 − $334,892) × 7 % = $352,417.73, keyed; with marking, damages run from issue, so the pre-issue, post-notice and 25 % rule slips are real errors.',
    },
    'fac-damages/lost-value-of-a-destroyed-business': {
      verdict: 'ok',
      fingerprint: '97f8abaac009faf3',
      note: 'Worked seed 11: ($583,529 + $372,000 − $185,256 + $78,776 − $329,694) × 1.04 ÷ 12 % = $4,501,076.67, keyed; normalization and the double-count slip checked.',
    },
    'fac-damages/price-erosion-over-two-years': {
      verdict: 'ok',
      fingerprint: '2b1a1d5c9a8a5db4',
      note: 'Worked seed 11: [($253.76 − $212) × 10,339 + ($263.9104 − $204) × 9,961] × 92 % = $946,242.20, keyed; the commission slip renamed.',
    },
    'fac-damages/market-share-lost-profits-with-a-royalty-on-the-rest': {
      verdict: 'ok',
      fingerprint: '184501a285ca3426',
      note: 'Worked seed 11: min(16,478 × 35 ÷ 77 = 7,490, capacity 7,233) × ($392 − $180) + (16,478 − 7,233) × $329 × 8 % = $1,776,724.40, keyed; the Mor-Flo attribution is dropped (that court applied the whole-market share, this family’s slip) and the rule is stated for the exercise.',
    },
  },
}
