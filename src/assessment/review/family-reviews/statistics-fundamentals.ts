import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `statistics-fundamentals` test: 91 submitted, 90
 * after the review. Every figure key was recomputed by hand on drawn variants (medians, SDs,
 * normal and binomial probabilities, margins, sample sizes, test statistics, slopes) and is
 * recomputed for 60 draws a family by the key test against a statistics library, with the
 * printed critical values checked against the normal and t quantiles; each figure family's code
 * was read against its stem, so that the step keyed is the question asked. Worded keys and the
 * short forms that drop their reasons were judged one by one. Deleted (1): `at-least-one-in-n`,
 * the same computation, 1 − (1 − p)^n, as `false-positives-across-many-tests` under other names.
 * Fixed in place (29 families, 34 edits) before the fingerprints were taken: eight option sets
 * whose key a guessing rule found (worst 0.94, now at most 0.70 for any family; every rule's
 * mean at most 0.29); ten distractors that were not their named mistake or could be read as
 * right (a fence of Q3 + 1.5 × Q3 named 1.5 × Q3, a "top p %" reading true of any higher
 * branch, a short form asserting the interval holds the mean, a wrong bound on a poll lead, a
 * Simpson's option no mistake gives, a "whatever the degree" reading true of an additive model,
 * a "uses a negative" short form true of the question shown, and three pairs of distractors
 * whose short forms made the same claim); two keys (a p-value is the chance of data at least
 * this extreme; the percentage-point key rewritten in one clause); eight stems (three doubled
 * articles, a verb agreement, a two-sided stem whose client would switch to a slower tool, a
 * total sample size, a client named mid-sentence, a question now asking for the main fault) and
 * every stem now opening with a capital; one draw range (a poll so large that a distractor's
 * figure came true); one figure's minus sign; and four mistake names made exact. The three
 * arguable names were judged: × 16 is squaring the factor twice, s²/n is the variance of the
 * mean, and doubling z mirrors the doubling of p for a two-sided test: all kept.
 */
export const STATISTICS_FUNDAMENTALS_REVIEW: TestFamilyReview = {
  testId: 'statistics-fundamentals',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-04',
  families: {
    'sf-describe/median-of-an-even-count-list': {
      verdict: 'ok',
      fingerprint: 'f70221f6711f8212',
      note: 'even count: mean of the two middle sorted values; key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-describe/sample-standard-deviation': {
      verdict: 'ok',
      fingerprint: 'e23d28b2a442b525',
      note: 'n − 1 divisor; key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-describe/z-score-of-one-value': {
      verdict: 'ok',
      fingerprint: 'f285639f50f72c44',
    },
    'sf-describe/weighted-average-price': {
      verdict: 'ok',
      fingerprint: '9b701d9d49178be4',
    },
    'sf-describe/overall-rate-from-groups': {
      verdict: 'ok',
      fingerprint: '25ab43a1659b2920',
    },
    'sf-describe/upper-outlier-fence': {
      verdict: 'ok',
      fingerprint: '746be11758ce851a',
      note: 'distractor for "multiplied Q3 by 1.5" computed Q3 + 1.5 × Q3; now 1.5 × Q3 as named; key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-describe/empirical-rule-interval': {
      verdict: 'ok',
      fingerprint: '8b152472aabeafc2',
    },
    'sf-describe/percentage-points-versus-percent': {
      verdict: 'ok',
      fingerprint: 'e34ad015175dbf64',
      note: 'rewritten (was cued 0.89, most similar): the key states the change in points or relative to the old rate, every option one clause; plural fixed; the key test accepts both correct forms',
    },
    'sf-describe/summary-for-skewed-amounts': {
      verdict: 'ok',
      fingerprint: '75f212fd73a59d6c',
      note: 'short forms checked: "The median" still right, "The mean"/"The mode" still their mistakes',
    },
    'sf-describe/summary-for-likert-ratings': {
      verdict: 'ok',
      fingerprint: '6c458e12e2a8d2c9',
      note: 'stem grammar ("A a … survey") fixed; median with category shares is the defensible headline for one ordinal item',
    },
    'sf-describe/standard-deviation-versus-standard-error': {
      verdict: 'ok',
      fingerprint: '3a344f0cdb8cb0b8',
    },
    'sf-describe/mean-above-median-means-right-skew': {
      verdict: 'ok',
      fingerprint: '623691ad7ca70a84',
    },
    'sf-describe/percentile-reading': {
      verdict: 'ok',
      fingerprint: 'c96d421b6b60de77',
      note: '"in the top p %" was literally true for any branch above the pth percentile; replaced by a rank reading; stem grammar fixed; lengths rebalanced (was longest 1.00 after the change)',
    },
    'sf-describe/shift-and-scale-of-summaries': {
      verdict: 'ok',
      fingerprint: '348a36f60f91389c',
    },
    'sf-describe/coefficient-of-variation': {
      verdict: 'ok',
      fingerprint: '395ed0fa64d7c14a',
      note: 'stem grammar ("one a … site") fixed; key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-describe/outlier-moves-the-mean-not-the-median': {
      verdict: 'ok',
      fingerprint: '8fda98110884396d',
      note: 'one value of 9–15 ten times too large: mean moves by about 9x/n, median by at most one order statistic; after the review one distractor reworded from "Both fall…" to "Each summary falls…" (same claim), since an option opening with "Both" reads as referring to the others',
    },
    'sf-probability/normal-share-below-a-value': {
      verdict: 'ok',
      fingerprint: '0d3c702a3d3d0d45',
      note: 'option set widened with the raw-distance-as-z and two-sided-doubling mistakes (was cued 0.82); key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-probability/normal-share-above-a-value': {
      verdict: 'ok',
      fingerprint: '735338ec63296a93',
      note: 'option set widened with the variance-for-SD mistake (was 0.73–0.78, least similar); key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-probability/normal-share-between-two-values': {
      verdict: 'ok',
      fingerprint: '7a195e73036cdefd',
    },
    'sf-probability/normal-cut-off-for-top-share': {
      verdict: 'ok',
      fingerprint: 'aa3dcbd5c62fec08',
    },
    'sf-probability/binomial-exactly-k': {
      verdict: 'ok',
      fingerprint: 'a9a729cd3e3f0152',
    },
    'sf-probability/binomial-at-least-k': {
      verdict: 'ok',
      fingerprint: '3c6b621872d28105',
    },
    'sf-probability/binomial-at-most-k': {
      verdict: 'ok',
      fingerprint: '2cd6272a1f8b16f8',
      note: 'stem agreement for k = 1 fixed; key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-probability/binomial-standard-deviation': {
      verdict: 'ok',
      fingerprint: 'b9adc01fc4f7d7be',
    },
    'sf-probability/positive-predictive-value': {
      verdict: 'ok',
      fingerprint: 'b3958374fbcc9b7c',
      note: 'two round-figure distractors (clearance rate, prevalence) replaced by the flagged share of all orders and 1 − PPV (was cued 0.79, least similar); key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-probability/conditional-share-from-a-table': {
      verdict: 'ok',
      fingerprint: '2b5132a537bbf807',
      note: 'mistake name made exact: the share of churners who were on the monthly plan (conditioning reversed); key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-probability/expected-value-of-an-offer': {
      verdict: 'ok',
      fingerprint: 'c35a0fd8968636d8',
    },
    'sf-probability/gamblers-fallacy': {
      verdict: 'ok',
      fingerprint: '36d972f3120a2063',
    },
    'sf-probability/which-situation-is-binomial': {
      verdict: 'ok',
      fingerprint: '4bbd1c8b564a088e',
    },
    'sf-probability/compare-scores-by-z': {
      verdict: 'ok',
      fingerprint: 'd1d9107db84a6d1e',
      note: 'rounding of drawn scores moves z by at most 0.1, under the 0.3 gap: the aptitude test is always the better z; the key test recomputes it from the stem',
    },
    'sf-intervals/t-margin-for-a-small-sample-mean': {
      verdict: 'ok',
      fingerprint: '06d099fb51cd8713',
      note: 't on n − 1 df from a table the stem does not give, as the job-task analysis allows; key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-intervals/margin-of-error-of-a-proportion': {
      verdict: 'ok',
      fingerprint: '34a824ba7aa8c8d8',
      note: 'mistake name made exact (√n put where n goes); key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-intervals/sample-size-for-a-proportion': {
      verdict: 'ok',
      fingerprint: '2cb1a98a8f614dd6',
    },
    'sf-intervals/sample-size-for-a-mean': {
      verdict: 'ok',
      fingerprint: 'acf4aa2d35d0529f',
    },
    'sf-intervals/quadrupling-n-halves-the-margin': {
      verdict: 'ok',
      fingerprint: 'a48e310522cfb137',
      note: 'stem now asks the total sample; the ×16 distractor kept, named as squaring twice; key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-intervals/standard-error-of-a-mean': {
      verdict: 'ok',
      fingerprint: '5e6d1f159f7754af',
    },
    'sf-intervals/subgroup-margin-is-wider': {
      verdict: 'ok',
      fingerprint: '03bab1f572c89be6',
      note: 'option set widened with the 99 % and missing-root mistakes (was cued 0.68); key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-intervals/meaning-of-a-confidence-interval': {
      verdict: 'ok',
      fingerprint: 'd0169ee54c8cd6c2',
      note: 'the short form of the certainty distractor ("The true mean is between …") read as a defensible answer; it now says "certainly"',
    },
    'sf-intervals/higher-confidence-wider-interval': {
      verdict: 'ok',
      fingerprint: '4cbb8c71cab6003f',
      note: 'two distractors shortened to the same claim ("gets narrower", "narrows"); one replaced by a new-data misconception',
    },
    'sf-intervals/difference-interval-containing-zero': {
      verdict: 'ok',
      fingerprint: '70a977776e3a8ed5',
    },
    'sf-intervals/poll-lead-inside-the-margin': {
      verdict: 'ok',
      fingerprint: '25ff8d6f09cf6a6c',
      note: 'distractor "B leads by lead + m points at most" had a wrong bound and a short form that was not a mistake; rewritten as a claim that B is ahead',
    },
    'sf-intervals/prediction-versus-confidence-interval': {
      verdict: 'ok',
      fingerprint: 'e524df0afed4be82',
    },
    'sf-intervals/t-critical-value-from-a-table': {
      verdict: 'ok',
      fingerprint: '7711322ab2434e22',
      note: 'table values checked by the key test against the t quantile to three decimals',
    },
    'sf-intervals/margin-ignores-bias': {
      verdict: 'ok',
      fingerprint: 'e97d896d20f1bff1',
      note: 'responses now at most 30,000: at 40,000 a random sample’s margin is under ± 0.5, which made a distractor’s figure true',
    },
    'sf-testing/meaning-of-a-p-value': {
      verdict: 'ok',
      fingerprint: '3a0c47d8a27b5307',
      note: 'key now says data at least this extreme, the definition',
    },
    'sf-testing/decision-at-a-stricter-alpha': {
      verdict: 'ok',
      fingerprint: 'e80d689af1c04dad',
      note: 'two reject-the-null distractors shortened to the same claim; one replaced by testing on until p crosses α',
    },
    'sf-testing/two-sided-p-from-z': {
      verdict: 'ok',
      fingerprint: 'e051a3eee08401b3',
      note: 'key was always the middle figure (0.80); option set widened with the table area between 0 and z and the halved one-sided tail; key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-testing/one-sample-t-statistic': {
      verdict: 'ok',
      fingerprint: '67eaf2e3dc46b7ca',
      note: 'dividing by s²/n is exactly the variance of the mean: name kept; key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-testing/one-proportion-z-statistic': {
      verdict: 'ok',
      fingerprint: '8ee78e3232b94623',
      note: 'doubling z for a two-sided test kept as a real confusion with doubling p, renamed so; key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-testing/bonferroni-threshold': {
      verdict: 'ok',
      fingerprint: 'd1f1ab4423697793',
    },
    'sf-testing/false-positives-across-many-tests': {
      verdict: 'ok',
      fingerprint: '51872c9b8ca6c6c1',
      note: 'kept as the one family for 1 − (1 − p)^k (its probability twin deleted); key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-testing/choose-test-independent-means': {
      verdict: 'ok',
      fingerprint: '15cbd2bf7155733e',
    },
    'sf-testing/choose-test-paired-measurements': {
      verdict: 'ok',
      fingerprint: 'f2b59a64137c2729',
    },
    'sf-testing/choose-test-two-categorical-variables': {
      verdict: 'ok',
      fingerprint: 'd53de8e7e44dcad3',
    },
    'sf-testing/significance-versus-importance': {
      verdict: 'ok',
      fingerprint: '898a1352e03958ec',
    },
    'sf-testing/non-significant-is-not-no-effect': {
      verdict: 'ok',
      fingerprint: 'b2d44aa47ff4f610',
    },
    'sf-testing/type-one-error-in-context': {
      verdict: 'ok',
      fingerprint: 'cf261ce890682da1',
    },
    'sf-testing/what-raises-power': {
      verdict: 'ok',
      fingerprint: '2ba6fc2a9e503de4',
    },
    'sf-testing/one-or-two-sided-alternative': {
      verdict: 'ok',
      fingerprint: '987c3b6e18a1b6b3',
      note: 'stem said the client would switch tools if the new one were slower; now asks whether times change in either direction',
    },
    'sf-testing/peeking-at-an-ab-test': {
      verdict: 'ok',
      fingerprint: '581ff446cdf3d60b',
    },
    'sf-regression/variance-explained-from-r': {
      verdict: 'ok',
      fingerprint: 'd3d594548ac91fa2',
      note: 'option set widened with 1 − r² (key was the least similar figure); key recomputed by hand on drawn variants and by the key test against a statistics library',
    },
    'sf-regression/prediction-from-a-fitted-line': {
      verdict: 'ok',
      fingerprint: 'e970a4fe854e54c9',
    },
    'sf-regression/residual-of-one-point': {
      verdict: 'ok',
      fingerprint: '50e2c08094aa48f4',
    },
    'sf-regression/slope-from-correlation-and-sds': {
      verdict: 'ok',
      fingerprint: '1b408091ab7468d1',
    },
    'sf-regression/correlation-unchanged-by-units': {
      verdict: 'ok',
      fingerprint: '794f51f7f3a61486',
    },
    'sf-regression/slope-reading-in-units': {
      verdict: 'ok',
      fingerprint: 'aedb1236a4275152',
    },
    'sf-regression/correlation-is-not-causation': {
      verdict: 'ok',
      fingerprint: 'e75675366b32535b',
    },
    'sf-regression/extrapolation-beyond-the-data': {
      verdict: 'ok',
      fingerprint: 'd9e37b7990ee7f67',
    },
    'sf-regression/zero-correlation-hides-a-curve': {
      verdict: 'ok',
      fingerprint: 'cefaea5c6fc68b3a',
      note: 'two distractors shortened to the same claim ("a weak link"); one replaced by dropping the variable on its r',
    },
    'sf-regression/regression-to-the-mean': {
      verdict: 'ok',
      fingerprint: 'c2562a76e14d02ef',
    },
    'sf-regression/one-point-drives-the-fit': {
      verdict: 'ok',
      fingerprint: '25a77a2942eab13f',
    },
    'sf-regression/intercept-outside-the-data': {
      verdict: 'ok',
      fingerprint: '0ab61b610b66d6f6',
      note: 'negative intercept now shown with a minus sign like other figures',
    },
    'sf-regression/coefficient-holding-others-fixed': {
      verdict: 'ok',
      fingerprint: '3118949a25ab21dc',
      note: '"£bk more per year, whatever the degree" is true of an additive model at every degree level; it now states the total difference that does not hold degree fixed',
    },
    'sf-regression/match-r-to-a-description': {
      verdict: 'ok',
      fingerprint: '052f5dc5d5c1275d',
    },
    'sf-regression/r-squared-from-the-sums-of-squares': {
      verdict: 'ok',
      fingerprint: 'bf5cbc425b97f46d',
    },
    'sf-design/convenience-sample-bias': {
      verdict: 'ok',
      fingerprint: 'e9a1808830123b6d',
    },
    'sf-design/nonresponse-bias': {
      verdict: 'ok',
      fingerprint: '1e67186b6e8591df',
    },
    'sf-design/survivorship-bias': {
      verdict: 'ok',
      fingerprint: 'ba559986eb758e92',
    },
    'sf-design/observational-study-causal-claim': {
      verdict: 'ok',
      fingerprint: '8e087186907d0f5c',
      note: 'key reworded and one distractor rewritten (was cued 0.94, least similar)',
    },
    'sf-design/random-assignment-versus-random-sampling': {
      verdict: 'ok',
      fingerprint: '57eb642f41a969e6',
    },
    'sf-design/leading-question': {
      verdict: 'ok',
      fingerprint: '72ddc519dd6e9911',
      note: 'the short form "It uses a negative" is true of the question; replaced by a double-negative misreading, and the stem asks for the main fault',
    },
    'sf-design/proportional-stratified-allocation': {
      verdict: 'ok',
      fingerprint: '1566ccf27025789b',
    },
    'sf-design/simpsons-paradox': {
      verdict: 'ok',
      fingerprint: '47401c9253c1bb6c',
      note: '"the rates are equal once averaged" was not what its mistake gives; replaced by reading the reversal as undecided; client moved to the start of the stem; A leads in both case types and B overall for every draw',
    },
    'sf-design/larger-sample-does-not-fix-bias': {
      verdict: 'ok',
      fingerprint: '1a5348a0df7526de',
    },
    'sf-design/placebo-and-control-group': {
      verdict: 'ok',
      fingerprint: '734e874d4c9d5943',
    },
    'sf-design/matched-pairs-design': {
      verdict: 'ok',
      fingerprint: '1ad6663cf55ef0ff',
    },
    'sf-design/p-hacking-by-subgroups': {
      verdict: 'ok',
      fingerprint: '9f0b535987f080f9',
    },
    'sf-design/denominator-neglect': {
      verdict: 'ok',
      fingerprint: '58458d57084e5448',
    },
    'sf-design/systematic-sample-periodicity': {
      verdict: 'ok',
      fingerprint: 'a034388f56557c4c',
    },
    'sf-design/cluster-sample-effective-size': {
      verdict: 'ok',
      fingerprint: 'ccef46b48e25b1c7',
    },
  },
}
