import type { ModelDomain } from './model-domains.js'

/** The retail accounting test's domains, each served by one scenario model of its own families. */
export const RTA_DOMAINS = {
  rtaStock: {
    id: 'rta-stock',
    title: 'Stock valuation',
    itemModelIds: ['rta-stock'],
    outcome:
      'Value shop stock by the retail method at average cost, lower of cost or market and FIFO, by periodic FIFO and weighted average, estimate lost stock by the gross profit method and book shrinkage and write-downs',
  },
  rtaTax: {
    id: 'rta-tax',
    title: 'Sales tax and VAT in the takings',
    itemModelIds: ['rta-tax'],
    outcome:
      'Find the tax inside tax-inclusive takings, tax prices after coupons, apportion mixed-rate takings and work a shop’s VAT or sales tax due after refunds and bad debts',
  },
  rtaTill: {
    id: 'rta-till',
    title: 'Tills, cash and card settlements',
    itemModelIds: ['rta-till'],
    outcome:
      'Reconcile a Z report to the cash counted, find cash over and short and the banking, and reconcile card settlements net of fees, chargebacks and cash-back',
  },
  rtaRevenue: {
    id: 'rta-revenue',
    title: 'Customer liabilities and revenue',
    itemModelIds: ['rta-revenue'],
    outcome:
      'Account for gift cards and their breakage, layaway deposits, refund liabilities and the returns asset, loyalty points, consignment and concession sales and warranties sold at the till',
  },
  rtaStore: {
    id: 'rta-store',
    title: 'Store profit and payroll-adjacent reporting',
    itemModelIds: ['rta-store'],
    outcome:
      'Report department contribution, allocate shared costs on a stated base, work percentage rent, sales commission, staff discount cost, wage share of sales, labour hours and a store’s break-even sales',
  },
} as const satisfies Record<string, ModelDomain>
