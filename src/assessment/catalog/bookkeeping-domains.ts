import type { ModelDomain } from './model-domains.js'

/** The bookkeeping test's domains, each served by one scenario model of its own families. */
export const BOOKKEEPING_DOMAINS = {
  bkRecording: {
    id: 'bk-recording',
    title: 'Recording transactions in double entry',
    itemModelIds: ['bk-recording'],
    outcome:
      'Record sales, purchases, receipts, payments, payroll, owner and loan transactions with the right debits and credits',
  },
  bkAdjustments: {
    id: 'bk-adjustments',
    title: 'Period-end adjustments',
    itemModelIds: ['bk-adjustments'],
    outcome:
      'Post accruals, prepayments, deferred and accrued income, depreciation, disposals and allowances at the period end',
  },
  bkReconciliation: {
    id: 'bk-reconciliation',
    title: 'Bank reconciliation and bookkeeping-package workflows',
    itemModelIds: ['bk-reconciliation'],
    outcome:
      'Reconcile the bank and enter feed lines, bills, invoices and credit notes in a bookkeeping package so the ledgers stay right',
  },
  bkSalesTax: {
    id: 'bk-sales-tax',
    title: 'VAT and sales tax mechanics',
    itemModelIds: ['bk-sales-tax'],
    outcome: 'Record output and input tax and work out what a VAT return pays or reclaims',
  },
  bkReports: {
    id: 'bk-reports',
    title: 'Reading the trial balance and the accounts',
    itemModelIds: ['bk-reports'],
    outcome:
      'Read a trial balance, profit and loss account and balance sheet: normal balances, errors, classification and derived figures',
  },
} as const satisfies Record<string, ModelDomain>
