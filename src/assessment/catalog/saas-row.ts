import { type CatalogRow, row } from './catalog-row.js'

/** Subscription business metrics as a freelance revenue or growth analyst reports them. */
export const SUBSCRIPTION_METRICS_ROW: CatalogRow = row(
  'subscription-metrics',
  'Subscription business metrics',
  'Sales & Marketing',
  5,
  15,
  [
    ['saasRevenue', 25],
    ['saasChurn', 25],
    ['saasUnit', 20],
    ['saasBilling', 15],
    ['saasForecast', 15],
  ],
  {
    jobTaskAnalysis:
      'A freelance revenue or growth analyst for subscription businesses (SaaS tools, memberships, ' +
      'subscription boxes) builds the monthly metrics pack founders, boards and investors read, ' +
      'from a billing export and a few cost lines. Recurring revenue, the figure every other ' +
      'metric starts from: MRR and ARR from a subscriber list with quarterly and annual plans ' +
      'spread over their months, one-off fees and trials left out, discounts and currencies ' +
      'handled, the movements (new, expansion, contraction, churned, reactivation) classified, ' +
      'and mid-cycle upgrades prorated: 25 %. Churn and retention, what investors ask first: ' +
      'logo against revenue churn on a stated base, gross and net revenue retention, monthly and ' +
      'annual churn compounded, cohort tables and customer lifetime: 25 %. Unit economics: ARPA ' +
      'and ARPU, gross margin from cost lines, LTV under the formula the client uses, CAC, CAC ' +
      'payback, LTV:CAC and the magic number: 20 %. Pricing and billing operations, where the ' +
      'analyst checks what billing did: trial conversion, graduated and volume tiers, usage ' +
      'overage, stacked discounts, refunds under a policy, deferred revenue recognised month by ' +
      'month or day by day, first invoices to a billing anchor, dunning recovery: 15 %. ' +
      'Reporting and forecasting: the MRR bridge and a missing line in it, quick ratio, compound ' +
      'growth, forecasts under stated churn and additions, run-rate, the rule of 40 and the burn ' +
      'multiple: 15 %. Every item states the definitions its key depends on (the base customers, ' +
      'the LTV formula, the recognition pattern). Revenue-recognition accounting beyond a ' +
      'straight-line subscription, sales-tax rules, cohort modelling in a particular analytics ' +
      'product and valuation multiples are not tested.',
  },
)
