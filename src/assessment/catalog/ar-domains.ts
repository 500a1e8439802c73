import type { ModelDomain } from './model-domains.js'

/** The accounts receivable test's domains, each served by one scenario model of its own families. */
export const AR_DOMAINS = {
  arTerms: {
    id: 'ar-terms',
    title: 'Invoicing terms, due dates and early-payment discounts',
    itemModelIds: ['ar-terms'],
    outcome:
      'Work out due and discount dates under net, EOM, prox, ROG and statement terms, the payment a discount allows and what forgoing it costs a year',
  },
  arCash: {
    id: 'ar-cash-application',
    title: 'Cash application',
    itemModelIds: ['ar-cash-application'],
    outcome:
      'Apply receipts to the right open items, handle partial, short and over-payments, discounts taken, bank charges, returned cheques and unapplied cash',
  },
  arAgeing: {
    id: 'ar-ageing',
    title: 'Ageing reports and collection measures',
    itemModelIds: ['ar-ageing'],
    outcome:
      'Age open items into buckets, read an ageing, and compute DSO, countback DSO, turnover, the collection effectiveness index and days delinquent',
  },
  arAllowance: {
    id: 'ar-allowance',
    title: 'Allowance for doubtful accounts',
    itemModelIds: ['ar-allowance'],
    outcome:
      'Estimate bad debts by percentage of sales or by ageing, post the adjustment, write-offs and recoveries, and report net receivables',
  },
  arCollections: {
    id: 'ar-collections',
    title: 'Credit memos, late charges and dunning',
    itemModelIds: ['ar-collections'],
    outcome:
      'Issue correct credit memos, charge late fees and interest as the terms or statute allow, and take the dunning and credit-hold steps a policy sets',
  },
} as const satisfies Record<string, ModelDomain>
