import type { ModelDomain } from './model-domains.js'

/** The retail merchandising mathematics test's domains, each served by one scenario model of its own families. */
export const RMM_DOMAINS = {
  rmmMarkup: {
    id: 'rmm-markup',
    title: 'Markup and pricing',
    itemModelIds: ['rmm-markup'],
    outcome:
      'Work initial, maintained and cumulative markup on retail from costs, tickets, VAT, freight, duty and discounts, and price to a target markup and a stated price-ending rule',
  },
  rmmMarkdown: {
    id: 'rmm-markdown',
    title: 'Markdowns and promotions',
    itemModelIds: ['rmm-markdown'],
    outcome:
      'Measure markdowns, cancellations and reductions on the right base, and judge a promotion by its margin, its break-even lift and its incremental gross profit',
  },
  rmmPlanning: {
    id: 'rmm-planning',
    title: 'Inventory planning and the retail method',
    itemModelIds: ['rmm-planning'],
    outcome:
      'Plan open-to-buy, stock levels and purchases by stock-to-sales ratio, basic stock, percentage variation and weeks of cover, and value stock by the retail method',
  },
  rmmPerformance: {
    id: 'rmm-performance',
    title: 'Productivity and performance',
    itemModelIds: ['rmm-performance'],
    outcome:
      'Report sell-through, stock turn at retail and at cost, GMROI, shrinkage, space and store productivity and rate of sale on the stated base',
  },
  rmmSpace: {
    id: 'rmm-space',
    title: 'Assortment, allocation and space',
    itemModelIds: ['rmm-space'],
    outcome:
      'Split buys by colour and size, allocate by store grade, sales share and pack, and size shelf space by facings, capacity and presentation minimums',
  },
} as const satisfies Record<string, ModelDomain>
