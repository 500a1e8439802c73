import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `investment-appraisal` test's 80 families (present and future
 * values 16, NPV from after-tax flows 16, IRR, MIRR and payback 18, cost of capital 15, risk,
 * unequal lives and rationing 15), read as an appraisal practitioner and as a guessing candidate,
 * under a short deadline (about 45 minutes).
 *
 * Added first (the IRR domain held 13, below the 15 minimum, and the pool sat at the 75 floor):
 * mirr-with-finance-and-reinvestment-rates (a year-1 outlay brought back at a stated finance rate,
 * inflows carried at a stated reinvestment rate), irr-by-linear-interpolation (the interpolation
 * rule stated), incremental-irr-of-the-larger-project, discounted-payback-of-uneven-flows (year-end
 * factors and even interpolation stated) and irr-of-a-deferred-annuity, each with 5 to 6 named
 * mistakes worked from the draw and re-derived in the key test in exact rationals.
 *
 * What was drawn: every family once (most twice) in full, stem, key and every declared mistake.
 * Worked by hand (calculator on paper, not the family's code) for at least one draw: in TVM
 * pv-of-a-single-sum, fv-with-monthly-compounding, effective-annual-rate, both annuities,
 * fv-of-a-savings-annuity, deferred-perpetuity, growing-perpetuity-from-this-years-flow,
 * deferred-annuity, level-loan-payment, compound-annual-growth-rate, real-rate-from-nominal,
 * periodic-rate-from-effective; in NPV operating-cash-flow-with-tax-shield, after-tax-salvage-value,
 * working-capital-cost-in-present-value, profitability-index, replacement-net-outlay,
 * relevant-annual-cash-flow, npv-with-salvage; in IRR all five new families, payback-period,
 * discounted-payback, irr-of-a-growing-perpetuity, accounting-rate-of-return, crossover-rate,
 * irr-of-a-level-annuity; in capital capm-cost-of-equity, after-tax-cost-of-debt,
 * debt-weight-from-market-quotes, new-equity-with-flotation-costs, relevered-equity-beta,
 * bond-yield-plus-risk-premium; in risk margin-of-safety-on-annual-inflow,
 * expected-npv-with-uncertain-year-two, replacement-chain-npv,
 * capital-rationing-best-whole-combination (by enumerating the subsets). The other families'
 * keys were read for plausibility against their stems and rely on the key test, which works every
 * key and declared mistake again in exact BigInt rationals (year-by-year factors, IRR by bisection
 * on exact NPV signs) for 120 draws a family. Wrong keys found: none.
 *
 * Fixed: two pairs of mistakes that were the same formula under two names (level-loan-payment's
 * "adds simple interest on the whole loan" and "adds a full year's interest to each share";
 * operating-cash-flow's "taxes the profit before depreciation" and "adds back depreciation net of
 * tax", a cent apart at most) lost one each. Replaced as artificial: effective-annual-rate's
 * "compounds the annual rate every period" (by half-yearly compounding), preference-share-cost's
 * "divides price by dividend" (by grossing the yield up for tax), real-rate's "nets inflation
 * twice over" (by adding inflation to the nominal rate), irr-of-a-one-year-project's "divides the
 * gain by the outlay less the gain" (the stem now has storage paid at the year end, so leaving it
 * out or paying it at the start are real mistakes either side of the key), crossover-rate's square
 * root and "spreads the ratio over two years" (by the gap between the IRRs, one plus the rate as
 * the rate, and the gain over the later difference), npv-fall's "counts one year fewer" and
 * "times the inflows at year start at the higher rate" (which showed a negative fall) by the first
 * year's fall alone and the present value at the higher rate. Dropped without replacement:
 * dividend-growth's "takes the growth off the yield" (a negative cost of equity), the growing
 * perpetuity's "multiplies the yield by the growth", the discounted payback's "grows the outlay by
 * a year". crossover-rate's "averages the two IRRs" now averages the IRRs as shown to two places,
 * so the key test works it exactly instead of by floating Newton. pi-from-npv gained the NPV over
 * the present value of inflows; its "adds the NPV to the present value of inflows again" (a
 * double count) was kept, thin. The Hamada stems now state the formula, equity beta = asset beta
 * × (1 + (1 − t) × D ÷ E) with riskless debt; the bond-price stem shows money with its symbol.
 *
 * Rounding: the families discount in floating point and take a value within 1e-7 of a half as an
 * exact half. Measured over 300 draws a family, the branch is met often only in the rate families
 * (CAPM, WACC, after-tax debt: bp × rate products that are exact halves), where refusing would
 * lose most draws; the key test's exact route agrees on all 120 draws of every family. A value
 * truly within 1e-7 of a half but not a half would be guessed; this was not changed and is left
 * unsure.
 *
 * Cue rates at 300 draws: before, the highest 0.50 (crossover-rate, mutually-exclusive-choice-by-
 * npv), 29 of 75 at 0.40 or more and 10 above 0.45, rule means middle value 0.33, most similar
 * 0.23; after, the highest 0.50 (mutually-exclusive-choice-by-npv, irr-of-a-one-year-project),
 * 17 of 80 above 0.45, rule means middle value 0.33, most similar 0.24; crossover-rate went from
 * 0.50 to below 0.45 and npv-fall-for-a-higher-discount-rate from 0.44 to below 0.45 after its
 * repair (0.53 in between).
 *
 * Not confirmed against a published source in this review (textbook conventions known to the
 * reviewer, each now stated in its stem so the key depends on the stated rule): Hamada relevering
 * with (1 − t) and riskless debt; ARR on average investment (cost + residual) ÷ 2; payback
 * interpolated evenly through the year; discounted payback with year-end factors; MIRR with
 * separate finance and reinvestment rates; IRR by straight-line interpolation between two rates.
 */
export const INVESTMENT_APPRAISAL_REVIEW: TestFamilyReview = {
  testId: 'investment-appraisal',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'iva-tvm/pv-of-a-single-sum': { verdict: 'ok', fingerprint: '288304e1cc8f74ac' },
    'iva-tvm/fv-with-monthly-compounding': { verdict: 'ok', fingerprint: '666378861ba7992a' },
    'iva-tvm/effective-annual-rate': { verdict: 'ok', fingerprint: 'ee4d8877009d66fa' },
    'iva-tvm/pv-of-an-ordinary-annuity': { verdict: 'ok', fingerprint: 'd3deb1e0d2f8cc89' },
    'iva-tvm/pv-of-an-annuity-due': { verdict: 'ok', fingerprint: '1579965720513449' },
    'iva-tvm/fv-of-a-savings-annuity': { verdict: 'ok', fingerprint: '7d0ab6515ee3a3f0' },
    'iva-tvm/deferred-perpetuity': { verdict: 'ok', fingerprint: 'f108aa5bf4a8b9e2' },
    'iva-tvm/growing-perpetuity-from-this-years-flow': {
      verdict: 'ok',
      fingerprint: '34a94ce83bd58d07',
    },
    'iva-tvm/pv-of-a-growing-annuity': { verdict: 'ok', fingerprint: '5a644677e647cdf6' },
    'iva-tvm/deferred-annuity': { verdict: 'ok', fingerprint: '2758b1c3b0099a1e' },
    'iva-tvm/level-loan-payment': { verdict: 'ok', fingerprint: 'eed5b21ec938cd3a' },
    'iva-tvm/compound-annual-growth-rate': { verdict: 'ok', fingerprint: 'b202ec13a5b13985' },
    'iva-tvm/real-rate-from-nominal': { verdict: 'ok', fingerprint: '18e352f97748afcf' },
    'iva-tvm/pv-of-uneven-flows': { verdict: 'ok', fingerprint: '27af301684d7e69a' },
    'iva-tvm/fv-of-uneven-deposits': { verdict: 'ok', fingerprint: '853976c63684a42f' },
    'iva-tvm/periodic-rate-from-effective': { verdict: 'ok', fingerprint: 'f0f463a82ccacf8f' },
    'iva-npv/npv-of-three-uneven-years': { verdict: 'ok', fingerprint: '9ba71a7a6d320811' },
    'iva-npv/npv-with-salvage': { verdict: 'ok', fingerprint: '290a8e03504f090c' },
    'iva-npv/operating-cash-flow-with-tax-shield': {
      verdict: 'ok',
      fingerprint: '87ddc9f6efb31ea7',
    },
    'iva-npv/pv-of-depreciation-tax-shield': { verdict: 'ok', fingerprint: 'ef590bcd51e96c34' },
    'iva-npv/after-tax-salvage-value': { verdict: 'ok', fingerprint: '64bba2971956cb5c' },
    'iva-npv/working-capital-cost-in-present-value': {
      verdict: 'ok',
      fingerprint: '51ac9837a9e5ecbf',
    },
    'iva-npv/profitability-index': { verdict: 'ok', fingerprint: '21630d0ae1f3fce5' },
    'iva-npv/replacement-net-outlay': { verdict: 'ok', fingerprint: '46ed89c8a4a6d4f8' },
    'iva-npv/relevant-annual-cash-flow': { verdict: 'ok', fingerprint: '6a6052b97131d96b' },
    'iva-npv/npv-with-tax-and-depreciation': { verdict: 'ok', fingerprint: 'b77be0f95e1b4f51' },
    'iva-npv/npv-of-real-flows-at-a-nominal-rate': {
      verdict: 'ok',
      fingerprint: '5d44a4e1fa71321c',
    },
    'iva-npv/npv-with-cannibalised-sales': { verdict: 'ok', fingerprint: 'f44cd124281af1c5' },
    'iva-npv/npv-of-growing-flows': { verdict: 'ok', fingerprint: 'ab0cfed42b7c0a40' },
    'iva-npv/pi-from-npv': { verdict: 'ok', fingerprint: '6081f4205ebe602e' },
    'iva-npv/npv-with-working-capital-and-salvage': {
      verdict: 'ok',
      fingerprint: '3ef0564c760a3132',
    },
    'iva-npv/npv-of-flows-at-year-start': { verdict: 'ok', fingerprint: '52093ece240ca5ec' },
    'iva-irr/irr-of-a-single-payoff': { verdict: 'ok', fingerprint: '82edec1fa3f92f37' },
    'iva-irr/irr-of-a-level-annuity': { verdict: 'ok', fingerprint: '136fe61849c9a940' },
    'iva-irr/irr-of-uneven-flows': { verdict: 'ok', fingerprint: 'fe7811b22c6d5bf6' },
    'iva-irr/modified-irr': { verdict: 'ok', fingerprint: '9aff4c602a62da84' },
    'iva-irr/payback-period': { verdict: 'ok', fingerprint: 'ca75405ba982e43a' },
    'iva-irr/discounted-payback': { verdict: 'ok', fingerprint: 'd9f9d428a57ccd6d' },
    'iva-irr/irr-of-a-growing-perpetuity': { verdict: 'ok', fingerprint: '9c844b5e42c9601c' },
    'iva-irr/accounting-rate-of-return': { verdict: 'ok', fingerprint: '8a6eac0554701c80' },
    'iva-irr/crossover-rate': { verdict: 'ok', fingerprint: '2e32ef7042fdfb34' },
    'iva-irr/irr-with-salvage': { verdict: 'ok', fingerprint: '2f9cb23e95c0279e' },
    'iva-irr/mutually-exclusive-choice-by-npv': { verdict: 'ok', fingerprint: '27df1a6db0e49b93' },
    'iva-irr/payback-of-level-flows-discounted': { verdict: 'ok', fingerprint: '374f0f8bdc27bcb1' },
    'iva-irr/irr-of-a-one-year-project': { verdict: 'ok', fingerprint: 'bd0799059f5667e5' },
    'iva-irr/mirr-with-finance-and-reinvestment-rates': {
      verdict: 'ok',
      fingerprint: '5545ecbb7ca3ecd3',
    },
    'iva-irr/irr-by-linear-interpolation': { verdict: 'ok', fingerprint: '292b1d7e02c62ea1' },
    'iva-irr/incremental-irr-of-the-larger-project': {
      verdict: 'ok',
      fingerprint: 'c3a7a40521a49656',
    },
    'iva-irr/discounted-payback-of-uneven-flows': {
      verdict: 'ok',
      fingerprint: 'e61145fa17c0ff15',
    },
    'iva-irr/irr-of-a-deferred-annuity': { verdict: 'ok', fingerprint: 'be16d3cb5d4f6e24' },
    'iva-capital/capm-cost-of-equity': { verdict: 'ok', fingerprint: 'ee433d27a0ca8201' },
    'iva-capital/after-tax-cost-of-debt': { verdict: 'ok', fingerprint: 'de89d53d14caff55' },
    'iva-capital/wacc-at-market-values': { verdict: 'ok', fingerprint: 'ce7d2019382cbc44' },
    'iva-capital/after-tax-cost-of-debt-from-bond-price': {
      verdict: 'ok',
      fingerprint: '00040ad523d321fe',
    },
    'iva-capital/dividend-growth-cost-of-equity': {
      verdict: 'ok',
      fingerprint: 'abe9674b41e7765a',
    },
    'iva-capital/project-rate-from-pure-play-beta': {
      verdict: 'ok',
      fingerprint: 'fbbe1598c0a7356e',
    },
    'iva-capital/preference-share-cost': { verdict: 'ok', fingerprint: '30c0b0d991091f9a' },
    'iva-capital/wacc-with-preference-shares': { verdict: 'ok', fingerprint: 'd3c4d6d4b9831ca6' },
    'iva-capital/debt-weight-from-market-quotes': {
      verdict: 'ok',
      fingerprint: '9c48e0b83d463454',
    },
    'iva-capital/new-equity-with-flotation-costs': {
      verdict: 'ok',
      fingerprint: '0eb7352666c30ed9',
    },
    'iva-capital/pre-tax-cost-of-a-loan-with-a-fee': {
      verdict: 'ok',
      fingerprint: 'cc2ecf38a999767d',
    },
    'iva-capital/relevered-equity-beta': { verdict: 'ok', fingerprint: 'c09cdf5ec0d74212' },
    'iva-capital/wacc-from-a-target-debt-to-equity': {
      verdict: 'ok',
      fingerprint: 'bd4d1af9f6a829b3',
    },
    'iva-capital/cost-of-equity-with-retention-growth': {
      verdict: 'ok',
      fingerprint: '9d99e4176fc57b69',
    },
    'iva-capital/bond-yield-plus-risk-premium': { verdict: 'ok', fingerprint: '6b6451dee7ebb578' },
    'iva-risk/npv-sensitivity-to-volume': { verdict: 'ok', fingerprint: '2e7d41ab253b1ad1' },
    'iva-risk/break-even-annual-cash-flow': { verdict: 'ok', fingerprint: '4d4b7e12cb1c5e69' },
    'iva-risk/break-even-volume-at-zero-npv': { verdict: 'ok', fingerprint: '0abca9d3498f44b3' },
    'iva-risk/scenario-weighted-npv': { verdict: 'ok', fingerprint: '8c76678ef5249acc' },
    'iva-risk/equivalent-annual-cost': { verdict: 'ok', fingerprint: 'cf29d3185202c208' },
    'iva-risk/equivalent-annual-annuity': { verdict: 'ok', fingerprint: '04a6bc3cff4d0f36' },
    'iva-risk/replacement-chain-npv': { verdict: 'ok', fingerprint: 'd32adf23b77c2d6b' },
    'iva-risk/capital-rationing-divisible-by-pi': {
      verdict: 'ok',
      fingerprint: '5a7e84cd440193c0',
    },
    'iva-risk/break-even-price-at-zero-npv': { verdict: 'ok', fingerprint: '696a0801a53078b6' },
    'iva-risk/margin-of-safety-on-annual-inflow': {
      verdict: 'ok',
      fingerprint: '19e913f2daaeaafe',
    },
    'iva-risk/equivalent-annual-cost-with-resale': {
      verdict: 'ok',
      fingerprint: '3f05d697a75f9bb5',
    },
    'iva-risk/annual-saving-of-the-lower-eac-machine': {
      verdict: 'ok',
      fingerprint: '87c20cb407d8bbab',
    },
    'iva-risk/expected-npv-with-uncertain-year-two': {
      verdict: 'ok',
      fingerprint: '7e45999e3f9d3b10',
    },
    'iva-risk/capital-rationing-best-whole-combination': {
      verdict: 'ok',
      fingerprint: '985efcb87fb68796',
    },
    'iva-risk/npv-fall-for-a-higher-discount-rate': {
      verdict: 'ok',
      fingerprint: 'c9b990abf80db064',
    },
  },
}
