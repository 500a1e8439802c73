import type { ModelDomain } from './model-domains.js'

/** The management accounting test's domains, each served by one scenario model of its own families. */
export const MGA_DOMAINS = {
  mgaCvp: {
    id: 'mga-cvp',
    title: 'Cost behaviour and break-even',
    itemModelIds: ['mga-cvp'],
    outcome:
      'Work contribution, break-even and target-profit volumes and revenue, margin of safety, operating leverage, high-low estimates and multi-product break-even in a stated mix',
  },
  mgaCosting: {
    id: 'mga-costing',
    title: 'Product costing',
    itemModelIds: ['mga-costing'],
    outcome:
      'Set overhead absorption rates, find under- and over-absorption, reconcile absorption and variable costing profit, and cost by activities, jobs and processes with equivalent units',
  },
  mgaBudgeting: {
    id: 'mga-budgeting',
    title: 'Budgeting',
    itemModelIds: ['mga-budgeting'],
    outcome:
      'Build sales, production, materials purchases and cash budgets from stated inventory policies and collection patterns, and flex a budget to actual activity',
  },
  mgaVariances: {
    id: 'mga-variances',
    title: 'Variance analysis',
    itemModelIds: ['mga-variances'],
    outcome:
      'Work materials, labour, overhead and sales variances on the stated standard and actual quantities and say whether each is favourable or adverse',
  },
  mgaDecisions: {
    id: 'mga-decisions',
    title: 'Decision-making',
    itemModelIds: ['mga-decisions'],
    outcome:
      'Use relevant costs for make or buy, limiting factors, special orders and shut-downs, set minimum transfer prices and measure divisions by ROI and residual income',
  },
} as const satisfies Record<string, ModelDomain>
