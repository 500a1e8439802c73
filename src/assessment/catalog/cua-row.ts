import { type CatalogRow, row } from './catalog-row.js'

/** Customer analytics as a freelance customer or CRM analyst works it for online shops and service businesses. */
export const CUSTOMER_ANALYTICS_ROW: CatalogRow = row(
  'customer-analytics',
  'Customer analytics',
  'Sales & Marketing',
  5,
  30,
  [
    ['cuaBehaviour', 20],
    ['cuaRetention', 20],
    ['cuaValue', 20],
    ['cuaSegments', 20],
    ['cuaCampaigns', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance customer or CRM analyst works order exports, customer files, cohort tables, ' +
      'survey results and campaign reports for online shops, subscription-box and service ' +
      'businesses: they define each metric on the base and window the client states, compute it ' +
      'from the counts and amounts, and report it rounded as asked. Purchase behaviour metrics: ' +
      'average order value net of refunds, shipping and tax, purchase frequency, repeat-purchase ' +
      'rate, units per order, attach rate, share of wallet, return rate and revenue per active ' +
      'customer over a stated window: 20 %. Retention, churn and cohorts: cohort retention cells, ' +
      'churn on the customers at the start, period against cumulative churn from a survival ' +
      'curve, survival from month-on-month retention, reactivation, and pooling counts across ' +
      'months, cohorts and segments instead of averaging rates: 20 %. Customer lifetime value and ' +
      'acquisition cost: historic and predictive lifetime value in margin, with retention and a ' +
      'discount rate as the stem states, margin against markup, order contribution after ' +
      'fulfilment, acquisition cost, payback and LTV:CAC: 20 %. Segmentation and RFM: RFM scores ' +
      'from stated cuts, recency from stated dates, monetary value in a window, decile and Pareto ' +
      'shares, lift and cumulative gains, revenue indices and segment sizes from migration ' +
      'matrices: 20 %. Campaign and survey measurement: incremental buyers, revenue and ROI against ' +
      'a random holdout, response and redemption rates on the stated base, NPS, CSAT and customer ' +
      'effort scores from answer counts, survey results weighted to the customer base, and ' +
      'last-touch, linear and position-based attribution: 20 %. Every item states its base, its ' +
      'window, its convention and its rounding. Not tested: a particular CRM, analytics or ' +
      'spreadsheet tool, SQL, statistical significance and experiment design, subscription revenue ' +
      'metrics, and email deliverability. A 25-item form gives each of the five domains five ' +
      'items.',
    scoredItems: 25,
  },
)
