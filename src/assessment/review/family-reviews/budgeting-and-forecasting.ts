import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `budgeting-and-forecasting` test's 82 families (operating budgets
 * 16; cash budgets 16; flexible budgets and variances 17; rolling forecasts, outturn and headcount
 * costing 17; budget review, capital budgets, accruals and working capital 16), read as a
 * freelance management accountant and as a guessing candidate, under a short deadline.
 *
 * What was drawn: every family once in full (stem, key, every declared named mistake) with the
 * key of that draw worked by hand (stock and purchases budgets, idle time and overtime, high-low,
 * absorption rates, receipts and payments patterns, VAT, loan interest, every variance, outturn,
 * run rate, trend, rolling total, reforecast, smoothing, FTE and NI costs, accruals,
 * prepayments, days-based balances, CCC, margins); every changed family drawn again after its
 * change. The key test re-derives every key and declared mistake in BigInt and was changed with
 * each mistake added, replaced or removed. The other named mistakes were read, not each worked for
 * several draws.
 *
 * Wrong keys found: none in the draws worked. Ambiguities fixed: opening-cash-from-prior-month
 * wrote "$12,300.00 (negative: overdrawn)" after a positive balance, readable as an overdraft; it
 * now says "a bank balance of … (a balance below zero is overdrawn)". salary-cost-with-pay-rise
 * did not say whether the rise applies to the annual salary or to the rounded monthly pay (a cent
 * apart); it now says the rise is on that monthly pay, the new monthly pay rounded to the cent.
 * reforecast-remaining-by-ytd-ratio said "scaled by the year-to-date ratio … (rounded to the
 * cent)", readable as rounding the ratio (a cent apart); it now says the ratio is unrounded and
 * the scaled amount rounded.
 *
 * Deleted: production-quarter-from-annual-plan, the same working as
 * production-units-from-stock-policy with quarters for months (83 families to 82; operating keeps
 * 16, each domain at least 15 for its five form items).
 *
 * Named mistakes judged artificial and removed or replaced: budgeted-gross-profit-two-products
 * "takes one hundred units of cost only" became the simple average of the two unit margins
 * applied to all units; seasonal-index-quarter-sales "applies the index the wrong way round"
 * (200 − index) became the index applied to a monthly average, not a quarter;
 * closing-stock-valued-at-marginal-cost lost "values stock at the fixed overhead rate";
 * headcount-for-labour-hours lost "deducts the holiday weeks twice" (replaced by holiday cover
 * added though the working weeks already exclude holidays, the real double count) and its
 * "divides by the productive share twice" is kept renamed as what a planner does: grosses the
 * hours up for idle time (as in labour-cost-with-idle-time) and divides by productive hours too;
 * stepped-supervision-cost's "budgets a year of salary for the month" is kept as real because the
 * stem now gives each supervisor's cost a year (the values are unchanged: the annual figure is
 * twelve times the month's), so not dividing by twelve is the ordinary slip;
 * loan-instalment-with-interest lost "charges interest on the instalment only";
 * peak-overdraft-from-monthly-flows lost "adds the opening balance twice" and gained the first
 * overdrawn month-end read as the peak; ytd-variance-from-monthly's "divides by the latest
 * month's budget" is kept renamed as the spreadsheet slip it is (the current month's budget cell,
 * not year-to-date) and it gained actual shown as a percentage of budget.
 * Kept after judging: the receivable, payable and inventory days families share one pattern
 * (balance = annual flow × days ÷ 365) but test three different bases (credit sales, credit
 * purchases, cost of sales), and their mistakes are the real wrong bases and year lengths.
 *
 * Cue rates at 300 draws: before, two families at 0.50 by middle value
 * (overhead-budget-high-low, sales-volume-variance-at-contribution) and 13 over 0.45 (rule means:
 * middle value 0.33, most similar 0.28). overhead-budget-high-low gained the two months'
 * average cost budgeted unflexed and the extra cost over the high month only;
 * sales-volume-variance-at-contribution gained the volume change valued at full unit cost.
 * After: none at 0.50; the highest 0.49 (flexed-budget-total-cost, new-hire-cost-from-start-month,
 * standard-full-cost-per-unit), 11 over 0.45 (rule means: middle value 0.32, most similar 0.28);
 * both former 0.50 families now under 0.45. Removing the artificial mistakes first put
 * headcount-for-labour-hours (0.58), ytd-variance-from-monthly (0.56), peak-overdraft (0.53) and
 * stepped-supervision-cost (0.51) over; the real mistakes above brought them to 0.48, 0.48 and
 * under 0.45.
 *
 * Facts confirmed: none needs a published source; every stem states its rule (stock policy,
 * collection and payment pattern, VAT rate, interest basis, NI rate and threshold "as stated by
 * the client", the forecast and variance conventions and sign), so each key depends on the stated
 * rule. Not confirmed (textbook methods known to the reviewer, not looked up): the standard
 * costing variance definitions (CIMA terminology), high-low, and the days-based balance formulas.
 */
export const BUDGETING_AND_FORECASTING_REVIEW: TestFamilyReview = {
  testId: 'budgeting-and-forecasting',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'bud-operating/production-units-from-stock-policy': {
      verdict: 'ok',
      fingerprint: 'e9166b6aeaeee843',
    },
    'bud-operating/materials-purchases-quantity': {
      verdict: 'ok',
      fingerprint: '4488563e7b1a112d',
    },
    'bud-operating/material-input-with-normal-loss': {
      verdict: 'ok',
      fingerprint: '00196192d9290ac9',
    },
    'bud-operating/labour-cost-with-idle-time': { verdict: 'ok', fingerprint: '0364d03d66de6a0c' },
    'bud-operating/overhead-budget-high-low': { verdict: 'ok', fingerprint: 'df375cf3e1513ae9' },
    'bud-operating/overhead-absorption-rate-per-labour-hour': {
      verdict: 'ok',
      fingerprint: '0201ef27f96b730d',
    },
    'bud-operating/sales-budget-with-mid-year-price-rise': {
      verdict: 'ok',
      fingerprint: 'f9a3ca868b87f150',
    },
    'bud-operating/cost-of-sales-budget': { verdict: 'ok', fingerprint: '03d66d7b5ca54a91' },
    'bud-operating/labour-cost-with-overtime-premium': {
      verdict: 'ok',
      fingerprint: 'e6ef778e852ed948',
    },
    'bud-operating/standard-full-cost-per-unit': { verdict: 'ok', fingerprint: 'a2502f3477b8f091' },
    'bud-operating/closing-stock-valued-at-marginal-cost': {
      verdict: 'ok',
      fingerprint: 'd47d8a13e2c2b015',
    },
    'bud-operating/seasonal-index-quarter-sales': {
      verdict: 'ok',
      fingerprint: 'b1881371b5cba5e2',
    },
    'bud-operating/headcount-for-labour-hours': { verdict: 'ok', fingerprint: '6b87520702758835' },
    'bud-operating/stepped-supervision-cost': { verdict: 'ok', fingerprint: '2a2071730ed6f5ef' },
    'bud-operating/budgeted-gross-profit-two-products': {
      verdict: 'ok',
      fingerprint: 'd922553eac46847e',
    },
    'bud-operating/materials-purchases-budget-cost': {
      verdict: 'ok',
      fingerprint: '2ff61245977690c1',
    },
    'bud-cash/receipts-from-collection-pattern': { verdict: 'ok', fingerprint: 'b96205ed502fe066' },
    'bud-cash/receipts-with-early-payment-discount': {
      verdict: 'ok',
      fingerprint: 'b62456bbf5f260cf',
    },
    'bud-cash/cash-payments-exclude-depreciation': {
      verdict: 'ok',
      fingerprint: '71f878be125baa50',
    },
    'bud-cash/closing-balance-with-overdraft-interest': {
      verdict: 'ok',
      fingerprint: '7474faf4f93bd666',
    },
    'bud-cash/borrowing-to-keep-minimum-balance': {
      verdict: 'ok',
      fingerprint: 'e4988e8ecd3a7402',
    },
    'bud-cash/weekly-wages-split-across-months': { verdict: 'ok', fingerprint: '55bfce275c1c2e52' },
    'bud-cash/quarterly-rent-and-annual-insurance-cash': {
      verdict: 'ok',
      fingerprint: 'cdca177fd19a63d3',
    },
    'bud-cash/loan-instalment-with-interest': { verdict: 'ok', fingerprint: '41838ed95549b6b2' },
    'bud-cash/peak-overdraft-from-monthly-flows': {
      verdict: 'ok',
      fingerprint: 'e9d588cede3c1507',
    },
    'bud-cash/credit-receipts-including-vat': { verdict: 'ok', fingerprint: 'e718fc9cf6d32340' },
    'bud-cash/closing-receivables-from-pattern': { verdict: 'ok', fingerprint: '362e0e268d25c636' },
    'bud-cash/supplier-payments-with-settlement-discount': {
      verdict: 'ok',
      fingerprint: '3cef46729a1aab68',
    },
    'bud-cash/cumulative-cash-after-capex': { verdict: 'ok', fingerprint: '39f82328e0e948a4' },
    'bud-cash/quarterly-vat-payment': { verdict: 'ok', fingerprint: '8b3644501690a703' },
    'bud-cash/opening-cash-from-prior-month': { verdict: 'ok', fingerprint: '0d2b99b071705b99' },
    'bud-cash/receipts-from-debtor-balances': { verdict: 'ok', fingerprint: 'eb159bfbf2c04514' },
    'bud-variance/flexed-budget-total-cost': { verdict: 'ok', fingerprint: '34b5a022080a7758' },
    'bud-variance/cost-variance-against-flexed-budget': {
      verdict: 'ok',
      fingerprint: 'a70e1dc4b778db4a',
    },
    'bud-variance/sales-price-variance': { verdict: 'ok', fingerprint: '3fd63f4c19c2e43b' },
    'bud-variance/sales-volume-variance-at-contribution': {
      verdict: 'ok',
      fingerprint: '7630b5d412084873',
    },
    'bud-variance/materials-price-variance-on-purchases': {
      verdict: 'ok',
      fingerprint: 'cbec6b9fbe5d8264',
    },
    'bud-variance/materials-usage-variance': { verdict: 'ok', fingerprint: '455991f406fe9c7c' },
    'bud-variance/labour-rate-variance-on-paid-hours': {
      verdict: 'ok',
      fingerprint: 'c4d1b4b6e9d6fca2',
    },
    'bud-variance/labour-efficiency-variance': { verdict: 'ok', fingerprint: '8f95903994ed342d' },
    'bud-variance/idle-time-variance': { verdict: 'ok', fingerprint: '6d79588d749ccc71' },
    'bud-variance/variable-overhead-spending-variance': {
      verdict: 'ok',
      fingerprint: 'f8928879741791b4',
    },
    'bud-variance/variable-overhead-efficiency-variance': {
      verdict: 'ok',
      fingerprint: '93794a149c30380f',
    },
    'bud-variance/fixed-overhead-expenditure-variance': {
      verdict: 'ok',
      fingerprint: 'f2bb18a1639bd2c7',
    },
    'bud-variance/fixed-overhead-volume-variance': {
      verdict: 'ok',
      fingerprint: 'dd4b0736aacc4496',
    },
    'bud-variance/flexed-budget-profit': { verdict: 'ok', fingerprint: 'e520665e70e75c34' },
    'bud-variance/actual-profit-from-operating-statement': {
      verdict: 'ok',
      fingerprint: '11b98a69b12ec445',
    },
    'bud-variance/labour-efficiency-ratio': { verdict: 'ok', fingerprint: 'bacfd9242c3cbb24' },
    'bud-variance/total-materials-variance': { verdict: 'ok', fingerprint: 'dc2a5ba17154cbbe' },
    'bud-forecast/outturn-ytd-plus-remaining-budget': {
      verdict: 'ok',
      fingerprint: 'cbc91edd901b8ba3',
    },
    'bud-forecast/run-rate-from-last-quarter': { verdict: 'ok', fingerprint: '8f8c75b91662cbd4' },
    'bud-forecast/trend-forecast-average-change': {
      verdict: 'ok',
      fingerprint: '34f6b05ce50458a1',
    },
    'bud-forecast/rolling-twelve-month-total': { verdict: 'ok', fingerprint: 'f61e4c984f167efb' },
    'bud-forecast/new-hire-cost-from-start-month': {
      verdict: 'ok',
      fingerprint: '290e981e92091c4a',
    },
    'bud-forecast/salary-cost-with-pay-rise': { verdict: 'ok', fingerprint: 'f3fb7ef240ad57aa' },
    'bud-forecast/incremental-budget-line': { verdict: 'ok', fingerprint: '4dd8b7df83cdd4dd' },
    'bud-forecast/zero-based-line-build': { verdict: 'ok', fingerprint: '35201cf7a8d685c7' },
    'bud-forecast/reforecast-remaining-by-ytd-ratio': {
      verdict: 'ok',
      fingerprint: '250e62f66b643f94',
    },
    'bud-forecast/compound-monthly-growth-forecast': {
      verdict: 'ok',
      fingerprint: '5dd90796206731c9',
    },
    'bud-forecast/full-year-from-seasonal-share': {
      verdict: 'ok',
      fingerprint: '84640092c345ebbf',
    },
    'bud-forecast/part-time-fte-cost': { verdict: 'ok', fingerprint: 'b6794e08960aa163' },
    'bud-forecast/employer-ni-above-threshold': { verdict: 'ok', fingerprint: 'ab220727570c81e4' },
    'bud-forecast/three-month-moving-average': { verdict: 'ok', fingerprint: '79219b3f83c5ef4a' },
    'bud-forecast/exponential-smoothing-update': { verdict: 'ok', fingerprint: '415328a5b33e3d3e' },
    'bud-forecast/outturn-with-known-one-off': { verdict: 'ok', fingerprint: '3fa853990127cec3' },
    'bud-forecast/forecast-error-percent': { verdict: 'ok', fingerprint: '19eccb37dd422df4' },
    'bud-review/variance-percent-of-budget': { verdict: 'ok', fingerprint: '3a23a475ac42786b' },
    'bud-review/contribution-by-product-line': { verdict: 'ok', fingerprint: 'b0e82a50855a6b76' },
    'bud-review/depreciation-from-in-service-month': {
      verdict: 'ok',
      fingerprint: 'cf5bfe53414bcf9a',
    },
    'bud-review/capex-cash-phasing': { verdict: 'ok', fingerprint: '64d508c048e940cf' },
    'bud-review/accrual-balance-for-annual-fee': { verdict: 'ok', fingerprint: 'c257aa7bb54692e3' },
    'bud-review/prepayment-balance-for-insurance': {
      verdict: 'ok',
      fingerprint: 'b78cff386b3ef50b',
    },
    'bud-review/receivables-from-debtor-days': { verdict: 'ok', fingerprint: '89a1dab8e1ffde3b' },
    'bud-review/payables-from-creditor-days': { verdict: 'ok', fingerprint: 'a01fd16d69982323' },
    'bud-review/inventory-from-stock-days': { verdict: 'ok', fingerprint: 'c5fe679b68863a1d' },
    'bud-review/cash-conversion-cycle': { verdict: 'ok', fingerprint: '93ff9775b19468a9' },
    'bud-review/cash-effect-of-working-capital-change': {
      verdict: 'ok',
      fingerprint: '2cf83b0740b6dda1',
    },
    'bud-review/gross-margin-change-in-points': { verdict: 'ok', fingerprint: '8b4ff75c5fb3dd33' },
    'bud-review/missing-accrual-corrects-variance': {
      verdict: 'ok',
      fingerprint: '4774523d4faa10c7',
    },
    'bud-review/net-book-value-at-year-end': { verdict: 'ok', fingerprint: 'ea4f9d49dbf539b3' },
    'bud-review/budget-contribution-margin-ratio': {
      verdict: 'ok',
      fingerprint: '08fd362f21176080',
    },
    'bud-review/ytd-variance-from-monthly': { verdict: 'ok', fingerprint: 'e346d96b0cef3e58' },
  },
}
