import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `online-store-administration` test's 78 families (catalogue and
 * pricing 16; inventory 16; orders and shipping 15; refunds and payouts 15; reporting 16), read as
 * a freelance virtual assistant running a client's shop back office and as a guessing candidate,
 * by reviewers who did not write them, in two passes.
 *
 * First pass (cues): every family was brought within the 0.50 cue limit at 300 draws and every
 * model within 0.38 on the guessing harness. The parcels-needed and payout-date families were
 * deleted (78 remain, at least 15 per domain) and about seventeen cued or weak families were fixed
 * with real slips on the key's thin side, better draws or replaced weak mistakes.
 *
 * Second pass (keys): every family drawn in full (stem, key and every option) from a scratch
 * script and the key of one draw worked by hand from the rule its stem states: 78 of 78 keys, none
 * wrong. The key test re-derives every key and declared mistake in exact BigInt rationals from
 * second workings, kept in step with every change below.
 *
 * Stems: the dimensional-weight charge (a rate per kg times a multiple of 0.5 kg) can land on a
 * half cent and did not say how it rounds; it now states the nearest cent, a half rounded up. Two
 * stems printed "1 units" and "1 cards" and now write the singular.
 *
 * Weak mistakes the first reviewer flagged, judged: "adds the freight again after marking up"
 * (freight counted twice) and "works per 10 g" (a factor-of-ten nudge) were dropped; "captures the
 * shipping once per line shipped" gave way to a real slip, shipping shared by the shipped lines'
 * share of value, and "captures two thirds of the shipping" is kept renamed as what it is, shipping
 * shared by the count of lines shipped; "counts the damaged units as short too" gave way to VAT
 * taken out of the net unit price as if it included VAT. The free-shipping compound "ignores both
 * the code and the shipping" is one coherent slip (forget the code and the cart still passes the
 * threshold, so it ships free) and is kept renamed so; replacing it with the code taken off the
 * shipping too left the key always the middle value (0.90), so it was not used. Its neighbour
 * "leaves out the code" is renamed as its value reads: the code left off a total that still
 * charges shipping.
 *
 * After: no family over 0.50 at 300 draws (highest 0.50, the per-kilogram rate's middle value;
 * the free-shipping total and the band-table charge 0.49); the harness's worst model is
 * osa-catalogue at 0.375 (middle value).
 */
export const ONLINE_STORE_ADMINISTRATION_REVIEW: TestFamilyReview = {
  testId: 'online-store-administration',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-07',
  families: {
    'osa-catalogue/price-from-landed-cost-at-a-markup': {
      verdict: 'ok',
      fingerprint: 'dd25cf30a3dddbe9',
      note: "(20.67 + 2.11) x 1.80 = $41.00 worked by hand; the weak 'adds the freight again after marking up' (freight counted twice) was dropped",
    },
    'osa-catalogue/vat-inclusive-price-for-a-target-margin': {
      verdict: 'ok',
      fingerprint: 'f5774db8f6cb888e',
      note: '37.23 / 0.55 = 67.69 net, x 1.10 = $74.46 worked by hand',
    },
    'osa-catalogue/gross-margin-of-a-vat-inclusive-price': {
      verdict: 'ok',
      fingerprint: 'b319bb8fa6fa43ef',
      note: '132.99 / 1.10 = 120.90 net, (120.90 - 70.12) / 120.90 = 42.0 % worked by hand',
    },
    'osa-catalogue/inclusive-price-after-a-vat-rate-change-keeping-the-net': {
      verdict: 'ok',
      fingerprint: '95988025964e89b3',
      note: '197.15 x 119 / 116 = $202.25 worked by hand',
    },
    'osa-catalogue/sale-price-after-a-sale-and-a-stacked-code': {
      verdict: 'ok',
      fingerprint: '02fada245122d33a',
      note: '67.99 x 0.75 x 0.80 = $40.79 worked by hand',
    },
    'osa-catalogue/cart-total-with-a-percentage-then-a-fixed-code-and-shipping': {
      verdict: 'ok',
      fingerprint: '057f258732c6a4b5',
      note: '234 x 0.90 - 10 + 11.95 = $212.55 worked by hand',
    },
    'osa-catalogue/bulk-increase-rounded-up-to-a-99-ending': {
      verdict: 'ok',
      fingerprint: 'd46ebe1b0849f747',
      note: '62.93 x 1.04 = 65.45, smallest .99 not below it $65.99 worked by hand',
    },
    'osa-catalogue/variant-count-with-an-unmade-combination': {
      verdict: 'ok',
      fingerprint: '192e659059c558e1',
      note: '5 x 7 x 4 - 4 = 136 worked by hand',
    },
    'osa-catalogue/unit-price-per-100-g-of-a-multipack': {
      verdict: 'ok',
      fingerprint: '428e3e159b383a61',
      note: "38.53 / 450 g x 100 = $8.56 worked by hand; the weak 'works per 10 g' (a factor-of-ten nudge) was dropped",
    },
    'osa-catalogue/all-units-quantity-break-price': {
      verdict: 'ok',
      fingerprint: '6872fdad512c0b72',
      note: '226 x 8.41 x 0.95 = $1,805.63 worked by hand (the 100 break applies to every unit)',
    },
    'osa-catalogue/code-on-an-eligible-collection-only': {
      verdict: 'ok',
      fingerprint: '6f8f8234bfea1f46',
      note: '217.99 x 0.80 + 72.99 = $247.38 worked by hand',
    },
    'osa-catalogue/deepest-discount-before-a-sale-loses-money': {
      verdict: 'ok',
      fingerprint: '7e9dc9f9a4126493',
      note: '(13.94 + 0.45) / 0.975 = 14.76 paid, 1 - 14.76 / 33.99 = 56.6 % worked by hand',
    },
    'osa-catalogue/sales-tax-after-a-code-on-taxable-lines': {
      verdict: 'ok',
      fingerprint: 'b80e9a4d50fd7565',
      note: '180 x 0.85 x 8.25 % = $12.62 worked by hand',
    },
    'osa-catalogue/price-in-a-second-currency-rounded-up': {
      verdict: 'ok',
      fingerprint: '352a84327e4df34f',
      note: '147 x 0.91 x 1.03 = 137.78, up to EUR 138 worked by hand',
    },
    'osa-catalogue/landed-unit-cost-with-duty-on-goods-only': {
      verdict: 'ok',
      fingerprint: 'c03cb712cfcba15b',
      note: '29.65 x 1.04 + 515 / 590 = $31.71 worked by hand',
    },
    'osa-catalogue/variants-touched-by-a-bulk-edit-on-two-tags': {
      verdict: 'ok',
      fingerprint: 'ab1a0897e84567f8',
      note: '(38 + 62 - 12) x 8 = 704 worked by hand',
    },
    'osa-inventory/reorder-point-from-weekly-sales-and-a-lead-time-in-days': {
      verdict: 'ok',
      fingerprint: '7767b85b2cc74338',
      note: '144 / 7 x 14 + 119 = 407 worked by hand',
    },
    'osa-inventory/stock-on-hand-after-receipts-returns-and-write-offs': {
      verdict: 'ok',
      fingerprint: '83630790020a9baa',
      note: '123 + 125 - 138 + 9 - 1 = 118 worked by hand; the stem now writes one unit in the singular',
    },
    'osa-inventory/available-to-sell-net-of-commitments': {
      verdict: 'ok',
      fingerprint: '5cec1e7c2d64671a',
      note: '165 - 47 - 3 = 115 worked by hand, the incoming order left out',
    },
    'osa-inventory/days-of-cover-net-of-committed-orders': {
      verdict: 'ok',
      fingerprint: '8f8c8a0eb5b8c2be',
      note: '(180 - 28) x 28 / 548 = 7.8 days worked by hand',
    },
    'osa-inventory/kits-buildable-from-component-stock': {
      verdict: 'ok',
      fingerprint: '9218f025240233c4',
      note: 'min(63/2, 110/3, 173/6) = min(31, 36, 28) = 28 worked by hand',
    },
    'osa-inventory/component-left-after-kits-and-singles': {
      verdict: 'ok',
      fingerprint: 'c44931f63aaeb81d',
      note: '156 - 10 - 10 x 4 = 106 worked by hand',
    },
    'osa-inventory/shrink-rate-from-a-cycle-count-with-picked-orders': {
      verdict: 'ok',
      fingerprint: 'ac3e6385b0e557ff',
      note: 'should be 803 - 22 = 781, missing 18, 18 / 781 = 2.3 % worked by hand',
    },
    'osa-inventory/stock-turn-on-average-inventory-at-cost': {
      verdict: 'ok',
      fingerprint: '73f98be10571acbe',
      note: '16,300 / ((5,700 + 11,900) / 2) = 1.85 worked by hand',
    },
    'osa-inventory/weighted-average-cost-after-a-receipt-with-freight': {
      verdict: 'ok',
      fingerprint: '6182785d4429dcbe',
      note: '(124 x 9.65 + 239 x 10.50 + 287) / 363 = $11.00 worked by hand',
    },
    'osa-inventory/order-quantity-rounded-up-to-case-packs': {
      verdict: 'ok',
      fingerprint: '2191f6c6cab9e19c',
      note: '560 - 165 - 122 = 273, 12 cases of 24 = 288 worked by hand',
    },
    'osa-inventory/supplier-claim-for-short-and-damaged-units': {
      verdict: 'ok',
      fingerprint: '32ad5558ecfc566d',
      note: "(5 short + 3 damaged) x 9.28 x 1.20 = $89.09 worked by hand; the weak 'counts the damaged units as short too' became a real VAT slip, VAT taken out of the net unit price as if it included it ($61.87)",
    },
    'osa-inventory/open-to-buy-units-for-next-month': {
      verdict: 'ok',
      fingerprint: '16d017f137c99e9d',
      note: '127 + 272 - 85 - 158 = 156 worked by hand',
    },
    'osa-inventory/revenue-lost-to-a-stock-out-before-a-delivery': {
      verdict: 'ok',
      fingerprint: '1e6f4862a21a5768',
      note: '(16 x 28 - 409) x 80.99 = $3,158.61 worked by hand',
    },
    'osa-inventory/fifo-cost-of-units-sold-across-two-batches': {
      verdict: 'ok',
      fingerprint: 'c2c9db509337bae1',
      note: '61 x 13.64 + 114 x 15.78 = $2,630.96 worked by hand',
    },
    'osa-inventory/min-max-order-quantity-with-backorders': {
      verdict: 'ok',
      fingerprint: '89952fe90f33ecc3',
      note: '426 - 35 - 57 + 17 = 351 worked by hand',
    },
    'osa-inventory/write-down-of-slow-stock-to-net-realisable-value': {
      verdict: 'ok',
      fingerprint: '55d1d403063a84f7',
      note: '59 x (36.01 - (22.90 - 7.11)) = $1,192.98 worked by hand',
    },
    'osa-orders/shipping-charge-from-a-weight-band-table-with-a-zone-surcharge': {
      verdict: 'ok',
      fingerprint: '2050b8df3ccc0ba6',
      note: '2 x 469 + 90 = 1,028 g, band $7.95 + $1.50 zone = $9.45 worked by hand',
    },
    'osa-orders/dimensional-weight-charge-by-a-stated-divisor': {
      verdict: 'ok',
      fingerprint: '54469361ce012c3a',
      note: '52 x 35 x 36 / 5,000 = 13.104 kg, up to 13.5 kg x 3.57 = $48.195; the stem did not say how a half cent rounds and now states the nearest cent, a half rounded up ($48.20)',
    },
    'osa-orders/order-total-when-a-code-drops-it-below-free-shipping': {
      verdict: 'ok',
      fingerprint: '47595cfe83a8dd3e',
      note: "55.42 x 0.75 = 41.57 < $50, + 4.99 = $46.56 worked by hand; the flagged compound 'ignores both the code and the shipping' is one coherent slip (forget the code and the cart still ships free) and is renamed so, and 'leaves out the code' is renamed as what its value is, the code left off a total that still charges shipping",
    },
    'osa-orders/dispatch-date-after-a-cut-off-across-a-weekend': {
      verdict: 'ok',
      fingerprint: '7289fa6422d2eed8',
      note: 'in on Wednesday 3 March (12:00 before the cut-off), 3 working days on: Monday 8 March worked by hand',
    },
    'osa-orders/charge-captured-for-the-lines-shipped-first': {
      verdict: 'ok',
      fingerprint: 'cb0a410ab744fe39',
      note: "(19.99 + 28.99) x 0.85 + 8.95 = $50.58 worked by hand; 'captures two thirds of the shipping' renamed as the slip it is (shipping shared by the count of lines shipped) and the weak 'captures the shipping once per line shipped' replaced by shipping shared by the shipped lines' value",
    },
    'osa-orders/carrier-charge-with-a-fuel-surcharge-and-a-flat-fee': {
      verdict: 'ok',
      fingerprint: 'd323d5845b7e6218',
      note: '8 kg x 3.66 x 1.18 + 3.00 = $37.55 worked by hand',
    },
    'osa-orders/third-party-warehouse-invoice-for-a-month': {
      verdict: 'ok',
      fingerprint: '756df200e6546b7f',
      note: '1,129 x 2.23 + 181 x 0.74 + 1,129 x 0.40 + 2 x 26.96 = $3,157.13 worked by hand',
    },
    'osa-orders/shipping-profile-charge-for-first-and-additional-items': {
      verdict: 'ok',
      fingerprint: 'e315963e9d5963db',
      note: '6.95 + 1.00 + 1.50 = $9.45 worked by hand; the stem now writes one card in the singular',
    },
    'osa-orders/extra-insurance-charged-per-hundred-or-part': {
      verdict: 'ok',
      fingerprint: 'cbe33c9ea5bd160d',
      note: '1,329.05 above cover, 14 hundreds or part x 2.25 = $31.50 worked by hand',
    },
    'osa-orders/import-charges-for-a-delivered-duty-paid-order': {
      verdict: 'ok',
      fingerprint: '917f8a9b5d0f75a6',
      note: 'duty 114 + VAT 212.80 + fee 22.80 = $349.60 worked by hand',
    },
    'osa-orders/on-time-dispatch-rate-excluding-cancelled-orders': {
      verdict: 'ok',
      fingerprint: '16e24a47da422879',
      note: '1,033 / 1,058 = 97.6 % worked by hand',
    },
    'osa-orders/delivery-date-with-working-day-transit-over-a-holiday': {
      verdict: 'ok',
      fingerprint: '86d4caff1ad33e37',
      note: 'from Tuesday 2 March: Wednesday 3, Friday 5 (Thursday a holiday), Monday 8 March worked by hand',
    },
    'osa-orders/per-kilogram-rate-after-the-first-with-parts-rounded-up': {
      verdict: 'ok',
      fingerprint: '3141e4484c5b2e0a',
      note: '5,477 g to 6 kg, 7.89 + 5 x 2.27 = $19.24 worked by hand',
    },
    'osa-orders/average-postage-subsidy-per-order': {
      verdict: 'ok',
      fingerprint: 'c08c979988c11fa2',
      note: '(1,056 x 7.49 - 437 x 5.95) / 1,056 = $5.03 worked by hand',
    },
    'osa-orders/carrier-adjustment-for-under-declared-weights': {
      verdict: 'ok',
      fingerprint: '0fa821afe8da6bed',
      note: '33 x (1.5 x 4.73 + 3.49) = $349.31 worked by hand',
    },
    'osa-refunds/refund-after-a-restocking-fee-and-a-return-label': {
      verdict: 'ok',
      fingerprint: '02b61a8b02d8d9e5',
      note: '119.99 x 0.90 - 4.50 = $103.49 worked by hand',
    },
    'osa-refunds/partial-refund-of-a-line-with-a-fixed-code-allocated-pro-rata': {
      verdict: 'ok',
      fingerprint: 'd2a54518d4096a99',
      note: '95.99 - 20 x 95.99 / 236.97 = $87.89 worked by hand',
    },
    'osa-refunds/refund-of-a-line-bought-with-a-code-and-sales-tax': {
      verdict: 'ok',
      fingerprint: 'fea9f0ef87b15b39',
      note: '51.99 x 0.85 x 1.0625 = $46.95 worked by hand',
    },
    'osa-refunds/payout-from-transactions-after-percent-and-fixed-fees': {
      verdict: 'ok',
      fingerprint: '1dfdf5b3d5672081',
      note: '19,390 x 0.966 - 350 x 0.30 = $18,625.74 worked by hand',
    },
    'osa-refunds/processing-fees-kept-after-a-partial-refund': {
      verdict: 'ok',
      fingerprint: 'c56db32a65284428',
      note: '23.99 x 2.9 % + 0.25 = $0.95 worked by hand',
    },
    'osa-refunds/cost-of-a-lost-chargeback': {
      verdict: 'ok',
      fingerprint: 'dc4b469df9594856',
      note: '117.42 + 9.50 + 15.00 + 308.99 x 3 % + 0.30 = $151.49 worked by hand',
    },
    'osa-refunds/rolling-reserve-balance-from-recent-sales': {
      verdict: 'ok',
      fingerprint: '239f47028dd24d1c',
      note: '(5,249 + 4,256 + 2,736 + 4,383) x 15 % = $2,493.60 worked by hand',
    },
    'osa-refunds/refund-clawing-back-free-shipping-below-threshold': {
      verdict: 'ok',
      fingerprint: '92c530f2e1ffaa58',
      note: '38.38 x 0.90 - 6.95 = $27.59 worked by hand',
    },
    'osa-refunds/amount-to-charge-on-an-exchange-for-a-dearer-item': {
      verdict: 'ok',
      fingerprint: '229f35b81f957d4f',
      note: '(76.99 - 38.99) x 0.85 = $32.30 worked by hand',
    },
    'osa-refunds/card-share-of-a-refund-on-a-split-payment': {
      verdict: 'ok',
      fingerprint: '130b6d5baa37f5e4',
      note: '157 x 217 / 286 = $119.12 worked by hand',
    },
    'osa-refunds/payout-after-fees-refunds-and-a-chargeback': {
      verdict: 'ok',
      fingerprint: '7a021eb6878d8232',
      note: '3,115.79 - 108.06 fees - 276.29 - 49.41 - 15.00 = $2,667.03 worked by hand',
    },
    'osa-refunds/net-dollars-from-a-foreign-currency-sale': {
      verdict: 'ok',
      fingerprint: 'f20ca7d348a0c5da',
      note: '202 x 1.19 x (1 - 2.0 % - 3.5 %) - 0.30 = $226.86 worked by hand',
    },
    'osa-refunds/refund-of-one-item-from-a-bundle-at-its-share': {
      verdict: 'ok',
      fingerprint: '8c17d3306ea1b91d',
      note: '99 x 49.99 / 120.97 = $40.91 worked by hand',
    },
    'osa-refunds/gift-card-balance-outstanding-at-month-end': {
      verdict: 'ok',
      fingerprint: '73102462ed8ec0f9',
      note: '123 + 419 - 55 + 21 - 20 = $488.00 worked by hand',
    },
    'osa-refunds/refund-on-a-cancelled-custom-order-keeping-the-greater-charge': {
      verdict: 'ok',
      fingerprint: '863f12e6b138376c',
      note: 'greater of 47.90 deposit and 59.90 materials kept, 479 - 59.90 = $419.10 worked by hand',
    },
    'osa-reporting/average-order-value-excluding-shipping-and-tax': {
      verdict: 'ok',
      fingerprint: '2c6b592b526d2854',
      note: '(42,064.54 - 3,094.72 - 3,542.71) / 509 = $69.60 worked by hand',
    },
    'osa-reporting/conversion-rate-excluding-test-orders': {
      verdict: 'ok',
      fingerprint: '54595e39df3fbd0d',
      note: '(174 - 14) / 13,357 = 1.20 % worked by hand',
    },
    'osa-reporting/abandoned-cart-recovery-rate-on-emailed-carts': {
      verdict: 'ok',
      fingerprint: '4db4610a77e5558d',
      note: '48 / 358 = 13.4 % worked by hand',
    },
    'osa-reporting/sell-through-rate-net-of-returns': {
      verdict: 'ok',
      fingerprint: 'f6ce515a0f0b63b5',
      note: '(264 - 19) / (280 + 473) = 32.5 % worked by hand',
    },
    'osa-reporting/returns-rate-by-value-not-units': {
      verdict: 'ok',
      fingerprint: 'e7c8978fafdbe7f3',
      note: '15,372.52 / 145,332.81 = 10.6 % worked by hand',
    },
    'osa-reporting/contribution-margin-after-fees-and-postage': {
      verdict: 'ok',
      fingerprint: 'd58870f2c2a05046',
      note: '(36,200 - 26,751.80) / 36,200 = 26.1 % worked by hand',
    },
    'osa-reporting/relative-change-in-conversion-rate': {
      verdict: 'ok',
      fingerprint: '4928b4d79a823ec2',
      note: '(617 / 19,293) / (332 / 12,776) - 1 = 23.1 % worked by hand',
    },
    'osa-reporting/change-in-returns-rate-in-percentage-points': {
      verdict: 'ok',
      fingerprint: '00c3b055ba88388b',
      note: '773 / 4,714 - 409 / 3,684 = 16.40 % - 11.10 % = 5.3 points worked by hand',
    },
    'osa-reporting/repeat-customer-rate-from-order-counts': {
      verdict: 'ok',
      fingerprint: '3fb2f9b6d741f3c6',
      note: '(483 + 131) / 1,037 = 59.2 % worked by hand',
    },
    'osa-reporting/customer-lifetime-gross-profit': {
      verdict: 'ok',
      fingerprint: 'b4b8812cacd83b7f',
      note: '37.09 x 1.5 x 3 x 51 % = $85.12 worked by hand',
    },
    'osa-reporting/orders-to-recoup-the-cost-of-acquiring-a-customer': {
      verdict: 'ok',
      fingerprint: 'e0689d98392f12f9',
      note: 'CAC 96.00 over 65.23 x 39 % = 25.44 a order, 3.77 rounded up to 4 worked by hand',
    },
    'osa-reporting/return-on-ad-spend-net-of-refunds': {
      verdict: 'ok',
      fingerprint: 'be8abca856db7a94',
      note: '(33,500 - 1,340) / 6,700 = 4.80 worked by hand',
    },
    'osa-reporting/discounts-as-a-share-of-gross-sales': {
      verdict: 'ok',
      fingerprint: '9dab097be2bf33ce',
      note: '1,922.90 / 28,700 = 6.7 % worked by hand',
    },
    'osa-reporting/blended-margin-across-categories-by-sales': {
      verdict: 'ok',
      fingerprint: '1f2de0a40264a0d6',
      note: '(924 + 2,418 + 12,675) / 25,600 = 62.6 % worked by hand',
    },
    'osa-reporting/net-sales-from-a-sales-summary': {
      verdict: 'ok',
      fingerprint: '4d3dd5c2f210af95',
      note: '42,600.69 - 3,024.65 - 2,854.25 = $36,721.79 worked by hand',
    },
    'osa-reporting/units-per-order-excluding-gift-cards': {
      verdict: 'ok',
      fingerprint: '6aec9bbef89fd415',
      note: '(2,821 - 99) / (2,157 - 76) = 1.31 worked by hand',
    },
  },
}
