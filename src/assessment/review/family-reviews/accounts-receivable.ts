import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `accounts-receivable` test's 95 families (terms and discounts,
 * cash application, ageing and DSO, the allowance for doubtful accounts, credit memos, late
 * charges and dunning), read as an AR and credit-control practitioner. This was a triage review
 * under a short deadline: each family was drawn twice through its draw function and its stems,
 * keys and named mistakes read, the key of one draw of nearly every family worked again by hand;
 * four further draws of each were only scanned for malformed or coinciding answers. The key test
 * re-derives every key and slip in BigInt cents on its own calendar. Nothing deleted or added.
 *
 * Fixed (6): two foreign-currency families showed the amount in cents as units (every answer a
 * hundredth of the stem's), the average-days-delinquent key rounded its two measures before
 * subtracting, the UK VAT bad-debt-relief case was not always in pounds, one mistake label did not
 * say what its answer does, and one family lacked a named mistake below its key (see the notes).
 *
 * Facts checked with the search tool: GOV.UK "Late commercial payments: charging interest and
 * debt recovery" (statutory interest 8% plus base rate, simple, per day over 365; fixed sums £40,
 * £70 and £100 by debt band); HMRC VAT Notice 700/18 (bad-debt relief once the debt is written
 * off and over six months past due; 1/6 of a 20%-inclusive amount). Not confirmed against a
 * source in the time: the collection effectiveness index and best possible DSO formulas, the
 * countback DSO convention and the percentage-of-sales/ageing allowance treatments (textbook
 * usage, worked as the stems define them).
 *
 * Still faulty (37 families, verdict 'cue'): at 300 draws a test-wise rule finds the key in
 * more than half the draws (most by the middle value; journal-entry families by the longest or
 * most similar option). Some answers are also negative amounts shown as "£-609.74" (an
 * impossible expense or write-off total), which a candidate can cross out. The test stays
 * withheld until those families are rewritten and reviewed again.
 */
export const ACCOUNTS_RECEIVABLE_REVIEW: TestFamilyReview = {
  testId: 'accounts-receivable',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'ar-terms/net-due-date': {
      verdict: 'ok',
      fingerprint: '6e857577939b5e62',
    },
    'ar-terms/eom-due-date': {
      verdict: 'ok',
      fingerprint: 'cd9248f6406e251f',
    },
    'ar-terms/discount-last-day': {
      verdict: 'ok',
      fingerprint: '1f9202312bbec981',
    },
    'ar-terms/discount-excludes-freight': {
      verdict: 'ok',
      fingerprint: '5a8c7158bce52460',
    },
    'ar-terms/discount-simple-annual-cost': {
      verdict: 'ok',
      fingerprint: '983f15b2be7c4f1b',
    },
    'ar-terms/discount-effective-annual-cost': {
      verdict: 'ok',
      fingerprint: '5429110b2eafb6e4',
    },
    'ar-terms/prox-discount-date': {
      verdict: 'ok',
      fingerprint: 'b66f97eb5095a0c3',
    },
    'ar-terms/eom-discount-date': {
      verdict: 'ok',
      fingerprint: 'd8c490f1e32c95fd',
    },
    'ar-terms/rog-discount-date': {
      verdict: 'ok',
      fingerprint: '98acbe94f9461f39',
    },
    'ar-terms/due-date-weekend-rule': {
      verdict: 'ok',
      fingerprint: 'fca09cb2cb00390f',
    },
    'ar-terms/trade-then-cash-discount': {
      verdict: 'ok',
      fingerprint: 'efd18c6d35f80fe7',
    },
    'ar-terms/offer-discount-or-borrow': {
      verdict: 'ok',
      fingerprint: 'c7f93d1407bb244a',
    },
    'ar-terms/deposit-then-final-invoice': {
      verdict: 'ok',
      fingerprint: '76f46df525a03cb6',
    },
    'ar-terms/statement-terms-due-date': {
      verdict: 'ok',
      fingerprint: 'ae4811e6813718fd',
    },
    'ar-terms/chain-trade-discount-net': {
      verdict: 'ok',
      fingerprint: '2fbeb219973ee0a2',
    },
    'ar-terms/single-equivalent-discount': {
      verdict: 'cue',
      fingerprint: '2972016487d9a297',
      note: 'Still cued: the middle value rule finds the key in 0.65 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-terms/discount-on-pre-tax-amount': {
      verdict: 'ok',
      fingerprint: '1606763a7b112f6f',
    },
    'ar-cash-application/oldest-first-application': {
      verdict: 'ok',
      fingerprint: 'c240124f6d04e9c8',
    },
    'ar-cash-application/short-pay-after-credit-memo': {
      verdict: 'ok',
      fingerprint: '24c8deb08dff9eb6',
    },
    'ar-cash-application/unearned-discount-rebill': {
      verdict: 'ok',
      fingerprint: '4aaca9162a124d77',
    },
    'ar-cash-application/receipt-with-discount-entry': {
      verdict: 'cue',
      fingerprint: 'e962e0b22e298ecd',
      note: 'Still cued: the longest option rule finds the key in 0.81 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-cash-application/partial-payment-discount-credit': {
      verdict: 'ok',
      fingerprint: '481378d1d665f3a8',
    },
    'ar-cash-application/customer-balance-rollforward': {
      verdict: 'ok',
      fingerprint: '5e3e31694e7dc63b',
    },
    'ar-cash-application/bank-charge-short-pay-entry': {
      verdict: 'cue',
      fingerprint: 'f50823969badf062',
      note: 'Still cued: the most similar to the others rule finds the key in 0.92 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-cash-application/returned-cheque-with-fee': {
      verdict: 'cue',
      fingerprint: '3b78b3b4dd4f0d94',
      note: 'Still cued: the longest option rule finds the key in 0.57 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-cash-application/overpayment-on-account': {
      verdict: 'cue',
      fingerprint: '30780bb84f3014f7',
      note: 'Still cued: the middle value rule finds the key in 0.65 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-cash-application/remittance-subset-match': {
      verdict: 'ok',
      fingerprint: 'ae3219707dfbe362',
    },
    'ar-cash-application/transposed-reference-match': {
      verdict: 'ok',
      fingerprint: '60995f9cfad73e5d',
      note: 'Mistake label: the third item was named "the oldest item", but its number is not always the lowest and the stem gives no dates; now "applies it to an item of a similar, not equal, amount", which is what it is.',
    },
    'ar-cash-application/fx-receipt-difference': {
      verdict: 'ok',
      fingerprint: '8e232faab265dab1',
      note: 'Wrong key as shown: the stem printed the foreign amount in cents as units ("114,000 units" where the key was worked on 1,140), so every answer was 100 times too small for the stem. The stem now shows the amount the key uses.',
    },
    'ar-cash-application/fees-first-application': {
      verdict: 'ok',
      fingerprint: '1f269ffd73253b28',
    },
    'ar-cash-application/duplicate-payment-credit-balance': {
      verdict: 'ok',
      fingerprint: '0baa517f58838639',
    },
    'ar-cash-application/lockbox-short-remittance': {
      verdict: 'cue',
      fingerprint: 'b268fed2579eb47d',
      note: 'Still cued: the middle value rule finds the key in 0.64 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-cash-application/net-balance-with-unapplied-cash': {
      verdict: 'cue',
      fingerprint: '6bec45819da99ba3',
      note: 'Still cued: the middle value rule finds the key in 0.56 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-cash-application/partial-discount-remaining-balance': {
      verdict: 'ok',
      fingerprint: '77e8e980daa86e1e',
    },
    'ar-cash-application/fx-invoice-booking': {
      verdict: 'ok',
      fingerprint: 'f38e0e631159a91d',
      note: 'Wrong key as shown: the same cents-as-units fault as the receipt family ("321,000 units", key worked on 3,210). The stem now shows the amount the key uses.',
    },
    'ar-cash-application/small-balance-write-off-entry': {
      verdict: 'cue',
      fingerprint: '3fdaf163cd6eb225',
      note: 'Still cued: the longest option rule finds the key in 1.00 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-ageing/bucket-by-due-date': {
      verdict: 'cue',
      fingerprint: '17cae746f175989e',
      note: 'Still cued: the most similar to the others rule finds the key in 0.52 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-ageing/bucket-total': {
      verdict: 'ok',
      fingerprint: '27485f503ea3aa68',
    },
    'ar-ageing/percent-over-90': {
      verdict: 'ok',
      fingerprint: '404049c0a819d1eb',
    },
    'ar-ageing/dso-period-end': {
      verdict: 'ok',
      fingerprint: '051f4d548e78179e',
    },
    'ar-ageing/receivables-turnover': {
      verdict: 'ok',
      fingerprint: '77d0a02e1666d3eb',
    },
    'ar-ageing/days-from-turnover': {
      verdict: 'ok',
      fingerprint: '36d919a2edf70eca',
    },
    'ar-ageing/collection-effectiveness-index': {
      verdict: 'ok',
      fingerprint: '855dd596e7ec3ca6',
    },
    'ar-ageing/countback-dso': {
      verdict: 'ok',
      fingerprint: '9b5201d4adc4a4ad',
    },
    'ar-ageing/best-possible-dso': {
      verdict: 'ok',
      fingerprint: 'a416008f10544dc4',
      note: 'Wrong key: the key was the difference of DSO and best possible DSO each rounded to one decimal first (13.4 where the unrounded 13.46 gives 13.5). The key is now the overdue balance over average daily sales, unrounded; rounding both measures first is a named mistake. The key test changed to match.',
    },
    'ar-ageing/weighted-days-to-pay': {
      verdict: 'ok',
      fingerprint: '3dc5ac9370757cac',
    },
    'ar-ageing/credit-available': {
      verdict: 'cue',
      fingerprint: 'f991b3ad45f7ca5c',
      note: 'Still cued: the middle value rule finds the key in 0.57 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-ageing/cash-freed-by-dso-cut': {
      verdict: 'ok',
      fingerprint: 'c6152814139c776a',
    },
    'ar-ageing/ageing-by-invoice-date-days': {
      verdict: 'ok',
      fingerprint: '599473e3400adea1',
    },
    'ar-ageing/ageing-roll-forward': {
      verdict: 'ok',
      fingerprint: '880a397d5800de9d',
    },
    'ar-ageing/percent-past-due': {
      verdict: 'cue',
      fingerprint: 'fcebbd151dfe7ee5',
      note: 'Still cued: the middle value rule finds the key in 0.60 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-ageing/turnover-from-dso': {
      verdict: 'ok',
      fingerprint: 'd3e607e4d56ef910',
    },
    'ar-ageing/bad-debt-ratio': {
      verdict: 'cue',
      fingerprint: '0e243a2e6b7df7aa',
      note: 'Still cued: the middle value rule finds the key in 0.56 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-ageing/credit-limit-utilisation': {
      verdict: 'ok',
      fingerprint: '23f10f3af1e3f9e1',
    },
    'ar-ageing/target-receivables-reduction': {
      verdict: 'ok',
      fingerprint: 'f79306971b12bfa5',
    },
    'ar-allowance/percent-of-sales-expense': {
      verdict: 'cue',
      fingerprint: '017976e84c11bf4d',
      note: 'Still cued: the middle value rule finds the key in 0.61 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-allowance/allowance-ending-balance': {
      verdict: 'cue',
      fingerprint: '710ca6be010936af',
      note: 'Still cued: the middle value rule finds the key in 0.62 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-allowance/ageing-required-balance': {
      verdict: 'ok',
      fingerprint: 'db9e9c28bf232587',
    },
    'ar-allowance/ageing-adjustment-credit-balance': {
      verdict: 'ok',
      fingerprint: '129787597c1728ba',
    },
    'ar-allowance/ageing-adjustment-debit-balance': {
      verdict: 'ok',
      fingerprint: 'd6da2085b79a739a',
    },
    'ar-allowance/write-off-entry': {
      verdict: 'cue',
      fingerprint: '3d9350a036d8ee9f',
      note: 'Still cued: the longest option rule finds the key in 0.71 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-allowance/recovery-reinstatement-entry': {
      verdict: 'cue',
      fingerprint: '05739f00c1c63abb',
      note: 'Still cued: the most similar to the others rule finds the key in 0.58 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-allowance/net-receivables-after-write-off': {
      verdict: 'cue',
      fingerprint: 'c746642c33db6c64',
      note: 'Still cued: the middle value rule finds the key in 0.58 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-allowance/net-realisable-after-adjustment': {
      verdict: 'cue',
      fingerprint: '417ecb7dbc24ca00',
      note: 'Still cued: the middle value rule finds the key in 0.86 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-allowance/percent-of-receivables-expense': {
      verdict: 'cue',
      fingerprint: 'bfafbc6bbef67996',
      note: 'Still cued: the middle value rule finds the key in 0.55 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-allowance/historical-loss-rate': {
      verdict: 'ok',
      fingerprint: '2306f27c99f7e4e9',
    },
    'ar-allowance/writeoffs-from-t-account': {
      verdict: 'cue',
      fingerprint: '98577db3482c71c9',
      note: 'Still cued: the middle value rule finds the key in 0.62 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-allowance/ageing-expense-with-year-activity': {
      verdict: 'cue',
      fingerprint: '3047ffc642204a27',
      note: 'Still cued: the middle value rule finds the key in 0.60 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-allowance/adjusting-entry-amount': {
      verdict: 'cue',
      fingerprint: 'f6cc419ce5605412',
      note: 'Still cued: the avoid impossible options rule finds the key in 0.65 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-allowance/direct-write-off-recovery': {
      verdict: 'ok',
      fingerprint: '463bb5d151962d8b',
    },
    'ar-allowance/specific-plus-general-provision': {
      verdict: 'ok',
      fingerprint: '3218492642ec4d97',
    },
    'ar-allowance/vat-bad-debt-relief': {
      verdict: 'cue',
      fingerprint: 'df99b00cb4924000',
      note: 'A UK client reclaiming VAT was shown in dollars or euros; the case is now always in pounds. Facts: HMRC VAT Notice 700/18 (relief once the debt is written off and six months past the due date); the VAT fraction at 20% is 1/6. Still cued: the middle value rule finds the key in 0.75 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-allowance/percent-of-sales-entry': {
      verdict: 'cue',
      fingerprint: '3dcc9752d9d3b15a',
      note: 'Still cued: the most similar to the others rule finds the key in 0.59 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-allowance/allowance-coverage': {
      verdict: 'cue',
      fingerprint: '4a2102475baafe12',
      note: 'Still cued: the middle value rule finds the key in 0.82 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-allowance/recovery-cash-entry': {
      verdict: 'cue',
      fingerprint: 'eb88fa6d69bd4026',
      note: 'Still cued: the most similar to the others rule finds the key in 0.57 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-collections/credit-memo-with-tax-entry': {
      verdict: 'ok',
      fingerprint: 'b3286eae45038307',
    },
    'ar-collections/credit-memo-restocking-fee': {
      verdict: 'ok',
      fingerprint: 'dc6895d92e065692',
    },
    'ar-collections/price-correction-credit': {
      verdict: 'ok',
      fingerprint: '9e1f8d4e08641176',
    },
    'ar-collections/late-interest-daily-simple': {
      verdict: 'ok',
      fingerprint: 'c22a8d3434de1723',
    },
    'ar-collections/late-interest-compounded-monthly': {
      verdict: 'cue',
      fingerprint: '5d34ff4b8756c453',
      note: 'Still cued: the middle value rule finds the key in 0.62 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-collections/late-fee-greater-of': {
      verdict: 'cue',
      fingerprint: '5b6c1bfb1d58278f',
      note: 'Still cued: the middle value rule finds the key in 0.65 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-collections/statutory-interest-uk': {
      verdict: 'cue',
      fingerprint: '7aec6c8e794764e7',
      note: 'Fact checked: GOV.UK "Late commercial payments: charging interest and debt recovery": statutory interest is 8% plus the Bank of England base rate, simple, per day over 365. Still cued: the middle value rule finds the key in 0.57 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-collections/statutory-fixed-compensation-uk': {
      verdict: 'cue',
      fingerprint: '3c73ebae16dd98d8',
      note: 'Fact checked: GOV.UK (and mygov.scot) guidance: £40 up to £999.99, £70 for £1,000 to £9,999.99, £100 for £10,000 or more. Still cued: the middle value rule finds the key in 0.56 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-collections/dunning-step-due': {
      verdict: 'ok',
      fingerprint: 'a22023fcd65fd371',
    },
    'ar-collections/dunning-next-date': {
      verdict: 'ok',
      fingerprint: '1a4dde79a5883345',
    },
    'ar-collections/credit-hold-decision': {
      verdict: 'cue',
      fingerprint: '1cffc7ee486add66',
      note: 'Still cued: the shortest option rule finds the key in 0.70 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-collections/collection-agency-net': {
      verdict: 'cue',
      fingerprint: 'eb9d3e9de121c6c7',
      note: 'Still cued: the middle value rule finds the key in 0.57 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-collections/settlement-write-off-entry': {
      verdict: 'cue',
      fingerprint: 'd22e8f4132e3bcd3',
      note: 'Still cued: the longest option rule finds the key in 0.57 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-collections/instalment-plan-first-payment': {
      verdict: 'cue',
      fingerprint: '829e0ab1485baf4d',
      note: 'Still cued: the middle value rule finds the key in 0.80 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-collections/statement-closing-with-late-fee': {
      verdict: 'ok',
      fingerprint: 'c427893a985750e8',
    },
    'ar-collections/credit-memo-with-trade-discount': {
      verdict: 'cue',
      fingerprint: 'abb1411007acacc0',
      note: 'Still cued: the middle value rule finds the key in 0.53 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-collections/interest-after-partial-payment': {
      verdict: 'ok',
      fingerprint: 'f87e95ac559e373e',
      note: 'The key test found the key without a named mistake below it in 17 of 40 draws (only "the part paid" can fall below). Added counting one day too few (below the key); the key test changed to match.',
    },
    'ar-collections/credit-memo-after-discount-taken': {
      verdict: 'cue',
      fingerprint: 'a191b68860479619',
      note: 'Still cued: the middle value rule finds the key in 0.60 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-collections/refund-credit-balance-entry': {
      verdict: 'cue',
      fingerprint: '57c3506c28750711',
      note: 'Still cued: the most similar to the others rule finds the key in 0.56 of 300 draws; needs named mistakes on the thin side of the key or options of less uniform shape.',
    },
    'ar-collections/interest-on-360-day-terms': {
      verdict: 'ok',
      fingerprint: '5e9aec58a181e125',
    },
  },
}
