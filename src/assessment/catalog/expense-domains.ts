import type { ModelDomain } from './model-domains.js'

/** The expense reporting test's domains, each served by one scenario model of its own families. */
export const EXPENSE_DOMAINS = {
  expPolicy: {
    id: 'expense-policy',
    title: 'Policy compliance',
    itemModelIds: ['expense-policy'],
    outcome:
      'Apply an expense policy’s caps, receipt rules, exclusions and pre-approval limits to the lines of a claim',
  },
  expMileage: {
    id: 'expense-mileage',
    title: 'Mileage and per diem',
    itemModelIds: ['expense-mileage'],
    outcome:
      'Work out mileage at stated IRS or HMRC rates and per diem with first and last days and provided meals',
  },
  expCurrency: {
    id: 'expense-currency',
    title: 'Foreign currency, card fees, VAT and tips',
    itemModelIds: ['expense-currency'],
    outcome:
      'Convert foreign spending at the policy’s rate and date, add or refuse card fees, and reclaim VAT from VAT-inclusive receipts',
  },
  expReconcile: {
    id: 'expense-reconcile',
    title: 'Report assembly and reconciliation',
    itemModelIds: ['expense-reconcile'],
    outcome:
      'Net off advances and company-paid items, match card lines to receipts, remove duplicates and split costs across projects',
  },
  expApproval: {
    id: 'expense-approval',
    title: 'Deadlines and approval',
    itemModelIds: ['expense-approval'],
    outcome:
      'Date submission, substantiation and repayment deadlines, and route a report to the sign-off its total needs',
  },
} as const satisfies Record<string, ModelDomain>
