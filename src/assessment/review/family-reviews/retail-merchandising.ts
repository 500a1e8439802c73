import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `retail-merchandising` test's 80 families (markup and pricing 16;
 * markdowns and promotions 16; inventory planning and the retail method 16; productivity and
 * performance 16; assortment, allocation and space 16), read as a merchandise planner checking a
 * buyer's figures and as a guessing candidate. The reviewer did not write the families; the same
 * session first finished them (real mistakes for the cued families) and then reviewed them.
 *
 * What was drawn: every family once in full (stem, key, every declared named mistake and its
 * name) from a scratch script, and the key of that draw worked by hand from the rule its stem
 * states, not from the family's code: 80 of 80 keys, none wrong. The percentages, ratios and money
 * were worked with a calculator from the stem's figures (net retail as the ticket ÷ (1 + VAT),
 * initial markup as (expenses + profit + reductions) ÷ (sales + reductions), maintained markup as
 * IMU × (sales + reductions) − reductions, the conventional retail method's cost complement before
 * markdowns, the basic stock and percentage variation formulas as the stems give them, forward
 * cover counted week by week, pack and facing counts rounded as each stem says). Each family's
 * code was read against its stem. Families whose mistakes or draws changed were drawn again after
 * the change (conversion rate, sell-through and the minimum-presentation allocation three or four
 * times). A count of keys that fall exactly on a half of the last shown place drew every family
 * 400 times, and a count of declared mistakes equal to the key or to each other drew every family
 * 300 times. The key test re-derives every key and declared mistake in exact BigInt rationals and
 * was changed with every mistake added or dropped.
 *
 * Wrong keys found: none worked against its stem's rule. One key was impossible: the conversion
 * rate needed for a weekly target drew the target, the average transaction value and the door
 * count independently, so the key ran from about 1 % to over 1,000 % of visitors. The target is
 * now drawn from a reachable rate (5 % to 25 %) and rounded to whole hundreds.
 *
 * Finishing (cue rates over 0.50 at the start) and other fixes:
 * - retail-price-raised-to-a-99-ending (0.66 most similar): "rounds up to the next whole unit"
 *   (always a cent above the key) dropped; "gives the markup in money" added.
 * - rate-of-sale-per-store-per-week (0.53 shortest): rates now 2 to 25 units a store a week, so
 *   the key is not the only short figure.
 * - units-to-sell-at-clearance-to-recover-the-cost (0.52 middle): "divides by the markdown per
 *   unit" added below the key.
 * - markdown-budget-left-for-the-month (0.51 middle): "gives the net markdown taken" added.
 * - trade-discount-needed-for-a-target-markup (0.50 least similar): "adds the quantity discount
 *   to the target" (one of three round figures with the key the only uneven one) replaced by
 *   "reads the target as a markup on cost".
 * - point-of-sale-markdown-recorded (0.50): "takes the percentage off the event price" added.
 * - promotional-lift-net-of-the-post-promotion-dip (0.48): "divides by the two weeks' actual
 *   sales" added.
 * - planogram-fill-for-a-launch (0.50): "fills one facing" added.
 * - allocation-with-minimum-presentation-stock (0.50): stock on hand now up to two thirds of the
 *   smaller target, and "It has 1 units" reads "1 unit".
 * - store-allocation-rounded-to-inner-packs (0.49): "sets the store's sales against the rest of
 *   the chain" added. initial-markup-from-maintained-markup-and-reductions (0.46): "takes the
 *   reductions off the maintained markup" added.
 * - sell-through-for-a-period (0.50 shortest): dividing by the opening stock, the receipts or the
 *   closing stock gave sell-throughs over 100 % in many draws (135 %, 165 % and 285 % in one);
 *   each is now offered only where it stays under 100 %, and "adds the units sold to the opening
 *   stock, not the closing" was added.
 * - conversion-rate-needed-for-a-sales-target: besides the key, "a week's transactions against one
 *   day's visitors" passed 100 %; it is offered only under 100 %, "one day's transactions against
 *   a week's visitors" was added, and units a transaction stop at 3.4 so that multiplying by them
 *   never falls on "one day's counts".
 * - Rounding: no stem said what happens to a half. Halves turned up in 21 families (in 7 % to 8 %
 *   of draws for the maintained markup, net markdown percentage and point-of-sale markdown, 10 %
 *   for the incremental gross profit). Every stem that rounds to the nearest now says "(halves
 *   up)", 52 stems; the point-of-sale markdown, both opening-stock
 *   methods, the weeks-of-supply stock, the retail-method gross margin and the average stock for
 *   a planned turn did not say they round to the cent and now do.
 * - Counts of one were written "1 lines", "1 units"; a count of one is now singular.
 * - Shared code: the plan figures in thousands, whole counts and the opening-stock methods' season
 *   plan are shared helpers; the key test takes its BigInt rationals from a shared test helper.
 *
 * Cue rates at 300 draws (the family cue script, --over 0.45). Before: markup 4
 * (retail-price-raised-to-a-99-ending 0.66, trade-discount-needed-for-a-target-markup 0.50,
 * maintained-markup-after-reductions 0.46, initial-markup-from-maintained-markup-and-reductions
 * 0.46); markdown 4 (units-to-sell-at-clearance-to-recover-the-cost 0.52,
 * markdown-budget-left-for-the-month 0.51, point-of-sale-markdown-recorded 0.50,
 * promotional-lift-net-of-the-post-promotion-dip 0.48); planning none; performance 4
 * (rate-of-sale-per-store-per-week 0.53, sell-through-for-a-period 0.50,
 * like-for-like-sales-growth 0.48, stock-turn-at-retail-from-monthly-stocks 0.46); space 4
 * (planogram-fill-for-a-launch 0.50, allocation-with-minimum-presentation-stock 0.50,
 * store-allocation-rounded-to-inner-packs 0.49, launch-quantity-from-presentation-minimums-by-grade
 * 0.46). After: none over 0.50, the highest 0.48 (like-for-like-sales-growth, most similar); at
 * 0.45 or more: maintained-markup-after-reductions 0.46 middle value,
 * point-of-sale-markdown-recorded 0.46 cross out, stock-turn-at-retail-from-monthly-stocks 0.46,
 * launch-quantity-from-presentation-minimums-by-grade 0.46, store-allocation-rounded-to-inner-packs
 * 0.46 (most similar), facings-by-unit-sales-share 0.45 middle value.
 *
 * Facts and conventions not confirmed against a published source in this review (known to the
 * reviewer; each stem states the rule it uses, and keys follow the stem): gross margin as
 * maintained markup plus cash discounts less workroom costs; the basic stock and percentage
 * variation methods as written in the stems; weeks of supply as 52 ÷ annual turn; a point-of-sale
 * markdown recorded on units as they sell; a markdown cancellation as the mark-up from the sale
 * price back to a new ticket; like-for-like sales leaving out stores opened in the last twelve
 * months (some retailers use thirteen or more); a door counter that counts each visitor twice.
 *
 * Left as it is: where a stem rounds to the nearest pack, facing or unit, the "rounds down" and
 * "rounds up" slips (and, for the minimum-presentation allocation, "ignores the minimum" and
 * "ignores the weeks of cover") fall on the key in about half the draws; the family then leaves
 * that one out and offers the others, so the pair is kept as two real slips. "Takes 12 periods a
 * year" in the weeks-of-supply method equals the weekly sales when the turn is 12. Families at
 * 0.46 to 0.48 are under 0.50 and were not changed further.
 */
export const RETAIL_MERCHANDISING_REVIEW: TestFamilyReview = {
  testId: 'retail-merchandising',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'rmm-markup/markup-on-net-retail-from-a-vat-ticket': {
      verdict: 'ok',
      fingerprint: 'cb05e3ca525112ab',
    },
    'rmm-markup/retail-price-raised-to-a-99-ending': {
      verdict: 'ok',
      fingerprint: 'c8849c463fe3b5fa',
    },
    'rmm-markup/cost-ceiling-from-a-vat-ticket-and-target-markup': {
      verdict: 'ok',
      fingerprint: '09cd29f1fa2a90cd',
    },
    'rmm-markup/initial-markup-from-the-season-plan': {
      verdict: 'ok',
      fingerprint: '477f3efdc809074c',
    },
    'rmm-markup/maintained-markup-after-reductions': {
      verdict: 'ok',
      fingerprint: '1da54cc76c446a47',
    },
    'rmm-markup/cumulative-markup-with-freight-in': {
      verdict: 'ok',
      fingerprint: 'fce0760ab3e99fa1',
    },
    'rmm-markup/markup-needed-on-remaining-purchases': {
      verdict: 'ok',
      fingerprint: 'a52a7fd66116a825',
    },
    'rmm-markup/retail-price-from-landed-cost': {
      verdict: 'ok',
      fingerprint: 'de591adf54cf1aa1',
    },
    'rmm-markup/markup-on-a-multi-unit-price': {
      verdict: 'ok',
      fingerprint: '3eb2f037b6350656',
    },
    'rmm-markup/markup-after-a-cost-rise-at-a-held-price': {
      verdict: 'ok',
      fingerprint: '80f433e2d04ed9ef',
    },
    'rmm-markup/gross-margin-from-maintained-markup': {
      verdict: 'ok',
      fingerprint: '3f7d874fae3dfe7c',
    },
    'rmm-markup/average-cost-limit-for-the-remaining-units': {
      verdict: 'ok',
      fingerprint: 'cf6be1abe82ace0d',
    },
    'rmm-markup/markup-at-list-price-after-chain-discounts': {
      verdict: 'ok',
      fingerprint: 'e8056374cd4dd054',
    },
    'rmm-markup/initial-markup-from-maintained-markup-and-reductions': {
      verdict: 'ok',
      fingerprint: 'e3f21cbf2995e773',
    },
    'rmm-markup/blended-markup-across-price-lines': {
      verdict: 'ok',
      fingerprint: '6427625f44522908',
    },
    'rmm-markup/trade-discount-needed-for-a-target-markup': {
      verdict: 'ok',
      fingerprint: '45df5513889ef52b',
    },
    'rmm-markdown/total-markdown-percent-after-two-markdowns': {
      verdict: 'ok',
      fingerprint: '4819b5265e8fab94',
    },
    'rmm-markdown/markdown-percent-of-net-sales-with-cancellations': {
      verdict: 'ok',
      fingerprint: '3defd12586bd3d81',
    },
    'rmm-markdown/net-markdown-after-a-markdown-cancellation': {
      verdict: 'ok',
      fingerprint: '18f50be73a99ab67',
    },
    'rmm-markdown/second-item-half-price-effective-discount': {
      verdict: 'ok',
      fingerprint: '665263eaf556b02c',
    },
    'rmm-markdown/promotional-margin-at-a-percentage-off': {
      verdict: 'ok',
      fingerprint: '4fde1870afcd7254',
    },
    'rmm-markdown/break-even-unit-lift-with-vendor-funding': {
      verdict: 'ok',
      fingerprint: '0186f32741de1838',
    },
    'rmm-markdown/markdown-budget-left-for-the-month': {
      verdict: 'ok',
      fingerprint: 'db35f5120c4c54a6',
    },
    'rmm-markdown/clearance-price-to-reach-the-season-margin': {
      verdict: 'ok',
      fingerprint: '705e91e1e21ae496',
    },
    'rmm-markdown/blended-margin-of-a-promotion-week': {
      verdict: 'ok',
      fingerprint: 'bdb949e02526b664',
    },
    'rmm-markdown/incremental-gross-profit-of-a-promotion': {
      verdict: 'ok',
      fingerprint: '196727c867c33c32',
    },
    'rmm-markdown/promotional-lift-net-of-the-post-promotion-dip': {
      verdict: 'ok',
      fingerprint: '6b6fc6af2d9638a0',
    },
    'rmm-markdown/point-of-sale-markdown-recorded': {
      verdict: 'ok',
      fingerprint: '4626fdbcd5b18ca9',
    },
    'rmm-markdown/maintained-markup-of-a-buy-after-markdowns': {
      verdict: 'ok',
      fingerprint: 'c4768174241848c3',
    },
    'rmm-markdown/lowest-promotional-price-above-a-margin-floor-with-funding': {
      verdict: 'ok',
      fingerprint: '2ff85fadea48cd16',
    },
    'rmm-markdown/retail-reductions-percent-of-net-sales': {
      verdict: 'ok',
      fingerprint: '3430a62c2f801c05',
    },
    'rmm-markdown/units-to-sell-at-clearance-to-recover-the-cost': {
      verdict: 'ok',
      fingerprint: '0062a028078daccc',
    },
    'rmm-planning/open-to-buy-at-retail-for-the-month': {
      verdict: 'ok',
      fingerprint: '0cced6c88abd9886',
    },
    'rmm-planning/open-to-buy-at-cost-mid-month': {
      verdict: 'ok',
      fingerprint: '16a231c8c7112541',
    },
    'rmm-planning/beginning-of-month-stock-from-a-stock-to-sales-ratio': {
      verdict: 'ok',
      fingerprint: 'a7ee05db1bdafd1a',
    },
    'rmm-planning/stock-to-sales-ratio-for-a-month': {
      verdict: 'ok',
      fingerprint: 'd60ccc1a5555746c',
    },
    'rmm-planning/forward-weeks-of-cover-from-a-sales-plan': {
      verdict: 'ok',
      fingerprint: '86945689cd53a310',
    },
    'rmm-planning/basic-stock-method-opening-stock': {
      verdict: 'ok',
      fingerprint: '02ec4372ba0c5606',
    },
    'rmm-planning/percentage-variation-method-opening-stock': {
      verdict: 'ok',
      fingerprint: '36c4b1650749ebf2',
    },
    'rmm-planning/weeks-of-supply-method-stock': {
      verdict: 'ok',
      fingerprint: 'ad1079e7358284ce',
    },
    'rmm-planning/planned-purchases-from-stock-to-sales-ratios': {
      verdict: 'ok',
      fingerprint: '68e43baeb53a4d5c',
    },
    'rmm-planning/retail-method-closing-stock-at-cost': {
      verdict: 'ok',
      fingerprint: '72d104256be83f2f',
    },
    'rmm-planning/retail-method-gross-margin': {
      verdict: 'ok',
      fingerprint: '8e3f221b9e493142',
    },
    'rmm-planning/cost-complement-with-markups-and-cancellations': {
      verdict: 'ok',
      fingerprint: 'ae1019b4782c5580',
    },
    'rmm-planning/book-stock-at-retail': {
      verdict: 'ok',
      fingerprint: '9df06a1eeec0c2d3',
    },
    'rmm-planning/open-to-buy-in-units-for-a-line': {
      verdict: 'ok',
      fingerprint: 'd79d3146939b2d1c',
    },
    'rmm-planning/opening-stock-for-forward-weeks-of-cover': {
      verdict: 'ok',
      fingerprint: '264ee7aa946594e1',
    },
    'rmm-planning/monthly-sales-plan-from-last-years-shape': {
      verdict: 'ok',
      fingerprint: '255e61ec90d924e0',
    },
    'rmm-performance/sell-through-for-a-period': {
      verdict: 'ok',
      fingerprint: '6ed1d4463ce03689',
    },
    'rmm-performance/stock-turn-at-retail-from-monthly-stocks': {
      verdict: 'ok',
      fingerprint: '9a31d79c59ef21a0',
    },
    'rmm-performance/stock-turn-at-cost': {
      verdict: 'ok',
      fingerprint: '39f198fc8d587a90',
    },
    'rmm-performance/gmroi-from-a-retail-stock': {
      verdict: 'ok',
      fingerprint: '351a9cd27b774486',
    },
    'rmm-performance/annualised-sales-per-square-foot-of-selling-space': {
      verdict: 'ok',
      fingerprint: 'b89921a04e26c7a9',
    },
    'rmm-performance/average-transaction-value-on-net-sales': {
      verdict: 'ok',
      fingerprint: '912ea37770b0dda0',
    },
    'rmm-performance/shrinkage-percent-of-net-sales': {
      verdict: 'ok',
      fingerprint: '7808c1023908256b',
    },
    'rmm-performance/shrinkage-at-cost-from-a-count': {
      verdict: 'ok',
      fingerprint: '3b8be7207763ed15',
    },
    'rmm-performance/weeks-of-supply-from-an-annual-turn': {
      verdict: 'ok',
      fingerprint: '1c32e10fc5e9e70d',
    },
    'rmm-performance/average-stock-for-a-planned-turn': {
      verdict: 'ok',
      fingerprint: '504258f8ec08dd41',
    },
    'rmm-performance/like-for-like-sales-growth': {
      verdict: 'ok',
      fingerprint: '1df13feed03279bc',
    },
    'rmm-performance/conversion-rate-needed-for-a-sales-target': {
      verdict: 'ok',
      fingerprint: 'cdc25b1f99d7022a',
    },
    'rmm-performance/weeks-to-sell-out-at-the-rate-of-sale': {
      verdict: 'ok',
      fingerprint: '48abfa4f9544099f',
    },
    'rmm-performance/rate-of-sale-per-store-per-week': {
      verdict: 'ok',
      fingerprint: 'de2204c9d9502002',
    },
    'rmm-performance/full-price-sell-through': {
      verdict: 'ok',
      fingerprint: '4945fb9911cffec4',
    },
    'rmm-performance/weekly-sales-to-reach-a-sell-through-target': {
      verdict: 'ok',
      fingerprint: '2990f2d4a8b2e4f7',
    },
    'rmm-space/units-of-one-colour-and-size-from-the-splits': {
      verdict: 'ok',
      fingerprint: '402188f12fb3b506',
    },
    'rmm-space/ratio-packs-to-cover-every-size': {
      verdict: 'ok',
      fingerprint: '562fe17630c8d9e9',
    },
    'rmm-space/allocation-per-store-by-grade': {
      verdict: 'ok',
      fingerprint: '1c514c362b85af05',
    },
    'rmm-space/allocation-with-minimum-presentation-stock': {
      verdict: 'ok',
      fingerprint: 'eb5dac7caf8d597f',
    },
    'rmm-space/facings-by-unit-sales-share': {
      verdict: 'ok',
      fingerprint: '4dcea5e9b5dbb14d',
    },
    'rmm-space/weeks-of-supply-on-the-shelf': {
      verdict: 'ok',
      fingerprint: '9f44ccde31330d82',
    },
    'rmm-space/facings-to-hold-a-case-and-safety-days': {
      verdict: 'ok',
      fingerprint: '39846c0cde45ead3',
    },
    'rmm-space/launch-quantity-from-presentation-minimums-by-grade': {
      verdict: 'ok',
      fingerprint: '048bb03c7c289a67',
    },
    'rmm-space/linear-space-by-gross-margin-share': {
      verdict: 'ok',
      fingerprint: '9cfcf99c690bf23e',
    },
    'rmm-space/buy-depth-per-sku-per-store': {
      verdict: 'ok',
      fingerprint: '2312474362c20893',
    },
    'rmm-space/size-share-from-last-seasons-sales': {
      verdict: 'ok',
      fingerprint: 'cc755b2b53d9d6a2',
    },
    'rmm-space/store-allocation-rounded-to-inner-packs': {
      verdict: 'ok',
      fingerprint: '5de7f8f21f143434',
    },
    'rmm-space/planogram-fill-for-a-launch': {
      verdict: 'ok',
      fingerprint: '34b644e87b3a16fe',
    },
    'rmm-space/lines-that-fit-on-a-shelving-run': {
      verdict: 'ok',
      fingerprint: '8be25a255d1781e1',
    },
    'rmm-space/average-unit-retail-of-an-assortment-plan': {
      verdict: 'ok',
      fingerprint: 'f773023eec24ad47',
    },
    'rmm-space/units-to-buy-from-a-sales-plan-and-aur': {
      verdict: 'ok',
      fingerprint: '442a31a2f0e37bac',
    },
  },
}
