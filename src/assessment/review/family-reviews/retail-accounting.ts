import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `retail-accounting` test's 80 families (stock valuation 16; sales
 * tax and VAT in the takings 16; tills, cash and card settlements 16; customer liabilities and
 * revenue 16; store profit and payroll-adjacent reporting 16), read as a freelance accountant who
 * keeps shops' books and as a guessing candidate, by a reviewer who did not write them.
 *
 * What was drawn: every model 40 times (and 80 more for the families the first draws missed), and
 * one draw of every family worked by hand from the rule its stem states, not from the family's
 * code: 80 of 80 keys, none wrong. The key test re-derives every key and declared mistake in exact
 * BigInt rationals and its second workings were changed with every mistake added, dropped or
 * renamed.
 *
 * Found and fixed: periodic FIFO could draw a count below the opening layer, which gave its LIFO
 * slip a negative number of units; those draws are now refused. The year-end cost of sales now
 * states that settlement discounts are deducted from the cost of purchases, and revenue net of
 * expected returns states the IFRS 15 reading it rests on.
 *
 * Weak mistakes the author flagged, judged: the "answering the wrong question" slips went where no
 * practitioner reports that figure for the one asked (the allowance kept, the unpaid balance, the
 * refunds paid, the store's costs, the hours owed shown as money); "gives the cost of sales",
 * "gives the write-down" and "gives the recovery costs" are kept where the figure is the working's
 * own step a hurried answer stops at. The VAT fraction taken of a figure already net of VAT went
 * from bad debt relief, 3-for-2, the deposit balance and staff sales (VAT stripped twice); "leaves
 * the shelf price unchanged", "adds VAT to the takings before the flat rate", "takes the fee only
 * on the weekend batches", and the compounds "leaves the VAT in and the on-costs out" and "pays
 * the higher rate on all sales on top of the first band" went. "Writes down by the markdown on the
 * ticket" became the write-down measured from the ticket price; "takes the first two of the four
 * as unsettled" became the off-by-one count back from the day before the month end. Kept as real:
 * the inverted retail-to-cost conversion (shrinkage), the inverted ratio of rates (shelf price),
 * the plain average of three card rates, the breakage share taken for the redemption share
 * (loyalty points), and the warranty spread from the sale to the end of the cover (renamed so).
 *
 * Finishing: the drops left eight families over the 0.50 cue limit (bad debt relief 0.96,
 * holiday pay 0.81, and 3-for-2, the vendor allowance, line-by-line NRV, card clearing, labour
 * hours and the layaway refund at 0.53 to 0.57); each gained a real slip on the key's thin side or
 * a wider draw (the part of the invoice paid, the layaway paid, the holiday taken), and
 * line-by-line NRV kept its write-off slip. No family is over 0.50 at 300 draws (five at 0.50:
 * revenue net of expected returns, membership fees, the deposit balance, staff sales, holiday
 * pay); the harness worst is rta-revenue at 0.375 (middle value), under the 0.38 limit.
 */
export const RETAIL_ACCOUNTING_REVIEW: TestFamilyReview = {
  testId: 'retail-accounting',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-07',
  families: {
    'rta-revenue/amount-owed-to-a-concession': {
      verdict: 'ok',
      fingerprint: 'cf273e27b7cddc71',
      note: 'takings x (1 - commission) less the card-fee recharge on card takings worked by hand: 22,700 x 0.85 - 16,800 x 2.4 % = 18,891.80',
    },
    'rta-revenue/bundle-price-allocated-to-the-goods': {
      verdict: 'ok',
      fingerprint: '421c00c5bc3958c7',
      note: 'bundle price x laptop SSP / total SSP worked by hand: 989 x 843 / 1,123 = 742.41',
    },
    'rta-revenue/commission-revenue-on-consigned-goods': {
      verdict: 'ok',
      fingerprint: 'ee0ad22a4b82cb84',
      note: 'agent revenue is the commission only: 7,800 x 35 % = 2,730 worked by hand',
    },
    'rta-revenue/extended-warranty-revenue-to-the-year-end': {
      verdict: 'ok',
      fingerprint: 'f20df2f5ddb60b72',
      note: "cover months in the year over the cover: 79 x (16 - 6) / 12 = 65.83 worked by hand; the two spreads over the months from the sale are renamed for what they are ('spreads it from the sale to the end of the cover' is m / (n + m0))",
    },
    'rta-revenue/gift-card-breakage-in-proportion-to-redemptions': {
      verdict: 'ok',
      fingerprint: '2b41e7751373f6d5',
      note: "breakage pool x this year's redemptions over expected redemptions: 13,000 x 42,120 / 117,000 = 4,680 worked by hand",
    },
    'rta-revenue/gift-card-liability-at-year-end': {
      verdict: 'ok',
      fingerprint: '911624401b47afa9',
      note: 'opening + sold - redeemed - breakage: 9,500 + 5,600 - 3,300 - 900 = 10,900 worked by hand',
    },
    'rta-revenue/layaway-refund-after-a-cancellation-fee': {
      verdict: 'ok',
      fingerprint: 'fca6a074e2dc1b23',
      note: "paid less fee on the price: 50 - 5 % x 260 = 37 worked by hand; the weak 'gives the unpaid balance' went, and the amount paid now draws from 12 % of the price so the fee kept falls on both sides of the key (cue 0.53 to 0.46)",
    },
    'rta-revenue/layaway-revenue-on-collection': {
      verdict: 'ok',
      fingerprint: '3ce10640743c0f28',
      note: 'revenue is the full price of layaways collected: 7,000 worked by hand',
    },
    'rta-revenue/loyalty-points-allocated-from-a-sale': {
      verdict: 'ok',
      fingerprint: 'b5271cbab6f05abe',
      note: "relative SSP with points at value x expected redemption: 305 x 12.9625 / 317.9625 = 12.43 worked by hand; 'values the points at the share expected not to be redeemed' kept as a real breakage-for-redemption confusion",
    },
    'rta-revenue/loyalty-revenue-released-after-a-changed-estimate': {
      verdict: 'ok',
      fingerprint: 'd9c6a9ba5bb530b4',
      note: 'cumulative catch-up: 5,800 x 43,930 / 70,000 - 5,800 x 29,230 / 79,000 = 1,493.91 worked by hand',
    },
    'rta-revenue/membership-fee-revenue-to-the-year-end': {
      verdict: 'ok',
      fingerprint: '085a1f840427dd82',
      note: 'fee x joiners x months to the year end / 12: 119 x 566 x 10 / 12 = 56,128.33 worked by hand (cue 0.50, at the limit)',
    },
    'rta-revenue/refund-liability-at-month-end': {
      verdict: 'ok',
      fingerprint: '55c93279ad1573a2',
      note: "opening + expected returns - refunds paid: 5,300 + 2,052 - 600 = 6,752 worked by hand; the weak 'gives the refunds paid' went",
    },
    'rta-revenue/returns-asset-for-goods-expected-back': {
      verdict: 'ok',
      fingerprint: '1f773333cef090e2',
      note: 'sales x return rate x cost ratio x (1 - recovery cost): 26,000 x 5 % x 53 % x 92 % = 633.88 worked by hand',
    },
    'rta-revenue/revenue-from-gift-cards-in-the-year': {
      verdict: 'ok',
      fingerprint: '6dc57af88498ae0b',
      note: 'redemptions net of VAT plus breakage: 10,600 / 1.25 + 600 = 9,080 worked by hand',
    },
    'rta-revenue/revenue-net-of-expected-returns': {
      verdict: 'ok',
      fingerprint: '29fa14c5585ba1b0',
      note: 'sales net of VAT x (1 - expected returns): 45,200 / 1.15 x 0.89 = 34,980.87 worked by hand; the stem now states the IFRS 15 reading it rests on (cue 0.50, at the limit)',
    },
    'rta-revenue/special-order-deposits-held-at-month-end': {
      verdict: 'ok',
      fingerprint: 'b2d3c0c87e8b3dc8',
      note: 'opening + taken - applied - refunded - forfeited: 5,300 + 8,600 - 6,800 - 1,000 - 400 = 5,700 worked by hand',
    },
    'rta-stock/conventional-cost-ratio-with-freight-and-returns': {
      verdict: 'ok',
      fingerprint: '83550a2d74efed27',
      note: 'cost (31,000 + 108,000 + 10,000 - 3,000) over retail (68,000 + 201,960 - 5,910 + 6,000 - 2,000) = 54.47 % worked by hand',
    },
    'rta-stock/cost-of-sales-by-the-conventional-retail-method': {
      verdict: 'ok',
      fingerprint: '75e1fb348b3036c2',
      note: 'goods available at cost less closing retail 44,400 x 118,160 / 208,000 = 92,937.38 worked by hand',
    },
    'rta-stock/cost-of-sales-from-the-year-end-count': {
      verdict: 'ok',
      fingerprint: '379d630bd3e50251',
      note: 'opening + purchases + freight-in - returns - settlement discounts - closing = 216,000 worked by hand; the stem now states that settlement discounts are deducted from the cost of purchases',
    },
    'rta-stock/landed-unit-cost-for-stock': {
      verdict: 'ok',
      fingerprint: '08905a26298c86b8',
      note: '(discounted price 4,960 + duty 496 + freight 600) / 200 = 30.28 worked by hand; reclaimable VAT left out',
    },
    'rta-stock/lower-of-cost-and-nrv-line-by-line': {
      verdict: 'ok',
      fingerprint: 'd4fa529faab89b75',
      note: "sum of each line's lower figure: 900 + 3,500 + 2,300 = 6,700 worked by hand; 'writes the lines below cost off entirely' kept as the key's only second slip below it (its removal took the cue to 0.56)",
    },
    'rta-stock/month-end-stock-from-a-markup-on-cost': {
      verdict: 'ok',
      fingerprint: 'e4c4dc532bb7a1cf',
      note: 'goods available less sales / (1 + markup): 121,000 - 81,000 / 1.6 = 70,375 worked by hand',
    },
    'rta-stock/moving-average-cost-of-a-later-sale': {
      verdict: 'ok',
      fingerprint: '32224158603ba706',
      note: '(32 x 10.49 + 66 x 8.07) / 98 x 83 = 735.40 worked by hand',
    },
    'rta-stock/periodic-fifo-closing-stock': {
      verdict: 'ok',
      fingerprint: 'c51a4738c26171cc',
      note: 'latest layers: 35 x 4.47 + 57 x 4.33 = 403.26 worked by hand; draws where the count is under the opening layer (which made the LIFO slip negative units) are now refused',
    },
    'rta-stock/periodic-weighted-average-cost-of-sales': {
      verdict: 'ok',
      fingerprint: 'c9d1a3f0089c99c5',
      note: '2,068.69 / 150 x 126 = 1,737.70 worked by hand',
    },
    'rta-stock/retail-method-closing-stock-at-average-cost': {
      verdict: 'ok',
      fingerprint: 'b2250544e8e8df8a',
      note: 'closing retail 62,160 x 180,100 / 296,000 = 37,821 worked by hand',
    },
    'rta-stock/retail-method-closing-stock-at-lower-of-cost-or-market': {
      verdict: 'ok',
      fingerprint: 'f1dd2d7d6f92aa0e',
      note: 'closing retail 54,800 x 164,260 / 296,000 = 30,410.30 worked by hand',
    },
    'rta-stock/retail-method-closing-stock-on-fifo': {
      verdict: 'ok',
      fingerprint: '14c10761cf5a55c5',
      note: 'closing retail 44,100 x 143,640 / 248,000 = 25,542.44 worked by hand',
    },
    'rta-stock/retail-method-stock-after-staff-discounts-and-shrink': {
      verdict: 'ok',
      fingerprint: 'bd1ad6406efb2c90',
      note: '(383,000 - 287,250 - 23,000 - 7,000 - 9,000) x 62 % = 35,185 worked by hand',
    },
    'rta-stock/shrinkage-accrued-at-cost-between-counts': {
      verdict: 'ok',
      fingerprint: '6e53cdb08395f13d',
      note: "206,000 x 2.4 % x 53 % = 2,620.32 worked by hand; 'divides the retail shrinkage by the cost ratio' kept as the real inverted retail-to-cost conversion",
    },
    'rta-stock/stock-lost-in-a-fire-by-the-gross-profit-method': {
      verdict: 'ok',
      fingerprint: '426536b399bd950f',
      note: 'goods available 190,000 - sales x 55 % - salvage 4,000 = 126,050 worked by hand',
    },
    'rta-stock/write-down-to-net-realisable-value': {
      verdict: 'ok',
      fingerprint: 'f1e4db84a1859a43',
      note: "124 x (80 - (99 x 0.7 - 8)) = 2,318.80 worked by hand; the weak 'writes down by the markdown on the ticket' became the real slip of measuring the write-down from the ticket price, not the cost",
    },
    'rta-store/bonus-cost-on-store-profit-above-target': {
      verdict: 'ok',
      fingerprint: 'e83958559fb40f6b',
      note: '(197,000 - 157,000) x 25 % x 1.08 = 10,800 worked by hand',
    },
    'rta-store/commission-net-of-returns-and-clawback': {
      verdict: 'ok',
      fingerprint: '8bbdabb3b197134a',
      note: '(37,700 - 1,500 - 1,900) / 1.1 x 3 % = 935.45 worked by hand',
    },
    'rta-store/department-contribution-after-direct-costs': {
      verdict: 'ok',
      fingerprint: 'ded67e8201793405',
      note: '64,400 - 29,600 - 3,500 - 6,300 - 1,000 = 24,000 worked by hand, overheads excluded',
    },
    'rta-store/department-margin-after-shrinkage': {
      verdict: 'ok',
      fingerprint: '79220c1206f365f6',
      note: '(69,700 - 39,000 - 5,100 x 47 %) / 69,700 = 40.61 % worked by hand',
    },
    'rta-store/four-wall-profit-of-a-store': {
      verdict: 'ok',
      fingerprint: 'a02face2ca51df2a',
      note: "53,200 - 24,500 - 6,400 - 10,000 - 2,600 - 1.6 % x 53,200 = 8,848.80 worked by hand; the weak 'gives the store's costs' went",
    },
    'rta-store/gross-profit-on-staff-sales': {
      verdict: 'ok',
      fingerprint: 'bd28e108f32238a6',
      note: '3,100 x 0.9 - 3,100 x 41 % = 1,519 worked by hand',
    },
    'rta-store/head-office-costs-allocated-by-sales': {
      verdict: 'ok',
      fingerprint: '5f60638b99366d3f',
      note: '159,000 x 673,000 / 2,592,000 = 41,283.56 worked by hand',
    },
    'rta-store/holiday-pay-accrued-for-hourly-staff': {
      verdict: 'ok',
      fingerprint: 'afb4ddbfb6fb0418',
      note: "(153 + 3,520 x 12.07 % - 283) x 16 = 4,717.82 worked by hand; 'gives the hours owed, not the pay' (hours shown as money) and the near-key 'accrues on the holiday hours as well' went for the real sign slip of adding the holiday taken, and holiday taken now draws up to 400 hours so the quarter's accrual alone falls on both sides (cue 0.81 to 0.50)",
    },
    'rta-store/labour-hours-a-sales-plan-pays-for': {
      verdict: 'ok',
      fingerprint: '1b90743e80080ded',
      note: "47,600 / 1.2 x 15 % / (25 x 1.16) = 205.2 hours worked by hand; the compound 'leaves the VAT in and the on-costs out' went for the real slip of adding the on-costs to the budget instead of the hourly rate (cue 0.56 to under 0.45)",
    },
    'rta-store/occupancy-cost-as-a-share-of-sales': {
      verdict: 'ok',
      fingerprint: '157e5e0ee0fdc68d',
      note: '133,000 / (926,000 / 1.1) = 15.80 % worked by hand',
    },
    'rta-store/sales-per-hour-worked': {
      verdict: 'ok',
      fingerprint: 'f751a42a558fc16a',
      note: '47,400 / 1.05 / 345 = 130.85 worked by hand',
    },
    'rta-store/shared-rent-allocated-by-floor-area': {
      verdict: 'ok',
      fingerprint: '320fa50e5bcb75a6',
      note: "rent x fashion's selling area over the three selling areas (stockroom out) read from the stem's rule",
    },
    'rta-store/store-break-even-sales': {
      verdict: 'ok',
      fingerprint: 'cbe3f9242ab7b110',
      note: 'fixed / (80 / 180 - 1.2 % - 5 %) = 193,492.16 worked by hand',
    },
    'rta-store/store-margin-from-a-department-mix': {
      verdict: 'ok',
      fingerprint: 'b8f4bc8d8b503151',
      note: '3,144,800 / 63,000 = 49.92 % worked by hand',
    },
    'rta-store/tiered-sales-commission-for-the-month': {
      verdict: 'ok',
      fingerprint: 'c8ebc93f8a538ac4',
      note: "12,000 x 2 % + 9,000 x 3 % = 510 worked by hand; the compound 'pays the higher rate on all sales on top of the first band' went",
    },
    'rta-store/wages-as-a-share-of-net-sales': {
      verdict: 'ok',
      fingerprint: '8294fb8453bb877e',
      note: '8,800 x 1.1 / (51,600 / 1.2) = 22.51 % worked by hand',
    },
    'rta-tax/bad-debt-relief-on-an-unpaid-account': {
      verdict: 'ok',
      fingerprint: 'cb38f7ced537ec51',
      note: "VAT fraction of the unpaid part: 600 x 10 / 110 = 54.55 worked by hand; the doubled 'VAT fraction of the debt net of VAT' went and the part paid now draws over most of the invoice, so the VAT on what was paid falls on both sides of the key (cue 0.96 to under 0.45)",
    },
    'rta-tax/flat-rate-vat-on-gross-takings': {
      verdict: 'ok',
      fingerprint: '07f562c0b520254f',
      note: "25,100 x 4.9 % = 1,229.90 worked by hand; the doubled 'adds VAT to the takings before the flat rate' went",
    },
    'rta-tax/global-accounting-vat-with-a-negative-margin-carried': {
      verdict: 'ok',
      fingerprint: '4e62a2dc24f56c18',
      note: '(35,300 - 21,700 - 800) x 25 / 125 = 2,560 worked by hand',
    },
    'rta-tax/input-vat-on-a-mixed-purchase-invoice': {
      verdict: 'ok',
      fingerprint: '12f8603fa0b2e775',
      note: '1,510 x 5 % = 75.50 worked by hand, entertaining blocked',
    },
    'rta-tax/margin-scheme-vat-on-second-hand-goods': {
      verdict: 'ok',
      fingerprint: 'd0ff48092e5add48',
      note: '(725 - 327) x 15 / 115 = 51.91 worked by hand',
    },
    'rta-tax/output-vat-by-apportionment-on-expected-selling-prices': {
      verdict: 'ok',
      fingerprint: '1d633a9b78d78844',
      note: '107,300 x 40,200 / 79,600 x 5 / 105 = 2,580.44 worked by hand',
    },
    'rta-tax/output-vat-by-apportionment-on-purchases': {
      verdict: 'ok',
      fingerprint: '12a15a11cc2023ef',
      note: '86,800 x 26,400 / 52,300 x 10 / 110 = 3,983.17 worked by hand',
    },
    'rta-tax/sales-tax-due-net-of-refunds-and-exempt-sales': {
      verdict: 'ok',
      fingerprint: '3fe559cde0358ea9',
      note: '(48,100 - 6,400 - 3,500) x 5.3 / 105.3 = 1,922.70 worked by hand',
    },
    'rta-tax/sales-tax-remitted-after-the-vendor-allowance': {
      verdict: 'ok',
      fingerprint: 'f3e123c2ef53cd5f',
      note: "46,100 x 6.9 / 106.9 x 97 % = 2,886.32 worked by hand; the weak 'gives the allowance kept' went for the real slip of taking the allowance on the taxable sales, not the tax",
    },
    'rta-tax/shelf-price-holding-the-net-after-a-rate-change': {
      verdict: 'ok',
      fingerprint: '46c9ef59e0ccebe4',
      note: "41.99 x 125 / 120 = 43.74 worked by hand; 'leaves the shelf price unchanged' went; the inverted ratio of rates kept as a real inversion",
    },
    'rta-tax/use-tax-on-stock-taken-for-store-use': {
      verdict: 'ok',
      fingerprint: '871e43575a7a5cfa',
      note: '2,400 / 1.6 x 6.9 % = 103.50 worked by hand',
    },
    'rta-tax/vat-inside-takings-with-gift-card-sales': {
      verdict: 'ok',
      fingerprint: '68f82ac5e17da915',
      note: '(88,700 - 6,200 - 7,700) x 5 / 105 = 3,561.90 worked by hand; redemptions stay in as supplies made',
    },
    'rta-tax/vat-on-a-three-for-two-offer': {
      verdict: 'ok',
      fingerprint: '82e0a2a4c35ab51a',
      note: "(52.99 + 25.99) x 10 / 110 = 7.18 worked by hand; the doubled net-of-VAT slip went for the free book's VAT taken off at the rate instead of the fraction",
    },
    'rta-tax/vat-on-staff-sales-at-a-discount': {
      verdict: 'ok',
      fingerprint: '6e25a5052a1b1da4',
      note: '750 x 0.7 x 20 / 120 = 87.50 worked by hand; the doubled net-of-VAT slip went (cue 0.50, at the limit)',
    },
    'rta-tax/vat-on-the-balance-after-a-deposit': {
      verdict: 'ok',
      fingerprint: '760b56d82ef93342',
      note: '3,300 x 0.88 x 5 / 105 = 138.29 worked by hand; the doubled net-of-VAT slip went (cue 0.50, at the limit)',
    },
    'rta-tax/vat-return-balance-for-a-shop': {
      verdict: 'ok',
      fingerprint: '43c488d1a764c8a9',
      note: '107,900 / 6 - 30,210 x 20 % - 5,700 / 6 = 10,991.33 worked by hand',
    },
    'rta-till/adjusted-bank-balance-on-the-reconciliation': {
      verdict: 'ok',
      fingerprint: '615385e86f3c28eb',
      note: '13,304.35 + 1,604.15 - 2,392 = 12,516.50 worked by hand, bank charges left to the cash book',
    },
    'rta-till/card-clearing-balance-at-month-end': {
      verdict: 'ok',
      fingerprint: 'b6516ddcac5ad41a',
      note: "last two batches unsettled: 1,552.87 + 2,897.93 = 4,450.80 worked by hand; the weak 'takes the first two of the four as unsettled' went for the real off-by-one of counting the two days back from the day before the month end",
    },
    'rta-till/card-sales-revenue-excluding-cash-back-and-tips': {
      verdict: 'ok',
      fingerprint: '3fa132b92636f13f',
      note: '(5,738.36 - 53 - 21.63) / 1.05 = 5,394.03 worked by hand',
    },
    'rta-till/card-settlement-net-of-a-blended-rate-and-refunds': {
      verdict: 'ok',
      fingerprint: '82891a5c2c5fc67e',
      note: '22,199 - 1,382 - (2.3 % x 22,199 + 1,275 x 0.20) = 20,051.42 worked by hand',
    },
    'rta-till/cash-book-balance-after-unrecorded-items': {
      verdict: 'ok',
      fingerprint: 'd4a20f940e2643f6',
      note: '18,689.75 - 238.95 - 42 - 388 + 63.06 = 18,083.86 worked by hand',
    },
    'rta-till/cash-short-against-the-z-report': {
      verdict: 'ok',
      fingerprint: '3fc205df205e5abb',
      note: 'expected 140 + 2,300.64 - 192.26 - 60 + 9 - 132 = 2,065.38 less 2,053.76 counted = 11.62 worked by hand',
    },
    'rta-till/cash-taken-with-five-cent-rounding': {
      verdict: 'ok',
      fingerprint: 'f16d03695cfac88c',
      note: 'each sale rounded to 5 cents then summed: 232.00 worked by hand',
    },
    'rta-till/chargeback-debit-on-the-settlement': {
      verdict: 'ok',
      fingerprint: '40cd3722aaa3e3eb',
      note: '252.51 + 18 = 270.51 worked by hand',
    },
    'rta-till/dollars-banked-for-foreign-notes-taken': {
      verdict: 'ok',
      fingerprint: 'bb8f9fe53693b6f2',
      note: '290 x 1.01 x 0.98 = 287.04 worked by hand',
    },
    'rta-till/effective-card-fee-rate': {
      verdict: 'ok',
      fingerprint: '5c85debf2be1773b',
      note: '(2,448 + 230 + 19) / 130,900 = 2.06 % worked by hand',
    },
    'rta-till/expected-cash-in-the-safe': {
      verdict: 'ok',
      fingerprint: 'ba062a699bc7217c',
      note: '4,534 + 2,580 - 1,426 - 580 + 374 = 5,482 worked by hand',
    },
    'rta-till/interchange-plus-fees-for-the-month': {
      verdict: 'ok',
      fingerprint: '39738013a6c24371',
      note: '61,600 x 2.18 % + 3,403 x 0.05 + 24 = 1,537.03 worked by hand',
    },
    'rta-till/monday-deposit-of-the-weekend-batches': {
      verdict: 'ok',
      fingerprint: '94207d24fd2f8298',
      note: "(Friday + Saturday + Sunday) x (1 - 1.62 %) = 8,646.31 worked by hand; the weak 'takes the fee only on the weekend batches' went",
    },
    'rta-till/net-sales-for-the-ledger-from-a-z-report': {
      verdict: 'ok',
      fingerprint: '6f6aca6dd2dc7484',
      note: '(2,203.67 - 108 - 86) / 1.25 = 1,607.74 worked by hand',
    },
    'rta-till/settlement-net-of-fees-by-card-type': {
      verdict: 'ok',
      fingerprint: 'bb7219bfc0b737ec',
      note: '60,000 - (345.39 + 223.08 + 159) = 59,272.53 worked by hand; the plain average of three card rates kept as the real unweighted-average slip',
    },
    'rta-till/till-shortage-as-a-share-of-cash-sales': {
      verdict: 'ok',
      fingerprint: '849adfc2c2da71f6',
      note: '37.27 / 1,775 = 2.10 % worked by hand',
    },
  },
}
