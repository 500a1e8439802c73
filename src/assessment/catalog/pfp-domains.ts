import type { ModelDomain } from './model-domains.js'

/** The personal financial planning test's domains, each served by one scenario model of its own families. */
export const PFP_DOMAINS = {
  pfpCashflow: {
    id: 'pfp-cashflow',
    title: 'Budgets, cash flow and net worth',
    itemModelIds: ['pfp-cashflow'],
    outcome:
      'Build a monthly cash-flow statement and budget, size an emergency fund, and work savings rates, debt-to-income ratios and net worth from a client’s figures',
  },
  pfpDebt: {
    id: 'pfp-debt',
    title: 'Debt and borrowing',
    itemModelIds: ['pfp-debt'],
    outcome:
      'Work card interest and minimum payments, loan payments and amortisation, APR against APY, payoff order by avalanche or snowball, and the saving from refinancing',
  },
  pfpInvest: {
    id: 'pfp-invest',
    title: 'Investing and growth',
    itemModelIds: ['pfp-invest'],
    outcome:
      'Compound growth, real returns after inflation, the drag of fees, weighted portfolio returns, dollar-cost averaging and rebalancing to a target mix',
  },
  pfpGoals: {
    id: 'pfp-goals',
    title: 'Goals and retirement',
    itemModelIds: ['pfp-goals'],
    outcome:
      'Size a retirement target with a stated withdrawal rule, project regular savings, work the saving a goal needs and the time to reach it, and plan for college costs',
  },
  pfpTax: {
    id: 'pfp-tax',
    title: 'Income tax in planning',
    itemModelIds: ['pfp-tax'],
    outcome:
      'Apply progressive brackets as stated, tell marginal from effective rates, compare pre-tax and after-tax contributions and accounts, and value deductions against credits',
  },
} as const satisfies Record<string, ModelDomain>
