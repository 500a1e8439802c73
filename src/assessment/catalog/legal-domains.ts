import type { ModelDomain } from './model-domains.js'

/** The model-backed domains of the legal basics test, spread into the domain library. */
export const LEGAL_DOMAINS = {
  legalLatePayment: {
    id: 'legal-late-payment',
    title: 'Late payment in the EU',
    itemModelIds: ['legal-late-payment'],
    outcome:
      'Claim statutory interest and recovery compensation and judge payment periods under Directive 2011/7/EU',
  },
  legalGdpr: {
    id: 'legal-gdpr',
    title: 'Data protection for client work',
    itemModelIds: ['legal-gdpr'],
    outcome:
      'Tell controller from processor, meet the Article 28 contract and breach duties, and pick a lawful basis under the GDPR',
  },
  legalVatInvoicing: {
    id: 'legal-vat-invoicing',
    title: 'Cross-border VAT and invoices',
    itemModelIds: ['legal-vat-invoicing'],
    outcome:
      'Place a service for EU VAT, apply the reverse charge and issue an invoice with the required content on time',
  },
  legalIp: {
    id: 'legal-ip-ownership',
    title: 'Copyright ownership, assignment and licences',
    itemModelIds: ['legal-ip-ownership'],
    outcome:
      'Say who owns commissioned work and what an assignment or licence needs under US and UK copyright law',
  },
  legalContracts: {
    id: 'legal-contracts',
    title: 'Contract terms, signatures, consumers and NDAs',
    itemModelIds: ['legal-contracts'],
    outcome:
      'Apply implied service terms, e-signature rules, consumer withdrawal, trade secret notices and UK late payment rules',
  },
} as const satisfies Record<string, ModelDomain>
