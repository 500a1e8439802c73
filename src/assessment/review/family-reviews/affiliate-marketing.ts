import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `affiliate-marketing` test's 80 families (tracking and attribution
 * 16; commission 16; performance 16; payouts 16; partners and terms 16), read as an affiliate
 * manager checking a programme's figures and as a guessing candidate, by a reviewer who did not
 * write them, who first finished them and then reviewed them under a short deadline.
 *
 * What was drawn: every family once in full (stem, key, every declared named mistake with its name
 * and the draw's figures) from a scratch script, and the key of that draw worked from the rule its
 * stem states with a calculator, not from the family's code: 80 of 80 keys, none wrong. The key
 * test re-derives every key and declared mistake in exact BigInt rationals and was changed with
 * every mistake added, replaced or dropped. The named mistakes were read once each over one draw,
 * not worked over many.
 *
 * Wrong keys found: none. Faulty stems and draws found and fixed: four percentage stems (filtered
 * conversion rate, merchant cost of sale, effective commission rate, approved conversion) said one
 * decimal place while their options showed two; they now state two. The trial bounty drew
 * conversions and refunds that were not whole customers (35 % of 252 trials); trials are now drawn
 * in steps of 80 and rates in steps of 5 %, so every count is whole and the conversion rate always
 * exceeds the refund rate.
 *
 * Finishing: the tracking model stood at 0.40 on the middle value on one seed; two families lost
 * doubled-count slips that sat on the key's crowded side (last click for shared sales, coupon code
 * over the cookie), and it is now at most 0.35 on all three seeds, every model at most 0.37.
 * Families over seven named mistakes were cut back: introducer and closer (halves its solo sales
 * too), the sub-network share (the fee taken twice, a nudge of the key), the outreach funnel (the
 * reply and activation rates applied twice).
 *
 * Replaced or renamed as misnamed or no real slip: the time-decay "halves the commission once per
 * week" always equalled "pays its weight without dividing" (now the touches halved per touch, not
 * per week); the 30-day hold's "waits a full month" and "within 45 days of the payment run" did
 * not give what they said (now the sale still inside its hold); the treaty rate drew 0 % and 15 %,
 * where three slips met the key (now 5 % or 10 %, and the fee taken twice went); the top partners'
 * share over the other three partners gave shares over 100 % (now the three smallest); the audit's
 * fixed pages counted twice gave over 100 % (now the share still failing); the EPC ranking's
 * pooled commission over the top partner's clicks, the inactivity rule's double-counted overlap and
 * the cross-device total with signed-in sales twice were renamed for what they do; the weighted
 * score now states its rounding.
 *
 * Near misses judged and kept: halving a reversal and halving a pooled EPC are close to nudges
 * but are the slip of splitting a figure between two parties; "credits the direct-visit journeys
 * twice" and "the override taken off its own share" are weak but distinct from every other option.
 * Six families sit at 0.47 to 0.49 on one rule at 300 draws (the override, the capped payment fee,
 * the cost-of-sale cap, the growth bonus, the inactivity rule, the next-quarter tier); none is over
 * 0.49.
 */
export const AFFILIATE_MARKETING_REVIEW: TestFamilyReview = {
  testId: 'affiliate-marketing',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-07',
  families: {
    'afm-tracking/sales-inside-a-cookie-window': {
      verdict: 'ok',
      fingerprint: '906c04dc7410f0e7',
    },
    'afm-tracking/last-click-credit-for-shared-sales': {
      verdict: 'ok',
      fingerprint: '0f5daf9a64bbfd65',
    },
    'afm-tracking/position-based-share-for-a-first-and-middle-touch': {
      verdict: 'ok',
      fingerprint: '8fc3c58bd937c8a7',
    },
    'afm-tracking/cross-device-sales-credited-when-signed-in': {
      verdict: 'ok',
      fingerprint: '3c7f0890d2b59d99',
    },
    'afm-tracking/sub-id-conversion-rate': {
      verdict: 'ok',
      fingerprint: '56f9367abbb8f569',
    },
    'afm-tracking/sales-lost-when-a-cookie-window-is-cut': {
      verdict: 'ok',
      fingerprint: '2789567330d5d9bb',
    },
    'afm-tracking/24-hour-cookie-with-a-cart-extension': {
      verdict: 'ok',
      fingerprint: '8a786c4ca7de443a',
    },
    'afm-tracking/first-live-click-in-a-journey': {
      verdict: 'ok',
      fingerprint: '1b79159e69627344',
    },
    'afm-tracking/deduplicated-sales-across-two-networks': {
      verdict: 'ok',
      fingerprint: 'e459dd96ecb2fc97',
    },
    'afm-tracking/time-decay-share-with-a-seven-day-half-life': {
      verdict: 'ok',
      fingerprint: '6cee5a8e772487e6',
    },
    'afm-tracking/last-non-direct-click-credit': {
      verdict: 'ok',
      fingerprint: '1c120e685653ff80',
    },
    'afm-tracking/median-click-to-sale-lag': {
      verdict: 'ok',
      fingerprint: '20988121864eba8f',
    },
    'afm-tracking/conversion-rate-on-filtered-clicks': {
      verdict: 'ok',
      fingerprint: '5a17115303a637c7',
    },
    'afm-tracking/coupon-code-overrides-the-cookie': {
      verdict: 'ok',
      fingerprint: '4b0da1d65926f214',
    },
    'afm-tracking/introducer-and-closer-split': {
      verdict: 'ok',
      fingerprint: '1dca766d46c2f91d',
    },
    'afm-tracking/deterministic-and-probabilistic-cross-device': {
      verdict: 'ok',
      fingerprint: '56cb96ffe3b04afa',
    },
    'afm-commission/commission-on-net-of-tax-shipping-and-returns': {
      verdict: 'ok',
      fingerprint: '97b765c487337edb',
    },
    'afm-commission/tier-rate-applied-to-the-whole-month': {
      verdict: 'ok',
      fingerprint: '6bfe6f4426c3232f',
    },
    'afm-commission/tier-rates-applied-band-by-band': {
      verdict: 'ok',
      fingerprint: '5397ac0aeff0cf5f',
    },
    'afm-commission/bounty-for-new-customers-plus-revenue-share': {
      verdict: 'ok',
      fingerprint: 'acf9901422e472f2',
    },
    'afm-commission/rate-bump-and-flat-bonus-on-a-threshold': {
      verdict: 'ok',
      fingerprint: 'e75770aa94d30c03',
    },
    'afm-commission/reversal-for-a-partial-return': {
      verdict: 'ok',
      fingerprint: 'a09d4c1d015d2fd5',
    },
    'afm-commission/commission-by-product-category': {
      verdict: 'ok',
      fingerprint: '18f1270223ca2b0e',
    },
    'afm-commission/new-and-returning-customer-rates': {
      verdict: 'ok',
      fingerprint: 'e58da6d2fabd19b1',
    },
    'afm-commission/commission-on-a-discounted-order': {
      verdict: 'ok',
      fingerprint: '131b154ff18a2376',
    },
    'afm-commission/per-sale-bounty-in-count-bands': {
      verdict: 'ok',
      fingerprint: 'dc841acbf154f37d',
    },
    'afm-commission/cost-per-lead-on-validated-leads': {
      verdict: 'ok',
      fingerprint: 'bf0692e708a01e4f',
    },
    'afm-commission/capped-revenue-share-on-subscriptions': {
      verdict: 'ok',
      fingerprint: 'ba9ad7bb41abcf94',
    },
    'afm-commission/growth-bonus-on-incremental-sales': {
      verdict: 'ok',
      fingerprint: 'cd465f14f6259d47',
    },
    'afm-commission/two-tier-override-on-a-recruits-commission': {
      verdict: 'ok',
      fingerprint: 'cf8372bb361186e7',
    },
    'afm-commission/trial-bounty-on-conversions-that-stay': {
      verdict: 'ok',
      fingerprint: 'bfb917b131f88633',
    },
    'afm-commission/net-commission-after-reversals': {
      verdict: 'ok',
      fingerprint: '3b16c5cc1d16861b',
    },
    'afm-performance/net-earnings-per-click': {
      verdict: 'ok',
      fingerprint: '407a7f150f49b6c9',
    },
    'afm-performance/reversal-rate-by-commission': {
      verdict: 'ok',
      fingerprint: '28d1b5f382beefdb',
    },
    'afm-performance/average-order-value': {
      verdict: 'ok',
      fingerprint: '41e7d37b4fbf2afa',
    },
    'afm-performance/affiliate-campaign-roi': {
      verdict: 'ok',
      fingerprint: '43265a9509b988e3',
    },
    'afm-performance/merchant-cost-of-sale': {
      verdict: 'ok',
      fingerprint: 'bb2fc190a12d0a28',
    },
    'afm-performance/pooled-epc-of-two-partners': {
      verdict: 'ok',
      fingerprint: '51cd89e21d90fdfd',
    },
    'afm-performance/merchant-cost-per-new-customer': {
      verdict: 'ok',
      fingerprint: 'cffa5499f435175c',
    },
    'afm-performance/effective-commission-rate': {
      verdict: 'ok',
      fingerprint: '3832991a893f3c4c',
    },
    'afm-performance/clicks-needed-for-a-target': {
      verdict: 'ok',
      fingerprint: '6c3a3ef9b33e043b',
    },
    'afm-performance/change-in-epc-month-on-month': {
      verdict: 'ok',
      fingerprint: '589636f5ea209074',
    },
    'afm-performance/cost-per-incremental-sale': {
      verdict: 'ok',
      fingerprint: 'b454fb6686b4944b',
    },
    'afm-performance/conversion-rate-after-reversals': {
      verdict: 'ok',
      fingerprint: '62ef3cf9479def1e',
    },
    'afm-performance/average-commission-per-approved-sale': {
      verdict: 'ok',
      fingerprint: '57b072254702b591',
    },
    'afm-performance/top-partners-share-of-programme-sales': {
      verdict: 'ok',
      fingerprint: '86d9ec7ec909a169',
    },
    'afm-performance/merchant-roi-on-affiliate-sales': {
      verdict: 'ok',
      fingerprint: '611508fdb965d6e9',
    },
    'afm-performance/earnings-per-hundred-clicks': {
      verdict: 'ok',
      fingerprint: '6c5bb1f23d78a907',
    },
    'afm-payouts/payout-with-a-carried-balance': {
      verdict: 'ok',
      fingerprint: 'deb0f458c6a307d8',
    },
    'afm-payouts/commission-locked-after-a-30-day-hold': {
      verdict: 'ok',
      fingerprint: '69ad7dc477f20c09',
    },
    'afm-payouts/euro-commission-paid-in-dollars-less-a-fee': {
      verdict: 'ok',
      fingerprint: '9ffae41b9a4075f0',
    },
    'afm-payouts/backup-withholding-then-a-transfer-fee': {
      verdict: 'ok',
      fingerprint: 'c802c1a608690c39',
    },
    'afm-payouts/days-from-sale-to-payment': {
      verdict: 'ok',
      fingerprint: 'af7730c2177df9e2',
    },
    'afm-payouts/capped-percentage-payment-fee': {
      verdict: 'ok',
      fingerprint: '13989ce9774e0c8f',
    },
    'afm-payouts/two-currencies-paid-in-dollars': {
      verdict: 'ok',
      fingerprint: '87d1f4f69247cfc8',
    },
    'afm-payouts/sub-network-share-before-payout': {
      verdict: 'ok',
      fingerprint: 'c9e2a59327466e0e',
    },
    'afm-payouts/rolling-reserve-held-and-released': {
      verdict: 'ok',
      fingerprint: '04e2fcadd8d32dad',
    },
    'afm-payouts/conversion-at-a-rate-with-a-spread': {
      verdict: 'ok',
      fingerprint: '9c5e25ea4ec369c2',
    },
    'afm-payouts/net-60-paid-by-the-end-of-june': {
      verdict: 'ok',
      fingerprint: '7c74b6a55b298b9f',
    },
    'afm-payouts/vat-on-a-self-billed-invoice': {
      verdict: 'ok',
      fingerprint: '86dae823d0108581',
    },
    'afm-payouts/threshold-over-four-months': {
      verdict: 'ok',
      fingerprint: 'fe685737ab478ed1',
    },
    'afm-payouts/clawback-converted-at-the-payment-rate': {
      verdict: 'ok',
      fingerprint: '0de19b245ed2f795',
    },
    'afm-payouts/treaty-rate-withholding': {
      verdict: 'ok',
      fingerprint: 'a8e96f359ba91b9b',
    },
    'afm-payouts/network-invoice-to-the-merchant': {
      verdict: 'ok',
      fingerprint: 'a97472d9744f18fa',
    },
    'afm-partners/commission-forfeited-on-undisclosed-pages': {
      verdict: 'ok',
      fingerprint: 'f09a4b5f520e2ba2',
    },
    'afm-partners/brand-term-bidding-sales-reversed': {
      verdict: 'ok',
      fingerprint: '5e8e3d6be51422a9',
    },
    'afm-partners/coupon-partner-rate-on-code-sales': {
      verdict: 'ok',
      fingerprint: '56063a073e45a871',
    },
    'afm-partners/unauthorised-coupon-codes-voided': {
      verdict: 'ok',
      fingerprint: '2ff69b1a98e68851',
    },
    'afm-partners/recruits-needed-for-a-sales-target': {
      verdict: 'ok',
      fingerprint: 'd16c917cf7f115c6',
    },
    'afm-partners/partner-ranked-first-by-epc': {
      verdict: 'ok',
      fingerprint: 'b5176cd8aa44f262',
    },
    'afm-partners/next-quarter-rate-from-a-partner-tier': {
      verdict: 'ok',
      fingerprint: '4e7aa0045c5790ba',
    },
    'afm-partners/cashback-passed-to-the-shopper': {
      verdict: 'ok',
      fingerprint: '3a3be858f3b186c7',
    },
    'afm-partners/coupon-partners-share-of-the-budget': {
      verdict: 'ok',
      fingerprint: '4d1c7df68f075970',
    },
    'afm-partners/active-partners-from-an-outreach-funnel': {
      verdict: 'ok',
      fingerprint: 'c1fe4419acf8c3c7',
    },
    'afm-partners/weighted-partner-score': {
      verdict: 'ok',
      fingerprint: '09eef8167e4b5d75',
    },
    'afm-partners/partners-kept-after-an-inactivity-rule': {
      verdict: 'ok',
      fingerprint: '41d623e839132813',
    },
    'afm-partners/tenancy-fee-cost-per-sale': {
      verdict: 'ok',
      fingerprint: 'cc92dffb6d89c765',
    },
    'afm-partners/cost-of-sale-cap-for-a-flat-fee-partner': {
      verdict: 'ok',
      fingerprint: '8872ca6fc560f069',
    },
    'afm-partners/share-of-partners-meeting-a-disclosure-audit': {
      verdict: 'ok',
      fingerprint: 'c9cfc39a796e25f1',
    },
    'afm-partners/commission-withheld-for-a-trademark-breach-window': {
      verdict: 'ok',
      fingerprint: '201aa6146e0684cf',
    },
  },
}
