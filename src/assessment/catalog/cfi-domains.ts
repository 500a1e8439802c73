import type { ModelDomain } from './model-domains.js'

/** The corporate finance test's domains, each served by one scenario model of its own families. */
export const CFI_DOMAINS = {
  cfiCapital: {
    id: 'cfi-capital',
    title: 'Cost of capital',
    itemModelIds: ['cfi-capital'],
    outcome:
      'Build CAPM and dividend-growth costs of equity, after-tax costs of debt, WACC at market-value weights and betas unlevered and relevered by the stated formula',
  },
  cfiAppraisal: {
    id: 'cfi-appraisal',
    title: 'Investment appraisal',
    itemModelIds: ['cfi-appraisal'],
    outcome:
      'Appraise projects by NPV on stated timing, interpolated IRR, profitability index and discounted payback, with relevant flows, working capital, tax and equivalent annual cost',
  },
  cfiValuation: {
    id: 'cfi-valuation',
    title: 'Valuation',
    itemModelIds: ['cfi-valuation'],
    outcome:
      'Value shares and firms by dividend growth, free cash flow and multiples, bridge enterprise to equity value and work the figures of a deal',
  },
  cfiStructure: {
    id: 'cfi-structure',
    title: 'Capital structure and payout',
    itemModelIds: ['cfi-structure'],
    outcome:
      'Apply Modigliani-Miller with tax, value tax shields, find EPS-EBIT indifference, and work buybacks, dividends, rights issues and the ex-rights price',
  },
  cfiWorking: {
    id: 'cfi-working',
    title: 'Working capital and short-term finance',
    itemModelIds: ['cfi-working'],
    outcome:
      'Work the cash conversion cycle, the cost of forgoing discounts, factoring and invoice discounting, EOQ and cash models, and effective rates of short-term borrowing',
  },
} as const satisfies Record<string, ModelDomain>
