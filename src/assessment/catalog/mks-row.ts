import { type CatalogRow, row } from './catalog-row.js'

/** Statistics for marketers as a freelance marketing analyst works it for clients. */
export const MARKETING_STATISTICS_ROW: CatalogRow = row(
  'marketing-statistics',
  'Statistics for marketers',
  'Sales & Marketing',
  5,
  20,
  [
    ['mksDescribe', 20],
    ['mksTests', 20],
    ['mksSurveys', 20],
    ['mksRegression', 20],
    ['mksForecast', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance marketing analyst turns a client’s campaign, customer and survey data into ' +
      'numbers the client can act on: summarising results fairly, judging split tests, sizing ' +
      'and weighting surveys, reading a fitted response model and forecasting demand and ' +
      'retention. Describing campaign and customer data: medians against means of order values, ' +
      'weighted averages across channels, percent against percentage-point change, index ' +
      'numbers and seasonal ratios: 20 %. A/B and split tests: pooled two-proportion z from the ' +
      'stated formula, intervals for a rate, sample size per arm and detectable lift from a ' +
      'stated formula, Bonferroni corrections, holdouts and geo tests: 20 %. Surveys and ' +
      'sampling: margins of error with a stated z, completes and invitations needed, weighting ' +
      'to population shares, response rates, net promoter score from counts and top-two-box ' +
      'shares: 20 %. Correlation and regression for the marketing mix: predictions and slopes ' +
      'in their units, elasticities from a log-log slope, r² as a share of variance, partial ' +
      'correlation against a third driver, adstock and return on spend: 20 %. Forecasts, ' +
      'funnels and cohorts: moving averages and smoothing, growth rates, churn and cohort ' +
      'retention, expected value of a campaign, funnel conversion and pooled rates across ' +
      'segments: 20 %. Every item states the formula, z-value and rounding its key depends on. ' +
      'Not tested: statistical software, Bayesian testing, building a model from raw data, ' +
      'survey question wording (see user research) and test design judgement beyond the ' +
      'figures (see conversion rate optimisation). A 25-item form gives each of the five ' +
      'domains five items.',
    scoredItems: 25,
  },
)
