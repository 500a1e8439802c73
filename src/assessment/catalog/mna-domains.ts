import type { ModelDomain } from './model-domains.js'

/**
 * The mergers and acquisitions test’s domains, each served by one scenario model of its own
 * families.
 */
export const MNA_DOMAINS = {
  mnaValue: {
    id: 'mna-value',
    title: 'Valuation for a deal',
    itemModelIds: ['mna-value'],
    outcome:
      'Value a target: the bridge from enterprise value to equity value with net debt, preferred ' +
      'stock, minority interests and associates, diluted shares by the treasury stock method, ' +
      'trading and transaction multiples, terminal values and the implied price per share and ' +
      'premium',
  },
  mnaStructure: {
    id: 'mna-structure',
    title: 'Deal structure and consideration',
    itemModelIds: ['mna-structure'],
    outcome:
      'Structure the consideration: exchange ratios, fixed and floating ratios and collars, ' +
      "mixes of cash and stock, the premium paid, each side's ownership after a stock deal and " +
      "the value a target holder receives as the acquirer's price moves",
  },
  mnaAccretion: {
    id: 'mna-accretion',
    title: 'Accretion and dilution',
    itemModelIds: ['mna-accretion'],
    outcome:
      'Test a deal for accretion or dilution: pro forma earnings with the interest forgone on ' +
      'cash and paid on new debt after tax, new shares issued, synergies and the amortisation of ' +
      'acquired intangibles, pro forma earnings per share, the accretion in percent and the ' +
      'synergies needed to break even',
  },
  mnaPpa: {
    id: 'mna-ppa',
    title: 'Purchase price allocation',
    itemModelIds: ['mna-ppa'],
    outcome:
      'Allocate the purchase price: fair value step-ups and the deferred tax they create, ' +
      'identified intangibles and their amortisation, goodwill or a bargain purchase gain, the ' +
      'non-controlling interest at fair value or at its share of net assets, and contingent ' +
      'consideration',
  },
  mnaClosing: {
    id: 'mna-closing',
    title: 'Financing and closing mechanics',
    itemModelIds: ['mna-closing'],
    outcome:
      'Close and finance the deal: sources and uses, leverage multiples and debt paydown, ' +
      'returns as a multiple of money and an annual rate, working capital adjustments against ' +
      'the peg, locked-box leakage, earn-out payments, escrow releases and indemnity baskets and ' +
      'caps',
  },
} as const satisfies Record<string, ModelDomain>
