import type { ModelDomain } from './model-domains.js'

/** The Google Ads test's domains, each served by one scenario model of its own families. */
export const GADS_DOMAINS = {
  gadsKeywords: {
    id: 'gads-keywords',
    title: 'Keywords, match types and negatives',
    itemModelIds: ['gads-keywords'],
    outcome:
      'Write keywords in the right match type, tell which searches a negative keyword blocks and which keyword a search triggers',
  },
  gadsAds: {
    id: 'gads-structure-ads',
    title: 'Campaign structure, ads and assets',
    itemModelIds: ['gads-structure-ads'],
    outcome:
      'Structure campaigns and ad groups, write responsive search ads within their limits and choose the assets a client needs',
  },
  gadsBidding: {
    id: 'gads-bidding',
    title: 'Bid strategies',
    itemModelIds: ['gads-bidding'],
    outcome:
      'Choose the bid strategy that optimises for a client’s goal and work out adjusted bids and targets',
  },
  gadsMetrics: {
    id: 'gads-metrics',
    title: 'Metrics, impression share and budgets',
    itemModelIds: ['gads-metrics'],
    outcome:
      'Compute CTR, CPC, CPA, ROAS, conversion rate and impression share, and what a daily budget can spend in a day and a month',
  },
  gadsMeasure: {
    id: 'gads-measurement',
    title: 'Conversion tracking, attribution and Quality Score',
    itemModelIds: ['gads-measurement'],
    outcome:
      'Set up conversion actions, windows, counting and attribution, and read Quality Score and its components',
  },
} as const satisfies Record<string, ModelDomain>
