import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `construction-estimating` test's 80 families (concrete, earthwork
 * and reinforcement take-off; masonry, framing and drywall take-off; finishes and roofing; labour,
 * plant and unit-rate pricing; markup, bid and contract money), read as an estimator and as a
 * guessing candidate, under a short deadline.
 *
 * What was drawn: every family once in full (stem, key, every declared named mistake, seed 11)
 * with the key of that draw worked by hand (scratch arithmetic, rounding in the direction and to
 * the increment the stem orders in); the changed families drawn again after each change. Other
 * draws were not read by eye: the key test re-derives every key and every declared mistake over
 * 150 draws a family in exact BigInt rationals in natural units, and was extended for each mistake
 * added here. No second full pass over all 80 families was made.
 *
 * Wrong keys found: none. Every key of the drawn variant agreed with the hand working (slab and
 * column ready-mix to the quarter yard, strip footing on the centreline, basement backfill bank
 * volume, both-way slab bar grid and stirrup loops, bar-schedule mass, block, brick, mortar, stud,
 * plate, board-foot and MBF counts, drywall and plasterboard sheets, headers, cavity ties, cut list
 * from stock, paint, tile, plank, carpet, trim, shingles, sloped area and rafter stock length,
 * underlayment, drip edge, wallpaper, deck rows, siding, and every labour, plant, unit-rate,
 * markup, margin, escalation, bid-tab, change-order, retainage, unit-price, bond and final-payment
 * figure).
 *
 * Fixed:
 * - drip-edge-pieces-with-overlap pooled the six edges into one length without saying so; counting
 *   edge by edge gives a different count (62 ft eaves and 15 ft rakes at 9.5 ft a piece: 20 pooled,
 *   22 edge by edge). The stem now says to work on the total length of all six edges, an offcut from
 *   one edge being used on the next, and rounding up edge by edge is a named mistake.
 * - wallpaper-rolls-with-repeat now says plainly that an offcut shorter than a drop is waste and
 *   never joined to another (its rule, whole drops per roll, was stated but the offcut rule only
 *   implied).
 * - insulation-batt-bags: "adds a waste allowance the estimate does not use" was no mistake a
 *   candidate makes from the stem; it is now deducting one opening's 15 ft² instead of all of them.
 * - ceiling-tiles-two-by-four: "adds the tile's sides (6 ft)" was a nudge; it is now counting
 *   whole tiles along each side (the 4 ft side along the length) and then adding the waste, the
 *   usual grid count in place of the stated area method.
 * - grouted-block-cells' "spaces the cells at the other spacing" now names the spacing (32 in or
 *   48 in, the two common grout spacings) it swaps in.
 * - trench-spoil-truckloads (0.50, its five mistakes often gave only three distinct counts)
 *   gained reading the inches of width as tenths of a foot and dividing by one less the swell as
 *   if it were shrinkage; siding-squares-with-gables (0.50) gained taking the waste off and
 *   rounding down to the 0.1 square.
 *
 * Cue rates at 300 draws: before, two families at 0.50 (trench-spoil-truckloads, most similar;
 * siding-squares-with-gables, middle value) and 13 over 0.45 (rule means: middle value 0.32, most
 * similar 0.27, longest 0.24); after, none at 0.50 and 12 over 0.45, the highest
 * 0.49 (primer-and-finish-gallons-cost, floor-tiles-metric-count, roof-area-from-rise-and-run,
 * middle value), then eight at 0.47 to 0.48 and imported-fill-shrink-and-swell at 0.46; rule means
 * unchanged (middle value 0.32, most similar 0.27, longest 0.24). trench-spoil-truckloads is now
 * 0.33 and siding-squares-with-gables 0.37; ceiling-tiles-two-by-four reads 0.42, drip edge 0.30,
 * and insulation-batt-bags rose to 0.47 with its new mistake (under 0.50, left).
 *
 * Facts confirmed by working them: the pitch factors in the roofing stems are √(12² + rise²) ÷ 12
 * to three places (4/12 1.054, 5/12 1.083, 6/12 1.118, 7/12 1.158, 8/12 1.202, 9/12 1.250,
 * 10/12 1.302, 12/12 1.414); 1 yd³ = 27 ft³, 1 ft = 0.3048 m and 1 yd = 0.9144 m exactly, so
 * 1 ft² = 0.09290304 m² and 1 yd³ = 0.764554857984 m³; 8 × 16 in blocks on 3/8 in joints lay
 * 1.125 a square foot (144 ÷ 128 nominal face); markup m on cost is margin m ÷ (1 + m). Facts NOT
 * confirmed against a published source in this review (the search found no page for them): the
 * rebar masses per metre (the stem's 1.578 and 3.853 kg/m for 16 and 25 mm are 7,850 kg/m³ × πd²/4;
 * printed BS 4449 tables are recalled as 1.579 and 3.854); 60 bricks a square metre for a
 * half-brick wall of 215 × 65 mm bricks on 10 mm joints (1 ÷ (0.225 × 0.075) = 59.3, the usual
 * trade figure, known to the reviewer); the 125 % unit-price overrun threshold (a common state-DOT
 * and FHWA significant-change figure, known to the reviewer, not looked up); the 6/12 shingle
 * bundling, 3 bundles a square. Every stem states the figure its key uses (mass table, bricks a
 * square metre, blocks a square foot, the 125 % and the quantity it gives, the pitch factor), so
 * no key depends on recall.
 *
 * Each model's best test-wise rule over 200 variants (the cue script's rule means at 300 draws
 * are the proxy), seeded by its id: concrete 0.29 (cross out the longest and the most similar),
 * framing 0.29, finish 0.34, pricing 0.33 and bid 0.325 (each middle value).
 *
 * Left as it is: "adds the waste twice" and "takes one length and one width only" recur across the
 * take-off families; both are real take-off slips (compounding an allowance, half a perimeter),
 * not rewritten under the deadline. premix-bags-for-a-pad states the 60 lb bag's yield beside the
 * 80 lb bag's on purpose; the question asks for 80 lb bags.
 */
export const CONSTRUCTION_ESTIMATING_REVIEW: TestFamilyReview = {
  testId: 'construction-estimating',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'cest-concrete/slab-order-quarter-yard': { verdict: 'ok', fingerprint: '4dfea96a565dfcea' },
    'cest-concrete/strip-footing-centreline': { verdict: 'ok', fingerprint: '7add106a7e829d6a' },
    'cest-concrete/wall-less-openings-metric': { verdict: 'ok', fingerprint: '71738d06c016d9f8' },
    'cest-concrete/round-columns-pi': { verdict: 'ok', fingerprint: 'ef77996f95cbb237' },
    'cest-concrete/premix-bags-for-a-pad': { verdict: 'ok', fingerprint: '7bb2f7b3262a740c' },
    'cest-concrete/ready-mix-short-load-fee': { verdict: 'ok', fingerprint: '36eb620c04611eb4' },
    'cest-concrete/trench-spoil-truckloads': { verdict: 'ok', fingerprint: '7525c9755a94e074' },
    'cest-concrete/imported-fill-shrink-and-swell': {
      verdict: 'ok',
      fingerprint: '668e8f7bdf27da61',
    },
    'cest-concrete/slab-rebar-grid-length': { verdict: 'ok', fingerprint: '105600859426d0c0' },
    'cest-concrete/beam-stirrups-total-length': { verdict: 'ok', fingerprint: '8786b2305f658dc2' },
    'cest-concrete/rebar-mass-from-schedule': { verdict: 'ok', fingerprint: 'aa2e9ebd6bba7bde' },
    'cest-concrete/slab-with-thickened-edge': { verdict: 'ok', fingerprint: '5a5303489139ef7c' },
    'cest-concrete/stone-base-tonnes': { verdict: 'ok', fingerprint: '0fd4e7122a98ee28' },
    'cest-concrete/topsoil-strip-truckloads': { verdict: 'ok', fingerprint: '9b228ffe8a1f3214' },
    'cest-concrete/basement-backfill-bank-volume': {
      verdict: 'ok',
      fingerprint: '2cfc2361aa31a241',
    },
    'cest-concrete/mesh-sheets-with-laps': { verdict: 'ok', fingerprint: '33d24276bbeee790' },
    'cest-framing/block-wall-less-openings': { verdict: 'ok', fingerprint: '315171e533d21730' },
    'cest-framing/brick-half-wall-metric': { verdict: 'ok', fingerprint: 'd55a9a9bf1d61b3a' },
    'cest-framing/mortar-bags-per-hundred-blocks': {
      verdict: 'ok',
      fingerprint: '79a911bbc2d11e8d',
    },
    'cest-framing/studs-at-centres-with-extras': { verdict: 'ok', fingerprint: '3abfa888a2086a5b' },
    'cest-framing/plates-in-stock-lengths': { verdict: 'ok', fingerprint: '7254bf07174739fc' },
    'cest-framing/board-feet-nominal': { verdict: 'ok', fingerprint: 'cb8bb1f6c3fc790c' },
    'cest-framing/lumber-cost-per-mbf': { verdict: 'ok', fingerprint: 'd125e64df466c5d8' },
    'cest-framing/drywall-room-walls-and-ceiling': {
      verdict: 'ok',
      fingerprint: '836c02dca3ad4b83',
    },
    'cest-framing/plasterboard-partition-both-sides': {
      verdict: 'ok',
      fingerprint: '82809a15c01f15fa',
    },
    'cest-framing/floor-joists-linear-metres': { verdict: 'ok', fingerprint: 'ad883724692b193d' },
    'cest-framing/headers-two-ply-with-bearing': { verdict: 'ok', fingerprint: '69b6026b31c4a94a' },
    'cest-framing/cavity-wall-ties': { verdict: 'ok', fingerprint: 'a450268bdc40786a' },
    'cest-framing/cut-list-from-stock': { verdict: 'ok', fingerprint: '6504f69e4d1937b5' },
    'cest-framing/insulation-batt-bags': { verdict: 'ok', fingerprint: '02c635cfafbee296' },
    'cest-framing/gable-wall-sheathing': { verdict: 'ok', fingerprint: 'b06d33f5b8a4bf42' },
    'cest-framing/grouted-block-cells': { verdict: 'ok', fingerprint: '3d34bc7e13083f46' },
    'cest-finish/paint-tins-walls-metric': { verdict: 'ok', fingerprint: 'e8a00f1c3c08618d' },
    'cest-finish/primer-and-finish-gallons-cost': {
      verdict: 'ok',
      fingerprint: '93c2a86c77e6ed92',
    },
    'cest-finish/tile-boxes-less-cabinets': { verdict: 'ok', fingerprint: 'b1a4e7aa5bed947d' },
    'cest-finish/floor-tiles-metric-count': { verdict: 'ok', fingerprint: '287642b045766434' },
    'cest-finish/plank-cartons-diagonal': { verdict: 'ok', fingerprint: '299bd355692f267e' },
    'cest-finish/carpet-roll-strips': { verdict: 'ok', fingerprint: '9889bdf25a768958' },
    'cest-finish/baseboard-stock-pieces': { verdict: 'ok', fingerprint: '2a3f854c119f5ec6' },
    'cest-finish/shingle-bundles-stated-pitch-factor': {
      verdict: 'ok',
      fingerprint: 'd563f4df1cb6f80d',
    },
    'cest-finish/roof-area-from-rise-and-run': { verdict: 'ok', fingerprint: 'f6e51923b6b66f07' },
    'cest-finish/rafter-order-length': { verdict: 'ok', fingerprint: '031c8724a1277e10' },
    'cest-finish/underlayment-rolls': { verdict: 'ok', fingerprint: 'ca3dba5a5039e79f' },
    'cest-finish/drip-edge-pieces-with-overlap': { verdict: 'ok', fingerprint: 'feed16534c3c3cab' },
    'cest-finish/wallpaper-rolls-with-repeat': { verdict: 'ok', fingerprint: 'fb2c745a624a1a2a' },
    'cest-finish/deck-boards-with-gaps': { verdict: 'ok', fingerprint: '369ecceabd4cf969' },
    'cest-finish/ceiling-tiles-two-by-four': { verdict: 'ok', fingerprint: 'd2a664acc7a841bd' },
    'cest-finish/siding-squares-with-gables': { verdict: 'ok', fingerprint: '65daf4be770a692e' },
    'cest-pricing/labour-cost-from-crew-productivity': {
      verdict: 'ok',
      fingerprint: 'f3938cf9986bbf68',
    },
    'cest-pricing/crew-days-to-the-half-day': { verdict: 'ok', fingerprint: '5c2634dadfeb7489' },
    'cest-pricing/labour-with-payroll-burden': { verdict: 'ok', fingerprint: 'e6a3919c85349113' },
    'cest-pricing/overtime-week-time-and-a-half': {
      verdict: 'ok',
      fingerprint: '86635d28b50d5740',
    },
    'cest-pricing/plant-hire-weeks-and-days': { verdict: 'ok', fingerprint: '80f9c86adeae00a5' },
    'cest-pricing/unit-rate-build-up-metric': { verdict: 'ok', fingerprint: '397ef96493c9f5d7' },
    'cest-pricing/composite-crew-hour-rate': { verdict: 'ok', fingerprint: '09de0bcd7f3a9415' },
    'cest-pricing/crew-cost-from-worker-days': { verdict: 'ok', fingerprint: '1b0cd58fc072de88' },
    'cest-pricing/unit-price-per-ft2-to-per-m2': { verdict: 'ok', fingerprint: '937bcf7f78e8bbd5' },
    'cest-pricing/price-per-m3-to-per-yd3': { verdict: 'ok', fingerprint: '080d0115b45ad1f3' },
    'cest-pricing/concrete-pump-minimum-hours': { verdict: 'ok', fingerprint: '15bf65da5ccce8c4' },
    'cest-pricing/productivity-factor-at-height': {
      verdict: 'ok',
      fingerprint: 'cca0b8443aa0c680',
    },
    'cest-pricing/materials-tax-delivery-labour': {
      verdict: 'ok',
      fingerprint: 'e3bbfd2e1f10b402',
    },
    'cest-pricing/haulage-per-tonne-km-with-minimum': {
      verdict: 'ok',
      fingerprint: '92b28668ccb6de19',
    },
    'cest-pricing/weekly-site-preliminaries': { verdict: 'ok', fingerprint: '1858268fa177529d' },
    'cest-pricing/small-tools-and-consumables': { verdict: 'ok', fingerprint: 'f718fa4972c42723' },
    'cest-bid/price-from-markup-on-cost': { verdict: 'ok', fingerprint: '3dce64d1ee510293' },
    'cest-bid/price-from-target-margin': { verdict: 'ok', fingerprint: '677267b9f93812ce' },
    'cest-bid/markup-to-margin-percent': { verdict: 'ok', fingerprint: 'c8b13d811716c9c9' },
    'cest-bid/overhead-then-profit-stacked': { verdict: 'ok', fingerprint: '529e479fbb1bb08b' },
    'cest-bid/contingency-conditions-markup-bond': {
      verdict: 'ok',
      fingerprint: '0f2e18a31631ecd5',
    },
    'cest-bid/escalation-to-midpoint': { verdict: 'ok', fingerprint: 'be35ce1ac9e55598' },
    'cest-bid/bid-tab-with-accepted-alternate': { verdict: 'ok', fingerprint: '43839787006b9ba9' },
    'cest-bid/change-order-markups-and-bond': { verdict: 'ok', fingerprint: '8c09435af79e9527' },
    'cest-bid/deductive-change-credit': { verdict: 'ok', fingerprint: 'f9d2469550f7b601' },
    'cest-bid/progress-payment-with-retainage': { verdict: 'ok', fingerprint: 'd9e62a891699d22f' },
    'cest-bid/retainage-halved-after-half-complete': {
      verdict: 'ok',
      fingerprint: '0421c2d4a2d6bfb9',
    },
    'cest-bid/unit-price-overrun-repriced': { verdict: 'ok', fingerprint: '7dabfd3c36aafa76' },
    'cest-bid/bond-premium-tiers': { verdict: 'ok', fingerprint: '7c5625500f3ccd36' },
    'cest-bid/bid-spread-over-low': { verdict: 'ok', fingerprint: 'b780f3dee77b7e62' },
    'cest-bid/final-payment-releasing-retainage': {
      verdict: 'ok',
      fingerprint: 'b486895e0e4f64ee',
    },
    'cest-bid/subcontract-bid-leveling': { verdict: 'ok', fingerprint: 'db69c1911b8533c0' },
  },
}
