import type { ModelDomain } from './model-domains.js'

/** The accounts payable test's domains, each served by one scenario model of its own families. */
export const AP_DOMAINS = {
  apCapture: {
    id: 'ap-capture',
    title: 'Invoice capture, coding and purchase tax',
    itemModelIds: ['ap-capture'],
    outcome:
      'Check, code and post purchase invoices with the input VAT, reverse charge or use tax they carry',
  },
  apMatching: {
    id: 'ap-matching',
    title: 'Three-way match, tolerances and duplicate invoices',
    itemModelIds: ['ap-matching'],
    outcome:
      'Match invoices to orders and receipts, apply tolerances, hold variances and stop duplicate invoices',
  },
  apPayments: {
    id: 'ap-payments',
    title: 'Payment terms, early-payment discounts and payment runs',
    itemModelIds: ['ap-payments'],
    outcome:
      'Work out due dates and discount deadlines, judge a discount by its annual cost and select a payment run',
  },
  apControls: {
    id: 'ap-controls',
    title: 'Vendor master data and fraud controls',
    itemModelIds: ['ap-controls'],
    outcome:
      'Keep vendor master data clean and apply the controls against payment fraud: verified bank changes, segregated duties, approval limits',
  },
  apClose: {
    id: 'ap-close',
    title: 'Accruals, GRNI and period-end cut-off',
    itemModelIds: ['ap-close'],
    outcome:
      'Post and reverse accruals and goods-received-not-invoiced balances and apply cut-off at the period end',
  },
  apReconcile: {
    id: 'ap-reconcile',
    title: 'AP aging and supplier statement reconciliation',
    itemModelIds: ['ap-reconcile'],
    outcome:
      'Age the payables ledger and reconcile supplier statements and the control account to it',
  },
} as const satisfies Record<string, ModelDomain>
