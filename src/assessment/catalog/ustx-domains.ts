import type { ModelDomain } from './model-domains.js'

/**
 * The US individual tax preparation test's domains, each served by one scenario model of its own
 * families.
 */
export const USTX_DOMAINS = {
  ustxStatus: {
    id: 'ustx-status',
    title: 'Filing status, dependents and the standard deduction',
    itemModelIds: ['ustx-status'],
    outcome:
      'Settle a 1040’s filing status and dependents with the cost-of-home, gross income and support tests, and take the standard deduction by status with the additional amounts, a dependent’s limit and the senior deduction',
  },
  ustxIncome: {
    id: 'ustx-income',
    title: 'Income',
    itemModelIds: ['ustx-income'],
    outcome:
      'Report a 1040’s income: wages, interest, qualified dividends, capital gain and loss netting and carryover, basis, taxable Social Security, canceled debt and a Schedule C profit with its allowed costs',
  },
  ustxDeduction: {
    id: 'ustx-deduction',
    title: 'Adjustments and deductions',
    itemModelIds: ['ustx-deduction'],
    outcome:
      'Work self-employment tax and the adjustments to income with their limits and phase-outs, the QBI deduction and itemised deductions under the SALT cap, the medical floor and the interest, charity and gambling rules',
  },
  ustxCredit: {
    id: 'ustx-credit',
    title: 'Credits',
    itemModelIds: ['ustx-credit'],
    outcome:
      'Work a 1040’s credits: the child tax credit and its refundable part, education, child care, saver’s, earned income and home energy credits, each with its rates, limits and phase-outs',
  },
  ustxComputation: {
    id: 'ustx-computation',
    title: 'Tax computation and payments',
    itemModelIds: ['ustx-computation'],
    outcome:
      'Compute a 1040’s tax with the brackets, the capital gain rates, the net investment income and additional Medicare taxes, and settle the refund or balance due, estimated-tax safe harbours, withholding and late penalties',
  },
} as const satisfies Record<string, ModelDomain>
