import type { ModelDomain } from './model-domains.js'

/** The statistics-fundamentals test's domains, each served by one scenario model of its own families. */
export const STATFUND_DOMAINS = {
  sfDescribe: {
    id: 'sf-describe',
    title: 'Descriptive statistics and choosing summaries',
    itemModelIds: ['sf-describe'],
    outcome:
      'Compute and choose the centre, spread, rates and outlier rules that describe a client’s data fairly, and report changes in percent and points correctly',
  },
  sfProbability: {
    id: 'sf-probability',
    title: 'Probability, normal and binomial distributions',
    itemModelIds: ['sf-probability'],
    outcome:
      'Compute normal and binomial probabilities, conditional shares and expected values, and pick the distribution a count follows',
  },
  sfIntervals: {
    id: 'sf-intervals',
    title: 'Confidence intervals and sample sizes',
    itemModelIds: ['sf-intervals'],
    outcome:
      'Compute margins of error and sample sizes for means and proportions, and report what an interval does and does not say',
  },
  sfTesting: {
    id: 'sf-testing',
    title: 'Hypothesis tests and p-values',
    itemModelIds: ['sf-testing'],
    outcome:
      'Choose a test, compute its statistic and p-value, read p-values and non-significant results correctly, and control errors over many tests',
  },
  sfRegression: {
    id: 'sf-regression',
    title: 'Correlation and regression',
    itemModelIds: ['sf-regression'],
    outcome:
      'Read correlations, R², slopes, intercepts and residuals, predict within the data, and keep association apart from cause',
  },
  sfDesign: {
    id: 'sf-design',
    title: 'Sampling and study design',
    itemModelIds: ['sf-design'],
    outcome:
      'Spot selection, non-response and survivorship bias, choose sampling and experimental designs, and judge what a design can show',
  },
} as const satisfies Record<string, ModelDomain>
