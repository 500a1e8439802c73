import type { ModelDomain } from './model-domains.js'

/** The affiliate marketing test's domains, each served by one scenario model of its own families. */
export const AFM_DOMAINS = {
  afmTracking: {
    id: 'afm-tracking',
    title: 'Tracking and attribution',
    itemModelIds: ['afm-tracking'],
    outcome:
      'Credit sales by the cookie window, attribution rule, cross-device match and coupon terms a programme states, and read sub-ID, lag and filtered-click reports',
  },
  afmCommission: {
    id: 'afm-commission',
    title: 'Commission structures',
    itemModelIds: ['afm-commission'],
    outcome:
      'Work percentage, tiered, bounty and hybrid commission on the stated base, with bonuses, overrides, caps and reversals',
  },
  afmPerformance: {
    id: 'afm-performance',
    title: 'Partner and campaign performance',
    itemModelIds: ['afm-performance'],
    outcome:
      'Compute EPC, conversion, order value, reversal rates, cost of sale and ROI on the stated base, and compare partners without averaging averages',
  },
  afmPayouts: {
    id: 'afm-payouts',
    title: 'Payouts',
    itemModelIds: ['afm-payouts'],
    outcome:
      'Work what is paid and when under thresholds, hold periods, payment terms, reserves, currency conversion at a stated rate, withholding, VAT and fees',
  },
  afmPartners: {
    id: 'afm-partners',
    title: 'Programme terms and partners',
    itemModelIds: ['afm-partners'],
    outcome:
      'Apply disclosure, trademark and coupon terms to commission, and recruit, rank, score and tier partners from stated rules',
  },
} as const satisfies Record<string, ModelDomain>
