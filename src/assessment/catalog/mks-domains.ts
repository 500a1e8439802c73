import type { ModelDomain } from './model-domains.js'

/** The statistics-for-marketers test's domains, each served by one scenario model of its own families. */
export const MKS_DOMAINS = {
  mksDescribe: {
    id: 'mks-describe',
    title: 'Describing campaign and customer data',
    itemModelIds: ['mks-describe'],
    outcome:
      'Summarise campaign and customer data with the right centre, weights and base: medians, weighted blends, points against percent, index numbers and seasonal ratios',
  },
  mksTests: {
    id: 'mks-tests',
    title: 'A/B and split tests',
    itemModelIds: ['mks-tests'],
    outcome:
      'Work a split test’s pooled z, intervals, sample sizes, detectable lift, Bonferroni levels and incremental results from holdouts and geo tests by the stated formula',
  },
  mksSurveys: {
    id: 'mks-surveys',
    title: 'Surveys and sampling',
    itemModelIds: ['mks-surveys'],
    outcome:
      'Work margins of error, completes and invitations needed, weighted estimates, response rates, net promoter scores and top-two-box shares on the right base',
  },
  mksRegression: {
    id: 'mks-regression',
    title: 'Correlation and regression for the marketing mix',
    itemModelIds: ['mks-regression'],
    outcome:
      'Read fitted lines, elasticities, r and r², partial correlations, adstock and model-based returns in their stated units',
  },
  mksForecast: {
    id: 'mks-forecast',
    title: 'Forecasts, funnels and cohorts',
    itemModelIds: ['mks-forecast'],
    outcome:
      'Forecast with moving averages, smoothing, trends and seasonal indexes, and work churn, cohort retention, funnel conversion and campaign expected value',
  },
} as const satisfies Record<string, ModelDomain>
