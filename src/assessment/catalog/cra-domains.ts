import type { ModelDomain } from './model-domains.js'

/** The credit analysis test's domains, each served by one scenario model of its own families. */
export const CREDIT_DOMAINS = {
  craLiquidity: {
    id: 'cra-liquidity',
    title: 'Liquidity and working capital',
    itemModelIds: ['cra-liquidity'],
    outcome:
      'Work liquidity ratios and working-capital day counts on the lender’s definitions, and size the working-capital need',
  },
  craLeverage: {
    id: 'cra-leverage',
    title: 'Leverage and coverage',
    itemModelIds: ['cra-leverage'],
    outcome:
      'Measure leverage and debt-service coverage on the lender’s definitions and state covenant headroom and debt capacity',
  },
  craCashflow: {
    id: 'cra-cashflow',
    title: 'Cash flow for debt service',
    itemModelIds: ['cra-cashflow'],
    outcome:
      'Build EBITDA, free cash flow and cash flow available for debt service from reported figures with stated adjustments',
  },
  craStructuring: {
    id: 'cra-structuring',
    title: 'Loan structuring',
    itemModelIds: ['cra-structuring'],
    outcome:
      'Work repayment schedules, borrowing bases, loan-to-value and facility availability from stated terms',
  },
  craRisk: {
    id: 'cra-risk',
    title: 'Credit risk measures',
    itemModelIds: ['cra-risk'],
    outcome:
      'Estimate expected loss and recovery, score a borrower on a stated scorecard or Z-score, and price and limit the risk',
  },
} as const satisfies Record<string, ModelDomain>
