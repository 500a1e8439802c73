import type { ModelDomain } from './model-domains.js'

/** The cost-volume-profit test's domains, each served by one scenario model of its own families. */
export const CVP_DOMAINS = {
  cvpBreakEven: {
    id: 'cvp-break-even',
    title: 'Contribution, break-even and target profit',
    itemModelIds: ['cvp-break-even'],
    outcome:
      'Work out contribution per unit and ratio, break-even and target-profit volume and revenue before and after tax, and the margin of safety',
  },
  cvpLeverage: {
    id: 'cvp-leverage',
    title: 'Operating leverage, sensitivity and cost structures',
    itemModelIds: ['cvp-leverage'],
    outcome:
      'Measure operating leverage, the profit effect of changes in price, volume and cost, and the indifference point between cost structures',
  },
  cvpMix: {
    id: 'cvp-sales-mix',
    title: 'Multi-product break-even with a sales mix',
    itemModelIds: ['cvp-sales-mix'],
    outcome:
      'Weight contribution by a unit or revenue mix and find break-even and target units of each product in whole batches',
  },
  cvpCost: {
    id: 'cvp-cost-behaviour',
    title: 'Cost behaviour',
    itemModelIds: ['cvp-cost-behaviour'],
    outcome:
      'Split mixed costs by the high-low method, cost semi-variable and step-fixed items within a relevant range, and flex a budget',
  },
  cvpDecisions: {
    id: 'cvp-decisions',
    title: 'Limiting factors and short-term decisions',
    itemModelIds: ['cvp-decisions'],
    outcome:
      'Rank products by contribution per scarce resource and price special orders, make-or-buy and drop decisions on relevant cash flows',
  },
} as const satisfies Record<string, ModelDomain>
