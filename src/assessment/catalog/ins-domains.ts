import type { ModelDomain } from './model-domains.js'

/** The insurance fundamentals test's domains, each served by one scenario model of its own families. */
export const INS_DOMAINS = {
  insRating: {
    id: 'ins-rating',
    title: 'Rating and premium',
    itemModelIds: ['ins-rating'],
    outcome:
      'Rate a risk from base rate, exposure and factors with a minimum premium, and work written, earned and unearned premium, cancellation refunds, mid-term adjustments, fees and premium tax',
  },
  insClaims: {
    id: 'ins-claims',
    title: 'Settling a claim',
    itemModelIds: ['ins-claims'],
    outcome:
      'Settle a commercial loss under deductibles, the coinsurance clause, limits and sublimits, actual cash value or replacement cost, salvage, subrogation and contribution between policies',
  },
  insResults: {
    id: 'ins-results',
    title: 'Underwriting results and loss development',
    itemModelIds: ['ins-results'],
    outcome:
      'Work incurred losses, loss, expense and combined ratios, underwriting profit, age-to-age factors and chain-ladder ultimate losses and IBNR',
  },
  insReinsurance: {
    id: 'ins-reinsurance',
    title: 'Reinsurance',
    itemModelIds: ['ins-reinsurance'],
    outcome:
      'Work quota share cessions and ceding commission, surplus treaty lines, excess of loss and stop loss recoveries and the net retained loss',
  },
  insPricing: {
    id: 'ins-pricing',
    title: 'Pricing and exposure',
    itemModelIds: ['ins-pricing'],
    outcome:
      'Build pure premium and loss cost per exposure, load it to a gross rate, trend it, and apply experience modification and credibility weighting',
  },
} as const satisfies Record<string, ModelDomain>
