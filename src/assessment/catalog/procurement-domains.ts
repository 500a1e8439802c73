import type { ModelDomain } from './model-domains.js'

/** The procurement test's domains, each served by one scenario model of its own families. */
export const PROCUREMENT_DOMAINS = {
  proSourcing: {
    id: 'pro-sourcing',
    title: 'Tender evaluation and whole-life cost',
    itemModelIds: ['pro-sourcing'],
    outcome:
      'Score bids by the price and quality formulas a tender states, apply pass/fail criteria, pick the most economically advantageous or lowest-price-compliant bid, and cost options over their life',
  },
  proOrders: {
    id: 'pro-orders',
    title: 'Purchase orders, price breaks and deliveries',
    itemModelIds: ['pro-orders'],
    outcome:
      'Set order quantities under pack sizes, minimums and price breaks, and handle over-deliveries, rejections, back-orders, commitments and cancellation terms',
  },
  proContracts: {
    id: 'pro-contracts',
    title: 'Contract clauses and Incoterms costs',
    itemModelIds: ['pro-contracts'],
    outcome:
      'Apply liquidated damages, price adjustment, retention, advance recovery and service-credit clauses as written, and cost a quote under each Incoterms 2020 rule',
  },
  proCost: {
    id: 'pro-cost',
    title: 'Cost and price analysis',
    itemModelIds: ['pro-cost'],
    outcome:
      'Build a should-cost, test a price rise against a cost breakdown, and work learning curves, make-or-buy break-even, tooling, incentive fees and rebates',
  },
  proSavings: {
    id: 'pro-savings',
    title: 'Supplier performance, spend and savings',
    itemModelIds: ['pro-savings'],
    outcome:
      'Measure supplier quality, report savings and cost avoidance by a stated policy, and read spend by supplier, contract coverage and price variance',
  },
} as const satisfies Record<string, ModelDomain>
