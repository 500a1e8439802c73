import type { ModelDomain } from './model-domains.js'

/** The personal finance literacy test's domains, each served by one scenario model of its own families. */
export const PFL_DOMAINS = {
  pflBudget: {
    id: 'pfl-budget',
    title: 'Budgeting and irregular income',
    itemModelIds: ['pfl-budget'],
    outcome:
      'Budget from uneven freelance income, work take-home pay after fees and a stated tax set-aside, size emergency and sinking funds and compare real prices',
  },
  pflCredit: {
    id: 'pfl-credit',
    title: 'Borrowing and credit',
    itemModelIds: ['pfl-credit'],
    outcome:
      'Work card interest on a stated balance method, minimum payments, APR against stated interest with fees, the total cost of a loan and buy-now-pay-later and payday fees',
  },
  pflSaving: {
    id: 'pfl-saving',
    title: 'Saving and compounding',
    itemModelIds: ['pfl-saving'],
    outcome:
      'Compare compound and simple interest, use the rule of 72 as an approximation, find real values after inflation, plan regular saving to a goal and see fees eat returns',
  },
  pflInsurance: {
    id: 'pfl-insurance',
    title: 'Insurance and risk',
    itemModelIds: ['pfl-insurance'],
    outcome:
      'Work deductibles, coinsurance and caps on a stated claim, weigh premiums against expected cost, diversify in plain numbers and test "guaranteed" returns against stated rates',
  },
  pflTax: {
    id: 'pfl-tax',
    title: 'Freelance taxes and retirement basics',
    itemModelIds: ['pfl-tax'],
    outcome:
      'Set aside a stated share for tax, work estimated payments by a stated rule, contribute to retirement up to a stated cap and tell deductions, marginal and average rates apart',
  },
} as const satisfies Record<string, ModelDomain>
