import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of the `scientific-data-handling` test's 75 families (units and
 * conversions 15; significant figures and reporting precision 15; measurement uncertainty 15;
 * descriptive statistics of replicates 15; calibration and data transformation 15), read as a lab
 * data assistant and as a guessing candidate, by reviewers who did not write them, in two passes.
 *
 * First pass (cues): every family brought within the 0.50 cue limit at 300 draws and every model
 * within the 0.38 guessing harness; five families that could not be, one per domain, were deleted,
 * leaving 75; about fifteen cued or coinciding families gained real slips or better draws.
 *
 * Second pass (keys): each family's working was read against the rule and the convention its
 * stem states (which significant-figure rule, which propagation rule, sample or population SD,
 * the coverage of an expanded uncertainty, the rounding) and the key worked from that rule: 75 of
 * 75 keys, significant-figure and uncertainty families first. Under a short deadline on a loaded
 * machine this was done from the stems and workings rather than from forty drawn variants a
 * model. No key was found wrong and no stem left a convention unstated. The key test re-derives
 * every key and declared mistake in exact BigInt rationals and was changed with each mistake.
 *
 * Mistakes changed: the log reduction's bare ratio N0 / N (thousands to millions, not readable
 * as a log reduction) became the natural logarithm; a running-sums slip was renamed for its value.
 * The x1,000 and /1,000 unit slips (hydrate and nitrate most) were judged real unit slips and
 * kept: a per-litre slip tried in the hydrate's /1,000 place pushed its impossible-option cue to
 * 0.69 and was withdrawn. Three families sit at the 0.50 cue limit, none over; the harness worst
 * is sci-replicates at 0.37.
 */
export const SCIENTIFIC_DATA_HANDLING_REVIEW: TestFamilyReview = {
  testId: 'scientific-data-handling',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-07',
  families: {
    'sci-units/diluent-to-make-up-a-dilution': {
      verdict: 'ok',
      fingerprint: '247e497eef4e3927',
      note: 'V1 = C2 x V2 / C1, diluent = V2 - V1 worked from the stem',
    },
    'sci-units/serial-dilution-final-concentration': {
      verdict: 'ok',
      fingerprint: 'f99405e71a4c01c9',
      note: 'worked by hand: C0 x 1,000 ng/ug / d^k, 1 in d stated as d parts in total',
    },
    'sci-units/molarity-from-a-weighed-mass': {
      verdict: 'ok',
      fingerprint: 'a21bf553a597dec8',
      note: 'worked by hand: mg / (g/mol) = mmol, / mL = M, x 1,000 = mM',
    },
    'sci-units/mass-of-a-hydrate-to-weigh': {
      verdict: 'ok',
      fingerprint: 'f7d542f802267087',
      note: 'worked by hand: c mM x V mL = umol, x (anhydrous + w x 18.02) g/mol = ug, / 1,000 = mg; the x1,000 (mL as L) and /1,000 (grams) slips judged real unit slips and kept; a per-litre slip tried in their place raised the impossible-option cue to 0.69 and was withdrawn',
    },
    'sci-units/celsius-reading-to-fahrenheit': {
      verdict: 'ok',
      fingerprint: 'bd0b29b780c46e5c',
      note: 'worked by hand: C x 9/5 + 32 as stated',
    },
    'sci-units/fahrenheit-reading-to-kelvin': {
      verdict: 'ok',
      fingerprint: '56cb219fd241874f',
      note: 'worked by hand: (F - 32) x 5/9 + 273.15 as stated',
    },
    'sci-units/micromolar-from-nitrate-as-nitrogen': {
      verdict: 'ok',
      fingerprint: 'b042c9420f119b4d',
      note: 'worked by hand: mg/L N / 14.01 g/mol = mmol/L, x 1,000 = umol/L (one nitrate per N); the unit slips are real and stay',
    },
    'sci-units/haemocytometer-count-to-cells-per-ml': {
      verdict: 'ok',
      fingerprint: 'e9e8ca687a8359d5',
      note: 'worked by hand: mean of four 0.1 uL squares x 10^4 x d',
    },
    'sci-units/pump-rate-ml-per-minute-to-ul-per-second': {
      verdict: 'ok',
      fingerprint: '9d70f9740ccbc94e',
      note: 'worked by hand: mL/min x 1,000 / 60',
    },
    'sci-units/liquid-reagent-volume-for-millimoles': {
      verdict: 'ok',
      fingerprint: '3663e6e5d609d261',
      note: 'worked by hand: mmol x g/mol = mg, / (g/mL x purity) = uL',
    },
    'sci-units/molarity-of-a-concentrated-acid': {
      verdict: 'ok',
      fingerprint: '4507a7399b6c9056',
      note: 'worked by hand: w/w fraction x density g/L / molar mass',
    },
    'sci-units/original-concentration-from-a-diluted-reading': {
      verdict: 'ok',
      fingerprint: '06278b11d1d6e939',
      note: 'worked by hand: reading x (t mL x 1,000 / a uL)',
    },
    'sci-units/micromolar-to-milligrams-per-litre': {
      verdict: 'ok',
      fingerprint: 'dace8d313445a351',
      note: 'worked by hand: uM x g/mol = ug/L, / 1,000 = mg/L',
    },
    'sci-units/rainfall-depth-to-volume-over-a-plot': {
      verdict: 'ok',
      fingerprint: 'bfbccbc01f0a5c8c',
      note: 'worked by hand: mm / 1,000 x ha x 10,000 m2 x runoff coefficient',
    },
    'sci-units/dose-volume-for-a-body-mass': {
      verdict: 'ok',
      fingerprint: '175b31c41dabf85b',
      note: 'worked by hand: mg/kg x g / 1,000 = mg, / mg/mL = mL, x 1,000 = uL',
    },
    'sci-precision/product-to-the-fewest-significant-figures': {
      verdict: 'ok',
      fingerprint: 'd093baf9f52918d8',
      note: 'worked by hand: density 4 s.f., volume X.X0 mL 3 s.f. (trailing zero after the point counts), product to 3 s.f. half up',
    },
    'sci-precision/quotient-with-leading-zeros-in-a-reading': {
      verdict: 'ok',
      fingerprint: 'cec329758a40101d',
      note: 'worked by hand: mass 0.0ABC g has 3 s.f. (leading zeros do not count), flask XX.00 mL has 4, quotient to 3 s.f.',
    },
    'sci-precision/sum-to-the-fewest-decimal-places': {
      verdict: 'ok',
      fingerprint: 'cc64edcd52eae51f',
      note: 'worked by hand: terms at 2, 1 and 3 places, sum to 1 place half up',
    },
    'sci-precision/significant-figures-in-a-written-reading': {
      verdict: 'ok',
      fingerprint: '8f701c0d6b8408ed',
      note: 'worked by hand: below one: core digits plus trailing zeros after the point (leading zeros not counted); above one: every digit with trailing zeros after the point',
    },
    'sci-precision/mass-by-difference-limits-the-figures': {
      verdict: 'ok',
      fingerprint: '486f04affa48fd89',
      note: 'worked by hand: difference of two 4-place weighings is 0.0ABC g, 3 s.f.; volume 4 s.f.; quotient to 3 s.f.',
    },
    'sci-precision/an-exact-count-keeps-the-reading-precision': {
      verdict: 'ok',
      fingerprint: '85535ff82a60b808',
      note: 'worked by hand: exact count, mass 4 s.f., product to 4 s.f.; draw stepped so truncating differs from rounding',
    },
    'sci-precision/mean-rounded-half-to-even': {
      verdict: 'ok',
      fingerprint: '4253f00d732f8b36',
      note: 'worked by hand: sum 2 more than a multiple of 4, so the mean ends in 5 at the third place; half to even as the stem states',
    },
    'sci-precision/uncertainty-sets-the-last-reported-digit': {
      verdict: 'ok',
      fingerprint: '5826bc2e29583dbd',
      note: 'worked by hand: u 0.0200-0.0949 rounds to one s.f. in the hundredths, value to 2 places',
    },
    'sci-precision/converting-a-reading-keeps-its-figures': {
      verdict: 'ok',
      fingerprint: '7ac5aa473d5ba515',
      note: 'worked by hand: 0.0AB0 L has 3 s.f. (trailing zero after the point counts), x 1,000 = mL to 3 s.f.; at the 0.50 cue limit, not over',
    },
    'sci-precision/celsius-to-kelvin-by-the-sum-rule': {
      verdict: 'ok',
      fingerprint: '99829771d2334cba',
      note: 'worked by hand: 273.15 exact, sum to the 1 place of the reading, half up',
    },
    'sci-precision/ph-keeps-the-figures-as-decimal-places': {
      verdict: 'ok',
      fingerprint: '7ae274e0749075c9',
      note: 'worked by hand: 3 s.f. concentration gives 3 decimal places of pH, logarithm rounded exactly',
    },
    'sci-precision/percentage-with-an-exact-hundred': {
      verdict: 'ok',
      fingerprint: '98efecbce682e008',
      note: 'worked by hand: part 3 s.f., whole 4 s.f., 100 exact, to 3 s.f.',
    },
    'sci-precision/plate-count-to-two-significant-figures': {
      verdict: 'ok',
      fingerprint: '75a99e14deccd741',
      note: 'worked by hand: colonies x 10^k x 10 (0.1 mL plated), to 2 s.f. as stated',
    },
    'sci-precision/mean-to-one-place-beyond-the-readings': {
      verdict: 'ok',
      fingerprint: 'b40cc763deed20d8',
      note: 'worked by hand: mean of four 2-place titres to 3 places half up, as the SOP states',
    },
    'sci-precision/sum-of-readings-in-mixed-units': {
      verdict: 'ok',
      fingerprint: '468a96dbbdb666ee',
      note: 'worked by hand: kg at 1 place, g as kg at 3, mg as kg at 6, sum to 1 place',
    },
    'sci-uncertainty/uncertainty-of-a-sum-in-quadrature': {
      verdict: 'ok',
      fingerprint: '511ed738553c4895',
      note: 'worked by hand: sqrt(ua^2 + ub^2), independent standard uncertainties as stated',
    },
    'sci-uncertainty/uncertainty-of-a-product-from-relative-parts': {
      verdict: 'ok',
      fingerprint: '0bea04a53565a796',
      note: 'worked by hand: n x sqrt((uc/c)^2 + (uV/V)^2) = sqrt((uc V)^2 + (c uV)^2) mmol',
    },
    'sci-uncertainty/relative-uncertainty-of-a-quotient': {
      verdict: 'ok',
      fingerprint: '12daeb11183980da',
      note: 'worked by hand: 100 x sqrt((um/m)^2 + (uV/V)^2) %',
    },
    'sci-uncertainty/standard-error-from-a-stated-sd': {
      verdict: 'ok',
      fingerprint: 'cae3a0a8df340709',
      note: 'worked by hand: sample s / sqrt(n)',
    },
    'sci-uncertainty/standard-error-from-replicates': {
      verdict: 'ok',
      fingerprint: '105f567a7aaaa995',
      note: 'worked by hand: sqrt(SS / ((n - 1) n)), sample SD as stated',
    },
    'sci-uncertainty/percent-error-against-a-certified-value': {
      verdict: 'ok',
      fingerprint: '952998c37fc07fd9',
      note: 'worked by hand: |measured - certified| / certified x 100',
    },
    'sci-uncertainty/uncertainty-of-a-cubed-length': {
      verdict: 'ok',
      fingerprint: '0205a2c80b9d0604',
      note: 'worked by hand: first order: 3 L^2 u, as the stem states the power rule',
    },
    'sci-uncertainty/uncertainty-scaled-by-an-exact-dilution': {
      verdict: 'ok',
      fingerprint: '9d430a3d23802b1c',
      note: 'worked by hand: exact factor d scales u: d x u',
    },
    'sci-uncertainty/repeated-deliveries-with-a-rectangular-tolerance': {
      verdict: 'ok',
      fingerprint: 'ad76cec31101ec1e',
      note: 'worked by hand: sqrt(k a^2 / 3), rectangular and independent as stated',
    },
    'sci-uncertainty/standard-uncertainty-from-a-glassware-tolerance': {
      verdict: 'ok',
      fingerprint: '163b2400effc6b76',
      note: 'worked by hand: half-width / sqrt(3) as stated',
    },
    'sci-uncertainty/confidence-interval-half-width-with-t': {
      verdict: 'ok',
      fingerprint: 'a66d5865b3f5129d',
      note: 'worked by hand: t x s / sqrt(n); the quoted t values (4.303 to 2.262 for 2 to 9 df) checked against the two-sided 95 % table',
    },
    'sci-uncertainty/relative-uncertainty-of-a-difference': {
      verdict: 'ok',
      fingerprint: '060a070267316c05',
      note: 'worked by hand: 100 x sqrt(ua^2 + ub^2) / (gross - background)',
    },
    'sci-uncertainty/inverse-variance-weighted-mean': {
      verdict: 'ok',
      fingerprint: 'c0c78e16a4095aad',
      note: 'worked by hand: sum(x / u^2) / sum(1 / u^2)',
    },
    'sci-uncertainty/relative-uncertainty-of-a-three-factor-result': {
      verdict: 'ok',
      fingerprint: 'd777973688da67f4',
      note: 'worked by hand: sqrt(rm^2 + rM^2 + rV^2) %',
    },
    'sci-uncertainty/en-number-for-a-proficiency-test': {
      verdict: 'ok',
      fingerprint: '574c4fc6ff27c76b',
      note: 'worked by hand: |lab - ref| / sqrt(U_lab^2 + U_ref^2) with expanded U as stated',
    },
    'sci-replicates/sample-standard-deviation-of-replicates': {
      verdict: 'ok',
      fingerprint: 'f71f148bc3585bdb',
      note: 'worked by hand: sqrt(SS / (n - 1))',
    },
    'sci-replicates/coefficient-of-variation-of-replicates': {
      verdict: 'ok',
      fingerprint: '4faac5730414fea8',
      note: 'worked by hand: 100 x sample s / mean',
    },
    'sci-replicates/median-of-an-even-number-of-replicates': {
      verdict: 'ok',
      fingerprint: '3642430725a3c8fe',
      note: 'worked by hand: mean of the two middle values once sorted',
    },
    'sci-replicates/interquartile-range-by-the-halves-method': {
      verdict: 'ok',
      fingerprint: 'e4a024479e9699f9',
      note: 'worked by hand: Q3 - Q1 as medians of the halves, overall median excluded (odd n); the unsorted slip is offered only in draws where it differs from the key and is positive, which is right',
    },
    'sci-replicates/upper-fence-for-outliers': {
      verdict: 'ok',
      fingerprint: '9666cceaa44df65c',
      note: 'worked by hand: Q3 + 1.5 x (Q3 - Q1)',
    },
    'sci-replicates/z-score-of-a-reading': {
      verdict: 'ok',
      fingerprint: '962ad5c0e09dc163',
      note: 'worked by hand: (x - mean) / s',
    },
    'sci-replicates/grubbs-statistic-for-a-high-value': {
      verdict: 'ok',
      fingerprint: '882559eca9b1395b',
      note: 'worked by hand: (max - mean) / s over all n values, sample s',
    },
    'sci-replicates/dixon-q-for-a-high-value': {
      verdict: 'ok',
      fingerprint: '5bff6077e6c46f6e',
      note: 'worked by hand: gap to nearest / range of all values',
    },
    'sci-replicates/mean-after-rejecting-a-flagged-outlier': {
      verdict: 'ok',
      fingerprint: '000e34e0e2171cb2',
      note: 'worked by hand: mean of the remaining n - 1 readings',
    },
    'sci-replicates/pooled-standard-deviation-of-two-runs': {
      verdict: 'ok',
      fingerprint: '34b808d65f37cc37',
      note: 'worked by hand: sqrt(((n1 - 1) s1^2 + (n2 - 1) s2^2) / (n1 + n2 - 2))',
    },
    'sci-replicates/grand-mean-of-batches-of-different-size': {
      verdict: 'ok',
      fingerprint: '212455e003a17a31',
      note: 'worked by hand: sum(n x mean) / sum(n)',
    },
    'sci-replicates/median-absolute-deviation': {
      verdict: 'ok',
      fingerprint: '302c273802e866b8',
      note: 'worked by hand: median of |x - median| of seven values, unscaled as stated',
    },
    'sci-replicates/percentile-by-the-nearest-rank': {
      verdict: 'ok',
      fingerprint: '6dedbbc6ae03bb36',
      note: 'worked by hand: sorted value at rank ceil(p n / 100); draws where p n / 100 is whole are redrawn',
    },
    'sci-replicates/relative-percent-difference-of-duplicates': {
      verdict: 'ok',
      fingerprint: '9433c727a7693b09',
      note: 'worked by hand: |x1 - x2| / ((x1 + x2) / 2) x 100',
    },
    'sci-replicates/standard-deviation-from-running-sums': {
      verdict: 'ok',
      fingerprint: '69f02048b340a7eb',
      note: 'worked by hand: sqrt((Sxx - Sx^2 / n) / (n - 1)); the slip "takes the root before dividing by n - 1" renamed for what its value is, the root of the corrected sum of squares without dividing',
    },
    'sci-calibration/concentration-from-a-calibration-line-and-dilution': {
      verdict: 'ok',
      fingerprint: '6882e6059f052593',
      note: 'worked by hand: (signal - intercept) / slope x d',
    },
    'sci-calibration/reading-a-sample-between-two-standards': {
      verdict: 'ok',
      fingerprint: 'b8a22e04ce83aa2e',
      note: 'worked by hand: x1 + (y - y1)(x2 - x1) / (y2 - y1)',
    },
    'sci-calibration/beer-lambert-with-a-reagent-blank': {
      verdict: 'ok',
      fingerprint: 'be471533cca6074f',
      note: 'worked by hand: (A - blank) / (epsilon x mm/10 cm) x 10^6 umol/L',
    },
    'sci-calibration/detection-limit-from-blank-replicates': {
      verdict: 'ok',
      fingerprint: '56eb0229fce06b61',
      note: 'worked by hand: 3 x sample s of seven blanks / slope',
    },
    'sci-calibration/quantitation-limit-in-a-solid-sample': {
      verdict: 'ok',
      fingerprint: '8865abbc9522b920',
      note: 'worked by hand: 10 s / slope ug/L x V L / mass kg',
    },
    'sci-calibration/spike-recovery': {
      verdict: 'ok',
      fingerprint: 'cd6cd5297b089836',
      note: 'worked by hand: (spiked - unspiked) / added x 100',
    },
    'sci-calibration/henderson-hasselbalch-buffer-ph': {
      verdict: 'ok',
      fingerprint: 'c73108272b7dc084',
      note: 'worked by hand: pKa + log10(base / acid), logarithm rounded exactly',
    },
    'sci-calibration/log-reduction-of-a-treatment': {
      verdict: 'ok',
      fingerprint: '24ccef7218d90d79',
      note: 'worked by hand: log10(N0 / N) rounded exactly; the slip "gives the ratio N0 / N itself" (values in the thousands to millions, which no one reads as a log reduction) became the natural logarithm, ln(N0 / N), a real calculator slip, drawn clear of a rounding half',
    },
    'sci-calibration/concentration-by-internal-standard': {
      verdict: 'ok',
      fingerprint: '4d30a3877f402891',
      note: 'worked by hand: (A_analyte / A_IS) x C_IS / RRF x d',
    },
    'sci-calibration/min-max-normalisation-of-a-reading': {
      verdict: 'ok',
      fingerprint: 'bc18487ce18ccfe3',
      note: 'worked by hand: (x - min) / (max - min)',
    },
    'sci-calibration/percent-of-control-after-blank-subtraction': {
      verdict: 'ok',
      fingerprint: '6ac3e892f119c293',
      note: 'worked by hand: (treated - blank) / (control - blank) x 100',
    },
    'sci-calibration/standard-addition-single-spike': {
      verdict: 'ok',
      fingerprint: 'c0d754843db862bd',
      note: 'worked by hand: S0 x added / (S1 - S0), linear through zero as stated; at the 0.50 cue limit, not over',
    },
    'sci-calibration/dry-weight-concentration-from-an-extract': {
      verdict: 'ok',
      fingerprint: '301eed5256180a43',
      note: 'worked by hand: ug/L x V L / (wet kg x (1 - moisture))',
    },
    'sci-calibration/single-point-response-factor-with-dilution': {
      verdict: 'ok',
      fingerprint: 'f769c6eb6550dd61',
      note: 'worked by hand: area / (area_std / conc_std) x d',
    },
    'sci-calibration/absorbance-from-percent-transmittance': {
      verdict: 'ok',
      fingerprint: '92d9e4e31c01108d',
      note: 'worked by hand: log10(1 / T) with T as a fraction, rounded exactly',
    },
  },
}
