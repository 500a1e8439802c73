import { type CatalogRow, row } from './catalog-row.js'

/** Google Analytics 4 as a freelance analytics consultant sets it up and reads it for clients. */
export const GA_ROW: CatalogRow = row(
  'google-analytics',
  'Google Analytics 4',
  'Sales & Marketing',
  5,
  15,
  [
    ['gaEvents', 25],
    ['gaMetrics', 20],
    ['gaAcquisition', 20],
    ['gaAttribution', 15],
    ['gaData', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance analytics consultant sets GA4 up for small businesses and agencies and ' +
      'answers their questions about the numbers. Designing the event plan (recommended versus ' +
      'custom events, parameters, key events, custom dimensions) and implementing it with ' +
      'gtag.js or Tag Manager is the bulk of a set-up project: 25 %. Explaining and computing ' +
      'what users, sessions, engaged sessions, engagement rate and bounce rate mean, the ' +
      'questions clients ask most after launch: 20 %. Campaign tagging, the default channel ' +
      'group a session lands in, cross-domain measurement and unwanted referrals, where most ' +
      'misattributed traffic comes from: 20 %. Attribution models, lookback windows and ' +
      'funnel and other explorations for deeper questions: 15 %. Consent mode, retention, ' +
      'filters, thresholding, sampling and the BigQuery export that privacy and data-quality ' +
      'reviews turn on: 20 %. Keys follow Google’s help articles as of 2026, each family ' +
      'naming the article; menu paths that change often, Looker Studio, the Data API, app ' +
      '(Firebase) set-up and GA4 360 contract features are not tested.',
  },
)
