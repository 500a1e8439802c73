import type { ModelDomain } from './model-domains.js'

/** The loan and mortgage analysis test's domains, each served by one scenario model of its own families. */
export const LMA_DOMAINS = {
  lmaPayments: {
    id: 'lma-payments',
    title: 'Amortising payments and schedules',
    itemModelIds: ['lma-payments'],
    outcome:
      'Work out an amortising payment and read its schedule: the interest and principal in a payment or a year, the balance after a number of payments, and the interest over the term',
  },
  lmaRates: {
    id: 'lma-rates',
    title: 'Rates, compounding and day counts',
    itemModelIds: ['lma-rates'],
    outcome:
      'Convert between nominal, periodic and effective rates, find an APR that includes fees, and charge interest between dates on the stated day-count basis',
  },
  lmaStructures: {
    id: 'lma-structures',
    title: 'Interest-only, balloon, overpayment and offset loans',
    itemModelIds: ['lma-structures'],
    outcome:
      'Cost interest-only, part-and-part and balloon loans, overpayments that shorten the term or cut the payment, offset accounts and payment holidays',
  },
  lmaRefinance: {
    id: 'lma-refinance',
    title: 'Refinancing, points and early repayment',
    itemModelIds: ['lma-refinance'],
    outcome:
      'Work out break-even months for a switch or for points, early repayment charges as the lender states them, redemption figures and the payment after a fix ends',
  },
  lmaRatios: {
    id: 'lma-ratios',
    title: 'Loan-to-value, coverage and affordability',
    itemModelIds: ['lma-ratios'],
    outcome:
      'Apply a lender’s stated loan-to-value, debt-service coverage, rental cover, debt-to-income and income-multiple rules to a case',
  },
} as const satisfies Record<string, ModelDomain>
