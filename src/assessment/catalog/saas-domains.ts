import type { ModelDomain } from './model-domains.js'

/** The subscription-metrics test's domains, each served by one scenario model of its own families. */
export const SAAS_DOMAINS = {
  saasRevenue: {
    id: 'saas-recurring-revenue',
    title: 'Recurring revenue: MRR, ARR and MRR movements',
    itemModelIds: ['saas-recurring-revenue'],
    outcome:
      'Compute MRR and ARR from a subscriber list with plans normalised, classify new, expansion, contraction, churned and reactivation MRR, and prorate mid-cycle plan changes',
  },
  saasChurn: {
    id: 'saas-churn-retention',
    title: 'Churn and retention',
    itemModelIds: ['saas-churn-retention'],
    outcome:
      'Compute logo and revenue churn on a stated base, gross and net revenue retention, compounded churn rates, cohort retention and customer lifetime',
  },
  saasUnit: {
    id: 'saas-unit-economics',
    title: 'Unit economics',
    itemModelIds: ['saas-unit-economics'],
    outcome:
      'Compute ARPA, ARPU, gross margin, LTV under a stated formula, CAC, CAC payback, LTV:CAC and the magic number',
  },
  saasBilling: {
    id: 'saas-billing',
    title: 'Pricing and billing operations',
    itemModelIds: ['saas-billing'],
    outcome:
      'Work out trial conversion, tiered and usage charges, stacked discounts, refunds, first invoices and deferred revenue as the stated policy sets them',
  },
  saasForecast: {
    id: 'saas-forecasting',
    title: 'Reporting and forecasting',
    itemModelIds: ['saas-forecasting'],
    outcome:
      'Complete an MRR bridge, compute the quick ratio, compound growth, run-rate, rule of 40 and burn multiple, and forecast MRR and customers under stated churn and additions',
  },
} as const satisfies Record<string, ModelDomain>
