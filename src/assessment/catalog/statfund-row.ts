import { type CatalogRow, row } from './catalog-row.js'

/** Statistics as a freelance data or research analyst reports it to clients. */
export const STATFUND_ROW: CatalogRow = row(
  'statistics-fundamentals',
  'Statistics fundamentals for data and research analysts',
  'Other',
  5,
  30,
  [
    ['sfDescribe', 20],
    ['sfProbability', 15],
    ['sfIntervals', 20],
    ['sfTesting', 20],
    ['sfRegression', 15],
    ['sfDesign', 10],
  ],
  {
    jobTaskAnalysis:
      'A freelance data or research analyst is hired by small firms, charities and agencies to ' +
      'summarise their data, run surveys and A/B tests and write up what the numbers show for ' +
      'readers who are not statisticians. Most reports open with summaries: choosing the median ' +
      'or the mean, the right spread, overall rates from groups, outliers and changes in percent ' +
      'against percentage points: 20 %. Every survey and test result needs its uncertainty: ' +
      'margins of error, confidence intervals and sample sizes, and a plain reading of them: ' +
      '20 %. Clients ask “is it significant?”: choosing the test, computing and reading p-values, ' +
      'and the traps of many tests, early stopping and non-significant results: 20 %. Normal and ' +
      'binomial probabilities, conditional shares and expected values for forecasts, quality ' +
      'checks and screening: 15 %. Correlation and simple regression, with predictions and the ' +
      'difference between association and cause: 15 %. Judging how data were collected ' +
      '(selection, non-response, survivorship, control groups): 10 %. The menus of any one ' +
      'statistics package, Bayesian and multivariate modelling, time series and proofs are not ' +
      'tested; critical values a stem needs are given or are the usual table values.',
  },
)
