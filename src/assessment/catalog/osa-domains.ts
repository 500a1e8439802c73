import type { ModelDomain } from './model-domains.js'

/** The online store administration test's domains, each served by one scenario model of its own families. */
export const OSA_DOMAINS = {
  osaCatalogue: {
    id: 'osa-catalogue',
    title: 'Catalogue and pricing',
    itemModelIds: ['osa-catalogue'],
    outcome:
      'Set prices from landed cost at a stated markup or margin, VAT-inclusive and tax-exclusive prices, sale prices and codes stacked by the stated rule, bulk edits with stated rounding, variants and unit prices',
  },
  osaInventory: {
    id: 'osa-inventory',
    title: 'Inventory and stock',
    itemModelIds: ['osa-inventory'],
    outcome:
      'Keep stock true: reorder points, stock after receipts, returns and write-offs, available to sell, days of cover, kits from components, counts, average and FIFO costs and orders in case packs',
  },
  osaOrders: {
    id: 'osa-orders',
    title: 'Orders and fulfilment',
    itemModelIds: ['osa-orders'],
    outcome:
      'Charge and plan shipping from stated bands, zones and dimensional weight, apply free-shipping thresholds, cut-offs and working days, partial shipments, parcels, duties and carrier and warehouse bills',
  },
  osaRefunds: {
    id: 'osa-refunds',
    title: 'Returns, refunds and payments',
    itemModelIds: ['osa-refunds'],
    outcome:
      'Work refunds under stated restocking, label and discount rules, payment processor fees, chargebacks, reserves, payout dates and gift-card balances',
  },
  osaReporting: {
    id: 'osa-reporting',
    title: 'Store reporting',
    itemModelIds: ['osa-reporting'],
    outcome:
      'Report average order value, conversion, cart recovery, sell-through, returns, margins after fees, customer and ad returns, and period changes in percent or percentage points',
  },
} as const satisfies Record<string, ModelDomain>
