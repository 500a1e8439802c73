import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `time-value-of-money` test (single sums, rates,
 * annuities, loans and amortisation, NPV/IRR/payback), read as a corporate-finance and lending
 * practitioner: 98 submitted, 96 kept, 2 deleted. Every family was drawn at least twice through
 * its item model (the three distractors aimKeyPlaces chose) and each stem, key and named mistake
 * read; keys and slips are also re-derived by the key test (period-by-period loops, BigInt cent
 * schedules, IRR by bisection).
 *
 * Facts checked with the search tool: Regulation Z appendix J (b)(1) (12 CFR 1026, via
 * 1026.22(a)): the APR is the unit-period rate times the unit-periods in a year, a nominal rate
 * (CFPB and FDIC texts); Regulation DD (12 CFR 1030.2 and appendix A): APY reflects the rate and
 * the frequency of compounding over a 365-day year; Microsoft's NPV help: the investment begins
 * one period before value1, so a t = 0 outlay must be added outside NPV(); Microsoft's IRR help:
 * IRR is the rate at which NPV is zero. The source comments now cite appendix J beside 1026.22.
 *
 * Deleted (2): simple payback (middle value 0.61; its slips fall mostly above the key and no
 * further real below-the-key slip was found) and perpetuity due (middle value 0.70 after a third
 * slip was tried; no third real slip above the key). Wrong distractor (1): the balloon family's
 * "interest on the balloon" answer is algebraically the key. Wording (3): a capital mid-sentence
 * and an unclear "choice" in the monthly-PV stem, a missing precision in the CAGR stem, the
 * number-of-payments "after the first" label. Display (1): the profitability index's trailing
 * space. Cues (16 families): named slips added on the thin side of the key until no family is
 * over 0.50 on any rule at 300 draws (see the notes).
 */
export const TIME_VALUE_OF_MONEY_REVIEW: TestFamilyReview = {
  testId: 'time-value-of-money',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'tvm-lump-sums/tvm-fv-annual-compounding': {
      verdict: 'ok',
      fingerprint: '708ac37624d665d6',
      note: 'Middle value 0.50 after other fixes: added continuous compounding (above the key).',
    },
    'tvm-lump-sums/tvm-fv-with-compounding-frequency': {
      verdict: 'ok',
      fingerprint: '698affb4cb2a5772',
    },
    'tvm-lump-sums/tvm-pv-of-a-future-sum': {
      verdict: 'ok',
      fingerprint: '24e334e552a56727',
      note: 'Middle value 0.50: added continuous discounting (below the key).',
    },
    'tvm-lump-sums/tvm-pv-with-monthly-compounding': {
      verdict: 'ok',
      fingerprint: 'da3e916c8bcfb0b9',
      note: 'Stem read "offers A plumbing contractor the choice of paying" (capital mid-sentence, unclear choice); now "lets a client pay X in t years instead of now". Middle value 0.57 with one slip below the key: added (1 − periodic rate) per period and continuous discounting.',
    },
    'tvm-lump-sums/tvm-continuous-compounding-fv': {
      verdict: 'ok',
      fingerprint: 'fb4a94b20794763c',
    },
    'tvm-lump-sums/tvm-continuous-compounding-pv': {
      verdict: 'ok',
      fingerprint: '964d604caf8689e5',
    },
    'tvm-lump-sums/tvm-years-to-double': {
      verdict: 'ok',
      fingerprint: '00cd53c442303e8c',
    },
    'tvm-lump-sums/tvm-implied-annual-growth-rate': {
      verdict: 'ok',
      fingerprint: 'df20de451c91c92e',
      note: 'Stem gave no precision though the options show two decimals of a percent; now says so. Middle value 0.50: added the gain over the ending value per year (always below the CAGR).',
    },
    'tvm-lump-sums/tvm-years-to-reach-a-target': {
      verdict: 'ok',
      fingerprint: '5e339d50c0322a02',
    },
    'tvm-lump-sums/tvm-fv-with-a-rate-change': {
      verdict: 'ok',
      fingerprint: '7ba541b9d7dcf735',
    },
    'tvm-lump-sums/tvm-fv-of-two-deposits': {
      verdict: 'ok',
      fingerprint: '57f820680a00fd56',
      note: 'Middle value 0.62: added the second deposit dated a year early, one year too few on both, (the sum lumped at year k, tried, made it worse).',
    },
    'tvm-lump-sums/tvm-move-a-payment-in-time': {
      verdict: 'ok',
      fingerprint: '2ab79c4e922c0f4d',
    },
    'tvm-lump-sums/tvm-interest-earned-over-the-term': {
      verdict: 'ok',
      fingerprint: '39059f512f502f92',
    },
    'tvm-lump-sums/tvm-interest-earned-in-one-year': {
      verdict: 'ok',
      fingerprint: '6cebf7e55cb8e752',
    },
    'tvm-lump-sums/tvm-daily-compounding-savings': {
      verdict: 'ok',
      fingerprint: 'bbbfc8b77201b30a',
    },
    'tvm-lump-sums/tvm-zero-coupon-price-semiannual-yield': {
      verdict: 'ok',
      fingerprint: 'f04530c8e3c78385',
    },
    'tvm-lump-sums/tvm-extra-interest-from-monthly-compounding': {
      verdict: 'ok',
      fingerprint: '7ab44b15f27d44c6',
    },
    'tvm-lump-sums/tvm-purchasing-power-of-a-future-sum': {
      verdict: 'ok',
      fingerprint: '862200cbb99ce433',
      note: 'Middle value 0.51: added simple inflation taken off the sum, × (1 − πn).',
    },
    'tvm-lump-sums/tvm-monthly-rate-quoted-per-month': {
      verdict: 'ok',
      fingerprint: 'bea8974b855c3922',
      note: 'Kept: the "× 12 and still monthly" distractor is absurdly large in some draws; a real slip, and avoid-impossible stays at chance.',
    },
    'tvm-lump-sums/tvm-pv-of-two-future-sums': {
      verdict: 'ok',
      fingerprint: '5f56773ed380cca1',
    },
    'tvm-rates/tvm-ear-from-nominal': {
      verdict: 'ok',
      fingerprint: '1168d3d15ffd530c',
    },
    'tvm-rates/tvm-nominal-from-ear': {
      verdict: 'ok',
      fingerprint: 'd41069a3de5642cb',
    },
    'tvm-rates/tvm-monthly-rate-from-ear': {
      verdict: 'ok',
      fingerprint: '8454a785b4c54c34',
    },
    'tvm-rates/tvm-continuous-rate-from-ear': {
      verdict: 'ok',
      fingerprint: '301a6ca72c80ff92',
    },
    'tvm-rates/tvm-credit-card-apr-to-ear': {
      verdict: 'ok',
      fingerprint: '99cbbd81fa5a221b',
      note: 'Kept: the continuous-APR distractor can sit 0.01 point from the key, but it is a distinct named slip.',
    },
    'tvm-rates/tvm-real-rate-fisher': {
      verdict: 'ok',
      fingerprint: '37e465f23bef1e83',
    },
    'tvm-rates/tvm-nominal-rate-for-a-real-target': {
      verdict: 'ok',
      fingerprint: '9b891fcbc21f03a0',
    },
    'tvm-rates/tvm-apy-interest-on-savings': {
      verdict: 'ok',
      fingerprint: 'd751ed653098e69d',
    },
    'tvm-rates/tvm-quarterly-equivalent-of-monthly': {
      verdict: 'ok',
      fingerprint: '1700be6f636f34c9',
    },
    'tvm-rates/tvm-cost-of-forgoing-a-prompt-payment-discount': {
      verdict: 'ok',
      fingerprint: 'd5a10aa8d96155ed',
      note: 'Checked: (1 + d/(1 − d))^(365/(net − discount days)) − 1.',
    },
    'tvm-rates/tvm-compare-two-quotes-by-ear': {
      verdict: 'ok',
      fingerprint: '4fb8947da8fb6021',
    },
    'tvm-rates/tvm-semiannual-to-effective-bond-yield': {
      verdict: 'ok',
      fingerprint: '459dbbbdaecf32fe',
    },
    'tvm-rates/tvm-effective-rate-over-a-partial-year': {
      verdict: 'ok',
      fingerprint: 'f96df5c74e84b5aa',
    },
    'tvm-rates/tvm-annual-rate-from-a-quarterly-return': {
      verdict: 'ok',
      fingerprint: 'a05046554ebadb8c',
    },
    'tvm-annuities/tvm-fv-ordinary-annuity': {
      verdict: 'ok',
      fingerprint: '7a68cb6448482014',
    },
    'tvm-annuities/tvm-fv-annuity-due': {
      verdict: 'ok',
      fingerprint: '8960c169977eed3f',
      note: 'Middle value 0.50: added one payment too many (above the key).',
    },
    'tvm-annuities/tvm-pv-ordinary-annuity': {
      verdict: 'ok',
      fingerprint: '4bd1e43ea446c24b',
    },
    'tvm-annuities/tvm-pv-annuity-due-lease': {
      verdict: 'ok',
      fingerprint: 'bd3c9bd73247ef7a',
    },
    'tvm-annuities/tvm-fv-monthly-savings-plan': {
      verdict: 'ok',
      fingerprint: '6d6111cc50ff240b',
    },
    'tvm-annuities/tvm-sinking-fund-deposit': {
      verdict: 'ok',
      fingerprint: '483e740648332eed',
      note: 'Middle value 0.52 with two slips above the key: added one deposit too few.',
    },
    'tvm-annuities/tvm-sinking-fund-deposit-due': {
      verdict: 'ok',
      fingerprint: '98396a4b3de4325b',
    },
    'tvm-annuities/tvm-deferred-annuity': {
      verdict: 'ok',
      fingerprint: 'a6727f7275ab4107',
    },
    'tvm-annuities/tvm-growing-perpetuity-next-payment': {
      verdict: 'ok',
      fingerprint: '11da5b2f0dcf1fb4',
    },
    'tvm-annuities/tvm-growing-perpetuity-from-current-payment': {
      verdict: 'ok',
      fingerprint: '573fd90193695a99',
    },
    'tvm-annuities/tvm-growing-annuity': {
      verdict: 'ok',
      fingerprint: '3088d134861c108a',
    },
    'tvm-annuities/tvm-deferred-perpetuity': {
      verdict: 'ok',
      fingerprint: '5fd164f5f5a06e28',
    },
    'tvm-annuities/tvm-retirement-lump-for-withdrawals': {
      verdict: 'ok',
      fingerprint: 'd15a9331ed780f8c',
    },
    'tvm-annuities/tvm-pv-quarterly-annuity': {
      verdict: 'ok',
      fingerprint: '5a175c982f422b62',
    },
    'tvm-annuities/tvm-number-of-withdrawals': {
      verdict: 'ok',
      fingerprint: '4106fd0827d47e2c',
    },
    'tvm-annuities/tvm-perpetuity-semiannual-payments-annual-rate': {
      verdict: 'ok',
      fingerprint: '717857803f4d206b',
    },
    'tvm-annuities/tvm-saving-then-leaving-to-grow': {
      verdict: 'ok',
      fingerprint: 'd53f12dfb032fc38',
    },
    'tvm-annuities/tvm-withdrawal-from-a-lump-due': {
      verdict: 'ok',
      fingerprint: '82022ed95dab0bb2',
    },
    'tvm-annuities/tvm-due-premium-over-ordinary': {
      verdict: 'ok',
      fingerprint: '22fc42e45f431f1f',
    },
    'tvm-annuities/tvm-bond-price-semiannual-coupons': {
      verdict: 'ok',
      fingerprint: '30a20539f714008d',
      note: 'Middle value 0.54: added the full annual yield applied to each half-year (below the key).',
    },
    'tvm-annuities/tvm-implied-growth-from-a-perpetuity-price': {
      verdict: 'ok',
      fingerprint: '2dc0bea961df6e44',
    },
    'tvm-annuities/tvm-pv-annuity-with-a-balloon': {
      verdict: 'ok',
      fingerprint: '415ee5f294842be5',
    },
    'tvm-annuities/tvm-fv-annuity-after-a-rate-mismatch': {
      verdict: 'ok',
      fingerprint: 'd88dcfcb556f1658',
    },
    'tvm-loans/tvm-monthly-loan-payment': {
      verdict: 'ok',
      fingerprint: 'ef400626062bca77',
    },
    'tvm-loans/tvm-annual-loan-payment': {
      verdict: 'ok',
      fingerprint: '5a98d919e66d34ad',
    },
    'tvm-loans/tvm-interest-in-payment-k': {
      verdict: 'ok',
      fingerprint: '6c746169b1ce0402',
    },
    'tvm-loans/tvm-principal-in-payment-k': {
      verdict: 'ok',
      fingerprint: '7f41e5532fa540c0',
    },
    'tvm-loans/tvm-balance-after-k-payments': {
      verdict: 'ok',
      fingerprint: '3dc630d0a522e22a',
    },
    'tvm-loans/tvm-total-interest-over-the-loan': {
      verdict: 'ok',
      fingerprint: 'f0d9a1379d860ad6',
    },
    'tvm-loans/tvm-interest-paid-in-the-first-year': {
      verdict: 'ok',
      fingerprint: '14d023f36bbaecc3',
      note: 'Middle value 0.54: added the twelfth month’s interest × 12 (below the key).',
    },
    'tvm-loans/tvm-principal-repaid-in-the-first-year': {
      verdict: 'ok',
      fingerprint: '7312c7e5dcbc07c2',
    },
    'tvm-loans/tvm-final-adjusted-payment': {
      verdict: 'ok',
      fingerprint: '857f98382fe35508',
    },
    'tvm-loans/tvm-payment-in-advance': {
      verdict: 'ok',
      fingerprint: '7f3d2f59d546a03b',
    },
    'tvm-loans/tvm-affordable-loan-amount': {
      verdict: 'ok',
      fingerprint: '2574aa9c564d026c',
    },
    'tvm-loans/tvm-number-of-loan-payments': {
      verdict: 'ok',
      fingerprint: '4607e5b75f850726',
      note: 'Relabelled "counts only the payments after the first" (it is nper of P − c: the first payment taken as made today).',
    },
    'tvm-loans/tvm-payment-with-a-balloon': {
      verdict: 'ok',
      fingerprint: 'ad65ccdaabb93274',
      note: 'Removed "amortises the rest and adds interest on the balloon": (P − B) amortised plus B·i each month is algebraically the key (a second correct answer whenever cents differ). Middle value 0.57: added the balloon discounted annually and the loan spread over n − 1 payments.',
    },
    'tvm-loans/tvm-interest-only-payment': {
      verdict: 'ok',
      fingerprint: '6aed53b5f9bbe1ad',
    },
    'tvm-loans/tvm-add-on-interest-payment': {
      verdict: 'ok',
      fingerprint: '6faa6cd8bb10f7ec',
    },
    'tvm-loans/tvm-refinanced-payment': {
      verdict: 'ok',
      fingerprint: 'e0a4328920456cef',
    },
    'tvm-loans/tvm-accrued-interest-between-payments': {
      verdict: 'ok',
      fingerprint: '856a5e8c568e51c9',
    },
    'tvm-loans/tvm-equal-principal-loan-interest': {
      verdict: 'ok',
      fingerprint: 'cf61e2cdb9855c89',
    },
    'tvm-loans/tvm-quarterly-loan-balance': {
      verdict: 'ok',
      fingerprint: '0341d7874d7391b1',
    },
    'tvm-loans/tvm-first-payment-interest': {
      verdict: 'ok',
      fingerprint: '7864814dced9f61c',
    },
    'tvm-loans/tvm-total-cost-of-a-loan': {
      verdict: 'ok',
      fingerprint: '28e43e27b809e3e1',
      note: 'Middle value 0.54: added total interest only and the principal added to the payments.',
    },
    'tvm-loans/tvm-balance-by-remaining-payments': {
      verdict: 'ok',
      fingerprint: '07edfeddb43e5ed5',
    },
    'tvm-loans/tvm-payment-from-an-effective-rate': {
      verdict: 'ok',
      fingerprint: '1d8f76ca0054e6f0',
    },
    'tvm-loans/tvm-extra-payment-interest-saved-next-month': {
      verdict: 'ok',
      fingerprint: '4818d54782608ca8',
      note: 'Cross-out-longest-and-most-similar 0.52 with one slip below the key: added 30 days at rate ÷ 365 and the rate taken as effective.',
    },
    'tvm-loans/tvm-loan-apr-from-payment': {
      verdict: 'ok',
      fingerprint: '84251a093924b823',
      note: 'Middle value 0.59 with one slip above the key: added the monthly rate compounded over the whole term and the APR compounded continuously.',
    },
    'tvm-npv-irr/tvm-npv-of-a-project': {
      verdict: 'ok',
      fingerprint: 'ed62ae9fac06adfe',
    },
    'tvm-npv-irr/tvm-spreadsheet-npv-function-result': {
      verdict: 'ok',
      fingerprint: '7e300c72730b1b33',
      note: 'Key follows Microsoft’s NPV help (value1 discounted one period; the outlay cell inside the range is discounted too): confirmed.',
    },
    'tvm-npv-irr/tvm-irr-of-two-inflows': {
      verdict: 'ok',
      fingerprint: '407da789af595ec3',
      note: 'Middle value 0.53: added the two inflows swapped (above the key). The hurdle rate in the stem is deliberate: one distractor gives it.',
    },
    'tvm-npv-irr/tvm-irr-of-level-inflows': {
      verdict: 'ok',
      fingerprint: 'd9a2638455fcb69d',
    },
    'tvm-npv-irr/tvm-profitability-index': {
      verdict: 'ok',
      fingerprint: '18581d80cf08abe1',
      note: 'Options ended in a trailing space (empty unit); show() now omits the space when a number has no unit.',
    },
    'tvm-npv-irr/tvm-discounted-payback': {
      verdict: 'ok',
      fingerprint: '8c00a8a0ed5e1e02',
    },
    'tvm-npv-irr/tvm-npv-with-a-terminal-value': {
      verdict: 'ok',
      fingerprint: '537b38b1f99a66c5',
    },
    'tvm-npv-irr/tvm-npv-with-a-later-outflow': {
      verdict: 'ok',
      fingerprint: '208739ae5b53b253',
    },
    'tvm-npv-irr/tvm-equivalent-annual-annuity': {
      verdict: 'ok',
      fingerprint: '72a2c3e30b67ce78',
      note: 'Middle value 0.52: added the NPV spread over one year too few (above the key).',
    },
    'tvm-npv-irr/tvm-lease-versus-buy': {
      verdict: 'ok',
      fingerprint: '0d448219ca02f468',
    },
    'tvm-npv-irr/tvm-pv-of-uneven-receipts': {
      verdict: 'ok',
      fingerprint: '66cd9ada53e3ee06',
    },
    'tvm-npv-irr/tvm-irr-with-a-sale-at-the-end': {
      verdict: 'ok',
      fingerprint: 'de0f1f5d9546db6f',
    },
    'tvm-npv-irr/tvm-break-even-final-cash-flow': {
      verdict: 'ok',
      fingerprint: 'cac51b9079781999',
    },
    'tvm-npv-irr/tvm-npv-at-a-monthly-compounded-rate': {
      verdict: 'ok',
      fingerprint: '7aca864d8e60145b',
    },
  },
}
