import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `corporate-finance` test's 80 families (cost of capital 16;
 * investment appraisal 16; valuation 16; capital structure and payout 16; working capital and
 * short-term finance 16), read as a freelance analyst pricing a client's capital, appraising its
 * projects, valuing businesses and running its treasury, and as a guessing candidate, by a
 * reviewer who did not write them, under a short deadline.
 *
 * What was drawn: every family in full over several draws (stem, options and key), every family's
 * code read against its stem, and one draw's key per family worked from the rule its stem states
 * by hand, not from the family's code: 80 of 80 keys. The key test re-derives every key and
 * declared mistake in exact BigInt rationals and was kept in step with every mistake added,
 * replaced, renamed or dropped. The named mistakes were read once each over one draw.
 *
 * Keys found wrong: none. Every stem states its formula or convention (market or book weights,
 * 360 or 365 days, simple or compound, when flows fall, how tax moves) and its rounding, and every
 * key worked by hand matched the key shown.
 *
 * Weak mistakes, judged: "takes the dividend off the price twice" (cum-dividend cost of equity)
 * became a real slip, the dividend yield and growth compounded instead of added; "divides the
 * growth by the P/E" (PEG) gave way to growth taken as a decimal, not a whole percent; "compounds
 * over twelve monthly periods" (compound discount cost) was the key itself whenever the gap was 30
 * days and gave way to the simple rate over discount-window periods; "uses the rate as a monthly
 * one" (Baumol) gave way to the average balance and the rate divided outside the square root;
 * "adds the adjustment on top of the target" (Lintner) gave way to no adjustment, the increase
 * given as the dividend and the payout ratio left out of the target; the bonus issue's "one new
 * share for one more old share than stated" (a nudge) gave way to the price fall added instead of
 * taken off. Dropped with real slips left beside them: "adds the two companies' EPS" (share
 * exchange), "counts the revaluation surplus twice" (net assets, whose goodwill slip is renamed
 * goodwill deducted rather than left out), "multiplies by the tax rate" on a working-capital
 * increment that is not taxed, "divides the undiscounted net gain by the outlay" (profitability
 * index), the combined "ignores tax on the cash flow but adds the depreciation saving" and
 * "recovers working capital it never invested". Kept as real: the proxy-beta family's slips, which
 * coincide only in rare draws, and then the family drops the duplicate rather than show it twice.
 *
 * Other checks: the working-capital increment drew year-1 sales so large that the key was the
 * shortest option by habit (0.58); year-1 sales are now drawn smaller. Bonus ratios are drawn
 * 1-for-2 to 1-for-5 so the options no longer crowd round the key. CAPM from an expected market
 * return sat just over 0.50 (middle value) and gained the beta applied to the whole market return.
 *
 * Finishing: no family is over 0.50 at 300 draws; on the harness check every model's worst rule
 * is at most 0.37 (capital and appraisal, which the author left at 0.380, are now at most 0.35 and
 * 0.37).
 */
export const CORPORATE_FINANCE_REVIEW: TestFamilyReview = {
  testId: 'corporate-finance',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-07',
  families: {
    'cfi-capital/capm-return-from-a-stated-market-risk-premium': {
      verdict: 'ok',
      fingerprint: '149b9994c5831763',
      note: 'rf + beta x premium worked by hand (3.6 + 1.09 x 7.8 = 12.10%)',
    },
    'cfi-capital/capm-return-from-an-expected-market-return': {
      verdict: 'ok',
      fingerprint: '2402f58306640539',
      note: 'rf + beta x (E(Rm) - rf) worked by hand (2.2 + 1.66 x 4.9 = 10.33%); sat just over 0.50 (middle value) and gained a real slip that falls either side of the key, the beta applied to the whole market return with no risk-free rate',
    },
    'cfi-capital/cost-of-debt-from-yield-to-maturity-not-coupon': {
      verdict: 'ok',
      fingerprint: '78c82e469958e3bd',
      note: 'yield x (1 - T) worked by hand (8.7 x 0.79 = 6.87%)',
    },
    'cfi-capital/cost-of-irredeemable-debt-from-its-price': {
      verdict: 'ok',
      fingerprint: '811044ac1c6f16fd',
      note: 'interest x (1 - T) / price worked by hand (7.4 x 0.81 / 93 = 6.45%)',
    },
    'cfi-capital/wacc-with-bonds-quoted-below-par': {
      verdict: 'ok',
      fingerprint: '44345b57685dc6c0',
      note: 'market weights worked by hand (E = 2,600 x 4.41 = 11,466; D = 8,700 x 0.88 = 7,656; (11,466 x 11.5 + 7,656 x 4.83) / 19,122 = 8.83%)',
    },
    'cfi-capital/wacc-with-preference-shares-in-the-mix': {
      verdict: 'ok',
      fingerprint: '56f297005c4c1eb6',
      note: 'three-way weighting worked by hand ((6,700 x 12.2 + 2,500 x 8.4 + 2,400 x 3.476) / 11,600 = 9.58%)',
    },
    'cfi-capital/asset-beta-from-equity-beta-with-the-tax-term': {
      verdict: 'ok',
      fingerprint: '009211f15a32c5dd',
      note: 'betae / (1 + (1 - T) D/E) worked by hand (1.24 / (1 + 0.7 x 3,500/6,200) = 0.89)',
    },
    'cfi-capital/equity-beta-for-a-project-from-a-proxy-company': {
      verdict: 'ok',
      fingerprint: 'b16f7137a62c4612',
      note: 'unlevered at 28/72 and relevered at 6/94 by hand (1.85 / 1.2917 x 1.0479 = 1.50); the coinciding slips are dropped as duplicates by the family, never shown twice',
    },
    'cfi-capital/dividend-growth-cost-of-equity-from-a-cum-dividend-price': {
      verdict: 'ok',
      fingerprint: 'e23ba16e27e6b0b0',
      note: "D0(1 + g) / (cum - D0) + g worked by hand (0.4224 / 5.10 + 5.6% = 13.88%); the weak 'takes the dividend off the price twice' became a real slip, the yield and growth compounded instead of added, and a combined slip (this year's dividend over the cum price) went to keep the key off the middle",
    },
    'cfi-capital/cost-of-equity-with-growth-from-retention': {
      verdict: 'ok',
      fingerprint: '52e082680cda94c1',
      note: 'g = 0.55 x 14.1% = 7.755%, ke = 1.332 x 1.07755 / 35.94 + g = 11.75% by hand',
    },
    'cfi-capital/cost-of-redeemable-debt-by-linear-interpolation': {
      verdict: 'ok',
      fingerprint: 'a7c41cab18897c89',
      note: 'after-tax flows at 5% and 10% by hand (NPV5 = -7.17, NPV10 = -27.36; 5 - 7.17/20.19 x 5 = 3.23%), the stated formula applied as written',
    },
    'cfi-capital/cost-of-new-equity-net-of-issue-costs': {
      verdict: 'ok',
      fingerprint: '0d0bfd9c4f85db06',
      note: 'D1 / net proceeds + g by hand (0.7629 / 14.4336 + 3.1% = 8.39%)',
    },
    'cfi-capital/group-asset-beta-weighted-by-division-values': {
      verdict: 'ok',
      fingerprint: '7dd443d05d373eb6',
      note: 'value weights by hand ((3,700 x 0.50 + 9,000 x 1.32) / 12,700 = 1.08)',
    },
    'cfi-capital/wacc-from-a-debt-to-equity-ratio': {
      verdict: 'ok',
      fingerprint: 'aee26c965b9fa806',
      note: 'D/V = 36/136 by hand (16.0 x 100/136 + 5.175 x 36/136 = 13.13%)',
    },
    'cfi-capital/cost-of-preference-shares-from-market-price': {
      verdict: 'ok',
      fingerprint: '8de64ba907d35361',
      note: 'dividend / price by hand (2.60 / 41 = 6.34%)',
    },
    'cfi-capital/asset-beta-with-a-debt-beta': {
      verdict: 'ok',
      fingerprint: 'eeacbab9689b2d6d',
      note: 'D(1 - T) weights by hand (1.16 x 5,300/8,900 + 0.22 x 3,600/8,900 = 0.78)',
    },
    'cfi-appraisal/npv-of-a-machine-with-working-capital-recovered': {
      verdict: 'ok',
      fingerprint: '25ae98291e89e196',
      note: "inflows and working capital out today, back in the last year, worked by hand; the weak 'recovers working capital it never invested' went",
    },
    'cfi-appraisal/present-value-of-after-tax-flows-with-depreciation-relief': {
      verdict: 'ok',
      fingerprint: '58034412422a2d19',
      note: '(310 x 0.75 + 0.25 x 165) x AF(13%, 4) = 814.3 by hand',
    },
    'cfi-appraisal/npv-with-tax-paid-one-year-in-arrears': {
      verdict: 'ok',
      fingerprint: 'd4989922f2f8f3b8',
      note: '210 x AF(6%, 4) - 52.5 x (factors for years 2 to 5) - 430 = 126.1 by hand',
    },
    'cfi-appraisal/irr-by-interpolation-between-two-stated-rates': {
      verdict: 'ok',
      fingerprint: 'eebe8d7bbb959a80',
      note: 'NPV10 = 57.75, NPV20 = -139.84; 10 + 57.75/197.59 x 10 = 12.92% by hand',
    },
    'cfi-appraisal/profitability-index-with-a-delayed-start': {
      verdict: 'ok',
      fingerprint: '81fa9068c7f372e4',
      note: "260 x (factors for years 2 to 5 at 15%) / 540 = 1.20 by hand; the weak 'divides the undiscounted net gain by the outlay' went",
    },
    'cfi-appraisal/discounted-payback-of-uneven-flows-with-interpolation': {
      verdict: 'ok',
      fingerprint: 'e271db0c70232d93',
      note: "cumulative discounted flows walked year by year by hand, the last part-year as shortfall over that year's discounted flow",
    },
    'cfi-appraisal/equivalent-annual-cost-of-a-replacement-cycle': {
      verdict: 'ok',
      fingerprint: '41ec99bc1b3ea206',
      note: '(660 + 70 x 3.3121 - 172 x 0.7350) / 3.3121 = 231.1 by hand',
    },
    'cfi-appraisal/incremental-cash-flow-excluding-allocated-overhead': {
      verdict: 'ok',
      fingerprint: 'fc83374a98b1d4c7',
      note: '(1,740 - 640 - 120) x 0.8 + 200 x 0.2 = 824.0 by hand; the weak combined slip (tax ignored but depreciation saving added) went',
    },
    'cfi-appraisal/working-capital-increment-at-the-start-of-a-year': {
      verdict: 'ok',
      fingerprint: 'c631a73912525269',
      note: "(1,710 - 960) x 20% = 150.0 by hand; the weak 'multiplies by the tax rate' went and year-1 sales are drawn smaller so the key is no longer the shortest option by habit",
    },
    'cfi-appraisal/present-value-of-real-flows-at-a-nominal-rate': {
      verdict: 'ok',
      fingerprint: 'adb616d11969afa8',
      note: 'real rate 1.13/1.03 - 1 = 9.71%, 670 x AF(9.71%, 4) = 2,137.3 by hand',
    },
    'cfi-appraisal/accounting-rate-of-return-on-average-investment': {
      verdict: 'ok',
      fingerprint: '853763f3eb336ce2',
      note: '(580 - 875/4) / ((1,080 + 205)/2) = 56.23% by hand',
    },
    'cfi-appraisal/sensitivity-of-npv-to-annual-contribution': {
      verdict: 'ok',
      fingerprint: '8ecf04299cbb2059',
      note: 'NPV = 170 x 3.4651 - 430 = 159.07; / (340 x 3.4651) = 13.50% by hand',
    },
    'cfi-appraisal/present-value-of-reducing-balance-tax-allowances': {
      verdict: 'ok',
      fingerprint: '8ae2fc447f3f7813',
      note: '0.25 x (186 / 1.08 + 148.8 / 1.08^2) = 74.9 by hand',
    },
    'cfi-appraisal/divisible-projects-ranked-by-profitability-index': {
      verdict: 'ok',
      fingerprint: '5cf6e489e8062708',
      note: 'PI order 0.27, 0.14, 0.11: 135 + 42 x 160/300 = 157.4 by hand',
    },
    'cfi-appraisal/present-value-of-savings-received-in-advance': {
      verdict: 'ok',
      fingerprint: 'aaf61e51ae4891e4',
      note: '720 x (1 + AF(13%, 4)) = 2,861.6 by hand',
    },
    'cfi-appraisal/npv-net-of-rent-forgone-on-an-owned-building': {
      verdict: 'ok',
      fingerprint: '588e46be2e1cc633',
      note: '(370 - 30) x AF(9%, 4) - 620 = 481.5 by hand, the study sunk',
    },
    'cfi-valuation/share-value-by-gordon-growth-from-the-dividend-just-paid': {
      verdict: 'ok',
      fingerprint: '9453863c84c08d89',
      note: '0.82 x 1.044 / 0.088 = 9.73 by hand',
    },
    'cfi-valuation/two-stage-dividend-value-with-a-growth-change': {
      verdict: 'ok',
      fingerprint: 'eb61ffc23cbd37c8',
      note: 'D1 = 1.1634, D2 = 1.2890, TV2 = 1.3367 / 0.096; discounted at 13.3% = 12.88 by hand',
    },
    'cfi-valuation/free-cash-flow-from-ebitda-with-tax-on-ebit': {
      verdict: 'ok',
      fingerprint: 'b20fc09dfe2d1385',
      note: '6,840 x 0.8 + 1,460 - 1,630 - 220 = 5,082.0 by hand',
    },
    'cfi-valuation/enterprise-value-of-a-steady-growth-firm': {
      verdict: 'ok',
      fingerprint: '681f1f3e0099bc7e',
      note: '7,370 x 1.01 / 0.067 = 111,100.0 by hand',
    },
    'cfi-valuation/equity-value-per-share-after-net-debt-and-preference': {
      verdict: 'ok',
      fingerprint: '906f8c8d3a047e0b',
      note: '(12,890 - 1,140 + 700 - 1,190) / 2,970 = 3.79 by hand',
    },
    'cfi-valuation/share-price-implied-by-a-peer-ev-to-ebitda-multiple': {
      verdict: 'ok',
      fingerprint: '948645e3931fe990',
      note: '(6.8 x 2,800 - 350) / 3,620 = 5.16 by hand',
    },
    'cfi-valuation/private-company-value-from-a-peer-pe-with-a-discount': {
      verdict: 'ok',
      fingerprint: '755cdfd0643f0b48',
      note: '15.0 x 3,190 x 0.8 = 38,280.0 by hand',
    },
    'cfi-valuation/net-asset-value-per-share-at-realisable-values': {
      verdict: 'ok',
      fingerprint: '0d0159d3705a39e8',
      note: "(5,580 + 5,070 - 970 - 2,440) / 3,390 = 2.14 by hand; the weak 'counts the revaluation surplus twice' went and the goodwill slip is renamed as what it is, goodwill deducted rather than left out",
    },
    'cfi-valuation/present-value-of-a-terminal-value-after-a-forecast': {
      verdict: 'ok',
      fingerprint: '707d866da9fcfb0c',
      note: '3,020 x 1.011 / 0.067 / 1.078^3 = 36,377.0 by hand',
    },
    'cfi-valuation/equity-value-from-growing-fcfe': {
      verdict: 'ok',
      fingerprint: 'e920f130d8eaaebf',
      note: 'FCFE 1,900 x 1.022 / 0.103 = 18,852.4 by hand',
    },
    'cfi-valuation/trailing-pe-justified-by-payout-and-growth': {
      verdict: 'ok',
      fingerprint: '792f99dc149b96c7',
      note: '0.6 x 1.041 / 0.034 = 18.37 by hand',
    },
    'cfi-valuation/bond-price-redeemed-at-a-premium': {
      verdict: 'ok',
      fingerprint: '22535e5fb4d8a734',
      note: '3.2 x AF(4.5%, 4) + 110 / 1.045^4 = 103.72 by hand',
    },
    'cfi-valuation/implied-ev-to-ebitda-of-a-takeover-offer': {
      verdict: 'ok',
      fingerprint: '5bc8b5df479a8783',
      note: '(12.27 x 5,070 + 8,740 - 700) / 3,530 = 19.90 by hand',
    },
    'cfi-valuation/peg-ratio-on-trailing-earnings': {
      verdict: 'ok',
      fingerprint: 'e8ca6f82e8fc9f18',
      note: "69.46 / 3.31 / 11 = 1.91 by hand; the weak 'divides the growth by the P/E' gave way to growth taken as a decimal, not a whole percent",
    },
    'cfi-valuation/acquirer-gain-after-the-bid-premium': {
      verdict: 'ok',
      fingerprint: '0433a470a47dd777',
      note: '2,910 / 0.129 - 3,210 - 2,170 x 10.51 x 0.34 = 11,593.9 by hand',
    },
    'cfi-valuation/post-merger-eps-on-a-share-exchange': {
      verdict: 'ok',
      fingerprint: 'e5a75210e7475987',
      note: "8,500 / (2,390 + 3,690 x 3/5) = 1.85 by hand; the weak 'adds the two companies' EPS' went",
    },
    'cfi-structure/mm-levered-firm-value-with-the-tax-shield': {
      verdict: 'ok',
      fingerprint: '395edd5b85853626',
      note: '26,210 + 0.3 x 1,790 = 26,747.0 by hand',
    },
    'cfi-structure/tax-shield-value-of-a-fixed-term-loan': {
      verdict: 'ok',
      fingerprint: 'dcefe03e24fa44d2',
      note: '31.92 x AF(4%, 7) = 191.6 by hand',
    },
    'cfi-structure/levered-cost-of-equity-under-mm-with-tax': {
      verdict: 'ok',
      fingerprint: '8a17dc7b20be9f7d',
      note: '9.7 + 3.9 x 0.8 x 0.75 = 12.04% by hand',
    },
    'cfi-structure/mm-wacc-falling-with-gearing': {
      verdict: 'ok',
      fingerprint: 'c7a11a47221e796a',
      note: 'ku x (1 - T x D/V) worked by hand from its stated formula',
    },
    'cfi-structure/eps-ebit-indifference-point-debt-versus-equity': {
      verdict: 'ok',
      fingerprint: '541ad17d5252da0a',
      note: 'EPS equated: EBIT = 900 + 310 x 8,980/2,130 = 2,206.9 by hand',
    },
    'cfi-structure/eps-after-a-share-buyback-funded-by-cash': {
      verdict: 'ok',
      fingerprint: 'b54f41c4e2c7b5bb',
      note: '(2,870 - 7,850 x 5.5% x 0.75) / (3,070 - 7,850/12.17) = 1.05 by hand',
    },
    'cfi-structure/eps-after-a-debt-funded-buyback': {
      verdict: 'ok',
      fingerprint: '243d6a468b1d03f3',
      note: '(6,180 - 1,110 - 430.77) x 0.75 / (2,620 - 314.16) = 1.51 by hand',
    },
    'cfi-structure/theoretical-ex-rights-price-of-a-share': {
      verdict: 'ok',
      fingerprint: '8d3eddc199e77f27',
      note: '(4 x 12.32 + 10.10) / 5 = 11.88 by hand',
    },
    'cfi-structure/rights-issue-new-shares-to-raise-a-net-sum': {
      verdict: 'ok',
      fingerprint: 'c6c3f75b2b202e87',
      note: '5,560k / 0.94 / 8.30 = 712,637.8, rounded up to 712,638 by hand',
    },
    'cfi-structure/prior-year-eps-restated-for-a-rights-bonus-element': {
      verdict: 'ok',
      fingerprint: '080af2a845c99c02',
      note: 'TERP 13.999; 0.84 x 13.999 / 14.41 = 0.82 by hand',
    },
    'cfi-structure/residual-dividend-after-funding-capex-at-target-gearing': {
      verdict: 'ok',
      fingerprint: '33276d2f93febd1f',
      note: '14,440 - 6,500 x 58% = 10,670.0 by hand',
    },
    'cfi-structure/dividend-under-lintner-partial-adjustment': {
      verdict: 'ok',
      fingerprint: 'b3ef8171a3a4f0d4',
      note: "0.23 + 0.58 x (0.3234 - 0.23) = 0.28 by hand; the weak 'adds the adjustment on top of the target' gave way to three real slips: no adjustment, the increase given as the dividend, and the payout ratio left out of the target",
    },
    'cfi-structure/financial-leverage-with-preference-dividends': {
      verdict: 'ok',
      fingerprint: '205651ef145ee345',
      note: '7,590 / (7,590 - 2,890 - 1,485.7) = 2.36 by hand',
    },
    'cfi-structure/new-eps-after-an-ebit-rise': {
      verdict: 'ok',
      fingerprint: '2b787a856ec44a82',
      note: '(20,709 - 810) x 0.8 / 5,310 = 3.00 by hand',
    },
    'cfi-structure/debt-to-equity-after-rights-proceeds-repay-debt': {
      verdict: 'ok',
      fingerprint: 'fdec9ff152bbb99d',
      note: '11,820 / 33,310 = 35.48% by hand',
    },
    'cfi-structure/share-price-after-a-bonus-issue': {
      verdict: 'ok',
      fingerprint: 'a2364176673504c4',
      note: "4.53 x 5/6 = 3.78 by hand; the nudge 'one new share for one more old share than stated' gave way to a real sign slip (the price fall added), the fall-in-price slip is named as such, and bonus ratios are drawn 1-for-2 to 1-for-5",
    },
    'cfi-working/operating-cycle-less-payables-days-from-balances': {
      verdict: 'ok',
      fingerprint: 'd754cf10b5487a7e',
      note: '29.26 + 51.03 - 43.86 = 36.4 days by hand',
    },
    'cfi-working/simple-annual-cost-of-refusing-an-early-payment-discount': {
      verdict: 'ok',
      fingerprint: 'd3cfaeb6c247b33a',
      note: '2/98 x 365/80 = 9.31% by hand',
    },
    'cfi-working/compound-annual-cost-of-an-early-payment-discount': {
      verdict: 'ok',
      fingerprint: 'a454888a60f9503e',
      note: "(1 + 2/98)^9 - 1 = 19.94% by hand; the weak 'compounds over twelve monthly periods' (the key itself whenever the gap is 30 days) gave way to the simple rate over discount-window periods",
    },
    'cfi-working/net-annual-cost-of-factoring-with-an-advance': {
      verdict: 'ok',
      fingerprint: '3f47ec0fffef326d',
      note: 'fee on sales + interest on the advanced share of receivables - both savings, worked by hand from the stem',
    },
    'cfi-working/eoq-with-holding-cost-as-a-share-of-price': {
      verdict: 'ok',
      fingerprint: '48ad2ce4c74e04c7',
      note: 'sqrt(2 x 7,800 x 113 / 8.32) = 460.3, 460 units by hand',
    },
    'cfi-working/annual-inventory-cost-at-a-bulk-discount-quantity': {
      verdict: 'ok',
      fingerprint: '42f794fce6191d78',
      note: '11,700 x 32.01 + 10.636 x 115 + 550 x 32.01 x 22% = 379,613 by hand',
    },
    'cfi-working/effective-annual-rate-of-a-loan-with-an-upfront-fee': {
      verdict: 'ok',
      fingerprint: '91e8a005170e3040',
      note: '(223.2 + 52.08) / 3,667.92 = 7.51% by hand',
    },
    'cfi-working/effective-rate-of-a-loan-with-a-compensating-balance': {
      verdict: 'ok',
      fingerprint: 'd81af5af6460317f',
      note: 'i / (1 - balance share) worked by hand from the stated rule',
    },
    'cfi-working/net-benefit-of-offering-customers-an-early-payment-discount': {
      verdict: 'ok',
      fingerprint: '414ec961e6d7f09c',
      note: '17,180 x 48/365 x 21.3% - 17,180 x 80% x 1% = 343.8 by hand',
    },
    'cfi-working/net-working-capital-requirement-from-target-days': {
      verdict: 'ok',
      fingerprint: 'cd18ec2b0126248e',
      note: '(23,950 x 75 + 33,270 x 41 - 23,950 x 42) / 365 = 5,902.5 by hand',
    },
    'cfi-working/baumol-optimal-cash-transfer': {
      verdict: 'ok',
      fingerprint: '59c9e7cbaed3651c',
      note: "sqrt(2 x 1,697,000 x 122 / 0.024) = 131,350 by hand; the nudge 'uses the rate as a monthly one' gave way to the average balance (half the transfer) and the rate divided outside the root",
    },
    'cfi-working/invoice-discounting-charge-on-a-batch': {
      verdict: 'ok',
      fingerprint: 'abe4d6867e8f53c6',
      note: '975 x 6.6% x 76/365 + 15.6 = 29.0 by hand',
    },
    'cfi-working/bank-discount-rate-of-a-bill-from-its-price': {
      verdict: 'ok',
      fingerprint: '105c8c3cd7b8cbcb',
      note: '2.997% x 360/364 = 2.96% by hand',
    },
    'cfi-working/effective-cost-of-a-revolving-facility-with-a-commitment-fee': {
      verdict: 'ok',
      fingerprint: '09dc034e8add9a9a',
      note: '(250.7 + 16.11) / 2,300 = 11.60% by hand',
    },
    'cfi-working/finance-cost-of-extending-customer-credit': {
      verdict: 'ok',
      fingerprint: '785da1f4a792d1ca',
      note: '(48,970 x 45 - 44,120 x 34) / 365 x 7.2% = 138.8 by hand',
    },
    'cfi-working/annual-rate-of-a-six-month-discount-loan-with-a-fee': {
      verdict: 'ok',
      fingerprint: '9863fb87e2ac9b99',
      note: '(72.42 + 21.3) / 2,036.28 x 2 = 9.21% by hand',
    },
  },
}
