import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `accounts-receivable` test's 95 families (terms and discounts,
 * cash application, ageing and DSO, the allowance for doubtful accounts, credit memos, late
 * charges and dunning), read as an AR and credit-control practitioner.
 *
 * First round (a triage review): each family drawn twice and the key of one draw of nearly every
 * family worked by hand; 6 families fixed (two foreign-currency stems showed the amount in cents
 * as units, the average-days-delinquent key rounded its two measures before subtracting, the UK
 * bad-debt-relief case was not always in pounds, one mistake label, one missing slip below a
 * key). 37 families kept a test-wise cue over 0.50 at 300 draws and the test was withheld.
 *
 * Second round (2026-12-05, a different independent reviewer). Cue rates at 300 draws, each
 * family on its own seeded stream: before, 31 families over 0.50 and 43 over 0.45 (the highest
 * 1.00, the small-balance write-off entry by the longest option; rule means: middle value 0.34,
 * most similar 0.30); after, none over 0.50 and 10 between 0.45 and 0.48 (rule means 0.30 and
 * 0.26). Each model's best rule over 200 variants, seeded by its id: terms 0.28, cash
 * application 0.31 (0.395 before), ageing 0.29, allowance 0.305, collections 0.345. What changed:
 * - Numeric families whose named mistakes fell two on each side of the key (so it was always a
 *   middle value) gained real mistakes on the thin side; two stems gained a figure that gives
 *   such mistakes (a later part payment on the overpayment case, an unmatched credit memo on the
 *   net balance case) and the foreign-currency booking stem now gives the order-date rate.
 * - Journal-entry families: the reversed entry (exactly as long as the key) and longer real slips
 *   (the supplier-side discount account, the allowance charged with a small residual, a write-off
 *   that charges the expense again) so the key is neither always the longest nor always the one
 *   most like the rest. The credit-hold decision's short key phrases were made fuller.
 * - Answers below zero ("£-609.74", "-5.18%", "-1.3 days") are no longer shown: a receivables
 *   family now leaves out any named mistake whose answer in that draw is negative (no learner
 *   gives a negative balance, expense or share), and three families whose key itself could go
 *   below zero (allowance closing balance, expense with the year's activity, net balance) refuse
 *   those draws.
 * - Grammar: "a Okapi Toys invoice"; possessives such as "Motors's" now "Motors'".
 * Every family was drawn (at least two draws each, four for those given new mistakes or stems),
 * its stems, keys and named mistakes read and the key of at least one draw worked by hand; the
 * key test re-derives every key and declared mistake in BigInt cents and was extended for each
 * mistake added. No wrong key found in this round.
 *
 * Facts confirmed against published sources: the fixed recovery sums under the Late
 * Payment of Commercial Debts (Interest) Act 1998, £40 up to £999.99, £70 for £1,000 to
 * £9,999.99 and £100 for £10,000 or more (the GOV.UK guide "Late commercial payments: charging
 * interest and debt recovery", as republished by mygov.scot, and several debt-recovery firms);
 * statutory interest at 8% plus the Bank of England base rate, simple, per day over 365 (several
 * guides to the Act); VAT bad-debt relief (HMRC VAT Notice 700/18, as summarised by Sage's
 * knowledge base and Tolley): the VAT was accounted for, the debt written off in the accounts and
 * unpaid six months after it fell due; the VAT fraction at 20% is 1/6 and at 5% 1/21 (HMRC's
 * VAT fraction, as quoted by several UK accounting sites). Not confirmed against a source: the
 * collection effectiveness index and best possible DSO formulas, the countback DSO convention
 * and the percentage-of-sales and ageing allowance treatments (textbook usage, worked as each
 * stem defines them).
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
      verdict: 'ok',
      fingerprint: '068bbfdeb53c3886',
      note: 'Second review: Added the net price rate, (1 − a)(1 − b), given as the discount (a real confusion of the two chain-discount figures) above the key and the average of the two rates below it: three mistakes now on each side. The first review measured middle value 0.65 at 300 draws; the best rule now finds the key in 0.33 (longest option).',
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
      verdict: 'ok',
      fingerprint: '29a998d17464d8e3',
      note: 'Second review: The key was nearly always the longest entry. Added the reversed entry (as long as the key), the discount debited to the supplier-side "Discounts received" and to sales returns (both longer). The first review measured longest option 0.81 at 300 draws; the best rule now finds the key in 0.35 (cross out the longest and the most similar).',
    },
    'ar-cash-application/partial-payment-discount-credit': {
      verdict: 'ok',
      fingerprint: '481378d1d665f3a8',
    },
    'ar-cash-application/customer-balance-rollforward': {
      verdict: 'ok',
      fingerprint: '5f2ff779195f84cc',
      note: 'Second review: An answer below zero ("leaves out the opening balance" when payments exceed the month\'s invoices) is no longer shown; possessive now written "Events\'" for names ending in s.',
    },
    'ar-cash-application/bank-charge-short-pay-entry': {
      verdict: 'ok',
      fingerprint: '1ee221413082fbd6',
      note: 'Second review: Every mistake changed one element of the key, so it was the option most like the rest. Added the reversed entry and the charge credited with the bank at the invoice total, which resemble each other more than the key. The first review measured most similar to the others 0.92 at 300 draws; the best rule now finds the key in 0.30 (cross out the longest and the most similar).',
    },
    'ar-cash-application/returned-cheque-with-fee': {
      verdict: 'ok',
      fingerprint: '15ebc2c44201dc55',
      note: "Second review: Added two longer real slips: the fee credited to bank charges instead of income, and the fee booked as the client's own bank charge. The first review measured longest option 0.57 at 300 draws; the best rule now finds the key in 0.31 (cross out the longest and the most similar).",
    },
    'ar-cash-application/overpayment-on-account': {
      verdict: 'ok',
      fingerprint: 'aea37bf323fcd809',
      note: 'Second review: Two mistakes could ever fall above the key. The stem now adds a later part payment on the new invoice, so leaving out the unapplied cash, the payment or both, and adding the excess, fall above the key, and applying the excess twice and the cash applied fall below it. Key and key test changed to match. The first review measured middle value 0.65 at 300 draws; the best rule now finds the key in 0.41 (middle value).',
    },
    'ar-cash-application/remittance-subset-match': {
      verdict: 'ok',
      fingerprint: 'ae3219707dfbe362',
    },
    'ar-cash-application/transposed-reference-match': {
      verdict: 'ok',
      fingerprint: '60995f9cfad73e5d',
      note: 'First review: Mistake label: the third item was named "the oldest item", but its number is not always the lowest and the stem gives no dates; now "applies it to an item of a similar, not equal, amount", which is what it is.',
    },
    'ar-cash-application/fx-receipt-difference': {
      verdict: 'ok',
      fingerprint: '8e232faab265dab1',
      note: 'First review: Wrong key as shown: the stem printed the foreign amount in cents as units ("114,000 units" where the key was worked on 1,140), so every answer was 100 times too small for the stem. The stem now shows the amount the key uses.',
    },
    'ar-cash-application/fees-first-application': {
      verdict: 'ok',
      fingerprint: '814d297e9385fe55',
      note: 'Second review: Added "ignores the payment" above the key and "gives the part of the payment applied to the invoice" (either side).',
    },
    'ar-cash-application/duplicate-payment-credit-balance': {
      verdict: 'ok',
      fingerprint: 'a1dec68820f279a6',
      note: 'Second review: Possessive of names ending in s now "Florists\'", not "Florists\'s".',
    },
    'ar-cash-application/lockbox-short-remittance': {
      verdict: 'ok',
      fingerprint: 'f7ec48d239ae62bc',
      note: 'Second review: Added the shortfall added to the third invoice (above), the tolerance itself and the shortfall spread over three invoices (below). The first review measured middle value 0.64 at 300 draws; the best rule now finds the key in 0.47 (middle value).',
    },
    'ar-cash-application/net-balance-with-unapplied-cash': {
      verdict: 'ok',
      fingerprint: '5e142550a1996785',
      note: 'Second review: Only two mistakes could fall on each side. The stem now adds an unmatched credit memo, so ignoring either credit, adding either, and deducting either twice give real mistakes on both sides. Key and key test changed to match; a draw whose credits exceed the open invoices is refused. The first review measured middle value 0.56 at 300 draws; the best rule now finds the key in 0.36 (middle value).',
    },
    'ar-cash-application/partial-discount-remaining-balance': {
      verdict: 'ok',
      fingerprint: '77e8e980daa86e1e',
    },
    'ar-cash-application/fx-invoice-booking': {
      verdict: 'ok',
      fingerprint: '14afc81ccde6f641',
      note: 'First review: Wrong key as shown: the same cents-as-units fault as the receipt family ("321,000 units", key worked on 3,210). The stem now shows the amount the key uses. Second review: In two draws of three every mistake fell on one side of the key (the key test found 14 of 40 with both sides). The stem now gives the rate on the order date too, drawn on the other side of the invoice-date rate from the month-end rate; "uses the rate on the order date" is a real mistake (the receivable is recognised on the invoice date).',
    },
    'ar-cash-application/small-balance-write-off-entry': {
      verdict: 'ok',
      fingerprint: '83acb42db340af32',
      note: 'Second review: The key was always the longest entry (its account name is the longest). Added the reversed entry (as long as the key) and the residual charged to the allowance for doubtful accounts (longer). The first review measured longest option 1.00 at 300 draws; the best rule now finds the key in 0.30 (cross out the longest and the most similar).',
    },
    'ar-ageing/bucket-by-due-date': {
      verdict: 'ok',
      fingerprint: 'ae89e567077d371c',
      note: 'Second review: Grammar: "a Okapi Toys invoice" now "an invoice to Okapi Toys". The first review measured most similar to the others 0.52 at 300 draws; the best rule now finds the key in 0.46 (most similar to the others).',
    },
    'ar-ageing/bucket-total': {
      verdict: 'ok',
      fingerprint: '460cb1f5c8330424',
      note: 'Second review: Possessive of names ending in s fixed.',
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
      fingerprint: '3cced402872c847c',
      note: 'Second review: Added the inverted ratio (average receivables over credit sales), below the key.',
    },
    'ar-ageing/days-from-turnover': {
      verdict: 'ok',
      fingerprint: '36d919a2edf70eca',
    },
    'ar-ageing/collection-effectiveness-index': {
      verdict: 'ok',
      fingerprint: 'a0c31d419196b64b',
      note: 'Second review: Added the inverted index, above the key.',
    },
    'ar-ageing/countback-dso': {
      verdict: 'ok',
      fingerprint: '8307b5c68e196e81',
      note: 'Second review: "Counts back from the oldest month" could come out as negative days ("-1.3 days"); it is now declared only when positive.',
    },
    'ar-ageing/best-possible-dso': {
      verdict: 'ok',
      fingerprint: 'a416008f10544dc4',
      note: 'First review: Wrong key: the key was the difference of DSO and best possible DSO each rounded to one decimal first (13.4 where the unrounded 13.46 gives 13.5). The key is now the overdue balance over average daily sales, unrounded; rounding both measures first is a named mistake. The key test changed to match.',
    },
    'ar-ageing/weighted-days-to-pay': {
      verdict: 'ok',
      fingerprint: '3dc5ac9370757cac',
    },
    'ar-ageing/credit-available': {
      verdict: 'ok',
      fingerprint: 'ed60206cf23f1b04',
      note: 'Second review: Added the uninvoiced orders added instead of deducted (above) and the credit used given as the credit left (either side). The first review measured middle value 0.57 at 300 draws; the best rule now finds the key in 0.41 (middle value).',
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
      fingerprint: '29e9174d3fac96b7',
      note: 'Second review: An answer below zero ("takes the payment off the old 31–60 total" when the payment is larger) is no longer shown; possessive fixed.',
    },
    'ar-ageing/percent-past-due': {
      verdict: 'ok',
      fingerprint: '456aa117dfcd5e6c',
      note: 'Second review: Added the past-due total over receivables without the over-90 bucket, above the key. The first review measured middle value 0.60 at 300 draws; the best rule now finds the key in 0.35 (middle value).',
    },
    'ar-ageing/turnover-from-dso': {
      verdict: 'ok',
      fingerprint: 'd3e607e4d56ef910',
    },
    'ar-ageing/bad-debt-ratio': {
      verdict: 'ok',
      fingerprint: '01c30c51b1a84dc7',
      note: 'Second review: Added the two mistakes together (recoveries ignored and all sales as the base). The first review measured middle value 0.56 at 300 draws; the best rule now finds the key in 0.46 (middle value).',
    },
    'ar-ageing/credit-limit-utilisation': {
      verdict: 'ok',
      fingerprint: '83bb1a90c6356d69',
      note: 'Second review: "Gives the share left unused" showed a negative percentage ("-5.18%") when the customer was over its limit; answers below zero are no longer shown.',
    },
    'ar-ageing/target-receivables-reduction': {
      verdict: 'ok',
      fingerprint: 'f79306971b12bfa5',
    },
    'ar-allowance/percent-of-sales-expense': {
      verdict: 'ok',
      fingerprint: 'e492de1bb98c3c8c',
      note: 'Second review: Added the rate applied to the credit sales already collected (below); an answer below zero is no longer shown. The first review measured middle value 0.61 at 300 draws; the best rule now finds the key in 0.41 (middle value).',
    },
    'ar-allowance/allowance-ending-balance': {
      verdict: 'ok',
      fingerprint: '144096dc2c1fe1aa',
      note: 'Second review: Added "leaves out the write-offs" (above) and "leaves out the year\'s expense" (below); a draw whose closing balance would be a debit is refused, and answers below zero are not shown. The first review measured middle value 0.62 at 300 draws; the best rule now finds the key in 0.39 (middle value).',
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
      fingerprint: '47c908352f0d3e62',
      note: 'Second review: An answer below zero is no longer shown.',
    },
    'ar-allowance/write-off-entry': {
      verdict: 'ok',
      fingerprint: '37a520ce73d1f789',
      note: 'Second review: The key pairs the two longest account names, so it was the longest option. Added the write-off with the expense charged again (a four-line entry: a real confusion of provision and write-off). The first review measured longest option 0.71 at 300 draws; the best rule now finds the key in 0.34 (cross out the longest and the most similar).',
    },
    'ar-allowance/recovery-reinstatement-entry': {
      verdict: 'ok',
      fingerprint: 'fc42a4afd8fc9d2b',
      note: 'Second review: Added the whole account written off again (as long as the key or longer) and the whole amount reinstated against bad debt expense. The first review measured most similar to the others 0.58 at 300 draws; the best rule now finds the key in 0.40 (longest option).',
    },
    'ar-allowance/net-receivables-after-write-off': {
      verdict: 'ok',
      fingerprint: 'c746642c33db6c64',
      note: "Second review: Reread and left as it is (the first review's rate came from one stream shared by all families; on its own seeded stream it is under 0.45). The first review measured middle value 0.58 at 300 draws; the best rule now finds the key in 0.43 (middle value).",
    },
    'ar-allowance/net-realisable-after-adjustment': {
      verdict: 'ok',
      fingerprint: '008f680f8bd323e3',
      note: 'Second review: Two mistakes fell on each side, so the key was a middle value. Added gross receivables and receivables plus the adjustment (above). The first review measured middle value 0.86 at 300 draws; the best rule now finds the key in 0.46 (middle value).',
    },
    'ar-allowance/percent-of-receivables-expense': {
      verdict: 'ok',
      fingerprint: 'bfafbc6bbef67996',
      note: "Second review: Reread and left as it is (the first review's rate came from one stream shared by all families; on its own seeded stream it is under 0.45). The first review measured middle value 0.55 at 300 draws; the best rule now finds the key in 0.38 (middle value).",
    },
    'ar-allowance/historical-loss-rate': {
      verdict: 'ok',
      fingerprint: '2306f27c99f7e4e9',
    },
    'ar-allowance/writeoffs-from-t-account': {
      verdict: 'ok',
      fingerprint: 'a231793b99ebccaf',
      note: 'Second review: "Takes the change in the balance" was negative whenever the allowance grew; answers below zero are no longer shown. Added the closing balance added instead of deducted and the opening and closing balances swapped. The first review measured middle value 0.62 at 300 draws; the best rule now finds the key in 0.31 (middle value).',
    },
    'ar-allowance/ageing-expense-with-year-activity': {
      verdict: 'ok',
      fingerprint: 'caefc3e6a1bc9670',
      note: 'Second review: A draw whose allowance already exceeded the requirement (a negative expense) is refused; answers below zero are not shown. The first review measured middle value 0.60 at 300 draws; the best rule now finds the key in 0.39 (middle value).',
    },
    'ar-allowance/adjusting-entry-amount': {
      verdict: 'ok',
      fingerprint: '3af335347e75e803',
      note: 'Second review: Added the write-off entry, the whole required balance with the sides reversed and the whole required balance against receivables, so the key is no longer the one most like the rest. The first review measured avoid impossible options 0.65 at 300 draws; the best rule now finds the key in 0.31 (most similar to the others).',
    },
    'ar-allowance/direct-write-off-recovery': {
      verdict: 'ok',
      fingerprint: '695200dd5a67008a',
      note: 'Second review: Possessive of names ending in s fixed.',
    },
    'ar-allowance/specific-plus-general-provision': {
      verdict: 'ok',
      fingerprint: '3218492642ec4d97',
    },
    'ar-allowance/vat-bad-debt-relief': {
      verdict: 'ok',
      fingerprint: '1532f88df3182862',
      note: 'Second review: Two of three mistakes fell above the key. Added the whole unpaid debt (above), nothing reclaimable until the customer is insolvent (a real misconception: the relief needs no insolvency) and the 5% reduced-rate fraction 1/21 (below).',
    },
    'ar-allowance/percent-of-sales-entry': {
      verdict: 'ok',
      fingerprint: 'd28c86244461f89f',
      note: 'Second review: Added the netted amount with the sides reversed, so the key is not always the option most like the rest. The first review measured most similar to the others 0.59 at 300 draws; the best rule now finds the key in 0.39 (most similar to the others).',
    },
    'ar-allowance/allowance-coverage': {
      verdict: 'ok',
      fingerprint: 'b59c56d25328d8e0',
      note: 'Second review: Added the share left uncovered, (over-90 − allowance) / over-90, near the key. The first review measured middle value 0.82 at 300 draws; the best rule now finds the key in 0.35 (middle value).',
    },
    'ar-allowance/recovery-cash-entry': {
      verdict: 'ok',
      fingerprint: 'ab0d3d3e38907239',
      note: 'Second review: Added the whole written-off amount credited to the allowance and the direct method\'s "Bad debts recovered" account. The first review measured most similar to the others 0.57 at 300 draws; the best rule now finds the key in 0.33 (most similar to the others).',
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
      verdict: 'ok',
      fingerprint: '268608bdf78dc950',
      note: "Second review: Added one month end too many (above) and one month's interest only (below); possessive fixed. The first review measured middle value 0.62 at 300 draws; the best rule now finds the key in 0.36 (cross out the longest and the most similar).",
    },
    'ar-collections/late-fee-greater-of': {
      verdict: 'ok',
      fingerprint: '6bf8688b553d708c',
      note: 'Second review: Added the overdue balance with the fee (above), the percentage alone and the fixed fee alone (at or below the key). The first review measured middle value 0.65 at 300 draws; the best rule now finds the key in 0.33 (cross out the longest and the most similar).',
    },
    'ar-collections/statutory-interest-uk': {
      verdict: 'ok',
      fingerprint: '88c1e07659fe0d5b',
      note: "Second review: Added a full year's interest (above) and a 30-day grace period after the due date (below), a common misreading of the Act.",
    },
    'ar-collections/statutory-fixed-compensation-uk': {
      verdict: 'ok',
      fingerprint: '3c73ebae16dd98d8',
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
      verdict: 'ok',
      fingerprint: '9976ff18341ac2e2',
      note: 'Second review: The key ("Hold the order" or "Release the order") was nearly always the shortest option. Both are now fuller phrases ("Put the order on credit hold", "Release the order for shipping"), and "Cancel the order outright" is added. The first review measured shortest option 0.70 at 300 draws; the best rule now finds the key in 0.36 (most similar to the others).',
    },
    'ar-collections/collection-agency-net': {
      verdict: 'ok',
      fingerprint: 'c17d873108d7a2cf',
      note: 'Second review: Added the fee taken out as if added on (above) and the uncollected amount (either side); possessive fixed. The first review measured middle value 0.57 at 300 draws; the best rule now finds the key in 0.30 (middle value).',
    },
    'ar-collections/settlement-write-off-entry': {
      verdict: 'ok',
      fingerprint: 'e73f2bbfd2b6e158',
      note: 'Second review: Added the reversed entry, the shortfall charged to expense though an allowance is kept, the shortfall provided for again, and the whole debt written off with the cash booked as a recovery. The first review measured longest option 0.57 at 300 draws; the best rule now finds the key in 0.40 (most similar to the others).',
    },
    'ar-collections/instalment-plan-first-payment': {
      verdict: 'ok',
      fingerprint: 'e65705b97984031b',
      note: "Second review: Three mistakes fell below the key and one above. Added the whole plan's interest charged with the first instalment (above). The first review measured middle value 0.80 at 300 draws; the best rule now finds the key in 0.35 (middle value).",
    },
    'ar-collections/statement-closing-with-late-fee': {
      verdict: 'ok',
      fingerprint: 'b7632ec03f5594aa',
      note: 'Second review: Possessive of names ending in s fixed.',
    },
    'ar-collections/credit-memo-with-trade-discount': {
      verdict: 'ok',
      fingerprint: 'ad3a1c42bd31c8aa',
      note: 'Second review: Added one unit credited instead of the quantity (below) and the list price grossed up by the discount (above). The first review measured middle value 0.53 at 300 draws; the best rule now finds the key in 0.36 (middle value).',
    },
    'ar-collections/interest-after-partial-payment': {
      verdict: 'ok',
      fingerprint: 'f87e95ac559e373e',
      note: 'First review: The key test found the key without a named mistake below it in 17 of 40 draws (only "the part paid" can fall below). Added counting one day too few (below the key); the key test changed to match.',
    },
    'ar-collections/credit-memo-after-discount-taken': {
      verdict: 'ok',
      fingerprint: '68bb7a453a76313e',
      note: 'Second review: Added the discount taken out as if added on. The first review measured middle value 0.60 at 300 draws; the best rule now finds the key in 0.31 (middle value).',
    },
    'ar-collections/refund-credit-balance-entry': {
      verdict: 'ok',
      fingerprint: '25c05cc6d757ef95',
      note: 'Second review: Added the refund paid through the purchase ledger (Accounts payable) and the refund recorded as a cash sale. The first review measured most similar to the others 0.56 at 300 draws; the best rule now finds the key in 0.39 (avoid impossible options).',
    },
    'ar-collections/interest-on-360-day-terms': {
      verdict: 'ok',
      fingerprint: '482ced4869d18fa8',
      note: 'Second review: Only three mistakes. Added the amount due with the interest, both end days counted and complete months only.',
    },
  },
}
