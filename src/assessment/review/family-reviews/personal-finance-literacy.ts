import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `personal-finance-literacy` test's 80 families (budgeting 16;
 * credit 16; saving and compounding 16; insurance and risk 16; tax for the self-employed 16),
 * read as a freelancer running their own money and as a guessing candidate, by a reviewer who did
 * not write them, under a short deadline.
 *
 * What was drawn: every family once in full (stem, key, every declared named mistake with its
 * name and the draw's figures) from a scratch script, and the key of that draw worked from the
 * rule its stem states by hand, not from the family's code: 80 of 80 keys, none wrong. The key
 * test re-derives every key and declared mistake in exact BigInt rationals and was changed with
 * every mistake added, replaced or removed. The named mistakes were read once each over one draw,
 * not worked over many.
 *
 * Keys found wrong and fixed: none. Every stem states its rounding (one rounding, half up) and the
 * convention its key depends on (day counts, weeks in a year, when deposits fall, which band).
 *
 * Weak mistakes the author flagged, judged: the "does X twice" slips are not slips anyone makes
 * and went, or gave way to real ones: the set-aside given instead of what is left (budget base),
 * monthly costs taken as yearly (true hourly rate), the bag's offer price without the per-kilogram
 * step (bulk pack), the APR taken as a monthly rate (balance transfer), a monthly rate given (loan
 * APR with a fee), the saving taken at the gap between marginal and average rates (net cost of a
 * contribution), the rate charged on the threshold itself (social contribution); the rest went
 * where three or more real slips remain. "Counts one coffee a week", "takes the weeks off as single
 * days", "compounds for eleven months", "counts four doublings and uses 70", "doubles the fall"
 * (now the ratio taken upside down), "counts thirteen monthly payments" and "counts the month just
 * ended again" went. Kept and renamed as the real slips they are: "divides the monthly rate by 12"
 * (the monthly rate read as yearly), "divides 72 by twice the rate" (the 2 put on the rate
 * instead of the time), "divides by one monthly payment" (a wrong base); "compounds for thirteen
 * months" is kept as the fencepost of counting both month-ends, the only real slip above that key.
 * "Takes a year as 12 months of 4.5 weeks" (rent-to-own) is kept as the rough weeks-per-month
 * rule it is: the family sits at 0.50, its limit, and each replacement tried (a one-year count, the
 * cash price over the total, a processing fee left out) lifted its most-similar cue to 0.56-0.65.
 *
 * Other checks: the warranty family's stem names a warranty price its key does not use; it is now
 * also a named distractor (the price given as the expected repair cost), a figure a shopper
 * weighing the warranty really reaches for. The rent-to-own family draws a one-year term that is
 * always refused (its per-year slip meets the key), so only two-year terms show; harmless, noted.
 * The retirement-contribution cap never binds by construction; the cap is a named distractor.
 *
 * Finishing: deleting the doubled slips first left several keys central (quadrupling 0.74,
 * premium paid monthly 0.73, fall recovery 0.72, net contribution cost 0.77); each gained a real
 * slip on its thin side (the doubling time squared, the wrong-base monthly payment, the ratio
 * upside down, the sign slip and the rate gap). No family is over 0.50 at 300 draws (highest
 * 0.50: rent-to-own, the cap-left contribution and the retirement share); the author's targets
 * (quarterly APY 0.53, months to a goal 0.52) are now under 0.45. On the harness check every
 * model is at most 0.38 (insurance's middle value at its worst seed); budgeting is under it.
 */
export const PERSONAL_FINANCE_LITERACY_REVIEW: TestFamilyReview = {
  testId: 'personal-finance-literacy',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-07',
  families: {
    'pfl-budget/budget-base-from-the-average-month-after-a-set-aside': {
      verdict: 'ok',
      fingerprint: 'e19092a7beaff788',
      note: "mean of six months times (1 - set-aside) worked by hand (22,100 / 6 x 0.74 = 2,725.67); the weak 'takes the set-aside off twice' became the set-aside given instead of what is left",
    },
    'pfl-budget/emergency-fund-shortfall-with-a-quarterly-bill': {
      verdict: 'ok',
      fingerprint: 'aa0be9426f45f824',
      note: 'k x (rent + food + utilities + premium / 3) - saved worked by hand (6 x 1,790 - 2,600 = 8,140.00)',
    },
    'pfl-budget/months-a-cushion-lasts-in-a-slow-spell': {
      verdict: 'ok',
      fingerprint: '1a5327c881d378df',
      note: 'cushion / (costs - income x (1 - set-aside)) worked by hand (6,100 / (2,700 - 750) = 3.1 months)',
    },
    'pfl-budget/sinking-fund-deposit-for-a-known-bill': {
      verdict: 'ok',
      fingerprint: 'c96c6eb09d541ef5',
      note: "(bill - pot) / months worked by hand (820 / 7 = 117.14); the weak 'takes the money in the pot off twice' went",
    },
    'pfl-budget/take-home-from-an-invoice-after-fee-and-set-aside': {
      verdict: 'ok',
      fingerprint: 'a3c7a7ffff116e5d',
      note: "invoice x (1 - fee) x (1 - set-aside) worked by hand (3,560 x 0.92 x 0.79 = 2,587.41); the weak 'takes the platform fee off twice' went",
    },
    'pfl-budget/wants-share-under-a-stated-split-rule': {
      verdict: 'ok',
      fingerprint: 'f0a0e21d7be46112',
      note: 'income x (1 - set-aside) x wants share worked by hand (3,200 x 0.77 x 0.30 = 739.20)',
    },
    'pfl-budget/buffer-account-balance-after-paying-a-salary': {
      verdict: 'ok',
      fingerprint: '269471eb6829fdf1',
      note: 'opening + four months in - four pays worked by hand (6,800 + 14,800 - 9,600 = 12,000.00)',
    },
    'pfl-budget/overspend-as-a-share-of-the-category-budget': {
      verdict: 'ok',
      fingerprint: '29ca4fc63c665a7b',
      note: '(spent - budget) / budget worked by hand (190 / 590 = 32.20 %); the transport underspend and the whole budget are real distractor figures',
    },
    'pfl-budget/true-hourly-rate-after-unbilled-time-and-costs': {
      verdict: 'ok',
      fingerprint: '231f942b50ff4c81',
      note: "(rate x billed hours - costs / 4) / all hours worked by hand ((594 - 112.50) / 30 = 16.05); the weak 'takes a week's costs off twice' became the monthly costs taken as yearly",
    },
    'pfl-budget/price-in-hours-of-net-work': {
      verdict: 'ok',
      fingerprint: '60082e2588832e92',
      note: "price / (rate x (1 - fee) x (1 - set-aside)) worked by hand (330 / 14.592 = 22.6 hours); 'takes the set-aside off twice' and 'takes the platform fee off twice' went",
    },
    'pfl-budget/bulk-pack-price-per-kilogram-on-offer': {
      verdict: 'ok',
      fingerprint: 'd844c2312627e4cf',
      note: "big bag x (1 - offer) / kg worked by hand (19.25 x 0.8 / 3 = 5.13); the weak 'applies the offer twice' became the bag's offer price given without the per-kilogram step",
    },
    'pfl-budget/monthly-provision-for-yearly-half-yearly-and-quarterly-bills': {
      verdict: 'ok',
      fingerprint: 'e09f7672988c1026',
      note: 'yearly / 12 + half-yearly / 6 + quarterly / 3 worked by hand (58.33 + 68.33 + 50 = 176.67)',
    },
    'pfl-budget/housing-cost-share-of-average-take-home': {
      verdict: 'ok',
      fingerprint: '812221259647028e',
      note: "(rent + utilities) / (mean income x (1 - set-aside)) worked by hand (1,600 / 3,536 = 45.25 %); the weak 'takes the set-aside off twice' went",
    },
    'pfl-budget/yearly-cost-of-a-workday-coffee': {
      verdict: 'ok',
      fingerprint: '89accf753bb522a1',
      note: "price x (days a week x weeks worked - holidays) worked by hand (2.65 x (5 x 44 - 8) = 561.80); the weak 'counts one coffee a week' and 'takes the weeks off as single days' went",
    },
    'pfl-budget/net-worth-from-a-list-of-assets-and-debts': {
      verdict: 'ok',
      fingerprint: '71bee82e9fc15e2b',
      note: 'savings + car today - card balance - loan worked by hand (17,600 + 9,300 - 800 - 4,600 = 21,500.00); the purchase price and the card limit are real distractor figures',
    },
    'pfl-budget/final-price-after-discount-coupon-and-sales-tax': {
      verdict: 'ok',
      fingerprint: '84bf757deb0e5b76',
      note: '(price x (1 - discount) - coupon) x (1 + tax) worked by hand ((380.80 - 20) x 1.07 = 386.06)',
    },
    'pfl-credit/card-interest-on-the-average-daily-balance': {
      verdict: 'ok',
      fingerprint: 'd109cc1722e194b7',
      note: 'sum of daily balances x APR / 365 worked by hand ((3,900 x 15 + 3,200 x 15) x 0.278 / 365 = 81.12)',
    },
    'pfl-credit/card-minimum-payment-by-the-stated-rule': {
      verdict: 'ok',
      fingerprint: 'e96328d3fcca11bf',
      note: 'p % of balance + balance x APR / 12, floor not binding, worked by hand (30 + 27.375 = 57.38)',
    },
    'pfl-credit/simple-apr-of-a-payday-loan-fee': {
      verdict: 'ok',
      fingerprint: '2c01f3320d180d77',
      note: 'fee / borrowed x 365 / days worked by hand (150 / 600 x 365 / 28 = 325.89 %)',
    },
    'pfl-credit/total-cost-of-credit-of-an-instalment-loan': {
      verdict: 'ok',
      fingerprint: '32c9dea5eaf6e253',
      note: 'payments + fee - borrowed worked by hand (281 x 36 + 70 - 7,600 = 2,586.00)',
    },
    'pfl-credit/buy-now-pay-later-late-fees-with-a-cap': {
      verdict: 'ok',
      fingerprint: '0c67a919dce154c6',
      note: 'price + min(fees, cap) worked by hand (720 + min(16, 14.40) = 734.40)',
    },
    'pfl-credit/cheaper-of-two-loans-with-fees': {
      verdict: 'ok',
      fingerprint: 'f12b24fe2bb27e3d',
      note: 'min(A interest + fee, B interest) worked by hand (A 1,915.20 + 450 = 2,365.20 against B 2,570.40)',
    },
    'pfl-credit/effective-yearly-rate-of-a-monthly-card-rate': {
      verdict: 'ok',
      fingerprint: 'cc699364cc236711',
      note: "(1 + m)^12 - 1 worked by hand (1.02^12 - 1 = 26.82 %); 'compounds for eleven months' went, 'divides the monthly rate by 12' is kept renamed as the monthly rate read as yearly and cut to a month, and 'compounds for thirteen months' is kept as the fencepost slip of counting both month-ends (the only real slip above the key)",
    },
    'pfl-credit/card-balance-after-a-month-of-interest-purchases-and-a-payment': {
      verdict: 'ok',
      fingerprint: '0ba6110f8fb0166a',
      note: 'opening + opening x APR / 12 + spending - payment worked by hand (1,700 + 42.36 + 230 - 380 = 1,592.36)',
    },
    'pfl-credit/balance-transfer-saving-after-the-fee': {
      verdict: 'ok',
      fingerprint: '68e02e00177412db',
      note: "balance x APR x m / 12 - fee worked by hand (478.50 - 145 = 333.50); the weak 'counts the fee twice' became the APR taken as a monthly rate",
    },
    'pfl-credit/rent-to-own-markup-over-the-cash-price': {
      verdict: 'ok',
      fingerprint: '662e4d7e2df6d8a7',
      note: "(52 x 2 x weekly - cash) / cash worked by hand ((3,432 - 1,080) / 1,080 = 217.78 %); 'takes a year as 12 months of 4.5 weeks' is kept as the rough weeks-per-month slip it is (the family is at 0.50, its limit, and every replacement tried lifted it); a one-year term never draws, as its per-year slip meets the key",
    },
    'pfl-credit/monthly-payment-on-an-add-on-rate-car-loan': {
      verdict: 'ok',
      fingerprint: '5b4b864877e11b86',
      note: 'price x (1 - down) x (1 + rate x years) / (12 x years) worked by hand (19,920 x 1.5 / 60 = 498.00)',
    },
    'pfl-credit/overall-credit-utilisation-across-two-cards': {
      verdict: 'ok',
      fingerprint: 'ba6939fc6da52a36',
      note: 'total balances / total limits worked by hand (3,120 / 4,900 = 63.67 %)',
    },
    'pfl-credit/payday-loan-fees-after-rollovers': {
      verdict: 'ok',
      fingerprint: '17c317fe09deca8f',
      note: 'fee x (rollovers + 1) worked by hand (70 x 5 = 350.00)',
    },
    'pfl-credit/deferred-interest-charged-when-a-promo-ends-unpaid': {
      verdict: 'ok',
      fingerprint: '60186afc2590c1d0',
      note: 'price x APR x m / 12 worked by hand (1,300 x 0.228 x 6 / 12 = 148.20)',
    },
    'pfl-credit/apr-of-a-one-year-loan-with-a-fee-and-stated-interest': {
      verdict: 'ok',
      fingerprint: '79e8f8030e714e62',
      note: "(interest + fee) / borrowed worked by hand ((300 + 90) / 6,000 = 6.50 %); the weak 'counts the fee twice' became a monthly rate given",
    },
    'pfl-credit/balance-drop-from-a-card-payment-after-interest': {
      verdict: 'ok',
      fingerprint: '5cdf9353d1074f38',
      note: "payment - balance x APR / 12 worked by hand (450 - 87.63 = 362.37); the weak 'takes the interest off twice' went",
    },
    'pfl-saving/balance-after-yearly-compounding': {
      verdict: 'ok',
      fingerprint: 'fd30e0c5a9c13809',
      note: 'P x (1 + r)^n worked by hand (4,300 x 1.04^9 = 6,120.24)',
    },
    'pfl-saving/compound-interest-beyond-simple-interest': {
      verdict: 'ok',
      fingerprint: '853d91359b68c29e',
      note: 'P x ((1 + r)^n - 1 - r n) worked by hand (7,400 x (1.99256 - 1.72) = 2,016.96)',
    },
    'pfl-saving/monthly-compounded-balance-after-whole-years': {
      verdict: 'ok',
      fingerprint: 'c6ea5b0ac87dfd27',
      note: 'P x (1 + r / 12)^(12 y) worked by hand (6,600 x 1.0033333^24 = 7,148.74)',
    },
    'pfl-saving/balance-at-the-rule-of-72-doubling-time': {
      verdict: 'ok',
      fingerprint: 'e04e5d0365379e55',
      note: 'P x (1 + r)^(72 / r) worked by hand (3,600 x 1.04^18 = 7,292.94)',
    },
    'pfl-saving/years-to-quadruple-by-the-rule-of-72': {
      verdict: 'ok',
      fingerprint: '9c17c398297538f1',
      note: "2 x 72 / r worked by hand (144 / 9.9 = 14.5 years); 'counts four doublings and uses 70' went, 'divides 72 by twice the rate' is kept renamed as the 2 put on the rate instead of the time, and the doubling time squared (4 = 2 squared) was added on the thin side",
    },
    'pfl-saving/real-value-of-cash-after-years-of-inflation': {
      verdict: 'ok',
      fingerprint: 'ee894fe20159cebb',
      note: 'A / (1 + i)^n worked by hand (2,600 / 1.03^9 = 1,992.68)',
    },
    'pfl-saving/real-return-after-tax-and-inflation': {
      verdict: 'ok',
      fingerprint: '36879d3ef009373c',
      note: '(1 + r (1 - t)) / (1 + i) - 1 worked by hand (1.0574 / 1.019 - 1 = 3.77 %)',
    },
    'pfl-saving/months-of-fixed-saving-to-reach-a-goal': {
      verdict: 'ok',
      fingerprint: '27f4d5978d1a00f9',
      note: "ceil((goal - saved) / deposit) worked by hand (4,200 / 260 = 16.2, so 17 months); the weak 'takes off what she has put by twice' went, which also brought the middle-value cue under 0.45",
    },
    'pfl-saving/future-value-of-equal-yearly-deposits': {
      verdict: 'ok',
      fingerprint: 'a2ad0b463dc5984f',
      note: 'D x ((1 + r)^n - 1) / r worked by hand (2,800 x 8.142 = 22,797.62)',
    },
    'pfl-saving/balance-after-a-yearly-fee-on-the-grown-balance': {
      verdict: 'ok',
      fingerprint: '467666a42454b6e8',
      note: 'P x ((1 + g)(1 - fee))^n worked by hand (3,800 x 1.0682^9 = 6,881.08)',
    },
    'pfl-saving/cost-of-a-yearly-fund-fee-over-the-years': {
      verdict: 'ok',
      fingerprint: '08ddba3cd4cae661',
      note: 'P x ((1 + g)^n - ((1 + g)(1 - fee))^n) worked by hand (3,400 x (2.5785 - 2.2401) = 1,150.71)',
    },
    'pfl-saving/future-price-of-a-goal-after-inflation': {
      verdict: 'ok',
      fingerprint: '8e2f49a366fa668d',
      note: 'C x (1 + i)^n worked by hand (9,400 x 1.06^9 = 15,881.10)',
    },
    'pfl-saving/extra-earned-by-the-higher-rate-account-after-its-fee': {
      verdict: 'ok',
      fingerprint: '997ae58ba40bbd4b',
      note: 'balance x (a - b) - 12 x fee worked by hand (17,400 x 0.024 - 60 = 357.60)',
    },
    'pfl-saving/deposit-today-for-a-sum-in-years': {
      verdict: 'ok',
      fingerprint: 'a71d980c5dfb6d40',
      note: 'G / (1 + r)^n worked by hand (9,200 / 1.2155 = 7,568.86)',
    },
    'pfl-saving/apy-of-a-quarterly-compounded-rate': {
      verdict: 'ok',
      fingerprint: '2cf65659b37700bf',
      note: "(1 + r / 4)^4 - 1 worked by hand (1.0155^4 - 1 = 6.35 %); the weak 'compounds the full rate four times' went, which brought the shortest-option cue under 0.45",
    },
    'pfl-saving/monthly-saving-for-a-goal-that-rises-with-prices': {
      verdict: 'ok',
      fingerprint: '2a508238e82a5bef',
      note: '(C x (1 + i)^y - saved) / (12 y) worked by hand ((7,900.79 - 900) / 48 = 145.85)',
    },
    'pfl-insurance/out-of-pocket-on-a-claim-with-deductible-and-coinsurance': {
      verdict: 'ok',
      fingerprint: '6d9a3e0389b19eeb',
      note: 'deductible + coinsurance x (bill - deductible) worked by hand (600 + 0.3 x 2,800 = 1,440.00)',
    },
    'pfl-insurance/plan-payment-when-the-out-of-pocket-cap-binds': {
      verdict: 'ok',
      fingerprint: 'ebb3524c81396ffe',
      note: 'bill - min(deductible + coinsurance share, cap) worked by hand (32,000 - min(8,800, 4,000) = 28,000.00)',
    },
    'pfl-insurance/expected-yearly-cost-of-a-high-deductible-plan': {
      verdict: 'ok',
      fingerprint: '3479e53317dea924',
      note: '12 x premium + p x deductible worked by hand (2,160 + 0.38 x 3,900 = 3,642.00)',
    },
    'pfl-insurance/portfolio-value-after-one-holding-fails': {
      verdict: 'ok',
      fingerprint: 'f9cf9d18f9bf29d2',
      note: '(n - 1) x share x (1 + rise) worked by hand (9 x 4,900 x 1.15 = 50,715.00)',
    },
    'pfl-insurance/weighted-return-of-three-holdings': {
      verdict: 'ok',
      fingerprint: 'dce5dd5d34c4797e',
      note: 'total gain / total invested worked by hand ((1,760 + 910 - 720) / 37,000 = 5.27 %)',
    },
    'pfl-insurance/guaranteed-monthly-return-as-a-multiple-of-the-market-rate': {
      verdict: 'ok',
      fingerprint: '314a74223388fefe',
      note: '((1 + m)^12 - 1) / index worked by hand (1.5182 / 0.06 = 25.3 times)',
    },
    'pfl-insurance/actual-cash-value-payout-for-an-old-item': {
      verdict: 'ok',
      fingerprint: '659919eb772d029c',
      note: 'price x (1 - dep x years) - deductible worked by hand (1,100 x 0.55 - 200 = 405.00)',
    },
    'pfl-insurance/paid-on-two-bills-with-one-yearly-deductible': {
      verdict: 'ok',
      fingerprint: 'c19c17f63bb3c6ee',
      note: 'deductible once + coinsurance on the rest of both bills worked by hand (1,900 + 0.3 x 1,800 + 0.3 x 2,600 = 3,220.00)',
    },
    'pfl-insurance/life-cover-needed-by-a-simple-rule': {
      verdict: 'ok',
      fingerprint: 'b542028cbf0fe3e9',
      note: 'years x income + debts - savings worked by hand (320,000 + 187,000 - 57,000 = 450,000.00)',
    },
    'pfl-insurance/premium-after-two-discounts-and-a-surcharge': {
      verdict: 'ok',
      fingerprint: 'afa68bb1e0966ccd',
      note: 'base x (1 - a)(1 - b)(1 + s) worked by hand (1,680 x 0.9 x 0.8 x 1.25 = 1,512.00)',
    },
    'pfl-insurance/expected-repair-cost-set-against-a-warranty': {
      verdict: 'ok',
      fingerprint: '5ce9668a851bc5f2',
      note: 'p1 x minor + p2 x major worked by hand (18 + 30 = 48.00); the warranty price in the stem, unused by the key, is now also a named distractor (the price given as the expected cost), so it is a figure a comparer really reaches for, not a trick',
    },
    'pfl-insurance/years-to-recover-a-higher-deductible-from-lower-premiums': {
      verdict: 'ok',
      fingerprint: '76cda01122f98c2f',
      note: 'extra deductible / (12 x premium saving) worked by hand (1,400 / 600 = 2.3 years)',
    },
    'pfl-insurance/gain-needed-to-recover-from-a-fall': {
      verdict: 'ok',
      fingerprint: 'ecbaf383ac48e05c',
      note: "x / (100 - x) worked by hand (20 / 80 = 25.00 %); the weak 'doubles the fall' became the ratio taken upside down (remaining value over the fall)",
    },
    'pfl-insurance/extra-cost-of-paying-a-premium-monthly': {
      verdict: 'ok',
      fingerprint: '94964c7630fcf1d2',
      note: "(12 m - a) / a worked by hand ((972 - 840) / 840 = 15.71 %); 'counts thirteen monthly payments' went and 'divides by one monthly payment' is kept renamed as the wrong base it is",
    },
    'pfl-insurance/claim-under-an-average-clause-when-underinsured': {
      verdict: 'ok',
      fingerprint: '5001f13036f3d5c6',
      note: 'loss x insured / value - deductible worked by hand (7,000 x 11,000 / 25,000 - 400 = 2,680.00)',
    },
    'pfl-insurance/loss-on-a-concentrated-holding-against-a-spread-one': {
      verdict: 'ok',
      fingerprint: 'b534c9bed80fdb20',
      note: 'share x (1 - fall) + rest x (1 + rise) worked by hand (2,240 + 9,072 = 11,312.00)',
    },
    'pfl-tax/tax-set-aside-on-profit-from-three-payments': {
      verdict: 'ok',
      fingerprint: '2d5239f4c720d533',
      note: "(payments - expenses) x rate worked by hand (10,700 x 0.23 = 2,461.00); the weak 'takes off the expenses twice' went",
    },
    'pfl-tax/quarterly-estimated-payment-by-the-lower-of-two-rules': {
      verdict: 'ok',
      fingerprint: 'abdf73e6c11f68f0',
      note: "min(last year, 90 % of expected) / 4 worked by hand (min(5,600, 11,520) / 4 = 1,400.00); the weak 'takes 90% again of the lower figure' went",
    },
    'pfl-tax/average-tax-rate-from-a-band-table': {
      verdict: 'ok',
      fingerprint: 'bbad837fb7d8f829',
      note: 'band tax / income worked by hand ((4,000 + 8,800) / 50,000 = 25.60 %)',
    },
    'pfl-tax/tax-due-from-a-band-table': {
      verdict: 'ok',
      fingerprint: 'fcf744d3f4bb365c',
      note: 'band by band worked by hand (31,000 x 0.10 + 7,000 x 0.25 = 4,850.00)',
    },
    'pfl-tax/tax-saved-by-a-deductible-expense': {
      verdict: 'ok',
      fingerprint: 'f21e4eb55fefd51b',
      note: 'expense x top rate, income staying in the top band, worked by hand (2,200 x 0.30 = 660.00)',
    },
    'pfl-tax/retirement-contribution-limited-by-a-share-of-profit': {
      verdict: 'ok',
      fingerprint: 'c9b74c46dbcb2baf',
      note: "c x (revenue - expenses), under the cap, worked by hand (29,000 x 0.15 = 4,350.00); the weak 'takes the expenses off twice' went",
    },
    'pfl-tax/net-cost-of-a-deductible-retirement-contribution': {
      verdict: 'ok',
      fingerprint: '7e27e25ba6b35fe5',
      note: "x x (1 - marginal) worked by hand (3,000 x 0.75 = 2,250.00); the weak 'takes the saving off twice' became the saving taken at the gap between the marginal and average rates",
    },
    'pfl-tax/taxable-income-after-expenses-and-a-stated-allowance': {
      verdict: 'ok',
      fingerprint: 'dab9278ce69d77d7',
      note: "revenue - business costs - allowance worked by hand (106,000 - 18,000 - 13,000 = 75,000.00); the weak 'takes off the allowance twice' and 'takes off the business costs twice' went",
    },
    'pfl-tax/interest-on-a-late-estimated-payment': {
      verdict: 'ok',
      fingerprint: '62c0f825bf8a06e8',
      note: 'amount x rate x days / 365 worked by hand (3,600 x 0.08 x 90 / 365 = 71.01)',
    },
    'pfl-tax/social-contribution-on-profit-above-a-threshold': {
      verdict: 'ok',
      fingerprint: 'af271b6cc7b65de1',
      note: "(revenue - expenses - threshold) x s worked by hand (63,000 x 0.10 = 6,300.00); the weak 'takes off the expenses twice' became the rate charged on the threshold itself, and the contribution deducted from the profit it is charged on was added",
    },
    'pfl-tax/extra-tax-on-a-project-that-crosses-a-band': {
      verdict: 'ok',
      fingerprint: '41a76847264158a5',
      note: 'tax(y + x) - tax(y) worked by hand (4,350 - 2,250 = 2,100.00)',
    },
    'pfl-tax/pension-pot-after-tax-deferred-growth-and-withdrawal-tax': {
      verdict: 'ok',
      fingerprint: 'b4d922dd8b8b65aa',
      note: 'x x (1 + g)^n x (1 - t) worked by hand (4,600 x 2.78596 x 0.8 = 10,252.34)',
    },
    'pfl-tax/monthly-contribution-left-to-reach-a-yearly-cap': {
      verdict: 'ok',
      fingerprint: '63bf531d277f9ecd',
      note: "(cap - paid) / (12 - m) worked by hand (9,500 / 7 = 1,357.14); the weak 'counts the month just ended again' went",
    },
    'pfl-tax/final-instalment-to-reach-a-stated-safe-share': {
      verdict: 'ok',
      fingerprint: 'a198c34071e91942',
      note: 's x expected - paid worked by hand (14,220 - 6,800 = 7,420.00)',
    },
    'pfl-tax/balance-due-after-a-stated-allowance-and-flat-rate': {
      verdict: 'ok',
      fingerprint: '506bd916973b32ad',
      note: "(profit - allowance) x rate - paid worked by hand (11,200 - 2,000 = 9,200.00); the weak 'takes off the allowance twice' and 'takes off the instalments twice' went",
    },
    'pfl-tax/marginal-minus-average-rate-in-points': {
      verdict: 'ok',
      fingerprint: 'a7d47a78b34a0d29',
      note: 'top rate - band tax / income worked by hand (35 - 8,750 / 58,000 = 19.91 points)',
    },
  },
}
