import type { ModelDomain } from './model-domains.js'

/** The real estate finance test's domains, each served by one scenario model of its own families. */
export const REF_DOMAINS = {
  refMortgages: {
    id: 'ref-mortgages',
    title: 'Mortgages and loans',
    itemModelIds: ['ref-mortgages'],
    outcome:
      'Work level payments, balances, the split of a payment, points, interest-only and recast payments, and size loans by LTV, DSCR and housing-cost ratios',
  },
  refIncome: {
    id: 'ref-income',
    title: 'Income property analysis',
    itemModelIds: ['ref-income'],
    outcome:
      'Build NOI from a rent roll, and work cap rates, direct capitalisation, gross rent multipliers, expense ratios, debt yield, cash-on-cash and a lender’s sizing tests',
  },
  refReturns: {
    id: 'ref-returns',
    title: 'Investment returns and valuation',
    itemModelIds: ['ref-returns'],
    outcome:
      'Value holding periods with sale reversion, work one-year and levered returns, equity multiples, waterfalls, growing income, term and reversion and refinance proceeds',
  },
  refDevelopment: {
    id: 'ref-development',
    title: 'Development and refurbishment feasibility',
    itemModelIds: ['ref-development'],
    outcome:
      'Run residual land appraisals, GDV, build cost with contingency and fees, construction finance, profit on cost and on GDV, loan-to-cost equity and flip offers',
  },
  refLeases: {
    id: 'ref-leases',
    title: 'Leases and property operations',
    itemModelIds: ['ref-leases'],
    outcome:
      'Work rent reviews and escalations, effective and net effective rent, service charge and CAM recoveries, expense stops, percentage rent, break-even occupancy and prorations',
  },
} as const satisfies Record<string, ModelDomain>
