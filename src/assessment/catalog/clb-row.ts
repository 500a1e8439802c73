import { type CatalogRow, row } from './catalog-row.js'

/** Contract law basics as a freelancer applies English contract law to their own client work. */
export const CONTRACT_LAW_BASICS_ROW: CatalogRow = row(
  'contract-law-basics',
  'Contract law basics',
  'Other',
  5,
  25,
  [
    ['clbFormation', 20],
    ['clbConsideration', 20],
    ['clbTerms', 20],
    ['clbRemedies', 20],
    ['clbDischarge', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelancer, or the freelance contracts assistant who supports one, agrees work with ' +
      'clients by quote, email, purchase order and signed agreement, and when things go wrong ' +
      'works out where they stand before paying a lawyer: whether and when a contract was made, ' +
      'what a promise binds anyone to, which terms apply, what a breach is worth and how long is ' +
      'left to act. Every item says the contract is governed by English law and names the rule ' +
      'or case it applies. Formation: offers against invitations to treat, counter-offers and ' +
      'requests for information, the postal rule and offers that exclude it, revocation on ' +
      'receipt and through a third party, acceptance by conduct and the last shot in a battle of ' +
      'the forms, each dated from a timeline: 20 %. Consideration, intention and capacity: past ' +
      'consideration and requested work, promissory estoppel, practical benefit and duress, ' +
      'deeds, third-party rights, honour clauses, unilateral offers and minors: 20 %. ' +
      'Terms and interpretation: conditions, warranties and innominate terms, incorporation ' +
      'by signature and by notice, onerous clauses, exclusion clauses under the ' +
      'Unfair Contract Terms Act 1977 with the reasonableness finding stated, liability caps, ' +
      'entire agreement and no-oral-modification clauses, order of precedence and defined ' +
      'business days: 20 %. Breach, remedies and damages: expectation loss, costs saved, ' +
      'mitigation, remoteness under the two limbs of Hadley v Baxendale, the penalty rule as ' +
      'restated in Cavendish v Makdessi, reliance loss, deposits and contractual interest: 20 %. ' +
      'Discharge, time limits and freelance terms: limitation periods of six years for a simple ' +
      'contract and twelve for a deed counted from the breach, acknowledgements that restart ' +
      'them, notice and renewal dates, kill fees, substantial performance and frustration under ' +
      'the Law Reform (Frustrated Contracts) Act 1943: 20 %. Each stem states the figures, dates ' +
      'and counting conventions its key depends on, and any finding of fact a court would make. ' +
      'Not tested: drafting, court procedure, consumer protection and late-payment statutes ' +
      '(covered by the legal basics test), other legal systems, and advice on a real dispute; ' +
      'passing does not qualify anyone to give legal advice. A 25-item form gives each of the ' +
      'five domains five items.',
    scoredItems: 25,
  },
)
