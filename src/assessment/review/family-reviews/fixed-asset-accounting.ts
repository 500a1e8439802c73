import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `fixed-asset-accounting` test's 92 families over five models
 * (cost and capital spending, depreciation methods, disposals and revaluation, impairment and
 * held for sale, the register with MACRS and UK capital allowances), read as a practitioner who
 * keeps fixed-asset registers under IFRS, US GAAP and US and UK tax rules.
 *
 * Every family was drawn (one draw each for all 92, two or more for each family changed) and its
 * stem, key, options and named mistakes read; the key of one draw of every family was worked by
 * hand (purchase and dismantling cost, the proportional allocation, IAS 23 interest less
 * investment income, the declining-balance and sum-of-the-years'-digits schedules including the
 * switch to straight line and the part-year cases, revised lives and residuals, the revaluation
 * surplus, proportional restatement, the IAS 36 cash-generating-unit allocations with goodwill
 * first and the asset floor, the capped reversal, the MACRS table deductions, section 179 then
 * the special allowance then MACRS, the mid-quarter test and the UK pools). No wrong key was
 * found. The key test works every key and declared mistake again in BigInt cents and was
 * extended for each mistake added here.
 *
 * Fixed: the demolition-of-land family stated IAS 16, under which site clearance is arguably a
 * cost of the new building, so it now reports under US GAAP, where it is a land cost; the
 * held-for-sale remeasurement date ("30 March" with a monthly charge) is now the end of the
 * month; one article ("an 80%"); one mistake label. Real named mistakes added on the thin side of
 * four cued keys, and one stem's figures no longer share digits with a mistake.
 *
 * Cue rates at 300 draws, each family on its own seeded stream: before, 13 families between 0.46
 * and 0.49 (none over 0.50; rule means: middle value 0.29, shortest option 0.27, cross out the
 * longest and the most similar 0.27, most similar 0.22); after, 8 between 0.46 and 0.48 (the
 * revaluation decrease after a surplus, the reducing-balance and sum-of-the-years'-digits
 * disposals, the part exchange, the surplus balance after transfers, the held-for-sale carrying
 * amount, deferred tax on plant and the deferred-payment cost), none over 0.50, and rule means
 * middle value 0.30, shortest option 0.27, cross out the longest and the most similar 0.27, most
 * similar 0.21. The eight left have a key whose real named mistakes already fall on both sides;
 * no further real mistake was found for their thin side in the time of this review. Each
 * model's best rule over 200 variants seeded by its id: cost 0.315, depreciation 0.32,
 * disposals and revaluation 0.355, impairment 0.315, register and tax 0.305.
 *
 * Facts confirmed against published sources: IRS Pub. 946 Table A-1 half-year percentages for
 * 5- and 7-year property (20.00/32.00/19.20/11.52/11.52/5.76 and 14.29/24.49/17.49/12.49/...) and
 * the first-quarter mid-quarter rate for 5-year property (35.00%); CAA 2001 s56A, the £1,000
 * small-pool write-off (legislation.gov.uk, HMRC CA23225); cars of 1-50 g/km CO2 in the main pool
 * at 18%, others in the special rate pool at 6% (8% before April 2019) from April 2021 (UK fleet
 * tax guides); IAS 12.61A (deferred tax on a revaluation in other comprehensive income, IAS 12's
 * illustrative examples); IAS 16.20 (initial operating losses and relocation not capitalised) and
 * the abnormal-waste rule for self-built assets (as quoted in IFRS manuals); demolition of an old
 * building on land bought to build on, net of salvage, as a land cost under US GAAP (several US
 * textbook exercises). Not confirmed against a source in this review (checked against the
 * reviewer's knowledge only): the other IAS 16, 20, 21, 23 and 36 and IFRS 5 paragraph numbers
 * cited in stems; CAA 2001 s51A(6) and s56(3) (proportionate AIA and WDA in a short period); the
 * £1,000,000 AIA and 18% main rate; the 10-year MACRS column; the section 179 then special
 * allowance then MACRS order; the 40% mid-quarter test.
 */
export const FIXED_ASSET_ACCOUNTING_REVIEW: TestFamilyReview = {
  testId: 'fixed-asset-accounting',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'fa-cost/purchase-cost-of-machine': {
      verdict: 'ok',
      fingerprint: '6ce8f2ae5a31b528',
    },
    'fa-cost/dismantling-cost-at-present-value': {
      verdict: 'ok',
      fingerprint: '96d93740c67ec8f4',
    },
    'fa-cost/land-cost-with-demolition': {
      verdict: 'ok',
      fingerprint: '00590266c01c2799',
      note: "The stem said IAS 16, where clearing a site is a cost of the asset being built on it (IAS 16.17(b)), so 'treats the demolition as part of the new building' was defensible. The stem now reports under US GAAP (ASC 360), where demolition of an old building on land bought to build on, less salvage, is a cost of the land; the key and named mistakes are unchanged.",
    },
    'fa-cost/lump-sum-purchase-allocation': {
      verdict: 'ok',
      fingerprint: 'cb4987db1e121c69',
    },
    'fa-cost/self-constructed-asset-cost': {
      verdict: 'ok',
      fingerprint: '68458046a67afc2a',
    },
    'fa-cost/borrowing-costs-capitalised': {
      verdict: 'ok',
      fingerprint: '04678f8f24f511ce',
    },
    'fa-cost/subsequent-expenditure-capitalised': {
      verdict: 'ok',
      fingerprint: '18f82b483831a8f4',
    },
    'fa-cost/capitalisation-threshold-per-item': {
      verdict: 'ok',
      fingerprint: '8239e590fe508e67',
    },
    'fa-cost/import-duty-and-vat': {
      verdict: 'ok',
      fingerprint: 'b8582414b8d46012',
    },
    'fa-cost/deferred-payment-cash-price': {
      verdict: 'ok',
      fingerprint: 'bbf244611d8c485c',
    },
    'fa-cost/testing-proceeds-to-profit': {
      verdict: 'ok',
      fingerprint: '6cf108c269e4446b',
    },
    'fa-cost/exchange-at-fair-value-given-up': {
      verdict: 'ok',
      fingerprint: 'a5db2aa36abf11fc',
    },
    'fa-cost/foreign-currency-purchase-rate': {
      verdict: 'ok',
      fingerprint: '295c39e54c562079',
    },
    'fa-cost/grant-deducted-from-cost': {
      verdict: 'ok',
      fingerprint: 'd505e25c2258d35d',
      note: "Added 'deducts the residual value from the carrying amount' (the depreciable amount left given as the carrying amount) below the key; middle value 0.47 to 0.35 at 300 draws.",
    },
    'fa-cost/professional-fees-and-opening-costs': {
      verdict: 'ok',
      fingerprint: '7a9fe2cedb04f768',
    },
    'fa-cost/operating-losses-after-ready': {
      verdict: 'ok',
      fingerprint: '26541a2ed385dcb0',
    },
    'fa-cost/decommissioning-first-year-charge': {
      verdict: 'ok',
      fingerprint: 'b70cdeeacd50075b',
    },
    'fa-cost/own-staff-installation-cost': {
      verdict: 'ok',
      fingerprint: 'dd6d6357d73127d8',
    },
    'fa-depreciation/straight-line-annual-charge': {
      verdict: 'ok',
      fingerprint: '9de2f22980aadcf4',
    },
    'fa-depreciation/straight-line-months-in-first-year': {
      verdict: 'ok',
      fingerprint: '537b91b06ef74858',
    },
    'fa-depreciation/straight-line-carrying-amount': {
      verdict: 'ok',
      fingerprint: 'ab8f1deec060f124',
    },
    'fa-depreciation/declining-balance-year-charge': {
      verdict: 'ok',
      fingerprint: 'c21453fa4c5779d5',
    },
    'fa-depreciation/declining-balance-stops-at-residual': {
      verdict: 'ok',
      fingerprint: '0532dad366b210b4',
    },
    'fa-depreciation/double-declining-switch-to-straight-line': {
      verdict: 'ok',
      fingerprint: '16f2b7915395504b',
    },
    'fa-depreciation/reducing-balance-carrying-amount': {
      verdict: 'ok',
      fingerprint: 'f031487ccb627d3b',
    },
    'fa-depreciation/reducing-balance-rate-from-residual': {
      verdict: 'ok',
      fingerprint: 'b98d500a6616a931',
      note: "Mistake label reworded ('gives the root itself, not one minus it').",
    },
    'fa-depreciation/sum-of-years-digits-charge': {
      verdict: 'ok',
      fingerprint: '3e52e866499063a8',
    },
    'fa-depreciation/sum-of-years-digits-across-year-end': {
      verdict: 'ok',
      fingerprint: '085542d6af9ce7bf',
    },
    'fa-depreciation/units-of-production-charge': {
      verdict: 'ok',
      fingerprint: 'd02b0ecb60e3d04a',
    },
    'fa-depreciation/units-of-production-carrying-amount': {
      verdict: 'ok',
      fingerprint: '23bf73d6b43e4c91',
    },
    'fa-depreciation/revised-useful-life': {
      verdict: 'ok',
      fingerprint: 'e259f2198afe04b1',
    },
    'fa-depreciation/revised-residual-value': {
      verdict: 'ok',
      fingerprint: '2593846879e5f5e7',
    },
    'fa-depreciation/change-to-reducing-balance': {
      verdict: 'ok',
      fingerprint: '468d2be1ee4336cb',
    },
    'fa-depreciation/component-depreciation': {
      verdict: 'ok',
      fingerprint: 'dd0d5d041b809b2a',
    },
    'fa-depreciation/major-inspection-component': {
      verdict: 'ok',
      fingerprint: '56fe65d461f0499f',
    },
    'fa-depreciation/land-and-building-split': {
      verdict: 'ok',
      fingerprint: 'cae058ac5ca68244',
    },
    'fa-depreciation/declining-balance-after-part-year': {
      verdict: 'ok',
      fingerprint: '0efc53b9b7380bb8',
    },
    'fa-depreciation/half-year-convention-carrying-amount': {
      verdict: 'ok',
      fingerprint: '8d0321b51d8d2791',
    },
    'fa-depreciation/straight-line-monthly-charge': {
      verdict: 'ok',
      fingerprint: '225a12b940ae1cd7',
    },
    'fa-disposal-revaluation/disposal-gain-or-loss-mid-year': {
      verdict: 'ok',
      fingerprint: '8450781236f9c4e1',
    },
    'fa-disposal-revaluation/part-exchange-gain-or-loss': {
      verdict: 'ok',
      fingerprint: '4de777fe60101468',
    },
    'fa-disposal-revaluation/revaluation-surplus-on-increase': {
      verdict: 'ok',
      fingerprint: '19afa09aa4d4ff14',
    },
    'fa-disposal-revaluation/revaluation-decrease-after-surplus': {
      verdict: 'ok',
      fingerprint: 'c32aefec2b27a5a3',
    },
    'fa-disposal-revaluation/revaluation-increase-after-earlier-loss': {
      verdict: 'ok',
      fingerprint: '103e0045a1998315',
    },
    'fa-disposal-revaluation/depreciation-after-revaluation': {
      verdict: 'ok',
      fingerprint: '8aca7b915ff24bcd',
    },
    'fa-disposal-revaluation/surplus-transfer-to-retained-earnings': {
      verdict: 'ok',
      fingerprint: 'edd634c4168f8710',
      note: "Added 'takes the residual value off the surplus' below the key (draws with no residual value refused); shortest option 0.46 to 0.38 at 300 draws.",
    },
    'fa-disposal-revaluation/disposal-of-revalued-asset': {
      verdict: 'ok',
      fingerprint: 'c85de6ecde3db5ab',
    },
    'fa-disposal-revaluation/proportional-restatement-gross': {
      verdict: 'ok',
      fingerprint: '22dc146e98545419',
    },
    'fa-disposal-revaluation/proportional-restatement-accumulated': {
      verdict: 'ok',
      fingerprint: '7e8c1e0aa8cb4d68',
    },
    'fa-disposal-revaluation/scrapping-loss': {
      verdict: 'ok',
      fingerprint: '8f7e2fb5ac083b76',
    },
    'fa-disposal-revaluation/insurance-compensation': {
      verdict: 'ok',
      fingerprint: '2da45413913c77db',
    },
    'fa-disposal-revaluation/reducing-balance-disposal': {
      verdict: 'ok',
      fingerprint: '9b7b48d226288987',
    },
    'fa-disposal-revaluation/replaced-component-derecognised': {
      verdict: 'ok',
      fingerprint: 'f7635f3ae7b9e348',
    },
    'fa-disposal-revaluation/sum-of-years-digits-disposal': {
      verdict: 'ok',
      fingerprint: 'e2ec89e99d9bc072',
    },
    'fa-disposal-revaluation/surplus-balance-after-transfers': {
      verdict: 'ok',
      fingerprint: '2230c2ac75aeb529',
    },
    'fa-disposal-revaluation/half-year-convention-disposal': {
      verdict: 'ok',
      fingerprint: '667ec8994ae1789c',
    },
    'fa-disposal-revaluation/revaluation-surplus-net-of-deferred-tax': {
      verdict: 'ok',
      fingerprint: '266e8e5b94e9f10e',
      note: "The carrying amount was a whole thousand, so 'deducts the tax from the valuation' always shared the key's last five digits; it is now drawn to the cent. Most similar 0.49 to 0.38 at 300 draws.",
    },
    'fa-impairment/impairment-loss-higher-of-two': {
      verdict: 'ok',
      fingerprint: '77cc22eeb7a5fdfe',
    },
    'fa-impairment/recoverable-amount': {
      verdict: 'ok',
      fingerprint: '80fec31597291489',
    },
    'fa-impairment/value-in-use-discounted': {
      verdict: 'ok',
      fingerprint: '296f3700d7e1fb56',
    },
    'fa-impairment/value-in-use-pre-tax-rate': {
      verdict: 'ok',
      fingerprint: 'faf5df6dffd3a074',
    },
    'fa-impairment/depreciation-after-impairment': {
      verdict: 'ok',
      fingerprint: 'e85d2f6cbf604873',
    },
    'fa-impairment/impairment-reversal-capped': {
      verdict: 'ok',
      fingerprint: 'bc619b3c998b3407',
    },
    'fa-impairment/cgu-loss-goodwill-first': {
      verdict: 'ok',
      fingerprint: 'a7c2013c0934b280',
    },
    'fa-impairment/cgu-loss-floor-reallocated': {
      verdict: 'ok',
      fingerprint: '6a1aaa5c34712447',
    },
    'fa-impairment/us-gaap-impairment-to-fair-value': {
      verdict: 'ok',
      fingerprint: 'a0f9f0bd66981192',
    },
    'fa-impairment/held-for-sale-remeasurement': {
      verdict: 'ok',
      fingerprint: '179f1fa1f494a8d7',
      note: "Classification 'on 30' of a month with a monthly charge left open whether that month is charged; the stem now says at the end of the month, and leaving out the month of classification is added as a named mistake above the key (the key test works it). Middle value 0.49 to 0.30 at 300 draws.",
    },
    'fa-impairment/cgu-loss-pro-rata': {
      verdict: 'ok',
      fingerprint: '3e4795c23a798b8b',
    },
    'fa-impairment/goodwill-loss-not-reversed': {
      verdict: 'ok',
      fingerprint: '06c024cb0e5f1d9a',
    },
    'fa-impairment/fair-value-less-costs-of-disposal': {
      verdict: 'ok',
      fingerprint: '6320d96ca36c1fc3',
    },
    'fa-impairment/value-in-use-annuity': {
      verdict: 'ok',
      fingerprint: '0ede076924a1f92f',
    },
    'fa-impairment/held-for-sale-stops-depreciation': {
      verdict: 'ok',
      fingerprint: 'b9ce648a30a82424',
    },
    'fa-impairment/revalued-asset-impairment': {
      verdict: 'ok',
      fingerprint: '386eb32e4c3fe0a0',
    },
    'fa-impairment/cgu-loss-absorbed-by-goodwill': {
      verdict: 'ok',
      fingerprint: 'f30dd549474928e6',
    },
    'fa-register-tax/macrs-year-deduction': {
      verdict: 'ok',
      fingerprint: 'ce1c00df6233c712',
    },
    'fa-register-tax/macrs-adjusted-basis': {
      verdict: 'ok',
      fingerprint: '2937b145f870f6d9',
    },
    'fa-register-tax/macrs-year-of-disposal': {
      verdict: 'ok',
      fingerprint: 'bd8f60cf780e3623',
    },
    'fa-register-tax/section-179-bonus-then-macrs': {
      verdict: 'ok',
      fingerprint: '5cfe45b81f96f04c',
      note: "Grammar: 'a 80%' is now 'an 80%'.",
    },
    'fa-register-tax/mid-quarter-convention-first-year': {
      verdict: 'ok',
      fingerprint: '1e8e7dce6dbc752d',
    },
    'fa-register-tax/uk-aia-excess-to-main-pool': {
      verdict: 'ok',
      fingerprint: '2595e65c2e9c32cd',
    },
    'fa-register-tax/uk-main-pool-after-disposal': {
      verdict: 'ok',
      fingerprint: '082dd3c2136c0aa9',
    },
    'fa-register-tax/uk-balancing-charge-capped-at-cost': {
      verdict: 'ok',
      fingerprint: '5d44e854d00b2a86',
    },
    'fa-register-tax/uk-small-pool-write-off': {
      verdict: 'ok',
      fingerprint: '51af563a2a79ac76',
    },
    'fa-register-tax/uk-special-rate-pool': {
      verdict: 'ok',
      fingerprint: 'c2fe5c1ecccb71be',
    },
    'fa-register-tax/uk-aia-to-special-rate-first': {
      verdict: 'ok',
      fingerprint: '8166bbe4e4905ff7',
    },
    'fa-register-tax/uk-short-period-wda': {
      verdict: 'ok',
      fingerprint: 'f82eda23dda56b21',
    },
    'fa-register-tax/uk-car-emissions-pool': {
      verdict: 'ok',
      fingerprint: 'a977a38cae5cffa4',
    },
    'fa-register-tax/deferred-tax-on-plant': {
      verdict: 'ok',
      fingerprint: 'bab60cd32b9a2697',
    },
    'fa-register-tax/taxable-profit-adjustment': {
      verdict: 'ok',
      fingerprint: '8a098be46a222cee',
      note: "Added 'adds the capital allowances as income' (a sign slip) above the key; middle value 0.47 to 0.38 at 300 draws.",
    },
    'fa-register-tax/register-net-book-value': {
      verdict: 'ok',
      fingerprint: 'c514cfaafea4fa22',
    },
    'fa-register-tax/register-to-ledger-reconciliation': {
      verdict: 'ok',
      fingerprint: '0118cb183da5c82e',
    },
    'fa-register-tax/uk-aia-short-period-limit': {
      verdict: 'ok',
      fingerprint: 'dc14f0235fb12cab',
    },
  },
}
