import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `print-production` test's 80 families (document setup and
 * resolution 17, imposition and quantities 15, paper, binding and finishing 17, colour and
 * press-ready PDFs 13, quotes and costs 18), read as a print buyer and prepress practitioner and
 * as a guessing candidate.
 *
 * What was drawn: every family once in full (stem, key, every declared named mistake) with the key
 * of that draw worked by hand (bleed and live-area sizes, ISO 216 halvings, effective ppi, n-up
 * with gripper, sheets with overs and parent sheets, creep, saddle-stitch page pairing, spine
 * widths, booklet and pallet weights, postage-band page counts, TAC and GCR, plates, quotes,
 * break-even, markup and margin, tiered and run-on prices); the changed families drawn again
 * after each change; and the cued families' assembled four-option variants read to see which
 * option each rule took. Each case-table family (overprint or knockout, PDF/X facts, spot or
 * process, black for the element, Pantone advice) was read situation by situation, every
 * situation's key judged right and single against its listed calls. The key test re-derives every
 * key and declared mistake in BigInt integer units and was extended for each mistake changed.
 *
 * Wrong keys found: none. A wrong distractor was: overprint-or-knockout's rich-black panel
 * (C60 M40 Y40 K100) offered "Overprint it" as wrong because "the photo shows through the CMY of
 * the build", but a build with all four channels above zero replaces every plate when it
 * overprints, so it prints as the knockout does; that call is now "Knock it out as K100 alone"
 * (a large K-only solid prints a washed-out grey). Stems made exact: gcr-grey-swap-to-limit said
 * "come under" a limit while its key lands on the limit when the excess is even; it now says
 * "to a total of N % or less". tint-of-build-total now says halves round up (41 × 50 % is 20.5).
 * The basis-weight stems now say which way the factors go (basis lb = gsm × factor).
 *
 * Weak named mistakes replaced with real ones: iso-a-series-short-side's "halves A0's short side
 * once for every two sizes" (841 ÷ √2ⁿ, which rounds to the key for every n drawn, so it was
 * always dropped) is now "halves both sides at each size, quartering the area"; the same real
 * mistake was added below iso-b-series-long-side's key, whose "short side" and "long side of
 * the next size" were one value. tac-over-the-limit's "compares the largest channel to a quarter
 * of the limit" is now the excess given as a percentage of the limit, not in points.
 * price-per-thousand-from-total's "divides by one thousand more copies than quoted" is now the
 * price per 100 copies. digital-click-charges' "per four-page sheet side" is named for what it
 * is (four A4 pages imposed to an SRA3 side) and a copy priced alone, not the run, was added.
 * cover-basis-to-gsm's "doubles it / halves it for the two sides of the sheet" are gone: the
 * family, now basis-weight-to-gsm, draws a cover or a bond weight (bond's 17 × 22 in basis is the
 * smallest, so its key tops the factor readings while cover's sits second) and reading the
 * pounds as the M weight of 1,000 sheets is the real mistake below the key.
 *
 * Cue rates at 300 draws: before, none over 0.50 and three at 0.50 (cover-basis-to-gsm,
 * digital-click-charges and iso-b-series-long-side, all middle value), 15 over 0.45 (rule means:
 * middle value 0.31, cross out the longest and the most similar 0.25, most similar 0.24); after,
 * none at 0.50 or over (iso-trim-with-bleed-mm and parent-sheets-to-order 0.49 the highest),
 * 13 over 0.45, rule means middle value 0.30, avoid impossible options 0.26, most similar 0.25.
 *
 * Facts confirmed against published sources: the gsm and basis-weight factors for 25 × 38 in
 * text (0.675 and 1.480), 20 × 26 in cover (0.370 and 2.704) and 17 × 22 in bond (0.266 and
 * 3.760), with 20 lb bond = 75 g/m² (PrintWiki's grammage table; paperspecs.com), so the stated
 * 0.6757, 0.3698 and 0.2660 lb per gsm are right and point the right way (1 lb text is about
 * 1.48 gsm, 1 lb cover 2.70, 1 lb bond 3.76); M weight as the weight of 1,000 sheets (Ivex's
 * basis-weight glossary); PDF/X-1a allows only grayscale, CMYK and spot colour, requires every
 * font embedded and, at PDF 1.3, flattened transparency; PDF/X-3 adds ICC-based RGB and Lab but
 * still flattens; PDF/X-4 (PDF 1.6) keeps live transparency and optional content, allows RGB and
 * ICC-based colour, and still requires every font embedded (Adobe's Creative Suite printing
 * guide, a PDF/X-1a summary and a PDF/X-4 summary). Worked from the stated rules and checked by
 * hand: ISO 216 A and B sizes from A0 841 × 1189 and B0 1000 × 1414 mm halved and rounded down
 * (A1 594 × 841 to A8 52 × 74, B1 707 × 1000 to B7 88 × 125, as the standard lists them); 72
 * points and 25.4 mm to the inch. Not confirmed in this review: the TeX point (72.27 to the inch)
 * and 1,048,576 pixels as a binary megapixel, named only as mistakes; the rich-black build
 * C60 M40 Y40 K100 and the binding, scoring and ink-limit tables, which each stem states as the
 * printer's own rule, so a key depends on the stated figure, not on recall.
 *
 * Each model's best test-wise rule, its mean over its families at 200 variants each (the cue
 * script's streams): setup 0.33, imposition 0.30, paper 0.30 (middle value each), colour 0.28
 * (cross out the longest and the most similar), quotes 0.30 (middle value).
 *
 * Also fixed: articles before size names and counts ("An A4 leaflet", "An 80-page book"), two
 * US trims that read "A a 6 × 4 in postcard piece", and fit-tabloid-onto-letter, which draws four
 * size pairs (A4 onto US letter among them), renamed fit-page-onto-another-size.
 */
export const PRINT_PRODUCTION_REVIEW: TestFamilyReview = {
  testId: 'print-production',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-06',
  families: {
    'prp-setup/iso-trim-with-bleed-mm': { verdict: 'ok', fingerprint: 'f56232d36971f1cf' },
    'prp-setup/us-trim-with-bleed-inches': { verdict: 'ok', fingerprint: 'ddc92459ec446644' },
    'prp-setup/live-area-inside-safe-margin': { verdict: 'ok', fingerprint: 'f008f5d15121eb70' },
    'prp-setup/iso-a-series-short-side': { verdict: 'ok', fingerprint: '0c5fb25edf8d6de1' },
    'prp-setup/iso-b-series-long-side': { verdict: 'ok', fingerprint: 'f6e1f95ce5f3de2c' },
    'prp-setup/effective-ppi-after-scaling': { verdict: 'ok', fingerprint: '5b140c4a13d6f413' },
    'prp-setup/effective-ppi-from-placed-width': { verdict: 'ok', fingerprint: 'b4af0d0e709a6d54' },
    'prp-setup/pixels-needed-with-bleed': { verdict: 'ok', fingerprint: 'd3768cfddc8d82de' },
    'prp-setup/pixels-from-line-screen': { verdict: 'ok', fingerprint: 'f36ea7f0f05b59e6' },
    'prp-setup/largest-print-at-minimum-ppi': { verdict: 'ok', fingerprint: '2cdbffa54d6573ef' },
    'prp-setup/largest-scale-percent': { verdict: 'ok', fingerprint: '61b3f435b43a2940' },
    'prp-setup/bleed-in-points': { verdict: 'ok', fingerprint: '101eb98fd4667686' },
    'prp-setup/spread-document-width': { verdict: 'ok', fingerprint: 'ca9e70ce0b129b23' },
    'prp-setup/scaled-artwork-ppi': { verdict: 'ok', fingerprint: '95ce1107b27db5ce' },
    'prp-setup/fill-frame-effective-ppi': { verdict: 'ok', fingerprint: 'd3c02c955b6920a3' },
    'prp-setup/megapixels-for-print': { verdict: 'ok', fingerprint: '2c37c0b0601b3cf3' },
    'prp-setup/fit-page-onto-another-size': { verdict: 'ok', fingerprint: 'a45190978cf5b9f0' },
    'prp-impose/n-up-with-gripper-and-bleed': { verdict: 'ok', fingerprint: '9242919105880953' },
    'prp-impose/sheets-with-overs-percent': { verdict: 'ok', fingerprint: '24387a98041521b0' },
    'prp-impose/saddle-stitch-text-sheets': { verdict: 'ok', fingerprint: 'b14815817856adcd' },
    'prp-impose/signature-padding-blanks': { verdict: 'ok', fingerprint: 'faacc2f4ad791f06' },
    'prp-impose/signatures-needed': { verdict: 'ok', fingerprint: 'f76e0d02822a7a74' },
    'prp-impose/creep-of-centre-spread': { verdict: 'ok', fingerprint: '953b1f5e082c0798' },
    'prp-impose/creep-of-sheet-k': { verdict: 'ok', fingerprint: '4c7c9f849b4cf703' },
    'prp-impose/parent-sheets-to-order': { verdict: 'ok', fingerprint: '283db4d13034eab0' },
    'prp-impose/make-ready-plus-run-spoilage': { verdict: 'ok', fingerprint: 'faa4ea192b4a3c3e' },
    'prp-impose/pages-per-signature-sheet': { verdict: 'ok', fingerprint: '87e772cb19aee328' },
    'prp-impose/plates-for-sheetwise-signatures': {
      verdict: 'ok',
      fingerprint: '241d4d7e8d026424',
    },
    'prp-impose/stock-on-hand-copies': { verdict: 'ok', fingerprint: '1387f9aa981223a2' },
    'prp-impose/printer-spread-partner-page': { verdict: 'ok', fingerprint: '92c1783e4895ed74' },
    'prp-impose/sheet-carrying-a-page': { verdict: 'ok', fingerprint: '7ae5dbfa5f4d7969' },
    'prp-impose/copies-from-a-ream-count': { verdict: 'ok', fingerprint: '5ddaeb172ca0d84a' },
    'prp-paper/gsm-to-text-basis-weight': { verdict: 'ok', fingerprint: 'cfb1f1ca3bad5429' },
    'prp-paper/basis-weight-to-gsm': { verdict: 'ok', fingerprint: 'c4118125899995e0' },
    'prp-paper/text-to-cover-equivalent': { verdict: 'ok', fingerprint: 'd0ea446d443634e2' },
    'prp-paper/spine-from-pages-per-inch': { verdict: 'ok', fingerprint: 'fd01fc2523391ee2' },
    'prp-paper/spine-from-caliper': { verdict: 'ok', fingerprint: 'a7e4cc0b51a615e0' },
    'prp-paper/pages-per-inch-from-caliper': { verdict: 'ok', fingerprint: '808eee563eba1ad9' },
    'prp-paper/tri-fold-fold-in-panel': { verdict: 'ok', fingerprint: '2826d4ec91464395' },
    'prp-paper/tri-fold-outer-panel': { verdict: 'ok', fingerprint: 'f749f0ec95354eb7' },
    'prp-paper/gate-fold-flap': { verdict: 'ok', fingerprint: 'f2874643a940f5b9' },
    'prp-paper/perfect-bound-cover-spread': { verdict: 'ok', fingerprint: '568b60878fe8499b' },
    'prp-paper/booklet-weight-per-copy': { verdict: 'ok', fingerprint: 'ed051a3392b3e909' },
    'prp-paper/sheets-from-paper-weight': { verdict: 'ok', fingerprint: 'a72b69db304bfc6f' },
    'prp-paper/paper-weight-of-order': { verdict: 'ok', fingerprint: '7231414b208d956c' },
    'prp-paper/pages-under-postage-limit': { verdict: 'ok', fingerprint: 'ebd7348dc268b42f' },
    'prp-paper/binding-by-page-count': { verdict: 'ok', fingerprint: 'd63927335f37f7f3' },
    'prp-paper/score-before-folding': { verdict: 'ok', fingerprint: 'b59560f1d7dba0fe' },
    'prp-paper/spine-mm-from-pages-per-inch': { verdict: 'ok', fingerprint: 'ee940a3b7a8d89bb' },
    'prp-colour/tac-over-the-limit': { verdict: 'ok', fingerprint: 'c92cf6ff5110c079' },
    'prp-colour/gcr-grey-swap-to-limit': { verdict: 'ok', fingerprint: 'd1b577ef81efe880' },
    'prp-colour/rich-black-largest-cmy': { verdict: 'ok', fingerprint: 'aed61da593372184' },
    'prp-colour/plates-with-spot-colours': { verdict: 'ok', fingerprint: '7050ab7e4fe5735d' },
    'prp-colour/tac-over-by-stock': { verdict: 'ok', fingerprint: 'c3ee95196679faa1' },
    'prp-colour/tint-of-build-total': { verdict: 'ok', fingerprint: '73c136c33ecf64bf' },
    'prp-colour/registration-colour-coverage': { verdict: 'ok', fingerprint: '201a2a0b9c1aadf2' },
    'prp-colour/overprint-black-text-coverage': { verdict: 'ok', fingerprint: 'f39e7686bb4c8832' },
    'prp-colour/overprint-or-knockout': { verdict: 'ok', fingerprint: '618a5574904d0e0d' },
    'prp-colour/pdfx-standard-facts': { verdict: 'ok', fingerprint: '3917b0c73e78f42b' },
    'prp-colour/spot-or-process': { verdict: 'ok', fingerprint: '09a0a8f057e614f6' },
    'prp-colour/black-for-the-element': { verdict: 'ok', fingerprint: '94a2dc7722549fac' },
    'prp-colour/pantone-to-cmyk-advice': { verdict: 'ok', fingerprint: 'edab3b001dd3a09e' },
    'prp-quote/unit-cost-make-ready-and-run': { verdict: 'ok', fingerprint: 'ea16b3193dabc9d7' },
    'prp-quote/break-even-digital-offset': { verdict: 'ok', fingerprint: '4a3abeafae7b8b26' },
    'prp-quote/cheaper-method-cost': { verdict: 'ok', fingerprint: '0097cb6d74a7e7a0' },
    'prp-quote/markup-on-print-cost': { verdict: 'ok', fingerprint: '383144f5dec31cd5' },
    'prp-quote/margin-on-selling-price': { verdict: 'ok', fingerprint: '416cf6aa7d22c250' },
    'prp-quote/extra-thousands-run-on': { verdict: 'ok', fingerprint: 'a96e8708ee02bd5f' },
    'prp-quote/overs-billed-within-tolerance': { verdict: 'ok', fingerprint: 'cd4feff617701650' },
    'prp-quote/paper-cost-by-kilogram': { verdict: 'ok', fingerprint: 'a49078ce51bc1dbc' },
    'prp-quote/digital-click-charges': { verdict: 'ok', fingerprint: '91934489f5dc01d7' },
    'prp-quote/reprint-without-plates': { verdict: 'ok', fingerprint: 'c7a1cc226d5f1e59' },
    'prp-quote/marginal-cost-between-quantities': {
      verdict: 'ok',
      fingerprint: '9058215e9d5eac7b',
    },
    'prp-quote/finishing-minimum-charge': { verdict: 'ok', fingerprint: '8b2be3cd5af36e6b' },
    'prp-quote/tiered-price-per-thousand': { verdict: 'ok', fingerprint: '671939dfc1f0b452' },
    'prp-quote/designer-invoice-print-and-hours': {
      verdict: 'ok',
      fingerprint: '8525079822f4cbc2',
    },
    'prp-quote/unit-cost-with-overs-ordered': { verdict: 'ok', fingerprint: '51d92d1ad125d49e' },
    'prp-quote/split-print-cost-by-copies': { verdict: 'ok', fingerprint: '9021f0bfe54c1c2d' },
    'prp-quote/copies-within-budget': { verdict: 'ok', fingerprint: '9cd9c0bb6e3f7193' },
    'prp-quote/price-per-thousand-from-total': { verdict: 'ok', fingerprint: 'f32ec3776c3ff133' },
  },
}
