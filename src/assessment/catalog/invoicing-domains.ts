import type { ModelDomain } from './model-domains.js'

/** The invoicing and billing test's domains, each served by one scenario model of its own families. */
export const INVOICING_DOMAINS = {
  billDocuments: {
    id: 'bill-documents',
    title: 'Invoice content and numbering',
    itemModelIds: ['bill-documents'],
    outcome:
      'Number invoices and credit notes in unbroken sequences, correct issued invoices the permitted way and put on an invoice the details the client’s rules require',
  },
  billLines: {
    id: 'bill-lines',
    title: 'Line totals, discounts, tax and rounding',
    itemModelIds: ['bill-lines'],
    outcome:
      'Work out line totals, tiered prices, discounts and VAT or sales tax per line or per invoice by the stated rounding rule',
  },
  billPayments: {
    id: 'bill-payments',
    title: 'Payment terms, late fees, credit notes and part payments',
    itemModelIds: ['bill-payments'],
    outcome:
      'Apply payment terms, early-payment discounts and late-fee or interest rules, and issue credit notes and record part payments so balances stay right',
  },
  billRecurring: {
    id: 'bill-recurring',
    title: 'Recurring billing and proration',
    itemModelIds: ['bill-recurring'],
    outcome:
      'Set billing dates for recurring plans and prorate starts, upgrades, downgrades, seat changes, pauses and cancellations by the stated basis',
  },
  billReceivables: {
    id: 'bill-receivables',
    title: 'Receivables ageing and dunning',
    itemModelIds: ['bill-receivables'],
    outcome:
      'Age receivables by days past due, follow a dunning schedule, and work out provisions, DSO, statements, credit headroom and payment plans',
  },
  billReconcile: {
    id: 'bill-reconcile',
    title: 'Reconciling payments to invoices',
    itemModelIds: ['bill-reconcile'],
    outcome:
      'Match receipts, processor payouts and deposits to invoices, accounting for fees, refunds, short and over payments, withholding and exchange differences',
  },
} as const satisfies Record<string, ModelDomain>
