import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `personal-financial-planning` test's 80 families (budgets, cash
 * flow and net worth 16; debt and credit 16; investing 16; goals and retirement 16; income tax 16),
 * read as a planner checking a client's figures and as a guessing candidate, by a reviewer who did
 * not write them, who first finished them and then reviewed them under a short deadline.
 *
 * What was drawn: every family once in full (stem, key, every declared named mistake with its name
 * and the draw's figures) from a scratch script, and the key of that draw worked from the rule its
 * stem states with a calculator (powers, annuity and loan factors in 50-digit decimals), not from
 * the family's code: 80 of 80 keys, none wrong. The units of every money family were checked
 * against its stem (cents drawn for share prices, commissions, lunch prices; dollars elsewhere):
 * none now off by a hundred. The key test re-derives every key and declared mistake in exact
 * BigInt rationals and was changed with every mistake added, replaced or dropped.
 *
 * Wrong keys found: none in review (the author had already found and fixed the tax on a long-term
 * gain, whose cents were read as dollars).
 *
 * Finishing: families at or near the 0.50 cue limit gained real mistakes on the key's thin side.
 * The liquidity ratio inverted (debts over liquid assets); the lunch habit now draws 46 to 50
 * working weeks (the key always ended in .00 or .50) and gained a month's cost of four weeks; the
 * down payment taken on the price plus closing costs; a yearly deposit compounded monthly against
 * a yearly-compounding account; the phase-out credit answered with the reduction itself; the
 * SALT-capped deduction with the property tax or the charity left out; taxable income with the
 * employer's 401(k) match (now drawn in the stem) also taken off. The refinance break-even stem now
 * gives the old and new payments, so dividing the costs by either payment instead of the saving is
 * a real slip, and the answer given in whole years is one too. The balance-transfer saving (0.47)
 * gained the card interest compounded monthly against the stated simple interest. No family is
 * over 0.46 on a test-wise rule at 300 draws (the refinance saving, 0.46 by crossing out the
 * longest and the most similar); no model over 0.36 on 200 variants at three seeds.
 *
 * Near misses the author flagged, judged: "rounds up to whole years" on the break-even is a planner
 * saying "about four years" when months are asked, kept (renamed "of saving"); "counts the saving
 * twice a month" was no slip and went. "Divides by one plus both returns" on the stock weight after
 * a market move is no working anyone does; replaced by the bonds' share given for the stocks'. The
 * gain after two losses no longer offers the growth factor (the key plus 100 points, which pointed
 * at the key by its digits); it offers the gain that undoes only the second loss. Judged and kept:
 * the refinance saving's year-longer and year-shorter terms (a term misread from the statement),
 * the APY with one month's rate added, and the take-home target's monthly saving read as yearly.
 */
export const PERSONAL_FINANCIAL_PLANNING_REVIEW: TestFamilyReview = {
  testId: 'personal-financial-planning',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-07',
  families: {
    'pfp-cashflow/emergency-fund-months-covered': {
      verdict: 'ok',
      fingerprint: '90a66574a6aee402',
    },
    'pfp-cashflow/emergency-fund-shortfall': {
      verdict: 'ok',
      fingerprint: '3fd530e0e01a4315',
    },
    'pfp-cashflow/savings-rate-on-gross-pay': {
      verdict: 'ok',
      fingerprint: '456f76ad5200fbf3',
    },
    'pfp-cashflow/net-worth-from-a-balance-sheet': {
      verdict: 'ok',
      fingerprint: '3d1a8db6427a02f8',
    },
    'pfp-cashflow/monthly-surplus-with-an-annual-bill': {
      verdict: 'ok',
      fingerprint: '7deb54da006b5b14',
    },
    'pfp-cashflow/fifty-thirty-twenty-wants': {
      verdict: 'ok',
      fingerprint: 'cf8d3820dff46be3',
    },
    'pfp-cashflow/sinking-fund-monthly-saving': {
      verdict: 'ok',
      fingerprint: 'bb7f47de52b3d6ea',
    },
    'pfp-cashflow/biweekly-pay-in-a-monthly-budget': {
      verdict: 'ok',
      fingerprint: '4da33c35cd602586',
    },
    'pfp-cashflow/back-end-debt-to-income-ratio': {
      verdict: 'ok',
      fingerprint: '4e755f0fe783e04a',
    },
    'pfp-cashflow/extra-saving-to-reach-a-target-rate': {
      verdict: 'ok',
      fingerprint: '2f3da1c7851aff83',
    },
    'pfp-cashflow/monthly-equivalent-of-mixed-bills': {
      verdict: 'ok',
      fingerprint: '5238880fcd70eab0',
    },
    'pfp-cashflow/liquidity-ratio': {
      verdict: 'ok',
      fingerprint: '7103b3f3d15ffcc1',
    },
    'pfp-cashflow/housing-limit-by-the-28-36-rule': {
      verdict: 'ok',
      fingerprint: 'dd851746b49618c2',
    },
    'pfp-cashflow/annual-cost-of-a-workday-habit': {
      verdict: 'ok',
      fingerprint: '3fdaf7d626d6f4ad',
    },
    'pfp-cashflow/true-hourly-pay': {
      verdict: 'ok',
      fingerprint: '5d58ccb80ca5e60d',
    },
    'pfp-cashflow/take-home-pay-with-a-pre-tax-contribution': {
      verdict: 'ok',
      fingerprint: 'ad578031aec97af2',
    },
    'pfp-debt/card-interest-on-the-average-daily-balance': {
      verdict: 'ok',
      fingerprint: '515d483500b80bbd',
    },
    'pfp-debt/card-minimum-payment': {
      verdict: 'ok',
      fingerprint: '30f1f7f205f4e229',
    },
    'pfp-debt/level-monthly-loan-payment': {
      verdict: 'ok',
      fingerprint: 'b4a1387ce53035b9',
    },
    'pfp-debt/total-interest-over-a-loan': {
      verdict: 'ok',
      fingerprint: '5b48288f31a594de',
    },
    'pfp-debt/apy-from-an-apr': {
      verdict: 'ok',
      fingerprint: '7e6f09679495e563',
    },
    'pfp-debt/balance-transfer-saving': {
      verdict: 'ok',
      fingerprint: 'fe36d8396240ecf3',
    },
    'pfp-debt/avalanche-payment-to-the-first-target': {
      verdict: 'ok',
      fingerprint: '754636fb95f9245c',
    },
    'pfp-debt/snowball-payment-to-the-first-target': {
      verdict: 'ok',
      fingerprint: 'f0b7519e20f84056',
    },
    'pfp-debt/months-to-clear-a-zero-percent-balance': {
      verdict: 'ok',
      fingerprint: 'e86056dfad02f15b',
    },
    'pfp-debt/refinance-monthly-saving': {
      verdict: 'ok',
      fingerprint: '90a64dc9e02016ba',
    },
    'pfp-debt/refinance-break-even-months': {
      verdict: 'ok',
      fingerprint: '88a88636cbc5204e',
    },
    'pfp-debt/interest-in-the-first-payment': {
      verdict: 'ok',
      fingerprint: '4b3474f479211ea3',
    },
    'pfp-debt/balance-after-the-first-payment': {
      verdict: 'ok',
      fingerprint: '37c581ff28cd2466',
    },
    'pfp-debt/cost-of-paying-only-the-interest': {
      verdict: 'ok',
      fingerprint: '19d1cdbb3f4cebd2',
    },
    'pfp-debt/daily-periodic-rate-from-apr': {
      verdict: 'ok',
      fingerprint: '930adfb716db6884',
    },
    'pfp-debt/credit-utilisation-ratio': {
      verdict: 'ok',
      fingerprint: '3406b5746d684d43',
    },
    'pfp-invest/compound-growth-of-a-lump-sum': {
      verdict: 'ok',
      fingerprint: 'd71cfb3cc716bd76',
    },
    'pfp-invest/real-return-after-tax-and-inflation': {
      verdict: 'ok',
      fingerprint: '733f47db3d5c81d7',
    },
    'pfp-invest/cost-of-an-annual-fee': {
      verdict: 'ok',
      fingerprint: '7a67ae5fa92df251',
    },
    'pfp-invest/value-after-fees': {
      verdict: 'ok',
      fingerprint: '03d8d3ac14c2a993',
    },
    'pfp-invest/money-weighted-portfolio-return': {
      verdict: 'ok',
      fingerprint: 'b69b27b7295a94ce',
    },
    'pfp-invest/dollar-cost-average-price': {
      verdict: 'ok',
      fingerprint: '0996318994f4750c',
    },
    'pfp-invest/rebalancing-sale-to-a-target-mix': {
      verdict: 'ok',
      fingerprint: 'ee875cb0667ef6b8',
    },
    'pfp-invest/new-cash-to-rebalance-without-selling': {
      verdict: 'ok',
      fingerprint: '9d131510ca9e2a2f',
    },
    'pfp-invest/rule-of-72-after-fees': {
      verdict: 'ok',
      fingerprint: '2e6eabaa0381b540',
    },
    'pfp-invest/value-in-todays-dollars': {
      verdict: 'ok',
      fingerprint: '56d1223d19c39f7f',
    },
    'pfp-invest/total-return-with-dividends-and-commissions': {
      verdict: 'ok',
      fingerprint: '3742df2466e9f988',
    },
    'pfp-invest/cumulative-return-over-three-years': {
      verdict: 'ok',
      fingerprint: 'ecafd2f8a2af13c0',
    },
    'pfp-invest/weighted-expense-ratio': {
      verdict: 'ok',
      fingerprint: '2e4faf7c5d5f0f4c',
    },
    'pfp-invest/shares-bought-by-dollar-cost-averaging': {
      verdict: 'ok',
      fingerprint: '3195ba600ff449b3',
    },
    'pfp-invest/gain-needed-after-two-losses': {
      verdict: 'ok',
      fingerprint: 'baf78099773f4fcf',
    },
    'pfp-invest/stock-weight-after-a-market-move': {
      verdict: 'ok',
      fingerprint: 'b250fb459386822f',
    },
    'pfp-goals/retirement-target-from-a-withdrawal-rate': {
      verdict: 'ok',
      fingerprint: 'd60470b4b31760a9',
    },
    'pfp-goals/second-year-withdrawal-with-inflation': {
      verdict: 'ok',
      fingerprint: '643c804721205e2b',
    },
    'pfp-goals/future-value-of-yearly-savings': {
      verdict: 'ok',
      fingerprint: 'b236d495ec650242',
    },
    'pfp-goals/monthly-saving-for-a-goal': {
      verdict: 'ok',
      fingerprint: 'a2e28085d89a80a4',
    },
    'pfp-goals/four-years-of-college-costs': {
      verdict: 'ok',
      fingerprint: '2c81271d7003b12b',
    },
    'pfp-goals/years-to-multiply-by-the-rule-of-72': {
      verdict: 'ok',
      fingerprint: '9f4aa89d283d2468',
    },
    'pfp-goals/lump-sum-needed-today': {
      verdict: 'ok',
      fingerprint: 'af2f42470ae2d80a',
    },
    'pfp-goals/yearly-contribution-with-an-employer-match': {
      verdict: 'ok',
      fingerprint: 'a0010affcb060c93',
    },
    'pfp-goals/portfolio-from-a-replacement-ratio': {
      verdict: 'ok',
      fingerprint: 'd9b161af938e6cf0',
    },
    'pfp-goals/savings-now-plus-yearly-deposits': {
      verdict: 'ok',
      fingerprint: 'fa494b133fe5db21',
    },
    'pfp-goals/future-monthly-spending-need': {
      verdict: 'ok',
      fingerprint: 'a30ce65efc05250b',
    },
    'pfp-goals/college-savings-gap': {
      verdict: 'ok',
      fingerprint: '66322d680d2f3a68',
    },
    'pfp-goals/return-needed-to-reach-a-goal': {
      verdict: 'ok',
      fingerprint: '488fde2255e18baa',
    },
    'pfp-goals/present-value-of-a-pension': {
      verdict: 'ok',
      fingerprint: 'e48eb6123d3ba0e8',
    },
    'pfp-goals/months-to-save-a-down-payment': {
      verdict: 'ok',
      fingerprint: 'c449679574aa526c',
    },
    'pfp-goals/yearly-deposit-for-a-target': {
      verdict: 'ok',
      fingerprint: 'b9fa9f52694b5540',
    },
    'pfp-tax/tax-under-progressive-brackets': {
      verdict: 'ok',
      fingerprint: '00a720f7c214cace',
    },
    'pfp-tax/effective-tax-rate': {
      verdict: 'ok',
      fingerprint: 'ba459a95f68b2062',
    },
    'pfp-tax/raise-kept-across-a-bracket': {
      verdict: 'ok',
      fingerprint: '476cb73478feb61b',
    },
    'pfp-tax/value-of-a-deduction': {
      verdict: 'ok',
      fingerprint: 'd6c4acdd85139b53',
    },
    'pfp-tax/take-home-cost-of-a-pre-tax-contribution': {
      verdict: 'ok',
      fingerprint: '7c48420fea7f6332',
    },
    'pfp-tax/after-tax-value-of-a-traditional-account': {
      verdict: 'ok',
      fingerprint: '9fa1b2d02314f795',
    },
    'pfp-tax/tax-on-a-long-term-gain': {
      verdict: 'ok',
      fingerprint: 'ed6107b084717db2',
    },
    'pfp-tax/tax-equivalent-yield': {
      verdict: 'ok',
      fingerprint: '9905c2a69cb5f2e0',
    },
    'pfp-tax/taxable-income-from-gross': {
      verdict: 'ok',
      fingerprint: '6f403fb9bbe1d488',
    },
    'pfp-tax/credit-after-a-phase-out': {
      verdict: 'ok',
      fingerprint: '1a81e2783bb6ca27',
    },
    'pfp-tax/self-employment-tax': {
      verdict: 'ok',
      fingerprint: '99d5b5318b7e09fe',
    },
    'pfp-tax/tax-saved-by-an-ira-deduction': {
      verdict: 'ok',
      fingerprint: '70397258eac14f94',
    },
    'pfp-tax/early-withdrawal-after-tax-and-penalty': {
      verdict: 'ok',
      fingerprint: '6b8b80295d4c03e3',
    },
    'pfp-tax/itemised-deductions-with-a-salt-cap': {
      verdict: 'ok',
      fingerprint: '6a4664b5cbbf6e65',
    },
    'pfp-tax/tax-saved-by-dropping-below-a-threshold': {
      verdict: 'ok',
      fingerprint: '05df5d1a59ed97f6',
    },
    'pfp-tax/withholding-per-paycheck': {
      verdict: 'ok',
      fingerprint: '92ec730112e5da9d',
    },
  },
}
