import type { ModelDomain } from './model-domains.js'

/** The business mathematics test's domains, each served by one scenario model of its own families. */
export const BMA_DOMAINS = {
  bmaPercent: {
    id: 'bma-percent',
    title: 'Percentages',
    itemModelIds: ['bma-percent'],
    outcome:
      'Work percent change against percentage points, reverse percentages, successive changes and discounts, parts of parts and shares of a total on the right base',
  },
  bmaPricing: {
    id: 'bma-pricing',
    title: 'Pricing and discounts',
    itemModelIds: ['bma-pricing'],
    outcome:
      'Price from cost with a markup or a margin, apply trade, chain and cash discounts on stated terms, find break-even prices and add or back out sales tax',
  },
  bmaInterest: {
    id: 'bma-interest',
    title: 'Interest and the time value of money',
    itemModelIds: ['bma-interest'],
    outcome:
      'Work simple interest on a stated day count, compound interest, effective annual rates, present values, promissory notes and bank discount',
  },
  bmaPayrollSales: {
    id: 'bma-payroll-sales',
    title: 'Payroll and sales figures',
    itemModelIds: ['bma-payroll-sales'],
    outcome:
      'Work commissions, gross pay with overtime on the stated rule, piece rates, plain and weighted averages of sales and prorated pay and charges',
  },
  bmaRatios: {
    id: 'bma-ratios',
    title: 'Ratios, rates and conversions',
    itemModelIds: ['bma-ratios'],
    outcome:
      'Work ratios and proportions, unit prices and the best buy, currency conversion at a stated rate in its direction, allocations in a ratio and unit conversions',
  },
} as const satisfies Record<string, ModelDomain>
