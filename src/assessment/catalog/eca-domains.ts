import type { ModelDomain } from './model-domains.js'

/** The e-commerce accounting test's domains, each served by one scenario model of its own families. */
export const ECA_DOMAINS = {
  ecaSettlement: {
    id: 'eca-settlement',
    title: 'Marketplace and payment settlements',
    itemModelIds: ['eca-settlement'],
    outcome:
      'Break settlement and payout reports into sales, fees, refunds and reserves, book revenue gross with fees as expenses, and reconcile clearing accounts and payouts to the bank',
  },
  ecaTax: {
    id: 'eca-tax',
    title: 'Sales tax and VAT on online sales',
    itemModelIds: ['eca-tax'],
    outcome:
      'Keep marketplace-collected tax out of the seller’s books, charge destination rates with taxable shipping, and work OSS, IOSS, reverse-charge, nexus and return figures',
  },
  ecaStock: {
    id: 'eca-stock',
    title: 'Inventory and landed cost',
    itemModelIds: ['eca-stock'],
    outcome:
      'Allocate freight and duty on the stated basis, capitalise and expense warehouse and marketplace fees correctly, cost sales and closing stock across locations, and write down, dispose of and reconcile units',
  },
  ecaRevenue: {
    id: 'eca-revenue',
    title: 'Revenue recognition and returns',
    itemModelIds: ['eca-revenue'],
    outcome:
      'Recognise revenue at the stated transfer point, hold pre-orders and subscriptions as liabilities, treat promotions, refunds and returns correctly and translate foreign sales at the stated rate',
  },
  ecaEconomics: {
    id: 'eca-economics',
    title: 'Unit economics and the monthly close',
    itemModelIds: ['eca-economics'],
    outcome:
      'Report ACoS and TACoS, profit per unit and per order after fees, ads and returns, prices and break-evens for a target margin, and the close adjustments an online seller needs',
  },
} as const satisfies Record<string, ModelDomain>
