import { type CatalogRow, row } from './catalog-row.js'

/** A/B testing as a freelance experimentation analyst plans, reads out and audits tests for clients. */
export const AB_TESTING_ROW: CatalogRow = row(
  'ab-testing',
  'A/B testing',
  'Other',
  5,
  15,
  [
    ['abtDesign', 20],
    ['abtSignificance', 20],
    ['abtPitfalls', 20],
    ['abtMetrics', 20],
    ['abtBayes', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance experimentation analyst plans and reads out A/B tests for online shops, apps, ' +
      'SaaS products and publishers: they size a test before it starts, check that it ran ' +
      'cleanly, compute the result with the method the plan named, and tell the client what ' +
      'rolling it out is worth. Design and sample size: visitors per arm for a proportion or a ' +
      'revenue metric from stated z-values, the minimum detectable effect from traffic and ' +
      'duration, days to run from traffic, exposure and arms, unequal allocation, ramps, ' +
      'clustering, dilution and Bonferroni-adjusted plans: 20 %. Significance and intervals: ' +
      'pooled and unpooled two-proportion z, Welch-style z for revenue, p-values from a stated ' +
      'normal table, one- against two-sided p, margins and interval ends of the difference and of ' +
      'relative lift, and the smallest significant difference: 20 %. Pitfalls and validity: sample ' +
      'ratio mismatch by chi-square, Holm, Benjamini–Hochberg, Bonferroni and Šidák adjustments, ' +
      'Simpson’s paradox in segment tables, novelty effects, the winner’s curse, the share of false ' +
      'winners and lost or weekday-only traffic: 20 %. Metrics and lift: absolute against relative ' +
      'lift, revenue per visitor and its components, ratio metrics, CUPED with stated θ, guardrail ' +
      'bounds, cannibalisation, the cost of a test and the expected value of a rollout: 20 %. ' +
      'Bayesian and sequential basics: Beta posteriors after a stated prior, normal posteriors, ' +
      'probability of being better from a stated table, expected loss, the sequential probability ' +
      'ratio test, O’Brien–Fleming boundaries, alpha spending and Thompson-sampling shares: 20 %. ' +
      'Every item states the z-values, critical values, formula convention and rounding its key ' +
      'depends on. Not tested: a particular testing tool’s screens, tag and analytics set-up, ' +
      'statistical software, deriving the formulas, and UX research or copywriting for variants. ' +
      'A 25-item form gives each of the five domains five items.',
    scoredItems: 25,
  },
)
