import type { ModelDomain } from './model-domains.js'

/** The customer analytics test's domains, each served by one scenario model of its own families. */
export const CUA_DOMAINS = {
  cuaBehaviour: {
    id: 'cua-behaviour',
    title: 'Purchase behaviour metrics',
    itemModelIds: ['cua-behaviour'],
    outcome:
      'Compute order value, purchase frequency, repeat-purchase rate, basket size, share of wallet and revenue per customer over a stated window, netting refunds, shipping and tax as stated',
  },
  cuaRetention: {
    id: 'cua-retention',
    title: 'Retention, churn and cohorts',
    itemModelIds: ['cua-retention'],
    outcome:
      'Read cohort tables and survival curves, take churn and retention on the stated base, tell period from cumulative rates, and pool counts where rates would be averaged wrongly',
  },
  cuaValue: {
    id: 'cua-value',
    title: 'Customer lifetime value and acquisition cost',
    itemModelIds: ['cua-value'],
    outcome:
      'Work historic and predictive lifetime value in margin with retention and discounting as stated, and acquisition cost, payback and LTV:CAC on the stated basis',
  },
  cuaSegments: {
    id: 'cua-segments',
    title: 'Segmentation and RFM',
    itemModelIds: ['cua-segments'],
    outcome:
      'Score RFM by stated cuts and dates, read decile, Pareto, lift and gains tables, and size segments from migration matrices',
  },
  cuaCampaigns: {
    id: 'cua-campaigns',
    title: 'Campaign and survey measurement',
    itemModelIds: ['cua-campaigns'],
    outcome:
      'Measure incremental lift against a holdout, response and redemption rates, NPS, CSAT and effort scores, weighted survey results and rule-based attribution',
  },
} as const satisfies Record<string, ModelDomain>
