import type { ModelDomain } from './model-domains.js'

/** The contract law basics test's domains, each served by one scenario model of its own families. */
export const CLB_DOMAINS = {
  clbFormation: {
    id: 'clb-formation',
    title: 'Formation',
    itemModelIds: ['clb-formation'],
    outcome:
      'Date the formation of a contract from a timeline of offers, counter-offers, revocations and acceptances, applying the postal rule and its limits',
  },
  clbConsideration: {
    id: 'clb-consideration',
    title: 'Consideration, intention and capacity',
    itemModelIds: ['clb-consideration'],
    outcome:
      'Decide what a promise binds a party to, applying past consideration, promissory estoppel, intention and capacity rules',
  },
  clbTerms: {
    id: 'clb-terms',
    title: 'Terms and interpretation',
    itemModelIds: ['clb-terms'],
    outcome:
      'Classify terms, decide which are incorporated, and apply exclusion clauses, caps and interpretation rules to a claim',
  },
  clbRemedies: {
    id: 'clb-remedies',
    title: 'Breach, remedies and damages',
    itemModelIds: ['clb-remedies'],
    outcome:
      'Compute damages for breach, applying expectation loss, mitigation, remoteness and the penalty rule as stated',
  },
  clbDischarge: {
    id: 'clb-discharge',
    title: 'Discharge, time limits and freelance terms',
    itemModelIds: ['clb-discharge'],
    outcome:
      'Work out limitation dates, notice and termination dates, payments on termination and the effect of frustration',
  },
} as const satisfies Record<string, ModelDomain>
