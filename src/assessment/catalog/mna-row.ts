import { type CatalogRow, row } from './catalog-row.js'

/**
 * Mergers and acquisitions as a freelance deal analyst for advisory boutiques, private equity funds
 * and corporate development teams does it.
 */
export const MERGERS_ACQUISITIONS_ROW: CatalogRow = row(
  'mergers-acquisitions',
  'Mergers and acquisitions',
  'Finance',
  7,
  40,
  [
    ['mnaValue', 20],
    ['mnaStructure', 20],
    ['mnaAccretion', 20],
    ['mnaPpa', 20],
    ['mnaClosing', 20],
  ],
  {
    jobTaskAnalysis:
      'A freelance deal analyst (hired by advisory boutiques, business brokers, private equity ' +
      'funds and corporate development teams) values targets, structures the consideration, ' +
      'tests deals for accretion, allocates the purchase price and models financing and closing ' +
      'adjustments. Valuation for a deal: the enterprise-to-equity bridge, diluted shares, ' +
      'multiples, terminal values and the implied price and premium: 20 %. Deal structure and ' +
      'consideration: exchange ratios, collars, cash and stock mixes and ownership after the ' +
      'deal: 20 %. Accretion and dilution: pro forma earnings and EPS, financing costs after ' +
      'tax, new shares, synergies and break-even synergies: 20 %. Purchase price allocation: ' +
      'step-ups, deferred tax, intangibles, goodwill, bargain purchases, non-controlling ' +
      'interests and contingent consideration: 20 %. Financing and closing mechanics: sources ' +
      'and uses, leverage, returns, working capital true-ups, locked-box leakage, earn-outs, ' +
      'escrows and indemnity baskets: 20 %. Every item states the term, rate or convention its ' +
      'key relies on. Not tested: negotiation, securities and antitrust law, tax structuring ' +
      'beyond the rate stated, and any particular data room or modelling tool. A 25-item form ' +
      'gives each of the five domains five items.',
    scoredItems: 25,
  },
)
