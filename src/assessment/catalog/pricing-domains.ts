import type { ModelDomain } from './model-domains.js'

/** The pricing strategy test's domains, each served by one scenario model of its own families. */
export const PRICING_DOMAINS = {
  prcCost: {
    id: 'prc-cost',
    title: 'Costs, markup and margin',
    itemModelIds: ['prc-cost'],
    outcome:
      'Convert markup and margin, build cost-plus prices after fees and VAT, and work the volume a price change needs to keep gross profit',
  },
  prcElastic: {
    id: 'prc-elasticity',
    title: 'Price elasticity and demand',
    itemModelIds: ['prc-elasticity'],
    outcome:
      'Measure price elasticity, forecast volume and revenue after a price change, and find the profit-maximising price',
  },
  prcTiers: {
    id: 'prc-tiers',
    title: 'Tiers, bundles and price discrimination',
    itemModelIds: ['prc-tiers'],
    outcome:
      'Work out from a willingness-to-pay table which tier or bundle each segment buys and what a tier set, bundle or quantity schedule earns',
  },
  prcPromo: {
    id: 'prc-promo',
    title: 'Promotions, discounts and price presentation',
    itemModelIds: ['prc-promo'],
    outcome:
      'Compare promotion mechanics by effective discount and cost, and apply stated reference-price and price-ending rules',
  },
  prcValue: {
    id: 'prc-value',
    title: 'Value-based, subscription pricing and price tests',
    itemModelIds: ['prc-value'],
    outcome:
      'Price from economic value to the customer, compare subscription plans and read out a price test by revenue per visitor',
  },
} as const satisfies Record<string, ModelDomain>
