import type { ModelDomain } from './model-domains.js'

/** The order processing test's domains, each served by one scenario model of its own families. */
export const OPR_DOMAINS = {
  oprTotals: {
    id: 'opr-totals',
    title: 'Order totals, discounts and tax',
    itemModelIds: ['opr-totals'],
    outcome:
      'Work an order’s total from line prices, quantity breaks and coupons taken in the stated order, with tax on the discounted price and the stated rounding',
  },
  oprDispatch: {
    id: 'opr-dispatch',
    title: 'Shipping charges and dispatch dates',
    itemModelIds: ['opr-dispatch'],
    outcome:
      'Charge shipping from a stated weight or zone table and free-shipping rule, and date dispatch and delivery in business days around cut-offs and holidays',
  },
  oprStock: {
    id: 'opr-stock',
    title: 'Stock allocation and backorders',
    itemModelIds: ['opr-stock'],
    outcome:
      'Find the stock available to promise, allocate scarce stock by the stated rule, and work what partial and split shipments ship, charge and leave owing',
  },
  oprRefunds: {
    id: 'opr-refunds',
    title: 'Payments, returns and refunds',
    itemModelIds: ['opr-refunds'],
    outcome:
      'Capture what ships, refund part of an order with its coupon shared as stated, and apply restocking fees, return windows, store credit and payment fees',
  },
  oprRecords: {
    id: 'opr-records',
    title: 'Order records and payout reconciliation',
    itemModelIds: ['opr-records'],
    outcome:
      'Reconcile orders to a payout, count orders in an export by its stated rules, check numbering and duplicates, and tell allowed status changes from breaches',
  },
} as const satisfies Record<string, ModelDomain>
