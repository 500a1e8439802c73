import type { ModelDomain } from './model-domains.js'

/** The PPC advertising test's domains, each served by one scenario model of its own families. */
export const PPC_DOMAINS = {
  ppcMatch: {
    id: 'ppc-match',
    title: 'Keyword match types and negative keywords',
    itemModelIds: ['ppc-match'],
    outcome:
      'Tell which searches a keyword or negative keyword of each match type covers, choose negatives from a search terms report and write match-type notation',
  },
  ppcBidding: {
    id: 'ppc-bidding',
    title: 'Bid strategies, targets and budgets',
    itemModelIds: ['ppc-bidding'],
    outcome:
      'Set target CPA and ROAS from margins and profit goals, pace daily and monthly budgets, combine bid adjustments and pick the strategy a goal calls for',
  },
  ppcMetrics: {
    id: 'ppc-metrics',
    title: 'Campaign metrics and break-even figures',
    itemModelIds: ['ppc-metrics'],
    outcome:
      'Compute CTR, CPC, conversion rate, CPA, ROAS, impression share and break-even ROAS, CPA and CPC from a campaign report',
  },
  ppcAds: {
    id: 'ppc-ads',
    title: 'Responsive search ads, assets and ad policy',
    itemModelIds: ['ppc-ads'],
    outcome:
      'Fit ad text to the character limits of headlines, descriptions and assets, apply keyword insertion and pinning, and know what Ad strength and policy do',
  },
  ppcTracking: {
    id: 'ppc-tracking',
    title: 'Conversion tracking, attribution and experiments',
    itemModelIds: ['ppc-tracking'],
    outcome:
      'Apply attribution models, conversion counting, windows and reporting dates, and read the lift, cost and run time of campaign experiments',
  },
} as const satisfies Record<string, ModelDomain>
