import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `order-processing` test's 80 families, 16 per domain (order
 * totals, discounts and tax; shipping charges and dispatch dates; stock allocation and
 * backorders; payments, returns and refunds; order records and payout reconciliation), read as a
 * virtual assistant running an online shop's or a wholesaler's orders and as a guessing candidate,
 * by a reviewer who did not write them, who first finished them and then reviewed them under a
 * short deadline.
 *
 * What was drawn: every family once in full from a scratch script (stem, key, every declared named
 * mistake with its name, the draw's figures), and the key of that draw worked from the rule its
 * stem states with a calculator, not from the family's code: 80 of 80 keys, all right. Each
 * family's code was read against its stem for the draws one sample does not show (collisions,
 * ranges, what a mistake's name claims). The families changed in the review were drawn again after
 * the change and their keys worked again (the return window, the refund rate, bundles, the
 * authorisation hold, allocation by order date, the pick list, available to promise with incoming
 * stock, the deposit balance, charging what ships). The key test re-derives every key and declared mistake in BigInt cents and a second
 * calendar of March 2027 and was changed with every mistake added, replaced or dropped; its local
 * copies of the exact-rational helpers gave way to `test/support/bigint-rationals.ts`. The named
 * mistakes were read once each over one draw; not each worked over several.
 *
 * Wrong keys found: none.
 *
 * Finishing: the two families with three named mistakes got real ones (the return window: the
 * whole day after day k allowed, business days counted, and business days with the delivery day
 * as day 1; the refund rate: the stem now gives the orders placed, and dividing by them is a
 * slip).
 *
 * Other review fixes. Rounding: every money stem said "to the cent, half a cent rounded up" but
 * not whether the steps of a chain (sale then coupon then tax, a deposit on a tax-inclusive total,
 * the tax inside a discounted inclusive price) are rounded; the stems now say "to the cent,
 * rounding only the answer (half a cent up)" from one shared phrase, so each has one defensible
 * cent. Mistakes that always showed another: bundles' largest count and "leaves out the refills"
 * were always the candle or diffuser limit, and "ignores the recipe" mostly the diffusers (all
 * three went; dividing the refills by all six items and swapping the candle and refill counts
 * came in below the key, where the key had been the smallest option in most draws); the
 * authorisation hold's "releases only the buffer" was always "captures the estimated shipping"
 * (dropped; the buffer on the estimated shipping only added); allocation by order date's "leaves
 * out #B" and "leaves out #C" were capped at #A's order and so showed the list-order fill in most
 * draws (replaced by an equal split). Mistakes whose names did not say what they computed: the
 * hold's "buffer on the goods only" (gave the buffer alone; now the release under that slip), the
 * pick list's "stops at the first unpaid order" (gave the paid orders less the last in either row
 * order; the export now opens with a paid order and the slip gives it, with missing the last row
 * its own slip), two renamed count slips (duplicates, invoice numbers). Wording: available to
 * promise with incoming stock read "By next Friday, a SKU will have … on hand now"; a pick-list
 * row of one read "1 units".
 *
 * Cue rates at 300 draws (scripts/family-cue-rates.ts, --over 0.45). Before: none over 0.50, 23
 * at 0.45 or more, the highest 0.50 (totals deposit-on-the-tax-inclusive-total most similar,
 * stock charge-only-what-ships middle value and bundles least similar). The deposit got two
 * slips farther from its key (the deposit and the tax both forgotten; the deposit worked on the
 * pre-tax goods), and charging what ships got a shipping charge taken with the first parcel,
 * left out or charged again for the backorder as slips, so its key no longer sat between two
 * slips on each side. The new return window slips took it from 0.54 (middle value, two slips
 * above its key) to under 0.45; bundles and the pick list are under 0.45. After: none over 0.50,
 * 19 at 0.45 or more, the highest 0.49 (free-shipping-threshold-after-the-discount, middle
 * value), then 0.48 for tax-on-the-discounted-price, points-clawed-back, refund-to-the-card-first,
 * orders-awaiting-dispatch, available-to-promise-less-reserved, backorder-after-reserved and
 * days-of-cover.
 *
 * Facts and conventions not confirmed against a published source: none is needed beyond the stems;
 * each stem states the shop's policy it uses (the order of discounts, what tax applies to, what a
 * refund keeps, how a window or business day is counted), and March 2027's 1st is a Monday.
 *
 * Left as it is: some named mistakes meet the key only on the draws where their slip changes
 * nothing and are then dropped from the draw (the marketplace admin fee's cap when it does not
 * bind, the deposit when it is 50 %, "the first ten units only" on a line of ten, the reserved
 * units' cover when the free stock lasts two or three days); families at 0.46 to 0.49 were not
 * taken lower in the time left.
 */
export const ORDER_PROCESSING_REVIEW: TestFamilyReview = {
  testId: 'order-processing',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'opr-totals/percent-sale-then-fixed-coupon': {
      verdict: 'ok',
      fingerprint: 'a57da35c5197521b',
    },
    'opr-totals/tax-on-the-discounted-price': {
      verdict: 'ok',
      fingerprint: '4a04a882f8f6f764',
    },
    'opr-totals/net-price-from-a-tax-inclusive-price': {
      verdict: 'ok',
      fingerprint: '66cd0b1bdd6a6a5d',
    },
    'opr-totals/tax-rounded-per-unit-then-multiplied': {
      verdict: 'ok',
      fingerprint: '0c2d79b09f6790bd',
    },
    'opr-totals/all-units-quantity-break': {
      verdict: 'ok',
      fingerprint: '2fa0808412467295',
    },
    'opr-totals/graduated-quantity-tiers': {
      verdict: 'ok',
      fingerprint: 'add3140bf945e4a9',
    },
    'opr-totals/buy-three-get-one-free': {
      verdict: 'ok',
      fingerprint: 'aa1daff56cfe4382',
    },
    'opr-totals/second-item-half-price-on-the-cheaper': {
      verdict: 'ok',
      fingerprint: '39e934a9cf586acf',
    },
    'opr-totals/coupon-minimum-measured-after-the-sale': {
      verdict: 'ok',
      fingerprint: '09276fb0f864315b',
    },
    'opr-totals/tax-on-goods-and-shipping': {
      verdict: 'ok',
      fingerprint: '5159714f429d618c',
    },
    'opr-totals/two-percent-discounts-stacked': {
      verdict: 'ok',
      fingerprint: '0cbb3110c3515809',
    },
    'opr-totals/tax-inside-a-discounted-inclusive-total': {
      verdict: 'ok',
      fingerprint: '272b75cac59d1db7',
    },
    'opr-totals/whole-packs-for-a-unit-quantity': {
      verdict: 'ok',
      fingerprint: '7b13a7d1437329d1',
    },
    'opr-totals/deposit-on-the-tax-inclusive-total': {
      verdict: 'ok',
      fingerprint: 'c66445f94f00715c',
      note: 'Cued at 0.50 most similar (two slips just either side of its key); the deposit and the tax both forgotten and the deposit worked on the pre-tax goods now stand farther out.',
    },
    'opr-totals/gift-card-is-payment-not-discount': {
      verdict: 'ok',
      fingerprint: 'b2898984bc59e85f',
    },
    'opr-totals/per-unit-discount-on-a-line': {
      verdict: 'ok',
      fingerprint: '2ece4db8f093033d',
    },
    'opr-dispatch/first-kilogram-then-each-further-kilogram-or-part': {
      verdict: 'ok',
      fingerprint: 'e9ac5f3bac3c6235',
    },
    'opr-dispatch/free-shipping-threshold-after-the-discount': {
      verdict: 'ok',
      fingerprint: '29da84196ed2e759',
    },
    'opr-dispatch/list-price-to-add-for-free-shipping': {
      verdict: 'ok',
      fingerprint: '1ad5032e886d4aa5',
    },
    'opr-dispatch/delivery-business-days-after-dispatch': {
      verdict: 'ok',
      fingerprint: '097d6673a07cf5c5',
    },
    'opr-dispatch/business-days-from-order-to-delivery': {
      verdict: 'ok',
      fingerprint: '509d5e91b291c166',
    },
    'opr-dispatch/dispatch-deadline-in-business-days': {
      verdict: 'ok',
      fingerprint: 'f66838f11d281b3f',
    },
    'opr-dispatch/weight-band-table-two-parcels': {
      verdict: 'ok',
      fingerprint: 'b00357c59911dd93',
    },
    'opr-dispatch/per-order-charge-plus-each-further-item': {
      verdict: 'ok',
      fingerprint: '005d900dc4773272',
    },
    'opr-dispatch/free-shipping-threshold-before-tax': {
      verdict: 'ok',
      fingerprint: 'a05ba7208d3e0284',
    },
    'opr-dispatch/fuel-surcharge-on-the-base-rate-only': {
      verdict: 'ok',
      fingerprint: '66e56d2d980930e1',
    },
    'opr-dispatch/order-shipping-allocated-by-weight': {
      verdict: 'ok',
      fingerprint: 'c3af5ec6a605a97d',
    },
    'opr-dispatch/zone-rate-per-started-kilogram': {
      verdict: 'ok',
      fingerprint: 'f00d0ea60aee75c5',
    },
    'opr-dispatch/gift-cards-do-not-count-toward-free-shipping': {
      verdict: 'ok',
      fingerprint: '655ccac7aeaa1037',
    },
    'opr-dispatch/parcels-by-maximum-weight-plus-handling': {
      verdict: 'ok',
      fingerprint: '5388ea9b01a32cdd',
    },
    'opr-dispatch/per-started-kilogram-with-a-minimum-charge': {
      verdict: 'ok',
      fingerprint: '18c37d3f215606ef',
    },
    'opr-dispatch/shipping-band-by-order-value-after-the-coupon': {
      verdict: 'ok',
      fingerprint: '9a7540f9ac25655c',
    },
    'opr-stock/available-to-promise-less-reserved-and-safety': {
      verdict: 'ok',
      fingerprint: '4b5f377552c01c84',
    },
    'opr-stock/available-to-promise-with-incoming-and-backorders': {
      verdict: 'ok',
      fingerprint: '1524add9de31e2ce',
      note: "Stem reworded: it read 'By next Friday, a SKU will have … on hand now'.",
    },
    'opr-stock/pro-rata-share-rounded-down': {
      verdict: 'ok',
      fingerprint: 'abf5a6623208a9d4',
    },
    'opr-stock/priority-customer-served-first': {
      verdict: 'ok',
      fingerprint: 'b5d85acb749cb5f0',
    },
    'opr-stock/backorder-after-reserved-stock': {
      verdict: 'ok',
      fingerprint: '09fa1db848e2e530',
    },
    'opr-stock/charge-only-what-ships-in-a-partial-shipment': {
      verdict: 'ok',
      fingerprint: 'e1ad5ee5f1b85074',
      note: 'Cued at 0.50 middle value (two slips below its key and two above); the stem now has a shipping charge taken with this first parcel, with leaving it out and charging it again for the backorder as slips.',
    },
    'opr-stock/stock-after-a-day-of-movements': {
      verdict: 'ok',
      fingerprint: 'b2b2d6d360191904',
    },
    'opr-stock/bundles-from-component-stock': {
      verdict: 'ok',
      fingerprint: '111796e65a31818b',
      note: 'Four of its eight mistakes were always the candle or diffuser limit (the largest count and leaving out the refills) or mostly the diffusers (ignoring the recipe); those went, and dividing the refills by all six items and swapping the candle and refill counts came in below the key.',
    },
    'opr-stock/stock-held-back-for-the-marketplace': {
      verdict: 'ok',
      fingerprint: 'df7303e07f8477b8',
    },
    'opr-stock/units-to-pick-for-paid-orders': {
      verdict: 'ok',
      fingerprint: '262b6fb0fbf0cc4a',
      note: "'Stops at the first unpaid order' gave the three paid orders less the last whatever the order of the rows; the export now always opens with a paid order, stopping at the first unpaid one gives that order, and missing the last row is its own slip. A single unit now reads '1 unit'.",
    },
    'opr-stock/pre-orders-open-against-an-incoming-delivery': {
      verdict: 'ok',
      fingerprint: '94e808d04c458c69',
    },
    'opr-stock/balance-owed-on-backordered-units-with-tax': {
      verdict: 'ok',
      fingerprint: 'c5820a9cfcb4874b',
    },
    'opr-stock/line-fill-rate': {
      verdict: 'ok',
      fingerprint: '9484e384995891f2',
    },
    'opr-stock/split-shipment-from-two-warehouses': {
      verdict: 'ok',
      fingerprint: '3c58d6e67d9eb304',
    },
    'opr-stock/days-of-cover-for-backorder-promise': {
      verdict: 'ok',
      fingerprint: 'b3346ed5ce4cbf97',
    },
    'opr-stock/allocated-by-order-date-not-by-list-order': {
      verdict: 'ok',
      fingerprint: '59edd2841d399aef',
      note: "Leaving out #B or #C was capped at #A's quantity and so showed the same as filling in list order in most draws; both went for an equal split of the stock (capped at #A's order).",
    },
    'opr-refunds/refund-with-the-order-coupon-prorated-by-price': {
      verdict: 'ok',
      fingerprint: 'afc443c0ee8ca9d1',
    },
    'opr-refunds/restocking-fee-on-the-pre-tax-price': {
      verdict: 'ok',
      fingerprint: 'e2cfa31e6665fb0d',
    },
    'opr-refunds/capture-only-what-ships': {
      verdict: 'ok',
      fingerprint: '5579affd07f13995',
    },
    'opr-refunds/payment-fees-kept-on-a-full-refund': {
      verdict: 'ok',
      fingerprint: 'a2b216d6c6ae9f19',
    },
    'opr-refunds/last-day-of-the-return-window': {
      verdict: 'ok',
      fingerprint: '735de0499c4d5dea',
      note: 'Had three named mistakes; now five (the day after day k allowed, business days counted, business days with the delivery day as day 1), windows of 7 to 15 days so every slip stays in March; it cued at 0.54 middle value with two slips above the key until the third was added.',
    },
    'opr-refunds/store-credit-bonus-after-restocking-fee': {
      verdict: 'ok',
      fingerprint: '6e2ee22f94055ac3',
    },
    'opr-refunds/return-label-deducted-shipping-kept': {
      verdict: 'ok',
      fingerprint: 'aaf6d7d0033b8f17',
    },
    'opr-refunds/exchange-for-a-dearer-item': {
      verdict: 'ok',
      fingerprint: '5f6307f4a4c1091c',
    },
    'opr-refunds/returning-the-full-price-item-of-a-half-price-pair': {
      verdict: 'ok',
      fingerprint: 'aa0d0f1d6d08cc6e',
    },
    'opr-refunds/refund-under-a-percentage-order-coupon': {
      verdict: 'ok',
      fingerprint: '845b896ea75bcd88',
    },
    'opr-refunds/refund-to-the-card-first-then-store-credit': {
      verdict: 'ok',
      fingerprint: 'a871e72bceb80163',
    },
    'opr-refunds/capture-after-a-cancelled-line-with-tax': {
      verdict: 'ok',
      fingerprint: 'fd89aa9e95a9eda6',
    },
    'opr-refunds/marketplace-refund-keeps-an-admin-fee': {
      verdict: 'ok',
      fingerprint: 'ebb49ce9b515d4be',
    },
    'opr-refunds/points-clawed-back-on-a-return': {
      verdict: 'ok',
      fingerprint: '41e5537ca20a7ec9',
    },
    'opr-refunds/chargeback-loss-with-fee-and-goods': {
      verdict: 'ok',
      fingerprint: '3920dcf0e737c4ee',
    },
    'opr-refunds/authorisation-hold-released-after-capture': {
      verdict: 'ok',
      fingerprint: '356c7ad061b4681f',
      note: "Releasing only the buffer always equalled capturing the estimated shipping and was dropped; 'puts the buffer on the goods only' gave the buffer on the goods alone and now works the release it names; the buffer on the estimated shipping only was added.",
    },
    'opr-records/payout-after-commission-fees-and-refunds': {
      verdict: 'ok',
      fingerprint: '46055410a4b0f78a',
    },
    'opr-records/commission-on-item-price-and-shipping': {
      verdict: 'ok',
      fingerprint: '244eb01ca211b4e5',
    },
    'opr-records/missing-invoice-numbers-in-a-range': {
      verdict: 'ok',
      fingerprint: '24a5456d7367da37',
      note: 'A mistake renamed for what it does (adds one for each end of the run).',
    },
    'opr-records/unique-orders-after-duplicates': {
      verdict: 'ok',
      fingerprint: '563a8916d4eb439b',
      note: 'A mistake renamed for what it does (removes one copy of each triple, not two).',
    },
    'opr-records/orders-awaiting-dispatch-from-status-counts': {
      verdict: 'ok',
      fingerprint: 'b3662f9207c85041',
    },
    'opr-records/net-sales-excluding-tax-and-refunds': {
      verdict: 'ok',
      fingerprint: '0acc3240110381b0',
    },
    'opr-records/average-order-value-excluding-cancelled': {
      verdict: 'ok',
      fingerprint: '20e82a0204ccbd77',
    },
    'opr-records/payout-with-a-rolling-reserve': {
      verdict: 'ok',
      fingerprint: '9dafa82672dcfe2e',
    },
    'opr-records/processor-fees-on-a-batch-of-orders': {
      verdict: 'ok',
      fingerprint: 'e76954c0f1028226',
    },
    'opr-records/tiered-commission-on-one-sale': {
      verdict: 'ok',
      fingerprint: '288244f086311992',
    },
    'opr-records/payout-converted-less-a-conversion-fee': {
      verdict: 'ok',
      fingerprint: '9b1f71f6140805f4',
    },
    'opr-records/units-sold-net-of-returns': {
      verdict: 'ok',
      fingerprint: '098aeb1967783cf1',
    },
    'opr-records/refund-rate-by-orders': {
      verdict: 'ok',
      fingerprint: 'd5a9bfc7d032286f',
      note: 'Had three named mistakes; the stem now gives the orders placed as well as shipped, and dividing by the orders placed is the fourth.',
    },
    'opr-records/sales-tax-to-remit-after-refunds': {
      verdict: 'ok',
      fingerprint: '4801da25576ef2a7',
    },
    'opr-records/transitions-a-workflow-does-not-allow': {
      verdict: 'ok',
      fingerprint: 'a8783a68698b6de9',
    },
    'opr-records/orders-in-an-export-date-range': {
      verdict: 'ok',
      fingerprint: 'f3958b53a65687a0',
    },
  },
}
