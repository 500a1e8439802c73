import { editingModel } from '../editing/editing-model.js'
import { CONTRACT_FAMILIES } from './contract-families.js'
import { GDPR_FAMILIES } from './gdpr-families.js'
import { IP_FAMILIES } from './ip-families.js'
import { LATE_PAYMENT_FAMILIES } from './late-payment-families.js'
import { VAT_INVOICING_FAMILIES } from './vat-invoicing-families.js'

/** Every family of the legal basics test, for the tests that check keys independently. */
export const LEGAL_FAMILIES = [
  ...LATE_PAYMENT_FAMILIES,
  ...GDPR_FAMILIES,
  ...VAT_INVOICING_FAMILIES,
  ...IP_FAMILIES,
  ...CONTRACT_FAMILIES,
]

// Each stem names the law (and so the jurisdiction) its key is read from, and the options are
// complete answers, so no companion sentence is drawn.
export const legalLatePaymentModel = editingModel({
  id: 'legal-late-payment',
  title: 'Legal basics: late payment under Directive 2011/7/EU',
  families: LATE_PAYMENT_FAMILIES,
  companions: [],
})

export const legalGdprModel = editingModel({
  id: 'legal-gdpr',
  title: 'Legal basics: the GDPR for a freelancer handling client data',
  families: GDPR_FAMILIES,
  companions: [],
})

export const legalVatInvoicingModel = editingModel({
  id: 'legal-vat-invoicing',
  title: 'Legal basics: EU VAT place of supply, reverse charge and invoices',
  families: VAT_INVOICING_FAMILIES,
  companions: [],
})

export const legalIpModel = editingModel({
  id: 'legal-ip-ownership',
  title: 'Legal basics: copyright ownership, assignment and licences (US and UK)',
  families: IP_FAMILIES,
  companions: [],
})

export const legalContractsModel = editingModel({
  id: 'legal-contracts',
  title: 'Legal basics: implied terms, signatures, withdrawal, NDAs and UK late payment',
  families: CONTRACT_FAMILIES,
  companions: [],
})
