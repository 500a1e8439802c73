import { scenarioModel } from '../scenario/scenario-model.js'
import { DOCUMENT_FAMILIES } from './document-families.js'
import { LINE_FAMILIES } from './line-families.js'
import { PAYMENT_FAMILIES } from './payment-families.js'
import { RECEIVABLES_FAMILIES } from './receivables-families.js'
import { RECONCILE_FAMILIES } from './reconcile-families.js'
import { RECURRING_FAMILIES } from './recurring-families.js'

export const billDocumentsModel = scenarioModel({
  id: 'bill-documents',
  title: 'Invoicing: invoice content and numbering',
  families: DOCUMENT_FAMILIES,
})

export const billLinesModel = scenarioModel({
  id: 'bill-lines',
  title: 'Invoicing: line totals, discounts, tax and rounding',
  families: LINE_FAMILIES,
})

export const billPaymentsModel = scenarioModel({
  id: 'bill-payments',
  title: 'Invoicing: payment terms, late fees, credit notes and part payments',
  families: PAYMENT_FAMILIES,
})

export const billRecurringModel = scenarioModel({
  id: 'bill-recurring',
  title: 'Invoicing: recurring billing and proration',
  families: RECURRING_FAMILIES,
})

export const billReceivablesModel = scenarioModel({
  id: 'bill-receivables',
  title: 'Invoicing: receivables ageing and dunning',
  families: RECEIVABLES_FAMILIES,
})

export const billReconcileModel = scenarioModel({
  id: 'bill-reconcile',
  title: 'Invoicing: reconciling payments to invoices',
  families: RECONCILE_FAMILIES,
})

/** The invoicing and billing test's item models, one per blueprint domain. */
export const INVOICING_MODELS = [
  billDocumentsModel,
  billLinesModel,
  billPaymentsModel,
  billRecurringModel,
  billReceivablesModel,
  billReconcileModel,
] as const
