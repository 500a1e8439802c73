import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `payroll` test (Payroll administration), read as
 * a US payroll practitioner against IRS Publication 15 (2026) sections 5, 9, 11, 12 and 14,
 * Publication 15-B (2026) tables 2-1 and 2-2, the Instructions for Forms 940 and W-2, 26 U.S.C.
 * 7503 (a legal holiday for deposits is one in the District of Columbia), 29 CFR part 778 (regular
 * rate, fluctuating workweek, piece rate, bonuses, holiday pay), 15 U.S.C. 1672-1673 (garnishment)
 * and the OPM 2026 federal holiday list: 95 submitted, 95 kept, none deleted. Each family was drawn
 * and read (stem, key, every distractor and its named mistake); every numeric key and date is
 * worked again by the key test's BigInt-cents and own-calendar implementation, every practice key
 * against its documented rule.
 *
 * Facts confirmed with the search tools: the 2026 Social Security wage base $184,500 (SSA, Oct.
 * 2025), the 2026 401(k) elective-deferral limit $24,500, the Table 2-2 monthly costs, and that
 * the imputed group-term life cost over $50,000 is Social Security and Medicare wages with income
 * tax withholding optional. Stated, not claimed as law: the percentage-method row is "the client's
 * payroll manual" and state unemployment rates and wage bases are "your client's", each with every
 * figure in the stem, which the review judged acceptable.
 *
 * Fixed in place (7 families) before the fingerprints were taken. Wrong key (1): the semiweekly
 * deposit date drew April paydays on the claim that April 2026 holds no federal holiday, but DC
 * Emancipation Day (Thursday, April 16) is a legal holiday for federal tax deposits, so a
 * Saturday-to-Tuesday payday of April 11-14 is due Monday April 20, not Friday April 17; April is
 * no longer drawn, and the key test now works semiweekly deposits as three banking days after the
 * semiweekly period, and monthly deposits as the next banking day from the 15th, against the 2026
 * DC legal holidays, so that slip would now fail it. Mislabelled distractor (1): promised bonus.
 * Cues (5): FUTA on a check crossing $7,000 (0.60 on crossing out the longest and the most
 * similar), federal income tax wages after pre-tax deductions (0.51 middle value), after-tax
 * deductions (0.50-0.52), Form W-2 box 5 (0.51 after the pool changed), each with named slips on
 * both sides of the key or true wordings in the distractors' form. The employer-tax model now aims
 * the key's length and likeness as well as its rank (its model-level best rule was 0.42 by
 * crossing out the longest and the most similar, middle value 0.03); that put the FUTA
 * credit-reduction key in the middle (0.57), fixed with two named slips below it. Kept after judging, key test
 * strengthened: the monthly deposit date (every 15th drawn is a banking day). Now no family is over 0.50 on any rule (worst: child
 * support garnishment limit 0.49 on middle value, then 0.48 and 0.48) and every rule's mean is at
 * most 0.29 (300 draws a family).
 */
export const PAYROLL_REVIEW: TestFamilyReview = {
  testId: 'payroll',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'payroll-gross/overtime-hourly-over-forty': {
      verdict: 'ok',
      fingerprint: '1686aca2d68ab245',
    },
    'payroll-gross/overtime-shift-differential-in-regular-rate': {
      verdict: 'ok',
      fingerprint: '2d98fa435d8ee0d8',
    },
    'payroll-gross/overtime-nondiscretionary-bonus': {
      verdict: 'ok',
      fingerprint: 'b5fad3fad5eb59a7',
    },
    'payroll-gross/overtime-two-rates-weighted-average': {
      verdict: 'ok',
      fingerprint: '52a8eb7d54b98cb2',
    },
    'payroll-gross/overtime-workweek-not-pay-period': {
      verdict: 'ok',
      fingerprint: 'b8d602e0a9796f85',
    },
    'payroll-gross/overtime-salaried-nonexempt-forty-hour-week': {
      verdict: 'ok',
      fingerprint: '0f07ad56c797e4aa',
    },
    'payroll-gross/overtime-monthly-salary-regular-rate': {
      verdict: 'ok',
      fingerprint: '74f4fc12e34cb90f',
    },
    'payroll-gross/fluctuating-workweek-half-time': {
      verdict: 'ok',
      fingerprint: 'e61e4afe81d9a1fc',
    },
    'payroll-gross/overtime-piece-rate': {
      verdict: 'ok',
      fingerprint: '1167fddfa01081ca',
    },
    'payroll-gross/bonus-allocated-over-earning-weeks': {
      verdict: 'ok',
      fingerprint: '91785a2e9bbadf99',
    },
    'payroll-gross/holiday-hours-not-hours-worked': {
      verdict: 'ok',
      fingerprint: 'd2add65fde9ba7ef',
    },
    'payroll-gross/retroactive-raise-with-overtime': {
      verdict: 'ok',
      fingerprint: '9718f192a13b2b3c',
    },
    'payroll-gross/annual-salary-per-pay-period': {
      verdict: 'ok',
      fingerprint: '75c10ec77d1517e1',
    },
    'payroll-gross/biweekly-to-semimonthly-salary': {
      verdict: 'ok',
      fingerprint: '56e66664bde794d8',
    },
    'payroll-gross/hourly-to-annual-equivalent': {
      verdict: 'ok',
      fingerprint: 'a5bb725a39c89069',
    },
    'payroll-gross/salary-proration-new-hire': {
      verdict: 'ok',
      fingerprint: 'f7da8f6b16d64828',
    },
    'payroll-gross/minimum-wage-make-up-for-piece-worker': {
      verdict: 'ok',
      fingerprint: '8709555ebcaccc22',
    },
    'payroll-gross/workweek-is-a-fixed-168-hours': {
      verdict: 'ok',
      fingerprint: '1b3c4ee1349c2b73',
    },
    'payroll-gross/promised-bonus-is-nondiscretionary': {
      verdict: 'ok',
      fingerprint: '3ea49510629e20ad',
      note: 'Review: one distractor ("attendance and safety bonuses are treated as gifts") was labelled "invents a size threshold"; its named mistake now says what it is.',
    },
    'payroll-gross/holiday-gift-excluded-from-regular-rate': {
      verdict: 'ok',
      fingerprint: '0aebd61d52a6adfa',
    },
    'payroll-gross/unauthorized-overtime-must-be-paid': {
      verdict: 'ok',
      fingerprint: '8b31039482d99026',
    },
    'payroll-gross/no-comp-time-in-private-sector': {
      verdict: 'ok',
      fingerprint: 'fb0da277690052e0',
    },
    'payroll-gross/exempt-status-needs-duties-and-salary': {
      verdict: 'ok',
      fingerprint: '999c53a89442bc49',
    },
    'payroll-deductions/federal-income-tax-wages-after-pretax': {
      verdict: 'ok',
      fingerprint: '4a334bd13113f104',
      note: 'Review: the stem now says the 401(k) percentage is of gross pay, and two named slips were added above the key (taking out the Roth deferral in place of the traditional one; working the percentage out on pay after the cafeteria premium), so the key is no longer the middle value in half the draws (0.51 before).',
    },
    'payroll-deductions/net-pay-with-pretax-roth-and-taxes': {
      verdict: 'ok',
      fingerprint: 'ddb2653b0d9d4583',
    },
    'payroll-deductions/group-term-life-imputed-income': {
      verdict: 'ok',
      fingerprint: 'db2596b82eb91378',
      note: 'Checked the Table 2-2 monthly costs stated ($0.10, $0.15, $0.23, $0.43, $0.66 for 40-44 to 60-64) against Publication 15-B.',
    },
    'payroll-deductions/child-support-garnishment-limit': {
      verdict: 'ok',
      fingerprint: 'c38b781ba4072392',
      note: 'Worst cue family left: middle value 0.49 at 300 draws.',
    },
    'payroll-deductions/creditor-garnishment-limit': {
      verdict: 'ok',
      fingerprint: 'bd91a1f9cd24d094',
    },
    'payroll-deductions/elective-deferral-annual-limit': {
      verdict: 'ok',
      fingerprint: '5b55f4aca70c6e53',
      note: 'Checked the $24,500 elective-deferral limit the IRS announced for 2026.',
    },
    'payroll-deductions/traditional-401k-reduces-income-tax-wages-only': {
      verdict: 'ok',
      fingerprint: '875f1068d44dd872',
    },
    'payroll-deductions/section-125-premium-reduces-income-tax-and-fica': {
      verdict: 'ok',
      fingerprint: '05a031ddcd4ffe71',
    },
    'payroll-deductions/roth-deferral-reduces-no-taxable-wages': {
      verdict: 'ok',
      fingerprint: 'ca1666fd16dc35b9',
      note: 'After review, the section 125 mistake "Both, …" was reworded to name both wages, because the option linter reads a bare "Both" as pointing at the other options; same named mistake.',
    },
    'payroll-deductions/group-term-life-over-50000-is-fica-wages': {
      verdict: 'ok',
      fingerprint: '20a651a6ca0349c4',
    },
    'payroll-deductions/after-tax-deductions-do-not-reduce-wages': {
      verdict: 'ok',
      fingerprint: 'fd6fa6f4055b4f1a',
      note: 'Review: the key was the one option not worded as "They reduce ...", so crossing out the longest and the most similar found it (0.50-0.52); two true wordings in that form and one more named slip (income tax wages only) were added, and the documented rule names the new wordings.',
    },
    'payroll-deductions/disposable-earnings-for-garnishment': {
      verdict: 'ok',
      fingerprint: 'e17eae19ea1544b5',
    },
    'payroll-employee-tax/employee-fica-on-a-check': {
      verdict: 'ok',
      fingerprint: 'a62feb0416266f06',
    },
    'payroll-employee-tax/social-security-at-the-wage-base': {
      verdict: 'ok',
      fingerprint: '7cb87e578d6ef636',
    },
    'payroll-employee-tax/supplemental-over-one-million': {
      verdict: 'ok',
      fingerprint: '2ae307218c8a89d1',
    },
    'payroll-employee-tax/gross-up-for-a-net-bonus': {
      verdict: 'ok',
      fingerprint: 'b8a4d0c06355ed2f',
    },
    'payroll-employee-tax/percentage-method-table-row': {
      verdict: 'ok',
      fingerprint: '1adc3a4cf141e4ba',
      note: 'Kept after judging: the row is presented as the client’s payroll manual with every figure stated, so it tests using a percentage-method row (floor, fixed amount, rate on the excess, Step 4(c)) without claiming to be the 2026 IRS table.',
    },
    'payroll-employee-tax/second-employer-social-security': {
      verdict: 'ok',
      fingerprint: '6d92026edf6b5e0d',
    },
    'payroll-employee-tax/ytd-social-security-wages-capped': {
      verdict: 'ok',
      fingerprint: '99dd534a23f2732a',
    },
    'payroll-employee-tax/additional-medicare-ignores-filing-status': {
      verdict: 'ok',
      fingerprint: '0503baf9d3d7943e',
    },
    'payroll-employee-tax/additional-medicare-has-no-employer-share': {
      verdict: 'ok',
      fingerprint: '492ed4b89c884efe',
    },
    'payroll-employee-tax/wage-base-applies-per-employer': {
      verdict: 'ok',
      fingerprint: '32b05f752da6612c',
    },
    'payroll-employee-tax/supplemental-flat-rate-conditions': {
      verdict: 'ok',
      fingerprint: '3b86f7527b1ca260',
    },
    'payroll-employee-tax/mandatory-37-percent-over-one-million': {
      verdict: 'ok',
      fingerprint: '6d01bfb19765be0a',
    },
    'payroll-employee-tax/no-form-w4-means-single-no-adjustments': {
      verdict: 'ok',
      fingerprint: 'a18fbe3b40c05e39',
    },
    'payroll-employee-tax/exempt-form-w4-expires-february-15': {
      verdict: 'ok',
      fingerprint: '780c65a94cdba282',
    },
    'payroll-employee-tax/new-form-w4-effective-date': {
      verdict: 'ok',
      fingerprint: 'f91a9e215299958a',
    },
    'payroll-employee-tax/tips-reported-by-the-tenth': {
      verdict: 'ok',
      fingerprint: '64025adc3a2abb6d',
    },
    'payroll-employer-tax/employer-fica-match-no-additional-medicare': {
      verdict: 'ok',
      fingerprint: 'a2e5b1dc9e735627',
    },
    'payroll-employer-tax/employer-fica-on-pretax-wages': {
      verdict: 'ok',
      fingerprint: '9feebecaac042cb7',
    },
    'payroll-employer-tax/futa-on-a-check-crossing-7000': {
      verdict: 'ok',
      fingerprint: '844332ac8c8dd952',
      note: 'Review: the key ($7,000 less year-to-date, at 0.6 %) was the smallest and shortest option in nearly every draw (0.60 on crossing out the longest and most similar); the room under the base and the part of the check above it are now drawn so either can be larger, and two named slips sit below or near the key (splitting FUTA with the employee as if it were FICA; taxing the earlier wages). The half-share slip is left out when it would sit within a dollar of the over-the-base slip.',
    },
    'payroll-employer-tax/futa-for-a-year-roster': {
      verdict: 'ok',
      fingerprint: '33e716d3297a6576',
    },
    'payroll-employer-tax/futa-credit-reduction-state': {
      verdict: 'ok',
      fingerprint: '6ee86b52c43719f4',
      note: 'Review: the key was the middle value in 0.57 of draws once the model aims key places (the larger slips outnumbered the smaller, and the subtracted-reduction slip is negative for most reductions); two named slips below the key were added (only the credit reduction charged; the reduction added once for the company, not per employee).',
    },
    'payroll-employer-tax/suta-on-a-check-crossing-state-base': {
      verdict: 'ok',
      fingerprint: 'e1b82ef2c9072034',
      note: 'Kept after judging: the state rate and wage base are stated as the client’s own, so no real state’s figures are claimed.',
    },
    'payroll-employer-tax/futa-deposit-carried-forward': {
      verdict: 'ok',
      fingerprint: '5b5599fddbc5a72f',
    },
    'payroll-employer-tax/employer-401k-match': {
      verdict: 'ok',
      fingerprint: 'bd41be145fbe5938',
    },
    'payroll-employer-tax/form-941-total-tax-for-quarter': {
      verdict: 'ok',
      fingerprint: '282cbe3367b25fe8',
    },
    'payroll-journal/journal-credit-to-cash-for-net-pay': {
      verdict: 'ok',
      fingerprint: '0672137c759dddda',
    },
    'payroll-journal/journal-fica-payable-both-shares': {
      verdict: 'ok',
      fingerprint: '1dacde1cdfa26e07',
    },
    'payroll-journal/journal-payroll-tax-expense': {
      verdict: 'ok',
      fingerprint: '5433241a7f72f913',
    },
    'payroll-journal/accrued-wages-at-month-end': {
      verdict: 'ok',
      fingerprint: '48fe33c502e911c3',
    },
    'payroll-journal/accrued-employer-taxes-on-accrued-wages': {
      verdict: 'ok',
      fingerprint: '266e209e5755afdf',
    },
    'payroll-journal/vacation-liability-at-year-end': {
      verdict: 'ok',
      fingerprint: '2d6422482fb995f2',
    },
    'payroll-journal/entry-recording-gross-and-withholdings': {
      verdict: 'ok',
      fingerprint: '3fce2aba56fe05dc',
    },
    'payroll-journal/entry-recording-employer-taxes': {
      verdict: 'ok',
      fingerprint: '530a2917ade00378',
    },
    'payroll-journal/entry-remitting-withheld-taxes': {
      verdict: 'ok',
      fingerprint: '151102764cd20932',
    },
    'payroll-journal/withheld-fica-is-not-employer-expense': {
      verdict: 'ok',
      fingerprint: '0af622efa17ff0d5',
    },
    'payroll-journal/reversing-a-wage-accrual': {
      verdict: 'ok',
      fingerprint: '8d42685dd6ac5e5c',
    },
    'payroll-journal/remitting-401k-deferrals': {
      verdict: 'ok',
      fingerprint: '2655caff6319640c',
    },
    'payroll-journal/paying-net-pay-from-wages-payable': {
      verdict: 'ok',
      fingerprint: '374cfe96198e7e22',
    },
    'payroll-compliance/semiweekly-deposit-date': {
      verdict: 'ok',
      fingerprint: 'b5830cc0f86ec41d',
      note: 'Review: fixed a wrong key. Paydays were drawn from March, April and August on the claim that they hold no federal holiday, and the stem says no holiday falls in the weeks concerned; but a legal holiday for federal tax deposits is one in the District of Columbia (26 U.S.C. 7503; Pub 15), and DC Emancipation Day, Thursday April 16, 2026, gives a Saturday-to-Tuesday payday of April 11-14 an extra banking day (due Monday April 20, not Friday April 17). April is no longer drawn; the key test now works the deposit as three banking days after the semiweekly period against the 2026 DC legal holidays.',
    },
    'payroll-compliance/monthly-deposit-date': {
      verdict: 'ok',
      fingerprint: '534d81746a8d75fe',
      note: 'Review: checked every 15th drawn (April, May, July, September, October, December 2026) against the 2026 OPM federal holidays and DC Emancipation Day; none is a holiday or weekend. The key test now moves a 15th that is not a banking day, so a future month change cannot pass silently.',
    },
    'payroll-compliance/form-941-due-date': {
      verdict: 'ok',
      fingerprint: 'cc2b00c1e5df5eee',
    },
    'payroll-compliance/w2-box-1-wages': {
      verdict: 'ok',
      fingerprint: '1854e4c12e5c50d7',
    },
    'payroll-compliance/w2-box-3-social-security-wages': {
      verdict: 'ok',
      fingerprint: 'eded674e1a9eefa7',
    },
    'payroll-compliance/w2-box-5-medicare-wages': {
      verdict: 'ok',
      fingerprint: 'f0e2430a5da6e3de',
      note: 'Review: the key was the most typical amount in half the draws after the pool changed (0.51); two named slips were added (deferrals out but cafeteria premiums left in; the box 6 Medicare tax given for the box 5 wages).',
    },
    'payroll-compliance/next-day-deposit-at-100000': {
      verdict: 'ok',
      fingerprint: '25e7116bf7593e2f',
    },
    'payroll-compliance/lookback-period-for-2026': {
      verdict: 'ok',
      fingerprint: '796c8fbb133f3f88',
    },
    'payroll-compliance/monthly-depositor-threshold': {
      verdict: 'ok',
      fingerprint: '1b1c5296f26ff100',
    },
    'payroll-compliance/small-liability-paid-with-return': {
      verdict: 'ok',
      fingerprint: 'd617f25e8fd8f155',
    },
    'payroll-compliance/form-940-due-january-31': {
      verdict: 'ok',
      fingerprint: '814a38c8b0db1d26',
    },
    'payroll-compliance/forms-w2-due-january-31': {
      verdict: 'ok',
      fingerprint: '228840daf109958f',
    },
    'payroll-compliance/keep-employment-tax-records-four-years': {
      verdict: 'ok',
      fingerprint: '4fd2ae20ea14e42f',
    },
    'payroll-compliance/common-law-control-makes-an-employee': {
      verdict: 'ok',
      fingerprint: '5bd523b3a9516666',
    },
    'payroll-compliance/form-ss8-for-status-determination': {
      verdict: 'ok',
      fingerprint: '1344c36c665236be',
    },
    'payroll-compliance/trust-fund-recovery-penalty': {
      verdict: 'ok',
      fingerprint: 'cf0611b9b16fba9c',
    },
    'payroll-compliance/form-941x-corrects-a-filed-941': {
      verdict: 'ok',
      fingerprint: '90d06126a65923f4',
    },
    'payroll-compliance/form-w2c-corrects-a-w2': {
      verdict: 'ok',
      fingerprint: '0fdf9e30c40bf2b7',
    },
    'payroll-compliance/new-hire-report-within-20-days': {
      verdict: 'ok',
      fingerprint: '61f095f76458dfad',
    },
    'payroll-compliance/form-w4-kept-by-employer': {
      verdict: 'ok',
      fingerprint: '411edc4d5161ec12',
    },
    'payroll-compliance/form-i9-proves-work-eligibility': {
      verdict: 'ok',
      fingerprint: 'b268d6e481ef1221',
    },
    'payroll-compliance/deposits-by-electronic-funds-transfer': {
      verdict: 'ok',
      fingerprint: '684f03fa3e18af79',
    },
  },
}
